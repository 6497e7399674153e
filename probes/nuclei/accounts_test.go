package nuclei

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestBudgetTemplateLogins: every embedded default-login template
// declares its accounts, and they are counted per username.
func TestBudgetTemplateLogins(t *testing.T) {
	files, err := filepath.Glob("templates/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatal(err, files)
	}
	for _, p := range files {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		tl, err := parseTemplateLogins(raw)
		if err != nil || tl.Undeclared != "" || len(tl.Tries) == 0 || len(tl.Paths) == 0 || slices.ContainsFunc(tl.Paths, func(p string) bool { return strings.Contains(p, "{{") || strings.Contains(p, "?") }) {
			t.Errorf("%s: %+v %v", p, tl, err)
		}
	}
	raw, _ := os.ReadFile("templates/default-login-tomcat-manager.yaml")
	tl, _ := parseTemplateLogins(raw)
	if tl.Tries["admin"] != 1 || tl.Tries["tomcat"] != 1 || len(tl.Tries) != 2 || tl.HostAccounts || !slices.Equal(tl.Paths, []string{"/manager/html"}) {
		t.Fatalf("tomcat: %+v", tl)
	}
	if !slices.Equal(tl.Pairs["tomcat"], []string{"tomcat"}) || !slices.Equal(tl.Pairs["admin"], []string{"admin"}) {
		t.Fatalf("tomcat pairs: %v", tl.Pairs)
	}
	raw, _ = os.ReadFile("templates/default-login-webmin.yaml")
	if tl, _ := parseTemplateLogins(raw); !tl.HostAccounts {
		t.Fatalf("webmin logs into the host's accounts: %+v", tl)
	}
}

func TestBudgetTemplateLoginsCases(t *testing.T) {
	for name, c := range map[string]struct {
		yaml       string
		tries      map[string]int
		undeclared bool
	}{
		"clusterbomb": {yaml: "id: x\nhttp:\n  - attack: clusterbomb\n    payloads:\n      username: [admin, root]\n      password: [a, b, c]\n",
			tries: map[string]int{"admin": 3, "root": 3}},
		"pitchfork": {yaml: "id: x\nhttp:\n  - attack: pitchfork\n    payloads:\n      user: [admin, admin]\n      pass: [a, b]\n",
			tries: map[string]int{"admin": 2}},
		"variables": {yaml: "id: x\nvariables:\n  username: admin\n  password: admin\nhttp:\n  - method: POST\n",
			tries: map[string]int{"admin": 1}},
		"no login":  {yaml: "id: x\nhttp:\n  - method: GET\n    path: ['{{BaseURL}}/x']\n", tries: map[string]int{}},
		"from file": {yaml: "id: x\nhttp:\n  - payloads:\n      username: users.txt\n      password: [a]\n", undeclared: true},
		"no user":   {yaml: "id: x\nhttp:\n  - payloads:\n      password: [a, b]\n", undeclared: true},
		"requests":  {yaml: "id: x\nrequests:\n  - payloads:\n      login: [root]\n      pwd: [a]\n", tries: map[string]int{"root": 1}},
	} {
		tl, err := parseTemplateLogins([]byte(c.yaml))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if (tl.Undeclared != "") != c.undeclared {
			t.Errorf("%s: undeclared %q", name, tl.Undeclared)
			continue
		}
		if c.undeclared {
			continue
		}
		if len(tl.Tries) != len(c.tries) {
			t.Errorf("%s: %v, want %v", name, tl.Tries, c.tries)
		}
		for u, n := range c.tries {
			if tl.Tries[u] != n {
				t.Errorf("%s: %v, want %v", name, tl.Tries, c.tries)
			}
		}
	}
}

func FuzzTemplateLogins(f *testing.F) {
	raw, _ := os.ReadFile("templates/default-login-grafana.yaml")
	f.Add(raw)
	f.Add([]byte("id: x\nhttp:\n  - payloads:\n      username: [a]\n      password: [b]\n"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		_, _ = parseTemplateLogins(raw)
	})
}
