package creds

import (
	"fmt"

	"conformscan/checks"
	"conformscan/probes"
	"conformscan/probes/lib/nucleifacts"
)

// addNuclei reads the nuclei probe's facts on ep (present only in builds
// with -tags nuclei) and tells whether the probe ran there.
func (t *tally) addNuclei(ep *probes.Subject, l checks.Lang) bool {
	run, ran := ep.Run(nucleifacts.ID)
	f := nucleifacts.FactsOf(ep)
	if !ran && f == nil {
		return false
	}
	if f != nil {
		for _, x := range f.Logins {
			t.found = append(t.found, nucleiFoundEvidence(ep, f, x, l))
		}
	}
	if f == nil || run.Failed() || f.Error != "" {
		msg := run.Error
		if f != nil && f.Error != "" {
			msg = f.Error
		}
		t.errs = append(t.errs, checks.Evidence{Rule: RuleNotMeasured,
			Observed: l.T("modèles nuclei interrompus sur ", "nuclei templates stopped on ") + ep.ID + " : " + checks.Clip(msg, 300),
			Expected: l.T("une réponse du service permettant de conclure", "an answer from the service to conclude on"), Source: ep.ID})
		return true
	}
	t.tries += f.Templates
	t.tried = append(t.tried, checks.Evidence{Rule: RuleTried,
		Observed: fmt.Sprintf(l.T("nuclei %s : %d modèle(s) (%v) essayés, %d connexion(s) par défaut acceptée(s)",
			"nuclei %s: %d template(s) (%v) run, %d default login(s) accepted"), f.Target, f.Templates, f.Sources, len(f.Logins)),
		Expected: l.T("aucun mot de passe par défaut accepté", "no default password accepted"), Source: ep.ID, At: f.At})
	return true
}

func nucleiFoundEvidence(ep *probes.Subject, f *nucleifacts.Facts, x nucleifacts.Login, l checks.Lang) checks.Evidence {
	return checks.Evidence{
		Rule: RuleDefault,
		Observed: fmt.Sprintf(l.T("%s %s : compte %s, secret %s — mot de passe par défaut accepté (modèle nuclei %s)",
			"%s %s: account %s, secret %s — default password accepted (nuclei template %s)"),
			x.Console, x.URL, pick(l, x.Account), secretText(l, x.Secret), x.TemplateID),
		Expected: l.T("aucun mot de passe par défaut, aucun accès anonyme", "no default password, no anonymous access"),
		Source:   ep.ID,
		Excerpt:  x.Signal,
		At:       f.At,
	}
}
