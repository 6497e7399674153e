//go:build linux

package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"conformscan/fixtures/credsd"
	"conformscan/probes/hostprotect/apttest"
)

// protectRef is the tests' reference date: the lists' dates and the
// signatures' build times are derived from it.
var protectRef = time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)

// checkStatuses maps "check ref" to its status for target.
func checkStatuses(rep hostReport, target string) map[string]string {
	got := map[string]string{}
	for _, r := range rep.Results {
		if r.Target == target {
			got[r.Check+" "+r.Ref] = r.Status
		}
	}
	return got
}

// An offline Debian root built by the real dpkg and apt-get: a security
// update pending for 40 days fails 2.17 and 13.17 naming the package, old
// ClamAV signatures warn; up to date with fresh signatures passes; the
// hospital's 60-day window makes the 40-day-old update a warning (its age
// is only bounded below by the list's date, never a pass); a truncated
// Packages list is ERROR.
func TestScanHostRootProtection(t *testing.T) {
	date := "--reference-date=" + protectRef.Format("2006-01-02")
	late := apttest.Root(t, apttest.Repo{Installed: "1.0-1", Offered: "1.0-2", Date: protectRef.AddDate(0, 0, -40)})
	apttest.ClamAV(t, late, protectRef.AddDate(0, 0, -30))
	_, rep, raw := scanHost(t, "--host-root", late, "--refs", "2.17,13.17", date, "--lang", "en")
	got := checkStatuses(rep, "root:"+late)
	for _, ref := range []string{"2.17", "13.17"} {
		if got["host-patch-currency "+ref] != "fail" || got["host-malware-protection "+ref] != "warn" {
			t.Fatalf("late root: %v\n%s", got, raw)
		}
	}
	for _, want := range []string{apttest.Package + ":all 1.0-1 → 1.0-2", "GRID-2.17-PATCHES", "ClamAV daily 27000 built 2026-05-02"} {
		if !strings.Contains(raw, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
	answersMerge(t, late, date)
	_, rep, _ = scanHost(t, "--host-root", late, "--refs", "2.17", date, "--patch-max-age", "60")
	if got := checkStatuses(rep, "root:"+late); got["host-patch-currency 2.17"] != "warn" {
		t.Fatalf("--patch-max-age 60 (pending, age only bounded below: warn): %v", got)
	}

	fresh := apttest.Root(t, apttest.Repo{Installed: "1.0-2", Offered: "1.0-2", Date: protectRef.AddDate(0, 0, -1)})
	apttest.ClamAV(t, fresh, protectRef.AddDate(0, 0, -1))
	_, rep, _ = scanHost(t, "--host-root", fresh, "--refs", "2.17,13.17", date)
	got = checkStatuses(rep, "root:"+fresh)
	if got["host-patch-currency 2.17"] != "pass" || got["host-malware-protection 2.17"] != "pass" || got["host-patch-currency 13.17"] != "pass" {
		t.Fatalf("fresh root: %v", got)
	}

	truncateLists(t, late)
	_, rep, _ = scanHost(t, "--host-root", late, "--refs", "2.17", date)
	if got := checkStatuses(rep, "root:"+late); got["host-patch-currency 2.17"] != "error" {
		t.Fatalf("truncated list: %v", got)
	}
}

// answersMerge: the vendor's answer for 2.17 (what no probe observes:
// the scan exclusions) is merged beside the measured results and cannot
// hide the measured failure.
func answersMerge(t *testing.T, root, date string) {
	t.Helper()
	ans := filepath.Join(t.TempDir(), "answers.yaml")
	mustWrite(t, ans, []byte("answers:\n  - ref: \"2.17\"\n    status: conforme\n    answered_by: Vendor\n    date: \"2026-05-20\"\n    description: \"Exclusions: /var/lib/app/cache (*.tmp)\"\n"), 0o644)
	_, rep, raw := scanHost(t, "--host-root", root, "--refs", "2.17", date, "--answers", ans)
	got := checkStatuses(rep, "")
	if got["answers 2.17"] != "pass" {
		t.Fatalf("the answer is not merged: %v", got)
	}
	var v struct {
		Verdicts []struct{ Ref, Status string } `json:"verdicts"`
	}
	if err := json.NewDecoder(strings.NewReader(raw)).Decode(&v); err != nil {
		t.Fatal(err)
	}
	seen := false
	for _, vd := range v.Verdicts {
		if vd.Ref == "2.17" {
			seen = true
			if vd.Status != "fail" {
				t.Fatalf("2.17 verdict %s: the vendor's answer hid a measured failure", vd.Status)
			}
		}
	}
	if !seen {
		t.Fatal("no verdict for 2.17")
	}
	if !strings.Contains(raw, "Exclusions: /var/lib/app/cache") {
		t.Error("the answer's description is not in the report")
	}
}

// truncateLists cuts every Packages list of root in two (rewritten
// uncompressed).
func truncateLists(t *testing.T, root string) {
	t.Helper()
	dir := filepath.Join(root, "var/lib/apt/lists")
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if !strings.Contains(e.Name(), "_Packages") {
			continue
		}
		p := filepath.Join(dir, e.Name())
		if err := os.Remove(p); err != nil {
			t.Fatal(err)
		}
		base := strings.TrimSuffix(strings.TrimSuffix(p, ".lz4"), ".gz")
		mustWrite(t, base, []byte("Package: "+apttest.Package+"\nVersion: 1.0-2\n"), 0o644)
	}
}

// On this machine (--local), 2.17 and 13.17 are judged, never left
// manual: whatever the machine has, the refs get a verdict with evidence.
func TestScanLocalProtectionJudged(t *testing.T) {
	_, rep, _ := scanHost(t, "--local", "--refs", "2.17,13.17", "--reference-date=2026-12-07")
	n := 0
	for _, r := range rep.Results {
		if r.Check != "host-malware-protection" && r.Check != "host-patch-currency" {
			continue
		}
		n++
		if r.Status == "manual" || r.Status == "" || len(r.Evidence) == 0 {
			t.Errorf("%s %s: %s %s (%d evidence)", r.Check, r.Ref, r.Status, r.Summary, len(r.Evidence))
		}
	}
	if n != 4 {
		t.Fatalf("%d hostprotect results, want 4", n)
	}
}

// Over SSH with an audit account (not root), this machine gets the same
// 2.17 and 13.17 statuses as with --local: the dpkg status, the apt
// lists, the processes and the ClamAV headers are readable to any user.
func TestScanSSHProtectionLikeLocal(t *testing.T) {
	d := credsd.StartSshdKey(t)
	t.Setenv("SSH_AUTH_SOCK", "")
	refs := []string{"--refs", "2.17,13.17", "--reference-date=2026-12-07", "--lang", "en"}
	_, rep, _ := scanHost(t, append(append(sshTarget(d.Addr), "--ssh-user", d.User, "--ssh-key", d.KeyFile,
		"--ssh-known-hosts", d.KnownHosts), refs...)...)
	got := checkStatuses(rep, "ssh://"+strings.TrimSuffix(d.Addr, ":22"))
	_, local, _ := scanHost(t, append([]string{"--local"}, refs...)...)
	want := checkStatuses(local, "local")
	for _, k := range []string{"host-malware-protection 2.17", "host-patch-currency 2.17", "host-malware-protection 13.17", "host-patch-currency 13.17"} {
		if want[k] == "" || got[k] != want[k] {
			t.Errorf("%s: over SSH %q, --local %q", k, got[k], want[k])
		}
	}
}
