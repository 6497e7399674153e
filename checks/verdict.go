package checks

// Verdict is the folded status of one ref over all its results.
type Verdict struct {
	Ref          string `json:"ref"`
	Level        Level  `json:"level"`
	Section      string `json:"section"`
	SectionTitle string `json:"section_title"`
	Title        string `json:"title"`
	Kind         Kind   `json:"kind"`
	Status       Status `json:"status"`
	// Results counts the results folded into this verdict.
	Results int `json:"results"`
	// Summary is the summary of the result that decided the verdict.
	Summary string `json:"summary"`
}

// Fold computes one verdict per ref: the worst status of its results
// (fail > error > warn > pass > na > skipped > manual). A ref with no
// result at all is manual.
func Fold(refs []Ref, results []Result, lang Lang) []Verdict {
	byRef := map[string][]Result{}
	for _, r := range results {
		byRef[r.Ref] = append(byRef[r.Ref], r)
	}
	out := make([]Verdict, 0, len(refs))
	for _, ref := range refs {
		v := Verdict{Ref: ref.Ref, Level: ref.Level, Section: ref.Section, SectionTitle: ref.SectionTitle,
			Title: ref.LocalTitle(lang), Kind: ref.Kind, Status: StatusManual}
		rs := byRef[ref.Ref]
		v.Results = len(rs)
		first := true
		for _, r := range rs {
			if first || r.Status.severity() > v.Status.severity() {
				v.Status, v.Summary = r.Status, r.Summary
				first = false
			}
		}
		if len(rs) == 0 {
			v.Summary = lang.T("Rien de mesuré ni d'attesté : à renseigner dans le fichier de réponses.",
				"Nothing measured or attested: answer it in the answers file.")
		}
		out = append(out, v)
	}
	return out
}

// Decision is the go / no-go reading of the verdicts.
type Decision string

// Decisions.
const (
	// DecisionNoGo: at least one O-level ref fails.
	DecisionNoGo Decision = "no-go"
	// DecisionIncomplete: no O-level ref fails, but the scan was interrupted
	// or an O-level ref could not be measured (error).
	DecisionIncomplete Decision = "incomplete"
	// DecisionGo: no O-level ref fails or errs. Manual refs remain to be
	// answered; the decision says nothing of them.
	DecisionGo Decision = "go"
)

// Decide reads the verdicts into a decision.
func Decide(vs []Verdict, interrupted bool) Decision {
	d := DecisionGo
	if interrupted {
		d = DecisionIncomplete
	}
	for _, v := range vs {
		if v.Level != LevelO {
			continue
		}
		switch v.Status {
		case StatusFail:
			return DecisionNoGo
		case StatusError:
			d = DecisionIncomplete
		}
	}
	return d
}
