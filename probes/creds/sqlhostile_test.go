package creds

import (
	"context"
	"errors"
	"io"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/go-sql-driver/mysql"
	"github.com/jackc/pgx/v5/pgconn"
)

// pipeServer is a dial function whose server side discards what the
// client sends, writes reply, then closes (or stays silent when hang).
func pipeServer(reply []byte, hang bool) dialFunc {
	return func(ctx context.Context, _, _ string) (net.Conn, error) {
		client, server := net.Pipe()
		go func() {
			go func() { _, _ = io.Copy(io.Discard, server) }()
			if hang {
				<-ctx.Done()
				time.Sleep(2 * time.Second)
			} else {
				_, _ = server.Write(reply)
			}
			_ = server.Close()
		}()
		return client, nil
	}
}

// hostileTry runs one login against a fake server and fails when it
// panics, succeeds, or outlives its deadline by much; it returns the
// outcome.
func hostileTry(t *testing.T, login loginFunc, timeout time.Duration) Outcome {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	start := time.Now()
	o := login(ctx, "root", "pw")
	if o.Verdict == Accepted {
		t.Fatalf("a fake server let the probe in: %+v", o)
	}
	if d := time.Since(start); d > timeout+time.Second {
		t.Fatalf("the try took %v, deadline %v (%v)", d, timeout, o)
	}
	return o
}

func TestSQLSilentServers(t *testing.T) {
	silent := pipeServer(nil, true)
	for _, login := range []loginFunc{mysqlLogin(silent, "127.0.0.1:3306"), pgLogin(silent, "127.0.0.1:5432", false, "postgres"),
		pgLogin(silent, "127.0.0.1:5432", true, "postgres")} {
		if o := hostileTry(t, login, time.Second); o.Verdict != Unknown {
			t.Errorf("a silent server: %v, want unknown", o)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	if _, err := pgSpeaksTLS(ctx, silent, "127.0.0.1:5432"); err == nil {
		t.Fatal("SSLRequest answered by a silent server")
	}
}

// FuzzMySQLServer: whatever a server sends, a try ends in time, without
// panicking or counting as a login.
func FuzzMySQLServer(f *testing.F) {
	f.Add([]byte("J\x00\x00\x00\x0a8.0.36\x00"))
	f.Add([]byte("\x17\x00\x00\x00\xff\x15\x04#28000Access denied"))
	f.Add([]byte("\xff\xff\xff\x00\x0a"))
	// Made go-sql-driver/mysql v1.10.0 panic in readHandshakePacket.
	f.Add([]byte("\x17\x00\x00\x00000000000000000000000\x000"))
	f.Fuzz(func(t *testing.T, b []byte) {
		hostileTry(t, mysqlLogin(pipeServer(b, false), "127.0.0.1:3306"), 2*time.Second)
	})
}

// FuzzPostgresServer: the same for PostgreSQL.
func FuzzPostgresServer(f *testing.F) {
	f.Add([]byte("R\x00\x00\x00\x08\x00\x00\x00\x00Z\x00\x00\x00\x05I"))
	f.Add([]byte("R\x00\x00\x00\x0c\x00\x00\x00\x05salt"))
	f.Add([]byte("E\x00\x00\x00\x20SFATAL\x00C28P01\x00Mpassword\x00\x00"))
	f.Add([]byte("R\x7f\xff\xff\xff"))
	f.Fuzz(func(t *testing.T, b []byte) {
		hostileTry(t, pgLogin(pipeServer(b, false), "127.0.0.1:5432", false, "postgres"), 2*time.Second)
	})
}

// TestSQLRefusalClasses: the error codes that no real fixture produces
// (host not allowed, host blocked) are classified as documented.
func TestSQLRefusalClasses(t *testing.T) {
	var nt *notTestableError
	if o := pgRefusal(&pgconn.PgError{Code: "28000", Message: `no pg_hba.conf entry for host "10.0.0.1"`}); !errors.As(o.Err, &nt) || o.Sent {
		t.Errorf("pg_hba refusal: %v, want not testable", o)
	}
	if o := pgRefusal(&pgconn.PgError{Code: "28000", Message: `role "admin" does not exist`}); o.Verdict != Refused {
		t.Errorf("unknown role: %v, want refused", o)
	}
	if o := mysqlRefusal(&mysql.MySQLError{Number: 1130, Message: "Host '10.0.0.1' is not allowed"}); !errors.As(o.Err, &nt) {
		t.Errorf("1130: %v, want not testable", o)
	}
	if o := mysqlRefusal(&mysql.MySQLError{Number: 1129, Message: "Host is blocked"}); o.Verdict != Unknown || errors.As(o.Err, &nt) ||
		!strings.Contains(o.Err.Error(), "1129") {
		t.Errorf("1129: %v, want an error naming it", o)
	}
	if o := mysqlRefusal(&mysql.MySQLError{Number: 1045, Message: "Access denied"}); o.Verdict != Refused {
		t.Errorf("1045: %v, want refused", o)
	}
	if o := mysqlRefusal(&mysql.MySQLError{Number: 1043, Message: "Bad handshake"}); o.Verdict != Unknown {
		t.Errorf("1043: %v, want unknown", o)
	}
}
