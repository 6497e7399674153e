package tls

import (
	"fmt"
	"strings"

	"conformscan/checks"
	tlsprobe "conformscan/probes/tls"
)

// protocolRules judge the protocol versions an endpoint accepts.
var protocolRules = []tlsRuleDef{
	{
		key: "protocols", source: "ANSSI-PA-035 R4; Mozilla 5.7", refs: refsTLS,
		titleFR: "protocoles obsolètes acceptés", titleEN: "obsolete protocol versions accepted",
		observes: "a protocol version accepted outside `protocols.allowed` (SSLv2, SSLv3, TLS 1.0, TLS 1.1; TLS 1.2 for modern)",
		fix: func(p *TLSProfile, arg string, l checks.Lang) string {
			if arg == "" {
				// Not for one finding: every version outside the profile.
				arg = strings.Join(disallowedProtocols(p), ", ")
			}
			allowed := strings.Join(p.Protocols.Allowed, " ")
			return l.T(fmt.Sprintf("Désactiver %s (nginx : ssl_protocols %s;)", arg, allowed),
				fmt.Sprintf("Disable %s (nginx: ssl_protocols %s;)", arg, allowed))
		},
		judge: func(j *tlsJudge, in *ruleInput) []observation {
			var bad []string
			for _, v := range in.f.Protocols {
				if !containsFold(j.p.Protocols.Allowed, v) {
					bad = append(bad, v)
				}
			}
			if len(bad) == 0 {
				return nil
			}
			return []observation{{
				observed: j.t("versions acceptées hors profil : ", "versions accepted outside the profile: ") + strings.Join(bad, ", "),
				expected: j.t("uniquement ", "only ") + strings.Join(j.p.Protocols.Allowed, ", "),
				excerpt:  protocolsExcerpt(in.f), fixArg: strings.Join(bad, ", "),
			}}
		},
	},
	{
		key: "tls13", source: "ANSSI-PA-035 R3", refs: refsTLS,
		titleFR: "TLS 1.3 non proposé", titleEN: "TLS 1.3 not offered",
		observes: "`protocols.preferred` (TLS 1.3) not offered",
		fix: fixText("Activer TLS 1.3 (nginx : ssl_protocols TLSv1.2 TLSv1.3; avec OpenSSL ≥ 1.1.1)",
			"Enable TLS 1.3 (nginx: ssl_protocols TLSv1.2 TLSv1.3; with OpenSSL ≥ 1.1.1)"),
		judge: func(j *tlsJudge, in *ruleInput) []observation {
			pref, got := j.p.Protocols.Preferred, in.f.Protocols
			if pref == "" || len(got) == 0 || containsFold(got, pref) {
				return nil
			}
			return found(j.t(pref+" non proposé ; versions acceptées : ", pref+" not offered; versions accepted: ")+strings.Join(got, ", "),
				j.t(pref+" proposé", pref+" offered"), protocolsExcerpt(in.f))
		},
	},
}

func protocolsExcerpt(f *tlsprobe.Facts) string {
	return "protocols: " + strings.Join(f.Protocols, " ")
}

// disallowedProtocols lists the versions the profile does not allow.
func disallowedProtocols(p *TLSProfile) []string {
	var out []string
	for _, v := range tlsProtocolNames {
		if !containsFold(p.Protocols.Allowed, v) {
			out = append(out, v)
		}
	}
	return out
}
