package hostprotect

import (
	"conformscan/probes"
	"conformscan/probes/hostaccess"
)

// ID is the probe's ID.
const ID = "hostprotect"

// New returns the probe: on the local machine (--local), over SSH or on
// an offline root (--host-root), through the host-access layer; on a
// Windows host, from its snapshot.
func New() probes.Probe {
	return hostaccess.HostProbe(ID,
		"Malware protection and patch currency of a host: antivirus/EDR agents of an embedded catalogue (packages, units, paths, processes), ClamAV database build times, Debian/Ubuntu security updates pending (apt lists of the security origin against the dpkg status), Windows Defender and Windows Update from the snapshot.",
		[]string{"linux", "windows"}, Collect)
}

// FactsOf returns the probe's facts on a subject (nil when none).
func FactsOf(s *probes.Subject) *Facts { return hostaccess.FactOf[Facts](s, ID) }
