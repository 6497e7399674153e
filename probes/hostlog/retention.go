package hostlog

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"strings"
)

// TopicRetention: a file that says how long authentication traces stay
// (logrotate, auditd; 8.15), unread or not parsed completely.
const TopicRetention = "retention"

// Retention is what a Linux host's configuration says of how long its
// authentication traces stay on the host (8.15).
type Retention struct {
	// Files are the local files auth/authpriv messages are written to,
	// each with the logrotate settings that apply to it.
	Files []AuthFile `json:"files,omitempty"`
	// Logrotate: /etc/logrotate.conf exists and was read.
	Logrotate bool `json:"logrotate"`
	// LogrotateRead names the logrotate files read.
	LogrotateRead []string `json:"logrotate_read,omitempty"`
	// JournalKeys are journald's retention settings (MaxRetentionSec,
	// SystemMaxUse, SystemKeepFree, SystemMaxFileSize, SystemMaxFiles),
	// last value wins.
	JournalKeys map[string]Setting `json:"journal_keys,omitempty"`
	// JournalDir: /var/log/journal exists (Storage=auto keeps the journal
	// there, else in /run, lost at reboot).
	JournalDir bool `json:"journal_dir"`
	// Auditd holds auditd.conf's settings (nil: not read or absent).
	Auditd map[string]Setting `json:"auditd,omitempty"`
}

// AuthFile is one local file of authentication traces.
type AuthFile struct {
	Path string `json:"path"`
	// Rule is where the syslog rule writing it is.
	Rule string `json:"rule"`
	// Rotation is the logrotate block rotating it (nil: none matches).
	Rotation *Rotation `json:"rotation,omitempty"`
}

// Rotation is the logrotate settings in force for one file: the
// globals at the block's definition, then the block's own.
type Rotation struct {
	Pattern string `json:"pattern"`
	Block   string `json:"block"`
	// Rotate: nil is logrotate's default, 0 (no old log kept).
	Rotate *Setting `json:"rotate,omitempty"`
	// Criterion is the last of hourly, daily, weekly, monthly, yearly,
	// size (Key names it); nil is logrotate's default, size 1M.
	Criterion *Setting `json:"criterion,omitempty"`
	MaxAge    *Setting `json:"maxage,omitempty"`
	MaxSize   *Setting `json:"maxsize,omitempty"`
}

// journalRetentionKeys are the journald settings 8.15 reports.
var journalRetentionKeys = []string{"MaxRetentionSec", "SystemMaxUse", "SystemKeepFree", "SystemMaxFileSize", "SystemMaxFiles"}

// journalKeys records journald's retention settings of one file.
func (t *Retention) journalKeys(kv map[string]Setting) {
	for _, k := range journalRetentionKeys {
		if s, ok := kv[k]; ok {
			if t.JournalKeys == nil {
				t.JournalKeys = map[string]Setting{}
			}
			t.JournalKeys[k] = s
		}
	}
}

// maxIncludes bounds the logrotate files read through include.
const maxIncludes = 256

// lrTaboo are the file name endings logrotate skips in an included
// folder (its default tabooext list).
var lrTaboo = []string{",v", ".cfsaved", ".disabled", ".dpkg-bak", ".dpkg-del", ".dpkg-dist", ".dpkg-new", ".dpkg-old",
	".dpkg-tmp", ".rhn-cfg-tmp", ".rpmnew", ".rpmorig", ".rpmsave", ".swp", ".ucf-dist", ".ucf-new", ".ucf-old", "~"}

// lrWalk reads logrotate files in order, globals carried through
// includes as logrotate does.
type lrWalk struct {
	r      reader
	global map[string]Setting
	blocks []resolvedBlock
	files  int
}

type resolvedBlock struct {
	patterns []string
	rot      Rotation
}

// readRetention reads where auth traces are written and how long they
// stay: the syslog file targets, logrotate, journald's folder, auditd.
func readRetention(r reader) {
	t := &r.f.Retention
	for _, a := range r.f.AuthRules {
		if p := syslogFile(a); p != "" {
			t.Files = append(t.Files, AuthFile{Path: p, Rule: a.Where})
		}
	}
	t.JournalDir = r.f.Journal && r.exists(TopicRetention, "/var/log/journal")
	if r.f.Auditd {
		if b := r.read(TopicRetention, "/etc/audit/auditd.conf"); b != nil {
			t.Auditd = ParseKeyValues(r.acc.Source("/etc/audit/auditd.conf"), b)
		}
	}
	const conf = "/etc/logrotate.conf"
	w := &lrWalk{r: r, global: map[string]Setting{}}
	b := r.read(TopicRetention, conf)
	if b == nil {
		return
	}
	t.Logrotate = true
	w.file(conf, b)
	for i := range t.Files {
		t.Files[i].Rotation = w.match(t.Files[i].Path)
	}
}

// syslogFile returns the file of an rsyslog file action ("-/var/log/auth.log;T")
// or of a syslog-ng file destination recorded as "file(/var/log/auth.log)".
func syslogFile(a Setting) string {
	v := a.Value
	if strings.HasPrefix(v, "file(") {
		return strings.TrimSuffix(strings.TrimPrefix(v, "file("), ")")
	}
	v = strings.TrimPrefix(v, "-")
	if !strings.HasPrefix(v, "/") {
		return ""
	}
	v, _, _ = strings.Cut(v, ";")
	return strings.Fields(v)[0]
}

// file applies one logrotate file's statements in order.
func (w *lrWalk) file(p string, b []byte) {
	w.files++
	label := w.r.acc.Source(p)
	w.r.f.Retention.LogrotateRead = append(w.r.f.Retention.LogrotateRead, label)
	items, err := ParseLogrotate(label, b)
	if err != nil {
		w.r.unread(TopicRetention, label, err)
	}
	for _, it := range items {
		switch {
		case it.Block != nil:
			rot := w.apply(it.Block)
			w.blocks = append(w.blocks, resolvedBlock{patterns: it.Block.Patterns, rot: rot})
		case it.Directive.Key == "include":
			w.include(it.Directive)
		default:
			applyRotation(w.global, *it.Directive)
		}
	}
}

// apply resolves a block's settings over the current globals.
func (w *lrWalk) apply(b *LRBlock) Rotation {
	st := map[string]Setting{}
	for k, v := range w.global {
		st[k] = v
	}
	for _, d := range b.Directives {
		applyRotation(st, d)
	}
	rot := Rotation{Block: b.Where}
	for k, dst := range map[string]**Setting{"rotate": &rot.Rotate, "criterion": &rot.Criterion, "maxage": &rot.MaxAge, "maxsize": &rot.MaxSize} {
		if s, ok := st[k]; ok {
			*dst = &s
		}
	}
	return rot
}

// applyRotation records a directive the retention depends on.
func applyRotation(st map[string]Setting, d Setting) {
	switch d.Key {
	case "hourly", "daily", "weekly", "monthly", "yearly", "size":
		st["criterion"] = d
	case "rotate", "maxage", "maxsize":
		st[d.Key] = d
	}
}

// include reads an included file, or the files of an included folder
// (sorted, logrotate's taboo endings skipped).
func (w *lrWalk) include(d *Setting) {
	p := d.Value
	if !path.IsAbs(p) {
		w.r.unread(TopicRetention, d.Where, errors.New("include of a relative path "+p))
		return
	}
	st, err := w.r.acc.Stat(w.r.ctx, p)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			err = errors.New("included path does not exist: " + p)
		}
		w.r.unread(TopicRetention, d.Where, err)
		return
	}
	files := []string{p}
	if st.Dir {
		files = nil
		for _, f := range w.r.glob(TopicRetention, p, "*") {
			if !taboo(f) {
				files = append(files, f)
			}
		}
	}
	for _, f := range files {
		if w.files >= maxIncludes {
			w.r.unread(TopicRetention, d.Where, errors.New("too many logrotate files included"))
			return
		}
		if b := w.r.read(TopicRetention, f); b != nil {
			w.file(f, b)
		}
	}
}

func taboo(name string) bool {
	for _, t := range lrTaboo {
		if strings.HasSuffix(name, t) {
			return true
		}
	}
	return false
}

// match returns the rotation of the first block naming p (logrotate
// keeps the first and reports later duplicates), nil when none does.
func (w *lrWalk) match(p string) *Rotation {
	for _, b := range w.blocks {
		for _, pat := range b.patterns {
			if ok, _ := path.Match(pat, p); ok || pat == p {
				rot := b.rot
				rot.Pattern = pat
				return &rot
			}
		}
	}
	return nil
}

var ngFileDest = regexp.MustCompile(`\bfile\s*\(\s*"([^"]+)"`)

// SyslogNGAuthFiles returns the files written by the syslog-ng log paths
// of a file whose filter selects auth/authpriv, as "file(PATH)" settings.
func SyslogNGAuthFiles(label string, b []byte) []Setting {
	text := stripComments(b)
	files := map[string][]string{}
	for _, m := range ngBlock.FindAllStringSubmatch(text, -1) {
		if m[1] == "destination" {
			for _, f := range ngFileDest.FindAllStringSubmatch(m[3], -1) {
				files[m[2]] = append(files[m[2]], f[1])
			}
		}
	}
	var out []Setting
	for _, a := range fromNGLog(label, text) {
		for _, f := range files[a.dest] {
			out = append(out, Setting{Key: "log", Value: "file(" + f + ")", Where: a.where})
		}
	}
	return out
}

type ngAuthDest struct{ dest, where string }

// fromNGLog lists the destinations of the log paths filtering auth.
func fromNGLog(label, text string) []ngAuthDest {
	auth, _ := ParseSyslogNG(label, []byte(text))
	var out []ngAuthDest
	for _, a := range auth {
		out = append(out, ngAuthDest{dest: strings.TrimSuffix(strings.TrimPrefix(a.Value, "destination("), ")"), where: a.Where})
	}
	return out
}

// addNG records the files syslog-ng's auth log paths write.
func (t *Retention) addNG(label string, b []byte) {
	for _, s := range SyslogNGAuthFiles(label, b) {
		t.Files = append(t.Files, AuthFile{Path: syslogFile(s), Rule: s.Where})
	}
}

// timespanUnits are systemd's time span units, in days.
var timespanUnits = map[string]float64{
	"us": 1.0 / 864e8, "usec": 1.0 / 864e8, "ms": 1.0 / 864e5, "msec": 1.0 / 864e5,
	"s": 1.0 / 86400, "sec": 1.0 / 86400, "second": 1.0 / 86400, "seconds": 1.0 / 86400,
	"m": 1.0 / 1440, "min": 1.0 / 1440, "minute": 1.0 / 1440, "minutes": 1.0 / 1440,
	"h": 1.0 / 24, "hr": 1.0 / 24, "hour": 1.0 / 24, "hours": 1.0 / 24,
	"d": 1, "day": 1, "days": 1, "w": 7, "week": 7, "weeks": 7,
	"M": 30.44, "month": 30.44, "months": 30.44, "y": 365.25, "year": 365.25, "years": 365.25,
}

var timespanPart = regexp.MustCompile(`^([0-9]+(?:\.[0-9]+)?)\s*([a-zA-Z]*)`)

// TimespanDays reads a systemd time span ("548d", "1y 6month", "3600")
// in days; a bare number is seconds.
func TimespanDays(v string) (float64, error) {
	s := strings.TrimSpace(v)
	if s == "" {
		return 0, errors.New("empty time span")
	}
	total := 0.0
	for s != "" {
		m := timespanPart.FindStringSubmatch(s)
		if m == nil {
			return 0, errors.New("bad time span " + clip(v))
		}
		unit, ok := timespanUnits[m[2]]
		if m[2] == "" {
			unit, ok = 1.0/86400, true
		}
		if !ok {
			return 0, errors.New("bad time span unit in " + clip(v))
		}
		var n float64
		if _, err := fmt.Sscan(m[1], &n); err != nil {
			return 0, errors.New("bad time span " + clip(v))
		}
		total += n * unit
		s = strings.TrimSpace(s[len(m[0]):])
	}
	return total, nil
}
