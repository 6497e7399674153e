package inputs

// Kind is one kind of file the user names on the command line. What each
// kind accepts is a row of the table in Spec: no package state.
type Kind int

// The kinds of user files. Every flag (or argument) naming a file reads
// it through one of them.
const (
	// YAML is a YAML file read by ReadFile (no flag of its own).
	YAML Kind = iota + 1
	Answers
	AnswersXLSX
	Authorisations
	Manifest
	PasswordPolicy
	EOLData
	TLSProfile
	Creds
	CABundle
	SNMPCommunity
	LDAPPassword
	TargetsFile
	NmapXML
	WifiCapture
	WifiNetsh
	WindowsInventory
	ConfigPath
	PasswordsRoot
	Secedit
	NetAccounts
	NucleiTemplates
	SigningKey
	PublicKey
	Report
	AttachmentsDir
	ServeUsers
	ServeTLSCert
	ServeTLSKey
	HostRoot
	SSHKey
	SSHPassword
	SSHKnownHosts
	WinRMPassword
	WindowsSnapshot
	HostExport
	kindEnd
)

// Spec is what a kind of file accepts.
type Spec struct {
	// Name says in a few words what the file is ("CA bundle (PEM)").
	Name string
	// Flags are the flags, then the commands, that name such a file; the
	// first one names the file in errors.
	Flags []string
	// Max is the largest file read, in bytes (for a directory kind: the
	// largest file read under it).
	Max int64
	// Binary: the content is not text (a capture, a workbook). A text
	// kind refuses a NUL byte unless the file starts with a UTF-16
	// byte-order mark.
	Binary bool
	// Stdin: "-" reads the standard input (within Max).
	Stdin bool
	// Dir: the path is a directory (walked or listed), or for ConfigPath
	// a directory or a file.
	Dir bool
	// MaxFiles bounds the files read under a directory kind.
	MaxFiles int
	// Flat: Walk reads the directory's own files, not its subfolders.
	Flat bool
	// Give says what to hand over instead, in errors.
	Give string
}

const (
	kB = 1 << 10
	mB = 1 << 20
)

// table is the one list of input kinds, indexed by Kind.
func table() [kindEnd]Spec {
	return [kindEnd]Spec{
		YAML:             {Name: "YAML file", Max: MaxBytes, Give: "a YAML file of a few kilobytes"},
		Answers:          {Name: "answers file (YAML)", Flags: []string{"--answers", "answers check"}, Max: MaxBytes, Give: "the YAML written from 'conformscan answers init'"},
		AnswersXLSX:      {Name: "answers workbook (XLSX)", Flags: []string{"--answers", "answers check"}, Max: 16 * mB, Binary: true, Give: "the PAS grid saved as .xlsx by Excel or LibreOffice"},
		Authorisations:   {Name: "remote-access authorisations (YAML)", Flags: []string{"--authorisations", "authorisations check"}, Max: MaxBytes, Give: "the YAML written from 'conformscan authorisations init'"},
		Manifest:         {Name: "software manifest (YAML)", Flags: []string{"--manifest", "manifest check"}, Max: MaxBytes, Give: "the YAML written from 'conformscan manifest init'"},
		PasswordPolicy:   {Name: "declared password policy (YAML)", Flags: []string{"--password-policy"}, Max: MaxBytes, Give: "the vendor's password policy as YAML"},
		EOLData:          {Name: "endoflife.date product files", Flags: []string{"--eol-data"}, Max: MaxBytes, Dir: true, MaxFiles: 2000, Give: "the products/ folder of an endoflife.date checkout"},
		TLSProfile:       {Name: "TLS profile (YAML)", Flags: []string{"--tls-profile"}, Max: MaxBytes, Give: "a built-in profile name or a YAML profile"},
		Creds:            {Name: "credentials list (CSV)", Flags: []string{"--creds"}, Max: 4 * mB, Give: "a CSV file of service,username,password lines"},
		CABundle:         {Name: "CA bundle (PEM)", Flags: []string{"--ca"}, Max: 4 * mB, Give: "a PEM file of CA certificates"},
		SNMPCommunity:    {Name: "SNMP community file", Flags: []string{"--snmp-community-file"}, Max: 4 * kB, Give: "a file holding the community on one line"},
		LDAPPassword:     {Name: "LDAP password file", Flags: []string{"--ldap-password-file"}, Max: 4 * kB, Give: "a file holding the password on one line"},
		TargetsFile:      {Name: "targets file", Flags: []string{"--targets-file"}, Max: 4 * mB, Stdin: true, Give: "a text file with one target per line, or - for the standard input"},
		NmapXML:          {Name: "nmap XML report", Flags: []string{"--nmap-xml"}, Max: 64 * mB, Give: "the file nmap wrote with -oX (split a larger scan)"},
		WifiCapture:      {Name: "Wi-Fi capture (pcap, pcapng)", Flags: []string{"--wifi-capture"}, Max: 1 << 30, Binary: true, Give: "a pcap or pcapng file of at most 1 GB (cut a longer capture)"},
		WifiNetsh:        {Name: "netsh wlan output", Flags: []string{"--wifi-netsh"}, Max: 4 * mB, Give: "the output of 'netsh wlan show networks mode=bssid' saved to a file"},
		WindowsInventory: {Name: "Windows exports folder", Flags: []string{"--windows-inventory"}, Max: 32 * mB, Dir: true, Flat: true, MaxFiles: 200, Give: "a folder of .reg, .csv and .txt exports"},
		ConfigPath:       {Name: "application configuration", Flags: []string{"--config-path"}, Max: 1 * mB, Dir: true, MaxFiles: 2000, Give: "a configuration file or folder of text files of at most 1 MB each"},
		PasswordsRoot:    {Name: "root of the Linux password files", Flags: []string{"--passwords-root"}, Max: 1 * mB, Dir: true, Give: "a directory holding etc/login.defs, etc/pam.d, etc/security"},
		Secedit:          {Name: "secedit export", Flags: []string{"--secedit"}, Max: 1 * mB, Give: "the file written by 'secedit /export /cfg FILE'"},
		NetAccounts:      {Name: "net accounts output", Flags: []string{"--net-accounts"}, Max: 1 * mB, Give: "the output of 'net accounts' saved to a file"},
		NucleiTemplates:  {Name: "nuclei templates folder", Flags: []string{"--nuclei-templates"}, Max: 1 * mB, Dir: true, MaxFiles: 5000, Give: "a directory of nuclei YAML templates"},
		SigningKey:       {Name: "Ed25519 private key", Flags: []string{"--sign"}, Max: 16 * kB, Give: "the private key written by 'conformscan keygen -o NAME'"},
		PublicKey:        {Name: "Ed25519 public key", Flags: []string{"--pubkey", "--host-export-key"}, Max: 16 * kB, Give: "the NAME.pub written by 'conformscan keygen'"},
		Report:           {Name: "JSON report", Flags: []string{"report", "verify", "diff", "merge"}, Max: 64 * mB, Give: "a JSON report written by 'conformscan scan --output FILE.json'"},
		AttachmentsDir:   {Name: "attachments folder", Flags: []string{"--attachments-dir"}, Max: 64 * mB, Dir: true, Give: "the folder the answers' evidence paths are relative to"},
		ServeUsers:       {Name: "web view users file", Flags: []string{"--users"}, Max: 1 * mB, Give: "a file of login:bcrypt-hash lines (htpasswd -nB)"},
		ServeTLSCert:     {Name: "web view TLS certificate (PEM)", Flags: []string{"--tls-cert"}, Max: 1 * mB, Give: "the PEM certificate chain of the web view"},
		ServeTLSKey:      {Name: "web view TLS private key (PEM)", Flags: []string{"--tls-key"}, Max: 64 * kB, Give: "the PEM private key of --tls-cert"},
		HostRoot:         {Name: "offline host root", Flags: []string{"--host-root"}, Max: 1 * mB, Dir: true, MaxFiles: 100000, Give: "the folder of a mounted image or a copied root filesystem"},
		SSHKey:           {Name: "SSH private key", Flags: []string{"--ssh-key"}, Max: 64 * kB, Give: "the audit account's unencrypted private key (OpenSSH or PEM)"},
		SSHPassword:      {Name: "SSH password file", Flags: []string{"--ssh-password-file"}, Max: 4 * kB, Give: "a file holding the audit account's password on its first line"},
		SSHKnownHosts:    {Name: "SSH known_hosts file", Flags: []string{"--ssh-known-hosts"}, Max: 16 * mB, Give: "an OpenSSH known_hosts file"},
		WinRMPassword:    {Name: "WinRM password file", Flags: []string{"--winrm-password-file"}, Max: 4 * kB, Give: "a file holding the WinRM audit account's password on its first line"},
		WindowsSnapshot:  {Name: "Windows snapshot (JSON)", Flags: []string{"--windows-snapshot"}, Max: 64 * mB, Give: "a Windows host snapshot in conformscan's JSON format (docs/platforms.md)"},
		HostExport:       {Name: "host export (zip)", Flags: []string{"--host-export"}, Max: 256 * mB, Binary: true, Give: "the zip written by 'conformscan collect -o FILE' on the host, by this conformscan version"},
	}
}

// Spec returns what k accepts (the zero Spec for an unknown kind).
func (k Kind) Spec() Spec {
	if k <= 0 || k >= kindEnd {
		return Spec{}
	}
	return table()[k]
}

// Kinds lists every kind, in table order.
func Kinds() []Kind {
	out := make([]Kind, 0, kindEnd-1)
	for k := YAML; k < kindEnd; k++ {
		out = append(out, k)
	}
	return out
}

// String names k by its first flag (or its name when it has none).
func (k Kind) String() string {
	s := k.Spec()
	if len(s.Flags) > 0 {
		return s.Flags[0]
	}
	if s.Name != "" {
		return s.Name
	}
	return "unknown input kind"
}

// Flag returns the kind whose specs list flag ("--ca"), or 0.
func Flag(flag string) Kind {
	for _, k := range Kinds() {
		for _, f := range k.Spec().Flags {
			if f == flag {
				return k
			}
		}
	}
	return 0
}
