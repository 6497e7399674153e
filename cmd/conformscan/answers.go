package main

import (
	"context"
	"path/filepath"
	"strings"

	"conformscan/checks"
	"conformscan/inputs"
)

// loadAnswers reads an answers file by its extension: the PAS grid filled
// in Excel (.xlsx), or the YAML that 'conformscan answers init' prints.
func loadAnswers(ctx context.Context, path string, cat *checks.Catalogue, opts checks.AnswersOptions) (*checks.Answers, error) {
	if opts.AttachmentsDir != "" {
		// A directory, checked without blocking (a FIFO would hang).
		if err := inputs.Check(ctx, inputs.AttachmentsDir, opts.AttachmentsDir); err != nil {
			return nil, err
		}
	}
	if strings.EqualFold(filepath.Ext(path), ".xlsx") {
		return checks.LoadAnswersXLSX(ctx, path, cat, opts)
	}
	return checks.LoadAnswers(ctx, path, cat, opts)
}
