package remote

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"conformscan/inputs/inputstest"
)

const (
	validAuthorisationsDoc = "version: 1\nauthorisations:\n  - tool: vnc\n    hosts: [10.0.0.5]\n    authorised_by: DSI\n    reference: T-1\n    valid_until: 2030-01-01\n"
	validManifestDoc       = "version: 1\nhosts:\n  - host: 10.0.0.5\n    services:\n      - {port: 22, protocol: tcp, purpose: admin}\n"
)

// TestInputsStrict: every hostile YAML shape of an authorisations file or
// a manifest is refused naming the file and the line.
func TestInputsStrict(t *testing.T) {
	auth := append(inputstest.HostileYAML(validAuthorisationsDoc),
		inputstest.Case{Name: "hosts not a list", Doc: "authorisations:\n  - tool: vnc\n    hosts: 10.0.0.5\n", Want: "where a list is expected", Line: 3},
		inputstest.Case{Name: "tool not text", Doc: "authorisations:\n  - tool: {name: vnc}\n", Want: "where text is expected", Line: 2},
	)
	loadAuth := func(path string) error { _, err := LoadAuthorisations(t.Context(), path); return err }
	inputstest.RunHostile(t, "authorisations.yaml", auth, loadAuth)
	inputstest.RunAccepted(t, "authorisations.yaml", validAuthorisationsDoc, loadAuth)

	man := append(inputstest.HostileYAML(validManifestDoc),
		inputstest.Case{Name: "port as text", Doc: "hosts:\n  - host: a\n    services:\n      - {port: \"22\", purpose: x}\n", Want: "without quotes", Line: 4},
		inputstest.Case{Name: "port as float", Doc: "hosts:\n  - host: a\n    services:\n      - {port: 22.5, purpose: x}\n", Want: "whole number", Line: 4},
	)
	loadMan := func(path string) error { _, err := LoadManifest(t.Context(), path); return err }
	inputstest.RunHostile(t, "manifest.yaml", man, loadMan)
	inputstest.RunAccepted(t, "manifest.yaml", validManifestDoc, loadMan)

	// A host written as a number stays as written.
	a, err := LoadAuthorisations(t.Context(), write(t, "authorisations:\n  - tool: vnc\n    hosts: [10.0, 1.10]\n    authorised_by: DSI\n    reference: T-1\n    valid_until: 2030-01-01\n"))
	if err != nil || a.Authorisations[0].Hosts[1] != "1.10" {
		t.Fatalf("%+v %v", a, err)
	}
}

func FuzzLoadInputs(f *testing.F) {
	f.Add([]byte(validAuthorisationsDoc))
	f.Add([]byte(validManifestDoc))
	f.Add([]byte(AuthorisationsTemplate()))
	f.Add([]byte(ManifestTemplate()))
	path := filepath.Join(f.TempDir(), "f.yaml")
	f.Fuzz(func(t *testing.T, data []byte) {
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := LoadAuthorisations(t.Context(), path); err != nil && !strings.Contains(err.Error(), path) {
			t.Fatalf("authorisations error does not name the file: %v", err)
		}
		if _, err := LoadManifest(t.Context(), path); err != nil && !strings.Contains(err.Error(), path) {
			t.Fatalf("manifest error does not name the file: %v", err)
		}
	})
}
