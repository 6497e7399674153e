package creds

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"conformscan/inputs"
	"conformscan/internal/atomicfile"
)

// maxStateBytes bounds the state file read: a few thousand charges.
const maxStateBytes = 4 << 20

// stateFile is the ledger's persistence: a JSON file next to its lock
// file (path + ".lock"), read and rewritten whole under an exclusive
// lock, replaced atomically. An empty path keeps the state in memory.
type stateFile struct {
	path string
	mem  *state
}

// modify loads the state under the lock, runs fn, and saves the state
// when fn says so. Any failure to read, parse or save wraps ErrState.
func (f *stateFile) modify(fn func(s *state) (save bool, err error)) error {
	if f.path == "" {
		if f.mem == nil {
			f.mem = &state{Version: stateVersion}
		}
		_, err := fn(f.mem)
		return err
	}
	if err := os.MkdirAll(filepath.Dir(f.path), 0o700); err != nil {
		return fmt.Errorf("%w: %s: %v", ErrState, f.path, err)
	}
	unlock, err := lockFile(f.path + ".lock")
	if err != nil {
		return fmt.Errorf("%w: locking %s: %v", ErrState, f.path, err)
	}
	defer unlock()
	s, err := readState(f.path)
	if err != nil {
		return err
	}
	save, err := fn(s)
	if err != nil || !save {
		return err
	}
	return writeState(f.path, s)
}

// readState reads the state; a missing file is an empty state, anything
// unreadable or malformed is an error.
func readState(path string) (*state, error) {
	// A regular file only (never blocked on a FIFO nor fed by a device),
	// read through a cap.
	f, _, err := inputs.OpenRegular(path)
	if errors.Is(err, fs.ErrNotExist) {
		return &state{Version: stateVersion}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("%w: reading %s: %v", ErrState, path, err)
	}
	defer f.Close()
	raw, err := io.ReadAll(io.LimitReader(f, maxStateBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%w: reading %s: %v", ErrState, path, err)
	}
	return parseState(raw, path)
}

// parseState decodes a state file strictly: one JSON object of this
// version, every charge and link complete.
func parseState(raw []byte, path string) (*state, error) {
	if len(raw) > maxStateBytes {
		return nil, fmt.Errorf("%w: %s is larger than %d bytes", ErrState, path, maxStateBytes)
	}
	bad := func(why string) error {
		return fmt.Errorf("%w: %s is corrupt (%s); check it, or remove it once no scan has tried logins for 15 minutes", ErrState, path, why)
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, bad("empty")
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var s state
	if err := dec.Decode(&s); err != nil {
		return nil, bad(err.Error())
	}
	if dec.More() {
		return nil, bad("trailing data")
	}
	if s.Version != stateVersion {
		return nil, bad(fmt.Sprintf("version %d, expected %d", s.Version, stateVersion))
	}
	for _, c := range s.Charges {
		if c.ID == "" || c.Account == "" || len(c.Keys) == 0 || c.At.IsZero() {
			return nil, bad("incomplete charge")
		}
	}
	for _, l := range s.Links {
		if len(l.Keys) == 0 || l.At.IsZero() {
			return nil, bad("incomplete link")
		}
	}
	return &s, nil
}

// writeState replaces the file atomically (a temporary file renamed).
func writeState(path string, s *state) error {
	raw, err := json.MarshalIndent(s, "", " ")
	if err != nil {
		return fmt.Errorf("%w: %v", ErrState, err)
	}
	err = atomicfile.Write(path, 0o600, func(w io.Writer) error {
		_, err := w.Write(append(raw, '\n'))
		return err
	})
	if err != nil {
		return fmt.Errorf("%w: saving %s: %v", ErrState, path, err)
	}
	return nil
}
