package cleartext

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// pageServer serves h over plain HTTP on loopback.
func pageServer(t *testing.T, h http.HandlerFunc) string {
	t.Helper()
	s := httptest.NewServer(h)
	t.Cleanup(s.Close)
	return strings.TrimPrefix(s.URL, "http://")
}

// flushWrite writes s and flushes it to the wire; false once the client
// has gone.
func flushWrite(w http.ResponseWriter, s string) bool {
	if _, err := io.WriteString(w, s); err != nil {
		return false
	}
	w.(http.Flusher).Flush()
	return true
}

func wantSearch(t *testing.T, f *Facts, search, stop string) {
	t.Helper()
	h := f.HTTP
	if h == nil || h.FormSearch != search || !strings.Contains(h.FormSearchStop, stop) || (stop == "") != (h.FormSearchStop == "") {
		t.Fatalf("page %+v; want form_search %q, stop %q", h, search, stop)
	}
}

// TestHTTPBodySearchedInAStream: a password form far down a page is found;
// a page that cannot be searched to its end leaves the question open
// (AuthInClear nil) with the reason, never "clean".
func TestHTTPBodySearchedInAStream(t *testing.T) {
	t.Run("form after 300 KB", func(t *testing.T) {
		addr := pageServer(t, func(w http.ResponseWriter, r *http.Request) {
			flushWrite(w, "<html><title>big</title>"+strings.Repeat("<p>padding</p>", 300<<10/14))
			flushWrite(w, `<form action="/login"><input type="password" name="pw"></form>`)
		})
		f := mustProbe(t, addr, "http", opts(t))
		wantAuth(t, f, yes, ViaPasswordField)
		wantSearch(t, f, FormSearchFound, "")
		if f.HTTP.BodyScanned < 300<<10 || f.HTTP.FormAction != "/login" || f.HTTP.Title != "big" {
			t.Errorf("page %+v", f.HTTP)
		}
	})
	t.Run("form split across writes", func(t *testing.T) {
		addr := pageServer(t, func(w http.ResponseWriter, r *http.Request) {
			for _, part := range []string{"<html><inp", "ut na", `me=pw type="pa`, "ssword", `">`} {
				flushWrite(w, part)
				time.Sleep(20 * time.Millisecond)
			}
		})
		f := mustProbe(t, addr, "http", opts(t))
		wantAuth(t, f, yes, ViaPasswordField)
	})
	t.Run("page without form read to its end", func(t *testing.T) {
		addr := pageServer(t, func(w http.ResponseWriter, r *http.Request) {
			flushWrite(w, "<html><title>Accueil</title>"+strings.Repeat("<p>text</p>", 50000))
		})
		f := mustProbe(t, addr, "http", opts(t))
		wantAuth(t, f, no)
		wantSearch(t, f, FormSearchComplete, "")
	})
	t.Run("endless body", func(t *testing.T) {
		addr := pageServer(t, func(w http.ResponseWriter, r *http.Request) {
			chunk := strings.Repeat("<div>lorem ipsum</div>", 1000)
			for flushWrite(w, chunk) {
			}
		})
		start := time.Now()
		f := mustProbe(t, addr, "http", opts(t))
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("took %v", d)
		}
		wantAuth(t, f, nil)
		wantSearch(t, f, FormSearchIncomplete, "longer than the 4194304 bytes")
		if !f.HTTP.BodyTruncated || f.HTTP.BodyScanned != maxFormScan || !strings.Contains(strings.Join(f.Notes, "\n"), "search incomplete after 4194304 bytes") {
			t.Errorf("page %+v, notes %q", f.HTTP, f.Notes)
		}
	})
	t.Run("slow trickle", func(t *testing.T) {
		addr := pageServer(t, func(w http.ResponseWriter, r *http.Request) {
			for flushWrite(w, "<p>.</p>") {
				time.Sleep(50 * time.Millisecond)
			}
		})
		o := opts(t)
		o.Timeout = time.Second
		start := time.Now()
		f := mustProbe(t, addr, "http", o)
		if d := time.Since(start); d > o.Timeout+time.Second {
			t.Errorf("took %v, beyond the %v deadline", d, o.Timeout)
		}
		wantAuth(t, f, nil)
		wantSearch(t, f, FormSearchIncomplete, "deadline")
	})
	t.Run("connection cut in the body", func(t *testing.T) {
		addr := serve(t, func(c net.Conn, r *bufio.Reader) {
			_, _ = r.ReadString('\n')
			_, _ = io.WriteString(c, "HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n<html><title>cut</title>")
		})
		f := mustProbe(t, addr, "http", opts(t))
		wantAuth(t, f, nil)
		wantSearch(t, f, FormSearchIncomplete, "could not be read to its end")
	})
}

// chunkReader returns data in reads of the given sizes (cycled).
type chunkReader struct {
	data  []byte
	sizes []byte
	i     int
}

func (c *chunkReader) Read(p []byte) (int, error) {
	if len(c.data) == 0 {
		return 0, io.EOF
	}
	n := 1
	if len(c.sizes) > 0 {
		n = int(c.sizes[c.i%len(c.sizes)]) + 1
		c.i++
	}
	n = min(n, len(p), len(c.data))
	copy(p, c.data[:n])
	c.data = c.data[n:]
	return n, nil
}

// FuzzScanPageChunks: the streamed search finds exactly what a search of
// the whole body finds, however the body is cut into reads.
func FuzzScanPageChunks(f *testing.F) {
	for _, s := range []string{
		`<html><title>Login</title><form action="/l"><input type="password" name=p></form>`,
		`<ti` + `tle>a</title><!-- <input type=password> --><input type=text><INPUT TYPE=PASSWORD>`,
		`<script>"<input type=password>"</script><input type = ' password '>`,
		"<input type", "",
	} {
		f.Add([]byte(s), []byte{0, 3, 1})
	}
	f.Fuzz(func(t *testing.T, body, sizes []byte) {
		if len(body) > 1<<16 {
			body = body[:1<<16]
		}
		whole, werr := scanPage(bytes.NewReader(body))
		streamed, serr := scanPage(&chunkReader{data: body, sizes: sizes})
		if whole != streamed || fmt.Sprint(werr) != fmt.Sprint(serr) {
			t.Fatalf("whole %+v (%v), streamed %+v (%v)", whole, werr, streamed, serr)
		}
	})
}
