package wifi

import (
	"os"
	"strings"
	"testing"
)

// The sample is hand-written (testdata/README.md).
func readSysprofSample(t testing.TB) []byte {
	t.Helper()
	raw, err := os.ReadFile("testdata/system_profiler_SPAirPortDataType.json")
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

func TestSystemProfiler(t *testing.T) {
	bss, err := ParseSystemProfiler(readSysprofSample(t), "sp.json", "en0")
	if err != nil || len(bss) != 6 {
		t.Fatalf("%v %d", err, len(bss))
	}
	want := []struct {
		ssid, bssid, security string
		channel               int
		malformed             string
	}{
		{"CHU-Soins", "en0#1", "rsn", 44, ""},
		{"CHU-Invites", "en0#2", "open", 6, ""},
		{"Biomed-Pompes", "en0#3", "wpa1+rsn", 11, "cipher not reported"},
		{"Radiologie", "en0#4", "rsn", 149, "TKIP not ruled out"},
		{"Parking", "en0#5", "wep", 1, ""},
		{"", "en0#6", "rsn", 36, "redacted"},
	}
	for i, w := range want {
		b := bss[i]
		m := strings.Join(b.Malformed, "; ")
		if b.SSID != w.ssid || b.BSSID != w.bssid || b.Security != w.security || b.Channel != w.channel ||
			(w.malformed == "") != (m == "") || !strings.Contains(m, w.malformed) {
			t.Errorf("network %d: %+v, want %+v", i, b, w)
		}
	}
	if bss[0].AKMs[0] != "802.1X-SHA256" || bss[0].Group != "CCMP-128" || bss[0].Source != "sp.json:en0[0]" {
		t.Errorf("current network: %+v", bss[0])
	}
	if bss[3].Group != "unknown" || bss[3].Pairwise[0] != "unknown" || bss[5].AKMs[1] != "SAE" || !bss[5].Hidden {
		t.Errorf("%+v %+v", bss[3], bss[5])
	}
}

// TestSystemProfilerRefusals: what cannot be judged is an error or a
// malformed network, never an open one.
func TestSystemProfilerRefusals(t *testing.T) {
	for _, c := range []struct{ name, raw, iface, want string }{
		{"not json", "Wi-Fi:\n  Software Versions:", "en0", "not the JSON"},
		{"no interface", `{"SPAirPortDataType":[{}]}`, "en0", "no Wi-Fi interface listed"},
		{"other interface", string(readSysprofSample(t)), "en1", `listed: "en0", "awdl0"`},
		{"no network", string(readSysprofSample(t)), "awdl0", "lists no network"},
		{"all redacted", `{"SPAirPortDataType":[{"spairport_airport_interfaces":[{"_name":"en0",
			"spairport_airport_other_local_wireless_networks":[{"_name":"<redacted>","spairport_security_mode":"spairport_security_mode_none"}]}]}]}`,
			"en0", "Location Services"},
	} {
		if _, err := ParseSystemProfiler([]byte(c.raw), "sp.json", c.iface); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %q", c.name, err, c.want)
		}
	}
	raw := `{"SPAirPortDataType":[{"spairport_airport_interfaces":[{"_name":"en0",
		"spairport_airport_other_local_wireless_networks":[{"_name":"A"},
		{"_name":"B","spairport_security_mode":"spairport_security_mode_wpa4_quantum"},
		{"spairport_security_mode":"spairport_security_mode_wpa3_personal","spairport_network_channel":6}]}]}]}`
	bss, err := ParseSystemProfiler([]byte(raw), "sp.json", "en0")
	if err != nil || len(bss) != 3 {
		t.Fatalf("%v %d", err, len(bss))
	}
	for i, want := range []string{"no security mode", "not understood", "without a name"} {
		if m := strings.Join(bss[i].Malformed, ";"); !strings.Contains(m, want) {
			t.Errorf("network %d: malformed %q, want %q", i, m, want)
		}
	}
	if bss[2].Channel != 6 || bss[2].AKMs[0] != "SAE" {
		t.Errorf("%+v", bss[2])
	}
}

func FuzzParseSystemProfiler(f *testing.F) {
	f.Add(readSysprofSample(f))
	f.Add([]byte(`{"SPAirPortDataType":[{"spairport_airport_interfaces":[{"_name":"en0","spairport_current_network_information":{"_name":"x","spairport_network_channel":"x"}}]}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		bss, err := ParseSystemProfiler(b, "fuzz", "en0")
		if len(bss) > MaxBSS {
			t.Fatalf("%d networks kept", len(bss))
		}
		for _, x := range bss {
			if x.Security == "open" && len(x.Malformed) == 0 && x.Privacy {
				t.Fatalf("open with privacy: %+v", x)
			}
		}
		_ = err
	})
}

// TestSystemProfilerFlood: past MaxBSS networks the rest is dropped with
// an error saying how many.
func TestSystemProfilerFlood(t *testing.T) {
	nets := strings.Repeat(`{"_name":"n","spairport_security_mode":"spairport_security_mode_wpa3_personal"},`, MaxBSS+4)
	raw := `{"SPAirPortDataType":[{"spairport_airport_interfaces":[{"_name":"en0","spairport_airport_other_local_wireless_networks":[` +
		strings.TrimSuffix(nets, ",") + `]}]}]}`
	bss, err := ParseSystemProfiler([]byte(raw), "sp.json", "en0")
	if len(bss) != MaxBSS || err == nil || !strings.Contains(err.Error(), "4 further networks ignored") {
		t.Fatalf("%d %v", len(bss), err)
	}
}
