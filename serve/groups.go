package serve

import (
	"cmp"
	"slices"
	"strings"

	"conformscan/checks"
	"conformscan/history"
	"conformscan/reports"
)

// group is the runs of one solution: the same targets, by the report's
// scope digest (or, for an older report without a scope, the digest of its
// target list).
type group struct {
	Key      string // the digest
	ID       string // the digest's first 16 digits, in URLs
	Solution string // the latest run's
	Targets  []string
	Runs     []history.RunHead // oldest first
}

// Latest is the group's newest run.
func (g *group) Latest() history.RunHead { return g.Runs[len(g.Runs)-1] }

// Previous is the run before the newest one, if any.
func (g *group) Previous() (history.RunHead, bool) {
	if len(g.Runs) < 2 {
		return history.RunHead{}, false
	}
	return g.Runs[len(g.Runs)-2], true
}

// groupKey is the digest of a run's targets.
func groupKey(h history.RunHead) string {
	if h.Scope.TargetsSHA256 != "" {
		return h.Scope.TargetsSHA256
	}
	return reports.TargetsDigest(h.Scope.Targets)
}

// groupID shortens a key for URLs.
func groupID(key string) string { return key[:min(16, len(key))] }

// decisionRank orders groups: what needs acting on first.
func decisionRank(d string) int {
	switch checks.Decision(d) {
	case checks.DecisionNoGo:
		return 0
	case checks.DecisionIncomplete:
		return 1
	case checks.DecisionGo:
		return 3
	}
	return 2 // unknown: before GO, never read as one
}

// groupRuns gathers runs (oldest first) by group: NO-GO first, then
// INCOMPLETE, anything unknown, GO; by solution and targets within.
func groupRuns(heads []history.RunHead) []*group {
	byKey := map[string]*group{}
	var out []*group
	for _, h := range heads {
		k := groupKey(h)
		g, ok := byKey[k]
		if !ok {
			g = &group{Key: k, ID: groupID(k)}
			byKey[k] = g
			out = append(out, g)
		}
		g.Runs = append(g.Runs, h)
		g.Solution = h.Solution
		if len(h.Scope.Targets) > 0 {
			g.Targets = h.Scope.Targets
		}
	}
	slices.SortStableFunc(out, func(a, b *group) int {
		return cmp.Or(cmp.Compare(decisionRank(a.Latest().Decision), decisionRank(b.Latest().Decision)),
			cmp.Compare(a.Solution, b.Solution), cmp.Compare(strings.Join(a.Targets, ","), strings.Join(b.Targets, ",")))
	})
	return out
}

// findGroup returns the group with that ID.
func findGroup(gs []*group, id string) *group {
	for _, g := range gs {
		if g.ID == id {
			return g
		}
	}
	return nil
}

// spark is one bar of a sparkline.
type spark struct {
	X, Y, H int
	Fill    string
	Title   string
}

// sparkRuns is how many of a group's last runs its sparkline shows.
const sparkRuns = 40

// sparkline draws the decisions of a group's last runs: a tall red bar for
// NO-GO, a middle purple one for INCOMPLETE (or unknown), a short green one
// for GO.
func sparkline(runs []history.RunHead, lang checks.Lang) []spark {
	if len(runs) > sparkRuns {
		runs = runs[len(runs)-sparkRuns:]
	}
	out := make([]spark, 0, len(runs))
	for i, r := range runs {
		h, fill := 10, "#8a4baf"
		switch checks.Decision(r.Decision) {
		case checks.DecisionNoGo:
			h, fill = 16, "#b3261e"
		case checks.DecisionGo:
			h, fill = 5, "#1e7b34"
		}
		out = append(out, spark{X: i * 6, Y: 16 - h, H: h, Fill: fill,
			Title: shortDate(r.StartedAt) + " " + reports.DecisionLabel(checks.Decision(r.Decision), lang)})
	}
	return out
}

// shortDate is a stored RFC 3339 time as "2006-01-02 15:04".
func shortDate(s string) string {
	if len(s) >= 16 {
		return strings.Replace(s[:16], "T", " ", 1)
	}
	return s
}
