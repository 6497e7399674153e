package passwords

import (
	"bytes"
	"strings"
	"unicode/utf16"
)

// decodeText turns a UTF-16 file (secedit writes UTF-16LE with a BOM) or a
// UTF-8 one into a string.
func decodeText(b []byte) string {
	le := bytes.HasPrefix(b, []byte{0xff, 0xfe})
	be := bytes.HasPrefix(b, []byte{0xfe, 0xff})
	if !le && !be {
		return strings.TrimPrefix(string(b), "\ufeff")
	}
	b = b[2:]
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		if le {
			u = append(u, uint16(b[i])|uint16(b[i+1])<<8)
		} else {
			u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
		}
	}
	return string(utf16.Decode(u))
}

// ParseSecedit reads the [System Access] section of a 'secedit /export'
// INF file. Ages are in days (-1: never), LockoutDuration in minutes.
func ParseSecedit(path string, b []byte) *Policy {
	p := &Policy{Name: path, Kind: KindSecedit}
	section := ""
	for _, l := range lines([]byte(decodeText(b))) {
		if strings.HasPrefix(l.Text, "[") {
			section = strings.ToLower(strings.Trim(l.Text, "[] "))
			continue
		}
		k, v, ok := strings.Cut(l.Text, "=")
		if !ok || section != "system access" {
			continue
		}
		n, ok := atoi(v)
		if !ok {
			continue
		}
		seceditField(p, strings.TrimSpace(k), n, where(path, l))
	}
	return p
}

// seceditKeys maps [System Access] keys to fields.
var seceditKeys = map[string]string{
	"minimumpasswordlength": "min_length", "passwordhistorysize": "history_length",
	"maximumpasswordage": "max_age_days", "minimumpasswordage": "min_age_days",
	"lockoutbadcount": "lockout_threshold", "lockoutduration": "lockout_minutes",
}

func seceditField(p *Policy, key string, n int, src string) {
	key = strings.ToLower(key)
	if key == "passwordcomplexity" {
		setComplexity(p, n == 1, src)
		return
	}
	if f, ok := seceditKeys[key]; ok {
		setField(p, f, n, src)
	}
}

// setComplexity records Windows complexity: on, 3 of the 4 classes (no
// single class required); off, none. Windows has no dictionary check.
func setComplexity(p *Policy, on bool, src string) {
	classes := 0
	if on {
		classes = 3
	}
	p.MinClasses = intp(classes)
	p.RequireUpper, p.RequireLower, p.RequireDigit, p.RequireSpecial = boolp(false), boolp(false), boolp(false), boolp(false)
	for _, f := range []string{"min_classes", "require_upper", "require_digit", "require_special"} {
		p.set(f, src)
	}
}

// netAccountsKeys maps the labels of 'net accounts' (English and French)
// to fields.
var netAccountsKeys = []struct{ prefix, field string }{
	{"minimum password length", "min_length"},
	{"longueur minimale du mot de passe", "min_length"},
	{"length of password history maintained", "history_length"},
	{"longueur de l'historique des mots de passe", "history_length"},
	{"maximum password age", "max_age_days"},
	{"durée de vie maximale du mot de passe", "max_age_days"},
	{"minimum password age", "min_age_days"},
	{"durée de vie minimale du mot de passe", "min_age_days"},
	{"lockout threshold", "lockout_threshold"},
	{"seuil de verrouillage", "lockout_threshold"},
	{"lockout duration", "lockout_minutes"},
	{"durée du verrouillage", "lockout_minutes"},
}

// ParseNetAccounts reads the output of 'net accounts' (English or French).
// "None"/"Aucune"/"Never"/"Jamais" are 0; "Unlimited"/"Illimité" is -1.
func ParseNetAccounts(path string, b []byte) *Policy {
	p := &Policy{Name: path, Kind: KindNetAccounts}
	for _, l := range lines([]byte(decodeText(b))) {
		label, value, ok := cutLabel(l.Text)
		if !ok {
			continue
		}
		label = strings.ToLower(strings.ReplaceAll(label, "’", "'"))
		for _, k := range netAccountsKeys {
			if strings.HasPrefix(label, k.prefix) {
				if n, ok := netValue(value); ok {
					setField(p, k.field, n, where(path, l))
				}
				break
			}
		}
	}
	p.note("net accounts does not show complexity: give --secedit for it")
	return p
}

// cutLabel splits "Label (days):     42" at the last colon.
func cutLabel(s string) (string, string, bool) {
	i := strings.LastIndex(s, ":")
	if i <= 0 {
		return "", "", false
	}
	return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1:]), true
}

func netValue(v string) (int, bool) {
	switch strings.ToLower(v) {
	case "none", "aucun", "aucune", "never", "jamais":
		return 0, true
	case "unlimited", "illimité", "illimitée", "illimite":
		return -1, true
	}
	return atoi(v)
}

// setField sets an integer field by its JSON name.
func setField(p *Policy, field string, n int, src string) {
	ptr := map[string]**int{
		"min_length": &p.MinLength, "history_length": &p.HistoryLength, "max_age_days": &p.MaxAgeDays,
		"min_age_days": &p.MinAgeDays, "lockout_threshold": &p.LockoutThreshold, "lockout_minutes": &p.LockoutMinutes,
	}[field]
	if ptr == nil {
		return
	}
	*ptr = intp(n)
	p.set(field, src)
}
