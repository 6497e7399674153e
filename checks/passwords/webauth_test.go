package passwords

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"conformscan/checks"
	"conformscan/probes"
	"conformscan/probes/cleartext"
	tlsprobe "conformscan/probes/tls"
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

// TestIntegratedAuthHTTPS: an HTTPS endpoint offering Negotiate and NTLM,
// measured by the TLS probe's HTTP step against an in-process server,
// passes 5.6; one offering Basic only warns.
func TestIntegratedAuthHTTPS(t *testing.T) {
	for _, tc := range []struct {
		challenges []string
		want       checks.Status
	}{
		{[]string{"Negotiate", `NTLM, Basic realm="intranet, north"`}, checks.StatusPass},
		{[]string{`Basic realm="Negotiate, NTLM"`}, checks.StatusWarn},
		{nil, checks.StatusManual},
	} {
		srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
			for _, c := range tc.challenges {
				w.Header().Add("WWW-Authenticate", c)
			}
			w.WriteHeader(http.StatusUnauthorized)
		}))
		ep := strings.TrimPrefix(srv.URL, "https://")
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		hf, err := tlsprobe.ProbeHTTP(ctx, ep, "", tlsprobe.Options{})
		cancel()
		srv.Close()
		if err != nil {
			t.Fatal(err)
		}
		h := probes.NewSubject(probes.SubjectHost, "127.0.0.1")
		s := probes.NewSubject(probes.SubjectEndpoint, ep)
		s.SetFact(tlsprobe.ID, &tlsprobe.Facts{HTTP: hf})
		h.AddChild(s)
		got := evalIntegratedAuth(&checks.Input{Subject: h, Settings: checks.Settings{Lang: checks.English}})[0]
		if got.Status != tc.want || (tc.want != checks.StatusManual && got.Evidence[0].Source != "https://"+ep+"/") {
			t.Errorf("%q: %s %s %+v", tc.challenges, got.Status, got.Summary, got.Evidence)
		}
	}
}

func TestAuthSchemes(t *testing.T) {
	got := authSchemes([]string{`Basic realm="a, Negotiate", charset="UTF-8"`, "NTLM TlRMTVNTUAACAAAA==", "negotiate, Bearer"})
	if strings.Join(got, " ") != "Basic NTLM negotiate Bearer" {
		t.Errorf("%q", got)
	}
}
