package diskcrypt

import (
	"context"
	"os"
	"strings"
	"testing"

	"conformscan/probes/hostaccess"
	"conformscan/probes/winhost"
)

// snapAccess is a host access taking a recorded Windows snapshot.
type snapAccess struct {
	hostaccess.Local
	snap *winhost.Snapshot
}

func (s snapAccess) Name() string { return "recorded:" + s.snap.Host }

func (s snapAccess) WindowsSnapshot(context.Context) (*winhost.Snapshot, error) { return s.snap, nil }

func snapshot(t *testing.T, name string) *winhost.Snapshot {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	s, err := winhost.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestCollectWindows(t *testing.T) {
	f := collect(t, snapAccess{snap: snapshot(t, "windows-laptop-bitlocker.json")})
	if f.Platform != PlatformWindows || f.Chassis == nil || !f.Chassis.Portable || len(f.Volumes) != 2 || len(f.Skipped) != 1 {
		t.Fatalf("laptop %+v", f)
	}
	if s := states(f); s["C:"] != Encrypted || s["D:"] != Encrypted {
		t.Fatalf("laptop volumes %+v", f.Volumes)
	}
	// A convertible listed after a desktop type is portable; suspended
	// protection is not encryption.
	f = collect(t, snapAccess{snap: snapshot(t, "windows-laptop-suspended.json")})
	if f.Chassis == nil || f.Chassis.Name != "Convertible" || states(f)["C:"] != Unencrypted || states(f)["D:"] != Unencrypted {
		t.Fatalf("suspended %+v %+v", f.Chassis, f.Volumes)
	}
	f = collect(t, snapAccess{snap: snapshot(t, "windows-vm-notread.json")})
	if f.Chassis != nil || !strings.Contains(f.Virtual, "Virtual Machine") || f.Volumes != nil || len(f.Unread) != 1 {
		t.Fatalf("vm %+v", f)
	}
	// A snapshot without the field: unread, never "no volume".
	s := snapshot(t, "windows-vm-notread.json")
	s.Security, s.Problems = nil, nil
	if f := collect(t, snapAccess{snap: s}); len(f.Unread) != 1 || f.Volumes != nil {
		t.Fatalf("no field %+v", f)
	}
}
