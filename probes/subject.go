package probes

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"
)

// SubjectKind is the kind of thing a probe measures and a check judges.
type SubjectKind string

// Subject kinds. A scan starts from root subjects (hosts from --target, the
// local machine, a Wi-Fi source, a directory); probes may add children
// (discovery adds one endpoint per open port, a Wi-Fi source one BSS per
// access point heard).
const (
	// SubjectHost is one address or name: facts about the machine as a
	// whole (open ports, OS, UDP services). ID: the target as written.
	SubjectHost SubjectKind = "host"
	// SubjectEndpoint is one open host:port. ID: "host:port".
	SubjectEndpoint SubjectKind = "endpoint"
	// SubjectLocal is the machine conformscan runs on. ID: "local".
	SubjectLocal SubjectKind = "local"
	// SubjectWifiSource is a capture file or a wireless interface.
	SubjectWifiSource SubjectKind = "wifi-source"
	// SubjectWifi is one BSS. ID: "wifi:<bssid>".
	SubjectWifi SubjectKind = "wifi"
	// SubjectDirectory is an LDAP directory reached with credentials. ID:
	// "ldap://host:port" or "ldaps://host:port".
	SubjectDirectory SubjectKind = "directory"
)

// Subject states, for root subjects.
const (
	StateComplete    = "complete"
	StateInterrupted = "interrupted"
	StateUnreachable = "unreachable"
	StateNotStarted  = "not-started"
	// StateWithdrawn: the subject's gate found it is not to be measured
	// this way (ErrWithdrawable) and another subject of its Group was
	// measured completely: it is judged nowhere, and the report says why.
	StateWithdrawn = "withdrawn"
)

// ErrWithdrawable marks a gate failure that only says "not this way": a
// host that refuses the connection on one transport's port while it
// answers on another's. The runner withdraws such a subject when another
// subject of its Group completed, and keeps it unreachable (ERROR)
// otherwise: a withdrawal never hides a host nobody measured.
var ErrWithdrawable = errors.New("not measured this way: another subject of the same group measures it")

// Probe run statuses.
const (
	RunOK      = "ok"
	RunError   = "error"
	RunSkipped = "skipped"
)

// ProbeRun records how one probe went on one subject.
type ProbeRun struct {
	Status     string    `json:"status"`
	ErrorKind  ErrorKind `json:"error_kind,omitempty"`
	Error      string    `json:"error,omitempty"`
	DurationMS float64   `json:"duration_ms"`
}

// Failed tells whether the run ended in error.
func (r ProbeRun) Failed() bool { return r.Status == RunError }

// PortCounts summarises a host's port scan.
type PortCounts struct {
	Scanned  int
	Open     []int
	Closed   int
	Filtered int
}

// Subject is one thing measured: what the probes saw on it, keyed by probe
// ID, and how each probe went. Probes of one subject may run concurrently
// with probes of other subjects, so facts are guarded.
type Subject struct {
	Kind SubjectKind
	// ID is the subject's key in the report's facts.
	ID string
	// Target is the input the subject comes from (hosts and endpoints).
	Target Target
	// Host and Port locate hosts and endpoints.
	Host string
	Port int
	// Parent is the subject this one was found on (nil for roots).
	Parent *Subject
	// State and Reason say how far the probes of a root subject went.
	State  string
	Reason string
	// Group names what several root subjects measure in different ways
	// (one host over SSH and over WinRM: "host:10.0.0.5"); "" for none.
	Group string
	// Withdrawable is set by the runner when the subject's gate failed
	// with ErrWithdrawable: it may be withdrawn if a sibling completes.
	Withdrawable bool
	// Started and Finished bound the probes of a root subject.
	Started, Finished time.Time
	// Ports is a host's port scan summary.
	Ports PortCounts
	// Descriptor is what the subject is, as the probe that found it saw
	// it (discovery's port facts for an endpoint, a BSS for Wi-Fi); its JSON
	// fields are written inline in the subject's facts.
	Descriptor any
	// Recorded names the file the subject's facts were read from (an
	// nmap report made elsewhere): no probe runs on it, and a probe a
	// check needs that left no run there is missing facts (ERROR).
	Recorded string

	mu       sync.Mutex
	facts    map[string]any
	runs     map[string]ProbeRun
	children []*Subject
}

// NewSubject returns an empty subject.
func NewSubject(kind SubjectKind, id string) *Subject {
	return &Subject{Kind: kind, ID: id, State: StateNotStarted, facts: map[string]any{}, runs: map[string]ProbeRun{}}
}

// Fact returns what probe id stored, nil when it stored nothing.
func (s *Subject) Fact(id string) any {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.facts[id]
}

// SetFact stores probe id's facts.
func (s *Subject) SetFact(id string, v any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.facts[id] = v
}

// Run returns how probe id went, and whether it ran.
func (s *Subject) Run(id string) (ProbeRun, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r, ok := s.runs[id]
	return r, ok
}

// SetRun records how probe id went.
func (s *Subject) SetRun(id string, r ProbeRun) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.runs[id] = r
}

// Runs returns a copy of every probe run.
func (s *Subject) Runs() map[string]ProbeRun {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]ProbeRun, len(s.runs))
	for k, v := range s.runs {
		out[k] = v
	}
	return out
}

// AddChild attaches a subject found on this one.
func (s *Subject) AddChild(c *Subject) {
	c.Parent = s
	if c.Target.Input == "" {
		c.Target = s.Target
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.children = append(s.children, c)
}

// Children returns the subjects found on this one, in the order found.
func (s *Subject) Children() []*Subject {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]*Subject(nil), s.children...)
}

// HasFacts tells whether any probe stored facts or ran on the subject.
func (s *Subject) HasFacts() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.facts) > 0 || s.Descriptor != nil
}

// MarshalJSON writes the subject's facts: its identity, the descriptor's
// fields inline, each probe's facts under the probe's ID (sorted), and the
// probe runs. An endpoint keeps the report's historical shape:
// {"endpoint", "host", port fields..., "cleartext", "tls", "probes"}.
func (s *Subject) MarshalJSON() ([]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var b bytes.Buffer
	b.WriteByte('{')
	first := true
	field := func(k string, v any) error {
		raw, err := marshal(v)
		if err != nil {
			return fmt.Errorf("facts of %s: %s: %w", s.ID, k, err)
		}
		if !first {
			b.WriteByte(',')
		}
		first = false
		kb, _ := marshal(k)
		b.Write(kb)
		b.WriteByte(':')
		b.Write(raw)
		return nil
	}
	if err := s.writeIdentity(field); err != nil {
		return nil, err
	}
	if err := s.writeDescriptor(&b, &first); err != nil {
		return nil, err
	}
	keys := make([]string, 0, len(s.facts))
	for k := range s.facts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if err := field(k, s.facts[k]); err != nil {
			return nil, err
		}
	}
	if err := field("probes", s.runs); err != nil {
		return nil, err
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

func (s *Subject) writeIdentity(field func(string, any) error) error {
	if s.Recorded != "" {
		if err := field("recorded_from", s.Recorded); err != nil {
			return err
		}
	}
	if s.Kind == SubjectEndpoint {
		if err := field("endpoint", s.ID); err != nil {
			return err
		}
		return field("host", s.Host)
	}
	if err := field("subject", s.ID); err != nil {
		return err
	}
	return field("kind", s.Kind)
}

// writeDescriptor splices the descriptor's JSON object fields inline.
func (s *Subject) writeDescriptor(b *bytes.Buffer, first *bool) error {
	if s.Descriptor == nil {
		return nil
	}
	raw, err := marshal(s.Descriptor)
	if err != nil {
		return fmt.Errorf("facts of %s: %w", s.ID, err)
	}
	raw = bytes.TrimSpace(raw)
	if len(raw) < 2 || raw[0] != '{' {
		return fmt.Errorf("facts of %s: descriptor is not a JSON object", s.ID)
	}
	inner := bytes.TrimSpace(raw[1 : len(raw)-1])
	if len(inner) == 0 {
		return nil
	}
	if !*first {
		b.WriteByte(',')
	}
	*first = false
	b.Write(inner)
	return nil
}

// marshal is json.Marshal without HTML escaping, as the report renderer
// writes: a banner's "<" stays "<".
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(b.Bytes(), "\n"), nil
}
