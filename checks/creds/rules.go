package creds

import "conformscan/checks"

// Rule IDs named in evidence.
const (
	RuleDefault     = "CREDS-DEFAULT-PASSWORD"
	RuleAnyPassword = "CREDS-ANY-PASSWORD"
	RulePartial     = "CREDS-DEFAULT-PASSWORD-PARTIAL"
	RuleAnonymous   = "CREDS-ANONYMOUS"
	RuleTried       = "CREDS-TRIED"
	RuleNotMeasured = "CREDS-NOT-MEASURED"
)

const ruleSource = "grid ref 8.3; ANSSI hygiène mesure 9 (mots de passe par défaut)"

// Rules are the default-credential rules, as values.
func Rules() []checks.Rule {
	return []checks.Rule{
		{Key: "creds/default-password", ID: RuleDefault, Source: ruleSource, Refs: []string{"8.3"},
			TitleFR:       "Aucun compte n'accepte un mot de passe par défaut du fabricant",
			TitleEN:       "No account accepts a vendor default password",
			RemediationFR: "Changer le mot de passe du compte (unique par établissement, robuste) ou désactiver le compte ; documenter le compte dans le contrat de maintenance",
			RemediationEN: "Change the account's password (unique per site, strong) or disable the account; document the account in the maintenance contract"},
		{Key: "creds/any-password", ID: RuleAnyPassword, Source: ruleSource, Refs: []string{"8.3"},
			TitleFR:       "Le service n'accepte pas n'importe quel mot de passe",
			TitleEN:       "The service does not accept any password",
			RemediationFR: "Activer réellement l'authentification du service (configuration, module d'authentification)",
			RemediationEN: "Actually enable the service's authentication (configuration, authentication module)"},
		{Key: "creds/default-password-partial", ID: RulePartial, Source: ruleSource, Refs: []string{"8.3"},
			TitleFR:       "Aucun compte n'accepte un mot de passe par défaut, même comme premier facteur ou sans le rôle voulu",
			TitleEN:       "No account accepts a vendor default password, even as a first factor or without the needed role",
			RemediationFR: "Changer le mot de passe du compte : un second facteur (clé SSH exigée en plus) ou un rôle manquant (403) limite l'accès, mais le mot de passe par défaut reste connu de tous",
			RemediationEN: "Change the account's password: a second factor (an SSH key required as well) or a missing role (403) limits access, but the default password is still known to everyone"},
		{Key: "creds/anonymous", ID: RuleAnonymous, Source: ruleSource, Refs: []string{"8.3"},
			TitleFR:       "Aucun accès anonyme ou sans authentification (FTP anonyme, Redis sans AUTH, VNC sans mot de passe, lecture anonyme de l'annuaire LDAP, MongoDB sans authentification)",
			TitleEN:       "No anonymous or unauthenticated access (anonymous FTP, Redis without AUTH, VNC without password, anonymous LDAP directory read, MongoDB without authentication)",
			RemediationFR: "Désactiver l'accès anonyme (vsftpd : anonymous_enable=NO ; slapd : disallow bind_anon, require authc) ; exiger une authentification (Redis : requirepass ou ACL ; VNC : mot de passe ou VeNCrypt ; MongoDB : security.authorization enabled) et n'écouter que sur l'interface utile",
			RemediationEN: "Disable anonymous access (vsftpd: anonymous_enable=NO; slapd: disallow bind_anon, require authc); require authentication (Redis: requirepass or ACLs; VNC: a password or VeNCrypt; MongoDB: security.authorization enabled) and listen only on the needed interface"},
		{Key: "creds/tried", ID: RuleTried, Source: ruleSource, Refs: []string{"8.3"},
			TitleFR: "Comptes essayés avec les mots de passe par défaut, sans succès",
			TitleEN: "Accounts tried with default passwords, without success"},
		{Key: "creds/not-measured", ID: RuleNotMeasured, Source: ruleSource, Refs: []string{"8.3"},
			TitleFR: "Service non testé : à vérifier manuellement",
			TitleEN: "Service not tested: to check manually"},
	}
}
