package winhost

import (
	"bytes"
	"embed"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf16"
)

// Scripts are the PowerShell scripts shared by the WinRM access
// (probes/hostaccess, allow-listed) and the native collector: one source
// of truth for what both read.
//
//go:embed winscripts/*.ps1
var Scripts embed.FS

// SecurityScriptName is the script reading Snapshot.Security.
const SecurityScriptName = "security.ps1"

// MaxSecurityReport bounds the security script's decoded output.
const MaxSecurityReport = 16 << 20

// SecurityReport is what security.ps1 prints (base64 of this JSON): the
// Security fields, the raw auditpol CSV (parsed here, by
// ParseAuditpolCSV, whatever collector ran it) and the sources not read.
type SecurityReport struct {
	Malware         *Malware         `json:"malware"`
	AuditpolCSV     *string          `json:"auditpol_csv"`
	EventForwarding *EventForwarding `json:"event_forwarding"`
	DiskEncryption  *DiskEncryption  `json:"disk_encryption"`
	Firewall        *Firewall        `json:"firewall"`
	Problems        []Problem        `json:"problems"`
}

// DecodeSecurityReport reads the script's last output line: base64 of one
// JSON SecurityReport, strictly (no unknown field, nothing after it).
func DecodeSecurityReport(line []byte) (*SecurityReport, error) {
	raw, err := base64.StdEncoding.DecodeString(strings.TrimSpace(string(line)))
	if err != nil {
		return nil, errors.New("Windows security sections: the script's output is not base64")
	}
	if len(raw) > MaxSecurityReport {
		return nil, fmt.Errorf("Windows security sections: %d bytes, over the %d-byte bound", len(raw), MaxSecurityReport)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var r SecurityReport
	if err := dec.Decode(&r); err != nil {
		return nil, fmt.Errorf("Windows security sections: %w", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, errors.New("Windows security sections: data after the JSON object")
	}
	if r.Problems == nil {
		return nil, errors.New("Windows security sections: no problems list (output incomplete)")
	}
	return &r, nil
}

// MergeSecurity puts the report's sections in s.Security (a section
// already there, read natively, is kept) and its problems in s.Problems;
// the auditpol CSV is parsed here, and a CSV not understood is the
// problem "audit_policy" with a nil AuditPolicy.
func (s *Snapshot) MergeSecurity(r *SecurityReport) {
	if s.Security == nil {
		s.Security = &Security{}
	}
	sec := s.Security
	s.Problems = append(s.Problems, r.Problems...)
	if sec.Malware == nil {
		sec.Malware = r.Malware
	}
	if sec.EventForwarding == nil {
		sec.EventForwarding = r.EventForwarding
	}
	if sec.DiskEncryption == nil {
		sec.DiskEncryption = r.DiskEncryption
	}
	if sec.Firewall == nil {
		sec.Firewall = r.Firewall
	}
	if sec.AuditPolicy == nil && r.AuditpolCSV != nil {
		a, err := ParseAuditpolCSV([]byte(*r.AuditpolCSV))
		if err != nil {
			s.Problems = append(s.Problems, Problem{Source: "audit_policy", Error: err.Error()})
			return
		}
		sec.AuditPolicy = a
	}
}

// SecurityScript returns security.ps1, told to skip the sections in skip
// ("audit", "wef": the native collector reads them with the APIs).
func SecurityScript(skip ...string) (string, error) {
	b, err := Scripts.ReadFile("winscripts/" + SecurityScriptName)
	if err != nil {
		return "", err
	}
	text := MinifyPowerShell(string(b))
	if len(skip) == 0 {
		return text, nil
	}
	quoted := make([]string, len(skip))
	for i, k := range skip {
		quoted[i] = "'" + strings.ReplaceAll(k, "'", "") + "'"
	}
	return "$skip = @(" + strings.Join(quoted, ", ") + ")\n" + text, nil
}

// MinifyPowerShell drops comment lines, indentation and blank lines: the
// command line of powershell.exe is bounded (32767 characters).
func MinifyPowerShell(s string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// PowerShellArgs is the command line running script:
// powershell.exe -NoProfile -NonInteractive -EncodedCommand <UTF-16LE base64>.
func PowerShellArgs(script string) []string {
	u := utf16.Encode([]rune(script))
	b := make([]byte, 2*len(u))
	for i, c := range u {
		b[2*i], b[2*i+1] = byte(c), byte(c>>8)
	}
	return []string{"-NoProfile", "-NonInteractive", "-EncodedCommand", base64.StdEncoding.EncodeToString(b)}
}
