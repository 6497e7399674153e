package remote

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"conformscan/fixtures/remotelab"
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
	if err := f.Validate(); err != nil || len(f.nmap) != 6 {
		t.Fatalf("validate: %v", err)
	}
	if err := (&Flags{NmapXML: "wininv/testdata/services.csv"}).Validate(); err == nil || !strings.Contains(err.Error(), "-oX") {
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
	f := scanFakeWith(t, remotelab.Silent(), "unknown", 0, nm)
	if f.Tool != "rdp" || f.Identified || f.Nmap == nil || f.Nmap.Product != "Microsoft Terminal Services" {
		t.Fatalf("%+v", f)
	}
}

// --nmap: Debian's nmap names a VNC server on a port nothing else tells,
// and the VNC fingerprint then runs.
func TestNmapRunsOnUnidentified(t *testing.T) {
	fl := &Flags{Nmap: true}
	if err := fl.Validate(); err != nil {
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
