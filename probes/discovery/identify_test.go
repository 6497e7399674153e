package discovery

import (
	"context"
	"crypto/tls"
	"errors"
	"io"
	"net"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"conformscan/fixtures/loopback"
	"conformscan/probes"
)

func TestIdentifyTLSOnUnusualPorts(t *testing.T) {
	hold := make(chan struct{})
	defer close(hold)
	alpn := serveTLS(t, tlsConfig(t, "h2", "http/1.1"), func(c *tls.Conn) { <-hold })
	noALPN := serveTLS(t, tlsConfig(t), func(c *tls.Conn) { answerHTTP(0)(c) })
	imaps := serveTLS(t, tlsConfig(t), func(c *tls.Conn) {
		_, _ = c.Write([]byte("* OK [CAPABILITY IMAP4rev1] ready\r\n"))
		<-hold
	})
	cases := []struct {
		name, service, alpn string
		port                int
	}{
		{"ALPN h2", "https", "h2", alpn},
		{"no ALPN, HTTP inside", "https", "", noALPN},
		{"no ALPN, IMAP greeting inside", "imaps", "", imaps},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			start := time.Now()
			// The classification must come from the ClientHello's answer,
			// not the banner wait: with a 20 s banner wait, anything under
			// 10 s proves it, however loaded the machine (no tight timing;
			// the speed itself is a benchmark, docs/benchmarks.md).
			p := scanOne(t, c.port, Options{BannerTimeout: 20 * time.Second, ProbeTimeout: 30 * time.Second})
			d := time.Since(start)
			if p.Service != c.service || p.ServiceFrom != "tls" || p.TLSSeen == nil || p.TLSSeen.ALPN != c.alpn {
				t.Fatalf("%+v %+v", p, p.TLSSeen)
			}
			if !strings.Contains(p.Note, "TLS") || p.TLSSeen.Version == "" {
				t.Errorf("note %q, version %q", p.Note, p.TLSSeen.Version)
			}
			if d > 10*time.Second {
				t.Errorf("a silent TLS endpoint took %v to classify: it waited for the banner instead of the TLS answer", d)
			}
		})
	}
}

func TestIdentifyTLSRefusedAndSilentInside(t *testing.T) {
	hold := make(chan struct{})
	defer close(hold)
	alert := loopback.Serve(t, func(c net.Conn) {
		buf := make([]byte, 4096)
		for {
			_ = c.SetReadDeadline(time.Now().Add(5 * time.Second))
			if _, err := c.Read(buf); err != nil {
				return
			}
			_, _ = c.Write([]byte{0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x28})
		}
	})
	silentInside := serveTLS(t, tlsConfig(t), func(c *tls.Conn) { <-hold })
	p := scanOne(t, alert, Options{})
	if p.Service != "tls" || p.TLSSeen == nil || p.TLSSeen.Alert != "handshake failure" || !strings.Contains(p.Note, "alert") {
		t.Errorf("refused handshake: %+v %+v", p, p.TLSSeen)
	}
	start := time.Now()
	p = scanOne(t, silentInside, Options{ProbeTimeout: 600 * time.Millisecond})
	if p.Service != "tls" || p.Unidentified != UnidentifiedSilent || p.TLSSeen == nil || p.TLSSeen.Version == "" {
		t.Errorf("silent inside TLS: %+v %+v", p, p.TLSSeen)
	}
	if d := time.Since(start); d > 4*time.Second {
		t.Errorf("took %v past a 600 ms probe timeout", d)
	}
}

// The answer to GET / waits for the probe timeout, not for the banner
// wait: a login page that takes 3 s is still HTTP.
func TestIdentifySlowHTTPFollowsProbeTimeout(t *testing.T) {
	slow := loopback.Serve(t, answerHTTP(3*time.Second))
	p := scanOne(t, slow, Options{BannerTimeout: 300 * time.Millisecond, ProbeTimeout: 10 * time.Second})
	if p.Service != "http" || p.ServiceFrom != "response" || !strings.HasPrefix(p.Response, "HTTP/1.1 200") {
		t.Fatalf("%+v", p)
	}
}

func TestIdentifyPlainHTTPIsQuick(t *testing.T) {
	srv := loopback.Serve(t, answerHTTP(0))
	start := time.Now()
	p := scanOne(t, srv, Options{})
	if p.Service != "http" || p.Sent != "GET / HTTP/1.0" || p.TLSSeen != nil {
		t.Fatalf("%+v", p)
	}
	// The probe timeout is 10 s by default: well under it means the answer
	// in clear to the ClientHello ended the banner wait (speed itself is
	// measured by BenchmarkScanPlainHTTP).
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("plain HTTP took %v: the answer in clear to the ClientHello must end the banner wait", d)
	}
}

func TestIdentifyHTTPSpeakingFirst(t *testing.T) {
	for _, banner := range []string{"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", "HTTP/1.0 503 Busy\r\n\r\n"} {
		port := loopback.Serve(t, func(c net.Conn) { _, _ = c.Write([]byte(banner)); time.Sleep(100 * time.Millisecond) })
		if p := scanOne(t, port, Options{}); p.Service != "http" || p.ServiceFrom != "banner" {
			t.Errorf("%q: %+v", banner, p)
		}
	}
}

func TestScanRecordsWhyUnidentified(t *testing.T) {
	hold := make(chan struct{})
	defer close(hold)
	silent := loopback.Serve(t, func(c net.Conn) { <-hold })
	reset := loopback.Serve(t, func(c net.Conn) {
		if tc, ok := c.(*net.TCPConn); ok {
			_ = tc.SetLinger(0)
		}
	})
	garbage := loopback.Serve(t, func(c net.Conn) { _, _ = c.Write([]byte{0, 1, 2, 0xff, 0xfe, '\r', '\n', 0x1b}) })
	text := loopback.Serve(t, func(c net.Conn) { _, _ = c.Write([]byte("Welcome to FooServer\\1\r\n")) })
	cases := []struct {
		port        int
		reason, hex string
	}{
		{silent, UnidentifiedSilent, ""},
		{reset, UnidentifiedTCPWrapped, ""},
		{garbage, UnidentifiedGarbage, `\x00\x01\x02\xff\xfe\x0d\x0a\x1b`},
		{text, UnidentifiedUnrecognized, `Welcome to FooServer\\1\x0d\x0a`},
	}
	for _, c := range cases {
		// Generous deadlines: a loaded machine must not turn garbage into silence.
		p := scanOne(t, c.port, Options{BannerTimeout: 2 * time.Second, ProbeTimeout: 3 * time.Second})
		if p.Service != "unknown" || p.Unidentified != c.reason || p.FirstBytes != c.hex || (c.hex == "" && p.Note == "") {
			t.Errorf("want %s %q: %+v", c.reason, c.hex, p)
		}
		if strings.Contains(strings.ToLower(p.Note), "tls") {
			t.Errorf("a port that does not speak TLS must not say so: %q", p.Note)
		}
	}
}

// Ports the registry knows as TLS get the ClientHello first, on the scan's
// own connection; hostile peers there end within the probe timeout.
func TestTLSFirstOnRegisteredPorts(t *testing.T) {
	// Handlers end when the client hangs up: each subtest waits for its
	// servers in its cleanup.
	drain := func(c net.Conn) { _, _ = io.Copy(io.Discard, c) }
	peers := map[string]func(net.Conn){
		"silent":  drain,
		"garbage": func(c net.Conn) { _, _ = c.Write([]byte("\x00\x01garbage\xff\r\n")) },
		"flood": func(c net.Conn) {
			for i := 0; i < 2000; i++ {
				if _, err := c.Write([]byte(strings.Repeat("A", 8192))); err != nil {
					return
				}
			}
		},
		"tarpit": func(c net.Conn) {
			go drain(c)
			for i := 0; i < 100; i++ {
				if _, err := c.Write([]byte("\x16")); err != nil {
					return
				}
				time.Sleep(100 * time.Millisecond)
			}
		},
		"reset": func(c net.Conn) {
			time.Sleep(50 * time.Millisecond)
			if tc, ok := c.(*net.TCPConn); ok {
				_ = tc.SetLinger(0)
			}
		},
		"ssh": func(c net.Conn) { _, _ = c.Write([]byte("SSH-2.0-OpenSSH_9.2\r\n")) },
	}
	want := map[string]string{"silent": "https", "garbage": "https", "flood": "https", "tarpit": "https", "reset": "https", "ssh": "ssh"}
	for name, h := range peers {
		t.Run(name, func(t *testing.T) {
			port := loopback.Serve(t, h)
			conn, err := net.Dial("tcp", probes.Endpoint("127.0.0.1", port))
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			o := Options{ProbeTimeout: 700 * time.Millisecond}
			o.defaults()
			pr := Port{Port: 443}
			ctx, cancel := context.WithTimeout(context.Background(), o.ProbeTimeout)
			defer cancel()
			start := time.Now()
			(&portScan{o: &o, t: target{host: "127.0.0.1", addr: "127.0.0.1"}, pr: &pr}).run(ctx, conn)
			if d := time.Since(start); d > 4*time.Second {
				t.Errorf("took %v past a 700 ms probe timeout", d)
			}
			if pr.Service != want[name] || pr.Sent != sentClientHello || len(pr.Response) > maxPrintable+8 {
				t.Errorf("%+v", pr)
			}
		})
	}
}

// Hostile peers inside TLS, on the race path: bounded too.
func TestHostileInsideTLS(t *testing.T) {
	flood := serveTLS(t, tlsConfig(t), func(c *tls.Conn) {
		for i := 0; i < 2000; i++ {
			if _, err := c.Write([]byte(strings.Repeat("\x00garbage", 1024))); err != nil {
				return
			}
		}
	})
	start := time.Now()
	p := scanOne(t, flood, Options{ProbeTimeout: 2 * time.Second})
	if p.Service != "tls" || p.Unidentified != UnidentifiedGarbage || len(p.TLSSeen.Response) > maxPrintable+8 || len(p.FirstBytes) > 4*maxFirstBytes {
		t.Errorf("%+v %+v", p, p.TLSSeen)
	}
	if d := time.Since(start); d > 6*time.Second {
		t.Errorf("took %v past a 2 s probe timeout", d)
	}
}

func TestScanReportsUnresolvableHost(t *testing.T) {
	dialed := false
	start := time.Now()
	res, err := Scan(context.Background(), "dpi.nowhere.invalid", Options{
		Resolve: func(ctx context.Context, host string) ([]string, error) {
			return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
		},
		Dial: func(ctx context.Context, network, addr string) (net.Conn, error) {
			dialed = true
			return nil, errors.New("must not dial")
		},
	})
	if probes.KindOf(err) != probes.KindResolve || !strings.Contains(err.Error(), "dpi.nowhere.invalid") {
		t.Fatalf("error %v (kind %s)", err, probes.KindOf(err))
	}
	if dialed || res == nil || res.Scanned != 0 || res.Filtered != 0 || time.Since(start) > time.Second {
		t.Errorf("dialed %v, result %+v, %v", dialed, res, time.Since(start))
	}
}

func TestScanResolvesOnce(t *testing.T) {
	lookups := 0
	a := loopback.Serve(t, func(c net.Conn) { _, _ = c.Write([]byte("SSH-2.0-x\r\n")) })
	b := loopback.Serve(t, func(c net.Conn) { _, _ = c.Write([]byte("+OK ready\r\n")) })
	res, err := Scan(context.Background(), "lab.example", Options{Ports: []int{a, b},
		Resolve: func(ctx context.Context, host string) ([]string, error) {
			lookups++
			return []string{"::1", "127.0.0.1"}, nil
		}})
	if err != nil || lookups != 1 || res.Address != "127.0.0.1" || len(res.Open) != 2 {
		t.Fatalf("err %v, %d lookups, %+v", err, lookups, res)
	}
	if res.Open[0].Service == "unknown" || res.Open[1].Service == "unknown" {
		t.Errorf("%+v", res.Open)
	}
}

func TestRecognizeAndLooksTLS(t *testing.T) {
	cases := []struct {
		in      string
		service string
		tls     bool
	}{
		{"\x15\x03\x01\x00\x02\x02\x28", "", true},
		{"\x16\x03\x03\x00\x5a\x02", "", true},
		{"\x80\x2e\x04\x00\x01\x00\x02", "", true},
		{"\xff\xfb\x04\xff\xfd\x01", "telnet", false},
		{"J\x00\x00\x00\x0a8.0.36\x00", "mysql", false},
		{"@RSYNCD: 31.0\n", "rsync", false},
		{"220 mail.example ESMTP Postfix\r\n", "smtp", false},
		{"220 (vsFTPd 3.0.3)\r\n", "ftp", false},
		{"HTTP/1.1 400 Bad Request\r\n\r\nThe plain HTTP request was sent to HTTPS port", "https", false},
	}
	for _, c := range cases {
		if got := recognize([]byte(c.in), 1234); got != c.service || looksTLS([]byte(c.in)) != c.tls {
			t.Errorf("%q: %q, TLS %v", c.in, got, looksTLS([]byte(c.in)))
		}
	}
	if recognizeInTLS([]byte("+OK POP3 ready\r\n"), 1234) != "pop3s" || recognizeInTLS([]byte("SSH-2.0-x"), 1234) != "" {
		t.Error("recognizeInTLS")
	}
}

// TestResetDuringConnectIsTCPWrapped: a peer that resets before the dial
// returns (what a loaded scanner sees of an accept-then-reset port) is an
// open tcpwrapped port, as it is when the reset comes after the dial.
func TestResetDuringConnectIsTCPWrapped(t *testing.T) {
	dial := func(ctx context.Context, network, addr string) (net.Conn, error) {
		return nil, &net.OpError{Op: "dial", Net: network, Err: os.NewSyscallError("connect", syscall.ECONNRESET)}
	}
	res, err := Scan(context.Background(), "127.0.0.1", Options{Ports: []int{4242}, Dial: dial})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Open) != 1 || res.Open[0].Unidentified != UnidentifiedTCPWrapped {
		t.Fatalf("%+v", res)
	}
}
