package creds

import (
	"context"
	"io"
	"net"
	"strings"
	"testing"
	"time"

	"conformscan/fixtures/daemons"
)

func TestLDAPAnonymousReadFound(t *testing.T) {
	s := daemons.StartSlapd(t, daemons.SlapdOptions{})
	f, err := runProbe(t, &Flags{}, endpoint(t, s.Addr, "ldap"))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Findings) != 1 || f.Findings[0].Kind != FindingAnonymous || f.Findings[0].Account != "bind anonyme / anonymous bind" ||
		!strings.Contains(f.Findings[0].Signal, "3 entries under "+daemons.BaseDN) {
		t.Fatalf("findings %+v", f.Findings)
	}
	if f.TotalTries() != 1 {
		t.Errorf("tries %d, want 1 (no password tried)", f.TotalTries())
	}
}

func TestLDAPSAnonymousReadFound(t *testing.T) {
	s := daemons.StartSlapd(t, daemons.SlapdOptions{TLS: true})
	f, err := runProbe(t, &Flags{}, endpoint(t, s.LDAPSAddr, "ldaps"))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Findings) != 1 || f.Findings[0].Kind != FindingAnonymous || !strings.Contains(f.Findings[0].Signal, daemons.BaseDN) {
		t.Fatalf("findings %+v", f.Findings)
	}
}

// TestLDAPAnonymousRefused is the conformant twin: slapd refuses anonymous
// binds; one question asked, no finding, no password tried.
func TestLDAPAnonymousRefused(t *testing.T) {
	s := daemons.StartSlapd(t, daemons.SlapdOptions{RefuseAnonymous: true})
	f, err := runProbe(t, &Flags{}, endpoint(t, s.Addr, "ldap"))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Findings) != 0 || !f.Testable || len(f.Tried) != 1 || f.Tried[0].Tries != 1 || f.Tried[0].Found {
		t.Fatalf("facts %+v", f)
	}
}

// TestLDAPHostile: a silent server, or one answering garbage, ends the
// question in an error within the deadline.
func TestLDAPHostile(t *testing.T) {
	for name, answer := range map[string][]byte{"silent": nil, "garbage": []byte("HTTP/1.1 400 Bad Request\r\n\r\n"),
		"huge": {0x30, 0x84, 0x7f, 0xff, 0xff, 0xff}} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			ln, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { _ = ln.Close() })
			go func() {
				conn, err := ln.Accept()
				if err != nil {
					return
				}
				defer conn.Close()
				_, _ = conn.Write(answer)
				_ = conn.SetDeadline(time.Now().Add(5 * time.Second))
				_, _ = io.Copy(io.Discard, conn)
			}()
			ctx, cancel := context.WithTimeout(context.Background(), 1500*time.Millisecond)
			defer cancel()
			start := time.Now()
			o := ldapOpen(ctx, (&net.Dialer{}).DialContext, ln.Addr().String(), false)
			if o.Verdict != Unknown {
				t.Fatalf("outcome %v, want unknown", o)
			}
			if d := time.Since(start); d > 3*time.Second {
				t.Errorf("took %s", d)
			}
			t.Log(o.Err)
		})
	}
}

// TestLDAPListedAccountOverStartTLS: a directory account the user lists
// himself (an ldap row of --creds) is tried over StartTLS; its password
// is found, WhoAmI confirms it, the random control is refused.
func TestLDAPListedAccountOverStartTLS(t *testing.T) {
	s := daemons.StartSlapd(t, daemons.SlapdOptions{TLS: true, RefuseAnonymous: true})
	dn := `"` + daemons.UserDN + `"` // a DN holds commas: quoted CSV
	file := credsFile(t, "ldap,"+dn+",wrong-one", "ldap,"+dn+","+daemons.UserPassword, "*,admin,admin")
	f, err := runProbe(t, &Flags{File: file}, endpoint(t, s.Addr, "ldap"))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Findings) != 1 || f.Findings[0].Kind != FindingDefault || f.Findings[0].Account != daemons.UserDN ||
		f.Findings[0].Control != ControlRefused || !strings.Contains(f.Findings[0].Signal, "WhoAmI") {
		t.Fatalf("findings %+v", f.Findings)
	}
	for _, tr := range f.Tried {
		if tr.Account == "admin" {
			t.Fatalf("a \"*\" row reached the directory: %+v", f.Tried)
		}
	}
}

// TestLDAPListedAccountNeverInClear: a directory without TLS gets no
// password.
func TestLDAPListedAccountNeverInClear(t *testing.T) {
	s := daemons.StartSlapd(t, daemons.SlapdOptions{RefuseAnonymous: true})
	f, err := runProbe(t, &Flags{File: credsFile(t, `ldap,"`+daemons.UserDN+`",`+daemons.UserPassword)}, endpoint(t, s.Addr, "ldap"))
	if err != nil {
		t.Fatal(err)
	}
	// The anonymous question was measured (refused): only the account
	// was not tried.
	if !f.Testable || len(f.Findings) != 0 || !strings.Contains(f.Note, "in clear") || f.TotalTries() != 1 {
		t.Fatalf("facts %+v", f)
	}
}
