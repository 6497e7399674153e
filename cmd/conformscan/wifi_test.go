package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"conformscan/demo/wifilab"
)

// labCapture writes the demo lab's Wi-Fi capture (cut by cut bytes).
func labCapture(t *testing.T, cut int) string {
	t.Helper()
	raw, err := wifilab.Capture()
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "lab.pcap")
	if err := os.WriteFile(p, raw[:len(raw)-cut], 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func wifiVerdicts(t *testing.T, out string) map[string]string {
	t.Helper()
	var rep struct {
		Results []struct{ Ref, Target, Status, Summary string }
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	got := map[string]string{}
	for _, r := range rep.Results {
		got[r.Ref+" "+r.Target] = r.Status + ": " + r.Summary
	}
	return got
}

func TestScanWifiCapture(t *testing.T) {
	code, out, errOut := runCLI(t, "scan", "--wifi-capture", labCapture(t, 0), "--refs", "9", "--format", "json", "--lang", "en")
	if code != 1 {
		t.Fatalf("exit %d, want 1 (no-go); %s", code, errOut)
	}
	got := wifiVerdicts(t, out)
	for k, want := range map[string]string{"9.1 CHU-Soins": "pass", "9.2 CHU-Soins": "pass", "9.1 CHU-Biomed": "fail",
		"9.2 CHU-Invites": "fail", "9.1 CHU-Invites": "pass"} {
		if !strings.HasPrefix(got[k], want) {
			t.Errorf("%s: %q, want %s", k, got[k], want)
		}
	}
	if !strings.Contains(got["9.2 CHU-Invites"], "02:00:00:00:02:01") {
		t.Errorf("the PSK BSS must be named: %s", got["9.2 CHU-Invites"])
	}
	code, _, errOut = runCLI(t, "scan", "--wifi-capture", labCapture(t, 0), "--ssid", "CHU-Soins", "--refs", "9.1,9.2", "--format", "json")
	if code != 0 {
		t.Fatalf("conformant SSID only: exit %d; %s", code, errOut)
	}
}

func TestScanWifiTruncatedCapture(t *testing.T) {
	code, out, errOut := runCLI(t, "scan", "--wifi-capture", labCapture(t, 30), "--ssid", "CHU-Soins", "--refs", "9", "--format", "json", "--lang", "en")
	got := wifiVerdicts(t, out)
	if code != 0 || !strings.HasPrefix(got["9.1 CHU-Soins"], "warn") || !strings.Contains(got["9.1 CHU-Soins"], "at byte") {
		t.Fatalf("exit %d %v %s", code, got, errOut)
	}
	// A capture cut in its first frame is a usage error: TestScanWifiBadCaptures.
}

func TestScanWifiUsageErrors(t *testing.T) {
	notCap := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(notCap, []byte("hello world"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--wifi-capture", notCap}, "notes.txt: not a pcap or pcapng file"},
		{[]string{"--wifi-capture", "/nonexistent.pcap"}, "/nonexistent.pcap"},
		{[]string{"--wifi-netsh", "/nonexistent.txt"}, "--wifi-netsh /nonexistent.txt: no such file"},
		{[]string{"--target", "127.0.0.1", "--ssid", "CHU"}, "--ssid needs a Wi-Fi source"},
	} {
		code, _, errOut := runCLI(t, append([]string{"scan", "--refs", "9"}, tc.args...)...)
		if code != 2 || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", tc.args, code, errOut, tc.want)
		}
	}
}

func TestScanWifiIfaceMissing(t *testing.T) {
	code, out, _ := runCLI(t, "scan", "--wifi-iface", "wlan-none0", "--refs", "9", "--format", "json", "--lang", "en")
	if code != 3 || !strings.Contains(out, "wlan-none0") {
		t.Fatalf("exit %d\n%s", code, out)
	}
}
