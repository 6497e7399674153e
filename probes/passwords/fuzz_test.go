package passwords

import (
	"os"
	"testing"
)

func seed(f *testing.F, files ...string) {
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
}

func FuzzParsePAM(f *testing.F) {
	seed(f, "testdata/debian/etc/pam.d/common-password", "testdata/hardened/etc/pam.d/common-password", "testdata/hardened/etc/pam.d/common-auth")
	f.Fuzz(func(t *testing.T, b []byte) {
		p := &Policy{}
		stack := parsePAM("x", b)
		judgeQuality(p, keyValues("x", b), "x")
		applyHistory(p, stack, "x")
	})
}

func FuzzKeyValues(f *testing.F) {
	seed(f, "testdata/hardened/etc/security/pwquality.conf", "testdata/debian/etc/login.defs")
	f.Fuzz(func(t *testing.T, b []byte) { _ = keyValues("x", b) })
}

func FuzzParseSecedit(f *testing.F) {
	seed(f, "testdata/secedit.inf")
	f.Fuzz(func(t *testing.T, b []byte) { _ = ParseSecedit("x", b) })
}

func FuzzParseNetAccounts(f *testing.F) {
	seed(f, "testdata/net-accounts-fr.txt", "testdata/net-accounts-en.txt")
	f.Fuzz(func(t *testing.T, b []byte) { _ = ParseNetAccounts("x", b) })
}

func FuzzParseDeclared(f *testing.F) {
	seed(f, "testdata/declared.yaml")
	f.Fuzz(func(t *testing.T, b []byte) { _, _ = ParseDeclared("x", b) })
}

func FuzzScanConfig(f *testing.F) {
	seed(f, "testdata/config/app.properties", "testdata/config/app.xml")
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, s := range ScanConfig("x", b) {
			if len(s.Masked) > 8 {
				t.Fatalf("mask too long: %q", s.Masked)
			}
		}
	})
}
