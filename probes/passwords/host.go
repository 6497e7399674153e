package passwords

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"

	"conformscan/inputs"
	"conformscan/probes/hostaccess"
	"conformscan/probes/macos"
)

// hostFiles reads a host's policy files through its access: evidence
// names the access's source ("ssh://host/etc/pam.d/common-password:25").
type hostFiles struct {
	ctx context.Context
	acc hostaccess.Access
}

// read returns a file's source label and content; a missing file is
// (label, nil, nil).
func (h hostFiles) read(p string) (string, []byte, error) {
	label := h.acc.Source(p)
	b, err := h.acc.ReadFile(h.ctx, p, maxFile)
	if errors.Is(err, fs.ErrNotExist) {
		return label, nil, nil
	}
	if _, local := h.acc.(hostaccess.Local); err != nil && local {
		return label, nil, fmt.Errorf("%w (run as a user who can read it)", err)
	}
	if err != nil {
		return label, nil, err
	}
	return label, b, nil
}

// rootAccess is the access of --passwords-root: the local machine for
// "/", an offline root otherwise.
func rootAccess(root string) hostaccess.Access {
	if root == "" || root == "/" {
		return hostaccess.Local{}
	}
	return hostaccess.NewRoot(root)
}

// ReadLinuxFrom reads a host's password policy through acc (see
// ReadLinux).
func ReadLinuxFrom(ctx context.Context, acc hostaccess.Access) (*Policy, error) {
	if mac, err := macos.IsHost(ctx, acc); err != nil || mac {
		if err == nil {
			err = errors.New(macos.PasswordPolicyNotRead)
		}
		return nil, err
	}
	return readLinux(hostFiles{ctx: ctx, acc: acc})
}

// CollectHost reads a host audited through acc (over SSH, an offline
// root): its Linux policy and the configuration paths named on it
// (--host-config-path). The Windows exports and the declared policy are
// files of the machine conformscan runs on: they are not the host's.
func CollectHost(ctx context.Context, o *Options, acc hostaccess.Access) (*Facts, error) {
	f := &Facts{Policies: []Policy{}}
	var errs []error
	p, err := ReadLinuxFrom(ctx, acc)
	errs = append(errs, err)
	if p != nil {
		p.Scope = ScopeAll
		f.Policies = append(f.Policies, *p)
	}
	if err := ctx.Err(); err != nil {
		return f, err
	}
	h := hostFiles{ctx: ctx, acc: acc}
	for _, root := range o.HostConfigPaths {
		count := 0
		if err := h.walk(root, 0, &count, f); err != nil {
			errs = append(errs, fmt.Errorf("--host-config-path %s: %w", root, err))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return f, fmt.Errorf("password policies of %s: %w", acc.Name(), err)
	}
	return f, nil
}

// maxWalkDepth bounds the folders walked under one --host-config-path,
// maxHostConfigFiles the files read under it (as --config-path's cap).
const (
	maxWalkDepth       = 32
	maxHostConfigFiles = 2000
)

// walk scans a file, or a folder's regular files, up to
// maxHostConfigFiles. As for --config-path, a file that cannot be read
// whole (unreadable, too large, binary, past the cap) does not stop the
// walk: it is recorded in f.Skipped, and the refs fed by the walk cannot
// pass. Only a lost connection or the end of ctx stops it.
func (h hostFiles) walk(p string, depth int, count *int, f *Facts) error {
	if err := h.ctx.Err(); err != nil {
		return err
	}
	if depth > maxWalkDepth {
		h.skip(f, p, fmt.Sprintf("more than %d folders deep", maxWalkDepth))
		return nil
	}
	st, err := h.acc.Stat(h.ctx, p)
	if err != nil {
		return h.skipErr(f, p, err)
	}
	if st.Dir {
		return h.walkDir(p, depth, count, f)
	}
	return h.file(p, st, count, f)
}

// walkDir walks a folder's entries as --config-path does on this
// machine, whatever the access says of an entry's type (over SSH "ls -p"
// only tells folders apart): each entry that is not a folder is
// stat'ed, following links; a link to a file is read, a link to a
// folder is not followed, a FIFO, device or socket is not read.
func (h hostFiles) walkDir(p string, depth int, count *int, f *Facts) error {
	ents, err := h.acc.ReadDir(h.ctx, p)
	if err != nil {
		return h.skipErr(f, p, err)
	}
	for _, e := range ents {
		q := path.Join(p, e.Name)
		if e.Dir {
			if err := h.walk(q, depth+1, count, f); err != nil {
				return err
			}
			continue
		}
		st, err := h.acc.Stat(h.ctx, q)
		switch {
		case err != nil:
			err = h.skipErr(f, q, err)
		case st.Dir:
			h.skip(f, q, "symbolic link to a directory, not followed: give that directory as its own --host-config-path")
		default:
			err = h.file(q, st, count, f)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// file scans p, a regular file (or a link to one), within the cap; a
// FIFO, a device or a socket is not read (a FIFO would block the read).
func (h hostFiles) file(p string, st hostaccess.Entry, count *int, f *Facts) error {
	if !st.Regular {
		h.skip(f, p, "not a regular file (a FIFO, a device or a socket): not read")
		return nil
	}
	if *count++; *count > maxHostConfigFiles {
		h.skip(f, p, fmt.Sprintf("past the cap of %d files: give narrower --host-config-path values", maxHostConfigFiles))
		return nil
	}
	return h.scan(p, f)
}

// skip records a file the walk could not read whole.
func (h hostFiles) skip(f *Facts, p, why string) {
	f.Skipped = append(f.Skipped, inputs.Skipped{Path: h.acc.Source(p), Reason: why})
}

// skipErr records err for p and goes on, unless the context ended (then
// the walk stops and the probe is an error).
func (h hostFiles) skipErr(f *Facts, p string, err error) error {
	if h.ctx.Err() != nil {
		return h.ctx.Err()
	}
	h.skip(f, p, err.Error())
	return nil
}

func (h hostFiles) scan(p string, f *Facts) error {
	label, b, err := h.read(p)
	switch {
	case err != nil:
		return h.skipErr(f, p, err)
	case b == nil:
		return nil
	case containsNUL(b):
		h.skip(f, p, "binary data (a NUL byte), not text: not searched")
		return nil
	}
	f.ConfigFiles = append(f.ConfigFiles, label)
	for _, s := range ScanConfig(label, b) {
		if s.Form == "cleartext" {
			f.Secrets = append(f.Secrets, s)
		} else {
			f.Hashed = append(f.Hashed, s)
		}
	}
	return nil
}

func containsNUL(b []byte) bool {
	for _, c := range b {
		if c == 0 {
			return true
		}
	}
	return false
}
