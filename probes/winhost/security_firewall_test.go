package winhost

import (
	"strings"
	"testing"
)

// The firewall section decodes strictly like the rest of the snapshot.
func TestDecodeFirewall(t *testing.T) {
	good := `{"version":1,"collector":"recorded","host":"srv (hand-written)","taken":"2026-01-02T03:04:05Z","os":{"product_name":"Windows Server 2019 Standard","edition_id":"ServerStandard","installation_type":"Server","build":17763,"ubr":1},"programs":[],"services":[],"processes":[],"sockets":[],"account_policy":null,"administrators":[],` +
		`"security":{"firewall":{"profiles":[{"name":"Domain","enabled":true,"default_inbound":"block"}],"rules":[{"name":"RDP","enabled":true,"direction":"in","action":"allow","protocol":"tcp","local_ports":["3389"],"remote_addresses":["10.1.2.0/24"],"profiles":["any"]}]}},"problems":[]}`
	s, err := Decode([]byte(good))
	if err != nil {
		t.Fatal(err)
	}
	if fw := s.Security.Firewall; len(fw.Profiles) != 1 || fw.Rules[0].RemoteAddresses[0] != "10.1.2.0/24" {
		t.Fatalf("%+v", fw)
	}
	if _, err := Decode([]byte(strings.Replace(good, `"action":"allow"`, `"action":"allow","edge":true`, 1))); err == nil {
		t.Fatal("unknown firewall field accepted")
	}
}
