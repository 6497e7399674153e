package creds

import (
	"context"
	"errors"
	"fmt"

	"conformscan/probes"
	"conformscan/probes/discovery"
)

// test runs the login tests of one endpoint into facts: the service's
// open question first, then its accounts under the budget.
func test(ctx context.Context, env *probes.Env, f *Flags, p *pacer, s *probes.Subject, port *discovery.Port, facts *Facts) error {
	svc, ok := serviceFor(port)
	if !ok {
		return notTestable(fmt.Sprintf("service %q non essayé / service %q not tried", facts.Service, facts.Service))
	}
	addr := s.ID
	if s.Host != "" && s.Port != 0 {
		addr = probes.Endpoint(s.Host, s.Port)
	}
	t := &target{dial: dialFunc(env.DialContext), addr: addr, port: port, pacer: p, facts: facts}
	if svc.open != nil {
		open, err := askOpen(ctx, svc, t)
		if err != nil || open {
			return err
		}
	}
	if svc.login == nil {
		return nil
	}
	login, err := svc.login(ctx, t)
	if err != nil {
		return err
	}
	facts.Testable = true
	budget, err := endpointBudget(ctx, f, t.dial, s, port, facts)
	if err != nil {
		return err
	}
	sess := &session{login: login, pacer: p, budget: budget, facts: facts, shared: svc.shared, endpoint: addr}
	err = tryAccounts(ctx, f, svc, sess)
	var nt *notTestableError
	if svc.open != nil && errors.As(err, &nt) {
		// The question without credentials was measured: only the
		// password tries were not (LDAP without TLS).
		facts.Note = nt.why
		return nil
	}
	return err
}

// tryAccounts runs the catalogue's accounts for svc under the budget.
func tryAccounts(ctx context.Context, f *Flags, svc service, sess *session) error {
	anonymousFound := false
	for _, acc := range f.catalogue.Accounts(svc.name, f.Level) {
		anonymous := svc.anonymous != nil && svc.anonymous(acc.User)
		if anonymous && anonymousFound {
			continue // FTP's "ftp" is the same access as "anonymous"
		}
		n := len(sess.facts.Findings)
		if err := sess.account(ctx, acc, productOf(f.catalogue, svc.name, acc.User), anonymous); err != nil {
			return err
		}
		anonymousFound = anonymousFound || (anonymous && len(sess.facts.Findings) > n)
	}
	return nil
}

// askOpen asks the service's open question once, paced: a yes is a
// finding on its own (open is true, no password is then tried); a reply
// that is neither yes nor a clear no is an error.
func askOpen(ctx context.Context, svc service, t *target) (open bool, err error) {
	if err := t.pacer.wait(ctx); err != nil {
		return false, err
	}
	o := svc.open(ctx, t)
	o.Sent = false // the question carries no password
	if o.Verdict == Unknown || o.Partial != "" {
		return false, fmt.Errorf("access without credentials: %w", o.error())
	}
	t.facts.Testable = true
	account := svc.openAccount
	if account == "" {
		account = "aucun / none"
	}
	ok := o.Verdict == Accepted
	t.facts.Tried = append(t.facts.Tried, Tried{Account: account, Tries: 1, Found: ok, Attempts: []Attempt{attemptOf(o, false)}})
	if !ok {
		return false, nil
	}
	t.facts.Findings = append(t.facts.Findings, Finding{Kind: FindingAnonymous, Account: account, Secret: Mask(""),
		Signal: o.Signal, Control: "sans objet : aucune authentification demandée / not applicable: no authentication asked"})
	return true, nil
}

// productOf names where an account's pairs come from.
func productOf(c *Catalogue, service, user string) string {
	for _, p := range c.Pairs {
		if (p.Service == service || p.Service == "*") && p.User == user {
			return p.Product
		}
	}
	return ""
}

func scheme(port *discovery.Port) string {
	if port.Service == "https" {
		return "https"
	}
	return "http"
}
