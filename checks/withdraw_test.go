package checks

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"conformscan/probes"
)

// Behaviours of the toy alternative gate, by subject ID prefix.
const (
	altPass    = "pass"    // gate opens, the check passes
	altFail    = "fail"    // gate opens, the check fails
	altErr     = "err"     // gate opens, the check errs
	altRefused = "refused" // gate: not this way (ErrWithdrawable)
	altDown    = "down"    // gate: unreachable
)

var altKinds = []string{altPass, altFail, altErr, altRefused, altDown}

func altGate() probes.Probe {
	return probes.Probe{ID: "alt-gate", Kind: probes.SubjectLocal, Gate: true,
		Run: func(_ context.Context, _ *probes.Env, s *probes.Subject) error {
			switch kindOf(s.ID) {
			case altRefused:
				return fmt.Errorf("%s: connection refused: %w", s.ID, probes.ErrWithdrawable)
			case altDown:
				return errors.New(s.ID + ": no answer")
			}
			s.SetFact("alt-gate", kindOf(s.ID))
			return nil
		}}
}

func altCheck() Check {
	return Check{ID: "alt", Refs: []string{"8.6"}, Kind: probes.SubjectLocal, Needs: []string{"alt-gate"},
		Eval: func(in *Input) []Result {
			st := map[string]Status{altPass: StatusPass, altFail: StatusFail, altErr: StatusError}[in.Subject.Fact("alt-gate").(string)]
			return []Result{{Ref: "8.6", Status: st, Summary: in.Subject.ID}}
		}}
}

func kindOf(id string) string { k, _, _ := strings.Cut(id, "-"); return k }

// expectedAlt is the verdict of 8.6 as a model reads it: each subject's
// own status, a refused one counting for nothing only when a sibling of
// its group opened (and is judged itself), ERROR otherwise.
func expectedAlt(subjects []*probes.Subject) Status {
	opened := map[string]bool{}
	for _, s := range subjects {
		if k := kindOf(s.ID); s.Group != "" && k != altRefused && k != altDown {
			opened[s.Group] = true
		}
	}
	worst, any := StatusManual, false
	for _, s := range subjects {
		st := map[string]Status{altPass: StatusPass, altFail: StatusFail, altErr: StatusError, altDown: StatusError, altRefused: StatusError}[kindOf(s.ID)]
		if kindOf(s.ID) == altRefused && opened[s.Group] {
			continue
		}
		if !any || st.severity() > worst.severity() {
			worst, any = st, true
		}
	}
	return worst
}

// A withdrawn subject never turns a failing or unmeasured ref into a
// pass: over random fleets of subjects in groups (some in none), the 8.6
// verdict is the model's, a subject is withdrawn only beside a complete
// sibling of its group, and each withdrawal is noted with its reason.
func TestWithdrawnNeverHidesAFailure(t *testing.T) {
	cat := mustCatalogue(t)
	refs, err := cat.Select("8.6")
	if err != nil {
		t.Fatal(err)
	}
	refs[0].Checks = append(refs[0].Checks, "alt")
	rng := rand.New(rand.NewPCG(21, 5))
	for round := range 400 {
		var subjects []*probes.Subject
		for i := range 1 + rng.IntN(6) {
			s := probes.NewSubject(probes.SubjectLocal, fmt.Sprintf("%s-%d", altKinds[rng.IntN(len(altKinds))], i))
			if g := rng.IntN(4); g > 0 {
				s.Group = fmt.Sprintf("host:%d", g)
			}
			subjects = append(subjects, s)
		}
		plan := NewPlan([]Check{altCheck()}, []probes.Probe{altGate()}, refs, subjects, probes.Env{})
		out := Run(context.Background(), cat, plan)
		v := Fold(refs, out.Results, English)[0]
		if want := expectedAlt(subjects); v.Status != want {
			t.Fatalf("round %d: 8.6 is %s, the model says %s: %s", round, v.Status, want, describe(subjects))
		}
		checkWithdrawals(t, round, subjects, out)
	}
}

func checkWithdrawals(t *testing.T, round int, subjects []*probes.Subject, out *Outcome) {
	t.Helper()
	noted := map[string]string{}
	for _, n := range out.Probes {
		if n.Status == PlanWithdrawn {
			noted[n.Subject] = n.Reason
		}
	}
	for _, s := range subjects {
		if s.State != probes.StateWithdrawn {
			if _, ok := noted[s.ID]; ok {
				t.Fatalf("round %d: %s noted withdrawn in state %s", round, s.ID, s.State)
			}
			continue
		}
		sib := completeSibling(subjects, s)
		if sib == nil || kindOf(s.ID) != altRefused {
			t.Fatalf("round %d: %s withdrawn without a complete sibling: %s", round, s.ID, describe(subjects))
		}
		if !strings.Contains(noted[s.ID], "connection refused") || !strings.Contains(noted[s.ID], sib.ID) {
			t.Fatalf("round %d: note of %s: %q", round, s.ID, noted[s.ID])
		}
		for _, r := range out.Results {
			if r.Target == s.ID {
				t.Fatalf("round %d: withdrawn %s judged: %+v", round, s.ID, r)
			}
		}
	}
}

func describe(subjects []*probes.Subject) string {
	var b strings.Builder
	for _, s := range subjects {
		fmt.Fprintf(&b, "%s[%s]=%s ", s.ID, s.Group, s.State)
	}
	return b.String()
}
