package reports

import (
	"bytes"
	"conformscan/internal/sigkey"
	"crypto/ed25519"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
)

// SignatureAlgorithm is the only algorithm reports are signed with.
const SignatureAlgorithm = "ed25519"

// Signature seals a JSON report. Digests holds the SHA-256 of the canonical
// form of every other top-level member of the report (results, evidence
// inside them, facts, answers, ...); Value is the Ed25519 signature of the
// canonical form of this object without Value: every other member of the
// block, as written, is signed. A change to any member changes its digest,
// and the verifier names the member that changed.
type Signature struct {
	Algorithm string            `json:"algorithm"`
	KeyID     string            `json:"key_id"`
	Digests   map[string]string `json:"digests"`
	Value     string            `json:"value"`
}

// Errors of Verify.
var (
	// ErrUnsigned: the report carries no signature.
	ErrUnsigned = errors.New("unsigned report")
	// ErrBadSignature: the signature, the key or the report does not match.
	ErrBadSignature = errors.New("invalid signature")
)

// GenerateKey makes an Ed25519 key pair as PEM (internal/sigkey).
func GenerateKey() (private, public []byte, err error) { return sigkey.Generate() }

// ParsePrivateKey reads a PEM Ed25519 private key made by GenerateKey.
func ParsePrivateKey(data []byte) (ed25519.PrivateKey, error) { return sigkey.ParsePrivate(data) }

// ParsePublicKey reads a PEM Ed25519 public key made by GenerateKey.
func ParsePublicKey(data []byte) (ed25519.PublicKey, error) { return sigkey.ParsePublic(data) }

// KeyID names a public key: the first 16 hex digits of its SHA-256.
func KeyID(pub ed25519.PublicKey) string { return sigkey.KeyID(pub) }

// Sign seals r with priv: it sets r.Signature over r's JSON form as the
// JSON renderer writes it (any previous signature is dropped first).
func Sign(r *Report, priv ed25519.PrivateKey) error {
	r.Signature = nil
	var b bytes.Buffer
	if err := (JSON{}).Render(&b, r); err != nil {
		return fmt.Errorf("signing the report: %w", err)
	}
	members, err := topLevel(b.Bytes())
	if err != nil {
		return fmt.Errorf("signing the report: %w", err)
	}
	sig := &Signature{Algorithm: SignatureAlgorithm, KeyID: KeyID(priv.Public().(ed25519.PublicKey)), Digests: digests(members)}
	block, err := json.Marshal(sig)
	if err != nil {
		return fmt.Errorf("signing the report: %w", err)
	}
	fields, err := topLevel(block)
	if err != nil {
		return fmt.Errorf("signing the report: %w", err)
	}
	msg, err := sealMessage(fields)
	if err != nil {
		return fmt.Errorf("signing the report: %w", err)
	}
	sig.Value = base64.StdEncoding.EncodeToString(ed25519.Sign(priv, msg))
	r.Signature = sig
	return nil
}
