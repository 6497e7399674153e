package wifi

import (
	"encoding/binary"
	"fmt"
	"hash/crc32"

	"github.com/gopacket/gopacket"
	"github.com/gopacket/gopacket/layers"
)

// LinkTypePPI is the Per-Packet Information link type (not in gopacket).
const LinkTypePPI layers.LinkType = 192

// collector gathers BSSs from frames, merging frames of one BSSID. It
// keeps its decoding buffers, so one collector serves one source.
type collector struct {
	source string
	byID   map[string]*BSS
	order  []*BSS
	frames int
	// dropped counts the BSSIDs ignored once MaxBSS were kept (a beacon
	// flood); identities the EAP identities ignored past MaxIdentities.
	dropped, identities int
	dot11               layers.Dot11
	radio               layers.RadioTap
	prism               layers.PrismHeader
	buf                 []byte
}

// Bounds on one source: a beacon flood (mdk4 makes thousands of fake
// BSSIDs a second) or an identity flood cannot grow the facts without end.
const (
	// MaxBSS is the most BSSIDs kept per source.
	MaxBSS = 4096
	// MaxIdentities is the most EAP identities kept per BSS.
	MaxIdentities = 64
)

// flood says what the bounds dropped, as an error ("" when nothing was).
func (c *collector) flood() error {
	if c.dropped == 0 && c.identities == 0 {
		return nil
	}
	return fmt.Errorf("%s: flood capped: more than %d BSSIDs (%d frames of further BSSIDs ignored) or more than %d EAP identities per BSS (%d ignored); the SSIDs judged may miss access points: filter the capture on the SSIDs to judge (tshark -Y 'wlan.ssid == \"NAME\"')",
		c.source, MaxBSS, c.dropped, MaxIdentities, c.identities)
}

func newCollector(source string) *collector {
	return &collector{source: source, byID: map[string]*BSS{}}
}

// bsses returns the BSSs heard, finished and sorted.
func (c *collector) bsses() []*BSS {
	out := append([]*BSS(nil), c.order...)
	for _, b := range out {
		b.finish()
	}
	sortBSS(out)
	return out
}

// frame reads one captured frame of the given link type; n is its number
// in the capture (from 1). Frames that are not 802.11 management or EAPOL
// are ignored; a frame that does not decode is skipped.
func (c *collector) frame(lt layers.LinkType, data []byte, n int) {
	c.frames++
	raw, ok := c.strip(lt, data)
	if !ok || len(raw) < 10 {
		return
	}
	c.buf = append(append(c.buf[:0], raw...), 0, 0, 0, 0) // Dot11 always chops an FCS
	if err := c.dot11.DecodeFromBytes(c.buf, gopacket.NilDecodeFeedback); err != nil && c.dot11.Payload == nil {
		return
	}
	d := &c.dot11
	switch d.Type {
	case layers.Dot11TypeMgmtBeacon, layers.Dot11TypeMgmtProbeResp:
		c.beacon(d, n)
	case layers.Dot11TypeMgmtAssociationReq, layers.Dot11TypeMgmtReassociationReq:
		// A station's request names the BSS; its chosen AKM adds nothing
		// the BSS's own beacon does not say.
	default:
		if d.Type.MainType() == layers.Dot11TypeData && !d.Flags.WEP() {
			c.eapol(d)
		}
	}
}

// strip removes the link-layer header and any FCS, returning the 802.11
// frame.
func (c *collector) strip(lt layers.LinkType, data []byte) ([]byte, bool) {
	switch lt {
	case layers.LinkTypeIEEE80211Radio:
		if c.radio.DecodeFromBytes(data, gopacket.NilDecodeFeedback) != nil || len(c.radio.RadioTapValues) == 0 {
			return nil, false
		}
		p := data[min(int(c.radio.Length), len(data)):]
		if c.radio.RadioTapValues[0].Flags.FCS() && len(p) >= 4 {
			p = p[:len(p)-4]
		}
		return p, true
	case layers.LinkTypeIEEE802_11:
		return chopFCS(data), true
	case layers.LinkTypePrismHeader:
		if c.prism.DecodeFromBytes(data, gopacket.NilDecodeFeedback) != nil {
			return nil, false
		}
		return chopFCS(c.prism.Payload), true
	case LinkTypePPI:
		return stripPPI(data)
	}
	return nil, false
}

// stripPPI skips a PPI header whose inner link type is plain 802.11.
func stripPPI(data []byte) ([]byte, bool) {
	if len(data) < 8 {
		return nil, false
	}
	n, dlt := int(binary.LittleEndian.Uint16(data[2:4])), binary.LittleEndian.Uint32(data[4:8])
	if n < 8 || n > len(data) || layers.LinkType(dlt) != layers.LinkTypeIEEE802_11 {
		return nil, false
	}
	return chopFCS(data[n:]), true
}

// chopFCS removes a trailing frame check sequence when the last four
// bytes are the CRC of the rest (plain 802.11 captures may or may not
// carry it).
func chopFCS(p []byte) []byte {
	if len(p) < 28 {
		return p
	}
	body, fcs := p[:len(p)-4], binary.LittleEndian.Uint32(p[len(p)-4:])
	if crc32.ChecksumIEEE(body) == fcs {
		return body
	}
	return p
}

// beacon records a beacon or probe response.
func (c *collector) beacon(d *layers.Dot11, n int) {
	body := d.Payload
	if len(body) < 12 {
		return
	}
	capInfo := binary.LittleEndian.Uint16(body[10:12])
	e := ParseElements(body[12:])
	bssid := d.Address3.String()
	b, seen := c.byID[bssid]
	if !seen && len(c.order) >= MaxBSS {
		c.dropped++
		return
	}
	if !seen {
		b = &BSS{BSSID: bssid, Source: fmt.Sprintf("%s#%d", c.source, n)}
		b.fromElements(e, capInfo)
		c.byID[bssid] = b
		c.order = append(c.order, b)
	}
	b.Frames++
	b.learnSSID(e)
}

// eapol records an EAP method request or a cleartext identity, on the
// BSS the data frame belongs to.
func (c *collector) eapol(d *layers.Dot11) {
	f, ok := parseEAPOL(d.Payload)
	if !ok {
		return
	}
	bssid := d.Address3
	switch {
	case d.Flags.ToDS() && !d.Flags.FromDS():
		bssid = d.Address1
	case d.Flags.FromDS() && !d.Flags.ToDS():
		bssid = d.Address2
	}
	b, seen := c.byID[bssid.String()]
	if !seen {
		return
	}
	if f.isID {
		if IdentityIsAnonymous(f.identity) {
			return
		}
		if len(b.EAPIdentities) >= MaxIdentities {
			c.identities++
			return
		}
		b.EAPIdentities = appendUnique(b.EAPIdentities, MaskIdentity(f.identity))
		return
	}
	for _, t := range b.EAPTypes {
		if t == f.method {
			return
		}
	}
	b.EAPTypes = append(b.EAPTypes, f.method)
}
