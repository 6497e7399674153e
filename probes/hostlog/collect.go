package hostlog

import (
	"context"
	"errors"
	"io/fs"
	"path"
	"sort"
	"strings"

	"conformscan/probes/hostaccess"
	"conformscan/probes/macos"
	"conformscan/probes/winhost"
)

// reader reads a host's files through its access, recording what could
// not be read under a topic.
type reader struct {
	ctx context.Context
	acc hostaccess.Access
	f   *Facts
}

// read returns a file's content; nil when the layer proved it absent or
// when it could not be read (then recorded in f.Unread).
func (r reader) read(topic, p string) []byte {
	b, err := r.acc.ReadFile(r.ctx, p, maxFile)
	if err == nil {
		return b
	}
	if !errors.Is(err, fs.ErrNotExist) {
		r.unread(topic, p, err)
	}
	return nil
}

func (r reader) unread(topic, p string, err error) {
	r.f.Unread = append(r.f.Unread, Unread{Topic: topic, Path: r.acc.Source(p), Reason: err.Error()})
}

// exists tells whether p exists; an error other than absence is recorded.
func (r reader) exists(topic, p string) bool {
	_, err := r.acc.Stat(r.ctx, p)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		r.unread(topic, p, err)
	}
	return err == nil
}

// glob lists the regular files of dir matching pattern, sorted; a
// missing folder is none.
func (r reader) glob(topic, dir, pattern string) []string {
	ents, err := r.acc.ReadDir(r.ctx, dir)
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			r.unread(topic, dir, err)
		}
		return nil
	}
	var out []string
	for _, e := range ents {
		if ok, _ := path.Match(pattern, e.Name); ok && !e.Dir {
			out = append(out, path.Join(dir, e.Name))
		}
	}
	sort.Strings(out)
	return out
}

// Collect reads the host's logging configuration and accounts through
// acc. Files that cannot be read are recorded, not fatal: only the end of
// ctx stops it (a lost connection is the host-access gate's error).
func Collect(ctx context.Context, acc hostaccess.Access) (*Facts, error) {
	f := &Facts{Access: acc.Name()}
	if src, ok := acc.(winhost.Source); ok {
		snap, err := src.WindowsSnapshot(ctx)
		if err != nil {
			return f, err
		}
		FromSnapshot(f, snap)
		return f, ctx.Err()
	}
	if mac, err := macos.IsHost(ctx, acc); err != nil || mac {
		if err == nil {
			err = errors.New(macos.LogsNotRead)
		}
		return f, err
	}
	r := reader{ctx: ctx, acc: acc, f: f}
	for _, step := range []func(reader){readSSHD, readRsyslog, readSyslogNG, readJournal, readAuditd, readRetention, readAccounts, readGroups} {
		if err := ctx.Err(); err != nil {
			return f, err
		}
		step(r)
	}
	return f, ctx.Err()
}

// maxIncludeDepth bounds nested sshd Include directives.
const maxIncludeDepth = 4

func readSSHD(r reader) {
	const cfg = "/etc/ssh/sshd_config"
	b := r.read(TopicLogging, cfg)
	if b == nil {
		return
	}
	r.f.SSHD, r.f.SSHDConfig = true, r.acc.Source(cfg)
	r.sshdFile(cfg, b, 0)
}

// sshdFile applies one sshd file: the first LogLevel wins, Include
// directives are read in place.
func (r reader) sshdFile(p string, b []byte, depth int) {
	r.f.ConfigsRead = append(r.f.ConfigsRead, r.acc.Source(p))
	for _, d := range ParseSSHD(b) {
		switch {
		case d.Key == "loglevel" && r.f.LogLevel == nil:
			r.f.LogLevel = &Setting{Key: "LogLevel", Value: d.Value, Where: where(r.acc.Source(p), d.N)}
		case d.Key == "include" && depth < maxIncludeDepth:
			for _, pat := range strings.Fields(d.Value) {
				if !path.IsAbs(pat) {
					pat = path.Join("/etc/ssh", pat)
				}
				for _, inc := range r.glob(TopicLogging, path.Dir(pat), path.Base(pat)) {
					if ib := r.read(TopicLogging, inc); ib != nil {
						r.sshdFile(inc, ib, depth+1)
					}
				}
			}
		case d.Key == "include":
			r.unread(TopicLogging, p, errors.New("sshd Include nested too deep"))
		}
	}
}

func readRsyslog(r reader) {
	files := append([]string{"/etc/rsyslog.conf"}, r.glob(TopicLogging, "/etc/rsyslog.d", "*.conf")...)
	for _, p := range files {
		if b := r.read(TopicLogging, p); b != nil {
			r.f.ConfigsRead = append(r.f.ConfigsRead, r.acc.Source(p))
			auth, fwd := ParseRsyslog(r.acc.Source(p), b)
			r.f.AuthRules = append(r.f.AuthRules, auth...)
			r.f.Forwards = append(r.f.Forwards, fwd...)
		}
	}
}

func readSyslogNG(r reader) {
	files := append([]string{"/etc/syslog-ng/syslog-ng.conf"}, r.glob(TopicLogging, "/etc/syslog-ng/conf.d", "*.conf")...)
	for _, p := range files {
		if b := r.read(TopicLogging, p); b != nil {
			r.f.ConfigsRead = append(r.f.ConfigsRead, r.acc.Source(p))
			auth, fwd := ParseSyslogNG(r.acc.Source(p), b)
			r.f.AuthRules = append(r.f.AuthRules, auth...)
			r.f.Forwards = append(r.f.Forwards, fwd...)
			r.f.Retention.addNG(r.acc.Source(p), b)
		}
	}
}

// readJournal reads journald's Storage= and systemd-journal-upload's URL=
// when its unit is enabled.
func readJournal(r reader) {
	for _, p := range []string{"/lib/systemd/systemd-journald", "/usr/lib/systemd/systemd-journald"} {
		if r.exists(TopicLogging, p) {
			r.f.Journal = true
			break
		}
	}
	for _, p := range append([]string{"/etc/systemd/journald.conf"}, r.glob(TopicLogging, "/etc/systemd/journald.conf.d", "*.conf")...) {
		if b := r.read(TopicLogging, p); b != nil {
			r.f.ConfigsRead = append(r.f.ConfigsRead, r.acc.Source(p))
			kv := ParseKeyValues(r.acc.Source(p), b)
			if s, ok := kv["Storage"]; ok {
				r.f.JournalStorage = &s
			}
			r.f.Retention.journalKeys(kv)
		}
	}
	if len(r.glob(TopicLogging, "/etc/systemd/system/multi-user.target.wants", "systemd-journal-upload.service")) == 0 {
		return
	}
	var url *Setting
	for _, p := range append([]string{"/etc/systemd/journal-upload.conf"}, r.glob(TopicLogging, "/etc/systemd/journal-upload.conf.d", "*.conf")...) {
		if b := r.read(TopicLogging, p); b != nil {
			r.f.ConfigsRead = append(r.f.ConfigsRead, r.acc.Source(p))
			if s, ok := ParseKeyValues(r.acc.Source(p), b)["URL"]; ok && s.Value != "" {
				url = &s
			}
		}
	}
	if url != nil {
		r.f.Forwards = append(r.f.Forwards, uploadForward(*url))
	}
}

// uploadForward names journal-upload's destination from its URL.
func uploadForward(s Setting) Forward {
	u := s.Value
	proto, rest, ok := strings.Cut(u, "://")
	if !ok {
		proto, rest = "https", u
	}
	hostport, _, _ := strings.Cut(rest, "/")
	fw := legacyForward("@" + hostport)
	fw.Via, fw.Protocol, fw.Where = "journal-upload", proto, s.Where
	return fw
}

func readAuditd(r reader) {
	for _, p := range []string{"/sbin/auditd", "/usr/sbin/auditd"} {
		if r.exists(TopicLogging, p) {
			r.f.Auditd = true
			break
		}
	}
	if r.exists(TopicLogging, "/etc/audit/audit.rules") {
		r.f.AuditRules = append(r.f.AuditRules, r.acc.Source("/etc/audit/audit.rules"))
	}
	for _, p := range r.glob(TopicLogging, "/etc/audit/rules.d", "*.rules") {
		r.f.AuditRules = append(r.f.AuditRules, r.acc.Source(p))
	}
}

// readAccounts reads /etc/passwd and /etc/shadow, and for each account
// with a login shell whether an authorized_keys file exists.
func readAccounts(r reader) {
	pb := r.read(TopicAccounts, "/etc/passwd")
	if pb == nil {
		if len(r.f.UnreadOf(TopicAccounts)) == 0 {
			r.unread(TopicAccounts, "/etc/passwd", fs.ErrNotExist)
		}
		return
	}
	r.f.PasswdRead = true
	r.f.Accounts = ParsePasswd(r.acc.Source("/etc/passwd"), pb)
	sb, err := r.acc.ReadFile(r.ctx, "/etc/shadow", maxFile)
	var shadow map[string]string
	switch {
	case err == nil:
		r.f.ShadowRead, shadow = true, ParseShadow(sb)
	case errors.Is(err, fs.ErrNotExist):
		r.f.ShadowRead = true // no shadow file: passwd's field is the password
	default:
		r.unread(TopicAccounts, "/etc/shadow", err)
	}
	homes := homesOf(pb)
	for i := range r.f.Accounts {
		a := &r.f.Accounts[i]
		if st, ok := shadow[a.Name]; ok {
			a.Password = st
		}
		if LoginShell(a.Shell) && homes[a.Name] != "" {
			a.Keys = r.exists(TopicAccounts, path.Join(homes[a.Name], ".ssh/authorized_keys"))
		}
	}
}

// homesOf maps account names to their home folders.
func homesOf(b []byte) map[string]string {
	out := map[string]string{}
	for _, l := range lines(b) {
		if f := strings.Split(l.Text, ":"); len(f) == 7 && path.IsAbs(f[5]) {
			out[f[0]] = path.Clean(f[5])
		}
	}
	return out
}

// LoginShell tells whether a shell lets the account open a session.
func LoginShell(sh string) bool {
	switch path.Base(sh) {
	case "nologin", "false", "sync", "shutdown", "halt", "":
		return false
	}
	return true
}

// readGroups reads the administration groups of /etc/group (3.2).
func readGroups(r reader) {
	b := r.read(TopicAdmins, "/etc/group")
	if b == nil {
		if len(r.f.UnreadOf(TopicAdmins)) == 0 {
			r.unread(TopicAdmins, "/etc/group", fs.ErrNotExist)
		}
		return
	}
	r.f.GroupRead = true
	r.f.AdminGroups = ParseGroup(r.acc.Source("/etc/group"), b)
}
