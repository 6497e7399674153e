package hostprotect

import (
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"encoding/xml"
	"errors"
	"fmt"
	"hash"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"
)

// rpmQuery is the allow-listed package query of patch currency.
var rpmQuery = []string{"rpm", "-qa", "--qf", `%{NAME}\t%{EPOCHNUM}\t%{VERSION}\t%{RELEASE}\t%{ARCH}\n`}

// rpmCaches are the dnf, dnf5 and yum metadata caches: folders of one
// repository each, whose repomd.xml is in repodata/ (dnf) or beside the
// files (yum 3, two levels deeper: <arch>/<releasever>/<repo>).
var rpmCaches = []struct {
	dir   string
	depth int
}{{"/var/cache/dnf", 1}, {"/var/cache/libdnf5", 1}, {"/var/cache/yum", 3}}

// readRPM reads the installed packages (rpm, on a running host) and the
// security advisories of the metadata cache.
func readRPM(r reader, _ map[string]string) {
	if r.f.System != "rpm" {
		return
	}
	r.f.RPM = &RPM{}
	if r.acc.Offline() {
		r.unread(TopicPatches, "/var/lib/rpm", errors.New("the rpm database of an offline root is not read by this version: installed versions unknown"))
		return
	}
	out, err := r.acc.Run(r.ctx, rpmQuery...)
	if err != nil {
		r.unread(TopicPatches, strings.Join(rpmQuery, " "), err)
		return
	}
	installed, err := ParseRPMList(out)
	if err != nil {
		r.unread(TopicPatches, strings.Join(rpmQuery[:2], " "), err)
		return
	}
	r.f.RPM.Installed = len(installed)
	pending := map[string]Pending{}
	for _, dir := range r.rpmRepoDirs() {
		r.readRPMRepo(dir, installed, pending)
	}
	if len(r.f.RPM.Repos) == 0 && len(r.f.UnreadOf(TopicPatches)) == 0 {
		r.unread(TopicPatches, "/var/cache/dnf", errors.New("no dnf/yum metadata cache (dnf makecache never ran or the cache was cleaned): the pending updates are unknown"))
	}
	for _, p := range pending {
		r.f.RPM.Pending = append(r.f.RPM.Pending, p)
	}
	sort.Slice(r.f.RPM.Pending, func(i, j int) bool { return r.f.RPM.Pending[i].Package < r.f.RPM.Pending[j].Package })
}

// rpmRepoDirs returns the repository folders of the caches, with the
// path of their repomd.xml.
func (r reader) rpmRepoDirs() [][2]string {
	var out [][2]string
	for _, c := range rpmCaches {
		dirs := []string{c.dir}
		for d := 0; d < c.depth; d++ {
			var next []string
			for _, dir := range dirs {
				for _, e := range r.list(TopicPatches, dir) {
					if e.Dir {
						next = append(next, path.Join(dir, e.Name))
					}
				}
			}
			dirs = next
		}
		for _, dir := range dirs {
			for _, md := range []string{path.Join(dir, "repodata/repomd.xml"), path.Join(dir, "repomd.xml")} {
				if r.exists(TopicPatches, md) {
					out = append(out, [2]string{dir, md})
					break
				}
			}
		}
	}
	return out
}

// readRPMRepo reads one repository's repomd.xml and its updateinfo.
func (r reader) readRPMRepo(dir [2]string, installed map[string]EVR, pending map[string]Pending) {
	b, _ := r.read(TopicPatches, dir[1], maxList)
	if b == nil {
		return
	}
	md, err := ParseRepomd(b)
	if err != nil {
		r.unread(TopicPatches, dir[1], err)
		return
	}
	repo := RPMRepo{Repomd: r.acc.Source(dir[1])}
	ui, ok := md.Data["updateinfo"]
	if !ok {
		r.f.RPM.Repos = append(r.f.RPM.Repos, repo)
		return
	}
	repo.Timestamp = ui.Time()
	p := path.Join(dir[0], ui.Location.Href)
	if !r.exists(TopicPatches, p) {
		p = path.Join(path.Dir(dir[1]), path.Base(ui.Location.Href)) // yum 3
	}
	raw, _ := r.read(TopicPatches, p, maxList)
	if raw == nil {
		r.unread(TopicPatches, p, errors.New("updateinfo named by repomd.xml is missing"))
		return
	}
	repo.Updateinfo = r.acc.Source(p)
	if repo.Verified, err = ui.Checksum.verify(raw); err != nil {
		r.unread(TopicPatches, p, err)
		return
	}
	_, ext := cutCompression(p)
	plain, err := decompress(raw, ext)
	if err != nil {
		r.unread(TopicPatches, p, err)
		return
	}
	advs, err := ParseUpdateinfo(plain)
	if err != nil {
		r.unread(TopicPatches, p, err)
		return
	}
	repo.Advisories = rpmPending(advs, installed, repo.Updateinfo, pending)
	r.f.RPM.Repos = append(r.f.RPM.Repos, repo)
}

// rpmPending records the installed packages older than a security
// advisory's; it returns the number of security advisories. A package
// keeps its oldest unapplied advisory (the longest pending).
func rpmPending(advs []Advisory, installed map[string]EVR, src string, pending map[string]Pending) int {
	n := 0
	for _, a := range advs {
		if a.Type != "security" {
			continue
		}
		n++
		for _, p := range a.Packages {
			k := p.Name + "." + p.Arch
			have, ok := installed[k]
			if !ok || p.EVR().Compare(have) <= 0 {
				continue
			}
			if old, ok := pending[k]; ok && !old.Since.IsZero() && (a.Issued.IsZero() || !a.Issued.Before(old.Since)) {
				continue
			}
			pending[k] = Pending{Package: p.Name, Arch: p.Arch, Installed: have.String(), Candidate: p.EVR().String(),
				Suite: a.ID, Since: a.Issued, List: src, Advisory: a.ID, Severity: a.Severity}
		}
	}
	return n
}

// ParseRPMList reads the rpmQuery output: "name.arch" → newest installed
// EVR (several kernels may be installed).
func ParseRPMList(b []byte) (map[string]EVR, error) {
	if len(b) > 0 && b[len(b)-1] != '\n' {
		return nil, errors.New("rpm output truncated: the last line does not end with a newline")
	}
	out := map[string]EVR{}
	for n, l := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
		if l == "" {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 5 || f[0] == "" || f[2] == "" {
			return nil, fmt.Errorf("rpm output line %d: %q is not name, epoch, version, release, arch", n+1, clip(l))
		}
		e, err := strconv.Atoi(f[1])
		if err != nil || e < 0 {
			return nil, fmt.Errorf("rpm output line %d: epoch %q", n+1, clip(f[1]))
		}
		k, evr := f[0]+"."+f[4], EVR{Epoch: e, Version: f[2], Release: f[3]}
		if old, ok := out[k]; !ok || evr.Compare(old) > 0 {
			out[k] = evr
		}
	}
	return out, nil
}

// Repomd is a repository's repomd.xml.
type Repomd struct {
	Data map[string]RepoData
}

// RepoData is one <data> of repomd.xml.
type RepoData struct {
	Type     string       `xml:"type,attr"`
	Checksum repoChecksum `xml:"checksum"`
	Location struct {
		Href string `xml:"href,attr"`
	} `xml:"location"`
	Timestamp string `xml:"timestamp"`
}

// Time is the data's generation time (zero when absent).
func (d RepoData) Time() time.Time {
	secs, err := strconv.ParseFloat(strings.TrimSpace(d.Timestamp), 64)
	if err != nil || secs <= 0 {
		return time.Time{}
	}
	return time.Unix(int64(secs), 0).UTC()
}

type repoChecksum struct {
	Type  string `xml:"type,attr"`
	Value string `xml:",chardata"`
}

// verify checks b against the checksum: true when it matched, false
// when the type is unknown, an error when it does not match.
func (c repoChecksum) verify(b []byte) (bool, error) {
	var h hash.Hash
	switch strings.ToLower(c.Type) {
	case "sha256":
		h = sha256.New()
	case "sha512":
		h = sha512.New()
	case "sha", "sha1":
		h = sha1.New()
	default:
		return false, nil
	}
	h.Write(b)
	if got := hex.EncodeToString(h.Sum(nil)); got != strings.ToLower(strings.TrimSpace(c.Value)) {
		return false, fmt.Errorf("%s %.8s… is not repomd.xml's %.8s…: truncated or stale", c.Type, got, strings.TrimSpace(c.Value))
	}
	return true, nil
}

// ParseRepomd reads repomd.xml strictly (a <repomd> root, every <data>
// with a type and a location).
func ParseRepomd(b []byte) (Repomd, error) {
	var doc struct {
		XMLName xml.Name   `xml:"repomd"`
		Data    []RepoData `xml:"data"`
	}
	if err := xml.Unmarshal(b, &doc); err != nil {
		return Repomd{}, fmt.Errorf("repomd.xml: %w", err)
	}
	md := Repomd{Data: map[string]RepoData{}}
	for _, d := range doc.Data {
		if d.Type == "" || d.Location.Href == "" || strings.Contains(d.Location.Href, "..") {
			return Repomd{}, fmt.Errorf("repomd.xml: data %q without a type or a clean location", clip(d.Type))
		}
		md.Data[d.Type] = d
	}
	return md, nil
}
