package eol

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"conformscan/checks"
	"conformscan/inputs/inputstest"
)

// dataDir writes files into a new --eol-data folder.
func dataDir(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		if name == "products" {
			os.Mkdir(filepath.Join(dir, name), 0o700)
			continue
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// debianAPI is Debian in the v0 API notation, as endoflife.date serves it
// (JSON) and as people save it (YAML, unquoted cycles and timestamps).
const debianAPI = `[
  {"cycle": "12", "codename": "Bookworm", "releaseDate": "2023-06-10", "eol": "2026-06-10", "extendedSupport": "2028-06-30", "latest": "12.7", "link": null, "lts": false, "support": "2026-06-10"},
  {"cycle": "11", "releaseDate": "2021-08-14", "eol": true, "extendedSupport": false, "latest": "11.11"},
  {"cycle": "10", "releaseDate": "2019-07-06", "eol": true, "latest": "10.13"}
]`

const ubuntuAPIYAML = `- cycle: 22.04
  codename: Jammy Jellyfish
  lts: true
  releaseDate: 2022-04-21
  support: 2024-09-30
  eol: 2027-04-01
  extendedSupport: 2032-04-09
  latest: 22.04.5
- cycle: 24.10
  releaseDate: 2024-10-10
  eol: 2025-07-10T00:00:00Z
  latest: "24.10"
`

// TestUpstreamNotations: the v0 API notation (cycle, support,
// extendedSupport, eol true/false, dates as timestamps or text, cycles
// written as numbers) is understood, and judged: eol: true is past
// support, extendedSupport: false is extended support without an end.
func TestUpstreamNotations(t *testing.T) {
	db, err := LoadDir(t.Context(), dataDir(t, map[string]string{"debian.json": debianAPI, "ubuntu.yaml": ubuntuAPIYAML, "LICENSE": "MIT"}))
	if err != nil {
		t.Fatal(err)
	}
	_, c := db.Find("ubuntu", "22.04")
	if c == nil || c.Security.Format(day) != "2027-04-01" || c.Extended.Format(day) != "2032-04-09" || c.Active.Format(day) != "2024-09-30" || c.Latest != "22.04.5" {
		t.Fatalf("ubuntu 22.04: %+v (cycles %+v)", c, db.Products["ubuntu"])
	}
	if _, c := db.Find("ubuntu", "24.10"); c == nil || c.Security.Format(day) != "2025-07-10" {
		t.Fatalf("ubuntu 24.10 (cycle written 24.10, a timestamp eol): %+v", c)
	}
	refDate := at("2025-01-01")
	for _, tc := range []struct {
		cycle string
		want  Support
	}{{"12", Supported}, {"11", ExtendedOnly}, {"10", Ended}} {
		_, c := db.Find("debian", tc.cycle)
		if c == nil {
			t.Fatalf("debian %s missing", tc.cycle)
		}
		if got, _ := Stage(c, refDate, PolicyWarn); got != tc.want {
			t.Errorf("debian %s: stage %d, want %d (%+v)", tc.cycle, got, tc.want, c)
		}
	}
	_, c = db.Find("debian", "10")
	v := judgeCycle("Debian 10", db.Products["debian"], c, refDate, PolicyWarn, "R")
	if v.Status != checks.StatusFail || !strings.Contains(v.Evidence.Observed, "ended, date not given") {
		t.Errorf("eol: true must fail: %+v", v)
	}
}

// TestFrontMatterNotation: a product file's front matter reads with its
// display fields and custom fields, keeps cycles as written and
// understands eol: true.
func TestFrontMatterNotation(t *testing.T) {
	md := "---\ntitle: Demo\ncategory: os\ncustomFields:\n  - name: minJavaVersion\n    display: api-only\n    label: Java\n" +
		"releases:\n  - releaseCycle: 1.20\n    releaseDate: 2020-01-01\n    eol: true\n    minJavaVersion: 8\n" +
		"  - releaseCycle: \"1.2\"\n    releaseDate: 2019-01-01\n    eol: 2019-06-01\n---\n\n# Demo\n"
	db, err := LoadDir(t.Context(), dataDir(t, map[string]string{"demo.md": md}))
	if err != nil {
		t.Fatal(err)
	}
	_, c := db.Find("demo", "1.20")
	if c == nil || !c.SecurityEnded {
		t.Fatalf("1.20: %+v", db.Products["demo"])
	}
	if got, _ := Stage(c, at("2020-02-01"), PolicyWarn); got != Ended {
		t.Errorf("eol: true is ended, got stage %d", got)
	}
	if _, c := db.Match("demo", "1.20.3"); c == nil || c.Cycle != "1.20" {
		t.Errorf("1.20.3 matched %+v", c)
	}
}

// TestEOLDataRefused: what cannot be read exactly is refused with the file,
// the line and the field, never left out.
func TestEOLDataRefused(t *testing.T) {
	fm := func(releases string) string {
		return "---\ntitle: Demo\nreleases:\n" + releases + "---\n"
	}
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"unknown release field", map[string]string{"demo.md": fm("  - releaseCycle: \"1\"\n    eol: 2020-01-01\n    endOfLife: 2030-01-01\n")}, "demo.md:6: releases[0].endOfLife: unknown field"},
		{"eol not a date", map[string]string{"demo.md": fm("  - releaseCycle: \"1\"\n    eol: soon\n")}, "demo.md:5: releases[0].eol: \"soon\" is neither a date"},
		{"eol quoted true", map[string]string{"demo.md": fm("  - releaseCycle: \"1\"\n    eol: \"true\"\n")}, "releases[0].eol"},
		{"eol absent", map[string]string{"demo.md": fm("  - releaseCycle: \"1\"\n    releaseDate: 2020-01-01\n")}, "does not say when its support ends"},
		{"eol null", map[string]string{"demo.md": fm("  - releaseCycle: \"1\"\n    eol: ~\n")}, "does not say when its support ends"},
		{"no cycle", map[string]string{"demo.md": fm("  - eol: 2020-01-01\n")}, "no cycle name"},
		{"cycle twice", map[string]string{"demo.md": fm("  - releaseCycle: \"1\"\n    eol: true\n  - releaseCycle: 1\n    eol: true\n")}, "listed twice"},
		{"two names of a field", map[string]string{"demo.json": `[{"cycle": "1", "releaseCycle": "1", "eol": true}]`}, "name the same field"},
		{"bad date", map[string]string{"demo.json": `[{"cycle": "1", "eol": "2020-02-30"}]`}, "demo.json:1: releases[0].eol"},
		{"v1 API notation", map[string]string{"demo.json": `{"schema_version": "1.0.0", "result": {"releases": []}}`}, "where a list is expected"},
		{"unknown top-level field", map[string]string{"demo.md": "---\ntitle: Demo\nreleasez: []\n---\n"}, `demo.md:3: unknown field "releasez"`},
		{"duplicate key", map[string]string{"demo.md": fm("  - releaseCycle: \"1\"\n    eol: true\n    eol: false\n")}, "demo.md:6"},
		{"no front matter", map[string]string{"demo.md": "# Demo\n"}, "no YAML front matter"},
		{"another kind of file", map[string]string{"demo.md": fm("  - {releaseCycle: \"1\", eol: true}\n"), "notes.txt": "x"}, "notes.txt: not an endoflife.date product file"},
		{"same product twice", map[string]string{"demo.md": fm("  - {releaseCycle: \"1\", eol: true}\n"), "demo.json": `[{"cycle": "1", "eol": true}]`}, "given twice"},
		{"billion laughs", map[string]string{"demo.json": "x: 1\n" + inputstest.Laughs("y", 10)}, "aliases"},
		{"repository root", map[string]string{"README.md": "# endoflife.date", "products": ""}, "give the folder that holds the product files"},
		{"no release", map[string]string{"demo.md": "---\ntitle: Demo\n---\n"}, "demo.md: no release listed"},
		{"empty API list", map[string]string{"demo.json": "[]"}, "demo.json: no release listed"},
		{"empty folder", map[string]string{"LICENSE": "MIT"}, "no product file"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := dataDir(t, tc.files)
			var err error
			inputstest.Bounded(t, func() { _, err = LoadDir(t.Context(), dir) })
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "--eol-data") {
				t.Errorf("err = %v, want %q", err, tc.want)
			}
		})
	}
}

// TestEOLDataHostileYAML: the hostile YAML shapes in a product file's
// front matter are refused with the file and the line.
func TestEOLDataHostileYAML(t *testing.T) {
	valid := "title: Demo\nreleases:\n  - releaseCycle: \"1\"\n    eol: 2030-01-01\n"
	for _, tc := range inputstest.HostileYAML(valid) {
		if strings.Contains(tc.Doc, "\n---") || strings.HasPrefix(tc.Doc, "\xff") || strings.HasSuffix(tc.Name, "document") {
			continue // "---" ends the front matter; the file must start with it
		}
		t.Run(tc.Name, func(t *testing.T) {
			dir := dataDir(t, map[string]string{"demo.md": "---\n" + tc.Doc + "\n---\n"})
			var err error
			inputstest.Bounded(t, func() { _, err = LoadDir(t.Context(), dir) })
			if err == nil || !strings.Contains(err.Error(), tc.Want) {
				t.Fatalf("err = %v, want %q", err, tc.Want)
			}
			if tc.Line > 0 && !strings.Contains(err.Error(), fmt.Sprintf("demo.md:%d:", tc.Line+1)) {
				t.Errorf("err = %v, want line %d", err, tc.Line+1)
			}
		})
	}
	for name, doc := range inputstest.AcceptedYAML(valid) {
		if strings.HasPrefix(doc, "---") || name == "BOM" {
			continue
		}
		if _, err := LoadDir(t.Context(), dataDir(t, map[string]string{"demo.md": "---\n" + doc + "---\n"})); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestEOLDataBOM: a product file may start with a byte order mark.
func TestEOLDataBOM(t *testing.T) {
	if _, err := LoadDir(t.Context(), dataDir(t, map[string]string{"demo.md": "\uFEFF---\r\ntitle: Demo\r\nreleases:\r\n  - {releaseCycle: \"1\", eol: true}\r\n---\r\n"})); err != nil {
		t.Fatal(err)
	}
}

// TestEmbeddedStrict: the embedded snapshot reads strictly as it is.
func TestEmbeddedStrict(t *testing.T) {
	db, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	if _, c := db.Find("ubuntu", "22.04"); c == nil || c.Cycle != "22.04" {
		t.Fatalf("ubuntu 22.04: %+v", c)
	}
	db2, err := LoadDir(t.Context(), "data")
	if err != nil || len(db2.Products) != len(db.Products) {
		t.Fatalf("the snapshot as --eol-data: %v", err)
	}
}

func FuzzProductFile(f *testing.F) {
	f.Add([]byte(debianAPI), false)
	f.Add([]byte(ubuntuAPIYAML), false)
	f.Add([]byte("---\ntitle: Demo\nreleases:\n  - {releaseCycle: 1.20, eol: true, eoes: false}\n---\n"), true)
	f.Fuzz(func(t *testing.T, data []byte, md bool) {
		var p *Product
		var err error
		if md {
			p, err = parseProduct("demo", "demo.md", data)
		} else {
			p, err = parseAPI("demo", "demo.json", data)
		}
		if err == nil {
			for _, c := range p.Cycles {
				if c.Cycle == "" || (c.Security.IsZero() && !c.SecurityOpen && !c.SecurityEnded) {
					t.Fatalf("cycle read without a name or an end: %+v", c)
				}
			}
		} else if !strings.Contains(err.Error(), "demo.") {
			t.Fatalf("error does not name the file: %v", err)
		}
	})
}

// TestOverlayKeepsEmbedded: a --eol-data folder that gives one product
// replaces that product only; the others keep the embedded dates.
func TestOverlayKeepsEmbedded(t *testing.T) {
	base, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	newer := &DB{Products: map[string]*Product{"debian": {ID: "debian", Cycles: []Cycle{{Cycle: "99"}}}}, Source: "--eol-data x"}
	got := base.Overlay(newer)
	if got.Products["debian"].Cycles[0].Cycle != "99" {
		t.Fatalf("debian not replaced: %+v", got.Products["debian"])
	}
	for id, p := range base.Products {
		if id != "debian" && got.Products[id] != p {
			t.Fatalf("%s lost", id)
		}
	}
	if base.Products["debian"].Cycles[0].Cycle == "99" {
		t.Fatal("the embedded data was changed")
	}
}
