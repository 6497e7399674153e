package remote

import (
	"bufio"
	"bytes"
	"net/http"
	"strings"
	"testing"
)

func FuzzParseRFB(f *testing.F) {
	f.Add([]byte("RFB 003.008\n\x02\x01\x02"), false)
	f.Add([]byte("\x00\x00\x00\x00\x00\x00\x00\x03abc"), true)
	f.Add([]byte("\x00\xff\xff\xff\xff"), false)
	f.Fuzz(func(t *testing.T, b []byte, v33 bool) {
		_, _, _ = ParseRFBVersion(b)
		types, _, err := ParseRFBSecurity(b, v33)
		if err == nil && len(types) > 255 {
			t.Fatal("too many types")
		}
	})
}

func FuzzParseX224(f *testing.F) {
	f.Add([]byte{3, 0, 0, 19, 14, 0xd0, 0, 0, 0x12, 0x34, 0, 2, 0, 8, 0, 2, 0, 0, 0})
	f.Add([]byte{3, 0, 0, 11, 6, 0xd0, 0, 0, 0, 0, 0})
	f.Add([]byte{3, 0, 0, 11, 200, 0xd0, 0, 0, 0, 0, 0})
	f.Fuzz(func(t *testing.T, b []byte) { _, _ = ParseX224Confirm(b) })
}

func FuzzParseX11(f *testing.F) {
	f.Add([]byte{0, 5, 11, 0, 0, 0, 2, 0, 'N', 'o', ' ', 'p', 'r', 0, 0, 0})
	f.Add(append([]byte{1, 0, 11, 0, 0, 0, 9, 0}, make([]byte, 36)...))
	f.Fuzz(func(t *testing.T, b []byte) { _, _ = ParseX11Setup(b) })
}

func FuzzLocalParsers(f *testing.F) {
	f.Add([]byte(procNetTCP))
	f.Fuzz(func(t *testing.T, b []byte) { _ = ParseProcNetTCP(b) })
}

func FuzzParseNmapXML(f *testing.F) {
	f.Add([]byte(`<nmaprun><host><address addr="1.2.3.4"/><ports><port protocol="tcp" portid="22"><state state="open"/><service name="ssh"/></port></ports></host></nmaprun>`))
	f.Add([]byte(`<!DOCTYPE x [<!ENTITY a "b">]><nmaprun>&a;</nmaprun>`))
	f.Fuzz(func(t *testing.T, b []byte) { _, _ = ParseNmapXML(b) })
}

func FuzzParseNTLMChallengeInfo(f *testing.F) {
	f.Add(append([]byte{0x30, 0x10}, []byte("NTLMSSP\x00\x02\x00\x00\x00")...))
	f.Add([]byte("NTLMSSP\x00\x02\x00\x00\x00\x00\x00\x00\x00\x38\x00\x00\x00\x15\x82\x89\xe2\x01\x02\x03\x04\x05\x06\x07\x08\x00\x00\x00\x00\x00\x00\x00\x00\x08\x00\x08\x00\x38\x00\x00\x00\x0a\x00\x63\x45\x00\x00\x00\x0f\x01\x00\x02\x00A\x00\x00\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, b []byte) { _, _ = ParseNTLMChallengeInfo(b) })
}

// FuzzNmapHostsToFacts: any report that parses gives hosts with a name and
// ports in range, and recorded facts that never claim an authentication
// the report does not show nor an encryption VNC, X11 or Telnet lack.
func FuzzNmapHostsToFacts(f *testing.F) {
	f.Add([]byte(`<nmaprun scanner="nmap"><host><address addr="1.2.3.4" addrtype="ipv4"/><ports><port protocol="tcp" portid="5900"><state state="open"/><service name="vnc" method="probed"/><script id="vnc-info" output="Security types:&#xa;  VNC Authentication (2)&#xa;  None (1)"/></port></ports></host><runstats><finished exit="success"/></runstats></nmaprun>`))
	f.Add([]byte(`<nmaprun><host><address addr="::1" addrtype="ipv6"/><ports><port protocol="tcp" portid="70000"><state state="open"/><service name="x11" method="table"/></port></ports></host></nmaprun>`))
	f.Add([]byte(`<nmaprun scanner="nmap"></nmaprun><x/>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		hosts, err := ParseNmapHosts(b)
		if err != nil {
			return
		}
		for _, h := range hosts {
			if len(h.Names) == 0 {
				t.Fatal("host without a name")
			}
			for _, p := range h.Ports {
				if p.Port < 1 || p.Port > 65535 {
					t.Fatalf("port %d", p.Port)
				}
				fa := RecordedFacts(&p.Service, "r.xml")
				if (fa.Tool == "vnc" || fa.Tool == "x11" || fa.Tool == "telnet") && !fa.Cleartext {
					t.Fatalf("%s taken as encrypted: %+v", fa.Tool, fa)
				}
				if fa.Tool != "vnc" && fa.Auth != AuthUnknown {
					t.Fatalf("authentication claimed from a report: %+v", fa)
				}
				if !fa.Identified && fa.Tool != "" && fa.Error == "" {
					t.Fatalf("unidentified tool without error: %+v", fa)
				}
			}
		}
	})
}

// FuzzVNCInfoAuth: vnc-info's output never gives a password when None (1)
// is listed.
func FuzzVNCInfoAuth(f *testing.F) {
	f.Add("\n  Protocol version: 3.8\n  Security types: \n    None (1)")
	f.Add("Security types:\n  VNC Authentication (2)\n  Tight (16)")
	f.Fuzz(func(t *testing.T, out string) {
		got := vncInfoAuth([]NmapScript{{ID: "vnc-info", Output: out}})
		if got == AuthPassword && strings.Contains(out, "(1)") && strings.Contains(out, "Security types:") {
			i := strings.Index(out, "Security types:")
			for _, line := range strings.Split(out[i:], "\n") {
				if strings.HasSuffix(strings.TrimSpace(line), "(1)") {
					t.Fatalf("None listed but password: %q", out)
				}
			}
		}
	})
}

// FuzzJudgeWinRM: any HTTP answer on WinRM's port over plain HTTP is in
// clear, and one not recognised as WinRM claims no authentication.
func FuzzJudgeWinRM(f *testing.F) {
	f.Add([]byte("HTTP/1.1 401 \r\nServer: Microsoft-HTTPAPI/2.0\r\nWWW-Authenticate: Negotiate\r\nContent-Length: 0\r\n\r\n"))
	f.Add([]byte("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"))
	f.Fuzz(func(t *testing.T, b []byte) {
		resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(b)), nil)
		if err != nil {
			return
		}
		fa := &Facts{}
		err = judgeWinRM(resp, nil, fa)
		if !fa.Cleartext {
			t.Fatalf("WinRM over HTTP taken as encrypted: %+v", fa)
		}
		if (err != nil) != !fa.Identified || (!fa.Identified && fa.Auth != AuthUnknown) {
			t.Fatalf("err %v, %+v", err, fa)
		}
	})
}
