package hostlog

import (
	"net"
	"net/url"
	"strings"

	"conformscan/probes/winhost"
)

// Windows is what a Windows snapshot says of logging and administrators.
type Windows struct {
	Host string `json:"host"`
	// AuditPolicy: nil when auditpol was not read.
	AuditPolicy []winhost.AuditSetting `json:"audit_policy"`
	// Administrators: nil when the group was not read.
	Administrators []string `json:"administrators"`
	WinRMState     string   `json:"winrm_state,omitempty"`
	// LocalAccounts: nil when the local accounts were not read (8.2).
	LocalAccounts []winhost.LocalAccount `json:"local_accounts"`
}

// Where names a snapshot source in evidence.
func (w *Windows) Where(source string) string { return "windows:" + w.Host + " " + source }

// Snapshot sources named in evidence.
const (
	SourceAuditpol = "auditpol /get /category:* /r"
	SourceWEF      = `HKLM\Software\Policies\Microsoft\Windows\EventLog\EventForwarding\SubscriptionManager`
	SourceAdmins   = "Administrators (S-1-5-32-544)"
	SourceAccounts = "local accounts (NetUserEnum, Get-LocalUser)"
)

// FromSnapshot fills f from a Windows snapshot: the audit policy (6.3),
// Windows Event Forwarding subscription managers (6.5), the members of
// Administrators (3.2), the local accounts (8.2). A source the snapshot
// did not read is unread.
func FromSnapshot(f *Facts, s *winhost.Snapshot) {
	w := &Windows{Host: s.Host, Administrators: s.Administrators}
	f.Windows = w
	problems := map[string]string{}
	for _, p := range s.Problems {
		problems[p.Source] = p.Error
	}
	sec := s.Security
	if sec == nil {
		sec = &winhost.Security{}
	}
	w.AuditPolicy = sec.AuditPolicy
	if w.AuditPolicy == nil {
		f.Unread = append(f.Unread, Unread{Topic: TopicLogging, Path: w.Where(SourceAuditpol), Reason: notRead(problems, "audit_policy")})
	}
	if wef := sec.EventForwarding; wef == nil {
		f.Unread = append(f.Unread, Unread{Topic: TopicForwarding, Path: w.Where(SourceWEF), Reason: notRead(problems, "event_forwarding")})
	} else {
		w.WinRMState = wef.WinRMState
		f.ConfigsRead = append(f.ConfigsRead, w.Where(SourceWEF))
		for _, m := range wef.SubscriptionManagers {
			f.Forwards = append(f.Forwards, ParseSubscriptionManager(w.Where(SourceWEF), m))
		}
	}
	w.LocalAccounts = s.LocalAccounts
	if w.LocalAccounts == nil {
		f.Unread = append(f.Unread, Unread{Topic: TopicAccounts, Path: w.Where(SourceAccounts), Reason: notRead(problems, "local_accounts")})
	}
	if w.Administrators == nil {
		f.Unread = append(f.Unread, Unread{Topic: TopicAdmins, Path: w.Where(SourceAdmins), Reason: notRead(problems, "administrators")})
	}
}

func notRead(problems map[string]string, source string) string {
	if e, ok := problems[source]; ok {
		return e
	}
	return "not in the snapshot"
}

// ParseSubscriptionManager reads one SubscriptionManager value,
// "Server=http://wec.example:5985/wsman/SubscriptionManager/WEC,Refresh=60",
// into a destination; a value without a readable Server= names itself
// as the host, so the evidence shows it.
func ParseSubscriptionManager(where, v string) Forward {
	fw := Forward{Via: "wef", Host: v, Where: where}
	for _, part := range strings.Split(v, ",") {
		k, val, ok := strings.Cut(strings.TrimSpace(part), "=")
		if !ok || !strings.EqualFold(k, "Server") {
			continue
		}
		u, err := url.Parse(strings.TrimSpace(val))
		if err != nil || u.Hostname() == "" {
			return fw
		}
		fw.Host, fw.Protocol, fw.Port = u.Hostname(), strings.ToLower(u.Scheme), u.Port()
		if fw.Port == "" {
			fw.Port = map[string]string{"http": "5985", "https": "5986"}[fw.Protocol]
		}
		if ip := net.ParseIP(fw.Host); ip != nil {
			fw.Host = ip.String()
		}
		return fw
	}
	return fw
}
