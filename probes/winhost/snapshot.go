package winhost

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// Version is the snapshot format this build writes and reads. A snapshot
// of another version is refused (never half-read).
const Version = 1

// MaxSnapshot bounds a snapshot's JSON.
const MaxSnapshot = 64 << 20

// Snapshot is one Windows host as read at one time. Slices are empty,
// never nil, when the collector read the source and found nothing; a
// source it could not read is named in Problems and its slice is nil:
// the facts built from it are then an error, never "nothing found".
type Snapshot struct {
	Version   int       `json:"version"`
	Collector string    `json:"collector"` // "native", "winrm", "recorded"
	Host      string    `json:"host"`
	Taken     time.Time `json:"taken"`
	OS        OS        `json:"os"`
	Programs  []Program `json:"programs"`
	Services  []Service `json:"services"`
	Processes []Process `json:"processes"`
	Sockets   []Socket  `json:"sockets"`
	Policy    *Policy   `json:"account_policy"`
	// Administrators are the members of the local Administrators group
	// (well-known SID S-1-5-32-544), as DOMAIN\name.
	Administrators []string `json:"administrators"`
	// LocalAccounts are the local user accounts (NetUserEnum natively,
	// Get-LocalUser over WinRM); nil when not read (then in Problems as
	// "local_accounts") or absent from an older recorded snapshot: 8.2 is
	// then an error.
	LocalAccounts []LocalAccount `json:"local_accounts"`
	// Security holds what the security refs read (malware protection,
	// updates, audit policy, disk encryption); fields are added by the
	// probes that need them.
	Security *Security `json:"security,omitempty"`
	// Problems names every source the collector could not read, with why.
	Problems []Problem `json:"problems"`
}

// LocalAccount is one local user account.
type LocalAccount struct {
	Name    string `json:"name"`
	SID     string `json:"sid"` // "S-1-5-21-...-500": RID 500 is the built-in Administrator, 501 Guest
	Enabled bool   `json:"enabled"`
	// LastLogon is zero when the account never logged on (or it is not
	// known).
	LastLogon time.Time `json:"last_logon"`
}

// RID is the account's relative identifier (the SID's last part), -1
// when the SID does not end with one.
func (a LocalAccount) RID() int {
	i := strings.LastIndexByte(a.SID, '-')
	n, err := strconv.Atoi(a.SID[i+1:])
	if i < 0 || err != nil || n < 0 {
		return -1
	}
	return n
}

// Problem is one source not read.
type Problem struct {
	// Source is a snapshot field ("programs", "services", "account_policy"),
	// a part of one ("account_policy.complexity": the rest of the policy
	// was read), or one item ("service:NAME": its configuration).
	Source string `json:"source"`
	Error  string `json:"error"`
}

// OS is HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion.
type OS struct {
	ProductName      string `json:"product_name"`      // "Windows Server 2019 Standard"
	EditionID        string `json:"edition_id"`        // "ServerStandard", "EnterpriseS" (LTSC)
	InstallationType string `json:"installation_type"` // "Server", "Server Core", "Client"
	DisplayVersion   string `json:"display_version,omitempty"`
	Build            int    `json:"build"` // CurrentBuild
	UBR              int    `json:"ubr"`
}

// Program is one Uninstall key.
type Program struct {
	Name      string `json:"name"` // DisplayName
	Version   string `json:"version,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	// View is where the key was read: "64" (HKLM), "32" (WOW6432Node),
	// "user:<SID>" (HKU\<SID>).
	View string `json:"view"`
	Key  string `json:"key,omitempty"`
}

// Service is one service of the Service Control Manager.
type Service struct {
	Name        string `json:"name"`
	DisplayName string `json:"display_name,omitempty"`
	StartType   string `json:"start_type"` // "auto", "delayed-auto", "manual", "disabled", "boot", "system", "unknown" (configuration not readable)
	State       string `json:"state"`      // "running", "stopped", ...
	Account     string `json:"account,omitempty"`
	BinaryPath  string `json:"binary_path,omitempty"`
	PID         int    `json:"pid,omitempty"`
}

// Process is one running process.
type Process struct {
	PID     int    `json:"pid"`
	Name    string `json:"name"` // image name, "TeamViewer.exe"
	Path    string `json:"path,omitempty"`
	User    string `json:"user,omitempty"`
	Session int    `json:"session"` // 0: services' session
}

// Socket is one listening TCP socket or bound UDP socket.
type Socket struct {
	Proto   string `json:"proto"` // "tcp", "udp"
	Address string `json:"address"`
	Port    int    `json:"port"`
	PID     int    `json:"pid"`
}

// Policy is the local account policy (NetUserModalsGet levels 0 and 3,
// complexity from secedit's [System Access]). A nil field was not read.
type Policy struct {
	MinLength        *int  `json:"min_length"`
	MaxAgeDays       *int  `json:"max_age_days"` // -1: never expires
	MinAgeDays       *int  `json:"min_age_days"`
	History          *int  `json:"history"`
	LockoutThreshold *int  `json:"lockout_threshold"` // 0: never locks
	LockoutMinutes   *int  `json:"lockout_minutes"`
	Complexity       *bool `json:"complexity"`
	// Secedit is the raw 'secedit /export /areas SECURITYPOLICY' text,
	// kept as evidence when it was read.
	Secedit string `json:"secedit,omitempty"`
}

// Security is filled by the security refs' collectors; each adds its own
// field (in its own file's type) as it is built.
type Security struct {
	DiskEncryption  *DiskEncryption  `json:"disk_encryption,omitempty"`
	AuditPolicy     []AuditSetting   `json:"audit_policy"`
	EventForwarding *EventForwarding `json:"event_forwarding,omitempty"`
	// Malware: refs 2.17 and 13.17 (security_malware.go).
	Malware  *Malware  `json:"malware,omitempty"`
	Firewall *Firewall `json:"firewall,omitempty"` // security_firewall.go
}

// Decode reads a snapshot strictly: one JSON object of this Version, no
// unknown field, the host and collector named. Anything else is an error
// naming what is wrong.
func Decode(data []byte) (*Snapshot, error) {
	if len(data) > MaxSnapshot {
		return nil, fmt.Errorf("Windows snapshot: %d bytes, over the %d-byte bound", len(data), MaxSnapshot)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var s Snapshot
	if err := dec.Decode(&s); err != nil {
		return nil, fmt.Errorf("Windows snapshot: %w", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, errors.New("Windows snapshot: data after the JSON object")
	}
	if s.Version != Version {
		return nil, fmt.Errorf("Windows snapshot: format version %d, this build reads version %d only", s.Version, Version)
	}
	if s.Host == "" || s.Collector == "" {
		return nil, errors.New("Windows snapshot: host or collector missing")
	}
	return &s, nil
}

// Source is implemented by a host access that can take a Windows
// snapshot: the local machine on Windows (APIs), WinRM (the fixed
// PowerShell script), a collect bundle (replayed). Host probes ask
// hostaccess.Default(subject) for it with a type assertion; an access
// without it is not a Windows host.
type Source interface {
	WindowsSnapshot(ctx context.Context) (*Snapshot, error)
}
