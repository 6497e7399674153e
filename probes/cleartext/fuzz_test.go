package cleartext

import (
	"bufio"
	"bytes"
	"strings"
	"testing"
)

// fuzzConn is a session reading data (no socket).
func fuzzConn(data []byte) *conn {
	return &conn{r: bufio.NewReaderSize(bytes.NewReader(data), maxLine), f: &Facts{}}
}

func checkFacts(t *testing.T, f *Facts) {
	t.Helper()
	if len(f.Transcript) > maxTranscript {
		t.Fatalf("transcript of %d lines", len(f.Transcript))
	}
	for _, l := range f.Transcript {
		if len(l) > maxTranscriptLine+4 {
			t.Fatalf("transcript line of %d bytes", len(l))
		}
	}
}

// FuzzReadReply feeds FTP/SMTP multi-line replies.
func FuzzReadReply(f *testing.F) {
	for _, s := range []string{
		"220 ready\r\n",
		"220-Welcome\r\n to the server\r\n220 ready\r\n",
		"211-Features:\r\n AUTH TLS\r\n PBSZ\r\n211 End\r\n",
		"250-mail.example\r\n250-STARTTLS\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n",
		"220\r\n", "999 x\r\n", "22", "220-a\r\n221 b\r\n220 c\r\n", "abc\r\n",
		"220-" + strings.Repeat("x", 5000) + "\r\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c := fuzzConn(data)
		for i := 0; i < 10; i++ {
			r, err := c.readReply("fuzz")
			if err != nil {
				break
			}
			if r.Code < 100 || r.Code > 599 || len(r.Lines) == 0 {
				t.Fatalf("reply %+v", r)
			}
			_ = r.First()
			_ = r.Text()
			if c.lines > maxLines {
				t.Fatalf("%d lines read", c.lines)
			}
			if r.Code == 211 {
				feats := parseFEAT(r.Lines)
				_ = ftpAuthTLS(feats)
			}
			fa := &Facts{}
			judgeFTPUser(r, fa)
			judgeEHLO(r.Lines, fa)
			checkFacts(t, fa)
		}
		checkFacts(t, c.f)
	})
}

// FuzzParseEHLO feeds EHLO extension lists.
func FuzzParseEHLO(f *testing.F) {
	for _, s := range []string{
		"mail.example\nSTARTTLS\nAUTH PLAIN LOGIN",
		"x\nAUTH=LOGIN,PLAIN\nSIZE 100",
		"x\nauth\nAUTH=\n  \nstarttls",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		exts, _, mechs := parseEHLO(strings.Split(s, "\n"))
		if len(exts) > 64 || len(mechs) > 32 {
			t.Fatalf("%d extensions, %d mechanisms", len(exts), len(mechs))
		}
		for _, m := range mechs {
			if m == "" || len(m) > 80 {
				t.Fatalf("mechanism %q", m)
			}
		}
	})
}

// FuzzPOP3Capa feeds POP3 CAPA answers.
func FuzzPOP3Capa(f *testing.F) {
	for _, s := range []string{
		"+OK\r\nUSER\r\nSTLS\r\nSASL PLAIN LOGIN\r\n.\r\n",
		"+OK Capability list follows\r\nTOP\r\n..dot\r\n.\r\n",
		"-ERR no\r\n", "+OK\r\n", "garbage\r\n", "+OK\r\nSASL\r\n.\r\n",
	} {
		f.Add([]byte(s), "+OK")
	}
	f.Fuzz(func(t *testing.T, data []byte, user string) {
		c := fuzzConn(data)
		status, lines, err := c.readPOP3Multi("CAPA")
		if err == nil && !strings.HasPrefix(status, "+OK") && !strings.HasPrefix(status, "-ERR") {
			t.Fatalf("status %q accepted", status)
		}
		caps := parsePOP3Capa(lines)
		if len(caps.All) > 64 || len(caps.SASL) > 32 {
			t.Fatalf("caps %+v", caps)
		}
		fa := &Facts{}
		judgePOP3(user, caps, fa)
		if fa.AuthInClear == nil || *fa.AuthInClear != (len(fa.AuthVia) > 0) {
			t.Fatalf("AuthInClear %v with via %q", fa.AuthInClear, fa.AuthVia)
		}
		_ = apopTimestamp(user)
		checkFacts(t, c.f)
	})
}

// FuzzIMAPCapability feeds IMAP greetings and CAPABILITY answers.
func FuzzIMAPCapability(f *testing.F) {
	for _, s := range []string{
		"* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready\r\n* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\na1 OK done\r\n",
		"* PREAUTH hi\r\n+ go on\r\na1 BAD\r\n",
		"* OK [CAPABILITY\r\n* capability\r\nA1 ok\r\n",
		"* BYE\r\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c := fuzzConn(data)
		g, err := c.readLine("greeting")
		if err != nil {
			return
		}
		caps, _ := greetingCapabilities(g)
		untagged, _, _ := c.readTagged("CAPABILITY", "a1")
		for _, l := range untagged {
			if cs, ok := parseIMAPCapability(l); ok {
				caps = cs
			}
		}
		if len(caps) > 128 {
			t.Fatalf("%d capabilities", len(caps))
		}
		fa := &Facts{}
		judgeIMAP(caps, strings.HasPrefix(g, "* PREAUTH"), fa)
		if fa.AuthInClear == nil || fa.TLSOffered == nil {
			t.Fatal("judgeIMAP left a question open")
		}
		if len(fa.AuthMechanisms) > 32 || len(fa.Capabilities) > 64 {
			t.Fatalf("facts %+v", fa)
		}
		checkFacts(t, c.f)
	})
}

// FuzzParsePage feeds HTML bodies.
func FuzzParsePage(f *testing.F) {
	for _, s := range []string{
		`<html><title>Login</title><form action="/l"><input type="password" name=p></form>`,
		`<INPUT TYPE=PASSWORD>`, `<input type=' password '/>`, `<input type="text" data-type="password">`,
		`<title>a<b>c</title><!-- <input type=password> --><script><input type=password></script>`,
		`<form action=x><form action=y></form><input type=password>`,
		"<title>" + strings.Repeat("t", 3000), "<", "<input type", "\x00<title>\xff</title>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		if len(body) > maxFormScan {
			body = body[:maxFormScan]
		}
		p := parsePage(body)
		if len(p.Title) > 204 || len(p.FormAction) > 204 || len(p.PasswordInput) > 204 {
			t.Fatalf("unbounded field: %+v", p)
		}
		if p.PasswordField != (p.PasswordInput != "") {
			t.Fatalf("password field %v with input %q", p.PasswordField, p.PasswordInput)
		}
		if p.FormAction != "" && !p.PasswordField {
			t.Fatalf("form action without password field: %+v", p)
		}
	})
}

// FuzzWWWAuthenticate feeds WWW-Authenticate header values (one per line).
func FuzzWWWAuthenticate(f *testing.F) {
	for _, s := range []string{
		`Basic realm="x"`,
		`Digest realm="a, b", nonce="n", qop="auth", Basic realm="y"`,
		"Negotiate\nNTLM",
		`Negotiate YIIGhgYJKoZIhvcSAQICAQBuggZ1MIIGcaADAgEFoQMCAQ8=`,
		`Bearer realm="api", error="invalid_token", error_description="The access token expired"`,
		`realm="orphan"`, `"`, `,,,`, `Basic realm="unterminated`, `Newauth realm = "apps", type=1, title="Login to \"apps\""`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		schemes, realm := parseWWWAuthenticate(strings.Split(s, "\n"))
		if len(schemes) > maxSchemes || len(realm) > 124 {
			t.Fatalf("schemes %q realm %q", schemes, realm)
		}
		seen := map[string]bool{}
		for _, sc := range schemes {
			if sc == "" || len(sc) > 44 || seen[sc] {
				t.Fatalf("scheme %q in %q", sc, schemes)
			}
			seen[sc] = true
			for i := 0; i < len(sc); i++ {
				if !isTchar(sc[i]) && !strings.HasSuffix(sc, "…") {
					t.Fatalf("scheme %q is not a token", sc)
				}
			}
		}
	})
}

// FuzzLDAPMessage feeds LDAP messages, framed and bare.
func FuzzLDAPMessage(f *testing.F) {
	entry := berTLV(berSequence, berInt(berInteger, 1), berTLV(ldapSearchEntry, berString(berOctetString, ""),
		berTLV(berSequence, berTLV(berSequence, berString(berOctetString, "supportedExtension"), berTLV(berSet, berString(berOctetString, OIDStartTLS))))))
	done := berTLV(berSequence, berInt(berInteger, 1), berTLV(ldapSearchDone, berInt(berEnumerated, 0), berString(berOctetString, ""), berString(berOctetString, "")))
	bind := berTLV(berSequence, berInt(berInteger, 2), berTLV(ldapBindResponse, berInt(berEnumerated, 13), berString(berOctetString, ""), berString(berOctetString, "confidentiality required")))
	notice := berTLV(berSequence, berInt(berInteger, 0), berTLV(ldapExtendedResponse, berInt(berEnumerated, 52), berString(berOctetString, ""), berString(berOctetString, "bye")))
	for _, s := range [][]byte{entry, done, bind, notice, append(entry, done...), {0x30, 0x84, 0xff, 0xff, 0xff, 0xff}, {0x30, 0x80}, {0x30, 0x03, 0x02, 0x01}, ldapSearchRootDSE(1), ldapBind(2, "cn=a", "b")} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if m, err := parseLDAPMessage(data); err == nil {
			if m.Result != nil {
				_ = m.Result.String()
			}
		}
		r := bufio.NewReader(bytes.NewReader(data))
		for i := 0; i < 20; i++ {
			body, err := readBERMessage(r)
			if err != nil {
				return
			}
			if len(body) > maxLDAPMessage {
				t.Fatalf("message of %d bytes", len(body))
			}
			m, err := parseLDAPMessage(body)
			if err != nil {
				continue
			}
			fa := &Facts{}
			if m.Op == ldapSearchEntry {
				if len(m.Attrs) > 64 {
					t.Fatalf("%d attributes", len(m.Attrs))
				}
				judgeRootDSE(m.Attrs, m.Result, fa)
			}
			if m.Result != nil {
				judgeBind(*m.Result, fa)
			}
			checkFacts(t, fa)
		}
	})
}

// FuzzTelnet feeds Telnet streams, in two chunks.
func FuzzTelnet(f *testing.F) {
	for _, s := range []string{
		"\xff\xfb\x01\xff\xfb\x03\xff\xfd\x18\xff\xfa\x18\x01\xff\xf0Debian\r\nlogin: ",
		"Username: ", "\xff\xff\xff", "\xff\xfa" + strings.Repeat("x", 2000), "hello\r\n\x00",
		"\xff\xfd", "Password:",
	} {
		f.Add([]byte(s), 3)
	}
	f.Fuzz(func(t *testing.T, data []byte, cut int) {
		if cut < 0 || cut > len(data) {
			cut = len(data) / 2
		}
		var p telnetParser
		out := p.feed(data[:cut])
		out = append(out, p.feed(data[cut:])...)
		if len(out)%3 != 0 {
			t.Fatalf("answer % x is not made of IAC triples", out)
		}
		for i := 0; i < len(out); i += 3 {
			if out[i] != tnIAC || (out[i+1] != tnWONT && out[i+1] != tnDONT) {
				t.Fatalf("answer % x is not a refusal", out[i:i+3])
			}
		}
		if len(p.text) > maxTelnetText || p.negotiations > 65 {
			t.Fatalf("%d text bytes, %d negotiations", len(p.text), p.negotiations)
		}
		if tr := p.transcript(); len(tr) > maxTranscript {
			t.Fatalf("transcript of %d lines", len(tr))
		}
		_ = loginPrompt(string(data))
	})
}
