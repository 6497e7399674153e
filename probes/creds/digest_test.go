package creds

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// RFC 2617 section 3.5's example.
func TestDigestKnownAnswer(t *testing.T) {
	c, ok := ParseDigestChallenge(`Digest realm="testrealm@host.com", qop="auth,auth-int", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41"`)
	if !ok || c.Qop != "auth" || c.Realm != "testrealm@host.com" {
		t.Fatalf("%+v %v", c, ok)
	}
	got := c.authorization("Mufasa", "Circle Of Life", "/dir/index.html", "0a4f113b")
	if want := `response="6629fae49393a05397450978507c4ef1"`; !strings.Contains(got, want) {
		t.Fatalf("%s", got)
	}
}

func FuzzParseDigestChallenge(f *testing.F) {
	f.Add(`Digest realm="a", nonce="b", qop=auth`)
	f.Add(`Digest realm="a, nonce=`)
	f.Add(`digest =,,"`)
	f.Fuzz(func(t *testing.T, s string) {
		c, ok := ParseDigestChallenge(s)
		if ok && c.Nonce == "" {
			t.Fatal("accepted without a nonce")
		}
	})
}

// digestConsole asks for Digest (qop=auth) and accepts user/password.
func digestConsole(t *testing.T, user, password string) string {
	t.Helper()
	ch := digestChallenge{Realm: "console", Nonce: "n0nce", Qop: "auth", Algorithm: "MD5"}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if rest, ok := cutFold(r.Header.Get("Authorization"), "digest "); ok {
			p := parseParams(rest)
			want := parseParams(strings.TrimPrefix(ch.authorization(user, password, p["uri"], p["cnonce"]), "Digest "))
			if p["username"] == user && p["response"] == want["response"] {
				_, _ = w.Write([]byte("console"))
				return
			}
		}
		w.Header().Set("WWW-Authenticate", `Digest realm="console", nonce="n0nce", qop="auth"`)
		w.WriteHeader(http.StatusUnauthorized)
	}))
	t.Cleanup(srv.Close)
	return strings.TrimPrefix(srv.URL, "http://")
}

func TestHTTPDigestDefaultFound(t *testing.T) {
	f, err := runProbe(t, &Flags{}, endpoint(t, digestConsole(t, "admin", "admin"), "http"))
	if err != nil {
		t.Fatal(err)
	}
	if f.Scheme != "digest" || len(f.Findings) != 1 || f.Findings[0].Account != "admin" || f.Findings[0].Control != ControlRefused {
		t.Fatalf("%+v", f)
	}
}

func TestHTTPDigestConformant(t *testing.T) {
	f, err := runProbe(t, &Flags{}, endpoint(t, digestConsole(t, "admin", "Long-Unique-9"), "http"))
	if err != nil || len(f.Findings) != 0 || !f.Testable || f.TotalTries() == 0 {
		t.Fatalf("%v %+v", err, f)
	}
}
