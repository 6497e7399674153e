package wifi

import (
	"bufio"
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"
)

// netshAuth maps netsh's authentication labels (English and French,
// lowercased without spaces or dashes) to the AKM and element they stand
// for.
var netshAuth = map[string]struct {
	akm uint8
	wpa bool
}{
	"wpa2personal": {2, false}, "wpa2personnel": {2, false},
	"wpa2enterprise": {1, false}, "wpa2entreprise": {1, false},
	"wpa3personal": {8, false}, "wpa3personnel": {8, false},
	"wpa3enterprise": {5, false}, "wpa3entreprise": {5, false},
	"wpa3enterprise192bits": {12, false}, "wpa3entreprise192bits": {12, false},
	"wpapersonal": {2, true}, "wpapersonnel": {2, true},
	"wpaenterprise": {1, true}, "wpaentreprise": {1, true},
	"owe": {18, false}, "opportunisticwirelessencryption": {18, false},
}

// netshCipher maps netsh's encryption labels to cipher suite types.
var netshCipher = map[string]uint8{"ccmp": 4, "tkip": 2, "gcmp": 8, "gcmp256": 9, "wep": 1}

// netshBlock is one SSID block being read.
type netshBlock struct {
	ssid       string
	auth, enc  string
	cur        *BSS
	bss        []*BSS
	sourceName string
}

// ParseNetsh reads the output of 'netsh wlan show networks mode=bssid'
// (English or French Windows, UTF-8, or UTF-16 as PowerShell redirects
// it) and returns one BSS per BSSID line.
func ParseNetsh(raw []byte, name string) ([]*BSS, error) {
	text := decodeText(raw)
	var out []*BSS
	var blk *netshBlock
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for line := 1; sc.Scan(); line++ {
		key, val, ok := strings.Cut(sc.Text(), ":")
		if !ok {
			continue
		}
		key, val = normKey(key), strings.TrimSpace(val)
		if strings.HasPrefix(key, "ssid") {
			out = append(out, blk.done()...)
			blk = &netshBlock{ssid: val, sourceName: name}
			continue
		}
		if blk != nil {
			blk.field(key, val, fmt.Sprintf("%s:%d", name, line))
		}
	}
	out = append(out, blk.done()...)
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("%s: %w", name, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no BSSID found: give the output of 'netsh wlan show networks mode=bssid'", name)
	}
	return out, nil
}

// field records one "key : value" line of an SSID block.
func (b *netshBlock) field(key, val, where string) {
	switch {
	case key == "authentication" || key == "authentification":
		b.auth = val
	case key == "encryption" || key == "chiffrement":
		b.enc = val
	case strings.HasPrefix(key, "bssid"):
		b.cur = &BSS{BSSID: strings.ToLower(strings.TrimSpace(val)), SSIDBytes: []byte(b.ssid), Source: where, Frames: 1}
		b.bss = append(b.bss, b.cur)
	case (key == "channel" || key == "canal") && b.cur != nil:
		b.cur.Channel, _ = strconv.Atoi(val)
	}
}

// done fills the security of the block's BSSs and returns them.
func (b *netshBlock) done() []*BSS {
	if b == nil {
		return nil
	}
	auth, cipher := normValue(b.auth), normValue(b.enc)
	for _, s := range b.bss {
		setNetshSecurity(s, auth, cipher)
		s.finish()
	}
	return b.bss
}

func setNetshSecurity(s *BSS, auth, cipher string) {
	a, known := netshAuth[auth]
	c, hasCipher := netshCipher[cipher]
	switch {
	case known:
		r := &RSN{Version: 1, Group: IEEE(c), Pairwise: []Suite{IEEE(c)}, AKMs: []Suite{IEEE(a.akm)}}
		if a.wpa {
			r.Group, r.Pairwise, r.AKMs = MS(c), []Suite{MS(c)}, []Suite{MS(a.akm)}
			s.WPA = r
		} else {
			s.RSN = r
		}
		s.Privacy = true
	case hasCipher && c == 1:
		s.Privacy = true // WEP ("Shared" / "Partagée" or "Open" with WEP)
	case auth != "open" && auth != "ouvrir" && auth != "ouvert":
		s.Malformed = append(s.Malformed, fmt.Sprintf("authentication %q not understood", auth))
	}
}

func normKey(k string) string { return strings.ToLower(strings.TrimSpace(k)) }

func normValue(v string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' || r == '\u00a0' {
			return -1
		}
		return r
	}, strings.ToLower(v))
}

// decodeText turns UTF-16 (with BOM) into UTF-8 and drops a UTF-8 BOM.
func decodeText(raw []byte) string {
	if len(raw) >= 2 && (raw[0] == 0xff && raw[1] == 0xfe || raw[0] == 0xfe && raw[1] == 0xff) {
		be := raw[0] == 0xfe
		u := make([]uint16, 0, len(raw)/2)
		for i := 2; i+1 < len(raw); i += 2 {
			if be {
				u = append(u, uint16(raw[i])<<8|uint16(raw[i+1]))
			} else {
				u = append(u, uint16(raw[i+1])<<8|uint16(raw[i]))
			}
		}
		return string(utf16.Decode(u))
	}
	return string(bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf")))
}
