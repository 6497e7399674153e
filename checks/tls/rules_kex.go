package tls

import (
	"fmt"
	"strings"

	"conformscan/checks"
	tlsprobe "conformscan/probes/tls"
)

// kexRules judge the key exchange: groups and their sizes.
var kexRules = []tlsRuleDef{
	{
		key: "groups", source: "ANSSI-PA-035 R7, R7–", refs: refsTLS,
		titleFR: "groupes d'échange de clés hors de la liste admise", titleEN: "key-exchange groups outside the allowed list",
		observes: "a key-exchange group outside `groups` (ANSSI: P-256/384/521, X25519, X448, brainpool, their ML-KEM hybrids, ffdhe)",
		fix: fixText("Restreindre les groupes (nginx : ssl_ecdh_curve X25519:prime256v1:secp384r1;)",
			"Restrict the groups (nginx: ssl_ecdh_curve X25519:prime256v1:secp384r1;)"),
		judge: func(j *tlsJudge, in *ruleInput) []observation {
			var bad []string
			for _, g := range in.f.KeyExchange.Groups {
				if info, ok := lookupGroup(g); !ok || !containsFold(j.p.Groups, info.name) {
					bad = append(bad, g)
				}
			}
			if len(bad) == 0 {
				return nil
			}
			return found(j.t("groupes acceptés hors liste : ", "groups accepted outside the list: ")+strings.Join(bad, ", "),
				j.t("uniquement ", "only ")+strings.Join(j.p.Groups, ", "), kexExcerpt(in.f))
		},
	},
	{
		key: "dh_size", source: "RGS B1 successor (≥ 2048 until 2030, ≥ 3072 from 2031)", refs: refsTLS,
		titleFR: "groupe Diffie-Hellman trop petit", titleEN: "Diffie-Hellman group too small",
		observes: "DHE prime size (`key_exchange.dhe_bits`) or ffdhe group below `sizes.dh` at the date",
		fix: func(p *TLSProfile, _ string, l checks.Lang) string {
			n := strictest(p.Sizes.DH)
			return l.T(fmt.Sprintf("Utiliser un groupe DH d'au moins %d bits (nginx : ssl_dhparam ffdhe%d.pem) ou n'accepter que ECDHE", n, ffdheFor(n)),
				fmt.Sprintf("Use a DH group of at least %d bits (nginx: ssl_dhparam ffdhe%d.pem) or accept only ECDHE", n, ffdheFor(n)))
		},
		judge: func(j *tlsJudge, in *ruleInput) []observation {
			kx := in.f.KeyExchange
			var dhs []namedSize
			if kx.DHEBits > 0 {
				dhs = append(dhs, namedSize{"DHE", kx.DHEBits})
			}
			for _, g := range kx.Groups {
				if info, ok := lookupGroup(g); ok && info.dhBits > 0 {
					dhs = append(dhs, namedSize{g, info.dhBits})
				}
			}
			var out []observation
			for _, d := range dhs {
				if s, ok := j.size(j.p.Sizes.DH, d.bits); ok {
					out = append(out, observation{capLevel: s.level, observed: d.name + " " + s.observed, expected: s.expected, excerpt: kexExcerpt(in.f)})
				}
			}
			return out
		},
	},
	{
		key: "ec_size", source: "RGS B1 successor (≥ 250 bits)", refs: refsTLS,
		titleFR: "courbe elliptique trop petite", titleEN: "elliptic curve too small",
		observes: "a group's or the certificate's curve with a subgroup order below `sizes.ec` (P-192, P-224, sect163...)",
		fix: fixText("N'utiliser que des courbes d'au moins 256 bits (X25519, P-256, P-384)",
			"Use only curves of at least 256 bits (X25519, P-256, P-384)"),
		judge: func(j *tlsJudge, in *ruleInput) []observation {
			out := j.groupCurveSizes(in.f)
			for _, c := range in.certs {
				info, ok := lookupGroup(c.Curve)
				if c.KeyType != "ECDSA" || !ok || info.ecBits == 0 {
					continue
				}
				if s, ok := j.size(j.p.Sizes.EC, info.ecBits); ok {
					out = append(out, observation{capLevel: s.level, observed: fmt.Sprintf("%s : %s (%s)", c.name, c.Curve, s.observed),
						expected: s.expected, excerpt: c.excerpt})
				}
			}
			return out
		},
	},
}

// namedSize is the size of a named group or key.
type namedSize struct {
	name string
	bits int
}

// groupCurveSizes judges the curves of the key-exchange groups: one
// observation for those too small now, one for those that expire later.
func (j *tlsJudge) groupCurveSizes(f *tlsprobe.Facts) []observation {
	var fail, warn []string
	for _, g := range f.KeyExchange.Groups {
		info, ok := lookupGroup(g)
		if !ok || info.ecBits == 0 {
			continue
		}
		switch lv, min, until, later := sizeVerdict(j.p.Sizes.EC, info.ecBits, j.at); lv {
		case TLSLevelFail:
			fail = append(fail, fmt.Sprintf("%s (%d bits < %d)", g, info.ecBits, min))
		case TLSLevelWarn:
			warn = append(warn, g+" "+j.sizeReason("", info.ecBits, lv, min, until, later))
		}
	}
	var out []observation
	if len(fail) > 0 {
		cur, _ := stepAt(j.p.Sizes.EC, j.at)
		out = append(out, observation{observed: j.t("courbes trop petites : ", "curves too small: ") + strings.Join(fail, ", "),
			expected: fmt.Sprintf(j.t("sous-groupe d'ordre ≥ %d bits", "subgroup order ≥ %d bits"), cur.Min), excerpt: kexExcerpt(f)})
	}
	if len(warn) > 0 {
		out = append(out, observation{capLevel: TLSLevelWarn, observed: strings.Join(warn, ", "),
			expected: j.t("courbes suffisantes après l'échéance", "curves still sufficient after the deadline"), excerpt: kexExcerpt(f)})
	}
	return out
}

func kexExcerpt(f *tlsprobe.Facts) string {
	s := "groups: " + strings.Join(f.KeyExchange.Groups, " ")
	if f.KeyExchange.DHEBits > 0 {
		s += fmt.Sprintf("; dhe_bits: %d", f.KeyExchange.DHEBits)
	}
	return s
}
