package serve

import (
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// chromium starts headless Chromium (Debian package chromium) with a
// fresh profile and nothing of its own on the network. The test fails
// rather than skips without it.
func chromium(t *testing.T) context.Context {
	t.Helper()
	path, err := exec.LookPath("chromium")
	if err != nil {
		t.Fatalf("headless Chromium is needed: apt-get install chromium (%v)", err)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(path), chromedp.NoSandbox,
		chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true), chromedp.Flag("accept-lang", "fr-FR,fr"),
		chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1280, 900))
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() { cancelTimeout(); cancel(); cancelAlloc() })
	return ctx
}

// requests records every URL the browser asks for.
func requests(t *testing.T, ctx context.Context) func() []string {
	t.Helper()
	var mu sync.Mutex
	var urls []string
	err := chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			mu.Lock()
			urls = append(urls, e.Request.URL)
			mu.Unlock()
		}
	})
	if err != nil {
		t.Fatalf("Chromium: %v", err)
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatalf("Chromium: %v", err)
	}
	return func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), urls...)
	}
}

// do runs browser steps and fails the test on error.
func do(t *testing.T, ctx context.Context, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("Chromium, %s: %v", what, err)
	}
}

// val runs one browser action and returns its value.
func val[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatalf("Chromium: %v", err)
	}
	return v
}

// js evaluates an expression in the page.
func js[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	return val(t, ctx, chromedp.Evaluate[T](expr))
}

// shoot saves a PNG screenshot of the page when SERVE_SCREENSHOTS names a
// folder (docs/serve/).
func shoot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	dir := os.Getenv("SERVE_SCREENSHOTS")
	if dir == "" {
		return
	}
	png := val(t, ctx, chromedp.FullScreenshot(100))
	if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// transparent is an unstyled background.
const transparent = "rgba(0, 0, 0, 0)"

// TestServeInBrowser: Chromium loads the overview, opens a run (the
// report's own style and filter script allowed by the CSP), compares two
// runs and shows a ref over time; the planted script is text, never run,
// and no request leaves for another origin.
func TestServeInBrowser(t *testing.T) {
	h, _ := fixture(t, Options{})
	srv := httptest.NewServer(h)
	defer srv.Close()
	ctx := chromium(t)
	seen := requests(t, ctx)
	type css = chromedp.CSS

	do(t, ctx, "overview", chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(css("#overview")))
	rows := js[int](t, ctx, `document.querySelectorAll('#overview tbody tr').length`)
	badge := js[string](t, ctx, `getComputedStyle(document.querySelector('.badge')).backgroundColor`)
	text := val(t, ctx, chromedp.Text(css("#overview")))
	shoot(t, ctx, "overview.png")
	if rows != 2 || !strings.Contains(text, "NO-GO") || !strings.Contains(text, "DPI "+planted) || badge == transparent {
		t.Errorf("overview: %d rows, badge %s, text %q", rows, badge, text)
	}

	do(t, ctx, "open a run", chromedp.Click(css(`#overview a[href="/runs/3"]`)), chromedp.WaitVisible(css("#servenav")))
	scripts := js[int](t, ctx, `document.scripts.length`)
	decisionBg := js[string](t, ctx, `getComputedStyle(document.querySelector('.decision')).backgroundColor`)
	visible := js[int](t, ctx, `document.querySelectorAll('tbody.ref:not(.hidden)').length`)
	do(t, ctx, "filter", chromedp.Click(css(`#filters input[data-status="fail"]`)))
	filtered := js[int](t, ctx, `document.querySelectorAll('tbody.ref:not(.hidden)').length`)
	do(t, ctx, "unfilter", chromedp.Click(css(`#filters input[data-status="fail"]`)))
	text = js[string](t, ctx, `document.body.innerText`)
	shoot(t, ctx, "run.png")
	if scripts != 1 || decisionBg == transparent || filtered >= visible || !strings.Contains(text, planted) {
		t.Errorf("run: %d scripts, decision background %s, %d refs shown then %d, planted text shown %v",
			scripts, decisionBg, visible, filtered, strings.Contains(text, planted))
	}

	do(t, ctx, "compare", chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(css("#overview")),
		chromedp.Click(css(`#overview a[href="/compare?a=2&b=3"]`)), chromedp.WaitVisible(css("#changes")))
	rows = js[int](t, ctx, `document.querySelectorAll('#changes tbody tr').length`)
	text = val(t, ctx, chromedp.Text(css("#changes")))
	shoot(t, ctx, "compare.png")
	// Chromium asks for French (--accept-lang).
	if rows != 1 || !strings.Contains(text, "régression") || !strings.Contains(text, "7.1") {
		t.Errorf("compare: %d rows: %q", rows, text)
	}

	do(t, ctx, "ref", chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(css("#overview")), chromedp.SetValue(css(`input[name="ref"]`), "7.1"), chromedp.Submit(css(`input[name="ref"]`)),
		chromedp.WaitVisible(css("#timeline")))
	rows = js[int](t, ctx, `document.querySelectorAll('#timeline tbody tr').length`)
	scripts = js[int](t, ctx, `document.scripts.length`)
	text = js[string](t, ctx, `document.body.innerText`)
	shoot(t, ctx, "ref.png")
	if rows != 4 || scripts != 0 || !strings.Contains(text, planted) || !strings.Contains(text, "ANSSI-TLS-R1") {
		t.Errorf("ref: %d rows, %d scripts, text %q", rows, scripts, text)
	}

	urls := seen()
	if len(urls) < 4 {
		t.Errorf("only %d requests seen: the listener is broken", len(urls))
	}
	for _, u := range urls {
		if !strings.HasPrefix(u, srv.URL+"/") && !strings.HasPrefix(u, "data:") {
			t.Errorf("request to another origin: %s", u)
		}
	}
}
