package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"conformscan/checks"
	"conformscan/history"
	"conformscan/reports"
)

// storeReport records the report in the --store history, when given.
func storeReport(ctx context.Context, path string, rep *reports.Report, lang checks.Lang, stderr io.Writer) error {
	return storeWith(ctx, path, lang, stderr, func(s *history.Store) (int64, error) { return s.Save(ctx, rep) })
}

// storeLoaded records a report read back from JSON (merge --store), its
// facts as read, as scan --store records them.
func storeLoaded(ctx context.Context, path string, l *reports.Loaded, lang checks.Lang, stderr io.Writer) error {
	return storeWith(ctx, path, lang, stderr, func(s *history.Store) (int64, error) { return s.SaveLoaded(ctx, l) })
}

func storeWith(ctx context.Context, path string, lang checks.Lang, stderr io.Writer, save func(*history.Store) (int64, error)) error {
	if path == "" {
		return nil
	}
	s, err := history.Open(ctx, path)
	if err != nil {
		return failure{err}
	}
	defer s.Close()
	id, err := save(s)
	if err != nil {
		return failure{err}
	}
	fmt.Fprintf(stderr, "%s %s (%d)\n", lang.T("Rapport enregistré dans l'historique", "Report saved in the history"), s.Name(), id)
	return nil
}

func newHistoryCmd(stdout io.Writer) *cobra.Command {
	var store, ref, format string
	var run int64
	c := &cobra.Command{
		Use:   "history --store FILE|postgres://...|'host=... dbname=...' [--ref REF | --run ID]",
		Short: "Show the scans recorded with scan --store: decisions over time, one ref over time, or one run's JSON report",
		Args:  cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			if store == "" {
				return usage("history: give the history with --store FILE or --store postgres://... (the one given to scan --store)")
			}
			if format != "table" && format != "json" {
				return usage("--format %q: use table or json", format)
			}
			s, err := history.OpenExisting(c.Context(), store)
			if err != nil {
				return usageError{err}
			}
			defer s.Close()
			return showHistory(c.Context(), s, ref, run, format, stdout)
		},
	}
	c.Flags().StringVar(&store, "store", "", "history written by scan --store: a SQLite file (a path), a postgres:// URL or a key=value connection string; it must exist")
	c.Flags().StringVar(&ref, "ref", "", "show this ref's verdict in every run")
	c.Flags().Int64Var(&run, "run", 0, "print the JSON report of this run")
	c.Flags().StringVarP(&format, "format", "f", "table", "table or json")
	return c
}

func showHistory(ctx context.Context, s *history.Store, ref string, run int64, format string, w io.Writer) error {
	switch {
	case run != 0:
		data, err := s.Report(ctx, run)
		if err != nil {
			return usageError{err}
		}
		_, err = w.Write(append(data, '\n'))
		return err
	case ref != "":
		es, err := s.Ref(ctx, ref)
		if err != nil {
			return failure{err}
		}
		if format == "json" {
			return writeJSONValue(w, es)
		}
		for _, e := range es {
			fmt.Fprintf(w, "%-5d %s  %-6s %-4s %-8s %s\n", e.RunID, e.StartedAt, e.Ref, e.Level, e.Status, e.Summary)
		}
		return nil
	}
	runs, err := s.Runs(ctx)
	if err != nil {
		return failure{err}
	}
	if format == "json" {
		return writeJSONValue(w, runs)
	}
	for _, r := range runs {
		fmt.Fprintf(w, "%-5d %s  %-10s fail %-3d error %-3d manual %-3d  %s\n", r.ID, r.StartedAt, r.Decision,
			r.ByStatus["fail"], r.ByStatus["error"], r.ByStatus["manual"], strings.Join(r.FailedO, ","))
	}
	return nil
}

func writeJSONValue(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return failure{fmt.Errorf("writing the history: %w", err)}
	}
	return nil
}
