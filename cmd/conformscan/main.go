// x509negativeserial=1: Samba AD's auto-generated certificate has a
// negative serial number one time in two, which Go refuses to parse since
// 1.23; the directory probe reads it and reports it as a TLS weakness.
//
//go:debug x509negativeserial=1

// Command conformscan checks a deployed solution against the Centre
// Hospitalier du Mans security requirements for external vendors, and
// produces evidence for each of the grid's 100 refs.
//
// This package only parses flags and wires probes, checks and reports.
//
// Flags and wiring only, at the top of the house: nothing imports it, and it
// judges nothing itself.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// usageError marks errors that exit with code 2.
type usageError struct{ err error }

func (u usageError) Error() string { return u.err.Error() }
func (u usageError) Unwrap() error { return u.err }

func usage(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// exitError carries a non-zero exit code without a message.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit %d", e.code) }

// signalGrace is how long the run may take to end after SIGINT or SIGTERM
// before the process exits anyway.
const signalGrace = 10 * time.Second

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go watchSignals(sigs, cancel, signalGrace, os.Stderr, os.Exit)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	os.Exit(code)
}

// watchSignals makes SIGINT and SIGTERM always end the process: the first
// cancels the run's context (the scan stops and its report says
// interrupted, exit 3); a second signal, or the grace period after the
// first, exits at once with code 3 even if something ignores its context.
func watchSignals(sigs <-chan os.Signal, cancel context.CancelCauseFunc, grace time.Duration, stderr io.Writer, exit func(int)) {
	s := <-sigs
	cancel(fmt.Errorf("interrupted by %v", s))
	fmt.Fprintf(stderr, "conformscan: %v: stopping (the report will say interrupted); send it again to quit at once\n", s)
	t := time.NewTimer(grace)
	defer t.Stop()
	select {
	case s = <-sigs:
		fmt.Fprintf(stderr, "conformscan: %v again: quitting now, the report may be missing\n", s)
	case <-t.C:
		fmt.Fprintf(stderr, "conformscan: still running %v after the interruption: quitting now, the report may be missing\n", grace)
	}
	exit(3)
}

// run executes the command line and returns the exit code.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	root := newRoot(stdout, stderr)
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return 0
	}
	var ee exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	fmt.Fprintf(stderr, "conformscan: %v\n", err)
	var f failure
	if errors.As(err, &f) {
		return 3
	}
	// Our usage errors and cobra's own (unknown command or flag, bad
	// arguments) are all about the command line.
	return 2
}

// failure marks errors of a scan that could not complete (exit 3).
type failure struct{ err error }

func (f failure) Error() string { return f.err.Error() }
func (f failure) Unwrap() error { return f.err }

func newRoot(stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "conformscan",
		Short: "Conformité d'une solution aux exigences de sécurité du CH du Mans (100 exigences, preuves par exigence)",
		Long: `conformscan vérifie une solution déployée par rapport à la grille d'exigences de sécurité
du Centre Hospitalier du Mans pour les prestataires externes, et produit une preuve par exigence.

Codes de sortie : 0 aucune exigence O en échec ; 1 au moins une exigence O en échec ;
2 erreur d'utilisation ou d'entrée ; 3 analyse incomplète (interrompue, délai dépassé, exigence O non mesurable).`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       version,
		// Before any command: no --output may replace a file it reads.
		PersistentPreRunE: refuseClobber,
	}
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageError{fmt.Errorf("%w (see '%s --help')", err, c.CommandPath())}
	})
	root.AddCommand(newScanCmd(stdout, stderr), newRefsCmd(stdout), newRulesCmd(stdout), newAnswersCmd(stdout), newDemoCmd(stdout, stderr))
	root.AddCommand(newKeygenCmd(stdout), newVerifyCmd(stdout), newDiffCmd(stdout), newMergeCmd(stdout, stderr), newHistoryCmd(stdout))
	root.AddCommand(newServeCmd(stdout, stderr), newCollectCmd(stdout, stderr))
	root.AddCommand(newRemoteInputCmds(stdout)...)
	root.AddCommand(newVersionCmd(stdout), newManCmd(stdout))
	root.SetVersionTemplate(buildInfo())
	return root
}
