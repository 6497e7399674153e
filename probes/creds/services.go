package creds

import (
	"context"
	"slices"

	"conformscan/probes/discovery"
)

// target is one endpoint under test, as a service's functions see it.
type target struct {
	dial  dialFunc
	addr  string
	port  *discovery.Port
	pacer *pacer
	facts *Facts
}

// service is one protocol the probe logs in to: a value in loginServices,
// with the login client in its own file.
type service struct {
	// name is the catalogue's service column (ssh, ftp, http...).
	name string
	// display names the service in report texts (SSH, HTTP Basic/Digest...).
	display string
	// discovered lists the discovery service names it applies to.
	discovered []string
	// open, when set, asks once without credentials: a yes (Redis INFO,
	// VNC security type None, MongoDB listDatabases, LDAP anonymous bind)
	// is a finding on its own, and no password is then tried.
	open func(ctx context.Context, t *target) Outcome
	// openAccount names the access open found ("aucun / none" if empty).
	openAccount string
	// login, when set, prepares the tries (HTTP looks for a challenge) and
	// returns the login function; a notTestable error says there is
	// nothing to try. Without it, only open is asked.
	login func(ctx context.Context, t *target) (loginFunc, error)
	// anonymous tells accounts that accept any password by design (FTP
	// anonymous): no negative control on them.
	anonymous func(user string) bool
	// shared names the account store when the service logs into the
	// host's own accounts (SSH, Telnet, FTP: "system"), as PAM's lockout
	// counts across services: one lockout budget per username across them
	// (session.budgetAccount), and what one sent counts for the others.
	shared string
}

// systemAccounts is the namespace of the host's own accounts.
const systemAccounts = "system"

// loginServices is the list of protocols tried on endpoints, in the
// order of the catalogue. SNMP (UDP, per host) is its own probe.
func loginServices() []service {
	return []service{
		sshService(),
		ftpService(),
		httpService(),
		redisService(),
		vncService(),
		telnetService(),
		postgresService(),
		mysqlService(),
		mssqlService(),
		ldapService(),
		mongodbService(),
	}
}

// serviceFor returns the login service for a discovered port.
func serviceFor(p *discovery.Port) (service, bool) {
	if p == nil {
		return service{}, false
	}
	for _, s := range loginServices() {
		if slices.Contains(s.discovered, p.Service) {
			return s, true
		}
	}
	return service{}, false
}

// protocolOf maps discovery's service to the login protocol tried ("" for
// none).
func protocolOf(p *discovery.Port) string {
	s, _ := serviceFor(p)
	return s.name
}

// supported tells the catalogue's service names: every login service and
// snmp.
func supported(name string) bool {
	if name == "snmp" {
		return true
	}
	for _, s := range loginServices() {
		if s.name == name {
			return true
		}
	}
	return false
}

// ServiceNames lists the display names of the services the creds probes
// try, in the order of loginServices, then SNMP (its own probe, UDP): the
// one list that 8.3's texts are built from.
func ServiceNames() []string {
	names := make([]string, 0, len(loginServices())+1)
	for _, s := range loginServices() {
		names = append(names, s.display)
	}
	return append(names, "SNMP")
}

// supportedNames lists them for error messages.
func supportedNames() string {
	out := ""
	for _, s := range loginServices() {
		out += s.name + ", "
	}
	return out + "snmp"
}

func sshService() service {
	return service{name: "ssh", display: "SSH", discovered: []string{"ssh"}, shared: systemAccounts,
		login: func(_ context.Context, t *target) (loginFunc, error) { return sshLogin(t.dial, t.addr), nil }}
}

func ftpService() service {
	return service{name: "ftp", display: "FTP", discovered: []string{"ftp"}, shared: systemAccounts,
		login:     func(_ context.Context, t *target) (loginFunc, error) { return ftpLogin(t.dial, t.addr), nil },
		anonymous: func(user string) bool { return user == "anonymous" || user == "ftp" }}
}

func redisService() service {
	return service{name: "redis", display: "Redis", discovered: []string{"redis"},
		open:  func(ctx context.Context, t *target) Outcome { return redisOpen(ctx, t.dial, t.addr) },
		login: func(_ context.Context, t *target) (loginFunc, error) { return redisLogin(t.dial, t.addr), nil }}
}

func httpService() service {
	return service{name: "http", display: "HTTP Basic/Digest", discovered: []string{"http", "https"}, login: httpPrepare}
}

// httpPrepare records the anti-automation signs of / (ref 5.9), then
// looks for a console asking for Basic or Digest credentials.
func httpPrepare(ctx context.Context, t *target) (loginFunc, error) {
	c := httpClient(t.dial)
	if err := t.pacer.wait(ctx); err != nil {
		return nil, err
	}
	base := scheme(t.port) + "://" + t.addr
	bots, err := lookForBots(ctx, c, base+"/")
	if err != nil {
		return nil, err
	}
	t.facts.Bots = bots
	url, sch, err := findChallenge(ctx, c, t.pacer, base)
	if err != nil {
		return nil, err
	}
	t.facts.URL, t.facts.Scheme = url, sch
	return httpLogin(c, url, sch), nil
}
