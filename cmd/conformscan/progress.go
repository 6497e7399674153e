package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
	"unicode"

	"golang.org/x/term"

	"conformscan/checks"
	"conformscan/reports"
)

// progressBar draws, on a terminal's stderr, the root subjects done out of
// the total and the subject being scanned, redrawn in place. It shows
// nothing during the first delay (a short scan prints no bar) and nothing
// at all when stderr is not a terminal.
type progressBar struct {
	w     io.Writer
	lang  checks.Lang
	now   func() time.Time
	start time.Time
	delay time.Duration

	mu          sync.Mutex
	done, total int
	current     string
	drawn       bool
	stop        chan struct{}
	stopped     sync.WaitGroup
}

// progressDelay is how long a scan runs before its bar appears.
const progressDelay = 2 * time.Second

// newProgressBar returns a bar on w, or nil when w is not a terminal.
func newProgressBar(w io.Writer, lang checks.Lang, now func() time.Time) *progressBar {
	fh, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(fh.Fd())) {
		return nil
	}
	return &progressBar{w: w, lang: lang, now: now, start: now(), delay: progressDelay}
}

// run redraws every half second, so that the elapsed time moves while a
// long subject is scanned, until end is called.
func (p *progressBar) run() {
	p.stop = make(chan struct{})
	p.stopped.Add(1)
	go func() {
		defer p.stopped.Done()
		tick := time.NewTicker(500 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-p.stop:
				return
			case <-tick.C:
				p.update(-1, -1, "")
			}
		}
	}()
}

// update records the runner's progress (negative values keep the last
// state) and redraws once the delay has passed.
func (p *progressBar) update(done, total int, current string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if done >= 0 {
		p.done, p.total, p.current = done, total, printable(current)
	}
	elapsed := p.now().Sub(p.start)
	if elapsed < p.delay || p.total == 0 {
		return
	}
	const width = 24
	fill := width * p.done / p.total
	fmt.Fprintf(p.w, "\r\x1b[K[%s%s] %d/%d %s %s — %s", strings.Repeat("#", fill), strings.Repeat(".", width-fill),
		p.done, p.total, p.lang.T("sujets", "subjects"), elapsed.Round(time.Second), checks.Clip(p.current, 60))
	p.drawn = true
}

// end stops the redraws, clears the bar and prints the one-line summary.
func (p *progressBar) end(rep *reports.Report) {
	if p == nil {
		return
	}
	if p.stop != nil {
		close(p.stop)
		p.stopped.Wait()
	}
	if p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
	fmt.Fprintf(p.w, p.lang.T("Scan terminé en %s : %s\n", "Scan done in %s: %s\n"),
		p.now().Sub(p.start).Round(time.Second), reports.SummaryLine(rep, p.lang))
}

// printable drops control characters from a subject ID before it reaches
// the terminal.
func printable(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) {
			return -1
		}
		return r
	}, s)
}

// startProgress hooks a bar on stderr to the plan when stderr is a
// terminal; the bar returned may be nil, and end is then a no-op.
func startProgress(s *scanSetup, stderr io.Writer) *progressBar {
	bar := newProgressBar(stderr, s.lang, s.plan.Env.Clock())
	if bar != nil {
		s.plan.Progress = func(done, total int, current string) { bar.update(done, total, current) }
		bar.run()
	}
	return bar
}
