package tls

import (
	"fmt"
	"strings"
)

// certificateRules judge the certificate chain the endpoint sends: keys,
// signatures, validity, identity, trust and the leaf's extensions.
var certificateRules = []tlsRuleDef{
	{
		key: "cert_key_type", source: "ANSSI-PA-035 R8, R8–", refs: refsTLS,
		titleFR: "type de clé du certificat non admis", titleEN: "certificate key type not allowed",
		observes: "leaf key type outside `certificate.key_types` (DSA; RSA for modern)",
		fix: func(p *TLSProfile, _ string, l Lang) string {
			k := strings.Join(p.Certificate.KeyTypes, ", ")
			return l.T("Réémettre le certificat avec une clé "+k+" (ECDSA P-256 de préférence)",
				"Reissue the certificate with a "+k+" key (preferably ECDSA P-256)")
		},
	},
	{
		key: "rsa_size", source: "ANSSI-PA-035 R26; RGS B1 successor (≥ 2048 until 2030, ≥ 3072 from 2031)", refs: refsTLS,
		titleFR: "clé RSA trop courte", titleEN: "RSA key too short",
		observes: "RSA modulus of the leaf or an intermediate sent below `sizes.rsa` at the date",
		fix: func(p *TLSProfile, _ string, l Lang) string {
			n := strictest(p.Sizes.RSA)
			return l.T(fmt.Sprintf("Réémettre le certificat avec une clé RSA d'au moins %d bits ou ECDSA P-256", n),
				fmt.Sprintf("Reissue the certificate with an RSA key of at least %d bits, or ECDSA P-256", n))
		},
	},
	{
		key: "rsa_exponent", source: "ANSSI-PA-035 R26; RGS (> 65536)", refs: refsTLS,
		titleFR: "exposant public RSA trop petit", titleEN: "RSA public exponent too small",
		observes: "leaf RSA public exponent below `sizes.rsa_exponent` (65537)",
		fix:      fixText("Réémettre le certificat avec l'exposant public 65537", "Reissue the certificate with public exponent 65537"),
	},
	{
		key: "cert_curve", source: "ANSSI-PA-035 R26; Mozilla (P-256, P-384)", refs: refsTLS,
		titleFR: "courbe du certificat non admise", titleEN: "certificate curve not allowed",
		observes: "ECDSA leaf curve outside `certificate.curves`",
		fix: func(p *TLSProfile, _ string, l Lang) string {
			c := strings.Join(p.Certificate.Curves, ", ")
			return l.T("Réémettre le certificat sur une courbe admise ("+c+")", "Reissue the certificate on an allowed curve ("+c+")")
		},
	},
	{
		key: "cert_signature", source: "ANSSI-PA-035 R24", refs: refsTLS,
		titleFR: "certificat signé sans SHA-2 (SHA-1, MD5)", titleEN: "certificate not signed with SHA-2 (SHA-1, MD5)",
		observes: "leaf or intermediate signed with SHA-1, MD5 or MD2 (an unrecognised algorithm warns)",
		fix: fixText("Réémettre le certificat (et les intermédiaires) signés en SHA-256 ou plus",
			"Reissue the certificate (and intermediates) signed with SHA-256 or stronger"),
	},
	{
		key: "cert_hash_size", source: "RGS B1 successor (≥ 256 bits)", refs: refsTLS,
		titleFR: "empreinte de signature trop courte", titleEN: "signature digest too short",
		observes: "SHA-2 signature digest below `sizes.hash` (SHA-224)",
		fix: fixText("Réémettre le certificat signé avec une empreinte d'au moins 256 bits (SHA-256, SHA-384)",
			"Reissue the certificate signed with a digest of at least 256 bits (SHA-256, SHA-384)"),
	},
	{
		key: "cert_expired", source: "RFC 5280 §4.1.2.5", refs: refsTLS,
		titleFR: "certificat expiré", titleEN: "certificate expired",
		observes: "leaf notAfter before the reference date",
		fix:      fixText("Renouveler le certificat", "Renew the certificate"),
	},
	{
		key: "cert_not_yet_valid", source: "RFC 5280 §4.1.2.5", refs: refsTLS,
		titleFR: "certificat pas encore valide", titleEN: "certificate not yet valid",
		observes: "leaf notBefore after the reference date",
		fix: fixText("Vérifier l'horloge du serveur et la date de début de validité du certificat",
			"Check the server's clock and the certificate's notBefore date"),
	},
	{
		key: "cert_expires_soon", source: "good practice", refs: refsTLS,
		titleFR: "certificat proche de l'expiration", titleEN: "certificate expires soon",
		observes: "leaf expires within `certificate.expiry_warning_days` (30)",
		fix:      fixText("Planifier le renouvellement du certificat", "Plan the certificate's renewal"),
	},
	{
		key: "cert_hostname", source: "ANSSI-PA-035 R29; RFC 6125", refs: refsTLS,
		titleFR: "nom du service absent du certificat (subjectAltName)", titleEN: "service name not in the certificate (subjectAltName)",
		observes: "no subjectAltName, or the name checked (SNI / target) not covered",
		fix: fixText("Réémettre le certificat avec le nom du service dans subjectAltName (dNSName)",
			"Reissue the certificate with the service name in subjectAltName (dNSName)"),
	},
	{
		key: "cert_trust", source: "ANSSI-PA-035 R5 (server authenticated); RFC 5280 §6", refs: refsTLS,
		titleFR: "chaîne de certificats non reconnue", titleEN: "certificate chain not trusted",
		observes: "the chain does not build to a trusted root (system store, plus `--ca FILE` for a hospital PKI)",
		fix: fixText("Utiliser un certificat émis par une autorité reconnue, ou fournir l'AC de l'établissement avec --ca",
			"Use a certificate issued by a trusted authority, or give the hospital's CA with --ca"),
	},
	{
		key: "cert_chain", source: "ANSSI-PA-035 R34", refs: refsTLS,
		titleFR: "chaîne envoyée incomplète ou dans le désordre", titleEN: "chain sent incomplete or out of order",
		observes: "intermediates missing, or certificates not in order",
		fix: fixText("Envoyer la chaîne complète dans l'ordre (nginx : ssl_certificate avec le certificat puis les intermédiaires)",
			"Send the complete chain in order (nginx: ssl_certificate holding the certificate then the intermediates)"),
	},
	{
		key: "cert_lifetime", source: "ANSSI-PA-035 R25; Mozilla 5.7", refs: refsTLS,
		titleFR: "durée de validité du certificat trop longue", titleEN: "certificate lifetime too long",
		observes: "leaf validity longer than `certificate.max_lifetime` (ANSSI: 3 years, 825 days if issued from 2018-03-01; Mozilla: 366 / 90 days)",
		fix: func(p *TLSProfile, _ string, l Lang) string {
			d := 0
			if n := len(p.Certificate.MaxLifetime); n > 0 {
				d = p.Certificate.MaxLifetime[n-1].MaxDays
			}
			return l.T(fmt.Sprintf("Émettre des certificats valables au plus %d jours", d),
				fmt.Sprintf("Issue certificates valid for at most %d days", d))
		},
	},
	{
		key: "cert_key_usage", source: "ANSSI-PA-035 R27", refs: refsTLS,
		titleFR: "KeyUsage absent, non critique ou inadapté", titleEN: "KeyUsage missing, not critical or unsuitable",
		observes: "KeyUsage absent, not critical, or without digitalSignature / keyEncipherment",
		fix: fixText("Réémettre le certificat avec KeyUsage critique : digitalSignature (et keyEncipherment pour RSA)",
			"Reissue the certificate with a critical KeyUsage: digitalSignature (and keyEncipherment for RSA)"),
	},
	{
		key: "cert_ext_key_usage", source: "ANSSI-PA-035 R28", refs: refsTLS,
		titleFR: "ExtendedKeyUsage sans serverAuth", titleEN: "ExtendedKeyUsage without serverAuth",
		observes: "ExtendedKeyUsage without serverAuth",
		fix:      fixText("Réémettre le certificat avec ExtendedKeyUsage serverAuth", "Reissue the certificate with ExtendedKeyUsage serverAuth"),
	},
	{
		key: "cert_aki", source: "ANSSI-PA-035 R32", refs: refsTLS,
		titleFR: "AuthorityKeyIdentifier absent", titleEN: "AuthorityKeyIdentifier missing",
		observes: "AuthorityKeyIdentifier absent (self-signed leaf excepted)",
		fix:      fixText("Réémettre le certificat avec l'extension AuthorityKeyIdentifier", "Reissue the certificate with the AuthorityKeyIdentifier extension"),
	},
	{
		key: "cert_revocation", source: "ANSSI-PA-035 R33", refs: refsTLS,
		titleFR: "ni point de distribution de CRL ni accès OCSP", titleEN: "neither CRL distribution point nor OCSP access",
		observes: "neither CRLDistributionPoints nor OCSP in AIA (self-signed leaf excepted)",
		fix: fixText("Réémettre le certificat avec un point de distribution de CRL ou un accès OCSP (AIA)",
			"Reissue the certificate with a CRL distribution point or OCSP access (AIA)"),
	},
	{
		key: "ocsp_stapling", source: "ANSSI-PA-035 R35", refs: refsTLS,
		titleFR: "pas d'agrafage OCSP", titleEN: "no OCSP stapling",
		observes: "no stapled OCSP response although the leaf names an OCSP responder",
		fix: fixText("Activer l'agrafage OCSP (nginx : ssl_stapling on; ssl_stapling_verify on;)",
			"Enable OCSP stapling (nginx: ssl_stapling on; ssl_stapling_verify on;)"),
	},
	{
		key: "sct", source: "ANSSI-PA-035 R38", refs: refsTLS,
		titleFR: "pas de preuve Certificate Transparency (SCT)", titleEN: "no Certificate Transparency proof (SCT)",
		observes: "no SCT on a chain trusted by the public (system) store only",
		fix: fixText("Utiliser un certificat journalisé dans Certificate Transparency (SCT intégrés)",
			"Use a certificate logged in Certificate Transparency (embedded SCTs)"),
	},
}
