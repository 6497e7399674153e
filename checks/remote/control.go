package remote

import (
	"fmt"
	"time"

	"conformscan/checks"
	remoteprobe "conformscan/probes/remote"
)

// evalControl gives each remote-control service its 8.6 verdict: a
// service without authentication fails even when authorised; any other
// fails unless an unexpired authorisation covers its tool on this host.
func (o *Options) evalControl(in *checks.Input) []checks.Result {
	if r := notMeasured(in, remoteprobe.ID, "8.6"); r != nil {
		return r
	}
	l := in.Settings.Lang
	svcs := servicesOf(in.Subject, func(f *remoteprobe.Facts) bool { return f.RemoteControl })
	if len(svcs) == 0 {
		return []checks.Result{{Ref: "8.6", Status: checks.StatusPass,
			Summary: l.T("Aucun service de prise en main à distance à l'écoute (les outils sortants ne se voient qu'avec --local)",
				"No remote-control service listening (outbound-only tools are only seen with --local)")}}
	}
	var out []checks.Result
	for _, sv := range svcs {
		names := []string{sv.f.Tool, sv.f.Display}
		st, summary, ev := o.judgeTool(names, []string{in.Subject.Host, in.Subject.ID}, sv.f.Unauthenticated(), in.Settings.RefDate, l)
		ev.Observed, ev.Source, ev.At = observed(sv), "remote "+sv.id+", "+vantage(sv.f, l), in.Settings.RefDate
		switch {
		case !sv.f.Identified && !sv.f.Unauthenticated():
			// Known by its port only: what listens there is unknown, and
			// unknown is ERROR (neither the tool's FAIL nor, authorised,
			// its PASS).
			st = checks.StatusError
			summary = l.T("port habituel de l'outil, protocole non confirmé ; ", "the tool's usual port, protocol not confirmed; ") + summary
		case st == checks.StatusPass && !sv.f.AuthMeasured():
			// An authorisation covers a tool used with authentication:
			// not measured, it cannot pass.
			st = checks.StatusError
			summary = l.T("autorisé, mais son authentification n'a pas été mesurée (empreinte incomplète) : ", "authorised, but its authentication was not measured (fingerprint incomplete): ") + summary
		}
		rule := Rules()[ruleAuthorised]
		if sv.f.Unauthenticated() {
			rule = Rules()[ruleNoAuth]
		}
		out = append(out, checks.Result{Ref: "8.6", Target: sv.id, Status: st,
			Summary: fmt.Sprintf(l.T("%s %s : %s", "%s %s: %s"), sv.f.Display, sv.id, summary), Remediation: remediation(st, rule, l),
			Evidence: []checks.Evidence{ev}})
	}
	return out
}

// judgeTool judges one tool found on host (by the network or the local
// inventory): status, summary and the evidence's rule, expected and
// excerpt (the authorisation).
func (o *Options) judgeTool(names, hosts []string, noAuth bool, at time.Time, l checks.Lang) (checks.Status, string, checks.Evidence) {
	c := o.cover(names, hosts, at)
	ev := checks.Evidence{Rule: RuleAuthorised,
		Expected: l.T("outil autorisé par la DSI (--authorisations), avec authentification", "tool authorised by the DSI (--authorisations), with authentication")}
	if c.valid != nil {
		ev.Excerpt = describe(c.valid, l)
	} else if c.expired != nil {
		ev.Excerpt = describe(c.expired, l) + l.T(" — expirée", " — expired")
	}
	switch {
	case noAuth:
		ev.Rule = RuleNoAuth
		return checks.StatusFail, l.T("accessible sans authentification (échec même autorisé)", "reachable without authentication (fails even when authorised)"), ev
	case c.valid != nil:
		return checks.StatusPass, l.T("autorisé (", "authorised (") + c.valid.Reference + ")", ev
	case c.expired != nil:
		return checks.StatusFail, l.T("autorisation expirée le ", "authorisation expired on ") + c.expired.ValidUntil, ev
	}
	return checks.StatusFail, l.T("aucune autorisation de la DSI", "no authorisation from the DSI"), ev
}

func describe(a *Authorisation, l checks.Lang) string {
	return fmt.Sprintf(l.T("autorisation %s par %s, valable jusqu'au %s", "authorisation %s by %s, valid until %s"),
		a.Reference, a.AuthorisedBy, a.ValidUntil)
}
