package wifi

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// Element IDs read from management frames.
const (
	elemSSID    = 0
	elemDSParam = 3
	elemRSN     = 48
	elemHTOp    = 61
	elemRSNX    = 244
	elemVendor  = 221
)

// RSN capability bits.
const (
	capMFPR = 0x0040 // management frame protection required
	capMFPC = 0x0080 // management frame protection capable
)

// ErrShort marks an element shorter than its fields say.
var ErrShort = errors.New("element truncated")

// RSN is a parsed RSN element (ID 48) or WPA1 vendor element: the suites
// it offers and its optional tail.
type RSN struct {
	Version  uint16
	Group    Suite
	Pairwise []Suite
	AKMs     []Suite
	// HasCaps tells whether the capabilities field was present.
	HasCaps bool
	Caps    uint16
	PMKIDs  int
	// GroupMgmt is the group management cipher (nil when absent).
	GroupMgmt *Suite
}

// MFP says how the element protects management frames: "required",
// "capable" or "none".
func (r *RSN) MFP() string {
	switch {
	case r.Caps&capMFPR != 0:
		return "required"
	case r.Caps&capMFPC != 0:
		return "capable"
	}
	return "none"
}

// reader walks an element body; every read checks the length first.
type reader struct {
	b   []byte
	off int
}

func (r *reader) left() int { return len(r.b) - r.off }

func (r *reader) u16() (uint16, error) {
	if r.left() < 2 {
		return 0, fmt.Errorf("%w at byte %d: need 2 bytes, %d left", ErrShort, r.off, r.left())
	}
	v := binary.LittleEndian.Uint16(r.b[r.off:])
	r.off += 2
	return v, nil
}

func (r *reader) suite() (Suite, error) {
	if r.left() < 4 {
		return Suite{}, fmt.Errorf("%w at byte %d: need a 4-byte suite, %d left", ErrShort, r.off, r.left())
	}
	s := Suite{OUI: [3]byte{r.b[r.off], r.b[r.off+1], r.b[r.off+2]}, Type: r.b[r.off+3]}
	r.off += 4
	return s, nil
}

// suites reads a 2-byte count then that many suites.
func (r *reader) suites() ([]Suite, error) {
	n, err := r.u16()
	if err != nil {
		return nil, err
	}
	if int(n)*4 > r.left() {
		return nil, fmt.Errorf("%w at byte %d: %d suites announced, room for %d", ErrShort, r.off, n, r.left()/4)
	}
	out := make([]Suite, 0, n)
	for i := 0; i < int(n); i++ {
		s, _ := r.suite()
		out = append(out, s)
	}
	return out, nil
}

// ParseRSN parses the body of an RSN element (without ID and length).
// Missing optional fields take their defaults (CCMP-128 pairwise, 802.1X
// AKM); a field cut in the middle is an error, with what was parsed before.
func ParseRSN(b []byte) (RSN, error) {
	return parseSuites(b, ouiIEEE)
}

// ParseWPA parses the body of a WPA1 vendor element after its OUI and type
// (00-50-F2 01).
func ParseWPA(b []byte) (RSN, error) {
	return parseSuites(b, ouiMS)
}

func parseSuites(b []byte, oui [3]byte) (RSN, error) {
	r := &reader{b: b}
	out := RSN{Pairwise: []Suite{{OUI: oui, Type: 4}}, AKMs: []Suite{{OUI: oui, Type: 1}}}
	v, err := r.u16()
	if err != nil {
		return RSN{}, err
	}
	out.Version = v
	if v != 1 {
		return out, fmt.Errorf("version %d, want 1", v)
	}
	if r.left() == 0 {
		out.Group = Suite{OUI: oui, Type: 4}
		return out, nil
	}
	if out.Group, err = r.suite(); err != nil {
		return out, err
	}
	return out, parseTail(r, &out, oui == ouiIEEE)
}

// parseTail reads the optional fields after the group cipher.
func parseTail(r *reader, out *RSN, rsn bool) error {
	var err error
	for i, list := range []*[]Suite{&out.Pairwise, &out.AKMs} {
		if r.left() == 0 {
			return nil
		}
		if *list, err = r.suites(); err != nil {
			return fmt.Errorf("%s list: %w", [2]string{"pairwise", "AKM"}[i], err)
		}
	}
	if r.left() == 0 {
		return nil
	}
	if out.Caps, err = r.u16(); err != nil {
		return fmt.Errorf("capabilities: %w", err)
	}
	out.HasCaps = true
	if !rsn || r.left() == 0 {
		return nil
	}
	n, err := r.u16()
	if err != nil {
		return fmt.Errorf("PMKID count: %w", err)
	}
	if int(n)*16 > r.left() {
		return fmt.Errorf("PMKID list: %w: %d PMKIDs announced, %d bytes left", ErrShort, n, r.left())
	}
	out.PMKIDs, r.off = int(n), r.off+int(n)*16
	if r.left() == 0 {
		return nil
	}
	gm, err := r.suite()
	if err != nil {
		return fmt.Errorf("group management cipher: %w", err)
	}
	out.GroupMgmt = &gm
	return nil
}

// Elements are the security-relevant information elements of one
// management frame.
type Elements struct {
	SSID    []byte
	HasSSID bool
	Channel int
	RSN     *RSN
	WPA     *RSN
	// OWETransition is set when the frame carries the OWE transition
	// element (an open BSS paired with an OWE one); OWEPeer is the paired
	// BSSID.
	OWETransition bool
	OWEPeer       string
	// RSNX is the RSN extension element's first octet (SAE hash-to-element...).
	RSNX []byte
	// Errors are the malformed elements met, in order.
	Errors []string
}

// ParseElements walks a list of information elements. A malformed element
// is recorded and skipped; an element running past the end stops the walk.
func ParseElements(b []byte) Elements {
	var e Elements
	for off := 0; off < len(b); {
		if len(b)-off < 2 {
			e.Errors = append(e.Errors, fmt.Sprintf("1 stray byte at offset %d", off))
			return e
		}
		id, n := b[off], int(b[off+1])
		if off+2+n > len(b) {
			e.Errors = append(e.Errors, fmt.Sprintf("element %d at offset %d announces %d bytes, %d left", id, off, n, len(b)-off-2))
			return e
		}
		e.add(id, b[off+2:off+2+n], off)
		off += 2 + n
	}
	return e
}

// add records one element.
func (e *Elements) add(id byte, body []byte, off int) {
	switch id {
	case elemSSID:
		if !e.HasSSID {
			e.SSID, e.HasSSID = body, true
		}
	case elemDSParam:
		if len(body) >= 1 {
			e.Channel = int(body[0])
		}
	case elemHTOp:
		if len(body) >= 1 && e.Channel == 0 {
			e.Channel = int(body[0])
		}
	case elemRSN:
		e.RSN = e.suites(ParseRSN(body))("RSN", off)
	case elemRSNX:
		e.RSNX = append([]byte(nil), body...)
	case elemVendor:
		e.vendor(body, off)
	}
}

// suites keeps a parsed element and records its error.
func (e *Elements) suites(r RSN, err error) func(name string, off int) *RSN {
	return func(name string, off int) *RSN {
		if err != nil {
			e.Errors = append(e.Errors, fmt.Sprintf("%s element at offset %d: %v", name, off, err))
		}
		return &r
	}
}

func (e *Elements) vendor(body []byte, off int) {
	if len(body) < 4 {
		return
	}
	oui, typ := [3]byte{body[0], body[1], body[2]}, body[3]
	switch {
	case oui == ouiMS && typ == 1:
		e.WPA = e.suites(ParseWPA(body[4:]))("WPA", off)
	case oui == ouiWFA && typ == 0x1c:
		e.OWETransition = true
		if len(body) >= 10 {
			e.OWEPeer = macString(body[4:10])
		}
	}
}

func macString(b []byte) string {
	const hex = "0123456789abcdef"
	out := make([]byte, 0, 17)
	for i, c := range b {
		if i > 0 {
			out = append(out, ':')
		}
		out = append(out, hex[c>>4], hex[c&0xf])
	}
	return string(out)
}
