package tls

import (
	"flag"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"
)

var recordCaptures = flag.Bool("record-captures", false, "re-record testdata/*.bin from a local nginx")

// TestRecordCaptures re-records the nginx answers used as parser fixtures
// and fuzz seeds: go test -run TestRecordCaptures -record-captures ./probes/tls
func TestRecordCaptures(t *testing.T) {
	if !*recordCaptures {
		t.Skip("run with -record-captures to re-record testdata")
	}
	legacy, dhe, modern := startNginx(t, "legacy"), startNginx(t, "dhe1024"), startNginx(t, "modern")
	p := &prober{}
	grab := func(name, addr string, hello []byte) {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		if _, err := c.Write(hello); err != nil {
			t.Fatal(err)
		}
		_ = c.SetReadDeadline(time.Now().Add(300 * time.Millisecond))
		var out []byte
		buf := make([]byte, 65536)
		for {
			n, err := c.Read(buf)
			out = append(out, buf[:n]...)
			if err != nil {
				break
			}
		}
		if err := os.WriteFile(filepath.Join("testdata", name), out, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %d bytes", name, len(out))
	}
	grab("nginx-tls12-ecdhe-rsa.bin", legacy, p.suiteHello(verTLS12, []uint16{0xC02F}))
	grab("nginx-tls12-rsa-cbc.bin", legacy, p.suiteHello(verTLS12, []uint16{0x002F}))
	grab("nginx-tls10-ecdh-anon.bin", legacy, p.suiteHello(verTLS10, []uint16{0xC018}))
	grab("nginx-sslv2.bin", legacy, marshalSSLv2Hello(sslv2Kinds(), make([]byte, 16)))
	grab("nginx-tls12-dhe-rsa.bin", dhe, p.suiteHello(verTLS12, []uint16{0x009E}))
	grab("nginx-tls12-ecdhe-ecdsa.bin", dhe, p.suiteHello(verTLS12, []uint16{0xC02B}))
	grab("nginx-tls12-dh-anon.bin", dhe, p.suiteHello(verTLS12, []uint16{0x00A6}))
	grab("nginx-tls13.bin", modern, p.suiteHello(verTLS13, []uint16{0x1301}))
	h := p.baseHello(verTLS13)
	h.suites = []uint16{0x1302}
	h.groups = []uint16{0x0018}
	h.keyShares = nil
	grab("nginx-tls13-hrr.bin", modern, h.marshal())
	grab("nginx-tls10-refused.bin", modern, p.suiteHello(verTLS10, eligibleSuites(verTLS10)))
	grab("nginx-tls12-nocommon.bin", modern, p.suiteHello(verTLS12, []uint16{0x0004}))
}
