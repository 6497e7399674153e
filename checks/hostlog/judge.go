package hostlog

import (
	"fmt"
	"net"
	"strings"

	"conformscan/checks"
	hl "conformscan/probes/hostlog"
)

// verdict folds observations: a proven failure wins, then a file not
// read (error), then a pass.
type verdict struct {
	fails    []string
	evidence []checks.Evidence
}

func (v *verdict) result(in *checks.Input, f *hl.Facts, ref, topic, rule, passFR, passEN string) []checks.Result {
	l := in.Settings.Lang
	r := checks.Result{Ref: ref, Evidence: append(v.evidence, unreadEvidence(in, f, topic, rule)...)}
	switch {
	case len(v.fails) > 0:
		r.Status, r.Remediation = checks.StatusFail, remediation(rule, l)
		r.Summary = strings.Join(v.fails, " ; ")
	case len(f.UnreadOf(topic)) > 0:
		r.Status = checks.StatusError
		r.Summary = l.T(fmt.Sprintf("%d fichier(s) non lus (voir les preuves) : impossible de conclure", len(f.UnreadOf(topic))),
			fmt.Sprintf("%d file(s) not read (see the evidence): no conclusion", len(f.UnreadOf(topic))))
	default:
		r.Status, r.Summary = checks.StatusPass, l.T(passFR, passEN)
	}
	return []checks.Result{r}
}

// evalAuth judges 6.3: sshd's LogLevel and a sink for auth messages.
func evalAuth(in *checks.Input) []checks.Result {
	f, res := factsOr(in, "6.3")
	if res != nil {
		return []checks.Result{*res}
	}
	if f.Windows != nil {
		return evalAuthWindows(in, f)
	}
	l := in.Settings.Lang
	v := &verdict{}
	if f.SSHD {
		level, src := "INFO (default, LogLevel not set)", f.SSHDConfig
		if f.LogLevel != nil {
			level, src = f.LogLevel.Value, f.LogLevel.Where
		}
		ok := sshdLevels[strings.ToUpper(strings.Fields(level + " ")[0])]
		v.evidence = append(v.evidence, ev(in, RuleSSHDLogLevel, "sshd LogLevel "+level, "INFO, VERBOSE or DEBUG", src))
		if !ok {
			v.fails = append(v.fails, l.T("sshd LogLevel "+level+" ne trace pas les connexions", "sshd LogLevel "+level+" does not log logins"))
		}
	}
	sinks := 0
	for _, a := range f.AuthRules {
		sinks++
		v.evidence = append(v.evidence, ev(in, RuleAuthSink, "syslog rule "+a.Key+" "+a.Value, "auth/authpriv written", a.Where))
	}
	if f.Journal && (f.JournalStorage == nil || !strings.EqualFold(f.JournalStorage.Value, "none")) {
		sinks++
		storage, src := "auto (default)", f.Access
		if f.JournalStorage != nil {
			storage, src = f.JournalStorage.Value, f.JournalStorage.Where
		}
		v.evidence = append(v.evidence, ev(in, RuleAuthSink, "systemd-journald installed, Storage="+storage, "auth/authpriv written", src))
	}
	if f.Auditd {
		sinks++
		v.evidence = append(v.evidence, ev(in, RuleAuthSink, fmt.Sprintf("auditd installed, rules files: %s", strings.Join(f.AuditRules, ", ")),
			"auth/authpriv written", f.Access))
	}
	if sinks == 0 && len(f.UnreadOf(hl.TopicLogging)) == 0 {
		v.evidence = append(v.evidence, ev(in, RuleAuthSink, "no syslog auth rule, no journal, no auditd; files read: "+strings.Join(f.ConfigsRead, ", "),
			"auth/authpriv written", f.Access))
		v.fails = append(v.fails, l.T("aucune destination des authentifications (syslog auth/authpriv, journal, auditd)",
			"no destination for authentications (syslog auth/authpriv, journal, auditd)"))
	}
	return v.result(in, f, "6.3", hl.TopicLogging, RuleAuthSink,
		"Authentifications système tracées (sshd et PAM) ; la traçabilité applicative reste à attester dans le fichier de réponses",
		"System authentications logged (sshd and PAM); application logging stays to attest in the answers file")
}

// evalForward judges 6.5: a forwarding destination, the expected one
// when --log-collector is given.
func (o *Options) evalForward(in *checks.Input) []checks.Result {
	f, res := factsOr(in, "6.5")
	if res != nil {
		return []checks.Result{*res}
	}
	l := in.Settings.Lang
	v := &verdict{}
	var dests []string
	matched := false
	for _, fw := range f.Forwards {
		dest := net.JoinHostPort(fw.Host, fw.Port)
		if fw.Port == "" {
			dest = fw.Host
		}
		dests = append(dests, dest)
		v.evidence = append(v.evidence, ev(in, RuleForward, fmt.Sprintf("%s forwards to %s (%s)", fw.Via, dest, fw.Protocol), "a central collector", fw.Where))
		matched = matched || o.matches(fw)
	}
	topic := hl.TopicLogging
	if f.Windows != nil {
		topic = hl.TopicForwarding
		if st := f.Windows.WinRMState; st != "" && st != "running" && len(f.Forwards) > 0 {
			v.evidence = append(v.evidence, ev(in, RuleForward, "WinRM service "+st, "running (Windows Event Forwarding needs it)", f.Windows.Where("services")))
			v.fails = append(v.fails, l.T("service WinRM "+st+" : les abonnements ne sont pas relevés", "WinRM service "+st+": subscriptions are not pulled"))
		}
	}
	unread := len(f.UnreadOf(topic)) > 0
	switch {
	case len(f.Forwards) == 0 && !unread:
		v.evidence = append(v.evidence, ev(in, RuleForward, "no forwarding in the files read: "+strings.Join(f.ConfigsRead, ", "), "a central collector", f.Access))
		v.fails = append(v.fails, l.T("aucun renvoi des traces vers un collecteur", "no log forwarding to a collector"))
	case o.Collector != "" && !matched && !unread:
		v.evidence = append(v.evidence, ev(in, RuleCollector, "destinations: "+strings.Join(dests, ", "), o.Collector, f.Access))
		v.fails = append(v.fails, l.T("les traces ne vont pas au collecteur attendu "+o.Collector, "logs do not go to the expected collector "+o.Collector))
	case o.Collector != "" && matched:
		// The expected forwarding is seen: a file not read elsewhere
		// cannot undo it.
		f = &hl.Facts{Access: f.Access}
	}
	return v.result(in, f, "6.5", topic, RuleForward,
		"Traces transmises à : "+strings.Join(dests, ", ")+" ; le format et le mode d'accès restent à décrire dans le fichier de réponses",
		"Logs forwarded to: "+strings.Join(dests, ", ")+"; the format and access mode stay to describe in the answers file")
}

// matches tells whether fw goes to the expected collector.
func (o *Options) matches(fw hl.Forward) bool {
	host, port, err := net.SplitHostPort(o.Collector)
	if err != nil {
		host, port = o.Collector, ""
	}
	return strings.EqualFold(fw.Host, host) && (port == "" || port == fw.Port)
}

// evalAccounts judges 8.2: generic local accounts able to log in.
func (o *Options) evalAccounts(in *checks.Input) []checks.Result {
	f, res := factsOr(in, "8.2")
	if res != nil {
		return []checks.Result{*res}
	}
	l := in.Settings.Lang
	if f.Windows != nil {
		return o.evalAccountsWindows(in, f)
	}
	v := &verdict{}
	logins := 0
	var unknown []hl.Unread
	for _, a := range f.Accounts {
		if !hl.LoginShell(a.Shell) {
			continue
		}
		can := a.Password == "hash" || a.Password == "empty" || a.Keys
		if can {
			logins++
		}
		if !o.isGeneric(a.Name) || !(can || a.Password == "unknown") {
			continue
		}
		if o.isService(a.Name) {
			v.evidence = append(v.evidence, ev(in, RuleGeneric, a.Name+": service account accepted (--service-account)", "a personal account", a.Where))
			continue
		}
		obs := fmt.Sprintf("%s (uid %d, shell %s, password %s, SSH keys %t)", a.Name, a.UID, a.Shell, a.Password, a.Keys)
		v.evidence = append(v.evidence, ev(in, RuleGeneric, obs, "a personal account, or locked with a nologin shell", a.Where))
		if can {
			v.fails = append(v.fails, l.T("compte générique "+a.Name+" utilisable", "generic account "+a.Name+" can log in"))
		} else {
			unknown = append(unknown, hl.Unread{Topic: hl.TopicAccounts, Path: a.Where, Reason: "password state of " + a.Name + " unknown (not in /etc/shadow)"})
		}
	}
	if !f.ShadowRead && len(f.UnreadOf(hl.TopicAccounts)) == 0 {
		unknown = append(unknown, hl.Unread{Topic: hl.TopicAccounts, Path: f.Access + " /etc/shadow", Reason: "not read"})
	}
	if len(unknown) > 0 {
		fc := *f // the facts are shared: judge a copy
		fc.Unread = append(append([]hl.Unread{}, f.Unread...), unknown...)
		f = &fc
	}
	return v.result(in, f, "8.2", hl.TopicAccounts, RuleGeneric,
		fmt.Sprintf("Aucun compte local générique utilisable (%d compte(s) pouvant ouvrir une session) ; le caractère nominatif des autres comptes reste à attester", logins),
		fmt.Sprintf("No usable generic local account (%d account(s) able to log in); whether the others are personal stays to attest", logins))
}

// isGeneric tells whether name is a generic name, alone or followed by
// a number ("admin", "admin2", "test_01").
func (o *Options) isGeneric(name string) bool {
	base := strings.TrimRight(name, "0123456789")
	if base != name {
		base = strings.TrimRight(base, "-_.")
	}
	for _, list := range [][]string{genericNames, o.Generic} {
		for _, g := range list {
			if strings.EqualFold(name, g) || strings.EqualFold(base, g) {
				return true
			}
		}
	}
	return false
}
