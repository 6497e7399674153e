package history

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
	"time"

	"conformscan/checks"
)

// TestOldSQLiteHistoryAdopted: a history file written before schema
// versions were recorded opens as version 1, its runs kept.
func TestOldSQLiteHistoryAdopted(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	for _, stmt := range migrations()[0].sqlite {
		if _, err := db.ExecContext(ctx, stmt); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Save(ctx, report(t, time.Date(2026, 11, 2, 2, 30, 0, 0, time.UTC), checks.StatusPass)); err != nil {
		t.Fatal(err)
	}
	var version int
	if err := s.db.QueryRowContext(ctx, `SELECT MAX(version) FROM schema_migrations`).Scan(&version); err != nil || version != 1 {
		t.Fatalf("schema version %d, %v", version, err)
	}
	s.Close()
}

func TestRebind(t *testing.T) {
	if got := rebind(postgres, "INSERT INTO t (a, b) VALUES (?, ?)"); got != "INSERT INTO t (a, b) VALUES ($1, $2)" {
		t.Errorf("postgres: %q", got)
	}
	if got := rebind(sqlite, "a = ?"); got != "a = ?" {
		t.Errorf("sqlite: %q", got)
	}
}
