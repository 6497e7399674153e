package hostaccess

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"conformscan/probes"
)

// Probe IDs.
const (
	OpenID = "host-access"
	EndID  = "host-access-end"
)

// Facts is what the opening probe records: how the host was read.
type Facts struct {
	Access  string `json:"access"`
	Offline bool   `json:"offline,omitempty"`
}

// NewOpen returns the gate that opens a host subject's access before its
// probes run (SSH: connect, check the host key, authenticate): when it
// fails, the host is unreachable and every ref judged on it is an error.
// Its options are the host-access flags.
func NewOpen(o *Options) probes.Probe {
	return probes.Probe{
		ID:       OpenID,
		Doc:      "Opens the access to a host audited without installing anything: an SSH audit account (host key checked against known_hosts), a WinRM audit account (HTTPS, certificate checked) or an offline root folder.",
		Kind:     probes.SubjectLocal,
		Requires: probes.Requirements{OnHost: true},
		Options:  o,
		Gate:     true,
		Roots:    func() []*probes.Subject { return o.RootSubjects() },
		Applies:  gated,
		Run: func(ctx context.Context, env *probes.Env, s *probes.Subject) error {
			acc := Of(s)
			if u, ok := acc.(envUser); ok {
				u.useEnv(env)
			}
			if c, ok := acc.(chooser); ok {
				if err := c.chooseTransport(ctx, env); err != nil {
					return err
				}
			}
			if err := acc.Open(ctx); err != nil {
				return err
			}
			s.SetFact(OpenID, &Facts{Access: acc.Name(), Offline: acc.Offline()})
			return nil
		},
	}
}

// envUser is an access that takes the scan's trust store (--ca) and
// dialer before it opens (WinRM's TLS).
type envUser interface{ useEnv(env *probes.Env) }

// misuser is an access that knows a probe asked it for what its host
// cannot have (a Linux path of a Windows host read over WinRM).
type misuser interface{ misused() error }

// NewEnd returns the gate that closes a host subject's access after its
// probes. A connection lost mid-way, or a host probe that did not finish
// (a file the audit account may not read, an output over its bound),
// makes the host unreachable: every ref judged on it is an error, never a
// verdict on a partial reading.
func NewEnd() probes.Probe {
	return probes.Probe{
		ID:       EndID,
		Doc:      "Closes the access to a host audited over SSH or an offline root; a connection lost or a host probe unfinished during the audit is an error for every ref of the host.",
		Kind:     probes.SubjectLocal,
		Requires: probes.Requirements{OnHost: true},
		// Host probes need this gate, which needs the opening one: both
		// are planned whenever a host probe is.
		Needs:   []string{OpenID},
		Gate:    true,
		Applies: gated,
		Run: func(ctx context.Context, _ *probes.Env, s *probes.Subject) error {
			acc := Of(s)
			lost := acc.Lost()
			_ = acc.Close(ctx)
			if lost != nil {
				return lost
			}
			if m, ok := acc.(misuser); ok && m.misused() != nil {
				return m.misused()
			}
			return unfinished(s)
		},
	}
}

// unfinished names the host probes that failed on s, in ID order.
func unfinished(s *probes.Subject) error {
	runs := s.Runs()
	ids := make([]string, 0, len(runs))
	for id, r := range runs {
		if r.Failed() && id != OpenID && id != EndID {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	sort.Strings(ids)
	msgs := make([]string, len(ids))
	for i, id := range ids {
		msgs[i] = id + ": " + runs[id].Error
	}
	return fmt.Errorf("audit of %s incomplete, no ref judged on a partial reading: %s", s.ID, strings.Join(msgs, "; "))
}

// Default returns the access a host probe reads s through: the subject's
// own, or the local machine.
func Default(s *probes.Subject) Access {
	if acc := Of(s); acc != nil {
		return acc
	}
	return Local{}
}

// OptionsOf finds the host-access options among a probe list (nil when
// the opening gate is not in it).
func OptionsOf(ps []probes.Probe) *Options {
	for _, p := range ps {
		if o, ok := p.Options.(*Options); ok && p.ID == OpenID {
			return o
		}
	}
	return nil
}
