package directory

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/go-ldap/ldap/v3"

	"conformscan/probes"
)

// Account is one directory account (an AD user, an OpenLDAP person or
// POSIX account), for 8.2.
type Account struct {
	// Name is sAMAccountName on AD, uid (else cn) elsewhere.
	Name string `json:"name"`
	DN   string `json:"dn"`
	// Disabled says why the account cannot log in ("": enabled).
	Disabled string `json:"disabled,omitempty"`
}

// Bounds of the account listing, in a session of its own so that it
// never eats the policies' budget.
const (
	// maxAccounts bounds the accounts listed; a directory holding more is
	// not listed whole (an error for 8.2, never a pass).
	maxAccounts = 4000
	accountPage = 500
)

var (
	adAccountFilter   = "(&(objectCategory=person)(objectClass=user))"
	adAccountAttrs    = []string{"sAMAccountName", "userAccountControl", "accountExpires"}
	ldapAccountFilter = "(|(objectClass=posixAccount)(objectClass=inetOrgPerson)(objectClass=account)(objectClass=shadowAccount))"
	ldapAccountAttrs  = []string{"uid", "cn", "pwdAccountLockedTime", "shadowExpire"}
)

// listAccounts lists the directory's accounts, read-only, paged and
// bounded, in a third session bound like the policies' one. What stops
// it is recorded in f.AccountsError, not in f.Errors: the policies read
// stay valid.
func listAccounts(ctx context.Context, env *probes.Env, o *Options, t Target, f *Facts) {
	pt, mode := policyTransport(t, f)
	s, err := open(ctx, env, pt, mode, f)
	if err != nil {
		f.AccountsError = "account listing: " + err.Error()
		return
	}
	defer s.close()
	if err := s.bind(env, o, t, mode, f); err != nil {
		f.AccountsError = "account listing: " + err.Error()
		return
	}
	ad := f.Product == ProductAD || f.Product == ProductSamba
	filter, attrs := ldapAccountFilter, ldapAccountAttrs
	if ad {
		filter, attrs = adAccountFilter, adAccountAttrs
	}
	bases := f.NamingContexts
	if f.DefaultContext != "" {
		bases = []string{f.DefaultContext}
	}
	f.Accounts = []Account{}
	for _, base := range bases {
		req := ldap.NewSearchRequest(base, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, maxAccounts+1, 30, false, filter, attrs, nil)
		res, err := s.c.SearchWithPaging(req, accountPage)
		if err != nil && !ldap.IsErrorWithCode(err, ldap.LDAPResultNoSuchObject) {
			f.AccountsError = fmt.Sprintf("account search under %s: %s", base, s.why(err))
			return
		}
		if res == nil {
			continue
		}
		if len(res.Referrals) > 0 {
			f.AccountsError = fmt.Sprintf("account search under %s: referred to %s, not followed", base, clip(strings.Join(clipList(res.Referrals), " "), 300))
			return
		}
		for _, e := range res.Entries {
			if a, ok := AccountOf(entryOf(e), ad, f.At); ok {
				f.Accounts = append(f.Accounts, a)
			}
		}
		if len(f.Accounts) > maxAccounts {
			f.AccountsError = fmt.Sprintf("more than %d accounts: not all listed", maxAccounts)
			return
		}
	}
}

// AD userAccountControl and accountExpires values.
const (
	uacAccountDisable = 0x2
	adNever           = 9223372036854775807
	// adEpochOffset is 1601-01-01 to 1970-01-01 in 100 ns units.
	adEpochOffset = 116444736000000000
)

// AccountOf reads one account entry; ok is false when it names no
// account. at is when the directory was read: an expiry before it
// disables the account.
func AccountOf(e Entry, ad bool, at time.Time) (Account, bool) {
	a := Account{DN: e.DN}
	if ad {
		a.Name = e.Get("sAMAccountName")
		if uac, err := strconv.ParseInt(e.Get("userAccountControl"), 10, 64); err == nil && uac&uacAccountDisable != 0 {
			a.Disabled = "userAccountControl ACCOUNTDISABLE"
		}
		if exp, err := strconv.ParseInt(e.Get("accountExpires"), 10, 64); err == nil && exp > 0 && exp != adNever && a.Disabled == "" {
			if t := time.Unix(0, 0).Add(time.Duration((exp-adEpochOffset)/10000) * time.Millisecond); exp > adEpochOffset && t.Before(at) {
				a.Disabled = "accountExpires " + t.UTC().Format(time.DateOnly) + " passed"
			}
		}
		return a, a.Name != ""
	}
	a.Name = e.Get("uid")
	if a.Name == "" {
		a.Name = e.Get("cn")
	}
	if e.Get("pwdAccountLockedTime") == "000001010000Z" {
		a.Disabled = "pwdAccountLockedTime 000001010000Z (locked by an administrator)"
	}
	if days, err := strconv.ParseInt(e.Get("shadowExpire"), 10, 64); err == nil && days >= 0 && days < 1<<20 && a.Disabled == "" {
		if t := time.Unix(days*86400, 0); t.Before(at) {
			a.Disabled = "shadowExpire " + t.UTC().Format(time.DateOnly) + " passed"
		}
	}
	return a, a.Name != ""
}
