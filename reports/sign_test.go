package reports

import (
	"bytes"
	"crypto/ed25519"
	"encoding/base64"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"conformscan/checks"
)

// signedReport signs the fixture with a fresh key and renders it as JSON.
func signedReport(t *testing.T) ([]byte, []byte) {
	t.Helper()
	privPEM, pubPEM, err := GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	priv, err := ParsePrivateKey(privPEM)
	if err != nil {
		t.Fatal(err)
	}
	rep := testReport(t, checks.French)
	if err := Sign(rep, priv); err != nil {
		t.Fatal(err)
	}
	return []byte(render(t, JSON{}, rep)), pubPEM
}

func TestSignVerify(t *testing.T) {
	data, pubPEM := signedReport(t)
	if err := Validate(data); err != nil {
		t.Fatalf("signed report does not follow the schema: %v", err)
	}
	pub, err := ParsePublicKey(pubPEM)
	if err != nil {
		t.Fatal(err)
	}
	if id, err := Verify(data, pub); err != nil || id != KeyID(pub) {
		t.Fatalf("Verify = %q, %v; want the key ID and no error", id, err)
	}
	unsigned := render(t, JSON{}, testReport(t, checks.French))
	if _, err := Verify([]byte(unsigned), pub); !errors.Is(err, ErrUnsigned) {
		t.Errorf("unsigned report: %v, want ErrUnsigned", err)
	}
	_, otherPEM, _ := GenerateKey()
	other, _ := ParsePublicKey(otherPEM)
	if _, err := Verify(data, other); !errors.Is(err, ErrBadSignature) || !strings.Contains(err.Error(), "not with the given public key") {
		t.Errorf("other key: %v", err)
	}
}

// TestVerifyTamper: one byte changed in a result, an evidence, a fact, an
// answer, the summary or the signature is caught and named.
func TestVerifyTamper(t *testing.T) {
	data, pubPEM := signedReport(t)
	pub, _ := ParsePublicKey(pubPEM)
	for _, tc := range []struct{ part, at, want string }{
		{"result", `"check": "cleartext`, `"results" changed`},
		{"evidence", `"observed": "USER accepté`, `"results" changed`},
		{"fact", `"banner": "220 (vsFTPd`, `"facts" changed`},
		{"answer", `"answered_by": "`, `"answers" changed`},
		{"verdict", `"status": "fai`, `changed`},
		{"summary", `"exit_code": `, `"summary" changed`},
		{"signature", `"value": "`, "signature block was altered"},
	} {
		i := bytes.Index(data, []byte(tc.at))
		if i < 0 {
			t.Fatalf("%s: %q not in the report", tc.part, tc.at)
		}
		bad := bytes.Clone(data)
		j := i + len(tc.at)
		if tc.part == "summary" {
			bad[j] = '0'
		} else {
			bad[j] ^= 0x01
		}
		_, err := Verify(bad, pub)
		if !errors.Is(err, ErrBadSignature) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s changed (byte %d): %v; want ErrBadSignature naming %s", tc.part, j, err, tc.want)
		}
	}
}

// TestVerifySignatureNotBase64: a signature value altered into characters
// outside base64 (the first one of a random signature may turn into one)
// is named as an altered signature block too.
func TestVerifySignatureNotBase64(t *testing.T) {
	data, pubPEM := signedReport(t)
	pub, _ := ParsePublicKey(pubPEM)
	i := bytes.Index(data, []byte(`"value": "`))
	if i < 0 {
		t.Fatal("no signature value")
	}
	bad := bytes.Clone(data)
	bad[i+len(`"value": "`)] = '*'
	_, err := Verify(bad, pub)
	if !errors.Is(err, ErrBadSignature) || !strings.Contains(err.Error(), "signature block was altered") {
		t.Fatalf("%v", err)
	}
}

// TestVerifyHostileShapes: a signed report with a key written twice (a
// fake decision before the real one, a second signature, ...) or with any
// member of its signature block changed, added or renamed does not verify.
func TestVerifyHostileShapes(t *testing.T) {
	data, pubPEM := signedReport(t)
	pub, _ := ParsePublicKey(pubPEM)
	s := string(data)
	sigAt := strings.Index(s, `"signature": {`) + len(`"signature": {`)
	for _, tc := range []struct{ name, bad, want string }{
		{"fake decision before the real one", strings.Replace(s, `"summary": {`, `"summary": {"decision": "go",`, 1), "duplicate key"},
		{"second summary first", strings.Replace(s, `"summary": {`, `"summary": {}, "summary": {`, 1), "duplicate key"},
		{"duplicate in a result", strings.Replace(s, `"check": "`, `"check": "x", "check": "`, 1), "duplicate key"},
		{"two signature blocks", s[:sigAt-len(`"signature": {`)] + `"signature": {}, ` + s[sigAt-len(`"signature": {`):], "duplicate key"},
		{"member added to the block", s[:sigAt] + `"signed_at": "2030-01-01T00:00:00Z", ` + s[sigAt:], "signature block was altered"},
		{"key renamed in case", strings.Replace(s, `"key_id":`, `"Key_id":`, 1), "malformed"},
		{"algorithm changed", strings.Replace(s, `"algorithm": "ed25519"`, `"algorithm": "ed25519 "`, 1), "algorithm"},
		{"digest removed", strings.Replace(s, `"digests": {`, `"digests": {"zz": "00",`, 1), "signature block was altered"},
		{"value missing", strings.Replace(s, `"value":`, `"valeur":`, 1), "malformed"},
		{"block not an object", withMember(t, data, "signature", `"x"`), "malformed"},
		{"block empty", withMember(t, data, "signature", `{}`), "malformed"},
	} {
		if tc.bad == s {
			t.Fatalf("%s: nothing replaced", tc.name)
		}
		_, err := Verify([]byte(tc.bad), pub)
		if !errors.Is(err, ErrBadSignature) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v; want ErrBadSignature with %q", tc.name, err, tc.want)
		}
	}
}

// TestVerifyLegacySignature: a report signed before the whole signature
// block was sealed (the block re-encoded with an empty value was signed)
// still verifies; the same legacy seal with one more member does not.
func TestVerifyLegacySignature(t *testing.T) {
	privPEM, pubPEM, _ := GenerateKey()
	priv, _ := ParsePrivateKey(privPEM)
	pub, _ := ParsePublicKey(pubPEM)
	rep := testReport(t, checks.French)
	if err := Sign(rep, priv); err != nil {
		t.Fatal(err)
	}
	legacy := *rep.Signature
	legacy.Value = ""
	msg, _ := json.Marshal(legacy)
	legacy.Value = base64.StdEncoding.EncodeToString(ed25519.Sign(priv, msg))
	rep.Signature = &legacy
	data := render(t, JSON{}, rep)
	if _, err := Verify([]byte(data), pub); err != nil {
		t.Fatalf("legacy signature: %v", err)
	}
	i := strings.Index(data, `"signature": {`) + len(`"signature": {`)
	extra := data[:i] + `"note": "x", ` + data[i:]
	if _, err := Verify([]byte(extra), pub); !errors.Is(err, ErrBadSignature) {
		t.Errorf("legacy signature with a member added: %v", err)
	}
}

// withMember is the report data with one top-level member replaced.
func withMember(t *testing.T, data []byte, name, value string) string {
	t.Helper()
	var m map[string]json.RawMessage
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	m[name] = json.RawMessage(value)
	out, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}
