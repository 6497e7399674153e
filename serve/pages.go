package serve

import (
	"bytes"
	"database/sql"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strconv"

	"conformscan/checks"
	"conformscan/history"
	"conformscan/reports"
)

// overviewRow is one group on the overview.
type overviewRow struct {
	G        *group
	Latest   history.RunHead
	Previous int64 // 0 without one
	Spark    []spark
	Width    int
}

type overviewPage struct {
	base
	Rows []overviewRow
	Runs int
}

func (s *server) groups(r *http.Request) ([]*group, []history.RunHead, error) {
	heads, err := s.opts.Store.Heads(r.Context())
	if err != nil {
		return nil, nil, err
	}
	if err := s.scopes.fill(r.Context(), s.opts.Store, heads); err != nil {
		return nil, nil, err
	}
	return groupRuns(heads), heads, nil
}

func (s *server) overview(w http.ResponseWriter, r *http.Request) {
	gs, heads, err := s.groups(r)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	p := overviewPage{base: newBase(r, func(l checks.Lang) string { return l.T("Historique des audits", "Audit history") }), Runs: len(heads)}
	for _, g := range gs {
		row := overviewRow{G: g, Latest: g.Latest(), Spark: sparkline(g.Runs, p.L)}
		row.Width = 6 * len(row.Spark)
		if prev, ok := g.Previous(); ok {
			row.Previous = prev.ID
		}
		p.Rows = append(p.Rows, row)
	}
	s.page(w, "overview", p)
}

type groupPage struct {
	base
	G    *group
	Runs []history.RunHead // newest first
	A, B int64             // the pair the compare form proposes
}

func (s *server) group(w http.ResponseWriter, r *http.Request) {
	gs, _, err := s.groups(r)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	g := findGroup(gs, r.PathValue("group"))
	if g == nil {
		s.fail(w, r, http.StatusNotFound, errNotFound)
		return
	}
	runs := slices.Clone(g.Runs)
	slices.Reverse(runs)
	p := groupPage{base: newBase(r, func(l checks.Lang) string { return l.T("Solution ", "Solution ") + g.Solution }), G: g, Runs: runs}
	p.B = g.Latest().ID
	if prev, ok := g.Previous(); ok {
		p.A = prev.ID
	}
	s.page(w, "group", p)
}

// runID reads a run's ID from the URL.
func runID(v string) (int64, error) {
	id, err := strconv.ParseInt(v, 10, 64)
	if err != nil || id <= 0 {
		return 0, fmt.Errorf("run %q: %w", v, errNotFound)
	}
	return id, nil
}

// load reads a run's JSON report as stored and decodes it.
func (s *server) load(r *http.Request, v string) (int64, []byte, *reports.Loaded, error) {
	id, err := runID(v)
	if err != nil {
		return 0, nil, nil, err
	}
	data, err := s.opts.Store.Report(r.Context(), id)
	if errors.Is(err, sql.ErrNoRows) {
		return id, nil, nil, fmt.Errorf("run %d: %w", id, errNotFound)
	}
	if err != nil {
		return id, nil, nil, err
	}
	l, err := reports.Load(data)
	if err != nil {
		return id, data, nil, fmt.Errorf("run %d: the stored report does not read back: %w", id, err)
	}
	return id, data, l, nil
}

// runNav is the bar put on top of a run's HTML report.
type runNav struct {
	base
	ID       int64
	Group    *group
	Previous int64
	Signed   string
}

func (s *server) run(w http.ResponseWriter, r *http.Request) {
	id, _, l, err := s.load(r, r.PathValue("id"))
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	nav := runNav{base: newBase(r, func(checks.Lang) string { return "" }), ID: id}
	if l.Signature != nil {
		nav.Signed = l.Signature.KeyID
	}
	if gs, _, err := s.groups(r); err == nil {
		nav.Group, nav.Previous = runGroup(gs, id)
	}
	var report, bar bytes.Buffer
	if err := (reports.HTML{Lang: nav.L}).Render(&report, l.Report); err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	if err := s.tmpl.t.ExecuteTemplate(&bar, "runnav", nav); err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	page, csp, err := withNav(report.Bytes(), bar.Bytes())
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	w.Header().Set("Content-Security-Policy", csp)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(page)
}

// runGroup finds a run's group and the run before it there.
func runGroup(gs []*group, id int64) (*group, int64) {
	for _, g := range gs {
		for i, h := range g.Runs {
			if h.ID != id {
				continue
			}
			if i > 0 {
				return g, g.Runs[i-1].ID
			}
			return g, 0
		}
	}
	return nil, 0
}
