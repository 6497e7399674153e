package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// startSSHD runs Debian's real sshd on a free loopback port with a host
// key made for the test, and returns its address.
func startSSHD(t *testing.T) string {
	t.Helper()
	if _, err := os.Stat("/usr/sbin/sshd"); err != nil {
		t.Skip("openssh-server not installed (apt-get install openssh-server)")
	}
	dir := t.TempDir()
	key := filepath.Join(dir, "host_ed25519")
	if out, err := exec.Command("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key).CombinedOutput(); err != nil {
		t.Fatalf("ssh-keygen: %v %s", err, out)
	}
	_ = os.MkdirAll("/run/sshd", 0o755) // privilege separation directory sshd insists on
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	_, port, _ := net.SplitHostPort(addr)
	l.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, "/usr/sbin/sshd", "-D", "-e", "-p", port, "-h", key, "-o", "PidFile=none", "-o", "ListenAddress=127.0.0.1")
	if err := cmd.Start(); err != nil {
		cancel()
		t.Fatalf("sshd: %v", err)
	}
	t.Cleanup(func() { cancel(); _ = cmd.Wait() })
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		if c, err := net.DialTimeout("tcp", addr, 200*time.Millisecond); err == nil {
			c.Close()
			return addr
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("sshd did not listen on %s", addr)
	return ""
}

func TestScanSSHDebian12EndOfLife(t *testing.T) {
	addr := startSSHD(t)
	for _, tc := range []struct{ date, policy, want string }{
		{"2026-01-01", "", "pass"}, {"2026-11-29", "", "warn"}, {"2026-11-29", "count", "pass"}, {"2028-07-01", "", "fail"},
	} {
		t.Run(tc.date+tc.policy, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "r.json")
			args := []string{"scan", "--target", addr, "--refs", "2.19", "--reference-date", tc.date, "--output", out, "--format", "json"}
			if tc.policy != "" {
				args = append(args, "--extended-support", tc.policy)
			}
			runCLI(t, args...)
			data, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			var rep struct {
				Results []struct {
					Ref, Status, Summary string
				} `json:"results"`
			}
			if err := json.Unmarshal(data, &rep); err != nil {
				t.Fatal(err)
			}
			got := fmt.Sprint(rep.Results)
			if len(rep.Results) != 1 || rep.Results[0].Status != tc.want || !strings.Contains(got, "Debian 12") ||
				!strings.Contains(got, "ssh-banner") || !strings.Contains(got, "strong") {
				t.Fatalf("want %s, Debian 12 from the SSH banner with its confidence; got %s", tc.want, got)
			}
		})
	}
}
