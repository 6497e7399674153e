package list

import (
	"fmt"
	"testing"
	"time"

	"conformscan/checks"
	"conformscan/probes"
	"conformscan/probes/discovery"
	probelist "conformscan/probes/list"
)

// The endpoints a host of the property tests has: the services every
// family reads (web, mail, directory, remote control, logins).
var propertyPorts = []discovery.Port{
	{Port: 21, Service: "ftp", ServiceFrom: "banner", Banner: "220 FTP ready"},
	{Port: 22, Service: "ssh", ServiceFrom: "banner", Banner: "SSH-2.0-OpenSSH_9.2p1"},
	{Port: 23, Service: "telnet", ServiceFrom: "banner", Banner: "login:"},
	{Port: 25, Service: "smtp", ServiceFrom: "banner", Banner: "220 mail ESMTP"},
	{Port: 80, Service: "http", ServiceFrom: "response", Response: "HTTP/1.1 200 OK"},
	{Port: 389, Service: "ldap", ServiceFrom: "response"},
	{Port: 443, Service: "https", ServiceFrom: "tls", TLSSeen: &discovery.TLSSeen{Version: "TLSv1.3"}},
	{Port: 3389, Service: "rdp", ServiceFrom: "response"},
	{Port: 5900, Service: "vnc", ServiceFrom: "banner", Banner: "RFB 003.008"},
	{Port: 5985, Service: "winrm", ServiceFrom: "port"},
	{Port: 6000, Service: "x11", ServiceFrom: "port"},
	{Port: 6379, Service: "redis", ServiceFrom: "response"},
	{Port: 7000, Service: "unknown", Unidentified: "silent"},
}

// propertySubject builds a subject of kind with its children (a host's
// endpoints, a Wi-Fi source's BSS); mark records each needed probe's run
// on every subject of the probe's kind.
func propertySubject(kind probes.SubjectKind, mark func(s *probes.Subject)) *probes.Subject {
	var s *probes.Subject
	switch kind {
	case probes.SubjectHost:
		s = probes.NewSubject(kind, "192.0.2.10")
		s.Host = "192.0.2.10"
		for _, p := range propertyPorts {
			ep := probes.NewSubject(probes.SubjectEndpoint, probes.Endpoint(s.Host, p.Port))
			ep.Host, ep.Port = s.Host, p.Port
			port := p
			port.State, port.At = "open", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
			ep.Descriptor = &port
			s.AddChild(ep)
		}
	case probes.SubjectWifiSource:
		s = probes.NewSubject(kind, "wifi-capture:lab.pcap")
		s.AddChild(probes.NewSubject(probes.SubjectWifi, "wifi:02:00:00:00:00:01"))
	case probes.SubjectDirectory:
		s = probes.NewSubject(kind, "ldaps://192.0.2.20:636")
		s.Host, s.Port = "192.0.2.20", 636
	default:
		s = probes.NewSubject(kind, string(kind))
	}
	s.State = probes.StateComplete
	var visit func(x *probes.Subject)
	visit = func(x *probes.Subject) {
		mark(x)
		for _, c := range x.Children() {
			visit(c)
		}
	}
	visit(s)
	return s
}

// evaluateAlone judges one check on one subject, every probe planned.
func evaluateAlone(t *testing.T, cat *checks.Catalogue, c checks.Check, s *probes.Subject) []checks.Result {
	t.Helper()
	refs, err := cat.Select("")
	if err != nil {
		t.Fatal(err)
	}
	plan := &checks.Plan{Subjects: []*probes.Subject{s}, Refs: refs, Checks: []checks.Check{c}, Probes: probelist.All(),
		Settings: checks.Settings{Lang: "en", RefDate: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)}}
	return checks.Evaluate(cat, plan)
}

// probeKinds maps probe IDs to the kind of subject they run on.
func probeKinds() map[string]probes.SubjectKind {
	out := map[string]probes.SubjectKind{}
	for _, p := range probelist.All() {
		out[p.ID] = p.Kind
	}
	return out
}

// TestEveryCheckFailsClosedOnProbeErrors: for every registered check,
// facts where each probe it needs failed (on the subject and on every
// subject below it: a host's endpoints) give no PASS, N/A or MANUAL, and
// at least one ERROR.
func TestEveryCheckFailsClosedOnProbeErrors(t *testing.T) {
	cat, err := checks.LoadCatalogue()
	if err != nil {
		t.Fatal(err)
	}
	kinds := probeKinds()
	for _, kind := range []probes.ErrorKind{probes.KindIOTimeout, probes.KindProtocol, probes.KindReset, probes.KindUnknown} {
		for _, c := range checks.AllChecks(Families()) {
			s := propertySubject(c.SubjectKind(), func(x *probes.Subject) {
				// Discovery ran as in a real scan (the gate did not fail);
				// it fails below when the check needs it.
				x.SetRun(discovery.ID, probes.ProbeRun{Status: probes.RunOK})
				for _, id := range c.Needs {
					if kinds[id] == x.Kind {
						x.SetRun(id, probes.ProbeRun{Status: probes.RunError, ErrorKind: kind, Error: fmt.Sprintf("%s: test failure", kind)})
					}
				}
			})
			rs := evaluateAlone(t, cat, c, s)
			assertFailClosed(t, fmt.Sprintf("%s (probes failed: %s)", c.ID, kind), rs)
		}
	}
}

// TestEveryCheckNeverPassesWithoutFacts: facts absent entirely (no probe
// ran, nothing stored) never give PASS.
func TestEveryCheckNeverPassesWithoutFacts(t *testing.T) {
	cat, err := checks.LoadCatalogue()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range checks.AllChecks(Families()) {
		s := propertySubject(c.SubjectKind(), func(*probes.Subject) {})
		for _, r := range evaluateAlone(t, cat, c, s) {
			if r.Status == checks.StatusPass {
				t.Errorf("%s: PASS without any fact: %+v", c.ID, r)
			}
		}
	}
}

func assertFailClosed(t *testing.T, what string, rs []checks.Result) {
	t.Helper()
	if len(rs) == 0 {
		t.Errorf("%s: no result at all", what)
		return
	}
	errs := 0
	for _, r := range rs {
		switch r.Status {
		case checks.StatusPass, checks.StatusNA, checks.StatusManual:
			t.Errorf("%s: %s %s on %s: %s", what, r.Ref, r.Status, r.Target, r.Summary)
		case checks.StatusError:
			errs++
		}
	}
	if errs == 0 {
		t.Errorf("%s: no ERROR: %+v", what, rs)
	}
}
