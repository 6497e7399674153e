package reports

import (
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
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

// GenerateKey makes an Ed25519 key pair as PEM: the private key (PKCS #8)
// and the public key (PKIX).
func GenerateKey() (private, public []byte, err error) {
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		return nil, nil, fmt.Errorf("generating an Ed25519 key: %w", err)
	}
	p8, err := x509.MarshalPKCS8PrivateKey(priv)
	if err != nil {
		return nil, nil, fmt.Errorf("encoding the private key: %w", err)
	}
	pk, err := x509.MarshalPKIXPublicKey(pub)
	if err != nil {
		return nil, nil, fmt.Errorf("encoding the public key: %w", err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: p8}),
		pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: pk}), nil
}

// ParsePrivateKey reads a PEM Ed25519 private key made by GenerateKey.
func ParsePrivateKey(data []byte) (ed25519.PrivateKey, error) {
	b, _ := pem.Decode(data)
	if b == nil || b.Type != "PRIVATE KEY" {
		return nil, errors.New("not a PEM private key: give the file 'conformscan keygen' wrote (not the .pub)")
	}
	k, err := x509.ParsePKCS8PrivateKey(b.Bytes)
	if err != nil {
		return nil, fmt.Errorf("reading the private key: %w", err)
	}
	priv, ok := k.(ed25519.PrivateKey)
	if !ok {
		return nil, fmt.Errorf("the private key is a %T: make an Ed25519 key with 'conformscan keygen'", k)
	}
	return priv, nil
}

// ParsePublicKey reads a PEM Ed25519 public key made by GenerateKey.
func ParsePublicKey(data []byte) (ed25519.PublicKey, error) {
	b, _ := pem.Decode(data)
	if b == nil || b.Type != "PUBLIC KEY" {
		return nil, errors.New("not a PEM public key: give the .pub file 'conformscan keygen' wrote")
	}
	k, err := x509.ParsePKIXPublicKey(b.Bytes)
	if err != nil {
		return nil, fmt.Errorf("reading the public key: %w", err)
	}
	pub, ok := k.(ed25519.PublicKey)
	if !ok {
		return nil, fmt.Errorf("the public key is a %T, not Ed25519", k)
	}
	return pub, nil
}

// KeyID names a public key: the first 16 hex digits of its SHA-256.
func KeyID(pub ed25519.PublicKey) string {
	sum := sha256.Sum256(pub)
	return hex.EncodeToString(sum[:8])
}

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
