package checks

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite docs/refs.md and golden files")

func mustCatalogue(t testing.TB) *Catalogue {
	t.Helper()
	cat, err := LoadCatalogue()
	if err != nil {
		t.Fatalf("LoadCatalogue: %v", err)
	}
	return cat
}

// seedSHA256 is the SHA-256 of the hospital's published grid
// (shared/seed/exigences-securite-prestataires.txt), recorded when it was
// copied into checks/grid.
const seedSHA256 = "f4d0a1cb1beecb90cbc64604791daf47cf7d8ca77b6421c33426f4216fb25c8f"

// TestEmbeddedGridIsTheSeed proves the embedded grid is the hospital's
// published text, byte for byte, without needing the seed beside the repo.
func TestEmbeddedGridIsTheSeed(t *testing.T) {
	sum := sha256.Sum256([]byte(gridText))
	if got := hex.EncodeToString(sum[:]); got != seedSHA256 {
		t.Fatalf("checks/grid/exigences-securite-prestataires.txt has SHA-256 %s, the published grid %s: copy the seed again", got, seedSHA256)
	}
}

// TestCatalogueMatchesGrid counts refs and levels independently of the
// parser, with a plain scan of the seed text.
func TestCatalogueMatchesGrid(t *testing.T) {
	cat := mustCatalogue(t)
	if len(cat.Refs) != 100 {
		t.Fatalf("catalogue has %d refs, the grid has 100", len(cat.Refs))
	}
	levels := map[Level]int{}
	for _, r := range cat.Refs {
		levels[r.Level]++
	}
	if levels[LevelO] != 58 || levels[LevelR] != 23 || levels[LevelNA] != 19 {
		t.Fatalf("levels O/R/N/A = %d/%d/%d, want 58/23/19", levels[LevelO], levels[LevelR], levels[LevelNA])
	}
	// Independent reading: every "\tX.Y\n\tLEVEL\n" pair of the grid.
	re := regexp.MustCompile(`(?m)^\t(\d+\.\d+)\n\t(O|R|N/A)\n`)
	pairs := re.FindAllStringSubmatch(strings.ReplaceAll(gridText, "\r\n", "\n"), -1)
	if len(pairs) != 100 {
		t.Fatalf("independent scan found %d refs", len(pairs))
	}
	for _, p := range pairs {
		r, ok := cat.Get(p[1])
		if !ok {
			t.Errorf("ref %s missing from the catalogue", p[1])
			continue
		}
		if string(r.Level) != p[2] {
			t.Errorf("ref %s: level %s, grid says %s", p[1], r.Level, p[2])
		}
	}
	first, last := cat.Refs[0], cat.Refs[len(cat.Refs)-1]
	if first.Ref != "2.1" || last.Ref != "13.20" {
		t.Fatalf("refs run from %s to %s, want 2.1 to 13.20", first.Ref, last.Ref)
	}
	for _, r := range cat.Refs {
		if r.Text == "" || r.Title == "" || r.TitleFR == "" || r.Kind == "" || r.SectionTitle == "" || r.Measures == "" {
			t.Errorf("ref %s has an empty field: %+v", r.Ref, r)
		}
		if strings.Contains(r.Text, "\t") {
			t.Errorf("ref %s text keeps a tab", r.Ref)
		}
	}
	// Spot checks of texts and sections.
	r, _ := cat.Get("7.1")
	if r.SectionTitle != "Cryptographie" || !strings.Contains(r.Text, "l’usage de SSL est impératif") {
		t.Errorf("7.1 = %+v", r)
	}
	r, _ = cat.Get("2.2")
	if !strings.Contains(r.Text, "Chaque personnel du titulaire") {
		t.Errorf("2.2 lost its last paragraph: %q", r.Text)
	}
}

func TestSelect(t *testing.T) {
	cat := mustCatalogue(t)
	for _, tc := range []struct {
		filter string
		n      int
		err    string
	}{
		{"", 100, ""},
		{"7.1,8.3", 2, ""},
		{"8", 20, ""},
		{"7, 13.20", 4, ""},
		{"7.9", 0, "unknown ref"},
		{"14", 0, "unknown ref"},
		{"abc", 0, "unknown ref"},
	} {
		refs, err := cat.Select(tc.filter)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("Select(%q) err = %v, want %q", tc.filter, err, tc.err)
			}
			continue
		}
		if err != nil || len(refs) != tc.n {
			t.Errorf("Select(%q) = %d refs, %v; want %d", tc.filter, len(refs), err, tc.n)
		}
	}
}

func TestRefsDocIsFresh(t *testing.T) {
	cat := mustCatalogue(t)
	path := filepath.Join("..", "docs", "refs.md")
	want := RefsMarkdown(cat)
	if *update {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run 'make docs')", err)
	}
	if string(got) != want {
		t.Fatal("docs/refs.md is stale: run 'make docs' (or go test ./checks -update)")
	}
}

func TestFold(t *testing.T) {
	cat := mustCatalogue(t)
	refs, _ := cat.Select("7.1,7.2,7.3,2.1")
	rs := []Result{
		{Ref: "7.2", Status: StatusPass}, {Ref: "7.2", Status: StatusError, Summary: "e"},
		{Ref: "7.3", Status: StatusPass}, {Ref: "7.3", Status: StatusWarn},
		{Ref: "7.1", Status: StatusError}, {Ref: "7.1", Status: StatusFail, Summary: "f"},
	}
	vs := Fold(refs, rs, French)
	got := map[string]Status{}
	for _, v := range vs {
		got[v.Ref] = v.Status
	}
	want := map[string]Status{"2.1": StatusManual, "7.1": StatusFail, "7.2": StatusError, "7.3": StatusWarn}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("ref %s folded to %s, want %s", k, got[k], v)
		}
	}
	if d := Decide(vs, false); d != DecisionNoGo {
		t.Errorf("decision %s, want no-go", d)
	}
	vs = Fold(refs, rs[:2], French)
	if d := Decide(vs, false); d != DecisionIncomplete {
		t.Errorf("an O ref in error must make the decision incomplete, got %s", d)
	}
	vs = Fold(refs, rs[2:4], French)
	if d := Decide(vs, false); d != DecisionGo {
		t.Errorf("decision %s, want go", d)
	}
	if d := Decide(vs, true); d != DecisionIncomplete {
		t.Errorf("interrupted decision %s, want incomplete", d)
	}
}
