package creds

import (
	"strings"
	"testing"

	"conformscan/fixtures/daemons"
)

func TestLDAPAnonymousReadFound(t *testing.T) {
	s := daemons.StartSlapd(t, daemons.SlapdOptions{})
	f, err := runProbe(t, &Flags{}, endpoint(t, s.Addr, "ldap"))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Findings) != 1 || f.Findings[0].Kind != FindingAnonymous || f.Findings[0].Account != "bind anonyme / anonymous bind" ||
		!strings.Contains(f.Findings[0].Signal, "3 entries under "+daemons.BaseDN) {
		t.Fatalf("findings %+v", f.Findings)
	}
	if f.TotalTries() != 1 {
		t.Errorf("tries %d, want 1 (no password tried)", f.TotalTries())
	}
}

func TestLDAPSAnonymousReadFound(t *testing.T) {
	s := daemons.StartSlapd(t, daemons.SlapdOptions{TLS: true})
	f, err := runProbe(t, &Flags{}, endpoint(t, s.LDAPSAddr, "ldaps"))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Findings) != 1 || f.Findings[0].Kind != FindingAnonymous || !strings.Contains(f.Findings[0].Signal, daemons.BaseDN) {
		t.Fatalf("findings %+v", f.Findings)
	}
}

// TestLDAPAnonymousRefused is the conformant twin: slapd refuses anonymous
// binds; one question asked, no finding, no password tried.
func TestLDAPAnonymousRefused(t *testing.T) {
	s := daemons.StartSlapd(t, daemons.SlapdOptions{RefuseAnonymous: true})
	f, err := runProbe(t, &Flags{}, endpoint(t, s.Addr, "ldap"))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Findings) != 0 || !f.Testable || len(f.Tried) != 1 || f.Tried[0].Tries != 1 || f.Tried[0].Found {
		t.Fatalf("facts %+v", f)
	}
}
