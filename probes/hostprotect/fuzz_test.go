package hostprotect

import (
	"strings"
	"testing"
	"time"
)

func FuzzParseDeb822(f *testing.F) {
	f.Add([]byte("Package: a\nVersion: 1.0-1\nArchitecture: all\nDescription: x\n more\n\nPackage: b\nVersion: 2\nArchitecture: amd64\n"))
	f.Add([]byte("Package: a\nVersion: 1"))
	f.Add([]byte(" x\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		ss, err := ParseDeb822(b)
		if err == nil && len(b) > 0 && b[len(b)-1] != '\n' {
			t.Fatal("accepted a list without its final newline")
		}
		_ = ss
		_, _ = ParsePackages(b)
		_, _ = ParseStatus(b)
	})
}

func FuzzParseRelease(f *testing.F) {
	f.Add([]byte("-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\nOrigin: Debian\nLabel: Debian-Security\nSuite: stable-security\nDate: Sat, 02 Dec 2026 10:00:00 UTC\nSHA256:\n 0123 12 main/binary-amd64/Packages\n-----BEGIN PGP SIGNATURE-----\nx\n-----END PGP SIGNATURE-----\n"))
	f.Add([]byte("Suite: x\nSHA256:\n a b\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := ParseRelease(b)
		if err == nil && r.Files == nil {
			t.Fatal("nil files on success")
		}
	})
}

func FuzzParseCVDHeader(f *testing.F) {
	h := "ClamAV-VDB:07 Mar 2017 08-02 -0500:23182:1741572:63:c1537143239006af01e814a4dcd58a48:QC2Z:neo:1488891746"
	f.Add([]byte(h + strings.Repeat(" ", 512-len(h))))
	f.Add([]byte("ClamAV-VDB:07 Mar 2017 08-02 -0500:1:1:1:x:x:b:" + strings.Repeat(" ", 470)))
	f.Fuzz(func(t *testing.T, b []byte) {
		db, err := ParseCVDHeader(b)
		if err == nil && (db.Built.IsZero() || len(b) < 512) {
			t.Fatal("accepted a header without a date or short")
		}
	})
}

func FuzzCompareDebVersions(f *testing.F) {
	f.Add("1:2.38.1-5+deb12u2", "1:2.38.1-5+deb12u3")
	f.Add("1.0~rc1", "1.0")
	f.Fuzz(func(t *testing.T, a, b string) {
		ab, err1 := CompareDebVersions(a, b)
		ba, err2 := CompareDebVersions(b, a)
		if err1 != nil || err2 != nil {
			return
		}
		if sign(ab) != -sign(ba) {
			t.Fatalf("%q vs %q: %d and %d", a, b, ab, ba)
		}
	})
}

func FuzzParseRunning(f *testing.F) {
	f.Add([]byte("clamd /usr/sbin/clamd\n[kworker] [x]\n"), []byte("clamav-daemon.service loaded active running Clam\n"))
	f.Fuzz(func(t *testing.T, ps, units []byte) {
		_ = ParsePS(ps)
		_ = ParseUnits(units)
	})
}

func TestParseCVDHeader(t *testing.T) {
	h := "ClamAV-VDB:07 Mar 2017 08-02 -0500:23182:1741572:63:c1537143239006af01e814a4dcd58a48:QC2Z:neo:1488891746"
	db, err := ParseCVDHeader([]byte(h + strings.Repeat(" ", 512-len(h))))
	if err != nil || db.Version != 23182 || !db.Built.Equal(time.Unix(1488891746, 0)) || db.Builder != "neo" {
		t.Fatalf("%+v %v", db, err)
	}
	old := "ClamAV-VDB:07 Mar 2017 08-02 -0500:23182:1741572:63:x:y:neo"
	db, err = ParseCVDHeader([]byte(old + strings.Repeat(" ", 512-len(old))))
	if err != nil || !db.Built.Equal(time.Date(2017, 3, 7, 13, 2, 0, 0, time.UTC)) {
		t.Fatalf("without seconds: %+v %v", db, err)
	}
	for name, b := range map[string]string{
		"short":     h,
		"magic":     strings.Replace(h, "ClamAV-VDB", "ClamAV-XXX", 1) + strings.Repeat(" ", 512-len(h)),
		"bad secs":  strings.Replace(h, "1488891746", "14888x1746", 1) + strings.Repeat(" ", 512-len(h)),
		"binary":    "ClamAV-VDB:\x00" + strings.Repeat(" ", 500),
		"no fields": "ClamAV-VDB:1:2" + strings.Repeat(" ", 498),
	} {
		if _, err := ParseCVDHeader([]byte(b)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestParseDeb822Strict(t *testing.T) {
	good := "Package: a\nVersion: 1.0-1\nArchitecture: all\nDescription: x\n more\n\n"
	if ss, err := ParsePackages([]byte(good)); err != nil || len(ss) != 1 || ss[0].Get("description") != "x\nmore" {
		t.Fatalf("%+v %v", ss, err)
	}
	for name, b := range map[string]string{
		"no final newline":    "Package: a\nVersion: 1.0-1\nArchitecture: all",
		"cut paragraph":       "Package: a\nVersion: 1.0-1\nArchitecture: all\n\nPackage: b\n",
		"not a field":         "Package: a\nrubbish\n",
		"orphan continuation": " x\n",
		"duplicate field":     "Package: a\nPackage: b\nVersion: 1\nArchitecture: all\n",
		"bad version":         "Package: a\nVersion: x:1\nArchitecture: all\n",
	} {
		if _, err := ParsePackages([]byte(b)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestParseRelease(t *testing.T) {
	in := "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\nOrigin: Debian\nLabel: Debian-Security\nSuite: stable-security\nCodename: bookworm-security\nDate: Sat, 02 Dec 2026 10:00:00 UTC\nSHA256:\n 00ff 12 main/binary-amd64/Packages\n-----BEGIN PGP SIGNATURE-----\nx\n-----END PGP SIGNATURE-----\n"
	r, err := ParseRelease([]byte(in))
	if err != nil || !r.Security() || !r.Date.Equal(time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)) || r.Files["main/binary-amd64/Packages"].Size != 12 {
		t.Fatalf("%+v %v", r, err)
	}
	if r, _ := ParseRelease([]byte("Origin: Ubuntu\nLabel: Ubuntu\nSuite: jammy-updates\nDate: Sat, 02 Dec 2026 10:00:00 UTC\n")); r.Security() {
		t.Fatal("jammy-updates taken as security")
	}
	for name, b := range map[string]string{
		"no signature": in[:strings.Index(in, "-----BEGIN PGP SIGNATURE")],
		"bad date":     "Suite: x\nDate: yesterday\n",
		"bad sha line": "Suite: x\nSHA256:\n 00ff twelve main/Packages\n",
		"two paras":    "Suite: x\n\nSuite: y\n",
	} {
		if _, err := ParseRelease([]byte(b)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func FuzzParseRPMMetadata(f *testing.F) {
	f.Add([]byte(`<updates><update type="security"><id>RHSA-2024:1</id><issued date="2024-03-01 00:00:00"/><pkglist><collection><package name="openssl" epoch="1" version="3.0.7" release="25.el9_3" arch="x86_64"/></collection></pkglist></update></updates>`))
	f.Add([]byte(`<repomd><data type="updateinfo"><checksum type="sha256">00</checksum><location href="repodata/x.xml.gz"/><timestamp>1</timestamp></data></repomd>`))
	f.Add([]byte("kernel\t0\t5.14.0\t362.el9\tx86_64\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		_, _ = ParseUpdateinfo(b)
		if md, err := ParseRepomd(b); err == nil {
			for _, d := range md.Data {
				if strings.Contains(d.Location.Href, "..") {
					t.Fatal("a location leaving the repository was accepted")
				}
			}
		}
		if m, err := ParseRPMList(b); err == nil {
			for k := range m {
				if k == "" {
					t.Fatal("empty package name")
				}
			}
		}
	})
}

func FuzzRPMVerCmp(f *testing.F) {
	f.Add("1.0~rc1^git1", "1.0")
	f.Add("25.el9_3", "25.el9_3.1")
	f.Fuzz(func(t *testing.T, a, b string) {
		if x, y := RPMVerCmp(a, b), RPMVerCmp(b, a); x != -y {
			t.Fatalf("%q vs %q: %d and %d", a, b, x, y)
		}
	})
}
