package tls

import (
	"fmt"
	"strings"

	"conformscan/checks"
	tlsprobe "conformscan/probes/tls"
)

// suiteRules judge the cipher suites an endpoint accepts, and their order.
var suiteRules = []tlsRuleDef{
	{
		key: "anonymous", source: "ANSSI-PA-035 R5", refs: refsTLS,
		titleFR: "suites anonymes (serveur non authentifié)", titleEN: "anonymous suites (server not authenticated)",
		observes: "a suite without server authentication (DH_anon, ECDH_anon, NULL_WITH_NULL)",
		fix: fixText("Retirer les suites anonymes (OpenSSL : ajouter !aNULL à ssl_ciphers)",
			"Remove anonymous suites (OpenSSL: add !aNULL to ssl_ciphers)"),
		suite: &suiteRule{
			verdict: func(j *tlsJudge, s acceptedSuite) (string, string) {
				if s.Known && s.anonymous() {
					return j.t("sans authentification du serveur", "no server authentication"), ""
				}
				return "", ""
			},
			expected: func(j *tlsJudge) string {
				return j.t("serveur toujours authentifié (aucune suite aNULL)", "server always authenticated (no aNULL suite)")
			},
		},
	},
	{
		key: "weak_ciphers", source: "RGS B1 successor (symmetric ≥ 128 bits, blocks ≥ 128 bits from 2026); RFC 7465", refs: refsTLS,
		titleFR: "chiffrements faibles (NULL, export, RC4, DES, 3DES, blocs de 64 bits)", titleEN: "weak ciphers (NULL, export, RC4, DES, 3DES, 64-bit blocks)",
		observes: "NULL encryption, export, RC4, MD5 MAC, DES; key or block size below `sizes.symmetric` / `sizes.block` at the date (3DES, IDEA, 64-bit blocks)",
		fix: fixText("Retirer les suites NULL, EXPORT, RC4, DES et 3DES (OpenSSL : !eNULL:!EXPORT:!RC4:!DES:!3DES dans ssl_ciphers)",
			"Remove NULL, EXPORT, RC4, DES and 3DES suites (OpenSSL: !eNULL:!EXPORT:!RC4:!DES:!3DES in ssl_ciphers)"),
		suite: &suiteRule{
			verdict: weakCipher,
			expected: func(j *tlsJudge) string {
				cur, _ := stepAt(j.p.Sizes.Symmetric, j.at)
				blk, _ := stepAt(j.p.Sizes.Block, j.at)
				return fmt.Sprintf(j.t("ni NULL, ni export, ni RC4 ; clés ≥ %d bits, blocs ≥ %d bits", "no NULL, export or RC4; keys ≥ %d bits, blocks ≥ %d bits"), cur.Min, blk.Min)
			},
		},
	},
	{
		key: "forward_secrecy", source: "ANSSI-PA-035 R6", refs: refsTLS,
		titleFR: "échange de clés sans confidentialité persistante (RSA statique)", titleEN: "key exchange without forward secrecy (static RSA)",
		observes: "a suite without ephemeral key exchange (static RSA, static DH/ECDH, PSK, SRP, KRB5); also `key_exchange.static_rsa` when no suite is listed",
		fix: fixText("N'accepter que des échanges ECDHE (ou DHE) : retirer les suites à échange RSA statique (OpenSSL : !kRSA)",
			"Accept only ECDHE (or DHE) key exchange: remove static-RSA suites (OpenSSL: !kRSA)"),
		suite: &suiteRule{
			verdict: func(j *tlsJudge, s acceptedSuite) (string, string) {
				if s.Known && !s.forwardSecret() && !s.anonymous() {
					return j.t("sans confidentialité persistante (échange ", "no forward secrecy (") + s.Kex + j.t(")", " key exchange)"), ""
				}
				return "", ""
			},
			expected: func(j *tlsJudge) string {
				return j.t("échange de clés éphémère (ECDHE, DHE) pour toutes les suites", "ephemeral key exchange (ECDHE, DHE) for every suite")
			},
		},
		judge: func(j *tlsJudge, in *ruleInput) []observation {
			if suiteCount(in.f) > 0 || !in.f.KeyExchange.StaticRSA {
				return nil
			}
			// The probe saw static RSA without listing suites.
			return found(j.t("échange de clés RSA statique accepté", "static RSA key exchange accepted"),
				j.t("ECDHE ou DHE uniquement", "ECDHE or DHE only"), "key_exchange.static_rsa: true")
		},
	},
	{
		key: "cipher_algorithms", source: "ANSSI-PA-035 R9, R9–", refs: refsTLS,
		titleFR: "algorithmes de chiffrement hors de la liste admise", titleEN: "cipher algorithms outside the allowed list",
		observes: "a bulk cipher outside `ciphers.algorithms` (ANSSI: AES, ChaCha20, Camellia, ARIA); an unrecognised suite name (warn at most)",
		fix: func(p *TLSProfile, _ string, l checks.Lang) string {
			a := strings.Join(p.Ciphers.Algorithms, ", ")
			return l.T("Se limiter aux algorithmes "+a, "Use only "+a)
		},
		suite: &suiteRule{
			verdict: func(j *tlsJudge, s acceptedSuite) (string, string) {
				switch {
				case !s.Known:
					return j.t("suite non reconnue, à vérifier", "unrecognised suite, check it by hand"), TLSLevelWarn
				case s.Cipher != "NULL" && !containsFold(j.p.Ciphers.Algorithms, s.Cipher):
					return j.t("algorithme ", "algorithm ") + s.Cipher, ""
				}
				return "", ""
			},
			expected: func(j *tlsJudge) string {
				return j.t("algorithmes ", "algorithms ") + strings.Join(j.p.Ciphers.Algorithms, ", ")
			},
			shadowedBy: []string{"anonymous", "weak_ciphers"},
		},
	},
	{
		key: "aead", source: "ANSSI-PA-035 R10, R10–", refs: refsTLS,
		titleFR: "suites non AEAD (CBC sans encrypt_then_mac, CCM_8)", titleEN: "non-AEAD suites (CBC without encrypt_then_mac, CCM_8)",
		observes: "a non-AEAD suite (CBC without negotiated encrypt_then_mac when `ciphers.cbc_with_etm`, stream, CTR), or CCM_8",
		fix: fixText("Préférer les suites AEAD (AES-GCM, ChaCha20-Poly1305) ; à défaut, activer encrypt_then_mac pour les suites CBC",
			"Prefer AEAD suites (AES-GCM, ChaCha20-Poly1305); otherwise enable encrypt_then_mac for CBC suites"),
		suite: &suiteRule{
			verdict: notAEAD,
			expected: func(j *tlsJudge) string {
				if j.p.Ciphers.CBCWithETM {
					return j.t("suites AEAD (GCM, CCM, ChaCha20-Poly1305) ; CBC seulement avec encrypt_then_mac", "AEAD suites (GCM, CCM, ChaCha20-Poly1305); CBC only with encrypt_then_mac")
				}
				return j.t("suites AEAD uniquement (GCM, CCM, ChaCha20-Poly1305)", "AEAD suites only (GCM, CCM, ChaCha20-Poly1305)")
			},
			shadowedBy: []string{"anonymous", "weak_ciphers", "cipher_algorithms"},
		},
	},
	{
		key: "suite_allowlist", source: "Mozilla 5.7 cipher lists", refs: refsTLS,
		titleFR: "suites hors de la liste du profil", titleEN: "suites outside the profile's list",
		observes: "a suite outside `ciphers.suites[version]` (versions absent from the map are left to `protocols`)",
		fix: func(p *TLSProfile, _ string, l checks.Lang) string {
			return l.T("Restreindre les suites à la liste du profil "+p.Name+" (docs/tls-rules.md)",
				"Restrict the suites to the list of profile "+p.Name+" (docs/tls-rules.md)")
		},
		suite: &suiteRule{
			verdict: func(j *tlsJudge, s acceptedSuite) (string, string) {
				if list, ok := j.p.Ciphers.Suites[s.version]; ok && !containsFold(list, s.Name) {
					return j.t("hors de la liste "+s.version+" du profil", "not in the profile's "+s.version+" list"), ""
				}
				return "", ""
			},
			expected: func(j *tlsJudge) string {
				var parts []string
				for _, v := range sortedVersions(j.p.Ciphers.Suites) {
					parts = append(parts, v+": "+strings.Join(j.p.Ciphers.Suites[v], ", "))
				}
				return clip(j.t("uniquement ", "only ")+strings.Join(parts, " ; "), 900)
			},
		},
	},
	{
		key: "server_order", source: "ANSSI-PA-035 R13", refs: refsTLS,
		titleFR: "ordre des suites non imposé par le serveur", titleEN: "server does not impose its suite order",
		observes: "the client's order wins for a version with more than one suite",
		fix: fixText("Imposer l'ordre de préférence du serveur (nginx : ssl_prefer_server_ciphers on;)",
			"Make the server's preference order win (nginx: ssl_prefer_server_ciphers on;)"),
		judge: func(j *tlsJudge, in *ruleInput) []observation {
			var clientOrder []string
			for _, v := range sortedVersionsBool(in.f.ServerOrder) {
				if !in.f.ServerOrder[v] && len(in.f.CipherSuites[v]) > 1 {
					clientOrder = append(clientOrder, v)
				}
			}
			if len(clientOrder) == 0 {
				return nil
			}
			return found(j.t("le client choisit la suite en ", "the client picks the suite in ")+strings.Join(clientOrder, ", "),
				j.t("ordre de préférence du serveur imposé", "the server's preference order wins"), "server_order: "+strings.Join(clientOrder, " ")+" false")
		},
	},
}

// weakCipher names what makes a suite's cipher weak: no encryption,
// export, RC4, MD5, or a key or block size below the step in force. Only
// sizes that expire later leave it at warn.
func weakCipher(j *tlsJudge, s acceptedSuite) (string, string) {
	if !s.Known {
		return "", ""
	}
	var weak []string
	capLevel := TLSLevelWarn
	for _, w := range []struct {
		bad  bool
		what string
	}{
		{s.Cipher == "NULL", j.t("sans chiffrement", "no encryption")},
		{s.Export, "export"},
		{s.Cipher == "RC4", "RC4 (RFC 7465)"},
		{s.MAC == "MD5", "MAC MD5"},
	} {
		if w.bad {
			weak, capLevel = append(weak, w.what), ""
		}
	}
	sizes := []struct {
		judged bool
		steps  []TLSSizeStep
		bits   int
		what   string
	}{
		{s.Cipher != "NULL" && s.KeyBits > 0, j.p.Sizes.Symmetric, s.KeyBits, s.Cipher + j.t(" clé", " key")},
		{s.BlockBits > 0, j.p.Sizes.Block, s.BlockBits, s.Cipher + j.t(" bloc", " block")},
	}
	for _, z := range sizes {
		if !z.judged {
			continue
		}
		if lv, min, until, later := sizeVerdict(z.steps, z.bits, j.at); lv != "" {
			weak = append(weak, j.sizeReason(z.what, z.bits, lv, min, until, later))
			if lv == TLSLevelFail {
				capLevel = ""
			}
		}
	}
	if len(weak) == 0 {
		return "", ""
	}
	return strings.Join(weak, ", "), capLevel
}

// notAEAD tells why a suite is not AEAD; CBC with encrypt_then_mac is
// tolerated when the profile says so (R10–).
func notAEAD(j *tlsJudge, s acceptedSuite) (string, string) {
	if !s.Known {
		return "", ""
	}
	if s.aead() || s.Cipher == "NULL" {
		if s.Mode == "CCM_8" {
			return j.t("CCM_8 (étiquette de 64 bits)", "CCM_8 (64-bit tag)"), ""
		}
		return "", ""
	}
	cbcETM := s.Mode == "CBC" && j.p.Ciphers.CBCWithETM
	switch {
	case cbcETM && s.etm != nil && *s.etm:
		return "", ""
	case cbcETM && s.etm == nil:
		return j.t("CBC, encrypt_then_mac non mesuré", "CBC, encrypt_then_mac not measured"), ""
	case cbcETM:
		return j.t("CBC sans encrypt_then_mac", "CBC without encrypt_then_mac"), ""
	}
	return j.t("mode ", "mode ") + s.Mode + j.t(" (non AEAD)", " (not AEAD)"), ""
}

// suiteCount is the number of suites accepted, all versions together.
func suiteCount(f *tlsprobe.Facts) int {
	n := 0
	for _, v := range f.CipherSuites {
		n += len(v)
	}
	return n
}
