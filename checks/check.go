package checks

import (
	"fmt"
	"slices"
	"sort"
	"time"

	"conformscan/probes"
)

// Settings carry what every check needs beyond facts: the reference date
// rules are judged at and the report language. A family's own options (the
// TLS profile) live in the family.
type Settings struct {
	Lang Lang
	// RefDate is the date validity and algorithm rules are judged at.
	RefDate time.Time
}

// Input is what a check evaluates: one subject of the check's kind (a host
// with its endpoints as children, the local machine, a BSS...).
type Input struct {
	Subject *probes.Subject
	Settings
	plan *Plan
}

// ProbeNotRun says why probe id did not run in this scan ("" when it ran
// or was not needed), so a check can say why a ref stays unmeasured.
func (in *Input) ProbeNotRun(id string) string {
	if in.plan == nil {
		return ""
	}
	return in.plan.NotRun(id)
}

// Check is one judging function, a plain value in a family's list.
type Check struct {
	// ID is stable and unique ("cleartext-credentials").
	ID string
	// Title says in English what the check verifies.
	Title string
	// Refs are the refs the check serves; every result it returns is for
	// one of them.
	Refs []string
	// Kind is the kind of subject the check judges (default: host).
	Kind probes.SubjectKind
	// Needs are the probe IDs whose facts the check reads. When one of
	// them failed (or, planned and applicable, did not run) on the subject
	// or on a subject below it (a host's endpoints), the runner writes
	// ERROR for every ref of the check on that subject with the probe's
	// error as evidence: facts that did not finish measured nothing.
	Needs []string
	// Partial names the needed probes whose failures the check judges
	// itself: it must turn each failure into an ERROR (or a FAIL a refusal
	// proves) for the subject concerned, never PASS, N/A or MANUAL. The
	// property test of checks/list holds every check to it.
	Partial []string
	// Eval judges one subject. It returns at least one result per ref it
	// serves; the runner fills Level, Title, Target and Check.
	Eval func(in *Input) []Result
}

// SubjectKind is the kind the check judges, host by default.
func (c Check) SubjectKind() probes.SubjectKind {
	if c.Kind == "" {
		return probes.SubjectHost
	}
	return c.Kind
}

// Family is one capability's judging: its checks, the rules they apply,
// and its own options (nil: none). Families are listed in checks/list.
type Family struct {
	Name    string
	Options probes.Options
	Checks  []Check
	Rules   []Rule
	// Doc, when set, renders the family's rules page (docs/<name>-rules.md)
	// in Markdown; 'conformscan rules --family NAME --format markdown'
	// prints it.
	Doc func() string
}

// ValidateChecks verifies that check IDs are unique, that every check's
// refs exist in the catalogue and name it back, that every check a ref
// names exists, and that every probe a check needs is known.
func ValidateChecks(cat *Catalogue, all []Check, probeIDs []string) error {
	byID, err := indexChecks(all, probeIDs)
	if err != nil {
		return err
	}
	for _, c := range all {
		for _, ref := range c.Refs {
			r, ok := cat.Get(ref)
			if !ok {
				return fmt.Errorf("check %q serves unknown ref %q", c.ID, ref)
			}
			if !slices.Contains(r.Checks, c.ID) {
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
			if !slices.Contains(c.Refs, r.Ref) {
				return fmt.Errorf("ref %s names check %q which does not serve it", r.Ref, id)
			}
		}
	}
	return nil
}

func indexChecks(all []Check, probeIDs []string) (map[string]Check, error) {
	byID := map[string]Check{}
	for _, c := range all {
		if c.ID == "" || c.Eval == nil || len(c.Refs) == 0 {
			return nil, fmt.Errorf("check %q: ID, Refs and Eval are required", c.ID)
		}
		if _, dup := byID[c.ID]; dup {
			return nil, fmt.Errorf("check %q is defined twice", c.ID)
		}
		byID[c.ID] = c
		for _, n := range c.Needs {
			if !slices.Contains(probeIDs, n) {
				return nil, fmt.Errorf("check %q needs unknown probe %q", c.ID, n)
			}
		}
	}
	return byID, nil
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

// AllChecks flattens the families' checks, in family order.
func AllChecks(fams []Family) []Check {
	var out []Check
	for _, f := range fams {
		out = append(out, f.Checks...)
	}
	return out
}
