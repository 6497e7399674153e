package wifi

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/gopacket/gopacket"
	"github.com/gopacket/gopacket/layers"
	"github.com/gopacket/gopacket/pcapgo"

	"conformscan/demo/wifilab"
	"conformscan/inputs/inputstest"
)

// TestNetshOtherLanguage: a German or Spanish netsh text is not understood,
// never read as open networks.
func TestNetshOtherLanguage(t *testing.T) {
	de := "SSID 1 : CHU-Soins\n    Authentifizierung : Offen\n    Verschlüsselung : Keine\n    BSSID 1 : 02:00:00:00:00:01\n"
	if _, err := ParseNetsh([]byte(de), "de.txt"); err == nil || !strings.Contains(err.Error(), "not understood") {
		t.Fatalf("German text: %v", err)
	}
	// One block in another language among understood ones: that BSS is
	// malformed (an error for 9.1/9.2), never open.
	mixed := netshEN + "\nSSID 4 : Fremd\n    Authentifizierung : Offen\n    BSSID 1 : 02:00:00:00:00:09\n"
	bs, err := ParseNetsh([]byte(mixed), "mixed.txt")
	if err != nil {
		t.Fatal(err)
	}
	last := bs[len(bs)-1]
	if last.SSID != "Fremd" || len(last.Malformed) == 0 {
		t.Fatalf("%+v", last)
	}
}

// TestNetshLongLine: one huge line does not stop the parser; the blocks
// after it are read.
func TestNetshLongLine(t *testing.T) {
	text := "SSID 1 : A\n    Authentication : WPA2-Enterprise\n    Encryption : CCMP\n    BSSID 1 : 02:00:00:00:00:01\n" +
		strings.Repeat("x", 3<<20) + "\n" +
		"SSID 2 : B\n    Authentication : Open\n    Encryption : None\n    BSSID 1 : 02:00:00:00:00:02\n"
	bs, err := ParseNetsh([]byte(text), "long.txt")
	if err != nil || len(bs) != 2 || bs[1].SSID != "B" || bs[1].Security != "open" {
		t.Fatalf("%v %d", err, len(bs))
	}
}

// TestNetshFlood: past MaxBSS BSSIDs the rest is dropped with an error that
// keeps the source incomplete (a pass becomes a warning).
func TestNetshFlood(t *testing.T) {
	var b strings.Builder
	b.WriteString("SSID 1 : CHU\n    Authentication : WPA2-Enterprise\n    Encryption : CCMP\n")
	for i := range MaxBSS + 10 {
		fmt.Fprintf(&b, "    BSSID %d : 02:00:00:%02x:%02x:%02x\n", i+1, i>>16&0xff, i>>8&0xff, i&0xff)
	}
	inputstest.Bounded(t, func() {
		bs, err := ParseNetsh([]byte(b.String()), "flood.txt")
		if err == nil || len(bs) != MaxBSS || !strings.Contains(err.Error(), "10 further BSSIDs ignored") {
			t.Fatalf("%v %d", err, len(bs))
		}
	})
}

// TestBeaconFlood: a capture with more BSSIDs than MaxBSS keeps MaxBSS and
// says the source is incomplete.
func TestBeaconFlood(t *testing.T) {
	var buf bytes.Buffer
	w := pcapgo.NewWriter(&buf)
	if err := w.WriteFileHeader(65535, layers.LinkTypeIEEE802_11); err != nil {
		t.Fatal(err)
	}
	for i := range MaxBSS + 5 {
		f, err := wifilab.Beacon{SSID: "CHU", BSSID: fmt.Sprintf("02:00:00:%02x:%02x:%02x", i>>16&0xff, i>>8&0xff, i&0xff), Channel: 1}.Frame()
		if err != nil {
			t.Fatal(err)
		}
		f = f[int(f[2])|int(f[3])<<8:]
		ci := gopacket.CaptureInfo{Timestamp: time.Unix(1, 0), CaptureLength: len(f), Length: len(f)}
		if err := w.WritePacket(ci, f); err != nil {
			t.Fatal(err)
		}
	}
	inputstest.Bounded(t, func() {
		bs, _, err := readCapture(context.Background(), bytes.NewReader(buf.Bytes()), "flood.pcap")
		if err == nil || len(bs) != MaxBSS || !strings.Contains(err.Error(), "flood capped") {
			t.Fatalf("%v %d", err, len(bs))
		}
	})
}
