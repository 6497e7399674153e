//go:build linux

package discovery

import (
	"context"
	"net"
	"strconv"
	"testing"
	"time"

	"conformscan/fixtures/credsd"
	"conformscan/fixtures/loopback"
	"conformscan/fixtures/netns"
	"conformscan/fixtures/proc"
)

// startDaemon starts a real daemon listening on port of a fresh loopback
// address (the service's registered port) and returns that address.
func startDaemon(t testing.TB, name, path string, port int, args func(host string) []string) string {
	t.Helper()
	bin, err := proc.Lookup(name, name, path)
	proc.Need(t, err)
	host := loopback.FreeAddress(t, port)
	p, err := proc.Start(proc.Spec{Name: name, Path: bin, Args: args(host), Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = p.Stop() })
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := p.WaitReady(ctx, proc.Dial(net.JoinHostPort(host, strconv.Itoa(port)))); err != nil {
		t.Fatal(err)
	}
	return host
}

// startRedis runs Debian's redis-server on 6379 without persistence.
func startRedis(t testing.TB) string {
	return startDaemon(t, "redis-server", "/usr/bin/redis-server", 6379, func(host string) []string {
		return []string{"--port", "6379", "--bind", host, "--save", "", "--appendonly", "no", "--dir", t.TempDir()}
	})
}

// startMemcached runs Debian's memcached on 11211 (TCP only).
func startMemcached(t testing.TB) string {
	return startDaemon(t, "memcached", "/usr/bin/memcached", 11211, func(host string) []string {
		return []string{"-l", host, "-p", "11211", "-U", "0", "-u", "nobody", "-m", "8"}
	})
}

func scanAt(t testing.TB, host string, port int, opts Options) Port {
	t.Helper()
	opts.Ports = []int{port}
	res, err := Scan(context.Background(), host, opts)
	if err != nil || len(res.Open) != 1 {
		t.Fatalf("%v %+v", err, res)
	}
	return res.Open[0]
}

// Real redis and memcached, silent until asked, are named from their
// answer to their own request, not from their port.
func TestProtoProbeRealDaemons(t *testing.T) {
	for _, c := range []struct {
		name, sent, resp string
		port             int
		start            func(testing.TB) string
	}{
		{"redis", "PING", "+PONG", 6379, startRedis},
		{"memcached", "version", "VERSION 1.", 11211, startMemcached},
	} {
		t.Run(c.name, func(t *testing.T) {
			pr := scanAt(t, c.start(t), c.port, Options{})
			if pr.Service != c.name || pr.ServiceFrom != "response" || pr.Sent != c.sent || pr.Response[:len(c.resp)] != c.resp || pr.Unidentified != "" {
				t.Fatalf("%+v", pr)
			}
		})
	}
}

// A real PostgreSQL on 5432 (in the test's own namespace), with and
// without TLS, answers the SSLRequest: S or N names it.
func TestProtoProbeRealPostgres(t *testing.T) {
	if !netns.Inside(t) {
		return
	}
	for _, withTLS := range []bool{false, true} {
		t.Run(map[bool]string{false: "plain", true: "tls"}[withTLS], func(t *testing.T) {
			pg := credsd.StartPostgres(t, "pg-Test-31", withTLS)
			host, port, _ := net.SplitHostPort(pg.Addr)
			if port != "5432" {
				t.Fatalf("postgres on %s", pg.Addr)
			}
			pr := scanAt(t, host, 5432, Options{})
			want := map[bool]string{false: "N", true: "S"}[withTLS]
			if pr.Service != "postgresql" || pr.ServiceFrom != "response" || pr.Response != want {
				t.Fatalf("%+v", pr)
			}
		})
	}
}

// A redis with a password still names itself (-NOAUTH).
func TestProtoProbeRedisWithPassword(t *testing.T) {
	host := startDaemon(t, "redis-server", "/usr/bin/redis-server", 6379, func(host string) []string {
		return []string{"--port", "6379", "--bind", host, "--save", "", "--appendonly", "no", "--dir", t.TempDir(), "--requirepass", "x-Secret-9"}
	})
	if pr := scanAt(t, host, 6379, Options{}); pr.Service != "redis" || pr.ServiceFrom != "response" {
		t.Fatalf("%+v", pr)
	}
}

// A slow redis that hangs up on the ClientHello at once and answers PING
// after 300 ms is still named: the grace after the ClientHello does not
// cut the protocol probe.
func TestProtoProbeSlowAnswerAfterClientHello(t *testing.T) {
	host := loopback.ServePort(t, 6379, func(c net.Conn) {
		_ = c.SetReadDeadline(time.Now().Add(5 * time.Second))
		b := make([]byte, 64)
		if n, err := c.Read(b); err == nil && string(b[:n]) == "PING\r\n" {
			time.Sleep(300 * time.Millisecond)
			_, _ = c.Write([]byte("+PONG\r\n"))
		}
	})
	if pr := scanAt(t, host, 6379, Options{}); pr.Service != "redis" || pr.ServiceFrom != "response" {
		t.Fatalf("%+v", pr)
	}
}

// A port of a client-first service that accepts and never answers stays
// unidentified: named by its port only, never from a response.
func TestProtoProbeSilentPortUnidentified(t *testing.T) {
	host := loopback.ServePort(t, 6379, func(c net.Conn) {
		_ = c.SetReadDeadline(time.Now().Add(5 * time.Second))
		_, _ = c.Read(make([]byte, 1))
		time.Sleep(time.Second)
	})
	pr := scanAt(t, host, 6379, Options{BannerTimeout: 100 * time.Millisecond, ProbeTimeout: 400 * time.Millisecond})
	if pr.ServiceFrom != "port" || pr.Unidentified != UnidentifiedSilent {
		t.Fatalf("%+v", pr)
	}
}

// hostileAnswers answer every request with the same bytes.
func hostileAnswer(reply []byte) func(net.Conn) {
	return func(c net.Conn) {
		_ = c.SetReadDeadline(time.Now().Add(5 * time.Second))
		if _, err := c.Read(make([]byte, 4096)); err == nil {
			_, _ = c.Write(reply)
		}
	}
}

func echo(c net.Conn) {
	_ = c.SetReadDeadline(time.Now().Add(5 * time.Second))
	b := make([]byte, 4096)
	if n, err := c.Read(b); err == nil {
		_, _ = c.Write(b[:n])
	}
}

// Peers on a probed service's port that answer garbage, echo the
// request, or answer almost like the service are not named after it.
func TestProtoProbeHostilePeers(t *testing.T) {
	badMongo := mongoReply(mongoRequestID + 1)
	for name, c := range map[string]struct {
		port int
		h    func(net.Conn)
	}{
		"redis echo":           {6379, echo},
		"redis generic error":  {6379, hostileAnswer([]byte("-ERR unknown command\r\n"))},
		"redis garbage":        {6379, hostileAnswer([]byte{0x00, 0xff, 0x13, 0x37, '+', 'P'})},
		"memcached echo":       {11211, echo},
		"memcached no version": {11211, hostileAnswer([]byte("VERSION \r\n"))},
		"memcached ERROR":      {11211, hostileAnswer([]byte("ERROR\r\n"))},
		"mongodb echo":         {27017, echo},
		"mongodb other id":     {27017, hostileAnswer(badMongo)},
		"postgres echo":        {5432, echo},
		"postgres two bytes":   {5432, hostileAnswer([]byte("SN"))},
	} {
		t.Run(name, func(t *testing.T) {
			host := loopback.ServePort(t, c.port, c.h)
			pr := scanAt(t, host, c.port, Options{BannerTimeout: 200 * time.Millisecond, ProbeTimeout: time.Second})
			if reg, _ := protoProbeFor(c.port); pr.Service == reg.service && pr.ServiceFrom != "port" {
				t.Fatalf("taken for %s: %+v", reg.service, pr)
			}
		})
	}
}

// A MongoDB-like peer answering the isMaster query with a well-formed
// OP_REPLY is named mongodb; PostgreSQL's answer to SSLRequest names it.
func TestProtoProbeMongoAndPostgresAnswers(t *testing.T) {
	host := loopback.ServePort(t, 27017, hostileAnswer(mongoReply(mongoRequestID)))
	if pr := scanAt(t, host, 27017, Options{}); pr.Service != "mongodb" || pr.ServiceFrom != "response" {
		t.Fatalf("%+v", pr)
	}
	host = loopback.ServePort(t, 5432, hostileAnswer([]byte("N")))
	if pr := scanAt(t, host, 5432, Options{}); pr.Service != "postgresql" || pr.ServiceFrom != "response" {
		t.Fatalf("%+v", pr)
	}
}

// benchScanAt scans one port of host b.N times and reports the service.
func benchScanAt(b *testing.B, host string, port int, want string) {
	b.Helper()
	for b.Loop() {
		res, err := Scan(context.Background(), host, Options{Ports: []int{port}})
		if err != nil || len(res.Open) != 1 || res.Open[0].Service != want || res.Open[0].ServiceFrom != "response" {
			b.Fatalf("%v %+v", err, res)
		}
	}
}

// BenchmarkScanRedis: a real redis-server on 6379, silent until asked.
// Goal: identified in < 300 ms (docs/benchmarks.md).
func BenchmarkScanRedis(b *testing.B) { benchScanAt(b, startRedis(b), 6379, "redis") }

// BenchmarkScanMemcached: a real memcached on 11211.
func BenchmarkScanMemcached(b *testing.B) { benchScanAt(b, startMemcached(b), 11211, "memcached") }
