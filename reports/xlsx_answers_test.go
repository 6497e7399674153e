package reports

import (
	"os"
	"path/filepath"
	"testing"

	"conformscan/checks"
)

// TestLoadAnswersXLSXExport reads this tool's own XLSX export back: the
// answers the report carried come back, measured verdicts are no answers.
func TestLoadAnswersXLSXExport(t *testing.T) {
	cat, err := checks.LoadCatalogue()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []checks.Lang{checks.French, checks.English} {
		rep := testReport(t, lang)
		path := filepath.Join(t.TempDir(), "grille.xlsx")
		if err := os.WriteFile(path, []byte(render(t, XLSX{}, rep)), 0o600); err != nil {
			t.Fatal(err)
		}
		a, err := checks.LoadAnswersXLSX(t.Context(), path, cat, checks.AnswersOptions{})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]checks.Answer{}
		for _, e := range a.Entries() {
			got[e.Ref] = e
		}
		for _, w := range rep.Answers.Entries {
			g := got[w.Ref]
			if g.Status != w.Status || g.Description != w.Description || g.Justification != w.Justification {
				t.Errorf("%s: ref %s read back as %+v, want %+v", lang, w.Ref, g, w)
			}
		}
		if g := got["7.1"]; g.Status != "" {
			t.Errorf("%s: the measured 7.1 read back as answered %q", lang, g.Status)
		}
	}
}
