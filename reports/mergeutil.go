package reports

import (
	"time"

	"conformscan/checks"
)

// dedupeResults keeps one result per ref, subject and check: the worst.
func dedupeResults(rs []checks.Result) []checks.Result {
	type key struct{ ref, target, check string }
	index := map[key]int{}
	var out []checks.Result
	for _, r := range rs {
		k := key{r.Ref, r.Target, r.Check}
		i, ok := index[k]
		switch {
		case !ok:
			index[k] = len(out)
			out = append(out, r)
		case r.Status.Severity() > out[i].Status.Severity():
			out[i] = r
		}
	}
	return out
}

// dropStaleManual removes the manual results of refs that have another
// result: one report did not measure the ref, another did.
func dropStaleManual(rs []checks.Result) []checks.Result {
	measured := map[string]bool{}
	for _, r := range rs {
		if r.Status != checks.StatusManual {
			measured[r.Ref] = true
		}
	}
	out := rs[:0]
	for _, r := range rs {
		if r.Status == checks.StatusManual && measured[r.Ref] {
			continue
		}
		out = append(out, r)
	}
	return out
}

func earliest(a, b time.Time) time.Time {
	if a.IsZero() || (!b.IsZero() && b.Before(a)) {
		return b
	}
	return a
}

func latest(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

func dedupeStrings(in []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range in {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
