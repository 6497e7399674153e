package history

import (
	"context"
	"encoding/json"
	"fmt"
)

// Run is one recorded scan.
type Run struct {
	ID            int64          `json:"id"`
	StartedAt     string         `json:"started_at"`
	FinishedAt    string         `json:"finished_at"`
	ReferenceDate string         `json:"reference_date"`
	Solution      string         `json:"solution,omitempty"`
	Decision      string         `json:"decision"`
	ExitCode      int            `json:"exit_code"`
	Refs          int            `json:"refs"`
	FailedO       []string       `json:"failed_o"`
	SignedBy      string         `json:"signed_by,omitempty"`
	ByStatus      map[string]int `json:"by_status"`
}

// Entry is one ref's verdict in one run.
type Entry struct {
	RunID     int64  `json:"run_id"`
	StartedAt string `json:"started_at"`
	Ref       string `json:"ref"`
	Level     string `json:"level"`
	Status    string `json:"status"`
	Summary   string `json:"summary"`
}

// Runs lists the recorded scans, oldest first, with their verdicts counted
// by status.
func (s *Store) Runs(ctx context.Context) ([]Run, error) {
	ctx, cancel := s.deadline(ctx)
	defer cancel()
	out, err := s.runs(ctx)
	return out, s.scrub(err)
}

func (s *Store) runs(ctx context.Context) ([]Run, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT id, started_at, finished_at, reference_date, solution, decision, exit_code, refs, failed_o, signed_by
FROM runs ORDER BY started_at, id`))
	if err != nil {
		return nil, fmt.Errorf("reading the history: %w", err)
	}
	defer rows.Close()
	var out []Run
	for rows.Next() {
		var r Run
		var failed string
		if err := rows.Scan(&r.ID, &r.StartedAt, &r.FinishedAt, &r.ReferenceDate, &r.Solution, &r.Decision, &r.ExitCode,
			&r.Refs, &failed, &r.SignedBy); err != nil {
			return nil, fmt.Errorf("reading the history: %w", err)
		}
		if err := json.Unmarshal([]byte(failed), &r.FailedO); err != nil {
			return nil, fmt.Errorf("reading the history: run %d: %w", r.ID, err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading the history: %w", err)
	}
	for i := range out {
		if out[i].ByStatus, err = s.counts(ctx, out[i].ID); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (s *Store) counts(ctx context.Context, run int64) (map[string]int, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT status, COUNT(*) FROM verdicts WHERE run_id = ? GROUP BY status`), run)
	if err != nil {
		return nil, fmt.Errorf("reading the history: %w", err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var st string
		var n int
		if err := rows.Scan(&st, &n); err != nil {
			return nil, fmt.Errorf("reading the history: %w", err)
		}
		out[st] = n
	}
	return out, rows.Err()
}

// Ref lists one ref's verdicts over the runs, oldest first.
func (s *Store) Ref(ctx context.Context, ref string) ([]Entry, error) {
	ctx, cancel := s.deadline(ctx)
	defer cancel()
	out, err := s.ref(ctx, ref)
	return out, s.scrub(err)
}

func (s *Store) ref(ctx context.Context, ref string) ([]Entry, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT v.run_id, r.started_at, v.ref, v.level, v.status, v.summary
FROM verdicts v JOIN runs r ON r.id = v.run_id WHERE v.ref = ? ORDER BY r.started_at, r.id`), ref)
	if err != nil {
		return nil, fmt.Errorf("reading the history: %w", err)
	}
	defer rows.Close()
	var out []Entry
	for rows.Next() {
		var e Entry
		if err := rows.Scan(&e.RunID, &e.StartedAt, &e.Ref, &e.Level, &e.Status, &e.Summary); err != nil {
			return nil, fmt.Errorf("reading the history: %w", err)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// Report returns the JSON report recorded for a run.
func (s *Store) Report(ctx context.Context, run int64) ([]byte, error) {
	ctx, cancel := s.deadline(ctx)
	defer cancel()
	var data string
	if err := s.db.QueryRowContext(ctx, s.q(`SELECT report FROM runs WHERE id = ?`), run).Scan(&data); err != nil {
		return nil, fmt.Errorf("reading run %d from the history: %w", run, s.scrub(err))
	}
	return []byte(data), nil
}
