package tlsprobe

import (
	"context"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// ffdhe2048PEM is the RFC 7919 ffdhe2048 group as OpenSSL writes it
// (openssl genpkey -genparam -algorithm DH -pkeyopt group:ffdhe2048).
const ffdhe2048PEM = `-----BEGIN DH PARAMETERS-----
MIIBCAKCAQEA//////////+t+FRYortKmq/cViAnPTzx2LnFg84tNpWp4TZBFGQz
+8yTnc4kmz75fS/jY2MMddj2gbICrsRhetPfHtXV/WVhJDP1H18GbtCFY2VVPe0a
87VXE15/V8k1mE8McODmi3fipona8+/och3xWKE2rec1MKzKT0g6eXq8CrGCsyT7
YdEIqUuyyOP7uWrat2DX9GgdT0Kj3jlN9K5W7edjcrsZCwenyO4KbXCeAvzhzffi
7MA0BM0oNC9hkXL+nOmFg/+OTxIy7vKBg8P+OxtMb61zO7X8vC7CIAXFjvGDfRaD
ssbzSibBsu/6iGtCOGEoXJf//////////wIBAg==
-----END DH PARAMETERS-----
`

// labNginx is one nginx with four servers on 127.0.0.1:
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
	bin := daemonBinary(t, "nginx")
	dir := t.TempDir()
	certPath, keyPath := daemonCertFiles(t, dir)
	dhPath := filepath.Join(dir, "dh.pem")
	if err := os.WriteFile(dhPath, []byte(ffdhe2048PEM), 0o600); err != nil {
		t.Fatal(err)
	}
	ports := []int{daemonFreePort(t), daemonFreePort(t), daemonFreePort(t), daemonFreePort(t)}
	conf := fmt.Sprintf(`worker_processes 1;
user root;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path %[1]s/body;
  proxy_temp_path %[1]s/proxy;
  fastcgi_temp_path %[1]s/fastcgi;
  uwsgi_temp_path %[1]s/uwsgi;
  scgi_temp_path %[1]s/scgi;
  ssl_certificate %[2]s;
  ssl_certificate_key %[3]s;
  server {
    listen 127.0.0.1:%[5]d ssl;
    ssl_protocols TLSv1.2 TLSv1.3;
    ssl_session_timeout 10m;
    add_header Strict-Transport-Security "max-age=63072000; includeSubDomains" always;
    location / { return 200 "ok\n"; }
  }
  server {
    listen 127.0.0.1:%[6]d;
    location / { return 301 https://$host:%[5]d$request_uri; }
  }
  server {
    listen 127.0.0.1:%[7]d ssl;
    ssl_protocols TLSv1.2;
    ssl_ciphers DHE-RSA-AES128-GCM-SHA256;
    ssl_dhparam %[4]s;
    location / { return 200 "dhe\n"; }
  }
  server {
    listen 127.0.0.1:%[8]d ssl;
    ssl_protocols TLSv1.2;
    ssl_session_timeout 10m;
    location / { return 200 "tls12\n"; }
  }
}
`, dir, certPath, keyPath, dhPath, ports[0], ports[1], ports[2], ports[3])
	confPath := filepath.Join(dir, "nginx.conf")
	if err := os.WriteFile(confPath, []byte(conf), 0o600); err != nil {
		t.Fatal(err)
	}
	addr := func(p int) string { return fmt.Sprintf("127.0.0.1:%d", p) }
	startDaemon(t, dir, addr(ports[0]), bin, "-p", dir, "-c", confPath,
		"-g", fmt.Sprintf("daemon off; master_process off; pid %s/nginx.pid; error_log stderr;", dir))
	for _, p := range ports[1:] {
		waitListening(t, addr(p))
	}
	return &labNginx{modern: addr(ports[0]), plain: addr(ports[1]), dhe: addr(ports[2]), tls12: addr(ports[3])}
}

func waitListening(t *testing.T, addr string) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		if c, err := net.DialTimeout("tcp", addr, 200*time.Millisecond); err == nil {
			c.Close()
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("nothing listens on %s", addr)
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

	dir := t.TempDir()
	c, k := daemonCertFiles(t, dir)
	port := daemonFreePort(t)
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	startDaemon(t, dir, addr, daemonBinary(t, "vsftpd"), vsftpdConf(dir, port, true, c, k))
	f, err = Probe(httpCtx(t, 20*time.Second), addr, Options{StartTLS: "ftp"})
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Protocols) == 0 || len(f.Certificates) != 1 || f.Certificates[0].KeyBits != 2048 || f.Chain.NameChecked != "127.0.0.1" || f.Chain.HostnameMatch {
		t.Errorf("vsftpd: protocols %v, certificates %+v, chain %+v", f.Protocols, f.Certificates, f.Chain)
	}
	// vsftpd's OpenSSL issues 7-day TLS 1.3 tickets.
	if f.Extensions.SessionTicket == nil || !*f.Extensions.SessionTicket || f.Extensions.TicketLifetimeHint == nil {
		t.Errorf("vsftpd tickets: %+v", f.Extensions)
	}
}
