package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"conformscan/history"
)

// emptyHistory makes a history with no run.
func emptyHistory(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "h.db")
	s, err := history.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	return path
}

// usersFile writes a users file for ciso / s3cret.
func usersFile(t *testing.T) string {
	t.Helper()
	hash, _ := bcrypt.GenerateFromPassword([]byte("s3cret"), bcrypt.MinCost)
	path := filepath.Join(t.TempDir(), "users")
	if err := os.WriteFile(path, []byte("ciso:"+string(hash)+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestServeRefusesOffLoopbackWithoutTLSAndLogin: a non-loopback address
// needs both; the history is not even opened.
func TestServeRefusesOffLoopbackWithoutTLSAndLogin(t *testing.T) {
	store, users := emptyHistory(t), usersFile(t)
	for _, extra := range [][]string{
		{"--listen", "0.0.0.0:0"},
		{"--listen", "0.0.0.0:0", "--tls-self-signed"},
		{"--listen", "0.0.0.0:0", "--users", users},
		{"--listen", "localhost:0", "--users", users},
		{"--listen", "[::]:0", "--tls-self-signed", "--trust-proxy-header", "X-Remote-User"},
	} {
		code, _, errOut := runCLI(t, append([]string{"serve", "--store", store}, extra...)...)
		if code != 2 || !strings.Contains(errOut, "loopback") && !strings.Contains(errOut, "--trusted-proxy") {
			t.Errorf("%v: exit %d, %s", extra, code, errOut)
		}
	}
	before, _ := os.ReadFile(store)
	if code, _, errOut := runCLI(t, "serve", "--store", store, "--tls-self-signed", "--tls-cert-out", store); code != 2 || !strings.Contains(errOut, "not a certificate") {
		t.Errorf("--tls-cert-out on the history: exit %d, %s", code, errOut)
	}
	if after, _ := os.ReadFile(store); !bytes.Equal(before, after) {
		t.Error("--tls-cert-out replaced the history")
	}
	if code, _, errOut := runCLI(t, "serve", "--store", filepath.Join(t.TempDir(), "none.db")); code != 2 || !strings.Contains(errOut, "no such file") {
		t.Errorf("missing history: exit %d, %s", code, errOut)
	}
}

// lineWriter collects output and signals the first line matching re.
type lineWriter struct {
	mu    sync.Mutex
	buf   bytes.Buffer
	re    *regexp.Regexp
	found chan string
}

func (w *lineWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf.Write(p)
	if m := w.re.FindStringSubmatch(w.buf.String()); m != nil && w.found != nil {
		w.found <- m[1]
		w.found = nil
	}
	return len(p), nil
}

func (w *lineWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}

// startServe runs conformscan serve with args until the test ends and
// returns the address it serves on.
func startServe(t *testing.T, args ...string) (string, *lineWriter) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	out := &lineWriter{re: regexp.MustCompile(`serving https?://([^/]+)/`), found: make(chan string, 1)}
	errOut := &lineWriter{re: regexp.MustCompile(`^$`)}
	found := out.found
	done := make(chan int, 1)
	go func() { done <- run(ctx, append([]string{"serve"}, args...), out, errOut) }()
	t.Cleanup(func() {
		cancel()
		if code := <-done; code != 0 {
			t.Errorf("serve exited %d: %s", code, errOut)
		}
	})
	select {
	case addr := <-found:
		return addr, errOut
	case code := <-done:
		done <- code
		t.Fatalf("serve exited %d: %s", code, errOut)
	case <-time.After(30 * time.Second):
		t.Fatalf("serve did not start: %s", errOut)
	}
	return "", nil
}

// TestServeOwnTLSPassesScan: conformscan's own refs 7.1 and 7.3, run on
// the TLS of serve --tls-self-signed (trusted with --ca), pass; the
// fingerprint is printed.
func TestServeOwnTLSPassesScan(t *testing.T) {
	cert := filepath.Join(t.TempDir(), "serve.pem")
	addr, errOut := startServe(t, "--store", emptyHistory(t), "--listen", "127.0.0.1:0", "--tls-self-signed",
		"--tls-cert-out", cert, "--users", usersFile(t))
	if !regexp.MustCompile(`SHA-256 fingerprint: ([0-9A-F]{2}:){31}[0-9A-F]{2}`).MatchString(errOut.String()) {
		t.Errorf("no fingerprint printed: %s", errOut)
	}
	code, out, scanErr := runCLI(t, "scan", "--target", addr, "--refs", "7.1,7.3", "--ca", cert, "--format", "json", "--timeout", "2m")
	var rep struct {
		Verdicts []struct{ Ref, Status, Summary string } `json:"verdicts"`
		Results  []struct {
			Ref, Check, Status, Summary string
		} `json:"results"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("exit %d: %v\n%s", code, err, scanErr)
	}
	got := map[string]string{}
	for _, v := range rep.Verdicts {
		got[v.Ref] = v.Status
	}
	if got["7.1"] != "pass" || got["7.3"] != "pass" {
		t.Errorf("7.1 %s, 7.3 %s, want pass; exit %d\n%+v", got["7.1"], got["7.3"], code, rep.Results)
	}
}
