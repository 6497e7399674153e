package passwords

import (
	"fmt"
	"strings"

	"conformscan/checks"
	"conformscan/probes"
	"conformscan/probes/cleartext"
	"conformscan/probes/discovery"
	"conformscan/probes/lib/services"
	tlsprobe "conformscan/probes/tls"
)

// CheckIntegratedAuth is the 5.6 check ID.
const CheckIntegratedAuth = "web-integrated-auth"

// webAuth is what one web endpoint asks for: the schemes of its
// WWW-Authenticate challenges and whether it shows a login form.
type webAuth struct {
	url     string
	schemes []string
	form    bool
}

// evalIntegratedAuth reads the HTTP facts of the host's endpoints (plain
// HTTP from the cleartext probe, HTTPS from the TLS probe): Negotiate or
// NTLM offered passes; a login form or Basic/Digest only is a warning (5.6
// is recommended); no authentication seen stays manual.
func evalIntegratedAuth(in *checks.Input) []checks.Result {
	l := in.Settings.Lang
	if gaps := webGaps(in); len(gaps) > 0 {
		return []checks.Result{{Ref: "5.6", Status: checks.StatusError, Evidence: gaps,
			Summary: l.T(fmt.Sprintf("Mesure incomplète sur %d point(s) web ou non identifié(s) : authentification inconnue", len(gaps)),
				fmt.Sprintf("Measurement incomplete on %d web or unidentified endpoint(s): authentication unknown", len(gaps)))}}
	}
	res := checks.Result{Ref: "5.6", Status: checks.StatusManual,
		Summary: l.T("Aucune authentification web vue : à documenter", "No web authentication seen: to document")}
	integrated, other := 0, 0
	for _, w := range webAuths(in.Subject) {
		isInt := hasScheme(w.schemes, "negotiate") || hasScheme(w.schemes, "ntlm")
		if !isInt && len(w.schemes) == 0 && !w.form {
			continue
		}
		obs := fmt.Sprintf("WWW-Authenticate %v, login form %v", w.schemes, w.form)
		res.Evidence = append(res.Evidence, checks.Evidence{Rule: RuleIntegrated, Observed: obs,
			Expected: "WWW-Authenticate: Negotiate (Kerberos) or NTLM", Source: w.url, At: in.Settings.RefDate})
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

// webGaps names the endpoints that may be web (a web service, TLS or an
// unknown service inside) where the cleartext or TLS probe failed: their
// authentication is unknown. A known non-web service (SMTP, FTP, SSH...)
// is not one.
func webGaps(in *checks.Input) []checks.Evidence {
	var out []checks.Evidence
	for _, ep := range in.Subject.Children() {
		if !maybeWeb(ep) {
			continue
		}
		for _, id := range []string{cleartext.ID, tlsprobe.ID} {
			if run, ran := ep.Run(id); ran && run.Failed() {
				out = append(out, checks.Evidence{Rule: checks.RuleIncomplete, Observed: id + ": " + run.Error,
					Expected: "the probe finished on this endpoint", Source: ep.ID, At: in.Settings.RefDate})
			}
		}
	}
	return out
}

// maybeWeb: the endpoint's service is web, or not known for sure.
func maybeWeb(ep *probes.Subject) bool {
	p := discovery.PortOf(ep)
	if p == nil {
		return true
	}
	switch p.Service {
	case "", "unknown", "tls":
		return true
	}
	return services.Get(p.Service).Web
}

// webAuths lists the web endpoints of host with HTTP facts.
func webAuths(host *probes.Subject) []webAuth {
	var out []webAuth
	for _, ep := range host.Children() {
		if f := cleartext.FactsOf(ep); f != nil && f.HTTP != nil {
			out = append(out, webAuth{url: f.HTTP.URL, schemes: f.HTTP.WWWAuthenticate, form: f.HTTP.PasswordField})
		}
		if f := tlsprobe.FactsOf(ep); f != nil && f.HTTP != nil && f.HTTP.HTTPSStatus != 0 {
			out = append(out, webAuth{url: "https://" + ep.ID + "/", schemes: authSchemes(f.HTTP.WWWAuthenticate)})
		}
	}
	return out
}

// authSchemes reads the scheme names of WWW-Authenticate values (RFC 9110
// 11.6.1): elements are separated by commas outside quotes; one whose
// leading token is followed by "=" is a parameter, any other starts a
// challenge ("Negotiate", "NTLM <token68>", `Basic realm="x"`).
func authSchemes(values []string) []string {
	var out []string
	for _, v := range values {
		for _, el := range cleartext.SplitQuoted(v) {
			el = strings.TrimSpace(el)
			end := strings.IndexAny(el, " \t=")
			if end < 0 {
				end = len(el)
			}
			tok, rest := el[:end], strings.TrimLeft(el[end:], " \t")
			if tok == "" || strings.HasPrefix(rest, "=") || hasScheme(out, tok) {
				continue
			}
			out = append(out, tok)
		}
	}
	return out
}

func hasScheme(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}
