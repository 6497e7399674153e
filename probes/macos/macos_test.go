package macos

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"conformscan/probes/hostaccess"
)

func fixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// An XML Info.plist gives its top-level strings; nested dictionaries and
// other types are left out.
func TestParsePlistXML(t *testing.T) {
	a, err := AppFromPlist("/Applications/TeamViewer.app", fixture(t, "TeamViewer-Info.plist"))
	want := App{Path: "/Applications/TeamViewer.app", Name: "TeamViewer", Version: "15.54.3", BundleID: "com.teamviewer.TeamViewer", Exec: "TeamViewer"}
	if err != nil || a != want {
		t.Fatalf("%+v %v", a, err)
	}
	kv, _ := ParsePlist(fixture(t, "TeamViewer-Info.plist"))
	if _, nested := kv["CFBundleURLName"]; nested {
		t.Error("a nested dictionary's key was read as top-level")
	}
}

// A binary Info.plist (written by CPython's plistlib from
// {"CFBundleName": "AnyDesk", "CFBundleShortVersionString": "8.1.0",
// "CFBundleIdentifier": "com.philandro.anydesk", "CFBundleExecutable":
// "AnyDesk", "CFBundleDisplayName": "AnyDesk — accès", "LSUIElement": true,
// "CFBundleVersion": 810, "CFBundleDocumentTypes": [{...}]}) reads the
// same way, UTF-16 strings included.
func TestParsePlistBinary(t *testing.T) {
	kv, err := ParsePlist(fixture(t, "AnyDesk-Info.bplist"))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"CFBundleName": "AnyDesk", "CFBundleShortVersionString": "8.1.0", "CFBundleIdentifier": "com.philandro.anydesk",
		"CFBundleExecutable": "AnyDesk", "CFBundleDisplayName": "AnyDesk — accès"}
	if !reflect.DeepEqual(kv, want) {
		t.Fatalf("%v", kv)
	}
}

// Broken property lists are errors, never a partial dictionary taken as
// whole.
func TestParsePlistRefuses(t *testing.T) {
	bin := fixture(t, "AnyDesk-Info.bplist")
	for name, b := range map[string][]byte{
		"truncated binary": bin[:len(bin)-5],
		"short":            []byte("bplist00"),
		"xml not plist":    []byte("<html><body/></html>"),
		"xml truncated":    []byte("<plist><dict><key>a</key><string>b"),
		"array top":        []byte("<plist><array><string>a</string></array></plist>"),
	} {
		if _, err := ParsePlist(b); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// SystemVersion.plist gives the endoflife.date cycle: the major version
// from macOS 11, major.minor before.
func TestParseSystemVersion(t *testing.T) {
	v, err := ParseSystemVersion(fixture(t, "SystemVersion.plist"))
	if err != nil || *v != (Version{Name: "macOS", Version: "14.5", Build: "23F79", Release: "14"}) {
		t.Fatalf("%+v %v", v, err)
	}
	v, err = ParseSystemVersion(fixture(t, "SystemVersion-10.15.plist"))
	if err != nil || v.Release != "10.15" || v.Name != "Mac OS X" {
		t.Fatalf("%+v %v", v, err)
	}
}

func TestParseCommands(t *testing.T) {
	if got := ParsePkgutil(fixture(t, "pkgutil-pkgs.txt")); len(got) != 5 || got[3] != "com.teamviewer.teamviewer" {
		t.Errorf("pkgutil: %v", got)
	}
	ps := ParsePS(fixture(t, "ps-axo-comm.txt"))
	if len(ps) != 8 || !strings.Contains(strings.Join(ps, "\n"), "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome") {
		t.Errorf("ps: %q", ps)
	}
	ls := ParseLsof(fixture(t, "lsof-listen.txt"))
	want := []Listener{{"*:22", 22, "launchd"}, {"127.0.0.1:631", 631, "cupsd"}, {"[::1]:631", 631, "cupsd"},
		{"*:5900", 5900, "launchd"}, {"127.0.0.1:5939", 5939, "TeamViewe"}, {"127.0.0.1:9222", 9222, "Google"}}
	if !reflect.DeepEqual(ls, want) {
		t.Errorf("lsof: %+v", ls)
	}
	ns := ParseNetstat(fixture(t, "netstat-anv.txt"))
	wantNS := []Listener{{Addr: "*:22", Port: 22}, {Addr: "[::1]:631", Port: 631}, {Addr: "127.0.0.1:5939", Port: 5939}}
	if !reflect.DeepEqual(ns, wantNS) {
		t.Errorf("netstat: %+v", ns)
	}
}

// fakeMac is a running macOS host: files from a folder, the recorded
// outputs for the allow-listed commands.
type fakeMac struct {
	*hostaccess.Root
	outputs map[string][]byte
}

func (f fakeMac) Offline() bool { return false }

func (f fakeMac) Run(_ context.Context, argv ...string) ([]byte, error) {
	if err := hostaccess.Allowed(argv); err != nil {
		return nil, err
	}
	if b, ok := f.outputs[strings.Join(argv, " ")]; ok {
		return b, nil
	}
	return nil, os.ErrNotExist
}

// newFakeMac lays out a macOS host: SystemVersion.plist, two
// applications (XML and binary Info.plist), one bundle without one.
func newFakeMac(t *testing.T) fakeMac {
	dir := t.TempDir()
	put := func(p string, b []byte) {
		full := filepath.Join(dir, p)
		os.MkdirAll(filepath.Dir(full), 0o755)
		os.WriteFile(full, b, 0o644)
	}
	put("System/Library/CoreServices/SystemVersion.plist", fixture(t, "SystemVersion.plist"))
	put("Applications/TeamViewer.app/Contents/Info.plist", fixture(t, "TeamViewer-Info.plist"))
	put("Applications/AnyDesk.app/Contents/Info.plist", fixture(t, "AnyDesk-Info.bplist"))
	os.MkdirAll(filepath.Join(dir, "Applications/Broken.app/Contents"), 0o755)
	put("Applications/.localized", nil)
	return fakeMac{Root: hostaccess.NewRoot(dir), outputs: map[string][]byte{
		"pkgutil --pkgs":      fixture(t, "pkgutil-pkgs.txt"),
		"ps -axo comm=":       fixture(t, "ps-axo-comm.txt"),
		"netstat -anv -p tcp": fixture(t, "netstat-anv.txt"),
	}}
}

// A macOS host is read whole through its access; lsof missing falls back
// to netstat; an application without Info.plist is kept by its name and
// named in the problems.
func TestReadHost(t *testing.T) {
	acc := newFakeMac(t)
	ctx := context.Background()
	if is, err := IsHost(ctx, acc); !is || err != nil {
		t.Fatalf("IsHost: %v %v", is, err)
	}
	if is, _ := IsHost(ctx, hostaccess.NewRoot(t.TempDir())); is {
		t.Fatal("an empty root is macOS")
	}
	h := ReadHost(ctx, acc)
	if h.Version == nil || h.Version.Release != "14" {
		t.Fatalf("version %+v", h.Version)
	}
	names := []string{}
	for _, a := range h.Apps {
		names = append(names, a.Name+" "+a.Version)
	}
	if strings.Join(names, ",") != "AnyDesk 8.1.0,Broken ,TeamViewer 15.54.3" {
		t.Errorf("apps %q", names)
	}
	if len(h.Packages) != 5 || len(h.Processes) != 8 || len(h.Listening) != 3 {
		t.Errorf("packages %d, processes %d, listening %v", len(h.Packages), len(h.Processes), h.Listening)
	}
	if len(h.Problems) != 1 || !strings.Contains(h.Problems[0], "Broken.app/Contents/Info.plist") {
		t.Errorf("problems %q", h.Problems)
	}
	if !strings.Contains(strings.Join(h.Read, "\n"), "netstat -anv -p tcp") {
		t.Errorf("read %q", h.Read)
	}
}

func FuzzParsePlist(f *testing.F) {
	for _, n := range []string{"AnyDesk-Info.bplist", "TeamViewer-Info.plist", "SystemVersion.plist"} {
		f.Add(fixture(f, n))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		ParsePlist(b)
		ParseSystemVersion(b)
	})
}

func FuzzParseOutputs(f *testing.F) {
	for _, n := range []string{"lsof-listen.txt", "netstat-anv.txt", "pkgutil-pkgs.txt", "ps-axo-comm.txt"} {
		f.Add(fixture(f, n))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, l := range append(ParseLsof(b), ParseNetstat(b)...) {
			if l.Port < 1 || l.Port > 65535 {
				t.Fatalf("port %d", l.Port)
			}
		}
		ParsePkgutil(b)
		ParsePS(b)
	})
}

// An offline macOS image (no command runs) lists its packages from the
// installer's receipts, and reads neither processes nor sockets.
func TestReadHostOffline(t *testing.T) {
	acc := newFakeMac(t)
	dir := strings.TrimPrefix(acc.Name(), "root:")
	os.MkdirAll(filepath.Join(dir, "var/db/receipts"), 0o755)
	for _, n := range []string{"com.teamviewer.teamviewer.plist", "com.teamviewer.teamviewer.bom", "com.apple.pkg.MobileAssets.plist"} {
		os.WriteFile(filepath.Join(dir, "var/db/receipts", n), nil, 0o644)
	}
	h := ReadHost(context.Background(), acc.Root)
	if strings.Join(h.Packages, ",") != "com.apple.pkg.MobileAssets,com.teamviewer.teamviewer" || len(h.Failed) != 0 || len(h.Processes) != 0 {
		t.Errorf("packages %v, failed %v", h.Packages, h.Failed)
	}
}
