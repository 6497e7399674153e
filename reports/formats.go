package reports

import (
	"errors"
	"fmt"

	"conformscan/checks"
)

// ErrUnknownFormat is returned for a format name or a file extension that no
// renderer serves.
var ErrUnknownFormat = errors.New("unknown report format")

// StdoutFormats are the names --format accepts, in help order.
const StdoutFormats = "table, json, markdown, html, junit"

// ForFormat returns the renderer of a format name for standard output. The
// table comes without colour or verbosity: the caller sets them.
func ForFormat(name string, lang checks.Lang) (Renderer, error) {
	switch name {
	case "table":
		return Table{Lang: lang}, nil
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
