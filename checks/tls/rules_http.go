package tls

import (
	"conformscan/checks"
	"fmt"
	"strings"
)

// httpRules judge what web endpoints answer over HTTP.
var httpRules = []tlsRuleDef{
	{
		key: "hsts", source: "Mozilla 5.7 (ANSSI has no HSTS rule)", refs: refsWeb,
		titleFR: "HSTS absent ou trop court", titleEN: "HSTS missing or too short",
		observes: "HTTPS answer without Strict-Transport-Security, or max-age below `hsts.min_max_age` (63072000)",
		fix: func(p *TLSProfile, _ string, l checks.Lang) string {
			return l.T(fmt.Sprintf(`Envoyer Strict-Transport-Security avec max-age ≥ %d (nginx : add_header Strict-Transport-Security "max-age=%d" always;)`, p.HSTS.MinMaxAge, p.HSTS.MinMaxAge),
				fmt.Sprintf(`Send Strict-Transport-Security with max-age ≥ %d (nginx: add_header Strict-Transport-Security "max-age=%d" always;)`, p.HSTS.MinMaxAge, p.HSTS.MinMaxAge))
		},
		on: onHTTPS,
		judge: func(j *tlsJudge, in *ruleInput) []observation {
			h := in.f.HTTP
			if h == nil || h.HTTPSStatus == 0 {
				return nil
			}
			exp := fmt.Sprintf(j.t("Strict-Transport-Security avec max-age ≥ %d", "Strict-Transport-Security with max-age ≥ %d"), j.p.HSTS.MinMaxAge)
			switch {
			case strings.TrimSpace(h.HSTS) == "":
				return found(fmt.Sprintf(j.t("en-tête Strict-Transport-Security absent (HTTP %d)", "no Strict-Transport-Security header (HTTP %d)"), h.HTTPSStatus),
					exp, fmt.Sprintf("GET / -> %d", h.HTTPSStatus))
			case h.HSTSMaxAge < j.p.HSTS.MinMaxAge:
				return found(fmt.Sprintf("max-age=%d", h.HSTSMaxAge), exp, "Strict-Transport-Security: "+clip(h.HSTS, 200))
			}
			return nil
		},
	},
	{
		key: "https_redirect", source: "grid ref 7.1", refs: refsWeb,
		titleFR: "HTTP en clair sans redirection vers HTTPS", titleEN: "plain HTTP without redirect to HTTPS",
		observes: "plain HTTP answering content (2xx), 401, or a redirect that is not to `https://`; other answers (4xx/5xx) warn",
		fix: fixText("Servir le site en HTTPS et rediriger tout le HTTP en clair (nginx : return 301 https://$host$request_uri;)",
			"Serve the site over HTTPS and redirect all plain HTTP (nginx: return 301 https://$host$request_uri;)"),
		on: onPlainHTTP,
		judge: func(j *tlsJudge, in *ruleInput) []observation {
			a := in.plain
			obs, capLevel := j.plainVerdict(*a)
			if obs == "" {
				return nil
			}
			return []observation{{capLevel: capLevel, observed: obs, expected: redirectExpected(j), excerpt: a.excerpt()}}
		},
	},
}

// plainAnswer is how a plain-HTTP endpoint answered: from the cleartext
// probe's page, discovery's HEAD, or the TLS probe's http:// twin.
type plainAnswer struct {
	status         int
	redirectsHTTPS bool
	location       string
	// from says which request got the answer ("GET /", "HEAD /").
	from string
}

func (a plainAnswer) excerpt() string {
	ex := fmt.Sprintf("%s: HTTP %d", a.from, a.status)
	if a.location != "" {
		ex += " Location: " + clip(a.location, 160)
	}
	return ex
}

// redirects tells whether the answer sends the client to https://.
func (a plainAnswer) redirects() bool {
	return a.redirectsHTTPS || (a.status >= 300 && a.status < 400 && strings.HasPrefix(strings.ToLower(a.location), "https://"))
}

// plainVerdict says what is wrong with a plain-HTTP answer ("" when it
// redirects to https://) and caps the level of answers that serve nothing.
func (j *tlsJudge) plainVerdict(a plainAnswer) (observed, capLevel string) {
	switch s := a.status; {
	case a.redirects():
		return "", ""
	case s == 401:
		return j.t("HTTP 401 en clair : authentification demandée sans TLS", "HTTP 401 in clear: authentication asked without TLS"), ""
	case s >= 200 && s < 300:
		return fmt.Sprintf(j.t("contenu servi en clair (HTTP %d) sans redirection vers HTTPS", "content served in clear (HTTP %d) without a redirect to HTTPS"), s), ""
	case s >= 300 && s < 400:
		return fmt.Sprintf(j.t("redirection HTTP %d vers %s, pas vers https://", "HTTP %d redirect to %s, not to https://"), s, orUnknown(clip(a.location, 160), j.lang)), ""
	}
	return fmt.Sprintf(j.t("HTTP en clair répond %d sans redirection vers HTTPS", "plain HTTP answers %d without a redirect to HTTPS"), a.status), TLSLevelWarn
}

func redirectExpected(j *tlsJudge) string {
	return j.t("redirection (3xx) vers https://", "a redirect (3xx) to https://")
}
