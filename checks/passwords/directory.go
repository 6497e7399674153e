package passwords

import (
	"fmt"
	"strings"

	"conformscan/checks"
	"conformscan/probes/directory"
	pw "conformscan/probes/passwords"
)

// Directory check IDs.
const (
	CheckDirectoryPolicy = "password-policy-directory"
	CheckDirectory       = "directory-integration"
)

// evalDirectoryPolicy judges the administrators' policy (a PSO applying to
// them wins over the domain policy) for 5.2 and the users' for 5.3/5.5. A
// directory not measured in full (unreachable, TLS failure, timeout,
// referral, a bound exceeded) or whose policies could not be read is ERROR:
// never a MANUAL that lets a GO through.
func evalDirectoryPolicy(in *checks.Input) []checks.Result {
	refs := []string{"5.2", "5.3", "5.5"}
	f := directory.FactsOf(in.Subject)
	if why := directoryUnmeasured(in, f); why != "" {
		return directoryErrors(in, f, why, refs...)
	}
	l := in.Settings.Lang
	if len(f.Policies) == 0 {
		why := l.T("aucune politique lisible dans l'annuaire", "no policy readable in the directory")
		if len(f.Notes) > 0 {
			why += l.T(" : ", ": ") + strings.Join(f.Notes, "; ")
		}
		return directoryErrors(in, f, why, refs...)
	}
	return []checks.Result{
		Evaluate(in, "5.2", Select(f.Policies, pw.ScopeAdmins)),
		Evaluate(in, "5.3", Select(f.Policies, pw.ScopeUsers)),
		Evaluate(in, "5.5", Select(f.Policies, pw.ScopeUsers)),
	}
}

// directoryUnmeasured says why the directory probe's facts cannot be
// judged ("" when they can): the probe did not run, failed, or left
// questions open.
func directoryUnmeasured(in *checks.Input, f *directory.Facts) string {
	l := in.Settings.Lang
	if run, ok := in.Subject.Run(directory.ID); ok && run.Failed() {
		return l.T("mesure de l'annuaire incomplète : ", "directory not measured in full: ") + run.Error
	}
	if f == nil {
		why := in.ProbeNotRun(directory.ID)
		if why == "" {
			why = l.T("la sonde directory n'a rien relevé", "probe directory recorded nothing")
		}
		return l.T("annuaire non mesuré : ", "directory not measured: ") + why
	}
	if len(f.Errors) > 0 {
		return l.T("mesure de l'annuaire incomplète : ", "directory not measured in full: ") + strings.Join(f.Errors, "; ")
	}
	return ""
}

// directoryErrors gives every ref ERROR with why, and the directory's
// evidence when there is some.
func directoryErrors(in *checks.Input, f *directory.Facts, why string, refs ...string) []checks.Result {
	var ev []checks.Evidence
	if f != nil {
		ev = directoryEvidence(in, f)
	}
	var out []checks.Result
	for _, r := range refs {
		out = append(out, checks.Result{Ref: r, Status: checks.StatusError, Summary: checks.Clip(why, 500), Evidence: ev,
			Remediation: in.Settings.Lang.T("Rendre l'annuaire joignable en LDAPS ou StartTLS avec un certificat que --ca valide, puis relancer avec --ldap-bind-dn d'un compte autorisé à lire les politiques.",
				"Make the directory reachable over LDAPS or StartTLS with a certificate --ca verifies, then scan again with --ldap-bind-dn of an account allowed to read the policies.")})
	}
	return out
}

// evalDirectory puts what the directory probe saw into evidence for 5.7
// and 3.1; they stay manual until answered, ERROR when the directory was
// not measured in full.
func evalDirectory(in *checks.Input) []checks.Result {
	f := directory.FactsOf(in.Subject)
	if why := directoryUnmeasured(in, f); why != "" {
		return directoryErrors(in, f, why, "5.7", "3.1")
	}
	l := in.Settings.Lang
	ev := directoryEvidence(in, f)
	summary := l.T("Annuaire ", "Directory ") + f.URL
	if f.Product != "" {
		summary += " (" + f.Product + ")"
	}
	summary += " : " + strings.Join(directoryFindings(f, l), " ; ")
	var out []checks.Result
	for _, ref := range []string{"5.7", "3.1"} {
		out = append(out, checks.Result{Ref: ref, Status: checks.StatusManual, Summary: checks.Clip(summary, 500), Evidence: ev})
	}
	return out
}

func directoryFindings(f *directory.Facts, l checks.Lang) []string {
	yes := func(b *bool, fr, en, frNo, enNo string) string {
		switch {
		case b == nil:
			return l.T(fr+" : inconnu", en+": unknown")
		case *b:
			return l.T(fr, en)
		}
		return l.T(frNo, enNo)
	}
	return []string{
		yes(f.LDAPSOffered, "LDAPS proposé", "LDAPS offered", "pas de LDAPS", "no LDAPS"),
		yes(f.StartTLSOffered, "StartTLS proposé", "StartTLS offered", "pas de StartTLS", "no StartTLS"),
		yes(f.AnonymousBind, "bind anonyme accepté", "anonymous bind accepted", "bind anonyme refusé", "anonymous bind refused"),
		yes(f.AnonymousSearch, "recherche anonyme possible", "anonymous search possible", "recherche anonyme refusée", "anonymous search refused"),
		yes(f.CleartextBindRefused, "bind simple en clair refusé", "cleartext simple bind refused", "bind simple en clair accepté", "cleartext simple bind accepted"),
		tlsWeakness(f, l),
	}
}

func tlsWeakness(f *directory.Facts, l checks.Lang) string {
	if len(f.TLSWeaknesses) == 0 {
		return l.T("certificat sans faiblesse relevée", "no certificate weakness seen")
	}
	return l.T("faiblesse TLS : ", "TLS weakness: ") + strings.Join(f.TLSWeaknesses, "; ")
}

func directoryEvidence(in *checks.Input, f *directory.Facts) []checks.Evidence {
	ev := func(observed, expected string) checks.Evidence {
		return checks.Evidence{Rule: RuleDirectory, Observed: checks.Clip(observed, 400), Expected: expected, Source: f.URL, At: in.Settings.RefDate}
	}
	out := []checks.Evidence{
		ev(fmt.Sprintf("product %q vendor %q naming contexts %v", f.Product, f.Vendor, f.NamingContexts), "directory identified"),
		ev(fmt.Sprintf("ldaps=%s starttls=%s tls=%s", tri(f.LDAPSOffered), tri(f.StartTLSOffered), f.TLSVersion), "LDAPS or StartTLS offered"),
		ev(fmt.Sprintf("anonymous bind=%s anonymous search=%s", tri(f.AnonymousBind), tri(f.AnonymousSearch)), "anonymous bind and search refused"),
		ev("cleartext simple bind: "+f.CleartextBind, "simple bind without TLS refused (strongerAuthRequired)"),
		ev(fmt.Sprintf("SASL %v", f.SASLMechanisms), "SASL mechanisms (GSSAPI for Kerberos)"),
	}
	for _, w := range f.TLSWeaknesses {
		out = append(out, ev("TLS weakness: "+w, "a certificate naming the directory in subjectAltName"))
	}
	for _, e := range f.Errors {
		out = append(out, ev("not measured: "+e, "directory measured in full"))
	}
	for _, n := range f.Notes {
		out = append(out, ev(n, "note"))
	}
	return out
}
