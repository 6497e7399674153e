package svcmode

import (
	"fmt"
	"path"
	"slices"
	"strings"

	"conformscan/checks"
	sm "conformscan/probes/svcmode"
)

// mode is how one listening process runs.
type mode struct {
	status checks.Status
	why    string
}

// classifyLinux: the control group first (systemd tells), then the
// ancestry, then PID 1, then the audit session; nothing telling is an
// error.
func classifyLinux(p sm.Process, init string) mode {
	cg := p.Cgroup
	parts := strings.Split(strings.Trim(cg, "/"), "/")
	last := parts[len(parts)-1]
	switch {
	case strings.Contains(cg, "/session-") && strings.HasSuffix(last, ".scope"):
		return mode{checks.StatusFail, "login session scope " + cg}
	case strings.HasPrefix(cg, "/user.slice/") && strings.Contains(cg, "/user@"):
		return mode{checks.StatusFail, "user's own systemd instance (user@UID.service) " + cg}
	case strings.HasPrefix(cg, "/system.slice/"), cg == "/init.scope", strings.HasPrefix(cg, "/machine.slice/"):
		return mode{checks.StatusPass, "systemd unit " + cg}
	}
	for _, a := range p.Ancestry {
		if slices.Contains(sessionAncestors(), a) || strings.HasPrefix(a, "tmux") {
			return mode{checks.StatusFail, fmt.Sprintf("child of %q (ancestry %s), cgroup %q", a, strings.Join(p.Ancestry, " < "), cg)}
		}
	}
	if len(p.Ancestry) == 1 && p.Ancestry[0] == init && slices.Contains(inits(), path.Base(init)) {
		return mode{checks.StatusPass, fmt.Sprintf("daemon started by %s (PID 1), cgroup %q", init, cg)}
	}
	if p.Session != "" {
		return mode{checks.StatusFail, fmt.Sprintf("audit login session %s, cgroup %q, ancestry %s", p.Session, cg, strings.Join(p.Ancestry, " < "))}
	}
	return mode{checks.StatusError, fmt.Sprintf("neither a systemd unit nor a login session: cgroup %q, ancestry %s, PID 1 %q", cg, strings.Join(p.Ancestry, " < "), init)}
}

// classifyWindows: session 0 and a service's own process; session 0
// without a service (a child of one, a scheduled task) warns; another
// session fails.
func classifyWindows(p sm.Process) mode {
	switch {
	case p.Session != "0":
		return mode{checks.StatusFail, "interactive session " + p.Session}
	case p.Service != "":
		return mode{checks.StatusPass, "service " + p.Service + ", session 0"}
	case p.PID == 4:
		return mode{checks.StatusPass, "System (kernel, http.sys), session 0"}
	}
	return mode{checks.StatusWarn, "session 0 but not a registered service's own process (a service's child or a scheduled task)"}
}

// evalService judges 2.18 on a host.
func (o *Options) evalService(in *checks.Input) []checks.Result {
	l := in.Settings.Lang
	f := sm.FactsOf(in.Subject)
	if f == nil {
		why := in.ProbeNotRun(sm.ID)
		if why == "" {
			why = l.T("la sonde "+sm.ID+" n'a rien relevé", "probe "+sm.ID+" recorded nothing")
		}
		return []checks.Result{{Ref: "2.18", Status: checks.StatusManual, Summary: l.T("Non mesuré : ", "Not measured: ") + why}}
	}
	if f.Offline && !f.Windows {
		return []checks.Result{{Ref: "2.18", Status: checks.StatusManual,
			Summary: l.T("Racine hors ligne : aucun processus à observer ; auditer la machine démarrée (--local, --ssh-user) ou répondre dans le fichier de réponses",
				"Offline root: no process to observe; audit the running machine (--local, --ssh-user) or answer in the answers file"),
			Evidence: []checks.Evidence{ev(in, RuleService, "offline image, no running process", "listening processes run as services", f.Access)}}}
	}
	var out []checks.Result
	if f.Windows {
		out = append(out, serverOS(in, f))
	}
	if !f.ListeningRead {
		r := checks.Result{Ref: "2.18", Status: checks.StatusError,
			Summary: l.T("Processus à l'écoute non lus : impossible de conclure", "Listening processes not read: no conclusion")}
		for _, u := range f.Unread {
			r.Evidence = append(r.Evidence, ev(in, RuleService, "not read: "+u.Reason, "read whole", u.Path))
		}
		return append(out, r)
	}
	return append(out, o.processes(in, f)...)
}

func serverOS(in *checks.Input, f *sm.Facts) checks.Result {
	l := in.Settings.Lang
	e := ev(in, RuleServerOS, fmt.Sprintf("%s (InstallationType %s)", f.Edition, f.InstallationType), "a server edition", f.Access)
	r := checks.Result{Ref: "2.18", Evidence: []checks.Evidence{e}}
	switch {
	case f.InstallationType == "":
		r.Status, r.Summary = checks.StatusError, l.T("Édition Windows non lue", "Windows edition not read")
	case slices.Contains(serverInstallTypes(), f.InstallationType):
		r.Status, r.Summary = checks.StatusPass, l.T("Édition serveur : ", "Server edition: ")+f.Edition
	default:
		r.Status, r.Remediation = checks.StatusFail, remediation(RuleServerOS, l)
		r.Summary = l.T("Édition poste de travail, pas serveur : ", "Workstation edition, not a server: ") + f.Edition
	}
	return r
}
