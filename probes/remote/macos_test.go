package remote

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"conformscan/probes/hostaccess"
)

// macHost is a running macOS host for the inventory: files from a folder
// (the recorded fixtures of probes/macos), command outputs from a map.
type macHost struct {
	*hostaccess.Root
	outputs map[string]string
}

func (macHost) Offline() bool { return false }

func (h macHost) Run(_ context.Context, argv ...string) ([]byte, error) {
	if err := hostaccess.Allowed(argv); err != nil {
		return nil, err
	}
	out, ok := h.outputs[strings.Join(argv, " ")]
	if !ok {
		return nil, errors.New("exit status 1")
	}
	return []byte(out), nil
}

func newMacHost(t *testing.T) macHost {
	t.Helper()
	dir := t.TempDir()
	fx := func(n string) []byte {
		b, err := os.ReadFile(filepath.Join("../macos/testdata", n))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	put := func(p string, b []byte) {
		os.MkdirAll(filepath.Join(dir, filepath.Dir(p)), 0o755)
		os.WriteFile(filepath.Join(dir, p), b, 0o644)
	}
	put("System/Library/CoreServices/SystemVersion.plist", fx("SystemVersion.plist"))
	put("Applications/TeamViewer.app/Contents/Info.plist", fx("TeamViewer-Info.plist"))
	put("Applications/AnyDesk.app/Contents/Info.plist", fx("AnyDesk-Info.bplist"))
	put("Applications/Remote Helper.app/Contents/Info.plist", []byte(`<plist><dict><key>CFBundleName</key><string>Remote Helper</string><key>CFBundleIdentifier</key><string>com.example.rustdesk</string></dict></plist>`))
	put("Applications/Safari.app/Contents/Info.plist", []byte(`<plist><dict><key>CFBundleName</key><string>Safari</string></dict></plist>`))
	return macHost{Root: hostaccess.NewRoot(dir), outputs: map[string]string{
		"pkgutil --pkgs":              string(fx("pkgutil-pkgs.txt")),
		"ps -axo comm=":               string(fx("ps-axo-comm.txt")),
		"lsof -nP -iTCP -sTCP:LISTEN": string(fx("lsof-listen.txt")),
	}}
}

// On a macOS host, TeamViewer (an application, its package, its
// processes) and AnyDesk (a binary Info.plist, matched by the
// catalogue's /Applications path) are found; Safari is listed, not a
// tool; the listening sockets come from lsof.
func TestMacInventory(t *testing.T) {
	inv, err := ReadInventoryFrom(context.Background(), newMacHost(t), DefaultLocalFiles())
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string][]string{}
	for _, f := range inv.Tools {
		kinds[f.Tool] = append(kinds[f.Tool], f.Kind)
	}
	if got := strings.Join(kinds["TeamViewer"], ","); !strings.Contains(got, "application") || !strings.Contains(got, "package") || !strings.Contains(got, "process") {
		t.Errorf("TeamViewer found as %q", got)
	}
	if got := strings.Join(kinds["AnyDesk"], ","); got != "application" {
		t.Errorf("AnyDesk found as %q", got)
	}
	if got := strings.Join(kinds["RustDesk"], ","); got != "application" {
		t.Errorf("RustDesk (by its bundle identifier) found as %q", got)
	}
	if len(kinds) != 3 {
		t.Errorf("tools %v", kinds)
	}
	if !strings.Contains(strings.Join(inv.Packages, "\n"), "Safari (/Applications/Safari.app)") || len(inv.Listening) != 6 || len(inv.Processes) != 8 {
		t.Errorf("packages %q, listening %v, processes %d", inv.Packages, inv.Listening, len(inv.Processes))
	}
}

// A macOS host whose processes cannot be listed is an error, never an
// inventory taken as whole.
func TestMacInventoryIncomplete(t *testing.T) {
	h := newMacHost(t)
	delete(h.outputs, "ps -axo comm=")
	_, err := ReadInventoryFrom(context.Background(), h, DefaultLocalFiles())
	if err == nil || !strings.Contains(err.Error(), "ps -axo comm=") {
		t.Fatalf("err %v", err)
	}
}
