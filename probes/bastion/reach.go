package bastion

import (
	"context"
	"slices"
	"sort"
	"time"

	"conformscan/probes"
	"conformscan/probes/discovery"
)

// ReachID is the network probe's ID.
const ReachID = "bastion-reach"

// reachTimeout bounds each connection to an administration port.
const reachTimeout = 5 * time.Second

// Reached is one administration port the scanner connected to, and the
// source address it connected from.
type Reached struct {
	Port    int    `json:"port"`
	Service string `json:"service"`
	// From is the scanner's local address of the connection ("" when the
	// connection failed: Error says why).
	From  string `json:"from,omitempty"`
	Error string `json:"error,omitempty"`
}

// Reach is the network probe's facts on a host.
type Reach struct {
	Ports []Reached `json:"ports"`
}

// adminServices are discovery's service names of administration
// protocols, found on any port.
func adminServices() []string {
	return []string{"ssh", "rdp", "ms-wbt-server", "winrm", "winrm-tls", "wsman"}
}

// NewReach returns the network probe: for every administration port
// discovery found open on a host (22, 3389, 5985, 5986, or a service
// identified as SSH, RDP or WinRM), one TCP connection from the scanner,
// closed at once, recording the scanner's source address.
func NewReach() probes.Probe {
	return probes.Probe{
		ID:    ReachID,
		Doc:   "Administration ports (SSH, RDP, WinRM) reachable from the scanner, with the scanner's source address of each connection.",
		Kind:  probes.SubjectHost,
		Needs: []string{discovery.ID},
		Run: func(ctx context.Context, env *probes.Env, s *probes.Subject) error {
			s.SetFact(ReachID, reach(ctx, env, s))
			return ctx.Err()
		},
	}
}

func reach(ctx context.Context, env *probes.Env, s *probes.Subject) *Reach {
	out := &Reach{Ports: []Reached{}}
	for _, c := range s.Children() {
		p := discovery.PortOf(c)
		if p == nil || !(slices.Contains(AdminPorts(), p.Port) || slices.Contains(adminServices(), p.Service)) {
			continue
		}
		r := Reached{Port: p.Port, Service: p.Service}
		cctx, cancel := context.WithTimeout(ctx, reachTimeout)
		conn, err := env.DialContext(cctx, "tcp", probes.Endpoint(s.Host, p.Port))
		cancel()
		if err != nil {
			r.Error = string(probes.Classify("connect", err)) + ": " + err.Error()
		} else {
			r.From = conn.LocalAddr().String()
			_ = conn.Close()
		}
		out.Ports = append(out.Ports, r)
	}
	sort.Slice(out.Ports, func(i, j int) bool { return out.Ports[i].Port < out.Ports[j].Port })
	return out
}

// ReachOf returns the network probe's facts on a host (nil when none).
func ReachOf(s *probes.Subject) *Reach {
	if s == nil {
		return nil
	}
	r, _ := s.Fact(ReachID).(*Reach)
	return r
}
