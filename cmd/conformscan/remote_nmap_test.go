package main

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"conformscan/fixtures/remotelab"
)

// scanRef86 scans the lab's servers for ref 8.6 with extra flags and
// returns each server's 8.6 result by name.
func scanRef86(t *testing.T, l *remotelab.Lab, extra ...string) map[string]remoteResult {
	t.Helper()
	out := filepath.Join(t.TempDir(), "r.json")
	args := []string{"scan", "--refs", "8.6", "--output", out, "--format", "json", "--probe-timeout", "5s"}
	names := map[string]string{}
	for _, s := range l.Servers {
		args = append(args, "--target", s.Addr)
		names[s.Addr] = s.Name
	}
	code, _, stderr := runCLI(t, append(args, extra...)...)
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("exit %d, %s: %v", code, stderr, err)
	}
	var rep struct{ Results []remoteResult }
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	by := map[string]remoteResult{}
	for _, r := range rep.Results {
		if r.Ref == "8.6" {
			by[names[r.Target]] = r
		}
	}
	return by
}

// recordNmap runs Debian's nmap -sV on the lab's ports and returns the
// path of its XML report.
func recordNmap(t *testing.T, l *remotelab.Lab) string {
	t.Helper()
	if _, err := exec.LookPath("nmap"); err != nil {
		t.Fatalf("nmap not installed (apt-get install nmap; .ci/run installs it): %v", err)
	}
	var ports []string
	for _, s := range l.Servers {
		ports = append(ports, strconv.Itoa(s.Port))
	}
	xmlPath := filepath.Join(t.TempDir(), "nmap.xml")
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "nmap", "-sV", "-Pn", "-n", "-p", strings.Join(ports, ","), "-oX", xmlPath, "127.0.0.1")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("nmap: %v\n%s", err, out)
	}
	return xmlPath
}

// The same fakes (VNC without password, open X11, RDP selecting CredSSP)
// scanned live and with a recorded nmap -sV report give the same 8.6
// verdict per service. --nmap-xml adds nmap's service names to the
// evidence; it does not replace the live fingerprint, and cannot, because
// nmap -sV does not see what decides 8.6. Measured with nmap 7.93: it
// names the VNC fake "vnc" (protocol 3.8) but lists no RFB security type
// (None vs VNC authentication needs the vnc-info script, not run by -sV);
// it names the X11 fake "X11" from its X11Probe answer but records no
// verdict on access control; it names the RDP fake "unknown" (the
// Connection Confirm matches no ms-wbt-server signature), so an RDP
// service on an unusual port is known from conformscan's own X.224
// exchange only.
func TestScanNmapXMLSameVerdictsAsLive(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	l, err := remotelab.Start(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	live := scanRef86(t, l)
	xmlPath := recordNmap(t, l)
	withXML := scanRef86(t, l, "--nmap-xml", xmlPath)
	raw, _ := os.ReadFile(xmlPath)
	for _, s := range l.Servers {
		a, b := live[s.Name], withXML[s.Name]
		if a.Status == "" || a.Status != b.Status {
			t.Errorf("%s: live %q, with --nmap-xml %q\nlive: %+v\nnmap: %+v", s.Name, a.Status, b.Status, a, b)
		}
		if len(b.Evidence) == 0 || !strings.Contains(b.Evidence[0].Observed, "; nmap: ") {
			t.Errorf("%s: nmap's service missing from the evidence: %+v", s.Name, b)
			continue
		}
		t.Logf("%s: %s, %s", s.Name, b.Status, b.Evidence[0].Observed)
	}
	t.Logf("nmap report:\n%s", raw)
}
