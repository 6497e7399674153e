package hostlog

import (
	"fmt"
	"strings"

	"conformscan/checks"
	hl "conformscan/probes/hostlog"
	"conformscan/probes/winhost"
)

// sharedRIDs are built-in accounts no person owns, whatever their name:
// the built-in Administrator (500) and Guest (501).
var sharedRIDs = map[int]string{500: "the built-in Administrator (RID 500)", 501: "the built-in Guest (RID 501)"}

// evalAccountsWindows judges 8.2 on a Windows snapshot: no enabled local
// account with a generic name, nor the enabled built-in Administrator or
// Guest (renamed or not); accepted service accounts are excepted.
func (o *Options) evalAccountsWindows(in *checks.Input, f *hl.Facts) []checks.Result {
	l := in.Settings.Lang
	w := f.Windows
	v := &verdict{}
	var enabled []string
	for _, a := range w.LocalAccounts {
		if !a.Enabled {
			continue
		}
		enabled = append(enabled, a.Name)
		shared, builtin := sharedRIDs[a.RID()]
		if !o.isGeneric(a.Name) && !builtin {
			continue
		}
		if o.isService(a.Name) {
			v.evidence = append(v.evidence, ev(in, RuleGeneric, a.Name+": service account accepted (--service-account)", "a personal account", w.Where(hl.SourceAccounts)))
			continue
		}
		v.evidence = append(v.evidence, ev(in, RuleGeneric, winAccount(a, shared), "a personal account, or disabled", w.Where(hl.SourceAccounts)))
		v.fails = append(v.fails, l.T("compte générique "+a.Name+" activé", "generic account "+a.Name+" enabled"))
	}
	switch {
	case w.LocalAccounts != nil:
		v.evidence = append(v.evidence, ev(in, RuleGeneric, fmt.Sprintf("%d enabled local account(s) of %d: %s", len(enabled), len(w.LocalAccounts), strings.Join(enabled, ", ")),
			"no enabled generic account", w.Where(hl.SourceAccounts)))
	case len(f.UnreadOf(hl.TopicAccounts)) == 0:
		// Never "no account": a list not read is an error.
		f = withUnread(f, hl.Unread{Topic: hl.TopicAccounts, Path: w.Where(hl.SourceAccounts), Reason: "not in the snapshot"})
	}
	return v.result(in, f, "8.2", hl.TopicAccounts, RuleGeneric,
		fmt.Sprintf("Aucun compte local générique activé (%d compte(s) activé(s)) ; le caractère nominatif des autres comptes et des comptes du domaine reste à attester", len(enabled)),
		fmt.Sprintf("No enabled generic local account (%d enabled account(s)); whether the others and the domain accounts are personal stays to attest", len(enabled)))
}

// winAccount describes one enabled account for evidence.
func winAccount(a winhost.LocalAccount, shared string) string {
	last := "never logged on"
	if !a.LastLogon.IsZero() {
		last = "last logon " + a.LastLogon.UTC().Format("2006-01-02")
	}
	s := fmt.Sprintf("%s (SID %s, enabled, %s)", a.Name, a.SID, last)
	if shared != "" {
		s += ": " + shared
	}
	return s
}
