package discovery

import (
	"testing"
	"time"

	"conformscan/fixtures/gnutlslab"
)

// TestGnuTLSHTTPSIsHTTPS: a GnuTLS HTTPS server on an unusual port (no
// ALPN, an HTTP answer whatever the request) is identified as https.
func TestGnuTLSHTTPSIsHTTPS(t *testing.T) {
	port := gnutlslab.Start(t).Port
	start := time.Now()
	p := scanOne(t, port, Options{})
	t.Logf("gnutls-serv --http on %d: %s from %s in %v; %s", port, p.Service, p.ServiceFrom, time.Since(start), p.Note)
	if p.Service != "https" || p.ServiceFrom != "tls" || p.TLSSeen == nil || p.TLSSeen.Version == "" {
		t.Fatalf("%+v %+v", p, p.TLSSeen)
	}
}
