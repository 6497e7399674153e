package reports

import (
	"bytes"
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
