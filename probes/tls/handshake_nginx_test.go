package tls

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"conformscan/fixtures/daemons"
	"conformscan/fixtures/nginxlab"
	"conformscan/internal/pki"
)

// labNginx is one nginx (fixtures/nginxlab) with four servers on
// 127.0.0.1, all with one RSA-2048 certificate self-signed for localhost:
//   - modern: TLS 1.2+1.3, 10-minute sessions, HSTS;
//   - plain: HTTP redirecting to modern;
//   - dhe: TLS 1.2 DHE-RSA only (crypto/tls cannot talk to it), default
//     5-minute sessions;
//   - tls12: TLS 1.2 only, 10-minute sessions.
type labNginx struct {
	modern, plain, dhe, tls12 string
}

func startLabNginx(t *testing.T) *labNginx {
	t.Helper()
	certs := []nginxlab.Cert{{Key: pki.RSAKey(2048), Issuer: pki.SelfSigned, Names: []string{"localhost"}}}
	labs := nginxlab.StartServers(t,
		nginxlab.Server{Name: "modern", Protocols: "TLSv1.2 TLSv1.3", Certs: certs, SessionTimeout: 10 * time.Minute,
			HSTS: "max-age=63072000; includeSubDomains"},
		nginxlab.Server{Name: "plain", RedirectTo: "modern"},
		nginxlab.Server{Name: "dhe", Protocols: "TLSv1.2", Ciphers: "DHE-RSA-AES128-GCM-SHA256", DHParam: nginxlab.FFDHE2048,
			Certs: certs},
		nginxlab.Server{Name: "tls12", Protocols: "TLSv1.2", Certs: certs, SessionTimeout: 10 * time.Minute},
	)
	return &labNginx{modern: labs["modern"].Addr, plain: labs["plain"].Addr, dhe: labs["dhe"].Addr, tls12: labs["tls12"].Addr}
}

func TestNginxHandshakeAndHTTP(t *testing.T) {
	lab := startLabNginx(t)
	ctx := func() context.Context { return httpCtx(t, 5*time.Second) }

	t.Run("TLS 1.3 ticket lifetime", func(t *testing.T) {
		hf, err := fullHandshake(ctx(), hsDialer(lab.modern), "localhost")
		if err != nil {
			t.Fatal(err)
		}
		if hf.Version != TLS13 || len(hf.Chain) != 1 || !hf.SessionTicket || hf.TicketLifetimeHint == nil || *hf.TicketLifetimeHint != 600 {
			t.Errorf("%s chain=%d ticket=%v lifetime=%v", hf.Version, len(hf.Chain), hf.SessionTicket, ptrStr(hf.TicketLifetimeHint))
		}
	})
	t.Run("TLS 1.2 ticket lifetime hint", func(t *testing.T) {
		hf, err := fullHandshake(ctx(), hsDialer(lab.tls12), "localhost")
		if err != nil {
			t.Fatal(err)
		}
		if hf.Version != TLS12 || !hf.SessionTicket || hf.TicketLifetimeHint == nil || *hf.TicketLifetimeHint != 600 {
			t.Errorf("%s ticket=%v hint=%v", hf.Version, hf.SessionTicket, ptrStr(hf.TicketLifetimeHint))
		}
	})
	t.Run("DHE-only through zcrypto", func(t *testing.T) {
		if _, err := stdHandshake(ctx(), hsDialer(lab.dhe), "localhost"); err == nil {
			t.Fatal("crypto/tls unexpectedly handshakes with a DHE-only server")
		}
		hf, err := fullHandshake(ctx(), hsDialer(lab.dhe), "localhost")
		if err != nil {
			t.Fatal(err)
		}
		if hf.Version != TLS12 || len(hf.Chain) != 1 || !hf.SessionTicket || hf.TicketLifetimeHint == nil || *hf.TicketLifetimeHint != 300 {
			t.Errorf("%s chain=%d ticket=%v hint=%v", hf.Version, len(hf.Chain), hf.SessionTicket, ptrStr(hf.TicketLifetimeHint))
		}
		f, err := ProbeHTTP(ctx(), lab.dhe, "localhost", Options{})
		if err != nil || f.HTTPSStatus != 200 || f.HSTS != "" {
			t.Errorf("HTTP over zcrypto: %+v %v", f, err)
		}
	})
	t.Run("HSTS and plain redirect", func(t *testing.T) {
		f, err := ProbeHTTP(ctx(), lab.modern, "localhost", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if f.HTTPSStatus != 200 || f.HSTSMaxAge != 63072000 || !f.HSTSSubdomains {
			t.Errorf("facts %+v", f)
		}
		status, loc, toHTTPS, err := ProbePlainHTTP(ctx(), lab.plain)
		if err != nil || status != 301 || !toHTTPS || !strings.HasPrefix(loc, "https://127.0.0.1:") {
			t.Errorf("plain: %d %q %v %v", status, loc, toHTTPS, err)
		}
		// nginx's 400 "plain HTTP request was sent to HTTPS port".
		status, _, toHTTPS, err = ProbePlainHTTP(ctx(), lab.modern)
		if err != nil || status != 400 || toHTTPS {
			t.Errorf("plain to the TLS port: %d %v %v", status, toHTTPS, err)
		}
	})
}

func ptrStr(p *uint32) string {
	if p == nil {
		return "nil"
	}
	return fmt.Sprint(*p)
}

// TestProbeUsesHooks runs Probe end to end on the lab nginx (HTTPS) and on
// vsftpd (AUTH TLS): certificates, ticket lifetime and HTTP facts come from
// this file's hooks.
func TestProbeUsesHooks(t *testing.T) {
	lab := startLabNginx(t)
	f, err := Probe(httpCtx(t, 20*time.Second), lab.modern, Options{SNI: "localhost", HTTP: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Certificates) != 1 || !f.Chain.HostnameMatch || f.Chain.Trusted || !f.Chain.Complete || f.Chain.Roots != "system" {
		t.Errorf("certificates %d, chain %+v", len(f.Certificates), f.Chain)
	}
	if f.Extensions.TicketLifetimeHint == nil || *f.Extensions.TicketLifetimeHint != 600 || f.HTTP == nil || f.HTTP.HSTSMaxAge != 63072000 {
		t.Errorf("extensions %+v, http %+v", f.Extensions, f.HTTP)
	}

	// vsftpd sends its ECDSA P-256 leaf (for daemons.ServerName and
	// 127.0.0.1) and the CA.
	v := daemons.StartVsftpd(t, daemons.VsftpdOptions{Security: daemons.FTPTLSOptional})
	f, err = Probe(httpCtx(t, 20*time.Second), v.Addr, Options{StartTLS: "ftp"})
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Protocols) == 0 || len(f.Certificates) != 2 || f.Certificates[0].KeyBits != 256 || f.Chain.NameChecked != "127.0.0.1" || !f.Chain.HostnameMatch {
		t.Errorf("vsftpd: protocols %v, certificates %+v, chain %+v", f.Protocols, f.Certificates, f.Chain)
	}
	// vsftpd's OpenSSL issues 7-day TLS 1.3 tickets.
	if f.Extensions.SessionTicket == nil || !*f.Extensions.SessionTicket || f.Extensions.TicketLifetimeHint == nil {
		t.Errorf("vsftpd tickets: %+v", f.Extensions)
	}
}
