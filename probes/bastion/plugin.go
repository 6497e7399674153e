package bastion

import (
	"context"

	"conformscan/probes"
	"conformscan/probes/hostaccess"
)

// ID is the host probe's ID.
const ID = "bastion"

// New returns the host probe: on the local machine (--local), over SSH,
// on an offline root or from a Windows snapshot.
func New() probes.Probe {
	return probes.Probe{
		ID:       ID,
		Doc:      "What restricts a host's administration to the bastion: sshd AllowUsers user@host, Match Address and ListenAddress (with Include files), nftables (nft -j list ruleset) and iptables (iptables-save) input rules, Windows Firewall inbound rules, and the administration ports listening.",
		Kind:     probes.SubjectLocal,
		Requires: probes.Requirements{OnHost: true},
		Needs:    []string{hostaccess.EndID, hostaccess.WindowsID},
		Run: func(ctx context.Context, _ *probes.Env, s *probes.Subject) error {
			f, err := Collect(ctx, hostaccess.For(s))
			s.SetFact(ID, f)
			return err
		},
	}
}

// FactsOf returns the host probe's facts on a subject (nil when none).
func FactsOf(s *probes.Subject) *Facts {
	if s == nil {
		return nil
	}
	f, _ := s.Fact(ID).(*Facts)
	return f
}
