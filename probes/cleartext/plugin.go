package cleartext

import (
	"context"

	"conformscan/probes"
	"conformscan/probes/discovery"
)

// ID is the cleartext probe's ID.
const ID = "cleartext"

// New returns the cleartext probe. It has no option of its own: the
// directory account (--ldap-bind-dn) belongs to the directory probe and is
// never sent to scanned hosts.
func New() probes.Probe {
	return probes.Probe{
		ID:      ID,
		Doc:     "Talks the service's own protocol in clear to see whether credentials could cross unencrypted (LDAP: a simple bind with a DN of no account, none under --safe).",
		Kind:    probes.SubjectEndpoint,
		Needs:   []string{discovery.ID},
		Applies: func(s *probes.Subject) bool { return Speaks(discovery.PortOf(s)) },
		Run: func(ctx context.Context, env *probes.Env, s *probes.Subject) error {
			p := discovery.PortOf(s)
			facts, err := Probe(ctx, s.ID, p.Service, Options{Timeout: env.ProbeTimeout, Dial: env.Dial, Now: env.Clock(), Safe: env.Safe})
			if facts != nil {
				s.SetFact(ID, facts)
			}
			return err
		},
	}
}

// Speaks tells whether the probe speaks the endpoint's service.
func Speaks(p *discovery.Port) bool {
	if p == nil {
		return false
	}
	for _, s := range Services() {
		if s == p.Service {
			return true
		}
	}
	return false
}

// FactsOf returns the cleartext probe's facts on a subject (nil when none).
func FactsOf(s *probes.Subject) *Facts {
	if s == nil {
		return nil
	}
	f, _ := s.Fact(ID).(*Facts)
	return f
}
