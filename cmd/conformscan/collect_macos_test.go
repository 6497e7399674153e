//go:build linux

package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"conformscan/probes/hostaccess"
)

// fakeMac is a running macOS host made of the hand-written fixtures of
// probes/macos/testdata: files from a folder, the allow-listed commands'
// outputs from a map.
type fakeMac struct {
	*hostaccess.Root
	outputs map[string][]byte
}

func (fakeMac) Offline() bool { return false }

func (m fakeMac) Run(_ context.Context, argv ...string) ([]byte, error) {
	if err := hostaccess.Allowed(argv); err != nil {
		return nil, err
	}
	if b, ok := m.outputs[strings.Join(argv, " ")]; ok {
		return b, nil
	}
	return nil, errors.New("exit status 1")
}

func newFakeMac(t *testing.T, systemVersion string) fakeMac {
	t.Helper()
	dir := t.TempDir()
	fx := func(n string) []byte {
		b, err := os.ReadFile(filepath.Join("../../probes/macos/testdata", n))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	put := func(p string, b []byte) {
		os.MkdirAll(filepath.Join(dir, filepath.Dir(p)), 0o755)
		os.WriteFile(filepath.Join(dir, p), b, 0o644)
	}
	put("System/Library/CoreServices/SystemVersion.plist", fx(systemVersion))
	put("Applications/TeamViewer.app/Contents/Info.plist", fx("TeamViewer-Info.plist"))
	put("etc/pam.d/passwd", []byte("auth required pam_permit.so\n"))
	return fakeMac{Root: hostaccess.NewRoot(dir), outputs: map[string][]byte{
		"pkgutil --pkgs":              fx("pkgutil-pkgs.txt"),
		"ps -axo comm=":               fx("ps-axo-comm.txt"),
		"lsof -nP -iTCP -sTCP:LISTEN": fx("lsof-listen.txt"),
	}}
}

// macBundle records the host probes on a fake macOS host, as collect
// does on a Mac, and writes the bundle.
func macBundle(t *testing.T, systemVersion string) string {
	t.Helper()
	rec := hostaccess.NewRecorder(newFakeMac(t, systemVersion))
	m, err := recordHost(context.Background(), rec, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	m.Host, m.CollectorOS, m.Arch = "mac-1", "darwin", "arm64"
	m.Ops, _ = rec.Ops()
	_, data := rec.Ops()
	out := filepath.Join(t.TempDir(), "mac.zip")
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := hostaccess.WriteBundle(f, m, data, nil); err != nil {
		t.Fatal(err)
	}
	return out
}

// A macOS host, recorded and judged elsewhere: 2.19 from
// SystemVersion.plist against endoflife.date's macOS cycles (14
// supported; 10.15 not after its end of life, 2026-02-02), 8.6 fails for
// TeamViewer found as an application, its package and its processes;
// the password policy (pwpolicy needs an administrator) and the Linux
// logging refs are errors naming why, never a pass.
func TestMacOSHostFromBundle(t *testing.T) {
	bundle := macBundle(t, "SystemVersion.plist")
	_, rep, raw := scanHost(t, "--host-export", bundle, "--reference-date", "2026-01-15")
	got := localRefs(rep, "host-export:"+bundle)
	if got["2.19"] != "pass" || got["8.6"] != "fail" {
		t.Errorf("macOS 14: %v", got)
	}
	for _, ref := range []string{"5.3", "6.3", "8.2"} {
		if got[ref] != "error" {
			t.Errorf("%s: %q, want error", ref, got[ref])
		}
	}
	for _, want := range []string{"pwpolicy getaccountpolicies", "macOS 14.5", "TeamViewer", "/Applications/TeamViewer.app"} {
		if !strings.Contains(raw, want) {
			t.Errorf("the report does not say %q", want)
		}
	}
	old := macBundle(t, "SystemVersion-10.15.plist")
	_, rep, _ = scanHost(t, "--host-export", old, "--reference-date", "2026-06-01", "--refs", "2.19")
	if got := localRefs(rep, "host-export:"+old); got["2.19"] != "fail" {
		t.Errorf("macOS 10.15: %v", got)
	}
}
