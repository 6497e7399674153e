package main

import (
	"bytes"
	"embed"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/goreleaser/nfpm/v2"
	_ "github.com/goreleaser/nfpm/v2/deb"
	_ "github.com/goreleaser/nfpm/v2/rpm"
)

// files holds the systemd units, the sysusers entry, the default
// configuration and the maintainer scripts of the packages.
//
//go:embed files
var files embed.FS

// rpmArch names Go's architectures as rpm does.
var rpmArch = map[string]string{"amd64": "x86_64", "arm64": "aarch64"}

// pkgFile is one file of the packages: its source in the staging folder,
// its destination and its nfpm type ("" for a plain file).
type pkgFile struct {
	src, dst, typ string
	mode          os.FileMode
}

// writePackages writes a .deb and a .rpm for each Linux amd64/arm64 binary.
func writePackages(c config, bins []binary, d *docSet, tmp string) ([]string, error) {
	stage := filepath.Join(tmp, "pkg")
	common, err := stageCommon(stage, d)
	if err != nil {
		return nil, err
	}
	var outs []string
	for _, b := range bins {
		if b.goos != "linux" || rpmArch[b.goarch] == "" {
			continue
		}
		list := append([]pkgFile{{src: b.path, dst: "/usr/bin/conformscan", mode: 0o755}}, common...)
		for _, format := range []string{"deb", "rpm"} {
			name := fmt.Sprintf("conformscan_%s_%s.deb", c.version, b.goarch)
			if format == "rpm" {
				name = fmt.Sprintf("conformscan-%s-1.%s.rpm", c.version, rpmArch[b.goarch])
			}
			if err := buildPackage(c, format, b.goarch, stage, list, filepath.Join(c.dist, name)); err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
			outs = append(outs, name)
		}
	}
	return outs, nil
}

// staged is one file every package holds: its name in the staging
// folder, its bytes, its destination and nfpm type ("" for a plain file).
type staged struct {
	name     string
	data     []byte
	dst, typ string
}

// completionDst: where each shell looks for vendor completions.
var completionDst = map[string]string{
	"bash": "/usr/share/bash-completion/completions/conformscan",
	"zsh":  "/usr/share/zsh/vendor-completions/_conformscan",
	"fish": "/usr/share/fish/vendor_completions.d/conformscan.fish",
}

// unitFiles: the embedded files installed as they are.
var unitFiles = []struct{ name, dst, typ string }{
	{"conformscan-audit.service", "/usr/lib/systemd/system/conformscan-audit.service", ""},
	{"conformscan-audit.timer", "/usr/lib/systemd/system/conformscan-audit.timer", ""},
	{"sysusers.conf", "/usr/lib/sysusers.d/conformscan.conf", ""},
	{"options", "/etc/conformscan/options", "config|noreplace"},
	{"targets.txt", "/etc/conformscan/targets.txt", "config|noreplace"},
}

// packageFiles lists what every package holds besides the binary.
func packageFiles(d *docSet) ([]staged, error) {
	var list []staged
	for _, m := range d.man {
		gz, err := gzipBytes(m.data)
		if err != nil {
			return nil, err
		}
		list = append(list, staged{m.name + ".gz", gz, "/usr/share/man/" + m.name + ".gz", ""})
	}
	for sh, dst := range completionDst {
		list = append(list, staged{"completion." + sh, d.completions[sh], dst, ""})
	}
	for _, f := range unitFiles {
		data, err := files.ReadFile("files/" + f.name)
		if err != nil {
			return nil, err
		}
		list = append(list, staged{f.name, data, f.dst, f.typ})
	}
	list = append(list, staged{"README.md", d.readme, "/usr/share/doc/conformscan/README.md", ""})
	for _, l := range d.licences {
		list = append(list, staged{l.name, l.data, "/usr/share/doc/conformscan/" + l.name, ""})
	}
	return list, nil
}

// stageCommon writes the files every package holds, and the maintainer
// scripts, into stage, and lists them.
func stageCommon(stage string, d *docSet) ([]pkgFile, error) {
	shipped, err := packageFiles(d)
	if err != nil {
		return nil, err
	}
	var list []pkgFile
	for _, f := range shipped {
		src := filepath.Join(stage, f.name)
		if err := os.MkdirAll(filepath.Dir(src), 0o755); err != nil {
			return nil, err
		}
		if err := os.WriteFile(src, f.data, 0o644); err != nil {
			return nil, err
		}
		list = append(list, pkgFile{src: src, dst: f.dst, typ: f.typ, mode: 0o644})
	}
	for _, s := range []string{"postinst.sh", "postrm.sh", "preremove.sh"} {
		data, err := files.ReadFile("files/" + s)
		if err != nil {
			return nil, err
		}
		if err := os.WriteFile(filepath.Join(stage, s), data, 0o755); err != nil {
			return nil, err
		}
	}
	return list, nil
}

// buildPackage writes one package with nfpm from a generated configuration.
func buildPackage(c config, format, arch, stage string, list []pkgFile, out string) error {
	var y strings.Builder
	fmt.Fprintf(&y, "name: conformscan\narch: %s\nplatform: linux\nversion: %q\nversion_schema: none\nrelease: \"1\"\n", arch, c.version)
	fmt.Fprintf(&y, "section: net\npriority: optional\nmaintainer: \"conformscan maintainers <conformscan@localhost>\"\nlicense: \"see /usr/share/doc/conformscan/licenses\"\n")
	fmt.Fprintf(&y, "mtime: %q\n", c.epoch.Format("2006-01-02T15:04:05Z07:00"))
	fmt.Fprintf(&y, "description: |-\n  security requirements scanner of the CH du Mans grid for vendors\n  conformscan checks a deployed solution against the 100 security requirements\n  of the Centre Hospitalier du Mans for external vendors and produces evidence\n  per requirement and a go / no-go decision. The systemd timer\n  conformscan-audit.timer runs the periodic audit of ref 8.17.\n")
	fmt.Fprintf(&y, "recommends: [nmap]\nrpm:\n  buildhost: conformscan-release\n")
	fmt.Fprintf(&y, "scripts:\n  postinstall: %q\n  preremove: %q\n  postremove: %q\n",
		filepath.Join(stage, "postinst.sh"), filepath.Join(stage, "preremove.sh"), filepath.Join(stage, "postrm.sh"))
	fmt.Fprintf(&y, "contents:\n")
	for _, f := range list {
		fmt.Fprintf(&y, "  - src: %q\n    dst: %q\n    file_info: {mode: 0%o, mtime: %q}\n", f.src, f.dst, f.mode, c.epoch.Format("2006-01-02T15:04:05Z07:00"))
		if f.typ != "" {
			fmt.Fprintf(&y, "    type: %s\n", f.typ)
		}
	}
	cfg, err := nfpm.ParseWithEnvMapping(strings.NewReader(y.String()), func(s string) string { return "$" + s })
	if err != nil {
		return fmt.Errorf("nfpm configuration: %w", err)
	}
	info, err := cfg.Get(format)
	if err != nil {
		return err
	}
	info = nfpm.WithDefaults(info)
	pkgr, err := nfpm.Get(format)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := pkgr.Package(info, &buf); err != nil {
		return err
	}
	return os.WriteFile(out, buf.Bytes(), 0o644)
}
