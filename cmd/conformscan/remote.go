package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	remotecheck "conformscan/checks/remote"
)

// newRemoteInputCmds returns 'authorisations' and 'manifest': each prints
// its template (init) and validates a file (check).
func newRemoteInputCmds(stdout io.Writer) []*cobra.Command {
	return []*cobra.Command{
		inputCmd(stdout, "authorisations", "remote-control tools the DSI authorised (ref 8.6), read by scan --authorisations",
			remotecheck.AuthorisationsTemplate, func(p string) error { _, err := remotecheck.LoadAuthorisations(p); return err }),
		inputCmd(stdout, "manifest", "services the vendor declares per host (refs 2.9, 2.11), read by scan --manifest",
			remotecheck.ManifestTemplate, func(p string) error { _, err := remotecheck.LoadManifest(p); return err }),
	}
}

func inputCmd(stdout io.Writer, name, short string, template func() string, load func(string) error) *cobra.Command {
	c := &cobra.Command{Use: name, Short: "YAML file of " + short}
	c.AddCommand(&cobra.Command{
		Use: "init", Short: "Print a commented template of the " + name + " file", Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			_, err := io.WriteString(stdout, template())
			return err
		},
	}, &cobra.Command{
		Use: "check FILE", Short: "Validate a " + name + " file (exit 2 naming the line and field of the first error)", Args: cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			if err := load(args[0]); err != nil {
				return usage("%w", err)
			}
			_, err := fmt.Fprintf(stdout, "%s: valid %s file\n", args[0], name)
			return err
		},
	})
	return c
}
