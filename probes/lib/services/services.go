// Package services is the one registry of the network services conformscan
// knows: per service name, its default ports, whether it speaks TLS from the
// first byte, the STARTTLS upgrade it supports, whether credentials cross
// it, who speaks first, whether it is web, and its display name.
//
// The table is built afresh by every call: there is no package state to
// mutate. Names are discovery's service names ("https", "smtp"...).
//
// How the former per-package maps derive from it:
//   - implicit-TLS services: Get(name).ImplicitTLS;
//   - STARTTLS upgrade the TLS probe speaks: Get(name).StartTLS;
//   - web services: Get(name).Web; TLS web ports: ByPort(p) web and implicit TLS;
//   - services encrypted from the first byte (TLS or SSH): Get(name).Encrypted;
//   - TLS-protected credential services other than web:
//     Credentials && !Web && (ImplicitTLS || StartTLS != "");
//   - display names: Get(name).Display (the name itself when unknown).
//
// A library the probes share: it must not import a probe, nor checks/,
// reports/ or anything above probes/.
package services

import "sort"

// Speaker says who sends the first bytes after the TCP connect.
type Speaker string

// Speakers.
const (
	// ServerFirst services greet with a banner (SSH, FTP, SMTP...).
	ServerFirst Speaker = "server"
	// ClientFirst services wait for the client (HTTP, TLS, LDAP...).
	ClientFirst Speaker = "client"
)

// STARTTLS upgrades, as the TLS probe names them.
const (
	UpgradeSMTP     = "smtp"
	UpgradeIMAP     = "imap"
	UpgradePOP3     = "pop3"
	UpgradeFTP      = "ftp"
	UpgradeLDAP     = "ldap"
	UpgradePostgres = "postgres"
)

// TLS is the name of a service that speaks TLS whose application protocol
// could not be told.
const TLS = "tls"

// Service is what conformscan knows of one service.
type Service struct {
	// Name is discovery's name for it ("https", "smtp"...).
	Name string
	// Display is the name shown to people ("HTTPS", "SMTP").
	Display string
	// Ports are its usual ports; each port belongs to one service at most.
	Ports []int
	// ImplicitTLS: TLS from the first byte (https, ldaps, imaps...).
	ImplicitTLS bool
	// Wraps is, for an implicit-TLS service, the service it carries inside
	// TLS ("http" for "https").
	Wraps string
	// StartTLS is the in-protocol upgrade to TLS it supports ("" if none).
	StartTLS string
	// Encrypted: encrypted from the first byte (implicit TLS, or SSH).
	Encrypted bool
	// Credentials: user credentials (a login, a password) can cross it;
	// in clear unless it is encrypted or upgraded.
	Credentials bool
	// First says who speaks first on the wire.
	First Speaker
	// Web: HTTP or HTTPS.
	Web bool
}

// svc builds a plain-text, client-first entry; options adjust it.
func svc(name, display string, ports []int, opts ...func(*Service)) Service {
	s := Service{Name: name, Display: display, Ports: ports, First: ClientFirst}
	for _, o := range opts {
		o(&s)
	}
	return s
}

func implicitTLS(s *Service) { s.ImplicitTLS, s.Encrypted = true, true }
func wraps(inner string) func(*Service) {
	return func(s *Service) { implicitTLS(s); s.Wraps = inner }
}
func serverFirst(s *Service) { s.First = ServerFirst }
func creds(s *Service)       { s.Credentials = true }
func web(s *Service)         { s.Web = true }
func encrypted(s *Service)   { s.Encrypted = true }
func upgrade(proto string) func(*Service) {
	return func(s *Service) { s.StartTLS = proto }
}

// portRange lists the ports from first to last.
func portRange(first, last int) []int {
	var out []int
	for p := first; p <= last; p++ {
		out = append(out, p)
	}
	return out
}

// table is the registry, built afresh on every call.
func table() []Service {
	return []Service{
		// web and web consoles
		svc("http", "HTTP", []int{80, 8000, 8008, 8080, 8081, 8888, 3000, 9090, 10000}, web, creds),
		svc("https", "HTTPS", []int{443, 8443, 9443}, wraps("http"), web, creds),
		// administration
		svc("ssh", "SSH", []int{22, 2222}, serverFirst, encrypted, creds),
		svc("telnet", "Telnet", []int{23}, serverFirst, creds),
		svc("rdp", "RDP", []int{3389}),
		svc("winrm", "WinRM", []int{5985}, creds),
		svc("winrm-tls", "WinRM over TLS", []int{5986}, wraps("winrm"), creds),
		svc("msrpc", "MS-RPC", []int{135}),
		svc("netbios", "NetBIOS", []int{139}),
		svc("smb", "SMB", []int{445}),
		// remote control
		svc("vnc-http", "VNC over HTTP", []int{5800}),
		svc("vnc", "VNC", portRange(5900, 5910), serverFirst),
		svc("teamviewer", "TeamViewer", []int{5938}),
		svc("radmin", "Radmin", []int{4899}),
		svc("dameware", "DameWare", []int{6129}),
		svc("netsupport", "NetSupport", []int{5405, 5421}),
		svc("nomachine", "NoMachine", []int{4000}),
		svc("x11", "X11", portRange(6000, 6010)),
		svc("anydesk", "AnyDesk", []int{6568, 7070}),
		svc("ard", "Apple Remote Desktop", []int{3283}),
		svc("gotoassist", "GoTo remote support", []int{8200}),
		// databases and caches
		svc("mssql", "Microsoft SQL Server", []int{1433}, creds),
		svc("oracle", "Oracle", []int{1521}),
		svc("mysql", "MySQL", []int{3306}, serverFirst),
		svc("postgresql", "PostgreSQL", []int{5432}, upgrade(UpgradePostgres), creds),
		svc("redis", "Redis", []int{6379}),
		svc("mongodb", "MongoDB", []int{27017}),
		svc("elasticsearch", "Elasticsearch", []int{9200}),
		svc("couchdb", "CouchDB", []int{5984}),
		svc("memcached", "memcached", []int{11211}),
		// directory and Kerberos
		svc("kerberos", "Kerberos", []int{88}),
		svc("ldap", "LDAP", []int{389, 3268}, upgrade(UpgradeLDAP), creds),
		svc("ldaps", "LDAPS", []int{636, 3269}, wraps("ldap"), creds),
		// mail
		svc("smtp", "SMTP", []int{25, 587}, serverFirst, upgrade(UpgradeSMTP), creds),
		svc("smtps", "SMTPS", []int{465}, wraps("smtp"), creds),
		svc("pop3", "POP3", []int{110}, serverFirst, upgrade(UpgradePOP3), creds),
		svc("pop3s", "POP3S", []int{995}, wraps("pop3"), creds),
		svc("imap", "IMAP", []int{143}, serverFirst, upgrade(UpgradeIMAP), creds),
		svc("imaps", "IMAPS", []int{993}, wraps("imap"), creds),
		// file transfer and sharing
		svc("ftp", "FTP", []int{21}, serverFirst, upgrade(UpgradeFTP), creds),
		svc("ftps", "FTPS", []int{990}, wraps("ftp"), creds),
		svc("nfs", "NFS", []int{2049}),
		svc("rsync", "rsync", []int{873}, serverFirst),
		// health: DICOM, HL7 MLLP; syslog over TLS
		svc("dicom", "DICOM", []int{104, 11112}),
		svc("hl7", "HL7 MLLP", []int{2575}),
		svc("syslog-tls", "Syslog over TLS", []int{6514}, wraps("syslog")),
		// TLS whose application protocol is not known
		svc(TLS, "TLS", nil, implicitTLS),
	}
}

// All returns every known service, in registry order. The slice is the
// caller's.
func All() []Service { return table() }

// ByName returns the service named name.
func ByName(name string) (Service, bool) {
	for _, s := range table() {
		if s.Name == name {
			return s, true
		}
	}
	return Service{}, false
}

// Get returns the service named name, or the zero Service (every property
// false) when the name is unknown.
func Get(name string) Service {
	s, _ := ByName(name)
	return s
}

// ByPort returns the usual service of a port.
func ByPort(port int) (Service, bool) {
	for _, s := range table() {
		for _, p := range s.Ports {
			if p == port {
				return s, true
			}
		}
	}
	return Service{}, false
}

// OverTLS returns the implicit-TLS service that carries the service inner
// ("https" for "http").
func OverTLS(inner string) (Service, bool) {
	for _, s := range table() {
		if s.ImplicitTLS && s.Wraps == inner && inner != "" {
			return s, true
		}
	}
	return Service{}, false
}

// DefaultPorts returns every port of the registry, sorted: the list relevant
// to the grid (web, administration, remote control, databases, directory,
// mail, file transfer, health protocols).
func DefaultPorts() []int {
	var ports []int
	for _, s := range table() {
		ports = append(ports, s.Ports...)
	}
	sort.Ints(ports)
	return ports
}

// DisplayName returns the display name of a service, the name itself when
// it is not in the registry, and "?" for an empty name.
func DisplayName(name string) string {
	if s, ok := ByName(name); ok {
		return s.Display
	}
	if name == "" {
		return "?"
	}
	return name
}
