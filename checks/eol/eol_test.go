package eol

import (
	"encoding/binary"
	"strings"
	"testing"
	"time"

	"conformscan/checks"
	"conformscan/probes"
	"conformscan/probes/osdetect"
)

func at(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func host(f *osdetect.Facts) *checks.Input {
	s := probes.NewSubject(probes.SubjectHost, "h")
	s.SetFact(osdetect.ID, f)
	return &checks.Input{Subject: s}
}

func eval(t *testing.T, c checks.Check, f *osdetect.Facts, date string) []checks.Result {
	t.Helper()
	in := host(f)
	in.Settings = checks.Settings{Lang: checks.English, RefDate: at(date)}
	return c.Eval(in)
}

func family(t *testing.T, policy string) checks.Family {
	t.Helper()
	fam := Family()
	o := fam.Options.(*Options)
	o.Extended = policy
	if err := o.Validate(t.Context()); err != nil {
		t.Fatal(err)
	}
	return fam
}

func debian12() *osdetect.Facts {
	os, sw := osdetect.ParseSSHBanner("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3")
	return &osdetect.Facts{OS: []osdetect.OS{*os}, Software: []osdetect.Software{*sw,
		{Product: "redis", Version: "7.0.15", Source: "redis-info"},
		{Product: "nginx", Version: "1.22.1", Source: osdetect.SourceHTTP}}}
}

func TestDebian12Boundaries(t *testing.T) {
	for _, tc := range []struct{ policy, date, want string }{
		{"warn", "2026-01-01", "pass"}, {"warn", "2026-01-12", "warn"}, {"warn", "2026-07-10", "warn"},
		{"warn", "2026-07-11", "warn"}, {"warn", "2026-11-29", "warn"}, {"fail", "2026-11-29", "fail"},
		{"count", "2026-11-29", "pass"}, {"count", "2028-01-01", "warn"}, {"warn", "2028-06-29", "warn"},
		{"warn", "2028-06-30", "fail"}, {"warn", "2028-07-01", "fail"},
	} {
		fam := family(t, tc.policy)
		for _, c := range fam.Checks[:2] {
			rs := eval(t, c, debian12(), tc.date)
			if string(rs[0].Status) != tc.want {
				t.Errorf("%s %s at %s: %s, want %s (%s)", c.ID, tc.policy, tc.date, rs[0].Status, tc.want, rs[0].Summary)
			}
		}
	}
}

func TestDistroPackagesFollowDebian(t *testing.T) {
	rs := eval(t, family(t, "warn").Checks[1], debian12(), "2026-01-01")
	if rs[0].Status != checks.StatusPass || len(rs[0].Evidence) != 3 {
		t.Fatalf("%+v", rs[0])
	}
	for _, ev := range rs[0].Evidence {
		if ev.Rule != RuleDistro || !strings.Contains(ev.Observed, "Debian 12") {
			t.Errorf("not judged on Debian 12: %+v", ev)
		}
	}
	// Upstream nginx 1.22 ended in 2023; without the OS it fails.
	f := debian12()
	f.OS = nil
	rs = eval(t, family(t, "warn").Checks[1], f, "2026-01-01")
	if rs[0].Status != checks.StatusFail || rs[1].Ref != "2.17" || rs[1].Status != checks.StatusFail {
		t.Fatalf("upstream: %+v", rs)
	}
}

func ntlm2012R2() []byte {
	b := make([]byte, 56)
	copy(b, "NTLMSSP\x00")
	binary.LittleEndian.PutUint32(b[8:], 2)
	binary.LittleEndian.PutUint32(b[20:], 0xe2898215)
	b[48], b[49] = 6, 3
	binary.LittleEndian.PutUint16(b[50:], 9600)
	b[55] = 15
	return b
}

func TestWindows2012R2FromNTLM(t *testing.T) {
	v, err := osdetect.ParseNTLMChallenge(ntlm2012R2())
	if err != nil {
		t.Fatal(err)
	}
	f := &osdetect.Facts{OS: []osdetect.OS{*osdetect.WindowsFromBuild(v, osdetect.SourceNTLM, v.String())}}
	for _, tc := range []struct{ policy, date, want string }{
		{"warn", "2023-10-09", "warn"}, {"warn", "2023-10-10", "warn"}, {"warn", "2025-01-01", "warn"},
		{"count", "2025-01-01", "pass"}, {"count", "2026-05-01", "warn"}, {"warn", "2026-10-12", "warn"},
		{"warn", "2026-10-13", "fail"}, {"count", "2026-10-14", "fail"}, {"count", "2020-01-01", "pass"},
	} {
		rs := eval(t, family(t, tc.policy).Checks[0], f, tc.date)
		if string(rs[0].Status) != tc.want {
			t.Errorf("%s at %s: %s, want %s (%s)", tc.policy, tc.date, rs[0].Status, tc.want, rs[0].Summary)
		}
	}
}

func TestConflictingSourcesAllShown(t *testing.T) {
	os, _ := osdetect.ParseHTTP("HTTP/1.1 200 OK\nServer: Apache/2.4.62 (Debian)")
	d12 := debian12().OS[0]
	f := &osdetect.Facts{OS: []osdetect.OS{*os, d12}}
	rs := eval(t, family(t, "warn").Checks[0], f, "2026-01-01")
	if rs[0].Status != checks.StatusPass || len(rs[0].Evidence) != 3 || !strings.Contains(rs[0].Summary, "ssh-banner") {
		t.Fatalf("%+v", rs[0])
	}
	f = &osdetect.Facts{OS: []osdetect.OS{*os}}
	rs = eval(t, family(t, "warn").Checks[0], f, "2026-01-01")
	if rs[0].Status != checks.StatusManual || !strings.Contains(rs[0].Summary, "Debian") {
		t.Fatalf("release unknown: %+v", rs[0])
	}
}

func TestOptions(t *testing.T) {
	o := &Options{Extended: "maybe"}
	if err := o.Validate(t.Context()); err == nil {
		t.Fatal("bad policy accepted")
	}
	o = &Options{Extended: "warn", DataDir: t.TempDir()}
	if err := o.Validate(t.Context()); err == nil || !strings.Contains(err.Error(), "--eol-data") {
		t.Fatalf("%v", err)
	}
}

// TestLiveNTLMSources judges detections shaped as the live SMB and HTTP
// NTLM exchanges give them: the summary names the source and confidence,
// the evidence the names the server gave; Samba's 6.1.0 names no release
// and yields to the SSH banner's Debian 12.
func TestLiveNTLMSources(t *testing.T) {
	win := osdetect.NTLMInfo{Version: &osdetect.NTLMVersion{Major: 10, Build: 17763, Revision: 15}, NetBIOSComputer: "SRV01"}
	o := osdetect.NTLMOS(win, osdetect.SourceSMBNTLM)
	o.Endpoint = "10.0.0.5:445"
	rs := eval(t, family(t, "warn").Checks[0], &osdetect.Facts{OS: []osdetect.OS{*o}}, "2026-01-01")
	if rs[0].Status != checks.StatusPass || !strings.Contains(rs[0].Summary, "smb-ntlm, confidence strong") ||
		!strings.Contains(rs[0].Evidence[1].Observed, "NetBIOS computer SRV01") || rs[0].Evidence[1].Source != osdetect.SourceSMBNTLM {
		t.Fatalf("windows 2019: %+v", rs[0])
	}
	samba := osdetect.NTLMOS(osdetect.NTLMInfo{Version: &osdetect.NTLMVersion{Major: 6, Minor: 1, Revision: 15}}, osdetect.SourceSMBNTLM)
	rs = eval(t, family(t, "warn").Checks[0], &osdetect.Facts{OS: []osdetect.OS{*samba}}, "2026-01-01")
	if rs[0].Status != checks.StatusManual || !strings.Contains(rs[0].Summary, "6.1.0") {
		t.Fatalf("samba alone: %+v", rs[0])
	}
	rs = eval(t, family(t, "warn").Checks[0], &osdetect.Facts{OS: []osdetect.OS{*samba, debian12().OS[0]}}, "2026-01-01")
	if rs[0].Status != checks.StatusPass || !strings.Contains(rs[0].Summary, "Debian 12") || len(rs[0].Evidence) != 3 {
		t.Fatalf("samba and ssh: %+v", rs[0])
	}
}

// TestRDPNTLMJudged: the Windows build remote read from RDP's CredSSP on
// an endpoint is judged on the host, with every detection shown.
func TestRDPNTLMJudged(t *testing.T) {
	iis, _ := osdetect.ParseHTTP("HTTP/1.1 200 OK\nServer: Microsoft-IIS/10.0")
	in := host(&osdetect.Facts{OS: []osdetect.OS{*iis}})
	ep := probes.NewSubject(probes.SubjectEndpoint, "h:3389")
	ep.SetFact(osdetect.RemoteID, map[string]any{"tool": "rdp", "ntlm": map[string]any{"version": "6.3.9600"}})
	in.Subject.AddChild(ep)
	in.Settings = checks.Settings{Lang: checks.English, RefDate: at("2026-10-13")}
	rs := family(t, "warn").Checks[0].Eval(in)
	if string(rs[0].Status) != "fail" || !strings.Contains(rs[0].Summary, "rdp-ntlm") || len(rs[0].Evidence) != 3 {
		t.Fatalf("%s: %s %+v", rs[0].Status, rs[0].Summary, rs[0].Evidence)
	}
}
