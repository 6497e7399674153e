package main

import (
	"io"

	"conformscan/checks"
	"conformscan/reports"
)

// checkFormat validates --format before the scan.
func checkFormat(name string) error {
	if _, err := reports.ForFormat(name, checks.French); err != nil {
		return usage("--format: %w", err)
	}
	return nil
}

// stdoutRenderer is the renderer of --format, the table with the terminal's
// colour, --verbose and --all.
func stdoutRenderer(s *scanSetup, f *scanFlags, stdout io.Writer) (reports.Renderer, error) {
	if s.format == "table" {
		return reports.Table{Color: !f.noColor && isTTY(stdout), Lang: s.lang, Verbose: f.verbose, All: f.all}, nil
	}
	return reports.ForFormat(s.format, s.lang)
}
