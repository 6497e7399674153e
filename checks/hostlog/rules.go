package hostlog

import "conformscan/checks"

// Rule IDs named in evidence.
const (
	RuleSSHDLogLevel = "GRID-6.3-SSHD-LOGLEVEL"
	RuleAuthSink     = "GRID-6.3-AUTH-LOGGED"
	RuleForward      = "GRID-6.5-FORWARD"
	RuleCollector    = "GRID-6.5-COLLECTOR"
	RuleGeneric      = "GRID-8.2-PERSONAL"
)

const (
	src63 = "grille 6.3 : « Les accès utilisateurs (et administrateurs) seront tracés en réussite et en échec. »"
	src65 = "grille 6.5 : « Les traces produites devront être accessibles par l’outil de centralisation des traces du CHM » (syslog)"
	src82 = "grille 8.2 : « Les identifiants des comptes d’accès utilisés pour se connecter au Système d’information du CHM [...] sont nominatifs. »"
)

// Rules are the family's rules, as values.
func Rules() []checks.Rule {
	return []checks.Rule{
		{Key: "hostlog/sshd-loglevel", ID: RuleSSHDLogLevel, Source: src63 + " ; CIS Debian Linux Benchmark (sshd LogLevel INFO ou VERBOSE)", Refs: []string{"6.3"},
			TitleFR:       "sshd trace les connexions réussies et échouées (LogLevel INFO, VERBOSE ou DEBUG ; QUIET, FATAL et ERROR ne les tracent pas)",
			TitleEN:       "sshd logs successful and failed logins (LogLevel INFO, VERBOSE or DEBUG; QUIET, FATAL and ERROR do not)",
			RemediationFR: "Mettre « LogLevel VERBOSE » (ou INFO) dans /etc/ssh/sshd_config", RemediationEN: "Set 'LogLevel VERBOSE' (or INFO) in /etc/ssh/sshd_config"},
		{Key: "hostlog/auth-logged", ID: RuleAuthSink, Source: src63, Refs: []string{"6.3"},
			TitleFR:       "Les authentifications (facilité auth/authpriv, PAM) sont écrites : règle syslog vers un fichier ou un collecteur, journal systemd (Storage différent de none) ou auditd",
			TitleEN:       "Authentications (auth/authpriv facility, PAM) are written: a syslog rule to a file or a collector, the systemd journal (Storage other than none) or auditd",
			RemediationFR: "Ajouter « auth,authpriv.* /var/log/auth.log » à rsyslog, ou garder le journal systemd persistant, ou installer auditd",
			RemediationEN: "Add 'auth,authpriv.* /var/log/auth.log' to rsyslog, or keep the systemd journal persistent, or install auditd"},
		{Key: "hostlog/forward", ID: RuleForward, Source: src65, Refs: []string{"6.5"},
			TitleFR:       "Les traces sont transmises à un collecteur central (rsyslog @@hôte:port ou omfwd, destination réseau syslog-ng, systemd-journal-upload)",
			TitleEN:       "Logs are forwarded to a central collector (rsyslog @@host:port or omfwd, a syslog-ng network destination, systemd-journal-upload)",
			RemediationFR: "Configurer un renvoi vers le collecteur du CHM, par exemple « *.* @@collecteur:514 » dans /etc/rsyslog.d/",
			RemediationEN: "Configure forwarding to the hospital's collector, e.g. '*.* @@collector:514' in /etc/rsyslog.d/"},
		{Key: "hostlog/collector", ID: RuleCollector, Source: src65, Refs: []string{"6.5"},
			TitleFR: "La destination est le collecteur attendu par le CHM (--log-collector)", TitleEN: "The destination is the collector the hospital expects (--log-collector)",
			RemediationFR: "Renvoyer les traces vers le collecteur indiqué par le CHM", RemediationEN: "Forward the logs to the collector the hospital named"},
		{Key: "hostlog/personal-accounts", ID: RuleGeneric, Source: src82, Refs: []string{"8.2"},
			TitleFR:       "Aucun compte local au nom générique (admin, administrator, support, maintenance, test, guest, user, demo...) ne peut ouvrir de session (shell de connexion et mot de passe ou clé SSH)",
			TitleEN:       "No local account with a generic name (admin, administrator, support, maintenance, test, guest, user, demo...) can log in (a login shell and a password or an SSH key)",
			RemediationFR: "Remplacer les comptes génériques par des comptes nominatifs ; verrouiller (usermod -L, shell nologin) ceux qui restent",
			RemediationEN: "Replace generic accounts with personal ones; lock (usermod -L, nologin shell) those that remain"},
	}
}

// remediation returns a rule's remediation in l.
func remediation(id string, l checks.Lang) string {
	for _, r := range Rules() {
		if r.ID == id {
			return r.Remediation(l)
		}
	}
	return ""
}

// sshdLevels judges sshd's LogLevel values: true logs both outcomes.
var sshdLevels = map[string]bool{
	"QUIET": false, "FATAL": false, "ERROR": false,
	"INFO": true, "VERBOSE": true, "DEBUG": true, "DEBUG1": true, "DEBUG2": true, "DEBUG3": true,
}

// genericNames are account names that name no person.
var genericNames = []string{"admin", "administrator", "administrateur", "support", "maintenance", "maint", "test", "tests",
	"guest", "invite", "user", "demo", "service", "install", "vendor", "prestataire", "operator", "tech", "technicien"}
