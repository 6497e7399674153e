package main

import (
	"context"
	"encoding/json"
	"net"
	"net/netip"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"conformscan/demo/remotelab"
	"conformscan/reports/reportstest"
)

// startLab starts the remote fakes for the test's duration.
func startLab(tb testing.TB) *remotelab.Lab {
	tb.Helper()
	l, err := remotelab.Start(tb.Context())
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(l.Close)
	return l
}

// scanLab scans the lab's servers for refs with extra flags and returns
// the exit code, each server's 8.6 result by name, and every result.
func scanLab(t *testing.T, l *remotelab.Lab, refs string, extra ...string) (int, map[string]remoteResult, []remoteResult) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "r.json")
	args := []string{"scan", "--refs", refs, "--output", out, "--format", "json", "--probe-timeout", "5s"}
	names := map[string]string{}
	for _, s := range l.Servers {
		args = append(args, "--target", s.Addr)
		names[s.Addr] = s.Name
	}
	code, _, stderr := runCLI(t, append(args, extra...)...)
	all := readResults(t, out, code, stderr)
	by := map[string]remoteResult{}
	for _, r := range all {
		if r.Ref == "8.6" {
			by[names[r.Target]] = r
		}
	}
	return code, by, all
}

// readResults reads the results of the JSON report a scan wrote.
func readResults(t *testing.T, path string, code int, stderr string) []remoteResult {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("exit %d, %s: %v", code, stderr, err)
	}
	var rep struct{ Results []remoteResult }
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	return rep.Results
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
	l := startLab(t)
	_, live, _ := scanLab(t, l, "8.6")
	xmlPath := recordNmap(t, l)
	_, withXML, _ := scanLab(t, l, "8.6", "--nmap-xml", xmlPath)
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

// BenchmarkScanRemoteLab times a whole 8.6 scan of the three fakes.
func BenchmarkScanRemoteLab(b *testing.B) {
	l := startLab(b)
	args := []string{"scan", "--refs", "8.6", "--format", "json", "--output", filepath.Join(b.TempDir(), "r.json")}
	for _, s := range l.Servers {
		args = append(args, "--target", s.Addr)
	}
	for b.Loop() {
		if code := benchCLI(args...); code != 1 {
			b.Fatalf("exit %d, want 1", code)
		}
	}
}

// benchCLI runs the CLI with its output discarded.
func benchCLI(args ...string) int {
	var out, errb strings.Builder
	return run(context.Background(), args, &out, &errb)
}

// BenchmarkScanRemoteHosts scans N loopback hosts (127.0.0.1 onwards, the
// whole 127/8 is loopback on Linux), each with a VNC fake without password
// on the same port, for 8.6. Besides the totals per scan it reports the
// allocations and bytes each host adds beyond a one-host scan: they should
// stay flat as N grows.
func BenchmarkScanRemoteHosts(b *testing.B) {
	for _, n := range []int{16, 128, 512} {
		b.Run("hosts="+strconv.Itoa(n), func(b *testing.B) { benchHosts(b, n) })
	}
}

func benchHosts(b *testing.B, n int) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	port, targets := vncHosts(ctx, b, n)
	scan := func(hosts []string) []string {
		file := filepath.Join(b.TempDir(), "targets.txt")
		if err := os.WriteFile(file, []byte(strings.Join(hosts, "\n")+"\n"), 0o600); err != nil {
			b.Fatal(err)
		}
		return []string{"scan", "--targets-file", file, "--ports", strconv.Itoa(port), "--refs", "8.6",
			"--format", "json", "--output", filepath.Join(b.TempDir(), "r.json")}
	}
	one, all := scan(targets[:1]), scan(targets)
	base := allocsOf(b, 1, func() { benchCLI(one...) })
	per := allocsOf(b, 0, func() {
		if code := benchCLI(all...); code != 1 {
			b.Fatalf("exit %d, want 1", code)
		}
	})
	extra := float64(n - 1)
	b.ReportMetric((per.Mallocs-base.Mallocs)/extra, "allocs/host")
	b.ReportMetric((per.TotalAlloc-base.TotalAlloc)/extra, "B/host")
}

// allocCount is the mean allocations and bytes of one call.
type allocCount struct{ Mallocs, TotalAlloc float64 }

// allocsOf runs f times times (0: under b.Loop, timed) and returns the
// mean allocations of one run.
func allocsOf(b *testing.B, times int, f func()) allocCount {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	runs := times
	if times == 0 {
		for b.Loop() {
			f()
		}
		runs = b.N
	} else {
		for range times {
			f()
		}
	}
	runtime.ReadMemStats(&after)
	return allocCount{float64(after.Mallocs-before.Mallocs) / float64(runs), float64(after.TotalAlloc-before.TotalAlloc) / float64(runs)}
}

// vncHosts listens on the same port of n loopback addresses from 127.0.0.1 with a VNC
// fake without password, until ctx ends; it returns the port and hosts.
func vncHosts(ctx context.Context, b *testing.B, n int) (int, []string) {
	var lc net.ListenConfig
	first, err := lc.Listen(ctx, "tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	port := first.Addr().(*net.TCPAddr).Port
	ls := []net.Listener{first}
	for k := 2; k <= n; k++ {
		ip := netip.AddrFrom4([4]byte{127, 0, byte(k >> 8), byte(k)})
		l, err := lc.Listen(ctx, "tcp", netip.AddrPortFrom(ip, uint16(port)).String())
		if err != nil {
			b.Fatalf("127.0.0.%d:%d: %v", k, port, err)
		}
		ls = append(ls, l)
	}
	h := remotelab.VNC("RFB 003.008\n", []byte{1})
	hosts := make([]string, 0, n)
	for _, l := range ls {
		hosts = append(hosts, l.Addr().(*net.TCPAddr).IP.String())
		go serveFake(l, h)
		b.Cleanup(func() { _ = l.Close() })
	}
	return port, hosts
}

// serveFake serves h on l until l is closed, each connection under a
// deadline.
func serveFake(l net.Listener, h remotelab.Handler) {
	for {
		c, err := l.Accept()
		if err != nil {
			return
		}
		go func() {
			defer c.Close()
			_ = c.SetDeadline(time.Now().Add(5 * time.Second))
			h(c)
		}()
	}
}

// --windows-inventory reads a Windows machine's exports as the local
// inventory: every remote-control tool found there fails 8.6 without an
// authorisation, named after the folder.
func TestScanWindowsInventory(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "PC-ACCUEIL-01")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"uninstall.reg", "services.csv", "tasklist.csv", "sc_query.txt"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "probes", "remote", "wininv", "testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(t.TempDir(), "r.json")
	// --windows-inventory names the local machine by itself: no --local.
	code, _, stderr := runCLI(t, "scan", "--windows-inventory", dir, "--refs", "8.6", "--lang", "en", "--format", "json", "--output", out)
	if code != 1 {
		t.Fatalf("exit %d, %s", code, stderr)
	}
	var got []string
	for _, r := range readResults(t, out, code, stderr) {
		if r.Ref == "8.6" && r.Status == "fail" && strings.Contains(r.Summary, "(PC-ACCUEIL-01)") {
			got = append(got, strings.Fields(r.Summary)[0])
		}
	}
	if strings.Join(got, ",") != "AnyDesk,RustDesk,TeamViewer" {
		t.Errorf("8.6 failures %q", got)
	}
	if code, _, stderr := runCLI(t, "scan", "--local", "--windows-inventory", t.TempDir()); code != 2 || !strings.Contains(stderr, "no Windows export") {
		t.Errorf("empty folder: exit %d, %s", code, stderr)
	}
}

// nmapReport is an nmap -sV -oX report of host with VNC (vnc-info: None),
// RDP and X11 open, written to a file.
func nmapReport(t *testing.T, host string) string {
	t.Helper()
	doc := `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nmaprun>
<nmaprun scanner="nmap" args="nmap -sV -oX r.xml ` + host + `" start="1764400000" version="7.93" xmloutputversion="1.05">
<host><status state="up"/><address addr="` + host + `" addrtype="ipv4"/><ports>
<port protocol="tcp" portid="5900"><state state="open"/><service name="vnc" product="VNC" extrainfo="protocol 3.8" method="probed" conf="10"/><script id="vnc-info" output="&#xa;  Protocol version: 3.8&#xa;  Security types: &#xa;    None (1)"/></port>
<port protocol="tcp" portid="3389"><state state="open"/><service name="ms-wbt-server" product="Microsoft Terminal Services" method="probed" conf="10"/></port>
<port protocol="tcp" portid="6000"><state state="open"/><service name="X11" extrainfo="access denied" method="probed" conf="10"/></port>
</ports></host>
<runstats><finished time="1764400030" exit="success"/><hosts up="1" down="0" total="1"/></runstats>
</nmaprun>
`
	p := filepath.Join(t.TempDir(), "report.xml")
	if err := os.WriteFile(p, []byte(doc), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// authoriseAll writes an authorisations file covering VNC, RDP and X11 on
// every host.
func authoriseAll(t *testing.T) string {
	t.Helper()
	doc := "version: 1\nauthorisations:\n"
	for _, tool := range []string{"vnc", "rdp", "x11"} {
		doc += "  - tool: " + tool + "\n    hosts: [\"*\"]\n    authorised_by: DSI\n    reference: T-1\n    valid_until: 2099-12-31\n"
	}
	p := filepath.Join(t.TempDir(), "auth.yaml")
	if err := os.WriteFile(p, []byte(doc), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// scanDecision runs a scan writing JSON and returns the exit code, the
// decision and the results.
func scanDecision(t *testing.T, args ...string) (int, string, []remoteResult) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "r.json")
	code, _, stderr := runCLI(t, append(args, "--format", "json", "--output", out, "--lang", "en")...)
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("exit %d, %s: %v", code, stderr, err)
	}
	reportstest.MustValidate(t, data)
	var rep struct {
		Summary struct{ Decision string }
		Results []remoteResult
	}
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	return code, rep.Summary.Decision, rep.Results
}

// --nmap-xml alone judges the report's hosts on its facts (no traffic: a
// documentation address): VNC without password fails 8.6 and 8.1 even
// authorised; RDP and X11, authorised but with an authentication the
// report does not tell, are ERROR, never PASS; 2.11 and 2.19 are judged.
func TestScanNmapXMLAlone(t *testing.T) {
	code, decision, rs := scanDecision(t, "scan", "--nmap-xml", nmapReport(t, "192.0.2.50"), "--authorisations", authoriseAll(t),
		"--refs", "8.6,8.1,13.18,2.11,2.19")
	if code == 0 || decision == "go" {
		t.Fatalf("exit %d, decision %s: %+v", code, decision, rs)
	}
	got := map[string]string{}
	for _, r := range rs {
		got[r.Ref+" "+r.Target] = r.Status
	}
	want := map[string]string{"8.6 192.0.2.50:5900": "fail", "8.6 192.0.2.50:3389": "error", "8.6 192.0.2.50:6000": "error",
		"8.1 192.0.2.50:5900": "fail", "8.1 192.0.2.50:6000": "fail", "8.1 192.0.2.50:3389": "error"}
	for k, st := range want {
		if got[k] != st {
			t.Errorf("%s: %q, want %q (all: %v)", k, got[k], st, got)
		}
	}
	for _, ref := range []string{"2.11", "2.19"} {
		if _, ok := got[ref+" 192.0.2.50"]; !ok {
			t.Errorf("%s not judged on the report's host: %v", ref, got)
		}
	}
	for k, st := range got {
		if st == "pass" && strings.HasPrefix(k, "8.") {
			t.Errorf("%s passes on a report's facts", k)
		}
	}
}

// Beside a live scan, the report's remote-control ports the live scan
// does not see join the host, and the worse verdict wins: an authorised
// RDP with NLA scanned live passes 8.6 alone, not beside a report showing
// VNC, RDP and X11.
func TestScanNmapXMLBesideLive(t *testing.T) {
	srv, err := remotelab.Serve(t.Context(), "rdp-nla", remotelab.RDP(remotelab.ProtoHybrid))
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	args := []string{"scan", "--target", "127.0.0.1", "--ports", strconv.Itoa(srv.Port), "--refs", "8.6",
		"--authorisations", authoriseAll(t), "--probe-timeout", "5s"}
	if code, decision, rs := scanDecision(t, args...); code != 0 || decision != "go" {
		t.Fatalf("live alone: exit %d, %s: %+v", code, decision, rs)
	}
	code, decision, rs := scanDecision(t, append(args, "--nmap-xml", nmapReport(t, "127.0.0.1"))...)
	if code == 0 || decision == "go" {
		t.Fatalf("beside the report: exit %d, %s: %+v", code, decision, rs)
	}
	seen := map[string]string{}
	for _, r := range rs {
		seen[r.Target] = r.Status
	}
	for _, port := range []string{"5900", "3389", "6000"} {
		if st := seen["127.0.0.1:"+port]; st != "fail" && st != "error" {
			t.Errorf("report's port %s: %q (%v)", port, st, seen)
		}
	}
}

// A file that is not a whole nmap report is refused (exit 2): a GO never
// rests on half a file.
func TestScanNmapXMLNotNmapRefused(t *testing.T) {
	good, err := os.ReadFile(nmapReport(t, "192.0.2.50"))
	if err != nil {
		t.Fatal(err)
	}
	for name, doc := range map[string]string{
		"wrong root":     `<?xml version="1.0"?><report><host/></report>`,
		"truncated":      string(good[:len(good)*2/3]),
		"not nmap":       strings.Replace(string(good), `scanner="nmap"`, `scanner="masscan"`, 1),
		"trailing junk":  string(good) + "<nmaprun></nmaprun>",
		"run in error":   strings.Replace(string(good), `exit="success"`, `exit="error" errormsg="interrupted"`, 1),
		"not XML at all": "22/tcp open ssh\n",
		"empty":          "",
	} {
		p := filepath.Join(t.TempDir(), "r.xml")
		if err := os.WriteFile(p, []byte(doc), 0o600); err != nil {
			t.Fatal(err)
		}
		code, _, stderr := runCLI(t, "scan", "--nmap-xml", p, "--refs", "8.6")
		if code != 2 || !strings.Contains(stderr, "--nmap-xml") {
			t.Errorf("%s: exit %d, %s", name, code, stderr)
		}
	}
}

// A host the report lists as down was not measured: its refs are ERROR,
// never "nothing listening".
func TestScanNmapXMLDownHostNeverPasses(t *testing.T) {
	doc := `<?xml version="1.0"?><nmaprun scanner="nmap"><host><status state="down" reason="no-response"/><address addr="192.0.2.51" addrtype="ipv4"/></host>
<runstats><finished exit="success"/></runstats></nmaprun>`
	p := filepath.Join(t.TempDir(), "down.xml")
	if err := os.WriteFile(p, []byte(doc), 0o600); err != nil {
		t.Fatal(err)
	}
	code, decision, rs := scanDecision(t, "scan", "--nmap-xml", p, "--refs", "8.6,8.1,13.18")
	if code != 3 || decision == "go" || len(rs) == 0 {
		t.Fatalf("exit %d, decision %s: %+v", code, decision, rs)
	}
	for _, r := range rs {
		if r.Status != "error" {
			t.Errorf("%s %s: %s", r.Ref, r.Status, r.Summary)
		}
	}
}
