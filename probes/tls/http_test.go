package tls

import (
	"context"
	"crypto/tls"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// httpsTestServer starts an HTTPS server on loopback with a fresh
// certificate; it records the Host header of the last request.
func httpsTestServer(t *testing.T, h http.HandlerFunc) (*httptest.Server, func() string) {
	t.Helper()
	var mu sync.Mutex
	var lastHost string
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		lastHost = r.Host
		mu.Unlock()
		h(w, r)
	}))
	srv.TLS = stlsTLSConfig(t)
	srv.StartTLS()
	t.Cleanup(srv.Close)
	return srv, func() string {
		mu.Lock()
		defer mu.Unlock()
		return lastHost
	}
}

func hostPort(t *testing.T, rawURL string) string {
	t.Helper()
	return strings.TrimPrefix(strings.TrimPrefix(rawURL, "https://"), "http://")
}

func httpCtx(t *testing.T, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

func TestProbeHTTPHSTS(t *testing.T) {
	srv, lastHost := httpsTestServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Add("Strict-Transport-Security", "max-age=63072000; includeSubDomains; preload")
		w.Header().Add("Strict-Transport-Security", "max-age=0")
		_, _ = io.WriteString(w, "hello")
	})
	ep := hostPort(t, srv.URL)
	f, err := ProbeHTTP(httpCtx(t, 5*time.Second), ep, "www.example.test", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if f.HTTPSStatus != 200 || f.HSTSMaxAge != 63072000 || !f.HSTSSubdomains || !strings.HasPrefix(f.HSTS, "max-age=63072000") {
		t.Errorf("facts = %+v", f)
	}
	if f.PlainEndpoint != "" || f.PlainRedirectsToHTTPS != nil {
		t.Errorf("plain side tested on a non-443 port: %+v", f)
	}
	_, port, _ := net.SplitHostPort(ep)
	if got := lastHost(); got != "www.example.test:"+port {
		t.Errorf("Host header = %q", got)
	}
}

func TestProbeHTTPNoRedirectFollowAndNoHSTS(t *testing.T) {
	srv, lastHost := httpsTestServer(t, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "https://elsewhere.example.test/login", http.StatusFound)
	})
	ep := hostPort(t, srv.URL)
	f, err := ProbeHTTP(httpCtx(t, 5*time.Second), ep, "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if f.HTTPSStatus != 302 || f.HSTS != "" || f.HSTSMaxAge != 0 {
		t.Errorf("facts = %+v", f)
	}
	if got := lastHost(); got != ep {
		t.Errorf("Host header = %q, want %q (no SNI: endpoint host)", got, ep)
	}
	if _, err := ProbeHTTP(httpCtx(t, time.Second), ep, "", Options{StartTLS: "smtp"}); err == nil {
		t.Error("STARTTLS endpoint accepted")
	}
	if _, err := ProbeHTTP(httpCtx(t, time.Second), "no-port", "", Options{}); err == nil {
		t.Error("bad endpoint accepted")
	}
}

func TestProbeHTTPUsesOptsDial(t *testing.T) {
	srv, _ := httpsTestServer(t, func(w http.ResponseWriter, r *http.Request) {})
	real := hostPort(t, srv.URL)
	dials := 0
	opts := Options{Dial: func(ctx context.Context) (net.Conn, error) {
		dials++
		return (&net.Dialer{}).DialContext(ctx, "tcp", real)
	}}
	// The endpoint named is not where the dialer goes.
	f, err := ProbeHTTP(httpCtx(t, 5*time.Second), "127.0.0.1:9", "www.example.test", opts)
	if err != nil || f.HTTPSStatus != 200 || dials != 1 {
		t.Errorf("f=%+v err=%v dials=%d", f, err, dials)
	}
}

func TestProbePlainHTTP(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		switch r.Host[:strings.IndexByte(r.Host+":", ':')] {
		case "abs.test":
			http.Redirect(w, r, "https://abs.test/", http.StatusMovedPermanently)
		case "rel.test":
			w.Header().Set("Location", "/login")
			w.WriteHeader(http.StatusFound)
		case "http.test":
			http.Redirect(w, r, "http://http.test/other", http.StatusMovedPermanently)
		default:
			_, _ = io.WriteString(w, strings.Repeat("x", 1<<20)) // bounded read
		}
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	ep := hostPort(t, srv.URL)
	for host, want := range map[string]struct {
		status int
		https  bool
	}{
		"abs.test":  {301, true},
		"rel.test":  {302, false},
		"http.test": {301, false},
		"other":     {200, false},
	} {
		status, loc, toHTTPS, err := probePlainHTTP(httpCtx(t, 5*time.Second), ep, host, 0)
		if err != nil || status != want.status || toHTTPS != want.https {
			t.Errorf("%s: status %d loc %q https %v err %v", host, status, loc, toHTTPS, err)
		}
	}
	// Plain HTTP to a TLS port: Go answers 400, nginx too.
	tlsSrv, _ := httpsTestServer(t, func(w http.ResponseWriter, r *http.Request) {})
	status, _, toHTTPS, err := ProbePlainHTTP(httpCtx(t, 5*time.Second), hostPort(t, tlsSrv.URL))
	if err != nil || status != 400 || toHTTPS {
		t.Errorf("plain to TLS port: %d %v %v", status, toHTTPS, err)
	}
}

// TestProbeHTTPPort443 binds [::1]:443 and [::1]:80 (loopback) to test the
// automatic plain-HTTP check.
func TestProbeHTTPPort443(t *testing.T) {
	ln443, err := net.Listen("tcp", "[::1]:443")
	if err != nil {
		t.Skipf("cannot bind [::1]:443 (in use?): %v", err)
	}
	ln80, err := net.Listen("tcp", "[::1]:80")
	if err != nil {
		ln443.Close()
		t.Skipf("cannot bind [::1]:80 (in use?): %v", err)
	}
	tlsSrv := &http.Server{
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Strict-Transport-Security", "max-age=300")
		}),
		TLSConfig: stlsTLSConfig(t),
	}
	var gotHost string
	var mu sync.Mutex
	plainSrv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		gotHost = r.Host
		mu.Unlock()
		http.Redirect(w, r, "https://www.example.test/", http.StatusMovedPermanently)
	})}
	go func() { _ = tlsSrv.ServeTLS(ln443, "", "") }()
	go func() { _ = plainSrv.Serve(ln80) }()
	t.Cleanup(func() {
		tlsSrv.Close()
		plainSrv.Close()
	})
	f, err := ProbeHTTP(httpCtx(t, 5*time.Second), "[::1]:443", "www.example.test", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if f.HTTPSStatus != 200 || f.HSTSMaxAge != 300 || f.PlainEndpoint != "[::1]:80" || f.PlainStatus != 301 ||
		f.PlainRedirectsToHTTPS == nil || !*f.PlainRedirectsToHTTPS || f.PlainLocation != "https://www.example.test/" {
		t.Errorf("facts = %+v", f)
	}
	mu.Lock()
	defer mu.Unlock()
	if gotHost != "www.example.test" {
		t.Errorf("plain Host header = %q", gotHost)
	}
	// Nothing on port 80: the plain fields stay empty.
	plainSrv.Close()
	f, err = ProbeHTTP(httpCtx(t, 5*time.Second), "[::1]:443", "", Options{})
	if err != nil || f.PlainEndpoint != "" || f.PlainRedirectsToHTTPS != nil {
		t.Errorf("without port 80: %+v %v", f, err)
	}
}

func TestProbeHTTPHostile(t *testing.T) {
	cfg := stlsTLSConfig(t)
	tlsThen := func(after func(c net.Conn)) func(c net.Conn) {
		return func(c net.Conn) {
			tc := tls.Server(c, cfg)
			if tc.Handshake() != nil {
				return
			}
			after(tc)
		}
	}
	readReq := func(c net.Conn) {
		buf := make([]byte, 4096)
		_, _ = c.Read(buf)
	}
	tests := map[string]struct {
		handle   func(c net.Conn)
		wantErr  bool
		wantCode int
	}{
		"silent after handshake": {tlsThen(func(c net.Conn) { _, _ = io.Copy(io.Discard, c) }), true, 0},
		"garbage answer": {tlsThen(func(c net.Conn) {
			readReq(c)
			_, _ = c.Write([]byte("\x00\x01garbage\r\n\r\n"))
		}), true, 0},
		"huge header": {tlsThen(func(c net.Conn) {
			readReq(c)
			_, _ = c.Write([]byte("HTTP/1.1 200 OK\r\nX-Big: "))
			for i := 0; i < 200; i++ {
				if _, err := c.Write([]byte(strings.Repeat("a", 4096))); err != nil {
					return
				}
			}
		}), true, 0},
		"endless body": {tlsThen(func(c net.Conn) {
			readReq(c)
			_, _ = c.Write([]byte("HTTP/1.1 200 OK\r\nContent-Length: 100000000\r\n\r\n"))
			for i := 0; i < 2000; i++ {
				if _, err := c.Write(make([]byte, 4096)); err != nil {
					return
				}
			}
		}), false, 200},
		"trickling body": {tlsThen(func(c net.Conn) {
			readReq(c)
			_, _ = c.Write([]byte("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n"))
			for i := 0; i < 100; i++ {
				if _, err := c.Write([]byte("x")); err != nil {
					return
				}
				time.Sleep(50 * time.Millisecond)
			}
		}), false, 200},
		"not TLS": {func(c net.Conn) { _, _ = c.Write([]byte("SSH-2.0-OpenSSH_9.2\r\n")) }, true, 0},
		"silent":  {func(c net.Conn) { _, _ = io.Copy(io.Discard, c) }, true, 0},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			addr := hsRawServer(t, tt.handle)
			start := time.Now()
			f, err := ProbeHTTP(httpCtx(t, 800*time.Millisecond), addr, "www.example.test", Options{})
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("took %v", d)
			}
			if tt.wantErr {
				if err == nil {
					t.Errorf("expected an error, got %+v", f)
				}
				return
			}
			if err != nil || f.HTTPSStatus != tt.wantCode {
				t.Errorf("f=%+v err=%v", f, err)
			}
		})
	}
}

func TestParseHSTS(t *testing.T) {
	for v, want := range map[string]struct {
		age int64
		sub bool
	}{
		"max-age=31536000":                         {31536000, false},
		"max-age=63072000; includeSubDomains":      {63072000, true},
		"  MAX-AGE = \"600\" ; INCLUDESUBDOMAINS ": {600, true},
		"includeSubDomains":                        {0, false},
		"max-age=abc":                              {0, false},
		"max-age=-5":                               {0, false},
		"max-age":                                  {0, false},
		"max-age=5; max-age=6":                     {0, false},
		"max-age=99999999999999999999999":          {1<<63 - 1, false},
		"":                                         {0, false},
		"max-age=0; preload":                       {0, false},
	} {
		age, sub := parseHSTS(v)
		if age != want.age || sub != want.sub {
			t.Errorf("%q: got %d %v, want %d %v", v, age, sub, want.age, want.sub)
		}
	}
}

func FuzzParseHSTS(f *testing.F) {
	f.Add("max-age=63072000; includeSubDomains; preload")
	f.Add("max-age=\"1\"")
	f.Add(";;=;max-age==")
	f.Fuzz(func(t *testing.T, v string) {
		age, _ := parseHSTS(v)
		if age < 0 {
			t.Fatalf("negative max-age %d", age)
		}
	})
}

func TestProbeHTTPWWWAuthenticate(t *testing.T) {
	srv, _ := httpsTestServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Add("WWW-Authenticate", "Negotiate")
		w.Header().Add("WWW-Authenticate", "NTLM")
		w.Header().Add("WWW-Authenticate", `Basic realm="`+strings.Repeat("x", 400)+`"`)
		for i := 0; i < 10; i++ {
			w.Header().Add("WWW-Authenticate", "Bearer")
		}
		w.WriteHeader(http.StatusUnauthorized)
	})
	f, err := ProbeHTTP(httpCtx(t, 5*time.Second), hostPort(t, srv.URL), "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	v := f.WWWAuthenticate
	if f.HTTPSStatus != 401 || len(v) != maxAuthValues || v[0] != "Negotiate" || v[1] != "NTLM" || len(v[2]) != maxAuthValueLen {
		t.Errorf("facts = %+v", f)
	}
}

func TestBoundedValues(t *testing.T) {
	got := boundedValues([]string{" Basic realm=\"a\x01é\" ", "NTLM", "Negotiate"}, 2, 64)
	if len(got) != 2 || got[0] != `Basic realm="a???"` || got[1] != "NTLM" {
		t.Errorf("%q", got)
	}
}
