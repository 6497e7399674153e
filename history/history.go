// Package history keeps the reports of successive scans in a SQLite file
// (scan --store), so that 'conformscan history' shows how the decision and
// each ref evolved: the periodic audit of ref 8.17 over time. It records
// finished reports and judges nothing.
package history

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	_ "modernc.org/sqlite" // the pure-Go SQLite driver, registered as "sqlite"

	"conformscan/reports"
)

// schema creates the tables once; every statement is idempotent.
const schema = `
CREATE TABLE IF NOT EXISTS runs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  started_at TEXT NOT NULL,
  finished_at TEXT NOT NULL,
  reference_date TEXT NOT NULL,
  solution TEXT NOT NULL,
  decision TEXT NOT NULL,
  exit_code INTEGER NOT NULL,
  refs INTEGER NOT NULL,
  failed_o TEXT NOT NULL,
  signed_by TEXT NOT NULL,
  report TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS verdicts (
  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  ref TEXT NOT NULL,
  level TEXT NOT NULL,
  status TEXT NOT NULL,
  summary TEXT NOT NULL,
  PRIMARY KEY (run_id, ref)
);
CREATE INDEX IF NOT EXISTS verdicts_ref ON verdicts(ref, run_id);`

// Store is an open history file.
type Store struct {
	db *sql.DB
}

// Open opens (or creates) the history file at path.
func Open(ctx context.Context, path string) (*Store, error) {
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=foreign_keys(1)&_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)")
	if err != nil {
		return nil, fmt.Errorf("opening the history %s: %w", path, err)
	}
	if _, err := db.ExecContext(ctx, schema); err != nil {
		db.Close()
		return nil, fmt.Errorf("opening the history %s: %w (is it a conformscan history file?)", path, err)
	}
	return &Store{db: db}, nil
}

// Close closes the file.
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
	res, err := tx.ExecContext(ctx, `INSERT INTO runs (started_at, finished_at, reference_date, solution, decision, exit_code, refs, failed_o, signed_by, report)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, r.StartedAt.UTC().Format(time.RFC3339), r.FinishedAt.UTC().Format(time.RFC3339),
		r.ReferenceDate, r.Answers.Solution, string(r.Summary.Decision), r.Summary.ExitCode, r.Summary.Refs, string(failed), signer, string(data))
	if err != nil {
		return 0, fmt.Errorf("saving the report in the history: %w", err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, fmt.Errorf("saving the report in the history: %w", err)
	}
	for _, v := range r.Verdicts {
		if _, err := tx.ExecContext(ctx, `INSERT INTO verdicts (run_id, ref, level, status, summary) VALUES (?, ?, ?, ?, ?)`,
			id, v.Ref, string(v.Level), string(v.Status), v.Summary); err != nil {
			return 0, fmt.Errorf("saving the report in the history: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("saving the report in the history: %w", err)
	}
	return id, nil
}
