package hostaccess

import (
	"archive/zip"
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"time"

	"conformscan/probes/winhost"
)

// The host-export bundle written by 'conformscan collect' and read by
// 'scan --host-export': a zip holding manifest.json, one entry per
// recorded operation that returned something (ops/NNNNNN), and, for a
// Windows host, windows/snapshot.json; signed, signature.json
// (signature.go).
const (
	// BundleFormat names the format in the manifest.
	BundleFormat = "conformscan-host-export"
	// BundleVersion is the format this build writes and reads; a bundle
	// of another version is refused.
	BundleVersion = 1
	// ManifestName and SnapshotName are the fixed entries.
	ManifestName = "manifest.json"
	SnapshotName = "windows/snapshot.json"
	// MaxBundleEntries bounds the entries of a bundle.
	MaxBundleEntries = 20000
	// MaxBundleTotal bounds the uncompressed bytes of a whole bundle.
	MaxBundleTotal = 256 << 20
	// maxManifest bounds manifest.json, maxOpEntry one operation's result
	// (the largest a host probe reads: a package database).
	maxManifest = 16 << 20
	maxOpEntry  = 64 << 20
)

// opName is the name of an operation's entry.
var opName = regexp.MustCompile(`^ops/[0-9]{6}$`)

// ErrBadBundle is wrapped by every error about a bundle's content.
var ErrBadBundle = errors.New("not a valid host export")

// Manifest describes a bundle: who made it, where, when, and every
// operation run with its size or error.
type Manifest struct {
	Format      string    `json:"format"`
	Version     int       `json:"version"`
	Conformscan string    `json:"conformscan"`
	CollectorOS string    `json:"collector_os"`
	Arch        string    `json:"arch"`
	Host        string    `json:"host"`
	Started     time.Time `json:"started"`
	Ended       time.Time `json:"ended"`
	// Probes are the host probes the collection ran or could not run.
	Probes []ProbeNote `json:"probes"`
	Ops    []Op        `json:"operations"`
	// Windows names the snapshot entry ("" when none), WindowsError why
	// a Windows host's snapshot could not be taken.
	Windows      string `json:"windows,omitempty"`
	WindowsError string `json:"windows_error,omitempty"`
}

// ProbeNote is how one host probe went during the collection.
type ProbeNote struct {
	ID     string `json:"id"`
	Status string `json:"status"`
	Reason string `json:"reason,omitempty"`
}

// WriteBundle writes a bundle: the manifest, each operation's result
// (data[i] for m.Ops[i]), the Windows snapshot when not nil.
func WriteBundle(w io.Writer, m *Manifest, data [][]byte, snapshot []byte) error {
	return WriteSignedBundle(w, m, data, snapshot, nil)
}

// WriteSignedBundle writes a bundle as WriteBundle does, signed with priv
// when not nil (a signature.json entry, last).
func WriteSignedBundle(w io.Writer, m *Manifest, data [][]byte, snapshot []byte, priv ed25519.PrivateKey) error {
	m.Format, m.Version = BundleFormat, BundleVersion
	if snapshot != nil {
		m.Windows = SnapshotName
	}
	z := zip.NewWriter(w)
	mj, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	mj = append(mj, '\n')
	if err := writeEntry(z, ManifestName, mj); err != nil {
		return err
	}
	for i, op := range m.Ops {
		if op.File == "" {
			continue
		}
		if err := writeEntry(z, op.File, data[i]); err != nil {
			return err
		}
	}
	if snapshot != nil {
		if err := writeEntry(z, SnapshotName, snapshot); err != nil {
			return err
		}
	}
	if priv != nil {
		sig, err := signBundle(priv, mj, snapshot)
		if err != nil {
			return err
		}
		if err := writeEntry(z, SignatureName, sig); err != nil {
			return err
		}
	}
	return z.Close()
}

func writeEntry(z *zip.Writer, name string, b []byte) error {
	w, err := z.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: time.Unix(0, 0).UTC()})
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// Bundle is a bundle read and checked whole.
type Bundle struct {
	Manifest Manifest
	data     map[string][]byte
	snapshot []byte
	// manifest and signature are the raw entries (signature nil when
	// the bundle is unsigned).
	manifest  []byte
	signature []byte
}

// badf is a bundle content error.
func badf(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrBadBundle, fmt.Sprintf(format, args...))
}

// ReadBundle reads a bundle from raw, enforcing its bounds while reading
// (never trusting the sizes its headers claim): the entries' number,
// names (only the fixed names, each once), each entry's and the whole
// bundle's uncompressed bytes; then checks the manifest against the
// entries (every file listed, present once, of its size and hash).
func ReadBundle(raw []byte) (*Bundle, error) {
	// Each entry the zip reader lists rests on a central directory
	// header signature in the bytes: counting them first bounds what it
	// allocates, whatever the end record claims.
	if n := bytes.Count(raw, []byte("PK\x01\x02")); n > 2*MaxBundleEntries {
		return nil, badf("%d central directory records, over the bound of %d entries", n, MaxBundleEntries)
	}
	z, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return nil, badf("not a zip file (%v)", err)
	}
	if len(z.File) > MaxBundleEntries {
		return nil, badf("%d entries, over the bound of %d", len(z.File), MaxBundleEntries)
	}
	entries := map[string][]byte{}
	var total int64
	for _, f := range z.File {
		max, err := entryBound(f.Name)
		if err != nil {
			return nil, err
		}
		if _, dup := entries[f.Name]; dup {
			return nil, badf("entry %q appears twice", f.Name)
		}
		b, err := readEntry(f, min(max, MaxBundleTotal-total))
		if err != nil {
			return nil, err
		}
		total += int64(len(b))
		entries[f.Name] = b
	}
	return checkBundle(entries)
}

// entryBound is the largest an entry of that name may be; a name that is
// none of the fixed ones is refused.
func entryBound(name string) (int64, error) {
	switch {
	case name == ManifestName:
		return maxManifest, nil
	case name == SnapshotName:
		return 64 << 20, nil
	case name == SignatureName:
		return maxSignature, nil
	case opName.MatchString(name):
		return maxOpEntry, nil
	}
	return 0, badf("unexpected entry %q (a bundle holds manifest.json, ops/NNNNNN, windows/snapshot.json and signature.json only)", clip(name))
}

// readEntry reads at most max bytes of f, counting what it really
// inflates.
func readEntry(f *zip.File, max int64) ([]byte, error) {
	if f.UncompressedSize64 > uint64(max) {
		return nil, badf("entry %s: %d bytes uncompressed, over the bound of %d (a zip bomb?)", f.Name, f.UncompressedSize64, max)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, badf("entry %s: %v", f.Name, err)
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, max+1))
	if err != nil {
		return nil, badf("entry %s: %v", f.Name, err)
	}
	if int64(len(b)) > max {
		return nil, badf("entry %s inflates over the bound of %d bytes (a zip bomb?)", f.Name, max)
	}
	return b, nil
}

// checkBundle decodes the manifest and matches it with the entries.
func checkBundle(entries map[string][]byte) (*Bundle, error) {
	mj, ok := entries[ManifestName]
	if !ok {
		return nil, badf("no %s", ManifestName)
	}
	m, err := decodeManifest(mj)
	if err != nil {
		return nil, err
	}
	b := &Bundle{Manifest: *m, data: map[string][]byte{}, manifest: mj}
	if sig, ok := entries[SignatureName]; ok {
		if _, err := DecodeBundleSignature(sig); err != nil {
			return nil, err
		}
		b.signature = sig
	}
	if err := b.matchOps(entries); err != nil {
		return nil, err
	}
	if err := b.matchSnapshot(entries); err != nil {
		return nil, err
	}
	for name := range entries {
		if _, used := b.data[name]; !used && name != ManifestName && name != SnapshotName && name != SignatureName {
			return nil, badf("entry %s is not in the manifest", name)
		}
	}
	return b, nil
}

func decodeManifest(mj []byte) (*Manifest, error) {
	var probe struct {
		Format  string `json:"format"`
		Version int    `json:"version"`
	}
	if err := json.Unmarshal(mj, &probe); err != nil || probe.Format != BundleFormat {
		return nil, badf("%s is not a conformscan host-export manifest", ManifestName)
	}
	if probe.Version != BundleVersion {
		return nil, badf("format version %d, this conformscan reads version %d only: collect again with this version, or scan with the version that collected it", probe.Version, BundleVersion)
	}
	dec := json.NewDecoder(bytes.NewReader(mj))
	dec.DisallowUnknownFields()
	var m Manifest
	if err := dec.Decode(&m); err != nil {
		return nil, badf("%s: %v", ManifestName, err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, badf("%s: data after the JSON object", ManifestName)
	}
	if m.Host == "" || m.CollectorOS == "" {
		return nil, badf("%s: host or collector OS missing", ManifestName)
	}
	for _, v := range []string{m.Host, m.CollectorOS, m.Arch, m.Conformscan} {
		if len(v) > 255 || strings.ContainsFunc(v, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
			return nil, badf("%s: a host, OS, architecture or version of %d bytes or with control characters", ManifestName, len(v))
		}
	}
	return &m, nil
}

// matchOps checks each operation and attaches its entry.
func (b *Bundle) matchOps(entries map[string][]byte) error {
	keys := map[string]bool{}
	for i, op := range b.Manifest.Ops {
		if err := op.valid(); err != nil {
			return badf("operation %d: %v", i+1, err)
		}
		if keys[op.key()] {
			return badf("operation %d recorded twice", i+1)
		}
		keys[op.key()] = true
		if op.File == "" {
			continue
		}
		data, ok := entries[op.File]
		if !ok {
			return badf("operation %d: entry %s missing", i+1, op.File)
		}
		if _, used := b.data[op.File]; used {
			return badf("entry %s named by two operations", op.File)
		}
		sum := sha256.Sum256(data)
		if int64(len(data)) != op.Size || hex.EncodeToString(sum[:]) != op.SHA256 {
			return badf("entry %s does not match its size or SHA-256 in the manifest", op.File)
		}
		b.data[op.File] = data
	}
	return nil
}

func (b *Bundle) matchSnapshot(entries map[string][]byte) error {
	snap, ok := entries[SnapshotName]
	switch {
	case ok != (b.Manifest.Windows == SnapshotName):
		return badf("the manifest and the entries disagree on %s", SnapshotName)
	case b.Manifest.Windows != "" && b.Manifest.Windows != SnapshotName:
		return badf("windows: %q is not %s", clip(b.Manifest.Windows), SnapshotName)
	}
	if ok {
		if _, err := winhost.Decode(snap); err != nil {
			return badf("%s: %v", SnapshotName, err)
		}
	}
	b.snapshot = snap
	return nil
}

// valid checks one operation's fields.
func (o Op) valid() error {
	switch o.Op {
	case OpRead, OpReadDir, OpStat:
		if !safePath(o.Path) || len(o.Argv) > 0 {
			return fmt.Errorf("%s of %q: not an absolute clean path", o.Op, clip(o.Path))
		}
	case OpRun:
		if len(o.Argv) == 0 || o.Path != "" {
			return errors.New("run without a command")
		}
	default:
		return fmt.Errorf("unknown operation %q", clip(o.Op))
	}
	switch o.Error {
	case "":
		if !opName.MatchString(o.File) || o.Size < 0 {
			return fmt.Errorf("no entry named for its result")
		}
	case ErrKindNotExist, ErrKindPermission, ErrKindTooLarge, ErrKindNotAllowed, ErrKindOther:
		if o.File != "" {
			return fmt.Errorf("an error and an entry")
		}
	default:
		return fmt.Errorf("unknown error kind %q", clip(o.Error))
	}
	return nil
}
