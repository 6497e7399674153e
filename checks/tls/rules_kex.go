package tls

import "fmt"

// kexRules judge the key exchange: groups and their sizes.
var kexRules = []tlsRuleDef{
	{
		key: "groups", source: "ANSSI-PA-035 R7, R7–", refs: refsTLS,
		titleFR: "groupes d'échange de clés hors de la liste admise", titleEN: "key-exchange groups outside the allowed list",
		observes: "a key-exchange group outside `groups` (ANSSI: P-256/384/521, X25519, X448, brainpool, their ML-KEM hybrids, ffdhe)",
		fix: fixText("Restreindre les groupes (nginx : ssl_ecdh_curve X25519:prime256v1:secp384r1;)",
			"Restrict the groups (nginx: ssl_ecdh_curve X25519:prime256v1:secp384r1;)"),
	},
	{
		key: "dh_size", source: "RGS B1 successor (≥ 2048 until 2030, ≥ 3072 from 2031)", refs: refsTLS,
		titleFR: "groupe Diffie-Hellman trop petit", titleEN: "Diffie-Hellman group too small",
		observes: "DHE prime size (`key_exchange.dhe_bits`) or ffdhe group below `sizes.dh` at the date",
		fix: func(p *TLSProfile, _ string, l Lang) string {
			n := strictest(p.Sizes.DH)
			return l.T(fmt.Sprintf("Utiliser un groupe DH d'au moins %d bits (nginx : ssl_dhparam ffdhe%d.pem) ou n'accepter que ECDHE", n, ffdheFor(n)),
				fmt.Sprintf("Use a DH group of at least %d bits (nginx: ssl_dhparam ffdhe%d.pem) or accept only ECDHE", n, ffdheFor(n)))
		},
	},
	{
		key: "ec_size", source: "RGS B1 successor (≥ 250 bits)", refs: refsTLS,
		titleFR: "courbe elliptique trop petite", titleEN: "elliptic curve too small",
		observes: "a group's or the certificate's curve with a subgroup order below `sizes.ec` (P-192, P-224, sect163...)",
		fix: fixText("N'utiliser que des courbes d'au moins 256 bits (X25519, P-256, P-384)",
			"Use only curves of at least 256 bits (X25519, P-256, P-384)"),
	},
}
