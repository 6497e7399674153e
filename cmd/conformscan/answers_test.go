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
	if code != 0 || !strings.Contains(out, `grille.XLSX, feuille "Sheet1": 2 entrées, 2 renseignées, 0 problème(s)`) {
		t.Fatalf("answers check: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	report := filepath.Join(dir, "r.json")
	code, _, errOut = runCLI(t, "scan", "--answers", grid, "--refs", "2.1,13.2", "--output", report)
	data, _ := os.ReadFile(report)
	if code != 0 || !strings.Contains(string(data), `"file": "`+grid) || !strings.Contains(string(data), `grille.XLSX, feuille \"Sheet1\", ligne 3`) {
		t.Fatalf("scan: exit %d, stderr %q, report %.300s", code, errOut, data)
	}
	junk := filepath.Join(dir, "faux.xlsx")
	os.WriteFile(junk, []byte("PK\x03\x04 not a workbook"), 0o644)
	if code, _, errOut := boundedCLI(t, "scan", "--answers", junk); code != 2 || !strings.Contains(errOut, "faux.xlsx") {
		t.Errorf("junk workbook: exit %d, stderr %q; want 2 naming the file", code, errOut)
	}
}

// TestAnswersXLSXHiddenSheets: the sheet the vendor sees is the one read.
// A very hidden sheet answering "Conforme" does not win over the visible
// "Non conforme" (NO-GO, exit 1); a grid only on a hidden sheet, or on two
// visible sheets, is refused with exit 2 naming the sheets, by scan and by
// 'answers check'.
func TestAnswersXLSXHiddenSheets(t *testing.T) {
	grid := func(f *excelize.File, sheet, status string) {
		if _, err := f.NewSheet(sheet); err != nil {
			t.Fatal(err)
		}
		f.SetSheetRow(sheet, "A1", &[]string{"Ref", "Description de la prise en charge", "Statut"})
		f.SetSheetRow(sheet, "A2", &[]string{"2.1", "Charte.", status})
	}
	cases := []struct {
		name  string
		build func(f *excelize.File)
		code  int
		want  string
	}{
		{"very hidden conforme, visible non conforme", func(f *excelize.File) {
			grid(f, "Grille", "Non conforme")
			grid(f, "Cachée", "Conforme")
			f.SetSheetVisible("Cachée", false, true)
		}, 1, `feuille "Grille", ligne 2`},
		{"grid only on a very hidden sheet", func(f *excelize.File) {
			grid(f, "Cachée", "Conforme")
			f.SetSheetVisible("Cachée", false, true)
		}, 2, `the grid is only on sheet "Cachée" (very hidden)`},
		{"two visible grids", func(f *excelize.File) {
			grid(f, "Grille", "Non conforme")
			grid(f, "Copie", "Conforme")
		}, 2, `sheets "Grille", "Copie" all hold a grid`},
		{"hidden answering row", func(f *excelize.File) {
			grid(f, "Grille", "Conforme")
			f.SetRowVisible("Grille", 2, false)
		}, 2, `sheet "Grille", row 2: the row is hidden`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			f := excelize.NewFile()
			c.build(f)
			path := filepath.Join(dir, "grille.xlsx")
			if err := f.SaveAs(path); err != nil {
				t.Fatal(err)
			}
			report := filepath.Join(dir, "r.json")
			code, _, errOut := boundedCLI(t, "scan", "--answers", path, "--refs", "2.1", "--output", report)
			data, _ := os.ReadFile(report)
			if code != c.code || !strings.Contains(errOut+strings.ReplaceAll(string(data), `\"`, `"`), c.want) {
				t.Errorf("scan: exit %d, stderr %q, report %.200s; want exit %d and %q", code, errOut, data, c.code, c.want)
			}
			if c.code == 1 && strings.Contains(string(data), `"decision": "go"`) {
				t.Errorf("scan: GO from a hidden sheet: %s", data)
			}
			code, out, errOut := boundedCLI(t, "answers", "check", path)
			if c.code == 2 && (code != 2 || !strings.Contains(errOut, c.want)) {
				t.Errorf("answers check: exit %d, stdout %q, stderr %q; want 2 and %q", code, out, errOut, c.want)
			}
		})
	}
}
