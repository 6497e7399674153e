package hostaccess

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"sync"

	"conformscan/probes/winhost"
)

// Operation kinds of a recording.
const (
	OpRead    = "read"
	OpReadDir = "readdir"
	OpStat    = "stat"
	OpRun     = "run"
)

// Error kinds of a recorded operation: what the host probes tell apart.
const (
	ErrKindNotExist   = "not-exist"
	ErrKindPermission = "permission"
	ErrKindTooLarge   = "too-large"
	ErrKindNotAllowed = "not-allowed"
	ErrKindOther      = "other"
)

// Op is one operation a host probe did through a recorded access, and
// what it returned: the bundle entry holding the result (File, Size,
// SHA256), or the error's kind and message.
type Op struct {
	Op   string   `json:"op"`
	Path string   `json:"path,omitempty"`
	Argv []string `json:"argv,omitempty"`
	// Max is the bound the probe gave a file read.
	Max    int64  `json:"max,omitempty"`
	File   string `json:"file,omitempty"`
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256,omitempty"`
	// Error is the error kind (ErrKind*), Message its text.
	Error   string `json:"error,omitempty"`
	Message string `json:"message,omitempty"`
	// Redacted says what was removed from the result before it was kept.
	Redacted string `json:"redacted,omitempty"`
}

// key identifies an operation: the same call replays the same result.
func (o Op) key() string {
	switch o.Op {
	case OpRun:
		return OpRun + "\x00" + strings.Join(o.Argv, "\x00")
	case OpRead:
		return fmt.Sprintf("%s\x00%s\x00%d", OpRead, o.Path, o.Max)
	}
	return o.Op + "\x00" + o.Path
}

// errKind classifies err as a host probe would.
func errKind(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return ErrKindNotExist
	case errors.Is(err, fs.ErrPermission):
		return ErrKindPermission
	case errors.Is(err, ErrTooLarge):
		return ErrKindTooLarge
	case errors.Is(err, ErrNotAllowed):
		return ErrKindNotAllowed
	}
	return ErrKindOther
}

// Recorder wraps an access (the local machine for collect) and records
// every operation the host probes do through it, with its result or its
// error kind. Secrets the probes do not need are removed first (see
// redactions). It is judged as --local (AsLocal).
type Recorder struct {
	inner Access
	mu    sync.Mutex
	ops   []Op
	data  [][]byte
	seen  map[string]int // operation key -> index in ops
	win   *winhost.Snapshot
	winE  error
	once  sync.Once
}

// NewRecorder records the operations done through inner.
func NewRecorder(inner Access) *Recorder {
	return &Recorder{inner: inner, seen: map[string]int{}}
}

// Access is the recorder as the host probes see it: a winhost.Source too
// when inner is one.
func (r *Recorder) Access() Access {
	if _, ok := r.inner.(winhost.Source); ok {
		return recordingWin{r}
	}
	return r
}

// Ops returns the operations recorded, in order, and their results.
func (r *Recorder) Ops() ([]Op, [][]byte) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]Op(nil), r.ops...), append([][]byte(nil), r.data...)
}

// Snapshot returns the Windows snapshot taken through the recorder (nil,
// nil when none was asked for).
func (r *Recorder) Snapshot() (*winhost.Snapshot, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.win, r.winE
}

// AsLocal marks the recording as judged like --local.
func (r *Recorder) AsLocal() {}

// Name is the inner access's.
func (r *Recorder) Name() string { return r.inner.Name() }

// Source is the inner access's.
func (r *Recorder) Source(p string) string { return r.inner.Source(p) }

// Offline is the inner access's.
func (r *Recorder) Offline() bool { return r.inner.Offline() }

// Open opens the inner access.
func (r *Recorder) Open(ctx context.Context) error { return r.inner.Open(ctx) }

// Lost is the inner access's.
func (r *Recorder) Lost() error { return r.inner.Lost() }

// Close closes the inner access.
func (r *Recorder) Close(ctx context.Context) error { return r.inner.Close(ctx) }

// ReadFile reads and records.
func (r *Recorder) ReadFile(ctx context.Context, p string, max int64) ([]byte, error) {
	if b, ok, err := r.again(Op{Op: OpRead, Path: p, Max: max}); ok {
		return b, err
	}
	b, err := r.inner.ReadFile(ctx, p, max)
	if err == nil {
		var why string
		if b, why = redact(p, b); why != "" {
			r.record(Op{Op: OpRead, Path: p, Max: max, Redacted: why}, b, nil)
			return b, nil
		}
	}
	r.record(Op{Op: OpRead, Path: p, Max: max}, b, err)
	return b, err
}

// ReadDir lists and records.
func (r *Recorder) ReadDir(ctx context.Context, p string) ([]Entry, error) {
	if b, ok, err := r.again(Op{Op: OpReadDir, Path: p}); ok {
		var ents []Entry
		if err == nil {
			err = json.Unmarshal(b, &ents)
		}
		return ents, err
	}
	ents, err := r.inner.ReadDir(ctx, p)
	var b []byte
	if err == nil {
		b, _ = json.Marshal(ents)
	}
	r.record(Op{Op: OpReadDir, Path: p}, b, err)
	return ents, err
}

// Stat describes and records.
func (r *Recorder) Stat(ctx context.Context, p string) (Entry, error) {
	if b, ok, err := r.again(Op{Op: OpStat, Path: p}); ok {
		var e Entry
		if err == nil {
			err = json.Unmarshal(b, &e)
		}
		return e, err
	}
	e, err := r.inner.Stat(ctx, p)
	var b []byte
	if err == nil {
		b, _ = json.Marshal(e)
	}
	r.record(Op{Op: OpStat, Path: p}, b, err)
	return e, err
}

// Run runs and records.
func (r *Recorder) Run(ctx context.Context, argv ...string) ([]byte, error) {
	op := Op{Op: OpRun, Argv: append([]string(nil), argv...)}
	if b, ok, err := r.again(op); ok {
		return b, err
	}
	out, err := r.inner.Run(ctx, argv...)
	if err == nil {
		out, op.Redacted = redactRun(argv, out)
	}
	r.record(op, out, err)
	return out, err
}

// again returns the recorded result of an operation already done: a
// probe asking twice gets what the replay will give it, the first result.
func (r *Recorder) again(op Op) ([]byte, bool, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	i, ok := r.seen[op.key()]
	if !ok {
		return nil, false, nil
	}
	if o := r.ops[i]; o.Error != "" {
		return nil, true, recordedError{kind: o.Error, msg: o.Message}
	}
	return append([]byte(nil), r.data[i]...), true, nil
}

// record keeps the first result of each operation.
func (r *Recorder) record(op Op, b []byte, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	k := op.key()
	if _, dup := r.seen[k]; dup {
		return
	}
	r.seen[k] = len(r.ops)
	if err != nil {
		op.Error, op.Message = errKind(err), clip(err.Error())
		b = nil
	} else {
		sum := sha256.Sum256(b)
		op.File = fmt.Sprintf("ops/%06d", len(r.ops)+1)
		op.Size, op.SHA256 = int64(len(b)), hex.EncodeToString(sum[:])
		b = append([]byte(nil), b...)
	}
	r.ops = append(r.ops, op)
	r.data = append(r.data, b)
}

// recordingWin is a recorder whose inner access takes Windows snapshots.
type recordingWin struct{ *Recorder }

// WindowsSnapshot takes the snapshot once and keeps it for the bundle.
func (w recordingWin) WindowsSnapshot(ctx context.Context) (*winhost.Snapshot, error) {
	w.once.Do(func() {
		s, err := w.inner.(winhost.Source).WindowsSnapshot(ctx)
		w.mu.Lock()
		w.win, w.winE = s, err
		w.mu.Unlock()
	})
	return w.Snapshot()
}
