package hostlog

import (
	"errors"
	"testing"
)

func FuzzParseSSHD(f *testing.F) {
	f.Add([]byte("Include /etc/ssh/sshd_config.d/*.conf\nLogLevel=VERBOSE\nMatch User x\n LogLevel QUIET\n"))
	f.Fuzz(func(t *testing.T, b []byte) { _ = ParseSSHD(b) })
}

func FuzzParseRsyslog(f *testing.F) {
	f.Add([]byte("auth,authpriv.* /var/log/auth.log\n*.* @@(o)[::1]:514;T\naction(type=\"omfwd\" target=\"h\" port=\"1\")\n"))
	f.Add([]byte("*.* @\n*.* @@[\n@"))
	f.Fuzz(func(t *testing.T, b []byte) { _, _ = ParseRsyslog("f", b) })
}

func FuzzParseSyslogNG(f *testing.F) {
	f.Add([]byte("filter a { facility(auth); };\ndestination d { network(\"h\" port(1)); };\nlog { filter(a); destination(d); };\n"))
	f.Fuzz(func(t *testing.T, b []byte) { _, _ = ParseSyslogNG("f", b) })
}

func FuzzParseKeyValues(f *testing.F) {
	f.Add([]byte("[Upload]\nURL=https://h:19532\n"))
	f.Fuzz(func(t *testing.T, b []byte) { _ = uploadForward(ParseKeyValues("f", b)["URL"]) })
}

func FuzzParseAccounts(f *testing.F) {
	f.Add([]byte("root:x:0:0:root:/root:/bin/bash\nadmin:!:1:1:::\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		_ = ParsePasswd("f", b)
		_ = ParseShadow(b)
		_ = homesOf(b)
	})
}

func FuzzParseGroupAndWEF(f *testing.F) {
	f.Add([]byte("sudo:x:27:alice,bob\n"), "Server=https://h:5986/wsman,Refresh=60")
	f.Fuzz(func(t *testing.T, b []byte, s string) {
		_ = ParseGroup("f", b)
		_ = ParseSubscriptionManager("w", s)
	})
}

func FuzzParseLogrotate(f *testing.F) {
	for _, s := range []string{
		"weekly\nrotate 4\ninclude /etc/logrotate.d\n/var/log/a.log \"/var/log/b c\" {\n rotate 79\n maxage 365\n size 10M\n postrotate\n  x\n endscript\n}\n",
		"/var/log/x\n{\n monthly }\n", "{", "}", "\"", "/x {\n prerotate\n", "size 1G\nmaxsize +9k\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		items, err := ParseLogrotate("f", b)
		if err != nil && !errors.Is(err, ErrLogrotate) {
			t.Fatalf("error not wrapping ErrLogrotate: %v", err)
		}
		for _, it := range items {
			if (it.Block == nil) == (it.Directive == nil) {
				t.Fatalf("item %+v", it)
			}
		}
		_, _ = TimespanDays(string(b))
		_ = SyslogNGAuthFiles("f", b)
	})
}
