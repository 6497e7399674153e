package svcmode

import (
	"conformscan/probes"
	"conformscan/probes/hostaccess"
)

// ID is the probe's ID.
const ID = "svcmode"

// New returns the probe: on the local machine (--local), over SSH or on
// an offline root (which runs no process: recorded as such).
func New() probes.Probe {
	return hostaccess.HostProbe(ID,
		"How a host's listening processes run: systemd unit or login session (/proc/PID/cgroup, audit session, ancestry: tmux, screen, SSH session), user; Windows edition and each listening process's session and service.",
		nil, Collect)
}

// FactsOf returns the probe's facts on a subject (nil when none).
func FactsOf(s *probes.Subject) *Facts { return hostaccess.FactOf[Facts](s, ID) }
