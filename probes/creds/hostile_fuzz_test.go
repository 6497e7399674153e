package creds

import (
	"context"
	"net"
	"testing"
	"time"
)

// The fuzz targets below feed whatever bytes to each client through a
// fake server: a try ends in time, without panicking, and never counts as
// a login or an open service.

func FuzzMSSQLServer(f *testing.F) {
	f.Add([]byte("\x04\x01\x00\x25\x00\x00\x01\x00\x00\x00\x15\x00\x06\x01\x00\x1b\x00\x01\xff\x0f\x00\x07\xd0\x00\x00\x02"))
	f.Add([]byte("\x04\x01\xff\xff\x00\x00\x01\x00"))
	f.Add([]byte("\x12\x01\x00\x08\x00\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		// Without encryption a burst could hold a whole LOGINACK and query
		// answer: only the time bound and no panic are asserted.
		withinDeadline(t, func(ctx context.Context) {
			_, _ = mssqlLogin(pipeServer(b, false), "127.0.0.1:1433")(ctx, "sa", "pw")
		})
	})
}

func FuzzRedisServer(f *testing.F) {
	f.Add([]byte("+OK\r\n$20\r\nredis_version:7.0.15\r\n"))
	f.Add([]byte("-NOAUTH Authentication required.\r\n"))
	f.Add([]byte("$-1\r\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		r, _ := redisLogin(pipeServer(b, false), "127.0.0.1:6379")(ctx, "default", "pw")
		// "+OK" then a bulk INFO reply is a real login: only a reply
		// that is not INFO-shaped may not count.
		if r.ok && !(len(b) > 5 && string(b[:3]) == "+OK") {
			t.Fatalf("counted as a login: %q", b)
		}
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
			_, _ = ldapOpen(ctx, pipeServer(b, false), "127.0.0.1:389", false)
		})
	})
}

func FuzzSSHServer(f *testing.F) {
	f.Add([]byte("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n"))
	f.Add([]byte("SSH-2.0-x\r\n\x00\x00\x00\x0c\x0a\x14abcdefghij"))
	f.Fuzz(func(t *testing.T, b []byte) {
		hostileTry(t, sshLogin(pipeServer(b, false), "127.0.0.1:22"), 2*time.Second)
	})
}

func FuzzFTPServer(f *testing.F) {
	f.Add([]byte("220 ready\r\n331 pw\r\n230 ok\r\n257 \"/\"\r\n"))
	f.Add([]byte("220-a\r\n220 b\r\n530 no\r\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		// The fake server answers everything at once then closes: 230
		// then 257 is a login: only the time bound and no panic are asserted.
		withinDeadline(t, func(ctx context.Context) {
			_, _ = ftpLogin(pipeServer(b, false), "127.0.0.1:21")(ctx, "root", "pw")
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
			_, _ = mongoOpen(ctx, pipeServer(b, false), "127.0.0.1:27017")
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
			_, _ = snmpLogin("127.0.0.1", port)(ctx, "v2c", "public")
		})
	})
}
