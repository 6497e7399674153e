package services

import (
	"reflect"
	"sort"
	"testing"
)

func TestRegistryIsConsistent(t *testing.T) {
	names := map[string]bool{}
	ports := map[int]string{}
	for _, s := range All() {
		if s.Name == "" || s.Display == "" || (s.First != ServerFirst && s.First != ClientFirst) {
			t.Errorf("incomplete entry %+v", s)
		}
		if names[s.Name] {
			t.Errorf("service %q listed twice", s.Name)
		}
		names[s.Name] = true
		for _, p := range s.Ports {
			if other, dup := ports[p]; dup {
				t.Errorf("port %d belongs to %s and %s", p, other, s.Name)
			}
			ports[p] = s.Name
		}
		if s.ImplicitTLS && (s.StartTLS != "" || !s.Encrypted || s.First != ClientFirst || (s.Wraps == "") != (s.Name == TLS)) {
			t.Errorf("%s: implicit TLS is encrypted, client-first, without STARTTLS", s.Name)
		}
	}
}

// The maps the registry replaces, as they were: the derivations documented
// in the package comment must give them back exactly.
func TestRegistryGivesBackTheFormerMaps(t *testing.T) {
	derive := func(keep func(Service) bool) []string {
		var out []string
		for _, s := range All() {
			if keep(s) && s.Name != TLS {
				out = append(out, s.Name)
			}
		}
		sort.Strings(out)
		return out
	}
	cases := []struct {
		name string
		got  []string
		want []string
	}{
		{"implicit TLS", derive(func(s Service) bool { return s.ImplicitTLS }),
			[]string{"ftps", "https", "imaps", "ldaps", "pop3s", "smtps", "syslog-tls", "winrm-tls"}},
		{"encrypted", derive(func(s Service) bool { return s.Encrypted }),
			[]string{"ftps", "https", "imaps", "ldaps", "pop3s", "smtps", "ssh", "syslog-tls", "winrm-tls"}},
		{"STARTTLS", derive(func(s Service) bool { return s.StartTLS != "" }),
			[]string{"ftp", "imap", "ldap", "pop3", "postgresql", "smtp"}},
		{"web", derive(func(s Service) bool { return s.Web }), []string{"http", "https"}},
		{"TLS credentials", derive(func(s Service) bool { return s.Credentials && !s.Web && (s.ImplicitTLS || s.StartTLS != "") }),
			[]string{"ftp", "ftps", "imap", "imaps", "ldap", "ldaps", "pop3", "pop3s", "postgresql", "smtp", "smtps", "winrm-tls"}},
	}
	for _, c := range cases {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s: %v, want %v", c.name, c.got, c.want)
		}
	}
	if Get("postgresql").StartTLS != UpgradePostgres || Get("smtp").StartTLS != UpgradeSMTP {
		t.Error("STARTTLS upgrade names")
	}
	var tlsWeb []int
	for _, p := range DefaultPorts() {
		if s, _ := ByPort(p); s.Web && s.ImplicitTLS {
			tlsWeb = append(tlsWeb, p)
		}
	}
	if !reflect.DeepEqual(tlsWeb, []int{443, 8443, 9443}) {
		t.Errorf("TLS web ports %v", tlsWeb)
	}
}

func TestDefaultPortsAndByPort(t *testing.T) {
	ports := DefaultPorts()
	if len(ports) != 83 || !sort.IntsAreSorted(ports) {
		t.Fatalf("%d ports, sorted %v", len(ports), sort.IntsAreSorted(ports))
	}
	for port, want := range map[int]string{21: "ftp", 25: "smtp", 587: "smtp", 443: "https", 3268: "ldap",
		3269: "ldaps", 5432: "postgresql", 5910: "vnc", 6010: "x11", 8200: "gotoassist", 3389: "rdp", 5986: "winrm-tls", 6514: "syslog-tls", 11112: "dicom"} {
		if s, ok := ByPort(port); !ok || s.Name != want {
			t.Errorf("ByPort(%d) = %q, want %q", port, s.Name, want)
		}
	}
	if _, ok := ByPort(4443); ok {
		t.Error("4443 is no registered port")
	}
	if s, ok := ByName("imaps"); !ok || !s.ImplicitTLS || s.Display != "IMAPS" {
		t.Errorf("ByName(imaps) = %+v", s)
	}
	if s, ok := OverTLS("imap"); !ok || s.Name != "imaps" {
		t.Errorf("OverTLS(imap) = %+v", s)
	}
	if _, ok := OverTLS("ssh"); ok {
		t.Error("no service carries SSH inside TLS")
	}
	if Get("nope").ImplicitTLS || DisplayName("nope") != "nope" || DisplayName("") != "?" || DisplayName("ftp") != "FTP" {
		t.Error("unknown names")
	}
}

func TestTableIsFreshEveryCall(t *testing.T) {
	a := All()
	a[0].Ports[0] = 1
	a[0].Name = "changed"
	if s, _ := ByPort(80); s.Name != "http" {
		t.Fatal("a caller changed the registry")
	}
}
