package tlsprobe

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// testsslResult is what testssl.sh -p -E reports: accepted versions and
// suites per version, with our names.
type testsslResult struct {
	protocols []string
	suites    map[string][]string
}

var testsslVersions = map[string]string{
	"SSLv2": SSLv2, "SSLv3": SSLv3, "TLS1": TLS10, "TLS1_1": TLS11, "TLS1_2": TLS12, "TLS1_3": TLS13,
	"ssl2": SSLv2, "ssl3": SSLv3, "tls1": TLS10, "tls1_1": TLS11, "tls1_2": TLS12, "tls1_3": TLS13,
}

// parseTestsslJSON reads testssl.sh's --jsonfile-pretty output.
func parseTestsslJSON(data []byte) (*testsslResult, error) {
	var doc struct {
		ScanResult []struct {
			Protocols   []struct{ ID, Finding string } `json:"protocols"`
			CipherTests []struct{ ID, Finding string } `json:"cipherTests"`
		} `json:"scanResult"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, err
	}
	r := &testsslResult{suites: map[string][]string{}}
	for _, sr := range doc.ScanResult {
		for _, p := range sr.Protocols {
			v, ok := testsslVersions[p.ID]
			f := strings.ToLower(p.Finding)
			if ok && !strings.Contains(f, "not offered") && (strings.HasPrefix(f, "offered") || strings.HasPrefix(f, "vulnerable")) {
				r.protocols = append(r.protocols, v)
			}
		}
		for _, c := range sr.CipherTests {
			// cipher-tls1_2_xc02f
			id := strings.TrimPrefix(c.ID, "cipher-")
			i := strings.LastIndex(id, "_x")
			if i < 0 {
				continue
			}
			v, ok := testsslVersions[id[:i]]
			code, err := strconv.ParseUint(id[i+2:], 16, 32)
			if !ok || err != nil {
				continue
			}
			name := suiteName(uint16(code))
			if v == SSLv2 {
				name = sslv2SuiteName(uint32(code))
			}
			r.suites[v] = append(r.suites[v], name)
		}
	}
	return r, nil
}

func testsslBinary(t testing.TB) string {
	for _, p := range []string{"testssl", "testssl.sh"} {
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
	}
	if os.Getenv("CI") == "" {
		t.Skip("testssl.sh not installed")
	}
	t.Fatal("testssl.sh not installed but CI is set")
	return ""
}

// TestMatchesTestssl compares our protocol and suite sets with testssl.sh's
// on the same nginx servers.
func TestMatchesTestssl(t *testing.T) {
	bin := testsslBinary(t)
	nginxBinary(t)
	setups := []string{"modern", "legacy"}
	if os.Getenv("TESTSSL_ALL") != "" {
		setups = append(setups, "dhe1024") // ~70 s of testssl.sh
	}
	for _, setup := range setups {
		t.Run(setup, func(t *testing.T) {
			t.Parallel()
			addr := startNginx(t, setup)
			ours := mustProbe(t, addr, Options{})

			out := filepath.Join(t.TempDir(), "testssl.json")
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
			defer cancel()
			start := time.Now()
			cmd := exec.CommandContext(ctx, bin, "-p", "-E", "--jsonfile-pretty", out, "--warnings", "off",
				"--quiet", "--color", "0", addr)
			cmd.Dir = t.TempDir()
			logs, err := cmd.CombinedOutput()
			took := time.Since(start)
			data, rerr := os.ReadFile(out)
			if rerr != nil {
				t.Fatalf("testssl.sh wrote no JSON (%v): %v\n%s", err, rerr, logs)
			}
			theirs, err := parseTestsslJSON(data)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: testssl.sh %v, conformscan %v (%d handshakes): %.0fx faster",
				setup, took.Round(time.Millisecond), ours.Duration.Round(time.Millisecond), ours.Handshakes,
				float64(took)/float64(ours.Duration))
			if !sameSet(ours.Protocols, theirs.protocols) {
				t.Errorf("protocols: ours %v, testssl.sh %v", ours.Protocols, theirs.protocols)
			}
			for _, v := range []string{SSLv2, SSLv3, TLS10, TLS11, TLS12, TLS13} {
				a, b := ours.CipherSuites[v], theirs.suites[v]
				if sameSet(a, b) {
					continue
				}
				var onlyOurs, onlyTheirs []string
				for _, n := range a {
					if !slices.Contains(b, n) {
						onlyOurs = append(onlyOurs, n)
					}
				}
				for _, n := range b {
					if !slices.Contains(a, n) {
						onlyTheirs = append(onlyTheirs, n)
					}
				}
				t.Errorf("%s suites differ: only ours %v, only testssl.sh %v", v, onlyOurs, onlyTheirs)
			}
			if took < 10*ours.Duration {
				t.Errorf("not 10x faster than testssl.sh: %v vs %v", ours.Duration, took)
			}
		})
	}
}

func TestParseTestsslJSON(t *testing.T) {
	doc := `{"scanResult":[{"protocols":[{"id":"SSLv2","finding":"not offered"},{"id":"TLS1","finding":"offered (deprecated)"},
	{"id":"TLS1_3","finding":"offered with final"},{"id":"TLS1_2","finding":"not offered + downgraded to weaker protocol"}],
	"cipherTests":[{"id":"cipher-tls1_xc014","finding":"x"},{"id":"cipher-tls1_3_x1302","finding":"x"},{"id":"cipher-tls1_x35","finding":"x"}]}]}`
	r, err := parseTestsslJSON([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(r.protocols, []string{TLS10, TLS13}) {
		t.Errorf("protocols %v", r.protocols)
	}
	if !slices.Equal(r.suites[TLS10], []string{"TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA", "TLS_RSA_WITH_AES_256_CBC_SHA"}) ||
		!slices.Equal(r.suites[TLS13], []string{"TLS_AES_256_GCM_SHA384"}) {
		t.Errorf("suites %v", r.suites)
	}
}
