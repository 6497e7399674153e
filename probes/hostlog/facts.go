// Package hostlog reads, through the host-access layer, how a Linux host
// logs authentication (sshd LogLevel, syslog auth rules, the journal,
// auditd), where it forwards its logs (rsyslog, syslog-ng,
// systemd-journal-upload), how long authentication traces stay
// (logrotate, journald, auditd), its local accounts (/etc/passwd and
// /etc/shadow) and administration groups (/etc/group); on a Windows host,
// the same questions from its snapshot (audit policy, Event Forwarding,
// Administrators). It records facts only; checks/hostlog judges them.
//
// A probe gathers facts and judges nothing: it must not import checks/,
// reports/, history/, serve/, cmd/, demo/ or fixtures/ (layout/layout_test.go
// guards checks/ and fixtures/).
package hostlog

// Topics of an unread file: the refs it feeds cannot pass.
const (
	TopicLogging  = "logging"
	TopicAccounts = "accounts"
	// TopicForwarding: a Windows forwarding source (6.5 only).
	TopicForwarding = "forwarding"
	// TopicAdmins: the administration groups (3.2).
	TopicAdmins = "admins"
)

// Setting is one observed configuration value and where it was read
// ("root:/img/etc/ssh/sshd_config:12").
type Setting struct {
	Key   string `json:"key"`
	Value string `json:"value"`
	Where string `json:"where"`
}

// Forward is one destination logs are sent to.
type Forward struct {
	// Via names the sender: rsyslog, syslog-ng, journal-upload.
	Via      string `json:"via"`
	Host     string `json:"host"`
	Port     string `json:"port,omitempty"`
	Protocol string `json:"protocol,omitempty"`
	Where    string `json:"where"`
}

// Account is one local account of /etc/passwd, with what /etc/shadow says
// of its password.
type Account struct {
	Name  string `json:"name"`
	UID   int    `json:"uid"`
	GID   int    `json:"gid"`
	Shell string `json:"shell"`
	// Password: "hash", "empty", "locked" or "unknown" (not in shadow).
	Password string `json:"password"`
	// Keys: an authorized_keys file exists in the home folder.
	Keys  bool   `json:"keys,omitempty"`
	Where string `json:"where"`
}

// Unread is a file that exists, or may exist, but could not be read
// whole (permission, lost connection, over its bound).
type Unread struct {
	Topic  string `json:"topic"`
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

// Facts is what the probe records on a host.
type Facts struct {
	Access string `json:"access"`
	// SSHD: sshd_config exists; LogLevel is the effective global value
	// (nil: not set, sshd's default INFO applies).
	SSHD bool `json:"sshd"`
	// SSHDConfig names sshd_config on the host for evidence.
	SSHDConfig string   `json:"sshd_config,omitempty"`
	LogLevel   *Setting `json:"log_level,omitempty"`
	// AuthRules are syslog rules writing the auth/authpriv facility.
	AuthRules []Setting `json:"auth_rules,omitempty"`
	// Journal: systemd-journald is installed; JournalStorage is its
	// Storage= setting (nil: default).
	Journal        bool     `json:"journal"`
	JournalStorage *Setting `json:"journal_storage,omitempty"`
	// Auditd: the audit daemon is installed; AuditRules name its rules
	// files.
	Auditd     bool      `json:"auditd"`
	AuditRules []string  `json:"audit_rules,omitempty"`
	Forwards   []Forward `json:"forwards,omitempty"`
	// ConfigsRead names the logging configuration files read.
	ConfigsRead []string `json:"configs_read,omitempty"`
	// Accounts: nil when /etc/passwd could not be read.
	Accounts []Account `json:"accounts,omitempty"`
	// PasswdRead, ShadowRead: the files were read whole.
	PasswdRead bool     `json:"passwd_read"`
	ShadowRead bool     `json:"shadow_read"`
	Unread     []Unread `json:"unread,omitempty"`
	// AdminGroups are the administration groups of /etc/group (sudo,
	// wheel, admin) with their members; GroupRead: the file was read.
	AdminGroups []Group `json:"admin_groups,omitempty"`
	GroupRead   bool    `json:"group_read"`
	// Windows holds what a Windows snapshot says (nil on other hosts).
	Windows *Windows `json:"windows,omitempty"`
	// Retention is how long the authentication traces stay (8.15).
	Retention Retention `json:"retention"`
}

// Group is one group of /etc/group.
type Group struct {
	Name    string   `json:"name"`
	GID     int      `json:"gid"`
	Members []string `json:"members"`
	Where   string   `json:"where"`
}

// UnreadOf returns the unread files of a topic.
func (f *Facts) UnreadOf(topic string) []Unread {
	var out []Unread
	for _, u := range f.Unread {
		if u.Topic == topic {
			out = append(out, u)
		}
	}
	return out
}
