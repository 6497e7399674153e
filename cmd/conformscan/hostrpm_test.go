//go:build linux

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"conformscan/fixtures/rpmdb"
)

// rhelTree assembles a RHEL 9-like root: its os-release and a real
// rpm database (made by rpm) listing x11vnc and openssh-server.
func rhelTree(t *testing.T) (root, db string) {
	t.Helper()
	root = t.TempDir()
	osRelease, err := os.ReadFile("../../probes/hostaccess/testdata/rhel9-os-release")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(root, "etc"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "etc/os-release"), osRelease, 0o644); err != nil {
		t.Fatal(err)
	}
	db = rpmdb.Build(t, filepath.Join(root, "var/lib/rpm"),
		rpmdb.Package{Name: "x11vnc", Version: "0.9.16", Release: "8.el9"},
		rpmdb.Package{Name: "openssh-server", Version: "8.7p1", Release: "38.el9"})
	return root, db
}

// An offline RHEL root's packages come from its rpm database, read
// without rpm: x11vnc installed fails 8.6 naming it and the database;
// the same tree with its database truncated is an ERROR (exit 3), never
// a pass on an empty list.
func TestScanHostRootRPMDB(t *testing.T) {
	root, db := rhelTree(t)
	id := "root:" + root
	_, rep, _ := scanHost(t, "--host-root", root, "--refs", "2.9,8.6", "--lang", "en")
	got := statusesOf(rep, id)
	if got["8.6"] != "fail" || got["2.9"] != "manual" {
		t.Fatalf("verdicts %v: %+v", got, rep.Results)
	}
	var ev []string
	for _, r := range rep.Results {
		if r.Ref == "8.6" && r.Target == id {
			for _, e := range r.Evidence {
				ev = append(ev, e.Observed)
			}
		}
	}
	if all := strings.Join(ev, "\n"); !strings.Contains(all, "x11vnc 0.9.16-8.el9") || !strings.Contains(all, "root:"+db) {
		t.Fatalf("8.6 evidence lacks the package or the database:\n%s", all)
	}
	if err := os.Truncate(db, 8192); err != nil {
		t.Fatal(err)
	}
	code, rep, raw := scanHost(t, "--host-root", root, "--refs", "2.9,8.6", "--lang", "en")
	got = statusesOf(rep, id)
	if code != 3 || got["8.6"] != "error" || got["2.9"] != "error" || !strings.Contains(raw, db+": truncated") {
		t.Fatalf("truncated database: exit %d, %v: %+v", code, got, rep.Results)
	}
}
