package inputs

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"conformscan/inputs/inputstest"
)

type strictEntry struct {
	Ref    string              `yaml:"ref"`
	Count  *int                `yaml:"count"`
	Port   uint16              `yaml:"port"`
	On     bool                `yaml:"on"`
	Ratio  float64             `yaml:"ratio"`
	Tags   []string            `yaml:"tags"`
	Suites map[string][]string `yaml:"suites"`
	When   time.Time           `yaml:"when"`
	Any    Scalar              `yaml:"any"`
	Skip   Ignored             `yaml:"skip"`
	Hidden string              `yaml:"-"`
}

type strictFile struct {
	Version int           `yaml:"version"`
	Entries []strictEntry `yaml:"entries"`
}

const strictValidDoc = "version: 1\nentries:\n  - ref: \"8.10\"\n    count: 3\n"

func strictDecode(t *testing.T, doc string) (strictFile, error) {
	t.Helper()
	var f strictFile
	var err error
	inputstest.Bounded(t, func() { _, err = Decode([]byte(doc), "in.yaml", &f) })
	return f, err
}

func TestDecodeRefusesHostileShapes(t *testing.T) {
	cases := inputstest.HostileYAML(strictValidDoc)
	for _, c := range [][4]any{
		{"text for a number", "version: \"1\"\n", "without quotes", 1},
		{"float for a number", "version: 1.5\n", "not a whole number", 1},
		{"octal number", "version: 012\n", "decimal digits", 1},
		{"hex number", "version: 0x1F\n", "decimal digits", 1},
		{"number too large", "entries:\n  - port: 70000\n", "too large", 2},
		{"negative unsigned", "entries:\n  - port: -1\n", "negative", 2},
		{"yes for a boolean", "entries:\n  - on: yes\n", "true or false", 2},
		{"quoted boolean", "entries:\n  - on: \"true\"\n", "true or false", 2},
		{"list for text", "entries:\n  - ref: [8, 10]\n", "where text is expected", 2},
		{"mapping for text", "entries:\n  - ref: {a: 1}\n", "where text is expected", 2},
		{"text for a list", "entries: 8.10\n", "where a list is expected", 1},
		{"text for a mapping", "entries:\n  - suites: x\n", "where a mapping", 2},
		{"unknown nested field", "entries:\n  - ref: \"1\"\n    reff: 2\n", `entries[0]: unknown field "reff"`, 3},
		{"duplicate in flow", "entries:\n  - {ref: a, ref: b}\n", "written twice", 2},
		{"duplicate map key", "entries:\n  - suites:\n      a: [x]\n      a: [y]\n", "written twice", 4},
		{"merge key", "entries:\n  - suites:\n      <<: {a: [x]}\n", "merge keys", 3},
		{"float tag", "entries:\n  - ref: !!float 8.10\n", "tag !!float", 2},
		{"anchor twice", "entries:\n  - &a {ref: x}\n  - &a {ref: y}\n", "anchor &a is defined twice", 3},
		{"bad date", "entries:\n  - when: 2026-13-45\n", "not a date", 2},
		{"collection for a scalar", "entries:\n  - any: [1]\n", "single value", 2},
		{"deep", strings.Repeat("- ", 200) + "x\n", "nests more than", 1},
	} {
		cases = append(cases, inputstest.Case{Name: c[0].(string), Doc: c[1].(string), Want: c[2].(string), Line: c[3].(int)})
	}
	for _, tc := range cases {
		t.Run(tc.Name, func(t *testing.T) {
			_, err := strictDecode(t, tc.Doc)
			if err == nil {
				t.Fatalf("accepted %q", tc.Doc)
			}
			msg := err.Error()
			if !strings.Contains(msg, tc.Want) || !strings.HasPrefix(msg, "in.yaml") {
				t.Errorf("error %q: want %q and the file named first", msg, tc.Want)
			}
			if tc.Line > 0 && !strings.HasPrefix(msg, fmt.Sprintf("in.yaml:%d:", tc.Line)) {
				t.Errorf("error %q does not name line %d", msg, tc.Line)
			}
			var e *DecodeError
			if !errors.As(err, &e) && !errors.Is(err, ErrLimit) {
				t.Errorf("error %T is neither *DecodeError nor ErrLimit", err)
			}
		})
	}
}

// TestDecodeKeepsTextAsWritten: a text field holds the scalar as written,
// whatever YAML would make of it.
func TestDecodeKeepsTextAsWritten(t *testing.T) {
	for written, want := range map[string]string{
		"8.10": "8.10", "5.10": "5.10", "5.1": "5.1", "2.1": "2.1", "13.20": "13.20", "1.20": "1.20",
		"0x1F": "0x1F", "012": "012", "1_000": "1_000", "2025-10-14": "2025-10-14", "true": "true", "~": "",
		".inf": ".inf", "1e3": "1e3", `"8.10"`: "8.10", `'5.10'`: "5.10", "!!str 8.10": "8.10", "null": "",
	} {
		f, err := strictDecode(t, "entries:\n  - ref: "+written+"\n")
		if err != nil || len(f.Entries) != 1 || f.Entries[0].Ref != want {
			t.Errorf("ref: %s read as %+v (%v), want %q", written, f.Entries, err, want)
		}
	}
	f, err := strictDecode(t, "entries:\n  - suites: {1.20: [8.10, TLSv1.2]}\n")
	if err != nil || !reflect.DeepEqual(f.Entries[0].Suites, map[string][]string{"1.20": {"8.10", "TLSv1.2"}}) {
		t.Errorf("map as written: %+v %v", f.Entries, err)
	}
}

func TestDecodeValues(t *testing.T) {
	doc := "version: 1\nentries:\n  - ref: x\n    count: 0\n    port: 443\n    on: true\n    ratio: 2\n    tags: &t [a, b]\n" +
		"    when: 2025-10-14\n    any: 22.04\n    skip: {whatever: [1, {x: y}]}\n  - tags: *t\n    when: \"2026-01-02T10:00:00+02:00\"\n    any: 'q'\n  - count: ~\n    any: false\n"
	f, err := strictDecode(t, doc)
	if err != nil {
		t.Fatal(err)
	}
	e := f.Entries
	if len(e) != 3 || e[0].Count == nil || *e[0].Count != 0 || e[0].Port != 443 || !e[0].On || e[0].Ratio != 2 ||
		!reflect.DeepEqual(e[1].Tags, []string{"a", "b"}) || e[0].When.Format(time.DateOnly) != "2025-10-14" ||
		e[1].When.Format(time.DateOnly) != "2026-01-02" || e[2].Count != nil {
		t.Fatalf("%+v", e)
	}
	if a := e[0].Any; a.Text != "22.04" || a.Kind != ScalarFloat || a.Line != 10 || !a.Set {
		t.Errorf("scalar %+v", a)
	}
	if a := e[1].Any; a.Text != "q" || a.Kind != ScalarText || !a.Quoted {
		t.Errorf("quoted scalar %+v", a)
	}
	if a := e[2].Any; a.Text != "false" || a.Kind != ScalarBool {
		t.Errorf("bool scalar %+v", a)
	}
}

func TestDecodeAcceptedVariants(t *testing.T) {
	for name, doc := range inputstest.AcceptedYAML(strictValidDoc) {
		f, err := strictDecode(t, doc)
		if err != nil || f.Version != 1 || len(f.Entries) != 1 || f.Entries[0].Ref != "8.10" || *f.Entries[0].Count != 3 {
			t.Errorf("%s: %+v %v", name, f, err)
		}
	}
}

func TestDecodeRootList(t *testing.T) {
	var l []map[string]Scalar
	if _, err := Decode([]byte("- cycle: 22.04\n  eol: 2027-04-01\n- {cycle: \"20.04\", eol: true}\n"), "l.json", &l); err != nil || len(l) != 2 ||
		l[0]["cycle"].Text != "22.04" || l[1]["eol"].Kind != ScalarBool {
		t.Fatalf("%+v %v", l, err)
	}
	if _, err := Decode([]byte(`[{"cycle": 22.04, "cycle": 1}]`), "l.json", &l); err == nil {
		t.Error("duplicate key in JSON accepted")
	}
}

func TestLocate(t *testing.T) {
	doc := "version: 1\nentries:\n  - ref: a\n    suites:\n      TLSv1.2:\n        - x\n        - y\n  - &e\n    ref: b\n"
	var f strictFile
	file, err := Decode([]byte(doc), "l.yaml", &f)
	if err != nil {
		t.Fatal(err)
	}
	l := Locator{Source: "l.yaml", File: file}
	for path, want := range map[string]int{
		"version": 1, "$.version": 1, "entries[0].ref": 3, "entries[0].suites.'TLSv1.2'[1]": 7,
		"entries[0].absent": 3, "entries[1].ref": 9, "entries[9]": 3, "nothing": 1,
	} {
		if got := l.Line(path); got != want {
			t.Errorf("%s: line %d, want %d", path, got, want)
		}
	}
	if got := l.At("entries[0].ref"); got != "l.yaml:3: entries[0].ref" {
		t.Errorf("At = %q", got)
	}
	if Locate(nil, "x") != 0 {
		t.Error("nil file located")
	}
}

func FuzzDecode(f *testing.F) {
	for _, c := range inputstest.HostileYAML(strictValidDoc) {
		f.Add([]byte(c.Doc))
	}
	f.Add([]byte(strictValidDoc))
	f.Add([]byte("entries:\n  - {ref: 8.10, suites: {a: [b]}, any: *x}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var v strictFile
		file, err := Decode(data, "fuzz.yaml", &v)
		if err == nil && file == nil {
			t.Fatal("no tree and no error")
		}
		if err != nil && !strings.HasPrefix(err.Error(), "fuzz.yaml") {
			t.Fatalf("error does not name the file: %v", err)
		}
	})
}
