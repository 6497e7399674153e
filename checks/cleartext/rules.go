package cleartext

import (
	"fmt"
	"slices"
	"strings"

	"conformscan/checks"
	"conformscan/probes/cleartext"
)

// ctRuleDef is one way credentials cross in clear: the probe's AuthVia
// values (or the service) that show it, the rule it breaks, and how the
// evidence words it.
type ctRuleDef struct {
	suffix           string
	via              []string
	service          string
	titleFR, titleEN string
	// observe words what the probe saw on an endpoint the rule matches by
	// AuthVia ("" when there is nothing to say); url is the page judged,
	// or the endpoint.
	observe func(c *cleartext.Facts, endpoint, url string, l checks.Lang) string
}

// offendingRules are checked in order: the first that matches an endpoint
// names its evidence; every one that matches adds its observation.
var offendingRules = []ctRuleDef{
	{suffix: "HTTP-LOGIN-CLEARTEXT", via: []string{cleartext.ViaPasswordField},
		titleFR: "formulaire de mot de passe servi en HTTP", titleEN: "password form served over plain HTTP",
		observe: func(c *cleartext.Facts, _, url string, l checks.Lang) string {
			s := fmt.Sprintf(l.T("formulaire de connexion (champ mot de passe) servi en HTTP clair sur %s", "login form (password field) served over plain HTTP at %s"), url)
			if c.HTTP != nil && c.HTTP.FormAction != "" {
				s += fmt.Sprintf(l.T(" (envoi vers %s)", " (posted to %s)"), checks.Clip(c.HTTP.FormAction, 120))
			}
			return s
		}},
	{suffix: "HTTP-AUTH-CLEARTEXT", via: []string{cleartext.ViaHTTPAuth},
		titleFR: "authentification HTTP (Basic/Digest/NTLM) sans TLS", titleEN: "HTTP authentication (Basic/Digest/NTLM) without TLS",
		observe: func(c *cleartext.Facts, _, url string, l checks.Lang) string {
			if c.HTTP == nil {
				return ""
			}
			return fmt.Sprintf(l.T("authentification HTTP %s demandée en HTTP clair sur %s (HTTP %d)", "HTTP %s authentication asked over plain HTTP at %s (HTTP %d)"),
				strings.Join(c.HTTP.WWWAuthenticate, "/"), url, c.HTTP.Status)
		}},
	{suffix: "FTP-NO-TLS", via: []string{cleartext.ViaFTPUser}, service: "ftp",
		titleFR: "FTP accepte USER/PASS sans AUTH TLS", titleEN: "FTP accepts USER/PASS without AUTH TLS",
		observe: func(c *cleartext.Facts, ep, _ string, l checks.Lang) string {
			return fmt.Sprintf(l.T("FTP sur %s : USER accepté et mot de passe demandé en clair", "FTP on %s: USER accepted and password asked in clear"), ep) +
				ctTLSOfferedText(c, "AUTH TLS", l)
		}},
	{suffix: "TELNET", via: []string{cleartext.ViaTelnet}, service: "telnet",
		titleFR: "Telnet (identifiants en clair)", titleEN: "Telnet (credentials in clear)",
		observe: func(_ *cleartext.Facts, ep, _ string, l checks.Lang) string {
			return fmt.Sprintf(l.T("Telnet sur %s : connexion (identifiant et mot de passe) en clair", "Telnet on %s: login (user name and password) in clear"), ep)
		}},
	{suffix: "SMTP-AUTH-BEFORE-STARTTLS", via: []string{cleartext.ViaSMTPAuth},
		titleFR: "SMTP AUTH proposé avant STARTTLS", titleEN: "SMTP AUTH offered before STARTTLS",
		observe: func(c *cleartext.Facts, ep, _ string, l checks.Lang) string {
			return fmt.Sprintf(l.T("SMTP sur %s : AUTH %s proposé avant STARTTLS", "SMTP on %s: AUTH %s offered before STARTTLS"), ep, strings.Join(c.AuthMechanisms, " ")) +
				ctTLSOfferedText(c, "STARTTLS", l)
		}},
	{suffix: "IMAP-LOGIN-CLEARTEXT", via: []string{cleartext.ViaIMAPLogin, cleartext.ViaIMAPAuth},
		titleFR: "IMAP LOGIN/AUTHENTICATE sans TLS", titleEN: "IMAP LOGIN/AUTHENTICATE without TLS",
		observe: imapObserved},
	{suffix: "POP3-USER-CLEARTEXT", via: []string{cleartext.ViaPOP3User, cleartext.ViaPOP3SASL},
		titleFR: "POP3 USER/SASL sans TLS", titleEN: "POP3 USER/SASL without TLS",
		observe: pop3Observed},
	{suffix: "LDAP-SIMPLE-BIND-CLEARTEXT", via: []string{cleartext.ViaLDAPSimpleBind},
		titleFR: "LDAP accepte un bind simple sans TLS", titleEN: "LDAP accepts a simple bind without TLS",
		observe: func(c *cleartext.Facts, ep, _ string, l checks.Lang) string {
			return fmt.Sprintf(l.T("LDAP sur %s : bind simple évalué sans TLS (bind de test, DN d'aucun compte : un mot de passe passerait en clair)",
				"LDAP on %s: simple bind evaluated without TLS (test bind, DN of no account: a password would cross in clear)"), ep) + ctTLSOfferedText(c, "StartTLS", l)
		}},
}

// imapObserved words LOGIN allowed and AUTHENTICATE mechanisms offered
// before STARTTLS.
func imapObserved(c *cleartext.Facts, ep, _ string, l checks.Lang) string {
	login := slices.Contains(c.AuthVia, cleartext.ViaIMAPLogin)
	var mechs []string
	for _, m := range c.AuthMechanisms {
		if m != "LOGIN" || !login {
			mechs = append(mechs, "AUTH="+m)
		}
	}
	return beforeUpgrade(c, l, "IMAP", ep, "STARTTLS",
		ifText(login, l.T("LOGIN autorisé (pas de LOGINDISABLED)", "LOGIN allowed (no LOGINDISABLED)")),
		ifText(slices.Contains(c.AuthVia, cleartext.ViaIMAPAuth), strings.Join(mechs, " ")+l.T(" proposé", " offered")))
}

// pop3Observed words USER accepted and SASL mechanisms offered before STLS.
func pop3Observed(c *cleartext.Facts, ep, _ string, l checks.Lang) string {
	var mechs []string
	for _, m := range c.AuthMechanisms {
		if m != "USER/PASS" {
			mechs = append(mechs, m)
		}
	}
	return beforeUpgrade(c, l, "POP3", ep, "STLS",
		ifText(slices.Contains(c.AuthVia, cleartext.ViaPOP3User), l.T("USER accepté (+OK)", "USER accepted (+OK)")),
		ifText(slices.Contains(c.AuthVia, cleartext.ViaPOP3SASL), "SASL "+strings.Join(mechs, " ")+l.T(" proposé", " offered")))
}

// beforeUpgrade words what a mail protocol accepts before its TLS upgrade
// ("IMAP sur h:143 : LOGIN autorisé, AUTH=PLAIN proposé avant STARTTLS").
func beforeUpgrade(c *cleartext.Facts, l checks.Lang, proto, ep, upgrade string, what ...string) string {
	var parts []string
	for _, w := range what {
		if w != "" {
			parts = append(parts, w)
		}
	}
	return fmt.Sprintf(l.T("%s sur %s : %s avant %s", "%s on %s: %s before %s"), proto, ep, strings.Join(parts, ", "), upgrade) +
		ctTLSOfferedText(c, upgrade, l)
}

func ifText(cond bool, s string) string {
	if cond {
		return s
	}
	return ""
}

// ctFallbackRule names credentials in clear that no specific rule names.
const ctFallbackRule = "CLEARTEXT-AUTH"

// matches tells whether the rule names what the probe saw on a service.
func (d ctRuleDef) matches(c *cleartext.Facts, service string, byService bool) bool {
	if byService {
		return d.service != "" && d.service == service
	}
	for _, v := range d.via {
		if c != nil && slices.Contains(c.AuthVia, v) {
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
