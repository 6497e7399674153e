package hostaccess

import (
	"context"
	"errors"
	"fmt"

	"github.com/spf13/pflag"

	"conformscan/inputs"
	"conformscan/probes"
	"conformscan/probes/winhost"
)

// WindowsID is the ID of the probe that takes a Windows host's snapshot;
// its fact (a *winhost.Snapshot) is read with WindowsOf.
const WindowsID = "windows-snapshot"

// IsWindows tells whether s is read through an access able to take a
// Windows snapshot (this machine on Windows, WinRM, a recorded snapshot,
// a bundle): its host probes then read the snapshot, never Linux files.
func IsWindows(s *probes.Subject) bool {
	_, ok := Default(s).(winhost.Source)
	return ok
}

// WindowsOf returns the snapshot of a Windows host subject. windows is
// false for any other host (read its Linux sources). On a Windows host,
// err says the snapshot is missing (the probe failed or did not run):
// the host probes then fail, never read "nothing found".
func WindowsOf(s *probes.Subject) (snap *winhost.Snapshot, windows bool, err error) {
	if !IsWindows(s) {
		return nil, false, nil
	}
	if snap, ok := s.Fact(WindowsID).(*winhost.Snapshot); ok && snap != nil {
		return snap, true, nil
	}
	why := "it did not run"
	if r, ran := s.Run(WindowsID); ran && r.Error != "" {
		why = r.Error
	}
	return nil, true, fmt.Errorf("no Windows snapshot of this host (probe %s: %s)", WindowsID, why)
}

// WindowsOptions are the snapshot probe's flags: recorded snapshots
// judged as hosts.
type WindowsOptions struct {
	Files []string
	// subjects are the hosts of Files, read by Validate.
	subjects []*probes.Subject
}

// Register adds --windows-snapshot.
func (o *WindowsOptions) Register(fs *pflag.FlagSet) {
	fs.StringArrayVar(&o.Files, "windows-snapshot", nil, "judge a recorded Windows host snapshot (JSON, docs/platforms.md) as a host, as --local would on that machine (repeatable)")
}

// Validate reads every --windows-snapshot: a file that is not a complete
// snapshot of this format version stops the scan before any probe.
func (o *WindowsOptions) Validate(ctx context.Context) error {
	o.subjects = nil
	seen := map[string]string{}
	for _, f := range o.Files {
		b, err := inputs.Read(ctx, inputs.WindowsSnapshot, f)
		if err != nil {
			return err
		}
		snap, err := winhost.Decode(b)
		if err != nil {
			return fmt.Errorf("--windows-snapshot %s: %w", f, err)
		}
		acc := &SnapshotFile{path: f, snap: snap}
		if prev, dup := seen[acc.Name()]; dup {
			return fmt.Errorf("--windows-snapshot %s: host %q already given by %s", f, snap.Host, prev)
		}
		seen[acc.Name()] = f
		o.subjects = append(o.subjects, NewSubject(acc))
	}
	return nil
}

// NewWindows returns the probe that takes the snapshot of every host
// subject whose access is a winhost.Source, and stores it as its fact.
// On a Linux host it does not apply; on this machine it applies when
// conformscan runs on Windows.
func NewWindows(o *WindowsOptions) probes.Probe {
	return probes.Probe{
		ID:       WindowsID,
		Doc:      "Snapshot of a Windows host (OS release, installed programs of every Uninstall view, services, processes, listening sockets, account policy, Administrators, local accounts, and the security sections: Defender, updates, audit policy, Event Forwarding, BitLocker, Windows Firewall): the Windows APIs on this machine, WinRM, or a recorded snapshot (--windows-snapshot).",
		Kind:     probes.SubjectLocal,
		Requires: probes.Requirements{OnHost: true},
		Needs:    []string{EndID},
		Options:  o,
		Roots:    func() []*probes.Subject { return o.subjects },
		Applies:  IsWindows,
		Run: func(ctx context.Context, _ *probes.Env, s *probes.Subject) error {
			src, ok := Default(s).(winhost.Source)
			if !ok {
				return fmt.Errorf("%s is not a Windows host", s.ID)
			}
			snap, err := src.WindowsSnapshot(ctx)
			if err != nil {
				return fmt.Errorf("Windows snapshot of %s: %w", Default(s).Name(), err)
			}
			if snap == nil {
				return errors.New("Windows snapshot: the collector returned none")
			}
			s.SetFact(WindowsID, snap)
			return nil
		},
	}
}

// errSnapshotFile: a recorded snapshot has no file system nor command.
var errSnapshotFile = errors.New("a recorded Windows snapshot has no file to read nor command to run")

// SnapshotFile is a host read from a recorded Windows snapshot
// (--windows-snapshot): it implements winhost.Source and nothing else.
type SnapshotFile struct {
	path string
	snap *winhost.Snapshot
}

// NewSnapshotFile returns the access to a decoded snapshot read from path.
func NewSnapshotFile(path string, snap *winhost.Snapshot) *SnapshotFile {
	return &SnapshotFile{path: path, snap: snap}
}

// HandedOver says the host is read from a handed-over snapshot.
func (f *SnapshotFile) HandedOver() *probes.Provenance {
	return &probes.Provenance{Source: probes.ProvenanceWindowsSnapshot, File: f.path}
}

// Name is "windows-snapshot:HOST".
func (f *SnapshotFile) Name() string { return "windows-snapshot:" + f.snap.Host }

// Source names the file and the snapshot's part.
func (f *SnapshotFile) Source(p string) string { return f.path + "#" + p }

// Offline is false: the snapshot is of a running host.
func (f *SnapshotFile) Offline() bool { return false }

// Open does nothing: the file was read and decoded by Validate.
func (f *SnapshotFile) Open(context.Context) error { return nil }

// ReadFile fails: a snapshot has no file system.
func (f *SnapshotFile) ReadFile(context.Context, string, int64) ([]byte, error) {
	return nil, errSnapshotFile
}

// ReadDir fails.
func (f *SnapshotFile) ReadDir(context.Context, string) ([]Entry, error) { return nil, errSnapshotFile }

// Stat fails.
func (f *SnapshotFile) Stat(context.Context, string) (Entry, error) { return Entry{}, errSnapshotFile }

// Run fails.
func (f *SnapshotFile) Run(context.Context, ...string) ([]byte, error) { return nil, errSnapshotFile }

// Lost is nil.
func (f *SnapshotFile) Lost() error { return nil }

// Close does nothing.
func (f *SnapshotFile) Close(context.Context) error { return nil }

// WindowsSnapshot returns the recorded snapshot, with the file named.
func (f *SnapshotFile) WindowsSnapshot(context.Context) (*winhost.Snapshot, error) {
	return f.snap, nil
}

// For returns the access a host probe reads s through: Default(s), except
// that on a Windows host its snapshot is the one the windows-snapshot
// probe took (a fact of s), never taken again — one collection per host
// (WinRM runs the script once, secedit runs once), and every probe judges
// the same reading. The probe must list WindowsID in its Needs; when the
// snapshot was not taken, WindowsSnapshot returns why.
func For(s *probes.Subject) Access {
	acc := Default(s)
	if _, ok := acc.(winhost.Source); !ok {
		return acc
	}
	return takenSnapshot{Access: acc, s: s}
}

// takenSnapshot is a Windows host's access whose snapshot is the
// subject's fact.
type takenSnapshot struct {
	Access
	s *probes.Subject
}

// WindowsSnapshot returns the snapshot already taken of the host.
func (t takenSnapshot) WindowsSnapshot(context.Context) (*winhost.Snapshot, error) {
	snap, _, err := WindowsOf(t.s)
	return snap, err
}
