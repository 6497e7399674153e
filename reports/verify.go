package reports

import (
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// Verify checks a JSON report's signature with pub. It returns the key ID
// on success; ErrUnsigned when the report has no signature; ErrBadSignature,
// naming what failed (a duplicate key, the key, the signature block, or each
// member of the report that changed), otherwise.
func Verify(data []byte, pub ed25519.PublicKey) (string, error) {
	if err := CheckStrictJSON(data); err != nil {
		return "", fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	members, err := topLevel(data)
	if err != nil {
		return "", fmt.Errorf("reading the report: %w", err)
	}
	raw, ok := members["signature"]
	if !ok {
		return "", ErrUnsigned
	}
	delete(members, "signature")
	sig, block, err := readSignature(raw)
	if err != nil {
		return "", fmt.Errorf("%w: the signature block is malformed: %v", ErrBadSignature, err)
	}
	if err := checkSeal(sig, block, pub); err != nil {
		return "", err
	}
	if changed := compareDigests(sig.Digests, digests(members)); len(changed) > 0 {
		return "", fmt.Errorf("%w: the report was changed after signing: %s", ErrBadSignature, strings.Join(changed, "; "))
	}
	return sig.KeyID, nil
}

// readSignature reads the signature block: its members as written (all of
// them are signed) and the known ones, each by its exact name.
func readSignature(raw json.RawMessage) (Signature, map[string]json.RawMessage, error) {
	var sig Signature
	block, err := topLevel(raw)
	if err != nil {
		return sig, nil, err
	}
	for name, into := range map[string]any{"algorithm": &sig.Algorithm, "key_id": &sig.KeyID, "digests": &sig.Digests, "value": &sig.Value} {
		v, ok := block[name]
		if !ok {
			return sig, nil, fmt.Errorf("no %q", name)
		}
		if err := json.Unmarshal(v, into); err != nil {
			return sig, nil, fmt.Errorf("%q: %v", name, err)
		}
	}
	return sig, block, nil
}

// sealMessage is what the Ed25519 signature covers: the canonical form of
// the signature block, every member but the value itself.
func sealMessage(block map[string]json.RawMessage) ([]byte, error) {
	rest := make(map[string]json.RawMessage, len(block))
	for k, v := range block {
		if k != "value" {
			rest[k] = v
		}
	}
	b, err := json.Marshal(rest)
	if err != nil {
		return nil, err
	}
	return canonical(b), nil
}

// legacyFields are the members of the signature block of the reports signed
// before the whole block was sealed: those signed the block re-encoded with
// an empty value, which covered these same members.
var legacyFields = []string{"algorithm", "digests", "key_id", "value"}

// legacyMessage is the message of a report signed before the whole block
// was sealed, when the block has exactly the members such reports had.
func legacyMessage(sig Signature, block map[string]json.RawMessage) []byte {
	if len(block) != len(legacyFields) {
		return nil
	}
	for _, k := range legacyFields {
		if _, ok := block[k]; !ok {
			return nil
		}
	}
	sig.Value = ""
	msg, err := json.Marshal(sig)
	if err != nil {
		return nil
	}
	return msg
}

// checkSeal checks the algorithm, the key and the Ed25519 signature of the
// signature block.
func checkSeal(sig Signature, block map[string]json.RawMessage, pub ed25519.PublicKey) error {
	if sig.Algorithm != SignatureAlgorithm {
		return fmt.Errorf("%w: algorithm %q, want %s", ErrBadSignature, sig.Algorithm, SignatureAlgorithm)
	}
	if id := KeyID(pub); sig.KeyID != id {
		return fmt.Errorf("%w: signed with key %s, not with the given public key %s: give the matching .pub", ErrBadSignature, sig.KeyID, id)
	}
	value, err := base64.StdEncoding.DecodeString(sig.Value)
	if err != nil {
		return fmt.Errorf("%w: the signature value is not base64 (the signature block was altered): %v", ErrBadSignature, err)
	}
	msg, err := sealMessage(block)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	if ed25519.Verify(pub, msg, value) {
		return nil
	}
	if legacy := legacyMessage(sig, block); legacy != nil && ed25519.Verify(pub, legacy, value) {
		return nil
	}
	return fmt.Errorf("%w: the signature does not match its block (the signature block was altered)", ErrBadSignature)
}

// compareDigests names every member whose digest differs, added or gone.
func compareDigests(signed, now map[string]string) []string {
	var out []string
	for k, d := range signed {
		switch n, ok := now[k]; {
		case !ok:
			out = append(out, fmt.Sprintf("%q removed", k))
		case n != d:
			out = append(out, fmt.Sprintf("%q changed", k))
		}
	}
	for k := range now {
		if _, ok := signed[k]; !ok {
			out = append(out, fmt.Sprintf("%q added", k))
		}
	}
	sort.Strings(out)
	return out
}

// topLevel splits a JSON object into its members.
func topLevel(data []byte) (map[string]json.RawMessage, error) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("not a JSON report: %w", err)
	}
	return m, nil
}

// digests hashes the canonical form of each member.
func digests(members map[string]json.RawMessage) map[string]string {
	out := make(map[string]string, len(members))
	for k, v := range members {
		sum := sha256.Sum256(canonical(v))
		out[k] = hex.EncodeToString(sum[:])
	}
	return out
}

// canonical is the deterministic form of a JSON value: whitespace removed
// and object keys sorted, numbers and strings kept as written. A value that
// does not parse is returned as is, so that it hashes differently.
func canonical(v json.RawMessage) []byte {
	d := json.NewDecoder(bytes.NewReader(v))
	d.UseNumber()
	var x any
	if err := d.Decode(&x); err != nil {
		return v
	}
	out, err := json.Marshal(x)
	if err != nil {
		return v
	}
	return out
}
