package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestKeygenSignVerify(t *testing.T) {
	dir := t.TempDir()
	key := filepath.Join(dir, "audit-key")
	if code, _, errOut := runCLI(t, "keygen", "-o", key); code != 0 {
		t.Fatalf("keygen: exit %d: %s", code, errOut)
	}
	for path, mode := range map[string]os.FileMode{key: 0o600, key + ".pub": 0o644} {
		st, err := os.Stat(path)
		if err != nil || st.Mode().Perm() != mode {
			t.Fatalf("%s: %v, mode %v; want %v", path, err, st.Mode().Perm(), mode)
		}
	}
	if code, _, errOut := runCLI(t, "keygen", "-o", key); code != 2 || !strings.Contains(errOut, "exists") {
		t.Errorf("keygen over an existing key: exit %d %q; want 2", code, errOut)
	}
	ans := answersFile(t)
	signed, unsigned := filepath.Join(dir, "signed.json"), filepath.Join(dir, "unsigned.json")
	if code, _, errOut := runCLI(t, "scan", "--answers", ans, "--sign", key, "-o", signed, "-o", filepath.Join(dir, "r.html")); code != 0 {
		t.Fatalf("scan --sign: exit %d: %s", code, errOut)
	}
	runCLI(t, "scan", "--answers", ans, "-o", unsigned)
	code, out, _ := runCLI(t, "verify", signed, "--pubkey", key+".pub")
	if code != 0 || !strings.Contains(out, "valid signature") {
		t.Fatalf("verify: exit %d %q; want 0", code, out)
	}
	code, out, _ = runCLI(t, "verify", unsigned, "--pubkey", key+".pub")
	if code != 1 || !strings.Contains(out, "unsigned") {
		t.Errorf("verify unsigned: exit %d %q; want 1 and unsigned", code, out)
	}
	data, _ := os.ReadFile(signed)
	i := bytes.Index(data, []byte(`"answered_by"`))
	if i < 0 {
		i = bytes.Index(data, []byte(`"sha256": "`)) + len(`"sha256": "`)
	}
	data[i+2] ^= 0x01
	os.WriteFile(signed, data, 0o644)
	code, out, _ = runCLI(t, "verify", signed, "--pubkey", key+".pub")
	if code != 1 || !strings.Contains(out, "INVALID") || !strings.Contains(out, "changed") {
		t.Errorf("verify tampered: exit %d %q; want 1 naming the change", code, out)
	}
	if code, _, errOut := runCLI(t, "scan", "--answers", ans, "--sign", key+".pub"); code != 2 || !strings.Contains(errOut, "private key") {
		t.Errorf("--sign with the public key: exit %d %q; want 2", code, errOut)
	}
}

// TestVerifyDuplicateKeyCmd: a signed report with a fake decision written
// before the real one does not verify.
func TestVerifyDuplicateKeyCmd(t *testing.T) {
	dir := t.TempDir()
	key, signed := filepath.Join(dir, "k"), filepath.Join(dir, "signed.json")
	if code, _, errOut := runCLI(t, "keygen", "-o", key); code != 0 {
		t.Fatalf("keygen: exit %d: %s", code, errOut)
	}
	if code, _, errOut := runCLI(t, "scan", "--answers", answersFile(t), "--refs", "2", "--sign", key, "-o", signed, "--format", "json"); code != 0 && code != 1 {
		t.Fatalf("scan --sign: exit %d: %s", code, errOut)
	}
	data, _ := os.ReadFile(signed)
	bad := bytes.Replace(data, []byte(`"summary": {`), []byte(`"summary": {"decision": "go",`), 1)
	os.WriteFile(signed, bad, 0o644)
	code, out, _ := runCLI(t, "verify", signed, "--pubkey", key+".pub")
	if code != 1 || !strings.Contains(out, "INVALID") || !strings.Contains(out, "duplicate key") {
		t.Errorf("verify with a duplicate decision: exit %d %q; want 1 and duplicate key", code, out)
	}
	if code, _, errOut := runCLI(t, "diff", signed, signed); code != 2 || !strings.Contains(errOut, "duplicate key") {
		t.Errorf("diff of a report with a duplicate key: exit %d %q; want 2", code, errOut)
	}
}
