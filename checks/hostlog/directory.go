package hostlog

import (
	"fmt"
	"strings"

	"conformscan/checks"
	dir "conformscan/probes/directory"
)

// evalDirAccounts judges 8.2 on a directory (--directory): enabled
// accounts with a generic name fail; a listing that did not finish, or
// nothing listed, is an error.
func (o *Options) evalDirAccounts(in *checks.Input) []checks.Result {
	l := in.Settings.Lang
	f := dir.FactsOf(in.Subject)
	r := checks.Result{Ref: "8.2"}
	if f == nil {
		why := in.ProbeNotRun(dir.ID)
		if why == "" {
			why = l.T("la sonde "+dir.ID+" n'a rien relevé", "probe "+dir.ID+" recorded nothing")
		}
		r.Status, r.Summary = checks.StatusManual, l.T("Non mesuré : ", "Not measured: ")+why
		return []checks.Result{r}
	}
	var generic []string
	for _, a := range f.Accounts {
		if !o.isGeneric(a.Name) {
			continue
		}
		obs := fmt.Sprintf("%s (%s)", a.Name, a.DN)
		switch {
		case o.isService(a.Name):
			r.Evidence = append(r.Evidence, ev(in, RuleGeneric, obs+": service account accepted (--service-account)", "a personal account", f.URL))
		case a.Disabled != "":
			r.Evidence = append(r.Evidence, ev(in, RuleGeneric, obs+": disabled, "+a.Disabled, "a personal account, or disabled", f.URL))
		default:
			r.Evidence = append(r.Evidence, ev(in, RuleGeneric, obs+": enabled", "a personal account, or disabled", f.URL))
			generic = append(generic, a.Name)
		}
	}
	switch {
	case len(generic) > 0:
		r.Status, r.Remediation = checks.StatusFail, remediation(RuleGeneric, l)
		r.Summary = l.T("compte(s) générique(s) actif(s) dans l'annuaire : ", "enabled generic directory account(s): ") + strings.Join(generic, ", ")
	case f.Accounts == nil || f.AccountsError != "":
		why := f.AccountsError
		if why == "" {
			why = "accounts not listed"
		}
		r.Evidence = append(r.Evidence, ev(in, RuleGeneric, "not listed whole: "+why, "every account listed", f.URL))
		r.Status, r.Summary = checks.StatusError, l.T("Comptes de l'annuaire non listés en entier : ", "Directory accounts not listed whole: ")+why
	case len(f.Accounts) == 0:
		r.Evidence = append(r.Evidence, ev(in, RuleGeneric, "no account listed (bound as "+boundAs(f)+")", "every account listed", f.URL))
		r.Status = checks.StatusError
		r.Summary = l.T("Aucun compte lu dans l'annuaire : se lier avec --ldap-bind-dn d'un compte autorisé à les lire",
			"No account read from the directory: bind with --ldap-bind-dn as an account allowed to read them")
	default:
		r.Evidence = append(r.Evidence, ev(in, RuleGeneric, fmt.Sprintf("%d accounts listed (bound as %s), no enabled generic name", len(f.Accounts), boundAs(f)), "a personal account, or disabled", f.URL))
		r.Status = checks.StatusPass
		r.Summary = l.T(fmt.Sprintf("Aucun compte générique actif parmi les %d comptes de l'annuaire ; le caractère nominatif des autres reste à attester", len(f.Accounts)),
			fmt.Sprintf("No enabled generic account among the directory's %d accounts; whether the others are personal stays to attest", len(f.Accounts)))
	}
	return []checks.Result{r}
}

func boundAs(f *dir.Facts) string {
	if f.BoundAs == "" {
		return "anonymous"
	}
	return f.BoundAs
}

// isService tells whether --service-account names the account.
func (o *Options) isService(name string) bool {
	for _, s := range o.Service {
		if strings.EqualFold(s, name) {
			return true
		}
	}
	return false
}
