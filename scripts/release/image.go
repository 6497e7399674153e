package main

import (
	"bytes"
	"debug/elf"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	v1 "github.com/google/go-containerregistry/pkg/v1"
	"github.com/google/go-containerregistry/pkg/v1/empty"
	"github.com/google/go-containerregistry/pkg/v1/layout"
	"github.com/google/go-containerregistry/pkg/v1/mutate"
	"github.com/google/go-containerregistry/pkg/v1/tarball"
	"github.com/google/go-containerregistry/pkg/v1/types"
)

// imageUID is the image's user (docs/kubernetes.md runs as 65532).
const imageUID = "65532"

// writeImage writes conformscan_<version>_oci.tar, an OCI layout archive
// (skopeo copy oci-archive:FILE docker://REGISTRY/conformscan:VERSION)
// holding an index of one image per Linux binary. Each image is two layers:
// the base (CA certificates, passwd and group with the non-root user, /tmp,
// busybox as /bin/sh when given for its arch) and the binary.
func writeImage(c config, bins []binary, _ *docSet, tmp string) ([]string, error) {
	idx := mutate.IndexMediaType(empty.Index, types.OCIImageIndex)
	n := 0
	for _, b := range bins {
		if b.goos != "linux" || rpmArch[b.goarch] == "" {
			continue
		}
		img, err := buildImage(c, b)
		if err != nil {
			return nil, err
		}
		idx = mutate.AppendManifests(idx, mutate.IndexAddendum{Add: img, Descriptor: v1.Descriptor{
			Platform: &v1.Platform{OS: "linux", Architecture: b.goarch},
		}})
		n++
	}
	if n == 0 {
		return nil, nil
	}
	dir := filepath.Join(tmp, "oci")
	p, err := layout.Write(dir, empty.Index)
	if err != nil {
		return nil, err
	}
	ref := map[string]string{"org.opencontainers.image.ref.name": c.version}
	if err := p.AppendIndex(idx, layout.WithAnnotations(ref)); err != nil {
		return nil, err
	}
	name := fmt.Sprintf("conformscan_%s_oci.tar", c.version)
	es, err := dirEntries(dir)
	if err != nil {
		return nil, err
	}
	data, err := tarBytes("", es, c.epoch)
	if err != nil {
		return nil, err
	}
	return []string{name}, os.WriteFile(filepath.Join(c.dist, name), data, 0o644)
}

func buildImage(c config, b binary) (v1.Image, error) {
	base, err := baseLayer(c, b)
	if err != nil {
		return nil, err
	}
	bin, err := staticBinary(b.path)
	if err != nil {
		return nil, fmt.Errorf("the image has no libc: build with CGO_ENABLED=0: %w", err)
	}
	app, err := layerOf([]entry{{name: "usr/bin/conformscan", data: bin, mode: 0o755}}, c)
	if err != nil {
		return nil, err
	}
	img := mutate.MediaType(empty.Image, types.OCIManifestSchema1)
	img = mutate.ConfigMediaType(img, types.OCIConfigJSON)
	for _, l := range []struct {
		layer v1.Layer
		what  string
	}{{base, "base: CA certificates, user " + imageUID}, {app, "conformscan " + c.version}} {
		img, err = mutate.Append(img, mutate.Addendum{Layer: l.layer, MediaType: types.OCILayer,
			History: v1.History{Created: v1.Time{Time: c.epoch}, CreatedBy: l.what}})
		if err != nil {
			return nil, err
		}
	}
	cf, err := img.ConfigFile()
	if err != nil {
		return nil, err
	}
	cf = cf.DeepCopy()
	cf.OS, cf.Architecture, cf.Created = "linux", b.goarch, v1.Time{Time: c.epoch}
	cf.Config.User = imageUID + ":" + imageUID
	cf.Config.Entrypoint = []string{"/usr/bin/conformscan"}
	cf.Config.Cmd = []string{"--help"}
	cf.Config.WorkingDir = "/home/conformscan"
	cf.Config.Env = []string{"PATH=/usr/local/bin:/usr/bin:/bin", "SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt"}
	cf.Config.Labels = map[string]string{
		"org.opencontainers.image.title":   "conformscan",
		"org.opencontainers.image.version": c.version,
	}
	return mutate.ConfigFile(img, cf)
}

// baseLayer is the minimal root file system: no package manager, no shell
// unless busybox is given for the host arch (docs/kubernetes.md runs
// /bin/sh -c).
func baseLayer(c config, b binary) (v1.Layer, error) {
	ca, err := os.ReadFile(c.cacerts)
	if err != nil {
		return nil, fmt.Errorf("CA certificates for the image: %w", err)
	}
	u := imageUID
	es := []entry{
		{name: "etc/ssl/certs/ca-certificates.crt", data: ca, mode: 0o644},
		{name: "etc/passwd", data: []byte("root:x:0:0:root:/root:/sbin/nologin\nconformscan:x:" + u + ":" + u + ":conformscan:/home/conformscan:/sbin/nologin\n"), mode: 0o644},
		{name: "etc/group", data: []byte("root:x:0:\nconformscan:x:" + u + ":\n"), mode: 0o644},
		{name: "etc/nsswitch.conf", data: []byte("hosts: files dns\n"), mode: 0o644},
		{name: "tmp", mode: os.ModeDir | os.ModeSticky | 0o777},
		{name: "home/conformscan", mode: os.ModeDir | 0o755, uid: 65532},
	}
	if bbPath := c.busybox[b.goarch]; bbPath == "" {
		fmt.Fprintf(os.Stderr, "release: no -busybox for %s: its image has no /bin/sh (docs/kubernetes.md needs one)\n", b.goarch)
	} else {
		bb, err := staticBinary(bbPath)
		if err != nil {
			return nil, err
		}
		es = append(es, entry{name: "bin/busybox", data: bb, mode: 0o755},
			entry{name: "bin/sh", data: []byte("busybox"), mode: os.ModeSymlink | 0o777})
	}
	sortEntries(es)
	return layerOf(es, c)
}

// layerOf makes a gzip layer of es.
func layerOf(es []entry, c config) (v1.Layer, error) {
	raw, err := tarBytes("", es, c.epoch)
	if err != nil {
		return nil, err
	}
	return tarball.LayerFromOpener(func() (io.ReadCloser, error) {
		return io.NopCloser(bytes.NewReader(raw)), nil
	}, tarball.WithMediaType(types.OCILayer))
}

// dirEntries lists a folder's files, sorted, for tarBytes.
func dirEntries(dir string) ([]entry, error) {
	var es []entry
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		es = append(es, entry{name: filepath.ToSlash(rel), data: data, mode: 0o644})
		return nil
	})
	sortEntries(es)
	return es, err
}

// staticBinary reads an ELF executable that needs no dynamic loader (the
// image has no libc): Debian's busybox-static, not busybox.
func staticBinary(path string) ([]byte, error) {
	f, err := elf.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	defer f.Close()
	for _, p := range f.Progs {
		if p.Type == elf.PT_INTERP {
			return nil, fmt.Errorf("%s is linked dynamically (for busybox: install busybox-static)", path)
		}
	}
	return os.ReadFile(path)
}
