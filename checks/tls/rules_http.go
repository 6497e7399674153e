package tls

import "fmt"

// httpRules judge what web endpoints answer over HTTP.
var httpRules = []tlsRuleDef{
	{
		key: "hsts", source: "Mozilla 5.7 (ANSSI has no HSTS rule)", refs: refsWeb,
		titleFR: "HSTS absent ou trop court", titleEN: "HSTS missing or too short",
		observes: "HTTPS answer without Strict-Transport-Security, or max-age below `hsts.min_max_age` (63072000)",
		fix: func(p *TLSProfile, _ string, l Lang) string {
			return l.T(fmt.Sprintf(`Envoyer Strict-Transport-Security avec max-age ≥ %d (nginx : add_header Strict-Transport-Security "max-age=%d" always;)`, p.HSTS.MinMaxAge, p.HSTS.MinMaxAge),
				fmt.Sprintf(`Send Strict-Transport-Security with max-age ≥ %d (nginx: add_header Strict-Transport-Security "max-age=%d" always;)`, p.HSTS.MinMaxAge, p.HSTS.MinMaxAge))
		},
	},
	{
		key: "https_redirect", source: "grid ref 7.1", refs: refsWeb,
		titleFR: "HTTP en clair sans redirection vers HTTPS", titleEN: "plain HTTP without redirect to HTTPS",
		observes: "plain HTTP answering content (2xx), 401, or a redirect that is not to `https://`; other answers (4xx/5xx) warn",
		fix: fixText("Servir le site en HTTPS et rediriger tout le HTTP en clair (nginx : return 301 https://$host$request_uri;)",
			"Serve the site over HTTPS and redirect all plain HTTP (nginx: return 301 https://$host$request_uri;)"),
	},
}
