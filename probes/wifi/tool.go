package wifi

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"strings"
	"sync"
	"time"
)

// tool is a system program a live scan runs (netsh on Windows,
// system_profiler on macOS): an absolute path, a deadline and a cap on
// what it may print.
type tool struct {
	path    string
	args    []string
	timeout time.Duration
	limit   int
	// prepare, when set, adjusts the command before it starts (Windows:
	// its exact command line).
	prepare func(*exec.Cmd)
}

// Bounds of a scan tool's run.
const (
	toolTimeout = 60 * time.Second
	toolLimit   = 8 << 20
	stderrLimit = 4 << 10
)

// run runs the tool and returns its standard output. It fails when the
// tool exits with an error, outlives its deadline or prints more than its
// limit (then it is killed): a partial listing is never returned.
func (t tool) run(ctx context.Context) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, t.timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, t.path, t.args...)
	stdout := &cappedBuffer{limit: t.limit, over: cancel}
	stderr := &cappedBuffer{limit: stderrLimit}
	cmd.Stdout, cmd.Stderr, cmd.WaitDelay = stdout, stderr, 2*time.Second
	if t.prepare != nil {
		t.prepare(cmd)
	}
	err := cmd.Run()
	switch {
	case stdout.exceeded():
		return nil, fmt.Errorf("%s printed more than %d bytes: output refused", t.path, t.limit)
	case ctx.Err() != nil:
		return nil, fmt.Errorf("%s did not finish (deadline %v): %w", t.path, t.timeout, context.Cause(ctx))
	case err != nil:
		return nil, fmt.Errorf("%s: %w: %s", t.path, err, excerpt(stdout.bytes(), stderr.bytes()))
	}
	return stdout.bytes(), nil
}

// excerpt is the start of what a failed tool printed, on one line.
func excerpt(outs ...[]byte) string {
	var parts []string
	for _, o := range outs {
		if s := strings.Join(strings.Fields(string(o)), " "); s != "" {
			parts = append(parts, s)
		}
	}
	s := strings.Join(parts, " | ")
	if len(s) > 300 {
		s = s[:300] + "…"
	}
	if s == "" {
		return "(no output)"
	}
	return s
}

// cappedBuffer keeps at most limit bytes; past it, it calls over (which
// kills the tool) and reports every write as done, so the copy ends.
type cappedBuffer struct {
	mu    sync.Mutex
	buf   bytes.Buffer
	limit int
	full  bool
	over  func()
}

func (b *cappedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.full || b.buf.Len()+len(p) > b.limit {
		if !b.full && b.over != nil {
			b.over()
		}
		b.full = true
		return len(p), nil
	}
	return b.buf.Write(p)
}

func (b *cappedBuffer) exceeded() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.full && b.over != nil
}

func (b *cappedBuffer) bytes() []byte {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Bytes()
}
