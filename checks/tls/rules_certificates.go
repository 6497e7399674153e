package tls

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"conformscan/checks"
	tlsprobe "conformscan/probes/tls"
)

// certificateRules judge the certificate chain the endpoint sends: keys,
// signatures, validity, identity, trust and the leaf's extensions.
var certificateRules = []tlsRuleDef{
	{
		key: "cert_key_type", source: "ANSSI-PA-035 R8, R8–", refs: refsTLS,
		titleFR: "type de clé du certificat non admis", titleEN: "certificate key type not allowed",
		observes: "leaf key type outside `certificate.key_types` (DSA; RSA for modern)",
		fix: func(p *TLSProfile, _ string, l checks.Lang) string {
			k := strings.Join(p.Certificate.KeyTypes, ", ")
			return l.T("Réémettre le certificat avec une clé "+k+" (ECDSA P-256 de préférence)",
				"Reissue the certificate with a "+k+" key (preferably ECDSA P-256)")
		},
		judge: onLeaf(func(j *tlsJudge, _ *ruleInput, c certView) []observation {
			if containsFold(j.p.Certificate.KeyTypes, canonicalKeyType(c.KeyType)) {
				return nil
			}
			return found(fmt.Sprintf("%s : %s %s", c.name, j.t("clé", "key"), orUnknown(c.KeyType, j.lang)),
				j.t("clé ", "key ")+strings.Join(j.p.Certificate.KeyTypes, ", "), c.excerpt)
		}),
	},
	{
		key: "rsa_size", source: "ANSSI-PA-035 R26; RGS B1 successor (≥ 2048 until 2030, ≥ 3072 from 2031)", refs: refsTLS,
		titleFR: "clé RSA trop courte", titleEN: "RSA key too short",
		observes: "RSA modulus of the leaf or an intermediate sent below `sizes.rsa` at the date",
		fix: func(p *TLSProfile, _ string, l checks.Lang) string {
			n := strictest(p.Sizes.RSA)
			return l.T(fmt.Sprintf("Réémettre le certificat avec une clé RSA d'au moins %d bits ou ECDSA P-256", n),
				fmt.Sprintf("Reissue the certificate with an RSA key of at least %d bits, or ECDSA P-256", n))
		},
		judge: func(j *tlsJudge, in *ruleInput) []observation {
			var out []observation
			for _, c := range in.certs {
				if c.KeyType != "RSA" || c.KeyBits <= 0 {
					continue
				}
				if s, ok := j.size(j.p.Sizes.RSA, c.KeyBits); ok {
					out = append(out, observation{capLevel: s.level, observed: c.name + " : RSA " + s.observed, expected: s.expected, excerpt: c.excerpt})
				}
			}
			return out
		},
	},
	{
		key: "rsa_exponent", source: "ANSSI-PA-035 R26; RGS (> 65536)", refs: refsTLS,
		titleFR: "exposant public RSA trop petit", titleEN: "RSA public exponent too small",
		observes: "leaf RSA public exponent below `sizes.rsa_exponent` (65537)",
		fix:      fixText("Réémettre le certificat avec l'exposant public 65537", "Reissue the certificate with public exponent 65537"),
		judge: onLeaf(func(j *tlsJudge, _ *ruleInput, c certView) []observation {
			if c.KeyType != "RSA" || c.RSAExponent <= 0 || c.RSAExponent >= j.p.Sizes.RSAExponent {
				return nil
			}
			return found(fmt.Sprintf("%s : %s %d", c.name, j.t("exposant public", "public exponent"), c.RSAExponent),
				fmt.Sprintf("≥ %d", j.p.Sizes.RSAExponent), c.excerpt)
		}),
	},
	{
		key: "cert_curve", source: "ANSSI-PA-035 R26; Mozilla (P-256, P-384)", refs: refsTLS,
		titleFR: "courbe du certificat non admise", titleEN: "certificate curve not allowed",
		observes: "ECDSA leaf curve outside `certificate.curves`",
		fix: func(p *TLSProfile, _ string, l checks.Lang) string {
			c := strings.Join(p.Certificate.Curves, ", ")
			return l.T("Réémettre le certificat sur une courbe admise ("+c+")", "Reissue the certificate on an allowed curve ("+c+")")
		},
		judge: onLeaf(func(j *tlsJudge, _ *ruleInput, c certView) []observation {
			if info, ok := lookupGroup(c.Curve); c.KeyType != "ECDSA" || (ok && containsFold(j.p.Certificate.Curves, info.name)) {
				return nil
			}
			return found(fmt.Sprintf("%s : %s %s", c.name, j.t("courbe", "curve"), orUnknown(c.Curve, j.lang)),
				j.t("courbes ", "curves ")+strings.Join(j.p.Certificate.Curves, ", "), c.excerpt)
		}),
	},
	{
		key: "cert_signature", source: "ANSSI-PA-035 R24", refs: refsTLS,
		titleFR: "certificat signé sans SHA-2 (SHA-1, MD5)", titleEN: "certificate not signed with SHA-2 (SHA-1, MD5)",
		observes: "leaf or intermediate signed with SHA-1, MD5 or MD2 (an unrecognised algorithm warns)",
		fix: fixText("Réémettre le certificat (et les intermédiaires) signés en SHA-256 ou plus",
			"Reissue the certificate (and intermediates) signed with SHA-256 or stronger"),
		judge: func(j *tlsJudge, in *ruleInput) []observation {
			var out []observation
			for _, c := range in.certs {
				o := observation{expected: j.t("signature SHA-2 (SHA-256 ou plus)", "SHA-2 signature (SHA-256 or stronger)"), excerpt: c.excerpt}
				switch fam, _ := sigHash(c.SignatureAlgorithm); fam {
				case "":
					o.capLevel = TLSLevelWarn
					o.observed = fmt.Sprintf("%s : %s %q", c.name, j.t("algorithme de signature non reconnu", "unrecognised signature algorithm"), c.SignatureAlgorithm)
				case "sha2", "eddsa":
					continue
				default:
					o.observed = fmt.Sprintf("%s : %s %s", c.name, j.t("signé", "signed"), c.SignatureAlgorithm)
				}
				out = append(out, o)
			}
			return out
		},
	},
	{
		key: "cert_hash_size", source: "RGS B1 successor (≥ 256 bits)", refs: refsTLS,
		titleFR: "empreinte de signature trop courte", titleEN: "signature digest too short",
		observes: "SHA-2 signature digest below `sizes.hash` (SHA-224)",
		fix: fixText("Réémettre le certificat signé avec une empreinte d'au moins 256 bits (SHA-256, SHA-384)",
			"Reissue the certificate signed with a digest of at least 256 bits (SHA-256, SHA-384)"),
		judge: func(j *tlsJudge, in *ruleInput) []observation {
			var out []observation
			for _, c := range in.certs {
				fam, bits := sigHash(c.SignatureAlgorithm)
				if fam != "sha2" && fam != "eddsa" {
					continue
				}
				if s, ok := j.size(j.p.Sizes.Hash, bits); ok {
					out = append(out, observation{capLevel: s.level, expected: s.expected, excerpt: c.excerpt,
						observed: fmt.Sprintf("%s : %s %s (%d bits)", c.name, j.t("signé", "signed"), c.SignatureAlgorithm, bits)})
				}
			}
			return out
		},
	},
	{
		key: "cert_expired", source: "RFC 5280 §4.1.2.5", refs: refsTLS,
		titleFR: "certificat expiré", titleEN: "certificate expired",
		observes: "leaf notAfter before the reference date",
		fix:      fixText("Renouveler le certificat", "Renew the certificate"),
		judge: onLeaf(func(j *tlsJudge, _ *ruleInput, c certView) []observation {
			if !expiredAt(c.Certificate, j.at) {
				return nil
			}
			return found(fmt.Sprintf(j.t("expiré depuis le %s", "expired on %s"), day(c.NotAfter)), j.validOn(), c.excerpt)
		}),
	},
	{
		key: "cert_not_yet_valid", source: "RFC 5280 §4.1.2.5", refs: refsTLS,
		titleFR: "certificat pas encore valide", titleEN: "certificate not yet valid",
		observes: "leaf notBefore after the reference date",
		fix: fixText("Vérifier l'horloge du serveur et la date de début de validité du certificat",
			"Check the server's clock and the certificate's notBefore date"),
		judge: onLeaf(func(j *tlsJudge, _ *ruleInput, c certView) []observation {
			if expiredAt(c.Certificate, j.at) || !notYetValidAt(c.Certificate, j.at) {
				return nil
			}
			return found(fmt.Sprintf(j.t("valide seulement à partir du %s", "valid only from %s"), day(c.NotBefore)), j.validOn(), c.excerpt)
		}),
	},
	{
		key: "cert_expires_soon", source: "good practice", refs: refsTLS,
		titleFR: "certificat proche de l'expiration", titleEN: "certificate expires soon",
		observes: "leaf expires within `certificate.expiry_warning_days` (30)",
		fix:      fixText("Planifier le renouvellement du certificat", "Plan the certificate's renewal"),
		judge: onLeaf(func(j *tlsJudge, _ *ruleInput, c certView) []observation {
			d := j.p.Certificate.ExpiryWarningDays
			if expiredAt(c.Certificate, j.at) || notYetValidAt(c.Certificate, j.at) ||
				d <= 0 || c.NotAfter.IsZero() || !c.NotAfter.Before(j.at.AddDate(0, 0, d)) {
				return nil
			}
			left := int(math.Ceil(c.NotAfter.Sub(j.at).Hours() / 24))
			return found(fmt.Sprintf(j.t("expire le %s (dans %d jours)", "expires on %s (in %d days)"), day(c.NotAfter), left),
				fmt.Sprintf(j.t("plus de %d jours de validité restante", "more than %d days of validity left"), d), c.excerpt)
		}),
	},
	{
		key: "cert_hostname", source: "ANSSI-PA-035 R29; RFC 6125", refs: refsTLS,
		titleFR: "nom du service absent du certificat (subjectAltName)", titleEN: "service name not in the certificate (subjectAltName)",
		observes: "no subjectAltName, or the name checked (SNI / target) not covered",
		fix: fixText("Réémettre le certificat avec le nom du service dans subjectAltName (dNSName)",
			"Reissue the certificate with the service name in subjectAltName (dNSName)"),
		judge: onLeaf(func(j *tlsJudge, in *ruleInput, c certView) []observation {
			san := append(append([]string{}, c.DNSNames...), c.IPAddresses...)
			switch ch := in.f.Chain; {
			case len(san) == 0:
				return found(j.t("aucun subjectAltName dans le certificat", "no subjectAltName in the certificate"),
					j.t("subjectAltName contenant le nom du service", "a subjectAltName holding the service name"), c.excerpt)
			case ch.NameChecked != "" && !ch.HostnameMatch:
				return found(fmt.Sprintf(j.t("%s absent de subjectAltName (%s)", "%s not in subjectAltName (%s)"), ch.NameChecked, clip(strings.Join(san, ", "), 200)),
					fmt.Sprintf(j.t("subjectAltName couvrant %s", "subjectAltName covering %s"), ch.NameChecked), c.excerpt)
			}
			return nil
		}),
	},
	{
		key: "cert_trust", source: "ANSSI-PA-035 R5 (server authenticated); RFC 5280 §6", refs: refsTLS,
		titleFR: "chaîne de certificats non reconnue", titleEN: "certificate chain not trusted",
		observes: "the chain does not build to a trusted root (system store, plus `--ca FILE` for a hospital PKI)",
		fix: fixText("Utiliser un certificat émis par une autorité reconnue, ou fournir l'AC de l'établissement avec --ca",
			"Use a certificate issued by a trusted authority, or give the hospital's CA with --ca"),
		judge: onLeaf(func(j *tlsJudge, in *ruleInput, c certView) []observation {
			ch := in.f.Chain
			if ch.Trusted {
				return nil
			}
			obs := j.t("chaîne non reconnue", "chain not trusted")
			if ch.TrustError != "" {
				obs += " : " + clip(ch.TrustError, 200)
			}
			return found(obs, fmt.Sprintf(j.t("chaîne jusqu'à une racine de confiance (%s ; --ca pour l'AC de l'établissement)",
				"a chain to a trusted root (%s; --ca for the hospital's CA)"), orDefault(ch.Roots, "system")), c.excerpt)
		}),
	},
	{
		key: "cert_chain", source: "ANSSI-PA-035 R34", refs: refsTLS,
		titleFR: "chaîne envoyée incomplète ou dans le désordre", titleEN: "chain sent incomplete or out of order",
		observes: "intermediates missing, or certificates not in order",
		fix: fixText("Envoyer la chaîne complète dans l'ordre (nginx : ssl_certificate avec le certificat puis les intermédiaires)",
			"Send the complete chain in order (nginx: ssl_certificate holding the certificate then the intermediates)"),
		judge: onLeaf(func(j *tlsJudge, in *ruleInput, c certView) []observation {
			var issues []string
			if !in.f.Chain.Complete {
				issues = append(issues, j.t("intermédiaires manquants", "intermediates missing"))
			}
			if !in.f.Chain.InOrder && len(in.f.Certificates) > 1 {
				issues = append(issues, j.t("certificats dans le désordre", "certificates out of order"))
			}
			if len(issues) == 0 {
				return nil
			}
			return found(fmt.Sprintf(j.t("chaîne envoyée (%d certificats) : %s", "chain sent (%d certificates): %s"), len(in.f.Certificates), strings.Join(issues, ", ")),
				j.t("chaîne complète, feuille d'abord, chaque certificat signé par le suivant", "complete chain, leaf first, each certificate signed by the next"), c.excerpt)
		}),
	},
	{
		key: "cert_lifetime", source: "ANSSI-PA-035 R25; Mozilla 5.7", refs: refsTLS,
		titleFR: "durée de validité du certificat trop longue", titleEN: "certificate lifetime too long",
		observes: "leaf validity longer than `certificate.max_lifetime` (ANSSI: 3 years, 825 days if issued from 2018-03-01; Mozilla: 366 / 90 days)",
		fix: func(p *TLSProfile, _ string, l checks.Lang) string {
			d := 0
			if n := len(p.Certificate.MaxLifetime); n > 0 {
				d = p.Certificate.MaxLifetime[n-1].MaxDays
			}
			return l.T(fmt.Sprintf("Émettre des certificats valables au plus %d jours", d),
				fmt.Sprintf("Issue certificates valid for at most %d days", d))
		},
		judge: onLeaf(func(j *tlsJudge, _ *ruleInput, c certView) []observation {
			steps := j.p.Certificate.MaxLifetime
			if len(steps) == 0 || c.NotBefore.IsZero() || c.NotAfter.IsZero() {
				return nil
			}
			days := c.LifetimeDays
			if days <= 0 {
				days = int(math.Ceil(c.NotAfter.Sub(c.NotBefore).Hours() / 24))
			}
			if limit := maxLifetime(steps, c.NotBefore); days > limit {
				return found(fmt.Sprintf(j.t("validité de %d jours (émis le %s)", "valid for %d days (issued %s)"), days, day(c.NotBefore)),
					fmt.Sprintf(j.t("≤ %d jours", "≤ %d days"), limit), c.excerpt)
			}
			return nil
		}),
	},
	{
		key: "cert_key_usage", source: "ANSSI-PA-035 R27", refs: refsTLS,
		titleFR: "KeyUsage absent, non critique ou inadapté", titleEN: "KeyUsage missing, not critical or unsuitable",
		observes: "KeyUsage absent, not critical, or without digitalSignature / keyEncipherment",
		fix: fixText("Réémettre le certificat avec KeyUsage critique : digitalSignature (et keyEncipherment pour RSA)",
			"Reissue the certificate with a critical KeyUsage: digitalSignature (and keyEncipherment for RSA)"),
		judge: onLeaf(func(j *tlsJudge, _ *ruleInput, c certView) []observation {
			var ku []string
			switch {
			case len(c.KeyUsage) == 0:
				ku = append(ku, j.t("KeyUsage absent", "no KeyUsage"))
			default:
				if !c.KeyUsageCritical {
					ku = append(ku, j.t("KeyUsage non critique", "KeyUsage not critical"))
				}
				if !containsFold(c.KeyUsage, "digitalSignature") && !containsFold(c.KeyUsage, "keyEncipherment") {
					ku = append(ku, j.t("ni digitalSignature ni keyEncipherment", "neither digitalSignature nor keyEncipherment")+" ("+strings.Join(c.KeyUsage, ", ")+")")
				}
			}
			if len(ku) == 0 {
				return nil
			}
			return found(strings.Join(ku, ", "),
				j.t("KeyUsage critique avec digitalSignature et/ou keyEncipherment", "critical KeyUsage with digitalSignature and/or keyEncipherment"), c.excerpt)
		}),
	},
	{
		key: "cert_ext_key_usage", source: "ANSSI-PA-035 R28", refs: refsTLS,
		titleFR: "ExtendedKeyUsage sans serverAuth", titleEN: "ExtendedKeyUsage without serverAuth",
		observes: "ExtendedKeyUsage without serverAuth",
		fix:      fixText("Réémettre le certificat avec ExtendedKeyUsage serverAuth", "Reissue the certificate with ExtendedKeyUsage serverAuth"),
		judge: onLeaf(func(j *tlsJudge, _ *ruleInput, c certView) []observation {
			if containsFold(c.ExtKeyUsage, "serverAuth") || containsFold(c.ExtKeyUsage, "any") {
				return nil
			}
			obs := j.t("ExtendedKeyUsage absent", "no ExtendedKeyUsage")
			if len(c.ExtKeyUsage) > 0 {
				obs = "ExtendedKeyUsage " + strings.Join(c.ExtKeyUsage, ", ")
			}
			return found(obs, "ExtendedKeyUsage serverAuth", c.excerpt)
		}),
	},
	{
		key: "cert_aki", source: "ANSSI-PA-035 R32", refs: refsTLS,
		titleFR: "AuthorityKeyIdentifier absent", titleEN: "AuthorityKeyIdentifier missing",
		observes: "AuthorityKeyIdentifier absent (self-signed leaf excepted)",
		fix:      fixText("Réémettre le certificat avec l'extension AuthorityKeyIdentifier", "Reissue the certificate with the AuthorityKeyIdentifier extension"),
		judge: onLeaf(func(j *tlsJudge, _ *ruleInput, c certView) []observation {
			if c.SelfSigned || c.AuthorityKeyID != "" {
				return nil
			}
			return found(j.t("AuthorityKeyIdentifier absent", "no AuthorityKeyIdentifier"),
				j.t("AuthorityKeyIdentifier présent", "AuthorityKeyIdentifier present"), c.excerpt)
		}),
	},
	{
		key: "cert_revocation", source: "ANSSI-PA-035 R33", refs: refsTLS,
		titleFR: "ni point de distribution de CRL ni accès OCSP", titleEN: "neither CRL distribution point nor OCSP access",
		observes: "neither CRLDistributionPoints nor OCSP in AIA (self-signed leaf excepted)",
		fix: fixText("Réémettre le certificat avec un point de distribution de CRL ou un accès OCSP (AIA)",
			"Reissue the certificate with a CRL distribution point or OCSP access (AIA)"),
		judge: onLeaf(func(j *tlsJudge, _ *ruleInput, c certView) []observation {
			if c.SelfSigned || len(c.CRLDistribution) > 0 || len(c.OCSPServers) > 0 {
				return nil
			}
			return found(j.t("ni CRLDistributionPoints ni OCSP dans AIA", "neither CRLDistributionPoints nor OCSP in AIA"),
				j.t("point de distribution de CRL ou accès OCSP", "a CRL distribution point or OCSP access"), c.excerpt)
		}),
	},
	{
		key: "ocsp_stapling", source: "ANSSI-PA-035 R35", refs: refsTLS,
		titleFR: "pas d'agrafage OCSP", titleEN: "no OCSP stapling",
		observes: "no stapled OCSP response although the leaf names an OCSP responder",
		fix: fixText("Activer l'agrafage OCSP (nginx : ssl_stapling on; ssl_stapling_verify on;)",
			"Enable OCSP stapling (nginx: ssl_stapling on; ssl_stapling_verify on;)"),
		judge: onLeaf(func(j *tlsJudge, in *ruleInput, c certView) []observation {
			if s := in.f.Extensions.OCSPStapling; s == nil || *s || len(c.OCSPServers) == 0 {
				return nil
			}
			return found(j.t("réponse OCSP non agrafée (l'AC publie pourtant un répondeur OCSP)", "no stapled OCSP response (the CA runs an OCSP responder)"),
				j.t("agrafage OCSP (status_request)", "OCSP stapling (status_request)"), "ocsp: "+strings.Join(c.OCSPServers, " "))
		}),
	},
	{
		key: "sct", source: "ANSSI-PA-035 R38", refs: refsTLS,
		titleFR: "pas de preuve Certificate Transparency (SCT)", titleEN: "no Certificate Transparency proof (SCT)",
		observes: "no SCT on a chain trusted by the public (system) store only",
		fix: fixText("Utiliser un certificat journalisé dans Certificate Transparency (SCT intégrés)",
			"Use a certificate logged in Certificate Transparency (embedded SCTs)"),
		judge: onLeaf(func(j *tlsJudge, in *ruleInput, c certView) []observation {
			n, ch := in.f.Extensions.SCTs, in.f.Chain
			if n == nil || *n != 0 || !ch.Trusted || (ch.Roots != "" && ch.Roots != "system") {
				return nil
			}
			return found(j.t("aucun SCT (certificat d'une AC publique)", "no SCT (certificate from a public CA)"),
				j.t("au moins un SCT (Certificate Transparency)", "at least one SCT (Certificate Transparency)"), c.excerpt)
		}),
	},
}

// certView is a certificate as the rules judge it: with its role and name
// for evidence ("certificat CN=...", "intermédiaire CN=...") and excerpt.
type certView struct {
	tlsprobe.Certificate
	name, excerpt string
}

// certViews lists the certificates whose keys and signatures are judged:
// the leaf and the intermediates sent (a self-signed trust anchor's own
// key and signature are not judged).
func (j *tlsJudge) certViews(f *tlsprobe.Facts) []certView {
	var out []certView
	for i, c := range f.Certificates {
		if i > 0 && c.SelfSigned {
			continue
		}
		role := j.t("certificat", "certificate")
		if i > 0 {
			role = j.t("intermédiaire", "intermediate")
		}
		out = append(out, certView{Certificate: c, name: role + " " + certName(c), excerpt: certExcerpt(c)})
	}
	return out
}

// onLeaf adapts a rule on the leaf certificate: no leaf, nothing to judge.
func onLeaf(judge func(j *tlsJudge, in *ruleInput, leaf certView) []observation) func(*tlsJudge, *ruleInput) []observation {
	return func(j *tlsJudge, in *ruleInput) []observation {
		if len(in.certs) == 0 {
			return nil
		}
		return judge(j, in, in.certs[0])
	}
}

func certName(c tlsprobe.Certificate) string {
	s := c.Subject
	if s == "" {
		s = "serial " + c.SerialHex
	}
	return clip(s, 120)
}

func certExcerpt(c tlsprobe.Certificate) string {
	key := c.KeyType
	if c.KeyBits > 0 {
		key += " " + strconv.Itoa(c.KeyBits)
	}
	if c.Curve != "" {
		key += " " + c.Curve
	}
	return fmt.Sprintf("subject=%s; issuer=%s; key=%s; sig=%s; notBefore=%s; notAfter=%s; san=%s",
		clip(c.Subject, 80), clip(c.Issuer, 80), key, c.SignatureAlgorithm, day(c.NotBefore), day(c.NotAfter),
		clip(strings.Join(append(append([]string{}, c.DNSNames...), c.IPAddresses...), ","), 80))
}

// day formats t as YYYY-MM-DD in UTC.
func day(t time.Time) string { return t.UTC().Format("2006-01-02") }

func expiredAt(c tlsprobe.Certificate, at time.Time) bool {
	return !c.NotAfter.IsZero() && at.After(c.NotAfter)
}

func notYetValidAt(c tlsprobe.Certificate, at time.Time) bool {
	return !c.NotBefore.IsZero() && at.Before(c.NotBefore)
}

func (j *tlsJudge) validOn() string {
	return fmt.Sprintf(j.t("valide au %s", "valid on %s"), day(j.at))
}

// maxLifetime is the longest lifetime allowed for a certificate issued at
// notBefore: the first step whose issued_before date is later.
func maxLifetime(steps []TLSLifetimeStep, notBefore time.Time) int {
	for _, st := range steps {
		if st.IssuedBefore == "" {
			return st.MaxDays
		}
		if d, err := parseProfileDate(st.IssuedBefore); err == nil && notBefore.Before(d) {
			return st.MaxDays
		}
	}
	return steps[len(steps)-1].MaxDays
}
