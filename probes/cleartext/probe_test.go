package cleartext

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"conformscan/probes"
)

func TestUnknownService(t *testing.T) {
	f, err := Probe(context.Background(), "127.0.0.1:1", "ssh", Options{})
	if f != nil {
		t.Errorf("facts for an unknown service: %+v", f)
	}
	wantKind(t, err, probes.KindApplication)
}

func TestFTP(t *testing.T) {
	feat := []string{"211-Features:", " MDTM", " SIZE", "211 End"}
	featTLS := []string{"211-Features:", " AUTH SSL", " AUTH TLS", " PBSZ", " PROT", "211 End"}
	cases := []struct {
		name     string
		greeting string
		answers  map[string][]string
		auth     *bool
		via      []string
		tls      *bool
		refused  string
	}{
		{"plain", "220 (vsFTPd 3.0.3)", map[string][]string{"FEAT": feat, "USER": {"331 Please specify the password."}, "QUIT": {"221 Goodbye."}}, yes, []string{ViaFTPUser}, no, ""},
		{"tls required", "220 (vsFTPd 3.0.3)", map[string][]string{"FEAT": featTLS, "USER": {"530 Non-anonymous sessions must use encryption."}, "QUIT": {"221 Goodbye."}}, no, nil, yes, "530 Non-anonymous sessions must use encryption."},
		{"tls optional", "220 ready", map[string][]string{"FEAT": featTLS, "USER": {"331 Password required"}, "QUIT": {"221 Goodbye."}}, yes, []string{ViaFTPUser}, yes, ""},
		{"534 policy", "220 ready", map[string][]string{"FEAT": featTLS, "USER": {"534 Policy requires SSL."}, "QUIT": {"221 Goodbye."}}, no, nil, yes, "534 Policy requires SSL."},
		{"no FEAT", "220-Welcome", nil, yes, []string{ViaFTPUser}, nil, ""},
		{"anonymous only", "220 ready", map[string][]string{"FEAT": feat, "USER": {"530 This FTP server is anonymous only."}}, nil, nil, no, "530 This FTP server is anonymous only."},
		{"230 at once", "220 ready", map[string][]string{"FEAT": feat, "USER": {"230 Login successful."}}, yes, []string{ViaFTPUser}, no, ""},
		{"120 then 220", "120 wait a bit\r\n220 ready", map[string][]string{"FEAT": feat, "USER": {"331 Password"}}, yes, []string{ViaFTPUser}, no, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			greeting := tc.greeting
			answers := tc.answers
			if tc.name == "no FEAT" {
				greeting = "220-Welcome\r\n to the server\r\n220 ready"
				answers = map[string][]string{"FEAT": {"500 FEAT: unknown command"}, "USER": {"331 Password"}}
			}
			addr := lineServer(t, greeting, verbAnswers(answers, "QUIT"))
			f := mustProbe(t, addr, "ftp", opts(t))
			wantAuth(t, f, tc.auth, tc.via...)
			wantTLS(t, f, tc.tls)
			if f.AuthRefused != tc.refused {
				t.Errorf("AuthRefused %q, want %q", f.AuthRefused, tc.refused)
			}
			if !f.Cleartext || f.Greeting == "" {
				t.Errorf("cleartext %v greeting %q", f.Cleartext, f.Greeting)
			}
			if !strings.Contains(strings.Join(f.Transcript, "\n"), "> USER "+probeUser) {
				t.Errorf("transcript %q lacks USER", f.Transcript)
			}
			if strings.Contains(strings.Join(f.Transcript, "\n"), "PASS") {
				t.Errorf("the probe sent PASS: %q", f.Transcript)
			}
			checkBounds(t, f)
		})
	}
}

func TestFTPRefusesService(t *testing.T) {
	addr := lineServer(t, "421 Too many connections", nil)
	_, err := probe(t, addr, "ftp", opts(t))
	wantKind(t, err, probes.KindApplication)
}

func TestSMTP(t *testing.T) {
	cases := []struct {
		name  string
		ehlo  []string
		auth  *bool
		via   []string
		tls   *bool
		mechs string
	}{
		{"auth no starttls", []string{"250-mail.lab greets you", "250-PIPELINING", "250 AUTH PLAIN LOGIN"}, yes, []string{ViaSMTPAuth}, no, "PLAIN,LOGIN"},
		{"starttls only", []string{"250-mail.lab", "250-STARTTLS", "250 8BITMIME"}, no, nil, yes, ""},
		{"auth and starttls", []string{"250-mail.lab", "250-STARTTLS", "250-AUTH CRAM-MD5", "250 SIZE 100"}, yes, []string{ViaSMTPAuth}, yes, "CRAM-MD5"},
		{"old AUTH= form", []string{"250-mail.lab", "250-AUTH=LOGIN PLAIN", "250 HELP"}, yes, []string{ViaSMTPAuth}, no, "LOGIN,PLAIN"},
		{"external only", []string{"250-mail.lab", "250-STARTTLS", "250 AUTH EXTERNAL"}, no, nil, yes, "EXTERNAL"},
		{"bare 250", []string{"250 mail.lab"}, no, nil, no, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			addr := lineServer(t, "220 mail.lab ESMTP", verbAnswers(map[string][]string{"EHLO": tc.ehlo, "QUIT": {"221 bye"}}, "QUIT"))
			f := mustProbe(t, addr, "smtp", opts(t))
			wantAuth(t, f, tc.auth, tc.via...)
			wantTLS(t, f, tc.tls)
			if got := strings.Join(f.AuthMechanisms, ","); got != tc.mechs {
				t.Errorf("mechanisms %q, want %q", got, tc.mechs)
			}
			checkBounds(t, f)
		})
	}
	t.Run("EHLO refused, HELO ok", func(t *testing.T) {
		addr := lineServer(t, "220 old", verbAnswers(map[string][]string{"EHLO": {"500 what"}, "HELO": {"250 old"}, "QUIT": {"221 bye"}}, "QUIT"))
		f := mustProbe(t, addr, "smtp", opts(t))
		wantAuth(t, f, no)
		wantTLS(t, f, no)
	})
	t.Run("554 greeting", func(t *testing.T) {
		addr := lineServer(t, "554 go away", nil)
		_, err := probe(t, addr, "smtp", opts(t))
		wantKind(t, err, probes.KindApplication)
	})
	t.Run("not SMTP", func(t *testing.T) {
		addr := lineServer(t, "SSH-2.0-OpenSSH_9.2", nil)
		_, err := probe(t, addr, "smtp", opts(t))
		wantKind(t, err, probes.KindProtocol)
	})
}

func TestPOP3(t *testing.T) {
	cases := []struct {
		name     string
		greeting string
		capa     []string
		user     string
		auth     *bool
		via      []string
		tls      *bool
	}{
		{"user in clear", "+OK POP3 ready", []string{"+OK", "USER", "TOP", "."}, "+OK send PASS", yes, []string{ViaPOP3User}, no},
		{"tls required", "+OK Dovecot ready.", []string{"+OK", "CAPA", "TOP", "STLS", "SASL", "UIDL", "."}, "-ERR [AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.", no, nil, yes},
		{"sasl plain before stls", "+OK", []string{"+OK", "STLS", "SASL PLAIN LOGIN", "."}, "-ERR use STLS", yes, []string{ViaPOP3SASL}, yes},
		{"no CAPA", "+OK", []string{"-ERR unknown command"}, "+OK", yes, []string{ViaPOP3User}, nil},
		{"dot-stuffed", "+OK", []string{"+OK", "..weird", "STLS", "."}, "-ERR no", no, nil, yes},
		{"apop", "+OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>", []string{"+OK", "STLS", "."}, "-ERR no", yes, []string{ViaPOP3SASL}, yes},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			addr := lineServer(t, tc.greeting, verbAnswers(map[string][]string{"CAPA": tc.capa, "USER": {tc.user}, "QUIT": {"+OK bye"}}, "QUIT"))
			f := mustProbe(t, addr, "pop3", opts(t))
			wantAuth(t, f, tc.auth, tc.via...)
			wantTLS(t, f, tc.tls)
			if strings.Contains(strings.Join(f.Transcript, "\n"), "> PASS") {
				t.Errorf("the probe sent PASS: %q", f.Transcript)
			}
			checkBounds(t, f)
		})
	}
	t.Run("-ERR greeting", func(t *testing.T) {
		addr := lineServer(t, "-ERR busy", nil)
		_, err := probe(t, addr, "pop3", opts(t))
		wantKind(t, err, probes.KindApplication)
	})
}

// imapAnswers answers tagged IMAP commands.
func imapAnswers(caps string) func(string) ([]string, bool) {
	return func(line string) ([]string, bool) {
		tag, cmd, _ := strings.Cut(line, " ")
		switch strings.ToUpper(cmd) {
		case "CAPABILITY":
			if caps == "" {
				return []string{tag + " BAD no"}, false
			}
			return []string{"* CAPABILITY " + caps, tag + " OK done"}, false
		case "LOGOUT":
			return []string{"* BYE", tag + " OK bye"}, true
		}
		return []string{tag + " BAD what"}, false
	}
}

func TestIMAP(t *testing.T) {
	cases := []struct {
		name     string
		greeting string
		caps     string
		auth     *bool
		via      []string
		tls      *bool
	}{
		{"logindisabled", "* OK ready", "IMAP4rev1 STARTTLS LOGINDISABLED", no, nil, yes},
		{"login allowed", "* OK ready", "IMAP4rev1 STARTTLS", yes, []string{ViaIMAPLogin}, yes},
		{"auth plain", "* OK ready", "IMAP4rev1 LOGINDISABLED AUTH=PLAIN", yes, []string{ViaIMAPAuth}, no},
		{"both", "* OK ready", "IMAP4rev1 AUTH=PLAIN AUTH=LOGIN", yes, []string{ViaIMAPAuth, ViaIMAPLogin}, no},
		{"greeting caps only", "* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] Dovecot ready.", "", no, nil, yes},
		{"preauth", "* PREAUTH welcome", "IMAP4rev1 LOGINDISABLED", no, nil, no},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			addr := lineServer(t, tc.greeting, imapAnswers(tc.caps))
			f := mustProbe(t, addr, "imap", opts(t))
			wantAuth(t, f, tc.auth, tc.via...)
			wantTLS(t, f, tc.tls)
			checkBounds(t, f)
		})
	}
	t.Run("BYE greeting", func(t *testing.T) {
		addr := lineServer(t, "* BYE too many", nil)
		_, err := probe(t, addr, "imap", opts(t))
		wantKind(t, err, probes.KindApplication)
	})
	t.Run("no capabilities", func(t *testing.T) {
		addr := lineServer(t, "* OK ready", imapAnswers(""))
		f, err := probe(t, addr, "imap", opts(t))
		wantKind(t, err, probes.KindProtocol)
		if f == nil || f.AuthInClear != nil {
			t.Errorf("facts %+v", f)
		}
	})
}

func TestTelnet(t *testing.T) {
	t.Run("negotiation and prompt", func(t *testing.T) {
		var mu sync.Mutex
		var got []byte
		addr := serve(t, func(c net.Conn, r *bufio.Reader) {
			// IAC WILL ECHO, IAC WILL SGA, IAC DO TTYPE, IAC SB TTYPE SEND IAC SE.
			_, _ = c.Write([]byte{tnIAC, tnWILL, 1, tnIAC, tnWILL, 3, tnIAC, tnDO, 24, tnIAC, tnSB, 24, 1, tnIAC, tnSE})
			buf := make([]byte, 9)
			if _, err := io.ReadFull(r, buf); err != nil {
				return
			}
			mu.Lock()
			got = buf
			mu.Unlock()
			_, _ = io.WriteString(c, "Debian GNU/Linux 12\r\nlab login: ")
			_, _ = io.Copy(io.Discard, r)
		})
		f := mustProbe(t, addr, "telnet", opts(t))
		wantAuth(t, f, yes, ViaTelnet)
		mu.Lock()
		want := []byte{tnIAC, tnDONT, 1, tnIAC, tnDONT, 3, tnIAC, tnWONT, 24}
		if !bytes.Equal(got, want) {
			t.Errorf("client answered % x, want % x", got, want)
		}
		mu.Unlock()
		if f.Greeting != "Debian GNU/Linux 12" {
			t.Errorf("greeting %q", f.Greeting)
		}
		if !strings.Contains(strings.Join(f.Transcript, "\n"), "lab login:") {
			t.Errorf("transcript %q", f.Transcript)
		}
		checkBounds(t, f)
	})
	t.Run("prompt without negotiation", func(t *testing.T) {
		addr := serve(t, func(c net.Conn, r *bufio.Reader) {
			_, _ = io.WriteString(c, "\r\nUser Access Verification\r\n\r\nUsername: ")
			_, _ = io.Copy(io.Discard, r)
		})
		f := mustProbe(t, addr, "telnet", opts(t))
		wantAuth(t, f, yes, ViaTelnet)
	})
	t.Run("negotiation then silence", func(t *testing.T) {
		addr := serve(t, func(c net.Conn, r *bufio.Reader) {
			_, _ = c.Write([]byte{tnIAC, tnDO, 24})
			_, _ = io.Copy(io.Discard, r)
		})
		start := time.Now()
		f := mustProbe(t, addr, "telnet", opts(t))
		wantAuth(t, f, yes, ViaTelnet)
		if d := time.Since(start); d > telnetQuiet+time.Second {
			t.Errorf("took %v", d)
		}
	})
	t.Run("text without prompt", func(t *testing.T) {
		addr := serve(t, func(c net.Conn, r *bufio.Reader) {
			_, _ = io.WriteString(c, "hello\r\n")
		})
		f, err := probe(t, addr, "telnet", opts(t))
		wantKind(t, err, probes.KindProtocol)
		if f == nil || f.AuthInClear != nil {
			t.Errorf("facts %+v", f)
		}
	})
}

// ldapServer answers the root DSE search with exts and a bind with
// bindCode (and bindMsg).
func ldapServer(t *testing.T, exts []string, bindCode int, bindMsg string, binds *[]string, mu *sync.Mutex) string {
	return serve(t, func(c net.Conn, r *bufio.Reader) {
		for {
			body, err := readBERMessage(r)
			if err != nil {
				return
			}
			_, idb, rest, err := readTLV(body)
			if err != nil {
				return
			}
			id, _ := berIntValue(idb)
			op, content, _, err := readTLV(rest)
			if err != nil {
				return
			}
			switch op {
			case ldapSearchRequest:
				var vals [][]byte
				for _, e := range exts {
					vals = append(vals, berString(berOctetString, e))
				}
				attr := berTLV(berSequence, berString(berOctetString, "supportedExtension"), berTLV(berSet, vals...))
				sasl := berTLV(berSequence, berString(berOctetString, "supportedSASLMechanisms"), berTLV(berSet, berString(berOctetString, "SCRAM-SHA-256")))
				list := berTLV(berSequence, attr, sasl)
				if exts == nil {
					list = berTLV(berSequence, sasl)
				}
				entry := berTLV(ldapSearchEntry, berString(berOctetString, ""), list)
				done := berTLV(ldapSearchDone, berInt(berEnumerated, 0), berString(berOctetString, ""), berString(berOctetString, ""))
				_, _ = c.Write(append(berTLV(berSequence, berInt(berInteger, id), entry), berTLV(berSequence, berInt(berInteger, id), done)...))
			case ldapBindRequest:
				_, _, rest, _ := readTLV(content)
				_, dn, rest, _ := readTLV(rest)
				_, pw, _, _ := readTLV(rest)
				if binds != nil {
					mu.Lock()
					*binds = append(*binds, string(dn)+"/"+string(pw))
					mu.Unlock()
				}
				msg := strings.ReplaceAll(bindMsg, "{pw}", string(pw))
				resp := berTLV(ldapBindResponse, berInt(berEnumerated, bindCode), berString(berOctetString, ""), berString(berOctetString, msg))
				_, _ = c.Write(berTLV(berSequence, berInt(berInteger, id), resp))
			case ldapUnbindRequest:
				return
			}
		}
	})
}

func TestLDAP(t *testing.T) {
	withStartTLS := []string{"1.3.6.1.4.1.4203.1.11.1", OIDStartTLS}
	testBind := ldapTestBindDN + "/" + ldapTestBindPassword
	t.Run("safe", func(t *testing.T) {
		var mu sync.Mutex
		var binds []string
		addr := ldapServer(t, withStartTLS, 0, "", &binds, &mu)
		o := opts(t)
		o.Safe = true
		f := mustProbe(t, addr, "ldap", o)
		wantAuth(t, f, nil)
		wantTLS(t, f, yes)
		if !strings.Contains(strings.Join(f.Notes, " "), "--safe") {
			t.Errorf("notes %q do not say why the bind was not tested", f.Notes)
		}
		if strings.Join(f.AuthMechanisms, ",") != "SCRAM-SHA-256" {
			t.Errorf("mechanisms %q", f.AuthMechanisms)
		}
		mu.Lock()
		defer mu.Unlock()
		if len(binds) != 0 {
			t.Errorf("a bind was sent under --safe: %q", binds)
		}
	})
	cases := []struct {
		name string
		exts []string
		code int
		msg  string
		auth *bool
		via  []string
		tls  *bool
	}{
		{"bind accepted", nil, 0, "", yes, []string{ViaLDAPSimpleBind}, no},
		{"confidentiality required", withStartTLS, 13, "confidentiality required", no, nil, yes},
		{"stronger auth required", withStartTLS, 8, "", no, nil, yes},
		{"invalid credentials", withStartTLS, 49, "", yes, []string{ViaLDAPSimpleBind}, yes},
		{"unwilling, names TLS", withStartTLS, 53, "simple bind requires TLS", no, nil, yes},
		{"unwilling", withStartTLS, 53, "unwilling", nil, nil, yes},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var mu sync.Mutex
			var binds []string
			addr := ldapServer(t, tc.exts, tc.code, tc.msg, &binds, &mu)
			f := mustProbe(t, addr, "ldap", opts(t))
			wantAuth(t, f, tc.auth, tc.via...)
			wantTLS(t, f, tc.tls)
			mu.Lock()
			if len(binds) != 1 || binds[0] != testBind {
				t.Errorf("server saw binds %q, want only the test bind", binds)
			}
			mu.Unlock()
			checkBounds(t, f)
		})
	}
}

func TestHTTP(t *testing.T) {
	const login = `<!DOCTYPE html><html><head><TITLE>
	  Portail   patient </TITLE></head><body>
	<!-- <input type="password" name="commented"> -->
	<script>var s = '<input type="password">';</script>
	<FORM method=post action='/auth/login'><input name=user><INPUT NAME=pw Type = " PassWord "></FORM></body></html>`
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		_, _ = io.WriteString(w, login)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)

	t.Run("login form", func(t *testing.T) {
		f := mustProbe(t, strings.TrimPrefix(srv.URL, "http://"), "http", opts(t))
		wantAuth(t, f, yes, ViaPasswordField)
		h := f.HTTP
		if h == nil || h.Status != 200 || !h.PasswordField || h.FormAction != "/auth/login" || h.Title != "Portail patient" {
			t.Fatalf("page %+v", h)
		}
		if !strings.Contains(strings.ToLower(h.PasswordInput), "password") {
			t.Errorf("password input %q", h.PasswordInput)
		}
		checkBounds(t, f)
	})

	rt := func(h http.HandlerFunc) string {
		s := httptest.NewServer(h)
		t.Cleanup(s.Close)
		return strings.TrimPrefix(s.URL, "http://")
	}
	t.Run("basic 401", func(t *testing.T) {
		addr := rt(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Add("WWW-Authenticate", `Basic realm="console, admin"`)
			w.Header().Add("WWW-Authenticate", `Bearer`)
			w.WriteHeader(401)
		})
		f := mustProbe(t, addr, "http", opts(t))
		wantAuth(t, f, yes, ViaHTTPAuth)
		if h := f.HTTP; h.Status != 401 || strings.Join(h.WWWAuthenticate, ",") != "Basic,Bearer" || h.Realm != "console, admin" {
			t.Errorf("page %+v", h)
		}
	})
	t.Run("redirect to https", func(t *testing.T) {
		addr := rt(func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "https://portal.example/", http.StatusMovedPermanently)
		})
		f := mustProbe(t, addr, "http", opts(t))
		wantAuth(t, f, no)
		if h := f.HTTP; !h.RedirectsToHTTPS || h.Status != 301 || h.Location != "https://portal.example/" {
			t.Errorf("page %+v", h)
		}
	})
	t.Run("same-host redirects then login", func(t *testing.T) {
		var addr string
		addr = rt(func(w http.ResponseWriter, r *http.Request) {
			switch r.URL.Path {
			case "/":
				http.Redirect(w, r, "/app/", http.StatusFound)
			case "/app/":
				http.Redirect(w, r, "http://"+addr+"/app/login", http.StatusFound)
			default:
				_, _ = io.WriteString(w, `<form action="https://sso.example/post"><input type="password"></form>`)
			}
		})
		f := mustProbe(t, addr, "http", opts(t))
		wantAuth(t, f, yes, ViaPasswordField)
		h := f.HTTP
		if len(h.Redirects) != 2 || !strings.HasSuffix(h.URL, "/app/login") || h.FormAction != "https://sso.example/post" {
			t.Errorf("page %+v", h)
		}
		if !strings.Contains(strings.Join(f.Notes, " "), "posts to https://sso.example/post") {
			t.Errorf("notes %q", f.Notes)
		}
	})
	t.Run("redirect loop", func(t *testing.T) {
		n := 0
		var mu sync.Mutex
		addr := rt(func(w http.ResponseWriter, r *http.Request) {
			mu.Lock()
			n++
			mu.Unlock()
			http.Redirect(w, r, "/again", http.StatusFound)
		})
		f := mustProbe(t, addr, "http", opts(t))
		wantAuth(t, f, nil)
		mu.Lock()
		if n != maxRedirects+1 {
			t.Errorf("%d requests, want %d", n, maxRedirects+1)
		}
		mu.Unlock()
	})
	t.Run("off-host redirect not followed", func(t *testing.T) {
		addr := rt(func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "http://portal.example/login", http.StatusFound)
		})
		f := mustProbe(t, addr, "http", opts(t)) // loopbackDial fails the test on any other dial
		wantAuth(t, f, no)
		if f.HTTP.RedirectsToHTTPS || f.HTTP.Status != 302 {
			t.Errorf("page %+v", f.HTTP)
		}
	})
	t.Run("plain content", func(t *testing.T) {
		addr := rt(func(w http.ResponseWriter, r *http.Request) {
			_, _ = io.WriteString(w, "<html><title>Hello</title><p>no form</p>")
		})
		f := mustProbe(t, addr, "http", opts(t))
		wantAuth(t, f, no)
		if f.HTTP.Title != "Hello" || f.HTTP.PasswordField {
			t.Errorf("page %+v", f.HTTP)
		}
	})
	t.Run("password only in a script", func(t *testing.T) {
		addr := rt(func(w http.ResponseWriter, r *http.Request) {
			_, _ = io.WriteString(w, "<html><title>x</title><script>document.write('<input type=password>')</script>")
		})
		f := mustProbe(t, addr, "http", opts(t))
		wantAuth(t, f, no)
	})
	t.Run("no proxy from the environment", func(t *testing.T) {
		t.Setenv("HTTP_PROXY", "http://192.0.2.1:3128")
		t.Setenv("http_proxy", "http://192.0.2.1:3128")
		f := mustProbe(t, strings.TrimPrefix(srv.URL, "http://"), "http", opts(t))
		wantAuth(t, f, yes, ViaPasswordField)
	})
	t.Run("TLS port: Go's 400", func(t *testing.T) {
		s := httptest.NewTLSServer(mux)
		t.Cleanup(s.Close)
		f := mustProbe(t, strings.TrimPrefix(s.URL, "https://"), "http", opts(t))
		wantAuth(t, f, no)
		if f.Cleartext || f.HTTP != nil {
			t.Errorf("facts %+v", f)
		}
	})
	t.Run("TLS port: alert record", func(t *testing.T) {
		addr := serve(t, func(c net.Conn, r *bufio.Reader) {
			_, _ = r.ReadString('\n')
			_, _ = c.Write([]byte{0x15, 0x03, 0x01, 0x00, 0x02, 0x02, 0x46})
		})
		f := mustProbe(t, addr, "http", opts(t))
		wantAuth(t, f, no)
		if f.Cleartext {
			t.Errorf("facts %+v", f)
		}
	})
}

func TestContextCancelEndsProbe(t *testing.T) {
	addr := serve(t, func(c net.Conn, r *bufio.Reader) { _, _ = io.Copy(io.Discard, r) })
	for _, svc := range Services() {
		t.Run(svc, func(t *testing.T) {
			t.Parallel()
			ctx, cancel := context.WithCancel(context.Background())
			time.AfterFunc(200*time.Millisecond, cancel)
			start := time.Now()
			_, err := Probe(ctx, addr, svc, Options{Timeout: 20 * time.Second, Dial: loopbackDial(t)})
			if err == nil {
				t.Fatal("no error from a silent server")
			}
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("cancel took %v to end the probe", d)
			}
		})
	}
}
