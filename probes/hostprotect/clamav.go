package hostprotect

import (
	"errors"
	"fmt"
	"path"
	"strconv"
	"strings"
	"time"

	"conformscan/probes/hostaccess"
)

// clamDirs are where freshclam writes its databases (Debian, Fedora/RHEL
// and a source build).
var clamDirs = []string{"/var/lib/clamav", "/var/clamav", "/usr/local/share/clamav"}

// clamFiles are the databases dated, daily first: daily is the one
// freshclam updates several times a day.
var clamFiles = []string{"daily.cld", "daily.cvd", "main.cld", "main.cvd", "bytecode.cld", "bytecode.cvd"}

// readClamDB dates the ClamAV databases from their 512-byte headers.
func readClamDB(r reader, _ map[string]string) {
	for _, dir := range clamDirs {
		present := map[string]bool{}
		for _, e := range r.list(TopicProtection, dir) {
			present[e.Name] = !e.Dir
		}
		for _, name := range clamFiles {
			p := path.Join(dir, name)
			if !present[name] {
				continue
			}
			b, err := hostaccess.ReadHead(r.ctx, r.acc, p)
			if err != nil {
				r.unread(TopicProtection, p, err)
				continue
			}
			db, err := ParseCVDHeader(b)
			if err != nil {
				r.unread(TopicProtection, p, err)
				continue
			}
			db.File = r.acc.Source(p)
			r.f.Signatures = append(r.f.Signatures, db)
		}
	}
}

// cvdTime is the header's build time layout (sigtool: "%d %b %Y %H-%M %z").
const cvdTime = "02 Jan 2006 15-04 -0700"

// ParseCVDHeader reads the 512-byte header of a ClamAV .cvd or .cld
// database: "ClamAV-VDB:build time:version:signatures:functionality
// level:MD5:digital signature:builder:build time in seconds", padded with
// spaces. The time in seconds wins when present; a header shorter than
// 512 bytes, of another magic or whose date does not parse is an error.
func ParseCVDHeader(b []byte) (SignatureDB, error) {
	if len(b) < hostaccess.HeadSize {
		return SignatureDB{}, fmt.Errorf("ClamAV header: %d bytes, want %d: truncated", len(b), hostaccess.HeadSize)
	}
	h := strings.TrimRight(string(b[:hostaccess.HeadSize]), " \x00\n")
	for _, c := range []byte(h) {
		if c < 0x20 || c > 0x7e {
			return SignatureDB{}, errors.New("ClamAV header: not printable ASCII")
		}
	}
	f := strings.Split(h, ":")
	if len(f) < 8 || f[0] != "ClamAV-VDB" {
		return SignatureDB{}, fmt.Errorf("ClamAV header %q: not a ClamAV-VDB header", clip(h))
	}
	db := SignatureDB{Engine: "ClamAV", Builder: f[7]}
	v, err := strconv.Atoi(f[2])
	if err != nil || v < 0 {
		return SignatureDB{}, fmt.Errorf("ClamAV header: version %q", clip(f[2]))
	}
	db.Version = v
	if len(f) > 8 && strings.TrimSpace(f[8]) != "" {
		secs, err := strconv.ParseInt(strings.TrimSpace(f[8]), 10, 64)
		if err != nil || secs <= 0 {
			return SignatureDB{}, fmt.Errorf("ClamAV header: build time %q", clip(f[8]))
		}
		db.Built = time.Unix(secs, 0).UTC()
		return db, nil
	}
	t, err := time.Parse(cvdTime, f[1])
	if err != nil {
		return SignatureDB{}, fmt.Errorf("ClamAV header: build time %q", clip(f[1]))
	}
	db.Built = t.UTC()
	return db, nil
}
