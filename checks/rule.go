package checks

import (
	"fmt"
	"sort"
	"time"
)

// Rule is one judged rule: what a finding's evidence names in its rule
// field. A family keeps its rules as values (one per rule, topics in
// separate files) with a small judging function beside this metadata;
// 'conformscan rules' lists them all.
type Rule struct {
	// Key identifies the rule, unique across families ("tls/protocols",
	// "CHM-7.2/FTP-NO-TLS").
	Key string `json:"key"`
	// ID is what evidence names in its rule field ("ANSSI-TLS-R4"); several
	// rules may share one ID (two checks of ANSSI-TLS-R26). Empty: Key.
	ID string `json:"id"`
	// Source is the text the rule comes from ("ANSSI-PA-035 R4", "RGS
	// annexe B1", "CNIL 2022", "grid ref 7.2").
	Source string `json:"source"`
	// Refs are the grid refs the rule serves.
	Refs []string `json:"refs"`
	// Family names the capability that judges it (tls, cleartext...).
	Family string `json:"family"`
	// TitleFR and TitleEN say what the rule requires.
	TitleFR string `json:"title"`
	TitleEN string `json:"title_en"`
	// Remediation says what to do when it fails (French, English).
	RemediationFR string `json:"remediation,omitempty"`
	RemediationEN string `json:"remediation_en,omitempty"`
	// EffectiveFrom / EffectiveUntil bound a dated rule (zero: none).
	EffectiveFrom  time.Time `json:"-"`
	EffectiveUntil time.Time `json:"-"`
}

// Title is the rule's title in l.
func (r Rule) Title(l Lang) string { return l.T(r.TitleFR, r.TitleEN) }

// Remediation is the rule's remediation in l.
func (r Rule) Remediation(l Lang) string { return l.T(r.RemediationFR, r.RemediationEN) }

// EffectiveAt tells whether the rule applies at t.
func (r Rule) EffectiveAt(t time.Time) bool {
	if !r.EffectiveFrom.IsZero() && t.Before(r.EffectiveFrom) {
		return false
	}
	return r.EffectiveUntil.IsZero() || t.Before(r.EffectiveUntil)
}

// AllRules gathers the families' rules, sorted by family then key order of
// declaration, with the family filled in.
func AllRules(fams []Family) []Rule {
	var out []Rule
	for _, f := range fams {
		for _, r := range f.Rules {
			r.Family = f.Name
			out = append(out, r)
		}
	}
	return out
}

// ValidateRules checks that keys are unique, every rule names a source and
// known refs, and titles exist in both languages.
func ValidateRules(cat *Catalogue, rules []Rule) error {
	seen := map[string]bool{}
	for _, r := range rules {
		if r.Key == "" || r.Source == "" || r.TitleFR == "" || r.TitleEN == "" || len(r.Refs) == 0 {
			return fmt.Errorf("rule %q: key, source, refs and both titles are required", r.Key)
		}
		if seen[r.Key] {
			return fmt.Errorf("rule %q is defined twice", r.Key)
		}
		seen[r.Key] = true
		for _, ref := range r.Refs {
			if _, ok := cat.Get(ref); !ok {
				return fmt.Errorf("rule %q serves unknown ref %q", r.Key, ref)
			}
		}
		if !r.EffectiveFrom.IsZero() && !r.EffectiveUntil.IsZero() && !r.EffectiveFrom.Before(r.EffectiveUntil) {
			return fmt.Errorf("rule %q: effective_from must be before effective_until", r.Key)
		}
	}
	return nil
}

// SortRules orders rules by their first ref, then key.
func SortRules(rs []Rule) {
	sort.SliceStable(rs, func(i, j int) bool {
		if rs[i].Refs[0] != rs[j].Refs[0] {
			return refLess(rs[i].Refs[0], rs[j].Refs[0])
		}
		return rs[i].Key < rs[j].Key
	})
}
