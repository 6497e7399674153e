package wifi

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"conformscan/demo/wifilab"
)

// realCaptures is where the aircrack-ng captures live: their SOURCE note
// asks that they are not copied into the project, so the test reads them
// in place, from the shared/ folder beside the clone (as CI lays it out),
// and skips when they are absent (CONFORMSCAN_WIFI_CAPTURES overrides the
// directory).
func realCapture(t *testing.T, name string) string {
	t.Helper()
	dir := os.Getenv("CONFORMSCAN_WIFI_CAPTURES")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "data", "wifi")
	}
	p := filepath.Join(dir, name)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("real capture %s not available: %v", name, err)
	}
	return p
}

func TestRealCaptures(t *testing.T) {
	cases := []struct {
		file, ssid, security string
		akms                 []string
	}{
		{"wpa2-psk-linksys.cap", "linksys", "rsn", []string{"PSK"}},
		{"wep.open.system.authentication.cap", "teddy", "wep", []string{}},
	}
	for _, c := range cases {
		bs, st, err := ReadCapture(context.Background(), realCapture(t, c.file))
		if err != nil {
			t.Fatalf("%s: %v", c.file, err)
		}
		var found *BSS
		for _, b := range bs {
			if b.SSID == c.ssid {
				found = b
			}
		}
		if found == nil {
			t.Fatalf("%s: %d frames, BSSs %+v", c.file, st.Frames, bs)
		}
		if found.Security != c.security || strings.Join(found.AKMs, ",") != strings.Join(c.akms, ",") {
			t.Fatalf("%s: %+v", c.file, found)
		}
	}
}

func labCapture(t *testing.T) []byte {
	t.Helper()
	raw, err := wifilab.Capture()
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

func TestLabCapture(t *testing.T) {
	bs, st, err := readCapture(context.Background(), bytes.NewReader(labCapture(t)), "lab.pcap")
	if err != nil {
		t.Fatal(err)
	}
	if st.Frames != 11 || len(bs) != 3 {
		t.Fatalf("%+v %d", st, len(bs))
	}
	soins := bs[2]
	if soins.SSID != "CHU-Soins" || soins.MFP != "required" || soins.GroupMgmt != "BIP-CMAC-128" ||
		strings.Join(soins.EAPMethods, ",") != "TLS" || len(soins.EAPIdentities) != 0 || soins.Channel != 36 {
		t.Fatalf("%+v", soins)
	}
	if bs[0].SSID != "CHU-Biomed" || bs[0].Security != "wpa1" || bs[0].Group != "WPA-TKIP" {
		t.Fatalf("%+v", bs[0])
	}
	if bs[0].Source != "lab.pcap#3" {
		t.Fatalf("source %q", bs[0].Source)
	}
}

func TestTruncatedCapture(t *testing.T) {
	raw := labCapture(t)
	cut := raw[:len(raw)-30]
	bs, st, err := readCapture(context.Background(), bytes.NewReader(cut), "cut.pcap")
	if err == nil || !strings.Contains(err.Error(), "at byte") || !strings.Contains(err.Error(), "after 10 frames") {
		t.Fatalf("err %v", err)
	}
	if st.Frames != 10 || len(bs) != 3 {
		t.Fatalf("%+v", st)
	}
	if _, _, err := readCapture(context.Background(), bytes.NewReader([]byte("hello world")), "x.txt"); err == nil {
		t.Fatal("a text file must not read as a capture")
	}
}
