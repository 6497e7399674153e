package checks

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"
)

// Bounds of the XML a workbook holds (sheets, shared strings, styles...),
// whatever its parts are named, checked before excelize reads it: excelize
// spends about 5 kB of memory per cell it reads, and a grid of 100 refs
// holds a few thousand cells in well under 1 MiB.
const (
	maxAnswersXML   = 2 << 20
	maxAnswersCells = 20000
	// maxCellColumn is the last column a cell may be in (ZZ): excelize
	// gives a row as many values as its last cell's column.
	maxCellColumn = 702
)

// checkXMLParts refuses a workbook holding more XML, more cells or cells
// further right than the bounds above, before excelize reads it. A part
// is XML when its first bytes are (a sheet may be stored under any name;
// an image is not counted); sizes are those of the zip directory, which
// the zip reader holds each part to.
func checkXMLParts(data []byte, path string) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil // not a zip: excelize says so
	}
	var size uint64
	cells := 0
	for _, zf := range zr.File {
		if zf.UncompressedSize64 == 0 {
			continue
		}
		isXML, err := looksXML(zf)
		if err == nil && isXML {
			size += zf.UncompressedSize64
			if size > maxAnswersXML {
				return fmt.Errorf("answers workbook %s: it holds more than %d MiB of XML, far more than a grid: remove the other sheets and the cells around the grid, or answer in YAML", path, maxAnswersXML>>20)
			}
			err = countCells(zf, &cells)
		}
		if err != nil {
			return fmt.Errorf("answers workbook %s: part %s: %w", path, zf.Name, err)
		}
	}
	return nil
}

// countCells adds a part's cells to n, refusing more than maxAnswersCells
// in all or a cell right of maxCellColumn. A part that is not well-formed
// XML is left to excelize.
func countCells(zf *zip.File, n *int) error {
	r, err := zf.Open()
	if err != nil {
		return err
	}
	defer r.Close()
	d := xml.NewDecoder(r)
	for {
		tok, err := d.RawToken()
		if err != nil {
			return nil
		}
		el, ok := tok.(xml.StartElement)
		if !ok || el.Name.Local != "c" {
			continue
		}
		if *n++; *n > maxAnswersCells {
			return fmt.Errorf("more than %d cells, far more than a grid: remove the other sheets and the cells around the grid, or answer in YAML", maxAnswersCells)
		}
		for _, a := range el.Attr {
			if a.Name.Local != "r" {
				continue
			}
			if col, _, err := excelize.CellNameToCoordinates(a.Value); err == nil && col > maxCellColumn {
				return fmt.Errorf("cell %s is right of column ZZ: move the grid to the first columns", a.Value)
			}
		}
	}
}

// looksXML tells a part whose first bytes open an XML document (or UTF-16).
func looksXML(zf *zip.File) (bool, error) {
	r, err := zf.Open()
	if err != nil {
		return false, err
	}
	defer r.Close()
	head := make([]byte, 256)
	n, err := io.ReadFull(r, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return false, err
	}
	h := bytes.TrimLeft(bytes.TrimPrefix(head[:n], []byte("\xef\xbb\xbf")), " \t\r\n")
	return len(h) == 0 || h[0] == '<' || bytes.HasPrefix(h, []byte{0xff, 0xfe}) || bytes.HasPrefix(h, []byte{0xfe, 0xff}), nil
}
