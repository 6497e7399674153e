package hostaccess

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// ParseLs never yields a name that walks out of the folder listed.
func FuzzParseLs(f *testing.F) {
	f.Add([]byte("pam.d/\ncommon-password\n"))
	f.Add([]byte("../\n./\n/etc/\na/b\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, e := range ParseLs(b) {
			if e.Name == "" || e.Name == "." || e.Name == ".." || strings.Contains(e.Name, "/") {
				t.Fatalf("name %q", e.Name)
			}
		}
	})
}

// Whatever a link in an offline root says, the path resolved stays inside
// the root.
func FuzzRootResolve(f *testing.F) {
	f.Add("../../../../etc/passwd", "/etc/x")
	f.Add("/", "/etc/x/../../..")
	f.Add("x/../../y", "/etc/x/z")
	f.Fuzz(func(t *testing.T, target, p string) {
		if strings.ContainsRune(target, 0) || target == "" || !strings.HasPrefix(p, "/") || strings.ContainsRune(p, 0) {
			return
		}
		dir := t.TempDir()
		if err := os.MkdirAll(filepath.Join(dir, "etc"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(target, filepath.Join(dir, "etc/x")); err != nil {
			return
		}
		real, err := NewRoot(dir).Resolve(p)
		if err != nil {
			return
		}
		if real != dir && !strings.HasPrefix(real, dir+string(filepath.Separator)) {
			t.Fatalf("link %q, path %q resolved outside the root: %s", target, p, real)
		}
	})
}

// Allowed never accepts a vector whose program is not on the list.
func FuzzAllowed(f *testing.F) {
	f.Add("cat", "--", "/etc/passwd")
	f.Add("sh", "-c", "id")
	f.Fuzz(func(t *testing.T, a, b, c string) {
		argv := []string{a, b, c}
		if Allowed(argv) != nil {
			return
		}
		ok := false
		for _, r := range AllowList {
			ok = ok || r.matches(argv)
		}
		if !ok || !safePath(c) {
			t.Fatalf("accepted %q", argv)
		}
	})
}

// FuzzParseReceive: any WS-Management response is parsed without panic;
// a done command always has its exit code, a fault is a *FaultError.
func FuzzParseReceive(f *testing.F) {
	f.Add([]byte(`<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Body><rsp:ReceiveResponse xmlns:rsp="x"><rsp:Stream Name="stdout" CommandId="1">aGVsbG8=</rsp:Stream><rsp:CommandState CommandId="1" State="http://schemas.microsoft.com/wbem/wsman/1/windows/shell/CommandState/Done"><rsp:ExitCode>0</rsp:ExitCode></rsp:CommandState></rsp:ReceiveResponse></s:Body></s:Envelope>`))
	f.Add([]byte(`<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Body><s:Fault><s:Code><s:Value>s:Receiver</s:Value><s:Subcode><s:Value>w:TimedOut</s:Value></s:Subcode></s:Code><s:Detail><f:WSManFault xmlns:f="y" Code="2150858793"><f:Message>timed out</f:Message></f:WSManFault></s:Detail></s:Fault></s:Body></s:Envelope>`))
	f.Add([]byte(`<Envelope><Body><Shell><ShellId>abc</ShellId></Shell></Body></Envelope>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := parseReceive(b)
		if err == nil && !c.Done && c.ExitCode != 0 {
			t.Fatal("exit code on a running command")
		}
		if r, err := parseResponse(b); err == nil {
			_, _ = r.shellID()
		} else if fe := (*FaultError)(nil); errors.As(err, &fe) {
			_ = fe.Error()
		}
	})
}

// FuzzParseNetAccountsOrder: a policy read has its minimum age and length.
func FuzzParseNetAccountsOrder(f *testing.F) {
	b, _ := os.ReadFile("testdata/winrm/net-accounts.txt")
	f.Add(b)
	f.Add([]byte("a:1\nb:2\nc:x\nd:4\ne:y\nf:z\ng:7\nh:8\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := ParseNetAccountsOrder(b)
		if err == nil && (p.MinLength == nil || p.MinAgeDays == nil) {
			t.Fatal("policy without minimum age or length")
		}
	})
}
