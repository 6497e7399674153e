//go:build nuclei

package nuclei

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"conformscan/probes"
	"conformscan/probes/creds"
	"conformscan/probes/discovery"
	"conformscan/probes/lib/nucleifacts"
)

// maxTemplateBytes bounds one template read for its accounts.
const maxTemplateBytes = 1 << 20

// admitTemplates charges, before the run, every template's declared login
// tries to the lockout budget the native login probes share, and copies
// the templates admitted into one directory. A template whose accounts
// have no budget left, or cannot be counted, is not run (said in facts). It returns the directory and how
// many templates were admitted.
func admitTemplates(ctx context.Context, env *probes.Env, f *Flags, s *probes.Subject, dirs []string, scratch string, facts *nucleifacts.Facts) (string, int, error) {
	if f.Budget == nil {
		return "", 0, errors.New("no lockout budget wired to the nuclei probe: no template run")
	}
	withTLS := schemeOf(discovery.PortOf(s)) == "https"
	a := &admission{ledger: f.Budget(), endpoint: probes.Endpoint(s.Host, s.Port), facts: facts,
		look: newPreflight(env, targetURL(discovery.PortOf(s), s))}
	id, err := creds.EndpointIdentity(ctx, a.ledger, env.DialContext, s.Host, s.Port, withTLS)
	if err != nil {
		return "", 0, err
	}
	a.id, facts.Identity = id, id
	out := filepath.Join(scratch, "admitted")
	if err := os.MkdirAll(out, 0o700); err != nil {
		return "", 0, err
	}
	n := 0
	for _, dir := range dirs {
		// The user's templates may log into anything: their tries count
		// with the host's own accounts too.
		own := dir != embeddedDir(scratch)
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !isTemplate(path) {
				return err
			}
			ok, err := a.one(ctx, path, filepath.Join(out, fmt.Sprintf("%04d-%s", n, filepath.Base(path))), own)
			if ok {
				n++
			}
			return err
		})
		if err != nil {
			return "", 0, err
		}
	}
	return out, n, nil
}

// embeddedDir is where the embedded templates are written in scratch.
func embeddedDir(scratch string) string { return filepath.Join(scratch, "embedded") }

func isTemplate(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	return ext == ".yaml" || ext == ".yml"
}

// admission is the budget check of one endpoint's templates.
type admission struct {
	ledger   *creds.Ledger
	id       creds.Identity
	endpoint string
	look     *preflight
	facts    *nucleifacts.Facts
}

// one admits one template and copies it to dst, or says in facts why
// not. Only a state file that cannot be trusted is an error.
func (a *admission) one(ctx context.Context, path, dst string, own bool) (bool, error) {
	tl, why, err := readTemplate(path)
	if err != nil || why != "" {
		a.skip(path, why)
		return false, err
	}
	tl.Unknown = own
	if err := charge(a.ledger, a.id, tl); err != nil {
		var be *creds.BudgetError
		if !errors.As(err, &be) {
			return false, err
		}
		// Left out: not measured, unless the native tries sent its pairs
		// already, or its console is not there (its paths answer 404).
		switch {
		case a.allSent(tl):
			a.skip(tl.ID, be.Error()+"; its pairs were tried by the native HTTP probe")
		case a.look.absent(ctx, tl.Paths):
			a.skip(tl.ID, be.Error()+"; console absent (404 without credentials on "+strings.Join(tl.Paths, ", ")+")")
		default:
			a.skip(tl.ID, be.Error())
			a.facts.Unmeasured = append(a.facts.Unmeasured, tl.ID+" ("+be.Account+")")
		}
		return false, nil
	}
	for user, pws := range tl.Pairs {
		for _, pw := range pws {
			a.ledger.Sent(a.id, creds.StoreAccount("http", a.endpoint, user), pw)
		}
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return false, err
	}
	return true, os.WriteFile(dst, raw, 0o600)
}

func (a *admission) skip(what, why string) {
	a.facts.Skipped = append(a.facts.Skipped, what+": "+why)
}

// allSent tells whether this scan already sent every pair of tl to this
// endpoint (the native HTTP tries did): the template then measures
// nothing more.
func (a *admission) allSent(tl templateLogins) bool {
	for user, pws := range tl.Pairs {
		if _, all := a.ledger.SentTo(a.id, creds.StoreAccount("http", a.endpoint, user), pws); !all {
			return false
		}
	}
	return len(tl.Pairs) > 0
}

// readTemplate reads a template's declared logins; why says why it
// cannot be counted.
func readTemplate(path string) (templateLogins, string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return templateLogins{}, "", err
	}
	if st.Size() > maxTemplateBytes {
		return templateLogins{}, fmt.Sprintf("larger than %d bytes", maxTemplateBytes), nil
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return templateLogins{}, "", err
	}
	tl, err := parseTemplateLogins(raw)
	if err != nil {
		return tl, err.Error(), nil
	}
	return tl, tl.Undeclared, nil
}

// preflightTimeout bounds one request of the preflight.
const preflightTimeout = 5 * time.Second

// preflight asks, without credentials, whether a template's paths exist
// on the endpoint, once per path: a GET answered 404 means no console
// there. Any other answer, or none, means it may be there.
type preflight struct {
	client *http.Client
	base   string
	seen   map[string]bool
}

func newPreflight(env *probes.Env, base string) *preflight {
	tr := &http.Transport{
		DialContext:       env.DialContext,
		TLSClientConfig:   &tls.Config{InsecureSkipVerify: true}, //nolint:gosec // presence of a path only
		DisableKeepAlives: true,
		Proxy:             nil,
	}
	return &preflight{base: base, seen: map[string]bool{},
		client: &http.Client{Transport: tr, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

// absent tells whether every one of paths answers 404.
func (p *preflight) absent(ctx context.Context, paths []string) bool {
	if len(paths) == 0 {
		return false
	}
	for _, path := range paths {
		missing, ok := p.seen[path]
		if !ok {
			missing = p.notFound(ctx, path)
			p.seen[path] = missing
		}
		if !missing {
			return false
		}
	}
	return true
}

func (p *preflight) notFound(ctx context.Context, path string) bool {
	ctx, cancel := context.WithTimeout(ctx, preflightTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, p.base+path, nil)
	if err != nil {
		return false
	}
	req.Header.Set("User-Agent", "conformscan")
	resp, err := p.client.Do(req)
	if err != nil {
		return false
	}
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	_ = resp.Body.Close()
	return resp.StatusCode == http.StatusNotFound
}

// charge reserves every declared try of a template, all or none: on the
// machine's web console accounts, or its own accounts for a console that
// logs into them, or both for the user's templates.
func charge(ledger *creds.Ledger, id creds.Identity, tl templateLogins) error {
	var taken []creds.Ticket
	for _, user := range tl.accounts() {
		for _, account := range budgetAccounts(tl, user) {
			for i := 0; i < tl.Tries[user]; i++ {
				t, err := ledger.Reserve(id, account)
				if err != nil {
					return errors.Join(err, release(ledger, taken))
				}
				taken = append(taken, t)
			}
		}
	}
	return nil
}

// budgetAccounts are the budget accounts one template try on user charges.
func budgetAccounts(tl templateLogins, user string) []string {
	switch {
	case tl.Unknown:
		return []string{creds.WebAccount(user), creds.SystemAccount(user)}
	case tl.HostAccounts:
		return []string{creds.SystemAccount(user)}
	}
	return []string{creds.WebAccount(user)}
}

func release(ledger *creds.Ledger, taken []creds.Ticket) error {
	for _, tk := range taken {
		if err := ledger.Release(tk); err != nil {
			return err
		}
	}
	return nil
}
