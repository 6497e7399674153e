package cleartext

import (
	"conformscan/checks"
	"conformscan/checks/endpoint"
	"conformscan/probes"
	"fmt"
	"sort"
	"strings"
	"time"

	"conformscan/probes/cleartext"
	"conformscan/probes/lib/services"
)

// CheckCleartext is the ID of the cleartext-credentials check.
const CheckCleartext = "cleartext-credentials"

func cleartextCheck() checks.Check {
	return checks.Check{
		ID:    CheckCleartext,
		Title: "Credentials never cross the network in clear, and the cleartext protocols exposed are inventoried",
		Refs:  []string{"7.2", "13.20"},
		Needs: []string{endpoint.ProbeDiscovery, endpoint.ProbeCleartext},
		// A clean refusal of the upgrade (no STARTTLS) is a finding, not a
		// failed measurement: judged here, every other failure is ERROR.
		Partial: []string{endpoint.ProbeCleartext},
		Eval: func(in *checks.Input) []checks.Result {
			return evalCleartext(&Input{Facts: endpoint.Target(in.Subject), Settings: in.Settings})
		},
	}
}

// ctClass is how one endpoint stands for the cleartext check.
type ctClass int

const (
	// ctNotProbed: the service is not one the cleartext probe speaks.
	ctNotProbed ctClass = iota
	// ctOffending: credentials can cross in clear.
	ctOffending
	// ctError: the probe could not tell.
	ctError
	// ctUnknown: the probe ran but left the question open (LDAP without
	// credentials, a refusal that names no reason).
	ctUnknown
	// ctOK: no credentials cross in clear.
	ctOK
)

// ctEndpoint is one endpoint as the check sees it.
type ctEndpoint struct {
	ep    *endpoint.EndpointFacts
	class ctClass
	run   probes.ProbeRun
}

// ctServiceName is the registry's display name of a service.
func ctServiceName(s string) string {
	if s == "" {
		return "?"
	}
	return services.DisplayName(s)
}

// formSearchIncomplete tells whether the HTTP body was not searched to its
// end for a password form (size bound or deadline reached).
func formSearchIncomplete(c *cleartext.Facts) bool {
	return c != nil && c.AuthInClear == nil && c.HTTP != nil && c.HTTP.FormSearch == cleartext.FormSearchIncomplete
}

func classifyCleartext(ep *endpoint.EndpointFacts) ctEndpoint {
	run, ran := ep.Probes[endpoint.ProbeCleartext]
	c := ep.Cleartext
	e := ctEndpoint{ep: ep, run: run}
	switch {
	case c != nil && c.AuthInClear != nil && *c.AuthInClear:
		e.class = ctOffending
	case ran && (run.Status == endpoint.ProbeError || run.Status == endpoint.ProbeSkipped) && (c == nil || c.AuthInClear == nil):
		e.class = ctError
	case formSearchIncomplete(c):
		// A page searched only in part is not a clean page: the password
		// form may come after the part read.
		e.class = ctError
		e.run.Error = "password-form search incomplete: " + c.HTTP.FormSearchStop
	case c != nil && c.AuthInClear == nil:
		e.class = ctUnknown
	case c != nil:
		e.class = ctOK
	case ran || cleartext.Speaks(&ep.Port):
		// The probe should have left facts: nothing measured.
		e.class = ctError
		if e.run.Error == "" {
			e.run.Error = "no facts recorded by the cleartext probe"
		}
	default:
		e.class = ctNotProbed
	}
	return e
}

func evalCleartext(in *Input) []checks.Result {
	var eps []ctEndpoint
	if in.Facts != nil {
		for _, ep := range in.Facts.Endpoints {
			eps = append(eps, classifyCleartext(ep))
		}
	}
	return []checks.Result{evalCleartext72(in, eps), evalCleartext1320(in, eps)}
}

// cleartextExpected is what 7.2 expects of every service.
func cleartextExpected(l checks.Lang) string {
	return l.T("authentification uniquement sur TLS (HTTPS, FTPS/AUTH TLS, STARTTLS, LDAPS)",
		"authentication over TLS only (HTTPS, FTPS/AUTH TLS, STARTTLS, LDAPS)")
}

func evalCleartext72(in *Input, eps []ctEndpoint) checks.Result {
	l := in.Lang
	r := checks.Result{Ref: "7.2"}
	by := groupCleartext(eps)
	switch {
	case len(eps) == 0:
		r.Status = checks.StatusNA
		r.Summary = l.T("Aucun service exposé.", "No service exposed.")
		return r
	case len(by[ctOffending]) > 0:
		r.Status = checks.StatusFail
		for _, e := range by[ctOffending] {
			r.Evidence = append(r.Evidence, offendingEvidence("7.2", e, l))
		}
		r.Summary = fmt.Sprintf(l.T("Des identifiants peuvent circuler en clair sur %d service(s) : %s.",
			"Credentials can cross in clear on %d service(s): %s."), len(by[ctOffending]), ctList(by[ctOffending]))
		r.Remediation = l.T("Exiger TLS avant toute authentification : HTTPS (HTTP ne fait que rediriger), FTPS avec AUTH TLS obligatoire, STARTTLS obligatoire pour SMTP/IMAP/POP3, LDAPS ou StartTLS obligatoire pour LDAP, et remplacer Telnet par SSH.",
			"Require TLS before any authentication: HTTPS (HTTP only redirects), FTPS with mandatory AUTH TLS, mandatory STARTTLS for SMTP/IMAP/POP3, LDAPS or mandatory StartTLS for LDAP, and replace Telnet with SSH.")
	case len(by[ctError]) > 0:
		r.Status = checks.StatusError
		for _, e := range by[ctError] {
			r.Evidence = append(r.Evidence, errorEvidence("7.2", e, l))
		}
		for _, e := range by[ctUnknown] {
			r.Evidence = append(r.Evidence, unknownEvidence("7.2", e, l))
		}
		r.Summary = fmt.Sprintf(l.T("Mesure impossible sur %d service(s) (%s) ; aucun identifiant en clair constaté ailleurs.",
			"Could not measure %d service(s) (%s); no cleartext credentials seen elsewhere."), len(by[ctError]), ctList(by[ctError]))
		r.Remediation = l.T("Vérifier que le service répond depuis le point de scan (pare-feu, délai --probe-timeout) puis relancer l'analyse.",
			"Check that the service answers from the scanning point (firewall, --probe-timeout) and scan again.")
	case len(by[ctUnknown]) > 0:
		r.Status = checks.StatusWarn
		for _, e := range by[ctUnknown] {
			r.Evidence = append(r.Evidence, unknownEvidence("7.2", e, l))
		}
		for _, e := range by[ctOK] {
			r.Evidence = append(r.Evidence, okEvidence("7.2", e, l))
		}
		r.Summary = fmt.Sprintf(l.T("Impossible de dire si des identifiants sont acceptés en clair sur %d service(s) : %s.",
			"Could not tell whether credentials are accepted in clear on %d service(s): %s."), len(by[ctUnknown]), ctUnknownList(by[ctUnknown], l))
		r.Remediation = l.T("Pour LDAP, relancer sans --safe (le bind de test n'utilise aucun compte) ; sinon vérifier la configuration du service (TLS obligatoire avant authentification).",
			"For LDAP, scan again without --safe (the test bind uses no account); otherwise check the service configuration (TLS required before authentication).")
	case len(by[ctOK]) > 0:
		r.Status = checks.StatusPass
		for _, e := range by[ctOK] {
			r.Evidence = append(r.Evidence, okEvidence("7.2", e, l))
		}
		r.Summary = fmt.Sprintf(l.T("Aucun des %d service(s) en clair testés n'accepte d'identifiants sans TLS : %s.",
			"None of the %d cleartext service(s) tested accepts credentials without TLS: %s."), len(by[ctOK]), ctList(by[ctOK]))
	default:
		r.Status = checks.StatusNA
		r.Summary = fmt.Sprintf(l.T("Aucun service susceptible de transporter des identifiants en clair (HTTP, FTP, Telnet, SMTP, POP3, IMAP, LDAP) parmi les ports ouverts : %s.",
			"No service that could carry credentials in clear (HTTP, FTP, Telnet, SMTP, POP3, IMAP, LDAP) among the open ports: %s."), ctPortList(by[ctNotProbed], l))
	}
	return r
}

func groupCleartext(eps []ctEndpoint) map[ctClass][]ctEndpoint {
	by := map[ctClass][]ctEndpoint{}
	for _, e := range eps {
		by[e.class] = append(by[e.class], e)
	}
	return by
}

// ctList names endpoints with their service: "127.0.0.1:21 (FTP), ...".
func ctList(eps []ctEndpoint) string {
	var parts []string
	for i, e := range eps {
		if i == 6 {
			parts = append(parts, fmt.Sprintf("… (+%d)", len(eps)-i))
			break
		}
		parts = append(parts, fmt.Sprintf("%s (%s)", e.ep.Endpoint, ctServiceName(ctService(e.ep))))
	}
	return strings.Join(parts, ", ")
}

// ctUnknownList names endpoints whose answer was left open, with why.
func ctUnknownList(eps []ctEndpoint, l checks.Lang) string {
	var parts []string
	for i, e := range eps {
		if i == 6 {
			parts = append(parts, fmt.Sprintf("… (+%d)", len(eps)-i))
			break
		}
		why := ""
		if ctService(e.ep) == "ldap" && e.ep.Cleartext.AuthRefused == "" {
			why = l.T(" : bind simple non testé (--safe)", ": simple bind not tested (--safe)")
		}
		parts = append(parts, fmt.Sprintf("%s (%s)%s", e.ep.Endpoint, ctServiceName(ctService(e.ep)), why))
	}
	return strings.Join(parts, ", ")
}

// ctPortList lists open ports with their service: "22/ssh, 443/https".
func ctPortList(eps []ctEndpoint, l checks.Lang) string {
	if len(eps) == 0 {
		return l.T("aucun", "none")
	}
	var parts []string
	for _, e := range eps {
		parts = append(parts, fmt.Sprintf("%d/%s", e.ep.Port.Port, e.ep.Service))
	}
	return strings.Join(parts, ", ")
}

// ctService is the service the cleartext probe spoke, else discovery's.
func ctService(ep *endpoint.EndpointFacts) string {
	if ep.Cleartext != nil && ep.Cleartext.Service != "" {
		return ep.Cleartext.Service
	}
	return ep.Service
}

// ctRuleSuffix names the rule an offending endpoint breaks.
func ctRule(ref, suffix string) string { return "CHM-" + ref + "/" + suffix }

// ctAt is when the endpoint was probed.
func ctAt(ep *endpoint.EndpointFacts) time.Time {
	if ep.Cleartext != nil && !ep.Cleartext.At.IsZero() {
		return ep.Cleartext.At
	}
	return ep.At
}

// offendingEvidence describes how credentials cross in clear on e: what
// every rule that matches observed, under the first one's name.
func offendingEvidence(ref string, e ctEndpoint, l checks.Lang) checks.Evidence {
	c, ep := e.ep.Cleartext, e.ep
	svc := ctService(ep)
	url := ep.Endpoint
	if c.HTTP != nil && c.HTTP.URL != "" {
		url = c.HTTP.URL
	}
	var obs []string
	for _, d := range offendingRules {
		if d.matches(c, svc, false) {
			if s := d.observe(c, ep.Endpoint, url, l); s != "" {
				obs = append(obs, s)
			}
		}
	}
	if len(obs) == 0 {
		obs = append(obs, fmt.Sprintf(l.T("%s sur %s : identifiants acceptés en clair", "%s on %s: credentials accepted in clear"), ctServiceName(svc), ep.Endpoint))
	}
	return checks.Evidence{
		Rule:     ctRule(ref, ctRuleSuffix(c, svc)),
		Observed: strings.Join(obs, " ; "),
		Expected: cleartextExpected(l),
		Source:   ep.Endpoint,
		Excerpt:  ctExcerpt(c),
		At:       ctAt(ep),
	}
}

// ctTLSOfferedText says whether the upgrade was offered.
func ctTLSOfferedText(c *cleartext.Facts, upgrade string, l checks.Lang) string {
	switch {
	case c.TLSOffered == nil:
		return ""
	case *c.TLSOffered:
		return fmt.Sprintf(l.T(" (%s proposé mais non exigé)", " (%s offered but not required)"), upgrade)
	default:
		return fmt.Sprintf(l.T(" (%s non proposé)", " (%s not offered)"), upgrade)
	}
}

func errorEvidence(ref string, e ctEndpoint, l checks.Lang) checks.Evidence {
	msg := e.run.Error
	if msg == "" {
		msg = string(e.run.ErrorKind)
	}
	if e.run.Status == endpoint.ProbeSkipped {
		msg = l.T("non exécutée : ", "not run: ") + msg
	}
	ev := checks.Evidence{
		Rule:     ctRule(ref, "NOT-MEASURED"),
		Observed: fmt.Sprintf(l.T("sonde en clair %s en échec sur %s : %s", "%s cleartext probe failed on %s: %s"), ctServiceName(ctService(e.ep)), e.ep.Endpoint, checks.Clip(msg, 300)),
		Expected: l.T("une réponse du service permettant de conclure", "an answer from the service to conclude on"),
		Source:   e.ep.Endpoint,
		At:       ctAt(e.ep),
	}
	if e.ep.Cleartext != nil {
		ev.Excerpt = ctExcerpt(e.ep.Cleartext)
	}
	return ev
}

func unknownEvidence(ref string, e ctEndpoint, l checks.Lang) checks.Evidence {
	c, ep := e.ep.Cleartext, e.ep
	svc := ctService(ep)
	var obs string
	switch {
	case svc == "ldap" && c.AuthRefused == "":
		obs = fmt.Sprintf(l.T("LDAP sur %s : bind simple non testé (--safe : aucune demande d'authentification)", "LDAP on %s: simple bind not tested (--safe: no authentication request)"), ep.Endpoint)
		obs += ctTLSOfferedText(c, "StartTLS", l)
	case c.AuthRefused != "":
		obs = fmt.Sprintf(l.T("%s sur %s : authentification refusée sans motif lié à TLS (%s)", "%s on %s: authentication refused for a reason other than TLS (%s)"), ctServiceName(svc), ep.Endpoint, checks.Clip(c.AuthRefused, 160))
	default:
		obs = fmt.Sprintf(l.T("%s sur %s : impossible de déterminer si des identifiants sont acceptés en clair", "%s on %s: could not tell whether credentials are accepted in clear"), ctServiceName(svc), ep.Endpoint)
		if n := len(c.Notes); n > 0 {
			obs += " (" + checks.Clip(c.Notes[n-1], 200) + ")"
		}
	}
	return checks.Evidence{
		Rule:     ctRule(ref, "UNDETERMINED"),
		Observed: obs,
		Expected: cleartextExpected(l),
		Source:   ep.Endpoint,
		Excerpt:  ctExcerpt(c),
		At:       ctAt(ep),
	}
}

// okObserved says why an endpoint lets no credentials cross in clear.
func okObserved(ep *endpoint.EndpointFacts, l checks.Lang) string {
	c := ep.Cleartext
	svc := ctService(ep)
	name := ctServiceName(svc)
	if !c.Cleartext {
		return fmt.Sprintf(l.T("%s sur %s : le port répond en TLS, pas en clair", "%s on %s: the port answers in TLS, not in clear"), name, ep.Endpoint)
	}
	if c.HTTP != nil {
		h := c.HTTP
		switch {
		case h.RedirectsToHTTPS:
			return fmt.Sprintf(l.T("HTTP sur %s : redirection %d vers %s", "HTTP on %s: %d redirect to %s"), ep.Endpoint, h.Status, checks.Clip(h.Location, 160))
		case h.Status >= 300 && h.Status < 400:
			return fmt.Sprintf(l.T("HTTP sur %s : redirection %d vers %s, sans authentification", "HTTP on %s: %d redirect to %s, no authentication"), ep.Endpoint, h.Status, checks.Clip(h.Location, 160))
		default:
			return fmt.Sprintf(l.T("HTTP sur %s : page %d sans champ mot de passe ni authentification HTTP", "HTTP on %s: %d page without password field or HTTP authentication"), ep.Endpoint, h.Status)
		}
	}
	switch {
	case c.AuthRefused != "":
		return fmt.Sprintf(l.T("%s sur %s : authentification refusée avant TLS (%s)", "%s on %s: authentication refused before TLS (%s)"), name, ep.Endpoint, checks.Clip(c.AuthRefused, 160))
	case c.TLSOffered != nil && *c.TLSOffered:
		return fmt.Sprintf(l.T("%s sur %s : aucune authentification proposée avant le passage en TLS", "%s on %s: no authentication offered before switching to TLS"), name, ep.Endpoint)
	default:
		return fmt.Sprintf(l.T("%s sur %s : aucune authentification proposée", "%s on %s: no authentication offered"), name, ep.Endpoint)
	}
}

func okEvidence(ref string, e ctEndpoint, l checks.Lang) checks.Evidence {
	return checks.Evidence{
		Rule:     ctRule(ref, "NO-CLEARTEXT-AUTH"),
		Observed: okObserved(e.ep, l),
		Expected: cleartextExpected(l),
		Source:   e.ep.Endpoint,
		Excerpt:  ctExcerpt(e.ep.Cleartext),
		At:       ctAt(e.ep),
	}
}

// ctExcerptKeys mark the transcript lines worth quoting.
var ctExcerptKeys = []string{"AUTH", "USER", "LOGIN", "PASSWORD", "WWW-AUTHENTICATE", "LOCATION", "BIND", "STARTTLS", "STLS", "CAPABILITY", "SASL", "TELNET", "HTTP/", "SUPPORTEDEXTENSION", "ENCRYPT", "TLS", "SSL"}

// ctExcerpt quotes the transcript: its first line and the lines that carry
// the decision, at most 8.
func ctExcerpt(c *cleartext.Facts) string {
	if c == nil || len(c.Transcript) == 0 {
		return ""
	}
	var out []string
	for i, line := range c.Transcript {
		up := strings.ToUpper(line)
		keep := i == 0
		for _, k := range ctExcerptKeys {
			if strings.Contains(up, k) {
				keep = true
				break
			}
		}
		if keep {
			out = append(out, checks.Clip(line, 200))
		}
		if len(out) == 8 {
			break
		}
	}
	return strings.Join(out, "\n")
}

// ct1320Item is one line of the 13.20 inventory.
type ct1320Item struct {
	status checks.Status
	ev     checks.Evidence
}

func evalCleartext1320(in *Input, eps []ctEndpoint) checks.Result {
	l := in.Lang
	r := checks.Result{Ref: "13.20"}
	if len(eps) == 0 {
		r.Status = checks.StatusNA
		r.Summary = l.T("Aucun service exposé.", "No service exposed.")
		return r
	}
	items, notEvaluated := inventory1320(eps, l)
	sort.SliceStable(items, func(i, j int) bool { return items[i].status.Severity() > items[j].status.Severity() })
	count := map[checks.Status][]string{}
	r.Status = checks.StatusNA
	for _, it := range items {
		r.Evidence = append(r.Evidence, it.ev)
		count[it.status] = append(count[it.status], it.ev.Source)
		r.Status = checks.Worst(r.Status, it.status)
	}
	if len(notEvaluated) > 0 {
		r.Evidence = append(r.Evidence, notEvaluatedEvidence(notEvaluated, l))
	}
	r.Summary = summary1320(r.Status, count, notEvaluated, l)
	if r.Status == checks.StatusFail || r.Status == checks.StatusWarn {
		r.Remediation = l.T("Remplacer les protocoles en clair par leur version chiffrée (HTTPS, FTPS, SMTPS/STARTTLS, IMAPS, POP3S, LDAPS, SSH) ou les fermer ; n'exposer HTTP que pour rediriger vers HTTPS.",
			"Replace cleartext protocols with their encrypted versions (HTTPS, FTPS, SMTPS/STARTTLS, IMAPS, POP3S, LDAPS, SSH) or close them; expose HTTP only to redirect to HTTPS.")
	}
	return r
}

// inventory1320 places every endpoint in the 13.20 inventory, and returns
// those the check does not evaluate.
func inventory1320(eps []ctEndpoint, l checks.Lang) ([]ct1320Item, []ctEndpoint) {
	var items []ct1320Item
	var notEvaluated []ctEndpoint
	for _, e := range eps {
		switch e.class {
		case ctOffending:
			items = append(items, ct1320Item{checks.StatusFail, offendingEvidence("13.20", e, l)})
		case ctError:
			items = append(items, ct1320Item{checks.StatusError, errorEvidence("13.20", e, l)})
		case ctUnknown:
			items = append(items, ct1320Item{checks.StatusWarn, unknownEvidence("13.20", e, l)})
		case ctOK:
			items = append(items, okInventory(e, l))
		default:
			if !services.Get(e.ep.Service).Encrypted {
				notEvaluated = append(notEvaluated, e)
				continue
			}
			items = append(items, ct1320Item{checks.StatusPass, checks.Evidence{
				Rule:     ctRule("13.20", "ENCRYPTED-SERVICE"),
				Observed: fmt.Sprintf(l.T("%s sur %s : protocole chiffré dès la connexion", "%s on %s: encrypted from the first byte"), e.ep.Service, e.ep.Endpoint),
				Expected: l.T("protocole sécurisé", "a secure protocol"),
				Source:   e.ep.Endpoint, At: e.ep.At,
			}})
		}
	}
	return items, notEvaluated
}

// notEvaluatedEvidence lists, in one evidence, the services 13.20 leaves
// to other checks.
func notEvaluatedEvidence(eps []ctEndpoint, l checks.Lang) checks.Evidence {
	var srcs []string
	for _, e := range eps {
		srcs = append(srcs, e.ep.Endpoint)
	}
	return checks.Evidence{
		Rule:     ctRule("13.20", "NOT-EVALUATED"),
		Observed: fmt.Sprintf(l.T("services non évalués par cette vérification : %s", "services this check does not evaluate: %s"), ctPortList(eps, l)),
		Expected: l.T("protocole sécurisé", "a secure protocol"),
		Source:   strings.Join(srcs, ", "),
		At:       eps[0].ep.At,
	}
}

// summary1320 words the 13.20 verdict from the endpoints by status.
func summary1320(status checks.Status, count map[checks.Status][]string, notEvaluated []ctEndpoint, l checks.Lang) string {
	switch status {
	case checks.StatusFail:
		s := fmt.Sprintf(l.T("%d protocole(s) en clair exposé(s) transportent des identifiants (%s)", "%d cleartext protocol(s) exposed carry credentials (%s)"),
			len(count[checks.StatusFail]), strings.Join(count[checks.StatusFail], ", "))
		if n := len(count[checks.StatusWarn]); n > 0 {
			s += fmt.Sprintf(l.T(", et %d autre(s) service(s) en clair", ", and %d other cleartext service(s)"), n)
		}
		return s + "."
	case checks.StatusError:
		return fmt.Sprintf(l.T("Inventaire incomplet : mesure impossible sur %s.", "Incomplete inventory: could not measure %s."), strings.Join(count[checks.StatusError], ", "))
	case checks.StatusWarn:
		return fmt.Sprintf(l.T("Service(s) en clair exposé(s) sans identifiants constatés : %s.", "Cleartext service(s) exposed, no credentials seen: %s."), strings.Join(count[checks.StatusWarn], ", "))
	case checks.StatusPass:
		return fmt.Sprintf(l.T("Aucun protocole en clair exposé : %d service(s) chiffré(s) ou exigeant TLS (%s).", "No cleartext protocol exposed: %d service(s) encrypted or requiring TLS (%s)."),
			len(count[checks.StatusPass]), strings.Join(count[checks.StatusPass], ", "))
	}
	return fmt.Sprintf(l.T("Aucun protocole en clair mesurable (HTTP, FTP, Telnet, SMTP, POP3, IMAP, LDAP) parmi les ports ouverts : %s.",
		"No measurable cleartext protocol (HTTP, FTP, Telnet, SMTP, POP3, IMAP, LDAP) among the open ports: %s."), ctPortList(notEvaluated, l))
}

// okInventory places an endpoint without cleartext credentials in the
// 13.20 inventory: HTTP redirecting to HTTPS and services that require an
// upgrade before authentication are fine; other cleartext exposure warns.
func okInventory(e ctEndpoint, l checks.Lang) ct1320Item {
	c, ep := e.ep.Cleartext, e.ep
	ev := checks.Evidence{Source: ep.Endpoint, Excerpt: ctExcerpt(c), At: ctAt(ep),
		Expected: l.T("protocole chiffré, ou HTTP limité à une redirection vers HTTPS", "an encrypted protocol, or HTTP limited to a redirect to HTTPS")}
	ev.Observed = okObserved(ep, l)
	switch {
	case !c.Cleartext:
		ev.Rule = ctRule("13.20", "ENCRYPTED-SERVICE")
		return ct1320Item{checks.StatusPass, ev}
	case c.HTTP != nil && c.HTTP.RedirectsToHTTPS:
		ev.Rule = ctRule("13.20", "HTTPS-REDIRECT")
		return ct1320Item{checks.StatusPass, ev}
	case c.HTTP != nil:
		ev.Rule = ctRule("13.20", "HTTP-CLEARTEXT")
		ev.Observed = fmt.Sprintf(l.T("HTTP en clair sur %s : réponse %d sans redirection vers HTTPS", "plain HTTP on %s: %d answer without a redirect to HTTPS"), ep.Endpoint, c.HTTP.Status)
		return ct1320Item{checks.StatusWarn, ev}
	case c.TLSOffered != nil && *c.TLSOffered:
		ev.Rule = ctRule("13.20", "UPGRADE-OFFERED")
		return ct1320Item{checks.StatusPass, ev}
	default:
		ev.Rule = ctRule("13.20", "CLEARTEXT-SERVICE")
		ev.Observed += l.T(" ; aucun passage en TLS proposé", "; no upgrade to TLS offered")
		return ct1320Item{checks.StatusWarn, ev}
	}
}
