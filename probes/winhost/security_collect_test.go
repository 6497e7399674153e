package winhost

import (
	"encoding/base64"
	"strings"
	"testing"
)

func b64(s string) []byte { return []byte(base64.StdEncoding.EncodeToString([]byte(s)) + "\r\n") }

// A report (hand-written in the shape security.ps1 prints) merges into a
// snapshot: sections kept, problems appended, the auditpol CSV parsed;
// a CSV not understood is the problem audit_policy, never an empty policy.
func TestMergeSecurity(t *testing.T) {
	rep := `{"malware":{"defender":null,"av_products":[],"updates":{"installed":[],"pending":null}},` +
		`"auditpol_csv":"\nMachine Name,Policy Target,Subcategory,Subcategory GUID,Inclusion Setting,Exclusion Setting\nSRV,System,Logon,{0CCE9215-69AE-11D9-BED3-505054503030},Success and Failure,\n",` +
		`"event_forwarding":{"subscription_managers":[]},"disk_encryption":{"chassis_types":[23],"volumes":null},"firewall":null,` +
		`"problems":[{"source":"security.malware.defender","error":"0x800106ba"},{"source":"disk_encryption","error":"BitLocker volumes: Invalid namespace"},{"source":"firewall","error":"access denied"}]}`
	r, err := DecodeSecurityReport(b64(rep))
	if err != nil {
		t.Fatal(err)
	}
	s := &Snapshot{Host: "srv", Problems: []Problem{}}
	s.MergeSecurity(r)
	sec := s.Security
	if sec.Malware.Defender != nil || sec.Malware.Updates.Pending != nil || len(sec.AuditPolicy) != 1 || !sec.AuditPolicy[0].Failure ||
		sec.EventForwarding.SubscriptionManagers == nil || sec.DiskEncryption.Volumes != nil || sec.Firewall != nil {
		t.Fatalf("%+v", sec)
	}
	if _, bad := s.Failed("firewall"); !bad || len(s.Problems) != 3 {
		t.Fatalf("problems %+v", s.Problems)
	}
	fr := strings.Replace(rep, "Success and Failure", "Succès et échec", 1)
	r, _ = DecodeSecurityReport(b64(fr))
	s = &Snapshot{Host: "srv", Problems: []Problem{}}
	s.MergeSecurity(r)
	if why, bad := s.Failed("audit_policy"); !bad || s.Security.AuditPolicy != nil || !strings.Contains(why, "not understood") {
		t.Fatalf("localised auditpol: %q %+v", why, s.Security.AuditPolicy)
	}
	for name, bad := range map[string][]byte{
		"not base64":    []byte("Get-MpComputerStatus : access denied"),
		"unknown field": b64(strings.Replace(rep, `"firewall":null`, `"firewall":null,"extra":1`, 1)),
		"no problems":   b64(strings.Replace(rep, `"problems":[`, `"problemz":[`, 1)),
		"trailing":      b64(rep + "{}"),
		"truncated":     b64(rep[:len(rep)/2]),
	} {
		if _, err := DecodeSecurityReport(bad); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// The script fits powershell.exe's command line with or without $skip,
// and the skip list cannot break out of its quotes.
func TestSecurityScript(t *testing.T) {
	for _, skip := range [][]string{nil, {"audit", "wef"}} {
		s, err := SecurityScript(skip...)
		if err != nil {
			t.Fatal(err)
		}
		if n := len(strings.Join(PowerShellArgs(s), " ")); n > 30000 || !strings.Contains(s, "auditpol_csv") {
			t.Fatalf("skip %v: %d characters", skip, n)
		}
	}
	s, _ := SecurityScript("a'); Remove-Item C:\\ #")
	if !strings.HasPrefix(s, "$skip = @('a); Remove-Item C:\\ #')\n") {
		t.Fatalf("%.60s", s)
	}
}

func FuzzDecodeSecurityReport(f *testing.F) {
	f.Add(b64(`{"malware":null,"auditpol_csv":"Subcategory,Subcategory GUID,Setting Value\nLogon,{X},3\n","event_forwarding":null,"disk_encryption":null,"firewall":null,"problems":[]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := DecodeSecurityReport(b)
		if err != nil {
			return
		}
		s := &Snapshot{Problems: []Problem{}}
		s.MergeSecurity(r)
		if r.AuditpolCSV != nil && s.Security.AuditPolicy == nil {
			if _, bad := s.Failed("audit_policy"); !bad {
				t.Fatal("auditpol CSV neither parsed nor a problem")
			}
		}
	})
}
