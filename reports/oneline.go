package reports

import (
	"fmt"
	"strings"

	"conformscan/checks"
)

// SummaryLine is the report in one line, for the end of a scan on a
// terminal: the refs counted by verdict (zeros left out) and the decision.
func SummaryLine(r *Report, lang checks.Lang) string {
	var counts []string
	for _, st := range checks.Statuses {
		if n := r.Summary.ByStatus[st]; n > 0 {
			counts = append(counts, fmt.Sprintf("%d %s", n, StatusLabel(st, lang)))
		}
	}
	return fmt.Sprintf(lang.T("%d exigences : %s — décision %s", "%d refs: %s — decision %s"),
		r.Summary.Refs, orDash(strings.Join(counts, ", ")), DecisionLabel(r.Summary.Decision, lang))
}
