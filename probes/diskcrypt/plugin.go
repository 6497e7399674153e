package diskcrypt

import (
	"conformscan/probes"
	"conformscan/probes/hostaccess"
)

// ID is the probe's ID.
const ID = "diskcrypt"

// New returns the probe: on the local machine (--local), over SSH, on an
// offline root (--host-root) or a Windows snapshot, through the
// host-access layer.
func New() probes.Probe {
	return hostaccess.HostProbe(ID,
		"Form factor (DMI chassis type, Win32_SystemEnclosure, Mac model) and volume encryption of a host: dm-crypt/LUKS under the root, data and swap volumes (mountinfo and the sysfs device chain; fstab and crypttab offline), BitLocker, FileVault.",
		nil, Collect)
}

// FactsOf returns the probe's facts on a subject (nil when none).
func FactsOf(s *probes.Subject) *Facts { return hostaccess.FactOf[Facts](s, ID) }
