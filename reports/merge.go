package reports

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"conformscan/checks"
)

// Merge joins reports of one audit (shards, or targets scanned apart) into
// one: results, targets, facts and probe notes together, then one verdict
// per ref folded again and the decision read again with checks.Refold,
// as a scan of everything would. A manual "nothing
// measured" result is dropped for a ref that another report measured or
// attested. The reports must share the reference date, the language, the
// answers file and the target list, and be the shards of one split, each
// once (see coverage): with shards missing, Merge fails with ErrPartial
// unless opts.AllowPartial, and then the merged report's scope says
// partial and which shards are missing, and its decision is never go.
// Signatures do not survive a merge.
func Merge(in []*Loaded, opts MergeOptions) (*Loaded, error) {
	if len(in) == 0 {
		return nil, errors.New("merge: give at least one report")
	}
	if err := mergeable(in); err != nil {
		return nil, err
	}
	n, joined, missing, err := coverage(in)
	if err != nil {
		return nil, err
	}
	if len(missing) > 0 && !opts.AllowPartial {
		return nil, fmt.Errorf("merge: %w: %s of %d not given (the decision of the audit needs every shard; --allow-partial merges them anyway, never as go)",
			ErrPartial, FormatShard(missing, n), n)
	}
	first := *in[0].Report
	out := &Loaded{Report: &first, Facts: map[string]json.RawMessage{}}
	out.Scope = mergedScope(in[0].Scope, n, joined, missing)
	out.Signature, out.Targets, out.Probes, out.Results = nil, []Target{}, []checks.ProbeNote{}, nil
	var reasons []string
	seenProbe := map[string]bool{}
	for _, l := range in {
		out.StartedAt, out.FinishedAt = earliest(out.StartedAt, l.StartedAt), latest(out.FinishedAt, l.FinishedAt)
		out.Targets = append(out.Targets, l.Targets...)
		out.Results = append(out.Results, l.Results...)
		out.Options.Inputs = dedupeStrings(append(out.Options.Inputs, l.Options.Inputs...))
		for id, f := range l.Facts {
			out.Facts[id] = f
		}
		for _, p := range l.Probes {
			if key := p.ID + "\x00" + p.Subject; !seenProbe[key] {
				seenProbe[key] = true
				out.Probes = append(out.Probes, p)
			}
		}
		if l.Interrupted {
			out.Interrupted = true
			reasons = append(reasons, l.Reason)
		}
	}
	out.Reason = strings.Join(dedupeStrings(reasons), "; ")
	if err := refold(out.Report, in); err != nil {
		return nil, err
	}
	return out, nil
}

// MergeOptions are the choices of a merge.
type MergeOptions struct {
	// AllowPartial merges shards that do not cover the audit; the merged
	// report says partial and its decision is never go.
	AllowPartial bool
}

// mergeable checks that the reports belong to one audit.
func mergeable(in []*Loaded) error {
	a := in[0]
	for i, l := range in[1:] {
		switch {
		case l.ReferenceDate != a.ReferenceDate:
			return fmt.Errorf("merge: report %d was judged at %s, report 1 at %s: merge reports of one reference date", i+2, l.ReferenceDate, a.ReferenceDate)
		case l.Lang != a.Lang:
			return fmt.Errorf("merge: report %d is in %q, report 1 in %q: scan both with the same --lang", i+2, l.Lang, a.Lang)
		case l.Answers.SHA256 != a.Answers.SHA256:
			return fmt.Errorf("merge: report %d used another answers file than report 1: scan both with the same --answers", i+2)
		}
	}
	return nil
}

// refold judges again, with checks.Refold, the results of every ref the
// reports cover.
func refold(r *Report, in []*Loaded) error {
	cat, err := checks.LoadCatalogue()
	if err != nil {
		return fmt.Errorf("merge: %w", err)
	}
	covered := map[string]bool{}
	for _, l := range in {
		for _, v := range l.Verdicts {
			covered[v.Ref] = true
		}
	}
	var refs []checks.Ref
	for _, ref := range cat.Refs {
		if covered[ref.Ref] {
			refs = append(refs, ref)
		}
	}
	lang, err := checks.ParseLang(r.Lang)
	if err != nil {
		return fmt.Errorf("merge: %w", err)
	}
	j := checks.Refold(refs, r.Results, lang, r.Interrupted || r.Scope.Partial)
	r.Results, r.Verdicts, r.Summary = j.Results, j.Verdicts, j.Summary
	var handed [][]checks.HandedOverHost
	for _, l := range in {
		handed = append(handed, l.Summary.HandedOver)
	}
	r.Summary.HandedOver = checks.MergeHandedOver(handed, r.Results)
	return nil
}
