package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestAnswersXLSX: --answers and 'answers check' take the grid filled in
// Excel, chosen by extension; a file that is no workbook is a usage error.
func TestAnswersXLSX(t *testing.T) {
	dir := t.TempDir()
	f := excelize.NewFile()
	for i, row := range [][]string{{"Grille"}, {"Ref", "Description de la prise en charge", "Statut"},
		{"2.1", "Charte signée.", "Conforme"}, {"13.2", "Hébergé en France.", "Sans objet"}} {
		for j, v := range row {
			cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
			f.SetCellStr("Sheet1", cell, v)
		}
	}
	grid := filepath.Join(dir, "grille.XLSX")
	if err := f.SaveAs(grid); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, "answers", "check", grid)
	if code != 0 || !strings.Contains(out, "2 entrées, 2 renseignées, 0 problème(s)") {
		t.Fatalf("answers check: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	report := filepath.Join(dir, "r.json")
	code, _, errOut = runCLI(t, "scan", "--answers", grid, "--refs", "2.1,13.2", "--output", report)
	data, _ := os.ReadFile(report)
	if code != 0 || !strings.Contains(string(data), `"file": "`+grid) || !strings.Contains(string(data), "grille.XLSX:3") {
		t.Fatalf("scan: exit %d, stderr %q, report %.300s", code, errOut, data)
	}
	junk := filepath.Join(dir, "faux.xlsx")
	os.WriteFile(junk, []byte("PK\x03\x04 not a workbook"), 0o644)
	if code, _, errOut := boundedCLI(t, "scan", "--answers", junk); code != 2 || !strings.Contains(errOut, "faux.xlsx") {
		t.Errorf("junk workbook: exit %d, stderr %q; want 2 naming the file", code, errOut)
	}
}
