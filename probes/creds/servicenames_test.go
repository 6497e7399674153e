package creds

import (
	"slices"
	"testing"
)

// TestServiceNames: every login service has a display name, in the order of
// loginServices, and SNMP closes the list.
func TestServiceNames(t *testing.T) {
	names := ServiceNames()
	svcs := loginServices()
	if len(names) != len(svcs)+1 || names[len(names)-1] != "SNMP" {
		t.Fatalf("ServiceNames() = %q, want one per login service then SNMP", names)
	}
	for i, s := range svcs {
		if s.display == "" || names[i] != s.display {
			t.Errorf("service %s: display %q at %d, got %q", s.name, s.display, i, names[i])
		}
	}
	if len(slices.Compact(slices.Sorted(slices.Values(names)))) != len(names) {
		t.Errorf("ServiceNames() has duplicates: %q", names)
	}
}
