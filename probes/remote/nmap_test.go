package remote

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"conformscan/demo/remotelab"
	"conformscan/probes"
	"conformscan/probes/discovery"
)

func TestParseNmapXML(t *testing.T) {
	data, err := os.ReadFile("testdata/nmap.xml")
	if err != nil {
		t.Fatal(err)
	}
	m, err := ParseNmapXML(data)
	if err != nil {
		t.Fatal(err)
	}
	rdp, ok := m["srv-pacs-01:3389"]
	if !ok || rdp.Name != "ms-wbt-server" || len(rdp.Scripts) != 1 || !strings.Contains(rdp.Scripts[0].Output, "10.0.17763") {
		t.Fatalf("3389: %+v", rdp)
	}
	if _, closed := m["10.0.0.5:6001"]; closed || len(m) != 6 || m["10.0.0.5:5900"].ExtraInfo != "protocol 3.8" {
		t.Fatalf("%+v", m)
	}
	if _, err := ParseNmapXML([]byte("not xml")); err == nil {
		t.Fatal("garbage accepted")
	}
	f := &Flags{NmapXML: "testdata/nmap.xml"}
	if err := f.Validate(t.Context()); err != nil || len(f.nmap) != 6 {
		t.Fatalf("validate: %v", err)
	}
	if err := (&Flags{NmapXML: "wininv/testdata/services.csv"}).Validate(t.Context()); err == nil || !strings.Contains(err.Error(), "-oX") {
		t.Fatalf("a CSV as nmap XML: %v", err)
	}
}

// nmap's service name chooses the fingerprint when neither discovery nor
// the port tell, and its facts are kept.
func TestNmapNamesTheService(t *testing.T) {
	if tl, ok := byName(nmapTool("ms-wbt-server")); !ok || tl.name != "rdp" {
		t.Fatalf("%+v", tl)
	}
	nm := &NmapService{Name: "ms-wbt-server", Product: "Microsoft Terminal Services"}
	f, err := scanFakeRun(t, remotelab.Silent(), "unknown", 0, nm)
	if f.Tool != "rdp" || f.Identified || f.Nmap == nil || f.Nmap.Product != "Microsoft Terminal Services" {
		t.Fatalf("%+v", f)
	}
	// nmap's name is no measurement: the silent RDP is an error.
	if err == nil {
		t.Fatal("a silent port named by nmap gave no error")
	}
}

// --nmap: Debian's nmap names a VNC server on a port nothing else tells,
// and the VNC fingerprint then runs.
func TestNmapRunsOnUnidentified(t *testing.T) {
	fl := &Flags{Nmap: true}
	if err := fl.Validate(t.Context()); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	srv, err := remotelab.Serve(ctx, "vnc", remotelab.VNC("RFB 003.008\n", []byte{1}))
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	s := probes.NewSubject(probes.SubjectEndpoint, srv.Addr)
	s.Host, s.Port = "127.0.0.1", srv.Port
	s.Descriptor = &discovery.Port{Port: srv.Port, Service: "unknown", Unidentified: "unrecognized"}
	p := NewWith(fl)
	if err := p.Run(ctx, &probes.Env{}, s); err != nil {
		t.Fatal(err)
	}
	f := FactsOf(s)
	if f == nil || f.Nmap == nil || f.Nmap.Name != "vnc" || f.Tool != "vnc" || f.Auth != AuthNone {
		t.Fatalf("%+v", f)
	}
}

// TestParseNmapXMLOSMatches: nmap -O's guesses are kept on every open
// port of the host, best first, for the osdetect probe's nmap-os source.
func TestParseNmapXMLOSMatches(t *testing.T) {
	const xmlRun = `<?xml version="1.0"?><nmaprun><host><address addr="192.0.2.7" addrtype="ipv4"/>
<ports><port protocol="tcp" portid="3389"><state state="open"/><service name="ms-wbt-server"/></port></ports>
<os><osmatch name="Microsoft Windows Server 2012 R2" accuracy="96"><osclass type="general purpose" vendor="Microsoft" osfamily="Windows" osgen="2012" accuracy="96"/></osmatch>
<osmatch name="Microsoft Windows 8.1" accuracy="90"/></os></host></nmaprun>`
	got, err := ParseNmapXML([]byte(xmlRun))
	if err != nil {
		t.Fatal(err)
	}
	svc := got["192.0.2.7:3389"]
	if len(svc.OSMatches) != 2 || svc.OSMatches[0].Name != "Microsoft Windows Server 2012 R2" || svc.OSMatches[0].Accuracy != 96 ||
		len(svc.OSMatches[0].Classes) != 1 || svc.OSMatches[0].Classes[0].Gen != "2012" || svc.OSMatches[0].Classes[0].Family != "Windows" {
		t.Fatalf("%+v", svc)
	}
}
