package main

import (
	"os"
	"strings"
	"testing"

	credsprobe "conformscan/probes/creds"
)

// The demo's lockout budget is its own (its accounts are fakes made
// afresh): a second demo within 15 minutes is measured like the first.
// An explicit --creds-state is kept.
func TestDemoLockoutStateIsPrivate(t *testing.T) {
	credsFlags := func(f *scanFlags) *credsprobe.Flags {
		for _, p := range f.probes {
			if cf, ok := p.Options.(*credsprobe.Flags); ok {
				return cf
			}
		}
		t.Fatal("no creds options in the scan's probe list")
		return nil
	}
	f := newScanFlags()
	dir, err := demoLockoutState(f)
	if err != nil || dir == "" {
		t.Fatalf("dir %q, err %v", dir, err)
	}
	defer os.RemoveAll(dir)
	if st := credsFlags(f).State; !strings.HasPrefix(st, dir) || st == credsprobe.DefaultStatePath() {
		t.Fatalf("demo state %q, want a file under %s", st, dir)
	}
	g := newScanFlags()
	credsFlags(g).State = "/tmp/mine.json"
	if dir, err := demoLockoutState(g); err != nil || dir != "" || credsFlags(g).State != "/tmp/mine.json" {
		t.Fatalf("an explicit --creds-state was changed: %q %q %v", credsFlags(g).State, dir, err)
	}
}
