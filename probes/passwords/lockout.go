package passwords

// applyLockout reads pam_faillock (deny= default 3, unlock_time= default
// 600 s, faillock.conf) or pam_tally2 deny= from the auth stack.
func applyLockout(root hostFiles, p *Policy, stack []pamLine, file string) error {
	m := findModule(stack, "pam_faillock", "pam_tally2")
	if m == nil {
		if file != "" {
			p.LockoutThreshold = intp(0)
			p.set("lockout_threshold", file+": neither pam_faillock nor pam_tally2 in the auth stack")
		}
		return nil
	}
	settings := map[string]kv{}
	if m.Module == "pam_faillock" {
		path, b, err := root.read(FaillockConf)
		if err != nil {
			return err
		}
		settings = keyValues(path, b)
	}
	for k, v := range m.Args {
		settings[k] = kv{Value: v, Where: m.Where}
	}
	deny, unlock := 3, 600
	if m.Module == "pam_tally2" {
		deny, unlock = 0, 0
	}
	p.set("lockout_threshold", m.Where+" (default deny)")
	if v, ok := settings["deny"]; ok {
		if n, ok := atoi(v.Value); ok {
			deny = n
			p.set("lockout_threshold", v.Where)
		}
	}
	p.set("lockout_minutes", m.Where+" (default unlock_time)")
	if v, ok := settings["unlock_time"]; ok {
		if n, ok := atoi(v.Value); ok {
			unlock = n
			p.set("lockout_minutes", v.Where)
		}
	}
	p.LockoutThreshold, p.LockoutMinutes = intp(deny), intp((unlock+59)/60)
	return nil
}
