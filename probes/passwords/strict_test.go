package passwords

import (
	"strings"
	"testing"

	"conformscan/inputs/inputstest"
)

const validDeclaredDoc = "policies:\n  - name: app\n    min_length: 12\n    require_upper: true\n"

// TestDeclaredStrict: a --password-policy that does not read completely is
// refused, naming the file and the line, by Validate (before any probe).
func TestDeclaredStrict(t *testing.T) {
	cases := append(inputstest.HostileYAML(validDeclaredDoc),
		inputstest.Case{Name: "length as text", Doc: "policies:\n  - min_length: \"12\"\n", Want: "without quotes", Line: 2},
		inputstest.Case{Name: "length as float", Doc: "policies:\n  - min_length: 12.5\n", Want: "whole number", Line: 2},
		inputstest.Case{Name: "yes for true", Doc: "policies:\n  - require_upper: yes\n", Want: "true or false", Line: 2},
		inputstest.Case{Name: "quoted boolean", Doc: "policies:\n  - dictionary: \"true\"\n", Want: "true or false", Line: 2},
		inputstest.Case{Name: "negative length", Doc: "policies:\n  - name: x\n    min_length: -1\n", Want: "not a possible value", Line: 3},
		inputstest.Case{Name: "five classes", Doc: "policies:\n  - min_classes: 5\n", Want: "not a possible value", Line: 2},
		inputstest.Case{Name: "misspelt field", Doc: "policies:\n  - min_lenght: 3\n", Want: `unknown field "min_lenght"`, Line: 2},
		inputstest.Case{Name: "no policy", Doc: "policies: []\n", Want: "no policy", Line: 1},
		inputstest.Case{Name: "policies not a list", Doc: "policies:\n  min_length: 12\n", Want: "where a list is expected", Line: 2},
		inputstest.Case{Name: "bad scope", Doc: "policies:\n  - scope: root\n", Want: "scope", Line: 2},
	)
	inputstest.RunHostile(t, "policy.yaml", cases, func(path string) error {
		return (&Options{PolicyFile: path}).Validate(t.Context())
	})
	inputstest.RunAccepted(t, "policy.yaml", validDeclaredDoc, func(path string) error {
		o := &Options{PolicyFile: path}
		if err := o.Validate(t.Context()); err != nil {
			return err
		}
		if len(o.declared) != 1 || *o.declared[0].MinLength != 12 {
			t.Errorf("%+v", o.declared)
		}
		return nil
	})
	if err := (&Options{PolicyFile: "/nonexistent/policy.yaml"}).Validate(t.Context()); err == nil || !strings.Contains(err.Error(), "--password-policy") {
		t.Errorf("missing file: %v", err)
	}
}
