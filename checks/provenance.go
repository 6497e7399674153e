package checks

import (
	"sort"

	"conformscan/probes"
)

// HandedOverHost is a host the decision rests on in part that was judged
// from a file handed over to the auditor (probes.Provenance), not
// observed by this scan. It qualifies the decision, never changes a
// status.
type HandedOverHost struct {
	// Subject is the host's key in the report's facts.
	Subject string `json:"subject"`
	// Provenance is the file the host was read from and, for a host
	// export, the state of its signature.
	Provenance probes.Provenance `json:"provenance"`
}

// HandedOverHosts is the rule: a root subject (or one of its children)
// whose descriptor says it was read from a handed-over file, with at
// least one result on a mandatory (O) ref, is listed, in subject order.
func HandedOverHosts(subjects []*probes.Subject, results []Result) []HandedOverHost {
	onO := oTargets(results)
	var out []HandedOverHost
	for _, root := range subjects {
		p := provenanceOf(root)
		if p == nil || !judgedOn(root, onO) {
			continue
		}
		out = append(out, HandedOverHost{Subject: root.ID, Provenance: *p})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Subject < out[j].Subject })
	return out
}

// provenanceOf is the subject's provenance (nil when observed).
func provenanceOf(s *probes.Subject) *probes.Provenance {
	if h, ok := s.Descriptor.(probes.HandedOver); ok {
		return h.HandedOver()
	}
	return nil
}

// judgedOn tells whether s or one of its children has a result in onO.
func judgedOn(s *probes.Subject, onO map[string]bool) bool {
	if onO[s.ID] {
		return true
	}
	for _, c := range s.Children() {
		if judgedOn(c, onO) {
			return true
		}
	}
	return false
}

// MergeHandedOver is the rule for reports merged (merge): the hosts any
// report lists, once each, that keep a result on an O ref in results.
func MergeHandedOver(lists [][]HandedOverHost, results []Result) []HandedOverHost {
	onO := oTargets(results)
	seen := map[string]bool{}
	var out []HandedOverHost
	for _, l := range lists {
		for _, h := range l {
			if onO[h.Subject] && !seen[h.Subject] {
				seen[h.Subject] = true
				out = append(out, h)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Subject < out[j].Subject })
	return out
}

// oTargets are the subjects with a result on an O ref: those the
// decision rests on.
func oTargets(results []Result) map[string]bool {
	onO := map[string]bool{}
	for _, r := range results {
		if r.Level == LevelO {
			onO[r.Target] = true
		}
	}
	return onO
}
