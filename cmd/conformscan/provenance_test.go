//go:build linux

package main

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"conformscan/reports"
	"conformscan/reports/reportstest"
)

// provenanceRefs are O refs judged on a host.
const provenanceRefs = "2.9,5.3,8.6"

// provReport is what these tests read of a JSON report.
type provReport struct {
	Facts   map[string]json.RawMessage `json:"facts"`
	Summary struct {
		Decision   string `json:"decision"`
		HandedOver []struct {
			Subject    string `json:"subject"`
			Provenance struct {
				Source, File, Signature string
				KeyID                   string `json:"key_id"`
			} `json:"provenance"`
		} `json:"handed_over"`
	} `json:"summary"`
}

// scanProv runs a scan to a JSON report, validates it and decodes it;
// it returns the exit code, the report and the raw JSON.
func scanProv(t *testing.T, args ...string) (int, provReport, string) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "r.json")
	code, _, errOut := runCLI(t, append([]string{"scan", "--output", out, "--format", "json", "--lang", "en"}, args...)...)
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("exit %d: %s: %v", code, errOut, err)
	}
	reportstest.MustValidate(t, data)
	var rep provReport
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	return code, rep, string(data)
}

// keyPair makes a key pair in dir named name.
func keyPair(t *testing.T, dir, name string) string {
	t.Helper()
	key := filepath.Join(dir, name)
	if code, _, errOut := runCLI(t, "keygen", "-o", key); code != 0 {
		t.Fatalf("keygen: %s", errOut)
	}
	return key
}

// A bundle signed by collect --sign and verified with the matching key
// is judged, with its provenance "verified" and the key's ID, in the
// subject's facts and in the decision's qualification; the private key
// is never printed.
func TestCollectSignHostExportVerified(t *testing.T) {
	dir := t.TempDir()
	key := keyPair(t, dir, "k")
	bundle := filepath.Join(dir, "host.zip")
	code, out, errOut := runCLI(t, "collect", "-o", bundle, "--sign", key)
	priv, _ := os.ReadFile(key)
	if code != 0 || !strings.Contains(out, "--host-export-key "+key+".pub") {
		t.Fatalf("collect --sign: exit %d: %s %s", code, out, errOut)
	}
	if strings.Contains(out+errOut, string(priv)) || strings.Contains(out+errOut, "PRIVATE KEY") {
		t.Error("collect printed the private key")
	}
	if len(readEntry(t, bundle, "signature.json")) == 0 {
		t.Fatal("no signature.json entry")
	}
	_, rep, raw := scanProv(t, "--refs", provenanceRefs, "--host-export", bundle, "--host-export-key", key+".pub")
	subject := "host-export:" + bundle
	if len(rep.Summary.HandedOver) != 1 {
		t.Fatalf("handed_over = %+v", rep.Summary.HandedOver)
	}
	h := rep.Summary.HandedOver[0]
	if h.Subject != subject || h.Provenance.Source != "host-export" || h.Provenance.Signature != "verified" || len(h.Provenance.KeyID) != 16 {
		t.Errorf("handed_over = %+v", h)
	}
	var facts struct {
		Provenance struct {
			Source, File, Signature string
			KeyID                   string `json:"key_id"`
		} `json:"provenance"`
	}
	json.Unmarshal(rep.Facts[subject], &facts)
	if facts.Provenance != h.Provenance {
		t.Errorf("facts of %s lack the provenance: %.400s", subject, rep.Facts[subject])
	}
	pemPub, _ := os.ReadFile(key + ".pub")
	if pub, err := reports.ParsePublicKey(pemPub); err != nil || reports.KeyID(pub) != h.Provenance.KeyID || !strings.Contains(out, "key "+h.Provenance.KeyID) {
		t.Errorf("key_id %s is not the report signatures' ID of the key (%v), or collect did not print it: %s", h.Provenance.KeyID, err, out)
	}
	if strings.Contains(raw, string(priv)) {
		t.Error("the report holds the private key")
	}
}

// rezip rewrites a bundle with edit applied to its entries, keeping
// signature.json as it was.
func rezip(t *testing.T, src, dst string, edit func(map[string][]byte)) {
	t.Helper()
	z, err := zip.OpenReader(src)
	if err != nil {
		t.Fatal(err)
	}
	entries := map[string][]byte{}
	var names []string
	for _, f := range z.File {
		entries[f.Name] = readEntry(t, src, f.Name)
		names = append(names, f.Name)
	}
	z.Close()
	edit(entries)
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for _, n := range names {
		fw, _ := w.Create(n)
		fw.Write(entries[n])
	}
	w.Close()
	if err := os.WriteFile(dst, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// A signed bundle edited after signing (its manifest; an entry with the
// manifest updated to match), verified with the wrong key, or unsigned
// while a key is given, is refused with exit 2 naming the file and what
// to do, before any probe.
func TestHostExportSignatureRefused(t *testing.T) {
	dir := t.TempDir()
	key, other := keyPair(t, dir, "k"), keyPair(t, dir, "other")
	signed, unsigned := filepath.Join(dir, "signed.zip"), filepath.Join(dir, "unsigned.zip")
	if code, _, errOut := runCLI(t, "collect", "-o", signed, "--sign", key); code != 0 {
		t.Fatalf("collect --sign: %s", errOut)
	}
	if code, _, errOut := runCLI(t, "collect", "-o", unsigned); code != 0 {
		t.Fatalf("collect: %s", errOut)
	}
	host := filepath.Join(dir, "host-edited.zip")
	rezip(t, signed, host, func(e map[string][]byte) {
		e["manifest.json"] = bytes.Replace(e["manifest.json"], []byte(`"host": "`), []byte(`"host": "x`), 1)
	})
	entry := filepath.Join(dir, "entry-edited.zip")
	rezip(t, signed, entry, func(e map[string][]byte) {
		var m struct {
			Ops []struct {
				File, SHA256 string
				Size         int
			} `json:"operations"`
		}
		json.Unmarshal(e["manifest.json"], &m)
		for _, op := range m.Ops {
			if op.File == "" {
				continue
			}
			edited := append(append([]byte{}, e[op.File]...), "\nedited"...)
			sum := sha256.Sum256(edited)
			mj := bytes.Replace(e["manifest.json"], []byte(op.SHA256), []byte(hex.EncodeToString(sum[:])), 1)
			e["manifest.json"] = bytes.Replace(mj, []byte(`"file": "`+op.File+`",
      "size": `+itoa(op.Size)), []byte(`"file": "`+op.File+`",
      "size": `+itoa(len(edited))), 1)
			e[op.File] = edited
			return
		}
		t.Fatal("no operation entry to edit")
	})
	cases := []struct{ bundle, key, want string }{
		{host, key + ".pub", "changed after signing"},
		{entry, key + ".pub", "changed after signing"},
		{signed, other + ".pub", "not by the key given"},
		{unsigned, key + ".pub", "unsigned"},
	}
	for _, c := range cases {
		code, out, errOut := boundedCLI(t, "scan", "--refs", provenanceRefs, "--host-export", c.bundle, "--host-export-key", c.key)
		if code != 2 || !strings.Contains(errOut, "--host-export "+c.bundle+":") || !strings.Contains(errOut, c.want) || !strings.Contains(errOut, "collect --sign") {
			t.Errorf("%s with %s: exit %d, stderr %q; want 2 and %q", filepath.Base(c.bundle), filepath.Base(c.key), code, errOut, c.want)
		}
		if strings.Contains(out, "host-export:") {
			t.Errorf("%s: something was judged: %.300s", filepath.Base(c.bundle), out)
		}
	}
	if code, _, errOut := runCLI(t, "scan", "--refs", "5.3", "--local", "--host-export-key", key+".pub"); code != 2 || !strings.Contains(errOut, "needs --host-export") {
		t.Errorf("key without bundle: exit %d %s", code, errOut)
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

// An unsigned bundle judged without a key is judged: its provenance is
// "unsigned" and the decision is qualified in JSON, table and Markdown,
// its statuses unchanged. A signed one judged without the key is
// "unverified".
func TestHostExportUnsignedCaveat(t *testing.T) {
	dir := t.TempDir()
	bundle := filepath.Join(dir, "host.zip")
	if code, _, errOut := runCLI(t, "collect", "-o", bundle); code != 0 {
		t.Fatalf("collect: %s", errOut)
	}
	_, rep, _ := scanProv(t, "--refs", provenanceRefs, "--host-export", bundle)
	if len(rep.Summary.HandedOver) != 1 || rep.Summary.HandedOver[0].Provenance.Signature != "unsigned" {
		t.Fatalf("handed_over = %+v", rep.Summary.HandedOver)
	}
	_, plain, _ := scanProv(t, "--refs", provenanceRefs, "--host-export", bundle)
	if plain.Summary.Decision != rep.Summary.Decision {
		t.Errorf("decision moved: %s vs %s", plain.Summary.Decision, rep.Summary.Decision)
	}
	for format, want := range map[string]string{
		"table":    "1 host(s) judged from handed-over files (not observed by this scan): host-export:" + bundle,
		"markdown": "1 host(s) judged from handed-over files (not observed by this scan): host-export:" + bundle,
		"html":     "1 host(s) judged from handed-over files (not observed by this scan): host-export:" + bundle,
	} {
		_, out, errOut := runCLI(t, "scan", "--refs", provenanceRefs, "--host-export", bundle, "--format", format, "--lang", "en")
		flat := strings.Join(strings.Fields(out), " ")
		if !strings.Contains(flat, want) || !strings.Contains(flat, "UNSIGNED export") {
			t.Errorf("%s: no caveat in %.3000s %s", format, out, errOut)
		}
	}
	_, out, _ := runCLI(t, "scan", "--refs", provenanceRefs, "--host-export", bundle, "--format", "table")
	if flat := strings.Join(strings.Fields(out), " "); !strings.Contains(flat, "dont 1 hôte(s) jugé(s) sur des fichiers remis (non observés par ce scan)") {
		t.Errorf("French caveat missing: %.3000s", out)
	}
	key := keyPair(t, dir, "k")
	signed := filepath.Join(dir, "signed.zip")
	if code, _, errOut := runCLI(t, "collect", "-o", signed, "--sign", key); code != 0 {
		t.Fatalf("collect --sign: %s", errOut)
	}
	if _, rep, _ := scanProv(t, "--refs", provenanceRefs, "--host-export", signed); len(rep.Summary.HandedOver) != 1 || rep.Summary.HandedOver[0].Provenance.Signature != "unverified" {
		t.Errorf("signed without key: %+v", rep.Summary.HandedOver)
	}
}

// A --windows-snapshot scan says the decision rests on a handed-over
// file; a live --local scan says nothing of the kind.
func TestSnapshotCaveatLocalNone(t *testing.T) {
	snap := snapshotFile(t, "ws2022")
	_, rep, _ := scanProv(t, "--refs", "5.3,8.6", "--reference-date", "2026-12-07", "--windows-snapshot", snap)
	if len(rep.Summary.HandedOver) != 1 || rep.Summary.HandedOver[0].Provenance.Source != "windows-snapshot" || rep.Summary.HandedOver[0].Provenance.File != snap {
		t.Errorf("snapshot: handed_over = %+v", rep.Summary.HandedOver)
	}
	_, out, _ := runCLI(t, "scan", "--refs", "5.3,8.6", "--windows-snapshot", snap, "--format", "table", "--lang", "en")
	if flat := strings.Join(strings.Fields(out), " "); !strings.Contains(flat, "judged from handed-over files") || !strings.Contains(flat, "windows-snapshot, unsigned handed-over file: "+snap) {
		t.Errorf("snapshot table: no caveat: %.3000s", out)
	}
	_, local, raw := scanProv(t, "--refs", "5.3,8.6", "--local")
	if len(local.Summary.HandedOver) != 0 || strings.Contains(raw, "provenance") {
		t.Errorf("--local: handed_over = %+v", local.Summary.HandedOver)
	}
	_, out, _ = runCLI(t, "scan", "--refs", "5.3,8.6", "--local", "--format", "table", "--lang", "en")
	if strings.Contains(out, "handed-over") {
		t.Errorf("--local table has a caveat: %.2000s", out)
	}
}

// --windows-inventory, with or without --local, judges the local subject
// from the exports folder: its provenance says so.
func TestWindowsInventoryCaveat(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "PC-ACCUEIL-01")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"uninstall.reg", "services.csv", "tasklist.csv", "sc_query.txt"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "probes", "remote", "wininv", "testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, name), b, 0o600)
	}
	for _, extra := range [][]string{nil, {"--local"}} {
		_, rep, _ := scanProv(t, append([]string{"--refs", "8.6", "--windows-inventory", dir}, extra...)...)
		h := rep.Summary.HandedOver
		if len(h) != 1 || h[0].Subject != "local" || h[0].Provenance.Source != "windows-inventory" || h[0].Provenance.File != dir {
			t.Errorf("%v: handed_over = %+v", extra, h)
		}
	}
}
