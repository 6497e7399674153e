package tls

import (
	"fmt"
	"strings"
)

// tlsRuleDef is one rule the TLS checks know how to judge. Profiles decide
// its ID and level; the definition carries the texts.
type tlsRuleDef struct {
	key string
	// title is a short phrase for summaries.
	titleFR, titleEN string
	// fix returns the one-line remediation; arg is finding-specific (the
	// protocols to disable, for instance).
	fix func(p *TLSProfile, arg string, l Lang) string
}

func fixText(fr, en string) func(*TLSProfile, string, Lang) string {
	return func(_ *TLSProfile, _ string, l Lang) string { return l.T(fr, en) }
}

// tlsRuleDefs lists every rule in report order. docs/tls-rules.md is the
// user-facing table; tlsrules_test.go checks that it names every key.
var tlsRuleDefs = []tlsRuleDef{
	{"protocols", "protocoles obsolètes acceptés", "obsolete protocol versions accepted",
		func(p *TLSProfile, arg string, l Lang) string {
			allowed := strings.Join(p.Protocols.Allowed, " ")
			return l.T(fmt.Sprintf("Désactiver %s (nginx : ssl_protocols %s;)", arg, allowed),
				fmt.Sprintf("Disable %s (nginx: ssl_protocols %s;)", arg, allowed))
		}},
	{"tls13", "TLS 1.3 non proposé", "TLS 1.3 not offered",
		fixText("Activer TLS 1.3 (nginx : ssl_protocols TLSv1.2 TLSv1.3; avec OpenSSL ≥ 1.1.1)",
			"Enable TLS 1.3 (nginx: ssl_protocols TLSv1.2 TLSv1.3; with OpenSSL ≥ 1.1.1)")},
	{"anonymous", "suites anonymes (serveur non authentifié)", "anonymous suites (server not authenticated)",
		fixText("Retirer les suites anonymes (OpenSSL : ajouter !aNULL à ssl_ciphers)",
			"Remove anonymous suites (OpenSSL: add !aNULL to ssl_ciphers)")},
	{"weak_ciphers", "chiffrements faibles (NULL, export, RC4, DES, 3DES, blocs de 64 bits)", "weak ciphers (NULL, export, RC4, DES, 3DES, 64-bit blocks)",
		fixText("Retirer les suites NULL, EXPORT, RC4, DES et 3DES (OpenSSL : !eNULL:!EXPORT:!RC4:!DES:!3DES dans ssl_ciphers)",
			"Remove NULL, EXPORT, RC4, DES and 3DES suites (OpenSSL: !eNULL:!EXPORT:!RC4:!DES:!3DES in ssl_ciphers)")},
	{"forward_secrecy", "échange de clés sans confidentialité persistante (RSA statique)", "key exchange without forward secrecy (static RSA)",
		fixText("N'accepter que des échanges ECDHE (ou DHE) : retirer les suites à échange RSA statique (OpenSSL : !kRSA)",
			"Accept only ECDHE (or DHE) key exchange: remove static-RSA suites (OpenSSL: !kRSA)")},
	{"cipher_algorithms", "algorithmes de chiffrement hors de la liste admise", "cipher algorithms outside the allowed list",
		func(p *TLSProfile, _ string, l Lang) string {
			a := strings.Join(p.Ciphers.Algorithms, ", ")
			return l.T("Se limiter aux algorithmes "+a, "Use only "+a)
		}},
	{"aead", "suites non AEAD (CBC sans encrypt_then_mac, CCM_8)", "non-AEAD suites (CBC without encrypt_then_mac, CCM_8)",
		fixText("Préférer les suites AEAD (AES-GCM, ChaCha20-Poly1305) ; à défaut, activer encrypt_then_mac pour les suites CBC",
			"Prefer AEAD suites (AES-GCM, ChaCha20-Poly1305); otherwise enable encrypt_then_mac for CBC suites")},
	{"suite_allowlist", "suites hors de la liste du profil", "suites outside the profile's list",
		func(p *TLSProfile, _ string, l Lang) string {
			return l.T("Restreindre les suites à la liste du profil "+p.Name+" (docs/tls-rules.md)",
				"Restrict the suites to the list of profile "+p.Name+" (docs/tls-rules.md)")
		}},
	{"server_order", "ordre des suites non imposé par le serveur", "server does not impose its suite order",
		fixText("Imposer l'ordre de préférence du serveur (nginx : ssl_prefer_server_ciphers on;)",
			"Make the server's preference order win (nginx: ssl_prefer_server_ciphers on;)")},
	{"groups", "groupes d'échange de clés hors de la liste admise", "key-exchange groups outside the allowed list",
		func(p *TLSProfile, _ string, l Lang) string {
			return l.T("Restreindre les groupes (nginx : ssl_ecdh_curve X25519:prime256v1:secp384r1;)",
				"Restrict the groups (nginx: ssl_ecdh_curve X25519:prime256v1:secp384r1;)")
		}},
	{"dh_size", "groupe Diffie-Hellman trop petit", "Diffie-Hellman group too small",
		func(p *TLSProfile, _ string, l Lang) string {
			n := strictest(p.Sizes.DH)
			return l.T(fmt.Sprintf("Utiliser un groupe DH d'au moins %d bits (nginx : ssl_dhparam ffdhe%d.pem) ou n'accepter que ECDHE", n, ffdheFor(n)),
				fmt.Sprintf("Use a DH group of at least %d bits (nginx: ssl_dhparam ffdhe%d.pem) or accept only ECDHE", n, ffdheFor(n)))
		}},
	{"ec_size", "courbe elliptique trop petite", "elliptic curve too small",
		fixText("N'utiliser que des courbes d'au moins 256 bits (X25519, P-256, P-384)",
			"Use only curves of at least 256 bits (X25519, P-256, P-384)")},
	{"cert_key_type", "type de clé du certificat non admis", "certificate key type not allowed",
		func(p *TLSProfile, _ string, l Lang) string {
			k := strings.Join(p.Certificate.KeyTypes, ", ")
			return l.T("Réémettre le certificat avec une clé "+k+" (ECDSA P-256 de préférence)",
				"Reissue the certificate with a "+k+" key (preferably ECDSA P-256)")
		}},
	{"rsa_size", "clé RSA trop courte", "RSA key too short",
		func(p *TLSProfile, _ string, l Lang) string {
			n := strictest(p.Sizes.RSA)
			return l.T(fmt.Sprintf("Réémettre le certificat avec une clé RSA d'au moins %d bits ou ECDSA P-256", n),
				fmt.Sprintf("Reissue the certificate with an RSA key of at least %d bits, or ECDSA P-256", n))
		}},
	{"rsa_exponent", "exposant public RSA trop petit", "RSA public exponent too small",
		fixText("Réémettre le certificat avec l'exposant public 65537", "Reissue the certificate with public exponent 65537")},
	{"cert_curve", "courbe du certificat non admise", "certificate curve not allowed",
		func(p *TLSProfile, _ string, l Lang) string {
			c := strings.Join(p.Certificate.Curves, ", ")
			return l.T("Réémettre le certificat sur une courbe admise ("+c+")", "Reissue the certificate on an allowed curve ("+c+")")
		}},
	{"cert_signature", "certificat signé sans SHA-2 (SHA-1, MD5)", "certificate not signed with SHA-2 (SHA-1, MD5)",
		fixText("Réémettre le certificat (et les intermédiaires) signés en SHA-256 ou plus",
			"Reissue the certificate (and intermediates) signed with SHA-256 or stronger")},
	{"cert_hash_size", "empreinte de signature trop courte", "signature digest too short",
		fixText("Réémettre le certificat signé avec une empreinte d'au moins 256 bits (SHA-256, SHA-384)",
			"Reissue the certificate signed with a digest of at least 256 bits (SHA-256, SHA-384)")},
	{"cert_expired", "certificat expiré", "certificate expired",
		fixText("Renouveler le certificat", "Renew the certificate")},
	{"cert_not_yet_valid", "certificat pas encore valide", "certificate not yet valid",
		fixText("Vérifier l'horloge du serveur et la date de début de validité du certificat",
			"Check the server's clock and the certificate's notBefore date")},
	{"cert_expires_soon", "certificat proche de l'expiration", "certificate expires soon",
		fixText("Planifier le renouvellement du certificat", "Plan the certificate's renewal")},
	{"cert_hostname", "nom du service absent du certificat (subjectAltName)", "service name not in the certificate (subjectAltName)",
		fixText("Réémettre le certificat avec le nom du service dans subjectAltName (dNSName)",
			"Reissue the certificate with the service name in subjectAltName (dNSName)")},
	{"cert_trust", "chaîne de certificats non reconnue", "certificate chain not trusted",
		fixText("Utiliser un certificat émis par une autorité reconnue, ou fournir l'AC de l'établissement avec --ca",
			"Use a certificate issued by a trusted authority, or give the hospital's CA with --ca")},
	{"cert_chain", "chaîne envoyée incomplète ou dans le désordre", "chain sent incomplete or out of order",
		fixText("Envoyer la chaîne complète dans l'ordre (nginx : ssl_certificate avec le certificat puis les intermédiaires)",
			"Send the complete chain in order (nginx: ssl_certificate holding the certificate then the intermediates)")},
	{"cert_lifetime", "durée de validité du certificat trop longue", "certificate lifetime too long",
		func(p *TLSProfile, _ string, l Lang) string {
			d := 0
			if n := len(p.Certificate.MaxLifetime); n > 0 {
				d = p.Certificate.MaxLifetime[n-1].MaxDays
			}
			return l.T(fmt.Sprintf("Émettre des certificats valables au plus %d jours", d),
				fmt.Sprintf("Issue certificates valid for at most %d days", d))
		}},
	{"cert_key_usage", "KeyUsage absent, non critique ou inadapté", "KeyUsage missing, not critical or unsuitable",
		fixText("Réémettre le certificat avec KeyUsage critique : digitalSignature (et keyEncipherment pour RSA)",
			"Reissue the certificate with a critical KeyUsage: digitalSignature (and keyEncipherment for RSA)")},
	{"cert_ext_key_usage", "ExtendedKeyUsage sans serverAuth", "ExtendedKeyUsage without serverAuth",
		fixText("Réémettre le certificat avec ExtendedKeyUsage serverAuth", "Reissue the certificate with ExtendedKeyUsage serverAuth")},
	{"cert_aki", "AuthorityKeyIdentifier absent", "AuthorityKeyIdentifier missing",
		fixText("Réémettre le certificat avec l'extension AuthorityKeyIdentifier", "Reissue the certificate with the AuthorityKeyIdentifier extension")},
	{"cert_revocation", "ni point de distribution de CRL ni accès OCSP", "neither CRL distribution point nor OCSP access",
		fixText("Réémettre le certificat avec un point de distribution de CRL ou un accès OCSP (AIA)",
			"Reissue the certificate with a CRL distribution point or OCSP access (AIA)")},
	{"ocsp_stapling", "pas d'agrafage OCSP", "no OCSP stapling",
		fixText("Activer l'agrafage OCSP (nginx : ssl_stapling on; ssl_stapling_verify on;)",
			"Enable OCSP stapling (nginx: ssl_stapling on; ssl_stapling_verify on;)")},
	{"sct", "pas de preuve Certificate Transparency (SCT)", "no Certificate Transparency proof (SCT)",
		fixText("Utiliser un certificat journalisé dans Certificate Transparency (SCT intégrés)",
			"Use a certificate logged in Certificate Transparency (embedded SCTs)")},
	{"compression", "compression TLS active (CRIME)", "TLS compression enabled (CRIME)",
		fixText("Désactiver la compression TLS (mettre à jour OpenSSL, option SSL_OP_NO_COMPRESSION)",
			"Disable TLS compression (update OpenSSL, SSL_OP_NO_COMPRESSION)")},
	{"secure_renegotiation", "renégociation sécurisée absente", "no secure renegotiation",
		fixText("Mettre à jour la bibliothèque TLS pour prendre en charge renegotiation_info (RFC 5746)",
			"Update the TLS library to support renegotiation_info (RFC 5746)")},
	{"session_ticket_lifetime", "tickets de session valables trop longtemps", "session tickets live too long",
		fixText("Limiter la durée des tickets de session à 24 h (nginx : ssl_session_timeout 1d; ou ssl_session_tickets off;)",
			"Limit session tickets to 24 h (nginx: ssl_session_timeout 1d; or ssl_session_tickets off;)")},
	{"extended_master_secret", "extended_master_secret non pris en charge", "extended_master_secret not supported",
		fixText("Mettre à jour la bibliothèque TLS pour prendre en charge extended_master_secret (RFC 7627)",
			"Update the TLS library to support extended_master_secret (RFC 7627)")},
	{"fallback_scsv", "TLS_FALLBACK_SCSV non respecté", "TLS_FALLBACK_SCSV not honoured",
		fixText("Mettre à jour la bibliothèque TLS pour respecter TLS_FALLBACK_SCSV (RFC 7507)",
			"Update the TLS library to honour TLS_FALLBACK_SCSV (RFC 7507)")},
	{"heartbeat", "extension heartbeat active", "heartbeat extension enabled",
		fixText("Désactiver l'extension heartbeat (OpenSSL compilé sans heartbeats)",
			"Disable the heartbeat extension (OpenSSL built without heartbeats)")},
	{"hsts", "HSTS absent ou trop court", "HSTS missing or too short",
		func(p *TLSProfile, _ string, l Lang) string {
			return l.T(fmt.Sprintf(`Envoyer Strict-Transport-Security avec max-age ≥ %d (nginx : add_header Strict-Transport-Security "max-age=%d" always;)`, p.HSTS.MinMaxAge, p.HSTS.MinMaxAge),
				fmt.Sprintf(`Send Strict-Transport-Security with max-age ≥ %d (nginx: add_header Strict-Transport-Security "max-age=%d" always;)`, p.HSTS.MinMaxAge, p.HSTS.MinMaxAge))
		}},
	{"https_redirect", "HTTP en clair sans redirection vers HTTPS", "plain HTTP without redirect to HTTPS",
		fixText("Servir le site en HTTPS et rediriger tout le HTTP en clair (nginx : return 301 https://$host$request_uri;)",
			"Serve the site over HTTPS and redirect all plain HTTP (nginx: return 301 https://$host$request_uri;)")},
}

// tlsRuleIndex returns the position of a rule key in tlsRuleDefs.
func tlsRuleIndex(key string) (int, bool) {
	for i, d := range tlsRuleDefs {
		if d.key == key {
			return i, true
		}
	}
	return 0, false
}

// tlsRuleKeys lists the rule keys in report order.
func tlsRuleKeys() []string {
	out := make([]string, len(tlsRuleDefs))
	for i, d := range tlsRuleDefs {
		out[i] = d.key
	}
	return out
}

// strictest returns the largest minimum of size steps.
func strictest(steps []TLSSizeStep) int {
	m := 0
	for _, s := range steps {
		if s.Min > m {
			m = s.Min
		}
	}
	return m
}

// ffdheFor names the smallest RFC 7919 group of at least n bits.
func ffdheFor(n int) int {
	for _, g := range []int{2048, 3072, 4096, 6144, 8192} {
		if g >= n {
			return g
		}
	}
	return 8192
}
