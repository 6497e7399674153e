package reports

import (
	"bytes"
	"fmt"

	"conformscan/checks"
)

// shown returns the verdicts that get a row and how many refs await an
// answer: every verdict with All, else all but the manual ones.
func (t Table) shown(vs []checks.Verdict) ([]checks.Verdict, int) {
	if t.All {
		return vs, 0
	}
	out := make([]checks.Verdict, 0, len(vs))
	for _, v := range vs {
		if v.Status != checks.StatusManual {
			out = append(out, v)
		}
	}
	return out, len(vs) - len(out)
}

// awaiting writes the one line that stands for the refs awaiting answers.
func (t Table) awaiting(b *bytes.Buffer, n int, lang checks.Lang) {
	if n == 0 {
		return
	}
	var line string
	switch {
	case n == 1:
		line = lang.T("1 exigence attend la réponse du titulaire ou de la DSI : voir conformscan answers init (--all la liste)",
			"1 ref awaits the vendor's or the IT department's answer: see conformscan answers init (--all lists it)")
	default:
		line = fmt.Sprintf(lang.T("%d exigences attendent les réponses du titulaire ou de la DSI : voir conformscan answers init (--all les liste)",
			"%d refs await the vendor's or the IT department's answers: see conformscan answers init (--all lists them)"), n)
	}
	fmt.Fprintf(b, "\n%s\n", t.paint(statusColor(checks.StatusManual), line))
}
