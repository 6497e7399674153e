package hostprotect

import (
	"context"

	"conformscan/probes"
	"conformscan/probes/hostaccess"
)

// ID is the probe's ID.
const ID = "hostprotect"

// New returns the probe: on the local machine (--local), over SSH or on
// an offline root (--host-root), through the host-access layer; on a
// Windows host, from its snapshot.
func New() probes.Probe {
	return probes.Probe{
		ID:       ID,
		Doc:      "Malware protection and patch currency of a host: antivirus/EDR agents of an embedded catalogue (packages, units, paths, processes), ClamAV database build times, Debian/Ubuntu security updates pending (apt lists of the security origin against the dpkg status), Windows Defender and Windows Update from the snapshot.",
		Kind:     probes.SubjectLocal,
		Requires: probes.Requirements{OS: []string{"linux", "windows"}, OnHost: true},
		Needs:    []string{hostaccess.EndID, hostaccess.WindowsID},
		Run: func(ctx context.Context, _ *probes.Env, s *probes.Subject) error {
			f, err := Collect(ctx, hostaccess.For(s))
			s.SetFact(ID, f)
			return err
		},
	}
}

// FactsOf returns the probe's facts on a subject (nil when none).
func FactsOf(s *probes.Subject) *Facts {
	if s == nil {
		return nil
	}
	f, _ := s.Fact(ID).(*Facts)
	return f
}
