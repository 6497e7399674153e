package wifi

import (
	"encoding/binary"
	"strconv"
	"strings"
)

// EAP method types (IANA "EAP Method Types").
const (
	EAPIdentity = 1
	EAPNak      = 3
	EAPMD5      = 4
	EAPTLS      = 13
	EAPLEAP     = 17
	EAPTTLS     = 21
	EAPPEAP     = 25
	EAPFAST     = 43
	EAPPWD      = 52
)

var eapNames = map[byte]string{
	EAPIdentity: "Identity", 2: "Notification", EAPNak: "NAK", EAPMD5: "MD5", 6: "GTC", EAPTLS: "TLS",
	EAPLEAP: "LEAP", 18: "SIM", EAPTTLS: "TTLS", 23: "AKA", EAPPEAP: "PEAP", 26: "MSCHAPv2",
	EAPFAST: "FAST", 50: "AKA'", EAPPWD: "PWD", 55: "TEAP",
}

// EAPName names an EAP method type.
func EAPName(t byte) string {
	if n, ok := eapNames[t]; ok {
		return n
	}
	return "EAP-" + strconv.Itoa(int(t))
}

// eapFrame is what one EAPOL frame says: an EAP method the authenticator
// asks for, or an identity a station sends in clear.
type eapFrame struct {
	method   byte
	identity string
	isID     bool
}

// llcEAPOL is the LLC/SNAP header of an EAPOL payload.
var llcEAPOL = []byte{0xaa, 0xaa, 0x03, 0x00, 0x00, 0x00, 0x88, 0x8e}

// parseEAPOL reads the body of an unprotected data frame; ok is false when
// it is not an EAP packet.
func parseEAPOL(body []byte) (eapFrame, bool) {
	if len(body) < len(llcEAPOL)+4+5 || string(body[:len(llcEAPOL)]) != string(llcEAPOL) {
		return eapFrame{}, false
	}
	p := body[len(llcEAPOL):]
	if p[1] != 0 { // EAPOL type 0: EAP packet
		return eapFrame{}, false
	}
	eap := p[4:]
	code, n := eap[0], int(binary.BigEndian.Uint16(eap[2:4]))
	if n > len(eap) || n < 5 || (code != 1 && code != 2) {
		return eapFrame{}, false
	}
	typ := eap[4]
	switch {
	case code == 2 && typ == EAPIdentity:
		return eapFrame{identity: string(eap[5:n]), isID: true}, true
	case code == 1 && typ > EAPNak:
		return eapFrame{method: typ}, true
	}
	return eapFrame{}, false
}

// MaskIdentity keeps the first letter and the realm of an identity:
// "j***@chu.example".
func MaskIdentity(id string) string {
	user, realm, hasRealm := strings.Cut(id, "@")
	if isAnonymous(user) {
		return id
	}
	masked := "***"
	if user != "" {
		masked = user[:1] + "***"
	}
	if hasRealm {
		masked += "@" + realm
	}
	return masked
}

// IdentityIsAnonymous tells whether an outer identity hides the user.
func IdentityIsAnonymous(id string) bool {
	user, _, _ := strings.Cut(id, "@")
	return isAnonymous(user)
}

func isAnonymous(user string) bool {
	u := strings.ToLower(user)
	return u == "" || u == "anonymous" || u == "anon"
}
