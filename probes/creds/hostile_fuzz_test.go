package creds

import (
	"bytes"
	"context"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"conformscan/probes/lib/telnet"
)

// The fuzz targets below feed whatever bytes to each client through a
// fake server: a try ends in time, without panicking, and its outcome
// keeps the three-valued rule (outcome.go): Refused only when the bytes
// hold a refusal the client recognises, Accepted only with the post-login
// signal in the bytes; everything else is Unknown.

// outcomeRule asserts the rule for one hostile reply b: refusal tells
// whether b holds a recognised refusal, signal whether it holds the
// post-login signal.
func outcomeRule(t *testing.T, o Outcome, b []byte, refusal, signal func([]byte) bool) {
	t.Helper()
	switch o.Verdict {
	case Refused:
		if !refusal(b) {
			t.Fatalf("refused without a recognised refusal in %q: %v", b, o)
		}
	case Accepted:
		if o.Signal == "" || !signal(b) {
			t.Fatalf("accepted without the post-login signal in %q: %v", b, o)
		}
	case Unknown:
		if o.Err == nil {
			t.Fatalf("unknown without a reason: %+v", o)
		}
	default:
		t.Fatalf("verdict %d is none of the three", o.Verdict)
	}
}

// holds tells whether b holds one of the markers.
func holds(markers ...string) func([]byte) bool {
	return func(b []byte) bool {
		for _, m := range markers {
			if bytes.Contains(b, []byte(m)) {
				return true
			}
		}
		return false
	}
}

func never([]byte) bool { return false }

func FuzzMSSQLServer(f *testing.F) {
	f.Add([]byte("\x04\x01\x00\x25\x00\x00\x01\x00\x00\x00\x15\x00\x06\x01\x00\x1b\x00\x01\xff\x0f\x00\x07\xd0\x00\x00\x02"))
	f.Add([]byte("\x04\x01\xff\xff\x00\x00\x01\x00"))
	f.Add([]byte("\x12\x01\x00\x08\x00\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		// Without encryption a burst could hold a whole LOGINACK and query
		// answer: only the time bound and no panic are asserted.
		withinDeadline(t, func(ctx context.Context) {
			o := mssqlLogin(pipeServer(b, false), "127.0.0.1:1433")(ctx, "sa", "pw")
			// 18456 is 0x4818: its ERROR token holds 18 48 00 00.
			outcomeRule(t, o, b, holds("\x18\x48\x00\x00"), func([]byte) bool { return true })
		})
	})
}

func FuzzRedisServer(f *testing.F) {
	f.Add([]byte("+OK\r\n$20\r\nredis_version:7.0.15\r\n"))
	f.Add([]byte("-NOAUTH Authentication required.\r\n"))
	f.Add([]byte("$-1\r\n"))
	f.Add([]byte("+OK\r\n-NOAUTH Authentication required.\r\n"))
	f.Add([]byte("+OK\r\n$5\r\nhello\r\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		o := redisLogin(pipeServer(b, false), "127.0.0.1:6379")(ctx, "default", "pw")
		// A refusal is the first line; a login is +OK then INFO naming
		// redis_version.
		refusal := func(b []byte) bool { return IsRedisAuthRefusal(string(b)) }
		signal := func(b []byte) bool {
			return bytes.HasPrefix(b, []byte("+OK")) && bytes.Contains(b, []byte("redis_version:"))
		}
		outcomeRule(t, o, b, refusal, signal)
		if bytes.HasPrefix(b, []byte("+OK")) && o.Verdict == Refused {
			t.Fatalf("AUTH answered +OK, then counted as refused: %q", b)
		}
		outcomeRule(t, redisOpen(ctx, pipeServer(b, false), "127.0.0.1:6379"), b, refusal, holds("redis_version:"))
	})
}

func FuzzLDAPServer(f *testing.F) {
	f.Add([]byte("\x30\x0c\x02\x01\x01\x61\x07\x0a\x01\x00\x04\x00\x04\x00"))
	f.Add([]byte("\x30\x84\xff\xff\xff\xff"))
	f.Add([]byte("\x30\x0c\x02\x01\x01\x61\x07\x0a\x01\x30\x04\x00\x04\x00"))
	// A burst holding a bind reply, a root DSE and entries, each to its
	// message ID, is an open directory: only the time bound and no panic
	// are asserted.
	f.Fuzz(func(t *testing.T, b []byte) {
		withinDeadline(t, func(ctx context.Context) {
			o := ldapOpen(ctx, pipeServer(b, false), "127.0.0.1:389", false)
			// A refusal is an LDAP result the server sent: a BER sequence.
			outcomeRule(t, o, b, func(b []byte) bool { return len(b) > 0 && b[0] == 0x30 }, func([]byte) bool { return true })
		})
	})
}

func FuzzSSHServer(f *testing.F) {
	f.Add([]byte("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n"))
	f.Add([]byte("SSH-2.0-x\r\n\x00\x00\x00\x0c\x0a\x14abcdefghij"))
	f.Fuzz(func(t *testing.T, b []byte) {
		// No fake server completes a key exchange: always Unknown.
		if o := hostileTry(t, sshLogin(pipeServer(b, false), "127.0.0.1:22"), 2*time.Second); o.Verdict != Unknown {
			t.Fatalf("%q: %v, want unknown", b, o)
		}
	})
}

func FuzzFTPServer(f *testing.F) {
	f.Add([]byte("220 ready\r\n331 pw\r\n230 ok\r\n257 \"/\"\r\n"))
	f.Add([]byte("220-a\r\n220 b\r\n530 no\r\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		// The fake server answers everything at once then closes: 230
		// then 257 is a login: only the time bound and no panic are asserted.
		withinDeadline(t, func(ctx context.Context) {
			o := ftpLogin(pipeServer(b, false), "127.0.0.1:21")(ctx, "root", "pw")
			outcomeRule(t, o, b, ftpHas(530), func(b []byte) bool { return ftpHas(230)(b) && ftpHas(257)(b) })
		})
	})
}

func FuzzMongoDBServer(f *testing.F) {
	f.Add([]byte("\x10\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\xdd\x07\x00\x00"))
	f.Add([]byte("\xff\xff\xff\x7f"))
	f.Fuzz(func(t *testing.T, b []byte) {
		// Two well-formed replies (hello, listDatabases ok) in a row are
		// an open server: only the time bound and no panic are asserted.
		withinDeadline(t, func(ctx context.Context) {
			o := mongoOpen(ctx, pipeServer(b, false), "127.0.0.1:27017")
			outcomeRule(t, o, b, holds("code", "requires authentication", "not authorized"), holds("databases"))
		})
	})
}

// withinDeadline runs try with a 2 s deadline and fails when it returns
// more than a second after it.
func withinDeadline(t *testing.T, try func(ctx context.Context)) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	start := time.Now()
	try(ctx)
	if d := time.Since(start); d > 3*time.Second {
		t.Fatalf("took %v", d)
	}
}

// FuzzSNMPAgent: whatever datagram an agent answers, a community try ends
// in time without a panic (a well-formed GetResponse is an answer: only
// the time bound is asserted).
func FuzzSNMPAgent(f *testing.F) {
	f.Add([]byte("\x30\x29\x02\x01\x01\x04\x06public\xa2\x1c\x02\x04\x00\x00\x00\x01\x02\x01\x00\x02\x01\x00\x30\x0e\x30\x0c\x06\x08\x2b\x06\x01\x02\x01\x01\x01\x00\x05\x00"))
	f.Add([]byte("\x30\x84\xff\xff\xff\xff"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		pc, err := net.ListenPacket("udp", "127.0.0.1:0")
		if err != nil {
			t.Skip(err)
		}
		defer pc.Close()
		go func() {
			buf := make([]byte, 2048)
			_, from, err := pc.ReadFrom(buf)
			if err == nil {
				_, _ = pc.WriteTo(b, from)
			}
		}()
		port := uint16(pc.LocalAddr().(*net.UDPAddr).Port)
		withinDeadline(t, func(ctx context.Context) {
			o := snmpLogin("127.0.0.1", port)(ctx, "v2c", "public")
			// Silence (or a datagram gosnmp drops) is SNMP's refusal;
			// an answer is a BER sequence.
			outcomeRule(t, o, b, func([]byte) bool { return true }, func(b []byte) bool { return len(b) > 0 && b[0] == 0x30 })
		})
	})
}

// ftpHas tells whether a final reply line with code is in b.
func ftpHas(code int) func([]byte) bool {
	return func(b []byte) bool {
		for _, line := range strings.Split(string(b), "\n") {
			if c, final, ok := ParseReplyLine(line); ok && final && c == code {
				return true
			}
		}
		return false
	}
}

// FuzzTelnetServer: a Telnet try against whatever a server sends is
// refused only on a refusal message (or the login prompt coming back), and
// never accepted: the random sum is not in the bytes.
func FuzzTelnetServer(f *testing.F) {
	f.Add([]byte("login: Password: \r\nLogin incorrect\r\nlogin: "))
	f.Add([]byte("login: Password: \r\nWelcome\r\n$ "))
	f.Add([]byte("login: Password: \r\n"))
	f.Add([]byte("\xff\xfb\x01login: Password: %ERROR\r\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		withinDeadline(t, func(ctx context.Context) {
			o := telnetLogin(pipeServer(b, false), "127.0.0.1:23")(ctx, "root", "pw")
			low := bytes.ToLower(b)
			refusal := func([]byte) bool {
				return holds(telnetRefusals()...)(low) || holds(telnet.LoginPrompts()...)(low)
			}
			outcomeRule(t, o, b, refusal, never)
		})
	})
}

// FuzzHTTPServer: whatever a console answers to credentials, a try is
// refused only on a 401, fully accepted only on a 2xx, and a partial
// acceptance whose random-password control got the same answer is no
// finding (the engine's rule: Unknown).
func FuzzHTTPServer(f *testing.F) {
	f.Add([]byte("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n"))
	f.Add([]byte("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"x\"\r\nContent-Length: 0\r\n\r\n"))
	f.Add([]byte("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"))
	f.Add([]byte("HTTP/1.0 302 Found\r\nLocation: /login\r\n\r\n"))
	f.Add([]byte("+OK POP3 ready\r\n"))
	f.Add([]byte("HTTP/1.1 429 Too Many Requests\r\nContent-Length: 0\r\n\r\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		login := httpLogin(httpClient(pipeServer(b, false)), "http://127.0.0.1:8080/manager/html", "basic")
		withinDeadline(t, func(ctx context.Context) {
			o := login(ctx, "tomcat", "tomcat")
			outcomeRule(t, o, b, statusIs(401, 401), statusIs(100, 599))
			if o.Verdict == Accepted && o.Partial == "" && !statusIs(200, 299)(b) {
				t.Fatalf("fully accepted on %q", b)
			}
			if o.Verdict == Accepted && (statusIs(429, 429)(b) || statusIs(502, 504)(b)) {
				t.Fatalf("a request the server did not judge counted as accepted: %q", b)
			}
		})
		facts := &Facts{}
		s := &session{login: login, pacer: &pacer{}, budget: memBudget(2), facts: facts}
		_ = s.account(context.Background(), Account{User: "tomcat", Passwords: []string{"tomcat"}}, "", false)
		for _, x := range facts.Findings {
			if x.Kind == FindingPartial {
				t.Fatalf("a partial acceptance confirmed by a control that got the same answer %q: %+v", b, x)
			}
		}
	})
}

// statusIs tells whether b starts with an HTTP status line whose code is
// within [lo, hi].
func statusIs(lo, hi int) func([]byte) bool {
	return func(b []byte) bool {
		line, _, _ := strings.Cut(string(b), "\n")
		f := strings.Fields(line)
		if len(f) < 2 || !strings.HasPrefix(f[0], "HTTP/") {
			return false
		}
		code, err := strconv.Atoi(f[1])
		return err == nil && code >= lo && code <= hi
	}
}
