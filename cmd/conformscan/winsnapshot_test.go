//go:build linux

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func snapshotFile(t *testing.T, name string) string {
	t.Helper()
	p, err := filepath.Abs("../../probes/winhost/testdata/" + name + ".json")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestScanWindowsSnapshots runs issue 20's Done-when cases through the
// scan command: the recorded Windows hosts judged with --windows-snapshot.
func TestScanWindowsSnapshots(t *testing.T) {
	args := []string{"--refs", "2.19,5.3,8.6", "--reference-date", "2026-12-07"}
	for _, n := range []string{"ws2012r2", "ws2016", "ws2019", "ws2022", "win10", "win11"} {
		args = append(args, "--windows-snapshot", snapshotFile(t, n))
	}
	_, rep, all := scanHost(t, args...)
	want := map[string]map[string]string{
		"ws2012r2":   {"2.19": "fail", "5.3": "fail", "8.6": "pass"}, // past ESU; 7-character minimum
		"ws2016":     {"2.19": "warn", "5.3": "fail", "8.6": "fail"}, // TeamViewer, 32-bit Uninstall view
		"ws2019":     {"2.19": "pass", "8.6": "fail"},                // TeamViewer service
		"ws2022":     {"2.19": "pass", "8.6": "pass"},
		"win10-ltsc": {"2.19": "warn"},
		"win11":      {"2.19": "fail"},
	}
	for host, refs := range want {
		got := statusesOf(rep, "windows-snapshot:"+host)
		for ref, st := range refs {
			if got[ref] != st {
				t.Errorf("%s %s: %q, want %q (all: %v)", host, ref, got[ref], st, got)
			}
		}
	}
	for _, frag := range []string{"Uninstall view 32", "TeamViewer_Service.exe", "Windows Server 2012 R2 Standard", "11-23h2-e"} {
		if !strings.Contains(all, frag) {
			t.Errorf("report lacks %q", frag)
		}
	}
	if t.Failed() {
		t.Logf("%.6000s", all)
	}
}

// 2012 R2 inside its ESU period passes only when extended support counts.
func TestScanWindowsSnapshotESU(t *testing.T) {
	for policy, want := range map[string]string{"count": "pass", "warn": "warn", "fail": "fail"} {
		_, rep, _ := scanHost(t, "--refs", "2.19", "--reference-date", "2025-06-01", "--extended-support", policy,
			"--windows-snapshot", snapshotFile(t, "ws2012r2"))
		if got := statusesOf(rep, "windows-snapshot:ws2012r2")["2.19"]; got != want {
			t.Errorf("--extended-support %s: %q, want %q", policy, got, want)
		}
	}
}

// A snapshot missing a source is judged ERROR, never pass.
func TestScanWindowsSnapshotUnread(t *testing.T) {
	b, err := os.ReadFile(snapshotFile(t, "ws2022"))
	if err != nil {
		t.Fatal(err)
	}
	s := strings.Replace(string(b), `"problems": []`, `"problems": [{"source": "programs", "error": "Uninstall key (view 32): Access is denied."}]`, 1)
	i, j := strings.Index(s, `"programs": [`), strings.Index(s, `"services": [`)
	s = s[:i] + `"programs": null,` + "\n " + s[j:]
	p := filepath.Join(t.TempDir(), "ws2022.json")
	if err := os.WriteFile(p, []byte(s), 0o600); err != nil {
		t.Fatal(err)
	}
	_, rep, all := scanHost(t, "--refs", "2.19,8.6", "--reference-date", "2026-12-07", "--windows-snapshot", p)
	got := statusesOf(rep, "windows-snapshot:ws2022")
	// As for a host audited over SSH, a host probe that did not finish
	// makes every ref of the host an error (no ref judged on a partial
	// reading), 2.19 included.
	if got["8.6"] != "error" || got["2.19"] != "error" || !strings.Contains(all, "Access is denied") {
		t.Fatalf("programs unread: %v", got)
	}
}

// Bad snapshots are usage errors (exit 2) naming the file.
func TestScanWindowsSnapshotBad(t *testing.T) {
	dir := t.TempDir()
	good, err := os.ReadFile(snapshotFile(t, "ws2022"))
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string]string{
		"zip.json":     "PK\x03\x04",
		"version.json": strings.Replace(string(good), `"version": 1`, `"version": 9`, 1),
		"field.json":   strings.Replace(string(good), `"host":`, `"hostname": "x", "host":`, 1),
	} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
		code, _, errOut := runCLI(t, "scan", "--refs", "2.19", "--windows-snapshot", p)
		if code != 2 || !strings.Contains(errOut, name) {
			t.Errorf("%s: exit %d: %s", name, code, errOut)
		}
	}
}

// On Linux, --local takes no Windows snapshot: the probe does not apply
// to this machine and the host probes read its Linux files as before.
func TestScanLocalLinuxNoSnapshot(t *testing.T) {
	_, rep, all := scanHost(t, "--local", "--refs", "2.19,8.6", "--reference-date", "2026-12-07")
	got := statusesOf(rep, "local")
	if got["2.19"] == "" || got["8.6"] == "" || strings.Contains(all, "no Windows snapshot") {
		t.Fatalf("local: %v", got)
	}
	if !strings.Contains(all, "os-release") {
		t.Fatal("2.19 not judged from os-release")
	}
}

// 2.9 and 2.11 on a Windows snapshot: its programs, services and listening
// TCP ports, named as such.
func TestScanWindowsSnapshotInventory(t *testing.T) {
	_, rep, all := scanHost(t, "--refs", "2.9,2.11", "--windows-snapshot", snapshotFile(t, "ws2022"))
	got := statusesOf(rep, "windows-snapshot:ws2022")
	if got["2.9"] != "manual" || got["2.11"] != "manual" {
		t.Fatalf("%v", got)
	}
	for _, frag := range []string{"2 programmes", "8 services", "3389/tcp 0.0.0.0:3389", "sockets (TCP, IPv4 and IPv6, listening)"} {
		if !strings.Contains(all, frag) {
			t.Errorf("report lacks %q", frag)
		}
	}
	if t.Failed() {
		t.Logf("%.4000s", all)
	}
}

// statusRank orders statuses for worstOf: an error or a failure of one
// check of a ref outweighs another check's pass; a documentary manual
// result outweighs nothing.
var statusRank = map[string]int{"manual": 0, "na": 1, "pass": 2, "warn": 3, "fail": 4, "error": 5}

// worstOf returns, per ref, the worst status of target's results and
// the sources and observations of their evidence.
func worstOf(rep hostReport, target string) (map[string]string, map[string]string) {
	worst, sources := map[string]string{}, map[string]string{}
	for _, r := range rep.Results {
		if r.Target != target {
			continue
		}
		if w, ok := worst[r.Ref]; !ok || statusRank[r.Status] > statusRank[w] {
			worst[r.Ref] = r.Status
		}
		for _, e := range r.Evidence {
			sources[r.Ref] += e.Source + " | " + e.Observed + "\n"
		}
	}
	return worst, sources
}

// TestScanWindowsSnapshotSecurity judges the security sections of the six
// recorded snapshots (hand-written, probes/winhost/testdata/README.md):
// each of 2.17, 6.3, 6.5, 8.2, 13.1 and 8.20 passes on one host and fails on
// another, its evidence naming the snapshot source it read.
func TestScanWindowsSnapshotSecurity(t *testing.T) {
	args := []string{"--refs", "2.17,2.18,6.3,6.5,8.2,13.1,8.20", "--reference-date", "2024-02-21", "--bastion", "10.20.0.10", "--lang", "en"}
	for _, n := range []string{"ws2012r2", "ws2016", "ws2019", "ws2022", "win10", "win11"} {
		args = append(args, "--windows-snapshot", snapshotFile(t, n))
	}
	_, rep, all := scanHost(t, args...)
	want := map[string]map[string]string{
		// No antivirus and an ESU rollup pending since 2023-11-14; default
		// audit policy; no WEF; rack chassis (BitLocker feature absent:
		// not read, N/A all the same); RDP open to any address; the
		// built-in Administrator and "support" enabled.
		"ws2012r2": {"2.17": "fail", "2.18": "pass", "6.3": "fail", "6.5": "fail", "8.2": "fail", "13.1": "na", "8.20": "fail"},
		// Defender real-time protection off; Credential Validation without
		// failure; Hyper-V (Desktop chassis); Public profile disabled;
		// the built-in Administrator enabled.
		"ws2016": {"2.17": "fail", "2.18": "pass", "6.3": "fail", "6.5": "fail", "8.2": "fail", "13.1": "na", "8.20": "fail"},
		// Defender on, no security update pending; CIS audit; WEF; VMware
		// (model); RDP open to any address, WinRM to the bastion only.
		"ws2019": {"2.17": "pass", "2.18": "pass", "6.3": "pass", "6.5": "pass", "8.2": "pass", "13.1": "na", "8.20": "fail"},
		"ws2022": {"2.17": "pass", "2.18": "pass", "6.3": "pass", "6.5": "pass", "8.2": "pass", "13.1": "na", "8.20": "pass"},
		// Trellix (Security Center), Defender passive; client default
		// audit; laptop with C: encrypted (E: removable, skipped); an
		// "operator" account enabled.
		"win10-ltsc": {"2.17": "pass", "2.18": "fail", "6.3": "fail", "6.5": "fail", "8.2": "fail", "13.1": "pass", "8.20": "pass"},
		// Signatures 35 days old; notebook without BitLocker; firewall not
		// read (a problem of the snapshot): 8.20 is an error.
		"win11": {"2.17": "warn", "2.18": "fail", "6.3": "pass", "6.5": "pass", "8.2": "pass", "13.1": "fail", "8.20": "error"},
	}
	sources := map[string][]string{
		"2.17": {"Get-MpComputerStatus", "Get-HotFix"},
		"6.3":  {"auditpol"},
		"6.5":  {`EventForwarding\SubscriptionManager`},
		"13.1": {"Win32_"},
		"8.20": {"firewall"},
		"8.2":  {"local accounts"},
	}
	for host, refs := range want {
		got, src := worstOf(rep, "windows-snapshot:"+host)
		for ref, st := range refs {
			if got[ref] != st {
				t.Errorf("%s %s: %q, want %q (all: %v)", host, ref, got[ref], st, got)
			}
			for _, frag := range sources[ref] {
				if !strings.Contains(strings.ToLower(src[ref]), strings.ToLower(frag)) {
					t.Errorf("%s %s: no evidence from %q in %q", host, ref, frag, src[ref])
				}
			}
		}
	}
	for _, frag := range []string{"KB5032249", "Trellix Endpoint Security", "wec.chm.example:5986", "chassis type 10 (Notebook)", "VMware7,1", "Access is denied"} {
		if !strings.Contains(all, frag) {
			t.Errorf("report lacks %q", frag)
		}
	}
	if t.Failed() {
		t.Logf("%.6000s", all)
	}
}
