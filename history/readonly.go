package history

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

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

// RunHead is what an overview shows of one run, read without its report.
type RunHead struct {
	ID        int64    `json:"id"`
	StartedAt string   `json:"started_at"`
	Solution  string   `json:"solution,omitempty"`
	Decision  string   `json:"decision"`
	FailedO   []string `json:"failed_o"`
	SignedBy  string   `json:"signed_by,omitempty"`
	// Scope is read apart (Scopes): it is inside the report.
	Scope RunScope `json:"scope"`
}

// RunScope is what a run's report says of the targets it covers.
type RunScope struct {
	// TargetsSHA256 is the report's scope digest of its targets; empty for
	// a report without a scope.
	TargetsSHA256 string `json:"targets_sha256"`
	// Targets lists the report's targets (their "target" field); nil when
	// unreadable.
	Targets []string `json:"targets"`
}

// Heads lists every run's head, oldest first, without its scope.
func (s *Store) Heads(ctx context.Context) ([]RunHead, error) {
	ctx, cancel := s.deadline(ctx)
	defer cancel()
	out, err := s.heads(ctx)
	return out, s.scrub(err)
}

func (s *Store) heads(ctx context.Context) ([]RunHead, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, started_at, solution, decision, failed_o, signed_by FROM runs ORDER BY started_at, id`)
	if err != nil {
		return nil, fmt.Errorf("reading the history: %w", err)
	}
	defer rows.Close()
	var out []RunHead
	for rows.Next() {
		var h RunHead
		var failed string
		if err := rows.Scan(&h.ID, &h.StartedAt, &h.Solution, &h.Decision, &failed, &h.SignedBy); err != nil {
			return nil, fmt.Errorf("reading the history: %w", err)
		}
		if err := json.Unmarshal([]byte(failed), &h.FailedO); err != nil {
			return nil, fmt.Errorf("reading the history: run %d: %w", h.ID, err)
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

// scopeQuery reads the scopes of n runs; the JSON functions differ by
// dialect.
func (s *Store) scopeQuery(n int) string {
	in := "(" + strings.TrimSuffix(strings.Repeat("?,", n), ",") + ")"
	if s.dialect == postgres {
		return s.q(`SELECT id, COALESCE((report::jsonb)->'scope'->>'targets_sha256', ''),
COALESCE((SELECT jsonb_agg(t->>'target') FROM jsonb_array_elements((report::jsonb)->'targets') t)::text, '[]')
FROM runs WHERE id IN ` + in)
	}
	return `SELECT id, COALESCE(json_extract(report, '$.scope.targets_sha256'), ''),
COALESCE((SELECT json_group_array(json_extract(t.value, '$.target')) FROM json_each(report, '$.targets') t), '[]')
FROM runs WHERE id IN ` + in
}

// scopeBatch bounds the IDs of one scope query.
const scopeBatch = 200

// Scopes reads the scopes of the runs given. It reads each report: a
// caller showing the history again and again keeps what it read (a run
// never changes once saved).
func (s *Store) Scopes(ctx context.Context, ids []int64) (map[int64]RunScope, error) {
	ctx, cancel := s.deadline(ctx)
	defer cancel()
	out := make(map[int64]RunScope, len(ids))
	for len(ids) > 0 {
		n := min(scopeBatch, len(ids))
		if err := s.scopes(ctx, ids[:n], out); err != nil {
			return nil, s.scrub(err)
		}
		ids = ids[n:]
	}
	return out, nil
}

func (s *Store) scopes(ctx context.Context, ids []int64, out map[int64]RunScope) error {
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	rows, err := s.db.QueryContext(ctx, s.scopeQuery(len(ids)), args...)
	if err != nil {
		return fmt.Errorf("reading the history: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var sc RunScope
		var targets string
		if err := rows.Scan(&id, &sc.TargetsSHA256, &targets); err != nil {
			return fmt.Errorf("reading the history: %w", err)
		}
		if json.Unmarshal([]byte(targets), &sc.Targets) != nil {
			sc.Targets = nil
		}
		out[id] = sc
	}
	return rows.Err()
}
