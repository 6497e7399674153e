package remote

import (
	"context"
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"conformscan/probes"
	"conformscan/probes/discovery"
	"conformscan/probes/osdetect"
)

// NmapPortsID is the probe that adds to a host scanned live the
// remote-control and administration ports an imported nmap report shows
// open and the live scan did not see: evidence from elsewhere is never
// outvoted by silence.
const NmapPortsID = "remote-nmap-ports"

// SourceNmapXML is discovery.Port.ServiceFrom for a port known from an
// imported nmap report.
const SourceNmapXML = "nmap-xml"

// NewNmapPorts returns the host probe that merges the report of fl
// (--nmap-xml, shared with the network probe) into the hosts scanned
// live; its Roots are the report's hosts, judged on the report's facts
// (the CLI keeps those no target scans live).
func NewNmapPorts(fl *Flags) probes.Probe {
	return probes.Probe{
		ID:      NmapPortsID,
		Doc:     "With --nmap-xml: the report's remote-control and administration ports that the live scan did not see are added to the host (recorded, not probed); the report's hosts that no target names are judged on its facts alone.",
		Kind:    probes.SubjectHost,
		Needs:   []string{discovery.ID},
		Roots:   fl.recordedRoots,
		Applies: func(s *probes.Subject) bool { return fl.hostOf(s.Host) != nil },
		Run: func(_ context.Context, _ *probes.Env, s *probes.Subject) error {
			fl.mergeInto(s)
			return nil
		},
	}
}

// hostOf returns the report's host one of whose names is name.
func (f *Flags) hostOf(name string) *NmapHost {
	if f == nil || name == "" {
		return nil
	}
	for i := range f.hosts {
		if slices.Contains(f.hosts[i].Names, name) {
			return &f.hosts[i]
		}
	}
	return nil
}

// mergeInto adds to a live host the report's open ports whose service is
// a remote-control or administration tool and which discovery did not
// find open.
func (f *Flags) mergeInto(s *probes.Subject) {
	h := f.hostOf(s.Host)
	if h == nil || s.Target.Port != 0 {
		// A host:port target scans that port only, by the user's
		// choice; its siblings scan the report's other ports.
		return
	}
	seen := map[int]bool{}
	for _, c := range s.Children() {
		seen[c.Port] = true
	}
	for _, p := range h.Ports {
		if seen[p.Port] || nmapTool(p.Service.Name) == "" {
			continue
		}
		ep := f.recordedEndpoint(s.Host, p, "open in the nmap report, not seen open by this scan")
		s.AddChild(ep)
	}
}

// recordedRoots turns each host of the report into a recorded host subject
// whose endpoints are the report's open ports; no probe runs on them.
func (f *Flags) recordedRoots() []*probes.Subject {
	if f == nil || f.NmapXML == "" {
		return nil
	}
	var out []*probes.Subject
	for _, h := range f.hosts {
		s := probes.NewSubject(probes.SubjectHost, h.Names[0])
		s.Host, s.Recorded = h.Names[0], f.NmapXML
		s.Target = probes.Target{Input: h.Names[0], Host: h.Names[0]}
		s.Ports = probes.PortCounts{Open: []int{}}
		if h.State != "up" {
			// nmap measured nothing there: never "nothing listening".
			s.State, s.Reason = probes.StateUnreachable, fmt.Sprintf("host %q in the nmap report %s, not up", h.State, filepath.Base(f.NmapXML))
			out = append(out, s)
			continue
		}
		for _, p := range h.Ports {
			s.AddChild(f.recordedEndpoint(s.Host, p, "open in the nmap report"))
			s.Ports.Open = append(s.Ports.Open, p.Port)
		}
		s.Ports.Scanned = len(s.Ports.Open)
		// The report is the host's port scan, and what it tells of the
		// operating system (nmap -O) is read from its ports' facts.
		s.SetRun(discovery.ID, probes.ProbeRun{Status: probes.RunOK})
		s.SetRun(NmapPortsID, probes.ProbeRun{Status: probes.RunOK})
		s.SetFact(osdetect.ID, &osdetect.Facts{OS: []osdetect.OS{}, Software: []osdetect.Software{}})
		s.SetRun(osdetect.ID, probes.ProbeRun{Status: probes.RunOK})
		out = append(out, s)
	}
	return out
}

// recordedEndpoint is one port of the report as a recorded endpoint:
// discovery's facts and this probe's, from the report.
func (f *Flags) recordedEndpoint(host string, p NmapPort, note string) *probes.Subject {
	ep := probes.NewSubject(probes.SubjectEndpoint, probes.Endpoint(host, p.Port))
	ep.Host, ep.Port, ep.Recorded = host, p.Port, f.NmapXML
	svc := p.Service
	name := strings.ToLower(svc.Name)
	if name == "" {
		name = "unknown"
	}
	ep.Descriptor = &discovery.Port{Port: p.Port, State: "open", Service: name, ServiceFrom: SourceNmapXML,
		Note: note + " (" + filepath.Base(f.NmapXML) + ")"}
	ep.SetRun(discovery.ID, probes.ProbeRun{Status: probes.RunOK})
	rf := RecordedFacts(&svc, f.NmapXML)
	ep.SetFact(ID, rf)
	run := probes.ProbeRun{Status: probes.RunOK}
	if rf.Error != "" {
		run = probes.ProbeRun{Status: probes.RunError, ErrorKind: probes.KindProtocol, Error: rf.Error}
	}
	ep.SetRun(ID, run)
	return ep
}

// RecordedFacts are the remote facts an nmap report tells of one port:
// the tool its service names, never more than the report says. VNC, X11,
// Telnet and WinRM over HTTP are in clear; the authentication is known
// only from vnc-info's security types; a port nmap could not identify is
// an error, as it is live.
func RecordedFacts(svc *NmapService, file string) *Facts {
	f := &Facts{Auth: AuthUnknown, Nmap: svc, Vantage: Vantage{Hostname: "nmap report " + filepath.Base(file)},
		Details: []string{"from the nmap report " + filepath.Base(file) + ", not measured by conformscan"}}
	t, ok := byName(nmapTool(svc.Name))
	if !ok {
		if !NmapNamed(svc) {
			f.Error = fmt.Sprintf("open port nmap did not identify (service %q): it may be a remote-control or administration service", printable([]byte(svc.Name), 40))
		}
		return f
	}
	f.Tool, f.Display, f.RemoteControl, f.Admin = t.name, t.display, t.remoteControl, true
	f.Identified = NmapNamed(svc)
	if !f.Identified {
		f.Error = fmt.Sprintf("nmap named the service %q from the port number only: not identified", printable([]byte(svc.Name), 40))
	}
	f.Protocol = strings.TrimSpace(strings.Join([]string{svc.Product, svc.Version, svc.ExtraInfo}, " "))
	tlsOn := svc.Tunnel == "ssl" || strings.EqualFold(svc.Name, "wsmans")
	switch t.name {
	case "vnc", "x11", "telnet":
		f.Cleartext = true
	case "winrm":
		f.Cleartext = !tlsOn
	}
	if t.name == "vnc" {
		f.Auth = vncInfoAuth(svc.Scripts)
	}
	return f
}

var vncTypeLine = regexp.MustCompile(`\((\d+)\)\s*$`)

// vncInfoAuth reads the security types of nmap's vnc-info script: None
// (1) among them is no authentication; others alone, a password; no list,
// unknown.
func vncInfoAuth(scripts []NmapScript) string {
	for _, sc := range scripts {
		if sc.ID != "vnc-info" {
			continue
		}
		auth := AuthUnknown
		in := false
		for _, line := range strings.Split(sc.Output, "\n") {
			line = strings.TrimSpace(line)
			if strings.HasPrefix(line, "Security types:") {
				in = true
				continue
			}
			m := vncTypeLine.FindStringSubmatch(line)
			if !in || m == nil {
				continue
			}
			if n, _ := strconv.Atoi(m[1]); n == 1 {
				return AuthNone
			}
			auth = AuthPassword
		}
		return auth
	}
	return AuthUnknown
}
