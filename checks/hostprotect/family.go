// Package hostprotect judges refs 2.17 and 13.17 on a host from the
// hostprotect probe's facts: a malware protection installed and running
// with current signatures, and no security update pending for longer than
// the hospital allows. What no probe observes (the exclusions, the
// qualification of patches, an agent outside the catalogue) stays the
// vendor's answer in the answers file, merged as for every ref.
package hostprotect

import (
	"context"
	"fmt"

	"github.com/spf13/pflag"

	"conformscan/checks"
	"conformscan/probes"
	hp "conformscan/probes/hostprotect"
)

// Check IDs.
const (
	CheckProtection = "host-malware-protection"
	CheckPatches    = "host-patch-currency"
)

// Options are the family's flags.
type Options struct {
	// PatchMaxAgeDays: a security update pending longer fails.
	PatchMaxAgeDays int
}

// Register adds --patch-max-age.
func (o *Options) Register(fs *pflag.FlagSet) {
	fs.IntVar(&o.PatchMaxAgeDays, "patch-max-age", DefaultPatchMaxAgeDays, "days a published security update may stay pending on a host before 2.17 and 13.17 fail")
}

// Validate checks the bound.
func (o *Options) Validate(ctx context.Context) error {
	if o.PatchMaxAgeDays < 1 || o.PatchMaxAgeDays > 3650 {
		return fmt.Errorf("--patch-max-age %d: give a number of days between 1 and 3650", o.PatchMaxAgeDays)
	}
	return nil
}

// Family returns the malware protection and patch currency checks.
func Family() checks.Family {
	o := &Options{PatchMaxAgeDays: DefaultPatchMaxAgeDays}
	return checks.Family{
		Name:    "hostprotect",
		Options: o,
		Rules:   Rules(),
		Checks: []checks.Check{
			{ID: CheckProtection, Title: "Malware protection installed and running with current signatures", Refs: refs,
				Kind: probes.SubjectLocal, Needs: []string{hp.ID}, Eval: evalProtection},
			{ID: CheckPatches, Title: "No security update pending longer than --patch-max-age", Refs: refs,
				Kind: probes.SubjectLocal, Needs: []string{hp.ID}, Eval: o.evalPatches},
		},
	}
}

// factsOr returns the facts, or the results saying why there are none.
func factsOr(in *checks.Input) (*hp.Facts, []checks.Result) {
	l := in.Settings.Lang
	f := hp.FactsOf(in.Subject)
	if f == nil {
		why := in.ProbeNotRun(hp.ID)
		if why == "" {
			why = l.T("la sonde "+hp.ID+" n'a rien relevé", "probe "+hp.ID+" recorded nothing")
		}
		return nil, perRef(checks.Result{Status: checks.StatusManual, Summary: l.T("Non mesuré : ", "Not measured: ") + why})
	}
	if in.Settings.RefDate.IsZero() {
		return nil, perRef(checks.Result{Status: checks.StatusError, Summary: l.T("pas de date de référence : âges non calculables", "no reference date: ages cannot be computed")})
	}
	return f, nil
}

// perRef copies a result for each ref of the family.
func perRef(r checks.Result) []checks.Result {
	out := make([]checks.Result, 0, len(refs))
	for _, ref := range refs {
		c := r
		c.Ref = ref
		c.Evidence = append([]checks.Evidence(nil), r.Evidence...)
		out = append(out, c)
	}
	return out
}

func ev(in *checks.Input, rule, observed, expected, source string) checks.Evidence {
	return checks.Evidence{Rule: rule, Observed: observed, Expected: expected, Source: source, At: in.Settings.RefDate}
}

// unreadEvidence names the sources of a topic that could not be read.
func unreadEvidence(in *checks.Input, f *hp.Facts, topic, rule string) []checks.Evidence {
	var out []checks.Evidence
	for _, u := range f.UnreadOf(topic) {
		out = append(out, ev(in, rule, "not read: "+u.Reason, "the source read whole", u.Path))
	}
	return out
}

// verdict folds observations: a proven failure wins, then a source not
// read or a state unknown (error), then a warning, then a pass.
type verdict struct {
	fails, unknown, warns []string
	// notes are products installed but not protecting: a failure only
	// when nothing else protects.
	notes              []string
	failRule, warnRule string
	evidence           []checks.Evidence
}

func (v *verdict) fail(rule, msg string) {
	if v.failRule == "" {
		v.failRule = rule
	}
	v.fails = append(v.fails, msg)
}

func (v *verdict) warn(rule, msg string) {
	if v.warnRule == "" {
		v.warnRule = rule
	}
	v.warns = append(v.warns, msg)
}

func (v *verdict) results(in *checks.Input, f *hp.Facts, topic, rule, pass string) []checks.Result {
	l := in.Settings.Lang
	r := checks.Result{Evidence: append(v.evidence, unreadEvidence(in, f, topic, rule)...)}
	unread := len(f.UnreadOf(topic))
	switch {
	case len(v.fails) > 0:
		r.Status, r.Remediation, r.Summary = checks.StatusFail, remediation(v.failRule, l), join(append(v.fails, v.notes...))
	case unread > 0 || len(v.unknown) > 0:
		r.Status = checks.StatusError
		r.Summary = join(append(v.unknown, l.T(fmt.Sprintf("%d source(s) non lue(s) (voir les preuves) : impossible de conclure", unread),
			fmt.Sprintf("%d source(s) not read (see the evidence): no conclusion", unread))))
		if unread == 0 {
			r.Summary = join(v.unknown)
		}
	case len(v.warns) > 0:
		r.Status, r.Remediation, r.Summary = checks.StatusWarn, remediation(v.warnRule, l), join(v.warns)
	default:
		r.Status, r.Summary = checks.StatusPass, pass
	}
	return perRef(r)
}

func join(ss []string) string {
	out := ""
	for i, s := range ss {
		if i > 0 {
			out += " ; "
		}
		out += s
	}
	return out
}
