package osdetect

import (
	"os"
	"testing"

	"conformscan/probes/winhost"
)

func TestWindowsOSRecorded(t *testing.T) {
	for name, want := range map[string][2]string{
		"ws2012r2": {"windows-server", "2012-r2"}, "ws2016": {"windows-server", "2016"}, "ws2019": {"windows-server", "2019"},
		"ws2022": {"windows-server", "2022"}, "win10": {"windows", "10-21h2-e-lts"}, "win11": {"windows", "11-23h2-e"},
	} {
		b, err := os.ReadFile("../winhost/testdata/" + name + ".json")
		if err != nil {
			t.Fatal(err)
		}
		s, err := winhost.Decode(b)
		if err != nil {
			t.Fatal(err)
		}
		f, err := WindowsFacts(s)
		if err != nil {
			t.Fatal(err)
		}
		o := f.Best()
		if o.Product != want[0] || o.Release != want[1] || o.Confidence != Exact || o.Source != SourceSnapshot {
			t.Errorf("%s: %+v, want %v", name, o, want)
		}
	}
}

func TestWindowsOSEditions(t *testing.T) {
	for _, c := range []struct {
		edition, install string
		build            int
		want             string
	}{
		{"Professional", "Client", 22631, "11-23h2-w"},
		{"Core", "Client", 26100, "11-24h2-w"},
		{"IoTEnterpriseS", "Client", 26100, "11-24h2-iot-lts"},
		{"EnterpriseS", "Client", 26100, "11-24h2-e-lts"},
		{"IoTEnterpriseS", "Client", 17763, "10-1809-e-lts"},
		{"EnterpriseS", "Client", 14393, "10-1607-e-lts"},
		{"Professional", "Client", 19045, "10-22h2"},
		{"Education", "Client", 19044, "10-21h2-e"},
		{"ProfessionalEducation", "Client", 19044, "10-21h2-w"},
		{"ServerDatacenter", "Server", 26100, "2025"},
		{"ServerStandard", "Server", 99999, ""},
		{"Professional", "Client", 99999, ""},
	} {
		o := WindowsOS(winhost.OS{EditionID: c.edition, InstallationType: c.install, Build: c.build})
		if o.Release != c.want {
			t.Errorf("%s %d: %q, want %q", c.edition, c.build, o.Release, c.want)
		}
	}
}

// A snapshot whose OS was not read is an error, never an unknown OS.
func TestWindowsFactsUnread(t *testing.T) {
	s := &winhost.Snapshot{Host: "h", Problems: []winhost.Problem{{Source: "os", Error: "access denied"}}}
	if _, err := WindowsFacts(s); err == nil {
		t.Fatal("accepted")
	}
	if _, err := WindowsFacts(&winhost.Snapshot{Host: "h"}); err == nil {
		t.Fatal("no build accepted")
	}
}

func FuzzWindowsOS(f *testing.F) {
	f.Add("Windows Server 2019 Standard", "ServerStandard", "Server", "", 17763)
	f.Add("Windows 10 Enterprise", "IoTEnterpriseS", "Client", "24H2", 26100)
	f.Fuzz(func(t *testing.T, product, edition, install, display string, build int) {
		o := WindowsOS(winhost.OS{ProductName: product, EditionID: edition, InstallationType: install, DisplayVersion: display, Build: build})
		if o.Product == "" || o.Confidence != Exact {
			t.Fatalf("%+v", o)
		}
	})
}
