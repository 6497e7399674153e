package main

import (
	"context"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"conformscan/checks"
	"conformscan/probes"
	"conformscan/probes/discovery"
	"conformscan/reports"
)

// scanFlags are the options of 'scan' (and, in part, 'demo').
type scanFlags struct {
	targets      []string
	targetsFile  string
	refs         string
	ports        string
	concurrency  int
	portConc     int
	timeout      time.Duration
	probeTimeout time.Duration
	connTimeout  time.Duration
	maxHosts     int
	answers      string
	attachDir    string
	output       string
	format       string
	lang         string
	refDate      string
	ca           string
	tlsProfile   string
	ldapBindDN   string
	ldapPassFile string
	noColor      bool
	verbose      bool
}

func (f *scanFlags) register(c *cobra.Command, withTargets bool) {
	fl := c.Flags()
	if withTargets {
		fl.StringArrayVarP(&f.targets, "target", "t", nil, "target: host, IP, host:port, [IPv6]:port, CIDR or URL (repeatable)")
		fl.StringVar(&f.targetsFile, "targets-file", "", "file with one target per line (# comments allowed)")
		fl.StringVar(&f.answers, "answers", "", "answers file (YAML) for the documentary refs; see 'conformscan answers init'")
		fl.StringVar(&f.attachDir, "attachments-dir", "", "folder the answers' evidence paths are relative to and must stay inside (default: the answers file's folder)")
		fl.StringVar(&f.ports, "ports", "", "ports to scan, e.g. 22,80,8000-8010 (default: the grid's port list)")
		fl.IntVar(&f.maxHosts, "max-hosts", probes.DefaultMaxHosts, "largest number of addresses accepted")
		fl.StringVar(&f.ldapBindDN, "ldap-bind-dn", "", "DN for the LDAP cleartext simple-bind test (password from $CONFORMSCAN_LDAP_PASSWORD or --ldap-password-file)")
		fl.StringVar(&f.ldapPassFile, "ldap-password-file", "", "file holding the LDAP bind password (never logged)")
		fl.StringVar(&f.ca, "ca", "", "PEM file of CA certificates trusted in addition to the system roots (hospital PKI)")
	}
	fl.StringVar(&f.refs, "refs", "", "refs or sections to check, e.g. 7.1,8.3 or 8 (default: all)")
	fl.IntVar(&f.concurrency, "concurrency", 16, "targets scanned at once")
	fl.IntVar(&f.portConc, "port-concurrency", 64, "TCP connects in flight on one host")
	fl.DurationVar(&f.timeout, "timeout", 10*time.Minute, "overall deadline of the scan")
	fl.DurationVar(&f.probeTimeout, "probe-timeout", 20*time.Second, "deadline of one probe on one endpoint")
	fl.DurationVar(&f.connTimeout, "connect-timeout", 1500*time.Millisecond, "deadline of one TCP connect during discovery")
	fl.StringVarP(&f.output, "output", "o", "", "write the JSON report to this file")
	fl.StringVarP(&f.format, "format", "f", "table", "format on standard output: table, json or markdown")
	fl.StringVar(&f.lang, "lang", "fr", "report language: fr or en")
	fl.StringVar(&f.refDate, "reference-date", "", "date rules are judged at, YYYY-MM-DD (default: today)")
	fl.StringVar(&f.tlsProfile, "tls-profile", "anssi", "TLS profile: anssi, mozilla-intermediate, mozilla-modern, or a YAML file")
	fl.BoolVar(&f.noColor, "no-color", false, "no colour in the table even on a terminal")
	fl.BoolVarP(&f.verbose, "verbose", "v", false, "show every result and its evidence in the table")
}

func newScanCmd(stdout, stderr io.Writer) *cobra.Command {
	f := &scanFlags{}
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
}

func prepare(ctx context.Context, f *scanFlags, targets []probes.Target) (*scanSetup, error) {
	cat, err := checks.LoadCatalogue()
	if err != nil {
		return nil, failure{err}
	}
	lang, err := checks.ParseLang(f.lang)
	if err != nil {
		return nil, usage("--lang: %v", err)
	}
	switch f.format {
	case "table", "json", "markdown", "md":
	default:
		return nil, usage("--format %q: use table, json or markdown", f.format)
	}
	if err := checkOutput(f.output); err != nil {
		return nil, usageError{err}
	}
	refDate := time.Now().UTC()
	if f.refDate != "" {
		d, err := time.Parse("2006-01-02", f.refDate)
		if err != nil {
			return nil, usage("--reference-date %q: use YYYY-MM-DD", f.refDate)
		}
		// Today's date means now: a certificate issued this morning is
		// valid, not "not yet valid" at midnight.
		if d.Format("2006-01-02") != refDate.Format("2006-01-02") {
			refDate = d
		}
	}
	refs, err := cat.Select(f.refs)
	if err != nil {
		return nil, usageError{err}
	}
	if f.concurrency < 1 || f.portConc < 1 {
		return nil, usage("--concurrency and --port-concurrency must be at least 1")
	}
	if f.timeout <= 0 || f.probeTimeout <= 0 || f.connTimeout <= 0 {
		return nil, usage("--timeout, --probe-timeout and --connect-timeout must be positive")
	}
	plan := checks.NewPlan(cat, checks.All(), refs, targets)
	plan.Concurrency = f.concurrency
	plan.Settings = checks.Settings{Lang: lang, RefDate: refDate}
	plan.Probe.PortConcurrency = f.portConc
	plan.Probe.ProbeTimeout = f.probeTimeout
	plan.Probe.ConnectTimeout = f.connTimeout
	if err := configureTLS(f, plan); err != nil {
		return nil, err
	}
	if f.ports != "" {
		if plan.Probe.Ports, err = discovery.ParsePorts(f.ports); err != nil {
			return nil, usageError{err}
		}
	}
	if f.ca != "" {
		pool, err := x509.SystemCertPool()
		if err != nil || pool == nil {
			pool = x509.NewCertPool()
		}
		pem, err := os.ReadFile(f.ca)
		if err != nil {
			return nil, usage("--ca: %v", err)
		}
		if !pool.AppendCertsFromPEM(pem) {
			return nil, usage("--ca %s: no PEM certificate found in the file", f.ca)
		}
		plan.Probe.Roots, plan.Probe.RootsLabel = pool, "system+ca:"+filepath.Base(f.ca)
	}
	if f.ldapBindDN != "" {
		plan.Probe.LDAPBindDN = f.ldapBindDN
		pw := os.Getenv("CONFORMSCAN_LDAP_PASSWORD")
		if f.ldapPassFile != "" {
			b, err := os.ReadFile(f.ldapPassFile)
			if err != nil {
				return nil, usage("--ldap-password-file: %v", err)
			}
			pw = strings.TrimRight(string(b), "\r\n")
		}
		if pw == "" {
			return nil, usage("--ldap-bind-dn needs a password: set CONFORMSCAN_LDAP_PASSWORD or --ldap-password-file")
		}
		plan.Probe.LDAPPassword = pw
	}
	s := &scanSetup{cat: cat, plan: plan, lang: lang, refDate: refDate, format: f.format}
	if f.answers != "" {
		if s.answers, err = checks.LoadAnswers(ctx, f.answers, cat, checks.AnswersOptions{AttachmentsDir: f.attachDir}); err != nil {
			if ctx.Err() != nil {
				return nil, failure{err}
			}
			return nil, usageError{err}
		}
	}
	var inputs []string
	for _, t := range targets {
		inputs = append(inputs, t.Input)
	}
	s.opts = reports.Options{Refs: f.refs, Ports: f.ports, Timeout: f.timeout.String(), Concurrency: f.concurrency,
		TLSProfile: f.tlsProfile, CA: f.ca, Lang: string(lang), Inputs: dedupe(inputs)}
	return s, nil
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

func readTargets(f *scanFlags) ([]probes.Target, error) {
	inputs := append([]string{}, f.targets...)
	if f.targetsFile != "" {
		fh, err := os.Open(f.targetsFile)
		if err != nil {
			return nil, usage("--targets-file: %v", err)
		}
		defer fh.Close()
		more, err := probes.ReadTargetsFile(fh, f.targetsFile)
		if err != nil {
			return nil, usageError{err}
		}
		inputs = append(inputs, more...)
	}
	if f.maxHosts < 1 {
		return nil, usage("--max-hosts must be at least 1")
	}
	ts, err := probes.ParseTargets(inputs, f.maxHosts)
	if err != nil {
		return nil, usageError{err}
	}
	return ts, nil
}

func runScan(ctx context.Context, f *scanFlags, stdout, stderr io.Writer) error {
	targets, err := readTargets(f)
	if err != nil {
		return err
	}
	if len(targets) == 0 && f.answers == "" {
		return usage("give at least one --target (or --targets-file), or an --answers file for a documentary-only report")
	}
	s, err := prepare(ctx, f, targets)
	if err != nil {
		return err
	}
	rep := execute(ctx, s, f.timeout)
	if err := emit(rep, s, f, stdout, stderr); err != nil {
		return err
	}
	if rep.Summary.ExitCode != 0 {
		return exitError{rep.Summary.ExitCode}
	}
	return nil
}

// execute runs the plan under the overall deadline and builds the report.
func execute(ctx context.Context, s *scanSetup, timeout time.Duration) *reports.Report {
	ctx, cancel := context.WithTimeoutCause(ctx, timeout, errors.New("overall deadline (--timeout) reached"))
	defer cancel()
	out := checks.Run(ctx, s.cat, s.plan)
	return reports.Build(reports.Tool{Name: "conformscan", Version: version}, s.refDate, s.lang, s.opts, s.plan.Refs, out, s.answers)
}

// emit writes the JSON file (if asked) and the chosen format to stdout;
// the table is printed even when the file could not be written.
func emit(rep *reports.Report, s *scanSetup, f *scanFlags, stdout, stderr io.Writer) error {
	var werr error
	if f.output != "" {
		werr = writeOutput(f.output, func(w io.Writer) error { return reports.JSON{}.Render(w, rep) })
	}
	var r reports.Renderer
	switch s.format {
	case "json":
		r = reports.JSON{}
	case "markdown", "md":
		r = reports.Markdown{Lang: s.lang}
	default:
		r = reports.Table{Color: !f.noColor && isTTY(stdout), Lang: s.lang, Verbose: f.verbose}
	}
	if err := r.Render(stdout, rep); err != nil {
		return failure{errors.Join(werr, fmt.Errorf("rendering the report: %w", err))}
	}
	if werr != nil {
		return failure{werr}
	}
	if f.output != "" {
		fmt.Fprintf(stderr, "%s %s\n", s.lang.T("Rapport JSON écrit dans", "JSON report written to"), f.output)
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
