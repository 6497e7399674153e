package reports

import (
	"fmt"

	"conformscan/checks"
)

// ruleTexts maps each ref to the full "Règle de sécurité" cell of the grid,
// for the formats laid out like the grid (HTML, CSV, XLSX). The grid is
// embedded in checks: reading it judges nothing.
func ruleTexts() (map[string]string, error) {
	cat, err := checks.LoadCatalogue()
	if err != nil {
		return nil, fmt.Errorf("reading the grid for the rules' texts: %w", err)
	}
	out := make(map[string]string, len(cat.Refs))
	for _, r := range cat.Refs {
		out[r.Ref] = r.Text
	}
	return out, nil
}

// reportLang is the language asked for, or the report's own.
func reportLang(asked checks.Lang, r *Report) checks.Lang {
	if asked != "" {
		return asked
	}
	return Table{}.lang(r)
}

// answersByRef indexes the answers file's entries by ref.
func answersByRef(r *Report) map[string]checks.Answer {
	m := make(map[string]checks.Answer, len(r.Answers.Entries))
	for _, a := range r.Answers.Entries {
		m[a.Ref] = a
	}
	return m
}
