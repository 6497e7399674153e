package cleartext

import (
	"bufio"
	"context"
	"errors"
	"io"
	"net"
	"strings"
	"testing"
	"time"

	"conformscan/probes"
)

// hostileTimeout is the probe timeout in the hostile tests; every probe
// must end within it plus hostileSlack.
const (
	hostileTimeout = 1500 * time.Millisecond
	hostileSlack   = time.Second
)

// endless writes prefix, then unit until the client leaves or limit bytes
// were written.
func endless(prefix, unit string, limit int) func(c net.Conn, r *bufio.Reader) {
	return func(c net.Conn, r *bufio.Reader) {
		go func() { _, _ = io.Copy(io.Discard, r) }()
		if _, err := io.WriteString(c, prefix); err != nil {
			return
		}
		chunk := strings.Repeat(unit, 1+(32<<10)/len(unit))
		for n := 0; n < limit; n += len(chunk) {
			if _, err := io.WriteString(c, chunk); err != nil {
				return
			}
		}
	}
}

// then writes s and holds the connection open, silent.
func then(s string) func(c net.Conn, r *bufio.Reader) {
	return func(c net.Conn, r *bufio.Reader) {
		if _, err := io.WriteString(c, s); err != nil {
			return
		}
		_, _ = io.Copy(io.Discard, r)
	}
}

// closeAfter writes s and closes.
func closeAfter(s string) func(c net.Conn, r *bufio.Reader) {
	return func(c net.Conn, r *bufio.Reader) { _, _ = io.WriteString(c, s) }
}

func TestHostileServers(t *testing.T) {
	const tenMB = 10 << 20
	garbage := "\x00\x01\x02\x03garbage\x7f\x80\xfe\r\n"
	ldapEntry := string(berTLV(berSequence, berInt(berInteger, 1), berTLV(ldapSearchEntry, berString(berOctetString, ""), berTLV(berSequence))))
	type behaviour struct {
		name  string
		h     func(c net.Conn, r *bufio.Reader)
		kinds []probes.ErrorKind
	}
	silent := behaviour{"silent after accept", then(""), []probes.ErrorKind{probes.KindIOTimeout}}
	garb := behaviour{"garbage", then(garbage), []probes.ErrorKind{probes.KindProtocol}}
	proto := []probes.ErrorKind{probes.KindProtocol}
	closed := []probes.ErrorKind{probes.KindReset, probes.KindProtocol}
	cases := map[string][]behaviour{
		"ftp": {silent, garb,
			{"closes mid-reply", closeAfter("220-partial\r\n220-more"), closed},
			{"endless line", endless("220 ", "A", tenMB), proto},
			{"endless multi-line reply", endless("", "220-line\r\n", tenMB), proto},
		},
		"smtp": {silent, garb,
			{"closes mid-reply", closeAfter("220 ready\r\n250-mail"), closed},
			{"endless line", endless("220 ", "A", tenMB), proto},
			{"endless multi-line reply", endless("220 ready\r\n", "250-EXT\r\n", tenMB), proto},
		},
		"pop3": {silent, garb,
			{"closes mid-reply", closeAfter("+OK"), closed},
			{"endless line", endless("+OK ", "A", tenMB), proto},
			{"endless multi-line reply", endless("+OK hi\r\n+OK capa\r\n", "LINE\r\n", tenMB), proto},
		},
		"imap": {silent, garb,
			{"closes mid-reply", closeAfter("* OK ready\r\n* CAPABILITY IMAP4"), closed},
			{"endless line", endless("* OK ", "A", tenMB), proto},
			{"endless multi-line reply", endless("* OK hi\r\n", "* CAPABILITY X\r\n", tenMB), proto},
		},
		"telnet": {silent, garb,
			{"closes mid-reply", closeAfter("Welcome\r\nlog"), closed},
			{"endless line", endless("", "A", tenMB), proto},
			{"endless multi-line reply", endless("", "line\r\n", tenMB), proto},
			{"endless subnegotiation", endless(string([]byte{tnIAC, tnSB, 24}), "x", tenMB), proto},
			{"endless negotiation", endless("", string([]byte{tnIAC, tnDO, 24}), tenMB), proto},
		},
		"http": {silent, garb,
			{"closes mid-reply", closeAfter("HTTP/1.1 200 OK\r\nContent-Le"), closed},
			{"endless line", endless("HTTP/1.1 200 OK\r\nX-Long: ", "A", tenMB), proto},
			{"endless multi-line reply", endless("HTTP/1.1 200 OK\r\n", "X-A: b\r\n", tenMB), proto},
		},
		"ldap": {silent, garb,
			{"closes mid-reply", closeAfter("\x30\x0c\x02\x01"), closed},
			{"endless line", endless("\x30\x84\x00\xa0\x00\x00", "A", tenMB), proto},
			{"endless multi-line reply", endless("", ldapEntry, tenMB), proto},
		},
	}
	for svc, bs := range cases {
		for _, b := range bs {
			t.Run(svc+"/"+b.name, func(t *testing.T) {
				t.Parallel()
				addr := serve(t, b.h)
				o := Options{Timeout: hostileTimeout, Dial: loopbackDial(t)}
				start := time.Now()
				f, err := Probe(context.Background(), addr, svc, o)
				d := time.Since(start)
				if err == nil {
					t.Fatalf("no error; facts %+v", f)
				}
				wantKind(t, err, b.kinds...)
				t.Logf("%v: %v", d.Round(time.Millisecond), err)
				if d > hostileTimeout+hostileSlack {
					t.Errorf("ended after %v, beyond the %v deadline", d, hostileTimeout)
				}
				if strings.Contains(err.Error(), "pw-secret") {
					t.Errorf("secret in error %v", err)
				}
				checkBounds(t, f)
				if f != nil && f.AuthInClear != nil {
					t.Errorf("AuthInClear %v decided on a hostile answer", *f.AuthInClear)
				}
			})
		}
	}
}

func TestRefusedConnection(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	for _, svc := range Services() {
		_, err := Probe(context.Background(), addr, svc, Options{Timeout: time.Second, Dial: loopbackDial(t)})
		wantKind(t, err, probes.KindRefused)
		if !errors.Is(err, err) {
			t.Fatal("unreachable")
		}
	}
}
