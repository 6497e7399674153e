// Package history keeps the reports of successive scans in a SQLite file
// or a PostgreSQL database (scan --store), so that 'conformscan history' shows how the decision and
// each ref evolved: the periodic audit of ref 8.17 over time. It records
// finished reports and judges nothing.
//
// It records finished reports and judges nothing: of this module it imports
// reports only; never serve/, cmd/ or a probe.
package history

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/jackc/pgx/v5/stdlib" // the PostgreSQL driver
	_ "modernc.org/sqlite"           // the pure-Go SQLite driver, registered as "sqlite"

	"conformscan/reports"
)

// Store is an open history: a SQLite file, or a PostgreSQL database.
type Store struct {
	db      *sql.DB
	dialect dialect
	name    string        // where, as messages show it
	secrets []string      // passwords to keep out of messages
	timeout time.Duration // bound of each operation
}

// ErrNoHistory: the store named does not exist or holds no history.
var ErrNoHistory = errors.New("no history there")

// Open opens (or creates) the history at where: a PostgreSQL URL or
// key=value connection string (see IsPostgres) names a database, anything
// else a SQLite file, by its path. The schema is brought to the current
// version. Connecting waits at most the connection string's
// connect_timeout (DefaultConnectTimeout when unset); every operation, this
// one included, ends within DefaultQueryTimeout or the caller's deadline.
func Open(ctx context.Context, where string) (*Store, error) {
	return open(ctx, where, true)
}

// OpenExisting opens the history at where, which must exist and be a
// conformscan history (ErrNoHistory otherwise): reading a history never
// creates one.
func OpenExisting(ctx context.Context, where string) (*Store, error) {
	return open(ctx, where, false)
}

func open(ctx context.Context, where string, create bool) (*Store, error) {
	s := &Store{dialect: sqlite, name: Redact(where), timeout: DefaultQueryTimeout}
	db, err := s.connect(where, create)
	if err != nil {
		return nil, fmt.Errorf("opening the history %s: %w", s.name, s.scrub(err))
	}
	ctx, cancel := s.deadline(ctx)
	defer cancel()
	if !create {
		if err := s.holdsHistory(ctx, db); err != nil {
			db.Close()
			return nil, fmt.Errorf("opening the history %s: %w", s.name, s.scrub(err))
		}
	}
	if err := migrate(ctx, db, s.dialect); err != nil {
		db.Close()
		return nil, fmt.Errorf("opening the history %s: %w (is it a conformscan history? is the server up and the URL right?)", s.name, s.scrub(err))
	}
	s.db = db
	return s, nil
}

// connect makes the database handle (no connection yet).
func (s *Store) connect(where string, create bool) (*sql.DB, error) {
	if IsPostgres(where) {
		cfg, err := pgConfig(where)
		if err != nil {
			return nil, err
		}
		s.dialect, s.secrets = postgres, secrets(cfg)
		return stdlib.OpenDB(*cfg), nil
	}
	if !create {
		if st, err := os.Stat(where); err != nil || !st.Mode().IsRegular() {
			return nil, fmt.Errorf("%w: no such file (scan --store %s creates it)", ErrNoHistory, where)
		}
	}
	dsn, err := sqliteDSN(where, create)
	if err != nil {
		return nil, err
	}
	return sql.Open("sqlite", dsn)
}

// holdsHistory checks that an existing database was written by conformscan.
func (s *Store) holdsHistory(ctx context.Context, db *sql.DB) error {
	q := `SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'runs'`
	if s.dialect == postgres {
		q = `SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'runs'`
	}
	var n int
	if err := db.QueryRowContext(ctx, q).Scan(&n); err != nil {
		return fmt.Errorf("%w (is the server up and the URL right?)", err)
	}
	if n == 0 {
		return fmt.Errorf("%w: the database holds no conformscan history (scan --store creates it)", ErrNoHistory)
	}
	return nil
}

// deadline bounds one operation under the caller's context.
func (s *Store) deadline(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, s.timeout)
}

// scrub keeps the store's passwords out of an error's message.
func (s *Store) scrub(err error) error {
	if err == nil || len(s.secrets) == 0 {
		return err
	}
	return scrubbed{err, s.secrets}
}

// Name is the store as messages show it (no password).
func (s *Store) Name() string { return s.name }

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
	return s.save(ctx, r, data)
}

// SaveLoaded records a report read back from JSON (a merge), its facts as
// read: the run holds the same JSON as the report file.
func (s *Store) SaveLoaded(ctx context.Context, l *reports.Loaded) (int64, error) {
	data, err := json.Marshal(l)
	if err != nil {
		return 0, fmt.Errorf("saving the report in the history: %w", err)
	}
	return s.save(ctx, l.Report, data)
}

// save records r, whose JSON is data, in one transaction.
func (s *Store) save(ctx context.Context, r *reports.Report, data []byte) (int64, error) {
	ctx, cancel := s.deadline(ctx)
	defer cancel()
	id, err := s.insert(ctx, r, data)
	if err != nil {
		return 0, fmt.Errorf("saving the report in the history %s: %w", s.name, s.scrub(err))
	}
	return id, nil
}

func (s *Store) insert(ctx context.Context, r *reports.Report, data []byte) (int64, error) {
	failed, _ := json.Marshal(r.Summary.FailedO)
	signer := ""
	if r.Signature != nil {
		signer = r.Signature.KeyID
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	var id int64
	err = tx.QueryRowContext(ctx, s.q(`INSERT INTO runs (started_at, finished_at, reference_date, solution, decision, exit_code, refs, failed_o, signed_by, report)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`), r.StartedAt.UTC().Format(time.RFC3339), r.FinishedAt.UTC().Format(time.RFC3339),
		r.ReferenceDate, r.Answers.Solution, string(r.Summary.Decision), r.Summary.ExitCode, r.Summary.Refs, string(failed), signer, string(data)).Scan(&id)
	if err != nil {
		return 0, err
	}
	for _, v := range r.Verdicts {
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO verdicts (run_id, ref, level, status, summary) VALUES (?, ?, ?, ?, ?)`),
			id, v.Ref, string(v.Level), string(v.Status), v.Summary); err != nil {
			return 0, err
		}
	}
	return id, tx.Commit()
}
