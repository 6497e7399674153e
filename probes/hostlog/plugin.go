package hostlog

import (
	"conformscan/probes"
	"conformscan/probes/hostaccess"
)

// ID is the probe's ID.
const ID = "hostlog"

// New returns the probe: on the local machine (--local), over SSH or on
// an offline root (--host-root), through the host-access layer.
func New() probes.Probe {
	return hostaccess.HostProbe(ID,
		"Authentication logging and log forwarding of a Linux host (sshd LogLevel with its includes, rsyslog and syslog-ng auth rules and forwarding targets, journald, systemd-journal-upload, auditd), how long the auth traces stay (logrotate with its includes, journald retention keys, auditd.conf), its local accounts (/etc/passwd, /etc/shadow) and administration groups (/etc/group); on Windows, from the snapshot, the audit policy, Event Forwarding subscription managers and Administrators.",
		[]string{"linux", "windows", "darwin"}, Collect)
}

// FactsOf returns the probe's facts on a subject (nil when none).
func FactsOf(s *probes.Subject) *Facts { return hostaccess.FactOf[Facts](s, ID) }
