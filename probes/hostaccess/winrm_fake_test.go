package hostaccess

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/md5"
	"encoding/base64"
	"encoding/binary"
	"encoding/xml"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"unicode/utf16"

	"golang.org/x/crypto/md4"
)

// fakeWSMan is an in-process WS-Management endpoint: it authenticates
// with NTLM (a hand-made CHALLENGE; the AUTHENTICATE's NTLMv2 proof is
// checked against the password) or Basic, speaks the shell lifecycle
// (Create, Command, Receive, Signal, Delete) and replays the recorded
// outputs of testdata/winrm for the scripts it recognises. It is no
// Windows: see testdata/winrm/README.md.
type fakeWSMan struct {
	t          *testing.T
	user, pass string
	basic      bool
	// mode: "" replays; "fault" answers Command with a SOAP fault;
	// "drop" closes the connection on the first Receive; "endless"
	// sends output for ever.
	mode string

	authTries, creates, deletes, signals atomic.Int32
	mu                                   sync.Mutex
	pending                              map[string][][]byte // command ID -> stdout chunks
	srv                                  *httptest.Server
}

type connKey struct{}

type connState struct {
	authed    bool
	challenge [8]byte
}

func newFakeWSMan(t *testing.T, mode string, basic, tls bool) *fakeWSMan {
	f := &fakeWSMan{t: t, user: `LAB\audit`, pass: "s3ntinel-Pa55word!", basic: basic, mode: mode, pending: map[string][][]byte{}}
	f.srv = httptest.NewUnstartedServer(http.HandlerFunc(f.serve))
	f.srv.Config.ConnContext = func(ctx context.Context, _ net.Conn) context.Context {
		return context.WithValue(ctx, connKey{}, &connState{challenge: [8]byte{1, 2, 3, 4, 5, 6, 7, 8}})
	}
	f.srv.EnableHTTP2 = false
	f.srv.Config.ErrorLog = log.New(io.Discard, "", 0)
	if tls {
		f.srv.StartTLS()
	} else {
		f.srv.Start()
	}
	t.Cleanup(f.srv.Close)
	return f
}

// access returns a WinRM access to the fake server with password pw.
func (f *fakeWSMan) access(pw string, cleartext bool) *WinRM {
	host, port, _ := net.SplitHostPort(f.srv.Listener.Addr().String())
	var n int
	fmt.Sscan(port, &n)
	auth := WinRMNTLM
	if f.basic {
		auth = WinRMBasic
	}
	cfg := WinRMConfig{Host: host, Port: n, User: f.user, Auth: auth, Cleartext: cleartext, password: pw}
	if f.srv.Certificate() != nil {
		cfg.Roots = f.srv.Client().Transport.(*http.Transport).TLSClientConfig.RootCAs
	}
	return NewWinRM(cfg)
}

func (f *fakeWSMan) serve(w http.ResponseWriter, r *http.Request) {
	if !f.authenticate(w, r) {
		return
	}
	body, _ := io.ReadAll(r.Body)
	var req struct {
		Action   string   `xml:"Header>Action"`
		Selector string   `xml:"Header>SelectorSet>Selector"`
		Args     []string `xml:"Body>CommandLine>Arguments"`
		RecvID   struct {
			ID string `xml:"CommandId,attr"`
		} `xml:"Body>Receive>DesiredStream"`
	}
	if err := xml.Unmarshal(body, &req); err != nil {
		f.fault(w, "w:InvalidXml", "1", "bad envelope")
		return
	}
	switch req.Action {
	case actionCreate:
		f.creates.Add(1)
		f.reply(w, `<rsp:Shell><rsp:ShellId>11111111-2222-3333-4444-555555555555</rsp:ShellId></rsp:Shell>`)
	case actionCommand:
		f.command(w, req.Args)
	case actionReceive:
		f.receive(w, req.RecvID.ID)
	case actionSignal:
		f.signals.Add(1)
		f.reply(w, `<rsp:SignalResponse/>`)
	case actionDelete:
		f.deletes.Add(1)
		f.reply(w, ``)
	default:
		f.fault(w, "w:ActionNotSupported", "1", "unknown action")
	}
}

func (f *fakeWSMan) reply(w http.ResponseWriter, body string) {
	w.Header().Set("Content-Type", "application/soap+xml;charset=UTF-8")
	fmt.Fprintf(w, `<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:rsp="http://schemas.microsoft.com/wbem/wsman/1/windows/shell"><s:Header/><s:Body>%s</s:Body></s:Envelope>`, body)
}

func (f *fakeWSMan) fault(w http.ResponseWriter, subcode, code, msg string) {
	w.Header().Set("Content-Type", "application/soap+xml;charset=UTF-8")
	w.WriteHeader(http.StatusInternalServerError)
	fmt.Fprintf(w, `<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:w="http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd" xmlns:f="http://schemas.microsoft.com/wbem/wsman/1/wsmanfault"><s:Body><s:Fault><s:Code><s:Value>s:Receiver</s:Value><s:Subcode><s:Value>%s</s:Value></s:Subcode></s:Code><s:Reason><s:Text xml:lang="en-US">%s</s:Text></s:Reason><s:Detail><f:WSManFault Code="%s" Machine="lab"><f:Message>%s</f:Message></f:WSManFault></s:Detail></s:Fault></s:Body></s:Envelope>`, subcode, msg, code, msg)
}

// command recognises the script by its content and queues its recorded
// output.
func (f *fakeWSMan) command(w http.ResponseWriter, args []string) {
	if f.mode == "fault" {
		f.fault(w, "w:InternalError", "5", "Access is denied.")
		return
	}
	script := decodeEncodedCommand(f.t, args)
	var out []byte
	switch {
	case strings.Contains(script, "collector = 'winrm'"):
		out = []byte(base64.StdEncoding.EncodeToString(f.recorded("snapshot.json")) + "\r\n")
	case strings.Contains(script, "net.exe"):
		out = f.recorded("net-accounts.txt")
	case strings.Contains(script, "$op = 'read'"):
		out = []byte(base64.StdEncoding.EncodeToString([]byte("[boot loader]\r\ntimeout=30\r\n")) + "\r\n")
	default:
		f.fault(w, "w:InvalidParameter", "87", "script not recorded")
		return
	}
	// Two chunks: the client must loop until Done.
	half := len(out) / 2
	f.mu.Lock()
	f.pending["CMD-1"] = [][]byte{out[:half], out[half:]}
	f.mu.Unlock()
	f.reply(w, `<rsp:CommandResponse><rsp:CommandId>CMD-1</rsp:CommandId></rsp:CommandResponse>`)
}

func (f *fakeWSMan) receive(w http.ResponseWriter, id string) {
	switch f.mode {
	case "drop":
		hj, _ := w.(http.Hijacker)
		c, _, _ := hj.Hijack()
		c.Close()
		return
	case "endless":
		chunk := base64.StdEncoding.EncodeToString(bytes.Repeat([]byte("A"), 256<<10))
		f.reply(w, `<rsp:ReceiveResponse><rsp:Stream Name="stdout" CommandId="`+id+`">`+chunk+`</rsp:Stream><rsp:CommandState CommandId="`+id+`" State="http://schemas.microsoft.com/wbem/wsman/1/windows/shell/CommandState/Running"/></rsp:ReceiveResponse>`)
		return
	}
	f.mu.Lock()
	chunks := f.pending[id]
	var c []byte
	if len(chunks) > 0 {
		c, f.pending[id] = chunks[0], chunks[1:]
	}
	done := len(chunks) <= 1
	f.mu.Unlock()
	state := `<rsp:CommandState CommandId="` + id + `" State="http://schemas.microsoft.com/wbem/wsman/1/windows/shell/CommandState/Running"/>`
	if done {
		state = `<rsp:CommandState CommandId="` + id + `" State="` + commandStateDone + `"><rsp:ExitCode>0</rsp:ExitCode></rsp:CommandState>`
	}
	f.reply(w, `<rsp:ReceiveResponse><rsp:Stream Name="stdout" CommandId="`+id+`">`+base64.StdEncoding.EncodeToString(c)+`</rsp:Stream><rsp:Stream Name="stderr" CommandId="`+id+`" End="true"></rsp:Stream>`+state+`</rsp:ReceiveResponse>`)
}

func (f *fakeWSMan) recorded(name string) []byte {
	b, err := os.ReadFile(filepath.Join("testdata", "winrm", name))
	if err != nil {
		f.t.Error(err)
	}
	return b
}

// decodeEncodedCommand returns the script of "... -EncodedCommand B64".
func decodeEncodedCommand(t *testing.T, args []string) string {
	for i, a := range args {
		if a == "-EncodedCommand" && i+1 < len(args) {
			b, err := base64.StdEncoding.DecodeString(args[i+1])
			if err != nil || len(b)%2 != 0 {
				t.Errorf("EncodedCommand is not base64 UTF-16LE")
				return ""
			}
			u := make([]uint16, len(b)/2)
			for j := range u {
				u[j] = binary.LittleEndian.Uint16(b[2*j:])
			}
			return string(utf16.Decode(u))
		}
	}
	t.Errorf("no -EncodedCommand in %q", args)
	return ""
}

// authenticate answers 401 until the connection is authenticated.
func (f *fakeWSMan) authenticate(w http.ResponseWriter, r *http.Request) bool {
	st := r.Context().Value(connKey{}).(*connState)
	if st.authed {
		return true
	}
	if f.basic {
		u, p, ok := r.BasicAuth()
		if ok {
			f.authTries.Add(1)
			if u == f.user && p == f.pass {
				st.authed = true
				return true
			}
		}
		w.Header().Set("WWW-Authenticate", `Basic realm="WSMAN"`)
		w.WriteHeader(http.StatusUnauthorized)
		return false
	}
	scheme, tok, _ := strings.Cut(r.Header.Get("Authorization"), " ")
	msg, _ := base64.StdEncoding.DecodeString(tok)
	switch {
	case scheme != "NTLM" && scheme != "Negotiate", len(msg) < 12:
		w.Header().Set("WWW-Authenticate", "NTLM")
	case msg[8] == 1:
		w.Header().Set("WWW-Authenticate", "NTLM "+base64.StdEncoding.EncodeToString(ntlmChallenge(st.challenge)))
	case msg[8] == 3:
		f.authTries.Add(1)
		if ntlmVerify(msg, st.challenge, f.user, f.pass) {
			st.authed = true
			return true
		}
		w.Header().Set("WWW-Authenticate", "NTLM")
	}
	w.WriteHeader(http.StatusUnauthorized)
	return false
}

func utf16le(s string) []byte {
	var b []byte
	for _, c := range utf16.Encode([]rune(s)) {
		b = binary.LittleEndian.AppendUint16(b, c)
	}
	return b
}

// ntlmChallenge is a CHALLENGE_MESSAGE: Unicode, NTLM, extended session
// security, target info (NetBIOS domain "LAB").
func ntlmChallenge(ch [8]byte) []byte {
	name := utf16le("LAB")
	info := append(binary.LittleEndian.AppendUint16(binary.LittleEndian.AppendUint16(nil, 2), uint16(len(name))), name...)
	info = append(info, 0, 0, 0, 0)
	const flags = 1 | 4 | 1<<9 | 1<<19 | 1<<23 | 1<<29
	b := []byte("NTLMSSP\x00")
	b = binary.LittleEndian.AppendUint32(b, 2)
	b = appendVar(b, len(name), 48)
	b = binary.LittleEndian.AppendUint32(b, flags)
	b = append(b, ch[:]...)
	b = append(b, make([]byte, 8)...)
	b = appendVar(b, len(info), 48+len(name))
	b = append(b, name...)
	return append(b, info...)
}

func appendVar(b []byte, n, off int) []byte {
	b = binary.LittleEndian.AppendUint16(b, uint16(n))
	b = binary.LittleEndian.AppendUint16(b, uint16(n))
	return binary.LittleEndian.AppendUint32(b, uint32(off))
}

// ntlmVerify checks an AUTHENTICATE_MESSAGE's NTLMv2 proof.
func ntlmVerify(msg []byte, ch [8]byte, user, pass string) bool {
	field := func(at int) []byte {
		if len(msg) < at+8 {
			return nil
		}
		n, off := int(binary.LittleEndian.Uint16(msg[at:])), int(binary.LittleEndian.Uint32(msg[at+4:]))
		if off+n > len(msg) {
			return nil
		}
		return msg[off : off+n]
	}
	nt := field(20)
	if len(nt) < 16 {
		return false
	}
	domain, name, _ := strings.Cut(user, `\`)
	h := md4.New()
	h.Write(utf16le(pass))
	v2 := hmacMD5(h.Sum(nil), utf16le(strings.ToUpper(name)+domain))
	if !bytes.Equal(field(36), utf16le(name)) {
		return false
	}
	return hmac.Equal(nt[:16], hmacMD5(v2, ch[:], nt[16:]))
}

func hmacMD5(key []byte, data ...[]byte) []byte {
	m := hmac.New(md5.New, key)
	for _, d := range data {
		m.Write(d)
	}
	return m.Sum(nil)
}
