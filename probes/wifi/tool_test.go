package wifi

import (
	"context"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestTool: the scan tools' runner returns what the tool printed, refuses
// an output past its cap (killing a tool that would print forever) and
// names what a failed tool said.
func TestTool(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the runner is tested with /bin/sh")
	}
	sh := func(script string) tool {
		return tool{path: "/bin/sh", args: []string{"-c", script}, timeout: time.Minute, limit: 1000}
	}
	ctx := context.Background()
	if out, err := sh("echo hello").run(ctx); err != nil || string(out) != "hello\n" {
		t.Fatalf("%q %v", out, err)
	}
	for script, want := range map[string]string{
		"exec yes":               "more than 1000 bytes",
		"head -c 1001 /dev/zero": "more than 1000 bytes",
		"echo 'Network shell commands need location permission'; echo denied >&2; exit 1": "location permission | denied",
		"exit 3": "exit status 3: (no output)",
	} {
		if out, err := sh(script).run(ctx); err == nil || out != nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %q %v, want %q", script, out, err, want)
		}
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := sh("echo x").run(cancelled); err == nil {
		t.Error("a cancelled scan ran")
	}
}
