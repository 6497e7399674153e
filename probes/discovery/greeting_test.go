package discovery

import (
	"context"
	"crypto/tls"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"conformscan/fixtures/loopback"
)

// answerAfterRequest stays silent until it reads a request, then answers
// with reply.
func answerAfterRequest(reply string) func(c net.Conn) {
	return func(c net.Conn) {
		buf := make([]byte, 2048)
		_ = c.SetReadDeadline(time.Now().Add(10 * time.Second))
		if _, err := c.Read(buf); err != nil {
			return
		}
		_, _ = c.Write([]byte(reply))
		time.Sleep(100 * time.Millisecond)
	}
}

// TestGreetingAfterGETIsNotServerFirst: a port silent until GET /, which
// then answers "+OK" (or "220", "SSH-"), is no POP3 (FTP, SSH) server:
// those greet before any request. The port is unidentified under no
// service name, so no login or cleartext test of that service follows; a
// server that greets first is still identified.
func TestGreetingAfterGETIsNotServerFirst(t *testing.T) {
	for _, reply := range []string{"+OK POP3 ready\r\n", "220 mail.example ESMTP\r\n", "SSH-2.0-OpenSSH_9.2\r\n"} {
		port := loopback.Serve(t, answerAfterRequest(reply))
		p := scanOne(t, port, Options{BannerTimeout: 500 * time.Millisecond, ProbeTimeout: 1500 * time.Millisecond})
		if p.Service != "unknown" || p.Unidentified != UnidentifiedUnrecognized || p.Sent == "" || !strings.Contains(p.Note, "GET /") {
			t.Errorf("%q after GET /: %+v", reply, p)
		}
	}
	greets := loopback.Serve(t, func(c net.Conn) { _, _ = c.Write([]byte("+OK POP3 ready\r\n")); time.Sleep(100 * time.Millisecond) })
	if p := scanOne(t, greets, Options{}); p.Service != "pop3" || p.ServiceFrom != "banner" {
		t.Errorf("a POP3 greeting first: %+v", p)
	}
	// A slow FTP server greets after the banner wait, on its own: the
	// fresh connection where nothing is sent hears it.
	slow := loopback.Serve(t, func(c net.Conn) {
		time.Sleep(700 * time.Millisecond)
		_, _ = c.Write([]byte("220 slow FTP ready\r\n"))
		time.Sleep(100 * time.Millisecond)
	})
	if p := scanOne(t, slow, Options{BannerTimeout: 500 * time.Millisecond, ProbeTimeout: 3 * time.Second}); p.Service != "ftp" ||
		p.ServiceFrom != "banner" || !strings.Contains(p.Note, "late") {
		t.Errorf("a slow FTP greeting: %+v", p)
	}
}

// TestGreetingInsideTLS: inside TLS too, a greeting that comes only after
// GET / names nothing, and one that comes right after the handshake does.
func TestGreetingInsideTLS(t *testing.T) {
	cfg := tlsConfig(t)
	afterGET := serveTLS(t, cfg, func(c *tls.Conn) { answerAfterRequest("+OK POP3 ready\r\n")(c) })
	if p := scanOne(t, afterGET, Options{ProbeTimeout: 3 * time.Second}); p.Service != "tls" || p.Unidentified == "" || p.TLSSeen == nil {
		t.Errorf("+OK after GET / inside TLS taken for POP3S: %+v", p)
	}
	// On POP3S's own port, the port's name is not taken either.
	on995 := Options{ProbeTimeout: 3 * time.Second, Dial: func(ctx context.Context, network, _ string) (net.Conn, error) {
		return (&net.Dialer{}).DialContext(ctx, network, net.JoinHostPort("127.0.0.1", strconv.Itoa(afterGET)))
	}}
	if p := scanOne(t, 995, on995); p.Service != "tls" || p.Unidentified == "" {
		t.Errorf("+OK after GET / inside TLS on 995: %+v", p)
	}
	first := serveTLS(t, cfg, func(c *tls.Conn) { _, _ = c.Write([]byte("+OK POP3 ready\r\n")); time.Sleep(500 * time.Millisecond) })
	if p := scanOne(t, first, Options{ProbeTimeout: 3 * time.Second}); p.Service != "pop3s" || p.Unidentified != "" {
		t.Errorf("a POP3 greeting right after the handshake: %+v", p)
	}
}
