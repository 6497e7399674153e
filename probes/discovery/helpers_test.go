package discovery

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"

	"conformscan/fixtures/loopback"
)

// testCert is a self-signed ECDSA P-256 certificate for localhost and
// 127.0.0.1.
func testCert(t testing.TB) (certPEM, keyPEM []byte) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1),
		Subject:      pkix.Name{CommonName: "localhost"},
		DNSNames:     []string{"localhost"},
		IPAddresses:  []net.IP{net.IPv4(127, 0, 0, 1)},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(24 * time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	kder, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}),
		pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: kder})
}

// writeCert writes testCert into dir as c.pem and k.pem.
func writeCert(t testing.TB, dir string) (certFile, keyFile string) {
	t.Helper()
	c, k := testCert(t)
	certFile, keyFile = filepath.Join(dir, "c.pem"), filepath.Join(dir, "k.pem")
	if err := os.WriteFile(certFile, c, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(keyFile, k, 0o600); err != nil {
		t.Fatal(err)
	}
	return certFile, keyFile
}

// tlsConfig is a server config with testCert and the given ALPN protocols.
func tlsConfig(t testing.TB, alpn ...string) *tls.Config {
	t.Helper()
	c, k := testCert(t)
	pair, err := tls.X509KeyPair(c, k)
	if err != nil {
		t.Fatal(err)
	}
	return &tls.Config{Certificates: []tls.Certificate{pair}, NextProtos: alpn}
}

// serveTLS serves h inside TLS on a loopback port; the handshake happens
// before h runs.
func serveTLS(t testing.TB, cfg *tls.Config, h func(c *tls.Conn)) int {
	return loopback.Serve(t, func(c net.Conn) {
		tc := tls.Server(c, cfg)
		_ = tc.SetDeadline(time.Now().Add(10 * time.Second))
		if tc.Handshake() != nil {
			return
		}
		h(tc)
	})
}

// answerHTTP reads a request and answers 200 after delay.
func answerHTTP(delay time.Duration) func(c net.Conn) {
	return func(c net.Conn) {
		buf := make([]byte, 2048)
		_ = c.SetReadDeadline(time.Now().Add(10 * time.Second))
		if _, err := c.Read(buf); err != nil {
			return
		}
		time.Sleep(delay)
		_, _ = c.Write([]byte("HTTP/1.1 200 OK\r\nServer: slow\r\nContent-Length: 0\r\n\r\n"))
	}
}

// scanOne scans one loopback port and returns its facts.
func scanOne(t testing.TB, port int, opts Options) Port {
	t.Helper()
	opts.Ports = []int{port}
	res, err := Scan(context.Background(), "127.0.0.1", opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Open) != 1 {
		t.Fatalf("port %d: %d open ports", port, len(res.Open))
	}
	return res.Open[0]
}
