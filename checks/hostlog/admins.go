package hostlog

import (
	"fmt"
	"slices"
	"strings"

	"conformscan/checks"
	hl "conformscan/probes/hostlog"
	"conformscan/probes/winhost"
)

// evalAuthWindows judges 6.3 on Windows: the Logon and Credential
// Validation subcategories audited in success and failure.
func evalAuthWindows(in *checks.Input, f *hl.Facts) []checks.Result {
	l := in.Settings.Lang
	w := f.Windows
	v := &verdict{}
	if w.AuditPolicy != nil {
		for _, want := range windowsAudit {
			i := slices.IndexFunc(w.AuditPolicy, func(a winAudit) bool { return strings.EqualFold(a.GUID, want.GUID) })
			if i < 0 {
				// auditpol lists every subcategory: one missing is a
				// reading that did not finish.
				f = withUnread(f, hl.Unread{Topic: hl.TopicLogging, Path: w.Where(hl.SourceAuditpol), Reason: want.Name + " " + want.GUID + " not listed"})
				continue
			}
			a := w.AuditPolicy[i]
			obs := fmt.Sprintf("%s (%s): success %t, failure %t", want.Name, a.Subcategory, a.Success, a.Failure)
			v.evidence = append(v.evidence, ev(in, RuleWinAudit, obs, "success and failure audited", w.Where(hl.SourceAuditpol)))
			if !a.Success || !a.Failure {
				v.fails = append(v.fails, l.T("audit « "+want.Name+" » incomplet (réussite "+yes(a.Success)+", échec "+yes(a.Failure)+")",
					"audit of '"+want.Name+"' incomplete (success "+yes(a.Success)+", failure "+yes(a.Failure)+")"))
			}
		}
	}
	return v.result(in, f, "6.3", hl.TopicLogging, RuleWinAudit,
		"Ouvertures de session Windows auditées en réussite et en échec ; la traçabilité applicative reste à attester dans le fichier de réponses",
		"Windows logons audited on success and failure; application logging stays to attest in the answers file")
}

func yes(b bool) string {
	if b {
		return "oui/yes"
	}
	return "non/no"
}

// withUnread returns a copy of f with u added (the facts are shared).
func withUnread(f *hl.Facts, u ...hl.Unread) *hl.Facts {
	fc := *f
	fc.Unread = append(append([]hl.Unread{}, f.Unread...), u...)
	return &fc
}

// adminAccount is one administration account and why it is one.
type adminAccount struct {
	name, why, where string
	// unknown: whether it can log in is not known (password state not
	// read, no SSH key seen).
	unknown bool
}

// evalAdminNaming judges 3.2: every administration account able to log
// in follows --account-naming; without it the ref stays documentary.
func (o *Options) evalAdminNaming(in *checks.Input) []checks.Result {
	l := in.Settings.Lang
	if o.naming == nil {
		return []checks.Result{{Ref: "3.2", Status: checks.StatusManual,
			Summary: l.T("Aucune règle de nommage donnée (--account-naming) : à attester dans le fichier de réponses",
				"No naming rule given (--account-naming): attest it in the answers file")}}
	}
	f, res := factsOr(in, "3.2")
	if res != nil {
		res.Evidence = append(res.Evidence, unreadEvidence(in, hl.FactsOf(in.Subject), hl.TopicAdmins, RuleAdminNaming)...)
		return []checks.Result{*res}
	}
	admins, f := adminAccounts(f)
	v := &verdict{}
	var ok []string
	var unknown []hl.Unread
	for _, a := range admins {
		match := o.naming.MatchString(a.name)
		v.evidence = append(v.evidence, ev(in, RuleAdminNaming, fmt.Sprintf("%s (%s) matches: %t", a.name, a.why, match), o.AccountNaming, a.where))
		switch {
		case match:
			ok = append(ok, a.name)
		case a.unknown:
			// Outside the rule but maybe locked (root usually is): not
			// a failure seen, a fact not read (as 8.2).
			unknown = append(unknown, hl.Unread{Topic: hl.TopicAdmins, Path: a.where, Reason: "password state of " + a.name + " unknown (not read in /etc/shadow)"})
		default:
			v.fails = append(v.fails, a.name)
		}
	}
	if len(unknown) > 0 {
		f = withUnread(f, unknown...)
	}
	if len(admins) == 0 {
		v.evidence = append(v.evidence, ev(in, RuleAdminNaming, "no administration account able to log in (UID 0, sudo, wheel, admin, Administrators)", o.AccountNaming, f.Access))
		ok = []string{l.T("aucun compte d'administration utilisable", "no usable administration account")}
	}
	if len(v.fails) > 0 {
		v.fails = []string{l.T("comptes d'administration hors de la règle de nommage : ", "administration accounts outside the naming rule: ") + strings.Join(v.fails, ", ")}
	}
	return v.result(in, f, "3.2", hl.TopicAdmins, RuleAdminNaming,
		fmt.Sprintf("Comptes d'administration conformes à la règle de nommage : %s", strings.Join(ok, ", ")),
		fmt.Sprintf("Administration accounts following the naming rule: %s", strings.Join(ok, ", ")))
}

// adminAccounts lists the administration accounts: on Windows the members
// of Administrators (well-known groups left out); on Linux the UID 0
// accounts and the members (listed or by primary group) of sudo, wheel
// and admin, when they can log in. Facts that leave it open (shadow or
// group not read) come back as unread in the returned facts.
func adminAccounts(f *hl.Facts) ([]adminAccount, *hl.Facts) {
	var out []adminAccount
	if w := f.Windows; w != nil {
		for _, m := range w.Administrators {
			name := m[strings.LastIndex(m, `\`)+1:]
			if !slices.ContainsFunc(wellKnownGroups, func(g string) bool { return strings.EqualFold(g, name) }) {
				out = append(out, adminAccount{name: name, why: "member of Administrators as " + m, where: w.Where(hl.SourceAdmins)})
			}
		}
		return out, f
	}
	if !f.GroupRead && len(f.UnreadOf(hl.TopicAdmins)) == 0 {
		f = withUnread(f, hl.Unread{Topic: hl.TopicAdmins, Path: f.Access + " /etc/group", Reason: "not read"})
	}
	if !f.ShadowRead {
		f = withUnread(f, hl.Unread{Topic: hl.TopicAdmins, Path: f.Access + " /etc/shadow", Reason: "not read: which administration accounts can log in is unknown"})
	}
	for _, a := range f.Accounts {
		why := adminWhy(f, a)
		if why == "" || !canLogIn(a) {
			continue
		}
		out = append(out, adminAccount{name: a.Name, why: why, where: a.Where, unknown: a.Password == "unknown" && !a.Keys})
	}
	return out, f
}

// adminWhy says why a is an administration account ("" when it is not).
func adminWhy(f *hl.Facts, a hl.Account) string {
	var why []string
	if a.UID == 0 {
		why = append(why, "UID 0")
	}
	for _, g := range f.AdminGroups {
		if slices.Contains(g.Members, a.Name) || g.GID == a.GID {
			why = append(why, "group "+g.Name)
		}
	}
	return strings.Join(why, ", ")
}

// canLogIn: a login shell and a password, an empty one, keys, or a
// password state not known (listed, never left out: evalAdminNaming makes
// an unknown one outside the rule an unread fact, not a failure).
func canLogIn(a hl.Account) bool {
	return hl.LoginShell(a.Shell) && (a.Password != "locked" || a.Keys)
}

type winAudit = winhost.AuditSetting
