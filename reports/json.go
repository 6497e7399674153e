package reports

import (
	"encoding/json"
	"io"
)

// JSON renders the report as indented JSON, the reference format described
// by docs/report.schema.json.
type JSON struct{}

// Render writes r as JSON.
func (JSON) Render(w io.Writer, r *Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}
