package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"conformscan/fixtures/loopback"
	"conformscan/reports/reportstest"
)

// hostilePeer is a server that misbehaves in one way, and what conformscan
// must make of it: never pass, and the statuses allowed on the network refs.
type hostilePeer struct {
	name    string
	handler func(c net.Conn, hold <-chan struct{})
	// allowed lists the statuses a ref may get on this peer (all refs
	// judged); "pass" is never among them.
	allowed map[string][]string
}

const loginPage = `<html><body><form method="post" action="/login"><input type="text" name="user"><input type="password" name="pw"></form></body></html>`

// The network refs a hostile endpoint could concern.
var hostileRefs = []string{"7.1", "7.2", "7.3", "13.20"}

func hostilePeers() []hostilePeer {
	errOnly := []string{"error"}
	failOrErr := []string{"fail", "error"}
	all := func(st []string) map[string][]string {
		m := map[string][]string{}
		for _, r := range hostileRefs {
			m[r] = st
		}
		return m
	}
	return []hostilePeer{
		{"silent", func(c net.Conn, hold <-chan struct{}) { <-hold }, all(errOnly)},
		{"garbage", garbagePeer, all(errOnly)},
		{"tarpit", tarpitPeer, all(errOnly)},
		{"early HTTP banner with a login form", func(c net.Conn, _ <-chan struct{}) {
			fmt.Fprintf(c, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s", len(loginPage), loginPage)
			time.Sleep(200 * time.Millisecond)
		}, map[string][]string{"7.1": failOrErr, "7.2": failOrErr, "7.3": {"na", "error"}, "13.20": failOrErr}},
		{"slow HTTP login page", func(c net.Conn, hold <-chan struct{}) {
			slowHTTP(c, hold, 2500*time.Millisecond, loginPage)
		}, map[string][]string{"7.1": failOrErr, "7.2": failOrErr, "7.3": {"na", "error"}, "13.20": failOrErr}},
		{"login form after 300 KB", func(c net.Conn, hold <-chan struct{}) {
			slowHTTP(c, hold, 0, strings.Repeat("<p>filler</p>\n", 300<<10/14)+loginPage)
		}, map[string][]string{"7.1": failOrErr, "7.2": failOrErr, "7.3": {"na", "error"}, "13.20": failOrErr}},
		{"endless body", endlessBodyPeer, map[string][]string{"7.1": failOrErr, "7.2": errOnly, "7.3": {"na", "error"}, "13.20": failOrErr}},
		{"FTP STARTTLS answered with garbage", brokenFTPPeer(false), map[string][]string{"7.1": {"na", "error"}, "7.2": failOrErr, "7.3": errOnly, "13.20": failOrErr}},
		{"FTP endless multi-line greeting", brokenFTPPeer(true), map[string][]string{"7.1": {"na", "error"}, "7.2": errOnly, "7.3": errOnly, "13.20": failOrErr}},
	}
}

func garbagePeer(c net.Conn, hold <-chan struct{}) {
	junk := []byte("\x00\xff\x13\x37garbage\x01\x02" + strings.Repeat("\xfe", 500))
	for {
		select {
		case <-hold:
			return
		default:
		}
		c.SetWriteDeadline(time.Now().Add(time.Second))
		if _, err := c.Write(junk); err != nil {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func tarpitPeer(c net.Conn, hold <-chan struct{}) {
	for {
		select {
		case <-hold:
			return
		case <-time.After(700 * time.Millisecond):
		}
		if _, err := c.Write([]byte{'x'}); err != nil {
			return
		}
	}
}

// slowHTTP reads the request, waits, then answers 200 with body.
func slowHTTP(c net.Conn, hold <-chan struct{}, delay time.Duration, body string) {
	c.SetReadDeadline(time.Now().Add(10 * time.Second))
	r := bufio.NewReader(c)
	for {
		line, err := r.ReadString('\n')
		if err != nil || strings.TrimSpace(line) == "" {
			break
		}
	}
	select {
	case <-hold:
		return
	case <-time.After(delay):
	}
	c.SetWriteDeadline(time.Now().Add(10 * time.Second))
	fmt.Fprintf(c, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s", len(body), body)
}

func endlessBodyPeer(c net.Conn, hold <-chan struct{}) {
	c.SetReadDeadline(time.Now().Add(10 * time.Second))
	bufio.NewReader(c).ReadString('\n')
	fmt.Fprint(c, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body>")
	chunk := []byte(strings.Repeat("<div>more</div>", 1000))
	for {
		select {
		case <-hold:
			return
		default:
		}
		c.SetWriteDeadline(time.Now().Add(time.Second))
		if _, err := c.Write(chunk); err != nil {
			return
		}
	}
}

// brokenFTPPeer greets like FTP, then breaks: garbage after any command,
// or a multi-line greeting that never ends.
func brokenFTPPeer(endless bool) func(net.Conn, <-chan struct{}) {
	return func(c net.Conn, hold <-chan struct{}) {
		c.SetWriteDeadline(time.Now().Add(20 * time.Second))
		if endless {
			fmt.Fprint(c, "220-Welcome\r\n")
			for i := 0; ; i++ {
				select {
				case <-hold:
					return
				case <-time.After(20 * time.Millisecond):
				}
				if _, err := fmt.Fprintf(c, "220-line %d of a greeting that never ends\r\n", i); err != nil {
					return
				}
			}
		}
		fmt.Fprint(c, "220 FTP ready\r\n")
		c.SetReadDeadline(time.Now().Add(20 * time.Second))
		r := bufio.NewReader(c)
		for {
			if _, err := r.ReadString('\n'); err != nil {
				return
			}
			c.Write([]byte("\x00\xff\xfe garbage \x01\x02\r\n"))
		}
	}
}

type hostileResult struct {
	Ref, Target, Status, Summary string
}

// scanHostile scans targets for the network refs and returns the results,
// the decision and the exit code.
func scanHostile(t *testing.T, conc int, targets ...string) ([]hostileResult, string, int) {
	t.Helper()
	args := []string{"scan", "--refs", strings.Join(hostileRefs, ","), "--probe-timeout", "5s", "--timeout", "90s",
		"--concurrency", fmt.Sprint(conc), "--format", "json", "--lang", "en"}
	for _, tg := range targets {
		args = append(args, "--target", tg)
	}
	start := time.Now()
	code, out, errOut := runCLI(t, args...)
	if d := time.Since(start); d > 60*time.Second {
		t.Errorf("scan of %d hostile targets took %v", len(targets), d)
	}
	reportstest.MustValidate(t, []byte(out))
	var rep struct {
		Results []hostileResult `json:"results"`
		Summary struct {
			Decision string `json:"decision"`
		} `json:"summary"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("exit %d: %v\n%s", code, err, errOut)
	}
	return rep.Results, rep.Summary.Decision, code
}

// TestHostilePeersNeverPass: every hostile endpoint, scanned alone, never
// passes a ref, never gives GO, and gets one of the statuses allowed; the
// same peers scanned together, one at a time and all at once, get the same
// verdicts.
func TestHostilePeersNeverPass(t *testing.T) {
	hold := make(chan struct{})
	var once sync.Once
	stop := func() { once.Do(func() { close(hold) }) }
	peers := hostilePeers()
	byTarget := map[string]hostilePeer{}
	var targets []string
	for _, p := range peers {
		h := p.handler
		port := loopback.Serve(t, func(c net.Conn) { h(c, hold) })
		tg := fmt.Sprintf("127.0.0.1:%d", port)
		byTarget[tg] = p
		targets = append(targets, tg)
	}
	// Registered after the servers, so it runs first: the handlers return
	// before the servers wait for them.
	t.Cleanup(stop)
	closed := fmt.Sprintf("127.0.0.1:%d", loopback.ClosedPort(t))

	t.Run("one by one", func(t *testing.T) {
		for _, tg := range append(targets, closed) {
			tg := tg
			t.Run(tg, func(t *testing.T) {
				t.Parallel()
				rs, decision, code := scanHostile(t, 1, tg)
				if decision == "go" || code == 0 {
					t.Errorf("%s: decision %s, exit %d on what was not measured", peerName(byTarget, tg), decision, code)
				}
				checkAllowed(t, byTarget, closed, rs)
			})
		}
	})
	t.Run("same verdicts under concurrency", func(t *testing.T) {
		one, _, _ := scanHostile(t, 1, targets...)
		many, _, _ := scanHostile(t, 64, targets...)
		if a, b := statusMap(one), statusMap(many); !sameMap(a, b) {
			t.Errorf("verdicts differ between --concurrency 1 and 64:\n%v\n%v", a, b)
		}
		checkAllowed(t, byTarget, closed, many)
	})
}

func peerName(by map[string]hostilePeer, tg string) string {
	if p, ok := by[tg]; ok {
		return p.name
	}
	return "closed port " + tg
}

// severity orders statuses as the report folds them: the worst wins.
var severity = map[string]int{"fail": 6, "error": 5, "warn": 4, "pass": 3, "na": 2, "skipped": 1, "manual": 0}

// fold gives the verdict of each ref on each target: the worst of its
// results, as a single-target report's verdict reads.
func fold(rs []hostileResult) map[[2]string]hostileResult {
	out := map[[2]string]hostileResult{}
	for _, r := range rs {
		k := [2]string{r.Ref, r.Target}
		if prev, ok := out[k]; !ok || severity[r.Status] > severity[prev.Status] {
			out[k] = r
		}
	}
	return out
}

func checkAllowed(t *testing.T, by map[string]hostilePeer, closed string, rs []hostileResult) {
	t.Helper()
	for _, r := range fold(rs) {
		if r.Status == "pass" {
			t.Errorf("%s: %s passes: %s", peerName(by, r.Target), r.Ref, r.Summary)
			continue
		}
		allowed := []string{"error"}
		if p, ok := by[r.Target]; ok {
			allowed = p.allowed[r.Ref]
		} else if r.Target != closed {
			continue
		}
		if !containsStr(allowed, r.Status) {
			t.Errorf("%s: %s is %s, want one of %v: %s", peerName(by, r.Target), r.Ref, r.Status, allowed, r.Summary)
		}
	}
}

func statusMap(rs []hostileResult) map[string]string {
	m := map[string]string{}
	for k, r := range fold(rs) {
		m[k[0]+" "+k[1]] = r.Status
	}
	return m
}

func sameMap(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// unidentifiedRefs are the refs an open port discovery could not identify
// blocks (README, "Fail closed"): it may be a TLS or cleartext service
// (7.1, 7.2, 7.3, 13.20) or a remote-control or administration one (8.1,
// 8.6, 13.18).
var unidentifiedRefs = []string{"7.1", "7.2", "7.3", "8.1", "8.6", "13.18", "13.20"}

// TestUnidentifiedPortBlocksItsRefs: a silent, a garbage and a tarpit
// port, with every remote tool authorised, make each ref they could belong
// to ERROR on that target, with the port in the summary, and never GO.
func TestUnidentifiedPortBlocksItsRefs(t *testing.T) {
	hold := make(chan struct{})
	var once sync.Once
	auth := authoriseAll(t)
	for name, h := range map[string]func(net.Conn, <-chan struct{}){
		"silent":  func(c net.Conn, hold <-chan struct{}) { <-hold },
		"garbage": garbagePeer,
		"tarpit":  tarpitPeer,
	} {
		port := loopback.Serve(t, func(c net.Conn) { h(c, hold) })
		t.Cleanup(func() { once.Do(func() { close(hold) }) })
		tg := fmt.Sprintf("127.0.0.1:%d", port)
		t.Run(name, func(t *testing.T) {
			code, decision, rs := scanDecision(t, "scan", "--target", tg, "--refs", strings.Join(unidentifiedRefs, ","),
				"--authorisations", auth, "--probe-timeout", "5s", "--timeout", "90s")
			if code == 0 || decision == "go" {
				t.Errorf("exit %d, decision %s", code, decision)
			}
			// Each ref's verdict (the worst of its results) is ERROR, and an
			// ERROR result names the port.
			worst, named := map[string]string{}, map[string]bool{}
			for _, r := range rs {
				if severity[r.Status] > severity[worst[r.Ref]] || worst[r.Ref] == "" {
					worst[r.Ref] = r.Status
				}
				named[r.Ref] = named[r.Ref] || r.Status == "error" && strings.Contains(r.Summary, tg)
			}
			for _, ref := range unidentifiedRefs {
				if worst[ref] != "error" || !named[ref] {
					t.Errorf("%s: verdict %q, ERROR naming %s: %v; results %+v", ref, worst[ref], tg, named[ref], rs)
				}
			}
		})
	}
}
