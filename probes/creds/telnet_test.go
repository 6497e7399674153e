package creds

import (
	"bufio"
	"bytes"
	"io"
	"net"
	"strconv"
	"strings"
	"testing"

	"conformscan/fixtures/credsd"
	"conformscan/fixtures/loopback"
	"conformscan/probes/lib/telnet"
)

// TestTelnetDefaultPasswordFound: telnetd and login(1) let the account in
// with a listed password; the shell's sum confirms it, the control fails.
func TestTelnetDefaultPasswordFound(t *testing.T) {
	d := credsd.StartTelnetd(t, "admin")
	f, err := runProbe(t, &Flags{File: credsFile(t, "telnet,"+d.User+",root", "telnet,"+d.User+",admin")}, endpoint(t, d.Addr, "telnet"))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Findings) != 1 || f.Findings[0].Kind != FindingDefault || f.Findings[0].Secret != "a****" ||
		f.Findings[0].Control != ControlRefused || !strings.Contains(f.Findings[0].Signal, "the shell computed") {
		t.Fatalf("findings %+v", f.Findings)
	}
	if f.Tried[0].Tries != 2 || f.Tried[0].Failures != 2 {
		t.Errorf("tried %+v, want 2 tries and 2 failures (one wrong pair, one control)", f.Tried)
	}
}

// TestTelnetConformant: a strong password gives no finding, and no more
// tries than the budget.
func TestTelnetConformant(t *testing.T) {
	d := credsd.StartTelnetd(t, "Tn5-"+randomPassword())
	if s := discovered(t, d.Addr); s != "telnet" {
		t.Fatalf("discovery names telnetd %q", s)
	}
	var lines []string
	for _, pw := range []string{"admin", "root", "1234", "password"} {
		lines = append(lines, "telnet,"+d.User+","+pw)
	}
	f, err := runProbe(t, &Flags{File: credsFile(t, lines...), MaxTries: 2}, endpoint(t, d.Addr, "telnet"))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Findings) != 0 || !f.Testable || len(f.Tried) != 1 || f.Tried[0].Tries != 2 || f.Tried[0].Failures != 2 {
		t.Fatalf("facts %+v", f)
	}
}

// TestTelnetNoPrompt: a server that never asks for a login is an error,
// not a finding.
func TestTelnetNoPrompt(t *testing.T) {
	port := loopback.Serve(t, func(c net.Conn) {
		_, _ = io.WriteString(c, "\xff\xfd\x18\xff\xfa\x18\x01\xff\xf0Welcome to the box\r\n")
	})
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	f, err := runProbe(t, &Flags{File: credsFile(t, "telnet,admin,admin")}, endpoint(t, addr, "telnet"))
	if err == nil || !strings.Contains(f.Error, "no login prompt") || len(f.Findings) != 0 {
		t.Fatalf("err %v, facts %+v", err, f)
	}
}

func TestTelnetNegotiationAndJudging(t *testing.T) {
	var out bytes.Buffer
	in := "\xff\xfb\x01\xff\xfb\x03\xff\xfd\x18\xff\xfd\x18\xff\xfb\x05\xff\xfa\x18\x01\xff\xff\xff\xf0a\xff\xffb"
	tr := newTelnetReader(bufio.NewReader(strings.NewReader(in)), &out)
	var got []byte
	for {
		b, err := tr.next()
		if err != nil {
			break
		}
		got = append(got, b)
	}
	if string(got) != "a\xffb" || out.String() != "\xff\xfd\x01\xff\xfd\x03\xff\xfc\x18\xff\xfe\x05" {
		t.Fatalf("data %q, answers %q", got, out.String())
	}
	for s, want := range map[string]bool{"\r\nLogin incorrect\r\n": true, "Last login: today\r\n$ ": false,
		"There were 2 failed login attempts since the last successful login.\r\n$ ": false, "\r\nlogin: ": true} {
		if refused(s) != want {
			t.Errorf("refused(%q) = %v", s, !want)
		}
	}
	if !hasLine("echo $((1+2))\r\n3\r\n$ ", "3") || hasLine("echo $((1+2))\r\n", "3") {
		t.Error("hasLine")
	}
}

func FuzzTelnetReader(f *testing.F) {
	f.Add([]byte("\xff\xfb\x01\xff\xfa\x18\x01\xff\xf0login: "))
	f.Add([]byte("\xff\xfa\xff"))
	f.Add([]byte("Password:\xff\xff\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		var out bytes.Buffer
		tr := newTelnetReader(bufio.NewReader(bytes.NewReader(b)), &out)
		var text []byte
		for range len(b) + 1 {
			c, err := tr.next()
			if err != nil {
				break
			}
			text = append(text, c)
		}
		if len(text) > len(b) || out.Len() > 3*len(b) {
			t.Fatalf("%d data bytes, %d answered from %d", len(text), out.Len(), len(b))
		}
		s := string(text)
		_, _, _ = refused(s), shellPrompt(s), hasLine(s, "42")
		_ = tailMatch(telnet.LoginPrompts())(s)
	})
}
