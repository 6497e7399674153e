// Package reportstest holds test helpers for packages that produce JSON
// reports: they validate what they wrote against the report schema.
//
// A test helper: only tests import it.
package reportstest

import (
	"testing"

	"conformscan/reports"
)

// MustValidate fails the test when data is not a JSON report that follows
// the report schema (docs/report.schema.json), printing every violation.
func MustValidate(t testing.TB, data []byte) {
	t.Helper()
	if err := reports.Validate(data); err != nil {
		t.Fatalf("JSON report does not validate against the report schema: %v", err)
	}
}
