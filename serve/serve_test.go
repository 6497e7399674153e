package serve

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/xml"
	"io"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"strings"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"
)

// fixture is the handler on the fixture history, and the history's path.
func fixture(t *testing.T, o Options) (http.Handler, string) {
	t.Helper()
	path := fixtureStore(t)
	o.Store = openFixture(t, path)
	h, err := Handler(o)
	if err != nil {
		t.Fatal(err)
	}
	return h, path
}

// get serves one request.
func get(h http.Handler, method, target string, hdr map[string]string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, target, nil)
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// TestServeRoutes: every page answers, shows what it is about, escapes the
// script a scanned server planted, and carries the security headers.
func TestServeRoutes(t *testing.T) {
	h, _ := fixture(t, Options{})
	for _, tc := range []struct {
		url  string
		code int
		want []string
	}{
		{"/", 200, []string{`id="overview"`, "NO-GO", "GO", "PACS", `<svg class="spark"`, `href="/compare?a=2&amp;b=3"`}},
		{"/runs/3", 200, []string{`id="servenav"`, `/runs/3/report.json`, "signé", `href="/compare?a=2&amp;b=3"`, "7.1"}},
		{"/runs/1", 200, []string{`id="servenav"`, "NO-GO"}},
		{"/compare?a=2&b=3", 200, []string{`id="changes"`, "régression", "CONFORME", "ÉCHEC"}},
		{"/compare?a=1&b=4", 200, []string{"nouveau", "disparu"}},
		{"/compare", 200, []string{`id="pick"`, "#4"}},
		{"/ref?ref=7.1", 200, []string{`id="timeline"`, "#1", "#4", "ANSSI-TLS-R1", "<td>PACS</td>"}},
		{"/groups/" + groupID(fixtureKey("192.0.2.1:443")), 200, []string{`id="runs"`, "#3", "#2", "#1"}},
		{"/ref?ref=7.1&group=" + groupID(fixtureKey("192.0.2.2:443")), 200, []string{"#4"}},
		{"/static/style.css", 200, []string{".badge"}},
		{"/runs/99", 404, []string{`id="error"`}},
		{"/runs/abc", 404, nil},
		{"/ref?ref=<script>", 404, []string{"&lt;script&gt;"}},
		{"/groups/nothere", 404, nil},
		{"/compare?a=1&b=99", 404, nil},
		{"/nowhere", 404, nil},
	} {
		rec := get(h, "GET", tc.url, nil)
		body := rec.Body.String()
		if rec.Code != tc.code {
			t.Errorf("%s: %d, want %d\n%.600s", tc.url, rec.Code, tc.code, body)
		}
		for _, w := range tc.want {
			if !strings.Contains(body, w) {
				t.Errorf("%s: lacks %q", tc.url, w)
			}
		}
		if strings.Contains(body, "<script>alert") {
			t.Errorf("%s: the planted script is served as markup", tc.url)
		}
		checkHeaders(t, tc.url, rec.Header(), false)
	}
	if body := get(h, "GET", "/ref?ref=7.1", nil).Body.String(); !strings.Contains(body, "&lt;script&gt;alert(&#34;pwned&#34;)&lt;/script&gt;") {
		t.Error("the planted script is not shown as text")
	}
	if strings.Contains(get(h, "GET", "/ref?ref=7.1&group="+groupID(fixtureKey("192.0.2.2:443")), nil).Body.String(), `href="/runs/3"`) {
		t.Error("a group's ref timeline shows another group's run")
	}
}

// fixtureKey is the group key of the fixture's runs on one target.
func fixtureKey(target string) string {
	return groupKey(runHead(target))
}

// checkHeaders checks the security headers of one answer.
func checkHeaders(t *testing.T, url string, h http.Header, tls bool) {
	t.Helper()
	for k, v := range map[string]string{"X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff",
		"Referrer-Policy": "no-referrer", "Cache-Control": "no-store"} {
		if h.Get(k) != v {
			t.Errorf("%s: %s = %q, want %q", url, k, h.Get(k), v)
		}
	}
	csp := h.Get("Content-Security-Policy")
	if !strings.HasPrefix(csp, "default-src 'none';") || !strings.Contains(csp, "frame-ancestors 'none'") || strings.Contains(csp, "unsafe") {
		t.Errorf("%s: CSP %q", url, csp)
	}
	if hsts := h.Get("Strict-Transport-Security"); (hsts != "") != tls {
		t.Errorf("%s: HSTS %q with TLS %v", url, hsts, tls)
	}
}

// TestServeRunPageCSP: the run page lets the report's own inline style and
// script run by their hashes, and nothing else.
func TestServeRunPageCSP(t *testing.T) {
	h, _ := fixture(t, Options{TLS: true})
	rec := get(h, "GET", "/runs/3", nil)
	checkHeaders(t, "/runs/3", rec.Header(), true)
	csp, body := rec.Header().Get("Content-Security-Policy"), rec.Body.String()
	for _, tag := range [][2]string{{"<style>", "</style>"}, {"<script>", "</script>"}} {
		i := strings.Index(body, tag[0])
		j := strings.Index(body[i:], tag[1])
		sum := sha256.Sum256([]byte(body[i+len(tag[0]) : i+j]))
		if !strings.Contains(csp, "'sha256-"+base64.StdEncoding.EncodeToString(sum[:])+"'") {
			t.Errorf("CSP %q lacks the hash of the report's %s", csp, tag[0])
		}
	}
	if strings.Count(body, "<script>") != 1 {
		t.Errorf("%d <script> in the run page, want the report's one", strings.Count(body, "<script>"))
	}
}

// TestServeReadOnly: anything but GET and HEAD is refused, and serving
// every page leaves the history file as it was.
func TestServeReadOnly(t *testing.T) {
	h, path := fixture(t, Options{})
	before, _ := os.ReadFile(path)
	for _, m := range []string{"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT"} {
		rec := get(h, m, "/runs/1", nil)
		if rec.Code != http.StatusMethodNotAllowed || rec.Header().Get("Allow") != "GET, HEAD" {
			t.Errorf("%s: %d, Allow %q", m, rec.Code, rec.Header().Get("Allow"))
		}
		checkHeaders(t, m, rec.Header(), false)
	}
	if rec := get(h, "HEAD", "/", nil); rec.Code != 200 {
		t.Errorf("HEAD /: %d", rec.Code)
	}
	for _, u := range []string{"/", "/runs/1", "/runs/1/report.xlsx", "/compare?a=1&b=2", "/ref?ref=7.2"} {
		get(h, "GET", u, nil)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Error("serving changed the history file")
	}
	// A read-only SQLite connection to a WAL file may make an empty
	// -wal: it must hold no frame.
	if st, err := os.Stat(path + "-wal"); err == nil && st.Size() != 0 {
		t.Errorf("serving wrote %d bytes of WAL", st.Size())
	}
}

// TestServeDownloads: the JSON exactly as stored (signed), and the HTML,
// XLSX and JUnit renderings, each as an attachment.
func TestServeDownloads(t *testing.T) {
	h, path := fixture(t, Options{})
	stored, err := openFixture(t, path).Report(t.Context(), 3)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ file, ctype, prefix string }{
		{"report.json", "application/json", "{"},
		{"report.html", "text/html; charset=utf-8", "<!DOCTYPE html>"},
		{"report.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK"},
		{"report.xml", "application/xml; charset=utf-8", "<?xml"},
	} {
		rec := get(h, "GET", "/runs/3/"+tc.file, nil)
		body := rec.Body.Bytes()
		if rec.Code != 200 || rec.Header().Get("Content-Type") != tc.ctype || !bytes.HasPrefix(body, []byte(tc.prefix)) {
			t.Errorf("%s: %d %q %.40q", tc.file, rec.Code, rec.Header().Get("Content-Type"), body)
		}
		if cd := rec.Header().Get("Content-Disposition"); cd != `attachment; filename="conformscan-run-3-`+tc.file+`"` {
			t.Errorf("%s: Content-Disposition %q", tc.file, cd)
		}
		if tc.file == "report.json" && (!bytes.Equal(body, stored) || !bytes.Contains(body, []byte(`"signature"`))) {
			t.Error("the JSON download is not the signed report as stored")
		}
		if tc.file == "report.xml" {
			if err := xml.Unmarshal(body, new(struct{})); err != nil {
				t.Errorf("JUnit: %v", err)
			}
		}
	}
	if rec := get(h, "GET", "/runs/3/report.exe", nil); rec.Code != 404 {
		t.Errorf("report.exe: %d", rec.Code)
	}
}

// TestServeLang: French by default, English on ?lang=en or when the
// browser prefers it; an explicit choice is kept in links.
func TestServeLang(t *testing.T) {
	h, _ := fixture(t, Options{})
	for _, tc := range []struct{ url, accept, want, not string }{
		{"/", "", "Historique des audits", "Audit history"},
		{"/", "de-DE, en;q=0.8", "Audit history", "Historique"},
		{"/", "fr-FR,fr;q=0.9,en;q=0.8", "Historique des audits", "Audit history"},
		{"/", "en;q=0.5, fr;q=0.4", "Audit history", "Historique"},
		{"/", "de", "Historique des audits", "Audit history"},
		{"/?lang=en", "fr", `href="/compare?lang=en"`, "Historique"},
		{"/?lang=fr", "en", "Historique des audits", "Audit history"},
		{"/runs/1?lang=en", "", "Download:", "Télécharger"},
		{"/compare?a=2&b=3&lang=en", "", "regressed", "régression"},
	} {
		body := get(h, "GET", tc.url, map[string]string{"Accept-Language": tc.accept}).Body.String()
		if !strings.Contains(body, tc.want) || strings.Contains(body, tc.not) {
			t.Errorf("%s (Accept-Language %q): want %q, not %q", tc.url, tc.accept, tc.want, tc.not)
		}
	}
}

// TestServeAuth: with users, every page (the style sheet too) needs a
// valid Basic login; a proxy's header is believed only from the trusted
// proxy.
func TestServeAuth(t *testing.T) {
	hash, _ := bcrypt.GenerateFromPassword([]byte("s3cret"), bcrypt.MinCost)
	users, err := ParseUsers([]byte("# readers\nciso:" + string(hash) + "\n"))
	if err != nil {
		t.Fatal(err)
	}
	proxy := netip.MustParsePrefix("192.0.2.10/32")
	h, _ := fixture(t, Options{TLS: true, Auth: Auth{Users: users, ProxyHeader: "X-Remote-User", TrustedProxies: []netip.Prefix{proxy}}})
	basic := func(u, p string) string { return "Basic " + base64.StdEncoding.EncodeToString([]byte(u+":"+p)) }
	for _, tc := range []struct {
		name, remote string
		hdr          map[string]string
		code         int
	}{
		{"no login", "203.0.113.5:4000", nil, 401},
		{"wrong password", "203.0.113.5:4000", map[string]string{"Authorization": basic("ciso", "nope")}, 401},
		{"unknown user", "203.0.113.5:4000", map[string]string{"Authorization": basic("root", "s3cret")}, 401},
		{"good login", "203.0.113.5:4000", map[string]string{"Authorization": basic("ciso", "s3cret")}, 200},
		{"proxy header from elsewhere", "203.0.113.5:4000", map[string]string{"X-Remote-User": "ciso"}, 401},
		{"proxy header from the proxy", "192.0.2.10:4000", map[string]string{"X-Remote-User": "ciso"}, 200},
		{"empty proxy header", "192.0.2.10:4000", map[string]string{"X-Remote-User": ""}, 401},
	} {
		for _, u := range []string{"/", "/static/style.css", "/runs/1/report.json"} {
			req := httptest.NewRequest("GET", u, nil)
			req.RemoteAddr = tc.remote
			for k, v := range tc.hdr {
				req.Header.Set(k, v)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != tc.code {
				t.Errorf("%s %s: %d, want %d", tc.name, u, rec.Code, tc.code)
			}
			if tc.code == 401 && !strings.HasPrefix(rec.Header().Get("WWW-Authenticate"), "Basic ") {
				t.Errorf("%s: no Basic challenge", tc.name)
			}
			checkHeaders(t, tc.name, rec.Header(), true)
		}
	}
}

// TestOtherLangStaysHere: the language switch is always a path on this
// server, whatever the request's URL.
func TestOtherLangStaysHere(t *testing.T) {
	for path, want := range map[string]string{"/ref?ref=7.1": "/ref?lang=en&ref=7.1", "//evil.example/x": "/x?lang=en",
		"/runs/1?lang=fr": "/runs/1?lang=en", "http://evil.example/": "/?lang=en"} {
		if got := (base{L: "fr", path: path}).Other(); got != want {
			t.Errorf("%s: %s, want %s", path, got, want)
		}
	}
}

func TestParseUsersRefuses(t *testing.T) {
	for _, bad := range []string{"", "# only a comment\n", "ciso:plaintext", ":$2a$10$x", "ciso", "a:$apr1$abc$def"} {
		if _, err := ParseUsers([]byte(bad)); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
	hash, _ := bcrypt.GenerateFromPassword([]byte("x"), bcrypt.MinCost)
	if _, err := ParseUsers([]byte("a:" + string(hash) + "\na:" + string(hash))); err == nil {
		t.Error("a user given twice accepted")
	}
}

// TestCheckListen: loopback alone may go without TLS and a login.
func TestCheckListen(t *testing.T) {
	users := Users{"ciso": []byte("x")}
	proxy := Auth{ProxyHeader: "X-Remote-User", TrustedProxies: []netip.Prefix{netip.MustParsePrefix("10.0.0.1/32")}}
	for _, tc := range []struct {
		addr string
		tls  bool
		auth Auth
		ok   bool
	}{
		{"127.0.0.1:8443", false, Auth{}, true},
		{"[::1]:8443", false, Auth{}, true},
		{"127.0.0.2:8443", false, Auth{}, true},
		{"0.0.0.0:8443", false, Auth{}, false},
		{":8443", false, Auth{}, false},
		{"localhost:8443", false, Auth{}, false},
		{"192.0.2.1:8443", true, Auth{}, false},
		{"192.0.2.1:8443", false, Auth{Users: users}, false},
		{"192.0.2.1:8443", true, Auth{Users: users}, true},
		{"[::]:8443", true, proxy, true},
		{"[::ffff:127.0.0.1]:8443", false, Auth{}, true},
		{"192.0.2.1:8443", true, Auth{ProxyHeader: "X-Remote-User"}, false},
		{"127.0.0.1:8443", false, Auth{ProxyHeader: "X-Remote-User"}, false},
		{"no-port", false, Auth{}, false},
	} {
		if err := CheckListen(tc.addr, tc.tls, tc.auth); (err == nil) != tc.ok {
			t.Errorf("%s TLS %v auth %v: %v", tc.addr, tc.tls, tc.auth.Required(), err)
		}
	}
}

// TestServeDeadline: a request past its deadline gets no page.
func TestServeDeadline(t *testing.T) {
	h, _ := fixture(t, Options{Timeout: time.Nanosecond})
	if rec := get(h, "GET", "/", nil); rec.Code == 200 {
		t.Errorf("answered %d past the deadline", rec.Code)
	}
}

// TestSelfSigned: an ECDSA P-256 certificate for the hosts given, valid
// from the injected clock, whose fingerprint is the DER's SHA-256.
func TestSelfSigned(t *testing.T) {
	cert, pemBytes, fp, err := SelfSigned(t0, []string{"127.0.0.1", "audit.example"})
	if err != nil {
		t.Fatal(err)
	}
	leaf := cert.Leaf
	if leaf.PublicKeyAlgorithm.String() != "ECDSA" || !leaf.NotBefore.Before(t0) || !leaf.NotAfter.Equal(t0.Add(SelfSignedLifetime)) {
		t.Errorf("certificate %v %v–%v", leaf.PublicKeyAlgorithm, leaf.NotBefore, leaf.NotAfter)
	}
	if err := leaf.VerifyHostname("audit.example"); err != nil {
		t.Error(err)
	}
	if err := leaf.VerifyHostname("127.0.0.1"); err != nil {
		t.Error(err)
	}
	if len(fp) != 95 || fp != Fingerprint(cert.Certificate[0]) || !bytes.Contains(pemBytes, []byte("BEGIN CERTIFICATE")) {
		t.Errorf("fingerprint %q", fp)
	}
	if _, err := io.Discard.Write(pemBytes); err != nil {
		t.Fatal(err)
	}
}

func FuzzAcceptLang(f *testing.F) {
	for _, s := range []string{"", "en", "fr-FR,fr;q=0.9,en;q=0.8", "en;q=abc", ";;,,q=", "EN-gb;q=1.5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, h string) {
		if l := acceptLang(h); l != "fr" && l != "en" {
			t.Fatalf("%q: %q", h, l)
		}
	})
}

func FuzzParseUsers(f *testing.F) {
	f.Add([]byte("ciso:$2a$04$abcdefghijklmnopqrstuuJ3n7zV7i2tC6m1m5r2bO8dY8dQpVkGq\n"))
	f.Add([]byte("# x\n\n:\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		u, err := ParseUsers(data)
		if err == nil && len(u) == 0 {
			t.Fatal("no error and no user")
		}
	})
}

// TestServeLockout: ten wrong passwords from one address lock it out for
// five minutes, the right password included; other addresses are not
// affected; the lock ends with the period.
func TestServeLockout(t *testing.T) {
	hash, _ := bcrypt.GenerateFromPassword([]byte("s3cret"), bcrypt.MinCost)
	now := t0
	h, _ := fixture(t, Options{Auth: Auth{Users: Users{"ciso": hash}}, Now: func() time.Time { return now }})
	try := func(remote, pass string) int {
		req := httptest.NewRequest("GET", "/static/style.css", nil)
		req.RemoteAddr = remote
		req.SetBasicAuth("ciso", pass)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec.Code
	}
	for i := range lockoutFailures {
		if code := try("203.0.113.5:4000", "guess"); code != 401 {
			t.Fatalf("try %d: %d", i, code)
		}
	}
	if code := try("203.0.113.5:4001", "s3cret"); code != http.StatusTooManyRequests {
		t.Errorf("locked out, right password: %d", code)
	}
	if code := try("203.0.113.6:4000", "s3cret"); code != 200 {
		t.Errorf("another address: %d", code)
	}
	now = now.Add(lockoutPeriod)
	if code := try("203.0.113.5:4000", "s3cret"); code != 200 {
		t.Errorf("after the period: %d", code)
	}
	if code := try("203.0.113.5:4000", "guess"); code != 401 {
		t.Errorf("a success forgets the failures: %d", code)
	}
}
