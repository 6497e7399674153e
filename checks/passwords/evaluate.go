package passwords

import (
	"fmt"
	"strings"

	"conformscan/checks"
	pw "conformscan/probes/passwords"
)

// Evaluate judges ref (5.2, 5.3 or 5.5) on the policies that apply: every
// rule of the ref on every policy, the worst finding giving the verdict.
// Without a policy, the ref stays manual with what to provide.
func Evaluate(in *checks.Input, ref string, policies []pw.Policy) checks.Result {
	l := in.Settings.Lang
	res := checks.Result{Ref: ref, Status: checks.StatusManual}
	if len(policies) == 0 {
		res.Summary = l.T("Aucune politique de mots de passe lue : fournir la politique (--password-policy, --secedit, --directory)",
			"No password policy read: provide it (--password-policy, --secedit, --directory)")
		return res
	}
	var worst *finding
	var worstPolicy *pw.Policy
	for i := range policies {
		p := &policies[i]
		for _, judge := range judges(ref) {
			f := judge(p)
			res.Evidence = append(res.Evidence, evidenceOf(in, p, f))
			if worst == nil || f.Status.Severity() > worst.Status.Severity() {
				worst, worstPolicy = &f, p
			}
		}
	}
	res.Status = worst.Status
	res.Summary = policyLabel(worstPolicy) + l.T(" : ", ": ") + l.T(worst.FR, worst.EN)
	if len(policies) > 1 {
		res.Summary += l.T(fmt.Sprintf(" (pire de %d politiques)", len(policies)), fmt.Sprintf(" (worst of %d policies)", len(policies)))
	}
	if res.Status != checks.StatusPass {
		res.Remediation = remediationOf(worst.Rule, l)
	}
	return res
}

// evidenceOf names the rule, the policy (DN or file, precedence, whom it
// applies to) and where the setting was read.
func evidenceOf(in *checks.Input, p *pw.Policy, f finding) checks.Evidence {
	src := p.Source(f.Field)
	if src == "" {
		src = p.Source("declared")
	}
	if src == "" {
		src = p.Name
	}
	return checks.Evidence{Rule: f.Rule, Observed: f.Observed, Expected: f.Expected, Source: src,
		Excerpt: policyLabel(p), At: in.Settings.RefDate}
}

// policyLabel names a policy: kind, name, precedence and scope.
func policyLabel(p *pw.Policy) string {
	s := p.Kind + " " + p.Name
	if p.Kind == pw.KindADPSO {
		s += fmt.Sprintf(" (precedence %d)", p.Precedence)
	}
	if len(p.AppliesTo) > 0 {
		s += " applies to " + strings.Join(p.AppliesTo, "; ")
	} else if p.Scope != "" && p.Scope != pw.ScopeAll {
		s += " [" + p.Scope + "]"
	}
	return checks.Clip(s, 300)
}

func remediationOf(ruleID string, l checks.Lang) string {
	for _, r := range Rules() {
		if r.ID == ruleID {
			return r.Remediation(l)
		}
	}
	return ""
}

// Select returns the policies that govern scope (ScopeUsers or
// ScopeAdmins): the fine-grained policy (PSO) of lowest precedence that
// applies to the scope replaces the domain policy; other policies of the
// scope, or for everyone, are all judged.
func Select(ps []pw.Policy, scope string) []pw.Policy {
	var out []pw.Policy
	var best *pw.Policy
	for i := range ps {
		p := &ps[i]
		if p.Kind == pw.KindADPSO {
			if p.Scope == scope && (best == nil || p.Precedence < best.Precedence) {
				best = p
			}
			continue
		}
		if p.Scope == "" || p.Scope == pw.ScopeAll || p.Scope == scope {
			out = append(out, *p)
		}
	}
	if best == nil {
		return out
	}
	kept := []pw.Policy{*best}
	for _, p := range out {
		if p.Kind != pw.KindADDomain {
			kept = append(kept, p)
		}
	}
	return kept
}
