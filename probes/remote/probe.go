package remote

import (
	"context"
	"fmt"
	"net"
	"os"
	"strconv"
	"strings"
	"time"

	"conformscan/probes"
	"conformscan/probes/discovery"
)

// New returns the network probe: on every endpoint whose service or port
// is a remote-control or administration one, it speaks the protocol far
// enough to tell how it authenticates, never sending a credential; an
// endpoint discovery could not identify is recorded with its first bytes.
func New() probes.Probe { return NewWith(&Flags{}) }

// NewWith returns the network probe with the given options.
func NewWith(fl *Flags) probes.Probe {
	return probes.Probe{
		ID:      ID,
		Doc:     "Remote-control and administration fingerprints (VNC security types, RDP security protocol, X11 access control, SSH methods, WinRM, TeamViewer, Radmin, NetSupport, NoMachine, DameWare, AnyDesk) with the scanning vantage point; --nmap-xml adds nmap's service names.",
		Kind:    probes.SubjectEndpoint,
		Needs:   []string{discovery.ID},
		Options: fl,
		Applies: func(s *probes.Subject) bool { return applies(s) || fl.nmapOf(s) != nil },
		Run: func(ctx context.Context, env *probes.Env, s *probes.Subject) error {
			nm := fl.nmapOf(s)
			if err := run(ctx, env, s, nm); err != nil || nm != nil || !fl.Nmap {
				return err
			}
			return withNmap(ctx, env, s)
		},
	}
}

// nmapOf returns what the imported nmap report said of s (nil: nothing).
func (f *Flags) nmapOf(s *probes.Subject) *NmapService {
	if f == nil || f.nmap == nil {
		return nil
	}
	if svc, ok := f.nmap[net.JoinHostPort(s.Host, strconv.Itoa(s.Port))]; ok {
		return &svc
	}
	return nil
}

func applies(s *probes.Subject) bool {
	p := discovery.PortOf(s)
	if _, ok := pick(p, s.Port); ok {
		return true
	}
	return p != nil && p.Unidentified != ""
}

func run(ctx context.Context, env *probes.Env, s *probes.Subject, nm *NmapService) error {
	p := discovery.PortOf(s)
	host, _ := os.Hostname()
	f := &Facts{Vantage: Vantage{Hostname: host}, Auth: AuthUnknown, Nmap: nm}
	addr := net.JoinHostPort(s.Host, strconv.Itoa(s.Port))
	x := exchange{ctx: ctx, addr: addr, port: p, safe: env.Safe, dial: func() (net.Conn, error) {
		c, err := env.DialContext(ctx, "tcp", addr)
		if err != nil {
			return nil, fmt.Errorf("connecting to %s again after discovery (is the service still up?): %w", addr, probes.Wrap("connect", err))
		}
		arm(ctx, c)
		f.Vantage.LocalAddr = c.LocalAddr().String()
		return c, nil
	}}
	t, ok := pick(p, s.Port)
	if !ok && nm != nil {
		t, ok = byName(nmapTool(nm.Name))
	}
	if !ok {
		s.SetFact(ID, guess(x, f))
		return nil
	}
	f.Tool, f.Display, f.RemoteControl, f.Admin = t.name, t.display, t.remoteControl, true
	if err := t.run(x, f); err != nil {
		f.Error = err.Error()
	}
	s.SetFact(ID, f)
	return nil
}

// guessTimeout bounds each fingerprint tried on an unidentified service.
const guessTimeout = 1500 * time.Millisecond

// guess tries the fingerprints of client-first remote-control protocols
// (RDP, X11) on a service discovery could not identify, each under
// guessTimeout; when none matches, the facts keep discovery's first bytes.
func guess(x exchange, f *Facts) *Facts {
	for _, t := range tools() {
		if t.name != "rdp" && t.name != "x11" {
			continue
		}
		try := *f
		try.Tool, try.Display, try.RemoteControl, try.Admin = t.name, t.display, t.remoteControl, true
		ctx, cancel := context.WithTimeout(x.ctx, guessTimeout)
		tx := x
		tx.ctx = ctx
		err := t.run(tx, &try)
		cancel()
		try.Vantage = f.Vantage
		if err == nil && try.Identified {
			try.Details = append(try.Details, "identified on a non-standard port")
			return &try
		}
	}
	f.FirstBytes = x.port.FirstBytes
	f.Details = []string{"service not identified: " + x.port.Unidentified}
	return f
}

// withNmap runs nmap -sV on an endpoint the probe could not identify and,
// when nmap names a remote tool, runs that tool's fingerprint again.
func withNmap(ctx context.Context, env *probes.Env, s *probes.Subject) error {
	if f := FactsOf(s); f != nil && f.Identified {
		return nil
	}
	nm, err := runNmap(ctx, s.Host, s.Port)
	if err != nil {
		if f := FactsOf(s); f != nil {
			f.Error = strings.TrimPrefix(f.Error+"; ", "; ") + err.Error()
		}
		return nil
	}
	if nm == nil {
		return nil
	}
	return run(ctx, env, s, nm)
}
