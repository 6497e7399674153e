package history

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/jackc/pgx/v5/stdlib"
)

// OpenReadOnly opens an existing history for reading only (conformscan
// serve): a SQLite file is opened with mode=ro and its schema is neither
// created nor migrated; a PostgreSQL session is made read-only
// (default_transaction_read_only), so that no statement can write.
func OpenReadOnly(ctx context.Context, where string) (*Store, error) {
	s := &Store{dialect: sqlite, name: Redact(where), timeout: DefaultQueryTimeout}
	db, err := s.connectReadOnly(where)
	if err != nil {
		return nil, fmt.Errorf("opening the history %s: %w", s.name, s.scrub(err))
	}
	ctx, cancel := s.deadline(ctx)
	defer cancel()
	if err := s.holdsHistory(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("opening the history %s: %w", s.name, s.scrub(err))
	}
	s.db = db
	return s, nil
}

func (s *Store) connectReadOnly(where string) (*sql.DB, error) {
	if IsPostgres(where) {
		cfg, err := pgConfig(where)
		if err != nil {
			return nil, err
		}
		cfg.RuntimeParams["default_transaction_read_only"] = "on"
		s.dialect, s.secrets = postgres, secrets(cfg)
		return stdlib.OpenDB(*cfg), nil
	}
	if st, err := os.Stat(where); err != nil || !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%w: no such file (scan --store %s creates it)", ErrNoHistory, where)
	}
	abs, err := filepath.Abs(where)
	if err != nil {
		return nil, fmt.Errorf("the history %s: %w", where, err)
	}
	return sql.Open("sqlite", "file:"+escapeURIPath(abs)+"?mode=ro&_pragma=busy_timeout(5000)")
}

// RunHead is what an overview shows of one run, read in one query: no
// verdict is counted and only the scope of the report is read.
type RunHead struct {
	ID        int64    `json:"id"`
	StartedAt string   `json:"started_at"`
	Solution  string   `json:"solution,omitempty"`
	Decision  string   `json:"decision"`
	FailedO   []string `json:"failed_o"`
	SignedBy  string   `json:"signed_by,omitempty"`
	// TargetsSHA256 is the report's scope digest of its targets; empty for
	// a report without a scope.
	TargetsSHA256 string `json:"targets_sha256"`
	// Targets lists the report's targets (their "target" field), as JSON
	// recorded them; nil when unreadable.
	Targets []string `json:"targets"`
}

// headQuery reads the runs' heads; the JSON functions differ by dialect.
func (s *Store) headQuery() string {
	if s.dialect == postgres {
		return `SELECT id, started_at, solution, decision, failed_o, signed_by,
COALESCE((report::jsonb)->'scope'->>'targets_sha256', ''),
COALESCE((SELECT jsonb_agg(t->>'target') FROM jsonb_array_elements((report::jsonb)->'targets') t)::text, '[]')
FROM runs ORDER BY started_at, id`
	}
	return `SELECT id, started_at, solution, decision, failed_o, signed_by,
COALESCE(json_extract(report, '$.scope.targets_sha256'), ''),
COALESCE((SELECT json_group_array(json_extract(t.value, '$.target')) FROM json_each(report, '$.targets') t), '[]')
FROM runs ORDER BY started_at, id`
}

// Heads lists every run's head, oldest first.
func (s *Store) Heads(ctx context.Context) ([]RunHead, error) {
	ctx, cancel := s.deadline(ctx)
	defer cancel()
	out, err := s.heads(ctx)
	return out, s.scrub(err)
}

func (s *Store) heads(ctx context.Context) ([]RunHead, error) {
	rows, err := s.db.QueryContext(ctx, s.headQuery())
	if err != nil {
		return nil, fmt.Errorf("reading the history: %w", err)
	}
	defer rows.Close()
	var out []RunHead
	for rows.Next() {
		var h RunHead
		var failed, targets string
		if err := rows.Scan(&h.ID, &h.StartedAt, &h.Solution, &h.Decision, &failed, &h.SignedBy, &h.TargetsSHA256, &targets); err != nil {
			return nil, fmt.Errorf("reading the history: %w", err)
		}
		if err := json.Unmarshal([]byte(failed), &h.FailedO); err != nil {
			return nil, fmt.Errorf("reading the history: run %d: %w", h.ID, err)
		}
		if json.Unmarshal([]byte(targets), &h.Targets) != nil {
			h.Targets = nil
		}
		out = append(out, h)
	}
	return out, rows.Err()
}
