package hostaccess

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"conformscan/probes"
	"conformscan/probes/winhost"
)

// recordTree records a few operations on an offline root made for the
// test, and returns the bundle's bytes.
func recordTree(t testing.TB) []byte {
	t.Helper()
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "etc/pam.d"), 0o755)
	os.WriteFile(filepath.Join(dir, "etc/os-release"), []byte("ID=debian\nVERSION_ID=\"12\"\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "etc/shadow"), []byte("root:$y$j9T$abc$def:19000:0:99999:7:::\nbin:*:19000::::::\nold:!$6$x$y:1::::::\nnopw::1::::::\n"), 0o600)
	os.WriteFile(filepath.Join(dir, "etc/big"), bytes.Repeat([]byte("x"), 100), 0o644)
	rec := NewRecorder(NewRoot(dir))
	ctx := context.Background()
	acc := rec.Access()
	acc.ReadFile(ctx, "/etc/os-release", MaxFile)
	acc.ReadFile(ctx, "/etc/shadow", MaxFile)
	acc.ReadFile(ctx, "/etc/missing", MaxFile)
	acc.ReadFile(ctx, "/etc/big", 10)
	acc.ReadDir(ctx, "/etc")
	acc.Stat(ctx, "/etc/pam.d")
	acc.Run(ctx, "uname", "-a")
	ops, data := rec.Ops()
	m := &Manifest{Conformscan: "test", CollectorOS: "linux", Arch: "amd64", Host: "h1", Started: time.Unix(0, 0).UTC(), Ended: time.Unix(1, 0).UTC(), Ops: ops}
	var b bytes.Buffer
	if err := WriteBundle(&b, m, data, nil); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// What the probes read through a recorder, the replay gives back: the
// same bytes, the same kinds of errors; an operation not recorded is
// ErrNotRecorded, never "file missing"; password hashes are not kept.
func TestRecordReplay(t *testing.T) {
	b, err := ReadBundle(recordTree(t))
	if err != nil {
		t.Fatal(err)
	}
	r := NewReplay("h1.zip", b).Access()
	ctx := context.Background()
	if got, err := r.ReadFile(ctx, "/etc/os-release", MaxFile); err != nil || !strings.Contains(string(got), "ID=debian") {
		t.Errorf("os-release: %q %v", got, err)
	}
	if got, err := r.ReadFile(ctx, "/etc/os-release", 4096); err != nil || len(got) == 0 {
		t.Errorf("os-release with a larger recorded bound: %v", err)
	}
	if _, err := r.ReadFile(ctx, "/etc/os-release", 5); !errors.Is(err, ErrTooLarge) {
		t.Errorf("os-release under its size: %v", err)
	}
	shadow, _ := r.ReadFile(ctx, "/etc/shadow", MaxFile)
	if strings.Contains(string(shadow), "$y$") || strings.Contains(string(shadow), "$6$") {
		t.Errorf("a hash was kept: %s", shadow)
	}
	for _, want := range []string{"root:$redacted$:19000", "bin:*:", "old:!:", "nopw::"} {
		if !strings.Contains(string(shadow), want) {
			t.Errorf("shadow %q lacks %q", shadow, want)
		}
	}
	if _, err := r.ReadFile(ctx, "/etc/missing", MaxFile); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing: %v", err)
	}
	if _, err := r.ReadFile(ctx, "/etc/big", 10); !errors.Is(err, ErrTooLarge) {
		t.Errorf("big: %v", err)
	}
	if ents, err := r.ReadDir(ctx, "/etc"); err != nil || len(ents) != 4 {
		t.Errorf("readdir: %v %v", ents, err)
	}
	if e, err := r.Stat(ctx, "/etc/pam.d"); err != nil || !e.Dir {
		t.Errorf("stat: %v %v", e, err)
	}
	if _, err := r.Run(ctx, "uname", "-a"); !strings.Contains(fmt.Sprint(err), "offline") {
		t.Errorf("run: %v (the root's refusal is replayed)", err)
	}
	for _, err := range []error{
		second(r.ReadFile(ctx, "/etc/passwd", MaxFile)),
		second(r.ReadFile(ctx, "/etc/big", 1000)),
		second(r.ReadDir(ctx, "/var")),
		second(r.Run(ctx, "ps", "-eo", "comm=,args=")),
	} {
		if !errors.Is(err, ErrNotRecorded) || errors.Is(err, fs.ErrNotExist) {
			t.Errorf("not recorded: %v", err)
		}
	}
	if _, err := r.Run(ctx, "sh", "-c", "id"); !errors.Is(err, ErrNotAllowed) {
		t.Errorf("a command off the list: %v", err)
	}
	if _, ok := r.(AsLocal); !ok {
		t.Error("a replay is judged as --local")
	}
}

func second[T any](_ T, err error) error { return err }

// ps output keeps the command and its executable's path, never the
// arguments (which may carry passwords).
func TestRedactPS(t *testing.T) {
	out, why := redactRun([]string{"ps", "-eo", "comm=,args="}, []byte("mysqld /usr/sbin/mysqld --password=S3cret\nbash -bash\n"))
	if strings.Contains(string(out), "S3cret") || why == "" || string(out) != "mysqld /usr/sbin/mysqld\nbash\n" {
		t.Errorf("%q %q", out, why)
	}
	if out, why := redactRun([]string{"uname", "-a"}, []byte("Linux x")); string(out) != "Linux x" || why != "" {
		t.Errorf("uname changed: %q", out)
	}
}

// zipOf builds a zip of the given entries, in order.
func zipOf(t testing.TB, entries ...[2]string) []byte {
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	for _, e := range entries {
		w, err := z.CreateHeader(&zip.FileHeader{Name: e[0], Method: zip.Deflate})
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(e[1]))
	}
	z.Close()
	return b.Bytes()
}

// entriesOf reads a bundle's entries back, to alter them.
func entriesOf(t testing.TB, raw []byte) [][2]string {
	z, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		t.Fatal(err)
	}
	var out [][2]string
	for _, f := range z.File {
		rc, _ := f.Open()
		var b bytes.Buffer
		b.ReadFrom(rc)
		rc.Close()
		out = append(out, [2]string{f.Name, b.String()})
	}
	return out
}

// A bundle that is not one is refused with what is wrong: not a zip,
// names outside the fixed set, a name twice, a manifest missing, of
// another version, or not matching its entries, an entry not listed,
// too many entries, an entry inflating over its bound.
func TestReadBundleRefuses(t *testing.T) {
	good := recordTree(t)
	ents := entriesOf(t, good)
	manifest := ents[0][1]
	with := func(name, data string) [][2]string {
		out := append([][2]string(nil), ents...)
		for i := range out {
			if out[i][0] == name {
				out[i][1] = data
			}
		}
		return out
	}
	cases := map[string]struct {
		raw  []byte
		want string
	}{
		"not a zip":            {[]byte("PK\x03\x04 garbage"), "not a zip"},
		"text":                 {[]byte("hello"), "not a zip"},
		"traversal":            {zipOf(t, append(ents, [2]string{"../../etc/cron.d/x", "x"})...), "unexpected entry"},
		"absolute":             {zipOf(t, append(ents, [2]string{"/etc/x", "x"})...), "unexpected entry"},
		"duplicate":            {zipOf(t, append(ents, ents[1])...), "twice"},
		"no manifest":          {zipOf(t, ents[1:]...), "no manifest.json"},
		"other version":        {zipOf(t, with(ManifestName, strings.Replace(manifest, `"version": 1`, `"version": 2`, 1))...), "format version 2"},
		"other format":         {zipOf(t, with(ManifestName, `{"format":"x","version":1}`)...), "not a conformscan host-export manifest"},
		"unknown field":        {zipOf(t, with(ManifestName, strings.Replace(manifest, `"host":`, `"extra": 1, "host":`, 1))...), "unknown field"},
		"control in host":      {zipOf(t, with(ManifestName, strings.Replace(manifest, `"host": "h1"`, `"host": "h1\u001b[31m"`, 1))...), "control characters"},
		"altered entry":        {zipOf(t, with(ents[1][0], "ID=evil\n")...), "does not match"},
		"entry missing":        {zipOf(t, append([][2]string{ents[0]}, ents[2:]...)...), "missing"},
		"entry not listed":     {zipOf(t, append(ents, [2]string{"ops/999999", "x"})...), "not in the manifest"},
		"snapshot unannounced": {zipOf(t, append(ents, [2]string{SnapshotName, "{}"})...), "disagree"},
	}
	many := [][2]string{ents[0]}
	for i := range MaxBundleEntries + 1 {
		many = append(many, [2]string{fmt.Sprintf("ops/%06d", i), ""})
	}
	cases["too many entries"] = struct {
		raw  []byte
		want string
	}{zipOf(t, many...), "entries, over the bound"}
	cases["directory flood"] = struct {
		raw  []byte
		want string
	}{append(good, bytes.Repeat([]byte("PK\x01\x02"), 2*MaxBundleEntries+1)...), "central directory records"}
	for name, c := range cases {
		_, err := ReadBundle(c.raw)
		if !errors.Is(err, ErrBadBundle) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %q", name, err, c.want)
		}
	}
}

// An entry whose header claims a few bytes but inflates to more than its
// bound is stopped while it is read (a zip bomb); an honest header over
// the bound is refused before.
func TestReadBundleZipBomb(t *testing.T) {
	ents := entriesOf(t, recordTree(t))
	var comp bytes.Buffer
	z := zip.NewWriter(&comp)
	for _, e := range ents {
		w, _ := z.CreateHeader(&zip.FileHeader{Name: e[0], Method: zip.Deflate})
		w.Write([]byte(e[1]))
	}
	w, _ := z.CreateHeader(&zip.FileHeader{Name: "ops/999999", Method: zip.Deflate})
	zero := make([]byte, 1<<20)
	for range maxOpEntry>>20 + 1 {
		w.Write(zero)
	}
	z.Close()
	if _, err := ReadBundle(comp.Bytes()); !errors.Is(err, ErrBadBundle) || !strings.Contains(err.Error(), "zip bomb") {
		t.Errorf("honest header: %v", err)
	}
	// The same entry with its header lying: written raw, sizes small.
	var lie bytes.Buffer
	z = zip.NewWriter(&lie)
	for _, e := range ents {
		w, _ := z.CreateHeader(&zip.FileHeader{Name: e[0], Method: zip.Deflate})
		w.Write([]byte(e[1]))
	}
	r, _ := zip.NewReader(bytes.NewReader(comp.Bytes()), int64(comp.Len()))
	bomb := r.File[len(r.File)-1]
	raw, _ := bomb.OpenRaw()
	h := bomb.FileHeader
	h.UncompressedSize64 = 10
	rw, err := z.CreateRaw(&h)
	if err != nil {
		t.Fatal(err)
	}
	var rb bytes.Buffer
	rb.ReadFrom(raw)
	rw.Write(rb.Bytes())
	z.Close()
	if _, err := ReadBundle(lie.Bytes()); !errors.Is(err, ErrBadBundle) {
		t.Errorf("lying header: %v", err)
	}
}

// FuzzReadBundle: whatever the bytes, reading never panics, and a bundle
// accepted replays each of its operations.
func FuzzReadBundle(f *testing.F) {
	f.Add(recordTree(f))
	f.Add([]byte("PK\x05\x06" + strings.Repeat("\x00", 18)))
	pub, priv, _ := ed25519.GenerateKey(nil)
	f.Add(signedWindows(f, priv))
	f.Fuzz(func(t *testing.T, raw []byte) {
		b, err := ReadBundle(raw)
		if err != nil {
			return
		}
		b.Verify(pub)
		r := NewReplay("f.zip", b).Access()
		ctx := context.Background()
		for _, op := range b.Manifest.Ops {
			switch op.Op {
			case OpRead:
				r.ReadFile(ctx, op.Path, op.Max)
			case OpReadDir:
				r.ReadDir(ctx, op.Path)
			case OpStat:
				r.Stat(ctx, op.Path)
			case OpRun:
				r.Run(ctx, op.Argv...)
			}
		}
	})
}

// winLocal is an access that takes Windows snapshots (as Local will on
// Windows).
type winLocal struct {
	*Root
	calls *int
}

func (w winLocal) WindowsSnapshot(context.Context) (*winhost.Snapshot, error) {
	*w.calls++
	return &winhost.Snapshot{Version: winhost.Version, Collector: "recorded", Host: "SRV-1",
		Programs: []winhost.Program{{Name: "TeamViewer", View: "32"}}, Services: []winhost.Service{}, Processes: []winhost.Process{},
		Sockets: []winhost.Socket{}, Administrators: []string{}, Problems: []winhost.Problem{}}, nil
}

// A recorder over a Windows access is a winhost.Source that takes the
// snapshot once; the bundle holds it, and its replay is a Source giving
// it back; a bundle without one is no Windows host.
func TestRecordReplayWindowsSnapshot(t *testing.T) {
	calls := 0
	rec := NewRecorder(winLocal{Root: NewRoot(t.TempDir()), calls: &calls})
	src, ok := rec.Access().(winhost.Source)
	if !ok {
		t.Fatal("the recorder of a Windows access is no winhost.Source")
	}
	src.WindowsSnapshot(context.Background())
	s, _ := src.WindowsSnapshot(context.Background())
	if calls != 1 {
		t.Errorf("%d snapshots taken", calls)
	}
	snap, _ := json.Marshal(s)
	var b bytes.Buffer
	m := &Manifest{Conformscan: "test", CollectorOS: "windows", Host: "SRV-1"}
	if err := WriteBundle(&b, m, nil, snap); err != nil {
		t.Fatal(err)
	}
	bu, err := ReadBundle(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	rs, ok := NewReplay("w.zip", bu).Access().(winhost.Source)
	if !ok {
		t.Fatal("the replay is no winhost.Source")
	}
	got, err := rs.WindowsSnapshot(context.Background())
	if err != nil || got.Host != "SRV-1" || len(got.Programs) != 1 || got.Programs[0].View != "32" {
		t.Fatalf("%+v %v", got, err)
	}
	plain, _ := ReadBundle(recordTree(t))
	if _, ok := NewReplay("l.zip", plain).Access().(winhost.Source); ok {
		t.Error("a Linux bundle replays as a Windows host")
	}
	bad := zipOf(t, append(entriesOf(t, b.Bytes())[:1], [2]string{SnapshotName, `{"version": 99}`})...)
	if _, err := ReadBundle(bad); !errors.Is(err, ErrBadBundle) || !strings.Contains(err.Error(), "snapshot") {
		t.Errorf("a bad snapshot: %v", err)
	}
}

// A probe asking the recorder twice gets the first result, as the replay
// will give it, even when the host changed in between.
func TestRecorderRepeatsFirstResult(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "state")
	os.WriteFile(f, []byte("one"), 0o644)
	rec := NewRecorder(NewRoot(dir))
	ctx := context.Background()
	rec.ReadFile(ctx, "/state", MaxFile)
	os.WriteFile(f, []byte("two"), 0o644)
	if b, _ := rec.ReadFile(ctx, "/state", MaxFile); string(b) != "one" {
		t.Errorf("second read %q", b)
	}
	rec.Stat(ctx, "/gone")
	os.WriteFile(filepath.Join(dir, "gone"), nil, 0o644)
	if _, err := rec.Stat(ctx, "/gone"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("second stat %v", err)
	}
	if ops, _ := rec.Ops(); len(ops) != 2 {
		t.Errorf("%d operations recorded", len(ops))
	}
}

// A host probe the collection could not run (listed not-run in the
// manifest) does not run on the replay; one that ran, or that the
// manifest does not name, runs; other subjects are untouched.
func TestSkipUncollected(t *testing.T) {
	raw := recordTree(t)
	b, err := ReadBundle(raw)
	if err != nil {
		t.Fatal(err)
	}
	b.Manifest.Probes = []ProbeNote{{ID: "linux-only", Status: "not-run", Reason: "runs on linux only, not on windows"}, {ID: "ran", Status: "ok"}}
	replay := NewSubject(NewReplay("w.zip", b).Access())
	local := probes.NewSubject(probes.SubjectLocal, "local")
	ps := SkipUncollected([]probes.Probe{{ID: "linux-only", Kind: probes.SubjectLocal}, {ID: "ran", Kind: probes.SubjectLocal},
		{ID: "unnamed", Kind: probes.SubjectLocal}, {ID: "net", Kind: probes.SubjectHost}})
	applies := func(p probes.Probe, s *probes.Subject) bool { return p.Applies == nil || p.Applies(s) }
	if applies(ps[0], replay) || !applies(ps[0], local) {
		t.Error("linux-only")
	}
	if !applies(ps[1], replay) || !applies(ps[2], replay) || ps[3].Applies != nil {
		t.Error("ran, unnamed or network probe changed")
	}
}
