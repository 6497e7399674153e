package tls

import (
	"testing"

	"conformscan/probes"
	"conformscan/probes/discovery"
)

func TestTLSProbeApplies(t *testing.T) {
	cases := []struct {
		service, note, response string
		port                    int
		applies                 bool
		starttls                string
		web                     bool
	}{
		{"https", "", "", 443, true, "", true},
		{"ldaps", "", "", 636, true, "", false},
		{"smtps", "", "", 465, true, "", false},
		{"winrm-tls", "", "", 5986, true, "", false},
		{"syslog-tls", "", "", 6514, true, "", false},
		{"smtp", "", "", 587, true, "smtp", false},
		{"imap", "", "", 143, true, "imap", false},
		{"pop3", "", "", 110, true, "pop3", false},
		{"ftp", "", "", 21, true, "ftp", false},
		{"ldap", "", "", 389, true, "ldap", false},
		{"postgresql", "", "", 5432, true, "postgres", false},
		{"unknown", "silent (waits for the client, likely TLS)", "", 8843, true, "", false},
		{"unknown", "", `\x15\x03\x01\x00\x02\x02F`, 4443, true, "", false},
		{"http", "", "HTTP/1.1 200 OK", 80, false, "", true},
		{"ssh", "", "", 22, false, "", false},
		{"mysql", "", "", 3306, false, "", false},
	}
	for _, tc := range cases {
		ep := &discovery.Port{Port: tc.port, Service: tc.service, Note: tc.note, Response: tc.response}
		if got := Applies(ep); got != tc.applies {
			t.Errorf("%s/%d applies = %v", tc.service, tc.port, got)
		}
		if got := StartTLSFor(ep); got != tc.starttls {
			t.Errorf("%s/%d starttls = %q", tc.service, tc.port, got)
		}
		if got := IsWeb(ep); got != tc.web {
			t.Errorf("%s/%d web = %v", tc.service, tc.port, got)
		}
	}
	if sni("127.0.0.1") != "" || sni("::1") != "" || sni("dpi.example.org") != "dpi.example.org" {
		t.Error("SNI")
	}
	if p := New(); p.ID != ID || p.Applies == nil || p.Run == nil || p.Kind != probes.SubjectEndpoint {
		t.Error("the tls probe value is incomplete")
	}
}
