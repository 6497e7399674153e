package creds

import (
	"bufio"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/crypto/ssh"

	"conformscan/fixtures/credsd"
	"conformscan/fixtures/loopback"
)

// TestSSHPartialSuccessIsAccepted: sshd with AuthenticationMethods
// password,publickey answers the right password with a partial success
// (a second factor required). That is the password accepted, never a
// refusal: a finding once the random password is plainly refused.
func TestSSHPartialSuccessIsAccepted(t *testing.T) {
	d := credsd.StartSshdMethods(t, "admin", "password,publickey")
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	login := sshLogin(dialFunc((&net.Dialer{}).DialContext), d.Addr)
	if o := login(ctx, d.User, "wrong-"+randomPassword()); o.Verdict != Refused || !o.Sent {
		t.Fatalf("wrong password: %v, want refused\n%s", o, d.Log())
	}
	if o := login(ctx, d.User, "admin"); o.Verdict != Accepted || o.Partial == "" || !strings.Contains(o.Signal, "partial success") {
		t.Fatalf("right password: %+v, want accepted-partial\n%s", o, d.Log())
	}
	f, err := runProbe(t, &Flags{File: credsFile(t, "ssh,"+d.User+",root", "ssh,"+d.User+",admin")}, endpoint(t, d.Addr, "ssh"))
	if err != nil {
		t.Fatalf("%v\n%s", err, d.Log())
	}
	if len(f.Findings) != 1 || f.Findings[0].Kind != FindingPartial || f.Findings[0].Control != ControlRefused ||
		f.Findings[0].Secret != "a****" || !strings.Contains(f.Findings[0].Signal, "second factor") {
		t.Fatalf("findings %+v\n%s", f.Findings, d.Log())
	}
	want := []string{"refused", "accepted", "refused"}
	if got := verdicts(f.Tried[0]); strings.Join(got, ",") != strings.Join(want, ",") || f.Tried[0].PasswordsSent() != 3 {
		t.Fatalf("attempts %+v, want %v, all with a password sent", f.Tried[0].Attempts, want)
	}
}

func verdicts(t Tried) []string {
	var out []string
	for _, a := range t.Attempts {
		out = append(out, a.Verdict)
	}
	return out
}

// tomcatManager models Tomcat 10's manager: / is the welcome page, and
// /manager/html asks for Basic credentials (realm "Tomcat Manager
// Application"): 401 for a wrong password, 403 "Access Denied" for a
// right one whose user lacks the manager-gui role. forbidAll answers 403
// to any credentials (a front that forbids every authenticated request).
func tomcatManager(t *testing.T, user, password string, forbidAll bool) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/manager/html" {
			_, _ = w.Write([]byte("<html><title>Apache Tomcat/10.1.34</title></html>"))
			return
		}
		u, p, ok := r.BasicAuth()
		if ok && (forbidAll || u == user && p == password) {
			w.WriteHeader(http.StatusForbidden)
			_, _ = w.Write([]byte("<h1>403 Access Denied</h1><p>You are not authorized to view this page.</p>"))
			return
		}
		w.Header().Set("WWW-Authenticate", `Basic realm="Tomcat Manager Application"`)
		w.WriteHeader(http.StatusUnauthorized)
		_, _ = w.Write([]byte("<h1>401 Unauthorized</h1>"))
	}))
	t.Cleanup(srv.Close)
	return strings.TrimPrefix(srv.URL, "http://")
}

// TestHTTPForbiddenAfterCredentials: Tomcat's 403 to tomcat/tomcat, where
// a random password gets 401, is the password accepted (the user lacks
// only the role): a finding. A 403 to the random password too is no
// verdict: an error, never a refusal.
func TestHTTPForbiddenAfterCredentials(t *testing.T) {
	addr := tomcatManager(t, "tomcat", "tomcat", false)
	f, err := runProbe(t, &Flags{File: credsFile(t, "http,tomcat,s3cret", "http,tomcat,tomcat")}, endpoint(t, addr, "http"))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Findings) != 1 || f.Findings[0].Kind != FindingPartial || f.Findings[0].Control != ControlRefused ||
		!strings.Contains(f.Findings[0].Signal, "403") || !strings.HasSuffix(f.URL, "/manager/html") {
		t.Fatalf("facts %+v", f)
	}
	addr = tomcatManager(t, "tomcat", "tomcat", true)
	f, err = runProbe(t, &Flags{File: credsFile(t, "http,tomcat,tomcat")}, endpoint(t, addr, "http"))
	if err == nil || f.Error == "" || len(f.Findings) != 0 || !strings.Contains(f.Error, "cannot tell") {
		t.Fatalf("403 for any password: err %v, facts %+v", err, f)
	}
	if got := verdicts(f.Tried[0]); strings.Join(got, ",") != "accepted,accepted" || f.Tried[0].Failures != 0 {
		t.Fatalf("attempts %+v: a 403 is never counted as a refusal", f.Tried[0].Attempts)
	}
}

// redisSaysYesThenNo answers +OK to AUTH and -NOAUTH to everything else.
func redisSaysYesThenNo(c net.Conn) {
	r := bufio.NewReader(c)
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		if !strings.HasPrefix(line, "$") {
			continue
		}
		arg, err := r.ReadString('\n')
		if err != nil {
			return
		}
		switch strings.ToUpper(strings.TrimSpace(arg)) {
		case "AUTH":
			_, _ = io.WriteString(c, "+OK\r\n")
		case "INFO":
			_, _ = io.WriteString(c, "-NOAUTH Authentication required.\r\n")
		}
	}
}

// TestRedisOKThenNoAuthIsUnknown: +OK to AUTH then NOAUTH to INFO is no
// verdict, not a refusal: the endpoint's error.
func TestRedisOKThenNoAuthIsUnknown(t *testing.T) {
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(loopback.Serve(t, redisSaysYesThenNo)))
	f, err := runProbe(t, &Flags{File: credsFile(t, "redis,default,foobared")}, endpoint(t, addr, "redis"))
	if err == nil || f.Error == "" || len(f.Findings) != 0 {
		t.Fatalf("err %v, facts %+v", err, f)
	}
	// The open question (INFO without AUTH: NOAUTH) is a clear no; the
	// AUTH try is unknown, with its password sent.
	if len(f.Tried) != 2 || f.Tried[0].Found || f.Tried[0].Attempts[0].Verdict != "refused" {
		t.Fatalf("tried %+v", f.Tried)
	}
	a := f.Tried[1].Attempts
	if len(a) != 1 || a[0].Verdict != "unknown" || !a[0].PasswordSent || f.Tried[1].Failures != 0 || !strings.Contains(a[0].Why, "NOAUTH") {
		t.Fatalf("attempts %+v", a)
	}
}

// TestTelnetUnrecognisedIsUnknown: a Telnet server that takes the password
// and says something that is neither a refusal nor a shell is no verdict:
// an error, and a try that sent a password (the lockout budget counts it).
func TestTelnetUnrecognisedIsUnknown(t *testing.T) {
	port := loopback.Serve(t, func(c net.Conn) {
		r := bufio.NewReader(c)
		_, _ = io.WriteString(c, "login: ")
		_, _ = r.ReadString('\n')
		_, _ = io.WriteString(c, "Password: ")
		_, _ = r.ReadString('\n')
		_, _ = io.WriteString(c, "\r\nSession limit reached, try later\r\n")
	})
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	f, err := runProbe(t, &Flags{File: credsFile(t, "telnet,admin,admin", "telnet,admin,root")}, endpoint(t, addr, "telnet"))
	if err == nil || f.Error == "" || len(f.Findings) != 0 {
		t.Fatalf("err %v, facts %+v", err, f)
	}
	tr := f.Tried[0]
	if tr.Tries != 1 || tr.Failures != 0 || tr.Unknowns() != 1 || tr.PasswordsSent() != 1 || !tr.Attempts[0].PasswordSent {
		t.Fatalf("tried %+v", tr)
	}
}

// TestJudgeControl is the table of what an accepted try and its control
// make.
func TestJudgeControl(t *testing.T) {
	full, partial := accepted("in"), acceptedPartial("403", "not authorised")
	for _, tc := range []struct {
		name         string
		try, control Outcome
		kind, ctl    string
		err          bool
	}{
		{"full, control refused", full, refusedWith("401"), FindingDefault, ControlRefused, false},
		{"full, control accepted", full, accepted("in"), FindingAnyPassword, ControlAccepted, false},
		{"full, control unknown", full, unknownf(true, "timeout"), FindingDefault, "no verdict: unknown: timeout", false},
		{"partial, control refused", partial, refusedWith("401"), FindingPartial, ControlRefused, false},
		{"partial, control partial", partial, partial, "", "", true},
		{"partial, control accepted", partial, full, "", "", true},
		{"partial, control unknown", partial, unknownf(true, "reset"), "", "", true},
	} {
		f := Finding{Kind: FindingDefault}
		err := judgeControl(&f, tc.try, tc.control)
		if (err != nil) != tc.err || !tc.err && (f.Kind != tc.kind || f.Control != tc.ctl) {
			t.Errorf("%s: %+v, %v", tc.name, f, err)
		}
	}
}

// TestUnclassifiedIsUnknown: the zero Outcome, or an acceptance without a
// signal, is Unknown: a client that forgets to classify never refuses.
func TestUnclassifiedIsUnknown(t *testing.T) {
	s := &session{login: func(context.Context, string, string) Outcome { return Outcome{} }, pacer: &pacer{}, budget: memBudget(3), facts: &Facts{}}
	if err := s.account(context.Background(), Account{User: "x", Passwords: []string{"a", "b"}}, "", false); err == nil {
		t.Fatal("the zero outcome counted as a refusal")
	}
	s = &session{login: func(context.Context, string, string) Outcome { return Outcome{Verdict: Accepted, Sent: true} }, pacer: &pacer{}, budget: memBudget(3), facts: &Facts{}}
	if err := s.account(context.Background(), Account{User: "x", Passwords: []string{"a"}}, "", false); err == nil || len(s.facts.Findings) != 0 {
		t.Fatalf("accepted without a signal: %v %+v", err, s.facts)
	}
}

// kbdServer is an SSH server asking by keyboard-interactive for
// "Password: ", then, when it is right, for "Verification code: ".
func kbdServer(t *testing.T, password string) string {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	signer, err := ssh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	cfg := &ssh.ServerConfig{KeyboardInteractiveCallback: func(_ ssh.ConnMetadata, ask ssh.KeyboardInteractiveChallenge) (*ssh.Permissions, error) {
		ans, err := ask("", "", []string{"Password: "}, []bool{false})
		if err != nil || len(ans) != 1 || ans[0] != password {
			return nil, errors.New("wrong password")
		}
		if _, err := ask("", "", []string{"Verification code: "}, []bool{false}); err != nil {
			return nil, err
		}
		return nil, errors.New("wrong code")
	}}
	cfg.AddHostKey(signer)
	port := loopback.Serve(t, func(c net.Conn) {
		_, _, _, _ = ssh.NewServerConn(c, cfg)
	})
	return net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
}

// TestSSHSecondPromptIsUnknown: keyboard-interactive asking for a
// verification code after the password may mean the password was right:
// no verdict, never a refusal; a wrong password is refused.
func TestSSHSecondPromptIsUnknown(t *testing.T) {
	addr := kbdServer(t, "admin")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	login := sshLogin(dialFunc((&net.Dialer{}).DialContext), addr)
	if o := login(ctx, "admin", "nope"); o.Verdict != Refused {
		t.Fatalf("wrong password: %v", o)
	}
	if o := login(ctx, "admin", "admin"); o.Verdict != Unknown || !o.Sent || !errors.Is(o.Err, errOtherPrompt) {
		t.Fatalf("right password, then a code asked: %v", o)
	}
}

// TestEchoedPasswordRedacted: a server echoing the password into what the
// try reports never puts it in the facts.
func TestEchoedPasswordRedacted(t *testing.T) {
	port := loopback.Serve(t, func(c net.Conn) {
		r := bufio.NewReader(c)
		_, _ = io.WriteString(c, "login: ")
		_, _ = r.ReadString('\n')
		_, _ = io.WriteString(c, "Password: ")
		pw, _ := r.ReadString('\n')
		_, _ = io.WriteString(c, "\r\n$ ")
		_, _ = r.ReadString('\n')
		_, _ = io.WriteString(c, "no such thing: "+strings.TrimSpace(pw)+"\r\n")
	})
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	f, err := runProbe(t, &Flags{File: credsFile(t, "telnet,admin,Secr3tEcho")}, endpoint(t, addr, "telnet"))
	if err == nil || len(f.Tried) != 1 || len(f.Tried[0].Attempts) != 1 {
		t.Fatalf("err %v, facts %+v", err, f)
	}
	if strings.Contains(err.Error(), "Secr3tEcho") || strings.Contains(f.Error, "Secr3tEcho") || strings.Contains(f.Tried[0].Attempts[0].Why, "Secr3tEcho") ||
		!strings.Contains(f.Tried[0].Attempts[0].Why, "S****") {
		t.Fatalf("the echoed password reached the facts: %v / %+v", err, f.Tried[0].Attempts)
	}
}
