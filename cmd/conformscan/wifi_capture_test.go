package main

import (
	"bytes"
	"errors"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gopacket/gopacket"
	"github.com/gopacket/gopacket/pcapgo"
)

// labPcapng converts the demo lab's capture to pcapng.
func labPcapng(t *testing.T) []byte {
	t.Helper()
	raw, err := os.ReadFile(labCapture(t, 0))
	if err != nil {
		t.Fatal(err)
	}
	r, err := pcapgo.NewReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	// Copy frame by frame until the reader's EOF, then flush.
	var b bytes.Buffer
	w, err := pcapgo.NewNgWriter(&b, r.LinkType())
	for err == nil {
		var data []byte
		var ci gopacket.CaptureInfo
		if data, ci, err = r.ReadPacketData(); err == nil {
			err = w.WritePacket(ci, data)
		}
	}
	if !errors.Is(err, io.EOF) || w.Flush() != nil {
		t.Fatalf("converting the lab capture to pcapng: %v", err)
	}
	return b.Bytes()
}

// TestScanWifiBadCaptures: a file that is no capture or holds no complete
// frame is a usage error (exit 2) naming the file and the byte offset; a
// capture cut after its first frame is read up to the cut, with a warning.
func TestScanWifiBadCaptures(t *testing.T) {
	raw, err := os.ReadFile(labCapture(t, 0))
	if err != nil {
		t.Fatal(err)
	}
	noise := make([]byte, 2048)
	rng := rand.New(rand.NewPCG(7, 7))
	for i := range noise {
		noise[i] = byte(rng.UintN(256))
	}
	dir := t.TempDir()
	for _, tc := range []struct {
		name string
		data []byte
		code int
		want string // in stderr (exit 2) or in the 9.1 CHU-Soins summary
	}{
		{"empty.pcap", nil, 2, "empty file (0 bytes)"},
		{"random.pcap", noise, 2, "not a pcap or pcapng file (starts with"},
		{"header.pcap", raw[:12], 2, "header cut or corrupt within its first 12 bytes"},
		{"first.pcap", raw[:30], 2, "first frame cut or corrupt at byte 24"},
		{"later.pcap", raw[:len(raw)-30], 0, "warn"},
		{"lab.pcapng", labPcapng(t), 0, "pass"},
	} {
		p := filepath.Join(dir, tc.name)
		if err := os.WriteFile(p, tc.data, 0o644); err != nil {
			t.Fatal(err)
		}
		code, out, errOut := runCLI(t, "scan", "--wifi-capture", p, "--ssid", "CHU-Soins", "--refs", "9", "--format", "json", "--lang", "en")
		if code != tc.code {
			t.Errorf("%s: exit %d, want %d; %s", tc.name, code, tc.code, errOut)
			continue
		}
		if code == 2 {
			if !strings.Contains(errOut, p) || !strings.Contains(errOut, tc.want) {
				t.Errorf("%s: stderr %q, want the file and %q", tc.name, errOut, tc.want)
			}
			continue
		}
		if got := wifiVerdicts(t, out)["9.1 CHU-Soins"]; !strings.HasPrefix(got, tc.want) {
			t.Errorf("%s: 9.1 CHU-Soins %q, want %s", tc.name, got, tc.want)
		}
	}
}
