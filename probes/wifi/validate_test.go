package wifi

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/gopacket/gopacket"
	"github.com/gopacket/gopacket/layers"
	"github.com/gopacket/gopacket/pcapgo"
)

func TestCheckFirstFrame(t *testing.T) {
	lab := labCapture(t)
	ng := writeOne(t, layers.LinkTypeIEEE802_11, plainBeacon(t), true)
	noise := make([]byte, 4096)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range noise {
		noise[i] = byte(rng.UintN(256))
	}
	big := bigFrame(t)
	for _, c := range []struct {
		name string
		data []byte
		want string // "" when the capture passes
	}{
		{"empty", nil, "empty file (0 bytes)"},
		{"random", noise, "not a pcap or pcapng file (starts with"},
		{"three bytes", lab[:3], "too short to be a capture (3 bytes: d4 c3 b2)"},
		{"header cut", lab[:10], "header cut or corrupt within its first 10 bytes"},
		{"pcapng header cut", ng[:20], "header cut or corrupt within its first 20 bytes"},
		{"header only", lab[:24], "no frame after the header (file ends at byte 24)"},
		{"first frame cut", lab[:30], "first frame cut or corrupt at byte 24"},
		{"pcapng first frame cut", ng[:len(ng)-10], "first frame cut or corrupt at byte"},
		{"later frame cut", lab[:len(lab)-30], ""},
		{"valid pcap", lab, ""},
		{"valid pcapng", ng, ""},
		{"first frame beyond the bound, cut", big[:len(big)-10], ""},
	} {
		err := checkFirstFrame(bytes.NewReader(c.data), c.name+".pcap")
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s: %v", c.name, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), c.name+".pcap")):
			t.Errorf("%s: %v, want %q", c.name, err, c.want)
		}
	}
}

// bigFrame is a pcap whose one frame is larger than maxFirstFrame.
func bigFrame(t *testing.T) []byte {
	t.Helper()
	var b bytes.Buffer
	w := pcapgo.NewWriter(&b)
	data := make([]byte, 2*maxFirstFrame)
	ci := gopacket.CaptureInfo{Timestamp: time.Unix(1, 0), CaptureLength: len(data), Length: len(data)}
	if err := w.WriteFileHeader(4*maxFirstFrame, layers.LinkTypeIEEE802_11); err != nil {
		t.Fatal(err)
	}
	if err := w.WritePacket(ci, data); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func FuzzCheckFirstFrame(f *testing.F) {
	f.Add([]byte{0xd4, 0xc3, 0xb2, 0xa1, 2, 0, 4, 0})
	f.Add([]byte{0x0a, 0x0d, 0x0d, 0x0a, 28, 0, 0, 0})
	f.Fuzz(func(_ *testing.T, b []byte) { _ = checkFirstFrame(bytes.NewReader(b), "fuzz.pcap") })
}
