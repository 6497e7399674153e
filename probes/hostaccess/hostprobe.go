package hostaccess

import (
	"context"

	"conformscan/probes"
)

// HostProbe returns a host probe that reads a host through For(s) (the
// local machine, SSH, WinRM, an offline root, a bundle, a Windows
// snapshot taken once) with collect, and stores what it returns as its
// fact under id, even when collect also returns an error (the facts
// gathered before it say what was read). os lists the scanner's systems
// the probe runs on (nil: any).
func HostProbe[F any](id, doc string, os []string, collect func(context.Context, Access) (*F, error)) probes.Probe {
	return probes.Probe{
		ID:       id,
		Doc:      doc,
		Kind:     probes.SubjectLocal,
		Requires: probes.Requirements{OS: os, OnHost: true},
		Needs:    []string{EndID, WindowsID},
		Run: func(ctx context.Context, _ *probes.Env, s *probes.Subject) error {
			f, err := collect(ctx, For(s))
			s.SetFact(id, f)
			return err
		},
	}
}

// FactOf returns the fact of type *F a host probe stored under id on s
// (nil when none).
func FactOf[F any](s *probes.Subject, id string) *F {
	if s == nil {
		return nil
	}
	f, _ := s.Fact(id).(*F)
	return f
}
