package main

import (
	"fmt"
	"io"
	"os"
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

// writeOutputs writes every report file and names each on stderr.
func writeOutputs(files []reportFile, rep *reports.Report, lang checks.Lang, stderr io.Writer) error {
	for _, f := range files {
		if err := writeReport(f, rep); err != nil {
			return failure{err}
		}
		fmt.Fprintf(stderr, "%s %s\n", lang.T("Rapport écrit dans", "Report written to"), f.path)
	}
	return nil
}

// writeReport renders into a temporary file beside the target, then renames
// it, so that a failed render never leaves half a report.
func writeReport(f reportFile, rep *reports.Report) error {
	tmp, err := os.CreateTemp(filepath.Dir(f.path), "."+filepath.Base(f.path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("writing the report %s: %w (check that the directory exists and is writable)", f.path, err)
	}
	defer os.Remove(tmp.Name())
	if err := f.renderer.Render(tmp, rep); err != nil {
		tmp.Close()
		return fmt.Errorf("writing the report %s: %w", f.path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing the report %s: %w", f.path, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("writing the report %s: %w", f.path, err)
	}
	if err := os.Rename(tmp.Name(), f.path); err != nil {
		return fmt.Errorf("writing the report %s: %w", f.path, err)
	}
	return nil
}
