package hostlog

import "conformscan/checks"

// Rule IDs named in evidence.
const (
	RuleSSHDLogLevel = "GRID-6.3-SSHD-LOGLEVEL"
	RuleAuthSink     = "GRID-6.3-AUTH-LOGGED"
	RuleForward      = "GRID-6.5-FORWARD"
	RuleCollector    = "GRID-6.5-COLLECTOR"
	RuleGeneric      = "GRID-8.2-PERSONAL"
	RuleWinAudit     = "GRID-6.3-WINDOWS-AUDIT"
	RuleAdminNaming  = "GRID-3.2-ADMIN-NAMING"
)

const (
	src63 = "grille 6.3 : « Les accès utilisateurs (et administrateurs) seront tracés en réussite et en échec. »"
	src65 = "grille 6.5 : « Les traces produites devront être accessibles par l’outil de centralisation des traces du CHM » (syslog)"
	src32 = "grille 3.2 : « Si pour des contraintes techniques acceptées par la Direction du Système d’Information du CHM, les identifiants des comptes nécessaires à l’administration de la solution [...] ne peuvent être nominatifs, le titulaire présentera les mesures techniques et/ou organisationnelles pour en garantir l’imputabilité. »"
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
			TitleFR:       "Aucun compte local au nom générique (admin, administrator, support, maintenance, test, guest, user, demo..., suivis ou non d'un numéro, et --generic-account) ne peut ouvrir de session (shell de connexion et mot de passe ou clé SSH) ; aucun compte de l'annuaire (--directory) au nom générique n'est actif ; sous Windows, aucun compte local au nom générique ni l'Administrateur ou l'Invité intégrés (RID 500, 501, même renommés) n'est activé ; les comptes de service acceptés (--service-account) sont exceptés",
			TitleEN:       "No local account with a generic name (admin, administrator, support, maintenance, test, guest, user, demo..., with or without a number, and --generic-account) can log in (a login shell and a password or an SSH key); no directory account (--directory) with a generic name is enabled; on Windows, no local account with a generic name nor the built-in Administrator or Guest (RID 500, 501, even renamed) is enabled; accepted service accounts (--service-account) are excepted",
			RemediationFR: "Remplacer les comptes génériques par des comptes nominatifs ; verrouiller (usermod -L, shell nologin ; sous Windows : Disable-LocalUser) ceux qui restent",
			RemediationEN: "Replace generic accounts with personal ones; lock (usermod -L, nologin shell; on Windows: Disable-LocalUser) those that remain"},
		{Key: "hostlog/windows-audit", ID: RuleWinAudit, Source: src63 + " ; CIS Microsoft Windows Server Benchmark 17.1.1 et 17.5.4 (Audit Credential Validation, Audit Logon : Success and Failure)", Refs: []string{"6.3"},
			TitleFR:       "Windows audite en réussite et en échec les sous-catégories Ouverture de session (Logon) et Validation des informations d'identification (Account Logon / Credential Validation), lues par GUID (auditpol)",
			TitleEN:       "Windows audits success and failure of the Logon and Credential Validation (Account Logon) subcategories, read by GUID (auditpol)",
			RemediationFR: "auditpol /set /subcategory:{0CCE9215-69AE-11D9-BED3-505054503030} /success:enable /failure:enable, idem pour {0CCE923F-69AE-11D9-BED3-505054503030} (ou la GPO Configuration avancée de la stratégie d'audit)",
			RemediationEN: "auditpol /set /subcategory:{0CCE9215-69AE-11D9-BED3-505054503030} /success:enable /failure:enable, and the same for {0CCE923F-69AE-11D9-BED3-505054503030} (or the Advanced Audit Policy GPO)"},
		{Key: "hostlog/admin-naming", ID: RuleAdminNaming, Source: src32 + " ; la règle de nommage est celle donnée par le CHM (--account-naming)", Refs: []string{"3.2"},
			TitleFR: "Les comptes d'administration pouvant ouvrir une session (UID 0, membres de sudo, wheel, admin ; membres du groupe Administrateurs sous Windows) suivent la règle de nommage du CHM (--account-naming, expression régulière ancrée) ; " +
				"sans règle donnée, la référence reste documentaire",
			TitleEN: "Administration accounts able to log in (UID 0, members of sudo, wheel, admin; members of Administrators on Windows) follow the hospital's naming rule (--account-naming, an anchored regular expression); " +
				"without a rule given, the ref stays documentary",
			RemediationFR: "Renommer ou remplacer les comptes d'administration hors règle par des comptes nominatifs conformes, ou décrire dans le fichier de réponses les mesures d'imputabilité acceptées par la DSI",
			RemediationEN: "Rename or replace the administration accounts outside the rule with personal accounts that follow it, or describe in the answers file the accountability measures the IT department accepted"},
	}
}

// windowsAudit are the audit subcategories 6.3 needs, by GUID (their
// names depend on the display language), each in success and failure.
var windowsAudit = []struct{ GUID, Name string }{
	{"{0CCE9215-69AE-11D9-BED3-505054503030}", "Logon/Logoff: Logon"},
	{"{0CCE923F-69AE-11D9-BED3-505054503030}", "Account Logon: Credential Validation"},
}

// wellKnownGroups are members of Administrators that are groups, not
// accounts (their members are judged in the directory).
var wellKnownGroups = []string{"Domain Admins", "Enterprise Admins", "Admins du domaine", "Administrateurs de l'entreprise"}

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
