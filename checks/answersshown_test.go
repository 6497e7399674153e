package checks

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"conformscan/inputs/inputstest"
)

// gridSheetXML is the grid's sheet in vendorGrid's workbook.
const gridSheetXML = "xl/worksheets/sheet2.xml"

// rewriteXLSX rewrites one part of a saved workbook, for the shapes the
// excelize API does not write (cached formula results, sheet formats).
func rewriteXLSX(t *testing.T, path, part string, edit func(string) string) {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	found := false
	for _, f := range zr.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		if f.Name == part {
			found, data = true, []byte(edit(string(data)))
		}
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(data)
	}
	if err := zw.Close(); err != nil || !found {
		t.Fatalf("rewriting %s in %s: %v (found %v)", part, path, err, found)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
}

// replaceCell swaps the XML of cell ref in a sheet for cell.
func replaceCell(ref, cell string) func(string) string {
	return func(xml string) string {
		start := strings.Index(xml, `<c r="`+ref+`"`)
		end := strings.Index(xml[start:], "</c>")
		return xml[:start] + cell + xml[start+end+len("</c>"):]
	}
}

// copyGrid writes the grid's header and one answer on a new sheet.
func copyGrid(f *excelize.File, sheet, status string) {
	f.NewSheet(sheet)
	f.SetSheetRow(sheet, "A1", &[]string{"Réf.", "Statut", "Description"})
	f.SetSheetRow(sheet, "A2", &[]string{"2.3", status, "copie"})
}

func styled(f *excelize.File, cell, numFmt string) {
	st, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &numFmt})
	f.SetCellStyle("Exigences", cell, cell, st)
}

// TestLoadAnswersXLSXWhatIsSeen: only what the person who filled the grid
// saw is read; a hidden sheet, row or column, a formula or a value changed
// by its number format is refused naming the sheet, row and column, and a
// refused workbook never gives an answer.
func TestLoadAnswersXLSXWhatIsSeen(t *testing.T) {
	cases := []struct {
		name string
		edit func(f *excelize.File)
		xml  func(string) string // then applied to the grid's sheet
		// workbook is then applied to the workbook part
		workbook func(string) string
		want     string // the error; empty when read
		ref      string // when read: this ref's status
		is       string
	}{
		{name: "very hidden grid answering conforme loses to the visible one",
			edit: func(f *excelize.File) {
				copyGrid(f, "Réponses", "Conforme")
				f.SetSheetVisible("Réponses", false, true)
			}, ref: "2.3", is: AnswerNonConforme},
		{name: "hidden grid besides the visible one is not read",
			edit: func(f *excelize.File) { copyGrid(f, "Ancienne", "Conforme"); f.SetSheetVisible("Ancienne", false) },
			ref:  "2.3", is: AnswerNonConforme},
		{name: "grid only on a hidden sheet",
			edit: func(f *excelize.File) { f.SetSheetVisible("Exigences", false) },
			want: `the grid is only on sheet "Exigences" (hidden)`},
		{name: "grid only on a very hidden sheet",
			edit: func(f *excelize.File) { f.SetSheetVisible("Exigences", false, true) },
			want: `the grid is only on sheet "Exigences" (very hidden)`},
		{name: "two visible grids",
			edit: func(f *excelize.File) { copyGrid(f, "Copie", "Conforme") },
			want: `sheets "Exigences", "Copie" all hold a grid`},
		{name: "hidden answering row",
			edit: func(f *excelize.File) { f.SetRowVisible("Exigences", 8, false) },
			want: `sheet "Exigences", row 8: the row is hidden`},
		{name: "answering row without height",
			edit: func(f *excelize.File) { f.SetRowHeight("Exigences", 8, 0) },
			want: `sheet "Exigences", row 8: the row is hidden`},
		{name: "hidden header row",
			edit: func(f *excelize.File) { f.SetRowVisible("Exigences", 4, false) },
			want: `sheet "Exigences", row 4: the row is hidden`},
		{name: "hidden section title row is no answer",
			edit: func(f *excelize.File) { f.SetRowVisible("Exigences", 5, false) },
			ref:  "2.3", is: AnswerNonConforme},
		{name: "hidden status column",
			edit: func(f *excelize.File) { f.SetColVisible("Exigences", "E", false) },
			want: `row 4, column E (Statut): the column is hidden`},
		{name: "hidden column not read",
			edit: func(f *excelize.File) { f.SetColVisible("Exigences", "G", false) },
			ref:  "2.3", is: AnswerNonConforme},
		{name: "formula without cached value",
			edit: func(f *excelize.File) { f.SetCellFormula("Exigences", "E8", `"Conforme"`) },
			want: `row 8, column E (Statut): cell E8 holds a formula (="Conforme")`},
		{name: "formula whose cached value differs",
			xml:  replaceCell("E8", `<c r="E8" t="str"><f>"Non conforme"</f><v>Conforme</v></c>`),
			want: `row 8, column E (Statut): cell E8 holds a formula (="Non conforme")`},
		{name: "formula result without its formula (array child)",
			xml:  replaceCell("E8", `<c r="E8" t="str"><v>Conforme</v></c>`),
			want: `row 8, column E (Statut): cell E8 holds a formula`},
		{name: "formula in the description",
			edit: func(f *excelize.File) { f.SetCellFormula("Exigences", "D9", `"Hors de France"`) },
			want: `row 9, column D (Description de la prise en charge par le titulaire): cell D9 holds a formula`},
		{name: "number shown as a status by its format",
			edit: func(f *excelize.File) {
				f.SetCellFloat("Exigences", "E8", 1, -1, 64)
				styled(f, "E8", `"Conforme";"Non conforme";"Non conforme"`)
			},
			want: `row 8, column E (Statut): cell E8 shows "Conforme" through its number format but holds "1"`},
		{name: "status hidden by its format",
			edit: func(f *excelize.File) { f.SetCellStr("Exigences", "E10", "Conforme"); styled(f, "E10", ";;;") },
			want: `row 10, column E (Statut): cell E10 shows "" through its number format but holds "Conforme"`},
		{name: "merged status answers both rows",
			edit: func(f *excelize.File) {
				f.SetCellStr("Exigences", "E7", "Non conforme")
				f.MergeCell("Exigences", "E7", "E8")
			},
			ref: "2.3", is: AnswerNonConforme},
		{name: "merged status holding a formula",
			edit: func(f *excelize.File) {
				f.SetCellFormula("Exigences", "E7", `"Conforme"`)
				f.MergeCell("Exigences", "E7", "E8")
			},
			want: `row 7, column E (Statut): cell E7 holds a formula`},
		{name: "rows hidden unless given a height",
			xml: func(s string) string {
				return strings.Replace(s, "<sheetData>", `<sheetFormatPr defaultRowHeight="15" zeroHeight="1"/><sheetData>`, 1)
			},
			want: `sheet "Exigences" hides every row not given a height`},
		{name: "chart sheet besides the grid",
			edit: func(f *excelize.File) {
				f.AddChartSheet("Graphique", &excelize.Chart{Type: excelize.Col, Series: []excelize.ChartSeries{
					{Name: "Exigences!$A$6", Categories: "Exigences!$A$6:$A$7", Values: "Exigences!$B$6:$B$7"}}})
			},
			ref: "2.3", is: AnswerNonConforme},
		{name: "huge sheet besides the grid",
			edit: func(f *excelize.File) {
				f.NewSheet("Données")
				f.SetCellStr("Données", "A1048576", "fin")
				f.SetSheetVisible("Données", false, true)
			},
			ref: "2.3", is: AnswerNonConforme},
		{name: "overlapping merged ranges over the whole grid",
			xml: func(s string) string {
				r := strings.Repeat(`<mergeCell ref="A6:BL5000"/>`, 30)
				return strings.Replace(s, "</mergeCells>", r+"</mergeCells>", 1)
			},
			want: `row 6, column E (Statut): "2.1" is not a status`},
		{name: "too many cells",
			xml: func(s string) string {
				return strings.Replace(s, "</sheetData>", "<row>"+strings.Repeat("<c/>", maxAnswersCells)+"</row></sheetData>", 1)
			},
			want: `part xl/worksheets/sheet2.xml: more than 20000 cells`},
		{name: "cell far right",
			xml: func(s string) string {
				return strings.Replace(s, "</sheetData>", `<row r="11"><c r="XFD11"/></row></sheetData>`, 1)
			},
			want: `part xl/worksheets/sheet2.xml: cell XFD11 is right of column ZZ`},
		{name: "too much XML",
			xml: func(s string) string {
				return strings.Replace(s, "<sheetData>", "<!--"+strings.Repeat(" ", maxAnswersXML)+"--><sheetData>", 1)
			},
			want: `more than 2 MiB of XML`},
		{name: "two sheets of one name, the hidden one first",
			edit: func(f *excelize.File) { f.SetSheetVisible("Page de garde", false, true) },
			workbook: func(s string) string {
				return strings.Replace(s, `name="Page de garde"`, `name="EXIGENCES"`, 1)
			},
			want: `two sheets are named "Exigences"`},
		{name: "too many merged ranges",
			xml: func(s string) string {
				var b strings.Builder
				for i := range maxMergedRanges + 1 {
					fmt.Fprintf(&b, `<mergeCell ref="H%d:I%d"/>`, i+20, i+20)
				}
				return strings.Replace(s, "</mergeCells>", b.String()+"</mergeCells>", 1)
			},
			want: `more than 10000 merged ranges`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := vendorGrid(t, c.edit)
			if c.xml != nil {
				rewriteXLSX(t, path, gridSheetXML, c.xml)
			}
			if c.workbook != nil {
				rewriteXLSX(t, path, "xl/workbook.xml", c.workbook)
			}
			var a *Answers
			var err error
			inputstest.Bounded(t, func() { a, err = loadXLSX(t, path) })
			if c.want != "" {
				if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), path) {
					t.Fatalf("error %v, want it to name the file and contain %q", err, c.want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if a.Sheet != "Exigences" {
				t.Errorf("read sheet %q, want Exigences", a.Sheet)
			}
			for _, e := range a.Entries() {
				if e.Ref == c.ref && e.Status != c.is {
					t.Errorf("ref %s read as %q, want %q", c.ref, e.Status, c.is)
				}
			}
		})
	}
}

// TestLoadAnswersXLSXTruncated: a workbook cut short is refused naming it.
func TestLoadAnswersXLSXTruncated(t *testing.T) {
	path := vendorGrid(t, nil)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{len(data) / 2, len(data) - 30, 30} {
		cut := filepath.Join(t.TempDir(), "coupe.xlsx")
		os.WriteFile(cut, data[:n], 0o600)
		if _, err := loadXLSX(t, cut); err == nil || !strings.Contains(err.Error(), cut) {
			t.Errorf("cut at %d: error %v, want a refusal naming the file", n, err)
		}
	}
}

// TestAnswerEvidenceNamesSheet: an answer read from a workbook names the
// sheet and row in its evidence.
func TestAnswerEvidenceNamesSheet(t *testing.T) {
	a, err := loadXLSX(t, vendorGrid(t, nil))
	if err != nil {
		t.Fatal(err)
	}
	cat, _ := LoadCatalogue()
	refs, _ := cat.Select("2.1")
	rs := AnswerResults(refs, nil, a, French, time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
	if len(rs) != 1 || len(rs[0].Evidence) == 0 || !strings.HasSuffix(rs[0].Evidence[0].Source, `, feuille "Exigences", ligne 6`) {
		t.Fatalf("results %+v: want the evidence to name the sheet and row", rs)
	}
}

// FuzzLoadAnswersXLSX feeds the workbook reader arbitrary bytes from a
// real grid: it never panics, and what it accepts names its sheet and
// holds only statuses the model knows.
func FuzzLoadAnswersXLSX(f *testing.F) {
	dir := f.TempDir()
	for _, hide := range []bool{false, true} {
		x := excelize.NewFile()
		copyGrid(x, "Exigences", "Conforme")
		x.SetRowVisible("Exigences", 2, !hide)
		var b bytes.Buffer
		if err := x.Write(&b); err != nil {
			f.Fatal(err)
		}
		f.Add(b.Bytes())
	}
	cat, err := LoadCatalogue()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(dir, "fuzz.xlsx")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		a, err := LoadAnswersXLSX(t.Context(), path, cat, AnswersOptions{})
		if err != nil {
			return
		}
		if a.Sheet == "" {
			t.Fatal("answers read from no named sheet")
		}
		for _, e := range a.Entries() {
			switch e.Status {
			case "", AnswerConforme, AnswerNonConforme, AnswerNA:
			default:
				t.Fatalf("status %q", e.Status)
			}
		}
	})
}
