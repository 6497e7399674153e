package checks

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"conformscan/inputs"
)

// Bounds of an answers workbook: it comes from outside the hospital.
const (
	// MaxAnswersXLSXBytes bounds the workbook file itself.
	MaxAnswersXLSXBytes = 16 << 20
	// maxAnswersUnzipped bounds the workbook once unzipped, and one sheet's XML.
	maxAnswersUnzipped = 32 << 20
	maxAnswersSheetXML = 16 << 20
	// maxAnswersRows and maxAnswersCols bound one sheet: the grid has 100 refs.
	maxAnswersRows = 5000
	maxAnswersCols = 64
	// headerSearchRows is how far down the header row is looked for.
	headerSearchRows = 40
	// maxMergedRanges bounds the merged ranges of one sheet.
	maxMergedRanges = 10000
)

// LoadAnswersXLSX reads the PAS grid as the vendor returns it filled in
// Excel: the one visible sheet with a header row naming a ref column and a
// status column gives one answer per row whose ref cell holds a ref. What
// the person who filled it could not see (a hidden sheet, row or column, a
// formula, a value shown through a number format) is refused, not read.
// Errors name the sheet, the row and the column; the answers name the
// sheet read.
func LoadAnswersXLSX(ctx context.Context, path string, cat *Catalogue, opts AnswersOptions) (*Answers, error) {
	data, err := inputs.Read(ctx, inputs.AnswersXLSX, path)
	if err != nil {
		return nil, err
	}
	if err := checkXMLParts(data, path); err != nil {
		return nil, err
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: maxAnswersUnzipped, UnzipXMLSizeLimit: maxAnswersSheetXML})
	if err != nil {
		return nil, fmt.Errorf("answers workbook %s: %w (give an .xlsx saved by Excel or LibreOffice, or a YAML answers file)", path, err)
	}
	defer f.Close()
	af, loc, err := workbookAnswers(f, path)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(data)
	a, err := ValidateAnswers(ctx, af, path, hex.EncodeToString(sum[:]), loc, cat, opts)
	if err != nil {
		return nil, err
	}
	a.Sheet = loc.sheet
	return a, nil
}

// workbookAnswers reads the grid from the one visible sheet that holds it
// (gridSheet), refusing what the person who filled it could not see
// (answersshown.go).
func workbookAnswers(f *excelize.File, path string) (*AnswersFile, *xlsxLocator, error) {
	sheet, err := gridSheet(f, path)
	if err != nil {
		return nil, nil, err
	}
	rows, merged, err := sheetRows(f, sheet, maxAnswersRows, true)
	if err != nil {
		return nil, nil, fmt.Errorf("answers workbook %s: sheet %q: %w", path, sheet, err)
	}
	at, cols, ok := findHeader(rows)
	if !ok {
		return nil, nil, noGridError(path)
	}
	loc := &xlsxLocator{path: path, sheet: sheet, cols: cols}
	shown := newShownSheet(f, loc, merged, len(rows))
	if err := shown.checkGrid(at); err != nil {
		return nil, nil, err
	}
	af, err := sheetAnswers(f, rows, at, loc, shown)
	return af, loc, err
}

// noGridError says that no sheet holds the grid's header.
func noGridError(path string) error {
	return fmt.Errorf("answers workbook %s: no sheet has, in its first %d rows, a header naming a ref column (\"Ref\", \"Réf.\", \"N°\") and a status column (\"Statut\", \"Conformité\"): add that header row above the grid", path, headerSearchRows)
}

// sheetRows reads at most limit rows of maxAnswersCols cells, then copies
// each merged range's value into every cell of the range. More rows are an
// error when strict; otherwise they are not read, and a sheet too long to
// be the grid is returned without its merged ranges (reading them loads
// the whole sheet).
func sheetRows(f *excelize.File, sheet string, limit int, strict bool) ([][]string, []excelize.MergeCell, error) {
	it, err := f.Rows(sheet)
	if err != nil {
		return nil, nil, err
	}
	defer it.Close()
	var rows [][]string
	n := 0
	for it.Next() {
		if n++; n > limit {
			if strict {
				return nil, nil, fmt.Errorf("more than %d rows: remove what is not the grid", limit)
			}
			if n > maxAnswersRows {
				break
			}
			continue
		}
		cells, err := it.Columns()
		if err != nil {
			return nil, nil, fmt.Errorf("row %d: %w", n, err)
		}
		rows = append(rows, cells[:min(len(cells), maxAnswersCols)])
	}
	if err := it.Error(); err != nil {
		return nil, nil, err
	}
	if n > maxAnswersRows || n == 0 {
		return rows, nil, nil // a chart sheet has no rows, nor merged cells to read
	}
	return fillMerged(f, sheet, rows)
}

// fillMerged gives every cell of a merged range the range's value, so that
// a description merged over several refs answers each of them. The ranges
// may not cover more cells than a sheet holds (overlapping ranges would
// make the copy endless).
func fillMerged(f *excelize.File, sheet string, rows [][]string) ([][]string, []excelize.MergeCell, error) {
	merged, err := f.GetMergeCells(sheet)
	if err != nil {
		return nil, nil, fmt.Errorf("merged cells: %w", err)
	}
	if len(merged) > maxMergedRanges {
		return nil, nil, fmt.Errorf("more than %d merged ranges: unmerge what is not the grid", maxMergedRanges)
	}
	filled := 0
	for _, m := range merged {
		c1, r1, err1 := excelize.CellNameToCoordinates(m.GetStartAxis())
		c2, r2, err2 := excelize.CellNameToCoordinates(m.GetEndAxis())
		if err := errors.Join(err1, err2); err != nil {
			return nil, nil, fmt.Errorf("merged range %s: %w", m[0], err)
		}
		for r := r1; r <= min(r2, len(rows)); r++ {
			for c := c1; c <= min(c2, maxAnswersCols); c++ {
				if filled++; filled > maxAnswersRows*maxAnswersCols {
					return nil, nil, fmt.Errorf("merged range %s: the merged ranges overlap or cover more than %d rows of %d columns", m[0], maxAnswersRows, maxAnswersCols)
				}
				for len(rows[r-1]) < c {
					rows[r-1] = append(rows[r-1], "")
				}
				rows[r-1][c-1] = m.GetCellValue()
			}
		}
	}
	return rows, merged, nil
}

// sheetAnswers maps the rows under the header at index at to answers; a
// row that answers must have been seen as it is read (shown.checkRow).
func sheetAnswers(f *excelize.File, rows [][]string, at int, loc *xlsxLocator, shown *shownSheet) (*AnswersFile, error) {
	af := &AnswersFile{Version: 1}
	for i := at + 1; i < len(rows); i++ {
		if !refPattern.MatchString(strings.TrimSpace(cellAt(rows[i], loc.cols.ref))) {
			continue // a section title, a blank line, a note
		}
		if err := shown.checkRow(i + 1); err != nil {
			return nil, err
		}
		an, ok, err := rowAnswer(rows[i], loc.cols)
		if ce := (*cellError)(nil); errors.As(err, &ce) {
			return nil, fmt.Errorf("%s: %w", loc.cell(i+1, ce.col), err)
		}
		if !ok {
			continue
		}
		if err := numericRef(f, loc, i+1); err != nil {
			return nil, err
		}
		af.Answers = append(af.Answers, an)
		loc.rows = append(loc.rows, i+1)
	}
	return af, nil
}

// numericRef refuses a ref Excel stores as a number (a cell without a
// type is one): 8.10 reads back 8.1.
func numericRef(f *excelize.File, loc *xlsxLocator, row int) error {
	cell, _ := excelize.CoordinatesToCellName(loc.cols.ref+1, row)
	if t, err := f.GetCellType(loc.sheet, cell); err == nil && (t == excelize.CellTypeNumber || t == excelize.CellTypeUnset) {
		return fmt.Errorf("%s: the ref is stored as a number, so 8.10 reads as 8.1: format the column as text and type the refs again", loc.cell(row, loc.cols.ref))
	}
	return nil
}

// xlsxLocator names where an answer read from a workbook is.
type xlsxLocator struct {
	path, sheet string
	cols        gridColumns
	rows        []int // the row of each answer
}

// Line is answer i's row.
func (l *xlsxLocator) Line(i int) int { return l.rows[i] }

// At names answer i's field by sheet, row and column.
func (l *xlsxLocator) At(i int, field string) string {
	return l.cell(l.rows[i], l.cols.of(field))
}

// cell names a cell; col is 0-based, negative when the field has no column.
func (l *xlsxLocator) cell(row, col int) string {
	if col < 0 {
		return fmt.Sprintf("%s: sheet %q, row %d", l.path, l.sheet, row)
	}
	name, _ := excelize.ColumnNumberToName(col + 1)
	return fmt.Sprintf("%s: sheet %q, row %d, column %s (%s)", l.path, l.sheet, row, name, l.cols.header(col))
}
