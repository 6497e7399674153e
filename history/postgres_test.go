package history

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"conformscan/checks"
	"conformscan/history/historytest"
)

// TestSQLiteAndPostgresSameHistory: the same runs stored in a SQLite file
// and in PostgreSQL list the same history, run by run and ref by ref; the
// schema is migrated once, even when reopened.
func TestSQLiteAndPostgresSameHistory(t *testing.T) {
	ctx := context.Background()
	pg := historytest.Postgres(t)
	stores := map[string]string{"sqlite": filepath.Join(t.TempDir(), "h.db"), "postgres": pg}
	t0 := time.Date(2026, 11, 2, 2, 30, 0, 0, time.UTC)
	got := map[string][]any{}
	for name, where := range stores {
		s, err := Open(ctx, where)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for i, st := range []checks.Status{checks.StatusFail, checks.StatusPass, checks.StatusError} {
			if _, err := s.Save(ctx, report(t, t0.AddDate(0, 0, 7*i), st)); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
		}
		s.Close()
		if s, err = Open(ctx, where); err != nil {
			t.Fatalf("%s reopened: %v", name, err)
		}
		runs, err1 := s.Runs(ctx)
		es, err2 := s.Ref(ctx, "7.1")
		rep, err3 := s.Report(ctx, 2)
		var versions int
		err4 := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations`).Scan(&versions)
		s.Close()
		if err := firstErr(err1, err2, err3, err4); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(runs) != 3 || versions != len(migrations()) {
			t.Fatalf("%s: %d runs, %d schema versions", name, len(runs), versions)
		}
		got[name] = []any{runs, es, string(rep)}
	}
	if !reflect.DeepEqual(got["sqlite"], got["postgres"]) {
		t.Errorf("histories differ:\nsqlite   %+v\npostgres %+v", got["sqlite"][:2], got["postgres"][:2])
	}
}

// TestPostgresURLRedacted: a wrong URL is an error without the password.
func TestPostgresURLRedacted(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_, err := Open(ctx, "postgres://u:s3cret@/db?host=/nonexistent-dir")
	if err == nil || strings.Contains(err.Error(), "s3cret") || !strings.Contains(err.Error(), "is the server up") {
		t.Fatalf("error %v: want a failure without the password", err)
	}
}

func firstErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// TestPostgresKeyValueAndPassword: a key=value connection string opens the
// same database; a password in the URL is accepted (the test server trusts
// every connection) and never shown; reading a database that holds no
// history says so and creates none.
func TestPostgresKeyValueAndPassword(t *testing.T) {
	ctx := context.Background()
	pg := historytest.Postgres(t)
	u, err := url.Parse(pg)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := OpenExisting(ctx, pg); !errors.Is(err, ErrNoHistory) {
		t.Fatalf("empty database: %v; want ErrNoHistory", err)
	}
	kv := fmt.Sprintf("host=%s user=conformscan password='s3 cret' dbname=postgres sslmode=disable", quoteDSN(u.Query().Get("host")))
	withPW := strings.Replace(pg, "user=conformscan", "user=conformscan&password=s3cret", 1)
	for _, where := range []string{kv, withPW} {
		s, err := Open(ctx, where)
		if err != nil {
			t.Fatalf("%s: %v", Redact(where), err)
		}
		if strings.Contains(s.Name(), "s3") {
			t.Errorf("name %q shows the password", s.Name())
		}
		if _, err := s.Save(ctx, report(t, time.Date(2026, 11, 2, 2, 30, 0, 0, time.UTC), checks.StatusPass)); err != nil {
			t.Fatal(err)
		}
		s.Close()
	}
	s, err := OpenExisting(ctx, pg)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if runs, err := s.Runs(ctx); err != nil || len(runs) != 2 {
		t.Errorf("runs %v, %v; want 2", runs, err)
	}
}
