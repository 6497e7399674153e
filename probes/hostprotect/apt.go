package hostprotect

import (
	"bytes"
	"compress/bzip2"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"path"
	"sort"
	"strings"

	"github.com/klauspost/compress/zstd"
	"github.com/pierrec/lz4/v4"
	"github.com/ulikunitz/xz"
)

// listsDir is apt's lists folder.
const listsDir = "/var/lib/apt/lists"

// readApt reads the Release files of apt's lists and, for the security
// origins, their Packages lists, and records the installed packages a
// security list has a newer version of.
func readApt(r reader, installed map[string]string) {
	if r.f.Debian == nil || installed == nil {
		return
	}
	ents := r.list(TopicPatches, listsDir)
	names := map[string]bool{}
	for _, e := range ents {
		if !e.Dir {
			names[e.Name] = true
		}
	}
	pending := map[string]Pending{}
	for _, e := range ents {
		prefix, ok := releasePrefix(e.Name, names)
		if !ok {
			continue
		}
		if l, ok := r.readRelease(e.Name, prefix, names, installed, pending); ok {
			r.f.Debian.Lists = append(r.f.Debian.Lists, l)
		}
	}
	if len(r.f.Debian.Lists) == 0 && len(r.f.UnreadOf(TopicPatches)) == 0 {
		r.unread(TopicPatches, listsDir, errors.New("no apt Release file: the lists were never fetched (apt-get update) or were removed, the pending updates are unknown"))
	}
	for _, p := range pending {
		r.f.Debian.Pending = append(r.f.Debian.Pending, p)
	}
	sort.Slice(r.f.Debian.Pending, func(i, j int) bool { return r.f.Debian.Pending[i].Package < r.f.Debian.Pending[j].Package })
}

// releasePrefix returns the list-name prefix of a Release or InRelease
// file ("deb.debian.org_debian-security_dists_bookworm-security_"); a
// Release beside an InRelease of the same prefix is skipped.
func releasePrefix(name string, names map[string]bool) (string, bool) {
	if p, ok := strings.CutSuffix(name, "_InRelease"); ok {
		return p + "_", true
	}
	if p, ok := strings.CutSuffix(name, "_Release"); ok && !names[p+"_InRelease"] {
		return p + "_", true
	}
	return "", false
}

// readRelease reads one Release and, for a security origin, its Packages
// lists.
func (r reader) readRelease(name, prefix string, names map[string]bool, installed map[string]string, pending map[string]Pending) (AptList, bool) {
	p := path.Join(listsDir, name)
	b, found := r.read(TopicPatches, p, maxList)
	if b == nil || !found {
		return AptList{}, false
	}
	rel, err := ParseRelease(b)
	if err != nil {
		r.unread(TopicPatches, p, err)
		return AptList{}, false
	}
	l := AptList{Release: r.acc.Source(p), Origin: rel.Origin, Label: rel.Label, Suite: rel.Suite, Codename: rel.Codename,
		Date: rel.Date, Security: rel.Security(), Verified: true}
	if !l.Security {
		return l, true
	}
	var lists []string
	for n := range names {
		if rest, ok := strings.CutPrefix(n, prefix); ok && isPackagesList(rest) {
			lists = append(lists, n)
		}
	}
	sort.Strings(lists)
	for _, n := range lists {
		r.readPackages(&l, rel, prefix, n, installed, pending)
	}
	if len(lists) == 0 {
		r.unread(TopicPatches, p, errors.New("security origin without any Packages list beside its Release"))
	}
	return l, true
}

// isPackagesList tells whether a list name's rest after the release
// prefix is a binary Packages list ("main_binary-amd64_Packages.lz4").
func isPackagesList(rest string) bool {
	base, _ := cutCompression(rest)
	return strings.HasSuffix(base, "_Packages") && !strings.Contains(base, "/")
}

// cutCompression strips the compression suffix apt may store lists with.
func cutCompression(n string) (string, string) {
	for _, ext := range []string{".lz4", ".gz", ".xz", ".zst", ".bz2"} {
		if b, ok := strings.CutSuffix(n, ext); ok {
			return b, ext
		}
	}
	return n, ""
}

// readPackages reads one Packages list, checks it against the Release's
// SHA256, and compares its versions with the installed ones.
func (r reader) readPackages(l *AptList, rel Release, prefix, name string, installed map[string]string, pending map[string]Pending) {
	p := path.Join(listsDir, name)
	raw, found := r.read(TopicPatches, p, maxList)
	if raw == nil || !found {
		return
	}
	base, ext := cutCompression(name)
	b, err := decompress(raw, ext)
	if err != nil {
		r.unread(TopicPatches, p, err)
		return
	}
	key := strings.ReplaceAll(strings.TrimPrefix(base, prefix), "_", "/")
	if idx, ok := rel.Files[key]; !ok {
		l.Verified = false
	} else if sum := sha256.Sum256(b); int64(len(b)) != idx.Size || hex.EncodeToString(sum[:]) != idx.SHA256 {
		r.unread(TopicPatches, p, fmt.Errorf("%d bytes, SHA-256 %x…: not the list the Release names (%s, %d bytes): truncated or stale", len(b), sum[:4], key, idx.Size))
		return
	}
	l.Packages = append(l.Packages, r.acc.Source(p))
	if err := comparePackages(b, l, r.acc.Source(p), installed, pending); err != nil {
		r.unread(TopicPatches, p, err)
	}
}

// decompress undoes the compression of apt lists and rpm metadata (lz4,
// gzip, bzip2, xz, zstd; others are an error: the file is then not read).
func decompress(b []byte, ext string) ([]byte, error) {
	var rd io.Reader
	switch ext {
	case "":
		return b, nil
	case ".lz4":
		rd = lz4.NewReader(bytes.NewReader(b))
	case ".gz":
		z, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			return nil, fmt.Errorf("gzip: %w", err)
		}
		rd = z
	case ".bz2":
		rd = bzip2.NewReader(bytes.NewReader(b))
	case ".xz":
		z, err := xz.NewReader(bytes.NewReader(b))
		if err != nil {
			return nil, fmt.Errorf("xz: %w", err)
		}
		rd = z
	case ".zst":
		z, err := zstd.NewReader(bytes.NewReader(b), zstd.WithDecoderMaxMemory(maxList))
		if err != nil {
			return nil, fmt.Errorf("zstd: %w", err)
		}
		defer z.Close()
		rd = z
	default:
		return nil, fmt.Errorf("list compressed as %s, not read by this version", ext)
	}
	out, err := io.ReadAll(io.LimitReader(rd, maxList+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", ext, err)
	}
	if len(out) > maxList {
		return nil, fmt.Errorf("%s: over %d bytes decompressed", ext, maxList)
	}
	return out, nil
}

// comparePackages parses a Packages list strictly and records every
// installed package it has a newer version of.
func comparePackages(b []byte, l *AptList, src string, installed map[string]string, pending map[string]Pending) error {
	ss, err := ParsePackages(b)
	if err != nil {
		return err
	}
	for _, s := range ss {
		k := s.Get("Package") + ":" + s.Get("Architecture")
		have, ok := installed[k]
		if !ok {
			continue
		}
		if c, err := CompareDebVersions(s.Get("Version"), have); err != nil || c <= 0 {
			if err != nil {
				return fmt.Errorf("package %s: %w", k, err)
			}
			continue
		}
		if old, ok := pending[k]; ok {
			if c, _ := CompareDebVersions(s.Get("Version"), old.Candidate); c <= 0 {
				continue
			}
		}
		pending[k] = Pending{Package: s.Get("Package"), Arch: s.Get("Architecture"), Installed: have, Candidate: s.Get("Version"),
			Suite: firstNonEmpty(l.Suite, l.Codename), Since: l.Date, List: src}
	}
	return nil
}

// ParsePackages reads a Packages list: every paragraph names a package,
// its version and architecture, and every version parses.
func ParsePackages(b []byte) ([]Stanza, error) {
	ss, err := ParseDeb822(b)
	if err != nil {
		return nil, err
	}
	if err := requireFields(ss, "Package", "Version", "Architecture"); err != nil {
		return nil, err
	}
	for _, s := range ss {
		if _, err := ParseDebVersion(s.Get("Version")); err != nil {
			return nil, fmt.Errorf("package %s: %w", clip(s.Get("Package")), err)
		}
	}
	return ss, nil
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if v != "" {
			return v
		}
	}
	return ""
}
