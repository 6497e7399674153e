package passwords

// pwquality defaults (pwquality.conf(5)).
const (
	pwqDefaultMinLen = 8
	pwqFloorMinLen   = 6
)

// applyQuality applies pam_pwquality (or pam_cracklib) when in the stack:
// pwquality.conf, then the module's arguments, which win. It tells whether
// such a module was found.
func applyQuality(root hostFiles, p *Policy, stack []pamLine, stackFile string) (bool, error) {
	m := findModule(stack, "pam_pwquality", "pam_cracklib")
	if m == nil {
		return false, nil
	}
	settings := map[string]kv{}
	if m.Module == "pam_pwquality" {
		path, b, err := root.read(PwqualityCnf)
		if err != nil {
			return true, err
		}
		settings = keyValues(path, b)
	}
	for k, v := range m.Args {
		settings[k] = kv{Value: v, Where: m.Where}
	}
	if v, ok := settings["enforcing"]; ok && v.Value == "0" {
		p.note("%s: enforcing=0, pwquality only warns", v.Where)
		return false, nil
	}
	judgeQuality(p, settings, m.Where)
	return true, nil
}

// judgeQuality turns pwquality settings into the policy's fields.
func judgeQuality(p *Policy, s map[string]kv, moduleWhere string) {
	get := func(k string, def int) (int, string) {
		if v, ok := s[k]; ok {
			if n, ok := atoi(v.Value); ok {
				return n, v.Where
			}
		}
		return def, moduleWhere + " (default " + k + ")"
	}
	minlen, src := get("minlen", pwqDefaultMinLen)
	credits := 0
	classes := []struct {
		key   string
		field string
		req   **bool
	}{{"ucredit", "require_upper", &p.RequireUpper}, {"lcredit", "require_lower", &p.RequireLower},
		{"dcredit", "require_digit", &p.RequireDigit}, {"ocredit", "require_special", &p.RequireSpecial}}
	for _, c := range classes {
		n, w := get(c.key, 0)
		*c.req = boolp(n < 0)
		p.set(c.field, w)
		if n > 0 {
			credits += n
		}
	}
	eff := max(minlen-credits, pwqFloorMinLen)
	if credits > 0 {
		p.note("positive credits (%d) let a password of %d characters pass minlen=%d", credits, eff, minlen)
	}
	p.MinLength = intp(eff)
	p.set("min_length", src)
	n, w := get("minclass", 0)
	p.MinClasses = intp(n)
	p.set("min_classes", w)
	d, w := get("dictcheck", 1)
	p.Dictionary = boolp(d != 0)
	p.set("dictionary", w)
}
