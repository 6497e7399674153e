package diskcrypt

import (
	"context"

	"conformscan/probes"
	"conformscan/probes/hostaccess"
)

// ID is the probe's ID.
const ID = "diskcrypt"

// New returns the probe: on the local machine (--local), over SSH, on an
// offline root (--host-root) or a Windows snapshot, through the
// host-access layer.
func New() probes.Probe {
	return probes.Probe{
		ID:       ID,
		Doc:      "Form factor (DMI chassis type, Win32_SystemEnclosure, Mac model) and volume encryption of a host: dm-crypt/LUKS under the root, data and swap volumes (mountinfo and the sysfs device chain; fstab and crypttab offline), BitLocker, FileVault.",
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

// FactsOf returns the probe's facts on a subject (nil when none).
func FactsOf(s *probes.Subject) *Facts {
	if s == nil {
		return nil
	}
	f, _ := s.Fact(ID).(*Facts)
	return f
}
