package probes

import (
	"context"
	"crypto/x509"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"conformscan/inputs"
)

// Requirements say what a probe needs to run. The plan filters out a probe
// whose requirements are not met and records why, so the report says what
// was not measured.
type Requirements struct {
	// OS lists the runtime.GOOS values the probe runs on (empty: any).
	OS []string
	// Root: the probe needs root (raw sockets, other users' files).
	Root bool
	// Credentials: the probe needs credentials the user gives; its Ready
	// function says when they are missing.
	Credentials bool
	// Intrusive: the probe tries logins; it runs only when the plan allows
	// intrusive probes (not under --safe).
	Intrusive bool
	// OnHost: the probe reads the machine it runs on (--local).
	OnHost bool
}

// Options are a probe's (or a check family's) own command-line options:
// it registers its flags and validates them once they are parsed.
type Options interface {
	Register(fs *pflag.FlagSet)
	Validate(ctx context.Context) error
}

// Probe is one fact-gathering capability, a plain value in the explicit list
// of probes/list. It runs once per subject of its kind that it applies to.
type Probe struct {
	// ID is stable and unique; it keys the probe's facts ("tls").
	ID string
	// Doc says in one sentence what the probe measures.
	Doc string
	// Kind is the kind of subject the probe runs on.
	Kind SubjectKind
	// Requires says what the probe needs to run.
	Requires Requirements
	// Needs are the probes that must run first: the one that creates the
	// subjects this probe runs on (discovery for endpoints), or whose facts
	// it reads.
	Needs []string
	// Options are the probe's own flags (nil: none).
	Options Options
	// Ready says, once flags are parsed, why the probe cannot run ("" when
	// it can): credentials not given, a tool not installed. Nil: ready.
	Ready func() string
	// Gate marks a probe without which its subject cannot be judged at all
	// (discovery on a host): its failure makes the subject unreachable. A
	// gate runs under the overall deadline only, not --probe-timeout: its
	// own operations (each connect) carry their deadlines.
	Gate bool
	// Roots, when set, returns the root subjects the probe's own options
	// name (a capture file, a directory URL, a Windows export folder as the
	// local machine), once its flags are parsed: the CLI adds them to the
	// scan without knowing the probe.
	Roots func() []*Subject
	// Applies tells whether the probe has something to measure on s (nil:
	// every subject of its kind).
	Applies func(s *Subject) bool
	// Admit, when set, waits under the scan's deadline (not
	// --probe-timeout) until the probe may run on s: one login test per
	// host at a time, one nuclei engine at a time. The runner calls it
	// before starting the probe's timer, runs Run with the context it
	// returns (marked with WithAdmission), then calls release. A Run
	// called without it (a test) waits for its turn itself.
	Admit func(ctx context.Context, s *Subject) (admitted context.Context, release func(), err error)
	// Run measures s under ctx (which carries the probe's deadline) and
	// stores facts with s.SetFact(ID, ...); it may add children. An error
	// means the probe could not measure: facts stored before it are kept.
	Run func(ctx context.Context, env *Env, s *Subject) error
}

// Env is what every probe may use: how to dial, the clock, the trust store
// and the per-probe deadline. Tests inject Dial and Now.
type Env struct {
	Dial         func(ctx context.Context, network, addr string) (net.Conn, error)
	Now          func() time.Time
	ProbeTimeout time.Duration
	// Roots is the trust store for TLS chains (nil: system roots);
	// RootsLabel names it in evidence.
	Roots      *x509.CertPool
	RootsLabel string
	// Safe forbids intrusive probes.
	Safe bool
}

// DialContext dials through Env.Dial, or a plain net.Dialer.
func (e *Env) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	if e != nil && e.Dial != nil {
		return e.Dial(ctx, network, addr)
	}
	var d net.Dialer
	return d.DialContext(ctx, network, addr)
}

// Clock returns Env.Now, or time.Now.
func (e *Env) Clock() func() time.Time {
	if e != nil && e.Now != nil {
		return e.Now
	}
	return time.Now
}

// NotRunnable says why p cannot run in env ("" when it can).
func (p Probe) NotRunnable(env *Env) string {
	r := p.Requires
	if len(r.OS) > 0 && !containsString(r.OS, runtime.GOOS) {
		return fmt.Sprintf("runs on %s only, not on %s", strings.Join(r.OS, ", "), runtime.GOOS)
	}
	if r.Root && os.Geteuid() != 0 {
		return "needs root"
	}
	if r.Intrusive && env.Safe {
		return "tries logins: not run under --safe"
	}
	if p.Ready != nil {
		return p.Ready()
	}
	return ""
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// EnvOptions are the flags every probe shares: the per-probe deadline, the
// extra trust anchors and --safe.
type EnvOptions struct {
	ProbeTimeout time.Duration
	CA           string
	Safe         bool
	// roots is loaded by Validate.
	roots      *x509.CertPool
	rootsLabel string
}

// Register adds --probe-timeout, --ca and --safe.
func (o *EnvOptions) Register(fs *pflag.FlagSet) {
	fs.DurationVar(&o.ProbeTimeout, "probe-timeout", 20*time.Second, "deadline of one probe on one subject")
	fs.StringVar(&o.CA, "ca", "", "PEM file of CA certificates trusted in addition to the system roots (hospital PKI)")
	fs.BoolVar(&o.Safe, "safe", false, "run no intrusive probe (no login attempt)")
}

// Validate checks the deadline and loads --ca.
func (o *EnvOptions) Validate(ctx context.Context) error {
	if o.ProbeTimeout <= 0 {
		return fmt.Errorf("--probe-timeout must be positive")
	}
	if o.CA == "" {
		return nil
	}
	pool, err := x509.SystemCertPool()
	if err != nil || pool == nil {
		pool = x509.NewCertPool()
	}
	pem, err := inputs.Read(ctx, inputs.CABundle, o.CA)
	if err != nil {
		return err
	}
	if !pool.AppendCertsFromPEM(pem) {
		return fmt.Errorf("--ca %s: no PEM certificate found in the file", o.CA)
	}
	o.roots, o.rootsLabel = pool, "system+ca:"+filepath.Base(o.CA)
	return nil
}

// Env builds the probes' environment from the validated options.
func (o *EnvOptions) Env() Env {
	return Env{ProbeTimeout: o.ProbeTimeout, Roots: o.roots, RootsLabel: o.rootsLabel, Safe: o.Safe, Now: time.Now}
}

// RootsOf gathers the root subjects the probes' options name, once each
// (by subject ID), in probe order.
func RootsOf(ps []Probe) []*Subject {
	var out []*Subject
	seen := map[string]bool{}
	for _, p := range ps {
		if p.Roots == nil {
			continue
		}
		for _, s := range p.Roots() {
			if !seen[s.ID] {
				seen[s.ID] = true
				out = append(out, s)
			}
		}
	}
	return out
}

// ValidateList verifies that probe IDs are unique and every probe has a
// kind and a Run function.
func ValidateList(ps []Probe) error {
	seen := map[string]bool{}
	for _, p := range ps {
		if p.ID == "" || p.Kind == "" || p.Run == nil {
			return fmt.Errorf("probe %q: ID, Kind and Run are required", p.ID)
		}
		if seen[p.ID] {
			return fmt.Errorf("probe %q is defined twice", p.ID)
		}
		seen[p.ID] = true
	}
	return nil
}
