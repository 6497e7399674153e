package main

import (
	"context"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"conformscan/checks"
	remotecheck "conformscan/checks/remote"
	"conformscan/demo/remotelab"
	"conformscan/probes"
)

// newRemoteInputCmds returns 'authorisations' and 'manifest': each prints
// its template (init) and validates a file (check).
func newRemoteInputCmds(stdout io.Writer) []*cobra.Command {
	return []*cobra.Command{
		inputCmd(stdout, "authorisations", "remote-control tools the DSI authorised (ref 8.6), read by scan --authorisations",
			remotecheck.AuthorisationsTemplate, func(ctx context.Context, p string) error {
				_, err := remotecheck.LoadAuthorisations(ctx, p)
				return err
			}),
		inputCmd(stdout, "manifest", "services the vendor declares per host (refs 2.9, 2.11), read by scan --manifest",
			remotecheck.ManifestTemplate, func(ctx context.Context, p string) error { _, err := remotecheck.LoadManifest(ctx, p); return err }),
	}
}

func inputCmd(stdout io.Writer, name, short string, template func() string, load func(context.Context, string) error) *cobra.Command {
	c := &cobra.Command{Use: name, Short: "YAML file of " + short}
	c.AddCommand(&cobra.Command{
		Use: "init", Short: "Print a commented template of the " + name + " file", Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			_, err := io.WriteString(stdout, template())
			return err
		},
	}, &cobra.Command{
		Use: "check FILE", Short: "Validate a " + name + " file (exit 2 naming the line and field of the first error)", Args: cobra.ExactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			if err := load(c.Context(), args[0]); err != nil {
				return usage("%w", err)
			}
			_, err := fmt.Fprintf(stdout, "%s: valid %s file\n", args[0], name)
			return err
		},
	})
	return c
}

// remoteLabTargets starts the remote-control fakes of the demo (VNC
// without password, RDP, open X11) until ctx ends, prints them and returns
// their targets; when they cannot start, the demo goes on without them.
func remoteLabTargets(ctx context.Context, lang checks.Lang, stderr io.Writer) []probes.Target {
	l, err := remotelab.Start(ctx)
	if err != nil {
		fmt.Fprintf(stderr, "  remote-control lab not started: %v\n", err)
		return nil
	}
	var out []probes.Target
	for _, s := range l.Servers {
		fmt.Fprintf(stderr, "  %-22s %-16s %s\n", s.Name, s.Addr, lang.T(s.ExpectFR, s.ExpectEN))
		if ts, err := probes.ParseTarget(s.Addr, 1); err == nil {
			out = append(out, ts...)
		}
	}
	return out
}
