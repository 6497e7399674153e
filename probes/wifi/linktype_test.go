package wifi

import (
	"bytes"
	"context"
	"encoding/binary"
	"hash/crc32"
	"testing"
	"time"

	"github.com/gopacket/gopacket"
	"github.com/gopacket/gopacket/layers"
	"github.com/gopacket/gopacket/pcapgo"

	"conformscan/demo/wifilab"
)

// plainBeacon is a beacon without its radiotap header.
func plainBeacon(t *testing.T) []byte {
	t.Helper()
	f, err := wifilab.Beacon{SSID: "CHU", BSSID: "02:00:00:00:00:07", Channel: 1, Privacy: true,
		Elements: [][]byte{wifilab.RSNElement(wifilab.RSN{Group: 4, Pairwise: []byte{4}, AKMs: []byte{1}, Caps: wifilab.MFPC})}}.Frame()
	if err != nil {
		t.Fatal(err)
	}
	return f[binary.LittleEndian.Uint16(f[2:4]):]
}

func withFCS(f []byte) []byte {
	return binary.LittleEndian.AppendUint32(append([]byte(nil), f...), crc32.ChecksumIEEE(f))
}

func ppi(f []byte) []byte {
	h := make([]byte, 8)
	binary.LittleEndian.PutUint16(h[2:], 8)
	binary.LittleEndian.PutUint32(h[4:], uint32(layers.LinkTypeIEEE802_11))
	return append(h, f...)
}

func prism(f []byte) []byte {
	h := make([]byte, 144)
	binary.LittleEndian.PutUint32(h[0:], 0x44)
	binary.LittleEndian.PutUint32(h[4:], 144)
	return append(h, f...)
}

func TestLinkTypes(t *testing.T) {
	f := plainBeacon(t)
	cases := []struct {
		name string
		lt   layers.LinkType
		data []byte
		ng   bool
	}{
		{"802.11", layers.LinkTypeIEEE802_11, f, false},
		{"802.11+FCS", layers.LinkTypeIEEE802_11, withFCS(f), false},
		{"PPI", LinkTypePPI, ppi(f), false},
		{"Prism+FCS", layers.LinkTypePrismHeader, prism(withFCS(f)), false},
		{"pcapng 802.11", layers.LinkTypeIEEE802_11, f, true},
		{"radiotap+FCS", layers.LinkTypeIEEE80211Radio, append([]byte{0, 0, 9, 0, 2, 0, 0, 0, 0x10}, withFCS(f)...), false},
	}
	for _, c := range cases {
		raw := writeOne(t, c.lt, c.data, c.ng)
		bs, _, err := readCapture(context.Background(), bytes.NewReader(raw), c.name)
		if err != nil || len(bs) != 1 {
			t.Fatalf("%s: %v %d", c.name, err, len(bs))
		}
		if b := bs[0]; b.SSID != "CHU" || b.MFP != "capable" || len(b.Malformed) > 0 || b.BSSID != "02:00:00:00:00:07" {
			t.Fatalf("%s: %+v", c.name, b)
		}
	}
}

func writeOne(t *testing.T, lt layers.LinkType, data []byte, ng bool) []byte {
	t.Helper()
	var b bytes.Buffer
	ci := gopacket.CaptureInfo{Timestamp: time.Unix(1, 0), CaptureLength: len(data), Length: len(data)}
	if ng {
		w, err := pcapgo.NewNgWriter(&b, lt)
		if err != nil {
			t.Fatal(err)
		}
		if err := w.WritePacket(ci, data); err != nil {
			t.Fatal(err)
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	w := pcapgo.NewWriter(&b)
	if err := w.WriteFileHeader(65535, lt); err != nil {
		t.Fatal(err)
	}
	if err := w.WritePacket(ci, data); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
