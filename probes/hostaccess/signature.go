package hostaccess

import (
	"bytes"
	"conformscan/internal/sigkey"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// A bundle is signed by 'collect --sign KEY' with a signature.json entry
// (SignatureName): the Ed25519 signature, with the key 'conformscan
// keygen' makes for reports, of a message naming the SHA-256 of
// manifest.json and of windows/snapshot.json (or "-"). The manifest lists
// every operation's entry with its size and SHA-256, and ReadBundle
// checks each entry against it, so the signature covers every byte the
// replay reads.
const (
	SignatureName    = "signature.json"
	signatureFormat  = "conformscan-host-export-signature"
	signatureMessage = "conformscan-host-export-signature/1\nmanifest %s\nsnapshot %s\n"
	maxSignature     = 4 << 10
)

// Errors of VerifyBundle; each wraps ErrBadBundle.
var (
	ErrBundleUnsigned     = fmt.Errorf("%w: unsigned (no %s)", ErrBadBundle, SignatureName)
	ErrBundleBadSignature = fmt.Errorf("%w: invalid signature", ErrBadBundle)
)

// BundleSignature is the content of signature.json.
type BundleSignature struct {
	Format         string `json:"format"`
	Algorithm      string `json:"algorithm"`
	KeyID          string `json:"key_id"`
	ManifestSHA256 string `json:"manifest_sha256"`
	SnapshotSHA256 string `json:"snapshot_sha256,omitempty"`
	Value          string `json:"value"`
}

func digest(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// signedMessage is what the signature covers.
func signedMessage(manifestSHA, snapshotSHA string) []byte {
	if snapshotSHA == "" {
		snapshotSHA = "-"
	}
	return []byte(fmt.Sprintf(signatureMessage, manifestSHA, snapshotSHA))
}

// signBundle returns signature.json for the manifest and snapshot bytes.
func signBundle(priv ed25519.PrivateKey, manifest, snapshot []byte) ([]byte, error) {
	s := BundleSignature{Format: signatureFormat, Algorithm: "ed25519",
		KeyID: sigkey.KeyID(priv.Public().(ed25519.PublicKey)), ManifestSHA256: digest(manifest)}
	if snapshot != nil {
		s.SnapshotSHA256 = digest(snapshot)
	}
	s.Value = base64.StdEncoding.EncodeToString(ed25519.Sign(priv, signedMessage(s.ManifestSHA256, s.SnapshotSHA256)))
	b, err := json.MarshalIndent(s, "", "  ")
	return append(b, '\n'), err
}

// DecodeBundleSignature decodes signature.json strictly.
func DecodeBundleSignature(b []byte) (*BundleSignature, error) {
	if len(b) > maxSignature {
		return nil, badf("%s: over %d bytes", SignatureName, maxSignature)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var s BundleSignature
	if err := dec.Decode(&s); err != nil {
		return nil, badf("%s: %v", SignatureName, err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, badf("%s: data after the JSON object", SignatureName)
	}
	if s.Format != signatureFormat || s.Algorithm != "ed25519" {
		return nil, badf("%s: not a conformscan Ed25519 bundle signature", SignatureName)
	}
	return &s, nil
}

// Signed tells whether the bundle carries a signature (verified or not).
func (b *Bundle) Signed() bool { return b.signature != nil }

// Verify checks the bundle's signature with pub: the entries' digests
// must be those signed, and the signature the key's over them. It
// returns the key's ID; ErrBundleUnsigned when there is no signature.
func (b *Bundle) Verify(pub ed25519.PublicKey) (string, error) {
	if b.signature == nil {
		return "", ErrBundleUnsigned
	}
	s, err := DecodeBundleSignature(b.signature)
	if err != nil {
		return "", err
	}
	id := sigkey.KeyID(pub)
	if s.KeyID != id {
		return "", fmt.Errorf("%w: signed by key %s, not by the key given (%s)", ErrBundleBadSignature, clip(s.KeyID), id)
	}
	manifest, snapshot := digest(b.manifest), ""
	if b.snapshot != nil {
		snapshot = digest(b.snapshot)
	}
	if s.ManifestSHA256 != manifest || s.SnapshotSHA256 != snapshot {
		return "", fmt.Errorf("%w: %s or %s changed after signing", ErrBundleBadSignature, ManifestName, SnapshotName)
	}
	sig, err := base64.StdEncoding.DecodeString(s.Value)
	if err != nil || !ed25519.Verify(pub, signedMessage(manifest, snapshot), sig) {
		return "", fmt.Errorf("%w: the signature does not match the bundle and the key", ErrBundleBadSignature)
	}
	return id, nil
}
