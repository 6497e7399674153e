package checks

import (
	"sync"
	"time"

	"conformscan/probes"
	"conformscan/probes/cleartext"
	"conformscan/probes/discovery"
	tlsprobe "conformscan/probes/tls"
)

// Probe run statuses.
const (
	ProbeOK      = "ok"
	ProbeError   = "error"
	ProbeSkipped = "skipped"
)

// ProbeRun records how one probe went on one endpoint.
type ProbeRun struct {
	Status     string           `json:"status"`
	ErrorKind  probes.ErrorKind `json:"error_kind,omitempty"`
	Error      string           `json:"error,omitempty"`
	DurationMS float64          `json:"duration_ms"`
}

// EndpointFacts is everything the probes saw on one host:port. Its JSON form
// is the report's facts["host:port"].
type EndpointFacts struct {
	Endpoint string `json:"endpoint"`
	Host     string `json:"host"`
	discovery.Port
	Cleartext *cleartext.Facts `json:"cleartext,omitempty"`
	TLS       *tlsprobe.Facts  `json:"tls,omitempty"`
	// Probes says, per probe ID, whether it ran and how it ended.
	Probes map[string]ProbeRun `json:"probes"`
	// mu guards Probes while endpoint probes run concurrently.
	mu sync.Mutex
}

// ProbeFailed returns the run of probe id when it ended in error.
func (e *EndpointFacts) ProbeFailed(id string) (ProbeRun, bool) {
	r, ok := e.Probes[id]
	return r, ok && r.Status == ProbeError
}

// TargetFacts is what the probes saw on one target.
type TargetFacts struct {
	Target probes.Target `json:"-"`
	// Name is the canonical target name used in results.
	Name string `json:"target"`
	// State is "complete", "interrupted" or "unreachable".
	State string `json:"state"`
	// Reason explains a state other than complete.
	Reason    string `json:"reason,omitempty"`
	Scanned   int    `json:"scanned_ports"`
	OpenPorts []int  `json:"open_ports"`
	Closed    int    `json:"closed_ports"`
	Filtered  int    `json:"filtered_ports"`
	// Endpoints are the open endpoints, in port order.
	Endpoints []*EndpointFacts `json:"-"`
	Started   time.Time        `json:"started_at"`
	Finished  time.Time        `json:"finished_at"`
}

// Target states.
const (
	TargetComplete    = "complete"
	TargetInterrupted = "interrupted"
	TargetUnreachable = "unreachable"
	TargetNotStarted  = "not-started"
)
