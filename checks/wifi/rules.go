package wifi

import (
	"fmt"
	"strings"

	"conformscan/checks"
	"conformscan/probes/wifi"
)

// verdict is what one rule says of one BSS; a zero status means the rule
// does not apply to it.
type verdict struct {
	status checks.Status
	fr, en string
}

// rule is a judged rule: its metadata and a small judging function.
type rule struct {
	checks.Rule
	expectFR, expectEN string
	judge              func(b *wifi.BSS) verdict
}

const (
	srcRSN   = "IEEE 802.11-2020 §9.4.2.24 (RSNE), §12.6; docs wifi.md; grid ref 9.1"
	srcAKM   = "IEEE 802.11-2020 table 9-151 (AKM suites); IEEE 802.1X-2020; docs wifi.md; grid ref 9.2"
	srcEAP   = "IANA EAP method types; RFC 3748, RFC 5216 (EAP-TLS), RFC 7170; docs wifi.md; grid ref 9.2"
	remWPA2  = "Configurer le SSID en WPA2 (AES-CCMP) minimum, WPA3 si les terminaux le permettent ; retirer WEP, WPA et TKIP de chaque point d'accès."
	remWPA2E = "Configure the SSID for WPA2 (AES-CCMP) at least, WPA3 where clients allow; remove WEP, WPA and TKIP from every access point."
)

func pass(fr, en string) verdict { return verdict{checks.StatusPass, fr, en} }
func fail(fr, en string) verdict { return verdict{checks.StatusFail, fr, en} }
func warn(fr, en string) verdict { return verdict{checks.StatusWarn, fr, en} }

// encrypted tells whether the BSS has an RSN or WPA element.
func encrypted(b *wifi.BSS) bool { return b.RSN != nil || b.WPA != nil }

// wpa2Rule is a 9.1 rule whose remedy is WPA2 or later.
func wpa2Rule(key, id, titleFR, titleEN, expectFR, expectEN string, judge func(b *wifi.BSS) verdict) rule {
	return rule{Rule: checks.Rule{Key: key, ID: id, Source: srcRSN, Refs: []string{"9.1"}, TitleFR: titleFR, TitleEN: titleEN,
		RemediationFR: remWPA2, RemediationEN: remWPA2E}, expectFR: expectFR, expectEN: expectEN, judge: judge}
}

// rules91 are the rules of ref 9.1 (encryption), in judging order.
func rules91() []rule {
	return []rule{
		wpa2Rule("wifi/open", "WIFI-OPEN", "Aucun réseau ouvert (sans chiffrement)", "No open (unencrypted) network",
			"élément RSN (WPA2/WPA3)", "an RSN element (WPA2/WPA3)", func(b *wifi.BSS) verdict {
				if !encrypted(b) && !b.Privacy {
					return fail("réseau ouvert : aucun chiffrement", "open network: no encryption")
				}
				return verdict{}
			}),
		wpa2Rule("wifi/wep", "WIFI-WEP", "Pas de WEP", "No WEP", "WPA2 ou WPA3", "WPA2 or WPA3", func(b *wifi.BSS) verdict {
			if !encrypted(b) && b.Privacy || hasCipher(b, wifi.CipherWEP) {
				return fail("WEP (cassé en quelques minutes)", "WEP (broken in minutes)")
			}
			return verdict{}
		}),
		wpa2Rule("wifi/wpa1-only", "WIFI-WPA1", "Pas de WPA (version 1) seul", "No WPA (version 1) only",
			"élément RSN (WPA2 ou plus)", "an RSN element (WPA2 or later)", func(b *wifi.BSS) verdict {
				if b.WPA != nil && b.RSN == nil {
					return fail("WPA version 1 seulement, sans RSN", "WPA version 1 only, no RSN")
				}
				return verdict{}
			}),
		wpa2Rule("wifi/tkip", "WIFI-TKIP", "Pas de TKIP (chiffrement par paire ou de groupe)", "No TKIP (pairwise or group cipher)",
			"CCMP ou GCMP seulement", "CCMP or GCMP only", func(b *wifi.BSS) verdict {
				if hasCipher(b, wifi.CipherTKIP) {
					return fail("TKIP offert (par paire : "+list(b.Pairwise)+" ; groupe : "+b.Group+")",
						"TKIP offered (pairwise: "+list(b.Pairwise)+"; group: "+b.Group+")")
				}
				return verdict{}
			}),
		ruleMalformed(),
		ruleOWE(),
		rulePMF(),
	}
}

func ruleMalformed() rule {
	return rule{Rule: checks.Rule{Key: "wifi/malformed", ID: "WIFI-MALFORMED", Source: srcRSN, Refs: []string{"9.1", "9.2"},
		TitleFR: "Éléments de sécurité bien formés", TitleEN: "Well-formed security elements",
		RemediationFR: "Mettre à jour le micrologiciel du point d'accès ; refaire la capture si elle est abîmée.",
		RemediationEN: "Update the access point's firmware; capture again if the capture is damaged."},
		expectFR: "éléments RSN/WPA lisibles", expectEN: "readable RSN/WPA elements",
		judge: func(b *wifi.BSS) verdict {
			if len(b.Malformed) > 0 {
				m := strings.Join(b.Malformed, "; ")
				return verdict{checks.StatusError, "élément mal formé, sécurité non prouvée : " + m, "malformed element, security not proven: " + m}
			}
			return verdict{}
		}}
}

func ruleOWE() rule {
	return rule{Rule: checks.Rule{Key: "wifi/owe", ID: "WIFI-OWE", Source: srcRSN + "; RFC 8110 (OWE)", Refs: []string{"9.1"},
		TitleFR: "OWE chiffre sans authentifier", TitleEN: "OWE encrypts without authenticating",
		RemediationFR: "Réserver OWE aux réseaux invités ; WPA2/WPA3-Enterprise pour tout réseau interne.",
		RemediationEN: "Keep OWE for guest networks; WPA2/WPA3-Enterprise for every internal network."},
		expectFR: "AKM authentifiant (802.1X, SAE)", expectEN: "an authenticating AKM (802.1X, SAE)",
		judge: func(b *wifi.BSS) verdict {
			if onlyClass(b, wifi.ClassOWE) {
				return warn("OWE (Enhanced Open) : chiffré mais sans authentification", "OWE (Enhanced Open): encrypted but unauthenticated")
			}
			return verdict{}
		}}
}

func rulePMF() rule {
	return rule{Rule: checks.Rule{Key: "wifi/pmf", ID: "WIFI-PMF", Source: srcRSN + " (MFPC/MFPR, §12.6.19)", Refs: []string{"9.1"},
		TitleFR: "Trames de gestion protégées (PMF, 802.11w)", TitleEN: "Protected management frames (PMF, 802.11w)",
		RemediationFR: "Activer PMF (802.11w) : « requis » en WPA3, au moins « capable » en WPA2.",
		RemediationEN: "Enable PMF (802.11w): required with WPA3, at least capable with WPA2."},
		expectFR: "PMF requis (WPA3) ou capable (WPA2)", expectEN: "PMF required (WPA3) or capable (WPA2)",
		judge: func(b *wifi.BSS) verdict {
			if b.RSN == nil {
				return verdict{}
			}
			mfp := b.RSN.MFP()
			switch {
			case wpa3(b) && mfp != "required":
				return warn("AKM WPA3 sans PMF requis (PMF : "+mfp+")", "WPA3 AKM without PMF required (PMF: "+mfp+")")
			case mfp == "none":
				return warn("PMF absent : WPA3 ou PMF possibles sur ce matériel", "no PMF: WPA3 or PMF are possible on this hardware")
			}
			return pass("RSN "+list(b.AKMs)+", "+list(b.Pairwise)+", PMF "+mfp, "RSN "+list(b.AKMs)+", "+list(b.Pairwise)+", PMF "+mfp)
		}}
}

func hasCipher(b *wifi.BSS, c wifi.CipherClass) bool {
	for _, r := range []*wifi.RSN{b.RSN, b.WPA} {
		if r == nil {
			continue
		}
		if r.Group.CipherClass() == c {
			return true
		}
		for _, p := range r.Pairwise {
			if p.CipherClass() == c {
				return true
			}
		}
	}
	return false
}

func onlyClass(b *wifi.BSS, c wifi.AKMClass) bool {
	akms := b.AllAKMs()
	for _, a := range akms {
		if a.AKMClass() != c {
			return false
		}
	}
	return len(akms) > 0
}

func wpa3(b *wifi.BSS) bool {
	for _, a := range b.AllAKMs() {
		if a.WPA3() {
			return true
		}
	}
	return false
}

func list(s []string) string {
	if len(s) == 0 {
		return "-"
	}
	return strings.Join(s, "+")
}

func akmsOfClass(b *wifi.BSS, c wifi.AKMClass) []string {
	var out []string
	for _, a := range b.AllAKMs() {
		if a.AKMClass() == c {
			out = append(out, a.AKMName())
		}
	}
	return out
}

// rules92 are the rules of ref 9.2 (802.1X and EAP), in judging order.
func rules92() []rule {
	return []rule{ruleEnterprise(), ruleEAPMethod(), ruleEAPIdentity()}
}

func ruleEnterprise() rule {
	return rule{Rule: checks.Rule{Key: "wifi/8021x-only", ID: "WIFI-8021X", Source: srcAKM, Refs: []string{"9.2"},
		TitleFR: "Authentification 802.1X (WPA2/WPA3-Enterprise) seulement", TitleEN: "802.1X authentication (WPA2/WPA3-Enterprise) only",
		RemediationFR: "N'offrir que des AKM 802.1X (RADIUS adossé à l'annuaire) sur chaque point d'accès du SSID ; retirer PSK/SAE.",
		RemediationEN: "Offer only 802.1X AKMs (RADIUS backed by the directory) on every access point of the SSID; remove PSK/SAE."},
		expectFR: "AKM 1, 3, 5, 11, 12, 13, 22 ou 23 seulement", expectEN: "AKM 1, 3, 5, 11, 12, 13, 22 or 23 only",
		judge: judgeEnterprise}
}

func judgeEnterprise(b *wifi.BSS) verdict {
	ent, pers := akmsOfClass(b, wifi.ClassEnterprise), akmsOfClass(b, wifi.ClassPersonal)
	switch {
	case !encrypted(b):
		return fail("aucune authentification 802.1X (réseau "+b.Security+")", "no 802.1X authentication ("+b.Security+" network)")
	case len(ent) > 0 && len(pers) > 0:
		return fail(fmt.Sprintf("PSK/SAE (%s) offert à côté de 802.1X (%s) : la clé partagée suffit pour entrer", list(pers), list(ent)),
			fmt.Sprintf("PSK/SAE (%s) offered beside 802.1X (%s): the shared key is enough to get in", list(pers), list(ent)))
	case len(pers) > 0:
		return fail("clé partagée (Personal) : "+list(pers), "shared key (Personal): "+list(pers))
	case len(ent) == len(b.AllAKMs()):
		return pass("802.1X : "+list(ent), "802.1X: "+list(ent))
	}
	return fail("AKM sans 802.1X : "+list(b.AKMs), "AKM without 802.1X: "+list(b.AKMs))
}

func ruleEAPMethod() rule {
	return rule{Rule: checks.Rule{Key: "wifi/eap-method", ID: "WIFI-EAP", Source: srcEAP, Refs: []string{"9.2"},
		TitleFR: "Méthode EAP robuste (TLS, PEAP, TTLS, FAST, PWD)", TitleEN: "Strong EAP method (TLS, PEAP, TTLS, FAST, PWD)",
		RemediationFR: "Configurer le serveur RADIUS pour EAP-TLS (ou PEAP/TTLS avec vérification du certificat) ; retirer EAP-MD5 et LEAP.",
		RemediationEN: "Configure the RADIUS server for EAP-TLS (or PEAP/TTLS with certificate validation); remove EAP-MD5 and LEAP."},
		expectFR: "EAP-TLS, PEAP, TTLS, FAST ou PWD", expectEN: "EAP-TLS, PEAP, TTLS, FAST or PWD",
		judge: func(b *wifi.BSS) verdict {
			if len(b.EAPTypes) == 0 {
				return verdict{}
			}
			for _, t := range b.EAPTypes {
				if t == wifi.EAPMD5 || t == wifi.EAPLEAP {
					return fail("méthode EAP cassée proposée : "+wifi.EAPName(t), "broken EAP method offered: "+wifi.EAPName(t))
				}
			}
			return pass("méthodes EAP vues : "+list(b.EAPMethods), "EAP methods seen: "+list(b.EAPMethods))
		}}
}

func ruleEAPIdentity() rule {
	return rule{Rule: checks.Rule{Key: "wifi/eap-identity", ID: "WIFI-EAP-ID", Source: srcEAP + " (RFC 7542 §2.4, anonymous identity)", Refs: []string{"9.2"},
		TitleFR: "Identités EAP non transmises en clair", TitleEN: "EAP identities not sent in clear",
		RemediationFR: "Configurer les postes avec une identité externe anonyme (anonymous@domaine).",
		RemediationEN: "Configure clients with an anonymous outer identity (anonymous@realm)."},
		expectFR: "identité externe anonyme", expectEN: "an anonymous outer identity",
		judge: func(b *wifi.BSS) verdict {
			if len(b.EAPIdentities) == 0 {
				return verdict{}
			}
			ids := strings.Join(b.EAPIdentities, ", ")
			return warn("identités en clair (masquées) : "+ids, "identities in clear (masked): "+ids)
		}}
}
