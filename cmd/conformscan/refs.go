package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/spf13/cobra"

	"conformscan/checks"
)

func newRefsCmd(stdout io.Writer) *cobra.Command {
	var format string
	c := &cobra.Command{
		Use:   "refs",
		Short: "List the grid's 100 refs, their level, kind and the checks that serve them",
		Args:  cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			cat, err := checks.LoadCatalogue()
			if err != nil {
				return failure{err}
			}
			switch format {
			case "json":
				enc := json.NewEncoder(stdout)
				enc.SetIndent("", "  ")
				enc.SetEscapeHTML(false)
				return enc.Encode(cat.Refs)
			case "markdown", "md":
				_, err := io.WriteString(stdout, checks.RefsMarkdown(cat))
				return err
			case "table":
				t := tablewriter.NewTable(stdout)
				t.Header("Ref", "Niveau", "Type", "Checks", "Title")
				for _, r := range cat.Refs {
					if err := t.Append(r.Ref, string(r.Level), string(r.Kind), strings.Join(r.Checks, ","), r.Title); err != nil {
						return failure{err}
					}
				}
				return t.Render()
			}
			return usage("--format %q: use table, json or markdown", format)
		},
	}
	c.Flags().StringVarP(&format, "format", "f", "table", "table, json or markdown")
	return c
}

func newAnswersCmd(stdout io.Writer) *cobra.Command {
	c := &cobra.Command{Use: "answers", Short: "Work with the answers file of the documentary refs"}
	var all bool
	initCmd := &cobra.Command{
		Use:   "init",
		Short: "Print a YAML template of the refs that only the vendor or the IT department can answer",
		Args:  cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			cat, err := checks.LoadCatalogue()
			if err != nil {
				return failure{err}
			}
			return checks.AnswersTemplate(cat, all, stdout)
		},
	}
	initCmd.Flags().BoolVar(&all, "all", false, "list every ref, measured ones included")
	var file, attachDir string
	check := &cobra.Command{
		Use:   "check FILE",
		Short: "Validate an answers file and list its problems",
		Args:  cobra.ExactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			cat, err := checks.LoadCatalogue()
			if err != nil {
				return failure{err}
			}
			file = args[0]
			a, err := loadAnswers(c.Context(), file, cat, checks.AnswersOptions{AttachmentsDir: attachDir})
			if err != nil {
				return usageError{err}
			}
			answered := 0
			for _, e := range a.Entries() {
				if e.Status != "" {
					answered++
				}
			}
			read := file
			if a.Sheet != "" {
				read = fmt.Sprintf("%s, feuille %q", file, a.Sheet)
			}
			fmt.Fprintf(stdout, "%s: %d entrées, %d renseignées, %d problème(s)\n", read, len(a.Entries()), answered, len(a.Problems))
			for _, p := range a.Problems {
				fmt.Fprintln(stdout, "  - "+p)
			}
			if len(a.Problems) > 0 {
				return exitError{2}
			}
			return nil
		},
	}
	check.Flags().StringVar(&attachDir, "attachments-dir", "", "folder the evidence paths are relative to and must stay inside (default: the file's folder)")
	c.AddCommand(initCmd, check)
	return c
}
