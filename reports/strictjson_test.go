package reports

import (
	"encoding/json"
	"strings"
	"testing"

	"conformscan/checks"
)

// TestCheckStrictJSON: duplicate keys at any depth, trailing values, deep
// nesting and broken text are refused; ordinary JSON passes.
func TestCheckStrictJSON(t *testing.T) {
	deep := strings.Repeat("[", maxJSONDepth+1) + strings.Repeat("]", maxJSONDepth+1)
	okDeep := strings.Repeat(`{"a":`, maxJSONDepth-1) + "[]" + strings.Repeat("}", maxJSONDepth-1)
	for _, tc := range []struct {
		name, in, want string // want "" = accepted
	}{
		{"object", `{"a":1,"b":[1,{"a":2}],"c":{"a":{"b":null}}}`, ""},
		{"empty object and array", `{"a":{},"b":[],"c":[{},{}]}`, ""},
		{"scalar", `"x"`, ""},
		{"same key in sibling objects", `[{"a":1},{"a":2}]`, ""},
		{"keys differing by case", `{"a":1,"A":2}`, ""},
		{"nested as deep as allowed", okDeep, ""},
		{"top-level duplicate", `{"summary":{"decision":"go"},"summary":{"decision":"no-go"}}`, `duplicate key "summary"`},
		{"fake decision before the real one", `{"summary":{"decision":"go","exit_code":0,"decision":"no-go"}}`, `duplicate key "decision"`},
		{"duplicate in an array's object", `{"r":[{"x":1},{"s":"a","s":"b"}]}`, `duplicate key "s"`},
		{"duplicate after an escape", `{"a\u0062":1,"ab":2}`, `duplicate key "ab"`},
		{"duplicate empty key", `{"":1,"":2}`, `duplicate key ""`},
		{"deep duplicate", `{"a":{"b":{"c":{"d":[{"e":1,"e":1}]}}}}`, `duplicate key "e"`},
		{"two values", `{"a":1}{"a":2}`, "more data"},
		{"trailing garbage", `{"a":1} x`, "not valid JSON"},
		{"too deep", deep, "nested deeper"},
		{"truncated", `{"a":[1,2`, "truncated"},
		{"empty", ``, "empty"},
		{"not JSON", `decision: go`, "not valid JSON"},
		{"bad key", `{1:2}`, "not valid JSON"},
	} {
		err := CheckStrictJSON([]byte(tc.in))
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: refused: %v", tc.name, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s: %v; want an error with %q", tc.name, err, tc.want)
		}
	}
}

// TestValidateRefusesDuplicates: a report with a key written twice does not
// load, whatever the schema says of each copy.
func TestValidateRefusesDuplicates(t *testing.T) {
	data := []byte(render(t, JSON{}, testReport(t, checks.French)))
	if err := Validate(data); err != nil {
		t.Fatal(err)
	}
	bad := strings.Replace(string(data), `"summary": {`, `"summary": {"decision": "go",`, 1)
	if err := Validate([]byte(bad)); err == nil || !strings.Contains(err.Error(), "duplicate key") {
		t.Errorf("report with two decisions: %v", err)
	}
}

// FuzzCheckStrictJSON: whatever is accepted is one valid JSON value, and
// decoding and encoding it again is accepted too; nothing panics.
func FuzzCheckStrictJSON(f *testing.F) {
	for _, s := range []string{`{"a":1}`, `{"a":1,"a":2}`, `[{"a":[{"b":{}}]}]`, `"x"`, `{"a":1}{}`, `[[[[`, `{"\u0061":1,"a":2}`, `1 2`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if CheckStrictJSON(data) != nil {
			return
		}
		if !json.Valid(data) {
			t.Fatalf("accepted invalid JSON %q", data)
		}
		var v any
		if err := json.Unmarshal(data, &v); err != nil {
			t.Fatalf("accepted %q that does not decode: %v", data, err)
		}
		again, err := json.Marshal(v)
		if err != nil {
			return // NaN-like numbers cannot occur; nothing else to check
		}
		if err := CheckStrictJSON(again); err != nil {
			t.Fatalf("%q accepted but its re-encoding %q refused: %v", data, again, err)
		}
	})
}
