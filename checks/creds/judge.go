package creds

import (
	"fmt"
	"strings"

	"conformscan/checks"
	"conformscan/probes"
	"conformscan/probes/creds"
	"conformscan/probes/discovery"
)

// tally is what the endpoints of one host show.
type tally struct {
	found, errs, tried, untested []checks.Evidence
	tries                        int
	// others are the open ports the probe does not speak to ("3389/rdp").
	others []string
}

func evalDefault(in *checks.Input) []checks.Result {
	l := in.Settings.Lang
	if why := in.ProbeNotRun(creds.ID); why != "" {
		return []checks.Result{{Ref: "8.3", Status: checks.StatusManual,
			Summary: l.T("Non mesuré : ", "Not measured: ") + why + l.T(
				". Vérifier les mots de passe par défaut et les comptes partagés manuellement, ou relancer sans --safe/--no-creds.",
				". Check default passwords and shared accounts by hand, or scan again without --safe/--no-creds.")}}
	}
	var t tally
	for _, ep := range in.Subject.Children() {
		t.add(ep, l)
	}
	t.addSNMP(in.Subject, l)
	return []checks.Result{t.result(l)}
}

// add reads one endpoint's creds facts into the tally.
func (t *tally) add(ep *probes.Subject, l checks.Lang) {
	nucleiRan := t.addNuclei(ep, l)
	run, ran := ep.Run(creds.ID)
	f := creds.FactsOf(ep)
	if !ran && f == nil {
		if p := discovery.PortOf(ep); p != nil && !nucleiRan {
			t.others = append(t.others, fmt.Sprintf("%d/%s", p.Port, p.Service))
		}
		return
	}
	switch {
	case t.findingsAndErrors(ep, f, run, l):
	case !f.Testable:
		t.untested = append(t.untested, checks.Evidence{Rule: RuleNotMeasured, Observed: pick(l, f.Note),
			Expected: l.T("une authentification par mot de passe à tester", "a password login to try"), Source: ep.ID, At: f.At})
	}
	if f != nil && f.Testable {
		t.tries += f.TotalTries()
		for _, tr := range f.Tried {
			t.tried = append(t.tried, triedEvidence(ep, f, tr, l))
		}
	}
}

// addSNMP reads the host's SNMP community facts. Silence does not count
// towards a pass: it cannot tell refused communities from no agent.
func (t *tally) addSNMP(h *probes.Subject, l checks.Lang) {
	run, ran := h.Run(creds.SNMPID)
	f := creds.SNMPFactsOf(h)
	if !ran && f == nil {
		return
	}
	switch {
	case t.findingsAndErrors(h, f, run, l):
	case len(f.Findings) == 0:
		for _, tr := range f.Tried {
			ev := triedEvidence(h, f, tr, l)
			ev.Excerpt = pick(l, f.Note)
			t.untested = append(t.untested, ev)
		}
	}
}

// findingsAndErrors records the findings of f on s, and whether the probe
// failed (then true).
func (t *tally) findingsAndErrors(s *probes.Subject, f *creds.Facts, run probes.ProbeRun, l checks.Lang) bool {
	if f != nil {
		for _, x := range f.Findings {
			t.found = append(t.found, foundEvidence(s, f, x, l))
		}
	}
	if f == nil || run.Failed() || f.Error != "" {
		t.errs = append(t.errs, errorEvidence(s, f, run, l))
		return true
	}
	if why := unjudged(f, l); why != "" {
		// A try without a verdict is an error even when the probe did
		// not stop on it: it is never counted as a refusal.
		t.errs = append(t.errs, errorEvidence(s, &creds.Facts{Error: why, At: f.At}, run, l))
		return true
	}
	return false
}

// unjudged names the first try of f the probe could not judge (verdict
// unknown), "" when every try was accepted or refused.
func unjudged(f *creds.Facts, l checks.Lang) string {
	for _, tr := range f.Tried {
		for _, a := range tr.Attempts {
			if a.Verdict == creds.Unknown.String() {
				return fmt.Sprintf(l.T("essai sans verdict sur le compte %s : %s", "try without a verdict on account %s: %s"), pick(l, tr.Account), a.Why)
			}
		}
	}
	return ""
}

func (t *tally) result(l checks.Lang) checks.Result {
	r := checks.Result{Ref: "8.3"}
	switch {
	case len(t.found) > 0:
		r.Status, r.Evidence = checks.StatusFail, append(t.found, t.errs...)
		r.Summary = fmt.Sprintf(l.T("%d accès par mot de passe par défaut ou sans authentification confirmé(s) : %s.",
			"%d login(s) with a default password or without authentication confirmed: %s."), len(t.found), observedList(t.found))
		r.Remediation = l.T("Changer ou désactiver chaque compte cité, supprimer l'accès anonyme, puis relancer l'analyse.",
			"Change or disable every account listed, remove anonymous access, then scan again.")
	case len(t.errs) > 0:
		r.Status, r.Evidence = checks.StatusError, append(t.errs, t.tried...)
		r.Summary = fmt.Sprintf(l.T("%d service(s) n'ont pas pu être testés ; aucun mot de passe par défaut accepté ailleurs.",
			"%d service(s) could not be tested; no default password accepted elsewhere."), len(t.errs))
		r.Remediation = l.T("Vérifier que le service répond depuis le point de scan (pare-feu, --probe-timeout) puis relancer.",
			"Check that the service answers from the scanning point (firewall, --probe-timeout) and scan again.")
	case t.tries > 0:
		r.Status, r.Evidence = checks.StatusPass, append(t.tried, t.untested...)
		r.Summary = fmt.Sprintf(l.T("%d essai(s) de mots de passe par défaut sur %d compte(s), aucun accepté.",
			"%d default-password tries on %d account(s), none accepted."), t.tries, len(t.tried))
	default:
		r.Status, r.Evidence = checks.StatusManual, t.untested
		services := strings.Join(creds.ServiceNames(), ", ")
		r.Summary = fmt.Sprintf(l.T("Aucun service testable (%s) : comptes partagés et mots de passe par défaut à vérifier manuellement.",
			"No testable service (%s): shared accounts and default passwords to check by hand."), services)
		if len(t.others) > 0 {
			r.Summary += l.T(" Ports ouverts non testés : ", " Open ports not tried: ") + strings.Join(t.others, ", ") + "."
		}
	}
	return r
}

func foundEvidence(ep *probes.Subject, f *creds.Facts, x creds.Finding, l checks.Lang) checks.Evidence {
	rule, what := RuleDefault, l.T("mot de passe par défaut accepté", "default password accepted")
	switch x.Kind {
	case creds.FindingAnyPassword:
		rule, what = RuleAnyPassword, l.T("accepte n'importe quel mot de passe (contrôle aléatoire accepté)", "accepts any password (random control accepted)")
	case creds.FindingAnonymous:
		rule, what = RuleAnonymous, l.T("accès anonyme ou sans authentification", "anonymous or unauthenticated access")
	case creds.FindingPartial:
		rule, what = RulePartial, l.T("mot de passe par défaut accepté, l'accès restant soumis à un second facteur ou à un rôle (contrôle aléatoire refusé)",
			"default password accepted, access still held back by a second factor or a role (random control refused)")
	}
	return checks.Evidence{
		Rule:     rule,
		Observed: fmt.Sprintf(l.T("%s %s : compte %s, secret %s — %s", "%s %s: account %s, secret %s — %s"), strings.ToUpper(f.Service), ep.ID, pick(l, x.Account), secretText(l, x.Secret), what),
		Expected: l.T("aucun mot de passe par défaut, aucun accès anonyme", "no default password, no anonymous access"),
		Source:   ep.ID,
		Excerpt:  pick(l, x.Signal) + l.T(" ; contrôle négatif : ", "; negative control: ") + pick(l, x.Control),
		At:       f.At,
	}
}

// secretText is the masked secret as the report shows it.
func secretText(l checks.Lang, secret string) string {
	m := creds.Mask(unmaskGuard(secret))
	if m == creds.Mask("") {
		return l.T("vide", "empty")
	}
	return m
}

// unmaskGuard returns the first character of an already masked secret so
// that Mask re-masks it: a secret reaches the report masked even if a
// probe stored it in clear by mistake.
func unmaskGuard(masked string) string {
	if masked == creds.Mask("") {
		return ""
	}
	return masked
}

func triedEvidence(ep *probes.Subject, f *creds.Facts, tr creds.Tried, l checks.Lang) checks.Evidence {
	return checks.Evidence{
		Rule: RuleTried,
		Observed: fmt.Sprintf(l.T("%s %s : compte %s, %d essai(s), %d refus", "%s %s: account %s, %d tries, %d refused"),
			strings.ToUpper(f.Service), ep.ID, pick(l, tr.Account), tr.Tries, tr.Failures),
		Expected: l.T("aucun mot de passe par défaut accepté", "no default password accepted"),
		Source:   f.Source,
		Excerpt:  pick(l, tr.Note),
		At:       f.At,
	}
}

func errorEvidence(ep *probes.Subject, f *creds.Facts, run probes.ProbeRun, l checks.Lang) checks.Evidence {
	msg := run.Error
	if f != nil && f.Error != "" {
		msg = f.Error
	}
	if msg == "" {
		msg = l.T("aucun fait relevé", "no facts recorded")
	}
	ev := checks.Evidence{Rule: RuleNotMeasured, Observed: l.T("test des identifiants interrompu sur ", "login tests stopped on ") + ep.ID + " : " + checks.Clip(msg, 300),
		Expected: l.T("une réponse du service permettant de conclure", "an answer from the service to conclude on"), Source: ep.ID}
	if f != nil {
		ev.At = f.At
	}
	return ev
}

func observedList(evs []checks.Evidence) string {
	var parts []string
	for i, e := range evs {
		if i == 5 {
			parts = append(parts, fmt.Sprintf("… (+%d)", len(evs)-i))
			break
		}
		parts = append(parts, e.Observed)
	}
	return strings.Join(parts, " ; ")
}

// pick returns the French or English half of a "fr / en" probe text.
func pick(l checks.Lang, s string) string {
	fr, en, ok := strings.Cut(s, " / ")
	if !ok {
		return s
	}
	return l.T(fr, en)
}
