package tls

import (
	"context"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"conformscan/probes"
)

// DialFunc opens a TCP connection to the endpoint under test. It must honour
// ctx (cancellation and deadline).
type DialFunc func(ctx context.Context) (net.Conn, error)

// Options configures Probe. The zero value is usable.
type Options struct {
	// SNI is the server name to send; empty for IP literal targets. When
	// empty and the endpoint host is a name, the host is sent.
	SNI string
	// StartTLS names the plaintext upgrade to run before each handshake:
	// "", "smtp", "imap", "pop3", "ftp", "ldap" or "postgres".
	StartTLS string
	// ConnTimeout bounds each connection (dial, upgrade and handshake);
	// default 5s.
	ConnTimeout time.Duration
	// Parallel bounds the concurrent connections to the endpoint; default 8.
	Parallel int
	// Dial opens connections; default a net.Dialer to the endpoint.
	Dial DialFunc
	// Roots and RootsLabel are passed to certificate analysis.
	Roots      *x509.CertPool
	RootsLabel string
	// Now is the reference clock for certificate analysis; default time.Now.
	Now func() time.Time
	// HTTP also runs the HTTP/HSTS probe.
	HTTP bool
}

// Errors: every error Probe and ProbeHTTP return is a *probes.Error whose
// Kind is one of probes.KindRefused, KindConnTimeout, KindUnreachable,
// KindResolve (opening the connection), KindIOTimeout (the peer went
// silent), KindHandshake (every ClientHello refused: alert or close),
// KindProtocol (an answer that is not TLS, or a STARTTLS exchange that
// broke), KindReset (closed in the middle of a STARTTLS exchange),
// KindApplication (the service cleanly refused or does not offer the
// STARTTLS upgrade: no TLS there), KindCanceled (the caller canceled).

// classify maps a low-level error to a kind; dialing tells whether the
// connection was being opened.
func classify(err error, dialing bool) probes.ErrorKind {
	var pe *probes.Error
	var ae *alertError
	switch {
	case err == nil:
		return ""
	case errors.As(err, &pe):
		return pe.Kind
	case errors.Is(err, context.Canceled):
		return probes.KindCanceled
	case dialing:
		if k := probes.Classify("connect", err); k != probes.KindUnknown {
			return k
		}
		return probes.KindUnreachable
	case isTimeout(err), errors.Is(err, os.ErrDeadlineExceeded):
		return probes.KindIOTimeout
	case errors.As(err, &ae), errors.Is(err, errClosedEarly), errors.Is(err, io.EOF),
		errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE):
		return probes.KindHandshake
	case errors.Is(err, syscall.ECONNREFUSED):
		return probes.KindRefused
	}
	// errNotTLS, errMalformed, io.ErrUnexpectedEOF, errFlightTooLarge,
	// errEncryptedFlight and anything else unreadable.
	return probes.KindProtocol
}

// startTLSKind classifies a failed STARTTLS upgrade: only a clean refusal
// (the server answered a well-formed "no", or does not advertise the
// upgrade) is an application error, "no TLS offered"; an exchange that
// broke is a timeout, a reset or a protocol error.
func startTLSKind(err error) probes.ErrorKind {
	if errors.Is(err, ErrStartTLSNotOffered) || errors.Is(err, ErrStartTLSRefused) {
		return probes.KindApplication
	}
	switch k := probes.Classify("starttls", err); k {
	case probes.KindIOTimeout, probes.KindReset, probes.KindCanceled, probes.KindRefused:
		return k
	}
	return probes.KindProtocol
}

// hint tells the user what to do about an error kind.
func hint(k probes.ErrorKind) string {
	switch k {
	case probes.KindRefused:
		return "nothing listens there: check the port and that the service runs"
	case probes.KindConnTimeout, probes.KindUnreachable:
		return "no answer to the TCP connection: check the address, routing and firewalls"
	case probes.KindIOTimeout:
		return "the service accepted the connection but did not answer a ClientHello in time: check that it speaks TLS directly on this port (a STARTTLS service is upgraded only when discovery recognises it), or raise --probe-timeout"
	case probes.KindHandshake:
		return "the server refused every ClientHello: it shares no protocol version or cipher suite with any offer"
	case probes.KindProtocol:
		return "the answer is not valid TLS: check that the port speaks TLS directly (a STARTTLS service is upgraded only when discovery recognises it)"
	case probes.KindApplication:
		return "the service does not offer the TLS upgrade"
	}
	return ""
}

// inputError reports a caller mistake (nothing was sent).
func inputError(op, format string, args ...any) error {
	return &probes.Error{Kind: probes.KindUnknown, Op: op, Err: fmt.Errorf(format, args...)}
}

// Probe measures the TLS endpoint (host:port). It returns an error, whose
// kind KindOf tells, only when nothing TLS could be measured; partial
// failures are listed in Facts.Errors.
func Probe(ctx context.Context, endpoint string, opts Options) (*Facts, error) {
	start := time.Now()
	host, _, err := net.SplitHostPort(endpoint)
	if err != nil {
		return nil, inputError("tls probe", "endpoint %q is not host:port: %w", endpoint, err)
	}
	switch opts.StartTLS {
	case "", "smtp", "imap", "pop3", "ftp", "ldap", "postgres":
	default:
		return nil, inputError("tls probe", "unknown STARTTLS protocol %q (want smtp, imap, pop3, ftp, ldap or postgres)", opts.StartTLS)
	}
	if opts.ConnTimeout <= 0 {
		opts.ConnTimeout = 5 * time.Second
	}
	if opts.Parallel <= 0 {
		opts.Parallel = 8
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Dial == nil {
		d := &net.Dialer{}
		opts.Dial = func(ctx context.Context) (net.Conn, error) {
			return d.DialContext(ctx, "tcp", endpoint)
		}
	}
	sni := opts.SNI
	if sni == "" && net.ParseIP(strings.Trim(host, "[]")) == nil {
		sni = host
	}
	p := &prober{
		endpoint: endpoint,
		host:     host,
		sni:      sni,
		opts:     opts,
		sem:      make(chan struct{}, opts.Parallel),
	}
	facts, err := p.run(ctx)
	if facts != nil {
		facts.Handshakes = int(p.handshakes.Load())
		facts.Duration = time.Since(start)
	}
	return facts, err
}

// prober holds the state of one Probe call.
type prober struct {
	endpoint string
	host     string
	sni      string
	opts     Options
	// sem bounds concurrent connections.
	sem        chan struct{}
	handshakes atomic.Int64

	mu   sync.Mutex
	errs []string
}

// addError records a partial failure, prefixed by its step.
func (p *prober) addError(step string, err error) {
	if err == nil {
		return
	}
	msg := step + ": " + err.Error()
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, e := range p.errs {
		if e == msg {
			return
		}
	}
	p.errs = append(p.errs, msg)
}

// wrap turns a low-level error into a *probes.Error.
func (p *prober) wrap(op string, err error, dialing bool) error {
	if err == nil {
		return nil
	}
	var e *probes.Error
	if errors.As(err, &e) {
		return err
	}
	return &probes.Error{Kind: classify(err, dialing), Op: op, Endpoint: p.endpoint, Err: err}
}

// protocolError is a *probes.Error of kind KindProtocol.
func (p *prober) protocolError(op string, err error) error {
	return &probes.Error{Kind: probes.KindProtocol, Op: op, Endpoint: p.endpoint, Err: err}
}

// connect opens one connection (bounded by Parallel), sets its deadline and
// runs the STARTTLS upgrade. The returned func closes it.
func (p *prober) connect(ctx context.Context) (net.Conn, func(), error) {
	select {
	case p.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, nil, p.wrap("dial", ctx.Err(), true)
	}
	deadline := time.Now().Add(p.opts.ConnTimeout)
	if d, ok := ctx.Deadline(); ok && d.Before(deadline) {
		deadline = d
	}
	dctx, cancel := context.WithDeadline(ctx, deadline)
	conn, err := p.opts.Dial(dctx)
	if err != nil {
		if dctx.Err() != nil && !errors.Is(err, syscall.ECONNREFUSED) {
			err = fmt.Errorf("%w (after %v)", err, p.opts.ConnTimeout)
		}
		cancel()
		<-p.sem
		return nil, nil, p.wrap("dial", err, true)
	}
	p.handshakes.Add(1)
	_ = conn.SetDeadline(deadline)
	// Unblock reads and writes at once when the caller cancels.
	stop := context.AfterFunc(ctx, func() { _ = conn.SetDeadline(time.Unix(1, 0)) })
	var once sync.Once
	done := func() {
		once.Do(func() {
			stop()
			_ = conn.Close()
			cancel()
			<-p.sem
		})
	}
	if p.opts.StartTLS != "" {
		if err := startTLS(dctx, conn, p.opts.StartTLS); err != nil {
			done()
			return nil, nil, &probes.Error{Kind: startTLSKind(err), Op: "starttls " + p.opts.StartTLS, Endpoint: p.endpoint, Err: err}
		}
	}
	return conn, done, nil
}

// trackedDial returns a DialFunc for the full-handshake hook: connections
// count as handshakes, respect Parallel, get the STARTTLS upgrade, and are
// all closed by the returned cleanup even if the hook forgets one.
func (p *prober) trackedDial() (DialFunc, func()) {
	var mu sync.Mutex
	var dones []func()
	dial := func(ctx context.Context) (net.Conn, error) {
		conn, done, err := p.connect(ctx)
		if err != nil {
			return nil, err
		}
		mu.Lock()
		dones = append(dones, done)
		mu.Unlock()
		return &trackedConn{Conn: conn, done: done}, nil
	}
	cleanup := func() {
		mu.Lock()
		defer mu.Unlock()
		for _, d := range dones {
			d()
		}
	}
	return dial, cleanup
}

// trackedConn releases its Parallel slot when closed.
type trackedConn struct {
	net.Conn
	done func()
}

func (c *trackedConn) Close() error {
	c.done()
	return nil
}

// run is the orchestration: a first TLS 1.2 exchange tells whether the
// endpoint speaks TLS at all; then every version, the named groups, the
// full handshake and the HTTP probe run concurrently; then the order,
// fallback and compression tests that depend on what was found.
func (p *prober) run(ctx context.Context) (*Facts, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	scans := &scanSet{byVersion: map[uint16]*versionScan{}}
	waitTLS12, firstErr := p.firstExchange(ctx, scans)
	if fatal(firstErr) {
		cancel()
		waitTLS12()
		return nil, p.finalError(firstErr)
	}
	r := p.phase1(ctx, scans)
	waitTLS12()
	r.scans = scans.byVersion
	r.supported = p.supportedVersions(r.scans)
	r.legacyMax = highestLegacy(r.supported)
	p.phase2(ctx, r)
	f := p.newFacts()
	p.assemble(f, r)
	return p.verdict(f, r, firstErr)
}

// scanResults gathers what the concurrent steps of run found.
type scanResults struct {
	scans     map[uint16]*versionScan
	sslv2     *sslv2Result
	groups12  *groupResult
	groups13  *groupResult
	hs        *handshakeFacts
	hsErr     error
	httpFacts *HTTPFacts
	httpErr   error
	// supported lists the supported versions, oldest first; legacyMax is
	// the highest of them up to TLS 1.2.
	supported   []*versionScan
	legacyMax   *versionScan
	fallback    *bool
	compression string
}

// scanSet collects the version scans that run concurrently.
type scanSet struct {
	mu        sync.Mutex
	byVersion map[uint16]*versionScan
}

func (s *scanSet) set(vs *versionScan) {
	s.mu.Lock()
	s.byVersion[vs.version] = vs
	s.mu.Unlock()
}

// runAll runs the tasks concurrently and waits for all of them.
func runAll(tasks []func()) {
	var wg sync.WaitGroup
	for _, t := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			t()
		}()
	}
	wg.Wait()
}

// firstExchange (phase 0) starts the TLS 1.2 enumeration alone and returns
// the outcome of its first exchange, which decides whether to go on; wait
// waits for the whole enumeration.
func (p *prober) firstExchange(ctx context.Context, scans *scanSet) (wait func(), err error) {
	var wg sync.WaitGroup
	first := make(chan error, 1)
	wg.Add(1)
	go func() {
		defer wg.Done()
		scans.set(p.enumerateVersion(ctx, verTLS12, first))
	}()
	select {
	case err = <-first:
	case <-ctx.Done():
		err = p.wrap("ClientHello", ctx.Err(), false)
	}
	return wg.Wait, err
}

// phase1 runs concurrently the other versions, SSLv2, the named groups,
// the full handshake and the HTTP probe.
func (p *prober) phase1(ctx context.Context, scans *scanSet) *scanResults {
	r := &scanResults{}
	var tasks []func()
	for _, v := range []uint16{verSSL3, verTLS10, verTLS11, verTLS13} {
		tasks = append(tasks, func() { scans.set(p.enumerateVersion(ctx, v, nil)) })
	}
	tasks = append(tasks,
		func() { r.sslv2 = p.probeSSLv2(ctx) },
		func() { r.groups12 = p.groupChain12(ctx, verTLS12) },
		func() { r.groups13 = p.groupChain13(ctx) },
		func() {
			dial, cleanup := p.trackedDial()
			defer cleanup()
			r.hs, r.hsErr = fullHandshake(ctx, dial, p.sni)
		},
	)
	if p.opts.HTTP {
		tasks = append(tasks, func() {
			r.httpFacts, r.httpErr = ProbeHTTP(ctx, p.endpoint, p.sni, p.opts)
		})
	}
	runAll(tasks)
	return r
}

// supportedVersions lists the supported versions, oldest first, and
// records the scans' errors.
func (p *prober) supportedVersions(scans map[uint16]*versionScan) []*versionScan {
	var supported []*versionScan
	for _, v := range []uint16{verSSL3, verTLS10, verTLS11, verTLS12, verTLS13} {
		vs := scans[v]
		if vs == nil {
			continue
		}
		if vs.err != nil {
			p.addError(versionName(v)+" cipher suites", vs.err)
		}
		if vs.supported() {
			supported = append(supported, vs)
		}
	}
	return supported
}

// highestLegacy returns the highest supported version up to TLS 1.2.
func highestLegacy(supported []*versionScan) *versionScan {
	var legacyMax *versionScan
	for _, vs := range supported {
		if vs.version <= verTLS12 {
			legacyMax = vs
		}
	}
	return legacyMax
}

// phase2 runs concurrently the tests that depend on what phase 1 found:
// server order, fallback, compression, and the groups of a legacy maximum
// below TLS 1.2.
func (p *prober) phase2(ctx context.Context, r *scanResults) {
	var tasks []func()
	for _, vs := range r.supported {
		tasks = append(tasks, func() { p.measureOrder(ctx, vs) })
	}
	if n := len(r.supported); n >= 2 && r.supported[n-1].version >= verTLS11 {
		lower := r.supported[n-2]
		tasks = append(tasks, func() { r.fallback = p.testFallback(ctx, lower) })
	}
	if legacyMax := r.legacyMax; legacyMax != nil {
		tasks = append(tasks, func() { r.compression = p.testCompression(ctx, legacyMax) })
		if legacyMax.version != verTLS12 && legacyMax.version != verSSL3 {
			tasks = append(tasks, func() { r.groups12 = p.groupChain12(ctx, legacyMax.version) })
		}
	}
	runAll(tasks)
}

// newFacts returns the facts of the endpoint with empty lists.
func (p *prober) newFacts() *Facts {
	f := &Facts{
		Endpoint:     p.endpoint,
		SNI:          p.sni,
		StartTLS:     p.opts.StartTLS,
		Protocols:    []string{},
		CipherSuites: map[string][]string{},
		ServerOrder:  map[string]bool{},
		Certificates: []Certificate{},
	}
	f.KeyExchange.Groups = []string{}
	return f
}

// assemble fills f from the results, then lists the partial failures.
func (p *prober) assemble(f *Facts, r *scanResults) {
	all := assembleSSLv2(f, r.sslv2)
	all = append(all, assembleVersions(f, r.supported)...)
	assembleKex(f, all)
	p.assembleGroups(f, r.scans[verTLS13], r.groups12, r.groups13)
	p.assembleExtensions(f, r.supported, r.legacyMax, r.compression, r.fallback)
	p.assembleHandshake(f, r)
	p.assembleCertificates(f, r)
	if p.opts.HTTP {
		if r.httpErr != nil {
			p.addError("http", r.httpErr)
		}
		f.HTTP = r.httpFacts
	}
	p.mu.Lock()
	f.Errors = append([]string(nil), p.errs...)
	p.mu.Unlock()
	sort.Strings(f.Errors)
}

// assembleSSLv2 fills the SSLv2 protocol and suites, and returns the
// suites known to the registry.
func assembleSSLv2(f *Facts, sslv2 *sslv2Result) []Suite {
	if sslv2 == nil {
		return nil
	}
	if sslv2.supported {
		f.Protocols = append(f.Protocols, SSLv2)
		names := []string{}
		for _, k := range sslv2.kinds {
			names = append(names, sslv2SuiteName(k))
		}
		f.CipherSuites[SSLv2] = names
	}
	var all []Suite
	for _, k := range sslv2.kinds {
		if s, ok := SSLv2SuiteByCode(k); ok {
			all = append(all, s)
		}
	}
	return all
}

// assembleVersions fills the protocols, suites, server order and DHE size
// of the supported versions, and returns the suites known to the registry.
func assembleVersions(f *Facts, supported []*versionScan) []Suite {
	var all []Suite
	for _, vs := range supported {
		name := versionName(vs.version)
		f.Protocols = append(f.Protocols, name)
		names := make([]string, 0, len(vs.found))
		for _, c := range vs.found {
			names = append(names, suiteName(c))
			if s, ok := SuiteByCode(c); ok {
				all = append(all, s)
			}
		}
		f.CipherSuites[name] = names
		if vs.serverOrder != nil {
			f.ServerOrder[name] = *vs.serverOrder
		}
		if vs.dhBits > 0 && (f.KeyExchange.DHEBits == 0 || vs.dhBits < f.KeyExchange.DHEBits) {
			f.KeyExchange.DHEBits = vs.dhBits
		}
	}
	if len(f.ServerOrder) == 0 {
		f.ServerOrder = nil
	}
	return all
}

// assembleKex fills the static-RSA and forward-secrecy facts from every
// accepted suite.
func assembleKex(f *Facts, all []Suite) {
	f.KeyExchange.ForwardSecrecyOnly = len(all) > 0
	for _, s := range all {
		if s.Kex == KexRSA {
			f.KeyExchange.StaticRSA = true
		}
		if !s.ForwardSecret() {
			f.KeyExchange.ForwardSecrecyOnly = false
		}
	}
}

// assembleHandshake fills the facts of the full handshake: stapling, SCTs
// and session tickets.
func (p *prober) assembleHandshake(f *Facts, r *scanResults) {
	if r.hsErr != nil {
		p.addError("full handshake", r.hsErr)
		// Without the full handshake, the ServerHello echo of the empty
		// session_ticket extension still tells whether tickets are issued.
		if lm := r.legacyMax; lm != nil && len(lm.hellos) > 0 && lm.version >= verTLS10 {
			_, ticket := lm.hellos[0].ext(extSessionTicket)
			f.Extensions.SessionTicket = boolPtr(ticket)
		}
		return
	}
	if hs := r.hs; hs != nil {
		f.Extensions.OCSPStapling = boolPtr(hs.OCSPStapled)
		scts := hs.SCTs
		f.Extensions.SCTs = &scts
		f.Extensions.SessionTicket = boolPtr(hs.SessionTicket)
		f.Extensions.TicketLifetimeHint = hs.TicketLifetimeHint
	}
}

// assembleCertificates analyses the chain from a TLS <= 1.2 flight, else
// SSLv2, else the full handshake (TLS 1.3-only servers).
func (p *prober) assembleCertificates(f *Facts, r *scanResults) {
	chain := flightChain(r.supported, r.sslv2)
	if chain == nil && r.hsErr == nil && r.hs != nil {
		chain = r.hs.Chain
	}
	if len(chain) == 0 {
		if len(f.Protocols) > 0 {
			p.addError("certificates", errors.New("no certificate chain captured (anonymous suites only, or the full handshake failed)"))
		}
		return
	}
	name := p.sni
	if name == "" {
		name = strings.Trim(p.host, "[]")
	}
	certs, cf := analyzeChain(chain, name, p.opts.Roots, p.opts.RootsLabel, p.opts.Now())
	if certs != nil {
		f.Certificates = certs
	}
	f.Chain = cf
}

// flightChain returns the chain of the highest TLS <= 1.2 flight that
// carried one, else the SSLv2 certificate, else nil.
func flightChain(supported []*versionScan, sslv2 *sslv2Result) [][]byte {
	for i := len(supported) - 1; i >= 0; i-- {
		if supported[i].version <= verTLS12 && len(supported[i].certs) > 0 {
			return supported[i].certs
		}
	}
	if sslv2 != nil && len(sslv2.certificate) > 0 {
		return [][]byte{sslv2.certificate}
	}
	return nil
}

// verdict returns the facts, or the error Probe returns when no protocol
// version was accepted.
func (p *prober) verdict(f *Facts, r *scanResults, firstErr error) (*Facts, error) {
	if len(f.Protocols) > 0 {
		return f, nil
	}
	if r.hs != nil && r.hsErr == nil {
		// The library handshake worked where the raw hellos did not:
		// report what we have rather than nothing.
		f.Errors = append(f.Errors, "protocols: no raw ClientHello was accepted, but a full handshake negotiated "+r.hs.Version)
		return f, nil
	}
	if firstErr == nil {
		firstErr = &probes.Error{Kind: probes.KindHandshake, Op: "ClientHello", Endpoint: p.endpoint,
			Err: errors.New("no protocol version from SSLv2 to TLS 1.3 was accepted")}
	}
	return nil, p.finalError(firstErr)
}

// fatal tells whether the first exchange shows the endpoint cannot be
// measured at all (as opposed to a TLS refusal of that one hello).
func fatal(err error) bool {
	if err == nil {
		return false
	}
	return probes.KindOf(err) != probes.KindHandshake
}

// finalError builds the error Probe returns when nothing was measured.
func (p *prober) finalError(err error) error {
	kind, op, inner := classify(err, false), "tls probe", err
	var e *probes.Error
	if errors.As(err, &e) {
		op, inner = e.Op, e.Err
	}
	if h := hint(kind); h != "" {
		inner = fmt.Errorf("%w (%s)", inner, h)
	}
	return &probes.Error{Kind: kind, Op: op, Endpoint: p.endpoint, Err: inner}
}

func boolPtr(b bool) *bool { return &b }

// assembleGroups fills KeyExchange.Groups and GroupsByVersion.
func (p *prober) assembleGroups(f *Facts, tls13 *versionScan, g12, g13 *groupResult) {
	byVersion := map[string][]string{}
	var merged []string
	seen := map[string]bool{}
	add := func(version string, codes []uint16) {
		for _, c := range codes {
			n := groupName(c)
			byVersion[version] = append(byVersion[version], n)
			if !seen[n] {
				seen[n] = true
				merged = append(merged, n)
			}
		}
	}
	if tls13 != nil && tls13.supported() {
		codes := []uint16{}
		if g13 != nil {
			if g13.err != nil {
				p.addError("TLSv1.3 groups", g13.err)
			}
			codes = append(codes, g13.found...)
		}
		// The group of the suite enumeration's key exchange is accepted
		// even when the empty-key_share probe was refused.
		for _, sh := range tls13.hellos {
			if sh.group != 0 && !containsU16(codes, sh.group) {
				codes = append(codes, sh.group)
			}
		}
		add(TLS13, codes)
	}
	if g12 != nil && g12.version != 0 {
		if g12.err != nil {
			p.addError(versionName(g12.version)+" groups", g12.err)
		}
		add(versionName(g12.version), g12.found)
	}
	if merged != nil {
		f.KeyExchange.Groups = merged
	}
	if len(byVersion) > 0 {
		f.KeyExchange.GroupsByVersion = byVersion
	}
}

// assembleExtensions fills the extension facts seen in ServerHellos.
func (p *prober) assembleExtensions(f *Facts, supported []*versionScan, legacyMax *versionScan, compression string, fallback *bool) {
	if legacyMax != nil && len(legacyMax.hellos) > 0 {
		sh := legacyMax.hellos[0]
		_, reneg := sh.ext(extRenegotiationInfo)
		f.Extensions.SecureRenegotiation = boolPtr(reneg)
		if legacyMax.version >= verTLS10 {
			_, ems := sh.ext(extExtendedMasterSec)
			f.Extensions.ExtendedMasterSecret = boolPtr(ems)
			_, hb := sh.ext(extHeartbeat)
			f.Extensions.Heartbeat = boolPtr(hb)
		}
	}
	// Encrypt-then-MAC only applies to CBC suites: read it from the
	// ServerHello of a CBC suite, highest version first.
etm:
	for i := len(supported) - 1; i >= 0; i-- {
		vs := supported[i]
		if vs.version < verTLS10 || vs.version > verTLS12 {
			continue
		}
		for _, sh := range vs.hellos {
			if s, ok := SuiteByCode(sh.suite); ok && s.Mode == ModeCBC {
				_, e := sh.ext(extEncryptThenMAC)
				f.Extensions.EncryptThenMAC = boolPtr(e)
				break etm
			}
		}
	}
	f.Extensions.Compression = compression
	if compression == "" && legacyMax == nil && len(supported) > 0 {
		f.Extensions.Compression = "null" // TLS 1.3 has no compression
	}
	f.Extensions.FallbackSCSV = fallback
}

func containsU16(list []uint16, v uint16) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}
