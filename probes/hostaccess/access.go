// Package hostaccess is the one way host probes read a machine: read a
// file (bounded), list a folder, stat, and run one command from a fixed,
// read-only allow-list, each under the caller's deadline and with an
// output cap. Implementations: the machine conformscan runs on (Local),
// an offline root folder read like a chroot (Root), and a host reached
// over SSH with an audit account (SSH). Nothing is ever written on the
// audited host.
//
// A probe gathers facts and judges nothing: it must not import checks/,
// reports/, history/, serve/, cmd/, demo/ or fixtures/ (layout/layout_test.go
// guards checks/ and fixtures/).
package hostaccess

import (
	"context"
	"errors"
	"time"

	"conformscan/probes"
)

// Limits of every access.
const (
	// MaxFile is the default bound of a file read.
	MaxFile = 1 << 20
	// MaxOutput bounds a command's standard output.
	MaxOutput = 32 << 20
	// CommandTimeout bounds one command or read when the caller's context
	// has a later deadline.
	CommandTimeout = 60 * time.Second
)

// Errors of the layer. Missing files wrap fs.ErrNotExist, unreadable ones
// fs.ErrPermission.
var (
	// ErrNotAllowed: the command is not on the allow-list.
	ErrNotAllowed = errors.New("command not on the host-access allow-list")
	// ErrOffline: an offline root runs no command.
	ErrOffline = errors.New("an offline root runs no command")
	// ErrTooLarge: the file or output is over its bound.
	ErrTooLarge = errors.New("over the host-access size bound")
)

// Entry is one folder entry or a stat result.
type Entry struct {
	Name    string `json:"name"`
	Dir     bool   `json:"dir,omitempty"`
	Regular bool   `json:"regular,omitempty"`
	Size    int64  `json:"size,omitempty"`
}

// Access reads one host. Paths are absolute paths on that host.
type Access interface {
	// Name names the access: "local", "ssh://host", "root:/mnt/img".
	Name() string
	// Source names a path on the host for evidence
	// ("ssh://host/etc/pam.d/common-password").
	Source(path string) string
	// Offline tells whether the host is not running (an image): no
	// process, socket or command to see.
	Offline() bool
	// Open makes the access usable (connects, authenticates, checks the
	// root folder); it is idempotent.
	Open(ctx context.Context) error
	// ReadFile reads a regular file of at most max bytes.
	ReadFile(ctx context.Context, path string, max int64) ([]byte, error)
	// ReadDir lists a folder.
	ReadDir(ctx context.Context, path string) ([]Entry, error)
	// Stat describes a path, following symbolic links.
	Stat(ctx context.Context, path string) (Entry, error)
	// Run runs one allow-listed command and returns its standard output.
	Run(ctx context.Context, argv ...string) ([]byte, error)
	// Lost returns the transport error that ended the access mid-way
	// (nil while it works).
	Lost() error
	// Close releases the access; what it sends the host (WinRM deletes
	// its shell) is bounded by ctx.
	Close(ctx context.Context) error
}

// AsLocal is implemented by an access that is judged exactly as --local
// on the machine it reads: a recording of that machine (collect) and its
// replay (--host-export). No gate opens or closes it, so a host probe that
// failed on it is an error for that probe's refs only, as with --local.
type AsLocal interface {
	AsLocal()
}

// gated tells whether the host-access gates apply to s: an access of its
// own that is not judged as --local.
func gated(s *probes.Subject) bool {
	acc := Of(s)
	if acc == nil {
		return false
	}
	_, local := acc.(AsLocal)
	return !local
}

// Descriptor is the descriptor of a host subject read through an access:
// its JSON names the access, never credentials.
type Descriptor struct {
	Access string `json:"access"`
	// Provenance is set when the host is read from a handed-over file.
	Provenance *probes.Provenance `json:"provenance,omitempty"`
	acc        Access
}

// HandedOver is the descriptor's provenance (nil for a host observed by
// this scan).
func (d *Descriptor) HandedOver() *probes.Provenance { return d.Provenance }

// NewSubject returns a host subject of kind probes.SubjectLocal read
// through acc: every host probe and check judges it as the local machine.
func NewSubject(acc Access) *probes.Subject {
	s := probes.NewSubject(probes.SubjectLocal, acc.Name())
	d := &Descriptor{Access: acc.Name(), acc: acc}
	if h, ok := acc.(probes.HandedOver); ok {
		d.Provenance = h.HandedOver()
	}
	s.Descriptor = d
	return s
}

// Of returns the access of a subject made by NewSubject (nil for the
// plain local machine and any other subject).
func Of(s *probes.Subject) Access {
	if s == nil {
		return nil
	}
	if d, ok := s.Descriptor.(*Descriptor); ok {
		return d.acc
	}
	return nil
}

// withDeadline bounds ctx by CommandTimeout.
func withDeadline(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, CommandTimeout)
}
