package checks

import (
	"fmt"
	"sort"
	"time"
)

// Settings carry what checks need beyond facts: the reference date rules are
// judged at, the report language, and check-specific options.
type Settings struct {
	Lang Lang
	// RefDate is the date validity and algorithm rules are judged at.
	RefDate time.Time
	// TLSProfile is the TLS policy the TLS checks judge against (nil: the
	// built-in "anssi" profile; see LoadTLSProfile).
	TLSProfile *TLSProfile
}

// Input is what a check evaluates.
type Input struct {
	Facts *TargetFacts
	Settings
}

// Check is one judging function, a plain value in the list All returns.
type Check struct {
	// ID is stable and unique ("cleartext-credentials").
	ID string
	// Title says in English what the check verifies.
	Title string
	// Refs are the refs the check serves; every result it returns is for
	// one of them.
	Refs []string
	// Needs are the probe IDs whose facts the check reads.
	Needs []string
	// Eval judges the facts of one target. It returns at least one result
	// per ref it serves; the runner fills Level, Title, Target and Check.
	Eval func(in *Input) []Result
}

// All returns every check, in a fixed order. Adding a check means adding it
// here and naming it in the catalogue overlay.
func All() []Check {
	return []Check{
		cleartextCheck(),
		tlsWebCheck(),
		tlsAuthCheck(),
		tlsCryptoCheck(),
	}
}

// ValidateChecks verifies that check IDs are unique, that every check's
// refs exist in the catalogue and name it back, and that every check a ref
// names exists.
func ValidateChecks(cat *Catalogue, all []Check, probeIDs []string) error {
	known := map[string]bool{}
	for _, p := range probeIDs {
		known[p] = true
	}
	byID := map[string]Check{}
	for _, c := range all {
		if c.ID == "" || c.Eval == nil || len(c.Refs) == 0 {
			return fmt.Errorf("check %q: ID, Refs and Eval are required", c.ID)
		}
		if _, dup := byID[c.ID]; dup {
			return fmt.Errorf("check %q is defined twice", c.ID)
		}
		byID[c.ID] = c
		for _, n := range c.Needs {
			if !known[n] {
				return fmt.Errorf("check %q needs unknown probe %q", c.ID, n)
			}
		}
		for _, ref := range c.Refs {
			r, ok := cat.Get(ref)
			if !ok {
				return fmt.Errorf("check %q serves unknown ref %q", c.ID, ref)
			}
			if !contains(r.Checks, c.ID) {
				return fmt.Errorf("check %q serves ref %s but the catalogue does not name it there", c.ID, ref)
			}
		}
	}
	for _, r := range cat.Refs {
		for _, id := range r.Checks {
			c, ok := byID[id]
			if !ok {
				return fmt.Errorf("ref %s names unknown check %q", r.Ref, id)
			}
			if !contains(c.Refs, r.Ref) {
				return fmt.Errorf("ref %s names check %q which does not serve it", r.Ref, id)
			}
		}
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// ChecksFor returns the checks that serve at least one of refs, and the
// sorted union of the probes they need.
func ChecksFor(all []Check, refs []Ref) ([]Check, []string) {
	want := map[string]bool{}
	for _, r := range refs {
		for _, id := range r.Checks {
			want[id] = true
		}
	}
	var out []Check
	needs := map[string]bool{}
	for _, c := range all {
		if want[c.ID] {
			out = append(out, c)
			for _, n := range c.Needs {
				needs[n] = true
			}
		}
	}
	var ids []string
	for n := range needs {
		ids = append(ids, n)
	}
	sort.Strings(ids)
	return out, ids
}
