package winhost

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDecodeStrict(t *testing.T) {
	good := `{"version":1,"collector":"recorded","host":"srv","taken":"2026-01-02T03:04:05Z","os":{"product_name":"Windows Server 2019 Standard","edition_id":"ServerStandard","installation_type":"Server","build":17763,"ubr":1},"programs":[],"services":[],"processes":[],"sockets":[],"account_policy":null,"administrators":[],"problems":[]}`
	if _, err := Decode([]byte(good)); err != nil {
		t.Fatalf("good snapshot refused: %v", err)
	}
	bad := map[string]string{
		"unknown field": strings.Replace(good, `"problems"`, `"extra":1,"problems"`, 1),
		"version":       strings.Replace(good, `"version":1`, `"version":2`, 1),
		"no host":       strings.Replace(good, `"host":"srv"`, `"host":""`, 1),
		"trailing":      good + `{}`,
		"truncated":     good[:len(good)/2],
		"not json":      "PK\x03\x04",
	}
	for name, in := range bad {
		if _, err := Decode([]byte(in)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"version":1,"collector":"x","host":"h"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := Decode(b)
		if err == nil && (s.Host == "" || s.Version != Version) {
			t.Fatal("accepted an incomplete snapshot")
		}
	})
}

// TestRecordedSnapshots: every hand-written snapshot of testdata decodes
// strictly and has every source read but the security sections two of
// them show unread on purpose (ws2012r2's BitLocker volumes, win11's
// firewall: left null and named in problems).
func TestRecordedSnapshots(t *testing.T) {
	files, err := filepath.Glob("testdata/*.json")
	if err != nil || len(files) != 6 {
		t.Fatalf("%d snapshots (%v)", len(files), err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s, err := Decode(b)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if s.Programs == nil || s.Services == nil || s.Processes == nil || s.Sockets == nil || s.Policy == nil || s.Administrators == nil ||
			s.LocalAccounts == nil || s.Security == nil || s.Security.Malware == nil || s.Security.AuditPolicy == nil || s.Security.EventForwarding == nil || s.Security.DiskEncryption == nil {
			t.Errorf("%s: a source is missing", f)
		}
		for _, p := range s.Problems {
			unread := map[string]bool{"disk_encryption": s.Security.DiskEncryption.Volumes == nil, "firewall": s.Security.Firewall == nil}
			if !unread[p.Source] {
				t.Errorf("%s: problem %+v but its section was read", f, p)
			}
		}
	}
}
