// Package bastion judges grid ref 8.20 (administration only through the
// hospital's bastion) when --bastion names it: on a host (local, SSH,
// offline root, Windows snapshot) whether each administration port
// listening accepts the bastion only (sshd, host firewall), and from the
// network side whether the scanner, outside the bastion, reaches an
// administration port. Without --bastion the ref stays documentary.
package bastion

import (
	"context"
	"fmt"
	"net/netip"
	"strings"

	"github.com/spf13/pflag"

	"conformscan/checks"
	"conformscan/probes"
	bp "conformscan/probes/bastion"
)

// Check IDs.
const (
	CheckHost    = "bastion-host"
	CheckNetwork = "bastion-network"
)

// Options are the family's flags.
type Options struct {
	// Raw is --bastion as given; Prefixes its parsed CIDRs.
	Raw      []string
	Prefixes []netip.Prefix
}

// Register adds --bastion.
func (o *Options) Register(fs *pflag.FlagSet) {
	fs.StringSliceVar(&o.Raw, "bastion", nil, "the hospital's administration bastion, CIDR[,CIDR] (an address is a /32 or /128): 8.20 is then measured (host rules and reachability from the scanner); without it 8.20 stays documentary")
}

// Validate parses the CIDRs.
func (o *Options) Validate(ctx context.Context) error {
	o.Prefixes = nil
	for _, s := range o.Raw {
		s = strings.TrimSpace(s)
		p, err := netip.ParsePrefix(s)
		if err != nil {
			a, aerr := netip.ParseAddr(s)
			if aerr != nil {
				return fmt.Errorf("--bastion %q: give an address or a CIDR (10.1.2.0/24)", s)
			}
			p = netip.PrefixFrom(a, a.BitLen())
		}
		o.Prefixes = append(o.Prefixes, p.Masked())
	}
	return nil
}

// Family returns the bastion checks.
func Family() checks.Family {
	o := &Options{}
	return checks.Family{
		Name:    "bastion",
		Options: o,
		Rules:   Rules(),
		Checks: []checks.Check{
			{ID: CheckHost, Title: "Administration ports of the host accept the bastion only", Refs: []string{"8.20"},
				Kind: probes.SubjectLocal, Needs: []string{bp.ID}, Eval: o.evalHost},
			{ID: CheckNetwork, Title: "No administration port reachable from the scanner outside the bastion", Refs: []string{"8.20"},
				Kind: probes.SubjectHost, Needs: []string{bp.ReachID}, Eval: o.evalNetwork},
		},
	}
}

// documentary is 8.20's result without --bastion.
func documentary(in *checks.Input) []checks.Result {
	l := in.Settings.Lang
	return []checks.Result{{Ref: "8.20", Status: checks.StatusManual,
		Summary: l.T("Exigence documentaire sans --bastion (le CHM n'a pas désigné de bastion) : réponse attendue dans le fichier de réponses",
			"Documentary without --bastion (the hospital named no bastion): answer it in the answers file"),
		Evidence: []checks.Evidence{ev(in, RuleDocOnly, "--bastion not given", "--bastion CIDR", "conformscan")}}}
}

func ev(in *checks.Input, rule, observed, expected, source string) checks.Evidence {
	return checks.Evidence{Rule: rule, Observed: observed, Expected: expected, Source: source, At: in.Settings.RefDate}
}

func (o *Options) bastionText() string {
	var s []string
	for _, p := range o.Prefixes {
		s = append(s, p.String())
	}
	return strings.Join(s, ",")
}
