package serve

import (
	"bufio"
	"bytes"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"golang.org/x/crypto/bcrypt"
)

// Users maps a login to its bcrypt hash.
type Users map[string][]byte

// dummyHash is compared against when the login is unknown, so that an
// unknown login costs as much as a wrong password.
var dummyHash = []byte("$2a$10$gYWODVe78bIleE0gwskGCe5WIek4h.gv0O/seQ3bN2KXkZlTV04A.")

// ParseUsers reads a users file: one "login:bcrypt-hash" a line (as
// htpasswd -B writes), blank lines and # comments skipped. Any other hash
// is refused.
func ParseUsers(data []byte) (Users, error) {
	u := Users{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, hash, ok := strings.Cut(line, ":")
		if !ok || name == "" {
			return nil, fmt.Errorf("users file, line %d: write login:bcrypt-hash", n)
		}
		if _, err := bcrypt.Cost([]byte(hash)); err != nil {
			return nil, fmt.Errorf("users file, line %d (%s): not a bcrypt hash (htpasswd -nB %s writes one)", n, name, name)
		}
		if _, dup := u[name]; dup {
			return nil, fmt.Errorf("users file, line %d: %s given twice", n, name)
		}
		u[name] = []byte(hash)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("users file: %w", err)
	}
	if len(u) == 0 {
		return nil, fmt.Errorf("users file: no user")
	}
	return u, nil
}

// check tells whether name and password match.
func (u Users) check(name, password string) bool {
	hash, ok := u[name]
	if !ok {
		bcrypt.CompareHashAndPassword(dummyHash, []byte(password))
		return false
	}
	return bcrypt.CompareHashAndPassword(hash, []byte(password)) == nil
}

// user returns the reader's login, and whether the request may be served.
func (a Auth) user(r *http.Request) (string, bool) {
	if !a.Required() {
		return "", true
	}
	if a.ProxyHeader != "" && a.fromProxy(r) {
		if name := r.Header.Get(a.ProxyHeader); name != "" {
			return name, true
		}
	}
	if len(a.Users) > 0 {
		if name, pass, ok := r.BasicAuth(); ok && a.Users.check(name, pass) {
			return name, true
		}
	}
	return "", false
}

// fromProxy tells whether the peer is a trusted proxy.
func (a Auth) fromProxy(r *http.Request) bool {
	ip, ok := clientAddr(r)
	if !ok {
		return false
	}
	for _, p := range a.TrustedProxies {
		if p.Contains(ip) {
			return true
		}
	}
	return false
}

// wrap refuses requests without a valid login: 401 with a Basic
// challenge when users are configured, 403 otherwise; 429 while the
// client is locked out after repeated wrong passwords.
func (a Auth) wrap(next http.Handler, lock *lockout) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		addr, _ := clientAddr(r)
		if a.Required() && lock.locked(addr) {
			w.Header().Set("Retry-After", strconv.Itoa(int(lockoutPeriod.Seconds())))
			http.Error(w, "429 too many wrong logins / trop d'échecs d'authentification", http.StatusTooManyRequests)
			return
		}
		if _, ok := a.user(r); ok {
			if a.Required() {
				lock.succeed(addr)
			}
			next.ServeHTTP(w, r)
			return
		}
		if _, _, tried := r.BasicAuth(); tried {
			lock.fail(addr)
		}
		if len(a.Users) > 0 {
			w.Header().Set("WWW-Authenticate", `Basic realm="conformscan", charset="UTF-8"`)
			http.Error(w, "401 login required / authentification requise", http.StatusUnauthorized)
			return
		}
		http.Error(w, "403 not from the trusted proxy / hors du mandataire de confiance", http.StatusForbidden)
	})
}
