package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

// entry is one file of an archive or package, by its path inside it.
type entry struct {
	name string
	data []byte
	mode os.FileMode
	uid  int // owner (and group) in tar layers; 0: root
}

// docSet is what every archive and package ships besides the binary.
type docSet struct {
	version     string
	man         []entry // man1/conformscan*.1
	completions map[string][]byte
	licences    []entry // licenses/<path in the repository>
	readme      []byte
}

// licenceFiles: the embedded data and third-party code whose licences
// travel with the binary (the SBOM lists the Go modules).
var licenceFiles = []string{
	"checks/eol/data/LICENSE",
	"probes/creds/data/LICENSE",
	"probes/osdetect/data/LICENSE",
	"probes/remote/data/LICENSE",
	"third_party/README.md",
	"third_party/pdutils/LICENSE.md",
	"third_party/tlsx/LICENSE",
	"third_party/zcrypto/LICENSE",
	"third_party/zcrypto/cryptobyte/NOTICE.md",
}

// shells the completions are written for, and their file names.
var shells = map[string]string{
	"bash": "conformscan.bash",
	"zsh":  "_conformscan",
	"fish": "conformscan.fish",
}

func generateDocs(c config, host binary, tmp string) (*docSet, error) {
	d := &docSet{completions: map[string][]byte{}}
	out, err := runHost(c, host, "version")
	if err != nil {
		return nil, err
	}
	first, _, _ := strings.Cut(string(out), "\n")
	d.version = strings.TrimPrefix(first, "conformscan ")
	manDir := filepath.Join(tmp, "man1")
	if _, err := runHost(c, host, "man", manDir); err != nil {
		return nil, err
	}
	pages, err := filepath.Glob(filepath.Join(manDir, "*.1"))
	if err != nil || len(pages) == 0 {
		return nil, fmt.Errorf("'%s man' wrote no page", host.path)
	}
	sort.Strings(pages)
	for _, p := range pages {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		d.man = append(d.man, entry{name: "man1/" + filepath.Base(p), data: data, mode: 0o644})
	}
	for sh := range shells {
		if d.completions[sh], err = runHost(c, host, "completion", sh); err != nil {
			return nil, err
		}
	}
	if d.readme, err = os.ReadFile(filepath.Join(c.root, "README.md")); err != nil {
		return nil, err
	}
	for _, l := range licenceFiles {
		data, err := os.ReadFile(filepath.Join(c.root, l))
		if err != nil {
			return nil, fmt.Errorf("licence file: %w", err)
		}
		d.licences = append(d.licences, entry{name: "licenses/" + l, data: data, mode: 0o644})
	}
	return d, nil
}

// runHost runs the host binary with SOURCE_DATE_EPOCH set (the man pages'
// date) and returns its standard output.
func runHost(c config, host binary, args ...string) ([]byte, error) {
	cmd := exec.Command(host.path, args...)
	cmd.Env = append(os.Environ(), fmt.Sprintf("SOURCE_DATE_EPOCH=%d", c.epoch.Unix()), "LC_ALL=C")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w: %s", host.path, strings.Join(args, " "), err, stderr.String())
	}
	return out, nil
}

// shipped is what an archive holds besides the binary, sorted by name.
func (d *docSet) shipped() []entry {
	es := []entry{{name: "README.md", data: d.readme, mode: 0o644}}
	for _, m := range d.man {
		es = append(es, entry{name: "man/" + m.name, data: m.data, mode: 0o644})
	}
	for sh, name := range shells {
		es = append(es, entry{name: "completions/" + name, data: d.completions[sh], mode: 0o644})
	}
	es = append(es, d.licences...)
	sortEntries(es)
	return es
}

func sortEntries(es []entry) {
	sort.Slice(es, func(i, j int) bool { return es[i].name < es[j].name })
}
