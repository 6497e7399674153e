package reports

import (
	"conformscan/checks"
)

// ChangeKind says how one ref on one subject moved between two reports.
type ChangeKind string

// Kinds of change.
const (
	Regressed ChangeKind = "regressed" // worse status, knowledge lost (→ error or skipped), or new and failing or in error
	Fixed     ChangeKind = "fixed"     // better status, known on both sides or newly known
	Changed   ChangeKind = "changed"   // other status, neither better nor worse (pass ↔ na, manual ↔ skipped)
	New       ChangeKind = "new"       // only in the second report
	Gone      ChangeKind = "gone"      // only in the first report
)

// Change is one ref on one subject that differs between two reports.
type Change struct {
	Ref     string        `json:"ref"`
	Subject string        `json:"subject"`
	Kind    ChangeKind    `json:"kind"`
	Before  checks.Status `json:"before,omitempty"`
	After   checks.Status `json:"after,omitempty"`
	Summary string        `json:"summary"`
}

// badness orders statuses from the reader's side: what needs acting on.
func badness(s checks.Status) int {
	switch s {
	case checks.StatusFail:
		return 4
	case checks.StatusError:
		return 3
	case checks.StatusWarn:
		return 2
	case checks.StatusManual, checks.StatusSkipped:
		return 1
	}
	return 0 // pass, na
}

// unknown statuses say that nothing is known: the ref could not be
// measured (error), was not run (skipped) or awaits an answer (manual).
func unknown(s checks.Status) bool {
	return s == checks.StatusError || s == checks.StatusSkipped || s == checks.StatusManual
}

// move classifies a change of status. Knowledge lost is a regression,
// whatever came before: anything → error or skipped (FAIL → ERROR is never
// "fixed"). Nothing is fixed by becoming unknown: FAIL or WARN → MANUAL
// (an answer withdrawn) is a change, PASS or N/A → MANUAL a regression,
// and between two unknowns nothing is fixed. Otherwise the worse side wins.
func move(before, after checks.Status) ChangeKind {
	switch {
	case after == checks.StatusError || after == checks.StatusSkipped:
		return Regressed
	case unknown(after) && badness(after) < badness(before):
		return Changed
	case unknown(before) && unknown(after):
		return Changed
	case badness(after) > badness(before):
		return Regressed
	case badness(after) < badness(before):
		return Fixed
	}
	return Changed
}

// Diff compares two reports per ref and subject, in the second report's
// order, then what is gone.
func Diff(a, b *Report) []Change {
	before, after := checks.WorstPerSubject(a.Results), checks.WorstPerSubject(b.Results)
	var out []Change
	for _, k := range keysInOrder(b.Results) {
		r := after[k]
		old, ok := before[k]
		c := Change{Ref: k.Ref, Subject: k.Subject, After: r.Status, Summary: r.Summary}
		switch {
		case !ok:
			c.Kind = New
			if badness(r.Status) >= badness(checks.StatusError) {
				c.Kind = Regressed
			}
		case r.Status == old.Status:
			continue
		default:
			c.Kind, c.Before = move(old.Status, r.Status), old.Status
		}
		out = append(out, c)
	}
	for _, k := range keysInOrder(a.Results) {
		if _, ok := after[k]; !ok {
			r := before[k]
			out = append(out, Change{Ref: k.Ref, Subject: k.Subject, Kind: Gone, Before: r.Status, Summary: r.Summary})
		}
	}
	return out
}

// keysInOrder lists the ref and subject pairs of rs once each, in order.
func keysInOrder(rs []checks.Result) []checks.RefSubject {
	seen := map[checks.RefSubject]bool{}
	var out []checks.RefSubject
	for _, r := range rs {
		k := checks.RefSubject{Ref: r.Ref, Subject: r.Target}
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

// Regressions counts the changes of kind Regressed.
func Regressions(cs []Change) int {
	n := 0
	for _, c := range cs {
		if c.Kind == Regressed {
			n++
		}
	}
	return n
}
