package probes

import "testing"

// TestRootsOf: the root subjects probes name from their own options are
// gathered once each, in probe order.
func TestRootsOf(t *testing.T) {
	local := func() []*Subject { return []*Subject{NewSubject(SubjectLocal, "local")} }
	ps := []Probe{
		{ID: "a", Roots: func() []*Subject {
			return []*Subject{NewSubject(SubjectWifiSource, "wifi-capture:x.pcap"), NewSubject(SubjectLocal, "local")}
		}},
		{ID: "b"},
		{ID: "c", Roots: local},
	}
	got := RootsOf(ps)
	if len(got) != 2 || got[0].ID != "wifi-capture:x.pcap" || got[1].ID != "local" {
		t.Fatalf("%v", got)
	}
}
