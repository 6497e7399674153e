package identify

import (
	"strings"
	"testing"

	"conformscan/checks"
	"conformscan/probes"
	"conformscan/probes/discovery"
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
