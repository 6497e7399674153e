//go:build nuclei

package nuclei

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/projectdiscovery/gologger"
	"github.com/projectdiscovery/gologger/formatter"
	"github.com/projectdiscovery/gologger/levels"
	nucleilib "github.com/projectdiscovery/nuclei/v3/lib"
	"github.com/projectdiscovery/nuclei/v3/pkg/output"
)

// engineRun is one engine run on one target.
type engineRun struct {
	target  string
	dirs    []string
	rate    int
	timeout time.Duration
	// onResult receives each match.
	onResult func(*output.ResultEvent)
	// log keeps the engine's last error lines.
	log *logTail
}

// execute runs the engine under ctx and returns the number of templates
// loaded. The caller has scoped the environment.
func (r engineRun) execute(ctx context.Context, scratch string) (int, error) {
	tail := r.log
	logger := &gologger.Logger{}
	logger.SetMaxLevel(levels.LevelWarning)
	logger.SetFormatter(formatter.NewCLI(true))
	logger.SetWriter(tail)
	eng, err := nucleilib.NewNucleiEngineCtx(ctx, r.options(ctx, logger, scratch)...)
	if err != nil {
		return 0, fmt.Errorf("nuclei engine: %w%s", err, tail.String())
	}
	defer eng.Close()
	if err := eng.LoadAllTemplates(); err != nil {
		return 0, fmt.Errorf("nuclei templates: %w%s", err, tail.String())
	}
	n := len(eng.GetTemplates())
	if n == 0 {
		return 0, fmt.Errorf("no nuclei template loaded from %s%s", strings.Join(r.dirs, ", "), tail.String())
	}
	eng.LoadTargets([]string{r.target}, false)
	err = eng.ExecuteCallbackWithCtx(ctx, r.onResult)
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return n, fmt.Errorf("nuclei run on %s stopped: %w", r.target, err)
	}
	if err != nil {
		return n, fmt.Errorf("nuclei run on %s: %w%s", r.target, err, tail.String())
	}
	return n, nil
}

func (r engineRun) options(ctx context.Context, logger *gologger.Logger, scratch string) []nucleilib.NucleiSDKOptions {
	secs := int(r.timeout / time.Second)
	if secs < 1 {
		secs = 1
	}
	return []nucleilib.NucleiSDKOptions{
		nucleilib.DisableUpdateCheck(),
		nucleilib.WithLogger(logger),
		nucleilib.WithVerbosity(nucleilib.VerbosityOptions{Silent: true}),
		nucleilib.WithTemplatesOrWorkflows(nucleilib.TemplateSources{Templates: r.dirs}),
		nucleilib.WithGlobalRateLimitCtx(ctx, r.rate, time.Second),
		nucleilib.WithNetworkConfig(nucleilib.NetworkConfig{Timeout: secs, Retries: 1, MaxHostError: 30}),
		// No out-of-band server: interactsh stays off (its cache sizes are
		// still required).
		nucleilib.WithInteractshOptions(nucleilib.InteractshOpts{NoInteractsh: true, CacheSize: 100,
			Eviction: time.Minute, CooldownPeriod: time.Second, PollDuration: time.Second, DisableHttpFallback: true}),
		nucleilib.WithTemporaryDirectory(filepath.Join(scratch, "tmp")),
		nucleilib.DisableTemplateCache(),
		// Every template run reaches the callback, matched or not, so that a
		// console that never answers is not taken for one that refused.
		nucleilib.EnableMatcherStatus(),
	}
}

// logTail keeps the last error lines of the engine's log, for facts.
type logTail struct {
	mu    sync.Mutex
	lines []string
}

// Write implements gologger's writer.Writer.
func (t *logTail) Write(data []byte, level levels.Level) {
	if level != levels.LevelError && level != levels.LevelFatal {
		return
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	t.lines = append(t.lines, strings.TrimSpace(string(data)))
	if len(t.lines) > 3 {
		t.lines = t.lines[len(t.lines)-3:]
	}
}

// String returns the kept lines, prefixed for an error message.
func (t *logTail) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	if len(t.lines) == 0 {
		return ""
	}
	return " (engine log: " + strings.Join(t.lines, "; ") + ")"
}

// newScratch makes the run's scratch directory.
func newScratch() (string, error) {
	return os.MkdirTemp("", "conformscan-nuclei-*")
}
