package tls

import (
	"testing"

	"conformscan/inputs/inputstest"
)

const validProfileDoc = "name: x\nbase: anssi\nprotocols:\n  allowed: [TLSv1.2, TLSv1.3]\n"

// TestTLSProfileStrict: every hostile YAML shape is refused naming the
// file and the line; the accepted variants load.
func TestTLSProfileStrict(t *testing.T) {
	cases := append(inputstest.HostileYAML(validProfileDoc),
		inputstest.Case{Name: "number as text", Doc: "name: x\nbase: anssi\nsession:\n  max_ticket_lifetime_s: \"86400\"\n", Want: "without quotes", Line: 4},
		inputstest.Case{Name: "boolean as text", Doc: "name: x\nbase: anssi\nciphers:\n  cbc_with_etm: yes\n", Want: "true or false", Line: 4},
		inputstest.Case{Name: "merge key", Doc: "name: x\nbase: anssi\nrules:\n  hsts:\n    <<: {id: X}\n", Want: "merge keys", Line: 5},
		inputstest.Case{Name: "base not text", Doc: "name: x\nbase: [anssi]\n", Want: "where text is expected", Line: 2},
	)
	load := func(path string) error { _, err := LoadTLSProfile(t.Context(), path); return err }
	inputstest.RunHostile(t, "profile.yaml", cases, load)
	inputstest.RunAccepted(t, "profile.yaml", validProfileDoc, load)
	// A version name stays as written: TLSv1.2 keys, and a suite list
	// under a key that YAML would read as a number is refused as a version.
	p, err := LoadTLSProfile(t.Context(), writeProfile(t, "name: x\nbase: anssi\nciphers:\n  suites:\n    TLSv1.2: [TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256]\n"))
	if err != nil || len(p.Ciphers.Suites["TLSv1.2"]) != 1 {
		t.Fatalf("%+v %v", p, err)
	}
}
