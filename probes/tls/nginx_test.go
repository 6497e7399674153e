package tlsprobe

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Minimal nginx lab for this package's integration tests (the shared
// fixtures/nginxlab package was not available when these were written).

// nginxSetup is one server configuration.
type nginxSetup struct {
	protocols    string
	ciphers      string
	preferServer bool
	rsa, ecdsa   bool
	dhparam      bool
}

var nginxSetups = map[string]nginxSetup{
	// Mozilla "intermediate"-like, ECDSA P-256 certificate.
	"modern": {
		protocols: "TLSv1.2 TLSv1.3",
		ciphers: "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:" +
			"ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305",
		ecdsa: true,
	},
	// The brief's legacy server: everything OpenSSL still has.
	"legacy": {protocols: "TLSv1 TLSv1.1 TLSv1.2", ciphers: "ALL:@SECLEVEL=0", rsa: true},
	// RSA + ECDSA certificates, 1024-bit DHE, server order, TLS 1.0-1.3.
	"dhe1024": {protocols: "TLSv1 TLSv1.1 TLSv1.2 TLSv1.3", ciphers: "ALL:@SECLEVEL=0", preferServer: true, rsa: true, ecdsa: true, dhparam: true},
}

// nginxBinary finds nginx; tests skip only when it is missing outside CI.
func nginxBinary(t testing.TB) string {
	t.Helper()
	for _, p := range []string{"nginx", "/usr/sbin/nginx"} {
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
	}
	if os.Getenv("CI") == "" {
		t.Skip("nginx not installed (apt-get install nginx-light)")
	}
	t.Fatal("nginx not installed but CI is set")
	return ""
}

func writePEM(t testing.TB, path, typ string, der []byte) {
	t.Helper()
	if err := os.WriteFile(path, pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der}), 0o600); err != nil {
		t.Fatal(err)
	}
}

// selfSignedFiles writes a self-signed certificate for localhost and its key.
func selfSignedFiles(t testing.TB, dir, name string, key any, pub any) (certPath, keyPath string) {
	t.Helper()
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(time.Now().UnixNano()),
		Subject:      pkix.Name{CommonName: "localhost"},
		DNSNames:     []string{"localhost"},
		IPAddresses:  []net.IP{net.ParseIP("127.0.0.1")},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(30 * 24 * time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, pub, key)
	if err != nil {
		t.Fatal(err)
	}
	keyDER, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	certPath, keyPath = filepath.Join(dir, name+".crt"), filepath.Join(dir, name+".key")
	writePEM(t, certPath, "CERTIFICATE", der)
	writePEM(t, keyPath, "PRIVATE KEY", keyDER)
	return certPath, keyPath
}

// oakley2 is the 1024-bit MODP group of RFC 2409 (Oakley group 2), so no
// DH parameters need generating.
const oakley2 = "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD" +
	"EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED" +
	"EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE65381FFFFFFFFFFFFFFFF"

func writeDHParam(t testing.TB, path string) {
	t.Helper()
	p, _ := new(big.Int).SetString(oakley2, 16)
	der, err := asn1.Marshal(struct{ P, G *big.Int }{p, big.NewInt(2)})
	if err != nil {
		t.Fatal(err)
	}
	writePEM(t, path, "DH PARAMETERS", der)
}

func freePort(t testing.TB) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// startNginx starts nginx with the named setup on 127.0.0.1 and returns its
// address; it is stopped in Cleanup.
func startNginx(t testing.TB, name string) string {
	t.Helper()
	bin := nginxBinary(t)
	setup, ok := nginxSetups[name]
	if !ok {
		t.Fatalf("unknown nginx setup %q", name)
	}
	dir := t.TempDir()
	var certs strings.Builder
	if setup.ecdsa {
		key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		c, k := selfSignedFiles(t, dir, "ecdsa", key, &key.PublicKey)
		fmt.Fprintf(&certs, "    ssl_certificate %s;\n    ssl_certificate_key %s;\n", c, k)
	}
	if setup.rsa {
		key, err := rsa.GenerateKey(rand.Reader, 2048)
		if err != nil {
			t.Fatal(err)
		}
		c, k := selfSignedFiles(t, dir, "rsa", key, &key.PublicKey)
		fmt.Fprintf(&certs, "    ssl_certificate %s;\n    ssl_certificate_key %s;\n", c, k)
	}
	extra := ""
	if setup.dhparam {
		writeDHParam(t, filepath.Join(dir, "dh.pem"))
		extra += fmt.Sprintf("    ssl_dhparam %s;\n", filepath.Join(dir, "dh.pem"))
	}
	if setup.preferServer {
		extra += "    ssl_prefer_server_ciphers on;\n"
	}
	for i := 0; i < 5; i++ {
		port := freePort(t)
		conf := fmt.Sprintf(`worker_processes 1;
user root;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path %[1]s/body;
  proxy_temp_path %[1]s/proxy;
  fastcgi_temp_path %[1]s/fastcgi;
  uwsgi_temp_path %[1]s/uwsgi;
  scgi_temp_path %[1]s/scgi;
  server {
    listen 127.0.0.1:%[2]d ssl;
    server_name localhost;
%[3]s%[4]s    ssl_protocols %[5]s;
    ssl_ciphers "%[6]s";
    location / { return 200 "ok\n"; }
  }
}
`, dir, port, certs.String(), extra, setup.protocols, setup.ciphers)
		confPath := filepath.Join(dir, "nginx.conf")
		if err := os.WriteFile(confPath, []byte(conf), 0o600); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(bin, "-p", dir, "-c", confPath,
			"-g", fmt.Sprintf("daemon off; pid %s/nginx.pid; error_log stderr;", dir))
		var stderr strings.Builder
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan error, 1)
		go func() { exited <- cmd.Wait() }()
		addr := fmt.Sprintf("127.0.0.1:%d", port)
		deadline := time.Now().Add(10 * time.Second)
		for time.Now().Before(deadline) {
			select {
			case err := <-exited:
				if strings.Contains(stderr.String(), "Address already in use") {
					goto retry // port taken between freePort and bind
				}
				t.Fatalf("nginx exited: %v\n%s", err, stderr.String())
			default:
			}
			if c, err := net.DialTimeout("tcp", addr, 200*time.Millisecond); err == nil {
				c.Close()
				t.Cleanup(func() {
					_ = cmd.Process.Signal(syscall.SIGTERM)
					select {
					case <-exited:
					case <-time.After(5 * time.Second):
						_ = cmd.Process.Kill()
						<-exited
					}
				})
				return addr
			}
			time.Sleep(20 * time.Millisecond)
		}
		_ = cmd.Process.Kill()
		<-exited
		t.Fatalf("nginx did not listen on %s:\n%s", addr, stderr.String())
	retry:
	}
	t.Fatal("no free port for nginx after 5 tries")
	return ""
}

func TestNginxModern(t *testing.T) {
	t.Parallel()
	addr := startNginx(t, "modern")
	f := mustProbe(t, addr, Options{})
	t.Logf("modern: %d handshakes in %v", f.Handshakes, f.Duration)
	if want := []string{TLS12, TLS13}; !sameSet(f.Protocols, want) {
		t.Errorf("protocols %v, want %v", f.Protocols, want)
	}
	// ECDSA certificate only: the ECDHE_RSA suites cannot be chosen.
	want12 := names(0xC02B, 0xC02C, 0xCCA9)
	if !sameSet(f.CipherSuites[TLS12], want12) {
		t.Errorf("TLS1.2 suites %v, want %v", f.CipherSuites[TLS12], want12)
	}
	if !sameSet(f.CipherSuites[TLS13], names(0x1301, 0x1302, 0x1303)) {
		t.Errorf("TLS1.3 suites %v", f.CipherSuites[TLS13])
	}
	if f.ServerOrder[TLS12] {
		t.Error("nginx defaults to the client's order")
	}
	if !f.KeyExchange.ForwardSecrecyOnly || f.KeyExchange.StaticRSA || f.KeyExchange.DHEBits != 0 {
		t.Errorf("key exchange %+v", f.KeyExchange)
	}
	// OpenSSL 3.0 defaults; secp256r1 is the certificate's curve.
	g12 := f.KeyExchange.GroupsByVersion[TLS12]
	if !sameSet(g12, []string{"x25519", "secp256r1", "x448", "secp384r1", "secp521r1"}) {
		t.Errorf("TLS1.2 groups %v", g12)
	}
	g13 := f.KeyExchange.GroupsByVersion[TLS13]
	if len(g13) < 5 || g13[0] != "x25519" {
		t.Errorf("TLS1.3 groups %v", g13)
	}
	e := f.Extensions
	if !*e.SecureRenegotiation || !*e.ExtendedMasterSecret || *e.Heartbeat || !*e.FallbackSCSV || e.Compression != "null" || e.EncryptThenMAC != nil {
		t.Errorf("extensions %+v", e)
	}
}

func TestNginxLegacy(t *testing.T) {
	t.Parallel()
	addr := startNginx(t, "legacy")
	f := mustProbe(t, addr, Options{})
	t.Logf("legacy: %d handshakes in %v", f.Handshakes, f.Duration)
	if want := []string{TLS10, TLS11, TLS12}; !sameSet(f.Protocols, want) {
		t.Errorf("protocols %v, want %v", f.Protocols, want)
	}
	for _, n := range []string{"TLS_RSA_WITH_AES_128_CBC_SHA", "TLS_ECDH_anon_WITH_AES_128_CBC_SHA", "TLS_RSA_WITH_CAMELLIA_256_CBC_SHA"} {
		if !strings.Contains(strings.Join(f.CipherSuites[TLS10], " "), n) {
			t.Errorf("TLS1.0 lacks %s: %v", n, f.CipherSuites[TLS10])
		}
	}
	for _, n := range []string{"TLS_RSA_WITH_AES_128_CCM_8", "TLS_RSA_WITH_ARIA_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"} {
		if !strings.Contains(strings.Join(f.CipherSuites[TLS12], " "), n) {
			t.Errorf("TLS1.2 lacks %s", n)
		}
	}
	if !f.KeyExchange.StaticRSA || f.KeyExchange.ForwardSecrecyOnly {
		t.Errorf("key exchange %+v", f.KeyExchange)
	}
	if e := f.Extensions; e.EncryptThenMAC == nil || !*e.EncryptThenMAC || !*e.FallbackSCSV {
		t.Errorf("extensions %+v", e)
	}
	if f.Duration > 5*time.Second {
		t.Errorf("legacy probe took %v", f.Duration)
	}
}

func TestNginxDHE(t *testing.T) {
	t.Parallel()
	addr := startNginx(t, "dhe1024")
	f := mustProbe(t, addr, Options{})
	t.Logf("dhe1024: %d handshakes in %v", f.Handshakes, f.Duration)
	if f.KeyExchange.DHEBits != 1024 {
		t.Errorf("DHE bits %d, want 1024", f.KeyExchange.DHEBits)
	}
	for _, v := range []string{TLS10, TLS11, TLS12, TLS13} {
		if !f.ServerOrder[v] {
			t.Errorf("%s: server order not seen", v)
		}
	}
	// OpenSSL's order with "ALL": ECDSA AES-256-GCM first.
	if got := f.CipherSuites[TLS12]; len(got) < 60 || got[0] != "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384" {
		t.Errorf("TLS1.2 suites (%d) start %v", len(got), got[:min(3, len(got))])
	}
	// Both certificates' ECDHE suites are found.
	all := strings.Join(f.CipherSuites[TLS12], " ")
	for _, n := range []string{"TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8", "TLS_DHE_RSA_WITH_AES_128_CCM", "TLS_DH_anon_WITH_AES_256_GCM_SHA384"} {
		if !strings.Contains(all, n) {
			t.Errorf("TLS1.2 lacks %s", n)
		}
	}
}

// BenchmarkProbeLegacy measures a full probe of the legacy nginx.
func BenchmarkProbeLegacy(b *testing.B) {
	addr := startNginx(b, "legacy")
	b.ResetTimer()
	handshakes := 0
	for i := 0; i < b.N; i++ {
		f, err := Probe(context.Background(), addr, Options{})
		if err != nil {
			b.Fatal(err)
		}
		handshakes += f.Handshakes
	}
	b.ReportMetric(float64(handshakes)/float64(b.N), "handshakes/op")
}
