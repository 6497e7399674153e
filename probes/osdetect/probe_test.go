package osdetect

import (
	"bufio"
	"context"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"conformscan/probes"
	"conformscan/probes/discovery"
)

// fakeRedis answers INFO server like Redis 7.0.15 does without a password.
func fakeRedis(t *testing.T) (string, int) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			_, _ = bufio.NewReader(c).ReadString('\n')
			_, _ = c.Write([]byte("$60\r\n# Server\r\nredis_version:7.0.15\r\nredis_mode:standalone\r\n\r\n"))
			c.Close()
		}
	}()
	host, port, _ := net.SplitHostPort(l.Addr().String())
	p, _ := strconv.Atoi(port)
	return host, p
}

func endpoint(host string, port int, d *discovery.Port) *probes.Subject {
	ep := probes.NewSubject(probes.SubjectEndpoint, probes.Endpoint(host, port))
	ep.Host, ep.Port, ep.Descriptor = host, port, d
	return ep
}

func TestProbeReadsEndpoints(t *testing.T) {
	host, rport := fakeRedis(t)
	s := probes.NewSubject(probes.SubjectHost, host)
	s.AddChild(endpoint(host, 22, &discovery.Port{Port: 22, Service: "ssh", Banner: "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3"}))
	s.AddChild(endpoint(host, 80, &discovery.Port{Port: 80, Service: "http", Response: "HTTP/1.1 200 OK\nServer: nginx/1.22.1"}))
	s.AddChild(endpoint(host, rport, &discovery.Port{Port: rport, Service: "redis"}))
	p := New()
	if err := p.Run(context.Background(), &probes.Env{}, s); err != nil {
		t.Fatal(err)
	}
	f := FactsOf(s)
	if f == nil || f.Best() == nil || f.Best().Name != "Debian 12" || len(f.Software) != 3 {
		t.Fatalf("%+v", f)
	}
	if f.Software[2].Product != "redis" || f.Software[2].Version != "7.0.15" {
		t.Fatalf("redis: %+v", f.Software[2])
	}
}

func TestLocalProbe(t *testing.T) {
	dir := t.TempDir()
	osr, status := filepath.Join(dir, "os-release"), filepath.Join(dir, "status")
	_ = os.WriteFile(osr, []byte("ID=debian\nVERSION_ID=\"12\"\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n"), 0o600)
	_ = os.WriteFile(status, []byte("Package: redis-server\nStatus: install ok installed\nVersion: 5:7.0.15-1~deb12u1\n"), 0o600)
	s := probes.NewSubject(probes.SubjectLocal, "local")
	if err := NewLocalWith(LocalFiles{OSRelease: osr, DpkgStatus: status}).Run(context.Background(), nil, s); err != nil {
		t.Fatal(err)
	}
	f := FactsOf(s)
	if f.Best().Confidence != Exact || len(f.Software) != 1 || f.Software[0].Version != "7.0.15" {
		t.Fatalf("%+v", f)
	}
	err := NewLocalWith(LocalFiles{OSRelease: filepath.Join(dir, "none")}).Run(context.Background(), nil, s)
	if err == nil {
		t.Fatal("missing os-release not reported")
	}
}
