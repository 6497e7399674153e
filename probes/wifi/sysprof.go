package wifi

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"strconv"
	"strings"
)

// sysprofMode is what one spairport_security_mode value says: the AKM,
// whether a WPA1 and an RSN element are offered, and the cipher (0 when
// macOS does not say which: WPA2 may still run TKIP).
type sysprofMode struct {
	akm      uint8
	wpa, rsn bool
	cipher   uint8
	privacy  bool
	transSAE bool // WPA3 transition: PSK and SAE
}

// sysprofModes maps the security modes of 'system_profiler
// SPAirPortDataType -json' (without the spairport_security_mode_ prefix).
// WPA3 and OWE mandate CCMP (WPA3 specification v3.x §2, §3); the other
// modes leave the cipher unknown. A mode not in this table is malformed.
var sysprofModes = map[string]sysprofMode{
	"none":                  {},
	"wep":                   {privacy: true},
	"wpa_personal":          {akm: 2, wpa: true},
	"wpa_enterprise":        {akm: 1, wpa: true},
	"wpa_personal_mixed":    {akm: 2, wpa: true, rsn: true},
	"wpa_enterprise_mixed":  {akm: 1, wpa: true, rsn: true},
	"wpa2_personal_mixed":   {akm: 2, wpa: true, rsn: true},
	"wpa2_enterprise_mixed": {akm: 1, wpa: true, rsn: true},
	"wpa2_personal":         {akm: 2, rsn: true},
	"wpa2_enterprise":       {akm: 1, rsn: true},
	"wpa3_personal":         {akm: 8, rsn: true, cipher: 4},
	"wpa3_transition":       {akm: 8, rsn: true, cipher: 4, transSAE: true},
	"wpa3_enterprise":       {akm: 5, rsn: true, cipher: 4},
	"owe":                   {akm: 18, rsn: true, cipher: 4},
}

// sysprofNetwork is one network of the JSON output.
type sysprofNetwork struct {
	Name     *string         `json:"_name"`
	BSSID    string          `json:"spairport_network_bssid"`
	Channel  json.RawMessage `json:"spairport_network_channel"`
	Security *string         `json:"spairport_security_mode"`
}

type sysprofIface struct {
	Name    string            `json:"_name"`
	Current *sysprofNetwork   `json:"spairport_current_network_information"`
	Others  []*sysprofNetwork `json:"spairport_airport_other_local_wireless_networks"`
}

type sysprofDoc struct {
	Items []struct {
		Ifaces []sysprofIface `json:"spairport_airport_interfaces"`
	} `json:"SPAirPortDataType"`
}

// redacted is the name macOS gives an SSID when the program that asked
// has no Location Services permission.
const redacted = "<redacted>"

// ParseSystemProfiler reads the output of 'system_profiler
// SPAirPortDataType -json' (macOS) and returns one BSS per network the
// interface named iface lists, the one it is joined to first. macOS gives
// neither BSSIDs (each network is numbered: "en0#1") nor, below WPA3, the
// cipher: such a BSS is marked malformed (security not proven), never
// taken for CCMP. A network with an unknown or missing security mode is
// malformed too, never open.
func ParseSystemProfiler(raw []byte, name, iface string) ([]*BSS, error) {
	var doc sysprofDoc
	dec := json.NewDecoder(bytes.NewReader(raw))
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("%s: not the JSON of 'system_profiler SPAirPortDataType -json': %w", name, err)
	}
	ifi, err := findSysprofIface(doc, iface)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	nets := ifi.Others
	if ifi.Current != nil && ifi.Current.Name != nil {
		nets = append([]*sysprofNetwork{ifi.Current}, nets...)
	}
	if len(nets) == 0 {
		return nil, fmt.Errorf("%s: interface %s lists no network (Wi-Fi off, or nothing in range)", name, iface)
	}
	var out []*BSS
	hidden := 0
	for i, n := range nets {
		if len(out) == MaxBSS {
			return out, fmt.Errorf("%s: more than %d networks: %d further networks ignored, the SSIDs judged may miss access points", name, MaxBSS, len(nets)-MaxBSS)
		}
		b := sysprofBSS(n, fmt.Sprintf("%s#%d", iface, i+1), fmt.Sprintf("%s:%s[%d]", name, iface, i))
		if n.Name != nil && *n.Name == redacted {
			hidden++
		}
		out = append(out, b)
	}
	if hidden == len(out) {
		return nil, fmt.Errorf("%s: macOS redacted every SSID: allow Location Services for the program running conformscan (System Settings > Privacy & Security > Location Services)", name)
	}
	return out, nil
}

// findSysprofIface returns the interface named iface.
func findSysprofIface(doc sysprofDoc, iface string) (*sysprofIface, error) {
	var names []string
	for i := range doc.Items {
		for j := range doc.Items[i].Ifaces {
			ifi := &doc.Items[i].Ifaces[j]
			if ifi.Name == iface {
				return ifi, nil
			}
			names = append(names, strconv.Quote(ifi.Name))
		}
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("no Wi-Fi interface listed: give the output of 'system_profiler SPAirPortDataType -json'")
	}
	return nil, fmt.Errorf("no Wi-Fi interface named %q (listed: %s): give one such as en0 ('networksetup -listallhardwareports')", iface, strings.Join(names, ", "))
}

// sysprofBSS turns one listed network into a BSS.
func sysprofBSS(n *sysprofNetwork, number, source string) *BSS {
	b := &BSS{BSSID: number, Source: source, Frames: 1}
	if mac, err := net.ParseMAC(strings.TrimSpace(n.BSSID)); err == nil && len(mac) == 6 {
		b.BSSID = mac.String()
	}
	b.Channel = sysprofChannel(n.Channel)
	switch {
	case n.Name == nil:
		b.Malformed = append(b.Malformed, "network without a name (_name) in system_profiler's output")
	case *n.Name == redacted:
		b.Malformed = append(b.Malformed, "SSID redacted by macOS (no Location Services permission)")
	default:
		b.SSIDBytes = []byte(*n.Name)
	}
	unknownCipher := setSysprofSecurity(b, n.Security)
	b.finish()
	if unknownCipher {
		b.Pairwise, b.Group = []string{"unknown"}, "unknown"
	}
	return b
}

// setSysprofSecurity fills the BSS's elements from its security mode and
// tells whether the cipher is unknown.
func setSysprofSecurity(b *BSS, mode *string) bool {
	if mode == nil {
		b.Malformed = append(b.Malformed, "no security mode listed (spairport_security_mode)")
		return false
	}
	label := strings.TrimPrefix(*mode, "spairport_security_mode_")
	m, ok := sysprofModes[label]
	if !ok {
		b.Malformed = append(b.Malformed, fmt.Sprintf("security mode %q not understood", *mode))
		return false
	}
	b.Privacy = m.privacy || m.wpa || m.rsn
	c := m.cipher
	unknown := c == 0 && (m.wpa || m.rsn)
	if unknown {
		b.Malformed = append(b.Malformed, "cipher not reported by macOS (TKIP not ruled out): give a capture (--wifi-capture) to judge it")
	}
	if m.rsn {
		b.RSN = &RSN{Version: 1, Group: IEEE(c), Pairwise: []Suite{IEEE(c)}, AKMs: []Suite{IEEE(m.akm)}}
		if m.transSAE {
			b.RSN.AKMs = []Suite{IEEE(2), IEEE(8)}
		}
	}
	if m.wpa {
		b.WPA = &RSN{Version: 1, Group: MS(c), Pairwise: []Suite{MS(c)}, AKMs: []Suite{MS(m.akm)}}
	}
	return unknown
}

// sysprofChannel reads "44 (5GHz, 80MHz)", "6" or 6 (0: unknown).
func sysprofChannel(raw json.RawMessage) int {
	s := strings.Trim(strings.TrimSpace(string(raw)), `"`)
	end := 0
	for end < len(s) && s[end] >= '0' && s[end] <= '9' {
		end++
	}
	n, err := strconv.Atoi(s[:end])
	if err != nil || n > 400 {
		return 0
	}
	return n
}
