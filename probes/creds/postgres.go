package creds

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
)

// pgConnectTimeout bounds one PostgreSQL connection (TLS and
// authentication included); the try's context bounds it too.
const pgConnectTimeout = 5 * time.Second

// pgMaxMessage bounds one PostgreSQL protocol message read from a server.
const pgMaxMessage = 64 << 10

// pgSSLRequest is the SSLRequest message: length 8, code 80877103.
var pgSSLRequest = []byte{0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f}

// SQLSTATEs the login classifies.
const (
	pgInvalidPassword = "28P01" // invalid_password
	pgInvalidAuth     = "28000" // invalid_authorization_specification
	pgNoDatabase      = "3D000" // invalid_catalog_name
)

func postgresService() service {
	return service{name: "postgresql", display: "PostgreSQL", discovered: []string{"postgresql"}, login: pgPrepare}
}

// pgPrepare asks the server once, without credentials, whether it speaks
// TLS (SSLRequest), so that every try then uses one transport: pgx's
// sslmode=prefer would retry a refused try without TLS on some errors,
// and one wrong password could then count twice in the server's log.
func pgPrepare(ctx context.Context, t *target) (loginFunc, error) {
	if err := t.pacer.wait(ctx); err != nil {
		return nil, err
	}
	useTLS, err := pgSpeaksTLS(ctx, t.dial, t.addr)
	if err != nil {
		return nil, err
	}
	return pgLogin(t.dial, t.addr, useTLS, "postgres"), nil
}

// pgSpeaksTLS sends SSLRequest on a fresh connection and reads the answer.
func pgSpeaksTLS(ctx context.Context, dial dialFunc, addr string) (bool, error) {
	ctx, cancel := context.WithTimeout(ctx, pgConnectTimeout)
	defer cancel()
	c, done, err := dialLines(ctx, dial, addr)
	if err != nil {
		return false, err
	}
	defer done()
	if _, err := c.conn.Write(pgSSLRequest); err != nil {
		return false, fmt.Errorf("PostgreSQL SSLRequest: %w", err)
	}
	answer := make([]byte, 1)
	if _, err := io.ReadFull(c.r, answer); err != nil {
		return false, fmt.Errorf("PostgreSQL SSLRequest answer: %w", err)
	}
	return ParsePgSSLAnswer(answer)
}

// ParsePgSSLAnswer reads the server's answer to SSLRequest: 'S' (TLS
// next), 'N' (plain). Anything else is not PostgreSQL.
func ParsePgSSLAnswer(b []byte) (bool, error) {
	if len(b) == 0 {
		return false, errors.New("PostgreSQL SSLRequest: no answer")
	}
	switch b[0] {
	case 'S':
		return true, nil
	case 'N':
		return false, nil
	}
	return false, fmt.Errorf("PostgreSQL SSLRequest: unexpected answer %q", b[:1])
}

// pgLogin tries user/password on database db, one connection per try;
// the post-login signal is SELECT current_user, version() answering.
// 3D000 (no such database) comes after authentication succeeded (the
// server checks the password, then looks the database up: verified on
// PostgreSQL 15, TestPostgresAuthBeforeDatabase): the try is then made
// again on template1 for the signal.
func pgLogin(dial dialFunc, addr string, useTLS bool, db string) loginFunc {
	return func(ctx context.Context, user, password string) Outcome {
		o := pgTry(ctx, dial, addr, useTLS, db, user, password)
		var pe *pgconn.PgError
		if o.Verdict == Unknown && errors.As(o.Err, &pe) && pe.Code == pgNoDatabase && db != "template1" {
			return pgTry(ctx, dial, addr, useTLS, "template1", user, password)
		}
		return o
	}
}

func pgTry(ctx context.Context, dial dialFunc, addr string, useTLS bool, db, user, password string) Outcome {
	cfg, err := pgConfig(dial, addr, useTLS, db, user, password)
	if err != nil {
		return notSent(err)
	}
	conn, err := pgconn.ConnectConfig(ctx, cfg)
	if err != nil {
		return pgRefusal(err)
	}
	defer func() {
		// Terminate politely, bounded even once ctx has ended.
		cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Second)
		defer cancel()
		_ = conn.Close(cctx)
	}()
	res := conn.ExecParams(ctx, "SELECT current_user, version()", nil, nil, nil, nil).Read()
	if res.Err != nil {
		return unknownf(true, "logged in, but SELECT current_user, version() failed (not counted as a finding): %w", res.Err)
	}
	if len(res.Rows) != 1 || len(res.Rows[0]) != 2 {
		return unknownf(true, "logged in, but SELECT current_user, version() answered no row (not counted as a finding)")
	}
	// version() is "PostgreSQL 15.18 (Debian ...) on x86_64-pc-linux-gnu, compiled by...".
	version, _, _ := strings.Cut(string(res.Rows[0][1]), " on ")
	who, version := clip(string(res.Rows[0][0])), clip(version)
	return accepted("SELECT current_user, version() répond (" + who + ", " + version + ") / SELECT current_user, version() answered (" +
		who + ", " + version + ")")
}

// pgConfig builds the connection settings in code: no connection string
// holds the password (pgx names its connection string in its errors).
// The Env's dialer makes the connection and resolves the name; there is
// no fallback (one try, one authentication).
func pgConfig(dial dialFunc, addr string, useTLS bool, db, user, password string) (*pgconn.Config, error) {
	host, portS, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("PostgreSQL address %q: %w", addr, err)
	}
	port, err := strconv.ParseUint(portS, 10, 16)
	if err != nil {
		return nil, fmt.Errorf("PostgreSQL port %q: %w", portS, err)
	}
	cfg, err := pgconn.ParseConfig("sslmode=disable")
	if err != nil {
		return nil, err
	}
	cfg.Host, cfg.Port, cfg.Database, cfg.User, cfg.Password = host, uint16(port), db, user, password
	cfg.TLSConfig, cfg.Fallbacks = nil, nil
	if useTLS {
		// A login test, not a TLS check: any certificate will do.
		cfg.TLSConfig = &tls.Config{InsecureSkipVerify: true, ServerName: host} //nolint:gosec // login test only
	}
	cfg.ConnectTimeout, cfg.MaxProtocolMessageBodyLen = pgConnectTimeout, pgMaxMessage
	cfg.DialFunc = pgconn.DialFunc(boundedDial(dial, maxDriverExchange))
	cfg.LookupFunc = func(_ context.Context, h string) ([]string, error) { return []string{h}, nil }
	cfg.RuntimeParams = map[string]string{"application_name": "conformscan"}
	cfg.ValidateConnect, cfg.AfterConnect, cfg.KerberosSrvName, cfg.OAuthTokenProvider = nil, nil, "", nil
	return cfg, nil
}

// pgRefusal classifies a failed connection by its SQLSTATE.
func pgRefusal(err error) Outcome {
	var pe *pgconn.PgError
	if !errors.As(err, &pe) {
		return unknownf(true, "PostgreSQL: %w", err)
	}
	switch {
	case pe.Code == pgInvalidPassword:
		return refusedWith("PostgreSQL 28P01")
	case pe.Code == pgInvalidAuth && strings.Contains(pe.Message, "pg_hba.conf"):
		return notSent(notTestable("le serveur n'autorise pas cet hôte (pg_hba.conf) / host not allowed by the server (pg_hba.conf): " + clip(pe.Message)))
	case pe.Code == pgInvalidAuth:
		// role does not exist, or the account may not log in.
		return refusedWith("PostgreSQL 28000")
	}
	return unknownf(true, "PostgreSQL: %w", pe)
}
