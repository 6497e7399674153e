package history

import (
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// DefaultConnectTimeout bounds each PostgreSQL connection attempt when the
// connection string sets no connect_timeout (or sets 0, which would mean
// "wait for ever"): a server that accepts and never answers, or never
// accepts, ends the run with an error instead of hanging it.
const DefaultConnectTimeout = 10 * time.Second

// DefaultQueryTimeout bounds each operation on a store (opening and
// migrating, saving a run, one listing), under the caller's context.
const DefaultQueryTimeout = time.Minute

// dsnKeyword starts a libpq (or pgx) key=value connection string.
var dsnKeyword = regexp.MustCompile(`^\s*(host|hostaddr|port|dbname|user|password|passfile|require_auth|channel_binding|` +
	`connect_timeout|client_encoding|options|application_name|fallback_application_name|keepalives|keepalives_idle|` +
	`keepalives_interval|keepalives_count|tcp_user_timeout|replication|gssencmode|sslmode|requiressl|sslcompression|` +
	`sslcert|sslkey|sslpassword|sslcertmode|sslrootcert|sslcrl|sslcrldir|sslsni|sslnegotiation|requirepeer|` +
	`ssl_min_protocol_version|ssl_max_protocol_version|krbsrvname|gsslib|gssdelegation|service|servicefile|` +
	`target_session_attrs|load_balance_hosts|statement_cache_capacity|description_cache_capacity|` +
	`default_query_exec_mode|min_read_buffer_size)\s*=`)

// IsPostgres tells whether where names a PostgreSQL database: a postgres://
// or postgresql:// URL, or a key=value connection string starting with a
// libpq keyword ("host=db dbname=audit ..."). Anything else is a SQLite
// file (write ./host=x to name such a file).
func IsPostgres(where string) bool {
	return strings.HasPrefix(where, "postgres://") || strings.HasPrefix(where, "postgresql://") || dsnKeyword.MatchString(where)
}

// shownKeys are the connection settings a message may show; every other
// one (password, sslpassword, passfile, options, ...) is left out.
var shownKeys = map[string]bool{"host": true, "hostaddr": true, "port": true, "dbname": true, "user": true,
	"sslmode": true, "connect_timeout": true, "application_name": true}

// Redact is where as a message may show it: a SQLite path as given (unless
// it mentions a password: a mistyped connection string); a
// PostgreSQL URL or key=value string with only the settings of shownKeys
// (no password wherever it was written, in the user part, the query or a
// key=value pair).
func Redact(where string) string {
	if !IsPostgres(where) {
		if strings.Contains(strings.ToLower(where), "password") {
			return "(a SQLite file whose name mentions a password: not shown)"
		}
		return where
	}
	if !strings.Contains(where, "://") {
		pairs, err := parseDSN(where)
		if err != nil {
			return "PostgreSQL (unreadable key=value connection string)"
		}
		var shown []string
		for _, p := range pairs {
			if shownKeys[p[0]] {
				shown = append(shown, p[0]+"="+quoteDSN(shownValue(p[1])))
			}
		}
		return strings.Join(shown, " ")
	}
	u, err := url.Parse(where)
	if err != nil {
		return "postgres://(unreadable URL)"
	}
	out := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: u.Path}
	if u.User != nil {
		out.User = url.User(u.User.Username())
	}
	q := url.Values{}
	for k, vs := range u.Query() {
		if shownKeys[k] {
			for _, v := range vs {
				q.Add(k, shownValue(v))
			}
		}
	}
	out.RawQuery = q.Encode()
	return out.String()
}

// shownValue hides a setting's value that holds another setting: libpq
// reads "host= password=x" as the host "password=x".
func shownValue(v string) string {
	if strings.Contains(v, "=") || strings.Contains(strings.ToLower(v), "password") {
		return "xxxxx"
	}
	return v
}

// parseDSN reads a libpq key=value connection string: keys, '=', values
// bare (up to a space) or single-quoted, with backslash escapes.
func parseDSN(s string) ([][2]string, error) {
	var out [][2]string
	rest := strings.TrimLeft(s, " \t\n\r\f\v")
	for rest != "" {
		eq := strings.IndexByte(rest, '=')
		if eq < 1 {
			return nil, errors.New("a setting without '='")
		}
		key := strings.TrimRight(rest[:eq], " \t\n\r\f\v")
		if strings.ContainsAny(key, " \t\n\r\f\v'\\") {
			return nil, errors.New("a malformed key")
		}
		val, after, err := dsnValue(strings.TrimLeft(rest[eq+1:], " \t\n\r\f\v"))
		if err != nil {
			return nil, err
		}
		out = append(out, [2]string{key, val})
		rest = strings.TrimLeft(after, " \t\n\r\f\v")
	}
	return out, nil
}

// dsnValue reads one value and returns what follows it.
func dsnValue(s string) (string, string, error) {
	var b strings.Builder
	quoted := strings.HasPrefix(s, "'")
	if quoted {
		s = s[1:]
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\':
			if i+1 == len(s) {
				return "", "", errors.New("a trailing backslash")
			}
			i++
			b.WriteByte(s[i])
		case quoted && c == '\'':
			return b.String(), s[i+1:], nil
		case !quoted && strings.IndexByte(" \t\n\r\f\v", c) >= 0:
			return b.String(), s[i:], nil
		default:
			b.WriteByte(c)
		}
	}
	if quoted {
		return "", "", errors.New("an unterminated quote")
	}
	return b.String(), "", nil
}

// quoteDSN writes a value as parseDSN reads it back.
func quoteDSN(v string) string {
	if v != "" && !strings.ContainsAny(v, " \t\n\r\f\v'\\") {
		return v
	}
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(v) + "'"
}

// pgConfig parses a PostgreSQL connection string with a connect timeout.
// A string that does not parse is refused without pgx's message, which may
// quote it, password included.
func pgConfig(where string) (*pgx.ConnConfig, error) {
	cfg, err := pgx.ParseConfig(where)
	if err != nil {
		return nil, errors.New("the PostgreSQL connection string does not parse (not shown: it may hold a password); write postgres://user@host:port/db?sslmode=... or host=... dbname=... user=...")
	}
	if cfg.ConnectTimeout <= 0 {
		cfg.ConnectTimeout = DefaultConnectTimeout
	}
	return cfg, nil
}

// secrets lists the passwords of a parsed configuration, to scrub from
// messages.
func secrets(cfg *pgx.ConnConfig) []string {
	return []string{cfg.Password}
}

// scrubbed is an error whose message never shows the given secrets.
type scrubbed struct {
	err     error
	secrets []string
}

func (e scrubbed) Error() string {
	msg := e.err.Error()
	for _, s := range e.secrets {
		if s != "" {
			msg = strings.ReplaceAll(msg, s, "xxxxx")
		}
	}
	return msg
}

func (e scrubbed) Unwrap() error { return e.err }

// sqliteDSN is the driver's name for the SQLite file at path, taken as a
// path (never as a URI: '?', '#', '%' and a "file:" prefix are part of the
// name). create says whether a missing file may be created.
func sqliteDSN(path string, create bool) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", fmt.Errorf("the history %s: %w", path, err)
	}
	mode := "rw"
	if create {
		mode = "rwc"
	}
	return "file:" + escapeURIPath(abs) + "?mode=" + mode +
		"&_pragma=foreign_keys(1)&_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)", nil
}

// escapeURIPath percent-encodes every byte of p but letters, digits and
// "/._-~", as SQLite's URI file names decode them.
func escapeURIPath(p string) string {
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("/._-~", c) >= 0 {
			b.WriteByte(c)
			continue
		}
		fmt.Fprintf(&b, "%%%02X", c)
	}
	return b.String()
}
