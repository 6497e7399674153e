package identify

import (
	"strings"
	"testing"

	"conformscan/checks"
	"conformscan/probes"
	"conformscan/probes/discovery"
	"conformscan/probes/remote"
)

func host(ports ...discovery.Port) *probes.Subject {
	h := probes.NewSubject(probes.SubjectHost, "127.0.0.1")
	for _, p := range ports {
		p := p
		ep := probes.NewSubject(probes.SubjectEndpoint, probes.Endpoint("127.0.0.1", p.Port))
		ep.Descriptor = &p
		h.AddChild(ep)
	}
	return h
}

func TestIdentification(t *testing.T) {
	eval := Family().Checks[0].Eval
	cases := []struct {
		name   string
		ports  []discovery.Port
		status checks.Status
		want   string
	}{
		{"all identified", []discovery.Port{{Port: 22, Service: "ssh"}, {Port: 443, Service: "https"}}, "", ""},
		{"silent", []discovery.Port{{Port: 22, Service: "ssh"}, {Port: 9999, Service: "unknown", Unidentified: discovery.UnidentifiedSilent}}, checks.StatusError, "127.0.0.1:9999"},
		{"garbage beats tcpwrapped", []discovery.Port{{Port: 1, Service: "unknown", Unidentified: discovery.UnidentifiedTCPWrapped},
			{Port: 2, Service: "unknown", Unidentified: discovery.UnidentifiedGarbage, FirstBytes: `\x00\xff`}}, checks.StatusError, "127.0.0.1:2"},
		{"tcpwrapped only", []discovery.Port{{Port: 1, Service: "unknown", Unidentified: discovery.UnidentifiedTCPWrapped}}, checks.StatusNA, "tcpwrapped"},
	}
	for _, tc := range cases {
		rs := eval(&checks.Input{Subject: host(tc.ports...), Settings: checks.Settings{Lang: checks.English}})
		if tc.status == "" {
			if len(rs) != 0 {
				t.Errorf("%s: %+v", tc.name, rs)
			}
			continue
		}
		if len(rs) != len(refs) {
			t.Fatalf("%s: %d results", tc.name, len(rs))
		}
		for _, r := range rs {
			if r.Status != tc.status || !strings.Contains(r.Summary, tc.want) || len(r.Evidence) == 0 {
				t.Errorf("%s: %+v", tc.name, r)
			}
		}
	}
}

// An endpoint discovery could not name but the remote-control probe
// fingerprinted by its own exchange (X11 setup) is identified; one named by
// its port only, or whose exchange failed, is not.
func TestFingerprintedByRemoteProbe(t *testing.T) {
	eval := Family().Checks[0].Eval
	for name, c := range map[string]struct {
		f    *remote.Facts
		want bool // still an error
	}{
		"x11 fingerprinted": {&remote.Facts{Tool: "x11", Identified: true}, false},
		"port number only":  {&remote.Facts{Tool: "x11"}, true},
		"exchange failed":   {&remote.Facts{Tool: "x11", Identified: true, Error: "reset"}, true},
		"no remote facts":   {nil, true},
	} {
		h := host(discovery.Port{Port: 6000, Service: "unknown", Unidentified: discovery.UnidentifiedGarbage})
		if c.f != nil {
			h.Children()[0].SetFact(remote.ID, c.f)
		}
		rs := eval(&checks.Input{Subject: h, Settings: checks.Settings{Lang: checks.English}})
		if got := len(rs) > 0 && rs[0].Status == checks.StatusError; got != c.want {
			t.Errorf("%s: error=%v, want %v (%+v)", name, got, c.want, rs)
		}
	}
}
