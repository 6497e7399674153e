package tls

import (
	"fmt"
	"strings"
)

// protocolRules judge the protocol versions an endpoint accepts.
var protocolRules = []tlsRuleDef{
	{
		key: "protocols", source: "ANSSI-PA-035 R4; Mozilla 5.7", refs: refsTLS,
		titleFR: "protocoles obsolètes acceptés", titleEN: "obsolete protocol versions accepted",
		observes: "a protocol version accepted outside `protocols.allowed` (SSLv2, SSLv3, TLS 1.0, TLS 1.1; TLS 1.2 for modern)",
		fix: func(p *TLSProfile, arg string, l Lang) string {
			if arg == "" {
				// Not for one finding: every version outside the profile.
				arg = strings.Join(disallowedProtocols(p), ", ")
			}
			allowed := strings.Join(p.Protocols.Allowed, " ")
			return l.T(fmt.Sprintf("Désactiver %s (nginx : ssl_protocols %s;)", arg, allowed),
				fmt.Sprintf("Disable %s (nginx: ssl_protocols %s;)", arg, allowed))
		},
	},
	{
		key: "tls13", source: "ANSSI-PA-035 R3", refs: refsTLS,
		titleFR: "TLS 1.3 non proposé", titleEN: "TLS 1.3 not offered",
		observes: "`protocols.preferred` (TLS 1.3) not offered",
		fix: fixText("Activer TLS 1.3 (nginx : ssl_protocols TLSv1.2 TLSv1.3; avec OpenSSL ≥ 1.1.1)",
			"Enable TLS 1.3 (nginx: ssl_protocols TLSv1.2 TLSv1.3; with OpenSSL ≥ 1.1.1)"),
	},
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
