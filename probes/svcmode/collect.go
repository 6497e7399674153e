package svcmode

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"

	"conformscan/probes/hostaccess"
	"conformscan/probes/winhost"
)

// maxAncestry bounds the parents walked up from a process.
const maxAncestry = 32

type reader struct {
	ctx   context.Context
	acc   hostaccess.Access
	f     *Facts
	users map[int]string
}

func (r *reader) unread(p string, err error) {
	r.f.Unread = append(r.f.Unread, Unread{Path: p, Reason: err.Error()})
}

// Collect reads the host through acc. An offline root runs no process:
// the facts say so (Offline) and nothing else is read.
func Collect(ctx context.Context, acc hostaccess.Access) (*Facts, error) {
	f := &Facts{Access: acc.Name(), Offline: acc.Offline()}
	if src, ok := acc.(winhost.Source); ok {
		snap, err := src.WindowsSnapshot(ctx)
		if err != nil {
			return f, fmt.Errorf("Windows snapshot: %w", err)
		}
		FromSnapshot(f, snap)
		return f, ctx.Err()
	}
	if acc.Offline() {
		return f, nil
	}
	r := &reader{ctx: ctx, acc: acc, f: f, users: map[int]string{}}
	if b, err := acc.ReadFile(ctx, "/etc/passwd", maxFile); err == nil {
		r.users = UserNames(b)
	}
	if st, ok := r.status(1); ok {
		f.Init = st.Name
	}
	out, err := acc.Run(ctx, SSArgv()...)
	if err != nil {
		r.unread(strings.Join(SSArgv(), " "), err)
		return f, ctx.Err()
	}
	f.ListeningRead = true
	r.processes(ParseSS(out))
	return f, ctx.Err()
}

// processes groups the sockets by process and reads each one.
func (r *reader) processes(socks []Socket) {
	byPID := map[int]*Process{}
	var pids []int
	for _, s := range socks {
		port := fmt.Sprintf("%s %s:%d", s.Proto, s.Addr, s.Port)
		if len(s.PIDs) == 0 {
			r.f.Hidden = append(r.f.Hidden, s)
			continue
		}
		for i, pid := range s.PIDs {
			p := byPID[pid]
			if p == nil {
				p = &Process{PID: pid, Name: s.Names[i]}
				byPID[pid] = p
				pids = append(pids, pid)
			}
			p.Ports = append(p.Ports, port)
		}
	}
	sort.Ints(pids)
	for _, pid := range pids {
		p := byPID[pid]
		r.process(p)
		r.f.Processes = append(r.f.Processes, *p)
	}
}

// process reads one process's cgroup, session, user and ancestry.
func (r *reader) process(p *Process) {
	dir := "/proc/" + strconv.Itoa(p.PID)
	p.Where = r.acc.Source(dir)
	st, ok := r.status(p.PID)
	if !ok {
		return // gone, or unreadable: recorded by status
	}
	p.User = r.user(st.UID)
	if b, err := r.acc.ReadFile(r.ctx, dir+"/cgroup", maxFile); err == nil {
		p.Cgroup = ParseCgroup(b)
	} else {
		r.unread(r.acc.Source(dir+"/cgroup"), err)
	}
	if b, err := r.acc.ReadFile(r.ctx, dir+"/sessionid", 64); err == nil {
		if s := strings.TrimSpace(string(b)); s != "4294967295" && s != "" {
			p.Session = s
		}
	}
	ppid := st.PPid
	for i := 0; i < maxAncestry && ppid > 0; i++ {
		pst, ok := r.status(ppid)
		if !ok {
			break
		}
		p.Ancestry = append(p.Ancestry, pst.Name)
		ppid = pst.PPid
	}
}

// status reads /proc/PID/status; a process gone is not an error (it
// ended between ss and the read), another failure is recorded.
func (r *reader) status(pid int) (Status, bool) {
	p := "/proc/" + strconv.Itoa(pid) + "/status"
	b, err := r.acc.ReadFile(r.ctx, p, maxFile)
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			r.unread(r.acc.Source(p), err)
		}
		return Status{}, false
	}
	st, ok := ParseStatus(b)
	if !ok {
		r.unread(r.acc.Source(p), errors.New("Name, PPid or Uid missing"))
	}
	return st, ok
}

func (r *reader) user(uid int) string {
	if n, ok := r.users[uid]; ok {
		return fmt.Sprintf("%s (uid %d)", n, uid)
	}
	return fmt.Sprintf("uid %d", uid)
}
