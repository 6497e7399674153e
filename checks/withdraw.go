package checks

import (
	"strings"

	"conformscan/probes"
)

// withdraw turns every root subject whose gate said "not this way"
// (probes.ErrWithdrawable) into a withdrawn one when another root subject
// of its group was measured completely, and returns one note per
// withdrawal. Without such a sibling (none, unreachable, interrupted) the
// subject stays unreachable: its refs are ERROR, never hidden.
func withdraw(plan *Plan) []ProbeNote {
	var notes []ProbeNote
	for _, s := range plan.Subjects {
		if !s.Withdrawable || s.State != probes.StateUnreachable || s.Group == "" {
			continue
		}
		by := completeSibling(plan.Subjects, s)
		if by == nil {
			continue
		}
		s.State = probes.StateWithdrawn
		l := plan.Settings.Lang
		notes = append(notes, ProbeNote{ID: failedGate(plan, s), Status: PlanWithdrawn, Subject: s.ID,
			Reason: strings.TrimPrefix(s.Reason, s.ID+": ") + l.T(" ; mesuré par ", "; measured as ") + by.ID})
	}
	return notes
}

// completeSibling returns the first other root subject of s's group whose
// probes completed (nil when none did).
func completeSibling(roots []*probes.Subject, s *probes.Subject) *probes.Subject {
	for _, o := range roots {
		if o != s && o.Group == s.Group && o.State == probes.StateComplete {
			return o
		}
	}
	return nil
}

// failedGate names the gate probe that failed on s.
func failedGate(plan *Plan, s *probes.Subject) string {
	for _, p := range plan.Probes {
		if run, ok := s.Run(p.ID); ok && p.Gate && run.Failed() {
			return p.ID
		}
	}
	return ""
}
