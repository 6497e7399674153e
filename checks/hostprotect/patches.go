package hostprotect

import (
	"fmt"
	"strings"
	"time"

	"conformscan/checks"
	hp "conformscan/probes/hostprotect"
)

// maxListed bounds the packages named in a summary (the evidence names
// them all).
const maxListed = 10

// evalPatches judges the security updates pending on the host.
func (o *Options) evalPatches(in *checks.Input) []checks.Result {
	f, res := factsOr(in)
	if res != nil {
		return res
	}
	l := in.Settings.Lang
	maxAge := time.Duration(o.PatchMaxAgeDays) * 24 * time.Hour
	v := &verdict{}
	var pass string
	switch f.System {
	case "dpkg":
		pass = o.debian(in, f, v, maxAge)
	case "windows":
		pass = o.windows(in, f, v, maxAge)
	case "rpm":
		pass = o.rpm(in, f, v, maxAge)
	default:
		v.evidence = append(v.evidence, ev(in, RulePatches, "no dpkg status, no rpm database, no Windows snapshot", "a known package system", f.Access))
		v.unknown = append(v.unknown, l.T("système de paquets non reconnu : mises à jour en attente inconnues", "package system not recognised: pending updates unknown"))
	}
	return v.results(in, f, hp.TopicPatches, RulePatches, pass)
}

// debian judges the apt security lists and the pending updates they
// show; it returns the pass summary.
func (o *Options) debian(in *checks.Input, f *hp.Facts, v *verdict, maxAge time.Duration) string {
	l := in.Settings.Lang
	d := f.Debian
	if d == nil {
		v.unknown = append(v.unknown, l.T("état dpkg non relevé", "dpkg state not collected"))
		v.evidence = append(v.evidence, ev(in, RulePatches, "dpkg state not collected", "the package state collected", f.Access))
		return ""
	}
	var security []string
	for _, li := range d.Lists {
		if !li.Security {
			continue
		}
		security = append(security, firstOf(li.Suite, li.Codename))
		age := in.Settings.RefDate.Sub(li.Date)
		obs := fmt.Sprintf("security origin %s (Label %s, Suite %s, Codename %s), list dated %s, verified against the Release %t",
			li.Origin, li.Label, li.Suite, li.Codename, day(li.Date), li.Verified)
		v.evidence = append(v.evidence, ev(in, RulePatchSource, obs, fmt.Sprintf("a security list at most %d days old", o.PatchMaxAgeDays), li.Release))
		switch {
		case li.Date.IsZero():
			v.unknown = append(v.unknown, l.T("liste de sécurité sans date : ancienneté inconnue", "security list without a Date: age unknown"))
		case age > maxAge:
			v.unknown = append(v.unknown, l.T(fmt.Sprintf("liste de sécurité %s datée de %d jours : mises à jour publiées depuis inconnues (apt-get update)", firstOf(li.Suite, li.Codename), days(age)),
				fmt.Sprintf("security list %s is %d days old: updates published since are unknown (apt-get update)", firstOf(li.Suite, li.Codename), days(age))))
		}
	}
	if len(security) == 0 && len(d.Lists) > 0 {
		v.evidence = append(v.evidence, ev(in, RulePatchSource, fmt.Sprintf("%d apt list(s), none of a security origin", len(d.Lists)), "a security origin (e.g. bookworm-security)", f.Access))
		v.fail(RulePatchSource, l.T("aucune origine de mises à jour de sécurité dans les sources apt", "no security update origin in the apt sources"))
	}
	pendingVerdict(in, v, debPending(d.Pending), maxAge, o.PatchMaxAgeDays)
	return l.T(fmt.Sprintf("Aucune mise à jour de sécurité en attente depuis plus de %d jours (%d paquets installés, origines : %s ; %d en attente, ancienneté comptée au moins depuis la date de la liste) ; la qualification des correctifs reste à décrire dans le fichier de réponses",
		o.PatchMaxAgeDays, d.Installed, strings.Join(security, ", "), len(d.Pending)),
		fmt.Sprintf("No security update pending for more than %d days (%d packages installed, origins: %s; %d pending, age counted at least from the list's date); the qualification of patches stays to describe in the answers file",
			o.PatchMaxAgeDays, d.Installed, strings.Join(security, ", "), len(d.Pending)))
}

// update is one pending update, whatever the system.
type update struct {
	name, detail, source string
	since                time.Time
	// atLeast: since is only a lower bound of the age (apt lists carry
	// no date per package: the list's Date is the latest the update can
	// have been published).
	atLeast bool
}

func debPending(ps []hp.Pending) []update {
	out := make([]update, 0, len(ps))
	for _, p := range ps {
		detail := fmt.Sprintf("%s:%s %s → %s (%s)", p.Package, p.Arch, p.Installed, p.Candidate, p.Suite)
		if p.Advisory != "" {
			detail = fmt.Sprintf("%s.%s %s → %s (%s, %s)", p.Package, p.Arch, p.Installed, p.Candidate, p.Advisory, p.Severity)
		}
		out = append(out, update{name: p.Package, source: p.List, since: p.Since, detail: detail, atLeast: p.Advisory == ""})
	}
	return out
}

// rpm judges the security advisories of the dnf/yum cache; it returns the
// pass summary.
func (o *Options) rpm(in *checks.Input, f *hp.Facts, v *verdict, maxAge time.Duration) string {
	l := in.Settings.Lang
	r := f.RPM
	if r == nil {
		v.unknown = append(v.unknown, l.T("état RPM non relevé", "RPM state not collected"))
		v.evidence = append(v.evidence, ev(in, RulePatches, "RPM state not collected", "the package state collected", f.Access))
		return ""
	}
	withInfo := 0
	for _, repo := range r.Repos {
		if repo.Updateinfo == "" {
			v.evidence = append(v.evidence, ev(in, RulePatchSource, "repository without advisories (no updateinfo in repomd.xml)", "security advisories", repo.Repomd))
			continue
		}
		withInfo++
		age := in.Settings.RefDate.Sub(repo.Timestamp)
		v.evidence = append(v.evidence, ev(in, RulePatchSource, fmt.Sprintf("%d security advisories, generated %s, verified against repomd.xml %t", repo.Advisories, day(repo.Timestamp), repo.Verified),
			fmt.Sprintf("advisories at most %d days old", o.PatchMaxAgeDays), repo.Updateinfo))
		switch {
		case repo.Timestamp.IsZero():
			v.unknown = append(v.unknown, l.T("avis de sécurité sans date de génération : ancienneté inconnue", "advisories without a generation time: age unknown"))
		case age > maxAge:
			v.unknown = append(v.unknown, l.T(fmt.Sprintf("avis de sécurité du cache vieux de %d jours : mises à jour publiées depuis inconnues (dnf makecache)", days(age)),
				fmt.Sprintf("cached advisories are %d days old: updates published since are unknown (dnf makecache)", days(age))))
		}
	}
	if withInfo == 0 && len(r.Repos) > 0 {
		v.unknown = append(v.unknown, l.T("aucun dépôt du cache ne publie d’avis de sécurité (updateinfo) : mises à jour de sécurité indiscernables",
			"no cached repository publishes security advisories (updateinfo): security updates cannot be told apart"))
	}
	pendingVerdict(in, v, debPending(r.Pending), maxAge, o.PatchMaxAgeDays)
	return l.T(fmt.Sprintf("Aucun avis de sécurité non appliqué depuis plus de %d jours (%d paquets installés, %d en attente dans le délai) ; la qualification des correctifs reste à décrire dans le fichier de réponses", o.PatchMaxAgeDays, r.Installed, len(r.Pending)),
		fmt.Sprintf("No security advisory unapplied for more than %d days (%d packages installed, %d pending within the window); the qualification of patches stays to describe in the answers file", o.PatchMaxAgeDays, r.Installed, len(r.Pending)))
}

// pendingVerdict fails on updates pending longer than maxAge, listing
// them; an update of unknown age is unknown.
func pendingVerdict(in *checks.Input, v *verdict, ups []update, maxAge time.Duration, maxDays int) {
	l := in.Settings.Lang
	var late, unsure []string
	for _, u := range ups {
		age := in.Settings.RefDate.Sub(u.since)
		obs := fmt.Sprintf("%s pending, available since at least %s (%d days)", u.detail, day(u.since), days(age))
		if u.since.IsZero() {
			obs = u.detail + " pending, available since an unknown date"
			v.unknown = append(v.unknown, l.T("mise à jour "+u.name+" d’ancienneté inconnue", "update "+u.name+" of unknown age"))
		} else if age > maxAge {
			late = append(late, u.name)
		} else if u.atLeast {
			unsure = append(unsure, u.name)
		}
		v.evidence = append(v.evidence, ev(in, RulePatches, obs, fmt.Sprintf("installed within %d days", maxDays), u.source))
	}
	if len(unsure) > 0 {
		// A pending security update whose age is only bounded below is
		// never a pass: it may be older than the window.
		v.warn(RulePatches, l.T(fmt.Sprintf("%d mise(s) à jour de sécurité en attente dont l’ancienneté n’est connue qu’au moins depuis la date de la liste (les listes apt ne datent pas les paquets) : %s", len(unsure), listed(unsure)),
			fmt.Sprintf("%d security update(s) pending whose age is known only from the list's date onwards (apt lists do not date packages): %s", len(unsure), listed(unsure))))
	}
	if len(late) == 0 {
		return
	}
	v.fail(RulePatches, l.T(fmt.Sprintf("%d mise(s) à jour de sécurité en attente depuis plus de %d jours : %s", len(late), maxDays, listed(late)),
		fmt.Sprintf("%d security update(s) pending for more than %d days: %s", len(late), maxDays, listed(late))))
}

// listed names at most maxListed packages.
func listed(names []string) string {
	if len(names) > maxListed {
		names = append(append([]string{}, names[:maxListed]...), fmt.Sprintf("… (+%d)", len(names)-maxListed))
	}
	return strings.Join(names, ", ")
}

// windows judges the snapshot's Windows Update state.
func (o *Options) windows(in *checks.Input, f *hp.Facts, v *verdict, maxAge time.Duration) string {
	l := in.Settings.Lang
	if f.Windows == nil || f.Windows.Updates == nil {
		v.unknown = append(v.unknown, l.T("état Windows Update non relevé", "Windows Update state not collected"))
		v.evidence = append(v.evidence, ev(in, RulePatches, "Windows Update state not collected", "the package state collected", f.Access))
		return ""
	}
	u := f.Windows.Updates
	v.evidence = append(v.evidence, ev(in, RulePatchSource, fmt.Sprintf("last update installed %s (%d installed updates listed)", day(u.LastInstalled), len(u.Installed)),
		fmt.Sprintf("updates installed within %d days", o.PatchMaxAgeDays), f.Access+" Get-HotFix"))
	if u.Pending == nil || u.Searched.IsZero() {
		v.unknown = append(v.unknown, l.T("recherche des mises à jour Windows en attente non faite : état inconnu", "pending Windows updates not searched: state unknown"))
		return ""
	}
	var ups []update
	for _, p := range u.Pending {
		if p.Security {
			ups = append(ups, update{name: p.KB, source: f.Access + " Windows Update search " + day(u.Searched), since: p.Released,
				detail: fmt.Sprintf("%s %s (%s)", p.KB, p.Title, p.Severity)})
		}
	}
	pendingVerdict(in, v, ups, maxAge, o.PatchMaxAgeDays)
	return l.T(fmt.Sprintf("Aucune mise à jour de sécurité Windows en attente depuis plus de %d jours (dernière installée le %s, %d en attente dans le délai)", o.PatchMaxAgeDays, day(u.LastInstalled), len(ups)),
		fmt.Sprintf("No Windows security update pending for more than %d days (last installed %s, %d pending within the window)", o.PatchMaxAgeDays, day(u.LastInstalled), len(ups)))
}

func days(d time.Duration) int { return int(d.Hours() / 24) }

func firstOf(vs ...string) string {
	for _, s := range vs {
		if s != "" {
			return s
		}
	}
	return "?"
}
