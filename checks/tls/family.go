package tls

import (
	"context"
	"fmt"

	"github.com/spf13/pflag"

	"conformscan/checks"
	"conformscan/checks/endpoint"
)

// Input is one target as the TLS checks judge it, with the profile.
type Input struct {
	Facts *endpoint.TargetFacts
	checks.Settings
	// TLSProfile is the profile judged against (nil: the built-in anssi).
	TLSProfile *TLSProfile
}

// Options are the TLS family's own flags: --tls-profile.
type Options struct {
	Profile string
	loaded  *TLSProfile
}

// Register adds --tls-profile.
func (o *Options) Register(fs *pflag.FlagSet) {
	fs.StringVar(&o.Profile, "tls-profile", DefaultTLSProfile, "TLS profile: anssi, mozilla-intermediate, mozilla-modern, or a YAML file")
}

// Validate loads the profile.
func (o *Options) Validate(ctx context.Context) error {
	p, err := LoadTLSProfile(ctx, o.Profile)
	if err != nil {
		return fmt.Errorf("--tls-profile: %w", err)
	}
	o.loaded = p
	return nil
}

// Family returns the TLS checks (7.1, 7.2, 7.3), their rules and options.
func Family() checks.Family {
	o := &Options{Profile: DefaultTLSProfile}
	return checks.Family{
		Name:    "tls",
		Options: o,
		Checks:  []checks.Check{tlsWebCheck(o), tlsAuthCheck(o), tlsCryptoCheck(o)},
		Rules:   Rules(),
		Doc:     Doc,
	}
}

// input adapts the core's input to the TLS judging.
func (o *Options) input(in *checks.Input) *Input {
	return &Input{Facts: endpoint.Target(in.Subject), Settings: in.Settings, TLSProfile: o.loaded}
}
