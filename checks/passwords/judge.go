package passwords

import (
	"fmt"
	"math"
	"strconv"

	"conformscan/checks"
	pw "conformscan/probes/passwords"
)

// finding is one rule judged on one policy.
type finding struct {
	Rule     string
	Status   checks.Status
	FR, EN   string
	Observed string
	Expected string
	// Field is the policy field the finding reads (its source).
	Field string
}

// judgeFunc judges one policy against one rule.
type judgeFunc func(p *pw.Policy) finding

// judges are the rules' judging functions, per ref.
func judges(ref string) []judgeFunc {
	switch ref {
	case "5.2":
		return []judgeFunc{judgeLength, judgeClasses, judgeDictionary}
	case "5.3":
		return []judgeFunc{judgeLength, judgeClasses, judgeDictionary, judgeCNIL}
	case "5.5":
		return []judgeFunc{judgeHistory, judgeMaxAge}
	}
	return nil
}

func unknown(rule, field, fr, en, expected string) finding {
	return finding{Rule: rule, Status: checks.StatusWarn, Field: field, Observed: "not found in the policy", Expected: expected,
		FR: fr + " : non trouvé dans la politique, à fournir", EN: en + ": not found in the policy, to provide"}
}

func judgeClasses(p *pw.Policy) finding {
	f := finding{Rule: RuleClasses, Field: "require_special", Expected: "uppercase, digit and special character each required", Status: checks.StatusPass}
	req := func(b *bool) bool { return b != nil && *b }
	classes := 0
	if p.MinClasses != nil {
		classes = *p.MinClasses
	}
	f.Observed = fmt.Sprintf("upper=%s digit=%s special=%s min_classes=%d", tri(p.RequireUpper), tri(p.RequireDigit), tri(p.RequireSpecial), classes)
	switch {
	case classes >= 4 || req(p.RequireUpper) && req(p.RequireDigit) && req(p.RequireSpecial):
		f.FR, f.EN = "Majuscule, chiffre et caractère spécial exigés", "Uppercase, digit and special character required"
	case classes == 3:
		f.Status, f.Field = checks.StatusWarn, "min_classes"
		f.FR = "Complexité « 3 catégories sur 4 » : ne garantit pas à la fois majuscule, chiffre et caractère spécial"
		f.EN = "'3 of 4 categories' complexity: does not guarantee uppercase, digit and special character together"
	case p.RequireUpper == nil && p.RequireDigit == nil && p.RequireSpecial == nil && p.MinClasses == nil:
		return unknown(RuleClasses, "require_special", "Catégories de caractères", "Character classes", f.Expected)
	default:
		f.Status = checks.StatusFail
		f.FR = "Majuscule, chiffre et caractère spécial non exigés tous les trois"
		f.EN = "Uppercase, digit and special character not all required"
	}
	return f
}

func tri(b *bool) string {
	if b == nil {
		return "?"
	}
	return strconv.FormatBool(*b)
}

func judgeDictionary(p *pw.Policy) finding {
	exp := "dictionary or blocklist check configured"
	if p.Dictionary == nil {
		f := unknown(RuleDictionary, "dictionary", "Vérification par dictionnaire", "Dictionary check", exp)
		f.FR += " (liste noire, Entra Password Protection, filtre de mots de passe ; la complexité seule n'en est pas une)"
		f.EN += " (blocklist, Entra Password Protection, password filter; complexity alone is not one)"
		return f
	}
	if *p.Dictionary {
		return finding{Rule: RuleDictionary, Field: "dictionary", Status: checks.StatusPass, Observed: "dictionary check on", Expected: exp,
			FR: "Vérification par dictionnaire active", EN: "Dictionary check enabled"}
	}
	return finding{Rule: RuleDictionary, Field: "dictionary", Status: checks.StatusFail, Observed: "no dictionary check", Expected: exp,
		FR: "Aucune vérification par dictionnaire", EN: "No dictionary check"}
}

// Class sizes used by the CNIL's entropy computation (37 special characters).
const (
	sizeLower, sizeUpper, sizeDigit, sizeSpecial = 26, 26, 10, 37
)

// Entropy is the CNIL's estimate of a policy's weakest password: minimum
// length × log2 of the alphabet the policy imposes.
func Entropy(p *pw.Policy) (bits float64, alphabet int) {
	if p.MinLength == nil {
		return 0, 0
	}
	req := func(b *bool) bool { return b != nil && *b }
	sizes := []struct {
		on bool
		n  int
	}{{req(p.RequireSpecial), sizeSpecial}, {req(p.RequireUpper), sizeUpper}, {req(p.RequireLower), sizeLower}, {req(p.RequireDigit), sizeDigit}}
	count := 0
	for _, s := range sizes {
		if s.on {
			alphabet += s.n
			count++
		}
	}
	for _, s := range sizes { // "N of 4": the CNIL counts the N largest classes.
		if p.MinClasses != nil && count < *p.MinClasses && !s.on {
			alphabet += s.n
			count++
		}
	}
	if alphabet == 0 {
		alphabet = sizeDigit // nothing imposed: digits alone pass
	}
	return float64(*p.MinLength) * math.Log2(float64(alphabet)), alphabet
}

func judgeCNIL(p *pw.Policy) finding {
	if p.MinLength == nil {
		return unknown(RuleCNIL, "min_length", "Entropie CNIL", "CNIL entropy", ">= 80 bits, or >= 50 bits with lockout")
	}
	bits, alphabet := Entropy(p)
	if p.RequireUpper == nil && p.RequireDigit == nil && p.RequireSpecial == nil && p.MinClasses == nil {
		f := unknown(RuleCNIL, "min_length", "Entropie CNIL (catégories imposées inconnues)", "CNIL entropy (imposed classes unknown)", ">= 80 bits, or >= 50 bits with lockout")
		f.Observed = fmt.Sprintf("%d characters, classes unknown: %.0f bits if digits alone pass", *p.MinLength, bits)
		return f
	}
	need, ctx := 80, "mot de passe seul"
	ctxEN := "password alone"
	if p.LockoutThreshold != nil && *p.LockoutThreshold > 0 {
		need, ctx, ctxEN = 50, "avec verrouillage après échecs", "with lockout after failures"
	}
	f := finding{Rule: RuleCNIL, Field: "min_length", Status: checks.StatusPass,
		Observed: fmt.Sprintf("%.0f bits (%d characters from an alphabet of %d)", bits, *p.MinLength, alphabet),
		Expected: fmt.Sprintf(">= %d bits (%s)", need, ctxEN)}
	f.FR = fmt.Sprintf("Entropie %.0f bits, %d exigés (%s)", bits, need, ctx)
	f.EN = fmt.Sprintf("Entropy %.0f bits, %d required (%s)", bits, need, ctxEN)
	if math.Round(bits) < float64(need) {
		f.Status = checks.StatusFail
	}
	return f
}

// intRule judges one integer setting: unknown warns, bad fails.
type intRule struct {
	rule, field        string
	get                func(p *pw.Policy) *int
	nameFR, nameEN     string
	expected, observed string // observed: format of the value
	okFR, okEN         string // formats of the value
	bad                func(n int) bool
	badFR, badEN       string
}

func (r intRule) judge(p *pw.Policy) finding {
	v := r.get(p)
	if v == nil {
		return unknown(r.rule, r.field, r.nameFR, r.nameEN, r.expected)
	}
	n := *v
	f := finding{Rule: r.rule, Field: r.field, Status: checks.StatusPass, Observed: fmt.Sprintf(r.observed, n), Expected: r.expected,
		FR: fmt.Sprintf(r.okFR, n), EN: fmt.Sprintf(r.okEN, n)}
	if r.bad(n) {
		f.Status, f.FR, f.EN = checks.StatusFail, fmt.Sprintf(r.badFR, n), fmt.Sprintf(r.badEN, n)
	}
	return f
}

var (
	judgeLength = intRule{rule: RuleLength, field: "min_length", get: func(p *pw.Policy) *int { return p.MinLength },
		nameFR: "Longueur minimale", nameEN: "Minimum length", expected: ">= 8 characters", observed: "%d characters",
		okFR: "Longueur minimale %d caractères", okEN: "Minimum length %d characters", bad: func(n int) bool { return n < 8 },
		badFR: "Longueur minimale %d caractères (< 8 exigés)", badEN: "Minimum length %d characters (< 8 required)"}.judge
	judgeHistory = intRule{rule: RuleHistory, field: "history_length", get: func(p *pw.Policy) *int { return p.HistoryLength },
		nameFR: "Historique", nameEN: "History", expected: "history of at least 1 previous password", observed: "%d passwords remembered",
		okFR: "Historique de %d mots de passe", okEN: "History of %d passwords", bad: func(n int) bool { return n <= 0 },
		badFR: "Aucun historique (%d) : un ancien mot de passe peut être réutilisé", badEN: "No history (%d): an old password can be reused"}.judge
	judgeMaxAge = intRule{rule: RuleMaxAge, field: "max_age_days", get: func(p *pw.Policy) *int { return p.MaxAgeDays },
		nameFR: "Durée de vie maximale", nameEN: "Maximum age", expected: "maximum age set", observed: "%d days",
		okFR: "Renouvellement tous les %d jours", okEN: "Renewal every %d days", bad: func(n int) bool { return n <= 0 || n >= 99999 },
		badFR: "Aucune expiration (%d) : pas de renouvellement imposé", badEN: "No expiry (%d): renewal not enforced"}.judge
)
