package eol

import (
	"fmt"
	"time"

	"conformscan/checks"
	"conformscan/probes/osdetect"
)

// verdict is one component judged at a date.
type verdict struct {
	Status   checks.Status
	FR, EN   string
	Evidence checks.Evidence
}

const day = "2006-01-02"

// judgeCycle judges component (named name) on cycle c of product p.
func judgeCycle(name string, p *Product, c *Cycle, at time.Time, policy Policy, rule string) verdict {
	stage, end := Stage(c, at, policy)
	dates := cycleDates(p, c)
	ev := checks.Evidence{Rule: rule, Observed: name + " → " + p.Title + " " + c.Cycle + ": " + dates,
		Expected: fmt.Sprintf("security support at %s (extended support: %s)", at.Format(day), policy), At: at}
	switch stage {
	case Supported:
		return verdict{checks.StatusPass, name + " maintenu (" + dates + ")", name + " supported (" + dates + ")", ev}
	case EndingSoon:
		return verdict{checks.StatusWarn, fmt.Sprintf("%s : fin du support le %s (moins de %d mois)", name, end.Format(day), warnWithin),
			fmt.Sprintf("%s: support ends on %s (within %d months)", name, end.Format(day), warnWithin), ev}
	case ExtendedOnly:
		ev.Rule = RuleExtended
		st := map[Policy]checks.Status{PolicyCount: checks.StatusPass, PolicyWarn: checks.StatusWarn, PolicyFail: checks.StatusFail}[policy]
		return verdict{st, fmt.Sprintf("%s : support de sécurité terminé, seul le support étendu (%s) court jusqu'au %s (politique --extended-support %s)", name, extName(p), endText(end, "date non annoncée"), policy),
			fmt.Sprintf("%s: security support ended, only extended support (%s) until %s (policy --extended-support %s)", name, extName(p), endText(end, "no end announced"), policy), ev}
	case NoDates:
		return verdict{checks.StatusManual, name + " : pas de date de fin connue, à vérifier", name + ": no end date known, to check", ev}
	}
	return verdict{checks.StatusFail, name + " : plus aucun support (" + dates + ")", name + ": past all support (" + dates + ")", ev}
}

func extName(p *Product) string {
	if p.ExtendedName != "" {
		return p.ExtendedName
	}
	return "extended support"
}

func cycleDates(p *Product, c *Cycle) string {
	s := "security until "
	switch {
	case c.SecurityOpen:
		s += "(no end announced)"
	case c.SecurityEnded && c.Security.IsZero():
		s += "(ended, date not given)"
	case c.Security.IsZero():
		s += "?"
	default:
		s += c.Security.Format(day)
	}
	switch {
	case c.ExtendedOpen:
		s += ", " + extName(p) + " until (no end announced)"
	case !c.Extended.IsZero():
		s += ", " + extName(p) + " until " + c.Extended.Format(day)
	}
	return s
}

// endText is a date, or what to say when none is announced.
func endText(t time.Time, none string) string {
	if t.IsZero() {
		return none
	}
	return t.Format(day)
}

// judgeOS judges the strongest detection that names a release; every
// detection is shown.
func judgeOS(f *osdetect.Facts, db *DB, at time.Time, policy Policy) verdict {
	best := f.Best()
	if best == nil || best.Release == "" {
		seen := "nothing"
		if best != nil {
			seen = best.String()
		}
		return verdict{checks.StatusManual, "Système non identifié précisément ; vu : " + seen,
			"Operating system release not identified; seen: " + seen,
			checks.Evidence{Rule: RuleUnknown, Observed: seen, Expected: "OS and release identified", At: at}}
	}
	p, c := db.Find(best.Product, best.Release)
	if c == nil {
		return verdict{checks.StatusManual, best.Name + " : version absente des données de fin de vie (" + db.Source + ")",
			best.Name + ": release not in the end-of-life data (" + db.Source + ")",
			checks.Evidence{Rule: RuleUnknown, Observed: best.String(), Expected: "a known release cycle", At: at}}
	}
	v := judgeCycle(best.Name, p, c, at, policy, RuleOS)
	v.FR += fmt.Sprintf(" — détecté par %s, confiance %s", best.Source, best.Confidence)
	v.EN += fmt.Sprintf(" — detected from %s, confidence %s", best.Source, best.Confidence)
	return v
}

// judgeSoftware judges one software version: on the distribution's dates
// when it is the distribution's package, else on upstream's.
func judgeSoftware(sw osdetect.Software, os *osdetect.OS, db *DB, at time.Time, policy Policy) verdict {
	name := sw.Product + " " + sw.Version
	if why := FromDistro(sw, os); why != "" {
		if p, c := db.Find(os.Product, os.Release); c != nil {
			v := judgeCycle(name, p, c, at, policy, RuleDistro)
			v.FR += " — paquet de " + os.Name + ", suit le support de la distribution (" + why + ")"
			v.EN += " — " + os.Name + " package, follows the distribution's support (" + why + ")"
			v.Evidence.Observed += " (" + why + ")"
			return v
		}
	}
	p, c := db.Match(sw.Product, sw.Version)
	if c == nil {
		return verdict{checks.StatusManual, name + " : cycle inconnu des données de fin de vie", name + ": cycle not in the end-of-life data",
			checks.Evidence{Rule: RuleUnknown, Observed: name + " (" + sw.Seen + ")", Expected: "a known release cycle", At: at}}
	}
	return judgeCycle(name, p, c, at, policy, RuleSoftware)
}
