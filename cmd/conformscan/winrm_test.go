//go:build linux

package main

import (
	"strconv"
	"strings"
	"testing"

	"conformscan/fixtures/wsman"
)

// winrmArgs audits the endpoint's host over WinRM (its CA given with
// --ca), scanning no other port.
func winrmArgs(s *wsman.Server, refs string) []string {
	port := strconv.Itoa(s.Port)
	return []string{"--target", s.Host, "--ports", port, "--winrm-user", s.User, "--winrm-port", port, "--ca", s.CAFile, "--refs", refs}
}

// A target audited over WinRM becomes the host subject winrm://host:port:
// the shell is opened (certificate checked with --ca, one NTLM login)
// and closed, and the password from $CONFORMSCAN_WINRM_PASSWORD appears
// nowhere in the report, stdout or stderr.
func TestScanWinRMPasswordNeverShown(t *testing.T) {
	s := wsman.Start(t, wsman.Config{Recorded: "../../probes/hostaccess/testdata/winrm"})
	t.Setenv("CONFORMSCAN_WINRM_PASSWORD", s.Pass)
	_, rep, raw := scanHost(t, winrmArgs(s, "2.9,2.11")...)
	id := "winrm://" + s.Host + ":" + strconv.Itoa(s.Port)
	if got := statusesOf(rep, id); got["2.9"] == "" || got["2.11"] == "" {
		t.Fatalf("no 2.9 on %s: %+v", id, rep.Results)
	}
	if s.Creates.Load() != 1 || s.Deletes.Load() != 1 || s.AuthTries.Load() < 1 {
		t.Fatalf("shell lifecycle: %d creates, %d deletes, %d logins", s.Creates.Load(), s.Deletes.Load(), s.AuthTries.Load())
	}
	if strings.Contains(raw, s.Pass) {
		t.Fatal("the WinRM password appears in the output")
	}
}

// A refused password is one login try and ERROR (exit 3) for the host's
// refs, never a pass; the wrong password appears nowhere.
func TestScanWinRMBadPassword(t *testing.T) {
	s := wsman.Start(t, wsman.Config{Recorded: "../../probes/hostaccess/testdata/winrm"})
	const wrong = "Wr0ng-SENTINEL-pw"
	t.Setenv("CONFORMSCAN_WINRM_PASSWORD", wrong)
	code, rep, raw := scanHost(t, winrmArgs(s, "2.9")...)
	id := "winrm://" + s.Host + ":" + strconv.Itoa(s.Port)
	if got := statusesOf(rep, id); code != 3 || got["2.9"] != "error" {
		t.Fatalf("exit %d, %v", code, got)
	}
	if n := s.AuthTries.Load(); n != 1 {
		t.Fatalf("%d login tries, want 1", n)
	}
	if strings.Contains(raw, wrong) {
		t.Fatal("the password appears in the output")
	}
}
