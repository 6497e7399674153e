// Package inputs reads every file the user hands to conformscan (answers files,
// TLS profiles, any future input) within fixed bounds, so that a small
// hostile file cannot exhaust memory or time: the file must be a regular
// file of at most MaxBytes, its nesting at most MaxDepth, and its aliases
// may expand the document to at most MaxNodes nodes. Anchors and aliases
// are accepted within that bound (a profile may reuse a list of suites);
// "billion laughs" documents are refused before anything is decoded.
//
// Every check happens on the tokens or the syntax tree of
// github.com/goccy/go-yaml, never on decoded values: the decoder expands
// aliases eagerly, which is what a bomb exploits.
//
// It is at the bottom of the house: it imports nothing of this module, and
// everything that reads a user's file reads it through this package.
package inputs

import (
	"errors"
	"fmt"
	"os"
	"syscall"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/lexer"
	"github.com/goccy/go-yaml/parser"
)

// Bounds on every YAML input. Real answers files and TLS profiles are a few
// kilobytes, a few levels deep and a few thousand nodes ('answers init
// --all' prints 57 kB and 2,900 tokens). The YAML library spends a few
// hundred bytes of memory per token: the byte and token bounds keep a
// hostile file under about 150 MB.
const (
	// MaxBytes is the largest YAML file read.
	MaxBytes = 512 << 10
	// MaxTokens bounds the tokens handed to the parser.
	MaxTokens = 100_000
	// MaxDepth bounds the nesting of collections (the parser's cost grows
	// with the square of the depth).
	MaxDepth = 100
	// MaxNodes bounds the nodes of a document once every alias is replaced
	// by what its anchor holds.
	MaxNodes = 100_000
)

// ErrLimit is wrapped by every error about a bound of this package.
var ErrLimit = errors.New("YAML input over a safety limit")

// limitError names where the input broke a bound and what to do.
type limitError struct {
	source string
	line   int
	msg    string
}

func (e *limitError) Error() string {
	if e.line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.source, e.line, e.msg)
	}
	return fmt.Sprintf("%s: %s", e.source, e.msg)
}

func (e *limitError) Unwrap() error { return ErrLimit }

// OpenRegular opens path for reading only if it is a regular file. It
// never blocks on a FIFO nor reads a device: the file is opened
// non-blocking and checked with fstat on the descriptor actually opened.
func OpenRegular(path string) (*os.File, os.FileInfo, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, nil, err
	}
	return CheckRegular(f)
}

// CheckRegular returns f and its metadata if f is a regular file, and
// closes it otherwise.
func CheckRegular(f *os.File) (*os.File, os.FileInfo, error) {
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	if !fi.Mode().IsRegular() {
		f.Close()
		return nil, nil, fmt.Errorf("%s is not a regular file (%s): give the path of an ordinary file", f.Name(), describeMode(fi.Mode()))
	}
	return f, fi, nil
}

func describeMode(m os.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&os.ModeNamedPipe != 0:
		return "a named pipe"
	case m&os.ModeCharDevice != 0:
		return "a character device"
	case m&os.ModeDevice != 0:
		return "a block device"
	case m&os.ModeSocket != 0:
		return "a socket"
	}
	return "type " + m.Type().String()
}

// Parse checks data against the bounds and returns its syntax tree;
// source names the input in errors ("reponses.yaml"). Syntax errors are
// goccy/go-yaml's, unwrapped, so that callers can read their position.
func Parse(data []byte, source string) (*ast.File, error) {
	if len(data) > MaxBytes {
		return nil, &limitError{source: source, msg: fmt.Sprintf("the YAML is larger than %d bytes: split it or remove what it does not need", MaxBytes)}
	}
	tks := lexer.Tokenize(string(data))
	if len(tks) > MaxTokens {
		return nil, &limitError{source: source, msg: fmt.Sprintf("the YAML has more than %d tokens: split it or remove what it does not need", MaxTokens)}
	}
	if err := checkDepth(tks, source); err != nil {
		return nil, err
	}
	file, err := parser.Parse(tks, 0)
	if err != nil {
		return nil, err
	}
	c := &counter{anchors: map[string]int{}, source: source}
	for _, doc := range file.Docs {
		c.add(c.size(doc))
		if c.err != nil {
			return nil, c.err
		}
	}
	return file, nil
}
