package passwords

import (
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

func TestLinuxDebianWithoutPwquality(t *testing.T) {
	p, err := ReadLinux(t.Context(), "testdata/debian")
	if err != nil || p == nil {
		t.Fatalf("policy %v, err %v", p, err)
	}
	if *p.MinLength != 6 || *p.Dictionary || *p.RequireSpecial || *p.HistoryLength != 0 {
		t.Errorf("policy %+v", p)
	}
	if !strings.Contains(p.Source("min_length"), "common-password") || !strings.Contains(p.Source("min_length"), "pam_unix") {
		t.Errorf("min_length source %q", p.Source("min_length"))
	}
	if *p.MaxAgeDays != 99999 || *p.LockoutThreshold != 0 {
		t.Errorf("ages/lockout %+v", p)
	}
}

func TestLinuxHardened(t *testing.T) {
	p, err := ReadLinux(t.Context(), "testdata/hardened")
	if err != nil {
		t.Fatal(err)
	}
	if *p.MinLength != 12 || !*p.RequireUpper || !*p.RequireDigit || !*p.RequireSpecial || !*p.Dictionary {
		t.Errorf("quality %+v", p)
	}
	if !strings.Contains(p.Source("min_length"), "minlen=12") {
		t.Errorf("PAM argument must win over pwquality.conf: %q", p.Source("min_length"))
	}
	if *p.HistoryLength != 24 || *p.MaxAgeDays != 365 || *p.LockoutThreshold != 5 || *p.LockoutMinutes != 15 {
		t.Errorf("history/age/lockout %+v", p)
	}
}

func TestSecedit(t *testing.T) {
	b, err := os.ReadFile("testdata/secedit.inf")
	if err != nil {
		t.Fatal(err)
	}
	p := ParseSecedit("secedit.inf", b)
	if *p.MinLength != 7 || *p.MinClasses != 3 || *p.RequireSpecial || *p.HistoryLength != 24 || *p.MaxAgeDays != 42 || *p.LockoutThreshold != 0 {
		t.Errorf("secedit %+v", p)
	}
	if p.Dictionary != nil {
		t.Error("secedit says nothing of a dictionary check")
	}
}

func TestNetAccounts(t *testing.T) {
	for file, want := range map[string][4]int{
		"testdata/net-accounts-fr.txt": {0, 0, 42, 0},
		"testdata/net-accounts-en.txt": {14, 24, -1, 10},
	} {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		p := ParseNetAccounts(file, b)
		if p.MinLength == nil || p.HistoryLength == nil || p.MaxAgeDays == nil || p.LockoutThreshold == nil {
			t.Fatalf("%s: missing fields %+v", file, p)
		}
		got := [4]int{*p.MinLength, *p.HistoryLength, *p.MaxAgeDays, *p.LockoutThreshold}
		if got != want {
			t.Errorf("%s: got %v, want %v", file, got, want)
		}
	}
}

func TestDeclared(t *testing.T) {
	ps, err := ReadDeclared(t.Context(), "testdata/declared.yaml")
	if err != nil || len(ps) != 2 {
		t.Fatalf("%v %v", ps, err)
	}
	if ps[0].Scope != ScopeUsers || *ps[0].MinLength != 12 || ps[0].Dictionary != nil || ps[1].Scope != ScopeAdmins {
		t.Errorf("%+v", ps)
	}
	if _, err := ParseDeclared("x", []byte("policies:\n  - scope: root\n")); err == nil {
		t.Error("unknown scope accepted")
	}
	if _, err := ParseDeclared("x", []byte("policies:\n  - min_lenght: 3\n")); err == nil {
		t.Error("unknown field accepted")
	}
}

func TestConfigSecretsMasked(t *testing.T) {
	f := &Facts{}
	if err := ScanConfigPaths(t.Context(), []string{"testdata/config"}, f); err != nil {
		t.Fatal(err)
	}
	var clear, hashed []string
	for _, s := range f.Secrets {
		clear = append(clear, s.Key+"="+s.Masked)
	}
	for _, s := range f.Hashed {
		hashed = append(hashed, s.Key+"="+s.Form)
	}
	wantClear := "db.password=S**** password=X**** postgres URL userinfo=P**** smtp_pwd=h****"
	if strings.Join(sortStrings(clear), " ") != wantClear {
		t.Errorf("cleartext %v, want %s", clear, wantClear)
	}
	if strings.Join(sortStrings(hashed), " ") != "admin.password.hash=bcrypt adminPassword=argon2 rootPassword=sha512-crypt" {
		t.Errorf("hashed %v", hashed)
	}
	raw, _ := json.Marshal(f)
	for _, secret := range []string{"Sup3rS3cret", "hunter2", "XmlPlain99", "up3r", "Pg-Plain"} {
		if strings.Contains(string(raw), secret) {
			t.Errorf("facts hold the secret %q: %s", secret, raw)
		}
	}
}

func sortStrings(s []string) []string {
	for i := range s {
		for j := i + 1; j < len(s); j++ {
			if s[j] < s[i] {
				s[i], s[j] = s[j], s[i]
			}
		}
	}
	return s
}

func TestCollect(t *testing.T) {
	o := &Options{Root: "testdata/hardened", Secedit: "testdata/secedit.inf", PolicyFile: "testdata/declared.yaml"}
	f, err := Collect(context.Background(), o)
	if err != nil || len(f.Policies) != 4 {
		t.Fatalf("%+v %v", f, err)
	}
}
