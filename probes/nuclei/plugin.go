//go:build nuclei

// Package nuclei is the nuclei probe (ref 8.3, and 2.17 evidence): it runs
// the nuclei v3 engine, embedded, on each web endpoint with the
// default-login templates this project writes (embedded in the binary)
// and the user's own directory (--nuclei-templates). It runs offline: no
// update check, no template download, the engine's home, config, cache and
// temporary files in a scratch directory removed after the run; its log
// never reaches the terminal. It is built only with -tags nuclei.
package nuclei

import (
	"context"
	"fmt"
	"os"

	"github.com/spf13/pflag"

	"conformscan/probes"
	"conformscan/probes/discovery"
	"conformscan/probes/nucleifacts"
)

// Flags are the nuclei probe's own options.
type Flags struct {
	// Enabled runs the probe (--nuclei): it is opt-in, its runs are
	// serialised and each web endpoint takes several seconds.
	Enabled bool
	// Templates is the user's own template directory (empty: embedded
	// templates only).
	Templates string
	// Rate is the engine's global request rate (requests per second).
	Rate int
	// NoEmbedded leaves out the embedded templates (tests of a user
	// directory alone).
	NoEmbedded bool
}

// DefaultRate is the default request rate: a few requests per second.
const DefaultRate = 3

// Register adds --nuclei, --nuclei-templates and --nuclei-rate.
func (f *Flags) Register(fs *pflag.FlagSet) {
	fs.BoolVar(&f.Enabled, "nuclei", false, "run the embedded nuclei default-login templates on web endpoints (intrusive; one endpoint at a time, each adds several seconds to the scan)")
	fs.StringVar(&f.Templates, "nuclei-templates", "", "directory of your own nuclei templates, run on web endpoints in addition to the embedded default-login templates")
	fs.IntVar(&f.Rate, "nuclei-rate", DefaultRate, "most nuclei requests per second, all endpoints together (1 to 50)")
}

// Validate checks the rate and the template directory.
func (f *Flags) Validate() error {
	if f.Rate < 1 || f.Rate > 50 {
		return fmt.Errorf("--nuclei-rate %d: use 1 to 50", f.Rate)
	}
	if f.Templates == "" {
		return nil
	}
	st, err := os.Stat(f.Templates)
	if err != nil {
		return fmt.Errorf("--nuclei-templates: %w", err)
	}
	if !st.IsDir() {
		return fmt.Errorf("--nuclei-templates %s: not a directory", f.Templates)
	}
	return nil
}

// New returns the nuclei probe with its default options.
func New() probes.Probe { return NewWith(&Flags{Rate: DefaultRate}) }

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
			if !f.Enabled {
				return "web-console default logins with nuclei not asked for (--nuclei)"
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
