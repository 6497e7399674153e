package tls

import (
	"bufio"
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"io"
	"net"
	"strings"
	"testing"
	"time"

	"conformscan/fixtures/loopback"
	"conformscan/probes"
)

// stlsTLSConfig is a server TLS config with a fresh self-signed certificate.
func stlsTLSConfig(t testing.TB) *tls.Config {
	t.Helper()
	c := pkiIssue(t, pkiOpts{cn: "starttls.example.test", dns: []string{"starttls.example.test"}, notBefore: time.Now().Add(-time.Hour)}, nil)
	return &tls.Config{Certificates: []tls.Certificate{{Certificate: [][]byte{c.der}, PrivateKey: c.key}}}
}

// stlsServer serves one scripted dialogue per connection on loopback. When
// script returns true the server then runs a TLS handshake.
func stlsServer(t testing.TB, script func(c net.Conn, r *bufio.Reader) bool) string {
	t.Helper()
	cfg := stlsTLSConfig(t)
	return loopback.ServeAddr(t, func(c net.Conn) {
		_ = c.SetDeadline(time.Now().Add(5 * time.Second))
		// Unbuffered-ish: the reader only holds what the client
		// sent, and the client sends nothing past the command.
		r := bufio.NewReader(c)
		if script(c, r) {
			_ = tls.Server(&bufConn{Conn: c, r: r}, cfg).Handshake()
		}
	})
}

// bufConn reads through the script's bufio.Reader.
type bufConn struct {
	net.Conn
	r *bufio.Reader
}

func (b *bufConn) Read(p []byte) (int, error) { return b.r.Read(p) }

// expectLine reads one line and reports whether it is want.
func expectLine(r *bufio.Reader, want string) bool {
	line, err := r.ReadString('\n')
	return err == nil && strings.TrimRight(line, "\r\n") == want
}

// runStartTLS dials addr, upgrades, then completes a TLS handshake.
func runStartTLS(t *testing.T, addr, proto string, timeout time.Duration) error {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	conn, err := (&net.Dialer{}).DialContext(ctx, "tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if err := startTLS(ctx, conn, proto); err != nil {
		return err
	}
	tc := tls.Client(conn, &tls.Config{InsecureSkipVerify: true})
	if err := tc.HandshakeContext(ctx); err != nil {
		t.Fatalf("%s: TLS handshake after the upgrade: %v", proto, err)
	}
	return nil
}

func ldapResponse(id byte, code byte, diag string, longForm bool) []byte {
	op := append([]byte{0x0a, 0x01, code, 0x04, 0x00, 0x04, byte(len(diag))}, diag...)
	body := append([]byte{0x02, 0x01, id, 0x78, byte(len(op))}, op...)
	if longForm {
		// OpenLDAP writes 4-byte long-form lengths.
		return append([]byte{0x30, 0x84, 0, 0, 0, byte(len(body))}, body...)
	}
	return append([]byte{0x30, byte(len(body))}, body...)
}

func readLDAPRequest(r *bufio.Reader) bool {
	msg, err := readBERElement(r, 1024)
	return err == nil && bytes.Equal(msg, ldapStartTLSRequest())
}

func readSSLRequest(r *bufio.Reader) bool {
	var b [8]byte
	_, err := io.ReadFull(r, b[:])
	return err == nil && b == postgresSSLRequest
}

func TestStartTLSProtocols(t *testing.T) {
	type script = func(c net.Conn, r *bufio.Reader) bool
	w := func(c net.Conn, s string) { _, _ = io.WriteString(c, s) }
	tests := []struct {
		name, proto string
		script      script
		wantErr     error  // nil: success
		errContains string // checked when non-empty
	}{
		{"smtp ok", "smtp", func(c net.Conn, r *bufio.Reader) bool {
			w(c, "220-mail.example.test ESMTP\r\n220 ready\r\n")
			if !expectLine(r, "EHLO conformscan") {
				return false
			}
			w(c, "250-mail.example.test\r\n250-PIPELINING\r\n250-starttls\r\n250 8BITMIME\r\n")
			if !expectLine(r, "STARTTLS") {
				return false
			}
			w(c, "220 2.0.0 go ahead\r\n")
			return true
		}, nil, ""},
		{"smtp not advertised", "smtp", func(c net.Conn, r *bufio.Reader) bool {
			w(c, "220 ready\r\n")
			expectLine(r, "EHLO conformscan")
			w(c, "250-mail.example.test\r\n250 8BITMIME\r\n")
			return false
		}, ErrStartTLSNotOffered, "8BITMIME"},
		{"smtp HELO only", "smtp", func(c net.Conn, r *bufio.Reader) bool {
			w(c, "220 ready\r\n")
			expectLine(r, "EHLO conformscan")
			w(c, "502 command not implemented\r\n")
			return false
		}, ErrStartTLSNotOffered, "502"},
		{"smtp greeting 554", "smtp", func(c net.Conn, r *bufio.Reader) bool {
			w(c, "554 no service for you\r\n")
			return false
		}, ErrStartTLSRefused, "554"},
		{"smtp STARTTLS 454", "smtp", func(c net.Conn, r *bufio.Reader) bool {
			w(c, "220 ready\r\n")
			expectLine(r, "EHLO conformscan")
			w(c, "250-x\r\n250 STARTTLS\r\n")
			expectLine(r, "STARTTLS")
			w(c, "454 4.7.0 TLS not available\r\n")
			return false
		}, ErrStartTLSRefused, "454"},
		{"smtp pipelined bytes after 220", "smtp", func(c net.Conn, r *bufio.Reader) bool {
			w(c, "220 ready\r\n")
			expectLine(r, "EHLO conformscan")
			w(c, "250-x\r\n250 STARTTLS\r\n")
			expectLine(r, "STARTTLS")
			w(c, "220 go ahead\r\ninjected\r\n")
			return false
		}, nil, "unexpected bytes"},
		{"imap ok", "imap", func(c net.Conn, r *bufio.Reader) bool {
			w(c, "* OK [CAPABILITY IMAP4rev1 STARTTLS] ready\r\n")
			if !expectLine(r, "a1 STARTTLS") {
				return false
			}
			w(c, "* CAPABILITY IMAP4rev1 STARTTLS\r\na1 OK Begin TLS negotiation now\r\n")
			return true
		}, nil, ""},
		{"imap BAD", "imap", func(c net.Conn, r *bufio.Reader) bool {
			w(c, "* OK ready\r\n")
			expectLine(r, "a1 STARTTLS")
			w(c, "a1 BAD unknown command\r\n")
			return false
		}, ErrStartTLSNotOffered, "BAD"},
		{"imap BYE", "imap", func(c net.Conn, r *bufio.Reader) bool {
			w(c, "* BYE too many connections\r\n")
			return false
		}, ErrStartTLSRefused, "BYE"},
		{"pop3 ok", "pop3", func(c net.Conn, r *bufio.Reader) bool {
			w(c, "+OK POP3 ready\r\n")
			if !expectLine(r, "STLS") {
				return false
			}
			w(c, "+OK Begin TLS\r\n")
			return true
		}, nil, ""},
		{"pop3 -ERR", "pop3", func(c net.Conn, r *bufio.Reader) bool {
			w(c, "+OK POP3 ready\r\n")
			expectLine(r, "STLS")
			w(c, "-ERR unknown command\r\n")
			return false
		}, ErrStartTLSNotOffered, "-ERR"},
		{"ftp ok multi-line greeting", "ftp", func(c net.Conn, r *bufio.Reader) bool {
			w(c, "220-Welcome\r\n  to the test server\r\n220 ready\r\n")
			if !expectLine(r, "AUTH TLS") {
				return false
			}
			w(c, "234 Proceed with negotiation.\r\n")
			return true
		}, nil, ""},
		{"ftp 120 then 220", "ftp", func(c net.Conn, r *bufio.Reader) bool {
			w(c, "120 ready in 1 minute\r\n220 ready\r\n")
			if !expectLine(r, "AUTH TLS") {
				return false
			}
			w(c, "234 go\r\n")
			return true
		}, nil, ""},
		{"ftp no TLS", "ftp", func(c net.Conn, r *bufio.Reader) bool {
			w(c, "220 (vsFTPd 3.0.3)\r\n")
			expectLine(r, "AUTH TLS")
			w(c, "530 Please login with USER and PASS.\r\n")
			return false
		}, ErrStartTLSNotOffered, "530"},
		{"ldap ok", "ldap", func(c net.Conn, r *bufio.Reader) bool {
			if !readLDAPRequest(r) {
				return false
			}
			_, _ = c.Write(ldapResponse(1, 0, "", false))
			return true
		}, nil, ""},
		{"ldap ok long-form lengths", "ldap", func(c net.Conn, r *bufio.Reader) bool {
			if !readLDAPRequest(r) {
				return false
			}
			_, _ = c.Write(ldapResponse(1, 0, "", true))
			return true
		}, nil, ""},
		{"ldap unsupported", "ldap", func(c net.Conn, r *bufio.Reader) bool {
			readLDAPRequest(r)
			_, _ = c.Write(ldapResponse(1, 2, "unsupported extended operation", true))
			return false
		}, ErrStartTLSNotOffered, "unsupported extended operation"},
		{"ldap notice of disconnection", "ldap", func(c net.Conn, r *bufio.Reader) bool {
			readLDAPRequest(r)
			_, _ = c.Write(ldapResponse(0, 52, "shutting down", false))
			return false
		}, ErrStartTLSRefused, "disconnection"},
		{"ldap other error", "ldap", func(c net.Conn, r *bufio.Reader) bool {
			readLDAPRequest(r)
			_, _ = c.Write(ldapResponse(1, 1, "operations error", false))
			return false
		}, ErrStartTLSRefused, "result 1"},
		{"postgres ok", "postgres", func(c net.Conn, r *bufio.Reader) bool {
			if !readSSLRequest(r) {
				return false
			}
			w(c, "S")
			return true
		}, nil, ""},
		{"postgres N", "postgres", func(c net.Conn, r *bufio.Reader) bool {
			readSSLRequest(r)
			w(c, "N")
			return false
		}, ErrStartTLSNotOffered, "'N'"},
		{"postgres E", "postgres", func(c net.Conn, r *bufio.Reader) bool {
			readSSLRequest(r)
			body := "SFATAL\x00Munsupported frontend protocol\x00\x00"
			n := len(body) + 4
			w(c, "E"+string([]byte{0, 0, byte(n >> 8), byte(n)})+body)
			return false
		}, ErrStartTLSRefused, "unsupported frontend protocol"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			addr := stlsServer(t, tt.script)
			err := runStartTLS(t, addr, tt.proto, 3*time.Second)
			if tt.wantErr == nil && tt.errContains == "" {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatal("expected an error")
			}
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Errorf("error %q is not %v", err, tt.wantErr)
			}
			if !strings.Contains(err.Error(), tt.errContains) {
				t.Errorf("error %q does not mention %q", err, tt.errContains)
			}
		})
	}
}

func TestStartTLSHostilePeers(t *testing.T) {
	protos := []string{"smtp", "imap", "pop3", "ftp", "ldap", "postgres"}
	hostile := map[string]func(c net.Conn, r *bufio.Reader) bool{
		"silent": func(c net.Conn, r *bufio.Reader) bool {
			_, _ = io.Copy(io.Discard, r)
			return false
		},
		"garbage": func(c net.Conn, r *bufio.Reader) bool {
			_, _ = c.Write([]byte("\x16\x03\x01\x00\x05hello\xff\xfe\x00\x01\r\n\x00\x00"))
			_, _ = io.Copy(io.Discard, r)
			return false
		},
		"closes midway": func(c net.Conn, r *bufio.Reader) bool {
			_, _ = c.Write([]byte("220-partial"))
			return false
		},
		"huge line": func(c net.Conn, r *bufio.Reader) bool {
			_, _ = c.Write(bytes.Repeat([]byte("A"), 1<<20))
			return false
		},
		"endless reply": func(c net.Conn, r *bufio.Reader) bool {
			for i := 0; i < 5000; i++ {
				if _, err := c.Write([]byte("220-more\r\n* OK more\r\n")); err != nil {
					return false
				}
			}
			return false
		},
		"huge BER": func(c net.Conn, r *bufio.Reader) bool {
			_, _ = c.Write([]byte{0x30, 0x84, 0x7f, 0xff, 0xff, 0xff})
			_, _ = io.Copy(io.Discard, r)
			return false
		},
	}
	for hname, script := range hostile {
		addr := stlsServer(t, script)
		for _, proto := range protos {
			t.Run(hname+"/"+proto, func(t *testing.T) {
				t.Parallel()
				start := time.Now()
				err := runStartTLS(t, addr, proto, 500*time.Millisecond)
				if err == nil {
					t.Fatal("expected an error")
				}
				if hname == "silent" && classify(err, false) != probes.KindIOTimeout {
					t.Errorf("silent peer: error %q is not classified as a timeout", err)
				}
				if d := time.Since(start); d > 2*time.Second {
					t.Errorf("took %v", d)
				}
			})
		}
	}
}

func TestStartTLSCancel(t *testing.T) {
	addr := stlsServer(t, func(c net.Conn, r *bufio.Reader) bool {
		_, _ = io.Copy(io.Discard, r)
		return false
	})
	ctx, cancel := context.WithCancel(context.Background())
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	time.AfterFunc(100*time.Millisecond, cancel)
	start := time.Now()
	err = startTLS(ctx, conn, "smtp")
	if !errors.Is(err, context.Canceled) {
		t.Errorf("error = %v, want context.Canceled", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("cancel took %v", d)
	}
	if err := startTLS(context.Background(), conn, "gopher"); err == nil || !strings.Contains(err.Error(), "unknown STARTTLS protocol") {
		t.Errorf("unknown protocol: %v", err)
	}
}

func TestLDAPStartTLSRequestBytes(t *testing.T) {
	want := append([]byte{0x30, 0x1d, 0x02, 0x01, 0x01, 0x77, 0x18, 0x80, 0x16}, "1.3.6.1.4.1.1466.20037"...)
	if got := ldapStartTLSRequest(); !bytes.Equal(got, want) {
		t.Errorf("request = % x, want % x", got, want)
	}
}

// scriptConn is a net.Conn replaying fixed server bytes; writes are dropped.
type scriptConn struct {
	r io.Reader
}

func (s *scriptConn) Read(p []byte) (int, error)         { return s.r.Read(p) }
func (s *scriptConn) Write(p []byte) (int, error)        { return len(p), nil }
func (s *scriptConn) Close() error                       { return nil }
func (s *scriptConn) LocalAddr() net.Addr                { return &net.TCPAddr{} }
func (s *scriptConn) RemoteAddr() net.Addr               { return &net.TCPAddr{} }
func (s *scriptConn) SetDeadline(t time.Time) error      { return nil }
func (s *scriptConn) SetReadDeadline(t time.Time) error  { return nil }
func (s *scriptConn) SetWriteDeadline(t time.Time) error { return nil }

func FuzzStartTLSReplies(f *testing.F) {
	protos := []string{"smtp", "imap", "pop3", "ftp", "ldap", "postgres"}
	f.Add(uint8(0), []byte("220-a\r\n220 b\r\n250-x\r\n250 STARTTLS\r\n220 go\r\n"))
	f.Add(uint8(0), []byte("220 a\r\n250 x\r\n"))
	f.Add(uint8(1), []byte("* OK hi\r\n* x\r\na1 OK go\r\n"))
	f.Add(uint8(2), []byte("+OK hi\r\n+OK go\r\n"))
	f.Add(uint8(3), []byte("220-a\r\n b\r\n220 c\r\n234 go\r\n"))
	f.Add(uint8(4), ldapResponse(1, 0, "", true))
	f.Add(uint8(4), ldapResponse(0, 52, "bye", false))
	f.Add(uint8(5), []byte("S"))
	f.Add(uint8(5), []byte("E\x00\x00\x00\x0cMbad\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, p uint8, data []byte) {
		proto := protos[int(p)%len(protos)]
		err := startTLS(context.Background(), &scriptConn{r: bytes.NewReader(data)}, proto)
		_ = err
		parseLDAPExtendedResponse(data)
		parsePostgresError(data)
	})
}
