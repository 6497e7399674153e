package directory

import (
	"strconv"
	"strings"

	pw "conformscan/probes/passwords"
)

// Entry is one LDAP entry: its DN and attributes (names as the server
// spelled them, looked up case-insensitively).
type Entry struct {
	DN    string
	Attrs map[string][]string
}

// Get returns the first value of attribute name ("" when absent).
func (e Entry) Get(name string) string {
	for k, v := range e.Attrs {
		if strings.EqualFold(k, name) && len(v) > 0 {
			return v[0]
		}
	}
	return ""
}

// All returns every value of attribute name.
func (e Entry) All(name string) []string {
	for k, v := range e.Attrs {
		if strings.EqualFold(k, name) {
			return v
		}
	}
	return nil
}

// DefaultAdminGroups are the groups whose members administer an AD domain
// (English and French names).
var DefaultAdminGroups = []string{
	"Domain Admins", "Enterprise Admins", "Schema Admins", "Administrators",
	"Account Operators", "Server Operators", "Backup Operators",
	"Admins du domaine", "Administrateurs de l'entreprise", "Administrateurs du schéma", "Administrateurs",
	"Opérateurs de compte", "Opérateurs de serveur", "Opérateurs de sauvegarde",
}

// adInterval turns an AD interval (negative 100 ns units; the minimum
// int64 means never) into days or minutes.
func adInterval(v string, unit int64) (int, bool) {
	n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
	if err != nil {
		return 0, false
	}
	if n == -9223372036854775808 || n == 0 {
		return 0, true
	}
	if n < 0 {
		n = -n
	}
	return int(n / unit), true
}

const (
	perDay    = 864_000_000_000
	perMinute = 600_000_000
)

// adFields are the integer attributes of the domain policy and of PSOs.
type adFields struct {
	minLen, history, maxAge, minAge, lockout, lockDuration string
}

var (
	domainFields = adFields{"minPwdLength", "pwdHistoryLength", "maxPwdAge", "minPwdAge", "lockoutThreshold", "lockoutDuration"}
	psoFields    = adFields{"msDS-MinimumPasswordLength", "msDS-PasswordHistoryLength", "msDS-MaximumPasswordAge",
		"msDS-MinimumPasswordAge", "msDS-LockoutThreshold", "msDS-LockoutDuration"}
)

// readAD fills the policy's fields from an AD entry.
func readAD(p *pw.Policy, e Entry, a adFields) {
	src := func(attr string) string { return e.DN + ": " + attr + "=" + e.Get(attr) }
	ints := []struct {
		attr, field string
		ptr         **int
		unit        int64
	}{{a.minLen, "min_length", &p.MinLength, 0}, {a.history, "history_length", &p.HistoryLength, 0},
		{a.maxAge, "max_age_days", &p.MaxAgeDays, perDay}, {a.minAge, "min_age_days", &p.MinAgeDays, perDay},
		{a.lockout, "lockout_threshold", &p.LockoutThreshold, 0}, {a.lockDuration, "lockout_minutes", &p.LockoutMinutes, perMinute}}
	for _, x := range ints {
		v := e.Get(x.attr)
		if v == "" {
			continue
		}
		n, ok := 0, false
		if x.unit == 0 {
			n, ok = atoi(v)
		} else {
			n, ok = adInterval(v, x.unit)
		}
		if ok {
			*x.ptr = &n
			p.Sources = setSource(p.Sources, x.field, src(x.attr))
		}
	}
}

// complexity records AD complexity (3 of 4 classes) on or off; AD has no
// dictionary check of its own: Dictionary stays unknown.
func complexity(p *pw.Policy, on bool, source string) {
	classes := 0
	if on {
		classes = 3
	}
	f := false
	p.MinClasses, p.RequireUpper, p.RequireDigit, p.RequireSpecial = &classes, &f, &f, &f
	for _, k := range []string{"min_classes", "require_upper", "require_digit", "require_special"} {
		p.Sources = setSource(p.Sources, k, source)
	}
	p.Notes = append(p.Notes, "AD complexity is '3 of 4 categories' and no dictionary check: a blocklist (Entra Password Protection, a password filter) must be documented")
}

// ADDomainPolicy reads the domain object's password policy (nil when the
// entry has none of its attributes).
func ADDomainPolicy(e Entry) *pw.Policy {
	if e.Get("minPwdLength") == "" && e.Get("pwdProperties") == "" {
		return nil
	}
	p := &pw.Policy{Name: e.DN, Kind: pw.KindADDomain, Scope: pw.ScopeAll}
	readAD(p, e, domainFields)
	if v, ok := atoi(e.Get("pwdProperties")); ok {
		complexity(p, v&1 == 1, e.DN+": pwdProperties="+e.Get("pwdProperties"))
	}
	return p
}

// ADPSO reads a fine-grained password policy (msDS-PasswordSettings); its
// scope is admins when msDS-PSOAppliesTo names an administrators' group or
// an account of admins.
func ADPSO(e Entry, admins []string) pw.Policy {
	p := pw.Policy{Name: e.DN, Kind: pw.KindADPSO, Scope: pw.ScopeUsers, AppliesTo: e.All("msDS-PSOAppliesTo")}
	readAD(&p, e, psoFields)
	p.Precedence, _ = atoi(e.Get("msDS-PasswordSettingsPrecedence"))
	v := e.Get("msDS-PasswordComplexityEnabled")
	complexity(&p, strings.EqualFold(v, "TRUE"), e.DN+": msDS-PasswordComplexityEnabled="+v)
	for _, dn := range p.AppliesTo {
		if isAdmin(dn, admins) {
			p.Scope = pw.ScopeAdmins
		}
	}
	return p
}

// isAdmin tells whether dn (or its first RDN's value) names an admin group.
func isAdmin(dn string, admins []string) bool {
	cn := dn
	if _, v, ok := strings.Cut(dn, "="); ok {
		cn, _, _ = strings.Cut(v, ",")
	}
	for _, a := range admins {
		if strings.EqualFold(a, dn) || strings.EqualFold(a, strings.TrimSpace(cn)) {
			return true
		}
	}
	return false
}

// PPolicy reads an OpenLDAP ppolicy entry (pwdPolicy). ppolicy checks the
// length only (pwdCheckQuality); classes and dictionary need a
// pwdCheckModule, which the entry alone does not prove.
func PPolicy(e Entry) pw.Policy {
	p := pw.Policy{Name: e.DN, Kind: pw.KindPPolicy, Scope: pw.ScopeAll}
	src := func(attr string) string { return e.DN + ": " + attr + "=" + e.Get(attr) }
	set := func(attr, field string, ptr **int, div int) {
		if n, ok := atoi(e.Get(attr)); ok {
			n /= div
			*ptr = &n
			p.Sources = setSource(p.Sources, field, src(attr))
		}
	}
	set("pwdInHistory", "history_length", &p.HistoryLength, 1)
	set("pwdMaxAge", "max_age_days", &p.MaxAgeDays, 86400)
	set("pwdMinAge", "min_age_days", &p.MinAgeDays, 86400)
	set("pwdLockoutDuration", "lockout_minutes", &p.LockoutMinutes, 60)
	if q, _ := atoi(e.Get("pwdCheckQuality")); q > 0 {
		set("pwdMinLength", "min_length", &p.MinLength, 1)
	} else if e.Get("pwdMinLength") != "" {
		p.Notes = append(p.Notes, "pwdMinLength is not enforced: pwdCheckQuality is 0")
	}
	zero := 0
	p.LockoutThreshold = &zero
	p.Sources = setSource(p.Sources, "lockout_threshold", src("pwdLockout"))
	if strings.EqualFold(e.Get("pwdLockout"), "TRUE") {
		set("pwdMaxFailure", "lockout_threshold", &p.LockoutThreshold, 1)
	}
	checkModule(&p, e)
	return p
}

// checkModule: without pwdCheckModule (2.4) or pwdUseCheckModule (2.5+),
// ppolicy enforces no character class and no dictionary; with one, what it
// enforces is to be documented (unknown).
func checkModule(p *pw.Policy, e Entry) {
	m := e.Get("pwdCheckModule")
	if m != "" || strings.EqualFold(e.Get("pwdUseCheckModule"), "TRUE") {
		p.Notes = append(p.Notes, "check module "+m+" in use: its character-class and dictionary rules are to be documented")
		return
	}
	f, zero := false, 0
	p.RequireUpper, p.RequireDigit, p.RequireSpecial, p.MinClasses, p.Dictionary = &f, &f, &f, &zero, &f
	for _, k := range []string{"require_upper", "require_digit", "require_special", "min_classes", "dictionary"} {
		p.Sources = setSource(p.Sources, k, e.DN+": no pwdCheckModule nor pwdUseCheckModule (ppolicy checks the length only)")
	}
}

func setSource(m map[string]string, field, src string) map[string]string {
	if m == nil {
		m = map[string]string{}
	}
	if len(src) > 200 {
		src = src[:200]
	}
	m[field] = src
	return m
}

func atoi(s string) (int, bool) {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	return n, err == nil
}
