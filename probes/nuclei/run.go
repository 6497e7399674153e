//go:build nuclei

package nuclei

import (
	"context"
	"fmt"
	"net"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/projectdiscovery/nuclei/v3/pkg/output"

	"conformscan/probes"
	"conformscan/probes/creds"
	"conformscan/probes/discovery"
	"conformscan/probes/lib/nucleifacts"
)

// defaultLoginTag marks the templates whose match is a default login.
const defaultLoginTag = "default-login"

func run(ctx context.Context, env *probes.Env, f *Flags, s *probes.Subject) error {
	if err := f.Validate(ctx); err != nil {
		return err
	}
	target := targetURL(discovery.PortOf(s), s)
	facts := &nucleifacts.Facts{Target: target, RatePerSecond: f.Rate, Logins: []nucleifacts.Login{}, At: env.Clock()()}
	s.SetFact(nucleifacts.ID, facts)
	scratch, err := newScratch()
	if err != nil {
		facts.Error = err.Error()
		return fmt.Errorf("nuclei scratch directory: %w", err)
	}
	defer removeAll(scratch)
	log := &logTail{}
	restore, err := scopeEnv(scratch, log)
	if err != nil {
		facts.Error = err.Error()
		return fmt.Errorf("nuclei scratch environment: %w", err)
	}
	defer restore()
	dirs, err := templateDirs(f, scratch, facts)
	if err != nil {
		facts.Error = err.Error()
		return err
	}
	admitted, count, err := admitTemplates(ctx, env, f, s, dirs, scratch, facts)
	if err != nil {
		facts.Error = err.Error()
		return &probes.Error{Kind: probes.KindProtocol, Op: "nuclei lockout budget", Endpoint: s.ID, Err: err}
	}
	if count > 0 {
		err = runEngine(ctx, f, facts, target, admitted, scratch, log)
	}
	// A template left out by the lockout budget, its console not ruled
	// out, is a login not tried: the endpoint is not measured.
	if err == nil && len(facts.Unmeasured) > 0 {
		err = fmt.Errorf("templates not run, lockout budget spent (by this scan's other tries or an earlier scan), console not ruled out: %v (scan again in 15 min)", facts.Unmeasured)
	}
	if err != nil {
		facts.Error = err.Error()
		return &probes.Error{Kind: kindOf(ctx), Op: "nuclei", Endpoint: s.ID, Err: err}
	}
	return nil
}

// runEngine runs the admitted templates on target into facts.
func runEngine(ctx context.Context, f *Flags, facts *nucleifacts.Facts, target, admitted, scratch string, log *logTail) error {
	var mu sync.Mutex
	r := engineRun{target: target, dirs: []string{admitted}, rate: f.Rate, timeout: requestTimeout(ctx), log: log,
		onResult: func(ev *output.ResultEvent) {
			mu.Lock()
			defer mu.Unlock()
			record(facts, ev)
		}}
	n, err := r.execute(ctx, scratch)
	mu.Lock()
	defer mu.Unlock()
	facts.Templates = n
	// A template run without an answer is a login not tried: the endpoint
	// is not measured (an error, never a pass).
	if err == nil && facts.Failed > 0 {
		err = fmt.Errorf("%d of %d nuclei template runs got no answer from %s (%s)", facts.Failed, facts.Failed+facts.Answered, target, facts.FirstFailure)
	}
	return err
}

// templateDirs writes the embedded templates and returns every directory
// to load.
func templateDirs(f *Flags, scratch string, facts *nucleifacts.Facts) ([]string, error) {
	var dirs []string
	if !f.NoEmbedded {
		dir := embeddedDir(scratch)
		if _, err := writeEmbedded(dir); err != nil {
			return nil, fmt.Errorf("writing the embedded nuclei templates: %w", err)
		}
		dirs = append(dirs, dir)
		facts.Sources = append(facts.Sources, "embedded")
	}
	if f.Templates != "" {
		dirs = append(dirs, f.Templates)
		facts.Sources = append(facts.Sources, "--nuclei-templates "+f.Templates)
	}
	if len(dirs) == 0 {
		return nil, fmt.Errorf("no nuclei template directory")
	}
	return dirs, nil
}

// targetURL is the endpoint's base URL.
func targetURL(p *discovery.Port, s *probes.Subject) string {
	scheme := schemeOf(p)
	if scheme == "" {
		scheme = "http"
	}
	return scheme + "://" + net.JoinHostPort(s.Host, strconv.Itoa(s.Port))
}

// requestTimeout is the engine's per-request timeout: a quarter of what
// is left of the probe's deadline, 3 to 10 seconds (BMCs answer slowly).
func requestTimeout(ctx context.Context) time.Duration {
	d := 10 * time.Second
	if dl, ok := ctx.Deadline(); ok {
		d = min(d, max(time.Until(dl)/4, 3*time.Second))
	}
	return d
}

func kindOf(ctx context.Context) probes.ErrorKind {
	if ctx.Err() != nil {
		return probes.KindIOTimeout
	}
	return probes.KindProtocol
}

// record turns one match into facts; a default-login match keeps the
// account and the masked secret only.
func record(f *nucleifacts.Facts, ev *output.ResultEvent) {
	if !ev.MatcherStatus {
		if ev.Error == "" {
			f.Answered++
			return
		}
		f.Failed++
		if f.FirstFailure == "" {
			f.FirstFailure = ev.TemplateID + ": " + ev.Error
		}
		return
	}
	f.Answered++
	tags := ev.Info.Tags.ToSlice()
	url := ev.Matched
	if url == "" {
		url = ev.URL
	}
	switch {
	case slices.Contains(tags, defaultLoginTag):
		f.Logins = append(f.Logins, nucleifacts.Login{TemplateID: ev.TemplateID, Console: consoleOf(ev.Info.Name),
			URL: url, Account: metaString(ev, "username"), Secret: creds.Mask(metaString(ev, "password")),
			Signal: signalOf(ev)})
	case slices.Contains(tags, "cve") || slices.Contains(tags, "vulnerability"):
		f.Vulns = append(f.Vulns, nucleifacts.Vuln{TemplateID: ev.TemplateID, Name: ev.Info.Name,
			Severity: ev.Info.SeverityHolder.Severity.String(), URL: url, Tags: tags})
	default:
		f.Others = append(f.Others, nucleifacts.Match{TemplateID: ev.TemplateID, Name: ev.Info.Name, URL: url})
	}
}

func metaString(ev *output.ResultEvent, key string) string {
	if v, ok := ev.Metadata[key]; ok && v != nil {
		return fmt.Sprint(v)
	}
	return ""
}

func consoleOf(name string) string {
	return strings.TrimSuffix(name, " default login")
}

func signalOf(ev *output.ResultEvent) string {
	if ev.MatcherName != "" {
		return "matcher " + ev.MatcherName
	}
	return "post-login answer matched by template " + ev.TemplateID
}
