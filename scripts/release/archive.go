package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"
)

// writeArchives writes one archive per binary: .zip for Windows, .tar.gz
// otherwise, under a folder conformscan_<version>_<os>_<arch>/.
func writeArchives(c config, bins []binary, d *docSet, _ string) ([]string, error) {
	var outs []string
	for _, b := range bins {
		data, err := os.ReadFile(b.path)
		if err != nil {
			return nil, err
		}
		exe := "conformscan"
		if b.goos == "windows" {
			exe += ".exe"
		}
		es := append([]entry{{name: exe, data: data, mode: 0o755}}, d.shipped()...)
		sortEntries(es)
		base := fmt.Sprintf("conformscan_%s_%s_%s", c.version, b.goos, b.goarch)
		var out []byte
		name := base + ".tar.gz"
		if b.goos == "windows" {
			name = base + ".zip"
			out, err = zipBytes(base, es, c.epoch)
		} else {
			out, err = tarGz(base, es, c.epoch)
		}
		if err != nil {
			return nil, err
		}
		if err := os.WriteFile(filepath.Join(c.dist, name), out, 0o644); err != nil {
			return nil, err
		}
		outs = append(outs, name)
	}
	return outs, nil
}

// tarBytes writes es (sorted) as a tar with fixed owner and mtime, the
// folders of their paths first; prefix ("" for none) is the top folder.
func tarBytes(prefix string, es []entry, mtime time.Time) ([]byte, error) {
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	seen := map[string]bool{}
	for _, e := range es {
		name := e.name
		if prefix != "" {
			name = prefix + "/" + name
		}
		for _, dir := range parents(name) {
			if seen[dir] {
				continue
			}
			seen[dir] = true
			if err := tw.WriteHeader(header(dir+"/", tar.TypeDir, 0o755, 0, mtime)); err != nil {
				return nil, err
			}
		}
		h := header(name, tar.TypeReg, e.mode, int64(len(e.data)), mtime)
		if e.mode&os.ModeSymlink != 0 {
			h = header(name, tar.TypeSymlink, 0o777, 0, mtime)
			h.Linkname = string(e.data)
		} else if e.mode&os.ModeDir != 0 {
			if seen[name] {
				continue
			}
			seen[name] = true
			h = header(name+"/", tar.TypeDir, e.mode.Perm()|e.mode&os.ModeSticky, 0, mtime)
			if e.mode&os.ModeSticky != 0 {
				h.Mode |= 0o1000
			}
		}
		if e.uid != 0 {
			h.Uid, h.Gid, h.Uname, h.Gname = e.uid, e.uid, "", ""
		}
		if err := tw.WriteHeader(h); err != nil {
			return nil, err
		}
		if h.Typeflag == tar.TypeReg {
			if _, err := tw.Write(e.data); err != nil {
				return nil, err
			}
		}
	}
	if err := tw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func header(name string, typ byte, mode os.FileMode, size int64, mtime time.Time) *tar.Header {
	return &tar.Header{
		Name: name, Typeflag: typ, Mode: int64(mode.Perm()), Size: size, ModTime: mtime,
		Uname: "root", Gname: "root", Format: tar.FormatPAX,
	}
}

// parents lists the folders above name, outermost first.
func parents(name string) []string {
	var ds []string
	for d := path.Dir(name); d != "." && d != "/"; d = path.Dir(d) {
		ds = append([]string{d}, ds...)
	}
	return ds
}

func tarGz(prefix string, es []entry, mtime time.Time) ([]byte, error) {
	raw, err := tarBytes(prefix, es, mtime)
	if err != nil {
		return nil, err
	}
	return gzipBytes(raw)
}

// gzipBytes compresses with no name and no mtime in the header.
func gzipBytes(raw []byte) ([]byte, error) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.DefaultCompression)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(raw); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func zipBytes(prefix string, es []entry, mtime time.Time) ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range es {
		h := &zip.FileHeader{Name: prefix + "/" + e.name, Method: zip.Deflate, Modified: mtime}
		h.SetMode(e.mode)
		if strings.HasSuffix(e.name, ".exe") {
			h.SetMode(0o755)
		}
		w, err := zw.CreateHeader(h)
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(e.data); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
