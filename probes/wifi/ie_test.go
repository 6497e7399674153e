package wifi

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"conformscan/demo/wifilab"
)

func TestEveryAKMAndCipherThroughAFrame(t *testing.T) {
	for akm := uint8(1); akm <= 26; akm++ {
		for _, cipher := range []uint8{1, 2, 4, 5, 8, 9, 10} {
			r := wifilab.RSN{Group: cipher, Pairwise: []byte{cipher}, AKMs: []byte{akm}, Caps: wifilab.MFPC, PMKIDs: 1, GroupMgmt: 12}
			bs := beaconBSS(t, wifilab.Beacon{SSID: "x", BSSID: "02:00:00:00:00:01", Channel: 1, Privacy: true,
				Elements: [][]byte{wifilab.RSNElement(r)}})
			b := bs.RSN
			if b == nil || len(bs.Malformed) > 0 || b.AKMs[0] != IEEE(akm) || b.Group != IEEE(cipher) || b.PMKIDs != 1 ||
				b.GroupMgmt == nil || *b.GroupMgmt != IEEE(12) || bs.MFP != "capable" {
				t.Fatalf("akm %d cipher %d: %+v %+v", akm, cipher, bs, b)
			}
			if IEEE(akm).AKMClass() == "" || strings.Contains(IEEE(akm).AKMName(), "00-0F-AC") {
				t.Fatalf("akm %d has no name", akm)
			}
			if IEEE(cipher).CipherClass() == CipherOther {
				t.Fatalf("cipher %d has no class", cipher)
			}
		}
	}
}

func beaconBSS(t *testing.T, bc wifilab.Beacon) *BSS {
	t.Helper()
	f, err := bc.Frame()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := wifilab.WritePcap(&buf, [][]byte{f}); err != nil {
		t.Fatal(err)
	}
	bs, _, err := readCapture(context.Background(), &buf, "t.pcap")
	if err != nil || len(bs) != 1 {
		t.Fatalf("%v %d", err, len(bs))
	}
	return bs[0]
}

func TestClasses(t *testing.T) {
	ent := []uint8{1, 3, 5, 11, 12, 13, 22, 23}
	for _, a := range ent {
		if IEEE(a).AKMClass() != ClassEnterprise {
			t.Errorf("AKM %d should be enterprise", a)
		}
	}
	for _, a := range []uint8{2, 4, 6, 8, 9, 19, 20, 24, 25} {
		if IEEE(a).AKMClass() != ClassPersonal {
			t.Errorf("AKM %d should be personal", a)
		}
	}
	if IEEE(18).AKMClass() != ClassOWE || MS(2).AKMClass() != ClassPersonal || MS(1).AKMClass() != ClassEnterprise {
		t.Error("OWE / WPA1 classes")
	}
	if MS(2).CipherClass() != CipherTKIP || IEEE(6).CipherClass() != CipherBIP || MS(9).CipherClass() != CipherOther {
		t.Error("cipher classes")
	}
}

func TestRSNOptionalTails(t *testing.T) {
	full := wifilab.RSN{Group: 4, Pairwise: []byte{4, 2}, AKMs: []byte{1, 2}, Caps: wifilab.MFPR | wifilab.MFPC, PMKIDs: 2, GroupMgmt: 6}.Body(wifilab.OUIIEEE)
	cases := []struct {
		name     string
		body     []byte
		wantErr  bool
		pairwise int
		mfp      string
	}{
		{"full", full, false, 2, "required"},
		{"version+group only", full[:6], false, 1, "none"},
		{"version only", full[:2], false, 1, "none"},
		{"cut in group", full[:4], true, 1, "none"},
		{"count says 2, one suite", full[:12], true, 0, "none"},
		{"caps cut", full[:len(full)-4-32-2-1], true, 2, "none"},
		{"pmkid list cut", full[:len(full)-10], true, 2, "required"},
		{"group mgmt cut", full[:len(full)-2], true, 2, "required"},
		{"no tail after caps", full[:len(full)-4-32-2], false, 2, "required"},
	}
	for _, c := range cases {
		r, err := ParseRSN(c.body)
		if (err != nil) != c.wantErr || len(r.Pairwise) != c.pairwise || r.MFP() != c.mfp {
			t.Errorf("%s: err=%v %+v", c.name, err, r)
		}
	}
	if _, err := ParseRSN([]byte{2, 0}); err == nil {
		t.Error("version 2 must be an error")
	}
}

func TestMalformedElements(t *testing.T) {
	e := ParseElements([]byte{0, 3, 'a', 'b', 'c', 48, 40, 1, 0})
	if string(e.SSID) != "abc" || len(e.Errors) != 1 || !strings.Contains(e.Errors[0], "announces 40 bytes") {
		t.Fatalf("%+v", e)
	}
	e = ParseElements(append(wifilab.Element(48, []byte{1, 0, 0, 0xf}), 7))
	if e.RSN == nil || len(e.Errors) != 2 {
		t.Fatalf("%+v", e)
	}
	owe := wifilab.Element(221, []byte{0x50, 0x6f, 0x9a, 0x1c, 2, 0, 0, 0, 0, 9, 1, 'o'})
	e = ParseElements(append(owe, wifilab.Element(244, []byte{0x20})...))
	if !e.OWETransition || e.OWEPeer != "02:00:00:00:00:09" || len(e.RSNX) != 1 {
		t.Fatalf("%+v", e)
	}
}

func TestSSIDKey(t *testing.T) {
	for in, want := range map[string]string{"CHU": "CHU", "": "hidden:aa", "\x00\x00": "hidden:aa", "\xff\x01": "hex:ff01", "a\nb": "hex:610a62"} {
		if got := SSIDKey([]byte(in), "aa"); got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
}

func FuzzParseElements(f *testing.F) {
	f.Add(wifilab.RSNElement(wifilab.RSN{Group: 4, Pairwise: []byte{4}, AKMs: []byte{1}, PMKIDs: 1, GroupMgmt: 6}))
	f.Add(wifilab.WPAElement(wifilab.RSN{Group: 2, Pairwise: []byte{2}, AKMs: []byte{2}}))
	f.Add([]byte{48, 2, 1, 0, 221, 4, 0x50, 0x6f, 0x9a, 0x1c})
	f.Fuzz(func(t *testing.T, b []byte) {
		e := ParseElements(b)
		bss := &BSS{BSSID: "x"}
		bss.fromElements(e, 0x10)
		bss.finish()
		_, _ = ParseRSN(b)
		_, _ = ParseWPA(b)
	})
}

func FuzzCapture(f *testing.F) {
	raw, err := wifilab.Capture()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(raw)
	f.Add(raw[:100])
	f.Fuzz(func(t *testing.T, b []byte) {
		_, _, _ = readCapture(context.Background(), bytes.NewReader(b), "fuzz")
	})
}

func TestLiveScanWithoutWifi(t *testing.T) {
	_, _, err := ScanIface(context.Background(), "wlan-none0")
	if err == nil {
		t.Skip("this machine has a wireless interface named wlan-none0")
	}
	msg := err.Error()
	if !strings.Contains(msg, "wlan-none0") || !(strings.Contains(msg, "--wifi-capture") || strings.Contains(msg, "--wifi-netsh")) {
		t.Fatalf("unclear message: %v", err)
	}
	t.Log(msg)
}
