//go:build nuclei

package nuclei

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"conformscan/probes"
	"conformscan/probes/creds"
	"conformscan/probes/discovery"
	"conformscan/probes/nucleifacts"
)

// maxTemplateBytes bounds one template read for its accounts.
const maxTemplateBytes = 1 << 20

// admitTemplates charges, before the run, every template's declared login
// tries to the lockout budget the native login probes share, and copies
// the templates admitted into one directory: a template whose accounts
// have no budget left on the machine, or cannot be counted, is not run
// (said in facts). It returns the directory and how many were admitted.
func admitTemplates(ctx context.Context, env *probes.Env, f *Flags, s *probes.Subject, dirs []string, scratch string, facts *nucleifacts.Facts) (string, int, error) {
	if f.Budget == nil {
		return "", 0, errors.New("no lockout budget wired to the nuclei probe: no template run")
	}
	ledger := f.Budget()
	withTLS := schemeOf(discovery.PortOf(s)) == "https"
	id, err := creds.EndpointIdentity(ctx, ledger, env.DialContext, s.Host, s.Port, withTLS)
	if err != nil {
		return "", 0, err
	}
	facts.Identity = id
	out := filepath.Join(scratch, "admitted")
	if err := os.MkdirAll(out, 0o700); err != nil {
		return "", 0, err
	}
	n := 0
	for _, dir := range dirs {
		// The user's templates may log into anything: their tries count
		// with the host's own accounts.
		own := dir != embeddedDir(scratch)
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !isTemplate(path) {
				return err
			}
			ok, err := admitOne(ledger, id, path, filepath.Join(out, fmt.Sprintf("%04d-%s", n, filepath.Base(path))), own, facts)
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

// admitOne charges one template's tries and copies it to dst when they
// fit. Only a state file that cannot be trusted is an error.
func admitOne(ledger *creds.Ledger, id creds.Identity, path, dst string, own bool, facts *nucleifacts.Facts) (bool, error) {
	st, err := os.Stat(path)
	if err != nil {
		return false, err
	}
	if st.Size() > maxTemplateBytes {
		facts.Skipped = append(facts.Skipped, fmt.Sprintf("%s: larger than %d bytes", path, maxTemplateBytes))
		return false, nil
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return false, err
	}
	tl, err := parseTemplateLogins(raw)
	if err != nil || tl.Undeclared != "" {
		why := tl.Undeclared
		if err != nil {
			why = err.Error()
		}
		facts.Skipped = append(facts.Skipped, fmt.Sprintf("%s: %s", path, why))
		return false, nil
	}
	tl.Unknown = own
	if err := charge(ledger, id, tl); err != nil {
		var be *creds.BudgetError
		if !errors.As(err, &be) {
			return false, err
		}
		facts.Skipped = append(facts.Skipped, tl.ID+": "+be.Error())
		if be.Earlier {
			facts.Unmeasured = append(facts.Unmeasured, be.Account)
		}
		return false, nil
	}
	return true, os.WriteFile(dst, raw, 0o600)
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
