package tls

import "strings"

// suiteRules judge the cipher suites an endpoint accepts, and their order.
var suiteRules = []tlsRuleDef{
	{
		key: "anonymous", source: "ANSSI-PA-035 R5", refs: refsTLS,
		titleFR: "suites anonymes (serveur non authentifié)", titleEN: "anonymous suites (server not authenticated)",
		observes: "a suite without server authentication (DH_anon, ECDH_anon, NULL_WITH_NULL)",
		fix: fixText("Retirer les suites anonymes (OpenSSL : ajouter !aNULL à ssl_ciphers)",
			"Remove anonymous suites (OpenSSL: add !aNULL to ssl_ciphers)"),
	},
	{
		key: "weak_ciphers", source: "RGS B1 successor (symmetric ≥ 128 bits, blocks ≥ 128 bits from 2026); RFC 7465", refs: refsTLS,
		titleFR: "chiffrements faibles (NULL, export, RC4, DES, 3DES, blocs de 64 bits)", titleEN: "weak ciphers (NULL, export, RC4, DES, 3DES, 64-bit blocks)",
		observes: "NULL encryption, export, RC4, MD5 MAC, DES; key or block size below `sizes.symmetric` / `sizes.block` at the date (3DES, IDEA, 64-bit blocks)",
		fix: fixText("Retirer les suites NULL, EXPORT, RC4, DES et 3DES (OpenSSL : !eNULL:!EXPORT:!RC4:!DES:!3DES dans ssl_ciphers)",
			"Remove NULL, EXPORT, RC4, DES and 3DES suites (OpenSSL: !eNULL:!EXPORT:!RC4:!DES:!3DES in ssl_ciphers)"),
	},
	{
		key: "forward_secrecy", source: "ANSSI-PA-035 R6", refs: refsTLS,
		titleFR: "échange de clés sans confidentialité persistante (RSA statique)", titleEN: "key exchange without forward secrecy (static RSA)",
		observes: "a suite without ephemeral key exchange (static RSA, static DH/ECDH, PSK, SRP, KRB5); also `key_exchange.static_rsa` when no suite is listed",
		fix: fixText("N'accepter que des échanges ECDHE (ou DHE) : retirer les suites à échange RSA statique (OpenSSL : !kRSA)",
			"Accept only ECDHE (or DHE) key exchange: remove static-RSA suites (OpenSSL: !kRSA)"),
	},
	{
		key: "cipher_algorithms", source: "ANSSI-PA-035 R9, R9–", refs: refsTLS,
		titleFR: "algorithmes de chiffrement hors de la liste admise", titleEN: "cipher algorithms outside the allowed list",
		observes: "a bulk cipher outside `ciphers.algorithms` (ANSSI: AES, ChaCha20, Camellia, ARIA); an unrecognised suite name (warn at most)",
		fix: func(p *TLSProfile, _ string, l Lang) string {
			a := strings.Join(p.Ciphers.Algorithms, ", ")
			return l.T("Se limiter aux algorithmes "+a, "Use only "+a)
		},
	},
	{
		key: "aead", source: "ANSSI-PA-035 R10, R10–", refs: refsTLS,
		titleFR: "suites non AEAD (CBC sans encrypt_then_mac, CCM_8)", titleEN: "non-AEAD suites (CBC without encrypt_then_mac, CCM_8)",
		observes: "a non-AEAD suite (CBC without negotiated encrypt_then_mac when `ciphers.cbc_with_etm`, stream, CTR), or CCM_8",
		fix: fixText("Préférer les suites AEAD (AES-GCM, ChaCha20-Poly1305) ; à défaut, activer encrypt_then_mac pour les suites CBC",
			"Prefer AEAD suites (AES-GCM, ChaCha20-Poly1305); otherwise enable encrypt_then_mac for CBC suites"),
	},
	{
		key: "suite_allowlist", source: "Mozilla 5.7 cipher lists", refs: refsTLS,
		titleFR: "suites hors de la liste du profil", titleEN: "suites outside the profile's list",
		observes: "a suite outside `ciphers.suites[version]` (versions absent from the map are left to `protocols`)",
		fix: func(p *TLSProfile, _ string, l Lang) string {
			return l.T("Restreindre les suites à la liste du profil "+p.Name+" (docs/tls-rules.md)",
				"Restrict the suites to the list of profile "+p.Name+" (docs/tls-rules.md)")
		},
	},
	{
		key: "server_order", source: "ANSSI-PA-035 R13", refs: refsTLS,
		titleFR: "ordre des suites non imposé par le serveur", titleEN: "server does not impose its suite order",
		observes: "the client's order wins for a version with more than one suite",
		fix: fixText("Imposer l'ordre de préférence du serveur (nginx : ssl_prefer_server_ciphers on;)",
			"Make the server's preference order win (nginx: ssl_prefer_server_ciphers on;)"),
	},
}
