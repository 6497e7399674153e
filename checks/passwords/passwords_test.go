package passwords

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"conformscan/checks"
	"conformscan/probes"
	pw "conformscan/probes/passwords"
)

func localInput(t *testing.T, o *pw.Options) *checks.Input {
	t.Helper()
	f, err := pw.Collect(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	s := probes.NewSubject(probes.SubjectLocal, "local")
	s.SetFact(pw.ID, f)
	return &checks.Input{Subject: s, Settings: checks.Settings{Lang: checks.English, RefDate: time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)}}
}

func byRef(rs []checks.Result) map[string]checks.Result {
	out := map[string]checks.Result{}
	for _, r := range rs {
		out[r.Ref] = r
	}
	return out
}

const probeTestdata = "../../probes/passwords/testdata/"

func TestDebianWithoutPwqualityFails(t *testing.T) {
	rs := byRef(evalLocal(localInput(t, &pw.Options{Root: probeTestdata + "debian"})))
	for _, ref := range []string{"5.2", "5.3", "5.5"} {
		if rs[ref].Status != checks.StatusFail {
			t.Errorf("%s: %s %s", ref, rs[ref].Status, rs[ref].Summary)
		}
	}
	ev, _ := json.Marshal(rs["5.3"].Evidence)
	if !strings.Contains(string(ev), "common-password") || !strings.Contains(string(ev), RuleLength) || !strings.Contains(string(ev), RuleCNIL) {
		t.Errorf("5.3 evidence must name the PAM file and the rules: %s", ev)
	}
}

func TestHardenedPasses(t *testing.T) {
	rs := byRef(evalLocal(localInput(t, &pw.Options{Root: probeTestdata + "hardened"})))
	for _, ref := range []string{"5.2", "5.3", "5.5"} {
		if rs[ref].Status != checks.StatusPass {
			t.Errorf("%s: %s %s %+v", ref, rs[ref].Status, rs[ref].Summary, rs[ref].Evidence)
		}
	}
}

func TestWindowsComplexityWarnsAndDeclaredScopes(t *testing.T) {
	rs := byRef(evalLocal(localInput(t, &pw.Options{Root: "/nonexistent", Secedit: probeTestdata + "secedit.inf"})))
	if rs["5.3"].Status != checks.StatusFail || !strings.Contains(rs["5.3"].Summary, "7 characters") {
		t.Errorf("secedit minlen 7: %s %s", rs["5.3"].Status, rs["5.3"].Summary)
	}
	if rs["5.5"].Status != checks.StatusPass {
		t.Errorf("history 24, max age 42: %s %s", rs["5.5"].Status, rs["5.5"].Summary)
	}
	rs = byRef(evalLocal(localInput(t, &pw.Options{Root: "/nonexistent", PolicyFile: probeTestdata + "declared.yaml"})))
	// Admins: 16 chars, all classes, dictionary declared: pass. Users:
	// dictionary not declared: warn, never pass by default.
	if rs["5.2"].Status != checks.StatusPass || rs["5.3"].Status != checks.StatusWarn {
		t.Errorf("declared: 5.2 %s %s / 5.3 %s %s", rs["5.2"].Status, rs["5.2"].Summary, rs["5.3"].Status, rs["5.3"].Summary)
	}
}

func TestClassesThreeOfFour(t *testing.T) {
	three := 3
	f := judgeClasses(&pw.Policy{MinClasses: &three})
	if f.Status != checks.StatusWarn || !strings.Contains(f.EN, "does not guarantee") {
		t.Errorf("%+v", f)
	}
}

func TestEntropyCNIL(t *testing.T) {
	yes, n12, n8, three := true, 12, 8, 3
	all4 := &pw.Policy{MinLength: &n12, RequireUpper: &yes, RequireLower: &yes, RequireDigit: &yes, RequireSpecial: &yes}
	if f := judgeCNIL(all4); f.Status != checks.StatusPass {
		t.Errorf("12 chars of 4 classes is the CNIL's 80-bit example: %+v", f)
	}
	lock := 5
	eight := &pw.Policy{MinLength: &n8, MinClasses: &three, LockoutThreshold: &lock}
	if f := judgeCNIL(eight); f.Status != checks.StatusPass {
		t.Errorf("8 chars 3 of 4 with lockout is the CNIL's 50-bit example: %+v", f)
	}
	eight.LockoutThreshold = nil
	if f := judgeCNIL(eight); f.Status != checks.StatusFail {
		t.Errorf("without lockout 80 bits are required: %+v", f)
	}
}

func TestCleartextConfigMasked(t *testing.T) {
	in := localInput(t, &pw.Options{Root: "/nonexistent", ConfigPaths: []string{probeTestdata + "config"}})
	rs := byRef(evalCleartext(in))
	if rs["5.4"].Status != checks.StatusFail || rs["13.8"].Status != checks.StatusFail {
		t.Fatalf("%+v", rs)
	}
	raw, _ := json.Marshal(rs)
	for _, secret := range []string{"Sup3rS3cret", "hunter2", "XmlPlain99"} {
		if strings.Contains(string(raw), secret) {
			t.Errorf("result holds %q", secret)
		}
	}
	if !strings.Contains(string(raw), "app.properties:3") || !strings.Contains(string(raw), "S****") || !strings.Contains(string(raw), "bcrypt") {
		t.Errorf("evidence: %s", raw)
	}
}

// TestCleartextSkippedFileCannotPass: a 2.7 MB file (or a FIFO, or a
// binary) under --config-path does not stop the walk: a password after it
// is still found (FAIL), and without one the skipped file is named and
// 5.4 and 13.8 are ERROR, never PASS.
func TestCleartextSkippedFileCannotPass(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.conf"), []byte("user=app\n"), 0o644)
	big := filepath.Join(dir, "b-huge.log")
	os.WriteFile(big, []byte("x"), 0o644)
	os.Truncate(big, 2_700_000)
	fifo := filepath.Join(dir, "c.fifo")
	syscall.Mkfifo(fifo, 0o600)
	os.WriteFile(filepath.Join(dir, "d.bin"), []byte("\x00\x01password=x"), 0o644)
	rs := byRef(evalCleartext(localInput(t, &pw.Options{Root: "/nonexistent", ConfigPaths: []string{dir}})))
	raw, _ := json.Marshal(rs["5.4"])
	for _, ref := range []string{"5.4", "13.8"} {
		if rs[ref].Status != checks.StatusError {
			t.Errorf("%s: %s, want error: %s", ref, rs[ref].Status, raw)
		}
	}
	for _, p := range []string{big, fifo, "d.bin", "larger than", "named pipe", "not text"} {
		if !strings.Contains(string(raw), p) {
			t.Errorf("evidence lacks %q: %s", p, raw)
		}
	}
	os.WriteFile(filepath.Join(dir, "z.properties"), []byte("db_password=hunter2\n"), 0o644)
	rs = byRef(evalCleartext(localInput(t, &pw.Options{Root: "/nonexistent", ConfigPaths: []string{dir}})))
	if rs["5.4"].Status != checks.StatusFail || strings.Contains(fmt.Sprint(rs), "hunter2") {
		t.Errorf("password after the huge file: %+v", rs["5.4"])
	}
}
