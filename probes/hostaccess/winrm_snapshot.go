package hostaccess

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"conformscan/probes/winhost"
)

// WinRM implements winhost.Source.
var _ winhost.Source = (*WinRM)(nil)

// WindowsSnapshot runs the snapshot script (winscripts/snapshot.ps1), the
// security script (winhost's winscripts/security.ps1) and 'net accounts',
// and decodes them strictly: a snapshot script that did not print one
// complete snapshot is an error; security sections or an account policy
// not read are Problems and nil fields, never defaults.
func (w *WinRM) WindowsSnapshot(ctx context.Context) (*winhost.Snapshot, error) {
	out, err := w.Run(ctx, "windows-snapshot")
	if err != nil {
		return nil, err
	}
	raw, err := base64.StdEncoding.DecodeString(lastLine(out))
	if err != nil {
		return nil, fmt.Errorf("%s: Windows snapshot: the script's output is not base64", w.Name())
	}
	snap, err := winhost.Decode(raw)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", w.Name(), err)
	}
	if snap.Collector != "winrm" {
		return nil, fmt.Errorf("%s: Windows snapshot from collector %q, want \"winrm\"", w.Name(), clip(snap.Collector))
	}
	if err := w.securitySections(ctx, snap); err != nil {
		return nil, err
	}
	pol, err := w.accountPolicy(ctx)
	if err != nil {
		if w.Lost() != nil {
			return nil, err
		}
		snap.Policy = nil
		snap.Problems = append(snap.Problems, winhost.Problem{Source: "account_policy", Error: err.Error()})
		return snap, nil
	}
	snap.Policy = pol
	return snap, nil
}

// securitySources are the problems' sources of the security sections
// when their script could not run at all.
var securitySources = []string{"security.malware", "audit_policy", "event_forwarding", "disk_encryption", "firewall"}

// securitySections runs the security script (winhost's security.ps1) and
// merges its sections; a script that failed or printed no complete report
// makes every section a problem (left nil), and only a lost connection
// is an error of the whole snapshot.
func (w *WinRM) securitySections(ctx context.Context, snap *winhost.Snapshot) error {
	out, err := w.Run(ctx, "windows-security")
	var rep *winhost.SecurityReport
	if err == nil {
		rep, err = winhost.DecodeSecurityReport([]byte(lastLine(out)))
	}
	if err != nil {
		if w.Lost() != nil {
			return err
		}
		for _, src := range securitySources {
			snap.Problems = append(snap.Problems, winhost.Problem{Source: src, Error: fmt.Sprintf("%s: %v", w.Name(), err)})
		}
		return nil
	}
	snap.MergeSecurity(rep)
	return nil
}

// lastLine is the last non-blank line of out (a profile or module may
// print before the script's one line).
func lastLine(out []byte) string {
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	return strings.TrimSpace(lines[len(lines)-1])
}

func (w *WinRM) accountPolicy(ctx context.Context) (*winhost.Policy, error) {
	out, err := w.Run(ctx, "net", "accounts")
	if err != nil {
		return nil, err
	}
	return ParseNetAccountsOrder(out)
}

// ParseNetAccountsOrder reads 'net accounts' by line order, whatever the
// display language: force logoff, minimum age, maximum age, minimum
// length, history, lockout threshold, lockout duration, observation
// window. A word (not a number) is "Unlimited" for the maximum age (-1)
// and "None"/"Never" for the history and the threshold (0); the minimum
// age and length must be numbers, or the output is not understood.
// Complexity is not shown by 'net accounts': it stays nil (not read).
func ParseNetAccountsOrder(b []byte) (*winhost.Policy, error) {
	var vals []string
	for _, l := range strings.Split(strings.ReplaceAll(string(b), "\r", ""), "\n") {
		if i := strings.LastIndexByte(l, ':'); i > 0 {
			vals = append(vals, strings.TrimSpace(l[i+1:]))
		}
	}
	if len(vals) < 8 {
		return nil, fmt.Errorf("net accounts: %d labelled lines, want 8 or more", len(vals))
	}
	num := func(i int) *int {
		n, err := strconv.Atoi(vals[i])
		if err != nil || n < 0 {
			return nil
		}
		return &n
	}
	word := func(i, def int) *int {
		if p := num(i); p != nil {
			return p
		}
		if vals[i] == "" || strings.ContainsAny(vals[i], "0123456789") {
			return nil
		}
		return &def
	}
	p := &winhost.Policy{MinAgeDays: num(1), MaxAgeDays: word(2, -1), MinLength: num(3),
		History: word(4, 0), LockoutThreshold: word(5, 0), LockoutMinutes: num(6)}
	if p.MinAgeDays == nil || p.MinLength == nil {
		return nil, errors.New("net accounts: minimum age or length is not a number (output not understood)")
	}
	return p, nil
}

// ReadFile reads a file (C:\... path) through pathop.ps1, at most max
// bytes. A POSIX path does not exist on a Windows host.
func (w *WinRM) ReadFile(ctx context.Context, p string, max int64) ([]byte, error) {
	if err := w.checkPath(p); err != nil {
		return nil, err
	}
	out, err := w.runRule(ctx, max, []string{"read-file", p})
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", w.Source(p), err)
	}
	b, err := base64.StdEncoding.DecodeString(lastLine(out))
	if err != nil {
		return nil, fmt.Errorf("read %s: the script's output is not base64", w.Source(p))
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("read %s: %w", w.Source(p), ErrTooLarge)
	}
	return b, nil
}

// ReadDir lists a folder through pathop.ps1.
func (w *WinRM) ReadDir(ctx context.Context, p string) ([]Entry, error) {
	var es []Entry
	if err := w.pathJSON(ctx, "list-dir", p, &es); err != nil {
		return nil, err
	}
	out := es[:0]
	for _, e := range es {
		if e.Name != "" && e.Name != "." && e.Name != ".." && !strings.ContainsAny(e.Name, `/\`) {
			out = append(out, e)
		}
	}
	return out, nil
}

// Stat describes a path through pathop.ps1.
func (w *WinRM) Stat(ctx context.Context, p string) (Entry, error) {
	var e Entry
	err := w.pathJSON(ctx, "stat", p, &e)
	return e, err
}

func (w *WinRM) pathJSON(ctx context.Context, op, p string, v any) error {
	if err := w.checkPath(p); err != nil {
		return err
	}
	out, err := w.runRule(ctx, MaxOutput, []string{op, p})
	if err != nil {
		return err
	}
	raw, err := base64.StdEncoding.DecodeString(lastLine(out))
	if err != nil {
		return fmt.Errorf("%s %s: the script's output is not base64", op, w.Source(p))
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%s %s: %w", op, w.Source(p), err)
	}
	return nil
}

// checkPath: a POSIX path (/etc/os-release) is a Linux probe on a
// Windows host, an error (errors.ErrUnsupported), never "no such file"
// (which a probe could read as "nothing configured"); any other path that
// is not an absolute Windows path is refused.
func (w *WinRM) checkPath(p string) error {
	if strings.HasPrefix(p, "/") {
		w.misreadOnce(p)
		return fmt.Errorf("%s: %s: a Windows host has no POSIX path: %w", w.Name(), clip(p), errors.ErrUnsupported)
	}
	if winPath(p) == "" {
		return fmt.Errorf("%w (WinRM): not an absolute Windows path: %s", ErrNotAllowed, clip(p))
	}
	return nil
}
