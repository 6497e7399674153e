// Package directory assesses an LDAP directory (Active Directory, Samba AD,
// OpenLDAP): its root DSE, whether anonymous bind and search are allowed,
// LDAPS and StartTLS, whether a cleartext simple bind is refused, and its
// password policies (AD domain policy and fine-grained PSOs, OpenLDAP
// ppolicy). It never judges: checks/passwords does.
package directory

import (
	"fmt"
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
	Admins []string  `json:"admin_groups,omitempty"`
	Notes  []string  `json:"notes,omitempty"`
	At     time.Time `json:"at"`
}

func (f *Facts) note(format string, a ...any) {
	f.Notes = append(f.Notes, fmt.Sprintf(format, a...))
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
