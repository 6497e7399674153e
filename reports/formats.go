package reports

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"conformscan/checks"
)

// ErrUnknownFormat is returned for a format name or a file extension that no
// renderer serves.
var ErrUnknownFormat = errors.New("unknown report format")

// StdoutFormats are the names --format accepts, in help order.
const StdoutFormats = "table, json, markdown, html, junit"

// ForFormat returns the renderer of a format name for standard output. The
// table comes without colour or verbosity and lists every ref: the caller
// sets them.
func ForFormat(name string, lang checks.Lang) (Renderer, error) {
	switch name {
	case "table":
		return Table{Lang: lang, All: true}, nil
	case "json":
		return JSON{}, nil
	case "markdown", "md":
		return Markdown{Lang: lang}, nil
	case "html":
		return HTML{Lang: lang}, nil
	case "junit":
		return JUnit{Lang: lang}, nil
	}
	return nil, fmt.Errorf("format %q: use %s: %w", name, StdoutFormats, ErrUnknownFormat)
}

// OutputExtensions are the file extensions ForPath knows, in help order.
const OutputExtensions = ".json, .html, .xlsx, .csv, .md, .xml"

// ForPath returns the renderer of a report file, chosen by its extension:
// .json JSON, .html HTML, .xlsx and .csv the PAS grid, .md Markdown, .xml
// JUnit XML.
func ForPath(path string, lang checks.Lang) (Renderer, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".json":
		return JSON{}, nil
	case ".html", ".htm":
		return HTML{Lang: lang}, nil
	case ".xlsx":
		return XLSX{Lang: lang}, nil
	case ".csv":
		return CSV{Lang: lang}, nil
	case ".md", ".markdown":
		return Markdown{Lang: lang}, nil
	case ".xml":
		return JUnit{Lang: lang}, nil
	case "":
		// No extension (a device such as /dev/stdout, a pipe, a bare
		// name): the reference format, JSON.
		return JSON{}, nil
	}
	return nil, fmt.Errorf("report file %q: name it with one of %s: %w", path, OutputExtensions, ErrUnknownFormat)
}
