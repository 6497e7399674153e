package probes

// Provenance says that a host subject was judged from a file handed over
// to the auditor (a host-export bundle, a Windows snapshot, a folder of
// Windows exports) rather than observed by this scan: whoever handed it
// over could have edited it, unless a verified signature says otherwise.
// A host descriptor that carries one implements HandedOver.
type Provenance struct {
	// Source is how the file was given: host-export, windows-snapshot or
	// windows-inventory (ProvenanceHostExport...).
	Source string `json:"source"`
	// File is the file or folder read, as given on the command line.
	File string `json:"file"`
	// Signature is, for a host export, verified (signed by KeyID and
	// checked with --host-export-key), unverified (signed, no key given)
	// or unsigned; empty for the other sources, which are never signed.
	Signature string `json:"signature,omitempty"`
	// KeyID names the public key the signature was verified with.
	KeyID string `json:"key_id,omitempty"`
}

// Sources and signature states of a Provenance.
const (
	ProvenanceHostExport       = "host-export"
	ProvenanceWindowsSnapshot  = "windows-snapshot"
	ProvenanceWindowsInventory = "windows-inventory"
	SignatureVerified          = "verified"
	SignatureUnverified        = "unverified"
	SignatureUnsigned          = "unsigned"
)

// HandedOver is a subject descriptor read from a handed-over file.
type HandedOver interface {
	HandedOver() *Provenance
}
