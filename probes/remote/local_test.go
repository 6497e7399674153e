package remote

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"conformscan/probes"
)

func mkfile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

const procNetTCP = `  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 00000000:0016 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1 1 0000000000000000 100 0 0 10 0
   1: 0100007F:170C 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 2 1 0000000000000000 100 0 0 10 0
   2: 0100007F:170C 0100007F:D2F0 01 00000000:00000000 00:00000000 00000000     0        0 3 1 0000000000000000 100 0 0 10 0
`

// A machine with TeamViewer (outbound only: nothing listens for it), x11vnc
// from dpkg, AnyDesk as a systemd unit, and SSH listening.
func TestLocalInventory(t *testing.T) {
	root := t.TempDir()
	mkfile(t, filepath.Join(root, "dpkg/status"), "Package: x11vnc\nStatus: install ok installed\nVersion: 0.9.16-9\n\nPackage: bash\nStatus: install ok installed\nVersion: 5.2\n")
	mkfile(t, filepath.Join(root, "proc/4242/comm"), "teamviewerd\n")
	mkfile(t, filepath.Join(root, "proc/1/comm"), "systemd\n")
	mkfile(t, filepath.Join(root, "proc/77/comm"), "perl\n")
	mkfile(t, filepath.Join(root, "proc/net/tcp"), procNetTCP)
	mkfile(t, filepath.Join(root, "units/anydesk.service"), "[Unit]\n")
	mkfile(t, filepath.Join(root, "units/ssh.service"), "[Unit]\n")
	mkfile(t, filepath.Join(root, "bin/rpm"), "#!/bin/sh\nprintf 'rustdesk 1.2.3-0\\nbash 5.1-2\\n'\n")
	if err := os.Chmod(filepath.Join(root, "bin/rpm"), 0o755); err != nil {
		t.Fatal(err)
	}
	inv, err := ReadInventory(context.Background(), LocalFiles{DpkgStatus: filepath.Join(root, "dpkg/status"), RPM: filepath.Join(root, "bin/rpm"),
		Proc: filepath.Join(root, "proc"), UnitDirs: []string{filepath.Join(root, "units")}})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, f := range inv.Tools {
		got[f.Tool] = f.Kind
	}
	want := map[string]string{"TeamViewer": "process", "x11vnc": "package", "AnyDesk": "unit", "RustDesk": "package"}
	if len(got) != len(want) {
		t.Errorf("tools %v, want %v", inv.Tools, want)
	}
	for tool, kind := range want {
		if got[tool] != kind {
			t.Errorf("%s: %q, want %q (%v)", tool, got[tool], kind, inv.Tools)
		}
	}
	if len(inv.Listening) != 2 || inv.Listening[0].Addr != "0.0.0.0:22" || inv.Listening[1].Addr != "127.0.0.1:5900" {
		t.Errorf("listening %v", inv.Listening)
	}
	if len(inv.Packages) != 4 || len(inv.Units) != 2 {
		t.Errorf("inventory %+v", inv)
	}
}

func TestWindowsExports(t *testing.T) {
	fl := &LocalFlags{WindowsInventory: filepath.Join("wininv", "testdata")}
	if err := fl.Validate(t.Context()); err != nil {
		t.Fatal(err)
	}
	s := probes.NewSubject(probes.SubjectLocal, "local")
	if err := NewLocalOptions(LocalFiles{}, fl).Run(context.Background(), &probes.Env{}, s); err != nil {
		t.Fatal(err)
	}
	inv := InventoryOf(s)
	if inv == nil || len(inv.Packages) != 3 || inv.Packages[0] != "TeamViewer 15.48.5" || len(inv.Units) != 4 || len(inv.Processes) != 5 || inv.Hostname != "testdata" {
		t.Fatalf("%+v", inv)
	}
	var got []string
	for _, f := range inv.Tools {
		got = append(got, f.Tool+"/"+f.Kind)
	}
	s2 := strings.Join(got, ",")
	for _, want := range []string{"TeamViewer/program", "AnyDesk/program", "AnyDesk/service", "TeamViewer/service", "RustDesk/process", "TeamViewer/process"} {
		if !strings.Contains(s2, want) {
			t.Errorf("%s missing from %s", want, s2)
		}
	}
	if strings.Contains(s2, "7-Zip") || strings.Contains(s2, "dwm") || strings.Contains(s2, "Spooler") {
		t.Errorf("false positive in %s", s2)
	}
	if err := (&LocalFlags{WindowsInventory: t.TempDir()}).Validate(t.Context()); err == nil {
		t.Error("an empty folder is accepted")
	}
}
