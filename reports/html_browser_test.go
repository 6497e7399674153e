package reports

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"conformscan/checks"
)

// browser starts headless Chromium (Debian package chromium, installed by
// .ci/run). The test fails rather than skips without it: the HTML report's
// filters and print layout are only checked here.
func browser(t *testing.T) context.Context {
	t.Helper()
	path, err := exec.LookPath("chromium")
	if err != nil {
		t.Fatalf("headless Chromium is needed for the HTML report test: apt-get install chromium (%v)", err)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(path), chromedp.NoSandbox,
		chromedp.Flag("disable-gpu", true), chromedp.UserDataDir(t.TempDir()))
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 60*time.Second)
	t.Cleanup(func() { cancelTimeout(); cancel(); cancelAlloc() })
	return ctx
}

// run runs one browser action and fails the test on error.
func run[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatalf("Chromium: %v", err)
	}
	return v
}

// TestHTMLInBrowser opens the HTML report in Chromium: no request leaves
// the file, the filters hide and show refs, the evidence unfolds for print,
// and the page prints to PDF.
func TestHTMLInBrowser(t *testing.T) {
	file := filepath.Join(t.TempDir(), "rapport.html")
	if err := os.WriteFile(file, []byte(render(t, HTML{}, testReport(t, checks.French))), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := browser(t)
	var mu sync.Mutex
	var requests []string
	err := chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			mu.Lock()
			requests = append(requests, e.Request.URL)
			mu.Unlock()
		}
	})
	if err != nil {
		t.Fatalf("Chromium: %v", err)
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatalf("Chromium: %v", err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+file)); err != nil {
		t.Fatalf("Chromium: %v", err)
	}
	decision := run(t, ctx, chromedp.Text(chromedp.CSS("#decision")))
	visible := run(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('tbody.ref:not(.hidden)').length`))
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#filters input[data-status="fail"]`))); err != nil {
		t.Fatalf("Chromium: %v", err)
	}
	afterFilter := run(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('tbody.ref:not(.hidden)').length`))
	openDetails := run(t, ctx, chromedp.Evaluate[int](`window.dispatchEvent(new Event('beforeprint')); document.querySelectorAll('details[open]').length`))
	pdf := run(t, ctx, chromedp.PrintToPDF(chromedp.PDFPrintBackground()))
	if !strings.Contains(decision, "NO-GO") {
		t.Errorf("decision %q, want NO-GO", decision)
	}
	if visible != 9 || afterFilter != 8 {
		t.Errorf("%d refs shown, %d after hiding ÉCHEC; want 9 and 8", visible, afterFilter)
	}
	if openDetails == 0 {
		t.Error("evidence not unfolded for print")
	}
	if !strings.HasPrefix(string(pdf), "%PDF") {
		t.Error("the page does not print to PDF")
	}
	mu.Lock()
	defer mu.Unlock()
	if len(requests) == 0 {
		t.Error("no request seen, not even the page's own: the listener is broken")
	}
	for _, u := range requests {
		if !strings.HasPrefix(u, "file://") {
			t.Errorf("the report requested %s", u)
		}
	}
}
