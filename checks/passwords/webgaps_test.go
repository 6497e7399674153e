package passwords

import (
	"testing"

	"conformscan/checks"
	"conformscan/probes"
	"conformscan/probes/discovery"
	tlsprobe "conformscan/probes/tls"
)

// 5.6 judges the probes' failures itself: one on a known non-web service
// (an SMTP without STARTTLS the TLS probe could not enter) says nothing of
// web authentication; one on a web or unidentified endpoint is an ERROR,
// never the MANUAL of "no web authentication seen".
func TestIntegratedAuthProbeFailures(t *testing.T) {
	for name, c := range map[string]struct {
		service string
		want    checks.Status
	}{
		"smtp":    {"smtp", checks.StatusManual},
		"ftp":     {"ftp", checks.StatusManual},
		"https":   {"https", checks.StatusError},
		"http":    {"http", checks.StatusError},
		"tls":     {"tls", checks.StatusError},
		"unknown": {"unknown", checks.StatusError},
	} {
		h := probes.NewSubject(probes.SubjectHost, "192.0.2.1")
		ep := probes.NewSubject(probes.SubjectEndpoint, probes.Endpoint("192.0.2.1", 25))
		ep.Descriptor = &discovery.Port{Port: 25, Service: c.service}
		ep.SetRun(tlsprobe.ID, probes.ProbeRun{Status: probes.RunError, Error: "starttls: not advertised"})
		h.AddChild(ep)
		rs := evalIntegratedAuth(&checks.Input{Subject: h, Settings: checks.Settings{Lang: checks.English}})
		if len(rs) != 1 || rs[0].Status != c.want {
			t.Errorf("%s: %+v, want %s", name, rs, c.want)
		}
	}
}
