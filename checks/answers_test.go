package checks

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"conformscan/inputs/inputstest"
)

func writeAnswers(t *testing.T, body string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "charte-signee.pdf"), []byte("%PDF-1.4 charte"), 0o644); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "reponses.yaml")
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestAnswersMerge(t *testing.T) {
	cat := mustCatalogue(t)
	p := writeAnswers(t, `version: 1
solution: "DPI Exemple"
vendor: "Editeur SA"
answers:
  - ref: "2.1"
    status: conforme
    description: "Charte signée par le représentant légal le 2 mars."
    evidence: [charte-signee.pdf]
    answered_by: "J. Martin, RSSI Editeur SA"
    date: "2026-11-20"
  - ref: "13.2"
    status: na
    description: ""
  - ref: "2.3"
    status: non-conforme
    description: "Clause en cours d'ajout."
  - ref: "2.4"
    status: ""
  - ref: "11.1"
    status: na
    justification: "Pas de certification ISAE 3402."
    evidence: [absent.pdf]
`)
	a, err := LoadAnswers(context.Background(), p, cat, AnswersOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Problems) != 2 {
		t.Fatalf("problems = %q, want na-without-justification and missing file", a.Problems)
	}
	if !strings.Contains(a.Problems[0], "reponses.yaml:11") || !strings.Contains(a.Problems[0], "justification") {
		t.Errorf("problem must name line and field: %q", a.Problems[0])
	}
	refs, _ := cat.Select("2.1,2.3,2.4,13.2,11.1,7.2")
	measured := []Result{{Ref: "7.2", Status: StatusFail}}
	rs := AnswerResults(refs, measured, a, French, time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC))
	got := map[string]Result{}
	for _, r := range rs {
		got[r.Ref] = r
	}
	if _, ok := got["7.2"]; ok {
		t.Error("a measured ref without answer must not get a manual result")
	}
	if r := got["2.1"]; r.Status != StatusPass || len(r.Evidence) != 2 || !strings.HasPrefix(r.Evidence[1].Excerpt, "sha256:") {
		t.Errorf("2.1 = %+v", r)
	}
	// sha256 of "%PDF-1.4 charte"
	if r := got["2.1"]; !strings.Contains(r.Evidence[1].Excerpt, "sha256:") || len(r.Evidence[1].Excerpt) != len("sha256:")+64 {
		t.Errorf("hash evidence = %q", r.Evidence[1].Excerpt)
	}
	if r := got["13.2"]; r.Status != StatusError {
		t.Errorf("na without justification must be an error, got %s", r.Status)
	}
	if r := got["2.3"]; r.Status != StatusFail {
		t.Errorf("2.3 = %s", r.Status)
	}
	if r := got["2.4"]; r.Status != StatusManual {
		t.Errorf("unanswered 2.4 = %s, want manual", r.Status)
	}
	if r := got["11.1"]; r.Status != StatusError || !strings.Contains(r.Summary, "absent.pdf") {
		t.Errorf("missing attachment must be an error naming the file: %+v", r)
	}
}

func TestAnswersMalformed(t *testing.T) {
	cat := mustCatalogue(t)
	for _, tc := range []struct{ body, want string }{
		{"answers:\n  - ref: \"2.1\"\n    status: oui\n", "reponses.yaml:3: answers[0].status"},
		{"answers:\n  - ref: \"99.9\"\n", "reponses.yaml:2: answers[0].ref"},
		{"answers:\n  - ref: \"2.1\"\n    statut: conforme\n", "unknown field"},
		{"answers:\n  - ref: \"2.1\"\n    date: 20/11/2026\n", "answers[0].date"},
		{"answers: [\n", "YAML"},
		{"answers:\n  - ref: \"2.1\"\n  - ref: \"2.1\"\n", "answered twice"},
		{"version: 7\n", "version"},
	} {
		p := writeAnswers(t, tc.body)
		_, err := LoadAnswers(context.Background(), p, cat, AnswersOptions{})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("body %q: err = %v, want %q", tc.body, err, tc.want)
		}
	}
}

func TestAnswersTemplateRoundTrip(t *testing.T) {
	cat := mustCatalogue(t)
	var b bytes.Buffer
	if err := AnswersTemplate(cat, false, &b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.Contains(out, `ref: "2.1"`) || strings.Contains(out, `ref: "7.2"`) {
		t.Error("template must list documentary refs and leave out measured ones")
	}
	if !strings.Contains(out, "La Charte de bon usage") {
		t.Error("template must carry the French text")
	}
	p := writeAnswers(t, out)
	a, err := LoadAnswers(context.Background(), p, cat, AnswersOptions{})
	if err != nil {
		t.Fatalf("the template must load as it is: %v", err)
	}
	if len(a.Problems) != 0 || len(a.Entries()) < 60 {
		t.Errorf("template: %d entries, problems %q", len(a.Entries()), a.Problems)
	}
}

func TestAnswersYAMLBomb(t *testing.T) {
	cat := mustCatalogue(t)
	p := writeAnswers(t, "version: 1\n"+inputstest.Laughs("vendor", 10))
	var err error
	inputstest.Bounded(t, func() { _, err = LoadAnswers(context.Background(), p, cat, AnswersOptions{}) })
	if err == nil || !strings.Contains(err.Error(), "answers file "+p+":") || !strings.Contains(err.Error(), "aliases") {
		t.Fatalf("err = %v, want the file named and the aliases refused", err)
	}
}

// TestAnswersAttachmentsConfined: evidence is a regular file inside the
// answers' folder (or --attachments-dir); anything else is an error naming
// file:line, at once, whatever the file would do when read.
func TestAnswersAttachmentsConfined(t *testing.T) {
	cat := mustCatalogue(t)
	p := writeAnswers(t, "")
	dir := filepath.Dir(p)
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo.pdf"), 0o600); err != nil {
		t.Fatal(err)
	}
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	os.Symlink("/etc/passwd", filepath.Join(dir, "out.pdf"))
	os.Symlink("charte-signee.pdf", filepath.Join(dir, "in.pdf"))
	answer := func(ev string) string {
		return fmt.Sprintf("answers:\n  - ref: \"2.1\"\n    status: conforme\n    evidence: [%q]\n", ev)
	}
	for ev, want := range map[string]string{
		"/dev/zero":        "absolute paths are not accepted",
		"fifo.pdf":         "named pipe",
		"sub":              "directory",
		"../../etc/shadow": "inside " + dir,
		"out.pdf":          "inside " + dir,
		"sub/../../x.pdf":  "inside " + dir,
	} {
		os.WriteFile(p, []byte(answer(ev)), 0o644)
		var err error
		inputstest.Bounded(t, func() { _, err = LoadAnswers(context.Background(), p, cat, AnswersOptions{}) })
		if err == nil || !strings.Contains(err.Error(), p+":4: answers[0].evidence[0]") || !strings.Contains(err.Error(), want) {
			t.Errorf("evidence %q: err = %v, want file:line and %q", ev, err, want)
		}
	}
	os.WriteFile(p, []byte(answer("in.pdf")), 0o644)
	a, err := LoadAnswers(context.Background(), p, cat, AnswersOptions{})
	if err != nil || len(a.Entries()[0].Files) != 1 || a.Entries()[0].Files[0].Size != int64(len("%PDF-1.4 charte")) {
		t.Fatalf("symlink inside the folder: %+v, %v", a, err)
	}
	// --attachments-dir: paths are relative to it, and confined to it.
	other := t.TempDir()
	os.WriteFile(filepath.Join(other, "pas.pdf"), []byte("pas"), 0o644)
	os.WriteFile(p, []byte(answer("pas.pdf")), 0o644)
	if a, err := LoadAnswers(context.Background(), p, cat, AnswersOptions{AttachmentsDir: other}); err != nil || a.Entries()[0].Files[0].Size != 3 {
		t.Fatalf("--attachments-dir: %v", err)
	}
	os.WriteFile(p, []byte(answer("../"+filepath.Base(dir)+"/charte-signee.pdf")), 0o644)
	if _, err := LoadAnswers(context.Background(), p, cat, AnswersOptions{AttachmentsDir: other}); err == nil || !strings.Contains(err.Error(), "inside "+other) {
		t.Fatalf("escape from --attachments-dir: %v", err)
	}
}

func TestAnswersHashingFollowsContext(t *testing.T) {
	cat := mustCatalogue(t)
	p := writeAnswers(t, "answers:\n  - ref: \"2.1\"\n    evidence: [charte-signee.pdf]\n")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := LoadAnswers(ctx, p, cat, AnswersOptions{})
	if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "interrupted") {
		t.Fatalf("err = %v, want the interruption", err)
	}
}

func FuzzParseAnswers(f *testing.F) {
	f.Add([]byte("answers:\n  - ref: \"2.1\"\n    status: conforme\n"))
	f.Add([]byte("version: 1\nanswers: []\n"))
	f.Add([]byte("answers: [\n"))
	cat, err := LoadCatalogue()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _ = ParseAnswers(t.Context(), data, filepath.Join(t.TempDir(), "a.yaml"), cat)
	})
}

// validAnswersDoc is a small valid answers file for the hostile shapes.
const validAnswersDoc = "version: 1\nanswers:\n  - ref: \"2.1\"\n    status: conforme\n"

// TestAnswersStrict: every hostile shape of YAML is refused naming the
// file and the line; the accepted variants read as the file does.
func TestAnswersStrict(t *testing.T) {
	cat := mustCatalogue(t)
	cases := inputstest.HostileYAML(validAnswersDoc)
	for _, c := range [][3]any{
		{"status not text", "answers:\n  - ref: \"2.1\"\n    status: [conforme]\n", 3},
		{"version as text", "version: \"1\"\nanswers: []\n", 1},
		{"evidence not a list", "answers:\n  - ref: \"2.1\"\n    evidence: charte-signee.pdf\n", 3},
		{"ref as float tag", "answers:\n  - ref: !!float 8.10\n", 2},
	} {
		cases = append(cases, inputstest.Case{Name: c[0].(string), Doc: c[1].(string), Line: c[2].(int)})
	}
	for _, tc := range cases {
		t.Run(tc.Name, func(t *testing.T) {
			p := writeAnswers(t, tc.Doc)
			var err error
			inputstest.Bounded(t, func() { _, err = LoadAnswers(context.Background(), p, cat, AnswersOptions{}) })
			if err == nil || !strings.Contains(err.Error(), tc.Want) || !strings.Contains(err.Error(), p) {
				t.Fatalf("err = %v, want %q naming %s", err, tc.Want, p)
			}
			if tc.Line > 0 && !strings.Contains(err.Error(), fmt.Sprintf("%s:%d:", p, tc.Line)) {
				t.Errorf("err = %v, want line %d", err, tc.Line)
			}
		})
	}
	for name, doc := range inputstest.AcceptedYAML(validAnswersDoc) {
		a, err := LoadAnswers(context.Background(), writeAnswers(t, doc), cat, AnswersOptions{})
		if err != nil || len(a.Entries()) != 1 || a.Entries()[0].Ref != "2.1" || a.Entries()[0].Status != AnswerConforme {
			t.Errorf("%s: %+v %v", name, a, err)
		}
	}
}

// TestAnswersRefAsWritten: an unquoted ref is the ref as written, never a
// number (8.10 read as 8.1 answered the wrong ref).
func TestAnswersRefAsWritten(t *testing.T) {
	cat := mustCatalogue(t)
	for written, want := range map[string]string{"8.10": "8.10", "5.10": "5.10", "5.1": "5.1", "8.1": "8.1", "'8.10'": "8.10"} {
		a, err := LoadAnswers(context.Background(), writeAnswers(t, "answers:\n  - ref: "+written+"\n    status: conforme\n"), cat, AnswersOptions{})
		if err != nil || a.Entries()[0].Ref != want {
			t.Fatalf("ref: %s: %+v %v, want %s", written, a, err, want)
		}
		refs := []Ref{}
		for _, r := range []string{"8.1", "8.10", "5.1", "5.10"} {
			ref, _ := cat.Get(r)
			refs = append(refs, ref)
		}
		for _, r := range AnswerResults(refs, nil, a, English, time.Time{}) {
			if (r.Status == StatusPass) != (r.Ref == want) {
				t.Errorf("ref: %s: %s is %s", written, r.Ref, r.Status)
			}
		}
	}
}
