package cleartext

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"conformscan/probes"
)

// serve starts a fake server on 127.0.0.1:0 that runs h on every
// connection, and stops it (waiting for its goroutines) at cleanup.
func serve(t *testing.T, h func(c net.Conn, r *bufio.Reader)) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("listen: %v", err)
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	var conns []net.Conn
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer c.Close()
				_ = c.SetDeadline(time.Now().Add(15 * time.Second))
				h(c, bufio.NewReader(c))
			}()
		}
	}()
	t.Cleanup(func() {
		ln.Close()
		mu.Lock()
		for _, c := range conns {
			c.Close()
		}
		mu.Unlock()
		wg.Wait()
	})
	return ln.Addr().String()
}

// lineServer greets, then answers each command line with answer's reply
// (CR LF added per line) until answer says to close or the client leaves.
func lineServer(t *testing.T, greeting string, answer func(line string) (reply []string, closeAfter bool)) string {
	return serve(t, func(c net.Conn, r *bufio.Reader) {
		if greeting != "" {
			if _, err := io.WriteString(c, greeting+"\r\n"); err != nil {
				return
			}
		}
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				return
			}
			rep, closeAfter := answer(strings.TrimRight(line, "\r\n"))
			for _, l := range rep {
				if _, err := io.WriteString(c, l+"\r\n"); err != nil {
					return
				}
			}
			if closeAfter {
				return
			}
		}
	})
}

// verbAnswers answers by the command's first word.
func verbAnswers(m map[string][]string, quit string) func(string) ([]string, bool) {
	return func(line string) ([]string, bool) {
		verb := strings.ToUpper(strings.Fields(line + " x")[0])
		if rep, ok := m[verb]; ok {
			return rep, verb == quit
		}
		return []string{"502 not implemented"}, false
	}
}

// loopbackDial refuses anything but loopback, so that a test fails if the
// probe ever dials elsewhere.
func loopbackDial(t *testing.T) func(ctx context.Context, network, addr string) (net.Conn, error) {
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		host, _, err := net.SplitHostPort(addr)
		if err != nil {
			return nil, err
		}
		if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
			t.Errorf("probe dialled %s, which is not loopback", addr)
			return nil, errors.New("test refuses non-loopback dial")
		}
		var d net.Dialer
		return d.DialContext(ctx, network, addr)
	}
}

func opts(t *testing.T) Options {
	return Options{Timeout: 3 * time.Second, Dial: loopbackDial(t)}
}

func probe(t *testing.T, addr, service string, o Options) (*Facts, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return Probe(ctx, addr, service, o)
}

func mustProbe(t *testing.T, addr, service string, o Options) *Facts {
	t.Helper()
	f, err := probe(t, addr, service, o)
	if err != nil {
		t.Fatalf("Probe(%s) error: %v", service, err)
	}
	if f == nil {
		t.Fatalf("Probe(%s) returned no facts", service)
	}
	if f.Service != service || f.At.IsZero() {
		t.Errorf("service %q at %v", f.Service, f.At)
	}
	return f
}

func wantAuth(t *testing.T, f *Facts, want *bool, via ...string) {
	t.Helper()
	switch {
	case want == nil && f.AuthInClear != nil:
		t.Errorf("AuthInClear = %v, want unknown (nil); notes %q", *f.AuthInClear, f.Notes)
	case want != nil && f.AuthInClear == nil:
		t.Errorf("AuthInClear = nil, want %v; notes %q; transcript %q", *want, f.Notes, f.Transcript)
	case want != nil && *f.AuthInClear != *want:
		t.Errorf("AuthInClear = %v, want %v; transcript %q", *f.AuthInClear, *want, f.Transcript)
	}
	if strings.Join(f.AuthVia, ",") != strings.Join(via, ",") {
		t.Errorf("AuthVia = %q, want %q", f.AuthVia, via)
	}
}

func wantTLS(t *testing.T, f *Facts, want *bool) {
	t.Helper()
	if (want == nil) != (f.TLSOffered == nil) || (want != nil && *want != *f.TLSOffered) {
		t.Errorf("TLSOffered = %v, want %v", show(f.TLSOffered), show(want))
	}
}

func show(b *bool) string {
	if b == nil {
		return "nil"
	}
	return fmt.Sprint(*b)
}

var (
	yes = boolp(true)
	no  = boolp(false)
)

func wantKind(t *testing.T, err error, kinds ...probes.ErrorKind) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want one of %v", kinds)
	}
	var pe *probes.Error
	if !errors.As(err, &pe) {
		t.Fatalf("error %v is not a *probes.Error", err)
	}
	for _, k := range kinds {
		if pe.Kind == k {
			return
		}
	}
	t.Errorf("error kind %s (%v), want one of %v", pe.Kind, err, kinds)
}

func checkBounds(t *testing.T, f *Facts) {
	t.Helper()
	if f == nil {
		return
	}
	if len(f.Transcript) > maxTranscript {
		t.Errorf("transcript has %d lines", len(f.Transcript))
	}
	for _, l := range f.Transcript {
		if len(l) > maxTranscriptLine+4 {
			t.Errorf("transcript line of %d bytes", len(l))
		}
	}
	if _, err := json.Marshal(f); err != nil {
		t.Errorf("facts do not marshal: %v", err)
	}
}
