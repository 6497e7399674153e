package remote

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"net"
	"os/exec"
	"strconv"
	"strings"

	"github.com/Ullaakut/nmap/v3"
	"github.com/spf13/pflag"

	"conformscan/inputs"
)

// NmapService is what nmap -sV said of one port.
type NmapService struct {
	Name      string `json:"name" xml:"name,attr"`
	Product   string `json:"product,omitempty" xml:"product,attr"`
	Version   string `json:"version,omitempty" xml:"version,attr"`
	ExtraInfo string `json:"extrainfo,omitempty" xml:"extrainfo,attr"`
	Tunnel    string `json:"tunnel,omitempty" xml:"tunnel,attr"`
	// Method is how nmap named the service: "probed" (its answers) or
	// "table" (the port number only).
	Method  string       `json:"method,omitempty" xml:"method,attr"`
	Scripts []NmapScript `json:"scripts,omitempty" xml:"-"`
	// OSMatches are the host's OS guesses (nmap -O), best first: the
	// osdetect probe reads them as the "nmap-os" source.
	OSMatches []NmapOSMatch `json:"os_matches,omitempty" xml:"-"`
}

// NmapOSMatch is one <osmatch> of nmap -O.
type NmapOSMatch struct {
	Name     string        `json:"name" xml:"name,attr"`
	Accuracy int           `json:"accuracy" xml:"accuracy,attr"`
	Classes  []NmapOSClass `json:"classes,omitempty" xml:"osclass"`
}

// NmapOSClass is one <osclass> of an OS match.
type NmapOSClass struct {
	Vendor   string `json:"vendor,omitempty" xml:"vendor,attr"`
	Family   string `json:"family,omitempty" xml:"osfamily,attr"`
	Gen      string `json:"gen,omitempty" xml:"osgen,attr"`
	Type     string `json:"type,omitempty" xml:"type,attr"`
	Accuracy int    `json:"accuracy,omitempty" xml:"accuracy,attr"`
}

// NmapScript is one NSE script's output (vnc-info, rdp-ntlm-info...).
type NmapScript struct {
	ID     string `json:"id" xml:"id,attr"`
	Output string `json:"output" xml:"output,attr"`
}

type nmapRun struct {
	XMLName xml.Name `xml:"nmaprun"`
	Scanner string   `xml:"scanner,attr"`
	Hosts   []struct {
		Status struct {
			State string `xml:"state,attr"`
		} `xml:"status"`
		Addresses []struct {
			Addr string `xml:"addr,attr"`
			Type string `xml:"addrtype,attr"`
		} `xml:"address"`
		Hostnames []struct {
			Name string `xml:"name,attr"`
		} `xml:"hostnames>hostname"`
		OSMatches []NmapOSMatch `xml:"os>osmatch"`
		Ports     []struct {
			Protocol string `xml:"protocol,attr"`
			PortID   int    `xml:"portid,attr"`
			State    struct {
				State string `xml:"state,attr"`
			} `xml:"state"`
			Service NmapService  `xml:"service"`
			Scripts []NmapScript `xml:"script"`
		} `xml:"ports>port"`
	} `xml:"host"`
	Finished *struct {
		Exit     string `xml:"exit,attr"`
		ErrorMsg string `xml:"errormsg,attr"`
	} `xml:"runstats>finished"`
}

// NmapHost is one host of an nmap report: its addresses, then its names,
// and its open TCP ports.
type NmapHost struct {
	Names []string
	Ports []NmapPort
	// State is nmap's host status ("up", "down"; "" when absent).
	State string
}

// NmapPort is one open TCP port of an nmap report.
type NmapPort struct {
	Port    int
	Service NmapService
}

// ParseNmapHosts reads nmap's XML output (-oX) whole: the root must be
// nmaprun, the document complete (a report cut short, or with anything
// after its end, is refused: a GO never rests on half a file) and the run
// not ended in error. It returns the hosts with an address and their open
// TCP ports.
func ParseNmapHosts(data []byte) ([]NmapHost, error) {
	var run nmapRun
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Entity = map[string]string{}
	if err := d.Decode(&run); err != nil {
		return nil, fmt.Errorf("not a complete nmap XML report (-oX): %w", err)
	}
	if err := trailing(d); err != nil {
		return nil, err
	}
	if run.Scanner != "" && run.Scanner != "nmap" {
		return nil, fmt.Errorf("an XML report of %q, not of nmap", checksClip(run.Scanner))
	}
	if run.Finished != nil && run.Finished.Exit == "error" {
		return nil, fmt.Errorf("the nmap run ended in error (%s): its ports are not a complete measurement", checksClip(run.Finished.ErrorMsg))
	}
	var out []NmapHost
	for _, h := range run.Hosts {
		nh := NmapHost{State: h.Status.State}
		for _, a := range h.Addresses {
			if a.Type != "mac" && a.Addr != "" {
				nh.Names = append(nh.Names, a.Addr)
			}
		}
		if len(nh.Names) == 0 {
			continue
		}
		for _, n := range h.Hostnames {
			if n.Name != "" {
				nh.Names = append(nh.Names, n.Name)
			}
		}
		for _, p := range h.Ports {
			if p.Protocol != "tcp" || p.State.State != "open" || p.PortID < 1 || p.PortID > 65535 {
				continue
			}
			svc := p.Service
			svc.Scripts = p.Scripts
			svc.OSMatches = h.OSMatches
			nh.Ports = append(nh.Ports, NmapPort{Port: p.PortID, Service: svc})
		}
		out = append(out, nh)
	}
	return out, nil
}

// trailing refuses anything but blanks, comments and processing
// instructions after the report's root element.
func trailing(d *xml.Decoder) error {
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("not a complete nmap XML report (-oX): after the report: %w", err)
		}
		switch t := tok.(type) {
		case xml.CharData:
			if len(bytes.TrimSpace(t)) > 0 {
				return fmt.Errorf("not an nmap XML report (-oX): text after the report's end")
			}
		case xml.Comment, xml.ProcInst:
		default:
			return fmt.Errorf("not an nmap XML report (-oX): content after the report's end")
		}
	}
}

// checksClip bounds what a file says in an error message.
func checksClip(s string) string {
	s = printable([]byte(s), 120)
	if s == "" {
		return "no reason given"
	}
	return s
}

// ParseNmapXML reads nmap's XML output (-oX) as ParseNmapHosts does: the
// open TCP ports with their service, keyed by "address:port" and
// "hostname:port".
func ParseNmapXML(data []byte) (map[string]NmapService, error) {
	hosts, err := ParseNmapHosts(data)
	if err != nil {
		return nil, err
	}
	return byAddress(hosts), nil
}

// byAddress keys the hosts' open ports by "name:port".
func byAddress(hosts []NmapHost) map[string]NmapService {
	out := map[string]NmapService{}
	for _, h := range hosts {
		for _, p := range h.Ports {
			for _, n := range h.Names {
				out[net.JoinHostPort(n, strconv.Itoa(p.Port))] = p.Service
			}
		}
	}
	return out
}

// nmapTool maps nmap's service names to the probe's tools.
func nmapTool(name string) string {
	switch strings.ToLower(name) {
	case "vnc", "vnc-http":
		return strings.ToLower(name)
	case "ms-wbt-server", "rdp":
		return "rdp"
	case "x11":
		return "x11"
	case "ssh", "telnet", "teamviewer", "radmin", "dameware", "anydesk":
		return strings.ToLower(name)
	case "wsman", "wsmans", "winrm":
		return "winrm"
	case "nxserver", "nomachine", "nx":
		return "nomachine"
	case "netsupport", "netsupport-manager":
		return "netsupport"
	}
	return ""
}

// Flags are the remote probe's options.
type Flags struct {
	NmapXML string
	// Nmap runs nmap -sV on the services the probe could not identify.
	Nmap bool
	// nmap is NmapXML parsed by Validate, keyed by "name:port"; hosts
	// are its hosts.
	nmap  map[string]NmapService
	hosts []NmapHost
}

// Register adds --nmap-xml.
func (f *Flags) Register(fs *pflag.FlagSet) {
	fs.BoolVar(&f.Nmap, "nmap", false, "run nmap -sV (Debian's nmap) on the services conformscan could not fingerprint, within --probe-timeout")
	fs.StringVar(&f.NmapXML, "nmap-xml", "", "nmap XML report (nmap -sV -oX) whose services are recorded as facts and name the services conformscan could not fingerprint")
}

// Validate checks that nmap is installed for --nmap, and reads and parses
// --nmap-xml.
func (f *Flags) Validate(ctx context.Context) error {
	if f.Nmap {
		if _, err := exec.LookPath("nmap"); err != nil {
			return fmt.Errorf("--nmap: %w (install it: apt-get install nmap)", err)
		}
	}
	if f.NmapXML == "" {
		return nil
	}
	data, err := inputs.Read(ctx, inputs.NmapXML, f.NmapXML)
	if err != nil {
		return err
	}
	if f.hosts, err = ParseNmapHosts(data); err != nil {
		return fmt.Errorf("--nmap-xml %s: %w (give the whole file nmap wrote with -oX)", f.NmapXML, err)
	}
	f.nmap = byAddress(f.hosts)
	return nil
}

// runNmap runs nmap -sV on one TCP port under ctx and returns the service
// it names (nil when nmap saw nothing open).
func runNmap(ctx context.Context, host string, port int) (*NmapService, error) {
	sc, err := nmap.NewScanner(ctx, nmap.WithTargets(host), nmap.WithPorts(strconv.Itoa(port)),
		nmap.WithServiceInfo(), nmap.WithSkipHostDiscovery())
	if err != nil {
		return nil, fmt.Errorf("nmap: %w (is Debian's nmap installed?)", err)
	}
	res, _, err := sc.Run()
	if err != nil {
		return nil, fmt.Errorf("nmap -sV %s:%d: %w", host, port, err)
	}
	for _, h := range res.Hosts {
		for _, p := range h.Ports {
			if int(p.ID) == port && p.State.State == "open" {
				svc := NmapService{Name: p.Service.Name, Product: p.Service.Product, Version: p.Service.Version,
					ExtraInfo: p.Service.ExtraInfo, Tunnel: p.Service.Tunnel, Method: p.Service.Method}
				for _, sc := range p.Scripts {
					svc.Scripts = append(svc.Scripts, NmapScript{ID: sc.ID, Output: sc.Output})
				}
				return &svc, nil
			}
		}
	}
	return nil, nil
}
