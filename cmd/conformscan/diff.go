package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"conformscan/checks"
	"conformscan/inputs"
	"conformscan/reports"
)

// loadReport reads and validates a JSON report file.
func loadReport(ctx context.Context, path string) (*reports.Loaded, error) {
	data, err := inputs.Read(ctx, inputs.Report, path)
	if err != nil {
		return nil, inputError(ctx, err)
	}
	l, err := reports.Load(data)
	if err != nil {
		return nil, usage("%s: %w (give a JSON report written by 'conformscan scan --output FILE.json')", path, err)
	}
	return l, nil
}

func newDiffCmd(stdout io.Writer) *cobra.Command {
	var format, lang string
	c := &cobra.Command{
		Use:   "diff A.json B.json",
		Short: "Compare two JSON reports per ref and subject: regressed, fixed, new, gone; exit 1 when something regressed",
		Args:  cobra.ExactArgs(2),
		RunE: func(c *cobra.Command, args []string) error {
			l, err := checks.ParseLang(lang)
			if err != nil {
				return usage("--lang: %w", err)
			}
			a, err := loadReport(c.Context(), args[0])
			if err != nil {
				return err
			}
			b, err := loadReport(c.Context(), args[1])
			if err != nil {
				return err
			}
			return printDiff(stdout, reports.Diff(a.Report, b.Report), format, l)
		},
	}
	c.Flags().StringVarP(&format, "format", "f", "table", "table or json")
	c.Flags().StringVar(&lang, "lang", "fr", "language: fr or en")
	return c
}

func printDiff(w io.Writer, cs []reports.Change, format string, lang checks.Lang) error {
	switch format {
	case "json":
		if cs == nil {
			cs = []reports.Change{}
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		if err := enc.Encode(cs); err != nil {
			return failure{fmt.Errorf("writing the diff: %w", err)}
		}
	case "table":
		for _, c := range cs {
			subject := c.Subject
			if subject == "" {
				subject = lang.T("la solution", "the solution")
			}
			fmt.Fprintf(w, "%-10s %-6s %-22s %s → %s  %s\n", c.Kind, c.Ref, subject,
				orNone(c.Before, lang), orNone(c.After, lang), c.Summary)
		}
		fmt.Fprintf(w, lang.T("%d changement(s), %d régression(s)\n", "%d change(s), %d regression(s)\n"), len(cs), reports.Regressions(cs))
	default:
		return usage("--format %q: use table or json", format)
	}
	if reports.Regressions(cs) > 0 {
		return exitError{1}
	}
	return nil
}

func orNone(s checks.Status, lang checks.Lang) string {
	if s == "" {
		return "—"
	}
	return reports.StatusLabel(s, lang)
}

func newMergeCmd(stdout, stderr io.Writer) *cobra.Command {
	var outputs []string
	var store string
	var opts reports.MergeOptions
	c := &cobra.Command{
		Use:   "merge R1.json R2.json ...",
		Short: "Join the shards of one audit (each once, all of them) into one report, verdicts and decision folded again; exit code as scan's",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			return merge(c.Context(), args, outputs, store, opts, stdout, stderr)
		},
	}
	c.Flags().BoolVar(&opts.AllowPartial, "allow-partial", false, "merge even with shards missing: the report says partial and which shards are missing, and its decision is never go")
	c.Flags().StringArrayVarP(&outputs, "output", "o", nil, "write the merged report to this file, format by extension (repeatable); default: JSON on stdout")
	c.Flags().StringVar(&store, "store", "", "also record the merged report in this history: a SQLite file or a postgres:// URL")
	return c
}

func merge(ctx context.Context, paths, outputs []string, store string, opts reports.MergeOptions, stdout, stderr io.Writer) error {
	var in []*reports.Loaded
	for _, p := range paths {
		l, err := loadReport(ctx, p)
		if err != nil {
			return err
		}
		in = append(in, l)
	}
	m, err := reports.Merge(in, opts)
	if err != nil {
		return usageError{err}
	}
	lang, _ := checks.ParseLang(m.Lang)
	if m.Scope.Partial {
		fmt.Fprintf(stderr, lang.T("Fusion partielle : shards manquants %s ; décision jamais GO\n", "Partial merge: shards %s missing; the decision is never GO\n"),
			strings.Join(m.Scope.Missing, ", "))
	}
	files, err := planOutputs(outputs, lang)
	if err != nil {
		return err
	}
	for i, f := range files {
		if _, isJSON := f.renderer.(reports.JSON); isJSON {
			files[i].renderer = loadedJSON{m}
		}
	}
	if err := writeOutputs(files, m.Report, lang, stderr); err != nil {
		return err
	}
	if len(files) == 0 {
		if err := m.WriteJSON(stdout); err != nil {
			return failure{err}
		}
	}
	if err := storeLoaded(ctx, store, m, lang, stderr); err != nil {
		return err
	}
	if code := m.Summary.ExitCode; code != 0 {
		return exitError{code}
	}
	return nil
}

// loadedJSON writes a merged report as JSON with its facts as read.
type loadedJSON struct{ l *reports.Loaded }

func (j loadedJSON) Render(w io.Writer, _ *reports.Report) error { return j.l.WriteJSON(w) }
