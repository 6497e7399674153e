// Package historytest starts a throw-away PostgreSQL for the tests of the
// history and of the CLI.
//
// A test helper: only tests import it.
package historytest

import (
	"context"
	"database/sql"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registered as "pgx"

	"conformscan/fixtures/proc"
)

// Postgres starts a PostgreSQL server of Debian's postgresql package,
// listening only on a Unix socket in a fresh temporary directory, and
// returns the URL of an empty database on it. The server stops when t
// ends. Without the package the test is skipped, unless CI is set. Run as
// root, the server runs as the postgres user (it refuses root).
func Postgres(t testing.TB) string {
	t.Helper()
	bin, err := proc.PostgresBin()
	proc.Need(t, err)
	dir, err := os.MkdirTemp("", "conformscan-pg-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	run, err := proc.RunAs("postgres", dir)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	data := filepath.Join(dir, "data")
	if out, err := proc.Run(ctx, run[0], append(run[1:], filepath.Join(bin, "initdb"), "-D", data, "-U", "conformscan",
		"--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync")...); err != nil {
		t.Fatalf("initdb: %v: %s", err, out)
	}
	p, err := proc.Start(proc.Spec{Name: "postgres", Path: run[0], Args: append(run[1:], filepath.Join(bin, "postgres"),
		"-D", data, "-k", dir, "-c", "listen_addresses=", "-c", "fsync=off", "-p", "5432")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := p.Stop(); err != nil {
			t.Errorf("stopping postgres: %v", err)
		}
	})
	u := "postgres:///postgres?host=" + url.QueryEscape(dir) + "&user=conformscan&sslmode=disable"
	if err := p.WaitReady(ctx, ping(u)); err != nil {
		t.Fatal(err)
	}
	return u
}

// ping succeeds once the server accepts a connection and a query.
func ping(u string) proc.Check {
	return func(ctx context.Context) error {
		db, err := sql.Open("pgx", u)
		if err != nil {
			return err
		}
		defer db.Close()
		return db.PingContext(ctx)
	}
}
