package tls

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"conformscan/checks"
	"conformscan/checks/endpoint"
	"conformscan/probes"
	"conformscan/probes/cleartext"
	"conformscan/probes/discovery"
	tlsprobe "conformscan/probes/tls"
)

var (
	day2025 = time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	day2026 = time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	day2031 = time.Date(2031, 1, 1, 0, 0, 0, 0, time.UTC)
)

func mustProfile(t testing.TB, name string) *TLSProfile {
	t.Helper()
	p, err := LoadTLSProfile(t.Context(), name)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// loadTLSFixture reads checks/testdata/tls/NAME.json, the facts the TLS
// probe would record.
func loadTLSFixture(t testing.TB, name string) *tlsprobe.Facts {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var f tlsprobe.Facts
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		t.Fatalf("fixture %s: %v", name, err)
	}
	return &f
}

// judged runs every rule on facts and returns rule ID -> level ("fail",
// "warn"), after merging, as a report would show them.
func judged(p *TLSProfile, at time.Time, f *tlsprobe.Facts, web bool) map[string]string {
	j := &tlsJudge{p: p, at: at, lang: checks.French}
	out := map[string]string{}
	for _, fd := range mergeFindings(j.judgeTLS("ep", f, web)) {
		if prev, ok := out[fd.rule]; !ok || levelRank(fd.level) < levelRank(prev) {
			out[fd.rule] = fd.level
		}
	}
	return out
}

// judgedKeys is like judged, keyed by rule key instead of ID.
func judgedKeys(p *TLSProfile, at time.Time, f *tlsprobe.Facts, web bool) map[string]string {
	j := &tlsJudge{p: p, at: at, lang: checks.English}
	out := map[string]string{}
	for _, fd := range j.judgeTLS("ep", f, web) {
		if prev, ok := out[fd.key]; !ok || levelRank(fd.level) < levelRank(prev) {
			out[fd.key] = fd.level
		}
	}
	return out
}

func tlsEndpoint(port int, service string, f *tlsprobe.Facts) *endpoint.EndpointFacts {
	ep := &endpoint.EndpointFacts{Endpoint: probes.Endpoint("127.0.0.1", port), Host: "127.0.0.1",
		Port:   discovery.Port{Port: port, State: discovery.StateOpen, Service: service, At: day2026},
		Probes: map[string]probes.ProbeRun{endpoint.ProbeDiscovery: {Status: endpoint.ProbeOK}}}
	if f != nil {
		ep.TLS = f
		ep.Probes[endpoint.ProbeTLS] = probes.ProbeRun{Status: endpoint.ProbeOK}
	}
	return ep
}

func tlsInput(p *TLSProfile, at time.Time, lang checks.Lang, eps ...*endpoint.EndpointFacts) *Input {
	return &Input{Facts: &endpoint.TargetFacts{Name: "127.0.0.1", State: endpoint.TargetComplete, Endpoints: eps},
		Settings: checks.Settings{Lang: lang, RefDate: at}, TLSProfile: p}
}

func evidenceRules(r checks.Result) []string {
	var out []string
	seen := map[string]bool{}
	for _, e := range r.Evidence {
		if !seen[e.Rule] {
			seen[e.Rule] = true
			out = append(out, e.Rule)
		}
	}
	sort.Strings(out)
	return out
}

func TestTLSBuiltinProfiles(t *testing.T) {
	names := TLSProfileNames()
	if want := []string{"anssi", "mozilla-intermediate", "mozilla-modern"}; !reflect.DeepEqual(names, want) {
		t.Fatalf("built-in profiles = %v, want %v", names, want)
	}
	for _, n := range names {
		p := mustProfile(t, n)
		if p.Name != n {
			t.Errorf("profile file %s names itself %q", n, p.Name)
		}
		for _, k := range tlsRuleKeys() {
			if _, ok := p.Rules[k]; !ok {
				t.Errorf("profile %s lacks rule %s", n, k)
			}
		}
	}
	def, err := LoadTLSProfile(t.Context(), "")
	if err != nil || def.Name != "anssi" {
		t.Fatalf("default profile = %v, %v", def, err)
	}
	if g := mustProfile(t, "mozilla-intermediate").Groups; !containsFold(g, "secp256r1") {
		t.Errorf("groups not normalised: %v", g)
	}
}

func writeProfile(t *testing.T, body string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "profile.yaml")
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestTLSProfileLoadErrors(t *testing.T) {
	anssi, err := builtinTLSProfiles.ReadFile("profiles/anssi.yaml")
	if err != nil {
		t.Fatal(err)
	}
	full := string(anssi)
	lineOf := func(s, needle string) int {
		i := strings.Index(s, needle)
		if i < 0 {
			t.Fatalf("%q not in profile", needle)
		}
		return strings.Count(s[:i], "\n") + 1
	}
	cases := []struct {
		name, body string
		want       []string
	}{
		{"unknown top-level key", "name: x\nbase: anssi\nprotocol:\n  allowed: [TLSv1.2]\n", []string{":3:", `unknown field "protocol"`}},
		{"unknown nested key", "name: x\nbase: anssi\nsizes:\n  rsa_min: 2048\n", []string{":4:", `unknown field "rsa_min"`}},
		{"bad protocol name", "name: x\nbase: anssi\nprotocols:\n  allowed:\n    - TLSv1.2\n    - TLS1.3\n", []string{":6:", "protocols.allowed[1]", `"TLS1.3"`}},
		{"bad size", "name: x\nbase: anssi\nsizes:\n  rsa:\n    - {min: -5}\n", []string{":5:", "sizes.rsa[0].min", "-5"}},
		{"size not a number", "name: x\nbase: anssi\nsizes:\n  rsa:\n    - {min: big}\n", []string{":5:"}},
		{"bad date", "name: x\nbase: anssi\nsizes:\n  dh:\n    - {min: 2048, until: 2030-13-45}\n    - {min: 3072}\n", []string{":5:", "sizes.dh[0].until", "YYYY-MM-DD"}},
		{"open step not last", "name: x\nbase: anssi\nsizes:\n  dh:\n    - {min: 2048}\n    - {min: 3072}\n", []string{"sizes.dh[0].until"}},
		{"bad level", "name: x\nbase: anssi\nrules:\n  hsts: {level: fatal}\n", []string{":4:", "rules.hsts.level", "fail, warn or off"}},
		{"unknown rule", "name: x\nbase: anssi\nrules:\n  hsst: {id: X, level: warn}\n", []string{":4:", `unknown rule "hsst"`}},
		{"unknown group", "name: x\nbase: anssi\ngroups: [x25519, secp999r1]\n", []string{":3:", "groups[1]", "secp999r1"}},
		{"bad suite", "name: x\nbase: anssi\nciphers:\n  suites:\n    TLSv1.2:\n      - ECDHE-RSA-AES128-GCM-SHA256\n", []string{":6:", "ciphers.suites.'TLSv1.2'[0]", "IANA"}},
		{"suite in wrong version", "name: x\nbase: anssi\nciphers:\n  suites:\n    TLSv1.3:\n      - TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256\n", []string{":6:", "does not belong"}},
		{"unknown base", "name: x\nbase: nist\n", []string{":2:", "not a built-in profile"}},
		{"missing rule without base", strings.Replace(full, "  hsts: {id: MOZ-HSTS, level: warn}\n", "", 1), []string{`rule "hsts" is missing`, fmtLine(lineOf(full, "  protocols: {id: ANSSI-TLS-R4"))}},
		{"duplicate key", "name: x\nname: y\n", []string{":2:"}},
		{"not yaml", "name: [x\n", []string{":1:"}},
		{"bad name", "name: 'a b'\nbase: anssi\n", []string{":1:", "profile name"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := writeProfile(t, tc.body)
			_, err := LoadTLSProfile(t.Context(), path)
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
			if !strings.Contains(err.Error(), path) {
				t.Errorf("error %q does not name the file", err)
			}
		})
	}
}

// TestTLSProfileRuleKeys checks that profiles name rules by the keys of
// the rule values: an unknown key in a custom profile, with or without
// base, is an error naming the file, the line and the known keys.
func TestTLSProfileRuleKeys(t *testing.T) {
	var keys []string
	for _, r := range Rules() {
		keys = append(keys, strings.TrimPrefix(r.Key, "tls/"))
	}
	if !reflect.DeepEqual(keys, tlsRuleKeys()) {
		t.Fatalf("Rules() keys %v differ from the rule values %v", keys, tlsRuleKeys())
	}
	anssi, err := builtinTLSProfiles.ReadFile("profiles/anssi.yaml")
	if err != nil {
		t.Fatal(err)
	}
	withBase := "# CHU profile\nname: chu\nbase: anssi\nrules:\n  hsts: {level: off}\n  cert_lifetme: {level: fail}\n"
	noBase := strings.Replace(string(anssi), "  hsts: {id: MOZ-HSTS, level: warn}\n", "  hsts: {id: MOZ-HSTS, level: warn}\n  ocsp_must_staple: {id: X, level: warn}\n", 1)
	for _, tc := range []struct{ name, body, key string }{{"with base", withBase, "cert_lifetme"}, {"without base", noBase, "ocsp_must_staple"}} {
		t.Run(tc.name, func(t *testing.T) {
			path := writeProfile(t, tc.body)
			_, err := LoadTLSProfile(t.Context(), path)
			if err == nil {
				t.Fatal("unknown rule key accepted")
			}
			line := strings.Count(tc.body[:strings.Index(tc.body, "  "+tc.key+":")], "\n") + 1
			for _, want := range []string{path + fmtLine(line), "rules." + tc.key, `unknown rule "` + tc.key + `"`, strings.Join(tlsRuleKeys(), ", ")} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q does not contain %q", err, want)
				}
			}
		})
	}
}

func fmtLine(n int) string { return ":" + itoa(n) + ":" }

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

func TestTLSProfileGoodFileAndBase(t *testing.T) {
	path := writeProfile(t, `# hospital profile: ANSSI, TLS 1.3 required, HSTS not judged
name: chu-interne
base: anssi
title: ANSSI with TLS 1.3 mandatory
protocols:
  allowed: [TLSv1.3]
certificate:
  max_lifetime:
    - {max_days: 398}
rules:
  hsts: {level: off}
  protocols: {id: CHU-PROTO}
`)
	p, err := LoadTLSProfile(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	if p.Name != "chu-interne" || p.Base != "anssi" || !reflect.DeepEqual(p.Protocols.Allowed, []string{"TLSv1.3"}) {
		t.Fatalf("profile = %+v", p)
	}
	if p.Protocols.Preferred != "TLSv1.3" || strictest(p.Sizes.RSA) != 3072 {
		t.Errorf("base fields not inherited: %+v", p.Protocols)
	}
	if r := p.rule("hsts"); r.ID != "MOZ-HSTS" || r.Level != TLSLevelOff {
		t.Errorf("hsts rule = %+v", r)
	}
	if r := p.rule("protocols"); r.ID != "CHU-PROTO" || r.Level != TLSLevelFail {
		t.Errorf("protocols rule = %+v", r)
	}
	if r := p.rule("rsa_size"); r.ID != "RGS-RSA" {
		t.Errorf("rsa_size rule not inherited: %+v", r)
	}
	got := judged(p, day2026, loadTLSFixture(t, "modern"), true)
	want := map[string]string{"CHU-PROTO": "fail"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("modern under chu-interne = %v, want %v", got, want)
	}
	// Loading the same built-in twice gives independent values.
	a, b := mustProfile(t, "anssi"), mustProfile(t, "anssi")
	a.Groups[0] = "changed"
	if b.Groups[0] == "changed" {
		t.Error("built-in profiles share state")
	}
	if _, err := LoadTLSProfile(t.Context(), filepath.Join(t.TempDir(), "missing.yaml")); err == nil {
		t.Error("missing file accepted")
	}
	if _, err := LoadTLSProfile(t.Context(), "nist"); err == nil || !strings.Contains(err.Error(), "anssi, mozilla-intermediate, mozilla-modern") {
		t.Errorf("unknown profile name: %v", err)
	}
}

// TestTLSFixtures is the golden table: each recorded fixture judged by each
// profile at a date gives exactly these rules at these levels.
func TestTLSFixtures(t *testing.T) {
	cases := []struct {
		fixture, profile string
		at               time.Time
		want             map[string]string
	}{
		{"modern", "anssi", day2026, map[string]string{}},
		{"modern", "anssi", day2031, map[string]string{"CERT-EXPIRED": "fail"}},
		{"modern", "mozilla-intermediate", day2026, map[string]string{}},
		{"modern", "mozilla-modern", day2026, map[string]string{"MOZ-MOD-PROTOCOLS": "fail", "MOZ-MOD-LIFETIME": "fail"}},
		{"legacy", "anssi", day2026, map[string]string{
			"ANSSI-TLS-R4": "fail", "RGS-SYM": "fail", "ANSSI-TLS-R6": "fail",
			"ANSSI-TLS-R3": "warn", "ANSSI-TLS-R10": "warn", "ANSSI-TLS-R13": "warn", "RGS-RSA": "warn", "MOZ-HSTS": "warn"}},
		{"legacy", "anssi", day2025, map[string]string{
			"ANSSI-TLS-R4": "fail", "RGS-SYM": "warn", "ANSSI-TLS-R6": "fail",
			"ANSSI-TLS-R3": "warn", "ANSSI-TLS-R10": "warn", "ANSSI-TLS-R13": "warn", "RGS-RSA": "warn", "MOZ-HSTS": "warn"}},
		{"legacy", "anssi", day2031, map[string]string{
			"ANSSI-TLS-R4": "fail", "RGS-SYM": "fail", "ANSSI-TLS-R6": "fail", "RGS-RSA": "fail", "CERT-EXPIRED": "fail",
			"ANSSI-TLS-R3": "warn", "ANSSI-TLS-R10": "warn", "ANSSI-TLS-R13": "warn", "MOZ-HSTS": "warn"}},
		{"legacy", "mozilla-intermediate", day2026, map[string]string{
			"MOZ-INT-PROTOCOLS": "fail", "MOZ-INT-CIPHERS": "fail", "MOZ-INT-LIFETIME": "fail", "MOZ-INT-HSTS": "warn"}},
		{"rsa1024-sha1", "anssi", day2026, map[string]string{"RGS-RSA": "fail", "ANSSI-TLS-R24": "fail", "ANSSI-TLS-R3": "warn"}},
		{"rsa1024-sha1", "mozilla-intermediate", day2026, map[string]string{"MOZ-INT-CERT": "fail"}},
		{"expired", "anssi", day2026, map[string]string{"CERT-EXPIRED": "fail", "CERT-UNTRUSTED": "fail"}},
		{"expired", "mozilla-modern", day2026, map[string]string{"MOZ-MOD-PROTOCOLS": "fail", "MOZ-MOD-CHAIN": "fail", "MOZ-MOD-LIFETIME": "fail"}},
		{"wronghost", "anssi", day2026, map[string]string{"ANSSI-TLS-R29": "fail"}},
		{"wronghost", "mozilla-intermediate", day2026, map[string]string{"MOZ-INT-CHAIN": "fail"}},
		{"dhe1024", "anssi", day2026, map[string]string{"RGS-DH": "fail", "ANSSI-TLS-R3": "warn"}},
		{"dhe1024", "mozilla-intermediate", day2026, map[string]string{"MOZ-INT-DH": "fail"}},
		// TLS 1.2 is outside modern: the protocol rule says so, its suites are
		// not judged again against a TLS 1.2 list the profile does not have.
		{"dhe1024", "mozilla-modern", day2026, map[string]string{"MOZ-MOD-PROTOCOLS": "fail", "MOZ-MOD-DH": "fail", "MOZ-MOD-CERT": "fail", "MOZ-MOD-LIFETIME": "fail"}},
		{"cbc-nofs", "anssi", day2026, map[string]string{"ANSSI-TLS-R6": "fail", "ANSSI-TLS-R10": "warn", "ANSSI-TLS-R3": "warn"}},
		{"cbc-nofs", "mozilla-intermediate", day2026, map[string]string{"MOZ-INT-CIPHERS": "fail"}},
	}
	for _, tc := range cases {
		t.Run(tc.fixture+"/"+tc.profile+"/"+tc.at.Format("2006"), func(t *testing.T) {
			got := judged(mustProfile(t, tc.profile), tc.at, loadTLSFixture(t, tc.fixture), true)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got  %v\nwant %v", got, tc.want)
			}
		})
	}
}

// mutation changes the passing "modern" facts so that exactly one rule
// breaks.
type mutation func(f *tlsprobe.Facts)

func bptr(b bool) *bool                            { return &b }
func u32(n uint32) *uint32                         { return &n }
func iptr(n int) *int                              { return &n }
func leaf(f *tlsprobe.Facts) *tlsprobe.Certificate { return &f.Certificates[0] }

// TestTLSEveryRule breaks each rule on otherwise conformant facts and checks
// the rule key and level it yields, per profile. Every rule key must
// appear.
func TestTLSEveryRule(t *testing.T) {
	rsa := func(bits int) mutation {
		return func(f *tlsprobe.Facts) {
			c := leaf(f)
			c.KeyType, c.KeyBits, c.Curve, c.RSAExponent, c.SignatureAlgorithm = "RSA", bits, "", 65537, "SHA256-RSA"
			c.KeyUsage = []string{"digitalSignature", "keyEncipherment"}
		}
	}
	suites := func(v string, s ...string) mutation {
		return func(f *tlsprobe.Facts) { f.CipherSuites[v] = append(f.CipherSuites[v], s...) }
	}
	cases := []struct {
		name    string
		profile string
		at      time.Time
		mut     mutation
		web     bool
		want    map[string]string // rule key -> level
	}{
		{"TLS 1.0 offered", "anssi", day2026, func(f *tlsprobe.Facts) {
			f.Protocols = append([]string{"TLSv1.0"}, f.Protocols...)
			f.CipherSuites["TLSv1.0"] = []string{"TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA"}
			f.Extensions.EncryptThenMAC = bptr(true)
		}, false, map[string]string{"protocols": "fail"}},
		{"SSLv3 offered", "mozilla-intermediate", day2026, func(f *tlsprobe.Facts) { f.Protocols = append([]string{"SSLv3"}, f.Protocols...) }, false, map[string]string{"protocols": "fail"}},
		{"no TLS 1.3", "anssi", day2026, func(f *tlsprobe.Facts) {
			f.Protocols = []string{"TLSv1.2"}
			delete(f.CipherSuites, "TLSv1.3")
		}, false, map[string]string{"tls13": "warn"}},
		{"no TLS 1.3 is fine for mozilla-intermediate", "mozilla-intermediate", day2026, func(f *tlsprobe.Facts) {
			f.Protocols = []string{"TLSv1.2"}
			delete(f.CipherSuites, "TLSv1.3")
		}, false, map[string]string{}},
		{"anonymous suite", "anssi", day2026, suites("TLSv1.2", "TLS_ECDH_anon_WITH_AES_128_CBC_SHA"), false, map[string]string{"anonymous": "fail"}},
		{"NULL suite", "anssi", day2026, suites("TLSv1.2", "TLS_ECDHE_ECDSA_WITH_NULL_SHA"), false, map[string]string{"weak_ciphers": "fail"}},
		{"export suite", "anssi", day2026, suites("TLSv1.2", "TLS_RSA_EXPORT_WITH_RC4_40_MD5"), false, map[string]string{"weak_ciphers": "fail", "forward_secrecy": "fail"}},
		{"RC4 suite", "anssi", day2026, suites("TLSv1.2", "TLS_ECDHE_ECDSA_WITH_RC4_128_SHA"), false, map[string]string{"weak_ciphers": "fail"}},
		{"DES suite", "anssi", day2026, suites("TLSv1.2", "TLS_DHE_RSA_WITH_DES_CBC_SHA"), false, map[string]string{"weak_ciphers": "fail"}},
		{"3DES suite in 2025", "anssi", day2025, suites("TLSv1.2", "TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA"), false, map[string]string{"weak_ciphers": "warn"}},
		{"3DES suite in 2026", "anssi", day2026, suites("TLSv1.2", "TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA"), false, map[string]string{"weak_ciphers": "fail"}},
		{"IDEA (64-bit block) in 2026", "anssi", day2026, suites("TLSv1.2", "TLS_RSA_WITH_IDEA_CBC_SHA"), false, map[string]string{"weak_ciphers": "fail", "forward_secrecy": "fail"}},
		{"static RSA", "anssi", day2026, suites("TLSv1.2", "TLS_RSA_WITH_AES_128_GCM_SHA256"), false, map[string]string{"forward_secrecy": "fail"}},
		{"static RSA flag without suites", "anssi", day2026, func(f *tlsprobe.Facts) {
			f.CipherSuites = map[string][]string{}
			f.KeyExchange.StaticRSA = true
		}, false, map[string]string{"forward_secrecy": "fail"}},
		{"SEED algorithm", "anssi", day2026, suites("TLSv1.2", "TLS_DHE_RSA_WITH_SEED_CBC_SHA"), false, map[string]string{"cipher_algorithms": "warn"}},
		{"Camellia GCM tolerated", "anssi", day2026, suites("TLSv1.2", "TLS_ECDHE_ECDSA_WITH_CAMELLIA_128_GCM_SHA256"), false, map[string]string{}},
		{"Camellia outside mozilla", "mozilla-intermediate", day2026, suites("TLSv1.2", "TLS_ECDHE_ECDSA_WITH_CAMELLIA_128_GCM_SHA256"), false, map[string]string{"cipher_algorithms": "fail"}},
		{"unknown suite", "anssi", day2026, suites("TLSv1.2", "TLS_UNKNOWN_0x5600"), false, map[string]string{"cipher_algorithms": "warn"}},
		{"CBC without ETM", "anssi", day2026, suites("TLSv1.2", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256"), false, map[string]string{"aead": "warn"}},
		{"CBC with ETM tolerated", "anssi", day2026, func(f *tlsprobe.Facts) {
			f.CipherSuites["TLSv1.2"] = append(f.CipherSuites["TLSv1.2"], "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256")
			f.Extensions.EncryptThenMAC = bptr(true)
		}, false, map[string]string{}},
		{"CBC with ETM still outside mozilla", "mozilla-intermediate", day2026, func(f *tlsprobe.Facts) {
			f.CipherSuites["TLSv1.2"] = append(f.CipherSuites["TLSv1.2"], "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256")
			f.Extensions.EncryptThenMAC = bptr(true)
		}, false, map[string]string{"aead": "fail"}},
		{"CCM_8", "anssi", day2026, suites("TLSv1.3", "TLS_AES_128_CCM_8_SHA256"), false, map[string]string{"aead": "warn"}},
		{"suite outside mozilla list", "mozilla-intermediate", day2026, suites("TLSv1.3", "TLS_AES_128_CCM_SHA256"), false, map[string]string{"suite_allowlist": "fail"}},
		{"client order", "anssi", day2026, func(f *tlsprobe.Facts) { f.ServerOrder["TLSv1.2"] = false }, false, map[string]string{"server_order": "warn"}},
		{"client order fine for mozilla", "mozilla-intermediate", day2026, func(f *tlsprobe.Facts) { f.ServerOrder["TLSv1.2"] = false }, false, map[string]string{}},
		{"P-224 group", "anssi", day2026, func(f *tlsprobe.Facts) { f.KeyExchange.Groups = append(f.KeyExchange.Groups, "secp224r1") }, false,
			map[string]string{"groups": "fail", "ec_size": "fail"}},
		{"secp256k1 group", "anssi", day2026, func(f *tlsprobe.Facts) { f.KeyExchange.Groups = append(f.KeyExchange.Groups, "secp256k1") }, false,
			map[string]string{"groups": "fail"}},
		{"x448 outside mozilla", "mozilla-intermediate", day2026, func(f *tlsprobe.Facts) { f.KeyExchange.Groups = append(f.KeyExchange.Groups, "x448") }, false,
			map[string]string{"groups": "fail"}},
		{"DHE 1024", "anssi", day2026, func(f *tlsprobe.Facts) {
			f.CipherSuites["TLSv1.2"] = append(f.CipherSuites["TLSv1.2"], "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256")
			f.KeyExchange.DHEBits = 1024
		}, false, map[string]string{"dh_size": "fail"}},
		{"DHE 2048 in 2026", "anssi", day2026, func(f *tlsprobe.Facts) { f.KeyExchange.DHEBits = 2048 }, false, map[string]string{"dh_size": "warn"}},
		{"DHE 2048 in 2031", "anssi", day2031, func(f *tlsprobe.Facts) { f.KeyExchange.DHEBits = 2048 }, false, map[string]string{"dh_size": "fail"}},
		{"ffdhe2048 in 2026", "anssi", day2026, func(f *tlsprobe.Facts) { f.KeyExchange.Groups = append(f.KeyExchange.Groups, "ffdhe2048") }, false, map[string]string{"dh_size": "warn"}},
		{"DHE 3072 in 2031", "anssi", day2031, func(f *tlsprobe.Facts) { f.KeyExchange.DHEBits = 3072 }, false, map[string]string{}},
		{"DHE 2048 fine for mozilla", "mozilla-intermediate", day2031, func(f *tlsprobe.Facts) { f.KeyExchange.DHEBits = 2048 }, false, map[string]string{}},
		{"RSA leaf for mozilla-modern", "mozilla-modern", day2026, func(f *tlsprobe.Facts) {
			rsa(2048)(f)
			f.Protocols = []string{"TLSv1.3"}
			delete(f.CipherSuites, "TLSv1.2")
			leaf(f).NotBefore = day2026.AddDate(0, 0, -10)
			leaf(f).NotAfter, leaf(f).LifetimeDays = leaf(f).NotBefore.AddDate(0, 0, 90), 90
		}, false, map[string]string{"cert_key_type": "fail"}},
		{"DSA leaf", "anssi", day2026, func(f *tlsprobe.Facts) {
			leaf(f).KeyType, leaf(f).KeyBits, leaf(f).Curve, leaf(f).SignatureAlgorithm = "DSA", 2048, "", "DSA-SHA256"
		}, false, map[string]string{"cert_key_type": "fail"}},
		{"RSA 2048 in 2026", "anssi", day2026, rsa(2048), false, map[string]string{"rsa_size": "warn"}},
		{"RSA 2048 in 2031", "anssi", day2031, rsa(2048), false, map[string]string{"rsa_size": "fail"}},
		{"RSA 3072 in 2031", "anssi", day2031, rsa(3072), false, map[string]string{}},
		{"RSA 2048 fine for mozilla", "mozilla-intermediate", day2031, rsa(2048), false, map[string]string{}},
		{"RSA 1024", "anssi", day2026, rsa(1024), false, map[string]string{"rsa_size": "fail"}},
		{"RSA intermediate 1024", "anssi", day2026, func(f *tlsprobe.Facts) {
			f.Certificates = append(f.Certificates, tlsprobe.Certificate{Subject: "CN=lab intermediate", KeyType: "RSA", KeyBits: 1024, SignatureAlgorithm: "SHA256-RSA", IsCA: true})
		}, false, map[string]string{"rsa_size": "fail"}},
		{"self-signed root sent is not judged", "anssi", day2026, func(f *tlsprobe.Facts) {
			f.Certificates = append(f.Certificates, tlsprobe.Certificate{Subject: "CN=old root", KeyType: "RSA", KeyBits: 1024, SignatureAlgorithm: "SHA1-RSA", IsCA: true, SelfSigned: true})
		}, false, map[string]string{}},
		{"RSA exponent 3", "anssi", day2026, func(f *tlsprobe.Facts) { rsa(3072)(f); leaf(f).RSAExponent = 3 }, false, map[string]string{"rsa_exponent": "fail"}},
		{"P-224 certificate", "anssi", day2026, func(f *tlsprobe.Facts) { leaf(f).Curve, leaf(f).KeyBits = "P-224", 224 }, false,
			map[string]string{"cert_curve": "fail", "ec_size": "fail"}},
		{"P-521 certificate outside mozilla", "mozilla-intermediate", day2026, func(f *tlsprobe.Facts) { leaf(f).Curve, leaf(f).KeyBits = "P-521", 521 }, false,
			map[string]string{"cert_curve": "fail"}},
		{"SHA-1 signature", "anssi", day2026, func(f *tlsprobe.Facts) { leaf(f).SignatureAlgorithm = "ECDSA-SHA1" }, false, map[string]string{"cert_signature": "fail"}},
		{"MD5 signature", "anssi", day2026, func(f *tlsprobe.Facts) { rsa(3072)(f); leaf(f).SignatureAlgorithm = "MD5-RSA" }, false, map[string]string{"cert_signature": "fail"}},
		{"SHA-1 intermediate", "anssi", day2026, func(f *tlsprobe.Facts) {
			f.Certificates = append(f.Certificates, tlsprobe.Certificate{Subject: "CN=lab intermediate", KeyType: "ECDSA", KeyBits: 384, Curve: "P-384", SignatureAlgorithm: "SHA1-RSA", IsCA: true})
		}, false, map[string]string{"cert_signature": "fail"}},
		{"unknown signature", "anssi", day2026, func(f *tlsprobe.Facts) { leaf(f).SignatureAlgorithm = "GOST3410" }, false, map[string]string{"cert_signature": "warn"}},
		{"SHA-224 signature", "anssi", day2026, func(f *tlsprobe.Facts) { leaf(f).SignatureAlgorithm = "ECDSA-SHA224" }, false, map[string]string{"cert_hash_size": "fail"}},
		{"Ed25519 signature", "anssi", day2026, func(f *tlsprobe.Facts) {
			leaf(f).KeyType, leaf(f).Curve, leaf(f).SignatureAlgorithm = "Ed25519", "", "Ed25519"
		}, false, map[string]string{}},
		{"expired", "anssi", day2026, func(f *tlsprobe.Facts) { leaf(f).NotAfter = day2026.AddDate(0, 0, -1) }, false, map[string]string{"cert_expired": "fail"}},
		{"not yet valid", "anssi", day2026, func(f *tlsprobe.Facts) {
			leaf(f).NotBefore, leaf(f).NotAfter, leaf(f).LifetimeDays = day2026.AddDate(0, 0, 1), day2026.AddDate(0, 6, 0), 180
		}, false, map[string]string{"cert_not_yet_valid": "fail"}},
		{"expires in 10 days", "anssi", day2026, func(f *tlsprobe.Facts) { leaf(f).NotAfter = day2026.AddDate(0, 0, 10) }, false, map[string]string{"cert_expires_soon": "warn"}},
		{"hostname mismatch", "anssi", day2026, func(f *tlsprobe.Facts) { f.Chain.HostnameMatch = false }, false, map[string]string{"cert_hostname": "fail"}},
		{"no SAN", "anssi", day2026, func(f *tlsprobe.Facts) { leaf(f).DNSNames, leaf(f).IPAddresses = nil, nil }, false, map[string]string{"cert_hostname": "fail"}},
		{"untrusted", "anssi", day2026, func(f *tlsprobe.Facts) {
			f.Chain.Trusted, f.Chain.TrustError = false, "x509: certificate signed by unknown authority"
		}, false, map[string]string{"cert_trust": "fail"}},
		{"chain incomplete", "anssi", day2026, func(f *tlsprobe.Facts) { f.Chain.Complete = false }, false, map[string]string{"cert_chain": "warn"}},
		{"chain out of order", "anssi", day2026, func(f *tlsprobe.Facts) {
			f.Certificates = append(f.Certificates, tlsprobe.Certificate{Subject: "CN=lab intermediate", KeyType: "ECDSA", KeyBits: 384, Curve: "P-384", SignatureAlgorithm: "ECDSA-SHA384", IsCA: true})
			f.Chain.InOrder = false
		}, false, map[string]string{"cert_chain": "warn"}},
		{"lifetime 900 days", "anssi", day2026, func(f *tlsprobe.Facts) {
			leaf(f).NotBefore, leaf(f).NotAfter, leaf(f).LifetimeDays = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2027, 6, 20, 0, 0, 0, 0, time.UTC), 900
		}, false, map[string]string{"cert_lifetime": "warn"}},
		{"lifetime 1000 days issued 2017", "anssi", time.Date(2019, 6, 1, 0, 0, 0, 0, time.UTC), func(f *tlsprobe.Facts) {
			leaf(f).NotBefore, leaf(f).NotAfter, leaf(f).LifetimeDays = time.Date(2017, 6, 1, 0, 0, 0, 0, time.UTC), time.Date(2020, 2, 26, 0, 0, 0, 0, time.UTC), 1000
		}, false, map[string]string{}},
		{"lifetime 100 days for mozilla-modern", "mozilla-modern", day2026, func(f *tlsprobe.Facts) {
			f.Protocols = []string{"TLSv1.3"}
			delete(f.CipherSuites, "TLSv1.2")
			leaf(f).NotAfter, leaf(f).LifetimeDays = leaf(f).NotBefore.AddDate(0, 0, 100), 0
			leaf(f).NotBefore = day2026.AddDate(0, 0, -50)
			leaf(f).NotAfter = day2026.AddDate(0, 0, 50)
		}, false, map[string]string{"cert_lifetime": "fail"}},
		{"KeyUsage not critical", "anssi", day2026, func(f *tlsprobe.Facts) { leaf(f).KeyUsageCritical = false }, false, map[string]string{"cert_key_usage": "warn"}},
		{"KeyUsage absent", "anssi", day2026, func(f *tlsprobe.Facts) { leaf(f).KeyUsage = nil }, false, map[string]string{"cert_key_usage": "warn"}},
		{"KeyUsage certSign only", "anssi", day2026, func(f *tlsprobe.Facts) { leaf(f).KeyUsage = []string{"certSign"} }, false, map[string]string{"cert_key_usage": "warn"}},
		{"no serverAuth", "anssi", day2026, func(f *tlsprobe.Facts) { leaf(f).ExtKeyUsage = []string{"clientAuth"} }, false, map[string]string{"cert_ext_key_usage": "warn"}},
		{"no AKI", "anssi", day2026, func(f *tlsprobe.Facts) { leaf(f).AuthorityKeyID = "" }, false, map[string]string{"cert_aki": "warn"}},
		{"no AKI on self-signed is fine", "anssi", day2026, func(f *tlsprobe.Facts) { leaf(f).AuthorityKeyID, leaf(f).SelfSigned = "", true }, false, map[string]string{}},
		{"no CRL nor OCSP", "anssi", day2026, func(f *tlsprobe.Facts) { leaf(f).CRLDistribution = nil }, false, map[string]string{"cert_revocation": "warn"}},
		{"OCSP URL but no stapling", "anssi", day2026, func(f *tlsprobe.Facts) { leaf(f).OCSPServers = []string{"http://ocsp.lab.test"} }, false, map[string]string{"ocsp_stapling": "warn"}},
		{"public CA without SCT", "anssi", day2026, func(f *tlsprobe.Facts) { f.Chain.Roots = "system" }, false, map[string]string{"sct": "warn"}},
		{"public CA with SCTs", "anssi", day2026, func(f *tlsprobe.Facts) { f.Chain.Roots, f.Extensions.SCTs = "system", iptr(2) }, false, map[string]string{}},
		{"compression", "anssi", day2026, func(f *tlsprobe.Facts) { f.Extensions.Compression = "deflate" }, false, map[string]string{"compression": "fail"}},
		{"no secure renegotiation", "anssi", day2026, func(f *tlsprobe.Facts) { f.Extensions.SecureRenegotiation = bptr(false) }, false, map[string]string{"secure_renegotiation": "fail"}},
		{"renegotiation not measured", "anssi", day2026, func(f *tlsprobe.Facts) { f.Extensions.SecureRenegotiation = nil }, false, map[string]string{}},
		{"ticket lifetime 48 h", "anssi", day2026, func(f *tlsprobe.Facts) { f.Extensions.TicketLifetimeHint = u32(172800) }, false, map[string]string{"session_ticket_lifetime": "warn"}},
		{"no EMS", "anssi", day2026, func(f *tlsprobe.Facts) { f.Extensions.ExtendedMasterSecret = bptr(false) }, false, map[string]string{"extended_master_secret": "warn"}},
		{"no EMS for mozilla", "mozilla-intermediate", day2026, func(f *tlsprobe.Facts) { f.Extensions.ExtendedMasterSecret = bptr(false) }, false, map[string]string{"extended_master_secret": "fail"}},
		{"fallback SCSV ignored", "mozilla-intermediate", day2026, func(f *tlsprobe.Facts) { f.Extensions.FallbackSCSV = bptr(false) }, false, map[string]string{"fallback_scsv": "fail"}},
		{"fallback SCSV not judged by anssi", "anssi", day2026, func(f *tlsprobe.Facts) { f.Extensions.FallbackSCSV = bptr(false) }, false, map[string]string{}},
		{"heartbeat", "anssi", day2026, func(f *tlsprobe.Facts) { f.Extensions.Heartbeat = bptr(true) }, false, map[string]string{"heartbeat": "warn"}},
		{"no HSTS", "anssi", day2026, func(f *tlsprobe.Facts) { f.HTTP.HSTS, f.HTTP.HSTSMaxAge = "", 0 }, true, map[string]string{"hsts": "warn"}},
		{"HSTS one year", "mozilla-intermediate", day2026, func(f *tlsprobe.Facts) { f.HTTP.HSTS, f.HTTP.HSTSMaxAge = "max-age=31536000", 31536000 }, true, map[string]string{"hsts": "warn"}},
		{"HSTS not judged off the web", "anssi", day2026, func(f *tlsprobe.Facts) { f.HTTP.HSTS, f.HTTP.HSTSMaxAge = "", 0 }, false, map[string]string{}},
	}
	covered := map[string]bool{"https_redirect": true} // judged per endpoint in TestTLSWebCheck
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := loadTLSFixture(t, "modern")
			// Keep the certificate valid at the date judged.
			lf := leaf(f)
			lf.NotBefore = tc.at.AddDate(0, 0, -100)
			lf.NotAfter, lf.LifetimeDays = lf.NotBefore.AddDate(0, 0, 365), 365
			tc.mut(f)
			got := judgedKeys(mustProfile(t, tc.profile), tc.at, f, tc.web)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got  %v\nwant %v", got, tc.want)
			}
		})
		for k := range tc.want {
			covered[k] = true
		}
	}
	for _, k := range tlsRuleKeys() {
		if !covered[k] {
			t.Errorf("rule %s has no test case", k)
		}
	}
}

func TestTLSWebCheck(t *testing.T) {
	anssi := mustProfile(t, "anssi")
	plain := func(port int, page *cleartext.HTTPPage) *endpoint.EndpointFacts {
		ep := tlsEndpoint(port, "http", nil)
		if page != nil {
			ep.Cleartext = &cleartext.Facts{Service: "http", Cleartext: true, HTTP: page}
			ep.Probes[endpoint.ProbeCleartext] = probes.ProbeRun{Status: endpoint.ProbeOK}
		}
		return ep
	}
	redirect := &cleartext.HTTPPage{URL: "http://127.0.0.1/", Status: 301, RedirectsToHTTPS: true, Location: "https://127.0.0.1/"}
	content := &cleartext.HTTPPage{URL: "http://127.0.0.1/", Status: 200, Title: "Portail"}
	modern := func() *tlsprobe.Facts { f := loadTLSFixture(t, "modern"); f.HTTP.PlainEndpoint = ""; return f }
	cases := []struct {
		name   string
		eps    []*endpoint.EndpointFacts
		status checks.Status
		rules  []string
	}{
		{"https modern + http redirect", []*endpoint.EndpointFacts{plain(80, redirect), tlsEndpoint(443, "https", modern())}, checks.StatusPass, []string{"ANSSI-PA-035", "GRID-7.1"}},
		{"plain http serving content", []*endpoint.EndpointFacts{plain(80, content), tlsEndpoint(443, "https", modern())}, checks.StatusFail, []string{"ANSSI-PA-035", "GRID-7.1"}},
		{"plain http only", []*endpoint.EndpointFacts{plain(8080, content)}, checks.StatusFail, []string{"GRID-7.1"}},
		{"plain 401", []*endpoint.EndpointFacts{plain(80, &cleartext.HTTPPage{Status: 401, WWWAuthenticate: []string{"Basic"}})}, checks.StatusFail, []string{"GRID-7.1"}},
		{"plain 404 warns", []*endpoint.EndpointFacts{plain(80, &cleartext.HTTPPage{Status: 404})}, checks.StatusWarn, []string{"GRID-7.1"}},
		{"redirect to http elsewhere", []*endpoint.EndpointFacts{plain(80, &cleartext.HTTPPage{Status: 302, Location: "http://portal.example/"})}, checks.StatusFail, []string{"GRID-7.1"}},
		{"discovery answer as fallback", []*endpoint.EndpointFacts{func() *endpoint.EndpointFacts {
			ep := plain(80, nil)
			ep.Response = "HTTP/1.1 301 Moved Permanently\nServer: nginx\nLocation: https://127.0.0.1/"
			return ep
		}()}, checks.StatusPass, []string{"GRID-7.1"}},
		{"plain not measured", []*endpoint.EndpointFacts{func() *endpoint.EndpointFacts {
			ep := plain(80, nil)
			ep.Probes[endpoint.ProbeCleartext] = probes.ProbeRun{Status: endpoint.ProbeError, Error: "read: io-timeout"}
			return ep
		}()}, checks.StatusError, []string{tlsMeasureRule}},
		{"plain twin seen by the TLS probe", []*endpoint.EndpointFacts{tlsEndpoint(443, "https", func() *tlsprobe.Facts {
			f := loadTLSFixture(t, "modern")
			f.HTTP.PlainEndpoint, f.HTTP.PlainStatus, f.HTTP.PlainRedirectsToHTTPS = "127.0.0.1:80", 200, bptr(false)
			return f
		}())}, checks.StatusFail, []string{"ANSSI-PA-035", "GRID-7.1"}},
		{"legacy https", []*endpoint.EndpointFacts{tlsEndpoint(443, "https", loadTLSFixture(t, "legacy"))}, checks.StatusFail,
			[]string{"ANSSI-TLS-R10", "ANSSI-TLS-R13", "ANSSI-TLS-R3", "ANSSI-TLS-R4", "ANSSI-TLS-R6", "GRID-7.1", "MOZ-HSTS", "RGS-RSA", "RGS-SYM"}},
		{"tls probe failed", []*endpoint.EndpointFacts{func() *endpoint.EndpointFacts {
			ep := tlsEndpoint(443, "https", nil)
			ep.Probes[endpoint.ProbeTLS] = probes.ProbeRun{Status: endpoint.ProbeError, ErrorKind: probes.KindIOTimeout, Error: "tls ClientHello: io-timeout"}
			return ep
		}()}, checks.StatusError, []string{tlsMeasureRule}},
		{"tls probe failed on one, fail on another", []*endpoint.EndpointFacts{func() *endpoint.EndpointFacts {
			ep := tlsEndpoint(443, "https", nil)
			ep.Probes[endpoint.ProbeTLS] = probes.ProbeRun{Status: endpoint.ProbeError, ErrorKind: probes.KindIOTimeout, Error: "timeout"}
			return ep
		}(), plain(8080, content)}, checks.StatusFail, []string{"GRID-7.1", tlsMeasureRule}},
		{"partial measurement", []*endpoint.EndpointFacts{tlsEndpoint(443, "https", func() *tlsprobe.Facts {
			f := modern()
			f.Errors = []string{"ciphers TLSv1.2: io-timeout"}
			return f
		}())}, checks.StatusError, []string{tlsMeasureRule}},
		{"https never probed", []*endpoint.EndpointFacts{tlsEndpoint(443, "https", nil)}, checks.StatusError, []string{tlsMeasureRule}},
		{"no web endpoint", []*endpoint.EndpointFacts{tlsEndpoint(22, "ssh", nil), tlsEndpoint(636, "ldaps", func() *tlsprobe.Facts { f := modern(); f.HTTP = nil; return f }())}, checks.StatusNA, nil},
		{"nothing at all", nil, checks.StatusNA, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := evalScope("7.1", scopeWeb, tlsInput(anssi, day2026, checks.French, tc.eps...))[0]
			if r.Ref != "7.1" || r.Status != tc.status {
				t.Fatalf("status %s (%s), want %s", r.Status, r.Summary, tc.status)
			}
			if got := evidenceRules(r); !reflect.DeepEqual(got, tc.rules) {
				t.Errorf("rules %v, want %v", got, tc.rules)
			}
			if r.Summary == "" {
				t.Error("empty summary")
			}
			if (r.Status == checks.StatusFail || r.Status == checks.StatusWarn) && r.Remediation == "" {
				t.Error("no remediation")
			}
			for _, e := range r.Evidence {
				if e.Source == "" || e.Observed == "" || e.Expected == "" || e.At.IsZero() {
					t.Errorf("incomplete evidence %+v", e)
				}
			}
		})
	}
}

func TestTLSAuthCheck(t *testing.T) {
	anssi := mustProfile(t, "anssi")
	noTLS13 := func() *tlsprobe.Facts {
		f := loadTLSFixture(t, "modern")
		f.Protocols = []string{"TLSv1.2"}
		delete(f.CipherSuites, "TLSv1.3")
		f.HTTP = nil
		return f
	}
	refused := func(port int, service string, offered *bool) *endpoint.EndpointFacts {
		ep := tlsEndpoint(port, service, nil)
		ep.Probes[endpoint.ProbeTLS] = probes.ProbeRun{Status: endpoint.ProbeError, ErrorKind: probes.KindApplication, Error: "tls starttls smtp: STARTTLS not offered"}
		if offered != nil {
			ep.Cleartext = &cleartext.Facts{Service: service, Cleartext: true, TLSOffered: offered}
			ep.Probes[endpoint.ProbeTLS] = probes.ProbeRun{Status: endpoint.ProbeError, ErrorKind: probes.KindProtocol, Error: "tls starttls: garbage"}
		}
		return ep
	}
	cases := []struct {
		name   string
		eps    []*endpoint.EndpointFacts
		status checks.Status
		rules  []string
	}{
		{"ldaps legacy fails on fail-level rules only", []*endpoint.EndpointFacts{tlsEndpoint(636, "ldaps", loadTLSFixture(t, "legacy"))}, checks.StatusFail,
			[]string{"ANSSI-TLS-R4", "ANSSI-TLS-R6", "RGS-SYM"}},
		{"imaps with warnings only passes", []*endpoint.EndpointFacts{tlsEndpoint(993, "imaps", noTLS13())}, checks.StatusPass, []string{"ANSSI-PA-035"}},
		{"smtp STARTTLS expired", []*endpoint.EndpointFacts{tlsEndpoint(587, "smtp", loadTLSFixture(t, "expired"))}, checks.StatusFail, []string{"CERT-EXPIRED", "CERT-UNTRUSTED"}},
		{"smtp without STARTTLS is not a TLS endpoint", []*endpoint.EndpointFacts{refused(25, "smtp", nil)}, checks.StatusNA, nil},
		{"imap that says it offers no STARTTLS", []*endpoint.EndpointFacts{refused(143, "imap", bptr(false))}, checks.StatusNA, nil},
		{"imap offering STARTTLS that fails", []*endpoint.EndpointFacts{refused(143, "imap", bptr(true))}, checks.StatusError, []string{tlsMeasureRule}},
		{"https without authentication is out of scope", []*endpoint.EndpointFacts{tlsEndpoint(443, "https", loadTLSFixture(t, "legacy"))}, checks.StatusNA, nil},
		{"https asking for authentication", []*endpoint.EndpointFacts{tlsEndpoint(443, "https", func() *tlsprobe.Facts {
			f := loadTLSFixture(t, "rsa1024-sha1")
			f.HTTP = &tlsprobe.HTTPFacts{HTTPSStatus: 401}
			return f
		}())}, checks.StatusFail, []string{"ANSSI-TLS-R24", "RGS-RSA"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := evalScope("7.2", scopeAuth, tlsInput(anssi, day2026, checks.French, tc.eps...))[0]
			if r.Ref != "7.2" || r.Status != tc.status {
				t.Fatalf("status %s (%s), want %s", r.Status, r.Summary, tc.status)
			}
			if got := evidenceRules(r); !reflect.DeepEqual(got, tc.rules) {
				t.Errorf("rules %v, want %v", got, tc.rules)
			}
		})
	}
}

func TestTLSCryptoCheck(t *testing.T) {
	eps := func() []*endpoint.EndpointFacts {
		return []*endpoint.EndpointFacts{
			tlsEndpoint(993, "imaps", loadTLSFixture(t, "dhe1024")),
			tlsEndpoint(443, "https", loadTLSFixture(t, "modern")),
			tlsEndpoint(5432, "postgresql", loadTLSFixture(t, "rsa1024-sha1")),
			tlsEndpoint(22, "ssh", nil),
		}
	}
	in := tlsInput(nil, day2026, checks.French, eps()...)
	r := evalScope("7.3", scopeCrypto, in)[0]
	if r.Ref != "7.3" || r.Status != checks.StatusFail {
		t.Fatalf("7.3 = %s: %s", r.Status, r.Summary)
	}
	want := []string{"ANSSI-PA-035", "ANSSI-TLS-R24", "ANSSI-TLS-R3", "RGS-DH", "RGS-RSA"}
	if got := evidenceRules(r); !reflect.DeepEqual(got, want) {
		t.Errorf("rules %v, want %v", got, want)
	}
	// Evidence in port order, fail before warn within an endpoint.
	var order []string
	for _, e := range r.Evidence {
		order = append(order, e.Source+" "+e.Rule)
	}
	wantOrder := []string{"127.0.0.1:443 ANSSI-PA-035", "127.0.0.1:993 RGS-DH", "127.0.0.1:993 ANSSI-TLS-R3",
		"127.0.0.1:5432 RGS-RSA", "127.0.0.1:5432 ANSSI-TLS-R24", "127.0.0.1:5432 ANSSI-TLS-R3"}
	if !reflect.DeepEqual(order, wantOrder) {
		t.Errorf("evidence order\n%v\nwant\n%v", order, wantOrder)
	}
	if !strings.HasPrefix(r.Summary, "Non conforme au profil anssi sur 127.0.0.1:993, 127.0.0.1:5432") {
		t.Errorf("summary %q", r.Summary)
	}
	if !strings.Contains(r.Remediation, "Réémettre le certificat avec une clé RSA d'au moins 3072 bits") {
		t.Errorf("remediation %q", r.Remediation)
	}
	// Stable: same input, same result.
	again := evalScope("7.3", scopeCrypto, tlsInput(nil, day2026, checks.French, eps()...))[0]
	if !reflect.DeepEqual(r, again) {
		t.Error("results differ between two runs")
	}
	// English.
	en := evalScope("7.3", scopeCrypto, tlsInput(nil, day2026, checks.English, eps()...))[0]
	if !strings.HasPrefix(en.Summary, "Not compliant with profile anssi on") || !strings.Contains(en.Remediation, "Reissue") {
		t.Errorf("English summary %q / %q", en.Summary, en.Remediation)
	}
	// Pass, warn, NA, and the date.
	pass := evalScope("7.3", scopeCrypto, tlsInput(nil, day2026, checks.English, tlsEndpoint(443, "https", loadTLSFixture(t, "modern"))))[0]
	if pass.Status != checks.StatusPass || len(pass.Evidence) != 1 || !strings.Contains(pass.Evidence[0].Observed, "TLSv1.2, TLSv1.3") {
		t.Errorf("pass = %+v", pass)
	}
	rsa := loadTLSFixture(t, "dhe1024")
	rsa.KeyExchange.DHEBits = 2048
	rsa.Protocols = []string{"TLSv1.2", "TLSv1.3"}
	rsa.CipherSuites["TLSv1.3"] = []string{"TLS_AES_128_GCM_SHA256"}
	rsa.Certificates[0].KeyBits = 2048
	at26 := evalScope("7.3", scopeCrypto, tlsInput(nil, day2026, checks.English, tlsEndpoint(443, "https", rsa)))[0]
	at31 := evalScope("7.3", scopeCrypto, tlsInput(nil, day2031, checks.English, tlsEndpoint(443, "https", rsa)))[0]
	if at26.Status != checks.StatusWarn || at31.Status != checks.StatusFail {
		t.Errorf("RSA/DH 2048: 2026 %s (%s), 2031 %s (%s)", at26.Status, at26.Summary, at31.Status, at31.Summary)
	}
	if !strings.Contains(at26.Evidence[0].Observed, "acceptable only until 2030-12-31") {
		t.Errorf("2026 evidence %q", at26.Evidence[0].Observed)
	}
	na := evalScope("7.3", scopeCrypto, tlsInput(nil, day2026, checks.French, tlsEndpoint(22, "ssh", nil)))[0]
	if na.Status != checks.StatusNA {
		t.Errorf("no TLS endpoint: %s", na.Status)
	}
	// No reference date and no discovery time: could not judge.
	in = tlsInput(nil, time.Time{}, checks.French)
	if r := evalScope("7.3", scopeCrypto, in)[0]; r.Status != checks.StatusError {
		t.Errorf("no date: %s", r.Status)
	}
	// No reference date: the discovery time is used.
	if r := evalScope("7.3", scopeCrypto, tlsInput(nil, time.Time{}, checks.French, tlsEndpoint(443, "https", loadTLSFixture(t, "modern"))))[0]; r.Status != checks.StatusPass {
		t.Errorf("discovery date fallback: %s %s", r.Status, r.Summary)
	}
}

func TestTLSMozillaMergesEvidence(t *testing.T) {
	r := evalScope("7.3", scopeCrypto, tlsInput(mustProfile(t, "mozilla-intermediate"), day2026, checks.English,
		tlsEndpoint(443, "https", loadTLSFixture(t, "legacy"))))[0]
	n := 0
	for _, e := range r.Evidence {
		if e.Rule == "MOZ-INT-CIPHERS" {
			n++
			for _, s := range []string{"TLS_RSA_WITH_3DES_EDE_CBC_SHA", "TLS_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"} {
				if !strings.Contains(e.Observed, s) {
					t.Errorf("MOZ-INT-CIPHERS evidence lacks %s: %s", s, e.Observed)
				}
			}
		}
	}
	if n != 1 || r.Status != checks.StatusFail {
		t.Errorf("MOZ-INT-CIPHERS evidences = %d, status %s", n, r.Status)
	}
}

func TestParseSuite(t *testing.T) {
	cases := []struct {
		name                                 string
		known, tls13, fs, anon, aead, export bool
		cipher                               string
		keyBits, blockBits                   int
		mode                                 string
	}{
		{"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", true, false, true, false, true, false, "AES", 128, 128, "GCM"},
		{"TLS_AES_256_GCM_SHA384", true, true, true, false, true, false, "AES", 256, 128, "GCM"},
		{"TLS_CHACHA20_POLY1305_SHA256", true, true, true, false, true, false, "CHACHA20", 256, 0, "POLY1305"},
		{"TLS_AES_128_CCM_8_SHA256", true, true, true, false, true, false, "AES", 128, 128, "CCM_8"},
		{"TLS_RSA_WITH_3DES_EDE_CBC_SHA", true, false, false, false, false, false, "3DES", 112, 64, "CBC"},
		{"TLS_DH_anon_WITH_AES_128_CBC_SHA", true, false, false, true, false, false, "AES", 128, 128, "CBC"},
		{"TLS_RSA_EXPORT_WITH_RC4_40_MD5", true, false, false, false, false, true, "RC4", 40, 0, "STREAM"},
		{"TLS_RSA_EXPORT_WITH_DES40_CBC_SHA", true, false, false, false, false, true, "DES", 40, 64, "CBC"},
		{"TLS_DHE_DSS_EXPORT1024_WITH_DES_CBC_SHA", true, false, true, false, false, true, "DES", 56, 64, "CBC"},
		{"TLS_RSA_WITH_NULL_SHA256", true, false, false, false, false, false, "NULL", 0, 0, "NULL"},
		{"TLS_NULL_WITH_NULL_NULL", true, false, false, true, false, false, "NULL", 0, 0, "NULL"},
		{"TLS_ECDHE_ECDSA_WITH_AES_256_CCM", true, false, true, false, true, false, "AES", 256, 128, "CCM"},
		{"TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA", true, false, true, false, false, false, "CAMELLIA", 256, 128, "CBC"},
		{"TLS_ECDHE_PSK_WITH_CHACHA20_POLY1305_SHA256", true, false, true, false, true, false, "CHACHA20", 256, 0, "POLY1305"},
		{"TLS_RSA_WITH_SEED_CBC_SHA", true, false, false, false, false, false, "SEED", 128, 128, "CBC"},
		{"TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA", true, false, false, false, false, false, "AES", 128, 128, "CBC"},
		{"TLS_GOSTR341112_256_WITH_KUZNYECHIK_CTR_OMAC", true, false, false, false, false, false, "GOST", 256, 128, "CTR"},
		{"TLS_SHA256_SHA256", true, true, true, false, false, false, "NULL", 0, 0, "NULL"},
		{"SSL_CK_RC4_128_WITH_MD5", true, false, false, false, false, false, "RC4", 128, 0, "STREAM"},
		{"TLS_EMPTY_RENEGOTIATION_INFO_SCSV", false, false, false, false, false, false, "", 0, 0, ""},
		{"ECDHE-RSA-AES128-GCM-SHA256", false, false, false, false, false, false, "", 0, 0, ""},
		{"TLS_FOO_WITH_BAR", false, false, false, false, false, false, "", 0, 0, ""},
		{"0x00ff", false, false, false, false, false, false, "", 0, 0, ""},
	}
	for _, tc := range cases {
		s := parseSuite(tc.name)
		got := []any{s.Known, s.TLS13, s.forwardSecret(), s.anonymous(), s.aead(), s.Export}
		want := []any{tc.known, tc.tls13, tc.fs, tc.anon, tc.aead, tc.export}
		if !tc.known {
			got, want = got[:1], want[:1]
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: known/tls13/fs/anon/aead/export = %v, want %v", tc.name, got, want)
		}
		if tc.known && (s.Cipher != tc.cipher || s.KeyBits != tc.keyBits || s.BlockBits != tc.blockBits || s.Mode != tc.mode) {
			t.Errorf("%s: cipher %s %d/%d %s, want %s %d/%d %s", tc.name, s.Cipher, s.KeyBits, s.BlockBits, s.Mode, tc.cipher, tc.keyBits, tc.blockBits, tc.mode)
		}
	}
}

// TestSuiteRegistryAgrees checks the name reader against the probe's
// registry: every suite the probe can report is classified, and where the
// reader knows a name it agrees on what the rules look at.
func TestSuiteRegistryAgrees(t *testing.T) {
	for _, s := range tlsprobe.AllSuites() {
		reg := classifySuite(s.Name)
		if !reg.Known || reg.Cipher == "" {
			t.Errorf("%s: not classified from the registry", s.Name)
			continue
		}
		p := parseSuite(s.Name)
		if !p.Known {
			continue
		}
		if p.anonymous() != reg.anonymous() || p.aead() != reg.aead() || p.Export != reg.Export || p.Cipher != reg.Cipher ||
			p.KeyBits != reg.KeyBits || p.Mode != reg.Mode && reg.Cipher != "GOST" ||
			(!p.anonymous() && p.forwardSecret() != reg.forwardSecret()) {
			t.Errorf("%s: name says %+v, registry says %+v", s.Name, p, reg)
		}
	}
	for _, g := range tlsprobe.AllGroups() {
		info, ok := lookupGroup(g.Name)
		if !ok {
			t.Errorf("group %s of the probe's registry is unknown", g.Name)
			continue
		}
		if g.Kind == tlsprobe.GroupEC && info.ecBits == 0 || g.Kind == tlsprobe.GroupFFDHE && info.dhBits != g.Bits {
			t.Errorf("group %s: %+v vs registry %+v", g.Name, info, g)
		}
	}
	if si := classifySuite("TLS_RSA_WITH_3DES_EDE_CBC_SHA"); si.KeyBits != 112 || si.BlockBits != 64 {
		t.Errorf("3DES = %+v", si)
	}
}

func TestSigHashAndGroups(t *testing.T) {
	for alg, want := range map[string]string{
		"SHA256-RSA": "sha2/256", "ECDSA-SHA384": "sha2/384", "sha1WithRSAEncryption": "sha1/160", "SHA1-RSA": "sha1/160",
		"MD5-RSA": "md5/128", "SHA256-RSAPSS": "sha2/256", "Ed25519": "eddsa/512", "ecdsa-with-SHA512": "sha2/512",
		"ECDSA-SHA224": "sha2/224", "GOST3410": "/0", "": "/0",
	} {
		fam, bits := sigHash(alg)
		if got := fam + "/" + itoa(bits); got != want {
			t.Errorf("sigHash(%q) = %s, want %s", alg, got, want)
		}
	}
	for name, want := range map[string]string{"prime256v1": "secp256r1", "P-384": "secp384r1", "X25519": "x25519", "CurveP521": "secp521r1", "ffdhe3072": "ffdhe3072"} {
		if g, ok := lookupGroup(name); !ok || g.name != want {
			t.Errorf("lookupGroup(%q) = %v %v", name, g, ok)
		}
	}
}

// TestTLSRulesDoc keeps docs/tls-rules.md generated from the rule values:
// the file must be what Family().Doc() renders, and name every rule key and
// every rule ID of the built-in profiles.
func TestTLSRulesDoc(t *testing.T) {
	file, err := os.ReadFile(filepath.Join("..", "..", "docs", "tls-rules.md"))
	if err != nil {
		t.Fatal(err)
	}
	doc := Family().Doc()
	if string(file) != doc {
		got, want := strings.Split(string(file), "\n"), strings.Split(doc, "\n")
		n := 0
		for n < len(got) && n < len(want) && got[n] == want[n] {
			n++
		}
		t.Errorf("docs/tls-rules.md differs from Family().Doc() (rule values, tls-rules.tmpl.md) from line %d: run make docs", n+1)
	}
	if strings.Contains(doc, docTableMarker) || strings.Count(docTemplate, docTableMarker) != 1 {
		t.Errorf("tls-rules.tmpl.md must hold the marker %q exactly once", docTableMarker)
	}
	for _, k := range tlsRuleKeys() {
		if !strings.Contains(doc, "| `"+k+"` |") {
			t.Errorf("the rules page has no row for rule key %s", k)
		}
	}
	for _, n := range TLSProfileNames() {
		for _, r := range mustProfile(t, n).Rules {
			if r.Level != TLSLevelOff && !strings.Contains(doc, "`"+r.ID+"`") {
				t.Errorf("the rules page does not name %s (profile %s)", r.ID, n)
			}
		}
	}
}

func FuzzParseSuite(f *testing.F) {
	for _, s := range []string{"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_AES_128_CCM_8_SHA256", "SSL_CK_RC4_128_WITH_MD5",
		"TLS_RSA_EXPORT_WITH_RC2_CBC_40_MD5", "TLS_DHE_RSA_WITH_DES_CBC_40_SHA", "TLS_", "TLS__WITH_", "TLS_AES_999999999999999999_GCM"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		si := parseSuite(s)
		if si.Known && si.Cipher == "" {
			t.Fatalf("%q known without cipher", s)
		}
		_ = si.forwardSecret() || si.aead() || si.anonymous()
	})
}

func FuzzParseTLSProfile(f *testing.F) {
	anssi, _ := builtinTLSProfiles.ReadFile("profiles/anssi.yaml")
	f.Add(anssi)
	f.Add([]byte("name: x\nbase: anssi\nrules:\n  hsts: {level: off}\n"))
	f.Add([]byte("name: x\nbase: mozilla-modern\nsizes:\n  rsa: [{min: 4096}]\n"))
	f.Add([]byte("base: anssi\nname: [\n"))
	f.Add([]byte("&a [*a]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := ParseTLSProfile(data, "fuzz")
		if err == nil {
			if p == nil || p.Name == "" || len(p.Protocols.Allowed) == 0 {
				t.Fatalf("accepted an incomplete profile: %+v", p)
			}
			// An accepted profile must judge facts without panicking.
			j := &tlsJudge{p: p, at: day2026, lang: checks.English}
			_ = j.judgeTLS("ep", &tlsprobe.Facts{Protocols: []string{"TLSv1.2"}, CipherSuites: map[string][]string{"TLSv1.2": {"TLS_RSA_WITH_RC4_128_SHA"}},
				Certificates: []tlsprobe.Certificate{{KeyType: "RSA", KeyBits: 1024, SignatureAlgorithm: "SHA1-RSA"}}}, true)
		}
	})
}

// evalScope judges recorded facts for one ref, as the family's check does.
func evalScope(ref string, scope tlsScope, in *Input) []checks.Result {
	return []checks.Result{evalTLS(in, ref, scope)}
}
