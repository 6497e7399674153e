package checks

import (
	"fmt"
	"slices"

	"conformscan/probes"
)

// RuleIncomplete is the rule of the runner's own ERROR results: a probe a
// check needs did not finish on the subject, so the check's facts measured
// nothing there.
const RuleIncomplete = "CONFORMSCAN-FAIL-CLOSED"

// probeGap is one needed probe that failed, or did not run, on a subject.
type probeGap struct {
	subject string
	probe   string
	run     probes.ProbeRun
	ran     bool
}

// probeGaps returns the needed probes (Partial excepted) that failed on s
// or below it, and those planned that apply there but did not run (a
// recorded subject, facts built without their probe).
func probeGaps(c Check, plan *Plan, s *probes.Subject) []probeGap {
	var out []probeGap
	ids := strictNeeds(c, plan)
	var visit func(x *probes.Subject)
	visit = func(x *probes.Subject) {
		for _, id := range ids {
			run, ran := x.Run(id)
			switch {
			case ran && run.Failed():
				out = append(out, probeGap{subject: x.ID, probe: id, run: run, ran: true})
			case !ran && plannedOn(plan, id, x):
				out = append(out, probeGap{subject: x.ID, probe: id})
			}
		}
		for _, ch := range x.Children() {
			visit(ch)
		}
	}
	visit(s)
	return out
}

// strictNeeds are the check's needs but its Partial ones, with the gate
// probes they depend on (discovery, which finds the endpoints a host check
// reads: a host it did not scan has no "nothing listening").
func strictNeeds(c Check, plan *Plan) []string {
	var out []string
	add := func(id string) {
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	for _, id := range c.Needs {
		if !slices.Contains(c.Partial, id) {
			add(id)
		}
	}
	if plan == nil {
		return out
	}
	byID := map[string]probes.Probe{}
	for _, p := range plan.Probes {
		byID[p.ID] = p
	}
	seen := map[string]bool{}
	var gates func(id string)
	gates = func(id string) {
		if seen[id] {
			return
		}
		seen[id] = true
		p := byID[id]
		if p.Gate {
			add(id)
		}
		for _, n := range p.Needs {
			gates(n)
		}
	}
	for _, id := range c.Needs {
		gates(id)
	}
	return out
}

// plannedOn tells whether probe id is planned and applies to s, so that a
// missing run means missing facts.
func plannedOn(plan *Plan, id string, s *probes.Subject) bool {
	if plan == nil {
		return false
	}
	for _, p := range plan.Probes {
		if p.ID == id {
			return p.Kind == s.Kind && (p.Applies == nil || p.Applies(s))
		}
	}
	return false
}

// failClosed turns a check's results on a subject whose facts are
// incomplete into one ERROR per ref and failed subject, keeping the
// findings the check made on the facts that are there (FAIL, WARN,
// ERROR) and dropping what would say all is well (PASS, N/A, MANUAL).
func failClosed(c Check, rs []Result, gaps []probeGap, l Lang) []Result {
	var out []Result
	for _, r := range rs {
		if r.Status == StatusFail || r.Status == StatusWarn || r.Status == StatusError {
			out = append(out, r)
		}
	}
	for _, ref := range c.Refs {
		for _, g := range gaps {
			out = append(out, gapResult(ref, g, l))
		}
	}
	return out
}

func gapResult(ref string, g probeGap, l Lang) Result {
	observed := fmt.Sprintf(l.T("sonde %s sur %s non exécutée (faits absents)", "probe %s on %s did not run (facts missing)"), g.probe, g.subject)
	summary := fmt.Sprintf(l.T("Mesure incomplète sur %s : la sonde %s n'a pas été exécutée", "Incomplete measurement on %s: probe %s did not run"), g.subject, g.probe)
	if g.ran {
		kind := string(g.run.ErrorKind)
		if kind == "" {
			kind = string(probes.KindUnknown)
		}
		observed = fmt.Sprintf(l.T("sonde %s sur %s en échec (%s) : %s", "probe %s on %s failed (%s): %s"), g.probe, g.subject, kind, Clip(g.run.Error, 400))
		summary = fmt.Sprintf(l.T("Mesure incomplète sur %s (sonde %s) : %s", "Incomplete measurement on %s (probe %s): %s"), g.subject, g.probe, Clip(g.run.Error, 300))
	}
	return Result{Ref: ref, Target: g.subject, Status: StatusError, Summary: summary,
		Evidence: []Evidence{{Rule: RuleIncomplete, Observed: observed, Source: "probe " + g.probe + " " + g.subject,
			Expected: l.T("une mesure complète de la sonde (inconnu = ERREUR, jamais CONFORME)", "a complete measurement by the probe (unknown is ERROR, never PASS)")}}}
}

// Evaluate judges subjects whose probes already ran (or whose facts were
// recorded), as Run does once its probes end: a property test drives every
// registered check through it.
func Evaluate(cat *Catalogue, plan *Plan) []Result { return evaluate(cat, plan, "") }
