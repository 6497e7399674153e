package main

import (
	"strings"
	"testing"

	"conformscan/fixtures/fakeldap"
	"conformscan/fixtures/netns"
)

// The directory account (--ldap-bind-dn and its password) goes only to the
// --directory targets: never to a scanned host's LDAP port, never in
// clear unless --ldap-allow-cleartext names the directory, never under
// --safe. In a namespace of its own, a fake LDAP server on 127.0.0.1:389
// (the scanned host) and another on 127.0.0.2:389 (the directory, no TLS)
// record every bind.
func TestScanLDAPAccountOnlyToDirectory(t *testing.T) {
	if !netns.Inside(t) {
		return
	}
	const dn, secret = "cn=svc-audit,dc=lab,dc=test", "Dir3ctory-Secr3t"
	t.Setenv("CONFORMSCAN_LDAP_PASSWORD", secret)
	host := fakeldap.Start(t, "127.0.0.1:389", fakeldap.Options{BindCode: 49})
	dir := fakeldap.Start(t, "127.0.0.2:389", fakeldap.Options{BindCode: 49})
	withAccount := func(s *fakeldap.Server) (n, all int) {
		for _, b := range s.Binds() {
			if b.DN == dn || b.Password == secret {
				n++
			}
		}
		return n, len(s.Binds())
	}
	scan := func(args ...string) (int, string) {
		t.Helper()
		base := []string{"scan", "--target", "127.0.0.1", "--ports", "389", "--refs", "7.2,5.2,5.3,5.5,5.7", "--format", "json", "--lang", "en", "--ldap-bind-dn", dn}
		code, out, errOut := runCLI(t, append(base, args...)...)
		if strings.Contains(out+errOut, secret) {
			t.Fatalf("the password appears in the output")
		}
		return code, out + errOut
	}

	if code, out := scan(); code == 0 || !strings.Contains(out, "only with --directory") || host.Requests() != 0 {
		t.Fatalf("--ldap-bind-dn without --directory: exit %d, %d requests to the host: %s", code, host.Requests(), out)
	}

	_, out := scan("--directory", "ldap://127.0.0.2")
	if n, all := withAccount(host); n != 0 || all == 0 {
		t.Errorf("scanned host: %d binds with the account of %d (want 0 of at least the test bind)", n, all)
	}
	if n, _ := withAccount(dir); n != 0 {
		t.Errorf("directory without TLS, not named by --ldap-allow-cleartext: %d binds with the account\n%.3000s", n, out)
	}

	hostBefore, dirBefore := len(host.Binds()), len(dir.Binds())
	_, out = scan("--directory", "ldap://127.0.0.2", "--ldap-allow-cleartext", "ldap://127.0.0.2:389", "--safe")
	if len(host.Binds()) != hostBefore || len(dir.Binds()) != dirBefore {
		t.Errorf("--safe: binds sent (host %d→%d, directory %d→%d)\n%.3000s", hostBefore, len(host.Binds()), dirBefore, len(dir.Binds()), out)
	}

	scan("--directory", "ldap://127.0.0.2", "--ldap-allow-cleartext", "ldap://127.0.0.2:389")
	if n, _ := withAccount(dir); n == 0 {
		t.Errorf("--ldap-allow-cleartext naming the directory: the account was not used there")
	}
	if n, _ := withAccount(host); n != 0 {
		t.Errorf("scanned host: %d binds with the account", n)
	}
	t.Logf("binds seen: host %q, directory (DN only) %d", host.Binds(), len(dir.Binds()))
}
