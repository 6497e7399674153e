//go:build linux

package osdetect

import (
	"context"
	"database/sql"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"conformscan/fixtures/rpmdb"
	"conformscan/probes/hostaccess"
)

// rhelRoot returns a RHEL 9-like root whose /var/lib/rpm/rpmdb.sqlite is
// a real database made by rpm, holding x11vnc (with an epoch) and httpd.
func rhelRoot(t *testing.T) (root, db string) {
	t.Helper()
	root = t.TempDir()
	db = rpmdb.Build(t, filepath.Join(root, "var/lib/rpm"),
		rpmdb.Package{Name: "x11vnc", Version: "0.9.16", Release: "8.el9", Epoch: 1},
		rpmdb.Package{Name: "httpd", Version: "2.4.57", Release: "5.el9"})
	return root, db
}

func TestReadRPMDB(t *testing.T) {
	root, db := rhelRoot(t)
	pkgs, src, err := ReadRPMDB(context.Background(), hostaccess.NewRoot(root))
	got := map[string]string{}
	for _, p := range pkgs {
		got[p.Name] = p.Version
	}
	if err != nil || src != "root:"+db || len(pkgs) != 2 || got["x11vnc"] != "0.9.16-8.el9" || got["httpd"] != "2.4.57-5.el9" {
		t.Fatalf("%v %q %v", pkgs, src, err)
	}
	// The headers rpm wrote parse with their epoch and architecture.
	uri := url.URL{Scheme: "file", Path: db, RawQuery: "mode=ro&immutable=1"}
	sdb, err := sql.Open("sqlite", uri.String())
	if err != nil {
		t.Fatal(err)
	}
	defer sdb.Close()
	var blob []byte
	if err := sdb.QueryRow("SELECT blob FROM Packages WHERE hnum = 1").Scan(&blob); err != nil {
		t.Fatal(err)
	}
	if h, err := ParseRPMHeader(blob); err != nil || h.Name != "x11vnc" || !h.HasEpoch || h.Epoch != 1 || h.Arch != "noarch" {
		t.Fatalf("%+v %v", h, err)
	}
}

// Fedora and SUSE keep the database under /usr/lib/sysimage/rpm, with
// /var/lib/rpm a link to it: it is read once.
func TestReadRPMDBSysimage(t *testing.T) {
	root := t.TempDir()
	rpmdb.Build(t, filepath.Join(root, "usr/lib/sysimage/rpm"), rpmdb.Package{Name: "x11vnc", Version: "0.9.16", Release: "1"})
	if err := os.MkdirAll(filepath.Join(root, "var/lib"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/usr/lib/sysimage/rpm", filepath.Join(root, "var/lib/rpm")); err != nil {
		t.Fatal(err)
	}
	pkgs, src, err := ReadRPMDB(context.Background(), hostaccess.NewRoot(root))
	if err != nil || len(pkgs) != 1 || !strings.HasSuffix(src, "/usr/lib/sysimage/rpm/rpmdb.sqlite") {
		t.Fatalf("%v %q %v", pkgs, src, err)
	}
}

// SUSE's ndb database under /usr/lib/sysimage/rpm is read too (the
// recorded SLE 15 one).
func TestReadRPMDBSUSE(t *testing.T) {
	root := t.TempDir()
	data, err := os.ReadFile("testdata/sle15-bci/Packages.db")
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(root, "usr/lib/sysimage/rpm")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "Packages.db"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	pkgs, src, err := ReadRPMDB(context.Background(), hostaccess.NewRoot(root))
	if err != nil || len(pkgs) != 35 || src != "root:"+filepath.Join(dir, "Packages.db") {
		t.Fatalf("%d %q %v", len(pkgs), src, err)
	}
	if err := os.Truncate(filepath.Join(dir, "Packages.db"), int64(len(data)/2)); err != nil {
		t.Fatal(err)
	}
	if pkgs, _, err := ReadRPMDB(context.Background(), hostaccess.NewRoot(root)); err == nil || pkgs != nil {
		t.Fatalf("truncated: %d packages, %v", len(pkgs), err)
	}
}

// A database that does not read completely is an error naming it, never
// an empty list: truncated, corrupted, with changes left in its
// write-ahead log, or in a format not read offline.
func TestReadRPMDBIncomplete(t *testing.T) {
	for name, damage := range map[string]func(t *testing.T, root, db string){
		"truncated":   func(t *testing.T, _, db string) { truncate(t, db, -4096) },
		"header only": func(t *testing.T, _, db string) { truncate(t, db, 100-size(t, db)) },
		"corrupted": func(t *testing.T, _, db string) {
			data, _ := os.ReadFile(db)
			for i := len(data) / 2; i < len(data)/2+8192 && i < len(data); i++ {
				data[i] = 0xa5
			}
			os.WriteFile(db, data, 0o644)
		},
		"wal": func(t *testing.T, _, db string) { os.WriteFile(db+"-wal", []byte("pending"), 0o644) },
		"berkeley db": func(t *testing.T, root, db string) {
			os.Remove(db)
			os.WriteFile(filepath.Join(root, "var/lib/rpm/Packages"), make([]byte, 8192), 0o644)
		},
	} {
		t.Run(name, func(t *testing.T) {
			root, db := rhelRoot(t)
			damage(t, root, db)
			pkgs, src, err := ReadRPMDB(context.Background(), hostaccess.NewRoot(root))
			if err == nil || pkgs != nil || !strings.Contains(err.Error(), "root:"+filepath.Join(root, "var/lib/rpm")) {
				t.Fatalf("%v %q %v", pkgs, src, err)
			}
			t.Log(err)
		})
	}
}

// A root without any rpm database has no rpm package: no source, no
// error (dpkg or apk are read instead).
func TestReadRPMDBNone(t *testing.T) {
	pkgs, src, err := ReadRPMDB(context.Background(), hostaccess.NewRoot(t.TempDir()))
	if pkgs != nil || src != "" || err != nil {
		t.Fatalf("%v %q %v", pkgs, src, err)
	}
}

func size(t *testing.T, p string) int64 {
	fi, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Size()
}

func truncate(t *testing.T, p string, by int64) {
	if err := os.Truncate(p, size(t, p)+by); err != nil {
		t.Fatal(err)
	}
}

// FuzzParseRPMSQLite: damaged copies of a real rpm database (made by rpm)
// never panic, and what reads has names and versions.
func FuzzParseRPMSQLite(f *testing.F) {
	db := rpmdb.Build(f, filepath.Join(f.TempDir(), "rpm"), rpmdb.Package{Name: "x11vnc", Version: "0.9.16", Release: "8.el9"})
	data, err := os.ReadFile(db)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Fuzz(func(t *testing.T, b []byte) {
		pkgs, err := ParseRPMSQLite(context.Background(), b)
		if err != nil && pkgs != nil {
			t.Fatal("packages with an error")
		}
		for _, p := range pkgs {
			if p.Name == "" || p.Version == "" {
				t.Fatalf("package %+v", p)
			}
		}
	})
}

// An offline RHEL 9 root: OS from os-release, server software from the
// rpm database (httpd, openssh-server), read without rpm; the database
// truncated, the probe fails instead of listing nothing.
func TestOfflineRHELRoot(t *testing.T) {
	root := t.TempDir()
	osRelease, err := os.ReadFile("../hostaccess/testdata/rhel9-os-release")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(root, "etc"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "etc/os-release"), osRelease, 0o644); err != nil {
		t.Fatal(err)
	}
	db := rpmdb.Build(t, filepath.Join(root, "var/lib/rpm"),
		rpmdb.Package{Name: "httpd", Version: "2.4.57", Release: "5.el9"},
		rpmdb.Package{Name: "openssh-server", Version: "8.7p1", Release: "38.el9"})
	f, err := readLocal(context.Background(), hostaccess.NewRoot(root), DefaultLocalFiles())
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Software{}
	for _, s := range f.Software {
		got[s.Product] = s
	}
	if len(f.OS) != 1 || f.OS[0].Product != "rhel" || got["apache-http-server"].Version != "2.4.57" ||
		got["apache-http-server"].Source != SourceRPMDB || got["openssh"].Version != "8.7p1" {
		t.Fatalf("os %+v, software %+v", f.OS, f.Software)
	}
	truncate(t, db, -4096)
	if _, err := readLocal(context.Background(), hostaccess.NewRoot(root), DefaultLocalFiles()); err == nil || !strings.Contains(err.Error(), db) {
		t.Fatalf("truncated database: %v", err)
	}
}
