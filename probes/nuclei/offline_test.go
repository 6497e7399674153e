//go:build nuclei

package nuclei

import (
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

const offlineChildEnv = "CONFORMSCAN_NUCLEI_OFFLINE_CHILD"

// TestOfflineChild is the run TestOffline watches, in a child process
// whose HOME and TMPDIR are the parent's temporary directory (the engine's
// packages initialise at process start, before any test code runs).
func TestOfflineChild(t *testing.T) {
	if os.Getenv(offlineChildEnv) != "1" {
		t.Skip("run by TestOffline in a child process")
	}
	cs := loadConsoles(t)
	facts := runProbe(t, &Flags{Rate: 50}, consoleServer(t, cs[0], cs[0].Password))
	if len(facts.Logins) != 1 || facts.Error != "" {
		t.Fatalf("child run: %+v", facts)
	}
}

// TestOffline runs the probe in a child process with a scratch HOME and
// TMPDIR, and proxies that count any connection: nothing is written under
// HOME, the temporary directories (boot's and the run's) are removed, and
// no proxy-aware client tries to reach beyond loopback (no update check,
// no template download, no out-of-band server).
func TestOffline(t *testing.T) {
	if os.Getenv(offlineChildEnv) == "1" {
		t.Skip("child process")
	}
	root := t.TempDir()
	home, tmp := filepath.Join(root, "home"), filepath.Join(root, "tmp")
	for _, d := range []string{home, tmp} {
		if err := os.Mkdir(d, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	proxy, contacts, seen := countingListener(t)
	cmd := exec.Command(os.Args[0], "-test.run", "^TestOfflineChild$", "-test.count", "1", "-test.v")
	cmd.Env = childEnv(home, tmp, "http://"+proxy)
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "--- PASS: TestOfflineChild") {
		t.Fatalf("child: %v\n%s", err, out)
	}
	if n := contacts.Load(); n != 0 {
		t.Errorf("%d connection(s) to the proxy: something tried to reach beyond loopback: %q", n, seen())
	}
	left, _ := filepath.Glob(filepath.Join(tmp, "conformscan-nuclei-*"))
	if len(left) != 0 {
		t.Errorf("scratch directories left behind: %v", left)
	}
	for _, l := range strings.Split(string(out), "\n") {
		if strings.Contains(l, "[ERR]") || strings.Contains(l, "[WRN]") || strings.Contains(l, "[INF]") {
			t.Errorf("engine log reached the terminal: %s", l)
		}
	}
	// Package boot keeps the engine's initialisation out of HOME: nothing
	// is written there, at start or during the run.
	_ = filepath.Walk(home, func(p string, _ os.FileInfo, _ error) error {
		if p != home {
			t.Errorf("written under HOME: %s", strings.TrimPrefix(p, home))
		}
		return nil
	})
}

// childEnv is the environment minus anything that locates the user's
// directories or the engine's, plus the scratch ones and the proxies.
func childEnv(home, tmp, proxy string) []string {
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch {
		case k == "HOME", k == "TMPDIR", strings.HasPrefix(k, "XDG_"), strings.HasPrefix(k, "NUCLEI_"),
			strings.HasSuffix(strings.ToUpper(k), "_PROXY"):
			continue
		}
		env = append(env, kv)
	}
	return append(env, "HOME="+home, "TMPDIR="+tmp, offlineChildEnv+"=1",
		"HTTP_PROXY="+proxy, "HTTPS_PROXY="+proxy, "ALL_PROXY="+proxy, "http_proxy="+proxy, "https_proxy="+proxy)
}

// countingListener accepts and closes connections on loopback, counting
// them.
func countingListener(t *testing.T) (string, *atomic.Int64, func() []string) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = ln.Close() })
	var n atomic.Int64
	var mu sync.Mutex
	var firsts []string
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			n.Add(1)
			_ = c.SetReadDeadline(time.Now().Add(time.Second))
			buf := make([]byte, 120)
			k, _ := c.Read(buf)
			mu.Lock()
			firsts = append(firsts, string(buf[:k]))
			mu.Unlock()
			_ = c.Close()
		}
	}()
	return ln.Addr().String(), &n, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), firsts...)
	}
}
