package remote

import (
	"os"
	"strings"
	"testing"

	"conformscan/probes/winhost"
)

func readSnapshot(t *testing.T, name string) *winhost.Snapshot {
	t.Helper()
	b, err := os.ReadFile("../winhost/testdata/" + name + ".json")
	if err != nil {
		t.Fatal(err)
	}
	s, err := winhost.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestSnapshotInventoryTools(t *testing.T) {
	for name, want := range map[string]string{
		"ws2016":   "TeamViewer program TeamViewer 15.50.5 (Uninstall view 32)",
		"ws2019":   `TeamViewer service TeamViewer (TeamViewer, auto, stopped) "C:\Program Files\TeamViewer\TeamViewer_Service.exe"`,
		"ws2012r2": "", "ws2022": "", "win10": "", "win11": "",
	} {
		inv, err := SnapshotInventory(readSnapshot(t, name))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var got []string
		for _, f := range inv.Tools {
			got = append(got, f.Tool+" "+f.Kind+" "+f.What)
		}
		if strings.Join(got, "; ") != want {
			t.Errorf("%s: tools %q, want %q", name, got, want)
		}
		if len(inv.Packages) == 0 || len(inv.Units) == 0 || len(inv.Processes) == 0 || len(inv.Listening) != 6 || inv.Hostname != name && name != "win10" {
			t.Errorf("%s: %+v", name, inv)
		}
	}
}

// A source the snapshot did not read makes the inventory an error, never
// "no tool found".
func TestSnapshotInventoryUnread(t *testing.T) {
	s := readSnapshot(t, "ws2022")
	s.Programs = nil
	s.Problems = []winhost.Problem{{Source: "programs", Error: "Uninstall key (view 32): Access is denied."}}
	inv, err := SnapshotInventory(s)
	if err == nil || !strings.Contains(err.Error(), "Access is denied") || inv == nil {
		t.Fatalf("unread programs: %v", err)
	}
	s = readSnapshot(t, "ws2022")
	s.Sockets = nil
	if _, err := SnapshotInventory(s); err == nil || !strings.Contains(err.Error(), "sockets") {
		t.Fatalf("sockets absent: %v", err)
	}
}

func TestServiceImage(t *testing.T) {
	for in, want := range map[string]string{
		`"C:\Program Files\TeamViewer\TeamViewer_Service.exe" -x`: `C:\Program Files\TeamViewer\TeamViewer_Service.exe`,
		`C:\Windows\System32\svchost.exe -k netsvcs -p`:           `C:\Windows\System32\svchost.exe`,
		`C:\tools\agent`: `C:\tools\agent`, ``: ``,
	} {
		if got := serviceImage(in); got != want {
			t.Errorf("%q: %q", in, got)
		}
	}
}

// FuzzSnapshotInventory: any snapshot the strict decoder accepts builds an
// inventory or an error, never a panic; an unread source is an error.
func FuzzSnapshotInventory(f *testing.F) {
	b, err := os.ReadFile("../winhost/testdata/ws2016.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte(`{"version":1,"collector":"x","host":"h","programs":null}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := winhost.Decode(b)
		if err != nil {
			return
		}
		inv, err := SnapshotInventory(s)
		if err == nil && (s.Programs == nil || s.Services == nil || s.Processes == nil || s.Sockets == nil || inv == nil) {
			t.Fatal("an unread source passed")
		}
	})
}

// A source listed in the problems is not read, even when a collector left
// an empty list for it.
func TestSnapshotInventoryProblemWithEmptyList(t *testing.T) {
	s := readSnapshot(t, "ws2022")
	s.Services = []winhost.Service{}
	s.Problems = []winhost.Problem{{Source: "services", Error: "OpenSCManager: Access is denied."}}
	if _, err := SnapshotInventory(s); err == nil || !strings.Contains(err.Error(), "OpenSCManager") {
		t.Fatalf("%v", err)
	}
	s = readSnapshot(t, "ws2022")
	s.Problems = []winhost.Problem{{Source: "service:WinDefend", Error: "OpenService: Access is denied."}}
	if inv, err := SnapshotInventory(s); err != nil || len(inv.Problems) != 1 {
		t.Fatalf("one service's configuration unread: %v", err)
	}
}
