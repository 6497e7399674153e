package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// Outputs never overwrite inputs: before any command runs, every --output
// is compared with every other file the command line names (each string
// flag's values, defaults included, and the arguments), so that no option
// added later is forgotten. Two paths are one file when they are the same
// device and inode (through symlinks and hard links), or, for a file that
// does not exist yet, the same cleaned path once its folder's links are
// resolved. Only regular files are compared: /dev/stdout may be written
// whatever is read.

// outputFlag is the name of the flags that write files.
const outputFlag = "output"

// namedPath is a path and the flag or argument that gave it.
type namedPath struct {
	what, path string
}

// refuseClobber is the pre-run of every command: an --output naming an
// input, or another --output, is a usage error.
func refuseClobber(c *cobra.Command, args []string) error {
	outs, ins := commandPaths(c, args)
	for i, out := range outs {
		for _, in := range append(ins, outs[:i]...) {
			if sameFile(out.path, in.path) {
				return usage("%s %s is the same file as %s %s: a report never replaces a file it reads or another report: choose another name", out.what, out.path, in.what, in.path)
			}
		}
	}
	return nil
}

// commandPaths splits the command line's values into outputs and inputs.
func commandPaths(c *cobra.Command, args []string) (outs, ins []namedPath) {
	c.Flags().VisitAll(func(f *pflag.Flag) {
		for _, v := range flagStrings(f) {
			p := namedPath{"--" + f.Name, v}
			if f.Name == outputFlag {
				outs = append(outs, p)
			} else {
				ins = append(ins, p)
			}
		}
	})
	for i, a := range args {
		ins = append(ins, namedPath{fmt.Sprintf("argument %d", i+1), a})
	}
	return outs, ins
}

// flagStrings are the non-empty values of a flag that may name a file
// (any kind but numbers, booleans and durations, so that a new kind of
// option is compared too), URLs left out.
func flagStrings(f *pflag.Flag) []string {
	var vals []string
	switch v := f.Value.(type) {
	case pflag.SliceValue:
		vals = v.GetSlice()
	default:
		if !notPathKind(f.Value.Type()) {
			vals = []string{f.Value.String()}
		}
	}
	out := vals[:0]
	for _, s := range vals {
		// A URL (a postgres:// store, which may hold a password) is
		// no file, and is never printed.
		if s != "" && !strings.Contains(s, "://") {
			out = append(out, s)
		}
	}
	return out
}

// notPathKind tells the flag kinds whose values cannot name a file.
func notPathKind(kind string) bool {
	switch kind {
	case "bool", "count", "duration", "float32", "float64", "int", "int8", "int16", "int32", "int64",
		"uint", "uint8", "uint16", "uint32", "uint64", "ip", "ipMask", "ipNet":
		return true
	}
	return false
}

// sameFile tells whether writing out would replace in.
func sameFile(out, in string) bool {
	ofi, oerr := os.Stat(out)
	ifi, ierr := os.Stat(in)
	switch {
	case oerr == nil && ierr == nil:
		return ofi.Mode().IsRegular() && ifi.Mode().IsRegular() && os.SameFile(ofi, ifi)
	case errors.Is(oerr, fs.ErrNotExist) && errors.Is(ierr, fs.ErrNotExist):
		return pathKey(out) == pathKey(in)
	}
	return false
}

// pathKey is a missing file's absolute path, its folder's links resolved
// and a dangling link at the path itself followed.
func pathKey(p string) string {
	if o, err := newOutput(p); err == nil {
		p = o.path
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		return filepath.Clean(p)
	}
	dir := filepath.Dir(abs)
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		dir = real
	}
	return filepath.Join(dir, filepath.Base(abs))
}
