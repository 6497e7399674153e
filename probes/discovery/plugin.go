package discovery

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/pflag"

	"conformscan/probes"
)

// ID is the discovery probe's ID.
const ID = "discovery"

// Flags are discovery's own options.
type Flags struct {
	PortList        string
	PortConcurrency int
	ConnectTimeout  time.Duration
	// Ports is PortList parsed by Validate (nil: DefaultPorts).
	Ports []int
	// BannerTimeout bounds the wait for a first exchange (0: default).
	BannerTimeout time.Duration
}

// Register adds --ports, --port-concurrency and --connect-timeout.
func (f *Flags) Register(fs *pflag.FlagSet) {
	fs.StringVar(&f.PortList, "ports", "", "ports to scan, e.g. 22,80,8000-8010 (default: the grid's port list)")
	fs.IntVar(&f.PortConcurrency, "port-concurrency", 64, "TCP connects in flight on one host")
	fs.DurationVar(&f.ConnectTimeout, "connect-timeout", 1500*time.Millisecond, "deadline of one TCP connect during discovery")
}

// Validate parses --ports and checks the numbers.
func (f *Flags) Validate(context.Context) error {
	if f.PortConcurrency < 1 {
		return fmt.Errorf("--port-concurrency must be at least 1")
	}
	if f.ConnectTimeout <= 0 {
		return fmt.Errorf("--connect-timeout must be positive")
	}
	if f.PortList == "" {
		return nil
	}
	ports, err := ParsePorts(f.PortList)
	if err != nil {
		return err
	}
	f.Ports = ports
	return nil
}

// New returns the discovery probe: a TCP connect scan of a host that adds
// one endpoint subject per open port, its first exchange as descriptor.
func New() probes.Probe {
	return NewWith(&Flags{PortConcurrency: 64, ConnectTimeout: 1500 * time.Millisecond})
}

// NewWith returns the discovery probe with the given options.
func NewWith(f *Flags) probes.Probe {
	return probes.Probe{
		ID:      ID,
		Doc:     "TCP connect scan of the host's ports, with the first exchange of every open port and a service guess.",
		Kind:    probes.SubjectHost,
		Options: f,
		Gate:    true,
		Run:     func(ctx context.Context, env *probes.Env, s *probes.Subject) error { return run(ctx, env, f, s) },
	}
}

func run(ctx context.Context, env *probes.Env, f *Flags, s *probes.Subject) error {
	ports := f.Ports
	if s.Target.Port != 0 {
		ports = []int{s.Target.Port}
	}
	res, err := Scan(ctx, s.Host, Options{
		Ports: ports, ConnectTimeout: f.ConnectTimeout, BannerTimeout: f.BannerTimeout,
		Concurrency: f.PortConcurrency, Dial: env.Dial, Now: env.Clock(), ProbeTimeout: env.ProbeTimeout,
	})
	if res != nil {
		addEndpoints(s, res)
	}
	if err != nil {
		return err
	}
	if s.Target.Port != 0 && len(res.Open) == 0 {
		return explicitPortError(s.Target.Port, res)
	}
	if len(res.Open) == 0 && res.Filtered == res.Scanned && res.Scanned > 0 {
		return &probes.Error{Kind: probes.KindUnreachable, Op: "port scan",
			Err: fmt.Errorf("no answer on any of the %d ports scanned (host down or filtered)", res.Scanned)}
	}
	return nil
}

// explicitPortError: a host:port the user named is not open, so nothing
// on it can be judged; that is an error for the target, never N/A.
func explicitPortError(port int, res *Result) error {
	if res.Closed > 0 {
		return &probes.Error{Kind: probes.KindRefused, Op: "connect",
			Err: fmt.Errorf("port %d given explicitly is closed (connection refused)", port)}
	}
	return &probes.Error{Kind: probes.KindConnTimeout, Op: "connect",
		Err: fmt.Errorf("port %d given explicitly did not answer (filtered)", port)}
}

func addEndpoints(s *probes.Subject, res *Result) {
	s.Ports = probes.PortCounts{Scanned: res.Scanned, Closed: res.Closed, Filtered: res.Filtered, Open: []int{}}
	for _, p := range res.Open {
		ep := probes.NewSubject(probes.SubjectEndpoint, probes.Endpoint(s.Host, p.Port))
		ep.Host, ep.Port = s.Host, p.Port
		port := p
		ep.Descriptor = &port
		ep.SetRun(ID, probes.ProbeRun{Status: probes.RunOK})
		s.AddChild(ep)
		s.Ports.Open = append(s.Ports.Open, p.Port)
	}
}

// PortOf returns discovery's facts on an endpoint subject (nil when it has
// none).
func PortOf(s *probes.Subject) *Port {
	if s == nil {
		return nil
	}
	p, _ := s.Descriptor.(*Port)
	return p
}
