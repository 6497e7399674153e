package checks

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// vendorGrid writes a workbook the way a vendor returns the grid: a cover
// sheet, a title merged over the columns, the header on row 4, extra
// columns, section titles, a description merged over two refs and French
// status words. edit changes the grid sheet before it is saved.
func vendorGrid(t *testing.T, edit func(f *excelize.File)) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(f.SetSheetName("Sheet1", "Page de garde"))
	must(f.SetCellStr("Page de garde", "A1", "Réponse au marché — lot 3"))
	_, err := f.NewSheet("Exigences")
	must(err)
	rows := [][]string{
		{"Grille PAS — exigences de sécurité du CH"}, {}, {"À renvoyer complétée"},
		{"Réf.", "CHM", "Règle de sécurité", "Description de la prise en charge par le titulaire", "Statut", "Commentaire interne", "Responsable"},
		{"2. Gouvernance"},
		{"2.1", "O", "Charte", "Charte signée le 2 mars.", "Conforme", "", "J. Martin"},
		{"2.2", "O", "Accords", "Procédure commune aux intervenants.", "Partiellement conforme"},
		{"2.3", "O", "Autre", "", "Non conforme"},
		{"13.2", "R", "Hébergement", "Pas d'hébergement hors de France.", "Sans objet"},
		{"7.1", "O", "TLS", "", ""},
	}
	for i, row := range rows {
		for j, v := range row {
			cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
			must(f.SetCellStr("Exigences", cell, v))
		}
	}
	must(f.MergeCell("Exigences", "A1", "G1"))
	must(f.MergeCell("Exigences", "A5", "G5"))
	must(f.MergeCell("Exigences", "D7", "D8"))
	if edit != nil {
		edit(f)
	}
	path := filepath.Join(t.TempDir(), "grille-retour.xlsx")
	must(f.SaveAs(path))
	return path
}

func loadXLSX(t *testing.T, path string) (*Answers, error) {
	t.Helper()
	cat, err := LoadCatalogue()
	if err != nil {
		t.Fatal(err)
	}
	return LoadAnswersXLSX(t.Context(), path, cat, AnswersOptions{})
}

func TestLoadAnswersXLSXVendorGrid(t *testing.T) {
	a, err := loadXLSX(t, vendorGrid(t, nil))
	if err != nil {
		t.Fatal(err)
	}
	want := []Answer{
		{Ref: "2.1", Status: "conforme", Description: "Charte signée le 2 mars.", Line: 6},
		{Ref: "2.2", Status: "non-conforme", Description: "Partiellement conforme : Procédure commune aux intervenants.", Line: 7},
		{Ref: "2.3", Status: "non-conforme", Description: "Procédure commune aux intervenants.", Line: 8},
		{Ref: "13.2", Status: "na", Description: "Pas d'hébergement hors de France.", Justification: "Pas d'hébergement hors de France.", Line: 9},
		{Ref: "7.1", Status: "", Line: 10},
	}
	got := a.Entries()
	if len(got) != len(want) {
		t.Fatalf("got %d answers, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		g := got[i]
		if g.Ref != w.Ref || g.Status != w.Status || g.Description != w.Description || g.Justification != w.Justification || g.Line != w.Line {
			t.Errorf("answer %d:\n got %+v\nwant %+v", i, g, w)
		}
	}
	if len(a.Problems) != 0 || len(a.SHA256) != 64 {
		t.Errorf("problems %v, sha256 %q", a.Problems, a.SHA256)
	}
}

func TestLoadAnswersXLSXErrors(t *testing.T) {
	cases := []struct {
		name string
		edit func(f *excelize.File)
		want string
	}{
		{"status word", func(f *excelize.File) { f.SetCellStr("Exigences", "E6", "Peut-être") },
			`sheet "Exigences", row 6, column E (Statut): "Peut-être" is not a status`},
		{"unknown ref", func(f *excelize.File) { f.SetCellStr("Exigences", "A8", "14.1") },
			`sheet "Exigences", row 8, column A (Réf.): unknown ref "14.1"`},
		{"ref as a number", func(f *excelize.File) { f.SetCellFloat("Exigences", "A8", 8.1, 1, 64) },
			`sheet "Exigences", row 8, column A (Réf.): the ref is stored as a number`},
		{"twice", func(f *excelize.File) { f.SetCellStr("Exigences", "A8", "2.1") },
			`row 8, column A (Réf.): ref 2.1 is answered twice`},
		{"too many rows", func(f *excelize.File) { f.SetCellStr("Exigences", "A5001", "fin") },
			`sheet "Exigences": more than 5000 rows`},
		{"no header", func(f *excelize.File) { f.SetCellStr("Exigences", "E4", "Avis") },
			`no sheet has, in its first 40 rows, a header`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := loadXLSX(t, vendorGrid(t, c.edit))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want it to contain %q", err, c.want)
			}
		})
	}
}

func TestLoadAnswersXLSXBounded(t *testing.T) {
	big := filepath.Join(t.TempDir(), "gros.xlsx")
	if err := os.WriteFile(big, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(big, MaxAnswersXLSXBytes+1); err != nil {
		t.Fatal(err)
	}
	if _, err := loadXLSX(t, big); err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Fatalf("error %v, want the size limit", err)
	}
	bomb := filepath.Join(t.TempDir(), "bombe.xlsx")
	zipBomb(t, bomb, maxAnswersUnzipped+1)
	if _, err := loadXLSX(t, bomb); err == nil || !strings.Contains(err.Error(), "bombe.xlsx") || !strings.Contains(err.Error(), "limit") {
		t.Fatalf("error %v, want the unzip limit", err)
	}
	if _, err := loadXLSX(t, t.TempDir()); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Fatalf("error %v, want a refusal of a directory", err)
	}
}

// zipBomb writes a small zip whose sheet unzips to n bytes.
func zipBomb(t *testing.T, path string, n int) {
	t.Helper()
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	w, err := z.Create("xl/worksheets/sheet1.xml")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write(make([]byte, n)); err != nil {
		t.Fatal(err)
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
}

// FuzzRowAnswer feeds the row→answer mapping arbitrary cells: it never
// panics, and what it accepts is a ref with a status the model knows.
func FuzzRowAnswer(f *testing.F) {
	f.Add("2.1", "Conforme", "Charte\nsignée", "")
	f.Add("13.20", "Partiellement conforme", "Réponse du titulaire : na — x\nVerdict conformscan : N/A — y", "")
	f.Add("8.10", "N/A", "Verdict conformscan : N/A — z", "Justification : w")
	f.Add("x", "", "[ÉCHEC] a : b", "")
	f.Fuzz(func(t *testing.T, ref, status, desc, just string) {
		c := gridColumns{ref: 0, status: 1, description: 2, justification: 3}
		an, ok, err := rowAnswer([]string{ref, status, desc, just}, c)
		if err != nil {
			if ce, isCell := err.(*cellError); !isCell || ce.col != 1 {
				t.Fatalf("error %v does not name the status column", err)
			}
			return
		}
		if !ok {
			return
		}
		switch an.Status {
		case "", AnswerConforme, AnswerNonConforme, AnswerNA:
		default:
			t.Fatalf("status %q", an.Status)
		}
		if !refPattern.MatchString(an.Ref) {
			t.Fatalf("ref %q", an.Ref)
		}
	})
}
