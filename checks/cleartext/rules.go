package cleartextcheck

import (
	"conformscan/checks"
	"conformscan/probes/cleartext"
)

// ctRuleDef is one way credentials cross in clear: the probe's AuthVia
// values (or the service) that show it, and the rule it breaks.
type ctRuleDef struct {
	suffix           string
	via              []string
	service          string
	titleFR, titleEN string
}

// offendingRules are checked in order: the first that matches an endpoint
// names its evidence.
var offendingRules = []ctRuleDef{
	{"HTTP-LOGIN-CLEARTEXT", []string{cleartext.ViaPasswordField}, "", "formulaire de mot de passe servi en HTTP", "password form served over plain HTTP"},
	{"HTTP-AUTH-CLEARTEXT", []string{cleartext.ViaHTTPAuth}, "", "authentification HTTP (Basic/Digest/NTLM) sans TLS", "HTTP authentication (Basic/Digest/NTLM) without TLS"},
	{"FTP-NO-TLS", []string{cleartext.ViaFTPUser}, "ftp", "FTP accepte USER/PASS sans AUTH TLS", "FTP accepts USER/PASS without AUTH TLS"},
	{"TELNET", []string{cleartext.ViaTelnet}, "telnet", "Telnet (identifiants en clair)", "Telnet (credentials in clear)"},
	{"SMTP-AUTH-BEFORE-STARTTLS", []string{cleartext.ViaSMTPAuth}, "", "SMTP AUTH proposé avant STARTTLS", "SMTP AUTH offered before STARTTLS"},
	{"IMAP-LOGIN-CLEARTEXT", []string{cleartext.ViaIMAPLogin, cleartext.ViaIMAPAuth}, "", "IMAP LOGIN/AUTHENTICATE sans TLS", "IMAP LOGIN/AUTHENTICATE without TLS"},
	{"POP3-USER-CLEARTEXT", []string{cleartext.ViaPOP3User, cleartext.ViaPOP3SASL}, "", "POP3 USER/SASL sans TLS", "POP3 USER/SASL without TLS"},
	{"LDAP-SIMPLE-BIND-CLEARTEXT", []string{cleartext.ViaLDAPSimpleBind}, "", "LDAP accepte un bind simple sans TLS", "LDAP accepts a simple bind without TLS"},
}

// ctFallbackRule names credentials in clear that no specific rule names.
const ctFallbackRule = "CLEARTEXT-AUTH"

// matches tells whether the rule names what the probe saw on a service.
func (d ctRuleDef) matches(c *cleartext.Facts, service string, byService bool) bool {
	if byService {
		return d.service != "" && d.service == service
	}
	for _, v := range d.via {
		if c != nil && contains(c.AuthVia, v) {
			return true
		}
	}
	return false
}

// ctRuleSuffix names the rule an offending endpoint breaks: first by what
// the probe saw, then by the service alone.
func ctRuleSuffix(c *cleartext.Facts, service string) string {
	for _, byService := range []bool{false, true} {
		for _, d := range offendingRules {
			if d.matches(c, service, byService) {
				return d.suffix
			}
		}
	}
	return ctFallbackRule
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// inventoryRules are the other rule keys the check writes in evidence.
var inventoryRules = []struct {
	ref, suffix      string
	titleFR, titleEN string
}{
	{"7.2", ctFallbackRule, "identifiants en clair (autre protocole)", "credentials in clear (other protocol)"},
	{"7.2", "NOT-MEASURED", "service non mesuré (erreur de sonde)", "service not measured (probe error)"},
	{"7.2", "UNDETERMINED", "question laissée ouverte par la sonde", "question left open by the probe"},
	{"7.2", "NO-CLEARTEXT-AUTH", "aucun identifiant en clair constaté", "no cleartext credentials seen"},
	{"13.20", ctFallbackRule, "identifiants en clair (autre protocole)", "credentials in clear (other protocol)"},
	{"13.20", "ENCRYPTED-SERVICE", "service chiffré (TLS, SSH)", "encrypted service (TLS, SSH)"},
	{"13.20", "NOT-EVALUATED", "service non évalué", "service not evaluated"},
	{"13.20", "HTTPS-REDIRECT", "HTTP en clair qui ne fait que rediriger vers HTTPS", "plain HTTP that only redirects to HTTPS"},
	{"13.20", "HTTP-CLEARTEXT", "HTTP en clair servant du contenu", "plain HTTP serving content"},
	{"13.20", "UPGRADE-OFFERED", "protocole en clair proposant STARTTLS/AUTH TLS", "cleartext protocol offering STARTTLS/AUTH TLS"},
	{"13.20", "CLEARTEXT-SERVICE", "protocole en clair exposé", "cleartext protocol exposed"},
}

// ctSource names the grid ref a rule comes from.
func ctSource(ref string) string { return "Grille CHM, réf. " + ref }

// Rules lists every rule key the cleartext check writes.
func Rules() []checks.Rule {
	var out []checks.Rule
	for _, d := range offendingRules {
		for _, ref := range []string{"7.2", "13.20"} {
			out = append(out, checks.Rule{Key: ctRule(ref, d.suffix), ID: ctRule(ref, d.suffix), Source: ctSource(ref), Refs: []string{ref},
				TitleFR: d.titleFR, TitleEN: d.titleEN,
				RemediationFR: "Exiger TLS avant toute authentification, ou remplacer le protocole par sa version chiffrée.",
				RemediationEN: "Require TLS before any authentication, or replace the protocol with its encrypted version."})
		}
	}
	for _, d := range inventoryRules {
		out = append(out, checks.Rule{Key: ctRule(d.ref, d.suffix), ID: ctRule(d.ref, d.suffix), Source: ctSource(d.ref), Refs: []string{d.ref},
			TitleFR: d.titleFR, TitleEN: d.titleEN})
	}
	return out
}
