package svcmode

import (
	"fmt"
	"strings"

	"conformscan/checks"
	sm "conformscan/probes/svcmode"
)

// processes judges each listening process, and the sockets whose
// process could not be seen (error, never a pass).
func (o *Options) processes(in *checks.Input, f *sm.Facts) []checks.Result {
	l := in.Settings.Lang
	var out []checks.Result
	for _, p := range f.Processes {
		m := classifyWindows(p)
		if !f.Windows {
			m = classifyLinux(p, f.Init)
		}
		declared := o.declaredOf(in, p)
		obs := fmt.Sprintf("%s (PID %d, user %s) listening on %s: %s%s", p.Name, p.PID, p.User, strings.Join(p.Ports, ", "), m.why, declared)
		if !f.Windows {
			obs += fmt.Sprintf("; cgroup %q, audit session %q, parents %s", p.Cgroup, p.Session, strings.Join(p.Ancestry, " < "))
		}
		r := checks.Result{Ref: "2.18", Status: m.status, Evidence: []checks.Evidence{ev(in, RuleService, obs, "runs as a service, not in a user session", p.Where)}}
		switch m.status {
		case checks.StatusPass:
			r.Summary = fmt.Sprintf(l.T("%s (PID %d) tourne en service : %s", "%s (PID %d) runs as a service: %s"), p.Name, p.PID, m.why)
		case checks.StatusFail:
			r.Remediation = remediation(RuleService, l)
			r.Summary = fmt.Sprintf(l.T("%s (PID %d, utilisateur %s) dépend d'une session utilisateur : %s", "%s (PID %d, user %s) depends on a user session: %s"), p.Name, p.PID, p.User, m.why)
		default:
			r.Summary = fmt.Sprintf(l.T("%s (PID %d, utilisateur %s) : %s", "%s (PID %d, user %s): %s"), p.Name, p.PID, p.User, m.why)
		}
		out = append(out, r)
	}
	for _, s := range f.Hidden {
		out = append(out, checks.Result{Ref: "2.18", Status: checks.StatusError,
			Summary:  fmt.Sprintf(l.T("Socket %s %s:%d : processus non visible (droits root nécessaires, autre espace de PID)", "Socket %s %s:%d: process not visible (root needed, another PID namespace)"), s.Proto, s.Addr, s.Port),
			Evidence: []checks.Evidence{ev(in, RuleService, fmt.Sprintf("%s %s:%d without a visible process", s.Proto, s.Addr, s.Port), "its process named", f.Access)}})
	}
	for _, u := range f.Unread {
		out = append(out, checks.Result{Ref: "2.18", Status: checks.StatusError, Summary: l.T("Non lu : ", "Not read: ") + u.Path + ": " + u.Reason,
			Evidence: []checks.Evidence{ev(in, RuleService, "not read: "+u.Reason, "read whole", u.Path)}})
	}
	if len(out) == 0 {
		out = append(out, checks.Result{Ref: "2.18", Status: checks.StatusPass,
			Summary:  l.T("Aucun processus à l'écoute", "No listening process"),
			Evidence: []checks.Evidence{ev(in, RuleService, "no listening socket", "listening processes run as services", f.Access)}})
	}
	return out
}
