package tls

import "fmt"

// GroupKind is the family of a named group.
type GroupKind string

// Named group families.
const (
	GroupEC     GroupKind = "EC"     // elliptic curve (ECDHE)
	GroupFFDHE  GroupKind = "FFDHE"  // RFC 7919 finite-field group
	GroupHybrid GroupKind = "hybrid" // classical + post-quantum KEM
	GroupPQ     GroupKind = "PQ"     // post-quantum KEM alone
	GroupOther  GroupKind = "other"  // explicit curves placeholders
)

// Group describes one TLS named group (supported_groups code point).
type Group struct {
	Code uint16
	// Name is the IANA name (x25519, secp256r1, ffdhe2048, X25519MLKEM768...).
	Name string
	Kind GroupKind
	// Bits is the size of the group as OpenSSL and testssl.sh report it
	// (253 for x25519, 256 for secp256r1, 2048 for ffdhe2048); for hybrids,
	// the size of the classical part; 0 for pure post-quantum KEMs.
	Bits int
	// TLS12 marks groups usable for TLS 1.2 ECDHE (elliptic curves).
	TLS12 bool
	// TLS13 marks groups allowed in TLS 1.3 key_share.
	TLS13 bool
}

// groupTable is the TLS Supported Groups registry (IANA), in the order the
// probe offers them: modern curves first, then legacy curves, FFDHE and
// post-quantum groups.
var groupTable = []Group{
	{0x001D, "x25519", GroupEC, 253, true, true},
	{0x0017, "secp256r1", GroupEC, 256, true, true},
	{0x001E, "x448", GroupEC, 448, true, true},
	{0x0018, "secp384r1", GroupEC, 384, true, true},
	{0x0019, "secp521r1", GroupEC, 521, true, true},
	{0x001A, "brainpoolP256r1", GroupEC, 256, true, false},
	{0x001B, "brainpoolP384r1", GroupEC, 384, true, false},
	{0x001C, "brainpoolP512r1", GroupEC, 512, true, false},
	{0x001F, "brainpoolP256r1tls13", GroupEC, 256, false, true},
	{0x0020, "brainpoolP384r1tls13", GroupEC, 384, false, true},
	{0x0021, "brainpoolP512r1tls13", GroupEC, 512, false, true},
	{0x0016, "secp256k1", GroupEC, 256, true, false},
	{0x0015, "secp224r1", GroupEC, 224, true, false},
	{0x0014, "secp224k1", GroupEC, 224, true, false},
	{0x0013, "secp192r1", GroupEC, 192, true, false},
	{0x0012, "secp192k1", GroupEC, 192, true, false},
	{0x0011, "secp160r2", GroupEC, 160, true, false},
	{0x0010, "secp160r1", GroupEC, 160, true, false},
	{0x000F, "secp160k1", GroupEC, 160, true, false},
	{0x000E, "sect571r1", GroupEC, 571, true, false},
	{0x000D, "sect571k1", GroupEC, 571, true, false},
	{0x000C, "sect409r1", GroupEC, 409, true, false},
	{0x000B, "sect409k1", GroupEC, 409, true, false},
	{0x000A, "sect283r1", GroupEC, 283, true, false},
	{0x0009, "sect283k1", GroupEC, 283, true, false},
	{0x0008, "sect239k1", GroupEC, 239, true, false},
	{0x0007, "sect233r1", GroupEC, 233, true, false},
	{0x0006, "sect233k1", GroupEC, 233, true, false},
	{0x0005, "sect193r2", GroupEC, 193, true, false},
	{0x0004, "sect193r1", GroupEC, 193, true, false},
	{0x0003, "sect163r2", GroupEC, 163, true, false},
	{0x0002, "sect163r1", GroupEC, 163, true, false},
	{0x0001, "sect163k1", GroupEC, 163, true, false},
	{0x0022, "GC256A", GroupEC, 256, true, true},
	{0x0023, "GC256B", GroupEC, 256, true, true},
	{0x0024, "GC256C", GroupEC, 256, true, true},
	{0x0025, "GC256D", GroupEC, 256, true, true},
	{0x0026, "GC512A", GroupEC, 512, true, true},
	{0x0027, "GC512B", GroupEC, 512, true, true},
	{0x0028, "GC512C", GroupEC, 512, true, true},
	{0x0029, "curveSM2", GroupEC, 256, false, true},
	{0x0100, "ffdhe2048", GroupFFDHE, 2048, false, true},
	{0x0101, "ffdhe3072", GroupFFDHE, 3072, false, true},
	{0x0102, "ffdhe4096", GroupFFDHE, 4096, false, true},
	{0x0103, "ffdhe6144", GroupFFDHE, 6144, false, true},
	{0x0104, "ffdhe8192", GroupFFDHE, 8192, false, true},
	{0x11EC, "X25519MLKEM768", GroupHybrid, 253, false, true},
	{0x11EB, "SecP256r1MLKEM768", GroupHybrid, 256, false, true},
	{0x11ED, "SecP384r1MLKEM1024", GroupHybrid, 384, false, true},
	{0x6399, "X25519Kyber768Draft00", GroupHybrid, 253, false, true},
	{0x639A, "SecP256r1Kyber768Draft00", GroupHybrid, 256, false, true},
	{0x0200, "MLKEM512", GroupPQ, 0, false, true},
	{0x0201, "MLKEM768", GroupPQ, 0, false, true},
	{0x0202, "MLKEM1024", GroupPQ, 0, false, true},
	{0xFF01, "arbitrary_explicit_prime_curves", GroupOther, 0, false, false},
	{0xFF02, "arbitrary_explicit_char2_curves", GroupOther, 0, false, false},
}

// GroupByCode returns the named group with that code point.
func GroupByCode(code uint16) (Group, bool) {
	for _, g := range groupTable {
		if g.Code == code {
			return g, true
		}
	}
	return Group{}, false
}

// GroupByName returns the named group with that IANA name.
func GroupByName(name string) (Group, bool) {
	for _, g := range groupTable {
		if g.Name == name {
			return g, true
		}
	}
	return Group{}, false
}

// AllGroups returns a copy of the named group table.
func AllGroups() []Group {
	return append([]Group(nil), groupTable...)
}

// groupName names a group code point, falling back to its hex value.
func groupName(code uint16) string {
	if g, ok := GroupByCode(code); ok {
		return g.Name
	}
	return fmt.Sprintf("0x%04X", code)
}

// tls12Groups lists the groups offered for TLS 1.2 ECDHE, in offer order.
func tls12Groups() []uint16 {
	var out []uint16
	for _, g := range groupTable {
		if g.TLS12 {
			out = append(out, g.Code)
		}
	}
	return out
}

// tls13Groups lists the groups offered in TLS 1.3, in offer order.
func tls13Groups() []uint16 {
	var out []uint16
	for _, g := range groupTable {
		if g.TLS13 {
			out = append(out, g.Code)
		}
	}
	return out
}

// helloGroups is the supported_groups list sent in ordinary TLS 1.0-1.2
// hellos: every elliptic curve plus the FFDHE groups (RFC 7919), so that no
// ECDHE or DHE suite is refused for lack of a common group.
func helloGroups() []uint16 {
	var out []uint16
	for _, g := range groupTable {
		if g.TLS12 || g.Kind == GroupFFDHE {
			out = append(out, g.Code)
		}
	}
	return out
}
