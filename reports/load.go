package reports

import (
	"encoding/json"
	"fmt"
	"io"
)

// Loaded is a JSON report read back from a file. Its facts stay as written
// (probes' fact types are not decoded back): renderers other than JSON do
// not read them.
type Loaded struct {
	*Report
	// Facts shadows Report.Facts when the report is decoded or encoded.
	Facts map[string]json.RawMessage `json:"facts"`
}

// Load validates data against the report schema and decodes it.
func Load(data []byte) (*Loaded, error) {
	if err := Validate(data); err != nil {
		return nil, err
	}
	l := &Loaded{Report: &Report{}}
	if err := json.Unmarshal(data, l); err != nil {
		return nil, fmt.Errorf("reading the report: %w", err)
	}
	if l.Facts == nil {
		l.Facts = map[string]json.RawMessage{}
	}
	return l, nil
}

// WriteJSON writes the report as the JSON renderer does, facts included.
func (l *Loaded) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(l); err != nil {
		return fmt.Errorf("write JSON report: %w", err)
	}
	return nil
}
