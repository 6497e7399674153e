package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"conformscan/fixtures/daemons"
)

type passwordReport struct {
	Results []struct {
		Ref, Status, Summary, Check string
		Evidence                    []struct{ Rule, Source, Observed string }
	} `json:"results"`
}

func scanPasswords(t *testing.T, args ...string) (passwordReport, string) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "r.json")
	code, _, errOut := runCLI(t, append([]string{"scan", "--local", "--refs", "5.2,5.3,5.4,5.5,13.8", "--output", out, "--format", "json"}, args...)...)
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("exit %d: %s: %v", code, errOut, err)
	}
	var rep passwordReport
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	return rep, string(data)
}

// On this Debian machine, without pam_pwquality, 5.3 fails and names the
// PAM file.
func TestScanLocalDebianWithoutPwqualityFails53(t *testing.T) {
	if b, err := os.ReadFile("/etc/pam.d/common-password"); err != nil || strings.Contains(string(b), "pam_pwquality") {
		t.Skip("needs a Debian host whose PAM password stack has no pam_pwquality")
	}
	rep, _ := scanPasswords(t)
	for _, r := range rep.Results {
		if r.Ref != "5.3" || r.Check != "password-policy-local" {
			continue
		}
		if r.Status != "fail" || len(r.Evidence) == 0 || !strings.Contains(r.Evidence[0].Source, "/etc/pam.d/common-password") {
			t.Fatalf("5.3: %+v", r)
		}
		return
	}
	t.Fatalf("no 5.3 result: %+v", rep.Results)
}

// A config file's cleartext password fails 5.4 and never appears in the
// report.
func TestScanLocalConfigPasswordMasked(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "app.env")
	if err := os.WriteFile(cfg, []byte("DB_PASSWORD=Zq9-very-secret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	rep, raw := scanPasswords(t, "--passwords-root", "../../probes/passwords/testdata/hardened", "--config-path", cfg)
	if strings.Contains(raw, "very-secret") {
		t.Fatal("the password appears in the report")
	}
	got := map[string]string{}
	for _, r := range rep.Results {
		got[r.Ref] = r.Status
	}
	if got["5.4"] != "fail" || got["13.8"] != "fail" || got["5.2"] != "pass" || got["5.5"] != "pass" {
		t.Fatalf("verdicts %v", got)
	}
}

// A slapd with ppolicy, anonymous access refused, StartTLS: the policy is
// read after StartTLS and bind; the password appears nowhere.
func TestScanDirectorySlapdPPolicy(t *testing.T) {
	d := daemons.StartSlapd(t, daemons.SlapdOptions{PPolicy: true, TLS: true, RefuseAnonymous: true})
	t.Setenv("CONFORMSCAN_LDAP_PASSWORD", daemons.AdminPassword)
	out := filepath.Join(t.TempDir(), "r.json")
	code, stdout, stderr := runCLI(t, "scan", "--directory", d.URL, "--ca", d.CAFile, "--ldap-bind-dn", daemons.AdminDN,
		"--refs", "5.2,5.3,5.5,5.7,3.1", "--output", out, "--format", "table")
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, s := range []string{string(data), stdout, stderr} {
		if strings.Contains(s, daemons.AdminPassword) {
			t.Fatal("the bind password appears in the output")
		}
	}
	var rep passwordReport
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, r := range rep.Results {
		got[r.Ref] = r.Status + " " + r.Check
	}
	// ppolicy without a check module: 12 characters checked but no class
	// nor dictionary (fail); history 5 and 90 days (pass); 5.7/3.1 manual
	// with evidence.
	want := map[string]string{"5.2": "fail password-policy-directory", "5.3": "fail password-policy-directory",
		"5.5": "pass password-policy-directory", "5.7": "manual directory-integration", "3.1": "manual directory-integration"}
	for ref, w := range want {
		if got[ref] != w {
			t.Errorf("%s: got %q, want %q", ref, got[ref], w)
		}
	}
	if !strings.Contains(string(data), daemons.PPolicyDN) || !strings.Contains(string(data), "anonymous bind refused") {
		t.Errorf("evidence must name the policy DN and the anonymous refusal")
	}
}

// TestScanConfigPathSkippedFileNamed: the case. A 2.7 MB file under
// --config-path no longer stops the walk: the db_password= after it fails
// 5.4; without it, 5.4 and 13.8 are errors naming the file, never pass.
func TestScanConfigPathSkippedFileNamed(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "a-access.log")
	os.WriteFile(big, []byte("x"), 0o644)
	os.Truncate(big, 2_700_000)
	os.WriteFile(filepath.Join(dir, "b.ini"), []byte("user=app\n"), 0o644)
	args := []string{"--passwords-root", "../../probes/passwords/testdata/hardened", "--config-path", dir}
	rep, raw := scanPasswords(t, args...)
	for _, r := range rep.Results {
		if (r.Ref == "5.4" || r.Ref == "13.8") && r.Status != "error" {
			t.Errorf("%s: %s, want error", r.Ref, r.Status)
		}
	}
	if !strings.Contains(raw, big) || !strings.Contains(raw, "larger than") {
		t.Errorf("the skipped file is not named: %s", raw)
	}
	os.WriteFile(filepath.Join(dir, "c.properties"), []byte("db_password=Zq9-very-secret\n"), 0o600)
	rep, raw = scanPasswords(t, args...)
	for _, r := range rep.Results {
		if r.Ref == "5.4" && r.Status != "fail" {
			t.Errorf("5.4: %s, want fail", r.Status)
		}
	}
	if strings.Contains(raw, "very-secret") {
		t.Fatal("the password appears in the report")
	}
}
