package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"conformscan/fixtures/gnutlslab"
	"conformscan/fixtures/nginxlab"
	"conformscan/reports/reportstest"
)

type e2eReport struct {
	Verdicts []struct {
		Ref    string `json:"ref"`
		Status string `json:"status"`
	} `json:"verdicts"`
	Results []struct {
		Ref      string `json:"ref"`
		Status   string `json:"status"`
		Evidence []struct {
			Rule string `json:"rule"`
		} `json:"evidence"`
	} `json:"results"`
	Facts map[string]json.RawMessage `json:"facts"`
}

// TestScanNginxLab runs the real binary's code path (flags, runner, probes,
// checks, JSON report) against real nginx setups: every bad setup fails 7.1
// and 7.3 with the rule that explains it, the conformant one does not fail,
// and a plain-HTTP login page fails 7.2 with exit code 1.
func TestScanNginxLab(t *testing.T) {
	labs := nginxlab.StartAll(t)
	for _, tc := range []struct {
		setup    nginxlab.Setup
		exit     int
		status   map[string]string
		rules    map[string][]string // ref -> rules that must appear in non-pass evidence
		noStatus map[string]string   // ref -> status that must not appear
	}{
		{nginxlab.Modern, 0, nil, nil, map[string]string{"7.1": "fail", "7.3": "fail"}},
		{nginxlab.Legacy, 1, map[string]string{"7.1": "fail", "7.3": "fail"}, map[string][]string{"7.3": {"ANSSI-TLS-R4", "ANSSI-TLS-R5", "ANSSI-TLS-R6", "ANSSI-TLS-R10"}}, nil},
		{nginxlab.RSA1024SHA1, 1, map[string]string{"7.1": "fail", "7.3": "fail"}, map[string][]string{"7.3": {"RGS-RSA", "ANSSI-TLS-R24"}}, nil},
		{nginxlab.Expired, 1, map[string]string{"7.1": "fail", "7.3": "fail"}, map[string][]string{"7.1": {"CERT-EXPIRED"}}, nil},
		{nginxlab.WrongHost, 1, map[string]string{"7.1": "fail", "7.3": "fail"}, map[string][]string{"7.1": {"ANSSI-TLS-R29", "CERT-UNTRUSTED"}}, nil},
		{nginxlab.DHE1024, 1, map[string]string{"7.3": "fail"}, map[string][]string{"7.3": {"RGS-DH"}}, nil},
		{nginxlab.CBCNoFS, 1, map[string]string{"7.3": "fail"}, map[string][]string{"7.3": {"ANSSI-TLS-R6"}}, nil},
		{nginxlab.PlainLogin, 1, map[string]string{"7.2": "fail", "7.1": "fail"}, map[string][]string{"7.2": {"CHM-7.2/HTTP-LOGIN-CLEARTEXT"}}, nil},
	} {
		t.Run(string(tc.setup), func(t *testing.T) {
			lab := labs[tc.setup]
			out := filepath.Join(t.TempDir(), "report.json")
			code, _, errOut := runCLI(t, "scan", "--target", lab.Addr, "--refs", "7", "--ca", lab.CAFile,
				"--output", out, "--format", "json")
			if code != tc.exit {
				data, _ := os.ReadFile(out)
				t.Fatalf("exit %d, want %d (stderr %s)\n%.3000s", code, tc.exit, errOut, data)
			}
			data, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			reportstest.MustValidate(t, data)
			var r e2eReport
			if err := json.Unmarshal(data, &r); err != nil {
				t.Fatal(err)
			}
			if _, ok := r.Facts[lab.Addr]; !ok {
				t.Fatalf("facts lack %s: %v", lab.Addr, r.Facts)
			}
			got := map[string]string{}
			for _, v := range r.Verdicts {
				got[v.Ref] = v.Status
			}
			for ref, want := range tc.status {
				if got[ref] != want {
					t.Errorf("ref %s = %s, want %s", ref, got[ref], want)
				}
			}
			for ref, bad := range tc.noStatus {
				if got[ref] == bad || got[ref] == "error" || got[ref] == "" {
					t.Errorf("ref %s = %q", ref, got[ref])
				}
			}
			for ref, rules := range tc.rules {
				seen := map[string]bool{}
				for _, res := range r.Results {
					if res.Ref == ref && res.Status != "pass" {
						for _, e := range res.Evidence {
							seen[e.Rule] = true
						}
					}
				}
				for _, rule := range rules {
					if !seen[rule] {
						t.Errorf("ref %s: rule %s not in the evidence (saw %v)", ref, rule, seen)
					}
				}
			}
		})
	}
}

// TestDemo runs the demo end to end in a temporary directory.
func TestDemo(t *testing.T) {
	dir := t.TempDir()
	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	code, out, errOut := runCLI(t, "demo", "--no-color")
	if code != 0 {
		t.Fatalf("demo exit %d: %s", code, errOut)
	}
	data, err := os.ReadFile(filepath.Join(dir, "conformscan-demo-report.json"))
	if err != nil {
		t.Fatal(err)
	}
	reportstest.MustValidate(t, data)
	var r e2eReport
	json.Unmarshal(data, &r)
	got := map[string]string{}
	for _, v := range r.Verdicts {
		got[v.Ref] = v.Status
	}
	for _, ref := range []string{"7.1", "7.2", "7.3", "13.20"} {
		if got[ref] != "fail" {
			t.Errorf("demo: ref %s = %s, want fail", ref, got[ref])
		}
	}
	if len(r.Verdicts) != 100 || len(out) == 0 {
		t.Errorf("demo: %d verdicts", len(r.Verdicts))
	}
}

// TestScanGnuTLSJudgedUnder71: an HTTPS server that is neither nginx, Go nor
// Apache, on an unusual port, is recognised as HTTPS and judged under 7.1
// (not N/A), with its TLS evidence.
func TestScanGnuTLSJudgedUnder71(t *testing.T) {
	srv := gnutlslab.Start(t)
	code, out, errOut := runCLI(t, "scan", "--target", fmt.Sprintf("127.0.0.1:%d", srv.Port), "--refs", "7.1",
		"--ca", srv.CAFile, "--format", "json", "--lang", "en", "--timeout", "2m")
	reportstest.MustValidate(t, []byte(out))
	var rep struct {
		Results []struct {
			Check, Status, Summary string
			Evidence               []struct{ Rule string }
		} `json:"results"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("exit %d: %v\n%s", code, err, errOut)
	}
	judged := false
	for _, r := range rep.Results {
		if r.Check == "tls-web" {
			judged = r.Status != "na" && r.Status != "error" && len(r.Evidence) > 0
			t.Logf("7.1 %s: %s", r.Status, r.Summary)
		}
	}
	if !judged {
		t.Fatalf("gnutls-serv was not judged under 7.1: %+v", rep.Results)
	}
}
