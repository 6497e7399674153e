package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"conformscan/demo/remotelab"
)

type remoteResult struct {
	Ref, Status, Summary, Target string
	Evidence                     []struct{ Rule, Observed, Excerpt, Source string }
}

// scanRemoteLab scans the fake VNC-None, RDP (NLA) and open X11 servers for
// refs 8.6 and 8.1 with extra flags, and returns the results by target.
func scanRemoteLab(t *testing.T, extra ...string) (int, map[string]remoteResult, []remoteResult) {
	t.Helper()
	return scanLab(t, startLab(t), "8.6,8.1", extra...)
}

func TestScanRemoteControlWithoutAuthorisation(t *testing.T) {
	code, by, all := scanRemoteLab(t)
	if code != 1 {
		t.Errorf("exit %d, want 1 (8.6 fails)", code)
	}
	for name, want := range map[string]string{"vnc-no-password": "None(1)", "rdp-nla": "CredSSP", "x11-open": "access control off"} {
		r, ok := by[name]
		if !ok || r.Status != "fail" || len(r.Evidence) == 0 || !strings.Contains(r.Evidence[0].Observed, want) {
			t.Errorf("%s: %+v, want fail with %q in evidence\n%+v", name, r, want, all)
		}
	}
}

func TestScanRemoteControlAuthorised(t *testing.T) {
	auth := filepath.Join(t.TempDir(), "auth.yaml")
	doc := "version: 1\nauthorisations:\n"
	for _, tool := range []string{"vnc", "rdp", "x11"} {
		doc += "  - tool: " + tool + "\n    hosts: [\"*\"]\n    authorised_by: DSI\n    reference: T-1\n    valid_until: 2099-12-31\n"
	}
	if err := os.WriteFile(auth, []byte(doc), 0o600); err != nil {
		t.Fatal(err)
	}
	_, by, _ := scanRemoteLab(t, "--authorisations", auth)
	for name, want := range map[string]string{"vnc-no-password": "fail", "x11-open": "fail", "rdp-nla": "pass"} {
		if r := by[name]; r.Status != want || !strings.Contains(r.Evidence[0].Excerpt, "T-1") {
			t.Errorf("%s: %+v, want %s with the authorisation in evidence", name, r, want)
		}
	}
}

func TestScanRemoteBadInputsExit2(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "m.yaml")
	if err := os.WriteFile(bad, []byte("version: 1\nhosts:\n  - host: a\n    services:\n      - port: 99999\n        purpose: x\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCLI(t, "scan", "--target", "127.0.0.1:1", "--manifest", bad)
	if code != 2 || !strings.Contains(stderr, "m.yaml:5: hosts[0].services[0].port") {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	code, out, _ := runCLI(t, "manifest", "init")
	if code != 0 || !strings.Contains(out, "purpose:") {
		t.Fatalf("manifest init: %d %s", code, out)
	}
}

// Remote-control peers whose fingerprint cannot finish (a huge length
// field, too many security failures, a stall after the version, RDP's
// second question unanswered), every tool authorised: 8.6, 8.1 and 13.18
// are never PASS and the scan is never GO.
func TestScanHostileRemotePeersNeverGo(t *testing.T) {
	auth := authoriseAll(t)
	for name, h := range map[string]remotelab.Handler{
		"huge length":                    remotelab.VNCHugeReason(),
		"too many failures":              remotelab.VNC("RFB 003.008\n", nil),
		"stall":                          remotelab.VNCStall(),
		"RDP second question unanswered": remotelab.RDPFirstOnly(remotelab.ProtoHybrid),
	} {
		t.Run(name, func(t *testing.T) {
			srv, err := remotelab.Serve(t.Context(), name, h)
			if err != nil {
				t.Fatal(err)
			}
			defer srv.Close()
			code, decision, rs := scanDecision(t, "scan", "--target", srv.Addr, "--refs", "8.6,8.1,13.18",
				"--authorisations", auth, "--probe-timeout", "5s")
			if code == 0 || decision == "go" {
				t.Errorf("exit %d, decision %s: %+v", code, decision, rs)
			}
			for _, r := range rs {
				if r.Status == "pass" || strings.Contains(r.Summary, "encrypted and authenticated") {
					t.Errorf("%s %s: %s", r.Ref, r.Status, r.Summary)
				}
			}
		})
	}
}
