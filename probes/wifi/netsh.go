package wifi

import (
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
	sawAuth    bool
	cur        *BSS
	bss        []*BSS
	sourceName string
}

// Bounds on a netsh text: a line longer than maxNetshLine is cut there
// (the rest of the file is still read), and at most MaxBSS BSSIDs are kept.
const maxNetshLine = 4096

// ParseNetsh reads the output of 'netsh wlan show networks mode=bssid'
// (English or French Windows, UTF-8, or UTF-16 as PowerShell redirects
// it) and returns one BSS per BSSID line. A BSS whose block has no
// authentication line conformscan understands (another display language)
// is marked malformed, never taken for an open network; a text where no
// block has one is refused.
func ParseNetsh(raw []byte, name string) ([]*BSS, error) {
	p := &netshParser{name: name}
	eachLine(decodeText(raw), maxNetshLine, p.line)
	p.out = append(p.out, p.blk.done()...)
	if len(p.out) == 0 {
		return nil, fmt.Errorf("%s: no BSSID found: give the output of 'netsh wlan show networks mode=bssid'", name)
	}
	if !p.understood {
		return nil, fmt.Errorf("%s: netsh output not understood: no 'Authentication' or 'Authentification' line (conformscan reads English and French Windows; run 'netsh' under one of them, e.g. after 'chcp 65001' on an English or French system)", name)
	}
	if p.dropped > 0 {
		return p.out, fmt.Errorf("%s: more than %d BSSIDs: %d further BSSIDs ignored, the SSIDs judged may miss access points", name, MaxBSS, p.dropped)
	}
	return p.out, nil
}

// netshParser holds the state of one netsh text being read.
type netshParser struct {
	name       string
	out        []*BSS
	blk        *netshBlock
	kept       int
	dropped    int
	understood bool
}

func (p *netshParser) line(n int, text string) {
	key, val, ok := strings.Cut(text, ":")
	if !ok {
		return
	}
	key, val = normKey(key), strings.TrimSpace(val)
	if strings.HasPrefix(key, "ssid") {
		p.out = append(p.out, p.blk.done()...)
		p.blk = &netshBlock{ssid: val, sourceName: p.name}
		return
	}
	if p.blk == nil {
		return
	}
	if strings.HasPrefix(key, "bssid") {
		if p.kept >= MaxBSS {
			p.dropped++
			p.blk.cur = nil
			return
		}
		p.kept++
	}
	p.blk.field(key, val, fmt.Sprintf("%s:%d", p.name, n))
	p.understood = p.understood || p.blk.sawAuth
}

// eachLine calls fn with every line of text and its number (from 1),
// cutting a line at max bytes: one huge line does not stop the reading.
func eachLine(text string, max int, fn func(n int, line string)) {
	for n := 1; text != ""; n++ {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		if len(line) > max {
			line = line[:max]
		}
		fn(n, strings.TrimSuffix(line, "\r"))
	}
}

// field records one "key : value" line of an SSID block.
func (b *netshBlock) field(key, val, where string) {
	switch {
	case key == "authentication" || key == "authentification":
		b.auth, b.sawAuth = val, true
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
		if b.sawAuth {
			setNetshSecurity(s, auth, cipher)
		} else {
			s.Malformed = append(s.Malformed, "no authentication line understood in this SSID block (display language not read: English and French are)")
		}
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
