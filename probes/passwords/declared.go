package passwords

import (
	"context"
	"fmt"

	"conformscan/inputs"
)

// declaredFile is the vendor-declared application policy (--password-policy):
//
//	policies:
//	  - name: "Application users"
//	    scope: users            # all (default), users or admins
//	    min_length: 12
//	    require_upper: true
//	    require_digit: true
//	    require_special: true
//	    dictionary: true        # a blocklist/dictionary check is applied
//	    history_length: 5
//	    max_age_days: 365
//	    lockout_threshold: 5
type declaredFile struct {
	Policies []declaredPolicy `yaml:"policies"`
}

type declaredPolicy struct {
	Name             string `yaml:"name"`
	Scope            string `yaml:"scope"`
	MinLength        *int   `yaml:"min_length"`
	RequireUpper     *bool  `yaml:"require_upper"`
	RequireLower     *bool  `yaml:"require_lower"`
	RequireDigit     *bool  `yaml:"require_digit"`
	RequireSpecial   *bool  `yaml:"require_special"`
	MinClasses       *int   `yaml:"min_classes"`
	Dictionary       *bool  `yaml:"dictionary"`
	HistoryLength    *int   `yaml:"history_length"`
	MaxAgeDays       *int   `yaml:"max_age_days"`
	MinAgeDays       *int   `yaml:"min_age_days"`
	LockoutThreshold *int   `yaml:"lockout_threshold"`
	LockoutMinutes   *int   `yaml:"lockout_minutes"`
}

// ReadDeclared reads a declared policy file with the bounded, strict YAML
// reader. Any error (the file unreadable, a syntax error, a duplicate key,
// an unknown field, a value of the wrong type, no policy) is a usage error
// of the scan: a policy read in part would be judged on what was not read.
func ReadDeclared(ctx context.Context, path string) ([]Policy, error) {
	data, err := inputs.Read(ctx, inputs.PasswordPolicy, path)
	if err != nil {
		return nil, err
	}
	return ParseDeclared(path, data)
}

// ParseDeclared decodes a declared policy document; source names it in
// errors ("file:line: field: message").
func ParseDeclared(source string, data []byte) ([]Policy, error) {
	var f declaredFile
	file, err := inputs.Decode(data, source, &f)
	if err != nil {
		return nil, fmt.Errorf("--password-policy %w (the format is in README.md, section 'YAML input files')", err)
	}
	loc := inputs.Locator{Source: source, File: file}
	var out []Policy
	for i, d := range f.Policies {
		p, err := d.policy(source, i, loc)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("--password-policy %s: no policy under 'policies:'", loc.At("policies"))
	}
	return out, nil
}

func (d declaredPolicy) policy(source string, i int, loc inputs.Locator) (Policy, error) {
	at := fmt.Sprintf("policies[%d]", i)
	scope := d.Scope
	if scope == "" {
		scope = ScopeAll
	}
	if scope != ScopeAll && scope != ScopeUsers && scope != ScopeAdmins {
		return Policy{}, fmt.Errorf("--password-policy %s: scope %q: use all, users or admins", loc.At(at+".scope"), clip(d.Scope, 40))
	}
	if err := d.checkNumbers(loc, at); err != nil {
		return Policy{}, err
	}
	name := d.Name
	if name == "" {
		name = fmt.Sprintf("%s#%d", source, i+1)
	}
	p := Policy{Name: clip(name, 120), Kind: KindDeclared, Scope: scope,
		MinLength: d.MinLength, RequireUpper: d.RequireUpper, RequireLower: d.RequireLower,
		RequireDigit: d.RequireDigit, RequireSpecial: d.RequireSpecial, MinClasses: d.MinClasses,
		Dictionary: d.Dictionary, HistoryLength: d.HistoryLength, MaxAgeDays: d.MaxAgeDays,
		MinAgeDays: d.MinAgeDays, LockoutThreshold: d.LockoutThreshold, LockoutMinutes: d.LockoutMinutes}
	p.set("declared", source+": declared by the vendor (not measured)")
	return p, nil
}

// checkNumbers refuses counts a policy cannot have (negative, or more
// than 4 character classes).
func (d declaredPolicy) checkNumbers(loc inputs.Locator, at string) error {
	for _, n := range []struct {
		field string
		v     *int
		max   int
	}{
		{"min_length", d.MinLength, 1 << 16}, {"min_classes", d.MinClasses, 4}, {"history_length", d.HistoryLength, 1 << 16},
		{"max_age_days", d.MaxAgeDays, 1 << 20}, {"min_age_days", d.MinAgeDays, 1 << 20},
		{"lockout_threshold", d.LockoutThreshold, 1 << 20}, {"lockout_minutes", d.LockoutMinutes, 1 << 30},
	} {
		if n.v != nil && (*n.v < 0 || *n.v > n.max) {
			return fmt.Errorf("--password-policy %s: %d is not a possible value (0 to %d)", loc.At(at+"."+n.field), *n.v, n.max)
		}
	}
	return nil
}
