package creds

import (
	"fmt"
	"strings"

	"conformscan/checks"
	"conformscan/probes/creds"
)

// CheckBots is the ID of the anti-automation check (5.9).
const CheckBots = "creds-bots"

// RuleBots names the anti-automation evidence.
const RuleBots = "CREDS-ANTI-AUTOMATION"

func botsRule() checks.Rule {
	return checks.Rule{Key: "creds/anti-automation", ID: RuleBots, Source: "grid ref 5.9", Refs: []string{"5.9"},
		TitleFR: "Les formulaires de connexion exposés montrent une protection contre les robots (CAPTCHA, limitation de débit)",
		TitleEN: "Exposed login forms show protection against bots (CAPTCHA, rate limiting)"}
}

// evalBots reports the signs seen on web login forms; the ref stays
// manual: no form login is tried, so throttling after failures is not
// measured.
func evalBots(in *checks.Input) []checks.Result {
	l := in.Settings.Lang
	r := checks.Result{Ref: "5.9", Status: checks.StatusManual}
	if why := in.ProbeNotRun(creds.ID); why != "" {
		r.Summary = l.T("Non mesuré : ", "Not measured: ") + why
		return []checks.Result{r}
	}
	forms := 0
	for _, ep := range in.Subject.Children() {
		f := creds.FactsOf(ep)
		if f == nil || f.Bots == nil || !f.Bots.PasswordForm {
			continue
		}
		forms++
		seen := l.T("aucun signe anti-automatisation visible", "no anti-automation sign visible")
		if len(f.Bots.Signals) > 0 {
			seen = strings.Join(f.Bots.Signals, " ; ")
		}
		r.Evidence = append(r.Evidence, checks.Evidence{Rule: RuleBots,
			Observed: fmt.Sprintf(l.T("formulaire de connexion %s : %s", "login form %s: %s"), f.Bots.URL, seen),
			Expected: l.T("CAPTCHA ou limitation après échecs répétés", "CAPTCHA or throttling after repeated failures"),
			Source:   ep.ID, At: f.At})
	}
	if forms == 0 {
		r.Summary = l.T("Aucun formulaire de connexion web vu : protection contre les robots à attester.",
			"No web login form seen: protection against bots to attest.")
		return []checks.Result{r}
	}
	r.Summary = fmt.Sprintf(l.T("%d formulaire(s) de connexion vu(s), signes relevés en preuve ; la limitation après échecs n'est pas mesurée (aucun essai sur formulaire) : à attester.",
		"%d login form(s) seen, signs recorded as evidence; throttling after failures is not measured (no form login tried): to attest."), forms)
	return []checks.Result{r}
}
