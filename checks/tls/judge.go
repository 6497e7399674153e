package tls

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"conformscan/probes/discovery"
	tlsprobe "conformscan/probes/tls"
)

// The three TLS checks judge the facts of probes/tls against a TLSProfile
// (Settings.TLSProfile, the built-in "anssi" profile when nil):
//
//   - tls-web (ref 7.1): every web endpoint has TLS that follows the
//     profile, and plain HTTP only redirects to HTTPS;
//   - tls-auth (ref 7.2): every TLS endpoint of a service that carries
//     credentials passes the profile's fail-level rules;
//   - tls-crypto (ref 7.3): algorithms, sizes, certificate and behaviours
//     of every TLS endpoint, STARTTLS ones included.
//
// Each check returns one Result per ref per target, not one per endpoint:
// a ref's verdict on a target is what an RSSI reads, and the runner's
// Result has no endpoint of its own. The worst finding decides the status
// (fail > error > warn > pass); every finding is an Evidence whose Source
// is the endpoint, ordered by endpoint (port order), then fail, error and
// warn findings, then rule order (docs/tls-rules.md). An endpoint that
// passes every rule gets one Evidence tagged with the profile's summary
// rule, so a PASS always shows what was measured.

// Finding levels beyond the profile's fail and warn.
const tlsLevelError = "error"

// tlsMeasureRule tags "could not measure" evidence.
const tlsMeasureRule = "TLS-MEASURE"

// tlsFinding is one broken rule on one endpoint.
type tlsFinding struct {
	key      string // rule key (tlsRuleDefs) or "" for measurement errors
	rule     string // rule ID from the profile
	level    string // fail, warn or error
	source   string // endpoint
	observed string
	expected string
	excerpt  string
	// fixArg parameterises the remediation (protocols to disable...).
	fixArg string
	// extraKeys are further rules merged into this finding (suites that
	// break several rules sharing one ID); their remediations apply too.
	extraKeys []string
}

// tlsEndpointResult is the judgement of one endpoint.
type tlsEndpointResult struct {
	endpoint string
	port     int
	findings []tlsFinding
	// measured: something was observed (a handshake, an HTTP answer).
	measured bool
	// pass is the evidence shown when no finding remains.
	pass Evidence
	// errMsg is the first measurement error, for summaries.
	errMsg string
	// at stamps the endpoint's evidence.
	at time.Time
}

// tlsJudge holds what every rule needs: the profile, the reference date
// and the language.
type tlsJudge struct {
	p    *TLSProfile
	at   time.Time
	lang Lang
}

func (j *tlsJudge) t(fr, en string) string { return j.lang.T(fr, en) }

// add records a finding for rule key unless the profile turns it off; cap
// lowers the level (warn for a size that expires later).
func (j *tlsJudge) add(out *[]tlsFinding, key, capLevel, source, observed, expected, excerpt string) {
	r := j.p.rule(key)
	level := r.Level
	if level == TLSLevelOff || level == "" {
		return
	}
	if capLevel == TLSLevelWarn {
		level = TLSLevelWarn
	}
	*out = append(*out, tlsFinding{key: key, rule: r.ID, level: level, source: source,
		observed: observed, expected: expected, excerpt: clip(excerpt, 240)})
}

func (j *tlsJudge) measureError(source, msg string) tlsFinding {
	return tlsFinding{rule: tlsMeasureRule, level: tlsLevelError, source: source,
		observed: msg,
		expected: j.t("mesure TLS complète du point d'accès", "a complete TLS measurement of the endpoint")}
}

// judgeTLS applies every rule of the profile to the TLS facts of one
// endpoint. web adds the HTTP rules (HSTS).
func (j *tlsJudge) judgeTLS(src string, f *tlsprobe.Facts, web bool) []tlsFinding {
	var out []tlsFinding
	j.judgeProtocols(&out, src, f)
	j.judgeSuites(&out, src, f)
	j.judgeKeyExchange(&out, src, f)
	j.judgeCertificates(&out, src, f)
	j.judgeExtensions(&out, src, f)
	if web {
		j.judgeHSTS(&out, src, f)
	}
	return out
}

func (j *tlsJudge) judgeProtocols(out *[]tlsFinding, src string, f *tlsprobe.Facts) {
	excerpt := "protocols: " + strings.Join(f.Protocols, " ")
	var bad []string
	for _, v := range f.Protocols {
		if !containsFold(j.p.Protocols.Allowed, v) {
			bad = append(bad, v)
		}
	}
	if len(bad) > 0 {
		n := len(*out)
		j.add(out, "protocols", "", src,
			j.t("versions acceptées hors profil : ", "versions accepted outside the profile: ")+strings.Join(bad, ", "),
			j.t("uniquement ", "only ")+strings.Join(j.p.Protocols.Allowed, ", "), excerpt)
		if len(*out) > n {
			(*out)[n].fixArg = strings.Join(bad, ", ")
		}
	}
	if pref := j.p.Protocols.Preferred; pref != "" && len(f.Protocols) > 0 && !containsFold(f.Protocols, pref) {
		j.add(out, "tls13", "", src,
			j.t(pref+" non proposé ; versions acceptées : ", pref+" not offered; versions accepted: ")+strings.Join(f.Protocols, ", "),
			j.t(pref+" proposé", pref+" offered"), excerpt)
	}
}

// suiteKeys are the rules that judge one suite, in report order.
var suiteKeys = []string{"anonymous", "weak_ciphers", "forward_secrecy", "cipher_algorithms", "aead", "suite_allowlist"}

type suiteHit struct {
	key, level, reason string
}

// suiteVerdicts returns every rule a suite breaks: a 3DES suite with static
// RSA key exchange breaks both RGS-SYM and R6, and both lists show it.
func (j *tlsJudge) suiteVerdicts(version string, si suiteInfo, etm *bool) []suiteHit {
	var hits []suiteHit
	hit := func(key, capLevel, reason string) {
		r := j.p.rule(key)
		if r.Level == TLSLevelOff || r.Level == "" {
			return
		}
		lv := r.Level
		if capLevel == TLSLevelWarn {
			lv = TLSLevelWarn
		}
		hits = append(hits, suiteHit{key, lv, reason})
	}
	if !si.Known {
		hit("cipher_algorithms", TLSLevelWarn, j.t("suite non reconnue, à vérifier", "unrecognised suite, check it by hand"))
	} else {
		if si.anonymous() {
			hit("anonymous", "", j.t("sans authentification du serveur", "no server authentication"))
		}
		var weak []string
		weakCap := TLSLevelWarn
		if si.Cipher == "NULL" {
			weak, weakCap = append(weak, j.t("sans chiffrement", "no encryption")), ""
		}
		if si.Export {
			weak, weakCap = append(weak, "export"), ""
		}
		if si.Cipher == "RC4" {
			weak, weakCap = append(weak, "RC4 (RFC 7465)"), ""
		}
		if si.MAC == "MD5" {
			weak, weakCap = append(weak, "MAC MD5"), ""
		}
		if si.Cipher != "NULL" && si.KeyBits > 0 {
			if lv, min, until, later := sizeVerdict(j.p.Sizes.Symmetric, si.KeyBits, j.at); lv != "" {
				weak = append(weak, j.sizeReason(si.Cipher+j.t(" clé", " key"), si.KeyBits, lv, min, until, later))
				if lv == TLSLevelFail {
					weakCap = ""
				}
			}
		}
		if si.BlockBits > 0 {
			if lv, min, until, later := sizeVerdict(j.p.Sizes.Block, si.BlockBits, j.at); lv != "" {
				weak = append(weak, j.sizeReason(si.Cipher+j.t(" bloc", " block"), si.BlockBits, lv, min, until, later))
				if lv == TLSLevelFail {
					weakCap = ""
				}
			}
		}
		if len(weak) > 0 {
			hit("weak_ciphers", weakCap, strings.Join(weak, ", "))
		}
		if !si.forwardSecret() && !si.anonymous() {
			hit("forward_secrecy", "", j.t("sans confidentialité persistante (échange ", "no forward secrecy (")+si.Kex+j.t(")", " key exchange)"))
		}
		if si.Cipher != "NULL" && !containsFold(j.p.Ciphers.Algorithms, si.Cipher) {
			hit("cipher_algorithms", "", j.t("algorithme ", "algorithm ")+si.Cipher)
		}
		if !si.aead() && si.Cipher != "NULL" {
			switch {
			case si.Mode == "CBC" && j.p.Ciphers.CBCWithETM && etm != nil && *etm:
				// R10-: CBC with encrypt_then_mac is tolerated.
			case si.Mode == "CBC" && j.p.Ciphers.CBCWithETM && etm == nil:
				hit("aead", "", j.t("CBC, encrypt_then_mac non mesuré", "CBC, encrypt_then_mac not measured"))
			case si.Mode == "CBC" && j.p.Ciphers.CBCWithETM:
				hit("aead", "", j.t("CBC sans encrypt_then_mac", "CBC without encrypt_then_mac"))
			default:
				hit("aead", "", j.t("mode ", "mode ")+si.Mode+j.t(" (non AEAD)", " (not AEAD)"))
			}
		} else if si.Mode == "CCM_8" {
			hit("aead", "", j.t("CCM_8 (étiquette de 64 bits)", "CCM_8 (64-bit tag)"))
		}
	}
	if list, ok := j.p.Ciphers.Suites[version]; ok && !containsFold(list, si.Name) {
		hit("suite_allowlist", "", j.t("hors de la liste "+version+" du profil", "not in the profile's "+version+" list"))
	}
	// A suite to remove for its cipher (anonymous, weak, or an algorithm
	// outside the list) is not reported again for its mode or algorithm:
	// removing it fixes those too. Key exchange and allow-list stay apart.
	has := map[string]bool{}
	for _, h := range hits {
		has[h.key] = true
	}
	kept := hits[:0]
	for _, h := range hits {
		switch {
		case h.key == "cipher_algorithms" && (has["anonymous"] || has["weak_ciphers"]):
		case h.key == "aead" && (has["anonymous"] || has["weak_ciphers"] || has["cipher_algorithms"]):
		default:
			kept = append(kept, h)
		}
	}
	return kept
}

// sizeReason words a size verdict: "clé 112 bits < 128" or "bloc 64 bits,
// admis jusqu'au 2025-12-31".
func (j *tlsJudge) sizeReason(what string, bits int, level string, min int, until string, later int) string {
	if level == TLSLevelFail {
		return fmt.Sprintf("%s %d bits < %d", what, bits, min)
	}
	return fmt.Sprintf(j.t("%s %d bits, admis jusqu'au %s seulement (≥ %d ensuite)", "%s %d bits, acceptable only until %s (≥ %d afterwards)"), what, bits, until, later)
}

// judgeSuites reports the accepted suites by broken rule: one finding per
// rule ID and level, listing each suite once with its versions and every
// reason it breaks that rule.
func (j *tlsJudge) judgeSuites(out *[]tlsFinding, src string, f *tlsprobe.Facts) {
	type entry struct {
		suite    string
		versions []string
		reasons  []string
	}
	type group struct {
		rule, level string
		keys        []string
		entries     []*entry
		bySuite     map[string]*entry
	}
	var groups []*group
	find := func(rule, level string) *group {
		for _, g := range groups {
			if g.rule == rule && g.level == level {
				return g
			}
		}
		g := &group{rule: rule, level: level, bySuite: map[string]*entry{}}
		groups = append(groups, g)
		return g
	}
	total := 0
	for _, v := range suiteVersions(f) {
		for _, s := range f.CipherSuites[v] {
			total++
			for _, h := range j.suiteVerdicts(v, classifySuite(s), f.Extensions.EncryptThenMAC) {
				g := find(j.p.rule(h.key).ID, h.level)
				if !containsFold(g.keys, h.key) {
					g.keys = append(g.keys, h.key)
				}
				e, ok := g.bySuite[s]
				if !ok {
					e = &entry{suite: s}
					g.bySuite[s] = e
					g.entries = append(g.entries, e)
				}
				if !containsFold(e.versions, v) {
					e.versions = append(e.versions, v)
				}
				if !containsFold(e.reasons, h.reason) {
					e.reasons = append(e.reasons, h.reason)
				}
			}
		}
	}
	if total == 0 && f.KeyExchange.StaticRSA {
		// The probe saw static RSA without listing suites.
		j.add(out, "forward_secrecy", "", src, j.t("échange de clés RSA statique accepté", "static RSA key exchange accepted"),
			j.t("ECDHE ou DHE uniquement", "ECDHE or DHE only"), "key_exchange.static_rsa: true")
	}
	for _, g := range groups {
		var parts []string
		for _, e := range g.entries {
			parts = append(parts, fmt.Sprintf("%s (%s ; %s)", e.suite, strings.Join(e.versions, ", "), strings.Join(e.reasons, ", ")))
		}
		sort.SliceStable(g.keys, func(a, b int) bool {
			ia, _ := tlsRuleIndex(g.keys[a])
			ib, _ := tlsRuleIndex(g.keys[b])
			return ia < ib
		})
		var expected string
		if containsFold(g.keys, "suite_allowlist") {
			expected = j.suiteExpected("suite_allowlist")
		} else {
			for _, k := range g.keys {
				expected = joinUnique(expected, j.suiteExpected(k), " ; ")
			}
		}
		*out = append(*out, tlsFinding{key: g.keys[0], extraKeys: g.keys[1:], rule: g.rule, level: g.level, source: src,
			observed: clip(j.t("suites acceptées : ", "suites accepted: ")+strings.Join(parts, ", "), 1200),
			expected: expected,
			excerpt:  clip(suiteExcerpt(f), 240)})
	}
}

func (j *tlsJudge) suiteExpected(key string) string {
	switch key {
	case "anonymous":
		return j.t("serveur toujours authentifié (aucune suite aNULL)", "server always authenticated (no aNULL suite)")
	case "weak_ciphers":
		cur, _ := stepAt(j.p.Sizes.Symmetric, j.at)
		blk, _ := stepAt(j.p.Sizes.Block, j.at)
		return fmt.Sprintf(j.t("ni NULL, ni export, ni RC4 ; clés ≥ %d bits, blocs ≥ %d bits", "no NULL, export or RC4; keys ≥ %d bits, blocks ≥ %d bits"), cur.Min, blk.Min)
	case "forward_secrecy":
		return j.t("échange de clés éphémère (ECDHE, DHE) pour toutes les suites", "ephemeral key exchange (ECDHE, DHE) for every suite")
	case "cipher_algorithms":
		return j.t("algorithmes ", "algorithms ") + strings.Join(j.p.Ciphers.Algorithms, ", ")
	case "aead":
		if j.p.Ciphers.CBCWithETM {
			return j.t("suites AEAD (GCM, CCM, ChaCha20-Poly1305) ; CBC seulement avec encrypt_then_mac", "AEAD suites (GCM, CCM, ChaCha20-Poly1305); CBC only with encrypt_then_mac")
		}
		return j.t("suites AEAD uniquement (GCM, CCM, ChaCha20-Poly1305)", "AEAD suites only (GCM, CCM, ChaCha20-Poly1305)")
	case "suite_allowlist":
		var parts []string
		for _, v := range sortedVersions(j.p.Ciphers.Suites) {
			parts = append(parts, v+": "+strings.Join(j.p.Ciphers.Suites[v], ", "))
		}
		return clip(j.t("uniquement ", "only ")+strings.Join(parts, " ; "), 900)
	}
	return ""
}

func (j *tlsJudge) judgeKeyExchange(out *[]tlsFinding, src string, f *tlsprobe.Facts) {
	kx := f.KeyExchange
	excerpt := "groups: " + strings.Join(kx.Groups, " ")
	if kx.DHEBits > 0 {
		excerpt += fmt.Sprintf("; dhe_bits: %d", kx.DHEBits)
	}
	var notAllowed []string
	var ecFail, ecWarn []string
	type dhItem struct {
		what string
		bits int
	}
	var dhs []dhItem
	for _, g := range kx.Groups {
		info, ok := lookupGroup(g)
		if !ok || !containsFold(j.p.Groups, info.name) {
			notAllowed = append(notAllowed, g)
		}
		if !ok {
			continue
		}
		if info.ecBits > 0 {
			if lv, min, until, later := sizeVerdict(j.p.Sizes.EC, info.ecBits, j.at); lv == TLSLevelFail {
				ecFail = append(ecFail, fmt.Sprintf("%s (%d bits < %d)", g, info.ecBits, min))
			} else if lv == TLSLevelWarn {
				ecWarn = append(ecWarn, g+" "+j.sizeReason("", info.ecBits, lv, min, until, later))
			}
		}
		if info.dhBits > 0 {
			dhs = append(dhs, dhItem{g, info.dhBits})
		}
	}
	if len(notAllowed) > 0 {
		j.add(out, "groups", "", src, j.t("groupes acceptés hors liste : ", "groups accepted outside the list: ")+strings.Join(notAllowed, ", "),
			j.t("uniquement ", "only ")+strings.Join(j.p.Groups, ", "), excerpt)
	}
	if len(ecFail) > 0 {
		cur, _ := stepAt(j.p.Sizes.EC, j.at)
		j.add(out, "ec_size", "", src, j.t("courbes trop petites : ", "curves too small: ")+strings.Join(ecFail, ", "),
			fmt.Sprintf(j.t("sous-groupe d'ordre ≥ %d bits", "subgroup order ≥ %d bits"), cur.Min), excerpt)
	}
	if len(ecWarn) > 0 {
		j.add(out, "ec_size", TLSLevelWarn, src, strings.Join(ecWarn, ", "), j.t("courbes suffisantes après l'échéance", "curves still sufficient after the deadline"), excerpt)
	}
	if kx.DHEBits > 0 {
		dhs = append([]dhItem{{"DHE", kx.DHEBits}}, dhs...)
	}
	for _, d := range dhs {
		lv, min, until, later := sizeVerdict(j.p.Sizes.DH, d.bits, j.at)
		if lv == "" {
			continue
		}
		j.add(out, "dh_size", lv, src, d.what+" "+j.sizeObserved(d.bits, lv, until),
			j.sizeExpected(lv, min, until, later), excerpt)
	}
}

// sizeObserved words a key size for evidence.
func (j *tlsJudge) sizeObserved(bits int, level, until string) string {
	if level == TLSLevelWarn {
		return fmt.Sprintf(j.t("%d bits : admis jusqu'au %s seulement", "%d bits: acceptable only until %s"), bits, until)
	}
	return fmt.Sprintf("%d bits", bits)
}

func (j *tlsJudge) sizeExpected(level string, min int, until string, later int) string {
	if level == TLSLevelWarn {
		return fmt.Sprintf(j.t("≥ %d bits après le %s", "≥ %d bits after %s"), later, until)
	}
	s := fmt.Sprintf("≥ %d bits", min)
	if later > 0 {
		s += fmt.Sprintf(j.t(" (≥ %d bits après le %s)", " (≥ %d bits after %s)"), later, until)
	}
	return s
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
		clip(c.Subject, 80), clip(c.Issuer, 80), key, c.SignatureAlgorithm,
		c.NotBefore.UTC().Format("2006-01-02"), c.NotAfter.UTC().Format("2006-01-02"),
		clip(strings.Join(append(append([]string{}, c.DNSNames...), c.IPAddresses...), ","), 80))
}

func (j *tlsJudge) judgeCertificates(out *[]tlsFinding, src string, f *tlsprobe.Facts) {
	if len(f.Certificates) == 0 {
		return
	}
	leaf := f.Certificates[0]
	lx := certExcerpt(leaf)
	// Keys and signatures: the leaf, and the intermediates sent (a
	// self-signed trust anchor's own key and signature are not judged).
	for i, c := range f.Certificates {
		if i > 0 && c.SelfSigned {
			continue
		}
		role := j.t("certificat", "certificate")
		if i > 0 {
			role = j.t("intermédiaire", "intermediate")
		}
		name := role + " " + certName(c)
		cx := certExcerpt(c)
		switch c.KeyType {
		case "RSA":
			if lv, min, until, later := sizeVerdict(j.p.Sizes.RSA, c.KeyBits, j.at); lv != "" && c.KeyBits > 0 {
				j.add(out, "rsa_size", lv, src, name+" : RSA "+j.sizeObserved(c.KeyBits, lv, until), j.sizeExpected(lv, min, until, later), cx)
			}
			if i == 0 && c.RSAExponent > 0 && c.RSAExponent < j.p.Sizes.RSAExponent {
				j.add(out, "rsa_exponent", "", src, fmt.Sprintf("%s : %s %d", name, j.t("exposant public", "public exponent"), c.RSAExponent),
					fmt.Sprintf("≥ %d", j.p.Sizes.RSAExponent), cx)
			}
		case "ECDSA":
			info, ok := lookupGroup(c.Curve)
			if i == 0 && (!ok || !containsFold(j.p.Certificate.Curves, info.name)) {
				j.add(out, "cert_curve", "", src, fmt.Sprintf("%s : %s %s", name, j.t("courbe", "curve"), orUnknown(c.Curve, j.lang)),
					j.t("courbes ", "curves ")+strings.Join(j.p.Certificate.Curves, ", "), cx)
			}
			if ok && info.ecBits > 0 {
				if lv, min, until, later := sizeVerdict(j.p.Sizes.EC, info.ecBits, j.at); lv != "" {
					j.add(out, "ec_size", lv, src, fmt.Sprintf("%s : %s (%s)", name, c.Curve, j.sizeObserved(info.ecBits, lv, until)), j.sizeExpected(lv, min, until, later), cx)
				}
			}
		}
		if i == 0 && !containsFold(j.p.Certificate.KeyTypes, canonicalKeyType(c.KeyType)) {
			j.add(out, "cert_key_type", "", src, fmt.Sprintf("%s : %s %s", name, j.t("clé", "key"), orUnknown(c.KeyType, j.lang)),
				j.t("clé ", "key ")+strings.Join(j.p.Certificate.KeyTypes, ", "), cx)
		}
		fam, bits := sigHash(c.SignatureAlgorithm)
		switch {
		case fam == "":
			j.add(out, "cert_signature", TLSLevelWarn, src, fmt.Sprintf("%s : %s %q", name, j.t("algorithme de signature non reconnu", "unrecognised signature algorithm"), c.SignatureAlgorithm),
				j.t("signature SHA-2 (SHA-256 ou plus)", "SHA-2 signature (SHA-256 or stronger)"), cx)
		case fam != "sha2" && fam != "eddsa":
			j.add(out, "cert_signature", "", src, fmt.Sprintf("%s : %s %s", name, j.t("signé", "signed"), c.SignatureAlgorithm),
				j.t("signature SHA-2 (SHA-256 ou plus)", "SHA-2 signature (SHA-256 or stronger)"), cx)
		default:
			if lv, min, until, later := sizeVerdict(j.p.Sizes.Hash, bits, j.at); lv != "" {
				j.add(out, "cert_hash_size", lv, src, fmt.Sprintf("%s : %s %s (%d bits)", name, j.t("signé", "signed"), c.SignatureAlgorithm, bits),
					j.sizeExpected(lv, min, until, later), cx)
			}
		}
	}
	// Validity at the reference date.
	const day = "2006-01-02"
	if !leaf.NotAfter.IsZero() && j.at.After(leaf.NotAfter) {
		j.add(out, "cert_expired", "", src, fmt.Sprintf(j.t("expiré depuis le %s", "expired on %s"), leaf.NotAfter.UTC().Format(day)),
			fmt.Sprintf(j.t("valide au %s", "valid on %s"), j.at.UTC().Format(day)), lx)
	} else if !leaf.NotBefore.IsZero() && j.at.Before(leaf.NotBefore) {
		j.add(out, "cert_not_yet_valid", "", src, fmt.Sprintf(j.t("valide seulement à partir du %s", "valid only from %s"), leaf.NotBefore.UTC().Format(day)),
			fmt.Sprintf(j.t("valide au %s", "valid on %s"), j.at.UTC().Format(day)), lx)
	} else if d := j.p.Certificate.ExpiryWarningDays; d > 0 && !leaf.NotAfter.IsZero() && leaf.NotAfter.Before(j.at.AddDate(0, 0, d)) {
		left := int(math.Ceil(leaf.NotAfter.Sub(j.at).Hours() / 24))
		j.add(out, "cert_expires_soon", "", src, fmt.Sprintf(j.t("expire le %s (dans %d jours)", "expires on %s (in %d days)"), leaf.NotAfter.UTC().Format(day), left),
			fmt.Sprintf(j.t("plus de %d jours de validité restante", "more than %d days of validity left"), d), lx)
	}
	// Identity and trust.
	san := append(append([]string{}, leaf.DNSNames...), leaf.IPAddresses...)
	switch {
	case len(san) == 0:
		j.add(out, "cert_hostname", "", src, j.t("aucun subjectAltName dans le certificat", "no subjectAltName in the certificate"),
			j.t("subjectAltName contenant le nom du service", "a subjectAltName holding the service name"), lx)
	case f.Chain.NameChecked != "" && !f.Chain.HostnameMatch:
		j.add(out, "cert_hostname", "", src, fmt.Sprintf(j.t("%s absent de subjectAltName (%s)", "%s not in subjectAltName (%s)"), f.Chain.NameChecked, clip(strings.Join(san, ", "), 200)),
			fmt.Sprintf(j.t("subjectAltName couvrant %s", "subjectAltName covering %s"), f.Chain.NameChecked), lx)
	}
	if !f.Chain.Trusted {
		roots := f.Chain.Roots
		if roots == "" {
			roots = "system"
		}
		obs := j.t("chaîne non reconnue", "chain not trusted")
		if f.Chain.TrustError != "" {
			obs += " : " + clip(f.Chain.TrustError, 200)
		}
		j.add(out, "cert_trust", "", src, obs,
			fmt.Sprintf(j.t("chaîne jusqu'à une racine de confiance (%s ; --ca pour l'AC de l'établissement)", "a chain to a trusted root (%s; --ca for the hospital's CA)"), roots), lx)
	}
	var chainIssues []string
	if !f.Chain.Complete {
		chainIssues = append(chainIssues, j.t("intermédiaires manquants", "intermediates missing"))
	}
	if !f.Chain.InOrder && len(f.Certificates) > 1 {
		chainIssues = append(chainIssues, j.t("certificats dans le désordre", "certificates out of order"))
	}
	if len(chainIssues) > 0 {
		j.add(out, "cert_chain", "", src, fmt.Sprintf(j.t("chaîne envoyée (%d certificats) : %s", "chain sent (%d certificates): %s"), len(f.Certificates), strings.Join(chainIssues, ", ")),
			j.t("chaîne complète, feuille d'abord, chaque certificat signé par le suivant", "complete chain, leaf first, each certificate signed by the next"), lx)
	}
	// Lifetime (R25).
	if steps := j.p.Certificate.MaxLifetime; len(steps) > 0 && !leaf.NotBefore.IsZero() && !leaf.NotAfter.IsZero() {
		days := leaf.LifetimeDays
		if days <= 0 {
			days = int(math.Ceil(leaf.NotAfter.Sub(leaf.NotBefore).Hours() / 24))
		}
		max := steps[len(steps)-1].MaxDays
		for _, st := range steps {
			if st.IssuedBefore == "" {
				max = st.MaxDays
				break
			}
			if d, err := parseProfileDate(st.IssuedBefore); err == nil && leaf.NotBefore.Before(d) {
				max = st.MaxDays
				break
			}
		}
		if days > max {
			j.add(out, "cert_lifetime", "", src, fmt.Sprintf(j.t("validité de %d jours (émis le %s)", "valid for %d days (issued %s)"), days, leaf.NotBefore.UTC().Format(day)),
				fmt.Sprintf(j.t("≤ %d jours", "≤ %d days"), max), lx)
		}
	}
	// Extensions of the leaf (R27, R28, R32, R33).
	var ku []string
	switch {
	case len(leaf.KeyUsage) == 0:
		ku = append(ku, j.t("KeyUsage absent", "no KeyUsage"))
	default:
		if !leaf.KeyUsageCritical {
			ku = append(ku, j.t("KeyUsage non critique", "KeyUsage not critical"))
		}
		if !containsFold(leaf.KeyUsage, "digitalSignature") && !containsFold(leaf.KeyUsage, "keyEncipherment") {
			ku = append(ku, j.t("ni digitalSignature ni keyEncipherment", "neither digitalSignature nor keyEncipherment")+" ("+strings.Join(leaf.KeyUsage, ", ")+")")
		}
	}
	if len(ku) > 0 {
		j.add(out, "cert_key_usage", "", src, strings.Join(ku, ", "),
			j.t("KeyUsage critique avec digitalSignature et/ou keyEncipherment", "critical KeyUsage with digitalSignature and/or keyEncipherment"), lx)
	}
	if !containsFold(leaf.ExtKeyUsage, "serverAuth") && !containsFold(leaf.ExtKeyUsage, "any") {
		obs := j.t("ExtendedKeyUsage absent", "no ExtendedKeyUsage")
		if len(leaf.ExtKeyUsage) > 0 {
			obs = "ExtendedKeyUsage " + strings.Join(leaf.ExtKeyUsage, ", ")
		}
		j.add(out, "cert_ext_key_usage", "", src, obs, "ExtendedKeyUsage serverAuth", lx)
	}
	if !leaf.SelfSigned && leaf.AuthorityKeyID == "" {
		j.add(out, "cert_aki", "", src, j.t("AuthorityKeyIdentifier absent", "no AuthorityKeyIdentifier"),
			j.t("AuthorityKeyIdentifier présent", "AuthorityKeyIdentifier present"), lx)
	}
	if !leaf.SelfSigned && len(leaf.CRLDistribution) == 0 && len(leaf.OCSPServers) == 0 {
		j.add(out, "cert_revocation", "", src, j.t("ni CRLDistributionPoints ni OCSP dans AIA", "neither CRLDistributionPoints nor OCSP in AIA"),
			j.t("point de distribution de CRL ou accès OCSP", "a CRL distribution point or OCSP access"), lx)
	}
	if s := f.Extensions.OCSPStapling; s != nil && !*s && len(leaf.OCSPServers) > 0 {
		j.add(out, "ocsp_stapling", "", src, j.t("réponse OCSP non agrafée (l'AC publie pourtant un répondeur OCSP)", "no stapled OCSP response (the CA runs an OCSP responder)"),
			j.t("agrafage OCSP (status_request)", "OCSP stapling (status_request)"), "ocsp: "+strings.Join(leaf.OCSPServers, " "))
	}
	if n := f.Extensions.SCTs; n != nil && *n == 0 && f.Chain.Trusted && (f.Chain.Roots == "" || f.Chain.Roots == "system") {
		j.add(out, "sct", "", src, j.t("aucun SCT (certificat d'une AC publique)", "no SCT (certificate from a public CA)"),
			j.t("au moins un SCT (Certificate Transparency)", "at least one SCT (Certificate Transparency)"), lx)
	}
}

func (j *tlsJudge) judgeExtensions(out *[]tlsFinding, src string, f *tlsprobe.Facts) {
	x := f.Extensions
	if c := strings.ToLower(x.Compression); c != "" && c != "null" && c != "none" {
		j.add(out, "compression", "", src, j.t("compression ", "compression ")+x.Compression+j.t(" acceptée", " accepted"),
			j.t("aucune compression", "no compression"), "compression: "+x.Compression)
	}
	if v := x.SecureRenegotiation; v != nil && !*v {
		j.add(out, "secure_renegotiation", "", src, j.t("extension renegotiation_info absente", "no renegotiation_info extension"),
			j.t("renégociation sécurisée (RFC 5746)", "secure renegotiation (RFC 5746)"), "secure_renegotiation: false")
	}
	if h := x.TicketLifetimeHint; h != nil && j.p.Session.MaxTicketLifetime > 0 && int64(*h) > int64(j.p.Session.MaxTicketLifetime) {
		j.add(out, "session_ticket_lifetime", "", src, fmt.Sprintf(j.t("durée de vie annoncée des tickets : %d s", "ticket lifetime hint: %d s"), *h),
			fmt.Sprintf("≤ %d s", j.p.Session.MaxTicketLifetime), fmt.Sprintf("ticket_lifetime_hint_s: %d", *h))
	}
	if v := x.ExtendedMasterSecret; v != nil && !*v {
		j.add(out, "extended_master_secret", "", src, j.t("extended_master_secret non négocié", "extended_master_secret not negotiated"),
			j.t("extended_master_secret (RFC 7627)", "extended_master_secret (RFC 7627)"), "extended_master_secret: false")
	}
	if v := x.FallbackSCSV; v != nil && !*v && len(f.Protocols) > 1 {
		j.add(out, "fallback_scsv", "", src, j.t("repli de version accepté malgré TLS_FALLBACK_SCSV", "version fallback accepted despite TLS_FALLBACK_SCSV"),
			j.t("alerte inappropriate_fallback (RFC 7507)", "inappropriate_fallback alert (RFC 7507)"), "fallback_scsv: false")
	}
	if v := x.Heartbeat; v != nil && *v {
		j.add(out, "heartbeat", "", src, j.t("extension heartbeat acceptée", "heartbeat extension accepted"),
			j.t("extension heartbeat refusée", "heartbeat extension refused"), "heartbeat: true")
	}
	var clientOrder []string
	for _, v := range sortedVersionsBool(f.ServerOrder) {
		if !f.ServerOrder[v] && len(f.CipherSuites[v]) > 1 {
			clientOrder = append(clientOrder, v)
		}
	}
	if len(clientOrder) > 0 {
		j.add(out, "server_order", "", src, j.t("le client choisit la suite en ", "the client picks the suite in ")+strings.Join(clientOrder, ", "),
			j.t("ordre de préférence du serveur imposé", "the server's preference order wins"), "server_order: "+strings.Join(clientOrder, " ")+" false")
	}
}

func (j *tlsJudge) judgeHSTS(out *[]tlsFinding, src string, f *tlsprobe.Facts) {
	h := f.HTTP
	if h == nil || h.HTTPSStatus == 0 {
		return
	}
	exp := fmt.Sprintf(j.t("Strict-Transport-Security avec max-age ≥ %d", "Strict-Transport-Security with max-age ≥ %d"), j.p.HSTS.MinMaxAge)
	switch {
	case strings.TrimSpace(h.HSTS) == "":
		j.add(out, "hsts", "", src, fmt.Sprintf(j.t("en-tête Strict-Transport-Security absent (HTTP %d)", "no Strict-Transport-Security header (HTTP %d)"), h.HTTPSStatus), exp,
			fmt.Sprintf("GET / -> %d", h.HTTPSStatus))
	case h.HSTSMaxAge < j.p.HSTS.MinMaxAge:
		j.add(out, "hsts", "", src, fmt.Sprintf("max-age=%d", h.HSTSMaxAge), exp, "Strict-Transport-Security: "+clip(h.HSTS, 200))
	}
}

// plainHTTP judges a plain-HTTP web endpoint: only a redirect to https://
// is acceptable. ok is false when nothing tells how it answered.
func (j *tlsJudge) plainHTTP(src string, status int, redirectsHTTPS bool, location, from string) (*tlsFinding, Evidence, bool) {
	if status == 0 {
		return nil, Evidence{}, false
	}
	ex := fmt.Sprintf("%s: HTTP %d", from, status)
	if location != "" {
		ex += " Location: " + clip(location, 160)
	}
	r := j.p.rule("https_redirect")
	expected := j.t("redirection (3xx) vers https://", "a redirect (3xx) to https://")
	if redirectsHTTPS || (status >= 300 && status < 400 && strings.HasPrefix(strings.ToLower(location), "https://")) {
		return nil, Evidence{Rule: r.ID, Source: src, Observed: fmt.Sprintf(j.t("HTTP %d vers %s", "HTTP %d to %s"), status, clip(location, 160)),
			Expected: expected, Excerpt: ex}, true
	}
	var obs string
	capLevel := ""
	switch {
	case status == 401:
		obs = j.t("HTTP 401 en clair : authentification demandée sans TLS", "HTTP 401 in clear: authentication asked without TLS")
	case status >= 200 && status < 300:
		obs = fmt.Sprintf(j.t("contenu servi en clair (HTTP %d) sans redirection vers HTTPS", "content served in clear (HTTP %d) without a redirect to HTTPS"), status)
	case status >= 300 && status < 400:
		obs = fmt.Sprintf(j.t("redirection HTTP %d vers %s, pas vers https://", "HTTP %d redirect to %s, not to https://"), status, orUnknown(clip(location, 160), j.lang))
	default:
		obs = fmt.Sprintf(j.t("HTTP en clair répond %d sans redirection vers HTTPS", "plain HTTP answers %d without a redirect to HTTPS"), status)
		capLevel = TLSLevelWarn
	}
	var fs []tlsFinding
	j.add(&fs, "https_redirect", capLevel, src, obs, expected, ex)
	if len(fs) == 0 {
		return nil, Evidence{Rule: r.ID, Source: src, Observed: obs, Expected: expected, Excerpt: ex}, true
	}
	return &fs[0], Evidence{}, true
}

// discoveryHTTP reads the status and Location of the answer discovery got
// to its HEAD request ("HTTP/1.1 301 Moved\nLocation: https://...").
func discoveryHTTP(p discovery.Port) (int, string) {
	if !strings.HasPrefix(p.Response, "HTTP/") {
		return 0, ""
	}
	lines := strings.Split(p.Response, "\n")
	fields := strings.Fields(lines[0])
	if len(fields) < 2 {
		return 0, ""
	}
	status, err := strconv.Atoi(fields[1])
	if err != nil || status < 100 || status > 999 {
		return 0, ""
	}
	loc := ""
	for _, l := range lines[1:] {
		if k, v, ok := strings.Cut(l, ":"); ok && strings.EqualFold(strings.TrimSpace(k), "location") {
			loc = strings.TrimSpace(v)
			break
		}
	}
	return status, loc
}

// tlsSummaryEvidence describes what was measured on an endpoint that
// passed every rule.
func (j *tlsJudge) tlsSummaryEvidence(src string, f *tlsprobe.Facts, rule string) Evidence {
	n := 0
	for _, v := range f.CipherSuites {
		n += len(v)
	}
	parts := []string{strings.Join(f.Protocols, ", "), fmt.Sprintf(j.t("%d suites", "%d suites"), n)}
	if len(f.KeyExchange.Groups) > 0 {
		parts = append(parts, j.t("groupes ", "groups ")+strings.Join(f.KeyExchange.Groups, ", "))
	}
	if len(f.Certificates) > 0 {
		c := f.Certificates[0]
		key := c.KeyType
		if c.Curve != "" {
			key += " " + c.Curve
		} else if c.KeyBits > 0 {
			key += " " + strconv.Itoa(c.KeyBits)
		}
		parts = append(parts, fmt.Sprintf(j.t("certificat %s signé %s, valide jusqu'au %s", "certificate %s signed %s, valid until %s"),
			key, c.SignatureAlgorithm, c.NotAfter.UTC().Format("2006-01-02")))
	}
	if f.StartTLS != "" {
		parts = append(parts, "STARTTLS "+f.StartTLS)
	}
	return Evidence{Rule: rule, Source: src, Observed: strings.Join(parts, " ; "),
		Expected: fmt.Sprintf(j.t("conforme au profil %s", "compliant with profile %s"), j.p.Name),
		Excerpt:  clip(suiteExcerpt(f), 240)}
}

func suiteExcerpt(f *tlsprobe.Facts) string {
	var parts []string
	for _, v := range suiteVersions(f) {
		parts = append(parts, v+": "+strings.Join(f.CipherSuites[v], " "))
	}
	return strings.Join(parts, " | ")
}

// suiteVersions lists the versions with suites, oldest first.
func suiteVersions(f *tlsprobe.Facts) []string {
	return sortedVersions(f.CipherSuites)
}

func sortedVersions(m map[string][]string) []string {
	out := make([]string, 0, len(m))
	for v := range m {
		out = append(out, v)
	}
	sortProtocols(out)
	return out
}

func sortedVersionsBool(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for v := range m {
		out = append(out, v)
	}
	sortProtocols(out)
	return out
}

func sortProtocols(vs []string) {
	sort.SliceStable(vs, func(a, b int) bool {
		ra, rb := protocolRank(vs[a]), protocolRank(vs[b])
		if ra != rb {
			return ra < rb
		}
		return vs[a] < vs[b]
	})
}

func levelRank(l string) int {
	switch l {
	case TLSLevelFail:
		return 0
	case tlsLevelError:
		return 1
	case TLSLevelWarn:
		return 2
	}
	return 3
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

func orUnknown(s string, l Lang) string {
	if s == "" {
		return l.T("inconnu", "unknown")
	}
	return s
}

// clip cuts s to n runes with an ellipsis.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
