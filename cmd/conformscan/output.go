package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"conformscan/internal/atomicfile"
)

// The JSON report (--output) is checked before the scan, so that a path
// that cannot be written is a usage error (exit 2) and nothing is scanned
// for nothing, then written in place:
//   - a regular file, or a new one, is written to a temporary file in the
//     same folder and renamed over it, so that a reader never sees half a
//     report; a symlink is resolved first, so the link is kept and its
//     target replaced;
//   - a device, a pipe or a socket (/dev/stdout, /dev/full) is opened and
//     written to, never replaced.

// maxSymlinks bounds the links followed to find a missing output's folder.
const maxSymlinks = 40

// outputPath is where a report is written, once symlinks are resolved.
type outputPath struct {
	path    string
	inPlace bool // opened and written, never replaced
}

// checkOutput is the pre-flight check of --output: it fails if the
// report could not be written there. An empty path passes.
func checkOutput(path string) error {
	if path == "" {
		return nil
	}
	out, err := resolveOutput(path)
	if err != nil {
		return err
	}
	target := out.path
	if !out.inPlace {
		target = filepath.Dir(out.path)
	}
	if err := writable(target); err != nil {
		return fmt.Errorf("--output %s: %s is not writable (%w): choose another path", path, target, err)
	}
	return nil
}

// resolveOutput says how the report is written to path.
func resolveOutput(path string) (outputPath, error) {
	fi, err := os.Stat(path)
	switch {
	case err == nil && fi.IsDir():
		return outputPath{}, fmt.Errorf("--output %s is a directory: give a file name, such as %s", path, filepath.Join(path, "rapport.json"))
	case err == nil && (!fi.Mode().IsRegular() || isDescriptorPath(path)):
		return outputPath{path: path, inPlace: true}, nil
	case err == nil:
		real, err := filepath.EvalSymlinks(path)
		if err != nil {
			return outputPath{}, fmt.Errorf("--output %s: %w", path, err)
		}
		return outputPath{path: real}, nil
	case errors.Is(err, fs.ErrNotExist):
		return newOutput(path)
	}
	return outputPath{}, fmt.Errorf("--output %s: %w: choose another path", path, err)
}

// isDescriptorPath tells paths that name an open descriptor of this
// process (/dev/stdout, /dev/fd/1): replacing what they point to would
// pull the file from under the descriptor.
func isDescriptorPath(path string) bool {
	p := filepath.Clean(path)
	return strings.HasPrefix(p, "/dev/std") || strings.HasPrefix(p, "/dev/fd/") || strings.HasPrefix(p, "/proc/")
}

// newOutput follows the symlinks of a path that does not exist yet (a
// dangling link is written through) and checks that its folder exists.
func newOutput(path string) (outputPath, error) {
	p := path
	for range maxSymlinks {
		fi, err := os.Lstat(p)
		if err != nil || fi.Mode()&fs.ModeSymlink == 0 {
			break
		}
		link, err := os.Readlink(p)
		if err != nil {
			return outputPath{}, fmt.Errorf("--output %s: %w", path, err)
		}
		if !filepath.IsAbs(link) {
			link = filepath.Join(filepath.Dir(p), link)
		}
		p = link
	}
	dir := filepath.Dir(p)
	fi, err := os.Stat(dir)
	if err != nil || !fi.IsDir() {
		return outputPath{}, fmt.Errorf("--output %s: the folder %s does not exist: create it first or choose another path", path, dir)
	}
	return outputPath{path: p}, nil
}

// writeOutput writes what render produces to path, in place or through a
// temporary file and a rename; a write error (no space left...) is
// returned as such and leaves no temporary file behind.
func writeOutput(path string, render func(io.Writer) error) error {
	out, err := resolveOutput(path)
	if err != nil {
		return err
	}
	if out.inPlace {
		err = writeInPlace(out.path, render)
	} else {
		err = replaceFile(out.path, render)
	}
	if err != nil {
		return fmt.Errorf("writing the report to %s: %w", path, err)
	}
	return nil
}

func writeInPlace(path string, render func(io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		return err
	}
	err = render(f)
	return errors.Join(err, f.Close())
}

func replaceFile(path string, render func(io.Writer) error) error {
	mode := fs.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		mode = fi.Mode().Perm()
	}
	return atomicfile.Write(path, mode, render)
}
