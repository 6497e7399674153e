// Package discovery finds the open TCP ports of a host with a native,
// concurrent connect scan, and records the first exchange on each open port
// (the banner a server sends first, or the answer to a minimal HTTP request)
// as evidence for the checks.
package discovery

import (
	"bytes"
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
	"conformscan/probes/services"
)

// Port states.
const (
	StateOpen     = "open"
	StateClosed   = "closed"
	StateFiltered = "filtered"
)

// Options tune a scan. Zero values take the defaults.
type Options struct {
	// Ports to scan; nil means DefaultPorts().
	Ports []int
	// ConnectTimeout bounds one TCP connect (default 1.5 s). A port that
	// does not answer within it is reported filtered.
	ConnectTimeout time.Duration
	// BannerTimeout bounds the wait for a first exchange (default 2 s).
	BannerTimeout time.Duration
	// Concurrency is the number of connects in flight on one host
	// (default 64).
	Concurrency int
	// Dial opens connections; nil uses a net.Dialer.
	Dial func(ctx context.Context, network, addr string) (net.Conn, error)
	// Now is the clock (default time.Now).
	Now func() time.Time
}

func (o *Options) defaults() {
	if len(o.Ports) == 0 {
		o.Ports = DefaultPorts()
	}
	if o.ConnectTimeout <= 0 {
		o.ConnectTimeout = 1500 * time.Millisecond
	}
	if o.BannerTimeout <= 0 {
		o.BannerTimeout = 2 * time.Second
	}
	if o.Concurrency <= 0 {
		o.Concurrency = 64
	}
	if o.Dial == nil {
		d := &net.Dialer{}
		o.Dial = d.DialContext
	}
	if o.Now == nil {
		o.Now = time.Now
	}
}

// Port is what the scan saw on one port.
type Port struct {
	Port  int    `json:"port"`
	State string `json:"state"`
	// Service is the service guessed from the first exchange, else from the
	// port number ("http", "ftp", "ssh"...); "unknown" when neither tells.
	Service string `json:"service"`
	// ServiceFrom says what the guess rests on: "banner", "response", "port".
	ServiceFrom string `json:"service_from,omitempty"`
	// Banner is what the server sent first, unprompted (printable excerpt).
	Banner string `json:"banner,omitempty"`
	// Sent is what the probe sent when the server stayed silent.
	Sent string `json:"sent,omitempty"`
	// Response is the answer to Sent (printable excerpt).
	Response string `json:"response,omitempty"`
	// ConnectMS is the time the TCP connect took.
	ConnectMS float64 `json:"connect_ms"`
	// Note explains a filtered or odd port (timeout, reset, tarpit).
	Note string    `json:"note,omitempty"`
	At   time.Time `json:"at"`
}

// Result is the scan of one host.
type Result struct {
	Host     string        `json:"host"`
	Scanned  int           `json:"scanned"`
	Open     []Port        `json:"open"`
	Closed   int           `json:"closed"`
	Filtered int           `json:"filtered"`
	Duration time.Duration `json:"duration_ns"`
}

// maxBanner bounds what is kept of a first exchange.
const maxBanner = 4096

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

// Scan connects to every port of host and grabs the first exchange of the
// open ones. It returns an error only when ctx ends before the scan does;
// the partial result is returned with it.
func Scan(ctx context.Context, host string, opts Options) (*Result, error) {
	opts.defaults()
	start := opts.Now()
	res := &Result{Host: host, Scanned: len(opts.Ports)}
	var mu sync.Mutex
	jobs := make(chan int)
	var wg sync.WaitGroup
	workers := opts.Concurrency
	if workers > len(opts.Ports) {
		workers = len(opts.Ports)
	}
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range jobs {
				pr := scanPort(ctx, host, p, &opts)
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
	for _, p := range opts.Ports {
		select {
		case jobs <- p:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	sort.Slice(res.Open, func(i, j int) bool { return res.Open[i].Port < res.Open[j].Port })
	res.Duration = opts.Now().Sub(start)
	if err := probes.CtxEnded(ctx); err != nil {
		return res, probes.Wrap("port scan", err)
	}
	return res, nil
}

func scanPort(ctx context.Context, host string, port int, o *Options) Port {
	pr := Port{Port: port, At: o.Now()}
	cctx, cancel := context.WithTimeout(ctx, o.ConnectTimeout)
	t0 := time.Now()
	conn, err := o.Dial(cctx, "tcp", probes.Endpoint(host, port))
	cancel()
	pr.ConnectMS = float64(time.Since(t0).Microseconds()) / 1000
	if err != nil {
		switch {
		case errors.Is(err, syscall.ECONNREFUSED):
			pr.State = StateClosed
		default:
			pr.State = StateFiltered
			pr.Note = string(probes.Classify("connect", err))
		}
		return pr
	}
	defer conn.Close()
	pr.State = StateOpen
	grab(ctx, conn, &pr, o)
	pr.Service, pr.ServiceFrom = identify(&pr)
	return pr
}

func grab(ctx context.Context, conn net.Conn, pr *Port, o *Options) {
	first, err := readSome(ctx, conn, o.BannerTimeout)
	if len(first) > 0 {
		pr.Banner = Printable(first)
		return
	}
	if err != nil && probes.Classify("read", err) != probes.KindIOTimeout {
		pr.Note = "closed after accept: " + string(probes.Classify("read", err))
		return
	}
	if reg, _ := services.ByPort(pr.Port); reg.ImplicitTLS {
		pr.Note = "silent (waits for the client, likely TLS)"
		return
	}
	// Silent server: send a minimal, harmless HTTP request. It also reveals
	// most other client-first protocols by their error answer.
	// On other client-first ports, an HTTP request is still the most
	// common language; databases answer it with an error we can read.
	req := "GET / HTTP/1.0\r\nUser-Agent: conformscan\r\n\r\n"
	pr.Sent = strings.TrimSpace(strings.SplitN(req, "\r\n", 2)[0])
	_ = conn.SetWriteDeadline(time.Now().Add(o.BannerTimeout))
	if _, err := conn.Write([]byte(req)); err != nil {
		pr.Note = "write failed: " + string(probes.Classify("write", err))
		return
	}
	resp, err := readSome(ctx, conn, o.BannerTimeout)
	if len(resp) > 0 {
		pr.Response = Printable(resp)
		return
	}
	if err != nil {
		pr.Note = "no answer to the first exchange: " + string(probes.Classify("read", err))
	}
}

// readSome reads what arrives within d (and within ctx), up to maxBanner
// bytes; it returns as soon as the peer pauses after sending something, so a
// tarpit that trickles bytes costs at most d.
func readSome(ctx context.Context, conn net.Conn, d time.Duration) ([]byte, error) {
	deadline := time.Now().Add(d)
	if dl, ok := ctx.Deadline(); ok && dl.Before(deadline) {
		deadline = dl
	}
	var buf bytes.Buffer
	chunk := make([]byte, 1024)
	for buf.Len() < maxBanner {
		_ = conn.SetReadDeadline(deadline)
		n, err := conn.Read(chunk)
		buf.Write(chunk[:n])
		if err != nil {
			if buf.Len() > 0 {
				return buf.Bytes(), nil
			}
			return nil, err
		}
		if buf.Len() > 0 {
			// Once something came, wait briefly for the rest of the flight.
			short := time.Now().Add(150 * time.Millisecond)
			if short.Before(deadline) {
				deadline = short
			}
		}
	}
	return buf.Bytes()[:maxBanner], nil
}

// Printable renders bytes as text for evidence: control bytes other than
// tab/CR/LF become \xNN, and the result is cut at 512 characters.
func Printable(b []byte) string {
	var sb strings.Builder
	for _, c := range b {
		switch {
		case c == '\r':
			continue
		case c == '\n' || c == '\t' || (c >= 0x20 && c < 0x7f):
			sb.WriteByte(c)
		default:
			fmt.Fprintf(&sb, "\\x%02x", c)
		}
		if sb.Len() >= 512 {
			sb.WriteString("…")
			break
		}
	}
	return strings.TrimRight(sb.String(), "\n")
}

// tlsMarkers are what TLS servers say to a plain-HTTP request.
var tlsMarkers = []string{
	"plain http request was sent to https port", // nginx
	"http request to an https server",           // Go net/http
	"speaking plain http to an ssl-enabled",     // Apache
	"this combination of host and port requires tls",
}

func speaksTLS(resp string) bool {
	low := strings.ToLower(resp)
	for _, m := range tlsMarkers {
		if strings.Contains(low, m) {
			return true
		}
	}
	return false
}

// identify guesses the service from the first exchange, else the port.
func identify(pr *Port) (string, string) {
	b := pr.Banner
	switch {
	case strings.HasPrefix(b, "SSH-"):
		return "ssh", "banner"
	case strings.HasPrefix(b, "RFB "):
		return "vnc", "banner"
	case strings.HasPrefix(b, "+OK"):
		return "pop3", "banner"
	case strings.HasPrefix(b, "* OK"), strings.HasPrefix(b, "* PREAUTH"):
		return "imap", "banner"
	case strings.HasPrefix(b, `\xff\xf`), strings.HasPrefix(b, `\xff\xfb`), strings.HasPrefix(b, `\xff\xfd`):
		return "telnet", "banner"
	case strings.HasPrefix(b, "220"), strings.HasPrefix(b, "120"), strings.HasPrefix(b, "421"):
		up := strings.ToUpper(b)
		if strings.Contains(up, "SMTP") || strings.Contains(up, "MAIL") || portService(pr.Port) == "smtp" {
			if !strings.Contains(up, "FTP") {
				return "smtp", "banner"
			}
		}
		return "ftp", "banner"
	case strings.HasPrefix(pr.Response, "HTTP/") && speaksTLS(pr.Response):
		// A TLS server answering a plain request with its own error page
		// (nginx, Go, Apache) is an HTTPS endpoint, not plain HTTP.
		return "https", "response"
	case strings.HasPrefix(pr.Response, "HTTP/"):
		return "http", "response"
	case strings.HasPrefix(pr.Response, ``):
		// A TLS alert record in answer to plain text.
		return "https", "response"
	case b != "":
		return byPort(pr.Port)
	}
	return byPort(pr.Port)
}

// portService is the registry's usual service of a port, "" if none.
func portService(port int) string {
	s, _ := services.ByPort(port)
	return s.Name
}

// byPort is the guess from the port number alone.
func byPort(port int) (string, string) {
	if s := portService(port); s != "" {
		return s, "port"
	}
	return "unknown", ""
}
