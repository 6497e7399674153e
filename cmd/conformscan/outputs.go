package main

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"

	"conformscan/checks"
	"conformscan/reports"
)

// reportFile is one --output: a path and the renderer its extension picks.
type reportFile struct {
	path     string
	renderer reports.Renderer
}

// planOutputs picks a renderer for every --output before the scan, so that
// an unknown extension is a usage error, not a lost scan.
func planOutputs(paths []string, lang checks.Lang) ([]reportFile, error) {
	var out []reportFile
	seen := map[string]bool{}
	for _, p := range paths {
		if err := checkOutput(p); err != nil {
			return nil, usageError{err}
		}
		r, err := reports.ForPath(p, lang)
		if err != nil {
			return nil, usage("--output: %w", err)
		}
		abs, _ := filepath.Abs(p)
		if seen[abs] {
			return nil, usage("--output %q is given twice: give each report file once", p)
		}
		seen[abs] = true
		out = append(out, reportFile{path: p, renderer: r})
	}
	return out, nil
}

// writeOutputs writes every report file (in place for devices, through
// symlinks, by rename for regular files: see output.go) and names each on
// stderr. A file that cannot be written does not stop the others; the
// errors are returned together.
func writeOutputs(files []reportFile, rep *reports.Report, lang checks.Lang, stderr io.Writer) error {
	var errs []error
	for _, f := range files {
		if err := writeOutput(f.path, func(w io.Writer) error { return f.renderer.Render(w, rep) }); err != nil {
			errs = append(errs, err)
			continue
		}
		fmt.Fprintf(stderr, "%s %s\n", lang.T("Rapport écrit dans", "Report written to"), f.path)
	}
	return errors.Join(errs...)
}
