// Package history keeps the reports of successive scans in a SQLite file
// or a PostgreSQL database (scan --store), so that 'conformscan history' shows how the decision and
// each ref evolved: the periodic audit of ref 8.17 over time. It records
// finished reports and judges nothing.
package history

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the PostgreSQL driver, registered as "pgx"
	_ "modernc.org/sqlite"             // the pure-Go SQLite driver, registered as "sqlite"

	"conformscan/reports"
)

// Store is an open history: a SQLite file, or a PostgreSQL database.
type Store struct {
	db      *sql.DB
	dialect dialect
}

// Open opens (or creates) the history at where: a postgres:// or
// postgresql:// URL names a PostgreSQL database, anything else a SQLite
// file. The schema is brought to the current version.
func Open(ctx context.Context, where string) (*Store, error) {
	s := &Store{dialect: sqlite}
	driver, dsn := "sqlite", "file:"+where+"?_pragma=foreign_keys(1)&_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)"
	if IsPostgres(where) {
		s.dialect, driver, dsn = postgres, "pgx", where
	}
	name := Redact(where)
	db, err := sql.Open(driver, dsn)
	if err != nil {
		return nil, fmt.Errorf("opening the history %s: %w", name, err)
	}
	if err := migrate(ctx, db, s.dialect); err != nil {
		db.Close()
		return nil, fmt.Errorf("opening the history %s: %w (is it a conformscan history? is the server up and the URL right?)", name, err)
	}
	s.db = db
	return s, nil
}

// IsPostgres tells whether where names a PostgreSQL database.
func IsPostgres(where string) bool {
	return strings.HasPrefix(where, "postgres://") || strings.HasPrefix(where, "postgresql://")
}

// Redact is where without its password, for messages.
func Redact(where string) string {
	if !IsPostgres(where) {
		return where
	}
	u, err := url.Parse(where)
	if err != nil {
		return "postgres://(unreadable URL)"
	}
	return u.Redacted()
}

// q adapts a query's placeholders to the store's dialect.
func (s *Store) q(query string) string { return rebind(s.dialect, query) }

// Close closes the history.
func (s *Store) Close() error { return s.db.Close() }

// Save records a finished report: one run, one row per verdict, and the
// JSON report itself. It returns the run's ID.
func (s *Store) Save(ctx context.Context, r *reports.Report) (int64, error) {
	data, err := json.Marshal(r)
	if err != nil {
		return 0, fmt.Errorf("saving the report in the history: %w", err)
	}
	failed, _ := json.Marshal(r.Summary.FailedO)
	signer := ""
	if r.Signature != nil {
		signer = r.Signature.KeyID
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("saving the report in the history: %w", err)
	}
	defer tx.Rollback()
	var id int64
	err = tx.QueryRowContext(ctx, s.q(`INSERT INTO runs (started_at, finished_at, reference_date, solution, decision, exit_code, refs, failed_o, signed_by, report)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`), r.StartedAt.UTC().Format(time.RFC3339), r.FinishedAt.UTC().Format(time.RFC3339),
		r.ReferenceDate, r.Answers.Solution, string(r.Summary.Decision), r.Summary.ExitCode, r.Summary.Refs, string(failed), signer, string(data)).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("saving the report in the history: %w", err)
	}
	for _, v := range r.Verdicts {
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO verdicts (run_id, ref, level, status, summary) VALUES (?, ?, ?, ?, ?)`),
			id, v.Ref, string(v.Level), string(v.Status), v.Summary); err != nil {
			return 0, fmt.Errorf("saving the report in the history: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("saving the report in the history: %w", err)
	}
	return id, nil
}
