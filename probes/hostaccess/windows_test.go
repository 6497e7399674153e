package hostaccess

import (
	"context"
	"errors"
	"os"
	"runtime"
	"strings"
	"testing"

	"conformscan/probes"
	"conformscan/probes/winhost"
)

func TestWindowsSnapshotProbe(t *testing.T) {
	b, err := os.ReadFile("../winhost/testdata/ws2019.json")
	if err != nil {
		t.Fatal(err)
	}
	snap, err := winhost.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	s := NewSubject(NewSnapshotFile("ws2019.json", snap))
	if s.ID != "windows-snapshot:ws2019" || !IsWindows(s) {
		t.Fatalf("subject %s windows=%v", s.ID, IsWindows(s))
	}
	if _, win, err := WindowsOf(s); !win || err == nil || !strings.Contains(err.Error(), "did not run") {
		t.Fatalf("before the probe: %v %v", win, err)
	}
	p := NewWindows(&WindowsOptions{})
	if !p.Applies(s) {
		t.Fatal("probe does not apply to a snapshot")
	}
	if err := p.Run(context.Background(), &probes.Env{}, s); err != nil {
		t.Fatal(err)
	}
	got, win, err := WindowsOf(s)
	if !win || err != nil || got.Host != "ws2019" {
		t.Fatalf("after the probe: %v %v %v", got, win, err)
	}
	if _, err := s.Descriptor.(*Descriptor).acc.ReadFile(context.Background(), "/etc/passwd", 10); !errors.Is(err, errSnapshotFile) {
		t.Fatalf("a snapshot read a file: %v", err)
	}
}

// On Linux the local machine is no Windows host: the probe does not apply
// and the host probes read Linux files as before.
func TestLocalIsNotWindowsOnLinux(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("on Windows the local machine is a snapshot source")
	}
	s := probes.NewSubject(probes.SubjectLocal, "local")
	if IsWindows(s) || NewWindows(&WindowsOptions{}).Applies(s) {
		t.Fatal("Linux local machine taken for Windows")
	}
	if _, win, err := WindowsOf(s); win || err != nil {
		t.Fatalf("WindowsOf: %v %v", win, err)
	}
}

func TestWindowsOptionsRefuseDuplicateHosts(t *testing.T) {
	o := &WindowsOptions{Files: []string{"../winhost/testdata/ws2019.json", "../winhost/testdata/ws2019.json"}}
	if err := o.Validate(t.Context()); err == nil || !strings.Contains(err.Error(), "already given") {
		t.Fatalf("duplicate: %v", err)
	}
	o.Files = o.Files[:1]
	if err := o.Validate(t.Context()); err != nil || len(o.subjects) != 1 {
		t.Fatalf("one file: %v", err)
	}
}
