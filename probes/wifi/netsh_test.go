package wifi

import (
	"strings"
	"testing"
	"unicode/utf16"
)

const netshEN = `
Interface name : Wi-Fi
There are 3 networks currently visible.

SSID 1 : CHU-Soins
    Network type            : Infrastructure
    Authentication          : WPA2-Enterprise
    Encryption              : CCMP
    BSSID 1                 : AA:BB:CC:00:00:01
         Signal             : 90%
         Radio type         : 802.11ac
         Channel            : 36
    BSSID 2                 : aa:bb:cc:00:00:02
         Signal             : 40%
         Channel            : 1

SSID 2 : Cafe
    Network type            : Infrastructure
    Authentication          : Open
    Encryption              : None
    BSSID 1                 : 02:00:00:00:00:03
         Channel            : 6

SSID 3 : Vieux
    Authentication          : WPA-Personal
    Encryption              : TKIP
    BSSID 1                 : 02:00:00:00:00:04
`

const netshFR = `
Nom de l'interface : Wi-Fi
Il existe actuellement 2 réseaux visibles.

SSID 1 : CHU-Soins
    Type de réseau          : Infrastructure
    Authentification        : WPA2 - Entreprise
    Chiffrement             : CCMP
    BSSID 1                 : aa:bb:cc:00:00:01
         Signal             : 90%
         Canal              : 36

SSID 2 : Maison
    Authentification        : WPA3 - Personnel
    Chiffrement             : CCMP
    BSSID 1                 : 02:00:00:00:00:05
         Canal              : 149
`

func TestNetshEnglishAndFrench(t *testing.T) {
	en, err := ParseNetsh([]byte(netshEN), "en.txt")
	if err != nil || len(en) != 4 {
		t.Fatalf("%v %d", err, len(en))
	}
	if en[0].SSID != "CHU-Soins" || en[0].AKMs[0] != "802.1X" || en[0].Channel != 36 || en[1].BSSID != "aa:bb:cc:00:00:02" {
		t.Fatalf("%+v", en[0])
	}
	if en[2].Security != "open" || en[3].Security != "wpa1" || en[3].Group != "WPA-TKIP" || en[3].Source != "en.txt:27" {
		t.Fatalf("%+v %+v", en[2], en[3])
	}
	fr, err := ParseNetsh(utf16LE("\ufeff"+netshFR), "fr.txt")
	if err != nil || len(fr) != 2 || fr[0].AKMs[0] != "802.1X" || fr[1].AKMs[0] != "SAE" || fr[1].Channel != 149 {
		t.Fatalf("%v %+v", err, fr)
	}
	if _, err := ParseNetsh([]byte("hello"), "x.txt"); err == nil || !strings.Contains(err.Error(), "netsh wlan show networks") {
		t.Fatalf("%v", err)
	}
}

func utf16LE(s string) []byte {
	var out []byte
	for _, u := range utf16.Encode([]rune(s)) {
		out = append(out, byte(u), byte(u>>8))
	}
	return out
}

func FuzzParseNetsh(f *testing.F) {
	f.Add([]byte(netshEN))
	f.Add(utf16LE("\ufeff" + netshFR))
	f.Fuzz(func(t *testing.T, b []byte) {
		_, _ = ParseNetsh(b, "fuzz")
	})
}
