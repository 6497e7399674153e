package reports

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// maxJSONDepth bounds the nesting of a report: the deepest member of a real
// report is about ten levels down.
const maxJSONDepth = 64

// jsonFrame is one open object or array while scanning.
type jsonFrame struct {
	keys    map[string]bool // nil for an array
	wantKey bool            // an object's next string token is a key
}

// CheckStrictJSON refuses JSON text that is not exactly one value, nests
// deeper than maxJSONDepth, or repeats a key in any object at any depth.
// encoding/json keeps the last of two duplicate keys and other readers the
// first: a report with duplicates reads as two different reports, one of
// which a signature or a schema would vouch for.
func CheckStrictJSON(data []byte) error {
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	var stack []*jsonFrame
	done := false
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			if !done {
				return errors.New("not valid JSON: empty or truncated")
			}
			return nil
		}
		if err != nil {
			return fmt.Errorf("not valid JSON near byte %d: %w", d.InputOffset(), err)
		}
		if done {
			return fmt.Errorf("not one JSON value: more data after byte %d", d.InputOffset())
		}
		if stack, err = strictStep(stack, tok, d.InputOffset()); err != nil {
			return err
		}
		done = len(stack) == 0
	}
}

// strictStep applies one token to the stack of open values.
func strictStep(stack []*jsonFrame, tok json.Token, at int64) ([]*jsonFrame, error) {
	if n := len(stack); n > 0 && stack[n-1].keys != nil {
		top := stack[n-1]
		if top.wantKey {
			if delim, ok := tok.(json.Delim); ok && delim == '}' {
				return stack[:n-1], nil
			}
			key, _ := tok.(string) // the decoder only gives strings as keys
			if top.keys[key] {
				return nil, fmt.Errorf("duplicate key %q near byte %d: a report has each key once", key, at)
			}
			top.keys[key] = true
			top.wantKey = false
			return stack, nil
		}
		top.wantKey = true // this token is the key's value
	}
	delim, ok := tok.(json.Delim)
	if !ok {
		return stack, nil
	}
	switch delim {
	case '{', '[':
		if len(stack) >= maxJSONDepth {
			return nil, fmt.Errorf("JSON nested deeper than %d levels near byte %d", maxJSONDepth, at)
		}
		f := &jsonFrame{}
		if delim == '{' {
			f.keys, f.wantKey = map[string]bool{}, true
		}
		return append(stack, f), nil
	default: // ']' (an object's '}' is met where a key is wanted)
		return stack[:len(stack)-1], nil
	}
}
