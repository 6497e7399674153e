// Command release packages the binaries of a dist/ folder for people to
// install: archives per OS/arch, .deb and .rpm (nfpm) with man pages,
// completions and the systemd timer of the periodic audit, an OCI image
// archive (go-containerregistry, no container engine), a CycloneDX SBOM per
// binary, SHA256SUMS and its Ed25519 signature (the key format of
// 'conformscan keygen').
//
// It reads dist/conformscan_<os>_<arch>[.exe] (made by `make release` or,
// for one platform, `make build`) and writes next to them. Every file it
// writes has its mtime set to SOURCE_DATE_EPOCH and its entries sorted: two
// runs over the same binaries give identical bytes.
//
// This is its own module so that its dependencies (nfpm,
// go-containerregistry, cyclonedx-gomod) never enter the product's go.mod.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"
)

// config is the command line.
type config struct {
	dist     string
	root     string // the repository: README, licences
	version  string
	key      string // Ed25519 private key (PEM, conformscan keygen)
	cacerts  string
	busybox  map[string]string // GOARCH -> static busybox for the image's /bin/sh
	epoch    time.Time
	skipSBOM bool
}

// binary is one dist/conformscan_<os>_<arch>[.exe].
type binary struct {
	path, goos, goarch string
}

func main() {
	var c config
	var epoch string
	flag.StringVar(&c.dist, "dist", "dist", "folder holding conformscan_<os>_<arch>[.exe]; outputs go there")
	flag.StringVar(&c.root, "root", ".", "repository root (README.md, licence files)")
	flag.StringVar(&c.version, "version", "", "release version (default: the host binary's)")
	flag.StringVar(&c.key, "key", "", "Ed25519 private key signing SHA256SUMS (PEM written by 'conformscan keygen')")
	flag.StringVar(&c.cacerts, "cacerts", "/etc/ssl/certs/ca-certificates.crt", "CA bundle copied into the image")
	c.busybox = map[string]string{}
	flag.Func("busybox", "static busybox giving the image /bin/sh: PATH (host arch) or ARCH=PATH, repeatable; none: no shell", func(v string) error {
		if arch, p, ok := strings.Cut(v, "="); ok {
			c.busybox[arch] = p
		} else if v != "" {
			c.busybox[runtime.GOARCH] = v
		}
		return nil
	})
	flag.StringVar(&epoch, "source-date-epoch", os.Getenv("SOURCE_DATE_EPOCH"), "mtime of every file, seconds since 1970 (SOURCE_DATE_EPOCH)")
	flag.BoolVar(&c.skipSBOM, "no-sbom", false, "do not write the SBOM (tests)")
	flag.Parse()
	sec, err := strconv.ParseInt(epoch, 10, 64)
	if err != nil {
		fatal(fmt.Errorf("SOURCE_DATE_EPOCH %q: %w (the Makefile sets it from the commit date)", epoch, err))
	}
	c.epoch = time.Unix(sec, 0).UTC()
	if err := run(c); err != nil {
		fatal(err)
	}
}

func fatal(err error) {
	fmt.Fprintf(os.Stderr, "release: %v\n", err)
	os.Exit(1)
}

var binName = regexp.MustCompile(`^conformscan_([a-z0-9]+)_([a-z0-9]+)(\.exe)?$`)

// findBinaries lists dist's binaries, sorted.
func findBinaries(dist string) ([]binary, error) {
	ents, err := os.ReadDir(dist)
	if err != nil {
		return nil, err
	}
	var bins []binary
	for _, e := range ents {
		m := binName.FindStringSubmatch(e.Name())
		if m == nil || e.IsDir() {
			continue
		}
		bins = append(bins, binary{path: filepath.Join(dist, e.Name()), goos: m[1], goarch: m[2]})
	}
	if len(bins) == 0 {
		return nil, fmt.Errorf("no conformscan_<os>_<arch> binary in %s: run 'make release' (or copy bin/conformscan to %s/conformscan_linux_amd64)", dist, dist)
	}
	sort.Slice(bins, func(i, j int) bool { return bins[i].path < bins[j].path })
	return bins, nil
}

// hostBinary is the binary this machine runs: it writes the man pages and
// completions, identical for every platform.
func hostBinary(bins []binary) (binary, error) {
	for _, b := range bins {
		if b.goos == runtime.GOOS && b.goarch == runtime.GOARCH {
			return b, nil
		}
	}
	return binary{}, fmt.Errorf("no conformscan_%s_%s in dist: it writes the man pages and completions", runtime.GOOS, runtime.GOARCH)
}

// pkgVersion makes a version dpkg and rpm accept from git describe's:
// "v1.2.0" -> "1.2.0", "v1.2.0-3-gabc" -> "1.2.0+3+gabc", "abc123" -> "0.0.0+gitabc123".
func pkgVersion(v string) string {
	v = strings.TrimPrefix(v, "v")
	v = strings.ReplaceAll(v, "-", "+")
	if !regexp.MustCompile(`^[0-9]+\.[0-9]+`).MatchString(v) {
		v = "0.0.0+git" + v
	}
	return v
}

func run(c config) error {
	bins, err := findBinaries(c.dist)
	if err != nil {
		return err
	}
	host, err := hostBinary(bins)
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "conformscan-release-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	docs, err := generateDocs(c, host, tmp)
	if err != nil {
		return err
	}
	if c.version == "" {
		c.version = docs.version
	}
	c.version = pkgVersion(c.version)
	var outputs []string
	for _, step := range []func(config, []binary, *docSet, string) ([]string, error){writeArchives, writePackages, writeImage, writeSBOMs} {
		out, err := step(c, bins, docs, tmp)
		if err != nil {
			return err
		}
		outputs = append(outputs, out...)
	}
	return writeSums(c, outputs)
}
