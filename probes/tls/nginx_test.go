package tls

import (
	"context"
	"strings"
	"testing"
	"time"

	"conformscan/fixtures/nginxlab"
	"conformscan/internal/pki"
)

// nginxServer is the nginx configuration (fixtures/nginxlab) that
// TestNginx*, TestMatchesTestssl and TestRecordCaptures probe by name. The
// certificates are self-signed for localhost and 127.0.0.1.
func nginxServer(t testing.TB, name string) nginxlab.Server {
	t.Helper()
	cert := func(k pki.KeyType) nginxlab.Cert {
		return nginxlab.Cert{Key: k, Issuer: pki.SelfSigned, Names: []string{"localhost"}, IP: true}
	}
	switch name {
	case "modern":
		// Mozilla "intermediate"-like, ECDSA P-256 certificate, client's order.
		return nginxlab.Server{Name: name, Protocols: "TLSv1.2 TLSv1.3", Ciphers: nginxlab.ModernCiphers,
			Certs: []nginxlab.Cert{cert(pki.ECDSAKey(256))}}
	case "legacy":
		// The brief's legacy server: everything OpenSSL still has (no DH group).
		return nginxlab.Server{Name: name, Protocols: "TLSv1 TLSv1.1 TLSv1.2", Ciphers: nginxlab.LegacyCiphers,
			Certs: []nginxlab.Cert{cert(pki.RSAKey(2048))}}
	case "dhe1024":
		// RSA + ECDSA certificates, 1024-bit DHE, server order, TLS 1.0-1.3.
		return nginxlab.Server{Name: name, Protocols: "TLSv1 TLSv1.1 TLSv1.2 TLSv1.3", Ciphers: nginxlab.LegacyCiphers,
			PreferServerCiphers: true, DHParam: nginxlab.DH1024,
			Certs: []nginxlab.Cert{cert(pki.ECDSAKey(256)), cert(pki.RSAKey(2048))}}
	}
	t.Fatalf("unknown nginx setup %q", name)
	return nginxlab.Server{}
}

// startNginx starts nginx with the named server on 127.0.0.1 and returns
// its address; it is stopped in Cleanup.
func startNginx(t testing.TB, name string) string {
	t.Helper()
	return nginxlab.StartServers(t, nginxServer(t, name))[name].Addr
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
