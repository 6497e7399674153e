package boot

import (
	"os"
	"testing"
)

// restored is set by the first run of TestRestore (init runs once per
// process).
var restored bool

// TestRestore: during initialisation HOME is the temporary home; Restore
// puts it back and removes the directory.
func TestRestore(t *testing.T) {
	dir := Dir()
	if dir == "" && restored {
		t.Skip("restored by an earlier run of this test in this process (-count)")
	}
	restored = true
	if dir == "" || os.Getenv("HOME") != dir {
		t.Fatalf("HOME %q, temporary home %q", os.Getenv("HOME"), dir)
	}
	Restore()
	if os.Getenv("HOME") == dir || Dir() != "" {
		t.Fatalf("HOME still %q", os.Getenv("HOME"))
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Fatalf("temporary home %s not removed: %v", dir, err)
	}
	Restore() // a second call does nothing
}
