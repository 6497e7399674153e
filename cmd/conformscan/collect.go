package main

import (
	"context"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"sort"
	"time"

	"github.com/spf13/cobra"

	"conformscan/checks"
	"conformscan/probes"
	"conformscan/probes/hostaccess"
	"conformscan/probes/winhost"
	"conformscan/reports"
)

// collect runs the host probes on this machine through a recording access
// (probes/hostaccess.Recorder) and writes what they read to a bundle that
// 'scan --host-export' replays: the same probes then read the same bytes,
// so the verdicts are those of --local here, by construction.

func newCollectCmd(stdout, stderr io.Writer) *cobra.Command {
	var out, signPath string
	var timeout time.Duration
	c := &cobra.Command{
		Use:   "collect",
		Short: "Record what the host checks read on this machine, to judge it elsewhere (scan --host-export)",
		Long: `collect runs the host probes of 'scan --local' on this machine, without judging, and writes
everything they read (files, folder listings, the allow-listed read-only commands' outputs, with
each error) to a zip bundle. 'conformscan scan --host-export FILE' judges it elsewhere with the
same verdicts as 'scan --local' here. Password hashes and process arguments are not kept (see
docs/host-audit.md). With --sign KEY (a key of 'conformscan keygen') the bundle carries a
signature.json entry; 'scan --host-export FILE --host-export-key KEY.pub' then refuses a bundle
changed after collection.`,
		Example: `  conformscan collect -o serveur-dpi.zip --sign collecte-key
  conformscan scan --host-export serveur-dpi.zip --host-export-key collecte-key.pub --output rapport.json`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			return runCollect(c.Context(), out, signPath, timeout, stdout)
		},
	}
	c.Flags().StringVarP(&out, outputFlag, "o", "", "bundle to write (a .zip; replaced atomically)")
	c.Flags().StringVar(&signPath, "sign", "", "sign the bundle with this Ed25519 private key ('conformscan keygen -o NAME'); scan verifies it with --host-export-key NAME.pub")
	c.Flags().DurationVar(&timeout, "timeout", 10*time.Minute, "overall deadline of the collection")
	return c
}

func runCollect(ctx context.Context, out, signPath string, timeout time.Duration, stdout io.Writer) error {
	if out == "" {
		return usage("give the bundle to write: collect -o HOST.zip")
	}
	if timeout <= 0 {
		return usage("--timeout must be positive")
	}
	if err := checkOutput(out); err != nil {
		return usageError{err}
	}
	key, err := loadSigningKey(ctx, signPath)
	if err != nil {
		return err
	}
	rec := hostaccess.NewRecorder(hostaccess.Local{})
	m, err := recordHost(ctx, rec, timeout)
	if err != nil {
		return err
	}
	ops, data := rec.Ops()
	m.Ops = ops
	snap := windowsSnapshot(ctx, rec, m)
	if err := writeOutput(out, func(w io.Writer) error { return hostaccess.WriteSignedBundle(w, m, data, snap, key) }); err != nil {
		return failure{err}
	}
	fmt.Fprintf(stdout, "%s: %d operations recorded on %s (%s), %d host probes; judge it with: conformscan scan --host-export %s%s\n",
		out, len(m.Ops), m.Host, m.CollectorOS, len(m.Probes), out, signedHint(key, signPath))
	for _, p := range m.Probes {
		if p.Status != "ok" {
			fmt.Fprintf(stdout, "  %s: %s: %s\n", p.ID, p.Status, p.Reason)
		}
	}
	if m.WindowsError != "" {
		fmt.Fprintf(stdout, "  Windows snapshot: %s\n", m.WindowsError)
	}
	return nil
}

// recordHost runs the host probes 'scan --local' plans, all refs
// selected, on the recording access, and returns the manifest without
// its operations.
func recordHost(ctx context.Context, rec *hostaccess.Recorder, timeout time.Duration) (*hostaccess.Manifest, error) {
	cat, err := checks.LoadCatalogue()
	if err != nil {
		return nil, failure{err}
	}
	f := newScanFlags()
	f.register(&cobra.Command{Use: "collect"}, false)
	if err := f.validate(ctx); err != nil {
		return nil, failure{err}
	}
	host, _ := os.Hostname()
	sub := hostaccess.NewSubject(rec.Access())
	plan := checks.NewPlan(checks.AllChecks(f.families), localProbes(f.probes), cat.Refs, []*probes.Subject{sub}, f.env.Env())
	plan.Settings = checks.Settings{Lang: checks.Lang("en"), RefDate: time.Now().UTC()}
	m := &hostaccess.Manifest{Conformscan: version, CollectorOS: runtime.GOOS, Arch: runtime.GOARCH, Host: host, Started: time.Now().UTC()}
	ctx, cancel := context.WithTimeoutCause(ctx, timeout, errors.New("collect deadline (--timeout) reached"))
	defer cancel()
	o := checks.Run(ctx, cat, plan)
	m.Ended = time.Now().UTC()
	if o.Interrupted {
		return nil, failure{fmt.Errorf("collection interrupted (%s): no bundle written", o.Reason)}
	}
	m.Probes = probeNotes(plan.Notes, sub)
	return m, nil
}

// localProbes are the probes of the local machine.
func localProbes(ps []probes.Probe) []probes.Probe {
	var out []probes.Probe
	for _, p := range ps {
		if p.Kind == probes.SubjectLocal {
			out = append(out, p)
		}
	}
	return out
}

// probeNotes says how each host probe went: its run, or why it did not.
func probeNotes(notes []checks.ProbeNote, s *probes.Subject) []hostaccess.ProbeNote {
	runs := s.Runs()
	var out []hostaccess.ProbeNote
	for _, n := range notes {
		pn := hostaccess.ProbeNote{ID: n.ID, Status: n.Status, Reason: n.Reason}
		if r, ok := runs[n.ID]; ok {
			pn.Status, pn.Reason = r.Status, r.Error
		} else if n.Status == checks.PlanRun {
			continue // a gate of remote accesses: not used here
		}
		out = append(out, pn)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// windowsSnapshot returns the Windows snapshot's JSON when this machine
// takes one (nil otherwise); a failure is named in the manifest.
func windowsSnapshot(ctx context.Context, rec *hostaccess.Recorder, m *hostaccess.Manifest) []byte {
	src, ok := rec.Access().(winhost.Source)
	if !ok {
		return nil
	}
	s, err := src.WindowsSnapshot(ctx)
	if err == nil {
		var b []byte
		if b, err = json.Marshal(s); err == nil {
			return b
		}
	}
	m.WindowsError = err.Error()
	return nil
}

// signedHint completes collect's closing line: the key to verify with.
func signedHint(key ed25519.PrivateKey, signPath string) string {
	if key == nil {
		return " (unsigned: the report will say so)"
	}
	return fmt.Sprintf(" --host-export-key %s.pub (signed, key %s)", signPath, reports.KeyID(key.Public().(ed25519.PublicKey)))
}
