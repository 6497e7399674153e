package main

import (
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"conformscan/fixtures/loopback"
)

// TestNmapOSMatchJudgedUnder219: an nmap -O guess imported with --nmap-xml
// is an OS source (nmap-os) that ref 2.19 judges at the reference date.
func TestNmapOSMatchJudgedUnder219(t *testing.T) {
	hold := make(chan struct{})
	port := loopback.Serve(t, func(c net.Conn) { <-hold })
	t.Cleanup(func() { close(hold) })
	xmlFile := filepath.Join(t.TempDir(), "scan.xml")
	doc := fmt.Sprintf(`<?xml version="1.0"?><nmaprun><host><address addr="127.0.0.1" addrtype="ipv4"/>
<ports><port protocol="tcp" portid="%d"><state state="open"/><service name="ms-wbt-server"/></port></ports>
<os><osmatch name="Microsoft Windows Server 2012 R2" accuracy="96"><osclass type="general purpose" vendor="Microsoft" osfamily="Windows" osgen="2012" accuracy="96"/></osmatch></os>
</host></nmaprun>`, port)
	if err := os.WriteFile(xmlFile, []byte(doc), 0o600); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "r.json")
	code, _, stderr := runCLI(t, "scan", "--target", fmt.Sprintf("127.0.0.1:%d", port), "--nmap-xml", xmlFile,
		"--refs", "2.19", "--reference-date", "2027-01-01", "--probe-timeout", "3s", "--lang", "en", "--format", "json", "--output", out)
	var found bool
	for _, r := range readResults(t, out, code, stderr) {
		if r.Ref == "2.19" {
			t.Logf("2.19 %s: %s", r.Status, r.Summary)
			found = found || (r.Status == "fail" && strings.Contains(r.Summary, "2012"))
		}
	}
	if !found {
		t.Fatalf("Windows Server 2012 R2 from nmap -O is not failed on 2027-01-01 (exit %d): %s", code, stderr)
	}
}
