package svcmode

import (
	"context"

	"conformscan/probes"
	"conformscan/probes/hostaccess"
)

// ID is the probe's ID.
const ID = "svcmode"

// New returns the probe: on the local machine (--local), over SSH or on
// an offline root (which runs no process: recorded as such).
func New() probes.Probe {
	return probes.Probe{
		ID:       ID,
		Doc:      "How a host's listening processes run: systemd unit or login session (/proc/PID/cgroup, audit session, ancestry: tmux, screen, SSH session), user; Windows edition and each listening process's session and service.",
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
