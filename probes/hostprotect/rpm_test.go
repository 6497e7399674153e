package hostprotect_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"conformscan/probes/hostaccess"
	"conformscan/probes/hostprotect"
	"conformscan/probes/hostprotect/apttest"
)

// rpmHost reads an RPM root's files and answers rpm with the real rpm on
// the root's database (a running RHEL-family host, as seen over SSH).
type rpmHost struct {
	*hostaccess.Root
	local hostaccess.Local
}

func (h rpmHost) Offline() bool { return false }

func (h rpmHost) Run(ctx context.Context, argv ...string) ([]byte, error) {
	if argv[0] == "ps" {
		return []byte("systemd /usr/lib/systemd/systemd\n"), nil
	}
	return h.local.Run(ctx, argv...)
}

func newRPMHost(root, wrapper string) rpmHost {
	return rpmHost{Root: hostaccess.NewRoot(root), local: hostaccess.Local{Programs: map[string]string{"rpm": wrapper}}}
}

// A security advisory of the dnf cache fixing a newer version than the
// installed one (real rpmbuild and rpm) is pending since its issue date;
// the fixed version installed is not pending; a cut updateinfo does not
// match repomd.xml and is not read; an offline RPM root is unread.
func TestRPMPendingFromAdvisories(t *testing.T) {
	root, rpm := apttest.RPMRoot(t, apttest.RPMRepo{Installed: "1.0-1", Fixed: "1.0-2", Issued: ref.AddDate(0, 0, -40), Generated: ref.AddDate(0, 0, -1)})
	f := collect(t, newRPMHost(root, rpm))
	if f.System != "rpm" || f.RPM == nil || len(f.Unread) != 0 {
		t.Fatalf("%+v %+v", f, f.Unread)
	}
	if len(f.RPM.Repos) != 1 || !f.RPM.Repos[0].Verified || f.RPM.Repos[0].Advisories != 1 || !f.RPM.Repos[0].Timestamp.Equal(ref.AddDate(0, 0, -1)) {
		t.Fatalf("repos: %+v", f.RPM.Repos)
	}
	p := f.RPM.Pending
	if len(p) != 1 || p[0].Package != apttest.Package || p[0].Installed != "1.0-1" || p[0].Candidate != "1.0-2" ||
		p[0].Advisory != "CSSA-2026:0001" || !p[0].Since.Equal(ref.AddDate(0, 0, -40)) {
		t.Fatalf("pending: %+v", p)
	}

	ok, rpm2 := apttest.RPMRoot(t, apttest.RPMRepo{Installed: "1.0-2", Fixed: "1.0-2", Issued: ref.AddDate(0, 0, -40), Generated: ref})
	if f := collect(t, newRPMHost(ok, rpm2)); len(f.RPM.Pending) != 0 || len(f.Unread) != 0 || f.RPM.Installed != 1 {
		t.Fatalf("up to date: %+v %+v", f.RPM, f.Unread)
	}

	files, _ := filepath.Glob(filepath.Join(root, "var/cache/dnf/*/repodata/*-updateinfo.xml.gz"))
	if len(files) != 1 {
		t.Fatalf("updateinfo: %v", files)
	}
	b, _ := os.ReadFile(files[0])
	if err := os.WriteFile(files[0], b[:len(b)/2], 0o644); err != nil {
		t.Fatal(err)
	}
	f = collect(t, newRPMHost(root, rpm))
	if u := f.UnreadOf(hostprotect.TopicPatches); len(u) != 1 || !strings.Contains(u[0].Reason, "truncated") || len(f.RPM.Pending) != 0 {
		t.Fatalf("cut updateinfo: %+v %+v", f.Unread, f.RPM.Pending)
	}

	if f := collect(t, hostaccess.NewRoot(ok)); f.System != "rpm" || len(f.UnreadOf(hostprotect.TopicPatches)) != 1 {
		t.Fatalf("offline RPM root: %q %+v", f.System, f.Unread)
	}
}

func TestParseUpdateinfo(t *testing.T) {
	good := `<updates><update type="security"><id>RHSA-2024:1</id><issued date="2024-03-01 00:00:00"/><pkglist><collection><package name="openssl" epoch="1" version="3.0.7" release="25.el9_3" arch="x86_64"/></collection></pkglist></update>` +
		`<update type="security"><id>FEDORA-2024-1</id><issued date="1709251200"/></update></updates>`
	advs, err := hostprotect.ParseUpdateinfo([]byte(good))
	if err != nil || len(advs) != 2 || advs[0].Packages[0].EVR().String() != "1:3.0.7-25.el9_3" || advs[0].Issued.IsZero() || advs[1].Issued.IsZero() {
		t.Fatalf("%+v %v", advs, err)
	}
	for name, b := range map[string]string{
		"truncated":  good[:len(good)/2],
		"other root": `<repomd></repomd>`,
		"no id":      `<updates><update type="security"></update></updates>`,
		"bad epoch":  `<updates><update type="security"><id>x</id><pkglist><collection><package name="a" epoch="x" version="1" arch="noarch"/></collection></pkglist></update></updates>`,
		"no version": `<updates><update type="security"><id>x</id><pkglist><collection><package name="a" arch="noarch"/></collection></pkglist></update></updates>`,
	} {
		if _, err := hostprotect.ParseUpdateinfo([]byte(b)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if _, err := hostprotect.ParseRPMList([]byte("kernel\t0\t5.14.0\t362.el9\tx86_64\nkernel\t0\t5.14.0\t427.el9\tx86_64\n")); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"kernel\t0\t5.14.0", "a\tx\t1\t1\tnoarch\n", "a\t0\t1\t1\tnoarch"} {
		if _, err := hostprotect.ParseRPMList([]byte(bad)); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}
