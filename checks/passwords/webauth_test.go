package passwords

import (
	"testing"

	"conformscan/checks"
	"conformscan/probes"
	"conformscan/probes/cleartext"
)

func hostWith(pages ...*cleartext.HTTPPage) *checks.Input {
	h := probes.NewSubject(probes.SubjectHost, "10.0.0.1")
	for _, p := range pages {
		ep := probes.NewSubject(probes.SubjectEndpoint, p.URL)
		ep.SetFact(cleartext.ID, &cleartext.Facts{Service: "http", HTTP: p})
		h.AddChild(ep)
	}
	return &checks.Input{Subject: h, Settings: checks.Settings{Lang: checks.English}}
}

func TestIntegratedAuth(t *testing.T) {
	for _, tc := range []struct {
		pages []*cleartext.HTTPPage
		want  checks.Status
	}{
		{[]*cleartext.HTTPPage{{URL: "http://a/", WWWAuthenticate: []string{"Negotiate", "NTLM"}}}, checks.StatusPass},
		{[]*cleartext.HTTPPage{{URL: "http://a/", WWWAuthenticate: []string{"Basic"}}}, checks.StatusWarn},
		{[]*cleartext.HTTPPage{{URL: "http://a/login", PasswordField: true}}, checks.StatusWarn},
		{[]*cleartext.HTTPPage{{URL: "http://a/"}}, checks.StatusManual},
	} {
		if got := evalIntegratedAuth(hostWith(tc.pages...))[0]; got.Status != tc.want {
			t.Errorf("%+v: %s %s", tc.pages[0], got.Status, got.Summary)
		}
	}
}
