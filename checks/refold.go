package checks

import "sort"

// Refold judges again the results of several reports of one audit (merge),
// as Judge judges one scan: one result per ref, subject and check (the
// worst), no manual "nothing measured" result for a ref that another
// report measured or attested, results in the order of refs then subject,
// one verdict per ref and the decision (never go when partial).
func Refold(refs []Ref, rs []Result, lang Lang, partial bool) *Judgement {
	results := append([]Result{}, dropStaleManual(dedupeResults(rs))...)
	sortResults(refs, results)
	verdicts := Fold(refs, results, lang)
	return &Judgement{Results: results, Verdicts: verdicts, Summary: summarise(verdicts, results, partial)}
}

// sortResults orders results as refs, then by subject.
func sortResults(refs []Ref, results []Result) {
	order := map[string]int{}
	for i, r := range refs {
		order[r.Ref] = i
	}
	sort.SliceStable(results, func(i, j int) bool {
		if order[results[i].Ref] != order[results[j].Ref] {
			return order[results[i].Ref] < order[results[j].Ref]
		}
		return results[i].Target < results[j].Target
	})
}

// dedupeResults keeps one result per ref, subject and check: the worst.
func dedupeResults(rs []Result) []Result {
	type key struct{ ref, target, check string }
	index := map[key]int{}
	var out []Result
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
func dropStaleManual(rs []Result) []Result {
	measured := map[string]bool{}
	for _, r := range rs {
		if r.Status != StatusManual {
			measured[r.Ref] = true
		}
	}
	out := rs[:0]
	for _, r := range rs {
		if r.Status == StatusManual && measured[r.Ref] {
			continue
		}
		out = append(out, r)
	}
	return out
}

// RefSubject is one ref on one subject ("" is the solution itself).
type RefSubject struct{ Ref, Subject string }

// WorstPerSubject folds results per ref and subject: the worst result (the
// first of equals). Diff compares two reports through it.
func WorstPerSubject(rs []Result) map[RefSubject]Result {
	m := map[RefSubject]Result{}
	for _, r := range rs {
		k := RefSubject{r.Ref, r.Target}
		if old, ok := m[k]; !ok || r.Status.Severity() > old.Status.Severity() {
			m[k] = r
		}
	}
	return m
}
