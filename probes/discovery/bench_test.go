package discovery

import (
	"context"
	"crypto/tls"
	"net"
	"testing"

	"conformscan/fixtures/loopback"
)

// benchScan scans one loopback port b.N times and reports the service.
func benchScan(b *testing.B, port int, want string) {
	b.Helper()
	for b.Loop() {
		res, err := Scan(context.Background(), "127.0.0.1", Options{Ports: []int{port}})
		if err != nil || len(res.Open) != 1 || res.Open[0].Service != want {
			b.Fatalf("%v %+v", err, res)
		}
	}
}

// BenchmarkScanSilentTLS: a TLS server on an unusual port that says
// nothing first (no ALPN; HTTP inside). Goal: < 300 ms.
func BenchmarkScanSilentTLS(b *testing.B) {
	port := serveTLS(b, tlsConfig(b), func(c *tls.Conn) { answerHTTP(0)(c) })
	benchScan(b, port, "https")
}

// BenchmarkScanPlainHTTP: a plain HTTP server (client-first).
func BenchmarkScanPlainHTTP(b *testing.B) {
	benchScan(b, loopback.Serve(b, answerHTTP(0)), "http")
}

// BenchmarkScanBanner: a server-first service (SSH banner).
func BenchmarkScanBanner(b *testing.B) {
	port := loopback.Serve(b, func(c net.Conn) { _, _ = c.Write([]byte("SSH-2.0-OpenSSH_9.2p1\r\n")) })
	benchScan(b, port, "ssh")
}
