package passwords

import (
	"fmt"

	"github.com/goccy/go-yaml"

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

// ReadDeclared reads a declared policy file with the bounded YAML reader.
func ReadDeclared(path string) ([]Policy, error) {
	data, err := inputs.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("--password-policy: %w", err)
	}
	return ParseDeclared(path, data)
}

// ParseDeclared decodes a declared policy document.
func ParseDeclared(source string, data []byte) ([]Policy, error) {
	if _, err := inputs.Parse(data, source); err != nil {
		return nil, fmt.Errorf("--password-policy %s: %w", source, err)
	}
	var f declaredFile
	if err := yaml.UnmarshalWithOptions(data, &f, yaml.Strict()); err != nil {
		return nil, fmt.Errorf("--password-policy %s: %w (see probes/passwords/declared.go for the format)", source, err)
	}
	var out []Policy
	for i, d := range f.Policies {
		p, err := d.policy(source, i)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("--password-policy %s: no policy under 'policies:'", source)
	}
	return out, nil
}

func (d declaredPolicy) policy(source string, i int) (Policy, error) {
	scope := d.Scope
	if scope == "" {
		scope = ScopeAll
	}
	if scope != ScopeAll && scope != ScopeUsers && scope != ScopeAdmins {
		return Policy{}, fmt.Errorf("--password-policy %s: policy %d: scope %q: use all, users or admins", source, i+1, d.Scope)
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
