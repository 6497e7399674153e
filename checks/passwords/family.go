// Package passwords judges password policies (5.2 administrators, 5.3
// users, 5.5 renewal and history) from every source with one evaluator,
// cleartext passwords in configuration files (5.4, 13.8), integrated web
// authentication (5.6) and directory integration (5.7, 3.1).
//
// A family: it reads the facts of the probes it needs through their accessors
// and must not import another family (checks/endpoint is the shared view),
// reports/, history/, serve/ or cmd/.
package passwords

import (
	"fmt"
	"time"

	"conformscan/checks"
	"conformscan/probes"
	"conformscan/probes/cleartext"
	"conformscan/probes/directory"
	pw "conformscan/probes/passwords"
	tlsprobe "conformscan/probes/tls"
)

// Check IDs.
const (
	CheckLocalPolicy = "password-policy-local"
	CheckCleartext   = "password-cleartext-config"
)

// Family returns the password checks and rules.
func Family() checks.Family {
	return checks.Family{
		Name:  "passwords",
		Rules: Rules(),
		Checks: []checks.Check{
			{ID: CheckLocalPolicy, Title: "Password policies of the host and the declared application policy", Refs: []string{"5.2", "5.3", "5.5"},
				Kind: probes.SubjectLocal, Needs: []string{pw.ID}, Eval: evalLocal},
			{ID: CheckCleartext, Title: "No cleartext password in the application's configuration files", Refs: []string{"5.4", "13.8"},
				Kind: probes.SubjectLocal, Needs: []string{pw.ID}, Eval: evalCleartext},
			{ID: CheckDirectoryPolicy, Title: "Password policies of the directory (AD domain policy and PSOs, ppolicy)", Refs: []string{"5.2", "5.3", "5.5"},
				Kind: probes.SubjectDirectory, Needs: []string{directory.ID}, Eval: evalDirectoryPolicy},
			{ID: CheckDirectory, Title: "Directory reachable securely for identities and thick clients", Refs: []string{"5.7", "3.1"},
				Kind: probes.SubjectDirectory, Needs: []string{directory.ID}, Eval: evalDirectory},
			{ID: CheckIntegratedAuth, Title: "Web applications offer integrated authentication", Refs: []string{"5.6"},
				// The probes' failures on endpoints that are not web (an SMTP
				// without STARTTLS the TLS probe could not enter) say nothing
				// of web authentication: the check judges them (webauth.go).
				Needs: []string{cleartext.ID, tlsprobe.ID}, Partial: []string{cleartext.ID, tlsprobe.ID}, Eval: evalIntegratedAuth},
		},
	}
}

// notMeasured gives refs a manual result saying why.
func notMeasured(in *checks.Input, probe string, refs ...string) []checks.Result {
	why := in.ProbeNotRun(probe)
	if why == "" {
		why = in.Settings.Lang.T("la sonde "+probe+" n'a rien relevé", "probe "+probe+" recorded nothing")
	}
	var out []checks.Result
	for _, r := range refs {
		out = append(out, checks.Result{Ref: r, Status: checks.StatusManual, Summary: in.Settings.Lang.T("Non mesuré : ", "Not measured: ") + why})
	}
	return out
}

func evalLocal(in *checks.Input) []checks.Result {
	f := pw.FactsOf(in.Subject)
	if f == nil {
		return notMeasured(in, pw.ID, "5.2", "5.3", "5.5")
	}
	return []checks.Result{
		Evaluate(in, "5.2", Select(f.Policies, pw.ScopeAdmins)),
		Evaluate(in, "5.3", Select(f.Policies, pw.ScopeUsers)),
		Evaluate(in, "5.5", Select(f.Policies, pw.ScopeUsers)),
	}
}

func evalCleartext(in *checks.Input) []checks.Result {
	f := pw.FactsOf(in.Subject)
	if f == nil {
		return notMeasured(in, pw.ID, "5.4", "13.8")
	}
	l := in.Settings.Lang
	res := checks.Result{Ref: "5.4", Status: checks.StatusManual,
		Summary: l.T("Aucun fichier de configuration lu : donner --config-path", "No configuration file read: give --config-path")}
	for _, s := range f.Secrets {
		res.Evidence = append(res.Evidence, checks.Evidence{Rule: RuleCleartext, Observed: fmt.Sprintf("%s = %s (cleartext)", s.Key, s.Masked),
			Expected: "a hash or a reference to a vault", Source: fmt.Sprintf("%s:%d", s.File, s.Line), At: in.Settings.RefDate})
	}
	for _, s := range f.Hashed {
		res.Evidence = append(res.Evidence, checks.Evidence{Rule: RuleCleartext, Observed: fmt.Sprintf("%s = %s (%s hash)", s.Key, s.Masked, s.Form),
			Expected: "a hash or a reference to a vault", Source: fmt.Sprintf("%s:%d", s.File, s.Line), At: in.Settings.RefDate})
	}
	res.Evidence = append(res.Evidence, skippedEvidence(f, in.Settings.RefDate)...)
	switch {
	case len(f.Secrets) > 0:
		res.Status, res.Remediation = checks.StatusFail, remediationOf(RuleCleartext, l)
		res.Summary = l.T(fmt.Sprintf("%d mot(s) de passe en clair dans %d fichier(s) lus", len(f.Secrets), len(f.ConfigFiles)),
			fmt.Sprintf("%d cleartext password(s) in %d file(s) read", len(f.Secrets), len(f.ConfigFiles)))
	case len(f.Skipped) > 0:
		// A file not read may hold a password: the configuration cannot
		// be said clean.
		res.Status = checks.StatusError
		res.Summary = l.T(fmt.Sprintf("%d fichier(s) de configuration non lus (voir les preuves) : impossible de conclure ; %d fichier(s) lus sans mot de passe en clair", len(f.Skipped), len(f.ConfigFiles)),
			fmt.Sprintf("%d configuration file(s) not read (see the evidence): no conclusion; %d file(s) read without a cleartext password", len(f.Skipped), len(f.ConfigFiles)))
	case len(f.ConfigFiles) > 0:
		res.Status = checks.StatusPass
		res.Summary = l.T(fmt.Sprintf("Aucun mot de passe en clair dans %d fichier(s) ; %d empreinte(s) reconnue(s)", len(f.ConfigFiles), len(f.Hashed)),
			fmt.Sprintf("No cleartext password in %d file(s); %d hash(es) recognised", len(f.ConfigFiles), len(f.Hashed)))
	}
	r138 := res
	r138.Ref = "13.8"
	return []checks.Result{res, r138}
}

// skippedEvidence names each file the --config-path walk could not read.
func skippedEvidence(f *pw.Facts, at time.Time) []checks.Evidence {
	var out []checks.Evidence
	for _, s := range f.Skipped {
		out = append(out, checks.Evidence{Rule: RuleCleartext, Observed: "not read: " + s.Reason,
			Expected: "every file under --config-path read whole", Source: s.Path, At: at})
	}
	return out
}
