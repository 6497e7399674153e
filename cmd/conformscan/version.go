package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"
)

// Set at build time with -ldflags "-X main.commit=... -X main.date=..."
// (the Makefile takes them from git: the commit and its date, so that two
// builds of one commit are identical).
var (
	commit = "unknown"
	date   = "unknown"
)

// buildInfo is what 'conformscan version' and '--version' print.
func buildInfo() string {
	engine := "linked"
	if !nucleiLinked {
		engine = "not linked (built without -tags nuclei: no default-login templates)"
	}
	return strings.Join([]string{
		"conformscan " + version,
		"commit:     " + commit,
		"built:      " + date,
		"go:         " + runtime.Version() + " " + runtime.GOOS + "/" + runtime.GOARCH,
		"nuclei:     " + engine,
	}, "\n") + "\n"
}

func newVersionCmd(stdout io.Writer) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version, commit, build date, Go version and whether the nuclei engine is linked",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			_, err := io.WriteString(stdout, buildInfo())
			return err
		},
	}
}

// newManCmd writes the man pages of every command (conformscan(1),
// conformscan-scan(1), ...) into DIR; the release packager calls it.
// Their date is SOURCE_DATE_EPOCH when set (reproducible packages).
func newManCmd(stdout io.Writer) *cobra.Command {
	return &cobra.Command{
		Use:    "man DIR",
		Short:  "Write the man pages of every command into DIR (used to build the packages)",
		Hidden: true,
		Args:   cobra.ExactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			if err := os.MkdirAll(args[0], 0o755); err != nil {
				return usage("man: %w", err)
			}
			root := c.Root()
			root.DisableAutoGenTag = true
			h := &doc.GenManHeader{Title: "CONFORMSCAN", Section: "1", Source: "conformscan " + version, Manual: "conformscan"}
			if err := doc.GenManTree(root, h, args[0]); err != nil {
				return failure{fmt.Errorf("man: %w", err)}
			}
			fmt.Fprintf(stdout, "man pages written to %s\n", args[0])
			return nil
		},
	}
}
