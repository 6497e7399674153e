package creds

import (
	"context"
	"crypto/tls"
	"database/sql/driver"
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"

	mssql "github.com/microsoft/go-mssqldb"
	"github.com/microsoft/go-mssqldb/msdsn"
)

// SQL Server bounds and answers.
const (
	mssqlMaxRead     = 1 << 20
	mssqlLoginFailed = 18456
)

// mssqlService tries SQL logins (sa...) on SQL Server.
func mssqlService() service {
	return service{name: "mssql", display: "SQL Server", discovered: []string{"mssql"},
		login: func(_ context.Context, t *target) (loginFunc, error) { return mssqlLogin(t.dial, t.addr), nil }}
}

// mssqlLogin tries one SQL login on one fresh connection (encryption as
// the server offers it, the certificate not checked: a login test);
// error 18456 is a refusal; a login is confirmed by SELECT @@VERSION.
func mssqlLogin(dial dialFunc, addr string) loginFunc {
	return func(ctx context.Context, user, password string) (o Outcome) {
		defer func() {
			if p := recover(); p != nil {
				o = unknownf(true, "SQL Server client failed on the server's answer: %v", p)
			}
		}()
		cfg, err := mssqlConfig(addr, user, password)
		if err != nil {
			return notSent(err)
		}
		d := &mssqlDialer{ctx: ctx, dial: dial, addr: addr, host: cfg.Host}
		defer d.close()
		connector := mssql.NewConnectorConfig(cfg)
		connector.Dialer = d
		conn, err := connector.Connect(ctx)
		if err != nil {
			return mssqlRefusal(err)
		}
		defer conn.Close()
		version, err := mssqlVersion(ctx, conn)
		if err != nil {
			return unknownf(true, "logged in, but SELECT @@VERSION failed (not counted as a finding): %w", err)
		}
		return accepted("SELECT @@VERSION répond (" + version + ") / SELECT @@VERSION answered (" + version + ")")
	}
}

// mssqlConfig builds the driver's configuration in code: no connection
// string that could carry the password into an error.
func mssqlConfig(addr, user, password string) (msdsn.Config, error) {
	host, portS, err := net.SplitHostPort(addr)
	if err != nil {
		return msdsn.Config{}, fmt.Errorf("SQL Server address %q: %w", addr, err)
	}
	port, err := strconv.ParseUint(portS, 10, 16)
	if err != nil {
		return msdsn.Config{}, fmt.Errorf("SQL Server port %q: %w", portS, err)
	}
	return msdsn.Config{
		Host: host, Port: port, User: user, Password: password,
		Encryption:   msdsn.EncryptionOff,
		TLSConfig:    &tls.Config{InsecureSkipVerify: true, ServerName: host}, // a login test, not a certificate check
		AppName:      "conformscan",
		DisableRetry: true,
		DialTimeout:  tryTimeout,
		ConnTimeout:  tryTimeout,
		Protocols:    []string{"tcp"},
		Parameters:   map[string]string{},
	}, nil
}

// mssqlRefusal: login failed (18456) is a clean refusal; anything else
// could not be judged (the driver does not tell whether LOGIN7 went out:
// counted as sent).
func mssqlRefusal(err error) Outcome {
	var se mssql.Error
	if errors.As(err, &se) && se.Number == mssqlLoginFailed {
		return refusedWith("SQL Server 18456")
	}
	return unknownf(true, "SQL Server login: %w", err)
}

// mssqlVersion runs SELECT @@VERSION and returns its first line.
func mssqlVersion(ctx context.Context, conn driver.Conn) (string, error) {
	pc, ok := conn.(driver.ConnPrepareContext)
	if !ok {
		return "", errors.New("driver without PrepareContext")
	}
	stmt, err := pc.PrepareContext(ctx, "SELECT @@VERSION")
	if err != nil {
		return "", err
	}
	defer stmt.Close()
	sq, ok := stmt.(driver.StmtQueryContext)
	if !ok {
		return "", errors.New("driver without QueryContext")
	}
	rows, err := sq.QueryContext(ctx, nil)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	dest := make([]driver.Value, len(rows.Columns()))
	if len(dest) != 1 {
		return "", fmt.Errorf("SELECT @@VERSION returned %d columns", len(dest))
	}
	if err := rows.Next(dest); err != nil {
		return "", fmt.Errorf("reading SELECT @@VERSION: %w", err)
	}
	v, ok := dest[0].(string)
	if !ok {
		return "", fmt.Errorf("SELECT @@VERSION returned a %T", dest[0])
	}
	first, _, _ := strings.Cut(v, "\n")
	return clip(strings.TrimSpace(first)), nil
}

// mssqlDialer dials only the endpoint under test (never a server the
// answer routes to), through the probe's dialer, with bounded reads, the
// context's deadline, and closes what it opened.
type mssqlDialer struct {
	// ctx is the try's: the connection outlives the driver's dial context.
	ctx   context.Context
	dial  dialFunc
	addr  string
	host  string
	dones []func()
}

// HostName makes the driver leave name resolution to the dialer.
func (d *mssqlDialer) HostName() string { return d.host }

func (d *mssqlDialer) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	if addr != d.addr {
		return nil, fmt.Errorf("SQL Server asked for %s: only %s is tested", addr, d.addr)
	}
	conn, err := d.dial(ctx, network, addr)
	if err != nil {
		return nil, fmt.Errorf("connect: %w", err)
	}
	capped, done := capConn(d.ctx, conn, mssqlMaxRead)
	d.dones = append(d.dones, done)
	return capped, nil
}

func (d *mssqlDialer) close() {
	for _, done := range d.dones {
		done()
	}
}
