package discovery

import (
	"bytes"
	"context"
	"net"
	"os"
	"os/exec"
	"strconv"
	"testing"
	"time"
)

// gnutlsServ is Debian's gnutls-bin server (CI installs it).
const gnutlsServ = "/usr/bin/gnutls-serv"

// TestGnuTLSHTTPSIsHTTPS: a GnuTLS HTTPS server on an unusual port (no
// ALPN, an HTTP answer whatever the request) is identified as https.
func TestGnuTLSHTTPSIsHTTPS(t *testing.T) {
	if _, err := os.Stat(gnutlsServ); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is missing: CI must install the Debian package gnutls-bin", gnutlsServ)
		}
		t.Skipf("%s not installed (apt-get install gnutls-bin)", gnutlsServ)
	}
	port := startGnuTLS(t)
	start := time.Now()
	p := scanOne(t, port, Options{})
	t.Logf("gnutls-serv --http on %d: %s from %s in %v; %s", port, p.Service, p.ServiceFrom, time.Since(start), p.Note)
	if p.Service != "https" || p.ServiceFrom != "tls" || p.TLSSeen == nil || p.TLSSeen.Version == "" {
		t.Fatalf("%+v %+v", p, p.TLSSeen)
	}
}

// startGnuTLS runs gnutls-serv --http on a free port with a fresh
// certificate, and stops it in the test's cleanup.
func startGnuTLS(t *testing.T) int {
	t.Helper()
	dir := t.TempDir()
	cert, key := writeCert(t, dir)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	var out bytes.Buffer
	cmd := exec.CommandContext(ctx, gnutlsServ, "--http", "--quiet",
		"--x509certfile", cert, "--x509keyfile", key, "-p", strconv.Itoa(port))
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		cancel()
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		cancel()
	})
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if c, err := net.DialTimeout("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)), time.Second); err == nil {
			c.Close()
			return port
		}
	}
	t.Fatalf("gnutls-serv did not listen on %d within 10 s: %s", port, out.String())
	return 0
}
