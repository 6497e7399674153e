package passwords

import "conformscan/checks"

// Rule IDs named in evidence.
const (
	RuleLength     = "GRID-5.2-5.3-LENGTH"
	RuleClasses    = "GRID-5.2-5.3-CLASSES"
	RuleDictionary = "GRID-5.2-5.3-DICTIONARY"
	RuleCNIL       = "CNIL-2022-100-ENTROPY"
	RuleHistory    = "GRID-5.5-HISTORY"
	RuleMaxAge     = "GRID-5.5-MAX-AGE"
	RuleCleartext  = "GRID-5.4-CLEARTEXT"
	RuleIntegrated = "GRID-5.6-INTEGRATED-AUTH"
	RuleDirectory  = "GRID-5.7-DIRECTORY"
)

const (
	gridSource = "grille de sécurité, exigences 5.2/5.3"
	cnilSource = "CNIL, délibération n° 2022-100 du 21 juillet 2022 (recommandation mots de passe)"
)

// Rules are the password rules, as values; the judging functions are in
// judge.go, keyed by the same IDs.
func Rules() []checks.Rule {
	return []checks.Rule{
		{Key: "passwords/length", ID: RuleLength, Source: gridSource, Refs: []string{"5.2", "5.3"},
			TitleFR: "Longueur minimale d'au moins 8 caractères", TitleEN: "Minimum length of at least 8 characters",
			RemediationFR: "Fixer la longueur minimale à 8 caractères au moins (12 recommandés) dans la politique",
			RemediationEN: "Set the policy's minimum length to at least 8 characters (12 recommended)"},
		{Key: "passwords/classes", ID: RuleClasses, Source: gridSource, Refs: []string{"5.2", "5.3"},
			TitleFR: "Une majuscule, un chiffre et un caractère spécial exigés", TitleEN: "An uppercase letter, a digit and a special character required",
			RemediationFR: "Exiger chaque catégorie (pwquality ucredit/dcredit/ocredit=-1, filtre de mots de passe) : la complexité « 3 catégories sur 4 » ne garantit pas les trois",
			RemediationEN: "Require each class (pwquality ucredit/dcredit/ocredit=-1, a password filter): '3 of 4 categories' complexity does not guarantee all three"},
		{Key: "passwords/dictionary", ID: RuleDictionary, Source: gridSource, Refs: []string{"5.2", "5.3"},
			TitleFR: "Résistance aux attaques par dictionnaire (liste de mots interdits)", TitleEN: "Resistance to dictionary attacks (blocklist)",
			RemediationFR: "Activer une vérification par dictionnaire ou liste noire (pwquality dictcheck, Entra Password Protection, filtre) ; la complexité AD seule n'en est pas une",
			RemediationEN: "Enable a dictionary or blocklist check (pwquality dictcheck, Entra Password Protection, a filter); AD complexity alone is not one"},
		{Key: "passwords/cnil-entropy", ID: RuleCNIL, Source: cnilSource, Refs: []string{"5.3"},
			TitleFR:       "Entropie d'au moins 80 bits (mot de passe seul) ou 50 bits avec restriction d'accès (verrouillage, temporisation)",
			TitleEN:       "Entropy of at least 80 bits (password alone) or 50 bits with access restriction (lockout, throttling)",
			RemediationFR: "Allonger la longueur minimale (12 caractères des 4 catégories ou 14 sans caractère spécial) ou activer un verrouillage et viser 50 bits",
			RemediationEN: "Raise the minimum length (12 characters of the 4 classes, or 14 without specials) or enable lockout and aim for 50 bits"},
		{Key: "passwords/history", ID: RuleHistory, Source: "grille de sécurité, exigence 5.5", Refs: []string{"5.5"},
			TitleFR: "Historique des mots de passe conservé (pas de réutilisation)", TitleEN: "Password history kept (no reuse)",
			RemediationFR: "Conserver un historique (pam_pwhistory remember=, pwdHistoryLength, pwdInHistory)",
			RemediationEN: "Keep a history (pam_pwhistory remember=, pwdHistoryLength, pwdInHistory)"},
		{Key: "passwords/max-age", ID: RuleMaxAge, Source: "grille de sécurité, exigence 5.5", Refs: []string{"5.5"},
			TitleFR: "Renouvellement : durée de vie maximale définie", TitleEN: "Renewal: a maximum age is set",
			RemediationFR: "Définir une durée de vie maximale (PASS_MAX_DAYS, maxPwdAge, pwdMaxAge)",
			RemediationEN: "Set a maximum age (PASS_MAX_DAYS, maxPwdAge, pwdMaxAge)"},
		{Key: "passwords/cleartext-config", ID: RuleCleartext, Source: "grille de sécurité, exigences 5.4/13.8", Refs: []string{"5.4", "13.8"},
			TitleFR: "Aucun mot de passe en clair dans les fichiers de configuration", TitleEN: "No cleartext password in configuration files",
			RemediationFR: "Stocker une empreinte (bcrypt, argon2id, PBKDF2) ou référencer un coffre / une variable d'environnement",
			RemediationEN: "Store a hash (bcrypt, argon2id, PBKDF2) or reference a vault / an environment variable"},
		{Key: "passwords/integrated-auth", ID: RuleIntegrated, Source: "grille de sécurité, exigence 5.6", Refs: []string{"5.6"},
			TitleFR: "Authentification intégrée (Kerberos/NTLM) proposée par les applications web", TitleEN: "Integrated authentication (Kerberos/NTLM) offered by web applications",
			RemediationFR: "Proposer l'authentification intégrée (WWW-Authenticate: Negotiate)", RemediationEN: "Offer integrated authentication (WWW-Authenticate: Negotiate)"},
		{Key: "passwords/directory", ID: RuleDirectory, Source: "grille de sécurité, exigences 5.7/3.1", Refs: []string{"5.7", "3.1"},
			TitleFR: "Annuaire joignable en LDAPS/StartTLS, bind anonyme et bind simple en clair refusés", TitleEN: "Directory reachable over LDAPS/StartTLS, anonymous and cleartext simple binds refused"},
	}
}
