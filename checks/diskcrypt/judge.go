package diskcrypt

import (
	"fmt"
	"strings"

	"conformscan/checks"
	dc "conformscan/probes/diskcrypt"
)

// Applicability of 13.1 to a host.
type applies int

const (
	appliesUnknown applies = iota
	appliesYes
	appliesNo
)

// applicability says whether the host is a mobile device, from --mobile
// or a fact read (a chassis type, a virtual machine), with its evidence.
func (o *Options) applicability(in *checks.Input, f *dc.Facts) (applies, checks.Evidence) {
	const expected = "a mobile device (portable chassis, or --mobile)"
	switch {
	case o.Mobile:
		return appliesYes, ev(in, RuleMobile, "--mobile given", expected, "command line")
	case f.Chassis != nil:
		obs := fmt.Sprintf("chassis type %s (%s)", f.Chassis.Value, f.Chassis.Name)
		if f.Chassis.Portable {
			return appliesYes, ev(in, RuleMobile, obs+": portable", expected, f.Chassis.Source)
		}
		return appliesNo, ev(in, RuleMobile, obs+": not portable", expected, f.Chassis.Source)
	case f.Virtual != "":
		return appliesNo, ev(in, RuleMobile, f.Virtual, expected, f.Access)
	}
	return appliesUnknown, ev(in, RuleMobile, "no chassis type read and no sign of a virtual machine", expected, f.Access)
}

// eval judges 13.1 on one host.
func (o *Options) eval(in *checks.Input) []checks.Result {
	l := in.Settings.Lang
	f := dc.FactsOf(in.Subject)
	if f == nil {
		why := in.ProbeNotRun(dc.ID)
		if why == "" {
			why = l.T("la sonde "+dc.ID+" n'a rien relevé", "probe "+dc.ID+" recorded nothing")
		}
		return []checks.Result{{Ref: "13.1", Status: checks.StatusManual, Summary: l.T("Non mesuré : ", "Not measured: ") + why}}
	}
	app, appEv := o.applicability(in, f)
	r := checks.Result{Ref: "13.1", Evidence: []checks.Evidence{appEv}}
	if app == appliesNo {
		r.Status = checks.StatusNA
		r.Summary = l.T("Hôte non mobile : "+appEv.Observed, "Not a mobile device: "+appEv.Observed)
		return []checks.Result{r}
	}
	enc, plain, unknown := o.volumes(in, f, &r)
	switch {
	case len(plain) > 0 && app == appliesYes:
		r.Status, r.Remediation = checks.StatusFail, remediation(RuleEncrypted, l)
		r.Summary = l.T("Volume(s) non chiffré(s) sur un dispositif mobile : ", "Unencrypted volume(s) on a mobile device: ") + strings.Join(plain, ", ")
	case len(plain) > 0:
		r.Status, r.Remediation = checks.StatusError, remediation(RuleMobile, l)
		r.Summary = l.T("Volume(s) non chiffré(s) ("+strings.Join(plain, ", ")+") mais type de boîtier illisible : impossible de dire si l'hôte est mobile ; donner --mobile ou répondre 13.1 dans le fichier de réponses",
			"Unencrypted volume(s) ("+strings.Join(plain, ", ")+") but no chassis type read: whether the host is mobile is unknown; give --mobile or answer 13.1 in the answers file")
	case len(unknown) > 0 || len(f.Unread) > 0 || len(enc) == 0:
		r.Status = checks.StatusError
		r.Summary = l.T("Chiffrement non établi pour : ", "Encryption not established for: ") + strings.Join(append(unknown, unreadNames(f)...), ", ")
		if len(enc) == 0 && len(unknown) == 0 && len(f.Unread) == 0 {
			r.Summary = l.T("Aucun volume relevé : impossible de conclure", "No volume listed: no conclusion")
		}
	default:
		r.Status = checks.StatusPass
		r.Summary = l.T("Volumes chiffrés : "+strings.Join(enc, ", ")+" ; la remise des clés au CHM reste à attester dans le fichier de réponses",
			"Volumes encrypted: "+strings.Join(enc, ", ")+"; handing the keys to the hospital stays to attest in the answers file")
	}
	return []checks.Result{r}
}

// volumes adds one evidence per volume and per source not read, and
// names the volumes by state.
func (o *Options) volumes(in *checks.Input, f *dc.Facts, r *checks.Result) (enc, plain, unknown []string) {
	for _, v := range f.Volumes {
		name := v.Device
		if len(v.Mounts) > 0 {
			name += " (" + strings.Join(v.Mounts, ", ") + ")"
		}
		r.Evidence = append(r.Evidence, ev(in, RuleEncrypted, v.State+": "+v.How, dc.Encrypted, v.Where))
		switch v.State {
		case dc.Encrypted:
			enc = append(enc, name)
		case dc.Unencrypted:
			plain = append(plain, name)
		default:
			unknown = append(unknown, name)
		}
	}
	for _, u := range f.Unread {
		r.Evidence = append(r.Evidence, ev(in, RuleEncrypted, "not read: "+u.Reason, "read whole", u.Path))
	}
	if len(f.Skipped) > 0 {
		r.Evidence = append(r.Evidence, ev(in, RuleEncrypted, "left out: "+strings.Join(f.Skipped, ", "), "boot partitions only", f.Access))
	}
	return enc, plain, unknown
}

func unreadNames(f *dc.Facts) []string {
	var out []string
	for _, u := range f.Unread {
		out = append(out, u.Path)
	}
	return out
}

func ev(in *checks.Input, rule, observed, expected, source string) checks.Evidence {
	return checks.Evidence{Rule: rule, Observed: observed, Expected: expected, Source: source, At: in.Settings.RefDate}
}
