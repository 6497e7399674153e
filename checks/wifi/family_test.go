package wifi

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"conformscan/checks"
	"conformscan/demo/wifilab"
	"conformscan/probes"
	"conformscan/probes/wifi"
)

type network struct {
	ssid     string
	privacy  bool
	elements [][]byte
}

func rsn(group byte, pairwise, akms []byte, caps uint16, gm byte) []byte {
	return wifilab.RSNElement(wifilab.RSN{Group: group, Pairwise: pairwise, AKMs: akms, Caps: caps, GroupMgmt: gm})
}

const pmf = wifilab.MFPC | wifilab.MFPR

// scenarios are the SSIDs of the Definition of Done, one BSS each unless
// listed twice.
func scenarios() []network {
	return []network{
		{"wpa2-ent", true, [][]byte{rsn(4, []byte{4}, []byte{1}, pmf, 6)}},
		{"wpa3-ent-192", true, [][]byte{rsn(9, []byte{9}, []byte{12}, pmf, 12)}},
		{"ft-8021x", true, [][]byte{rsn(4, []byte{4}, []byte{3, 1}, pmf, 6)}},
		{"open", false, nil},
		{"wep", true, nil},
		{"wpa1", true, [][]byte{wifilab.WPAElement(wifilab.RSN{Group: 4, Pairwise: []byte{4}, AKMs: []byte{1}})}},
		{"tkip-group", true, [][]byte{rsn(2, []byte{4}, []byte{1}, pmf, 0)}},
		{"wpa2-psk", true, [][]byte{rsn(4, []byte{4}, []byte{2}, wifilab.MFPC, 0)}},
		{"wpa3-sae", true, [][]byte{rsn(4, []byte{4}, []byte{8}, pmf, 6)}},
		{"mixed", true, [][]byte{rsn(4, []byte{4}, []byte{1, 2}, pmf, 6)}},
		{"one-ap-psk", true, [][]byte{rsn(4, []byte{4}, []byte{1}, pmf, 6)}},
		{"one-ap-psk", true, [][]byte{rsn(4, []byte{4}, []byte{2}, pmf, 6)}},
		{"owe", true, [][]byte{rsn(4, []byte{4}, []byte{18}, pmf, 6)}},
		{"no-pmf", true, [][]byte{rsn(4, []byte{4}, []byte{1}, 0, 0)}},
		{"\xff\xfe", true, [][]byte{rsn(4, []byte{4}, []byte{1}, pmf, 6)}},
		{"", true, [][]byte{rsn(4, []byte{4}, []byte{1}, pmf, 6)}},
		{"eap-md5", true, [][]byte{rsn(4, []byte{4}, []byte{1}, pmf, 6)}},
	}
}

func bssidOf(i int) string {
	return "02:00:00:00:00:" + string("0123456789abcdef"[i/16]) + string("0123456789abcdef"[i%16])
}

func writeCapture(t *testing.T, nets []network) string {
	t.Helper()
	var frames [][]byte
	for i, n := range nets {
		f, err := wifilab.Beacon{SSID: n.ssid, BSSID: bssidOf(i), Channel: 6, Privacy: n.privacy, Elements: n.elements}.Frame()
		if err != nil {
			t.Fatal(err)
		}
		frames = append(frames, f)
		if n.ssid == "eap-md5" {
			for _, e := range []struct {
				m  byte
				id string
			}{{0, "jdupont@chu.example"}, {4, ""}} {
				ef, err := wifilab.EAPFrame(bssidOf(i), "02:00:00:00:aa:01", e.m, e.id)
				if err != nil {
					t.Fatal(err)
				}
				frames = append(frames, ef)
			}
		}
	}
	p := filepath.Join(t.TempDir(), "scenarios.pcap")
	fh, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	if err := wifilab.WritePcap(fh, frames); err != nil {
		t.Fatal(err)
	}
	return p
}

func runFamily(t *testing.T, o *wifi.Options) []checks.Result {
	t.Helper()
	cat, err := checks.LoadCatalogue()
	if err != nil {
		t.Fatal(err)
	}
	refs, err := cat.Select("9")
	if err != nil {
		t.Fatal(err)
	}
	plan := checks.NewPlan(Family().Checks, []probes.Probe{wifi.New()}, refs, wifi.Sources(o), probes.Env{})
	return checks.Run(context.Background(), cat, plan).Results
}

func verdicts(rs []checks.Result) map[string]checks.Result {
	out := map[string]checks.Result{}
	for _, r := range rs {
		out[r.Ref+" "+r.Target] = r
	}
	return out
}

func TestScenarios(t *testing.T) {
	got := verdicts(runFamily(t, &wifi.Options{Captures: []string{writeCapture(t, scenarios())}}))
	want := map[string]checks.Status{
		"9.1 wpa2-ent": "pass", "9.2 wpa2-ent": "pass", "9.1 wpa3-ent-192": "pass", "9.2 wpa3-ent-192": "pass",
		"9.1 ft-8021x": "pass", "9.2 ft-8021x": "pass",
		"9.1 open": "fail", "9.1 wep": "fail", "9.1 wpa1": "fail", "9.1 tkip-group": "fail",
		"9.2 open": "fail", "9.2 wep": "fail",
		"9.1 wpa2-psk": "pass", "9.2 wpa2-psk": "fail", "9.2 wpa3-sae": "fail", "9.2 mixed": "fail", "9.2 one-ap-psk": "fail",
		"9.1 owe": "warn", "9.2 owe": "fail", "9.1 no-pmf": "warn", "9.2 no-pmf": "pass",
		"9.1 hex:fffe": "pass", "9.1 hidden:02:00:00:00:00:0f": "pass",
		"9.2 eap-md5": "fail", "9.1 eap-md5": "pass",
	}
	for k, st := range want {
		r, ok := got[k]
		if !ok {
			t.Errorf("%s: no result", k)
			continue
		}
		if r.Status != st {
			t.Errorf("%s: %s, want %s: %s", k, r.Status, st, r.Summary)
		}
	}
	if r := got["9.2 one-ap-psk"]; !strings.Contains(r.Summary, "02:00:00:00:00:0b") || strings.Contains(r.Summary, "00:00:00:00:0a") {
		t.Errorf("the PSK AP must be named, alone: %s", r.Summary)
	}
	if r := got["9.2 mixed"]; !strings.Contains(r.Summary, "02:00:00:00:00:09") || !strings.Contains(r.Summary, "PSK") {
		t.Errorf("%s", r.Summary)
	}
	md5 := got["9.2 eap-md5"]
	if !strings.Contains(md5.Summary, "MD5") || !strings.Contains(evidenceText(md5), "j***@chu.example") || strings.Contains(evidenceText(md5), "jdupont") {
		t.Errorf("%+v", md5)
	}
}

func evidenceText(r checks.Result) string {
	var b strings.Builder
	for _, e := range r.Evidence {
		b.WriteString(e.Observed + "\n")
	}
	return b.String()
}

func TestScopeAndMissingSSID(t *testing.T) {
	rs := runFamily(t, &wifi.Options{Captures: []string{writeCapture(t, scenarios())}, SSIDs: []string{"wpa2-ent", "absent"}})
	got := verdicts(rs)
	if len(rs) != 4 || got["9.1 wpa2-ent"].Status != "pass" || got["9.1 absent"].Status != "error" {
		t.Fatalf("%+v", rs)
	}
}

func TestTruncatedSourceNeverPasses(t *testing.T) {
	p := writeCapture(t, scenarios()[:2])
	raw, _ := os.ReadFile(p)
	if err := os.WriteFile(p, raw[:len(raw)-20], 0o644); err != nil {
		t.Fatal(err)
	}
	got := verdicts(runFamily(t, &wifi.Options{Captures: []string{p}}))
	r := got["9.1 wpa2-ent"]
	if r.Status != "warn" || !strings.Contains(r.Summary, "at byte") {
		t.Fatalf("%+v", r)
	}
}

func TestRulesAreComplete(t *testing.T) {
	for _, r := range Family().Rules {
		if r.RemediationFR == "" || r.RemediationEN == "" || !strings.Contains(r.Source, "wifi.md") {
			t.Errorf("rule %s lacks remediation or source", r.Key)
		}
	}
}
