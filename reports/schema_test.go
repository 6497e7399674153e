package reports

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"conformscan/checks"
	"conformscan/probes"
	"conformscan/probes/cleartext"
	tlsprobe "conformscan/probes/tls"
)

var updateSchema = flag.Bool("update-schema", false, "copy reports/report.schema.json to docs/report.schema.json")

// docsSchema is the user-facing copy of the embedded schema.
var docsSchema = filepath.Join("..", "docs", "report.schema.json")

// TestSchemaDocsCopy keeps docs/report.schema.json a byte-for-byte copy of
// the embedded reports/report.schema.json (edit the latter, then run
// go test ./reports -update-schema).
func TestSchemaDocsCopy(t *testing.T) {
	if *updateSchema {
		if err := os.WriteFile(docsSchema, schemaJSON, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	docs, err := os.ReadFile(docsSchema)
	if err != nil {
		t.Fatalf("%v (run go test ./reports -update-schema)", err)
	}
	if !bytes.Equal(docs, schemaJSON) {
		t.Fatal("docs/report.schema.json differs from reports/report.schema.json, the embedded canonical copy: edit the latter and run go test ./reports -update-schema")
	}
}

func TestSchemaCompiles(t *testing.T) {
	if _, err := compileSchema(); err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(schemaJSON, &doc); err != nil {
		t.Fatal(err)
	}
	if doc["$id"] != schemaURL {
		t.Errorf("$id = %v, want %s", doc["$id"], schemaURL)
	}
	if got := doc["properties"].(map[string]any)["schema_version"].(map[string]any)["const"]; got != SchemaVersion {
		t.Errorf("schema_version const = %v, want %s", got, SchemaVersion)
	}
}

// TestSchemaMatchesGoTypes walks every type of the report and checks that
// its schema object lists exactly its JSON fields, requires exactly those
// without omitempty, rejects unknown fields, and describes every field.
// A field added to a Go struct without updating the schema fails here even
// when no test report sets it.
func TestSchemaMatchesGoTypes(t *testing.T) {
	var doc map[string]any
	if err := json.Unmarshal(schemaJSON, &doc); err != nil {
		t.Fatal(err)
	}
	defs := doc["$defs"].(map[string]any)
	for _, tc := range []struct {
		def string // "" is the root
		typ any
	}{
		{"", Report{}},
		{"#tool", Tool{}},
		{"#options", Options{}},
		{"target", Target{}},
		{"verdict", checks.Verdict{}},
		{"result", checks.Result{}},
		{"evidence", checks.Evidence{}},
		{"answersSection", AnswersSection{}},
		{"answer", checks.Answer{}},
		{"attachedFile", checks.AttachedFile{}},
		{"summary", Summary{}},
		{"handedOverHost", checks.HandedOverHost{}},
		{"provenance", probes.Provenance{}},
		{"scope", Scope{}},
		{"probeNote", checks.ProbeNote{}},
		{"probeRun", probes.ProbeRun{}},
		{"cleartextFacts", cleartext.Facts{}},
		{"httpPage", cleartext.HTTPPage{}},
		{"tlsFacts", tlsprobe.Facts{}},
		{"keyExchange", tlsprobe.KeyExchange{}},
		{"certificate", tlsprobe.Certificate{}},
		{"chain", tlsprobe.ChainFacts{}},
		{"extensions", tlsprobe.Extensions{}},
		{"tlsHTTP", tlsprobe.HTTPFacts{}},
	} {
		typ := reflect.TypeOf(tc.typ)
		var obj map[string]any
		switch {
		case tc.def == "":
			obj = doc
		case strings.HasPrefix(tc.def, "#"):
			obj, _ = doc["properties"].(map[string]any)[tc.def[1:]].(map[string]any)
		default:
			obj, _ = defs[tc.def].(map[string]any)
		}
		if obj == nil {
			t.Errorf("%s: no schema object %q", typ, tc.def)
			continue
		}
		if obj["additionalProperties"] != false {
			t.Errorf("%s: schema %q must set additionalProperties: false", typ, tc.def)
		}
		fields := jsonFields(typ)
		props, _ := obj["properties"].(map[string]any)
		var missing, extra, notDescribed []string
		for name := range fields {
			p, ok := props[name].(map[string]any)
			if !ok {
				missing = append(missing, name)
				continue
			}
			if d, _ := p["description"].(string); d == "" {
				notDescribed = append(notDescribed, name)
			}
		}
		for name := range props {
			if _, ok := fields[name]; !ok {
				extra = append(extra, name)
			}
		}
		req := map[string]bool{}
		for _, r := range asStrings(obj["required"]) {
			req[r] = true
		}
		var wrongReq []string
		for name, omitempty := range fields {
			if req[name] == omitempty {
				wrongReq = append(wrongReq, name)
			}
		}
		for _, l := range []struct {
			what  string
			names []string
		}{
			{"Go fields missing from the schema", missing},
			{"schema properties with no Go field", extra},
			{"fields without description", notDescribed},
			{"fields whose required-ness differs from omitempty", wrongReq},
		} {
			if len(l.names) > 0 {
				sort.Strings(l.names)
				t.Errorf("%s (schema %q): %s: %s", typ, tc.def, l.what, strings.Join(l.names, ", "))
			}
		}
	}
}

func asStrings(v any) []string {
	var out []string
	l, _ := v.([]any)
	for _, x := range l {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// jsonFields maps the JSON names of a struct's encoded fields to whether
// they are omitempty, following encoding/json's rules for embedded structs.
func jsonFields(t reflect.Type) map[string]bool {
	out := map[string]bool{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
			for k, v := range jsonFields(f.Type) {
				out[k] = v
			}
			continue
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		out[name] = strings.Contains(","+opts+",", ",omitempty,")
	}
	return out
}

// TestValidateRejects checks that the schema catches drift and bad values.
func TestValidateRejects(t *testing.T) {
	base := render(t, JSON{}, testReport(t, checks.French))
	if err := Validate([]byte(base)); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		mutate func(m map[string]any)
		want   string
	}{
		{"unknown top-level field", func(m map[string]any) { m["extra"] = 1 }, "extra"},
		{"missing summary", func(m map[string]any) { delete(m, "summary") }, "summary"},
		{"bad status", func(m map[string]any) { result(m, 0)["status"] = "ok" }, "status"},
		{"bad ref", func(m map[string]any) { result(m, 0)["ref"] = "7" }, "ref"},
		{"bad level", func(m map[string]any) { result(m, 0)["level"] = "M" }, "level"},
		{"unknown evidence field", func(m map[string]any) {
			ev := result(m, 0)["evidence"].([]any)
			ev[0].(map[string]any)["severity"] = "high"
		}, "severity"},
		{"evidence without rule", func(m map[string]any) {
			delete(result(m, 0)["evidence"].([]any)[0].(map[string]any), "rule")
		}, "rule"},
		{"null evidence", func(m map[string]any) { result(m, 0)["evidence"] = nil }, "evidence"},
		{"bad reference date", func(m map[string]any) { m["reference_date"] = "02/03/2026" }, "reference_date"},
		{"bad timestamp", func(m map[string]any) { m["started_at"] = "yesterday" }, "started_at"},
		{"bad decision", func(m map[string]any) { summary(m)["decision"] = "maybe" }, "decision"},
		{"bad exit code", func(m map[string]any) { summary(m)["exit_code"] = 2 }, "exit_code"},
		{"missing status count", func(m map[string]any) { delete(summary(m)["by_status"].(map[string]any), "skipped") }, "skipped"},
		{"unknown protocol", func(m map[string]any) {
			tls(m)["protocols"] = []any{"TLSv1.4"}
		}, "protocols"},
		{"OpenSSL suite name", func(m map[string]any) {
			tls(m)["cipher_suites"].(map[string]any)["TLSv1.2"] = []any{"ECDHE-RSA-AES128-GCM-SHA256"}
		}, "cipher_suites"},
		{"unknown version key", func(m map[string]any) {
			tls(m)["cipher_suites"].(map[string]any)["TLS1.2"] = []any{}
		}, "TLS1.2"},
		{"unknown probe status", func(m map[string]any) {
			facts(m, "127.0.0.1:21")["probes"].(map[string]any)["discovery"].(map[string]any)["status"] = "done"
		}, "status"},
		{"unknown cleartext field", func(m map[string]any) {
			facts(m, "127.0.0.1:21")["cleartext"].(map[string]any)["password"] = "secret"
		}, "password"},
		{"bad attachment hash", func(m map[string]any) {
			a := m["answers"].(map[string]any)["entries"].([]any)[0].(map[string]any)
			a["files"].([]any)[0].(map[string]any)["sha256"] = "XYZ"
		}, "sha256"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var m map[string]any
			if err := json.Unmarshal([]byte(base), &m); err != nil {
				t.Fatal(err)
			}
			tc.mutate(m)
			data, err := json.Marshal(m)
			if err != nil {
				t.Fatal(err)
			}
			err = Validate(data)
			if err == nil {
				t.Fatal("Validate accepted a bad report")
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error does not name %q: %v", tc.want, err)
			}
		})
	}
	if err := Validate([]byte("{")); err == nil || !strings.Contains(err.Error(), "not valid JSON") {
		t.Errorf("truncated JSON: %v", err)
	}
}

func result(m map[string]any, i int) map[string]any {
	return m["results"].([]any)[i].(map[string]any)
}

func summary(m map[string]any) map[string]any { return m["summary"].(map[string]any) }

func facts(m map[string]any, ep string) map[string]any {
	return m["facts"].(map[string]any)[ep].(map[string]any)
}

func tls(m map[string]any) map[string]any {
	return facts(m, "127.0.0.1:8443")["tls"].(map[string]any)
}
