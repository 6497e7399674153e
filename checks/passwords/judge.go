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

func judgeLength(p *pw.Policy) finding {
	const exp = ">= 8 characters"
	if p.MinLength == nil {
		return unknown(RuleLength, "min_length", "Longueur minimale", "Minimum length", exp)
	}
	n := *p.MinLength
	f := finding{Rule: RuleLength, Field: "min_length", Observed: strconv.Itoa(n) + " characters", Expected: exp, Status: checks.StatusPass,
		FR: fmt.Sprintf("Longueur minimale %d caractères", n), EN: fmt.Sprintf("Minimum length %d characters", n)}
	if n < 8 {
		f.Status = checks.StatusFail
		f.FR += " (< 8 exigés)"
		f.EN += " (< 8 required)"
	}
	return f
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

func judgeHistory(p *pw.Policy) finding {
	exp := "history of at least 1 previous password"
	if p.HistoryLength == nil {
		return unknown(RuleHistory, "history_length", "Historique", "History", exp)
	}
	n := *p.HistoryLength
	f := finding{Rule: RuleHistory, Field: "history_length", Status: checks.StatusPass, Observed: strconv.Itoa(n) + " passwords remembered", Expected: exp,
		FR: fmt.Sprintf("Historique de %d mots de passe", n), EN: fmt.Sprintf("History of %d passwords", n)}
	if n <= 0 {
		f.Status, f.FR, f.EN = checks.StatusFail, "Aucun historique : un ancien mot de passe peut être réutilisé", "No history: an old password can be reused"
	}
	return f
}

func judgeMaxAge(p *pw.Policy) finding {
	exp := "maximum age set"
	if p.MaxAgeDays == nil {
		return unknown(RuleMaxAge, "max_age_days", "Durée de vie maximale", "Maximum age", exp)
	}
	n := *p.MaxAgeDays
	f := finding{Rule: RuleMaxAge, Field: "max_age_days", Status: checks.StatusPass, Observed: strconv.Itoa(n) + " days", Expected: exp,
		FR: fmt.Sprintf("Renouvellement tous les %d jours", n), EN: fmt.Sprintf("Renewal every %d days", n)}
	if n <= 0 || n >= 99999 {
		f.Status, f.FR, f.EN = checks.StatusFail, "Aucune expiration : pas de renouvellement imposé", "No expiry: renewal not enforced"
		f.Observed = "never expires (" + strconv.Itoa(n) + ")"
	}
	return f
}
