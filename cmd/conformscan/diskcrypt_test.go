//go:build linux

package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// Through --host-root: the compliant tree's volumes are opened by
// crypttab (13.1 passes although no chassis is read) and its one
// administrator follows the naming rule (3.2); the non-compliant tree's
// plain root is an error without --mobile (applicability unknown) and a
// failure naming the volume with it, and its generic sudoers fail 3.2.
func TestScanHostRootEncryptionAndNaming(t *testing.T) {
	good, _ := filepath.Abs("../../probes/hostlog/testdata/good")
	bad, _ := filepath.Abs("../../probes/hostlog/testdata/bad")
	naming := []string{"--refs", "13.1,3.2", "--account-naming", "adm-[a-z]+", "--lang", "en"}
	_, rep, _ := scanHost(t, append([]string{"--host-root", good}, naming...)...)
	if got := statusesOf(rep, "root:"+good); got["13.1"] != "pass" || got["3.2"] != "pass" {
		t.Fatalf("compliant tree: %v in %+v", got, rep.Results)
	}
	_, rep, _ = scanHost(t, append([]string{"--host-root", bad}, naming...)...)
	if got := statusesOf(rep, "root:"+bad); got["13.1"] != "error" || got["3.2"] != "fail" {
		t.Fatalf("non-compliant tree: %v in %+v", got, rep.Results)
	}
	_, rep, raw := scanHost(t, append([]string{"--host-root", bad, "--mobile"}, naming...)...)
	if got := statusesOf(rep, "root:"+bad); got["13.1"] != "fail" {
		t.Fatalf("--mobile: %v in %+v", got, rep.Results)
	}
	for _, want := range []string{"/dev/sda1", "/dev/sda2", "support", "root:" + bad + "/etc/fstab:1"} {
		if !strings.Contains(raw, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
	if code, _, errOut := runCLI(t, "scan", "--host-root", good, "--account-naming", "adm-("); code != 2 || !strings.Contains(errOut, "--account-naming") {
		t.Errorf("invalid --account-naming: exit %d, %s", code, errOut)
	}
}
