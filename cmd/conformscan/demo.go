package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"conformscan/checks"
	"conformscan/demo/credslab"
	"conformscan/demo/lab"
	"conformscan/demo/wifilab"
	"conformscan/internal/exitcode"
	"conformscan/probes"
	credsprobe "conformscan/probes/creds"
	"conformscan/probes/wifi"
)

func newDemoCmd(stdout, stderr io.Writer) *cobra.Command {
	f := newScanFlags()
	c := &cobra.Command{
		Use:   "demo",
		Short: "Start the built-in lab of deliberately non-conformant servers on loopback, scan it and report",
		Long: `demo starts, inside this process and on 127.0.0.1 only, servers that break the grid on purpose
(a login page in plain HTTP, a cleartext FTP service, SMTP AUTH without STARTTLS, Telnet, TLS servers
with legacy protocols, an expired certificate, a wrong host name, and one conformant TLS server), scans
them with the real probes, prints the table and writes the JSON report in the current directory.
Nothing leaves the machine.`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			return runDemo(c.Context(), f, stdout, stderr)
		},
	}
	f.register(c, false)
	f.cmd = c
	c.Flags().Lookup("timeout").DefValue = "2m0s"
	f.timeout = 2 * time.Minute
	f.outputs = []string{"conformscan-demo-report.json"}
	c.Flags().Lookup("output").DefValue = f.outputs[0]
	return c
}

func runDemo(ctx context.Context, f *scanFlags, stdout, stderr io.Writer) error {
	labCtx, stopLab := context.WithCancel(ctx)
	defer stopLab()
	l, err := lab.Start(labCtx)
	if err != nil {
		return failure{fmt.Errorf("starting the demo lab: %w", err)}
	}
	defer l.Close()
	if err := credslab.Join(labCtx, l); err != nil {
		return failure{fmt.Errorf("starting the demo lab: %w", err)}
	}
	lang, err := checks.ParseLang(f.lang)
	if err != nil {
		return usage("--lang: %v", err)
	}
	fmt.Fprintln(stderr, lang.T("Laboratoire de démonstration démarré sur 127.0.0.1 :", "Demo lab started on 127.0.0.1:"))
	var targets []probes.Target
	for _, s := range l.Servers {
		fmt.Fprintf(stderr, "  %-22s %-16s %s\n", s.Name, s.Addr, lang.T(s.ExpectFR, s.ExpectEN))
		ts, err := probes.ParseTarget(s.Addr, 1)
		if err != nil {
			return failure{err}
		}
		targets = append(targets, ts...)
	}
	targets = append(targets, remoteLabTargets(labCtx, lang, stderr)...)
	wifiCap, err := wifilab.WriteTemp()
	if err != nil {
		return failure{err}
	}
	defer os.Remove(wifiCap)
	stateDir, err := demoLockoutState(f)
	if err != nil {
		return failure{err}
	}
	defer os.RemoveAll(stateDir)
	s, err := prepare(ctx, f, append(subjectsOf(targets, false), wifi.Sources(&wifi.Options{Captures: []string{wifiCap}})...))
	if err != nil {
		return err
	}
	// The lab's CA plays the hospital's PKI: the conformant server is
	// trusted through it, as --ca would do.
	s.plan.Env.Roots, s.plan.Env.RootsLabel = l.CAPool, "ca:demo-lab"
	s.opts.CA = "demo-lab"
	bar := startProgress(s, stderr)
	rep := execute(ctx, s, f.timeout)
	bar.end(rep)
	if err := emit(rep, s, f, stdout, stderr); err != nil {
		return err
	}
	if rep.Interrupted {
		return exitError{exitcode.Incomplete}
	}
	fmt.Fprintf(stderr, "%s %d (%s).\n", lang.T("Un vrai scan de ce laboratoire sortirait avec le code", "A real scan of this lab would exit with code"),
		rep.Summary.ExitCode, rep.Summary.Decision)
	return nil
}

// demoLockoutState gives the demo its own lockout budget (unless
// --creds-state names one): the lab's accounts are in-process fakes made
// afresh on each run, so a second demo within 15 minutes must not find
// them spent by the first in the user's shared state. It returns the
// temporary folder to remove ("" when none was made).
func demoLockoutState(f *scanFlags) (string, error) {
	for _, p := range f.probes {
		cf, ok := p.Options.(*credsprobe.Flags)
		if !ok || cf.State != "" {
			continue
		}
		dir, err := os.MkdirTemp("", "conformscan-demo-")
		if err != nil {
			return "", err
		}
		cf.State = filepath.Join(dir, "lockout.json")
		return dir, nil
	}
	return "", nil
}
