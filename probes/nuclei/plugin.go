//go:build nuclei

package nuclei

import (
	"context"
	"fmt"

	"github.com/spf13/pflag"

	"conformscan/inputs"
	"conformscan/probes"
	"conformscan/probes/creds"
	"conformscan/probes/discovery"
	"conformscan/probes/lib/nucleifacts"
)

// Flags are the nuclei probe's own options.
type Flags struct {
	// Enabled runs the probe (--nuclei, on by default; --no-nuclei turns
	// it off): its runs are serialised, about 2 s per web endpoint at the
	// default rate.
	Enabled bool
	// disabled is --no-nuclei.
	disabled bool
	// Off, when set, gives a reason not to run decided elsewhere
	// (--no-creds).
	Off func() string
	// Templates is the user's own template directory (empty: embedded
	// templates only).
	Templates string
	// Rate is the engine's global request rate (requests per second).
	Rate int
	// Budget returns the lockout budget the native login probes charge
	// (creds.Flags.Ledger): every template's declared login tries are
	// charged to it before the run. Without it no template runs.
	Budget func() *creds.Ledger
	// NoEmbedded leaves out the embedded templates (tests of a user
	// directory alone).
	NoEmbedded bool
}

// DefaultRate is the default request rate, all endpoints together: at
// most 24 requests per web endpoint, most of them to paths the console
// does not have, and 1 or 2 login requests to the console it is.
const DefaultRate = 10

// DefaultFlags are the probe's options before the command line.
func DefaultFlags() *Flags { return &Flags{Enabled: true, Rate: DefaultRate} }

// Register adds --nuclei, --nuclei-templates and --nuclei-rate.
func (f *Flags) Register(fs *pflag.FlagSet) {
	fs.BoolVar(&f.Enabled, "nuclei", true, "run the embedded nuclei default-login templates on web endpoints (intrusive, on by default: one endpoint at a time, about 2 s each)")
	fs.BoolVar(&f.disabled, "no-nuclei", false, "do not run the nuclei default-login templates (the native login tries still run)")
	fs.StringVar(&f.Templates, "nuclei-templates", "", "directory of your own nuclei templates, run on web endpoints in addition to the embedded default-login templates")
	fs.IntVar(&f.Rate, "nuclei-rate", DefaultRate, "most nuclei requests per second, all endpoints together (1 to 50)")
}

// Validate checks the rate and the template directory.
func (f *Flags) Validate(ctx context.Context) error {
	if f.Rate < 1 || f.Rate > 50 {
		return fmt.Errorf("--nuclei-rate %d: use 1 to 50", f.Rate)
	}
	if f.Templates == "" {
		return nil
	}
	return inputs.Check(ctx, inputs.NucleiTemplates, f.Templates)
}

// New returns the nuclei probe with its default options.
func New() probes.Probe { return NewWith(DefaultFlags()) }

// NewWith returns the nuclei probe with the given options. Its runs are
// serialised: one engine at a time (the engine keeps process-wide state,
// and the scratch environment is process-wide).
func NewWith(f *Flags) probes.Probe {
	one := make(chan struct{}, 1)
	return probes.Probe{
		ID:       nucleifacts.ID,
		Doc:      "Runs the embedded nuclei engine, offline and rate limited, with the project's default-login templates for web consoles (and --nuclei-templates) on web endpoints.",
		Kind:     probes.SubjectEndpoint,
		Needs:    []string{discovery.ID},
		Requires: probes.Requirements{Intrusive: true},
		Options:  f,
		Ready: func() string {
			if f.Off != nil {
				if why := f.Off(); why != "" {
					return why
				}
			}
			if !f.Enabled || f.disabled {
				return "--no-nuclei: web-console default logins with nuclei not tried"
			}
			return ""
		},
		Applies: func(s *probes.Subject) bool { return schemeOf(discovery.PortOf(s)) != "" },
		// The wait for the engine is under the scan's deadline, so that
		// serialised runs do not eat each other's --probe-timeout.
		Admit: func(ctx context.Context, _ *probes.Subject) (context.Context, func(), error) {
			release, err := take(ctx, one)
			if err != nil {
				return nil, nil, err
			}
			return probes.WithAdmission(ctx, nucleifacts.ID), release, nil
		},
		Run: func(ctx context.Context, env *probes.Env, s *probes.Subject) error {
			if !probes.Admitted(ctx, nucleifacts.ID) {
				release, err := take(ctx, one)
				if err != nil {
					return err
				}
				defer release()
			}
			return run(ctx, env, f, s)
		},
	}
}

// take waits for the engine's one slot under ctx.
func take(ctx context.Context, one chan struct{}) (func(), error) {
	select {
	case one <- struct{}{}:
		return func() { <-one }, nil
	case <-ctx.Done():
		return nil, &probes.Error{Kind: probes.KindIOTimeout, Op: "nuclei (waiting for the engine; raise --timeout)", Err: ctx.Err()}
	}
}

// schemeOf maps discovery's service to the URL scheme ("" when not web).
func schemeOf(p *discovery.Port) string {
	if p == nil {
		return ""
	}
	switch p.Service {
	case "http", "https":
		return p.Service
	}
	return ""
}
