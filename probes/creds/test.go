package creds

import (
	"context"
	"fmt"
	"strconv"

	"conformscan/probes"
	"conformscan/probes/discovery"
)

// test runs the login tests of one endpoint into facts.
func test(ctx context.Context, env *probes.Env, f *Flags, p *pacer, s *probes.Subject, port *discovery.Port, facts *Facts) error {
	addr := s.ID
	if s.Host != "" && s.Port != 0 {
		addr = probes.Endpoint(s.Host, s.Port)
	}
	dial := dialFunc(env.DialContext)
	var login loginFunc
	switch facts.Service {
	case "ssh":
		login = sshLogin(dial, addr)
	case "ftp":
		login = ftpLogin(dial, addr)
	case "redis":
		open, err := redisPrecheck(ctx, dial, addr, p, facts)
		if err != nil || open {
			return err
		}
		login = redisLogin(dial, addr)
	case "http":
		c := httpClient(dial)
		if err := p.wait(ctx); err != nil {
			return err
		}
		bots, err := lookForBots(ctx, c, scheme(port)+"://"+addr+"/")
		if err != nil {
			return err
		}
		facts.Bots = bots
		url, sch, err := findChallenge(ctx, c, p, scheme(port)+"://"+addr)
		if err != nil {
			return err
		}
		facts.URL, facts.Scheme = url, sch
		login = httpLogin(c, url, sch)
	default:
		return notTestable("service " + strconv.Quote(facts.Service) + " not tried")
	}
	facts.Testable = true
	sess := &session{login: login, pacer: p, maxTries: f.MaxTries, facts: facts}
	for _, acc := range f.catalogue.Accounts(facts.Service, f.Level) {
		anonymous := facts.Service == "ftp" && (acc.User == "anonymous" || acc.User == "ftp")
		if err := sess.account(ctx, acc, productOf(f.catalogue, facts.Service, acc.User), anonymous); err != nil {
			return err
		}
	}
	return nil
}

// redisPrecheck asks INFO without AUTH: an answer is a finding on its own
// (open is true, no password is then tried).
func redisPrecheck(ctx context.Context, dial dialFunc, addr string, p *pacer, facts *Facts) (open bool, err error) {
	if err := p.wait(ctx); err != nil {
		return false, err
	}
	r, err := redisOpen(ctx, dial, addr)
	if err != nil {
		return false, fmt.Errorf("INFO without AUTH: %w", err)
	}
	facts.Testable = true
	if !r.ok {
		return false, nil
	}
	facts.Tried = append(facts.Tried, Tried{Account: "aucun / none", Tries: 1, Found: true})
	facts.Findings = append(facts.Findings, Finding{Kind: FindingAnonymous, Account: "aucun / none", Secret: Mask(""),
		Signal: r.signal, Control: "sans objet : aucune authentification demandée / not applicable: no authentication asked"})
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
