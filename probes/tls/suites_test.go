package tls

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
)

func TestSuiteTableUnique(t *testing.T) {
	seen := map[[2]uint32]bool{}
	for _, s := range suiteTable {
		key := [2]uint32{s.Code, 0}
		if s.SSLv2 {
			key[1] = 1
		}
		if seen[key] {
			t.Errorf("duplicate code 0x%X", s.Code)
		}
		seen[key] = true
		if s.Name == "" || s.OpenSSL == "" || s.Kex == "" || s.Auth == "" || s.Enc == "" || s.Mode == "" || s.MAC == "" {
			t.Errorf("incomplete entry %+v", s)
		}
		if !s.SSLv2 && s.Code > 0xFFFF {
			t.Errorf("TLS code 0x%X does not fit two bytes", s.Code)
		}
	}
}

func TestSuiteAttributes(t *testing.T) {
	cases := []struct {
		code                   uint16
		kex                    Kex
		auth                   Auth
		enc                    string
		bits                   int
		mode                   Mode
		fs, anon, aead, export bool
	}{
		{0xC02F, KexECDHE, AuthRSA, "AES", 128, ModeGCM, true, false, true, false},
		{0x002F, KexRSA, AuthRSA, "AES", 128, ModeCBC, false, false, false, false},
		{0xC018, KexECDHE, AuthAnon, "AES", 128, ModeCBC, true, true, false, false},
		{0x00A6, KexDHE, AuthAnon, "AES", 128, ModeGCM, true, true, true, false},
		{0x0003, KexRSA, AuthRSA, "RC4", 40, ModeStream, false, false, false, true},
		{0x000A, KexRSA, AuthRSA, "3DES", 168, ModeCBC, false, false, false, false},
		{0xC0A0, KexRSA, AuthRSA, "AES", 128, ModeCCM8, false, false, true, false},
		{0xCCA9, KexECDHE, AuthECDSA, "ChaCha20", 256, ModePoly1305, true, false, true, false},
		{0x1305, KexTLS13, AuthAny, "AES", 128, ModeCCM8, true, false, true, false},
		{0x0001, KexRSA, AuthRSA, "NULL", 0, ModeNULL, false, false, false, false},
		{0x0096, KexRSA, AuthRSA, "SEED", 128, ModeCBC, false, false, false, false},
		{0x0030, KexDH, AuthDH, "AES", 128, ModeCBC, false, false, false, false},
		{0xC004, KexECDH, AuthECDH, "AES", 128, ModeCBC, false, false, false, false},
		{0x00AA, KexDHEPSK, AuthPSK, "AES", 128, ModeGCM, true, false, true, false},
	}
	for _, c := range cases {
		s, ok := SuiteByCode(c.code)
		if !ok {
			t.Errorf("0x%04X missing", c.code)
			continue
		}
		if s.Kex != c.kex || s.Auth != c.auth || s.Enc != c.enc || s.Bits != c.bits || s.Mode != c.mode ||
			s.ForwardSecret() != c.fs || s.Anonymous() != c.anon || s.AEAD() != c.aead || s.Export != c.export {
			t.Errorf("0x%04X %s: %+v", c.code, s.Name, s)
		}
	}
	if s, _ := SuiteByCode(0x000A); s.BlockBits != 64 {
		t.Errorf("3DES block %d", s.BlockBits)
	}
	if s, ok := SuiteByName("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"); !ok || s.Code != 0xC02F {
		t.Error("SuiteByName")
	}
	if s, ok := SSLv2SuiteByCode(0x0700C0); !ok || s.Name != "SSL_CK_DES_192_EDE3_CBC_WITH_MD5" {
		t.Error("SSLv2SuiteByCode")
	}
	if suiteName(0xABCD) != "0xABCD" || sslv2SuiteName(0x123456) != "0x123456" {
		t.Error("unknown names")
	}
}

func TestEligibleSuites(t *testing.T) {
	n13, n12, n10 := len(eligibleSuites(verTLS13)), len(eligibleSuites(verTLS12)), len(eligibleSuites(verTLS10))
	if n13 != 5 || n12 <= n10 || n10 < 100 {
		t.Errorf("eligible: TLS1.3 %d, TLS1.2 %d, TLS1.0 %d", n13, n12, n10)
	}
	for _, c := range eligibleSuites(verTLS10) {
		s, _ := SuiteByCode(c)
		if s.TLS12Only() || s.TLS13() {
			t.Errorf("%s offered below TLS 1.2", s.Name)
		}
	}
}

// TestSuiteTableMatchesTestssl checks the table against testssl.sh's own
// cipher mapping, so both tools offer the same code points.
func TestSuiteTableMatchesTestssl(t *testing.T) {
	f, err := os.Open("/etc/testssl/cipher-mapping.txt")
	if err != nil {
		if os.Getenv("CI") == "" {
			t.Skip("testssl.sh not installed")
		}
		t.Fatal(err)
	}
	defer f.Close()
	n := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 4 {
			continue
		}
		n++
		var code uint32
		parts := strings.Split(fields[0], ",")
		for _, p := range parts {
			b, err := strconv.ParseUint(strings.TrimPrefix(p, "0x"), 16, 8)
			if err != nil {
				t.Fatalf("bad code %q", fields[0])
			}
			code = code<<8 | uint32(b)
		}
		var s Suite
		var ok bool
		if len(parts) == 3 {
			s, ok = SSLv2SuiteByCode(code)
		} else {
			s, ok = SuiteByCode(uint16(code))
		}
		want := fields[3]
		if want == "-" {
			want = fields[2]
		}
		if !ok || s.Name != want {
			t.Errorf("%s %s: table has %q (found %v)", fields[0], want, s.Name, ok)
		}
	}
	if n != len(suiteTable) {
		t.Errorf("testssl.sh knows %d suites, table has %d", n, len(suiteTable))
	}
}

func TestGroupTable(t *testing.T) {
	seen := map[uint16]bool{}
	for _, g := range groupTable {
		if seen[g.Code] {
			t.Errorf("duplicate group 0x%04X", g.Code)
		}
		seen[g.Code] = true
	}
	if g, ok := GroupByName("X25519MLKEM768"); !ok || g.Code != 0x11EC || g.Kind != GroupHybrid {
		t.Errorf("X25519MLKEM768: %+v", g)
	}
	if g, ok := GroupByCode(0x0100); !ok || g.Name != "ffdhe2048" || g.Bits != 2048 {
		t.Errorf("ffdhe2048: %+v", g)
	}
	if groupName(0x7777) != "0x7777" {
		t.Error("unknown group name")
	}
	for _, c := range tls12Groups() {
		if g, _ := GroupByCode(c); g.Kind != GroupEC {
			t.Errorf("TLS 1.2 group %s is not a curve", g.Name)
		}
	}
}
