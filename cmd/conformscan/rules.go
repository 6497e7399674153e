package main

import (
	"encoding/json"
	"io"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/spf13/cobra"

	"conformscan/checks"
	checklist "conformscan/checks/list"
)

func newRulesCmd(stdout io.Writer) *cobra.Command {
	var format, family, langFlag string
	c := &cobra.Command{
		Use:   "rules",
		Short: "List every rule the checks judge, with its source and refs",
		Example: `  conformscan rules
  conformscan rules --format json
  conformscan rules --family tls --format markdown > docs/tls-rules.md`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			lang, err := checks.ParseLang(langFlag)
			if err != nil {
				return usage("--lang: %v", err)
			}
			fams, err := selectFamilies(checklist.Families(), family)
			if err != nil {
				return err
			}
			return renderRules(stdout, fams, format, lang)
		},
	}
	c.Flags().StringVarP(&format, "format", "f", "table", "table, json or markdown")
	c.Flags().StringVar(&family, "family", "", "only this family's rules (tls, cleartext...)")
	c.Flags().StringVar(&langFlag, "lang", "fr", "language of titles: fr or en")
	return c
}

func selectFamilies(all []checks.Family, name string) ([]checks.Family, error) {
	if name == "" {
		return all, nil
	}
	var names []string
	for _, f := range all {
		if f.Name == name {
			return []checks.Family{f}, nil
		}
		names = append(names, f.Name)
	}
	return nil, usage("--family %q: use one of %s", name, strings.Join(names, ", "))
}

func renderRules(w io.Writer, fams []checks.Family, format string, lang checks.Lang) error {
	rules := checks.AllRules(fams)
	switch format {
	case "json":
		views := make([]checks.RuleView, 0, len(rules))
		for _, r := range rules {
			views = append(views, r.View(lang))
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(views)
	case "markdown", "md":
		if len(fams) == 1 && fams[0].Doc != nil {
			_, err := io.WriteString(w, fams[0].Doc())
			return err
		}
		_, err := io.WriteString(w, checks.RulesMarkdown(rules, lang))
		return err
	case "table":
		t := tablewriter.NewTable(w)
		t.Header("Key", "ID", "Refs", "Source", "Title")
		for _, r := range rules {
			v := r.View(lang)
			if err := t.Append(v.Key, v.ID, strings.Join(v.Refs, ","), v.Source, v.Title); err != nil {
				return failure{err}
			}
		}
		return t.Render()
	}
	return usage("--format %q: use table, json or markdown", format)
}
