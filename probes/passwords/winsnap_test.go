package passwords

import (
	"os"
	"strings"
	"testing"

	"conformscan/probes/winhost"
)

func winSnapshot(t *testing.T, name string) *winhost.Snapshot {
	t.Helper()
	b, err := os.ReadFile("../winhost/testdata/" + name + ".json")
	if err != nil {
		t.Fatal(err)
	}
	s, err := winhost.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestSnapshotFacts(t *testing.T) {
	f, err := SnapshotFacts(winSnapshot(t, "ws2012r2"))
	if err != nil {
		t.Fatal(err)
	}
	p := f.Policies[0]
	if p.Kind != KindWindowsLocal || p.Scope != ScopeAll || *p.MinLength != 7 || *p.MaxAgeDays != 42 || *p.HistoryLength != 24 || *p.MinClasses != 3 {
		t.Fatalf("%+v", p)
	}
	// Complexity comes from the secedit text, read by ParseSecedit.
	if src := p.Source("min_classes"); !strings.Contains(src, "secedit") || !strings.Contains(src, "PasswordComplexity") {
		t.Fatalf("complexity source %q", src)
	}
	if len(f.Administrators) != 2 || !strings.Contains(strings.Join(f.Notes, " "), `EXAMPLE\Domain Admins`) {
		t.Fatalf("admins %v %v", f.Administrators, f.Notes)
	}
	f, err = SnapshotFacts(winSnapshot(t, "ws2016"))
	if err != nil || *f.Policies[0].MinClasses != 0 || *f.Policies[0].MinLength != 0 {
		t.Fatalf("ws2016: %v %+v", err, f)
	}
}

// A policy, complexity or Administrators group not read is an error.
func TestSnapshotFactsUnread(t *testing.T) {
	s := winSnapshot(t, "ws2022")
	s.Policy, s.Problems = nil, []winhost.Problem{{Source: "account_policy", Error: "NetUserModalsGet level 0: Access is denied."}}
	if _, err := SnapshotFacts(s); err == nil || !strings.Contains(err.Error(), "Access is denied") {
		t.Fatalf("policy unread: %v", err)
	}
	s = winSnapshot(t, "ws2022")
	s.Policy.Complexity = nil
	s.Problems = []winhost.Problem{{Source: "account_policy.complexity", Error: "secedit /export: exit status 5"}}
	if _, err := SnapshotFacts(s); err == nil || !strings.Contains(err.Error(), "secedit") {
		t.Fatalf("complexity unread: %v", err)
	}
	s = winSnapshot(t, "ws2022")
	s.Policy.Complexity = nil
	if _, err := SnapshotFacts(s); err == nil {
		t.Fatal("complexity absent, no secedit: accepted")
	}
	s = winSnapshot(t, "ws2022")
	s.Administrators = nil
	if f, err := SnapshotFacts(s); err == nil || len(f.Policies) != 1 {
		t.Fatalf("admins unread: %v", err)
	}
}

// On this machine (native --local on Windows) the files the options name
// are read besides the snapshot; for a host elsewhere they are not.
func TestCollectWindowsLocalFiles(t *testing.T) {
	o := &Options{Secedit: "testdata/secedit.inf"}
	f, err := CollectWindows(t.Context(), o, winSnapshot(t, "ws2022"), true)
	if err != nil || len(f.Policies) != 2 || f.Policies[1].Kind != KindSecedit {
		t.Fatalf("local: %v %+v", err, f.Policies)
	}
	f, err = CollectWindows(t.Context(), o, winSnapshot(t, "ws2022"), false)
	if err != nil || len(f.Policies) != 1 {
		t.Fatalf("remote: %v %+v", err, f.Policies)
	}
}

// FuzzSnapshotFacts: any decodable snapshot gives facts or an error; a
// policy without complexity never passes as complete.
func FuzzSnapshotFacts(f *testing.F) {
	b, err := os.ReadFile("../winhost/testdata/ws2012r2.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := winhost.Decode(b)
		if err != nil {
			return
		}
		fa, err := SnapshotFacts(s)
		if err == nil && (len(fa.Policies) != 1 || fa.Policies[0].MinClasses == nil || s.Administrators == nil) {
			t.Fatal("incomplete facts passed")
		}
	})
}
