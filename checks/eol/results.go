package eol

import (
	"strconv"

	"conformscan/checks"
)

// results gives the main ref (2.19 or 8.10) its verdict, and 2.17 the same
// when a component is unsupported; when all are supported, 2.17 (antivirus,
// patch policy) stays to be documented.
func results(in *checks.Input, st checks.Status, summary string, ev []checks.Evidence, rule checks.Rule) []checks.Result {
	l := in.Settings.Lang
	main := checks.Result{Ref: rule.Refs[0], Status: st, Summary: summary, Evidence: ev}
	if st != checks.StatusPass {
		main.Remediation = rule.Remediation(l)
	}
	r217 := main
	r217.Ref = "2.17"
	if st == checks.StatusPass || st == checks.StatusManual {
		r217.Status, r217.Remediation = checks.StatusManual, ""
		r217.Summary = l.T("Aucun composant en fin de vie vu ; antivirus et politique de correctifs restent à documenter",
			"No end-of-life component seen; antivirus and patch policy remain to be documented")
	}
	return []checks.Result{main, r217}
}

// perRef gives every ref the same status and summary.
func perRef(st checks.Status, summary string, refs ...string) []checks.Result {
	var out []checks.Result
	for _, r := range refs {
		out = append(out, checks.Result{Ref: r, Status: st, Summary: summary})
	}
	return out
}

func sourceOf(detection string, db *DB) string {
	if detection != "" {
		return detection
	}
	return db.Source
}

// rank orders statuses from best to worst for software lists.
var rank = map[checks.Status]int{checks.StatusPass: 0, checks.StatusManual: 1, checks.StatusWarn: 2, checks.StatusFail: 3, checks.StatusError: 4}

func (o *Options) evalSoftware(probe string) func(in *checks.Input) []checks.Result {
	return func(in *checks.Input) []checks.Result {
		f, none := o.facts(in, probe, "8.10", "2.17")
		if f == nil {
			return none
		}
		policy, db, err := o.settings()
		if err != nil {
			return perRef(checks.StatusError, err.Error(), "8.10", "2.17")
		}
		l := in.Settings.Lang
		if len(f.Software) == 0 {
			return results(in, checks.StatusManual, l.T("Aucune version de logiciel serveur visible", "No server software version visible"),
				nil, Rules()[1])
		}
		os := f.Best()
		worst, summary := checks.StatusPass, ""
		var ev []checks.Evidence
		for _, sw := range f.Software {
			v := judgeSoftware(sw, os, db, in.Settings.RefDate, policy)
			v.Evidence.Source, v.Evidence.Excerpt = sw.Source+" "+sw.Endpoint, sw.Seen
			ev = append(ev, v.Evidence)
			if summary == "" || rank[v.Status] > rank[worst] {
				worst, summary = v.Status, l.T(v.FR, v.EN)
			}
		}
		if len(f.Software) > 1 {
			summary += l.T(" (pire de ", " (worst of ") + strconv.Itoa(len(f.Software)) + ")"
		}
		return results(in, worst, summary, ev, Rules()[1])
	}
}
