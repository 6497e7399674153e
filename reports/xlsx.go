package reports

import (
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"

	"conformscan/checks"
)

// XLSX renders the PAS grid as an Excel workbook: the CSV's columns on one
// sheet, the header row frozen and filtered, text wrapped, and each status
// cell filled with its colour.
type XLSX struct {
	// Lang is the language of headers and labels; empty uses the report's.
	Lang checks.Lang
}

// statusFill is a status cell's background colour.
func statusFill(s checks.Status) string {
	switch s {
	case checks.StatusFail:
		return "F4C7C3"
	case checks.StatusError:
		return "E1CCEC"
	case checks.StatusWarn:
		return "FCE5B0"
	case checks.StatusPass:
		return "C8E6C9"
	case checks.StatusManual:
		return "CFE0F5"
	}
	return "E0E0E0"
}

// xlsxWidth is column i's width, in characters.
func xlsxWidth(i int) float64 {
	return [...]float64{7, 10, 60, 70, 14, 70}[i]
}

// Render writes r as XLSX.
func (x XLSX) Render(w io.Writer, r *Report) error {
	lang := reportLang(x.Lang, r)
	rows, err := gridRows(r, lang)
	if err != nil {
		return err
	}
	f := excelize.NewFile()
	defer f.Close()
	sheet := lang.T("Grille PAS", "PAS grid")
	if err := f.SetSheetName(f.GetSheetName(0), sheet); err != nil {
		return fmt.Errorf("XLSX report: %w", err)
	}
	if err := xlsxLayout(f, sheet, gridHeader(lang), len(rows)); err != nil {
		return err
	}
	for i, row := range rows {
		if err := xlsxRow(f, sheet, i+2, row); err != nil {
			return err
		}
	}
	if err := f.Write(w); err != nil {
		return fmt.Errorf("write XLSX report: %w", err)
	}
	return nil
}

// xlsxLayout writes the header, freezes it, sets widths and the filter.
func xlsxLayout(f *excelize.File, sheet string, header []string, n int) error {
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9D9D9"}},
		Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	if err != nil {
		return fmt.Errorf("XLSX report: header style: %w", err)
	}
	for i, h := range header {
		cell, _ := excelize.CoordinatesToCellName(i+1, 1)
		if err := f.SetCellStr(sheet, cell, h); err != nil {
			return fmt.Errorf("XLSX report: %w", err)
		}
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(sheet, col, col, xlsxWidth(i)); err != nil {
			return fmt.Errorf("XLSX report: %w", err)
		}
	}
	last, _ := excelize.CoordinatesToCellName(len(header), 1)
	if err := f.SetCellStyle(sheet, "A1", last, bold); err != nil {
		return fmt.Errorf("XLSX report: %w", err)
	}
	if err := f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return fmt.Errorf("XLSX report: freezing the header: %w", err)
	}
	lastRow, _ := excelize.CoordinatesToCellName(len(header), n+1)
	if err := f.AutoFilter(sheet, "A1:"+lastRow, nil); err != nil {
		return fmt.Errorf("XLSX report: filter: %w", err)
	}
	return nil
}

// xlsxRow writes one ref, wrapped, its status cell in the status colour.
func xlsxRow(f *excelize.File, sheet string, n int, row gridRow) error {
	wrap := &excelize.Alignment{WrapText: true, Vertical: "top"}
	plain, err := f.NewStyle(&excelize.Style{Alignment: wrap})
	if err != nil {
		return fmt.Errorf("XLSX report: %w", err)
	}
	status, err := f.NewStyle(&excelize.Style{Alignment: wrap, Font: &excelize.Font{Bold: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{statusFill(row.Status)}}})
	if err != nil {
		return fmt.Errorf("XLSX report: %w", err)
	}
	for i, v := range row.cells() {
		cell, _ := excelize.CoordinatesToCellName(i+1, n)
		if err := f.SetCellStr(sheet, cell, v); err != nil {
			return fmt.Errorf("XLSX report: %w", err)
		}
		style := plain
		if i == 4 {
			style = status
		}
		if err := f.SetCellStyle(sheet, cell, cell, style); err != nil {
			return fmt.Errorf("XLSX report: %w", err)
		}
	}
	return nil
}
