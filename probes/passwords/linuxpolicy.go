package passwords

import (
	"context"
)

// ReadLinux reads the host's password policy: PAM's password and auth
// stacks, pwquality.conf when pam_pwquality is in the stack, faillock.conf,
// and login.defs for ages. It returns nil when no PAM password stack is
// found (not a PAM system). root is a folder read as the host's root
// ("/": this machine).
func ReadLinux(ctx context.Context, root string) (*Policy, error) {
	return ReadLinuxFrom(ctx, rootAccess(root))
}

func readLinux(root hostFiles) (*Policy, error) {
	stack, stackFile, err := readStack(root, pamPasswordFiles, "password")
	if err != nil || stack == nil {
		return nil, err
	}
	p := &Policy{Name: stackFile, Kind: KindLinux}
	quality, err := applyQuality(root, p, stack, stackFile)
	if err != nil {
		return p, err
	}
	if !quality {
		applyUnix(p, stack, stackFile)
	}
	applyHistory(p, stack, stackFile)
	auth, authFile, err := readStack(root, pamAuthFiles, "auth")
	if err == nil {
		err = applyLockout(root, p, auth, authFile)
	}
	return p, errorsJoin(err, applyLoginDefs(root, p))
}

// readStack returns the module lines of type typ of the first PAM file
// that exists among files.
func readStack(root hostFiles, files []string, typ string) ([]pamLine, string, error) {
	for _, f := range files {
		path, b, err := root.read(f)
		if err != nil {
			return nil, path, err
		}
		if b == nil {
			continue
		}
		var out []pamLine
		for _, l := range parsePAM(path, b) {
			if l.Type == typ {
				out = append(out, l)
			}
		}
		return out, path, nil
	}
	return nil, "", nil
}

func findModule(stack []pamLine, names ...string) *pamLine {
	for i := range stack {
		for _, n := range names {
			if stack[i].Module == n {
				return &stack[i]
			}
		}
	}
	return nil
}

// applyUnix records what pam_unix alone enforces: a length (minlen,
// default 6), no character class, no dictionary.
func applyUnix(p *Policy, stack []pamLine, file string) {
	src := file + ": pam_pwquality/pam_cracklib absent from the password stack"
	minlen := 6
	if u := findModule(stack, "pam_unix"); u != nil {
		src = u.Where + " (no pam_pwquality/pam_cracklib)"
		if n, ok := atoi(u.Args["minlen"]); ok {
			minlen = n
		}
	}
	p.MinLength = intp(minlen)
	p.RequireUpper, p.RequireLower, p.RequireDigit, p.RequireSpecial = boolp(false), boolp(false), boolp(false), boolp(false)
	p.MinClasses, p.Dictionary = intp(0), boolp(false)
	for _, f := range []string{"min_length", "require_upper", "require_digit", "require_special", "min_classes", "dictionary"} {
		p.set(f, src)
	}
}

// applyHistory reads pam_pwhistory remember= (default 10) or pam_unix
// remember=.
func applyHistory(p *Policy, stack []pamLine, file string) {
	if h := findModule(stack, "pam_pwhistory"); h != nil {
		n, ok := atoi(h.Args["remember"])
		if !ok {
			n = 10
		}
		p.HistoryLength = intp(n)
		p.set("history_length", h.Where)
		return
	}
	if u := findModule(stack, "pam_unix"); u != nil {
		if n, ok := atoi(u.Args["remember"]); ok {
			p.HistoryLength = intp(n)
			p.set("history_length", u.Where)
			return
		}
	}
	p.HistoryLength = intp(0)
	p.set("history_length", file+": neither pam_pwhistory nor pam_unix remember= in the password stack")
}

// applyLoginDefs reads PASS_MAX_DAYS and PASS_MIN_DAYS.
func applyLoginDefs(root hostFiles, p *Policy) error {
	path, b, err := root.read(LoginDefs)
	if err != nil || b == nil {
		return err
	}
	kvs := keyValues(path, b)
	if v, ok := kvs["pass_max_days"]; ok {
		if n, ok := atoi(v.Value); ok {
			p.MaxAgeDays = intp(n)
			p.set("max_age_days", v.Where)
		}
	}
	if v, ok := kvs["pass_min_days"]; ok {
		if n, ok := atoi(v.Value); ok {
			p.MinAgeDays = intp(n)
			p.set("min_age_days", v.Where)
		}
	}
	if v, ok := kvs["pass_min_len"]; ok {
		p.note("%s is ignored when PAM manages passwords", v.Where)
	}
	return nil
}
