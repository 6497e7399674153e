// Package hostlog judges a host's authentication logging (6.3), its log
// forwarding to a central collector (6.5), its generic local accounts
// (8.2), the naming of its administration accounts (3.2) and how long
// its authentication traces stay (8.15) from the
// hostlog probe's facts, read on the local machine, over SSH, on an
// offline root or from a Windows snapshot.
// A family: it reads the facts of the probes it needs through their accessors
// and must not import another family (checks/endpoint is the shared view),
// reports/, history/, serve/ or cmd/.
package hostlog

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/spf13/pflag"

	"conformscan/checks"
	"conformscan/probes"
	dir "conformscan/probes/directory"
	hl "conformscan/probes/hostlog"
)

// Check IDs.
const (
	CheckAuthLogging = "host-auth-logging"
	CheckForwarding  = "host-log-forwarding"
	CheckAccounts    = "host-personal-accounts"
	CheckAdminNaming = "host-admin-naming"
	CheckDirAccounts = "directory-personal-accounts"
	CheckRetention   = "host-log-retention"
)

// Options are the family's flags.
type Options struct {
	// Collector is the destination the hospital expects (host or
	// host:port); empty: any.
	Collector string
	// Generic are more account names that name no person (the vendor's
	// name...), judged as genericNames for 8.2.
	Generic []string
	// AccountNaming is the hospital's naming rule for administration
	// accounts (3.2); naming is it, anchored and compiled by Validate.
	AccountNaming string
	naming        *regexp.Regexp
	// Service are the service accounts the hospital accepted (8.2):
	// generic names, but excepted with evidence.
	Service []string
}

// Register adds --log-collector.
func (o *Options) Register(fs *pflag.FlagSet) {
	fs.StringVar(&o.Collector, "log-collector", "", "log collector the hosts must forward to (HOST or HOST:PORT), judged for 6.5")
	fs.StringArrayVar(&o.Generic, "generic-account", nil, "account name that names no person (the vendor's name...), added to the generic names of 8.2 (repeatable)")
	fs.StringArrayVar(&o.Service, "service-account", nil, "service account accepted by the hospital (declared in the answers file for 8.2): a generic name excepted, with evidence (repeatable)")
	fs.StringVar(&o.AccountNaming, "account-naming", "", "the hospital's naming rule for administration accounts, a regular expression matched against the whole name (3.2)")
}

// Validate checks the collector's form.
func (o *Options) Validate(context.Context) error {
	if strings.ContainsAny(o.Collector, " /@\t") {
		return fmt.Errorf("--log-collector %q: give HOST or HOST:PORT", o.Collector)
	}
	if o.AccountNaming != "" {
		re, err := regexp.Compile("^(?:" + o.AccountNaming + ")$")
		if err != nil {
			return fmt.Errorf("--account-naming %q: not a regular expression: %w", o.AccountNaming, err)
		}
		o.naming = re
	}
	for _, g := range o.Generic {
		if g == "" || strings.ContainsAny(g, ": \t\n") {
			return fmt.Errorf("--generic-account %q: give an account name", g)
		}
	}
	for _, g := range o.Service {
		if g == "" || strings.ContainsAny(g, ": \t\n") {
			return fmt.Errorf("--service-account %q: give an account name", g)
		}
	}
	return nil
}

// Family returns the host logging and accounts checks.
func Family() checks.Family {
	o := &Options{}
	return checks.Family{
		Name:    "hostlog",
		Options: o,
		Rules:   append(Rules(), retentionRules()...),
		Checks: []checks.Check{
			{ID: CheckAuthLogging, Title: "Authentication logged on success and failure on the host", Refs: []string{"6.3"},
				Kind: probes.SubjectLocal, Needs: []string{hl.ID}, Eval: evalAuth},
			{ID: CheckForwarding, Title: "Host logs forwarded to a central collector", Refs: []string{"6.5"},
				Kind: probes.SubjectLocal, Needs: []string{hl.ID}, Eval: o.evalForward},
			{ID: CheckAccounts, Title: "No generic local account able to log in", Refs: []string{"8.2"},
				Kind: probes.SubjectLocal, Needs: []string{hl.ID}, Eval: o.evalAccounts},
			{ID: CheckDirAccounts, Title: "No generic directory account enabled", Refs: []string{"8.2"},
				Kind: probes.SubjectDirectory, Needs: []string{dir.ID}, Eval: o.evalDirAccounts},
			{ID: CheckAdminNaming, Title: "Administration accounts follow the hospital's naming rule", Refs: []string{"3.2"},
				Kind: probes.SubjectLocal, Needs: []string{hl.ID}, Eval: o.evalAdminNaming},
			{ID: CheckRetention, Title: "Authentication traces kept at least 18 months on the host or forwarded", Refs: []string{"8.15"},
				Kind: probes.SubjectLocal, Needs: []string{hl.ID}, Eval: evalRetention},
		},
	}
}

// factsOr returns the facts, or a result for ref saying why there are
// none usable: the probe did not run (manual) or the host is not a
// readable Unix root (error).
func factsOr(in *checks.Input, ref string) (*hl.Facts, *checks.Result) {
	l := in.Settings.Lang
	f := hl.FactsOf(in.Subject)
	if f == nil {
		why := in.ProbeNotRun(hl.ID)
		if why == "" {
			why = l.T("la sonde "+hl.ID+" n'a rien relevé", "probe "+hl.ID+" recorded nothing")
		}
		return nil, &checks.Result{Ref: ref, Status: checks.StatusManual, Summary: l.T("Non mesuré : ", "Not measured: ") + why}
	}
	if !f.PasswdRead && f.Windows == nil {
		r := &checks.Result{Ref: ref, Status: checks.StatusError,
			Summary: l.T("/etc/passwd illisible ou absent : hôte non Linux ou racine illisible, impossible de conclure",
				"/etc/passwd unreadable or absent: not a Linux host or an unreadable root, no conclusion")}
		r.Evidence = unreadEvidence(in, f, hl.TopicAccounts, RuleAuthSink)
		return nil, r
	}
	return f, nil
}

// unreadEvidence names the files of a topic that could not be read.
func unreadEvidence(in *checks.Input, f *hl.Facts, topic, rule string) []checks.Evidence {
	var out []checks.Evidence
	for _, u := range f.UnreadOf(topic) {
		out = append(out, checks.Evidence{Rule: rule, Observed: "not read: " + u.Reason, Expected: "the file read whole",
			Source: u.Path, At: in.Settings.RefDate})
	}
	return out
}

func ev(in *checks.Input, rule, observed, expected, source string) checks.Evidence {
	return checks.Evidence{Rule: rule, Observed: observed, Expected: expected, Source: source, At: in.Settings.RefDate}
}
