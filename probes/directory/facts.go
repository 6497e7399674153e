// Package directory assesses an LDAP directory (Active Directory, Samba AD,
// OpenLDAP): its root DSE, whether anonymous bind and search are allowed,
// LDAPS and StartTLS, whether a cleartext simple bind is refused, and its
// password policies (AD domain policy and fine-grained PSOs, OpenLDAP
// ppolicy). It never judges: checks/passwords does.
//
// A probe gathers facts and judges nothing: it must not import checks/,
// reports/, history/, serve/, cmd/, demo/ or fixtures/ (layout/layout_test.go
// guards checks/ and fixtures/).
package directory

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"conformscan/probes"
	pw "conformscan/probes/passwords"
)

// ID is the directory probe's ID.
const ID = "directory"

// Products recognised from the root DSE.
const (
	ProductAD       = "Active Directory"
	ProductSamba    = "Samba AD"
	ProductOpenLDAP = "OpenLDAP"
)

// Facts is what the directory probe saw.
type Facts struct {
	URL             string   `json:"url"`
	Product         string   `json:"product,omitempty"`
	Vendor          string   `json:"vendor,omitempty"`
	NamingContexts  []string `json:"naming_contexts,omitempty"`
	DefaultContext  string   `json:"default_naming_context,omitempty"`
	Controls        []string `json:"supported_controls,omitempty"`
	Extensions      []string `json:"supported_extensions,omitempty"`
	SASLMechanisms  []string `json:"supported_sasl_mechanisms,omitempty"`
	LDAPVersions    []string `json:"supported_ldap_versions,omitempty"`
	StartTLSOffered *bool    `json:"starttls_offered,omitempty"`
	// LDAPSOffered: a TLS handshake succeeded on the ldaps:// port.
	LDAPSOffered *bool  `json:"ldaps_offered,omitempty"`
	TLSVersion   string `json:"tls_version,omitempty"`
	// AnonymousBind / AnonymousSearch: an anonymous bind was accepted, an
	// anonymous search of the naming context returned entries.
	AnonymousBind   *bool `json:"anonymous_bind,omitempty"`
	AnonymousSearch *bool `json:"anonymous_search,omitempty"`
	// CleartextBindRefused: a simple bind without TLS got
	// strongerAuthRequired/confidentialityRequired (nil: not tested).
	CleartextBindRefused *bool  `json:"cleartext_bind_refused,omitempty"`
	CleartextBind        string `json:"cleartext_bind,omitempty"`
	// BoundAs is the DN the policies were read with ("" anonymous).
	BoundAs  string      `json:"bound_as,omitempty"`
	Policies []pw.Policy `json:"policies"`
	// PPolicyDefault is the DN of OpenLDAP's default password policy
	// (olcPPolicyDefault in cn=config), the one applying to entries without
	// pwdPolicySubentry; "" when unknown (see Notes) or unset.
	PPolicyDefault string `json:"ppolicy_default,omitempty"`
	// Admins are the group names whose policy is judged for 5.2.
	Admins []string `json:"admin_groups,omitempty"`
	// TLSWeaknesses are what is wrong with the TLS the directory offers
	// although the probe accepted it (a certificate naming the host in its
	// CN only).
	TLSWeaknesses []string `json:"tls_weaknesses,omitempty"`
	// Errors are the questions the probe could not answer: the directory
	// unreachable, a TLS failure, a timeout, a referral not followed, a
	// bound exceeded. The policies read are then incomplete.
	Errors []string `json:"errors,omitempty"`
	// Accounts are the directory's accounts (8.2); nil when not listed.
	// AccountsError says why the listing stopped (then incomplete).
	Accounts      []Account `json:"accounts,omitempty"`
	AccountsError string    `json:"accounts_error,omitempty"`
	Notes         []string  `json:"notes,omitempty"`
	At            time.Time `json:"at"`
}

// maxFacts bounds Errors and Notes.
const maxFacts = 32

func (f *Facts) note(format string, a ...any) {
	n := fmt.Sprintf(format, a...)
	if len(f.Notes) < maxFacts && !slices.Contains(f.Notes, n) {
		f.Notes = append(f.Notes, n)
	}
}

// fail records a question left unanswered.
func (f *Facts) fail(format string, a ...any) {
	if len(f.Errors) < maxFacts {
		f.Errors = append(f.Errors, fmt.Sprintf(format, a...))
	}
}

// weakness records a TLS weakness of host once.
func (f *Facts) weakness(host, w string) {
	s := host + ": " + w
	for _, x := range f.TLSWeaknesses {
		if x == s {
			return
		}
	}
	f.TLSWeaknesses = append(f.TLSWeaknesses, s)
}

// err is the error the probe run ends with: every question left
// unanswered (nil when none).
func (f *Facts) err() error {
	if len(f.Errors) == 0 {
		return nil
	}
	return &probes.Error{Kind: probes.KindProtocol, Op: "directory " + f.URL, Err: errors.New(strings.Join(f.Errors, "; "))}
}

// FactsOf returns the probe's facts on a subject (nil when none).
func FactsOf(s *probes.Subject) *Facts {
	if s == nil {
		return nil
	}
	f, _ := s.Fact(ID).(*Facts)
	return f
}

func boolp(v bool) *bool { return &v }
