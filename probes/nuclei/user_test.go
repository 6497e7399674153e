//go:build nuclei

package nuclei

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
)

const userTemplate = `id: local-vulnerable-app-version

info:
  name: VulnerableApp 1.0 exposed
  author: hospital-it
  severity: critical
  tags: cve,local

http:
  - method: GET
    path:
      - "{{BaseURL}}/version"
    matchers:
      - type: word
        part: body
        words:
          - "VulnerableApp 1.0"
`

// TestUserTemplates runs a template from --nuclei-templates next to the
// embedded ones: a match tagged cve becomes a vulnerability fact, and no
// default login is reported.
func TestUserTemplates(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "vulnerable-app.yaml"), []byte(userTemplate), 0o600); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/version" {
			_, _ = w.Write([]byte("VulnerableApp 1.0"))
			return
		}
		http.NotFound(w, r)
	}))
	t.Cleanup(srv.Close)
	f := &Flags{Rate: 50, Templates: dir}
	facts := runProbe(t, f, srv)
	if facts.Templates < 16 || len(facts.Sources) != 2 {
		t.Errorf("templates %d from %v: want the embedded ones and the user's", facts.Templates, facts.Sources)
	}
	if len(facts.Vulns) != 1 || facts.Vulns[0].TemplateID != "local-vulnerable-app-version" || facts.Vulns[0].Severity != "critical" {
		t.Errorf("vulns: %+v", facts.Vulns)
	}
	if len(facts.Logins) != 0 {
		t.Errorf("logins: %+v", facts.Logins)
	}
	if err := (&Flags{Rate: 3, Templates: filepath.Join(dir, "missing")}).Validate(t.Context()); err == nil {
		t.Error("a missing --nuclei-templates directory is accepted")
	}
}
