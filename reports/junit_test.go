package reports

import (
	"encoding/xml"
	"strings"
	"testing"

	"conformscan/checks"
)

func TestGoldenJUnit(t *testing.T) {
	golden(t, "junit_fr.xml", render(t, JUnit{}, testReport(t, checks.French)))
	golden(t, "junit_en.xml", render(t, JUnit{Lang: checks.English}, testReport(t, checks.English)))
}

// TestJUnitParsesBack: the XML reads back with encoding/xml, one case per
// ref and subject, with the statuses mapped and the counts consistent.
func TestJUnitParsesBack(t *testing.T) {
	out := render(t, JUnit{Lang: checks.English}, testReport(t, checks.English))
	var doc JUnitSuites
	if err := xml.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("JUnit XML does not parse: %v", err)
	}
	cases := map[string]JUnitCase{}
	n := 0
	for _, s := range doc.Suites {
		n += len(s.Cases)
		for _, c := range s.Cases {
			cases[strings.Fields(c.Name)[0]+" "+c.Name[strings.LastIndex(c.Name, "— ")+len("— "):]] = c
		}
	}
	if n != doc.Tests || n != 10 {
		t.Errorf("%d cases, tests=%d; want 10 (7.1 has two subjects)", n, doc.Tests)
	}
	if doc.Failures != 1 || doc.Errors != 2 || doc.Skipped != 3 {
		t.Errorf("failures %d errors %d skipped %d, want 1 2 3", doc.Failures, doc.Errors, doc.Skipped)
	}
	for key, want := range map[string]string{
		"7.2 127.0.0.1:21": "failure", "7.1 127.0.0.1:443": "error", "7.1 127.0.0.1:8443": "pass",
		"8.1 the solution": "skipped", "7.3 127.0.0.1:8443": "pass",
	} {
		c, ok := cases[key]
		if !ok {
			t.Fatalf("no case %q in %v", key, cases)
		}
		got := "pass"
		switch {
		case c.Failure != nil:
			got = "failure"
		case c.Error != nil:
			got = "error"
		case c.Skipped != nil:
			got = "skipped"
			if !strings.Contains(c.Skipped.Message, "MANUAL") {
				t.Errorf("%s: skip reason %q lacks MANUAL", key, c.Skipped.Message)
			}
		}
		if got != want {
			t.Errorf("%s: %s, want %s", key, got, want)
		}
	}
	if f := cases["7.2 127.0.0.1:21"].Failure; !strings.Contains(f.Text, "CHM-7.2/AUTH-EN-CLAIR") {
		t.Errorf("failure lacks its evidence: %q", f.Text)
	}
}
