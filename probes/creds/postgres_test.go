package creds

import (
	"context"
	"errors"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgconn"

	"conformscan/fixtures/credsd"
)

// TestPostgresDefaultPasswordFound: postgres/postgres is found on a plain
// server, the signal names the version, and the control is refused: the
// server logged exactly that one failure.
func TestPostgresDefaultPasswordFound(t *testing.T) {
	d := credsd.StartPostgres(t, "postgres", false)
	f, err := runProbe(t, &Flags{}, endpoint(t, d.Addr, "postgresql"))
	if err != nil {
		t.Fatalf("%v\n%s", err, d.Log())
	}
	if len(f.Findings) != 1 || f.Findings[0].Kind != FindingDefault || f.Findings[0].Account != "postgres" ||
		f.Findings[0].Secret != "p****" || f.Findings[0].Control != ControlRefused ||
		!strings.Contains(f.Findings[0].Signal, "PostgreSQL 1") {
		t.Fatalf("findings %+v\n%s", f.Findings, d.Log())
	}
	t.Logf("signal: %s", f.Findings[0].Signal)
	if n := settledCount(func() int { return d.FailedTries("postgres") }, 1); n != 1 {
		t.Errorf("postgres logged %d password failures, want 1 (the control)\n%s", n, d.Log())
	}
}

// TestPostgresConformant: a strong password over TLS gives no finding, and
// the server logs one failure per try, within the budget.
func TestPostgresConformant(t *testing.T) {
	d := credsd.StartPostgres(t, "Pg7-"+randomPassword(), true)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if useTLS, err := pgSpeaksTLS(ctx, (&net.Dialer{}).DialContext, d.Addr); err != nil || !useTLS {
		t.Fatalf("SSLRequest: TLS %v, %v", useTLS, err)
	}
	f, err := runProbe(t, &Flags{Level: LevelThorough, MaxTries: 3}, endpoint(t, d.Addr, "postgresql"))
	if err != nil {
		t.Fatalf("%v\n%s", err, d.Log())
	}
	if len(f.Findings) != 0 || !f.Testable || len(f.Tried) == 0 || f.Tried[0].Account != "postgres" || f.Tried[0].Tries != 3 {
		t.Fatalf("facts %+v\n%s", f, d.Log())
	}
	if n := settledCount(func() int { return d.FailedTries("postgres") }, 3); n != 3 {
		t.Errorf("postgres logged %d password failures for postgres, want 3 (the budget, one per try)\n%s", n, d.Log())
	}
}

// TestPostgresAuthBeforeDatabase proves on the real server that the
// password is checked before the database is looked up: a wrong password
// to a missing database is 28P01 (refused), the right one is 3D000, and
// the login then confirms on template1.
func TestPostgresAuthBeforeDatabase(t *testing.T) {
	pw := "Db4-" + randomPassword()
	d := credsd.StartPostgres(t, pw, false)
	dial := dialFunc((&net.Dialer{}).DialContext)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if o := pgTry(ctx, dial, d.Addr, false, "nosuchdb", "postgres", "wrong"); o.Verdict != Refused {
		t.Fatalf("wrong password to a missing database: %v", o)
	}
	o := pgTry(ctx, dial, d.Addr, false, "nosuchdb", "postgres", pw)
	var pe *pgconn.PgError
	if o.Verdict != Unknown || !errors.As(o.Err, &pe) || pe.Code != pgNoDatabase {
		t.Fatalf("right password to a missing database: %v, want SQLSTATE 3D000", o)
	}
	o = pgLogin(dial, d.Addr, false, "nosuchdb")(ctx, "postgres", pw)
	if o.Verdict != Accepted || !strings.Contains(o.Signal, "PostgreSQL") {
		t.Fatalf("login through template1: %v", o)
	}
	if o := pgLogin(dial, d.Addr, false, "postgres")(ctx, "nosuchrole", pw); o.Verdict != Refused {
		t.Fatalf("unknown role: %v", o)
	}
	if strings.Contains(d.Log(), pw) {
		t.Error("the server log holds the password")
	}
}

func FuzzParsePgSSLAnswer(f *testing.F) {
	for _, s := range []string{"S", "N", "E", "", "SN", "\x00"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		useTLS, err := ParsePgSSLAnswer(b)
		if err == nil && useTLS != (b[0] == 'S') {
			t.Fatalf("%q: TLS %v", b, useTLS)
		}
	})
}
