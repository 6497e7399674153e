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
			err := run(ctx, env, s, nm)
			if nm != nil || !fl.Nmap {
				return err
			}
			if f := FactsOf(s); err == nil && f != nil && f.Identified {
				return nil
			}
			return withNmap(ctx, env, s, err)
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
	if !ok && nm != nil && NmapNamed(nm) {
		f.Details = append(f.Details, fmt.Sprintf("nmap names the service %q: no remote-control nor administration tool", nm.Name))
		s.SetFact(ID, f)
		return nil
	}
	if !ok {
		g, err := guess(x, f)
		s.SetFact(ID, g)
		return err
	}
	f.Tool, f.Display, f.RemoteControl, f.Admin = t.name, t.display, t.remoteControl, true
	err := t.run(x, f)
	if err != nil {
		// A fingerprint that did not finish measured nothing: the facts
		// keep what was seen, the run is an error (checks: ERROR).
		f.Error = err.Error()
		err = &probes.Error{Kind: fingerprintKind(err), Op: "fingerprint " + t.display, Endpoint: addr, Err: err}
	}
	s.SetFact(ID, f)
	return err
}

// fingerprintKind classifies a fingerprint's failure: a timeout or a
// reset as such, anything else the peer sent as a protocol error.
func fingerprintKind(err error) probes.ErrorKind {
	switch k := probes.KindOf(err); k {
	case probes.KindUnknown, "":
		return probes.KindProtocol
	default:
		return k
	}
}

// guessTimeout bounds each fingerprint tried on an unidentified service.
const guessTimeout = 1500 * time.Millisecond

// guess tries the fingerprints of client-first remote-control protocols
// (RDP, X11) on a service discovery could not identify, each under
// guessTimeout; when none matches, the facts keep discovery's first bytes
// and the port is an error: it could be any remote-control or
// administration service (a silent SSH or Telnet, a VNC that stalls), so
// the refs it could belong to cannot pass.
func guess(x exchange, f *Facts) (*Facts, error) {
	closed := true // every guess saw the connection closed before any byte
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
		closed = closed && err != nil && try.FirstBytes == "" && probes.KindOf(err) == probes.KindReset
		try.Vantage = f.Vantage
		if err == nil && try.Identified {
			try.Details = append(try.Details, "identified on a non-standard port")
			return &try, nil
		}
	}
	why := "not identified"
	if x.port != nil {
		f.FirstBytes = x.port.FirstBytes
		why = x.port.Unidentified
	}
	f.Details = []string{"service not identified: " + why}
	if why == discovery.UnidentifiedTCPWrapped && closed {
		// Closed before any exchange, to every fingerprint too: no service
		// answers from the scanning point (as 7.x read it: N/A, said so).
		// One that closed on discovery but stays silent on a fingerprint
		// is an unknown service like any other.
		f.Details = append(f.Details, "the connection is closed before any exchange: no service answers from the scanning point")
		return f, nil
	}
	f.Error = unidentifiedError(x.addr, why).Error()
	return f, unidentifiedError(x.addr, why)
}

// unidentifiedError says an open port could not be identified.
func unidentifiedError(addr, why string) error {
	kind := probes.KindProtocol
	if why == discovery.UnidentifiedSilent {
		kind = probes.KindIOTimeout
	}
	return &probes.Error{Kind: kind, Op: "identify", Endpoint: addr,
		Err: fmt.Errorf("open port not identified (%s): it may be a remote-control or administration service (VNC, RDP, SSH, Telnet...); identify it (--nmap, --nmap-xml) or close it", why)}
}

// withNmap runs nmap -sV on an endpoint the probe could not identify
// (prior: the probe's error, nil when it only rests on the port number)
// and, when nmap names a service, runs the probe again with it; when nmap
// cannot tell either, the prior error stands.
func withNmap(ctx context.Context, env *probes.Env, s *probes.Subject, prior error) error {
	nm, err := runNmap(ctx, s.Host, s.Port)
	if err != nil {
		if f := FactsOf(s); f != nil {
			f.Error = strings.TrimPrefix(f.Error+"; ", "; ") + err.Error()
		}
		return prior
	}
	if nm == nil || (!NmapNamed(nm) && nmapTool(nm.Name) == "") {
		return prior
	}
	return run(ctx, env, s, nm)
}

// NmapNamed tells whether nmap identified the service from its answers
// (a name from the port table, "unknown", "tcpwrapped" or a guess ending
// in "?" does not).
func NmapNamed(nm *NmapService) bool {
	n := strings.ToLower(strings.TrimSpace(nm.Name))
	return n != "" && n != "unknown" && n != "tcpwrapped" && !strings.HasSuffix(n, "?") && nm.Method != "table"
}
