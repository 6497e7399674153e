package wifi

import (
	"encoding/hex"
	"sort"
	"strings"
	"unicode/utf8"
)

// BSS is one access point radio as heard: the subject descriptor of a
// SubjectWifi, written inline in the report's facts.
type BSS struct {
	SSID string `json:"ssid"`
	// Hidden is set when no frame named the SSID.
	Hidden   bool     `json:"hidden,omitempty"`
	BSSID    string   `json:"bssid"`
	Channel  int      `json:"channel"`
	Security string   `json:"security"`
	Privacy  bool     `json:"privacy"`
	AKMs     []string `json:"akms"`
	Pairwise []string `json:"pairwise"`
	Group    string   `json:"group"`
	// GroupMgmt is the group management cipher (BIP), when announced.
	GroupMgmt string `json:"group_mgmt,omitempty"`
	MFP       string `json:"mfp"`
	// OWETransition: the BSS announces an OWE transition pair.
	OWETransition bool     `json:"owe_transition,omitempty"`
	RSNX          bool     `json:"rsnx,omitempty"`
	EAPMethods    []string `json:"eap_methods"`
	// EAPIdentities are the identities seen in clear (masked).
	EAPIdentities []string `json:"eap_identities_in_clear,omitempty"`
	Malformed     []string `json:"malformed,omitempty"`
	Source        string   `json:"source"`
	Frames        int      `json:"frames"`

	// SSIDBytes is the SSID as sent; RSN and WPA the parsed elements;
	// EAPTypes the EAP methods the authenticator asked for.
	SSIDBytes []byte `json:"-"`
	RSN       *RSN   `json:"-"`
	WPA       *RSN   `json:"-"`
	EAPTypes  []byte `json:"-"`
}

// Key is how a BSS's SSID is named in results: the SSID when it is valid
// UTF-8, "hex:" and its bytes otherwise, "hidden:<bssid>" when hidden.
func (b *BSS) Key() string {
	return SSIDKey(b.SSIDBytes, b.BSSID)
}

// SSIDKey names an SSID for results.
func SSIDKey(ssid []byte, bssid string) string {
	if len(ssid) == 0 || allZero(ssid) {
		return "hidden:" + bssid
	}
	if !utf8.Valid(ssid) || strings.ContainsFunc(string(ssid), isControl) {
		return "hex:" + hex.EncodeToString(ssid)
	}
	return string(ssid)
}

func isControl(r rune) bool { return r < 0x20 || r == 0x7f }

func allZero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}

// fromElements fills the BSS's security from a frame's elements.
func (b *BSS) fromElements(e Elements, capInfo uint16) {
	b.Privacy, b.RSN, b.WPA, b.Channel = capInfo&capPrivacy != 0, e.RSN, e.WPA, e.Channel
	b.OWETransition, b.RSNX = e.OWETransition, e.RSNX != nil
	b.Malformed = append(b.Malformed, e.Errors...)
}

// learnSSID keeps the first SSID a frame names (a hidden BSS's beacon
// has none; its probe responses do).
func (b *BSS) learnSSID(e Elements) {
	if e.HasSSID && !allZero(e.SSID) && len(b.SSIDBytes) == 0 {
		b.SSIDBytes = append([]byte(nil), e.SSID...)
	}
}

// capPrivacy is the Privacy bit of the capability field.
const capPrivacy = 0x0010

// AllAKMs are the AKMs the BSS offers, RSN then WPA1.
func (b *BSS) AllAKMs() []Suite {
	var out []Suite
	for _, r := range []*RSN{b.RSN, b.WPA} {
		if r != nil {
			out = append(out, r.AKMs...)
		}
	}
	return out
}

// finish computes the JSON summary fields from the parsed elements.
func (b *BSS) finish() {
	b.SSID, b.Hidden = string(b.SSIDBytes), len(b.SSIDBytes) == 0 || allZero(b.SSIDBytes)
	if k := b.Key(); strings.HasPrefix(k, "hex:") {
		b.SSID = k
	}
	b.AKMs, b.Pairwise, b.Group, b.GroupMgmt, b.MFP = []string{}, []string{}, "", "", "none"
	for _, r := range []*RSN{b.RSN, b.WPA} {
		if r == nil {
			continue
		}
		for _, s := range r.AKMs {
			b.AKMs = appendUnique(b.AKMs, s.AKMName())
		}
		for _, s := range r.Pairwise {
			b.Pairwise = appendUnique(b.Pairwise, s.CipherName())
		}
		b.Group = joinNonEmpty(b.Group, r.Group.CipherName())
	}
	if b.RSN != nil {
		b.MFP = b.RSN.MFP()
		if b.RSN.GroupMgmt != nil {
			b.GroupMgmt = b.RSN.GroupMgmt.CipherName()
		}
	}
	b.EAPMethods = []string{}
	for _, t := range b.EAPTypes {
		b.EAPMethods = append(b.EAPMethods, EAPName(t))
	}
	b.Security = b.securityLabel()
}

// securityLabel summarises the BSS: open, wep, wpa, wpa2, wpa3, owe...
func (b *BSS) securityLabel() string {
	var parts []string
	if b.WPA != nil {
		parts = append(parts, "wpa1")
	}
	if b.RSN != nil {
		parts = append(parts, "rsn")
	}
	switch {
	case len(parts) > 0:
		return strings.Join(parts, "+")
	case b.Privacy:
		return "wep"
	case b.OWETransition:
		return "open (owe-transition)"
	}
	return "open"
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

func joinNonEmpty(a, b string) string {
	if a == "" {
		return b
	}
	return a + "," + b
}

// sortBSS orders BSSs by SSID key then BSSID.
func sortBSS(list []*BSS) {
	sort.Slice(list, func(i, j int) bool {
		if ki, kj := list[i].Key(), list[j].Key(); ki != kj {
			return ki < kj
		}
		return list[i].BSSID < list[j].BSSID
	})
}

// channelOf converts a frequency in MHz to a channel number (0: unknown).
func channelOf(mhz int) int {
	switch {
	case mhz == 2484:
		return 14
	case mhz >= 2412 && mhz < 2484:
		return (mhz - 2407) / 5
	case mhz > 5950 && mhz <= 7125:
		return (mhz - 5950) / 5
	case mhz >= 5000 && mhz <= 5950:
		return (mhz - 5000) / 5
	}
	return 0
}
