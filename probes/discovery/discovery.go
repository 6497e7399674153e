// Package discovery finds the open TCP ports of a host with a native,
// concurrent connect scan, and identifies the service on each open port
// from its first exchanges: the banner a server sends first, a TLS
// ClientHello (ALPN, then one HTTP request inside TLS), or the answer to a
// minimal HTTP request. What was exchanged is kept as evidence.
//
// A probe gathers facts and judges nothing: it must not import checks/,
// reports/, history/, serve/, cmd/, demo/ or fixtures/ (layout/layout_test.go
// guards checks/ and fixtures/).
package discovery

import (
	"context"
	"errors"
	"fmt"
	"net"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"conformscan/probes"
	"conformscan/probes/lib/services"
)

// Port states.
const (
	StateOpen     = "open"
	StateClosed   = "closed"
	StateFiltered = "filtered"
)

// Why the exchanges did not identify a service (Port.Unidentified).
const (
	// UnidentifiedSilent: nothing came back before the deadline.
	UnidentifiedSilent = "silent"
	// UnidentifiedTCPWrapped: the peer accepted, then closed or reset the
	// connection before sending any byte.
	UnidentifiedTCPWrapped = "tcpwrapped"
	// UnidentifiedGarbage: bytes came back that are not text and match no
	// known protocol.
	UnidentifiedGarbage = "garbage"
	// UnidentifiedUnrecognized: text came back that matches no known
	// protocol.
	UnidentifiedUnrecognized = "unrecognized"
)

// Defaults and bounds.
const (
	defaultConnectTimeout = 1500 * time.Millisecond
	defaultBannerTimeout  = 2 * time.Second
	defaultProbeTimeout   = 10 * time.Second
	// maxProbeTimeout bounds the identification of one port whatever the
	// options say.
	maxProbeTimeout = 2 * time.Minute
	// resolveTimeout bounds the name resolution of the host.
	resolveTimeout = 10 * time.Second
)

// Options tune a scan. Zero values take the defaults.
type Options struct {
	// Ports to scan; nil means DefaultPorts().
	Ports []int
	// ConnectTimeout bounds one TCP connect (default 1.5 s). A port that
	// does not answer within it is reported filtered.
	ConnectTimeout time.Duration
	// BannerTimeout bounds the wait for a banner the server sends
	// unprompted (default 2 s). The wait ends sooner when a TLS ClientHello
	// sent on a second connection tells the port's protocol.
	BannerTimeout time.Duration
	// ProbeTimeout bounds the whole identification of one open port, and
	// so every wait for an answer to what discovery sent (ClientHello,
	// GET /): a login page that takes 3 s to answer is still identified
	// with a 10 s probe timeout. Default 10 s, at most 2 min.
	ProbeTimeout time.Duration
	// Concurrency is the number of connects in flight on one host
	// (default 64).
	Concurrency int
	// Dial opens connections; nil uses a net.Dialer.
	Dial func(ctx context.Context, network, addr string) (net.Conn, error)
	// Resolve looks up the addresses of a host name, once per scan; nil
	// uses the system resolver.
	Resolve func(ctx context.Context, host string) ([]string, error)
	// Now is the clock (default time.Now).
	Now func() time.Time
}

func (o *Options) defaults() {
	if len(o.Ports) == 0 {
		o.Ports = DefaultPorts()
	}
	if o.ConnectTimeout <= 0 {
		o.ConnectTimeout = defaultConnectTimeout
	}
	if o.BannerTimeout <= 0 {
		o.BannerTimeout = defaultBannerTimeout
	}
	if o.ProbeTimeout <= 0 {
		o.ProbeTimeout = defaultProbeTimeout
	}
	o.ProbeTimeout = min(o.ProbeTimeout, maxProbeTimeout)
	o.BannerTimeout = min(o.BannerTimeout, o.ProbeTimeout)
	if o.Concurrency <= 0 {
		o.Concurrency = 64
	}
	if o.Dial == nil {
		d := &net.Dialer{}
		o.Dial = d.DialContext
	}
	if o.Resolve == nil {
		o.Resolve = net.DefaultResolver.LookupHost
	}
	if o.Now == nil {
		o.Now = time.Now
	}
}

// Port is what the scan saw on one port.
type Port struct {
	Port  int    `json:"port"`
	State string `json:"state"`
	// Service is the service identified from the exchanges, else the usual
	// service of the port number ("http", "ftp", "ssh"...); "unknown" when
	// neither tells. "tls" is a TLS service whose content is not known.
	Service string `json:"service"`
	// ServiceFrom says what the service rests on: "banner", "response",
	// "tls" (the TLS handshake, its ALPN or the answer inside TLS), "port".
	ServiceFrom string `json:"service_from,omitempty"`
	// Banner is what the server sent first, unprompted (printable excerpt).
	Banner string `json:"banner,omitempty"`
	// Sent is what discovery sent in clear when the server stayed silent,
	// or "TLS ClientHello..." when the service was identified over TLS.
	Sent string `json:"sent,omitempty"`
	// Response is the answer to a request sent in clear (printable
	// excerpt).
	Response string `json:"response,omitempty"`
	// TLSSeen is what the TLS exchange of discovery saw, when the port
	// speaks TLS.
	TLSSeen *TLSSeen `json:"tls_seen,omitempty"`
	// Unidentified says why the exchanges did not identify the service
	// (Service is then the port's usual one, or "unknown"): silent,
	// tcpwrapped, garbage or unrecognized.
	Unidentified string `json:"unidentified,omitempty"`
	// FirstBytes are the first bytes received (at most 64, hex-escaped)
	// when they did not identify the service.
	FirstBytes string `json:"first_bytes,omitempty"`
	// ConnectMS is the time the TCP connect took.
	ConnectMS float64 `json:"connect_ms"`
	// Note explains how the port answered (TLS, silence, reset, tarpit).
	Note string    `json:"note,omitempty"`
	At   time.Time `json:"at"`
}

// TLSSeen is what the TLS ClientHello of discovery saw.
type TLSSeen struct {
	// Version is the negotiated version ("TLSv1.3"); empty when the
	// handshake did not complete.
	Version string `json:"version,omitempty"`
	// ALPN is the negotiated application protocol ("h2", "http/1.1").
	ALPN string `json:"alpn,omitempty"`
	// Alert is the alert the server refused the handshake with.
	Alert string `json:"alert,omitempty"`
	// Response is what the server sent inside TLS: its greeting or its
	// answer to GET / (printable excerpt).
	Response string `json:"response,omitempty"`
}

// Result is the scan of one host.
type Result struct {
	Host string `json:"host"`
	// Address is the address scanned: Host itself, or the address Host
	// resolved to.
	Address  string        `json:"address,omitempty"`
	Scanned  int           `json:"scanned"`
	Open     []Port        `json:"open"`
	Closed   int           `json:"closed"`
	Filtered int           `json:"filtered"`
	Duration time.Duration `json:"duration_ns"`
}

// DefaultPorts is the port list relevant to the grid: every port of the
// service registry (web, administration, remote control, databases,
// directory, mail, file transfer, health protocols).
func DefaultPorts() []int { return services.DefaultPorts() }

// ParsePorts reads a --ports list: "22,80,8000-8010". Errors name the item.
func ParsePorts(s string) ([]int, error) {
	seen := map[int]bool{}
	var out []int
	for _, item := range strings.Split(s, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		lo, hi := item, item
		if i := strings.Index(item, "-"); i >= 0 {
			lo, hi = item[:i], item[i+1:]
		}
		a, err1 := strconv.Atoi(strings.TrimSpace(lo))
		b, err2 := strconv.Atoi(strings.TrimSpace(hi))
		if err1 != nil || err2 != nil || a < 1 || b > 65535 || a > b {
			return nil, fmt.Errorf("--ports: %q is not a port or range between 1 and 65535 (example: 22,80,8000-8010)", item)
		}
		for p := a; p <= b; p++ {
			if !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("--ports %q lists no port", s)
	}
	sort.Ints(out)
	return out, nil
}

// Scan resolves host once, connects to every port and identifies the
// service of the open ones. It returns an error when host does not resolve
// (kind probes.KindResolve, nothing scanned) or when ctx ends before the
// scan does (the partial result comes with it).
func Scan(ctx context.Context, host string, opts Options) (*Result, error) {
	opts.defaults()
	start := opts.Now()
	res := &Result{Host: host}
	addr, err := resolve(ctx, host, &opts)
	if err != nil {
		res.Duration = opts.Now().Sub(start)
		return res, err
	}
	res.Address, res.Scanned = addr, len(opts.Ports)
	scanPorts(ctx, target{host: host, addr: addr}, &opts, res)
	sort.Slice(res.Open, func(i, j int) bool { return res.Open[i].Port < res.Open[j].Port })
	res.Duration = opts.Now().Sub(start)
	if err := probes.CtxEnded(ctx); err != nil {
		return res, probes.Wrap("port scan", err)
	}
	return res, nil
}

// target is the host as named (for SNI and Host headers) and the address
// dialed.
type target struct {
	host string
	addr string
}

// scanPorts runs the port workers and files their results into res.
func scanPorts(ctx context.Context, t target, o *Options, res *Result) {
	var mu sync.Mutex
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(o.Concurrency, len(o.Ports)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range jobs {
				pr := scanPort(ctx, t, p, o)
				mu.Lock()
				switch pr.State {
				case StateOpen:
					res.Open = append(res.Open, pr)
				case StateClosed:
					res.Closed++
				default:
					res.Filtered++
				}
				mu.Unlock()
			}
		}()
	}
feed:
	for _, p := range o.Ports {
		select {
		case jobs <- p:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
}

// resolve returns the address to dial: host itself when it is an IP
// literal, else the first IPv4 address it resolves to, else the first one.
func resolve(ctx context.Context, host string, o *Options) (string, error) {
	name := strings.Trim(host, "[]")
	if net.ParseIP(name) != nil {
		return name, nil
	}
	rctx, cancel := context.WithTimeout(ctx, resolveTimeout)
	defer cancel()
	addrs, err := o.Resolve(rctx, name)
	if err == nil && len(addrs) == 0 {
		err = errors.New("no address")
	}
	if err != nil {
		if cerr := probes.CtxEnded(ctx); cerr != nil {
			return "", probes.Wrap("resolve "+host, cerr)
		}
		return "", &probes.Error{Kind: probes.KindResolve, Op: "resolve " + host,
			Err: fmt.Errorf("the host name %q does not resolve, nothing was scanned: %w", host, err)}
	}
	for _, a := range addrs {
		if ip := net.ParseIP(a); ip != nil && ip.To4() != nil {
			return a, nil
		}
	}
	return addrs[0], nil
}

func scanPort(ctx context.Context, t target, port int, o *Options) Port {
	pr := Port{Port: port, At: o.Now()}
	cctx, cancel := context.WithTimeout(ctx, o.ConnectTimeout)
	t0 := time.Now()
	conn, err := o.Dial(cctx, "tcp", probes.Endpoint(t.addr, port))
	cancel()
	pr.ConnectMS = float64(time.Since(t0).Microseconds()) / 1000
	if err != nil {
		switch {
		case errors.Is(err, syscall.ECONNREFUSED):
			pr.State = StateClosed
		case errors.Is(err, syscall.ECONNRESET):
			// The handshake completed and the peer reset at once, before the
			// dial returned (a loaded scanner sees this where an idle one
			// sees an accepted connection then a reset): tcpwrapped, open.
			pr.State = StateOpen
			ps := &portScan{o: o, t: t, pr: &pr}
			ps.noData(err, "reset as soon as accepted")
		default:
			pr.State = StateFiltered
			pr.Note = string(probes.Classify("connect", err))
		}
		return pr
	}
	defer conn.Close()
	pr.State = StateOpen
	pctx, cancel := context.WithTimeout(ctx, o.ProbeTimeout)
	defer cancel()
	ps := &portScan{o: o, t: t, pr: &pr}
	ps.run(pctx, conn)
	return pr
}
