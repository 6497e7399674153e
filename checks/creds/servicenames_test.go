package creds

import (
	"strings"
	"testing"

	"conformscan/checks"
	"conformscan/probes/creds"
)

// TestTextsFromProbeList: 8.3's title and its "no testable service" summary
// are built from the probe's service list, so a service added there (here a
// fake one) shows in them.
func TestTextsFromProbeList(t *testing.T) {
	names := append(creds.ServiceNames(), "FakeProto")
	if got := andList(names); !strings.HasSuffix(got, ", SNMP and FakeProto") || !strings.HasPrefix(got, "SSH, FTP, ") {
		t.Errorf("andList = %q", got)
	}
	if got, want := andList([]string{"A"}), "A"; got != want {
		t.Errorf("andList one name = %q, want %q", got, want)
	}
	title := Family().Checks[0].Title
	for _, n := range creds.ServiceNames() {
		if !strings.Contains(title, n) {
			t.Errorf("8.3 title %q lacks %s", title, n)
		}
	}
	r := (&tally{}).result(checks.English)
	for _, n := range creds.ServiceNames() {
		if !strings.Contains(r.Summary, n) {
			t.Errorf("no-testable-service summary %q lacks %s", r.Summary, n)
		}
	}
}
