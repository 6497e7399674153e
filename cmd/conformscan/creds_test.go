package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"conformscan/fixtures/credsd"
)

// credsSecret is the console's password: it must appear in no report.
const credsSecret = "Xy7-Vendor-Secret"

// credsConsole is an in-process web console whose vendor account keeps
// its shipped password; the scan is given that pair with --creds.
func credsConsole(t *testing.T) (addr, credsFile string) {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if u, p, ok := r.BasicAuth(); ok && u == "vendor" && p == credsSecret {
			_, _ = w.Write([]byte("console"))
			return
		}
		w.Header().Set("WWW-Authenticate", `Basic realm="console"`)
		w.WriteHeader(http.StatusUnauthorized)
	}))
	t.Cleanup(srv.Close)
	credsFile = filepath.Join(t.TempDir(), "creds.csv")
	if err := os.WriteFile(credsFile, []byte("http,vendor,"+credsSecret+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return strings.TrimPrefix(srv.URL, "http://"), credsFile
}

// TestCredsNeverInReports: a found password is masked in every format.
func TestCredsNeverInReports(t *testing.T) {
	addr, file := credsConsole(t)
	for _, format := range []string{"json", "table", "markdown"} {
		code, out, errOut := runCLI(t, "scan", "--target", addr, "--refs", "8.3", "--creds", file, "--creds-pace", "300ms",
			"--format", format, "--lang", "en")
		if code != 1 {
			t.Fatalf("%s: exit %d, want 1 (fail)\n%s\n%s", format, code, errOut, out)
		}
		if strings.Contains(out+errOut, credsSecret) || strings.Contains(out+errOut, credsSecret[1:]) {
			t.Errorf("%s report holds the password in clear", format)
		}
		if !strings.Contains(out, "X****") && !strings.Contains(out, `X\*\*\*\*`) {
			t.Errorf("%s report lacks the masked secret:\n%.3000s", format, out)
		}
	}
}

// TestCredsSafeAndNoCreds: no login tried; 8.3 stays manual and says why.
func TestCredsSafeAndNoCreds(t *testing.T) {
	addr, file := credsConsole(t)
	for _, flag := range []string{"--safe", "--no-creds"} {
		code, out, errOut := runCLI(t, "scan", "--target", addr, "--refs", "8.3", "--creds", file, flag, "--format", "json")
		if code == 1 || code > 3 {
			t.Fatalf("%s: exit %d\n%s", flag, code, errOut)
		}
		if !strings.Contains(out, `"status": "manual"`) || !strings.Contains(out, "Non mesuré") {
			t.Errorf("%s: 8.3 not manual with a reason:\n%.3000s", flag, out)
		}
		if strings.Contains(out, `"tried"`) {
			t.Errorf("%s: login tries recorded", flag)
		}
	}
}

// TestCredsSSHTwins: a real sshd whose account keeps a vendor default
// fails 8.3; its twin with a strong password passes.
func TestCredsSSHTwins(t *testing.T) {
	for _, tc := range []struct {
		password, status string
		exit             int
	}{{"admin", "fail", 1}, {"Strong-" + credsSecret, "pass", 0}} {
		d := credsd.StartSshd(t, tc.password, 6)
		file := filepath.Join(t.TempDir(), "creds.csv")
		if err := os.WriteFile(file, []byte("ssh,"+d.User+",root\nssh,"+d.User+",admin\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		code, out, errOut := runCLI(t, "scan", "--target", d.Addr, "--refs", "8.3", "--creds", file, "--creds-pace", "300ms", "--format", "json")
		if code != tc.exit || !strings.Contains(out, `"status": "`+tc.status+`"`) {
			t.Fatalf("%s: exit %d, want %d and %s\n%s\n%.4000s", tc.password, code, tc.exit, tc.status, errOut, out)
		}
		if strings.Contains(out, tc.password) {
			t.Errorf("report holds the password %q", tc.password)
		}
	}
}
