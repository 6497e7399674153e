package hostlog

import (
	"context"

	"conformscan/probes"
	"conformscan/probes/hostaccess"
)

// ID is the probe's ID.
const ID = "hostlog"

// New returns the probe: on the local machine (--local), over SSH or on
// an offline root (--host-root), through the host-access layer.
func New() probes.Probe {
	return probes.Probe{
		ID:       ID,
		Doc:      "Authentication logging and log forwarding of a Linux host (sshd LogLevel with its includes, rsyslog and syslog-ng auth rules and forwarding targets, journald, systemd-journal-upload, auditd), how long the auth traces stay (logrotate with its includes, journald retention keys, auditd.conf), its local accounts (/etc/passwd, /etc/shadow) and administration groups (/etc/group); on Windows, from the snapshot, the audit policy, Event Forwarding subscription managers and Administrators.",
		Kind:     probes.SubjectLocal,
		Requires: probes.Requirements{OS: []string{"linux", "windows", "darwin"}, OnHost: true},
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
