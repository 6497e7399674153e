package checks

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"
)

// What the user sees is what is read: the answers are taken from the one
// visible sheet holding the grid, and a row that answers is refused rather
// than read when the person who filled the grid could not see it as it is
// read: a hidden row or column, a formula (its cached value may not be
// what Excel shows once it recalculates), or a ref or status shown through
// a number format that changes it.

// minShownRowHeight is the height, in points, below which a row is hidden.
const minShownRowHeight = 4

// gridSheet is the one visible sheet whose first rows hold the grid's
// header. Two visible grids are ambiguous; a grid only on hidden sheets
// was not seen by the person who filled it: both are refused.
func gridSheet(f *excelize.File, path string) (string, error) {
	var shown, hidden []string
	seen := map[string]bool{}
	for _, sheet := range f.GetSheetList() {
		if seen[strings.ToLower(sheet)] {
			return "", fmt.Errorf("answers workbook %s: two sheets are named %q: which one is read cannot be told: rename one", path, sheet)
		}
		seen[strings.ToLower(sheet)] = true
		head, _, err := sheetRows(f, sheet, headerSearchRows, false)
		if err != nil {
			return "", fmt.Errorf("answers workbook %s: sheet %q: %w", path, sheet, err)
		}
		if _, _, ok := findHeader(head); !ok {
			continue
		}
		if state := sheetState(f, sheet); state != "" {
			hidden = append(hidden, fmt.Sprintf("%q (%s)", sheet, state))
			continue
		}
		shown = append(shown, sheet)
	}
	switch {
	case len(shown) > 1:
		return "", fmt.Errorf("answers workbook %s: sheets %s all hold a grid (a header naming a ref and a status column): which one holds the answers is ambiguous: keep one grid, or rename the header of the others", path, quoteAll(shown))
	case len(shown) == 1:
		return shown[0], nil
	case len(hidden) > 0:
		return "", fmt.Errorf("answers workbook %s: the grid is only on sheet %s, which is not shown, so whoever filled the workbook did not see it: a hidden sheet is not read: show it (right-click a sheet tab, Unhide) or copy the grid onto a visible sheet", path, strings.Join(hidden, ", "))
	}
	return "", noGridError(path)
}

// quoteAll lists names quoted, comma-separated.
func quoteAll(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
	}
	return strings.Join(q, ", ")
}

// sheetState is "" for a visible sheet, else "hidden" or "very hidden".
func sheetState(f *excelize.File, sheet string) string {
	if visible, err := f.GetSheetVisible(sheet); err == nil && visible {
		return ""
	}
	if f.WorkBook != nil {
		for _, s := range f.WorkBook.Sheets.Sheet {
			if s.Name == sheet && s.State == "veryHidden" {
				return "very hidden"
			}
		}
	}
	return "hidden"
}

// shownSheet checks that the grid's cells were seen as they are read.
type shownSheet struct {
	f   *excelize.File
	loc *xlsxLocator
	// origin maps a merged cell of a grid column, (row, col) 1-based, to
	// its range's first cell, the one that holds the value.
	origin map[[2]int][2]int
}

func newShownSheet(f *excelize.File, loc *xlsxLocator, merged []excelize.MergeCell, nrows int) *shownSheet {
	s := &shownSheet{f: f, loc: loc, origin: map[[2]int][2]int{}}
	for _, m := range merged {
		c1, r1, err1 := excelize.CellNameToCoordinates(m.GetStartAxis())
		c2, r2, err2 := excelize.CellNameToCoordinates(m.GetEndAxis())
		if err1 != nil || err2 != nil {
			continue // fillMerged refused it already
		}
		for _, col := range s.columns() {
			if col+1 < c1 || col+1 > c2 {
				continue
			}
			for r := r1; r <= min(r2, nrows); r++ {
				s.origin[[2]int{r, col + 1}] = [2]int{r1, c1}
			}
		}
	}
	return s
}

// columns are the grid's columns read, 0-based.
func (s *shownSheet) columns() []int {
	var out []int
	c := s.loc.cols
	for _, col := range []int{c.ref, c.status, c.description, c.justification} {
		if col >= 0 {
			out = append(out, col)
		}
	}
	return out
}

// checkGrid refuses a sheet whose header row or grid columns are hidden,
// or whose rows are hidden unless given a height.
func (s *shownSheet) checkGrid(at int) error {
	sheet := s.loc.sheet
	if props, err := s.f.GetSheetProps(sheet); err != nil {
		return fmt.Errorf("answers workbook %s: sheet %q: %w", s.loc.path, sheet, err)
	} else if props.ZeroHeight != nil && *props.ZeroHeight {
		return fmt.Errorf("answers workbook %s: sheet %q hides every row not given a height: show all the rows (select all, then Format, Rows, Unhide) and save again", s.loc.path, sheet)
	}
	if err := s.rowShown(at + 1); err != nil {
		return err
	}
	for _, col := range s.columns() {
		name, _ := excelize.ColumnNumberToName(col + 1)
		if visible, err := s.f.GetColVisible(sheet, name); err != nil || !visible {
			return fmt.Errorf("%s: the column is hidden, so whoever filled the grid did not see it: show it (select the columns around it, then Unhide) or delete it", s.loc.cell(at+1, col))
		}
	}
	return nil
}

// checkRow refuses an answering row that is hidden, or whose cells hold a
// formula or show the ref or status otherwise than it is stored.
func (s *shownSheet) checkRow(row int) error {
	if err := s.rowShown(row); err != nil {
		return err
	}
	c := s.loc.cols
	for _, col := range s.columns() {
		if err := s.cellShown(row, col, col == c.ref || col == c.status); err != nil {
			return fmt.Errorf("%s: %w", s.loc.cell(row, col), err)
		}
	}
	return nil
}

// rowShown refuses a hidden row (hidden, filtered out, folded in a group,
// or given no height).
func (s *shownSheet) rowShown(row int) error {
	visible, err := s.f.GetRowVisible(s.loc.sheet, row)
	if err == nil && visible {
		var h float64
		if h, err = s.f.GetRowHeight(s.loc.sheet, row); err == nil && h >= minShownRowHeight {
			return nil
		}
	}
	if err != nil {
		return fmt.Errorf("%s: %w", s.loc.cell(row, -1), err)
	}
	return fmt.Errorf("%s: the row is hidden (hidden, filtered out, folded in a group or without height), so whoever filled the grid did not see it: show it, clear the filter, or delete the row", s.loc.cell(row, -1))
}

// cellShown refuses a formula (by its text or its cached string result)
// and, for the ref and status, a value shown otherwise than it is stored.
func (s *shownSheet) cellShown(row, col int, exact bool) error {
	at := [2]int{row, col + 1}
	if o, ok := s.origin[at]; ok {
		at = o
	}
	cell, _ := excelize.CoordinatesToCellName(at[1], at[0])
	sheet := s.loc.sheet
	formula, err := s.f.GetCellFormula(sheet, cell)
	if err != nil {
		return err
	}
	typ, err := s.f.GetCellType(sheet, cell)
	if err != nil {
		return err
	}
	if formula != "" || typ == excelize.CellTypeFormula {
		return fmt.Errorf("cell %s holds a formula (=%s): what Excel shows may not be the value saved with it: type the answer as text", cell, Clip(oneLine(strings.TrimPrefix(formula, "=")), 60))
	}
	if !exact {
		return nil
	}
	shown, err := s.f.GetCellValue(sheet, cell)
	if err != nil {
		return err
	}
	stored, err := s.f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
	if err != nil {
		return err
	}
	if shown != stored {
		return fmt.Errorf("cell %s shows %q through its number format but holds %q: format the cell as Standard or Text and type the answer again", cell, Clip(oneLine(shown), 60), Clip(oneLine(stored), 60))
	}
	return nil
}
