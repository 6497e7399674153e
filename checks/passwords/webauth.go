package passwords

import (
	"fmt"
	"strings"

	"conformscan/checks"
	"conformscan/probes/cleartext"
)

// CheckIntegratedAuth is the 5.6 check ID.
const CheckIntegratedAuth = "web-integrated-auth"

// evalIntegratedAuth reads the HTTP facts of the host's endpoints:
// Negotiate or NTLM offered passes; a login form or Basic/Digest only is a
// warning (5.6 is recommended); no authentication seen stays manual.
func evalIntegratedAuth(in *checks.Input) []checks.Result {
	l := in.Settings.Lang
	res := checks.Result{Ref: "5.6", Status: checks.StatusManual,
		Summary: l.T("Aucune authentification web vue : à documenter", "No web authentication seen: to document")}
	integrated, other := 0, 0
	for _, ep := range in.Subject.Children() {
		f := cleartext.FactsOf(ep)
		if f == nil || f.HTTP == nil {
			continue
		}
		schemes := f.HTTP.WWWAuthenticate
		isInt := hasScheme(schemes, "negotiate") || hasScheme(schemes, "ntlm")
		if !isInt && len(schemes) == 0 && !f.HTTP.PasswordField {
			continue
		}
		obs := fmt.Sprintf("WWW-Authenticate %v, login form %v", schemes, f.HTTP.PasswordField)
		res.Evidence = append(res.Evidence, checks.Evidence{Rule: RuleIntegrated, Observed: obs,
			Expected: "WWW-Authenticate: Negotiate (Kerberos) or NTLM", Source: f.HTTP.URL, At: in.Settings.RefDate})
		if isInt {
			integrated++
		} else {
			other++
		}
	}
	switch {
	case integrated > 0:
		res.Status = checks.StatusPass
		res.Summary = l.T(fmt.Sprintf("Authentification intégrée (Negotiate/NTLM) proposée sur %d point(s) web", integrated),
			fmt.Sprintf("Integrated authentication (Negotiate/NTLM) offered on %d web endpoint(s)", integrated))
	case other > 0:
		res.Status, res.Remediation = checks.StatusWarn, remediationOf(RuleIntegrated, l)
		res.Summary = l.T("Formulaire ou Basic/Digest seulement : pas d'authentification intégrée (Kerberos/NTLM)",
			"Form or Basic/Digest only: no integrated authentication (Kerberos/NTLM)")
	}
	return []checks.Result{res}
}

func hasScheme(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}
