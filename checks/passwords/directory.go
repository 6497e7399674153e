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
// them wins over the domain policy) for 5.2 and the users' for 5.3/5.5.
func evalDirectoryPolicy(in *checks.Input) []checks.Result {
	f := directory.FactsOf(in.Subject)
	if f == nil {
		return notMeasured(in, directory.ID, "5.2", "5.3", "5.5")
	}
	out := []checks.Result{
		Evaluate(in, "5.2", Select(f.Policies, pw.ScopeAdmins)),
		Evaluate(in, "5.3", Select(f.Policies, pw.ScopeUsers)),
		Evaluate(in, "5.5", Select(f.Policies, pw.ScopeUsers)),
	}
	if len(f.Policies) == 0 {
		for i := range out {
			out[i].Summary = in.Settings.Lang.T("Aucune politique lisible dans l'annuaire : ", "No policy readable in the directory: ") + strings.Join(f.Notes, "; ")
			out[i].Summary = checks.Clip(out[i].Summary, 400)
		}
	}
	return out
}

// evalDirectory puts what the directory probe saw into evidence for 5.7
// and 3.1; they stay manual until answered.
func evalDirectory(in *checks.Input) []checks.Result {
	f := directory.FactsOf(in.Subject)
	if f == nil {
		return notMeasured(in, directory.ID, "5.7", "3.1")
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
	}
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
	for _, n := range f.Notes {
		out = append(out, ev(n, "note"))
	}
	return out
}
