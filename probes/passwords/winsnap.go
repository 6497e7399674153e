package passwords

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"conformscan/probes/winhost"
)

// KindWindowsLocal is the local account policy of a Windows host read
// from its snapshot (NetUserModalsGet, secedit).
const KindWindowsLocal = "windows-local-policy"

// SnapshotPolicy turns a Windows snapshot's account policy into a policy
// for everyone (administrators included: Windows has one local policy):
// lengths, ages, history and lockout as read, complexity from the
// snapshot or, failing that, from its secedit export read by ParseSecedit.
// A policy not read, or read in part (secedit failed), is an error.
func SnapshotPolicy(snap *winhost.Snapshot) (*Policy, error) {
	label := fmt.Sprintf("Windows snapshot (%s) of %s", snap.Collector, snap.Host)
	if why, failed := snap.Failed("account_policy"); failed || snap.Policy == nil {
		if why == "" {
			why = "account_policy absent from the snapshot"
		}
		return nil, fmt.Errorf("local account policy of %s not read: %s", snap.Host, why)
	}
	sp := snap.Policy
	p := &Policy{Name: snap.Host + " local account policy", Kind: KindWindowsLocal, Scope: ScopeAll}
	for _, f := range []struct {
		field string
		v     *int
	}{{"min_length", sp.MinLength}, {"max_age_days", sp.MaxAgeDays}, {"min_age_days", sp.MinAgeDays},
		{"history_length", sp.History}, {"lockout_threshold", sp.LockoutThreshold}, {"lockout_minutes", sp.LockoutMinutes}} {
		if f.v != nil {
			setField(p, f.field, *f.v, label+": account_policy."+f.field)
		}
	}
	switch {
	case sp.Complexity != nil:
		setComplexity(p, *sp.Complexity, label+": account_policy.complexity")
	case sp.Secedit != "":
		sec := ParseSecedit(label+": secedit /export", []byte(sp.Secedit))
		if sec.MinClasses == nil {
			return p, fmt.Errorf("local account policy of %s: secedit export without PasswordComplexity", snap.Host)
		}
		setComplexity(p, *sec.MinClasses > 0, sec.Source("min_classes"))
	default:
		return p, fmt.Errorf("local account policy of %s: password complexity not read", snap.Host)
	}
	if p.MinLength == nil || p.MaxAgeDays == nil || p.HistoryLength == nil {
		return p, fmt.Errorf("local account policy of %s: minimum length, maximum age or history not read", snap.Host)
	}
	return p, nil
}

// SnapshotFacts builds a Windows host's password facts from its snapshot:
// its local policy and the members of its Administrators group (5.2: the
// same local policy governs them). A part not read is an error.
func SnapshotFacts(snap *winhost.Snapshot) (*Facts, error) {
	f := &Facts{Policies: []Policy{}}
	var errs []error
	p, err := SnapshotPolicy(snap)
	errs = append(errs, err)
	if p != nil {
		f.Policies = append(f.Policies, *p)
	}
	if why, failed := snap.Failed("administrators"); failed || snap.Administrators == nil {
		errs = append(errs, fmt.Errorf("Administrators group of %s not read: %s", snap.Host, why))
	} else {
		f.Administrators = append([]string{}, snap.Administrators...)
		f.Notes = append(f.Notes, fmt.Sprintf("Administrators (S-1-5-32-544) of %s: %s; the local account policy applies to them as to users",
			snap.Host, strings.Join(snap.Administrators, ", ")))
	}
	return f, errors.Join(errs...)
}

// CollectWindows reads a Windows host from its snapshot; on this machine
// (local) the files the options name (--secedit, --net-accounts, the
// declared policy, --config-path) are read too, as on Linux.
func CollectWindows(ctx context.Context, o *Options, snap *winhost.Snapshot, local bool) (*Facts, error) {
	f, err := SnapshotFacts(snap)
	errs := []error{err}
	if local {
		errs = append(errs, readWindows(ctx, o, f))
		if o.PolicyFile != "" {
			ps, err := o.declared, error(nil)
			if ps == nil {
				ps, err = ReadDeclared(ctx, o.PolicyFile)
			}
			f.Policies = append(f.Policies, ps...)
			errs = append(errs, err)
		}
		errs = append(errs, ScanConfigPaths(ctx, o.ConfigPaths, f))
	}
	if err := errors.Join(errs...); err != nil {
		return f, fmt.Errorf("password policies: %w", err)
	}
	return f, nil
}
