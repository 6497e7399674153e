package reports

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"conformscan/checks"
)

func TestGoldenCSV(t *testing.T) {
	golden(t, "grid_fr.csv", render(t, CSV{}, testReport(t, checks.French)))
	golden(t, "grid_en.csv", render(t, CSV{Lang: checks.English}, testReport(t, checks.English)))
}

// TestCSVReadsBack: the grid's columns, one row per ref, the vendor's
// answer and the evidence in their columns, formulas defused.
func TestCSVReadsBack(t *testing.T) {
	rep := testReport(t, checks.French)
	rep.Results[0].Evidence = append(rep.Results[0].Evidence, checks.Evidence{Rule: "=HYPERLINK(\"x\")"})
	out := render(t, CSV{}, rep)
	if !strings.HasPrefix(out, "\ufeff") {
		t.Error("no byte-order mark")
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	checkGrid(t, rows)
}

// checkGrid checks rows read back from the CSV or the XLSX.
func checkGrid(t *testing.T, rows [][]string) {
	t.Helper()
	want := []string{"Ref", "CHM (O/R/N/A)", "Règle de sécurité", "Description de la prise en charge par le titulaire", "Statut", "Preuves"}
	if len(rows) != 10 || strings.Join(rows[0], "|") != strings.Join(want, "|") {
		t.Fatalf("%d rows, header %q; want 10 and %q", len(rows), rows[0], want)
	}
	by := map[string][]string{}
	for _, r := range rows[1:] {
		by[r[0]] = r
	}
	if r := by["7.2"]; r[1] != "O" || r[4] != "ÉCHEC" || !strings.Contains(r[5], "CHM-7.2/AUTH-EN-CLAIR") ||
		!strings.Contains(r[2], "authentification") {
		t.Errorf("7.2 row = %q", r)
	}
	if r := by["13.2"]; !strings.Contains(r[3], "Réponse du titulaire") || r[4] != "N/A" {
		t.Errorf("13.2 row lacks the vendor's answer: %q", r)
	}
	for _, r := range rows {
		for _, c := range r {
			if strings.HasPrefix(c, "=") {
				t.Errorf("cell %q would run as a formula", c)
			}
		}
	}
}

// TestXLSXReadsBack: excelize reads the workbook back: same cells as the
// CSV, header frozen, text wrapped, status cells coloured.
func TestXLSXReadsBack(t *testing.T) {
	out := render(t, XLSX{}, testReport(t, checks.French))
	f, err := excelize.OpenReader(bytes.NewReader([]byte(out)))
	if err != nil {
		t.Fatalf("XLSX does not open: %v", err)
	}
	defer f.Close()
	sheet := f.GetSheetName(0)
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	checkGrid(t, rows)
	panes, err := f.GetPanes(sheet)
	if err != nil || !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("header not frozen: %+v %v", panes, err)
	}
	fills := map[string]string{}
	for i, r := range rows[1:] {
		cell, _ := excelize.CoordinatesToCellName(5, i+2)
		id, err := f.GetCellStyle(sheet, cell)
		if err != nil {
			t.Fatal(err)
		}
		st, err := f.GetStyle(id)
		if err != nil {
			t.Fatal(err)
		}
		if st.Alignment == nil || !st.Alignment.WrapText {
			t.Errorf("%s: text not wrapped", cell)
		}
		fills[r[4]] = st.Fill.Color[0]
	}
	if fills["ÉCHEC"] == fills["CONFORME"] || fills["ÉCHEC"] == "" || fills["MANUEL"] == fills["ERREUR"] {
		t.Errorf("statuses share a colour: %v", fills)
	}
}
