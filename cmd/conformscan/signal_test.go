package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"conformscan/fixtures/loopback"
)

// buildBinary builds conformscan into a temporary folder.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "conformscan")
	cmd := exec.CommandContext(t.Context(), "go", "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// started is a conformscan process and where its output goes.
type started struct {
	cmd    *exec.Cmd
	stderr *bytes.Buffer
	done   chan error
}

func start(t *testing.T, bin string, args ...string) *started {
	t.Helper()
	cmd := exec.CommandContext(t.Context(), bin, args...)
	s := &started{cmd: cmd, stderr: &bytes.Buffer{}, done: make(chan error, 1)}
	cmd.Stderr, cmd.Stdout = s.stderr, &bytes.Buffer{}
	// Standard input: a pipe nobody writes to (a terminal left open).
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.Close() })
	cmd.Stdin = r
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	r.Close()
	go func() { s.done <- cmd.Wait() }()
	return s
}

// exitCode waits (at most limit) for the process and returns its code.
func (s *started) exitCode(t *testing.T, limit time.Duration) int {
	t.Helper()
	select {
	case err := <-s.done:
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return ee.ExitCode()
		}
		if err != nil {
			t.Fatal(err)
		}
		return 0
	case <-time.After(limit):
		s.cmd.Process.Kill()
		t.Fatalf("still running %v later; stderr:\n%s", limit, s.stderr)
		return -1
	}
}

// TestSignalsEndTheProcess runs the real binary: SIGINT during a scan
// ends it with exit 3 and a report saying interrupted; SIGTERM twice ends
// it at once; a signal while a file is read from a silent standard input
// ends the read naming the flag.
func TestSignalsEndTheProcess(t *testing.T) {
	bin := buildBinary(t)
	hold := make(chan struct{})
	defer close(hold)
	conns := make(chan struct{}, 16)
	port := loopback.Serve(t, func(c net.Conn) {
		conns <- struct{}{}
		<-hold
	})
	scan := func(out string) []string {
		return []string{"scan", "--target", fmt.Sprintf("127.0.0.1:%d", port), "--refs", "7.2", "--timeout", "5m",
			"--probe-timeout", "5m", "--output", out, "--format", "json"}
	}
	waitConn := func(s *started) {
		select {
		case <-conns:
		case <-time.After(30 * time.Second):
			s.cmd.Process.Kill()
			t.Fatalf("the scan never reached the target; stderr:\n%s", s.stderr)
		}
	}

	t.Run("SIGINT", func(t *testing.T) {
		out := filepath.Join(t.TempDir(), "r.json")
		drain(conns)
		s := start(t, bin, scan(out)...)
		waitConn(s)
		s.cmd.Process.Signal(os.Interrupt)
		if code := s.exitCode(t, 15*time.Second); code != 3 {
			t.Fatalf("exit %d, want 3; stderr:\n%s", code, s.stderr)
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatalf("report not written: %v", err)
		}
		var r struct {
			Interrupted bool   `json:"interrupted"`
			Reason      string `json:"interruption_reason"`
		}
		json.Unmarshal(data, &r)
		if !r.Interrupted || !strings.Contains(r.Reason, "interrupt") {
			t.Fatalf("interruption not recorded: %+v", r)
		}
	})
	t.Run("SIGTERM twice", func(t *testing.T) {
		drain(conns)
		s := start(t, bin, scan(filepath.Join(t.TempDir(), "r.json"))...)
		waitConn(s)
		s.cmd.Process.Signal(syscall.SIGTERM)
		s.cmd.Process.Signal(syscall.SIGTERM)
		if code := s.exitCode(t, 15*time.Second); code != 3 {
			t.Fatalf("exit %d, want 3; stderr:\n%s", code, s.stderr)
		}
	})
	t.Run("silent standard input", func(t *testing.T) {
		s := start(t, bin, "scan", "--targets-file", "-")
		time.Sleep(300 * time.Millisecond) // let it block on the read
		s.cmd.Process.Signal(os.Interrupt)
		if code := s.exitCode(t, 15*time.Second); code != 3 || !strings.Contains(s.stderr.String(), "--targets-file -: reading stopped") {
			t.Fatalf("exit %d, want 3 naming --targets-file; stderr:\n%s", code, s.stderr)
		}
	})
}

// drain empties c of what earlier runs left.
func drain(c chan struct{}) {
	for {
		select {
		case <-c:
		default:
			return
		}
	}
}

// TestWatchSignals: the first signal cancels the context; a second one,
// or the grace period, exits with code 3 even when the run goes on.
func TestWatchSignals(t *testing.T) {
	for name, second := range map[string]bool{"second signal": true, "grace period": false} {
		t.Run(name, func(t *testing.T) {
			ctx, cancel := context.WithCancelCause(context.Background())
			sigs := make(chan os.Signal, 2)
			exited := make(chan int, 1)
			var stderr bytes.Buffer
			grace := time.Hour
			if !second {
				grace = time.Millisecond
			}
			go watchSignals(sigs, cancel, grace, &stderr, func(code int) { exited <- code })
			sigs <- os.Interrupt
			<-ctx.Done()
			if !strings.Contains(context.Cause(ctx).Error(), "interrupt") {
				t.Errorf("cause %v", context.Cause(ctx))
			}
			if second {
				sigs <- syscall.SIGTERM
			}
			if code := <-exited; code != 3 {
				t.Errorf("exit %d, want 3", code)
			}
		})
	}
}
