package hostprotect_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"conformscan/probes/hostaccess"
	"conformscan/probes/hostprotect"
	"conformscan/probes/hostprotect/apttest"
	"conformscan/probes/winhost"
)

// ref is the tests' clock: dates are derived from it, never from today.
var ref = time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)

func collect(t *testing.T, acc hostaccess.Access) *hostprotect.Facts {
	t.Helper()
	f, err := hostprotect.Collect(context.Background(), acc)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// A root whose security suite offers a newer version of an installed
// package (real dpkg --root, real apt-get update from a file: repository)
// records it pending since the list's Date; the same version offered
// records nothing pending.
func TestAptPendingFromRealLists(t *testing.T) {
	root := apttest.Root(t, apttest.Repo{Installed: "1.0-1", Offered: "1.0-2", Date: ref.AddDate(0, 0, -40)})
	f := collect(t, hostaccess.NewRoot(root))
	if f.System != "dpkg" || f.Debian == nil || len(f.UnreadOf(hostprotect.TopicPatches)) > 0 {
		t.Fatalf("%+v %+v", f, f.Unread)
	}
	if len(f.Debian.Lists) != 1 || !f.Debian.Lists[0].Security || !f.Debian.Lists[0].Verified {
		t.Fatalf("lists: %+v", f.Debian.Lists)
	}
	p := f.Debian.Pending
	if len(p) != 1 || p[0].Package != apttest.Package || p[0].Installed != "1.0-1" || p[0].Candidate != "1.0-2" || !p[0].Since.Equal(ref.AddDate(0, 0, -40)) {
		t.Fatalf("pending: %+v", p)
	}
	root = apttest.Root(t, apttest.Repo{Installed: "1.0-2", Offered: "1.0-2", Date: ref.AddDate(0, 0, -2)})
	if f := collect(t, hostaccess.NewRoot(root)); len(f.Debian.Pending) != 0 || len(f.Unread) != 0 {
		t.Fatalf("up to date: %+v %+v", f.Debian.Pending, f.Unread)
	}
}

// A Packages list cut short no longer matches its Release: it is not
// read (an error for the refs), never "nothing pending".
func TestAptTruncatedList(t *testing.T) {
	root := apttest.Root(t, apttest.Repo{Installed: "1.0-1", Offered: "1.0-2", Date: ref.AddDate(0, 0, -40)})
	lists := filepath.Join(root, "var/lib/apt/lists")
	ents, _ := os.ReadDir(lists)
	cut := false
	for _, e := range ents {
		if strings.Contains(e.Name(), "_Packages") {
			p := filepath.Join(lists, e.Name())
			b, _ := hostprotect.ReadListForTest(p)
			// Rewrite uncompressed, cut in the middle of the paragraph.
			if err := os.Remove(p); err != nil {
				t.Fatal(err)
			}
			base := strings.TrimSuffix(strings.TrimSuffix(p, ".lz4"), ".gz")
			if err := os.WriteFile(base, b[:len(b)/2], 0o644); err != nil {
				t.Fatal(err)
			}
			cut = true
		}
	}
	if !cut {
		t.Fatal("no Packages list fetched")
	}
	f := collect(t, hostaccess.NewRoot(root))
	if u := f.UnreadOf(hostprotect.TopicPatches); len(u) != 1 || !strings.Contains(u[0].Reason, "truncated") {
		t.Fatalf("unread: %+v", f.Unread)
	}
	if len(f.Debian.Pending) != 0 {
		t.Fatalf("pending from a cut list: %+v", f.Debian.Pending)
	}
}

// An offline ClamAV tree: enabled at boot, its daily database dated from
// its header.
func TestClamAVTree(t *testing.T) {
	root := t.TempDir()
	apttest.ClamAV(t, root, ref.AddDate(0, 0, -30))
	f := collect(t, hostaccess.NewRoot(root))
	if len(f.Products) != 1 || f.Products[0].Product != "ClamAV" || !f.Products[0].Enabled || f.Products[0].Running != nil {
		t.Fatalf("products: %+v", f.Products)
	}
	if len(f.Signatures) != 1 || !f.Signatures[0].Built.Equal(ref.AddDate(0, 0, -30).Truncate(time.Second)) || f.Signatures[0].Version != 27000 {
		t.Fatalf("signatures: %+v", f.Signatures)
	}
	if f.System != "" || len(f.Unread) != 0 {
		t.Fatalf("system %q, unread %+v", f.System, f.Unread)
	}
}

// A running host: the processes decide (ps recorded by a fake access).
func TestRunningFromProcesses(t *testing.T) {
	root := t.TempDir()
	apttest.ClamAV(t, root, ref)
	acc := &online{Root: hostaccess.NewRoot(root), ps: "systemd /sbin/init\nclamd /usr/sbin/clamd --foreground=true\nwdavdaemon /opt/microsoft/mdatp/sbin/wdavdaemon\n"}
	f := collect(t, acc)
	got := map[string]bool{}
	for _, p := range f.Products {
		got[p.Product] = p.Running != nil && *p.Running
	}
	if !got["ClamAV"] || !got["Microsoft Defender for Endpoint (Linux)"] || !f.ProcessesRead {
		t.Fatalf("%+v", f.Products)
	}
	acc.ps, acc.psErr = "", errors.New("ps: permission denied")
	if f := collect(t, acc); len(f.UnreadOf(hostprotect.TopicProtection)) != 1 || f.ProcessesRead {
		t.Fatalf("ps unread: %+v", f.Unread)
	}
}

// online is an offline root that answers ps and systemctl as a running
// host would (recorded output).
type online struct {
	*hostaccess.Root
	ps    string
	psErr error
}

func (o *online) Offline() bool { return false }

func (o *online) Run(_ context.Context, argv ...string) ([]byte, error) {
	if err := hostaccess.Allowed(argv); err != nil {
		return nil, err
	}
	if argv[0] == "ps" {
		return []byte(o.ps), o.psErr
	}
	return nil, errors.New("systemd not running")
}

// A Windows host's facts come from its snapshot (recorded, hand-written).
func TestWindowsSnapshot(t *testing.T) {
	b, err := os.ReadFile("testdata/windows-defender.json")
	if err != nil {
		t.Fatal(err)
	}
	snap, err := winhost.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	f := collect(t, winAccess{Root: hostaccess.NewRoot(t.TempDir()), snap: snap})
	if f.System != "windows" || f.Windows == nil || f.Windows.Defender == nil || len(f.Windows.Updates.Pending) != 2 || len(f.Unread) != 0 {
		t.Fatalf("%+v %+v", f, f.Unread)
	}
	if len(f.Products) != 1 || f.Products[0].Product != "CrowdStrike Falcon sensor" || !*f.Products[0].Running {
		t.Fatalf("agents: %+v", f.Products)
	}
	snap.Security = nil
	if f := collect(t, winAccess{Root: hostaccess.NewRoot(t.TempDir()), snap: snap}); len(f.UnreadOf(hostprotect.TopicPatches)) != 1 || len(f.UnreadOf(hostprotect.TopicProtection)) != 1 {
		t.Fatalf("no security section: %+v", f.Unread)
	}
}

type winAccess struct {
	*hostaccess.Root
	snap *winhost.Snapshot
}

func (w winAccess) WindowsSnapshot(context.Context) (*winhost.Snapshot, error) { return w.snap, nil }
