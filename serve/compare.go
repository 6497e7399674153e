package serve

import (
	"fmt"
	"net/http"
	"regexp"
	"slices"

	"conformscan/checks"
	"conformscan/history"
	"conformscan/reports"
)

type comparePage struct {
	base
	Runs    []history.RunHead // newest first, for the form
	A, B    int64
	Done    bool
	Changes []reports.Change
	Counts  []kindCount
}

// kindCount is how many changes of one kind.
type kindCount struct {
	Kind  reports.ChangeKind
	Count int
}

// kinds lists the kinds of change in the order they are shown.
func kinds() []reports.ChangeKind {
	return []reports.ChangeKind{reports.Regressed, reports.Fixed, reports.Changed, reports.New, reports.Gone}
}

func (s *server) compare(w http.ResponseWriter, r *http.Request) {
	heads, err := s.opts.Store.Heads(r.Context())
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	slices.Reverse(heads)
	p := comparePage{base: newBase(r, func(l checks.Lang) string { return l.T("Comparer deux audits", "Compare two audits") }), Runs: heads}
	q := r.URL.Query()
	if q.Get("a") == "" || q.Get("b") == "" {
		s.page(w, "compare", p)
		return
	}
	a, b, err := s.pair(r, q.Get("a"), q.Get("b"))
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	p.A, p.B, p.Done = a.id, b.id, true
	p.Changes = reports.Diff(a.l.Report, b.l.Report)
	for _, k := range kinds() {
		n := 0
		for _, c := range p.Changes {
			if c.Kind == k {
				n++
			}
		}
		p.Counts = append(p.Counts, kindCount{k, n})
	}
	s.page(w, "compare", p)
}

// loadedRun is a run read back.
type loadedRun struct {
	id int64
	l  *reports.Loaded
}

func (s *server) pair(r *http.Request, a, b string) (loadedRun, loadedRun, error) {
	ia, _, la, err := s.load(r, a)
	if err != nil {
		return loadedRun{}, loadedRun{}, err
	}
	ib, _, lb, err := s.load(r, b)
	if err != nil {
		return loadedRun{}, loadedRun{}, err
	}
	return loadedRun{ia, la}, loadedRun{ib, lb}, nil
}

// refPattern is a ref of the grid: 2.1 to 13.20.
var refPattern = regexp.MustCompile(`^[0-9]{1,2}\.[0-9]{1,2}$`)

// evidenceRuns is how many of a ref's latest runs show their evidence.
const evidenceRuns = 10

type refPage struct {
	base
	Ref     string
	Group   *group
	Entries []history.Entry // newest first
	Details []refDetail
	// Solutions names each run's solution, the group being unknown.
	Solutions map[int64]string
}

// refDetail is a ref's results, evidence included, in one run.
type refDetail struct {
	Run     history.Entry
	Results []checks.Result
}

func (s *server) ref(w http.ResponseWriter, r *http.Request) {
	ref := r.URL.Query().Get("ref")
	if !refPattern.MatchString(ref) {
		s.fail(w, r, http.StatusNotFound, fmt.Errorf("ref %q: %w", ref, errNotFound))
		return
	}
	entries, err := s.opts.Store.Ref(r.Context(), ref)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	p := refPage{base: newBase(r, func(l checks.Lang) string { return l.T("Exigence ", "Ref ") + ref }), Ref: ref}
	gs, heads, err := s.groups(r)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	p.Solutions = make(map[int64]string, len(heads))
	for _, h := range heads {
		p.Solutions[h.ID] = h.Solution
	}
	if id := r.URL.Query().Get("group"); id != "" {
		if p.Group = findGroup(gs, id); p.Group == nil {
			s.fail(w, r, http.StatusNotFound, errNotFound)
			return
		}
		entries = inGroup(entries, p.Group)
	}
	slices.Reverse(entries)
	p.Entries = entries
	p.Details = s.evidence(r, ref, entries[:min(evidenceRuns, len(entries))])
	s.page(w, "ref", p)
}

// inGroup keeps the entries of a group's runs.
func inGroup(es []history.Entry, g *group) []history.Entry {
	ids := map[int64]bool{}
	for _, h := range g.Runs {
		ids[h.ID] = true
	}
	return slices.DeleteFunc(es, func(e history.Entry) bool { return !ids[e.RunID] })
}

// evidence reads a ref's results in each run; a run whose report does not
// read back shows no result.
func (s *server) evidence(r *http.Request, ref string, es []history.Entry) []refDetail {
	out := make([]refDetail, 0, len(es))
	for _, e := range es {
		d := refDetail{Run: e}
		if _, _, l, err := s.load(r, fmt.Sprint(e.RunID)); err == nil {
			for _, res := range l.Results {
				if res.Ref == ref {
					d.Results = append(d.Results, res)
				}
			}
		}
		out = append(out, d)
	}
	return out
}
