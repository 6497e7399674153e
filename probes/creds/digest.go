package creds

import (
	"crypto/md5" //nolint:gosec // HTTP Digest is defined with MD5
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"strings"
)

// digestChallenge is a parsed WWW-Authenticate: Digest challenge.
type digestChallenge struct {
	Realm, Nonce, Opaque, Algorithm, Qop string
}

// ParseDigestChallenge reads the parameters of a Digest challenge
// ("Digest realm=\"x\", nonce=\"y\", qop=\"auth,auth-int\""); ok is false
// when it is not one this client can answer (no nonce, an unknown
// algorithm, a qop other than auth).
func ParseDigestChallenge(h string) (digestChallenge, bool) {
	rest, ok := cutFold(strings.TrimSpace(h), "digest ")
	if !ok {
		return digestChallenge{}, false
	}
	params := parseParams(rest)
	c := digestChallenge{Realm: params["realm"], Nonce: params["nonce"], Opaque: params["opaque"],
		Algorithm: strings.ToUpper(params["algorithm"])}
	if c.Algorithm == "" {
		c.Algorithm = "MD5"
	}
	if q, has := params["qop"]; has {
		for _, v := range strings.Split(q, ",") {
			if strings.TrimSpace(v) == "auth" {
				c.Qop = "auth"
			}
		}
		if c.Qop == "" {
			return c, false
		}
	}
	return c, c.Nonce != "" && (c.Algorithm == "MD5" || c.Algorithm == "SHA-256")
}

func cutFold(s, prefix string) (string, bool) {
	if len(s) < len(prefix) || !strings.EqualFold(s[:len(prefix)], prefix) {
		return "", false
	}
	return s[len(prefix):], true
}

// parseParams reads comma-separated key=value or key="quoted, value"
// pairs; keys are lower-cased.
func parseParams(s string) map[string]string {
	out := map[string]string{}
	for len(s) > 0 && len(out) < 32 {
		s = strings.TrimLeft(s, " ,\t")
		eq := strings.IndexByte(s, '=')
		if eq <= 0 {
			break
		}
		key := strings.ToLower(strings.TrimSpace(s[:eq]))
		s = s[eq+1:]
		var val string
		if strings.HasPrefix(s, `"`) {
			end := strings.IndexByte(s[1:], '"')
			if end < 0 {
				val, s = s[1:], ""
			} else {
				val, s = s[1:1+end], s[2+end:]
			}
		} else {
			end := strings.IndexByte(s, ',')
			if end < 0 {
				end = len(s)
			}
			val, s = strings.TrimSpace(s[:end]), s[end:]
		}
		out[key] = val
	}
	return out
}

// authorization answers c for user/password on GET uri.
func (c digestChallenge) authorization(user, password, uri, cnonce string) string {
	h := func(s string) string {
		var f hash.Hash = md5.New() //nolint:gosec
		if c.Algorithm == "SHA-256" {
			f = sha256.New()
		}
		f.Write([]byte(s))
		return hex.EncodeToString(f.Sum(nil))
	}
	ha1 := h(user + ":" + c.Realm + ":" + password)
	ha2 := h("GET:" + uri)
	resp := h(ha1 + ":" + c.Nonce + ":" + ha2)
	extra := ""
	if c.Qop == "auth" {
		resp = h(ha1 + ":" + c.Nonce + ":00000001:" + cnonce + ":auth:" + ha2)
		extra = fmt.Sprintf(`, qop=auth, nc=00000001, cnonce="%s"`, cnonce)
	}
	if c.Opaque != "" {
		extra += fmt.Sprintf(`, opaque="%s"`, c.Opaque)
	}
	return fmt.Sprintf(`Digest username="%s", realm="%s", nonce="%s", uri="%s", algorithm=%s, response="%s"%s`,
		user, c.Realm, c.Nonce, uri, c.Algorithm, resp, extra)
}

func newCnonce() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
