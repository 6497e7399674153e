package reports

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"

	"conformscan/checks"
)

// CSV renders the PAS grid as CSV (RFC 4180, UTF-8 with a byte-order mark
// so that spreadsheets read the accents): one row per ref with the grid's
// columns, the description filled from the verdict and the vendor's answer,
// then the status and the evidence. A cell that a spreadsheet would read as
// a formula (=, +, -, @) is prefixed with an apostrophe: texts from the
// network must not run in the reader's spreadsheet.
type CSV struct {
	// Lang is the language of headers and labels; empty uses the report's.
	Lang checks.Lang
}

// Render writes r as CSV.
func (c CSV) Render(w io.Writer, r *Report) error {
	lang := reportLang(c.Lang, r)
	rows, err := gridRows(r, lang)
	if err != nil {
		return err
	}
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return fmt.Errorf("write CSV report: %w", err)
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(gridHeader(lang)); err != nil {
		return fmt.Errorf("write CSV report: %w", err)
	}
	for _, row := range rows {
		cells := row.cells()
		for i := range cells {
			cells[i] = defuseFormula(cells[i])
		}
		if err := cw.Write(cells); err != nil {
			return fmt.Errorf("write CSV report: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write CSV report: %w", err)
	}
	return nil
}

// defuseFormula keeps a spreadsheet from reading a cell as a formula.
func defuseFormula(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
