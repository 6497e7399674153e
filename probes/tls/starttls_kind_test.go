package tls

import (
	"bufio"
	"errors"
	"net"
	"strings"
	"testing"
	"time"

	"conformscan/probes"
)

// TestStartTLSFailureKinds: only a clean refusal of the upgrade is "no TLS
// offered" (KindApplication); an FTP exchange that breaks (garbage, an
// endless multi-line greeting, silence, a close) is a protocol, I/O or
// reset error, because a failed exchange is not no TLS.
func TestStartTLSFailureKinds(t *testing.T) {
	endless := func(c net.Conn, r *bufio.Reader) bool {
		for i := 0; i < 100000; i++ {
			if _, err := c.Write([]byte("220-welcome, more to come\r\n")); err != nil {
				return false
			}
		}
		return false
	}
	cases := []struct {
		name   string
		script func(c net.Conn, r *bufio.Reader) bool
		want   []probes.ErrorKind
	}{
		{"AUTH TLS not understood", ftpAnswer("500 AUTH not understood"), []probes.ErrorKind{probes.KindApplication}},
		{"AUTH TLS refused", ftpAnswer("431 Unable to accept security mechanism"), []probes.ErrorKind{probes.KindApplication}},
		{"greeting 421", func(c net.Conn, r *bufio.Reader) bool {
			_, _ = c.Write([]byte("421 Too many connections\r\n"))
			return false
		}, []probes.ErrorKind{probes.KindApplication}},
		{"garbage greeting", func(c net.Conn, r *bufio.Reader) bool {
			_, _ = c.Write([]byte("\x00\xff\xfe garbage \x1b[2J\r\n"))
			_, _ = r.ReadString('\n')
			return false
		}, []probes.ErrorKind{probes.KindProtocol}},
		{"garbage answer to AUTH TLS", ftpAnswer("\x16\x03\x01 what?"), []probes.ErrorKind{probes.KindProtocol}},
		{"endless 220- greeting", endless, []probes.ErrorKind{probes.KindProtocol, probes.KindIOTimeout}},
		{"silent", func(c net.Conn, r *bufio.Reader) bool {
			_, _ = r.ReadString('\n')
			return false
		}, []probes.ErrorKind{probes.KindIOTimeout}},
		{"closes after greeting", func(c net.Conn, r *bufio.Reader) bool {
			_, _ = c.Write([]byte("220 ready\r\n"))
			return false
		}, []probes.ErrorKind{probes.KindReset}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			addr := stlsServer(t, c.script)
			start := time.Now()
			_, err := probeAddr(t, addr, Options{StartTLS: "ftp", ConnTimeout: 700 * time.Millisecond})
			var pe *probes.Error
			if !errors.As(err, &pe) || !strings.HasPrefix(pe.Op, "starttls ftp") || pe.Endpoint != addr {
				t.Fatalf("error %v is not a *probes.Error of op starttls ftp on %s", err, addr)
			}
			ok := false
			for _, k := range c.want {
				ok = ok || pe.Kind == k
			}
			if !ok {
				t.Errorf("kind %s, want one of %v (%v)", pe.Kind, c.want, err)
			}
			if d := time.Since(start); d > 3*time.Second {
				t.Errorf("took %v", d)
			}
		})
	}
}

// ftpAnswer greets, then answers AUTH TLS with reply.
func ftpAnswer(reply string) func(c net.Conn, r *bufio.Reader) bool {
	return func(c net.Conn, r *bufio.Reader) bool {
		_, _ = c.Write([]byte("220 FTP ready\r\n"))
		if !expectLine(r, "AUTH TLS") {
			return false
		}
		_, _ = c.Write([]byte(reply + "\r\n"))
		_, _ = r.ReadString('\n')
		return false
	}
}

func TestStartTLSKind(t *testing.T) {
	cases := []struct {
		err  error
		want probes.ErrorKind
	}{
		{ErrStartTLSNotOffered, probes.KindApplication},
		{ErrStartTLSRefused, probes.KindApplication},
		{errors.New("reply longer than 100 lines"), probes.KindProtocol},
		{errors.Join(errors.New("FTP greeting"), errClosedEarly), probes.KindProtocol},
		{errors.Join(errors.New("reading the reply"), errors.New("x"), net.ErrClosed), probes.KindProtocol},
	}
	for _, c := range cases {
		if got := startTLSKind(c.err); got != c.want {
			t.Errorf("startTLSKind(%v) = %s, want %s", c.err, got, c.want)
		}
	}
}
