package osdetect_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"conformscan/probes"
	"conformscan/probes/osdetect"
	"conformscan/probes/remote"
)

// hostWith returns a host whose osdetect facts are f, with one endpoint
// per remote fact given (keyed by port).
func hostWith(f *osdetect.Facts, eps map[int]any) *probes.Subject {
	h := probes.NewSubject(probes.SubjectHost, "10.0.0.5")
	h.SetFact(osdetect.ID, f)
	for port, fact := range eps {
		ep := probes.NewSubject(probes.SubjectEndpoint, probes.Endpoint("10.0.0.5", port))
		ep.Host, ep.Port = "10.0.0.5", port
		ep.SetFact(remote.ID, fact)
		h.AddChild(ep)
	}
	return h
}

func TestRemoteIDIsRemotesID(t *testing.T) {
	if osdetect.RemoteID != remote.ID {
		t.Fatalf("osdetect reads remote's facts under %q, remote stores them under %q", osdetect.RemoteID, remote.ID)
	}
	if p := osdetect.New(); !strings.Contains(strings.Join(p.Needs, ","), remote.ID) {
		t.Fatalf("osdetect must need %s: %v", remote.ID, p.Needs)
	}
}

func TestRDPNTLMFromRemoteFacts(t *testing.T) {
	rdp := &remote.Facts{Tool: "rdp", Auth: remote.AuthNLA,
		NTLM: &remote.NTLMInfo{Version: "10.0.17763", NetBIOSComputer: "SRV01", DNSDomain: "corp.example"}}
	f := osdetect.FactsOf(hostWith(&osdetect.Facts{}, map[int]any{3389: rdp}))
	if f == nil || len(f.OS) != 1 {
		t.Fatalf("%+v", f)
	}
	o := f.OS[0]
	if o.Source != osdetect.SourceRDPNTLM || o.Confidence != osdetect.Strong || o.Product != "windows-server" ||
		o.Release != "2019" || o.Endpoint != "10.0.0.5:3389" || !strings.Contains(o.Seen, "SRV01") {
		t.Fatalf("%+v", o)
	}
	unknown := &remote.Facts{Tool: "rdp", NTLM: &remote.NTLMInfo{Version: "10.0.12345"}}
	f = osdetect.FactsOf(hostWith(&osdetect.Facts{}, map[int]any{3389: unknown}))
	if len(f.OS) != 1 || f.OS[0].Confidence != osdetect.Weak || f.OS[0].Release != "" {
		t.Fatalf("build not in the table: %+v", f.OS)
	}
	for _, fact := range []any{&remote.Facts{Tool: "rdp", Auth: remote.AuthTLS}, &remote.Facts{Tool: "rdp", NTLM: &remote.NTLMInfo{Version: "garbage"}}, nil} {
		if f := osdetect.FactsOf(hostWith(&osdetect.Facts{}, map[int]any{3389: fact})); len(f.OS) != 0 {
			t.Fatalf("%+v: %+v", fact, f.OS)
		}
	}
}

// recordedNmap is remote facts as a report records them, with nmap's OS
// matches imported from --nmap-xml.
const recordedNmap = `{"tool":"rdp","auth":"nla","nmap":{"name":"ms-wbt-server","os_matches":[
 {"name":"Microsoft Windows Server 2012 R2","accuracy":96,"classes":[{"vendor":"Microsoft","family":"Windows","gen":"2012","type":"general purpose","accuracy":96}]},
 {"name":"Microsoft Windows Server 2008 R2 SP1","accuracy":90},
 {"name":"Linux 5.X","accuracy":100,"classes":[{"vendor":"Linux","family":"Linux","gen":"5.X"}]}]}}`

func TestNmapOSFromRemoteFacts(t *testing.T) {
	var fact map[string]any
	if err := json.Unmarshal([]byte(recordedNmap), &fact); err != nil {
		t.Fatal(err)
	}
	f := osdetect.FactsOf(hostWith(&osdetect.Facts{}, map[int]any{3389: fact}))
	if len(f.OS) != 3 {
		t.Fatalf("%+v", f.OS)
	}
	want := []struct {
		product, release string
		conf             osdetect.Confidence
	}{{"windows-server", "2012-r2", osdetect.Strong}, {"windows-server", "2008-r2-sp1", osdetect.Weak}, {"linux", "", osdetect.Weak}}
	for i, w := range want {
		o := f.OS[i]
		if o.Source != osdetect.SourceNmapOS || o.Product != w.product || o.Release != w.release || o.Confidence != w.conf {
			t.Errorf("match %d: %+v, want %+v", i, o, w)
		}
	}
}

func TestConflictingSourcesStrongestWins(t *testing.T) {
	iis, _ := osdetect.ParseHTTP("HTTP/1.1 200 OK\nServer: Microsoft-IIS/10.0")
	host := &osdetect.Facts{OS: []osdetect.OS{*iis}}
	var nm map[string]any
	_ = json.Unmarshal([]byte(`{"nmap":{"os_matches":[{"name":"Microsoft Windows Server 2016","accuracy":91}]}}`), &nm)
	rdp := &remote.Facts{Tool: "rdp", NTLM: &remote.NTLMInfo{Version: "10.0.20348"}}
	s := hostWith(host, map[int]any{3389: rdp, 5985: nm})
	f := osdetect.FactsOf(s)
	if len(f.OS) != 3 || f.Best().Source != osdetect.SourceRDPNTLM || f.Best().Release != "2022" {
		t.Fatalf("%+v", f.OS)
	}
	if len(host.OS) != 1 || len(osdetect.FactsOf(s).OS) != 3 {
		t.Fatalf("the stored facts must stay as the probe left them: %+v", host.OS)
	}
}

// TestRDPNTLMFromNmapScript: nmap's rdp-ntlm-info, from a report imported
// with --nmap-xml, tells the build when remote did not read it itself.
func TestRDPNTLMFromNmapScript(t *testing.T) {
	raw, err := os.ReadFile("../remote/testdata/nmap.xml")
	if err != nil {
		t.Fatal(err)
	}
	svcs, err := remote.ParseNmapXML(raw)
	if err != nil {
		t.Fatal(err)
	}
	svc := svcs["10.0.0.5:3389"]
	f := osdetect.FactsOf(hostWith(&osdetect.Facts{}, map[int]any{3389: &remote.Facts{Tool: "rdp", Nmap: &svc}}))
	if len(f.OS) != 1 || f.OS[0].Release != "2019" || f.OS[0].Source != osdetect.SourceRDPNTLM ||
		!strings.Contains(f.OS[0].Seen, "rdp-ntlm-info: Target_Name: CORP") {
		t.Fatalf("%+v", f.OS)
	}
	both := &remote.Facts{Tool: "rdp", Nmap: &svc, NTLM: &remote.NTLMInfo{Version: "10.0.20348"}}
	f = osdetect.FactsOf(hostWith(&osdetect.Facts{}, map[int]any{3389: both}))
	if len(f.OS) != 1 || f.OS[0].Release != "2022" {
		t.Fatalf("remote's own reading comes first: %+v", f.OS)
	}
}
