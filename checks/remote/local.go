package remote

import (
	"fmt"
	"sort"
	"strings"

	"conformscan/checks"
	"conformscan/probes"
	"conformscan/probes/hostaccess"
	remoteprobe "conformscan/probes/remote"
)

// Local check IDs.
const (
	CheckControlLocal   = "remote-control-local"
	CheckInventoryLocal = "remote-inventory-local"
)

// localChecks are the checks of the local inventory (--local).
func (o *Options) localChecks() []checks.Check {
	return []checks.Check{
		{ID: CheckControlLocal, Title: "No unauthorised remote-control tool installed or running", Refs: []string{"8.6"},
			Kind: probes.SubjectLocal, Needs: []string{remoteprobe.LocalID}, Eval: o.evalControlLocal},
		{ID: CheckInventoryLocal, Title: "Software inventory and listening services of the local machine", Refs: []string{"2.9", "2.11"},
			Kind: probes.SubjectLocal, Needs: []string{remoteprobe.LocalID}, Eval: o.evalInventoryLocal},
	}
}

// inventory returns the local inventory, or manual results saying why
// there is none.
func inventory(in *checks.Input, refs ...string) (*remoteprobe.Inventory, []checks.Result) {
	if inv := remoteprobe.InventoryOf(in.Subject); inv != nil {
		return inv, nil
	}
	if r := notMeasured(in, remoteprobe.LocalID, refs...); r != nil {
		return nil, r
	}
	var out []checks.Result
	for _, ref := range refs {
		out = append(out, checks.Result{Ref: ref, Status: checks.StatusError,
			Summary: in.Settings.Lang.T("L'inventaire local n'a rien relevé", "The local inventory recorded nothing")})
	}
	return nil, out
}

// evalControlLocal judges every catalogue tool found on the machine: it
// fails unless an unexpired authorisation covers it (the subject's ID:
// "local", "ssh://host", "root:/mnt/img"; or the
// machine's name as host).
func (o *Options) evalControlLocal(in *checks.Input) []checks.Result {
	inv, none := inventory(in, "8.6")
	if inv == nil {
		return none
	}
	l := in.Settings.Lang
	byTool := map[string][]string{}
	for _, f := range inv.Tools {
		byTool[f.Tool] = append(byTool[f.Tool], f.Kind+" "+f.What)
	}
	if len(byTool) == 0 {
		return []checks.Result{{Ref: "8.6", Status: checks.StatusPass,
			Summary:  l.T("Aucun outil de prise en main du catalogue LOLRMM installé ni actif", "No remote-control tool of the LOLRMM catalogue installed nor running"),
			Evidence: []checks.Evidence{{Rule: RuleAuthorised, Observed: strings.Join(inv.Read, ", "), Source: sourceInventory, At: in.Settings.RefDate}}}}
	}
	tools := make([]string, 0, len(byTool))
	for t := range byTool {
		tools = append(tools, t)
	}
	sort.Strings(tools)
	var out []checks.Result
	for _, t := range tools {
		st, summary, ev := o.judgeTool([]string{t}, []string{in.Subject.ID, inv.Hostname}, false, in.Settings.RefDate, l)
		ev.Observed, ev.Source, ev.At = t+": "+strings.Join(byTool[t], "; "), sourceInventory, in.Settings.RefDate
		out = append(out, checks.Result{Ref: "8.6", Status: st, Summary: fmt.Sprintf(l.T("%s (%s) : %s", "%s (%s): %s"), t, inv.Hostname, summary),
			Remediation: remediation(st, Rules()[ruleAuthorised], l), Evidence: []checks.Evidence{ev}})
	}
	return out
}

// evalInventoryLocal records the software list (2.9, manual: the vendor's
// documented list is what the grid asks) and compares the listening
// sockets with the manifest (2.11).
func (o *Options) evalInventoryLocal(in *checks.Input) []checks.Result {
	inv, none := inventory(in, "2.9", "2.11")
	if inv == nil {
		return none
	}
	l := in.Settings.Lang
	format := l.T("%d paquets, %d processus, %d unités systemd, %d sockets TCP à l'écoute, outils de prise en main : %s",
		"%d packages, %d processes, %d systemd units, %d listening TCP sockets, remote-control tools: %s")
	if inv.Windows {
		format = l.T("%d programmes, %d processus, %d services, %d sockets TCP à l'écoute, outils de prise en main : %s",
			"%d programs, %d processes, %d services, %d listening TCP sockets, remote-control tools: %s")
	}
	ev := checks.Evidence{Rule: RuleInventory, Source: strings.Join(inv.Read, ", "), At: in.Settings.RefDate,
		Observed: fmt.Sprintf(format,
			len(inv.Packages), len(inv.Processes), len(inv.Units), len(inv.Listening), toolNames(inv)),
		Expected: l.T("liste documentée des logiciels fournie par l'éditeur", "documented software list from the vendor"),
		Excerpt:  checks.Clip(strings.Join(inv.Packages, ", "), 4000)}
	r29 := checks.Result{Ref: "2.9", Status: checks.StatusManual, Evidence: []checks.Evidence{ev},
		Summary: l.T("Inventaire local relevé en preuve ; à comparer à la liste documentée de l'éditeur", "Local inventory recorded as evidence; to compare with the vendor's documented list")}
	return []checks.Result{r29, o.declaredLocal(in, inv)}
}

func (o *Options) declaredLocal(in *checks.Input, inv *remoteprobe.Inventory) checks.Result {
	l := in.Settings.Lang
	if hf, _ := in.Subject.Fact(hostaccess.OpenID).(*hostaccess.Facts); hf != nil && hf.Offline {
		return checks.Result{Ref: "2.11", Status: checks.StatusError,
			Summary: l.T("Image hors ligne : aucun socket à l'écoute à relever ; auditer la machine démarrée (--ssh-user)",
				"Offline image: no listening socket to read; audit the running machine (--ssh-user)")}
	}
	open := map[int]string{}
	var ports []int
	for _, s := range inv.Listening {
		if _, dup := open[s.Port]; !dup {
			ports = append(ports, s.Port)
		}
		open[s.Port] = s.Addr
	}
	sort.Ints(ports)
	list := portList(ports, open)
	src := "/proc/net/tcp, tcp6"
	if inv.ListeningFrom != "" {
		src = inv.ListeningFrom
	}
	ev := checks.Evidence{Rule: RuleDeclared, Observed: l.T("à l'écoute : ", "listening: ") + list, Source: src, At: in.Settings.RefDate}
	decl, named := o.declared(in.Subject.ID)
	if !named {
		decl, named = o.declared(inv.Hostname)
	}
	if o.manifest == nil {
		return checks.Result{Ref: "2.11", Status: checks.StatusManual, Evidence: []checks.Evidence{ev},
			Summary: l.T("Sans manifeste : sockets à l'écoute relevés : ", "No manifest: listening sockets recorded: ") + list}
	}
	return judgeDeclared(ports, open, decl, named, ev, l)
}

func toolNames(inv *remoteprobe.Inventory) string {
	seen := map[string]bool{}
	var out []string
	for _, f := range inv.Tools {
		if !seen[f.Tool] {
			seen[f.Tool] = true
			out = append(out, f.Tool)
		}
	}
	if len(out) == 0 {
		return "-"
	}
	return strings.Join(out, ", ")
}
