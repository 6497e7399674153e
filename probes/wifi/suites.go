package wifi

import (
	"fmt"
	"strconv"
)

// OUIs of the suite selectors: IEEE 802.11 (RSN) and Microsoft (WPA1).
var (
	ouiIEEE = [3]byte{0x00, 0x0f, 0xac}
	ouiMS   = [3]byte{0x00, 0x50, 0xf2}
	ouiWFA  = [3]byte{0x50, 0x6f, 0x9a}
)

// Suite is a cipher or AKM suite selector: an OUI and a type.
type Suite struct {
	OUI  [3]byte
	Type uint8
}

// AKMClass groups AKM suites by how a station proves who it is.
type AKMClass string

// AKM classes (docs: /work/shared/docs/wifi.md, "AKM suites").
const (
	ClassEnterprise AKMClass = "enterprise" // 802.1X family: a RADIUS server authenticates each user
	ClassPersonal   AKMClass = "personal"   // a shared key or password (PSK, SAE)
	ClassFILS       AKMClass = "fils"       // FILS: uses an authentication server
	ClassOWE        AKMClass = "owe"        // Enhanced Open: encrypted, not authenticated
	ClassOther      AKMClass = "other"      // not a network login method (TDLS, PASN...)
)

type akmInfo struct {
	name  string
	class AKMClass
	wpa3  bool // an AKM of WPA3, which makes PMF mandatory
}

// akms is the table of AKM suites 00-0F-AC:N (IEEE 802.11-2020 table 9-151).
var akms = map[uint8]akmInfo{
	1: {"802.1X", ClassEnterprise, false}, 2: {"PSK", ClassPersonal, false},
	3: {"FT-802.1X", ClassEnterprise, false}, 4: {"FT-PSK", ClassPersonal, false},
	5: {"802.1X-SHA256", ClassEnterprise, true}, 6: {"PSK-SHA256", ClassPersonal, false},
	7: {"TDLS", ClassOther, false}, 8: {"SAE", ClassPersonal, true}, 9: {"FT-SAE", ClassPersonal, true},
	10: {"APPeerKey", ClassOther, false}, 11: {"802.1X-SuiteB-SHA256", ClassEnterprise, true},
	12: {"802.1X-SuiteB-192", ClassEnterprise, true}, 13: {"FT-802.1X-SHA384", ClassEnterprise, true},
	14: {"FILS-SHA256", ClassFILS, false}, 15: {"FILS-SHA384", ClassFILS, false},
	16: {"FT-FILS-SHA256", ClassFILS, false}, 17: {"FT-FILS-SHA384", ClassFILS, false},
	18: {"OWE", ClassOWE, false}, 19: {"FT-PSK-SHA384", ClassPersonal, false}, 20: {"PSK-SHA384", ClassPersonal, false},
	21: {"PASN", ClassOther, false}, 22: {"FT-802.1X-SHA384-2", ClassEnterprise, true},
	23: {"802.1X-SHA384", ClassEnterprise, true}, 24: {"SAE-EXT-KEY", ClassPersonal, true},
	25: {"FT-SAE-EXT-KEY", ClassPersonal, true}, 26: {"AP-PEER-KEY-SHA256", ClassOther, false},
}

// wpaAKMs is the table of WPA1 AKM suites 00-50-F2:N.
var wpaAKMs = map[uint8]akmInfo{1: {"WPA-802.1X", ClassEnterprise, false}, 2: {"WPA-PSK", ClassPersonal, false}}

// CipherClass groups cipher suites by strength.
type CipherClass string

// Cipher classes.
const (
	CipherWEP   CipherClass = "wep"
	CipherTKIP  CipherClass = "tkip"
	CipherCCMP  CipherClass = "ccmp"
	CipherGCMP  CipherClass = "gcmp"
	CipherBIP   CipherClass = "bip"
	CipherOther CipherClass = "other"
)

type cipherInfo struct {
	name  string
	class CipherClass
}

// ciphers is the table of cipher suites 00-0F-AC:N (and 00-50-F2:N, whose
// numbers 1 to 5 mean the same).
var ciphers = map[uint8]cipherInfo{
	0: {"USE-GROUP", CipherOther}, 1: {"WEP-40", CipherWEP}, 2: {"TKIP", CipherTKIP}, 4: {"CCMP-128", CipherCCMP},
	5: {"WEP-104", CipherWEP}, 6: {"BIP-CMAC-128", CipherBIP}, 7: {"GROUP-NOT-ALLOWED", CipherOther},
	8: {"GCMP-128", CipherGCMP}, 9: {"GCMP-256", CipherGCMP}, 10: {"CCMP-256", CipherCCMP},
	11: {"BIP-GMAC-128", CipherBIP}, 12: {"BIP-GMAC-256", CipherBIP}, 13: {"BIP-CMAC-256", CipherBIP},
}

// AKM returns what an AKM suite is; ok is false for an unknown suite.
func (s Suite) akm() (akmInfo, bool) {
	switch s.OUI {
	case ouiIEEE:
		a, ok := akms[s.Type]
		return a, ok
	case ouiMS:
		a, ok := wpaAKMs[s.Type]
		return a, ok
	}
	return akmInfo{}, false
}

func (s Suite) cipher() (cipherInfo, bool) {
	if s.OUI != ouiIEEE && s.OUI != ouiMS {
		return cipherInfo{}, false
	}
	c, ok := ciphers[s.Type]
	if s.OUI == ouiMS && s.Type > 5 {
		return cipherInfo{}, false
	}
	return c, ok
}

// AKMClass is the class of an AKM suite (ClassOther when unknown).
func (s Suite) AKMClass() AKMClass {
	if a, ok := s.akm(); ok {
		return a.class
	}
	return ClassOther
}

// WPA3 tells whether the AKM belongs to WPA3 (PMF mandatory).
func (s Suite) WPA3() bool {
	a, _ := s.akm()
	return a.wpa3
}

// CipherClass is the class of a cipher suite (CipherOther when unknown).
func (s Suite) CipherClass() CipherClass {
	if c, ok := s.cipher(); ok {
		return c.class
	}
	return CipherOther
}

// AKMName names an AKM suite ("802.1X", "00-11-22:5" when unknown).
func (s Suite) AKMName() string {
	if a, ok := s.akm(); ok {
		return a.name
	}
	return s.raw()
}

// CipherName names a cipher suite.
func (s Suite) CipherName() string {
	if c, ok := s.cipher(); ok {
		if s.OUI == ouiMS {
			return "WPA-" + c.name
		}
		return c.name
	}
	return s.raw()
}

func (s Suite) raw() string {
	return fmt.Sprintf("%02X-%02X-%02X:", s.OUI[0], s.OUI[1], s.OUI[2]) + strconv.Itoa(int(s.Type))
}

// IEEE returns the suite 00-0F-AC:t.
func IEEE(t uint8) Suite { return Suite{OUI: ouiIEEE, Type: t} }

// MS returns the WPA1 suite 00-50-F2:t.
func MS(t uint8) Suite { return Suite{OUI: ouiMS, Type: t} }
