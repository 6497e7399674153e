package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"conformscan/checks"
	"conformscan/reports"
)

// TestProgressBar: nothing before the delay, then done/total and the
// current subject redrawn in place (control characters dropped), and at
// the end the bar cleared and one summary line.
func TestProgressBar(t *testing.T) {
	var b bytes.Buffer
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	bar := &progressBar{w: &b, lang: checks.French, now: clock, start: now, delay: progressDelay}
	bar.update(0, 4, "a.test")
	if b.Len() != 0 {
		t.Fatalf("bar drawn before the delay: %q", b.String())
	}
	now = now.Add(3 * time.Second)
	bar.update(1, 4, "b.test\x1b[2J")
	if got := b.String(); !strings.Contains(got, "\r\x1b[K[######..................] 1/4 sujets 3s — b.test[2J") {
		t.Fatalf("bar: %q", got)
	}
	b.Reset()
	bar.end(&reports.Report{Summary: reports.Summary{Refs: 2, ByStatus: checks.LevelCounts{checks.StatusFail: 1, checks.StatusManual: 1}, Decision: checks.DecisionNoGo}})
	if got := b.String(); got != "\r\x1b[KScan terminé en 3s : 2 exigences : 1 ÉCHEC, 1 MANUEL — décision NO-GO\n" {
		t.Fatalf("end: %q", got)
	}
}

// TestProgressBarRedraws: the bar redraws on its own while a subject is
// long, and end stops it before clearing.
func TestProgressBarRedraws(t *testing.T) {
	var b syncBuffer
	start := time.Now().Add(-time.Minute)
	bar := &progressBar{w: &b, lang: checks.English, now: time.Now, start: start, delay: progressDelay}
	bar.run()
	bar.update(0, 2, "slow.test")
	time.Sleep(700 * time.Millisecond)
	bar.end(&reports.Report{})
	if got := b.String(); strings.Count(got, "0/2 subjects") < 2 || !strings.Contains(got, "\r\x1b[KScan done in 1m") || !strings.HasSuffix(got, ": 0 refs: — — decision \n") {
		t.Fatalf("bar output %q", got)
	}
}

// syncBuffer is a bytes.Buffer safe for the bar's goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestNoProgressOffTerminal: a file or pipe gets no bar and no summary.
func TestNoProgressOffTerminal(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "stderr"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if newProgressBar(f, checks.French, time.Now) != nil || newProgressBar(&bytes.Buffer{}, checks.French, time.Now) != nil {
		t.Fatal("a progress bar on a file")
	}
}

// TestTableAwaitingAndAll: the default table counts the refs awaiting
// answers on one line; --all lists them.
func TestTableAwaitingAndAll(t *testing.T) {
	answers := filepath.Join(t.TempDir(), "r.yaml")
	os.WriteFile(answers, []byte("version: 1\nanswers:\n  - ref: \"2.1\"\n    status: conforme\n"), 0o644)
	_, out, errOut := runCLI(t, "scan", "--answers", answers, "--refs", "2.1,2.2,2.3", "--no-color")
	if !strings.Contains(out, "2 exigences attendent les réponses du titulaire ou de la DSI : voir conformscan answers init") ||
		len(refLinesOf(out, "2.2")) != 0 || len(refLinesOf(out, "2.1")) == 0 || errOut != "" {
		t.Fatalf("default table:\n%s\nstderr %q", out, errOut)
	}
	_, out, _ = runCLI(t, "scan", "--answers", answers, "--refs", "2.1,2.2,2.3", "--all", "--lang", "en")
	if strings.Contains(out, "await") || len(refLinesOf(out, "2.2")) == 0 {
		t.Fatalf("--all table:\n%s", out)
	}
}

// refLinesOf returns the table rows of ref.
func refLinesOf(out, ref string) []string {
	var ls []string
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "│ "+ref+" ") {
			ls = append(ls, l)
		}
	}
	return ls
}
