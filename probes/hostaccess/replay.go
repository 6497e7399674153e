package hostaccess

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"

	"conformscan/probes"
	"conformscan/probes/winhost"
)

// ErrNotRecorded: the host probe asked the bundle for an operation the
// collection did not do (another conformscan version, other options).
var ErrNotRecorded = errors.New("not recorded in the host export")

// Replay reads a host from a bundle made by 'conformscan collect': each
// operation returns what it returned on the host, or the same kind of
// error; an operation the bundle does not hold is ErrNotRecorded, never
// "file missing". It is judged as --local on that host (AsLocal).
type Replay struct {
	file  string
	b     *Bundle
	index map[string]int
	// reads maps a path to its recorded reads (any bound).
	reads map[string][]int
	// prov says the bundle was handed over, and its signature's state.
	prov probes.Provenance
}

// HandedOver says the host is read from a handed-over bundle.
func (r *Replay) HandedOver() *probes.Provenance {
	p := r.prov
	return &p
}

// NewReplay returns the access replaying bundle b, read from file.
func NewReplay(file string, b *Bundle) *Replay {
	if abs, err := filepath.Abs(file); err == nil {
		file = abs
	}
	r := &Replay{file: file, b: b, index: map[string]int{}, reads: map[string][]int{},
		prov: probes.Provenance{Source: probes.ProvenanceHostExport, File: file, Signature: probes.SignatureUnsigned}}
	if b.Signed() {
		r.prov.Signature = probes.SignatureUnverified
	}
	for i, op := range b.Manifest.Ops {
		r.index[op.key()] = i
		if op.Op == OpRead {
			r.reads[op.Path] = append(r.reads[op.Path], i)
		}
	}
	return r
}

// Access is the replay as host probes see it: a winhost.Source when the
// bundle holds a Windows snapshot.
func (r *Replay) Access() Access {
	if r.b.snapshot != nil {
		return replayWin{r}
	}
	return r
}

// AsLocal marks the replay as judged like --local on the host.
func (r *Replay) AsLocal() {}

// Name is "host-export:FILE".
func (r *Replay) Name() string { return "host-export:" + r.file }

// Source names the path on the recorded host and the bundle.
func (r *Replay) Source(p string) string {
	return fmt.Sprintf("%s:%s (host-export %s)", r.b.Manifest.Host, p, filepath.Base(r.file))
}

// Offline is false: the host was running when it was recorded.
func (r *Replay) Offline() bool { return false }

// Open does nothing: the bundle was checked when it was read.
func (r *Replay) Open(context.Context) error { return nil }

// Lost is always nil.
func (r *Replay) Lost() error { return nil }

// Close does nothing.
func (r *Replay) Close(context.Context) error { return nil }

// result replays operation i: its entry, or its error.
func (r *Replay) result(i int) ([]byte, error) {
	op := r.b.Manifest.Ops[i]
	if op.Error == "" {
		return r.b.data[op.File], nil
	}
	return nil, recordedError{kind: op.Error, msg: op.Message}
}

func (r *Replay) notRecorded(what string) error {
	return fmt.Errorf("%s: %w %s (collected by conformscan %s: collect again with this version and the same options)",
		what, ErrNotRecorded, filepath.Base(r.file), r.b.Manifest.Conformscan)
}

// ReadFile replays a read of p bounded by max: the same read, or one
// with another bound whose outcome does not depend on it.
func (r *Replay) ReadFile(_ context.Context, p string, max int64) ([]byte, error) {
	what := "read " + p
	if i, ok := r.index[Op{Op: OpRead, Path: p, Max: max}.key()]; ok {
		return r.result(i)
	}
	for _, i := range r.reads[p] {
		op := r.b.Manifest.Ops[i]
		switch {
		case op.Error == "" && op.Size <= max:
			return r.result(i)
		case op.Error == "":
			return nil, fmt.Errorf("%s: %w (%d bytes)", what, ErrTooLarge, max)
		case op.Error == ErrKindTooLarge && op.Max >= max:
			return r.result(i)
		case op.Error == ErrKindNotExist || op.Error == ErrKindPermission:
			return r.result(i)
		}
	}
	return nil, r.notRecorded(what)
}

// ReadDir replays a folder listing.
func (r *Replay) ReadDir(_ context.Context, p string) ([]Entry, error) {
	b, err := r.lookup(Op{Op: OpReadDir, Path: p}, "list "+p)
	if err != nil {
		return nil, err
	}
	var ents []Entry
	if err := json.Unmarshal(b, &ents); err != nil {
		return nil, fmt.Errorf("list %s: %w: %v", p, ErrBadBundle, err)
	}
	return ents, nil
}

// Stat replays a stat.
func (r *Replay) Stat(_ context.Context, p string) (Entry, error) {
	b, err := r.lookup(Op{Op: OpStat, Path: p}, "stat "+p)
	if err != nil {
		return Entry{}, err
	}
	var e Entry
	if err := json.Unmarshal(b, &e); err != nil {
		return Entry{}, fmt.Errorf("stat %s: %w: %v", p, ErrBadBundle, err)
	}
	return e, nil
}

// Run replays an allow-listed command's output.
func (r *Replay) Run(_ context.Context, argv ...string) ([]byte, error) {
	if err := Allowed(argv); err != nil {
		return nil, err
	}
	return r.lookup(Op{Op: OpRun, Argv: argv}, "run "+clip(fmt.Sprint(argv)))
}

func (r *Replay) lookup(op Op, what string) ([]byte, error) {
	i, ok := r.index[op.key()]
	if !ok {
		return nil, r.notRecorded(what)
	}
	return r.result(i)
}

// recordedError is an error as recorded: its text, and its kind for
// errors.Is.
type recordedError struct{ kind, msg string }

func (e recordedError) Error() string {
	printable := strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return ' '
		}
		return r
	}, e.msg)
	return clip(printable) + " (recorded)"
}

// Is matches the error the kind stands for.
func (e recordedError) Is(target error) bool {
	switch e.kind {
	case ErrKindNotExist:
		return target == fs.ErrNotExist
	case ErrKindPermission:
		return target == fs.ErrPermission
	case ErrKindTooLarge:
		return target == ErrTooLarge
	case ErrKindNotAllowed:
		return target == ErrNotAllowed
	}
	return false
}

// replayWin is a replay whose bundle holds a Windows snapshot.
type replayWin struct{ *Replay }

// WindowsSnapshot decodes the recorded snapshot strictly.
func (w replayWin) WindowsSnapshot(context.Context) (*winhost.Snapshot, error) {
	return winhost.Decode(w.b.snapshot)
}

// NotCollected tells whether the bundle's manifest lists probe id as not
// run during the collection (it cannot run on the collector's OS): the
// replay does not run it either, as --local there did not.
func (r *Replay) NotCollected(id string) bool {
	for _, n := range r.b.Manifest.Probes {
		if n.ID == id {
			return n.Status == notRun
		}
	}
	return false
}

// notRun is the plan status of a probe that could not run.
const notRun = "not-run"

// replayOf returns the replay a subject is read through (nil when none).
func replayOf(s *probes.Subject) *Replay {
	switch a := Of(s).(type) {
	case *Replay:
		return a
	case replayWin:
		return a.Replay
	}
	return nil
}

// SkipUncollected wraps the host probes of ps so that none runs on a
// host-export subject whose collection did not run it: a Windows bundle
// judged on Linux does not run the Linux probes, as --local on Windows
// does not. A probe the manifest does not name runs, and an operation it
// asks for that is not recorded is its error.
func SkipUncollected(ps []probes.Probe) []probes.Probe {
	out := make([]probes.Probe, len(ps))
	for i, p := range ps {
		out[i] = p
		if p.Kind != probes.SubjectLocal {
			continue
		}
		id, prev := p.ID, p.Applies
		out[i].Applies = func(s *probes.Subject) bool {
			if r := replayOf(s); r != nil && r.NotCollected(id) {
				return false
			}
			return prev == nil || prev(s)
		}
	}
	return out
}
