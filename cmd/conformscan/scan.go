package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"conformscan/checks"
	checklist "conformscan/checks/list"
	"conformscan/inputs"
	"conformscan/probes"
	"conformscan/probes/hostaccess"
	probelist "conformscan/probes/list"
	"conformscan/reports"
)

// scanFlags are the options of 'scan' (and, in part, 'demo'): the scan's
// own, the probes' shared environment, and each probe's and check family's
// own options, which they register and validate themselves.
type scanFlags struct {
	targets     []string
	targetsFile string
	local       bool
	refs        string
	concurrency int
	timeout     time.Duration
	maxHosts    int
	answers     string
	attachDir   string
	outputs     []string
	sign        string
	shard       string
	store       string
	format      string
	lang        string
	refDate     string
	noColor     bool
	verbose     bool
	all         bool

	cmd      *cobra.Command
	env      probes.EnvOptions
	probes   []probes.Probe
	families []checks.Family
	// validated: the options were validated (once: a probe's Roots read
	// what its Validate parsed).
	validated bool
}

func newScanFlags() *scanFlags {
	// A host-export bundle does not run the host probes its collection
	// could not run (another OS), as --local there did not.
	return &scanFlags{probes: hostaccess.SkipUncollected(probelist.All()), families: checklist.Families()}
}

func (f *scanFlags) register(c *cobra.Command, withTargets bool) {
	fl := c.Flags()
	if withTargets {
		fl.StringArrayVarP(&f.targets, "target", "t", nil, "target: host, IP, host:port, [IPv6]:port, CIDR or URL (repeatable)")
		fl.StringVar(&f.targetsFile, "targets-file", "", "file with one target per line (# comments allowed; - reads the standard input)")
		fl.BoolVar(&f.local, "local", false, "also judge the machine conformscan runs on (installed software, local policies)")
		fl.StringVar(&f.answers, "answers", "", "answers file for the documentary refs: YAML, or the PAS grid filled in Excel (.xlsx); see 'conformscan answers init'")
		fl.StringVar(&f.attachDir, "attachments-dir", "", "folder the answers' evidence paths are relative to and must stay inside (default: the answers file's folder)")
		fl.StringVar(&f.store, "store", "", "also record the report in this history: a SQLite file, or a PostgreSQL database given as postgres://user@host/db (see 'conformscan history')")
		fl.StringVar(&f.shard, "shard", "", "scan only shard I/N of the targets (stable split; join the reports with 'conformscan merge')")
		fl.IntVar(&f.maxHosts, "max-hosts", probes.DefaultMaxHosts, "largest number of addresses accepted")
	}
	fl.StringVar(&f.refs, "refs", "", "refs or sections to check, e.g. 7.1,8.3 or 8 (default: all)")
	fl.IntVar(&f.concurrency, "concurrency", 16, "targets scanned at once")
	fl.DurationVar(&f.timeout, "timeout", 10*time.Minute, "overall deadline of the scan")
	fl.StringArrayVarP(&f.outputs, "output", "o", nil, "write the report to this file, format by extension: "+reports.OutputExtensions+" (repeatable)")
	fl.StringVar(&f.sign, "sign", "", "sign the report with this Ed25519 private key (see 'conformscan keygen')")
	fl.StringVarP(&f.format, "format", "f", "table", "format on standard output: table, json, markdown, html or junit")
	fl.StringVar(&f.lang, "lang", "fr", "report language: fr or en")
	fl.StringVar(&f.refDate, "reference-date", "", "date rules are judged at, YYYY-MM-DD (default: today)")
	fl.BoolVar(&f.noColor, "no-color", false, "no colour in the table even on a terminal")
	fl.BoolVarP(&f.verbose, "verbose", "v", false, "show every result and its evidence in the table")
	fl.BoolVar(&f.all, "all", false, "list every ref in the table, those awaiting answers included")
	f.env.Register(fl)
	for _, o := range f.options() {
		o.Register(fl)
	}
}

// options are the probes' and families' own options, in list order.
func (f *scanFlags) options() []probes.Options {
	var out []probes.Options
	for _, p := range f.probes {
		if p.Options != nil {
			out = append(out, p.Options)
		}
	}
	for _, fam := range f.families {
		if fam.Options != nil {
			out = append(out, fam.Options)
		}
	}
	return out
}

// validate checks the scan's own numbers, then lets every probe and
// family validate its options.
func (f *scanFlags) validate(ctx context.Context) error {
	if f.validated {
		return nil
	}
	if f.concurrency < 1 {
		return usage("--concurrency must be at least 1")
	}
	if f.timeout <= 0 {
		return usage("--timeout must be positive")
	}
	if err := f.env.Validate(ctx); err != nil {
		return usageError{err}
	}
	f.stateBesideStore()
	for _, o := range f.options() {
		if err := o.Validate(ctx); err != nil {
			return usageError{err}
		}
	}
	f.validated = true
	return nil
}

// stateBesideStore puts the login probes' lockout budget state beside a
// --store history file (not a postgres:// URL), unless --creds-state names
// one.
func (f *scanFlags) stateBesideStore() {
	if f.store == "" || strings.Contains(f.store, "://") {
		return
	}
	for _, o := range f.options() {
		if b, ok := o.(interface{ StateBeside(store string) }); ok {
			b.StateBeside(f.store)
		}
	}
}

func newScanCmd(stdout, stderr io.Writer) *cobra.Command {
	f := newScanFlags()
	c := &cobra.Command{
		Use:   "scan",
		Short: "Scan targets and judge the grid's refs",
		Example: `  conformscan scan --target 192.0.2.10 --output rapport.json
  conformscan scan --target https://dpi.example.org --refs 7 --ca pki-chm.pem
  conformscan scan --targets-file cibles.txt --answers reponses.yaml --output audit.json`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			return runScan(c.Context(), f, stdout, stderr)
		},
	}
	f.register(c, true)
	f.cmd = c
	return c
}

// scanSetup is everything a scan needs, validated.
type scanSetup struct {
	cat     *checks.Catalogue
	plan    *checks.Plan
	answers *checks.Answers
	lang    checks.Lang
	refDate time.Time
	opts    reports.Options
	format  string
	outputs []reportFile
	signKey ed25519.PrivateKey
}

func prepare(ctx context.Context, f *scanFlags, subjects []*probes.Subject) (*scanSetup, error) {
	cat, err := checks.LoadCatalogue()
	if err != nil {
		return nil, failure{err}
	}
	lang, err := checks.ParseLang(f.lang)
	if err != nil {
		return nil, usage("--lang: %v", err)
	}
	if err := checkFormat(f.format); err != nil {
		return nil, err
	}
	refDate, err := parseRefDate(f.refDate)
	if err != nil {
		return nil, err
	}
	refs, err := cat.Select(f.refs)
	if err != nil {
		return nil, usageError{err}
	}
	if err := f.validate(ctx); err != nil {
		return nil, err
	}
	plan := checks.NewPlan(checks.AllChecks(f.families), f.probes, refs, subjects, f.env.Env())
	plan.Concurrency = f.concurrency
	plan.Settings = checks.Settings{Lang: lang, RefDate: refDate}
	s := &scanSetup{cat: cat, plan: plan, lang: lang, refDate: refDate, format: f.format}
	if s.outputs, err = planOutputs(f.outputs, lang); err != nil {
		return nil, err
	}
	if s.signKey, err = loadSigningKey(ctx, f.sign); err != nil {
		return nil, err
	}
	if f.answers != "" {
		if s.answers, err = loadAnswers(ctx, f.answers, cat, checks.AnswersOptions{AttachmentsDir: f.attachDir}); err != nil {
			if ctx.Err() != nil {
				return nil, failure{err}
			}
			return nil, usageError{err}
		}
	}
	s.opts = reports.Options{Refs: f.refs, Ports: flagValue(f, "ports"), Timeout: f.timeout.String(), Concurrency: f.concurrency,
		TLSProfile: flagValue(f, "tls-profile"), CA: f.env.CA, Lang: string(lang), Inputs: targetInputs(subjects)}
	return s, nil
}

// parseRefDate reads --reference-date; today's date means now, so that a
// certificate issued this morning is valid, not "not yet valid" at
// midnight.
func parseRefDate(s string) (time.Time, error) {
	now := time.Now().UTC()
	if s == "" {
		return now, nil
	}
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		return time.Time{}, usage("--reference-date %q: use YYYY-MM-DD", s)
	}
	if d.Format("2006-01-02") == now.Format("2006-01-02") {
		return now, nil
	}
	return d, nil
}

// flagValue reads an option a probe or family registered, for the report's
// record of how the scan was asked for.
func flagValue(f *scanFlags, name string) string {
	if f.cmd == nil {
		return ""
	}
	fl := f.cmd.Flags().Lookup(name)
	if fl == nil {
		return ""
	}
	return fl.Value.String()
}

// targetInputs lists the targets as the user wrote them, once each.
func targetInputs(subjects []*probes.Subject) []string {
	var in []string
	for _, s := range subjects {
		if s.Target.Input != "" {
			in = append(in, s.Target.Input)
		}
	}
	return dedupe(in)
}

// recordedAlone drops the recorded roots (the hosts of an --nmap-xml
// report) when targets are scanned live: the report's ports then join the
// live hosts it names; alone, its hosts are judged on its facts.
func recordedAlone(roots []*probes.Subject, live bool) []*probes.Subject {
	if !live {
		return roots
	}
	var out []*probes.Subject
	for _, s := range roots {
		if s.Recorded == "" {
			out = append(out, s)
		}
	}
	return out
}

// mergeRoots appends the probes' own root subjects, once each: --local and
// --windows-inventory both name the local machine (which then keeps the
// exports' provenance: its inventory is read from them).
func mergeRoots(subjects, more []*probes.Subject) []*probes.Subject {
	seen := map[string]*probes.Subject{}
	for _, s := range subjects {
		seen[s.ID] = s
	}
	for _, s := range more {
		prev, dup := seen[s.ID]
		if !dup {
			seen[s.ID] = s
			subjects = append(subjects, s)
			continue
		}
		if _, handed := s.Descriptor.(probes.HandedOver); handed && prev.Descriptor == nil {
			prev.Descriptor = s.Descriptor
		}
	}
	return subjects
}

// subjectsOf makes one host subject per target, plus the local machine
// when --local is given.
func subjectsOf(targets []probes.Target, local bool) []*probes.Subject {
	var out []*probes.Subject
	for _, t := range targets {
		s := probes.NewSubject(probes.SubjectHost, t.String())
		s.Host, s.Target = t.Host, t
		out = append(out, s)
	}
	if local {
		out = append(out, probes.NewSubject(probes.SubjectLocal, "local"))
	}
	return out
}

// hostSubjects makes, with --ssh-user, one host subject audited over SSH
// per target, and with --winrm-user one read over WinRM; with both, the
// transport a host refuses while it answers the other is withdrawn
// (probes/hostaccess HostSubjects).
func hostSubjects(f *scanFlags, targets []probes.Target) ([]*probes.Subject, error) {
	o := hostaccess.OptionsOf(f.probes)
	if o == nil || (o.SSHUser == "" && o.WinRMUser == "") {
		return nil, nil
	}
	if len(targets) == 0 && f.shard == "" {
		return nil, usage("--ssh-user and --winrm-user audit the --target hosts: give at least one")
	}
	return o.HostSubjects(targets), nil
}

func dedupe(in []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range in {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

func readTargets(ctx context.Context, f *scanFlags) ([]probes.Target, error) {
	names := append([]string{}, f.targets...)
	if f.targetsFile != "" {
		// A regular file (or "-") read whole within its cap: a FIFO or a
		// device would block or never end.
		data, err := inputs.Read(ctx, inputs.TargetsFile, f.targetsFile)
		if err != nil {
			return nil, inputError(ctx, err)
		}
		more, err := probes.ReadTargetsFile(bytes.NewReader(data), f.targetsFile)
		if err != nil {
			return nil, usageError{err}
		}
		names = append(names, more...)
	}
	if f.maxHosts < 1 {
		return nil, usage("--max-hosts must be at least 1")
	}
	ts, err := probes.ParseTargets(names, f.maxHosts)
	if err != nil {
		return nil, usageError{err}
	}
	return ts, nil
}

func runScan(ctx context.Context, f *scanFlags, stdout, stderr io.Writer) error {
	targets, err := readTargets(ctx, f)
	if err != nil {
		return err
	}
	if err := f.validate(ctx); err != nil {
		return err
	}
	sources := recordedAlone(probes.RootsOf(f.probes), len(targets) > 0)
	if len(targets) == 0 && !f.local && f.answers == "" && len(sources) == 0 {
		return usage("give at least one --target (or --targets-file), --local, a --wifi-capture/--wifi-iface/--wifi-netsh source, a --directory, a --windows-inventory or --windows-snapshot, an --nmap-xml report, or an --answers file for a documentary-only report")
	}
	all := targets
	if targets, err = shardOf(f.shard, targets); err != nil {
		return err
	}
	hosts, err := hostSubjects(f, targets)
	if err != nil {
		return err
	}
	s, err := prepare(ctx, f, mergeRoots(subjectsOf(targets, f.local), append(sources, hosts...)))
	if err != nil {
		return err
	}
	bar := startProgress(s, stderr)
	rep := execute(ctx, s, f.timeout)
	if err := recordShard(rep, f.shard, all, s.lang, stderr); err != nil {
		return err
	}
	bar.end(rep)
	if err := emit(rep, s, f, stdout, stderr); err != nil {
		return err
	}
	if err := storeReport(ctx, f.store, rep, s.lang, stderr); err != nil {
		return err
	}
	if rep.Summary.ExitCode != 0 {
		return exitError{rep.Summary.ExitCode}
	}
	return nil
}

// inputError is a usage error (exit 2), or a failure (exit 3) when the
// read ended because the run was interrupted.
func inputError(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return failure{err}
	}
	return usageError{err}
}

// execute runs the plan under the overall deadline and builds the report.
func execute(ctx context.Context, s *scanSetup, timeout time.Duration) *reports.Report {
	ctx, cancel := context.WithTimeoutCause(ctx, timeout, errors.New("overall deadline (--timeout) reached"))
	defer cancel()
	out := checks.Run(ctx, s.cat, s.plan)
	j := checks.Judge(s.plan.Refs, out, s.answers, s.lang)
	return reports.Build(reports.Tool{Name: "conformscan", Version: version}, s.refDate, s.lang, s.opts, out, j, s.answers)
}

// emit writes the report files (--output) and the chosen format to stdout;
// the table is printed even when a file could not be written.
func emit(rep *reports.Report, s *scanSetup, f *scanFlags, stdout, stderr io.Writer) error {
	if err := sealReport(rep, s); err != nil {
		return err
	}
	werr := writeOutputs(s.outputs, rep, s.lang, stderr)
	r, err := stdoutRenderer(s, f, stdout)
	if err != nil {
		return usageError{err}
	}
	if err := r.Render(stdout, rep); err != nil {
		return failure{errors.Join(werr, fmt.Errorf("rendering the report: %w", err))}
	}
	if werr != nil {
		return failure{werr}
	}
	return nil
}

func isTTY(w io.Writer) bool {
	if os.Getenv("NO_COLOR") != "" {
		return false
	}
	if fh, ok := w.(*os.File); ok {
		return term.IsTerminal(int(fh.Fd()))
	}
	return false
}
