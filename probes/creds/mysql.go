package creds

import (
	"context"
	"crypto/tls"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"net"
	"time"

	"github.com/go-sql-driver/mysql"
)

// mysqlTimeout bounds the connection and each read or write of one try
// (the try's context bounds it too).
const mysqlTimeout = 5 * time.Second

// maxDriverExchange bounds what one try through a database driver reads
// from the server (TLS handshake included): the drivers read whole
// protocol packets, which a hostile server could make huge.
const maxDriverExchange = 4 * maxExchange

// MySQL and MariaDB error numbers the login classifies.
const (
	mysqlAccessDenied   = 1045 // ER_ACCESS_DENIED_ERROR
	mysqlHostNotAllowed = 1130 // ER_HOST_NOT_PRIVILEGED
	mysqlHostBlocked    = 1129 // ER_HOST_IS_BLOCKED
)

func mysqlService() service {
	return service{name: "mysql", display: "MySQL", discovered: []string{"mysql"},
		login: func(_ context.Context, t *target) (loginFunc, error) { return mysqlLogin(t.dial, t.addr), nil }}
}

// mysqlLogin tries user/password on one fresh connection, through
// go-sql-driver/mysql's connector (not database/sql, whose pool retries a
// bad connection): its Config is built in code, its DialFunc is the
// Env's dialer (no package-global RegisterDialContext), TLS is used when
// the server offers it, else plain, decided within the one handshake (no
// second try). The post-login signal is SELECT CURRENT_USER(), VERSION().
func mysqlLogin(dial dialFunc, addr string) loginFunc {
	return func(ctx context.Context, user, password string) (o Outcome) {
		// go-sql-driver/mysql v1.10.0 panics on some malformed handshakes
		// (FuzzMySQLServer found a slice out of range in
		// readHandshakePacket): a hostile server must not crash the scan,
		// so the try recovers, closes its connection and reports it.
		var raw net.Conn
		dial := func(ctx context.Context, network, a string) (net.Conn, error) {
			c, err := boundedDial(dial, maxDriverExchange)(ctx, network, a)
			raw = c
			return c, err
		}
		defer func() {
			if p := recover(); p != nil {
				if raw != nil {
					_ = raw.Close()
				}
				o = unknownf(true, "MySQL: the driver failed on the server's malformed answer: %v", p)
			}
		}()
		return mysqlTry(ctx, dial, addr, user, password)
	}
}

func mysqlTry(ctx context.Context, dial dialFunc, addr, user, password string) Outcome {
	conn, err := mysqlConnect(ctx, dial, addr, user, password)
	if err != nil {
		return mysqlRefusal(err)
	}
	defer conn.Close()
	who, version, err := mysqlWhoAmI(ctx, conn)
	if err != nil {
		return unknownf(true, "logged in, but SELECT CURRENT_USER(), VERSION() failed (not counted as a finding): %w", err)
	}
	return accepted("SELECT CURRENT_USER(), VERSION() répond (" + who + ", " + version + ") / " +
		"SELECT CURRENT_USER(), VERSION() answered (" + who + ", " + version + ")")
}

// mysqlConnect opens one authenticated connection; dial is used as is.
func mysqlConnect(ctx context.Context, dial dialFunc, addr, user, password string) (driver.Conn, error) {
	cfg := mysql.NewConfig()
	cfg.Net, cfg.Addr, cfg.User, cfg.Passwd = "tcp", addr, user, password
	cfg.DialFunc = dial
	cfg.Timeout, cfg.ReadTimeout, cfg.WriteTimeout = mysqlTimeout, mysqlTimeout, mysqlTimeout
	cfg.AllowNativePasswords, cfg.AllowCleartextPasswords, cfg.AllowOldPasswords = true, false, false
	// A login test, not a TLS check: any certificate will do.
	cfg.TLS = &tls.Config{InsecureSkipVerify: true} //nolint:gosec // login test only
	cfg.AllowFallbackToPlaintext = true
	cfg.MaxAllowedPacket = maxExchange
	cfg.Logger = &mysql.NopLogger{}
	c, err := mysql.NewConnector(cfg)
	if err != nil {
		return nil, fmt.Errorf("MySQL settings: %w", err)
	}
	return c.Connect(ctx)
}

// mysqlWhoAmI reads CURRENT_USER() and VERSION().
func mysqlWhoAmI(ctx context.Context, conn driver.Conn) (who, version string, err error) {
	q, ok := conn.(driver.QueryerContext)
	if !ok {
		return "", "", errors.New("the driver cannot query")
	}
	rows, err := q.QueryContext(ctx, "SELECT CURRENT_USER(), VERSION()", nil)
	if err != nil {
		return "", "", err
	}
	defer rows.Close()
	row := make([]driver.Value, len(rows.Columns()))
	if len(row) != 2 {
		return "", "", fmt.Errorf("%d columns, want 2", len(row))
	}
	if err := rows.Next(row); err != nil {
		return "", "", fmt.Errorf("no row: %w", err)
	}
	return clip(mysqlText(row[0])), clip(mysqlText(row[1])), nil
}

func mysqlText(v driver.Value) string {
	if b, ok := v.([]byte); ok {
		return string(b)
	}
	return fmt.Sprint(v)
}

// mysqlRefusal classifies a failed connection by the server's error
// number: access denied is a refusal, a host the server does not let in
// leaves nothing to try, a blocked host stops the tests.
func mysqlRefusal(err error) Outcome {
	var me *mysql.MySQLError
	if !errors.As(err, &me) {
		return unknownf(true, "MySQL: %w", err)
	}
	switch me.Number {
	case mysqlAccessDenied:
		return refusedWith("MySQL 1045")
	case mysqlHostNotAllowed:
		return notSent(notTestable("le serveur n'accepte pas de connexion de cet hôte (1130) / host not allowed to connect (1130): " + clip(me.Message)))
	case mysqlHostBlocked:
		return notSent(fmt.Errorf("MySQL bloque cet hôte (1129, trop d'erreurs de connexion) / the server blocks this host (1129, too many connection errors): %s", clip(me.Message)))
	}
	return unknownf(true, "MySQL error %d: %s", me.Number, clip(me.Message))
}

// boundedDial wraps dial so that a connection reads at most limit bytes.
func boundedDial(dial dialFunc, limit int64) dialFunc {
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		c, err := dial(ctx, network, addr)
		if err != nil {
			return nil, err
		}
		return &boundedConn{Conn: c, left: limit}, nil
	}
}

// boundedConn is a connection that ends (EOF) after its read budget.
type boundedConn struct {
	net.Conn
	left int64
}

func (c *boundedConn) Read(p []byte) (int, error) {
	if c.left <= 0 {
		return 0, fmt.Errorf("server sent more than %d bytes: %w", maxDriverExchange, io.ErrUnexpectedEOF)
	}
	if int64(len(p)) > c.left {
		p = p[:c.left]
	}
	n, err := c.Conn.Read(p)
	c.left -= int64(n)
	return n, err
}
