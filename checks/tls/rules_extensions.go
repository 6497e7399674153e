package tls

import (
	"fmt"
	"strings"

	tlsprobe "conformscan/probes/tls"
)

// extensionRules judge the extensions and behaviours of the handshake.
var extensionRules = []tlsRuleDef{
	{
		key: "compression", source: "ANSSI-PA-035 R19 (CRIME)", refs: refsTLS,
		titleFR: "compression TLS active (CRIME)", titleEN: "TLS compression enabled (CRIME)",
		observes: "TLS compression (deflate) negotiated",
		fix: fixText("Désactiver la compression TLS (mettre à jour OpenSSL, option SSL_OP_NO_COMPRESSION)",
			"Disable TLS compression (update OpenSSL, SSL_OP_NO_COMPRESSION)"),
		judge: func(j *tlsJudge, in *ruleInput) []observation {
			x := in.f.Extensions
			if c := strings.ToLower(x.Compression); c == "" || c == "null" || c == "none" {
				return nil
			}
			return found(j.t("compression ", "compression ")+x.Compression+j.t(" acceptée", " accepted"),
				j.t("aucune compression", "no compression"), "compression: "+x.Compression)
		},
	},
	{
		key: "secure_renegotiation", source: "ANSSI-PA-035 R22; RFC 5746", refs: refsTLS,
		titleFR: "renégociation sécurisée absente", titleEN: "no secure renegotiation",
		observes: "renegotiation_info not supported (measured on TLS ≤ 1.2)",
		fix: fixText("Mettre à jour la bibliothèque TLS pour prendre en charge renegotiation_info (RFC 5746)",
			"Update the TLS library to support renegotiation_info (RFC 5746)"),
		judge: flagRule(func(x tlsprobe.Extensions) *bool { return x.SecureRenegotiation }, false, "secure_renegotiation: false",
			[2]string{"extension renegotiation_info absente", "no renegotiation_info extension"},
			[2]string{"renégociation sécurisée (RFC 5746)", "secure renegotiation (RFC 5746)"}),
	},
	{
		key: "session_ticket_lifetime", source: "ANSSI-PA-035 R20", refs: refsTLS,
		titleFR: "tickets de session valables trop longtemps", titleEN: "session tickets live too long",
		observes: "session ticket lifetime hint above `session.max_ticket_lifetime_s` (86400)",
		fix: fixText("Limiter la durée des tickets de session à 24 h (nginx : ssl_session_timeout 1d; ou ssl_session_tickets off;)",
			"Limit session tickets to 24 h (nginx: ssl_session_timeout 1d; or ssl_session_tickets off;)"),
		judge: func(j *tlsJudge, in *ruleInput) []observation {
			h, limit := in.f.Extensions.TicketLifetimeHint, j.p.Session.MaxTicketLifetime
			if h == nil || limit <= 0 || int64(*h) <= int64(limit) {
				return nil
			}
			return found(fmt.Sprintf(j.t("durée de vie annoncée des tickets : %d s", "ticket lifetime hint: %d s"), *h),
				fmt.Sprintf("≤ %d s", limit), fmt.Sprintf("ticket_lifetime_hint_s: %d", *h))
		},
	},
	{
		key: "extended_master_secret", source: "ANSSI-PA-035 §2.4 (extensions to use); RFC 7627", refs: refsTLS,
		titleFR: "extended_master_secret non pris en charge", titleEN: "extended_master_secret not supported",
		observes: "extended_master_secret not negotiated",
		fix: fixText("Mettre à jour la bibliothèque TLS pour prendre en charge extended_master_secret (RFC 7627)",
			"Update the TLS library to support extended_master_secret (RFC 7627)"),
		judge: flagRule(func(x tlsprobe.Extensions) *bool { return x.ExtendedMasterSecret }, false, "extended_master_secret: false",
			[2]string{"extended_master_secret non négocié", "extended_master_secret not negotiated"},
			[2]string{"extended_master_secret (RFC 7627)", "extended_master_secret (RFC 7627)"}),
	},
	{
		key: "fallback_scsv", source: "RFC 7507; SSLyze's Mozilla checker", refs: refsTLS,
		titleFR: "TLS_FALLBACK_SCSV non respecté", titleEN: "TLS_FALLBACK_SCSV not honoured",
		observes: "a downgraded hello with TLS_FALLBACK_SCSV accepted, on a server with several versions",
		fix: fixText("Mettre à jour la bibliothèque TLS pour respecter TLS_FALLBACK_SCSV (RFC 7507)",
			"Update the TLS library to honour TLS_FALLBACK_SCSV (RFC 7507)"),
		judge: func(j *tlsJudge, in *ruleInput) []observation {
			if !isFalse(in.f.Extensions.FallbackSCSV) || len(in.f.Protocols) <= 1 {
				return nil
			}
			return found(j.t("repli de version accepté malgré TLS_FALLBACK_SCSV", "version fallback accepted despite TLS_FALLBACK_SCSV"),
				j.t("alerte inappropriate_fallback (RFC 7507)", "inappropriate_fallback alert (RFC 7507)"), "fallback_scsv: false")
		},
	},
	{
		key: "heartbeat", source: "ANSSI-PA-035 §2.4 (extensions never to use)", refs: refsTLS,
		titleFR: "extension heartbeat active", titleEN: "heartbeat extension enabled",
		observes: "heartbeat extension accepted",
		fix: fixText("Désactiver l'extension heartbeat (OpenSSL compilé sans heartbeats)",
			"Disable the heartbeat extension (OpenSSL built without heartbeats)"),
		judge: flagRule(func(x tlsprobe.Extensions) *bool { return x.Heartbeat }, true, "heartbeat: true",
			[2]string{"extension heartbeat acceptée", "heartbeat extension accepted"},
			[2]string{"extension heartbeat refusée", "heartbeat extension refused"}),
	},
}

// isFalse tells whether a measured flag is false (nil: not measured).
func isFalse(b *bool) bool { return b != nil && !*b }

// flagRule judges a flag of the handshake: the rule breaks when the probe
// measured it at bad (unmeasured, it breaks nothing); observed and expected
// are French and English.
func flagRule(flag func(tlsprobe.Extensions) *bool, bad bool, excerpt string, observed, expected [2]string) func(*tlsJudge, *ruleInput) []observation {
	return func(j *tlsJudge, in *ruleInput) []observation {
		if v := flag(in.f.Extensions); v == nil || *v != bad {
			return nil
		}
		return found(j.t(observed[0], observed[1]), j.t(expected[0], expected[1]), excerpt)
	}
}
