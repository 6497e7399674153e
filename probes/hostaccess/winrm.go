package hostaccess

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	ntlmssp "github.com/Azure/go-ntlmssp"

	"conformscan/probes"
)

// WinRM authentication schemes.
const (
	WinRMNTLM  = "ntlm"
	WinRMBasic = "basic"
)

// WinRM ports.
const (
	WinRMHTTPSPort = 5986
	WinRMHTTPPort  = 5985
)

// WinRMConfig says how to reach one Windows host over WS-Management. The
// password never appears in a name, an error or a report.
type WinRMConfig struct {
	Host string
	Port int
	User string
	// Auth is WinRMNTLM (default) or WinRMBasic (TLS only).
	Auth string
	// Cleartext speaks plain HTTP (--winrm-allow-http): the name says so
	// ("winrm+http://"), and Basic is refused on it.
	Cleartext bool
	// Roots verifies the server's certificate (nil: system roots).
	Roots *x509.CertPool
	// Dial opens the TCP connection (nil: net.Dialer).
	Dial func(ctx context.Context, network, addr string) (net.Conn, error)
	// MaxOutput bounds a command's output (0: MaxOutput).
	MaxOutput int64
	password  string
	// opts, when set, gives the password once validated.
	opts *Options
	// ports, when set, is the host's knock shared with its SSH subject
	// (HostSubjects).
	ports *hostPorts
}

// WinRM reads a Windows host through one remote shell on one
// WS-Management connection; commands run one at a time in it.
type WinRM struct {
	cfg WinRMConfig

	run sync.Mutex // one command at a time in the shell
	mu  sync.Mutex
	hc  *http.Client
	tr  *http.Transport
	// shell is the open shell's ID; refused an authentication the
	// server refused (never retried: lockouts); lost the transport
	// error that ended the access mid-way.
	shell   string
	refused error
	lost    error
	closed  bool
	// misread is the first Linux read asked of this Windows host (a
	// POSIX path, a Linux command): the probe that asked read nothing,
	// so no ref is judged on the host (see misused).
	misread error
}

// NewWinRM returns the (not yet connected) access to a Windows host.
func NewWinRM(cfg WinRMConfig) *WinRM {
	if cfg.Port == 0 {
		cfg.Port = WinRMHTTPSPort
		if cfg.Cleartext {
			cfg.Port = WinRMHTTPPort
		}
	}
	if cfg.Auth == "" {
		cfg.Auth = WinRMNTLM
	}
	if cfg.MaxOutput == 0 {
		cfg.MaxOutput = MaxOutput
	}
	return &WinRM{cfg: cfg}
}

func (w *WinRM) addr() string { return net.JoinHostPort(w.cfg.Host, strconv.Itoa(w.cfg.Port)) }

// Name is "winrm://host" (":port" when not 5986), or
// "winrm+http://host:port" when the session is cleartext HTTP.
func (w *WinRM) Name() string {
	if w.cfg.Cleartext {
		return "winrm+http://" + w.addr()
	}
	if w.cfg.Port == WinRMHTTPSPort {
		h := w.cfg.Host
		if strings.Contains(h, ":") {
			h = "[" + h + "]"
		}
		return "winrm://" + h
	}
	return "winrm://" + w.addr()
}

// Source is "winrm://host/C:/path".
func (w *WinRM) Source(p string) string {
	return w.Name() + "/" + strings.TrimPrefix(strings.ReplaceAll(p, `\`, "/"), "/")
}

// Offline is false.
func (w *WinRM) Offline() bool { return false }

func (w *WinRM) endpoint() string {
	if w.cfg.Cleartext {
		return "http://" + w.addr() + "/wsman"
	}
	return "https://" + w.addr() + "/wsman"
}

// useEnv takes the scan's trust store (--ca) and dialer.
func (w *WinRM) useEnv(env *probes.Env) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if env == nil {
		return
	}
	if w.cfg.Roots == nil {
		w.cfg.Roots = env.Roots
	}
	if w.cfg.Dial == nil && env.Dial != nil {
		w.cfg.Dial = env.Dial
	}
}

// Open authenticates once and creates the remote shell, under ctx and
// DialTimeout. A refused authentication is never retried.
func (w *WinRM) Open(ctx context.Context) error {
	w.run.Lock()
	defer w.run.Unlock()
	w.mu.Lock()
	if w.shell != "" || w.refused != nil || w.lost != nil {
		defer w.mu.Unlock()
		return errors.Join(w.refused, w.lost)
	}
	if o := w.cfg.opts; o != nil && w.cfg.password == "" {
		w.cfg.password = o.winrmPass
	}
	if w.cfg.Auth == WinRMBasic && w.cfg.Cleartext {
		w.mu.Unlock()
		return fmt.Errorf("%s: Basic authentication over cleartext HTTP refused (it would send the password in the clear)", w.Name())
	}
	w.hc, w.tr = w.newClient()
	w.mu.Unlock()
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), DialTimeout)
	defer cancel()
	var gate *AccountGate
	if o := w.cfg.opts; o != nil {
		gate = o.winrmGate
	}
	var resp *wsmanResponse
	err := gate.Authenticate(func() (bool, error) {
		var err error
		resp, err = w.post(ctx, wsmanRequest{Action: actionCreate, Body: createBody, Timeout: 20})
		w.mu.Lock()
		refused := w.refused != nil
		w.mu.Unlock()
		return refused, err
	})
	if err != nil {
		w.tr.CloseIdleConnections()
		return err
	}
	id, err := resp.shellID()
	if err != nil {
		w.tr.CloseIdleConnections()
		return fmt.Errorf("%s: %w", w.Name(), err)
	}
	w.mu.Lock()
	w.shell = id
	w.mu.Unlock()
	return nil
}

// newClient is one HTTP/1.1 connection to the host (NTLM authenticates a
// connection), no proxy, no redirect: the credentials go to this host
// only.
func (w *WinRM) newClient() (*http.Client, *http.Transport) {
	dial := w.cfg.Dial
	if dial == nil {
		var d net.Dialer
		dial = d.DialContext
	}
	tr := &http.Transport{
		Proxy:               nil,
		DialContext:         dial,
		TLSClientConfig:     &tls.Config{ServerName: w.cfg.Host, RootCAs: w.cfg.Roots, MinVersion: tls.VersionTLS12},
		TLSNextProto:        map[string]func(string, *tls.Conn) http.RoundTripper{},
		MaxConnsPerHost:     1,
		MaxIdleConnsPerHost: 1,
		IdleConnTimeout:     2 * time.Minute,
		TLSHandshakeTimeout: DialTimeout,
	}
	var rt http.RoundTripper = tr
	if w.cfg.Auth != WinRMBasic {
		rt = ntlmssp.Negotiator{RoundTripper: tr}
	}
	return &http.Client{
		Transport:     rt,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}, tr
}

// Lost returns why the connection ended mid-way (nil while it works).
func (w *WinRM) Lost() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.lost
}

func (w *WinRM) markLost(err error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.lost == nil && !w.closed && w.shell != "" {
		w.lost = fmt.Errorf("%s: connection lost during the audit: %w", w.Name(), err)
	}
}

// Close deletes the shell and the connection. The shell is deleted even
// when ctx was cancelled (an interrupted scan leaves no shell open on the
// host), within DialTimeout.
func (w *WinRM) Close(ctx context.Context) error {
	w.run.Lock()
	defer w.run.Unlock()
	w.mu.Lock()
	shell, lost := w.shell, w.lost
	w.closed, w.shell = true, ""
	w.mu.Unlock()
	var err error
	if shell != "" && lost == nil {
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), DialTimeout)
		_, err = w.post(ctx, wsmanRequest{Action: actionDelete, ShellID: shell, Timeout: 20})
		cancel()
	}
	if w.tr != nil {
		w.tr.CloseIdleConnections()
	}
	return err
}

// post sends one request and reads its response (at most maxResponse
// bytes): 401 is a refused login, remembered and never retried; a SOAP
// fault is a *FaultError; a transport error after Open is the loss of the
// access.
func (w *WinRM) post(ctx context.Context, r wsmanRequest) (*wsmanResponse, error) {
	body, err := w.exchange(ctx, r)
	if err != nil {
		return nil, err
	}
	resp, err := parseResponse(body)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", w.Name(), err)
	}
	return resp, nil
}

func (w *WinRM) exchange(ctx context.Context, r wsmanRequest) ([]byte, error) {
	w.mu.Lock()
	hc, refused := w.hc, w.refused
	w.mu.Unlock()
	if refused != nil {
		return nil, refused
	}
	if hc == nil {
		return nil, fmt.Errorf("%s: not connected", w.Name())
	}
	r.To = w.endpoint()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, r.To, bytes.NewReader(r.envelope()))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", w.Name(), err)
	}
	req.Header.Set("Content-Type", "application/soap+xml;charset=UTF-8")
	req.SetBasicAuth(w.cfg.User, w.cfg.password)
	res, err := hc.Do(req)
	if err != nil {
		return nil, w.transportError(ctx, err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(io.LimitReader(res.Body, maxResponse+1))
	if err != nil {
		return nil, w.transportError(ctx, err)
	}
	if len(body) > maxResponse {
		return nil, fmt.Errorf("%s: response over %d bytes: %w", w.Name(), maxResponse, ErrTooLarge)
	}
	return body, w.statusError(res, body)
}

// statusError maps a non-200 answer: 401 refuses the access for good;
// 500 carries a SOAP fault, read by the caller.
func (w *WinRM) statusError(res *http.Response, body []byte) error {
	switch {
	case res.StatusCode == http.StatusOK:
		return nil
	case res.StatusCode == http.StatusUnauthorized:
		err := fmt.Errorf("%s: authentication of %q refused (HTTP 401, %s, offered: %s): not retried (account lockout)",
			w.Name(), w.cfg.User, w.cfg.Auth, clip(strings.Join(res.Header.Values("Www-Authenticate"), ", ")))
		w.mu.Lock()
		w.refused = err
		w.mu.Unlock()
		return err
	case res.StatusCode == http.StatusInternalServerError && bytes.Contains(body, []byte("Fault")):
		return nil
	}
	return fmt.Errorf("%s: HTTP %d", w.Name(), res.StatusCode)
}

// transportError names a failed exchange: the caller's deadline, a
// server speaking plain HTTP to HTTPS, or a lost connection.
func (w *WinRM) transportError(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return fmt.Errorf("%s: %w", w.Name(), context.Cause(ctx))
	}
	var rh tls.RecordHeaderError
	if errors.As(err, &rh) || strings.Contains(err.Error(), "HTTP response to HTTPS client") {
		return fmt.Errorf("%s: the server does not speak TLS (plain HTTP?): refused, the credentials are never sent in cleartext unless --winrm-allow-http", w.Name())
	}
	var ce *tls.CertificateVerificationError
	if errors.As(err, &ce) {
		return fmt.Errorf("%s: server certificate not trusted (give its CA with --ca): %w", w.Name(), ce.Err)
	}
	w.markLost(err)
	return fmt.Errorf("%s: %w", w.Name(), err)
}

// runCommand runs exe with args in the shell: Command, Receive until
// Done, then Signal terminate. Output over max is ErrTooLarge.
func (w *WinRM) runCommand(ctx context.Context, max int64, exe string, args []string) ([]byte, int, string, error) {
	w.run.Lock()
	defer w.run.Unlock()
	w.mu.Lock()
	shell, lost, refused := w.shell, w.lost, w.refused
	w.mu.Unlock()
	if err := errors.Join(refused, lost); err != nil {
		return nil, 0, "", err
	}
	if shell == "" {
		return nil, 0, "", fmt.Errorf("%s: not connected", w.Name())
	}
	ctx, cancel := withDeadline(ctx)
	defer cancel()
	resp, err := w.post(ctx, wsmanRequest{Action: actionCommand, ShellID: shell, Body: commandBody(exe, args), Timeout: 20})
	if err != nil {
		return nil, 0, "", err
	}
	id := strings.TrimSpace(resp.Body.CommandID)
	if id == "" {
		return nil, 0, "", fmt.Errorf("%s: %w: no CommandId", w.Name(), ErrWSMan)
	}
	defer w.terminate(ctx, shell, id)
	return w.receive(ctx, max, shell, id)
}

// receive loops on Receive until the command is done.
func (w *WinRM) receive(ctx context.Context, max int64, shell, id string) ([]byte, int, string, error) {
	var out bytes.Buffer
	stderr := &capped{max: 4096}
	for {
		body, err := w.exchange(ctx, wsmanRequest{Action: actionReceive, ShellID: shell, Body: receiveBody(id), Timeout: 20})
		if err != nil {
			return nil, 0, "", err
		}
		c, err := parseReceive(body)
		var fe *FaultError
		if errors.As(err, &fe) && fe.timedOut() {
			continue
		}
		if err != nil {
			return nil, 0, "", fmt.Errorf("%s: %w", w.Name(), err)
		}
		out.Write(c.Stdout)
		_, _ = stderr.Write(c.Stderr)
		if int64(out.Len()) > max {
			return nil, 0, "", fmt.Errorf("%s: output over %d bytes: %w", w.Name(), max, ErrTooLarge)
		}
		if c.Done {
			return out.Bytes(), c.ExitCode, stderr.buf.String(), nil
		}
	}
}

// terminate signals the command's end (a courtesy to the server: its
// failure changes no result), bounded even when ctx is done.
func (w *WinRM) terminate(ctx context.Context, shell, id string) {
	if w.Lost() != nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	_, _ = w.exchange(ctx, wsmanRequest{Action: actionSignal, ShellID: shell, Body: signalBody(id), Timeout: 10})
}

// Run runs one command of WinAllowList and returns its standard output.
func (w *WinRM) Run(ctx context.Context, argv ...string) ([]byte, error) {
	return w.runRule(ctx, w.cfg.MaxOutput, argv)
}

func (w *WinRM) runRule(ctx context.Context, max int64, argv []string) ([]byte, error) {
	rule, err := WinAllowed(argv)
	if err != nil {
		if Allowed(argv) == nil {
			w.misreadOnce(argv[0])
		}
		return nil, err
	}
	p := ""
	if rule.Path {
		p = argv[len(argv)-1]
	}
	script, err := rule.script(p, max)
	if err != nil {
		return nil, err
	}
	// Path operations print base64: 4/3 of the bound, plus a line end.
	out, code, stderr, err := w.runCommand(ctx, max/3*4+8, "powershell.exe", powershellArgs(script))
	if err != nil {
		return nil, err
	}
	switch code {
	case 0:
		return out, nil
	case 2:
		return nil, fmt.Errorf("%s: %s: %w", w.Name(), argv[0], fs.ErrNotExist)
	case 5:
		return nil, fmt.Errorf("%s: %s: %w (give an account that may read it)", w.Name(), argv[0], fs.ErrPermission)
	case 3:
		if rule.Path {
			return nil, fmt.Errorf("%s: %s: %w", w.Name(), argv[0], ErrTooLarge)
		}
	}
	return nil, fmt.Errorf("%s: %s: exit %d: %s", w.Name(), argv[0], code, clip(strings.TrimSpace(stderr)))
}

// misreadOnce records a Linux read of this Windows host.
func (w *WinRM) misreadOnce(what string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.misread == nil {
		w.misread = fmt.Errorf("%s: a Linux host probe read %s on this Windows host and got nothing: no ref is judged on a partial reading", w.Name(), clip(what))
	}
}

// misused returns the first Linux read asked of this Windows host: the
// host-access-end gate makes it an error for every ref of the host (a
// Linux probe that tolerates a missing file would otherwise judge an
// empty reading).
func (w *WinRM) misused() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.misread
}
