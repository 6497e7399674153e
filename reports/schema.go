package reports

import (
	"bytes"
	_ "embed"
	"fmt"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// schemaJSON is the JSON Schema (draft 2020-12) of the JSON report. This
// file is the canonical copy; docs/report.schema.json is a byte-for-byte
// copy for users, kept in sync by TestSchemaDocsCopy (go test ./reports
// -update-schema rewrites it).
//
//go:embed report.schema.json
var schemaJSON []byte

// schemaURL is the schema's $id.
const schemaURL = "https://conformscan.invalid/schemas/report-1.0.json"

// Schema returns the JSON Schema of the JSON report (a copy).
func Schema() []byte {
	return bytes.Clone(schemaJSON)
}

// compileSchema compiles the embedded schema, asserting formats (date,
// date-time) rather than treating them as annotations.
func compileSchema() (*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schemaJSON))
	if err != nil {
		return nil, fmt.Errorf("report schema: embedded schema is not JSON: %w", err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	c.AssertFormat()
	if err := c.AddResource(schemaURL, doc); err != nil {
		return nil, fmt.Errorf("report schema: %w", err)
	}
	sch, err := c.Compile(schemaURL)
	if err != nil {
		return nil, fmt.Errorf("report schema: embedded schema does not compile: %w", err)
	}
	return sch, nil
}

// Validate checks that data is one JSON value without duplicate keys (see
// CheckStrictJSON) and a JSON report that follows the report schema
// (docs/report.schema.json). The error lists every violation with its JSON
// pointer. The schema is compiled on each call (a few
// milliseconds): keep no compiled copy in package state.
func Validate(data []byte) error {
	if err := CheckStrictJSON(data); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	sch, err := compileSchema()
	if err != nil {
		return err
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("report is not valid JSON: %w", err)
	}
	if err := sch.Validate(inst); err != nil {
		return fmt.Errorf("report does not follow docs/report.schema.json (schema %s):\n%w", SchemaVersion, err)
	}
	return nil
}
