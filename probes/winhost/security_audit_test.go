package winhost

import "testing"

// Hand-written in the shape of `auditpol /backup` and
// `auditpol /get /category:* /r` (not captured from a machine).
func TestParseAuditpolCSV(t *testing.T) {
	backup := "\xef\xbb\xbfMachine Name,Policy Target,Subcategory,Subcategory GUID,Inclusion Setting,Exclusion Setting,Setting Value\n" +
		"SRV,System,Ouvrir la session,{0cce9215-69ae-11d9-bed3-505054503030},Succès et échec,,3\n" +
		"SRV,System,Fermer la session,{0CCE9216-69AE-11D9-BED3-505054503030},Succès,,1\n" +
		"SRV,System,Option:CrashOnAuditFail,,Désactivé,,0\n"
	s, err := ParseAuditpolCSV([]byte(backup))
	if err != nil || len(s) != 2 || s[0].GUID != "{0CCE9215-69AE-11D9-BED3-505054503030}" || !s[0].Success || !s[0].Failure || !s[1].Success || s[1].Failure {
		t.Fatalf("backup: %+v %v", s, err)
	}
	r := "Machine Name,Policy Target,Subcategory,Subcategory GUID,Inclusion Setting,Exclusion Setting\n" +
		"SRV,System,Logon,{0CCE9215-69AE-11D9-BED3-505054503030},Failure,\n" +
		"SRV,System,Credential Validation,{0CCE923F-69AE-11D9-BED3-505054503030},No Auditing,\n"
	s, err = ParseAuditpolCSV([]byte(r))
	if err != nil || len(s) != 2 || s[0].Success || !s[0].Failure || s[1].Success || s[1].Failure {
		t.Fatalf("/r: %+v %v", s, err)
	}
	for name, bad := range map[string]string{
		"localised setting without value": "Subcategory,Subcategory GUID,Inclusion Setting\nLogon,{X},Succès\n",
		"value out of range":              "Subcategory,Subcategory GUID,Setting Value\nLogon,{X},7\n",
		"no GUID column":                  "Machine Name,Subcategory\nSRV,Logon\n",
		"empty":                           "",
		"broken quote":                    "Subcategory,Subcategory GUID,Setting Value\n\"Logon,{X},3\n",
	} {
		if s, err := ParseAuditpolCSV([]byte(bad)); err == nil {
			t.Errorf("%s: accepted %+v", name, s)
		}
	}
}

func FuzzParseAuditpolCSV(f *testing.F) {
	f.Add([]byte("Subcategory,Subcategory GUID,Inclusion Setting,Setting Value\nLogon,{X},Success,1\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := ParseAuditpolCSV(b)
		for _, a := range s {
			if err == nil && a.GUID == "" {
				t.Fatal("a row without GUID kept")
			}
		}
	})
}
