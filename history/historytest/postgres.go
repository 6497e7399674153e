// Package historytest starts a throw-away PostgreSQL for the tests of the
// history and of the CLI.
package historytest

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
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
	bin, err := pgBin()
	proc.Need(t, err)
	dir, err := os.MkdirTemp("", "conformscan-pg-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	run, err := runAs(dir)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
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

// pgBin is the newest /usr/lib/postgresql/*/bin holding initdb.
func pgBin() (string, error) {
	found, _ := filepath.Glob("/usr/lib/postgresql/*/bin/initdb")
	if len(found) == 0 {
		return "", fmt.Errorf("initdb not found under /usr/lib/postgresql/*/bin: install Debian's postgresql (apt-get install postgresql)")
	}
	sort.Slice(found, func(i, j int) bool { return version(found[i]) < version(found[j]) })
	return filepath.Dir(found[len(found)-1]), nil
}

func version(initdb string) int {
	n, _ := strconv.Atoi(filepath.Base(filepath.Dir(filepath.Dir(initdb))))
	return n
}

// runAs is the command prefix that runs the server's programs: nothing for
// an ordinary user; for root, runuser as postgres, who is given dir.
func runAs(dir string) ([]string, error) {
	if os.Geteuid() != 0 {
		return []string{"env"}, nil
	}
	pg, err := user.Lookup("postgres")
	if err != nil {
		return nil, fmt.Errorf("running as root needs the postgres user of Debian's postgresql: %w", err)
	}
	uid, _ := strconv.Atoi(pg.Uid)
	gid, _ := strconv.Atoi(pg.Gid)
	if err := os.Chown(dir, uid, gid); err != nil {
		return nil, err
	}
	return []string{"runuser", "-u", "postgres", "--"}, nil
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
