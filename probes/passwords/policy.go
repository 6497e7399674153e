// Package passwords reads password policies where they are configured on the
// machine conformscan runs on (Linux login.defs, PAM, pwquality, faillock;
// Windows account policy exported by secedit or printed by net accounts), a
// policy the vendor declares in a YAML file, and cleartext passwords in the
// application's configuration files. It never judges: checks/passwords does.
//
// A probe gathers facts and judges nothing: it must not import checks/,
// reports/, history/, serve/, cmd/, demo/ or fixtures/ (layout/layout_test.go
// guards checks/ and fixtures/).
package passwords

import (
	"fmt"
	"strings"

	"conformscan/inputs"
)

// Policy kinds: where a policy was read.
const (
	KindLinux       = "linux-pam"
	KindSecedit     = "windows-secedit"
	KindNetAccounts = "windows-net-accounts"
	KindDeclared    = "declared"
	KindADDomain    = "ad-domain"
	KindADPSO       = "ad-pso"
	KindPPolicy     = "openldap-ppolicy"
)

// Policy scopes.
const (
	ScopeAll    = "all"
	ScopeUsers  = "users"
	ScopeAdmins = "admins"
)

// Policy is one password policy as measured. A nil field was not found in
// the policy: the judge says what to provide, never assumes it.
type Policy struct {
	// Name names the policy (a file path, a DN).
	Name string `json:"name"`
	Kind string `json:"kind"`
	// Scope: whom the policy is for: ScopeAll, ScopeUsers or ScopeAdmins.
	Scope string `json:"scope"`
	// Precedence of an AD fine-grained policy (lower wins), 0 otherwise.
	Precedence int `json:"precedence,omitempty"`
	// AppliesTo lists whom the policy applies to (DNs, group names);
	// empty: every account of its scope.
	AppliesTo []string `json:"applies_to,omitempty"`
	MinLength *int     `json:"min_length,omitempty"`
	// Required character classes (each must be present).
	RequireUpper   *bool `json:"require_upper,omitempty"`
	RequireLower   *bool `json:"require_lower,omitempty"`
	RequireDigit   *bool `json:"require_digit,omitempty"`
	RequireSpecial *bool `json:"require_special,omitempty"`
	// MinClasses is "N of the 4 classes" (Windows complexity: 3).
	MinClasses *int `json:"min_classes,omitempty"`
	// Dictionary: a dictionary or blocklist check is configured.
	Dictionary       *bool `json:"dictionary,omitempty"`
	HistoryLength    *int  `json:"history_length,omitempty"`
	MaxAgeDays       *int  `json:"max_age_days,omitempty"`
	MinAgeDays       *int  `json:"min_age_days,omitempty"`
	LockoutThreshold *int  `json:"lockout_threshold,omitempty"`
	LockoutMinutes   *int  `json:"lockout_minutes,omitempty"`
	// Sources says where each setting was read, by JSON field name
	// ("min_length": "/etc/security/pwquality.conf:12: minlen = 12").
	Sources map[string]string `json:"sources,omitempty"`
	Notes   []string          `json:"notes,omitempty"`
}

// Facts is what the passwords probe saw on the local machine.
type Facts struct {
	Policies []Policy `json:"policies"`
	// Secrets are cleartext passwords found in configuration files (masked).
	Secrets []Secret `json:"secrets,omitempty"`
	// Hashed counts password values recognised as hashes.
	Hashed []Secret `json:"hashed,omitempty"`
	// ConfigFiles are the configuration files read.
	ConfigFiles []string `json:"config_files,omitempty"`
	// Skipped are the files under --config-path that could not be read
	// whole, and why: while one is, no configuration can be said clean.
	Skipped []inputs.Skipped `json:"skipped,omitempty"`
	// Administrators are the members of a Windows host's local
	// Administrators group (from its snapshot), as DOMAIN\name.
	Administrators []string `json:"administrators,omitempty"`
	Notes          []string `json:"notes,omitempty"`
}

func intp(v int) *int    { return &v }
func boolp(v bool) *bool { return &v }

// set records a setting's source.
func (p *Policy) set(field, source string) {
	if p.Sources == nil {
		p.Sources = map[string]string{}
	}
	p.Sources[field] = clip(source, 200)
}

// Source says where field was read ("" when not read).
func (p *Policy) Source(field string) string { return p.Sources[field] }

func (p *Policy) note(format string, a ...any) {
	p.Notes = append(p.Notes, fmt.Sprintf(format, a...))
}

// clip shortens s to n bytes on a rune boundary, printable only.
func clip(s string, n int) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return ' '
		}
		return r
	}, s)
	if len(s) <= n {
		return s
	}
	for n > 0 && !isRuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

func isRuneStart(b byte) bool { return b&0xc0 != 0x80 }
