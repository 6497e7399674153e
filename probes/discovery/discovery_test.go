package discovery

import (
	"context"
	"net"
	"strings"
	"testing"
	"time"

	"conformscan/fixtures/loopback"
)

func TestScanBannersAndHostilePeers(t *testing.T) {
	hold := make(chan struct{})
	defer close(hold)
	ftp := loopback.Serve(t, func(c net.Conn) { c.Write([]byte("220 ProFTPD Server ready\r\n")); time.Sleep(50 * time.Millisecond) })
	ssh := loopback.Serve(t, func(c net.Conn) { c.Write([]byte("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n")) })
	httpSrv := loopback.Serve(t, func(c net.Conn) {
		buf := make([]byte, 512)
		c.SetReadDeadline(time.Now().Add(5 * time.Second))
		c.Read(buf)
		c.Write([]byte("HTTP/1.1 200 OK\r\nServer: nginx\r\nContent-Length: 0\r\n\r\n"))
	})
	silent := loopback.Serve(t, func(c net.Conn) { <-hold })
	resetting := loopback.Serve(t, func(c net.Conn) {
		if tc, ok := c.(*net.TCPConn); ok {
			tc.SetLinger(0)
		}
	})
	tarpit := loopback.Serve(t, func(c net.Conn) {
		for i := 0; i < 100; i++ {
			if _, err := c.Write([]byte("x")); err != nil {
				return
			}
			select {
			case <-hold:
				return
			case <-time.After(100 * time.Millisecond):
			}
		}
	})
	garbage := loopback.Serve(t, func(c net.Conn) { c.Write([]byte{0, 1, 2, 0xff, 0xfe, '\n', 0x1b, '[', '2', 'J'}) })
	flood := loopback.Serve(t, func(c net.Conn) {
		chunk := []byte(strings.Repeat("A", 8192))
		for i := 0; i < 1000; i++ {
			if _, err := c.Write(chunk); err != nil {
				return
			}
		}
	})
	closed := loopback.ClosedPort(t)

	ports := []int{ftp, ssh, httpSrv, silent, resetting, tarpit, garbage, flood, closed}
	start := time.Now()
	res, err := Scan(context.Background(), "127.0.0.1", Options{Ports: ports, BannerTimeout: 700 * time.Millisecond, ProbeTimeout: 1500 * time.Millisecond, ConnectTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("scan took %v: a hostile port held it past its deadlines", d)
	}
	got := map[int]Port{}
	for _, p := range res.Open {
		got[p.Port] = p
	}
	if res.Closed != 1 {
		t.Errorf("closed = %d, want 1", res.Closed)
	}
	if p := got[ftp]; p.Service != "ftp" || !strings.HasPrefix(p.Banner, "220 ProFTPD") {
		t.Errorf("ftp port: %+v", p)
	}
	if p := got[ssh]; p.Service != "ssh" {
		t.Errorf("ssh port: %+v", p)
	}
	if p := got[httpSrv]; p.Service != "http" || p.Sent == "" || !strings.HasPrefix(p.Response, "HTTP/1.1 200") {
		t.Errorf("http port: %+v", p)
	}
	if p := got[silent]; p.State != StateOpen || p.Note == "" {
		t.Errorf("silent port must be open with a note: %+v", p)
	}
	if p := got[tarpit]; len(p.Banner) > 64 {
		t.Errorf("tarpit banner too long: %d", len(p.Banner))
	}
	if p := got[garbage]; !strings.Contains(p.Banner, `\x00`) || strings.Contains(p.Banner, "\x1b") {
		t.Errorf("garbage must be escaped: %q", p.Banner)
	}
	if p := got[flood]; len(p.Banner) > 600 {
		t.Errorf("flood banner not bounded: %d", len(p.Banner))
	}
}

func TestScanStopsOnCancel(t *testing.T) {
	hold := make(chan struct{})
	defer close(hold)
	silent := loopback.Serve(t, func(c net.Conn) { <-hold })
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := Scan(ctx, "127.0.0.1", Options{Ports: []int{silent}, BannerTimeout: 10 * time.Second})
	if time.Since(start) > 2*time.Second {
		t.Fatalf("cancel not honoured: %v", time.Since(start))
	}
	if err == nil {
		t.Fatal("a cancelled scan must say so")
	}
}

func TestParsePorts(t *testing.T) {
	got, err := ParsePorts("80, 22,8000-8002,22")
	if err != nil || len(got) != 5 || got[0] != 22 {
		t.Fatalf("got %v, %v", got, err)
	}
	for _, bad := range []string{"0", "70000", "10-5", "a", ",", "1-2-3"} {
		if _, err := ParsePorts(bad); err == nil {
			t.Errorf("ParsePorts(%q) accepted", bad)
		}
	}
}

func FuzzRecognize(f *testing.F) {
	for _, s := range []string{"SSH-2.0-x", "220 smtp ESMTP", "220 FTP", "+OK", "* OK", "\xff\xfb\x01", "RFB 003.008\n",
		"HTTP/1.1 400 Bad Request\r\n\r\nThe plain HTTP request was sent to HTTPS port", "\x15\x03\x01\x00\x02\x02\x28",
		"J\x00\x00\x00\x0a8.0.36\x00", ""} {
		f.Add([]byte(s), 21)
	}
	f.Fuzz(func(t *testing.T, b []byte, port int) {
		svc := recognize(b, port)
		if in := recognizeInTLS(b, port); in != "" && svc == "" {
			t.Fatalf("recognized %q inside TLS but nothing in clear", in)
		}
		_ = looksTLS(b)
		switch r := unidentifiedReason(b); r {
		case UnidentifiedSilent, UnidentifiedGarbage, UnidentifiedUnrecognized:
		default:
			t.Fatalf("reason %q", r)
		}
		if p := Printable(b); len(p) > maxPrintable+8 {
			t.Fatalf("printable not bounded: %d", len(p))
		}
		if e := Escape(b); len(e) > 4*maxFirstBytes {
			t.Fatalf("escape not bounded: %d", len(e))
		}
	})
}
