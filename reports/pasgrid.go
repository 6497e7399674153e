package reports

import (
	"fmt"
	"strings"

	"conformscan/checks"
)

// gridRow is one ref laid out like the PAS grid, for CSV and XLSX: the
// grid's four columns, the "Description" filled from the verdict, the
// results and the vendor's answer, then the status and the evidence.
type gridRow struct {
	Ref         string
	Level       string
	Rule        string
	Description string
	Status      checks.Status
	StatusLabel string
	Evidence    string
}

// gridHeader names the columns, the grid's own first.
func gridHeader(lang checks.Lang) []string {
	return []string{lang.T("Ref", "Ref"), "CHM (O/R/N/A)", lang.T("Règle de sécurité", "Security rule"),
		lang.T("Description de la prise en charge par le titulaire", "Vendor's description of how the rule is met"),
		lang.T("Statut", "Status"), lang.T("Preuves", "Evidence")}
}

// cells lists the row in header order.
func (g gridRow) cells() []string {
	return []string{g.Ref, g.Level, g.Rule, g.Description, g.StatusLabel, g.Evidence}
}

// gridRows lays out every ref of the report, in grid order.
func gridRows(r *Report, lang checks.Lang) ([]gridRow, error) {
	texts, err := ruleTexts()
	if err != nil {
		return nil, err
	}
	byRef, answers := resultsByRef(r.Results), answersByRef(r)
	rows := make([]gridRow, 0, len(r.Verdicts))
	for _, v := range r.Verdicts {
		rule := texts[v.Ref]
		if rule == "" {
			rule = v.Title
		}
		a, answered := answers[v.Ref]
		rows = append(rows, gridRow{Ref: v.Ref, Level: string(v.Level), Rule: rule, Status: v.Status,
			StatusLabel: StatusLabel(v.Status, lang), Description: gridDescription(v, byRef[v.Ref], a, answered, lang),
			Evidence: gridEvidence(byRef[v.Ref], lang)})
	}
	return rows, nil
}

// gridDescription says how the rule is met: the vendor's answer first, then
// the verdict and each result.
func gridDescription(v checks.Verdict, rs []checks.Result, a checks.Answer, answered bool, lang checks.Lang) string {
	var lines []string
	if answered && (a.Status != "" || a.Description != "") {
		line := colon(lang, lang.T("Réponse du titulaire", "Vendor's answer"), orDash(a.Status))
		if a.Description != "" {
			line += " — " + oneLine(a.Description)
		}
		lines = append(lines, line)
		if a.Justification != "" {
			lines = append(lines, colon(lang, "Justification", oneLine(a.Justification)))
		}
		for _, f := range a.Files {
			lines = append(lines, colon(lang, lang.T("Pièce jointe", "Attachment"), fmt.Sprintf("%s (sha256 %s)", oneLine(f.Path), f.SHA256)))
		}
	}
	lines = append(lines, colon(lang, lang.T("Verdict conformscan", "conformscan verdict"), StatusLabel(v.Status, lang)+" — "+oneLine(v.Summary)))
	for _, r := range rs {
		if len(rs) == 1 && r.Summary == v.Summary {
			break
		}
		lines = append(lines, fmt.Sprintf("[%s] %s", StatusLabel(r.Status, lang), colon(lang, orDash(oneLine(r.Target)), oneLine(r.Summary))))
	}
	return strings.Join(lines, "\n")
}

// gridEvidence lists each result's evidence, one line each.
func gridEvidence(rs []checks.Result, lang checks.Lang) string {
	var lines []string
	for _, r := range rs {
		for _, e := range r.Evidence {
			lines = append(lines, fmt.Sprintf("%s — %s ; %s ; %s ; %s", oneLine(e.Rule),
				colon(lang, lang.T("observé", "observed"), oneLine(e.Observed)),
				colon(lang, lang.T("attendu", "expected"), oneLine(e.Expected)),
				colon(lang, "source", oneLine(e.Source)), formatTime(e.At)))
		}
	}
	return strings.Join(lines, "\n")
}
