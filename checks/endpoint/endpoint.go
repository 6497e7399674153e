// Package endpoint gives the network checks (TLS, cleartext) one typed view
// of a host subject and its open endpoints: discovery's port facts with the
// cleartext and TLS probes' facts beside them. It is not part of the checks
// core: a new network capability reads its own facts with its probe's
// accessor, without changing this package.
//
// It is the view the network families share: it must not import a family,
// reports/ or cmd/.
package endpoint

import (
	"sort"
	"time"

	"conformscan/probes"
	"conformscan/probes/cleartext"
	"conformscan/probes/discovery"
	tlsprobe "conformscan/probes/tls"
)

// ProbeRun is how one probe went on one endpoint.
type ProbeRun = probes.ProbeRun

// Probe IDs and run statuses the network checks read.
const (
	ProbeDiscovery = discovery.ID
	ProbeCleartext = cleartext.ID
	ProbeTLS       = tlsprobe.ID

	ProbeOK      = probes.RunOK
	ProbeError   = probes.RunError
	ProbeSkipped = probes.RunSkipped

	TargetComplete = probes.StateComplete
)

// EndpointFacts is everything the probes saw on one host:port.
type EndpointFacts struct {
	Endpoint string
	Host     string
	discovery.Port
	Cleartext *cleartext.Facts
	TLS       *tlsprobe.Facts
	// Probes says, per probe ID, whether it ran and how it ended.
	Probes map[string]ProbeRun
}

// ProbeFailed returns the run of probe id when it ended in error.
func (e *EndpointFacts) ProbeFailed(id string) (ProbeRun, bool) {
	r, ok := e.Probes[id]
	return r, ok && r.Status == ProbeError
}

// TargetFacts is a host and its open endpoints, in port order.
type TargetFacts struct {
	// Name is the canonical target name used in results.
	Name      string
	State     string
	Endpoints []*EndpointFacts
}

// Of reads an endpoint subject.
func Of(s *probes.Subject) *EndpointFacts {
	ep := &EndpointFacts{Endpoint: s.ID, Host: s.Host, Probes: s.Runs()}
	if p := discovery.PortOf(s); p != nil {
		ep.Port = *p
	}
	ep.Cleartext = cleartext.FactsOf(s)
	ep.TLS = tlsprobe.FactsOf(s)
	return ep
}

// Target reads a host subject and its endpoints.
func Target(s *probes.Subject) *TargetFacts {
	if s == nil {
		return &TargetFacts{}
	}
	tf := &TargetFacts{Name: s.ID, State: s.State}
	for _, c := range s.Children() {
		if c.Kind == probes.SubjectEndpoint {
			tf.Endpoints = append(tf.Endpoints, Of(c))
		}
	}
	sort.SliceStable(tf.Endpoints, func(i, j int) bool { return tf.Endpoints[i].Port.Port < tf.Endpoints[j].Port.Port })
	return tf
}

// Subject turns recorded facts back into a host subject, for tests and for
// judging facts read from a file.
func (tf *TargetFacts) Subject() *probes.Subject {
	h := probes.NewSubject(probes.SubjectHost, tf.Name)
	h.State = tf.State
	for _, ep := range tf.Endpoints {
		h.AddChild(ep.Subject())
	}
	return h
}

// Subject turns one endpoint's facts back into a subject.
func (e *EndpointFacts) Subject() *probes.Subject {
	s := probes.NewSubject(probes.SubjectEndpoint, e.Endpoint)
	s.Host, s.Port = e.Host, e.Port.Port
	port := e.Port
	s.Descriptor = &port
	if e.Cleartext != nil {
		s.SetFact(ProbeCleartext, e.Cleartext)
	}
	if e.TLS != nil {
		s.SetFact(ProbeTLS, e.TLS)
	}
	for id, r := range e.Probes {
		s.SetRun(id, r)
	}
	return s
}

// LatestSeen is the latest discovery time among the endpoints.
func (tf *TargetFacts) LatestSeen() time.Time {
	var at time.Time
	if tf == nil {
		return at
	}
	for _, ep := range tf.Endpoints {
		if ep.At.After(at) {
			at = ep.At
		}
	}
	return at
}
