package hostaccess

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"conformscan/internal/sigkey"
	"conformscan/probes"
	"conformscan/probes/winhost"
)

// signedWindows writes a bundle holding a Windows snapshot, signed with
// priv.
func signedWindows(t testing.TB, priv ed25519.PrivateKey) []byte {
	t.Helper()
	calls := 0
	snap, _ := winLocal{calls: &calls}.WindowsSnapshot(context.Background())
	sj, _ := json.Marshal(snap)
	var b bytes.Buffer
	m := &Manifest{Conformscan: "test", CollectorOS: "windows", Host: "SRV-1"}
	if err := WriteSignedBundle(&b, m, nil, sj, priv); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// A signed bundle verifies with its key, and not with another; the
// snapshot and the manifest are both covered; an unsigned bundle is
// ErrBundleUnsigned; the replay's provenance follows.
func TestBundleSignature(t *testing.T) {
	pub, priv, _ := ed25519.GenerateKey(nil)
	otherPub, _, _ := ed25519.GenerateKey(nil)
	raw := signedWindows(t, priv)
	b, err := ReadBundle(raw)
	if err != nil {
		t.Fatal(err)
	}
	if id, err := b.Verify(pub); err != nil || id != sigkey.KeyID(pub) {
		t.Fatalf("Verify = %q, %v", id, err)
	}
	if _, err := b.Verify(otherPub); !errors.Is(err, ErrBundleBadSignature) || !errors.Is(err, ErrBadBundle) {
		t.Errorf("other key: %v", err)
	}
	if p := NewReplay("w.zip", b).HandedOver(); p.Signature != probes.SignatureUnverified || p.Source != probes.ProvenanceHostExport {
		t.Errorf("provenance %+v", p)
	}
	for _, name := range []string{ManifestName, SnapshotName} {
		entries := entriesOf(t, raw)
		for i, e := range entries {
			if e[0] == name {
				entries[i][1] = strings.Replace(e[1], "SRV-1", "SRV-2", 1)
			}
		}
		edited, err := ReadBundle(zipOf(t, entries...))
		if err != nil {
			t.Fatalf("%s edited: %v", name, err)
		}
		if _, err := edited.Verify(pub); !errors.Is(err, ErrBundleBadSignature) || !strings.Contains(err.Error(), "changed after signing") {
			t.Errorf("%s edited: %v", name, err)
		}
	}
	unsigned, err := ReadBundle(recordTree(t))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := unsigned.Verify(pub); !errors.Is(err, ErrBundleUnsigned) {
		t.Errorf("unsigned: %v", err)
	}
	if p := NewReplay("u.zip", unsigned).HandedOver(); p.Signature != probes.SignatureUnsigned {
		t.Errorf("unsigned provenance %+v", p)
	}
	if s := NewSubject(NewReplay("u.zip", unsigned).Access()); s.Descriptor.(*Descriptor).Provenance == nil {
		t.Error("the subject of a replay carries no provenance")
	}
	if s := NewSubject(NewRoot(t.TempDir())); s.Descriptor.(*Descriptor).Provenance != nil {
		t.Error("an offline root carries a provenance")
	}
	var _ winhost.Source = NewSnapshotFile("s.json", &winhost.Snapshot{})
}

// A signature entry that is not one (not JSON, unknown fields, another
// algorithm, oversized) makes the bundle invalid even without a key.
func TestBundleSignatureMalformed(t *testing.T) {
	_, priv, _ := ed25519.GenerateKey(nil)
	raw := signedWindows(t, priv)
	for _, bad := range []string{"not json", `{"format":"conformscan-host-export-signature","algorithm":"rsa"}`,
		`{"format":"conformscan-host-export-signature","algorithm":"ed25519","extra":1}`, strings.Repeat(" ", maxSignature+1)} {
		entries := entriesOf(t, raw)
		for i, e := range entries {
			if e[0] == SignatureName {
				entries[i][1] = bad
			}
		}
		if _, err := ReadBundle(zipOf(t, entries...)); !errors.Is(err, ErrBadBundle) {
			t.Errorf("%.40q: %v", bad, err)
		}
	}
}

// FuzzDecodeBundleSignature: whatever the bytes, decoding never panics,
// and a signature decoded verifies or not without panicking.
func FuzzDecodeBundleSignature(f *testing.F) {
	_, priv, _ := ed25519.GenerateKey(nil)
	sig, _ := signBundle(priv, []byte("{}"), nil)
	f.Add(sig)
	f.Add([]byte(`{"format":"conformscan-host-export-signature","algorithm":"ed25519","value":"!!"}`))
	pub := priv.Public().(ed25519.PublicKey)
	f.Fuzz(func(t *testing.T, raw []byte) {
		if _, err := DecodeBundleSignature(raw); err != nil {
			return
		}
		b := &Bundle{manifest: []byte("{}"), signature: raw}
		b.Verify(pub)
	})
}
