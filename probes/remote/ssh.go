package remote

import (
	"bufio"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"

	"golang.org/x/crypto/ssh"
)

// SSHMethodsNotMeasured is the detail of an SSH endpoint under --safe.
const SSHMethodsNotMeasured = "authentication methods not measured: --safe sends no authentication request"

// errStop ends the SSH authentication once the server listed its methods.
var errStop = errors.New("authentication methods recorded")

// probeSSH reads the banner and asks for the authentication methods with
// a "none" request: no password nor key is ever sent. Under --safe it
// sends no authentication request at all (fail2ban counts a "none"
// request): the methods are then not measured.
func probeSSH(x exchange, f *Facts) error {
	f.Auth, f.Identified = AuthPassword, x.port != nil && strings.HasPrefix(x.port.Banner, "SSH-")
	if f.Identified {
		f.Protocol = x.port.Banner
	}
	if x.safe {
		f.Details = append(f.Details, SSHMethodsNotMeasured)
		return nil
	}
	c, err := x.conn()
	if err != nil {
		return err
	}
	defer c.Close()
	var methods []string
	cfg := &ssh.ClientConfig{
		User:            "conformscan",
		HostKeyCallback: ssh.InsecureIgnoreHostKey(), // nothing secret is sent: no host to trust
		AuthCallback: func(ac *ssh.ClientAuthContext) (ssh.AuthMethod, error) {
			methods = ac.AllowedMethods
			return nil, errStop
		},
		BannerCallback: func(string) error { return nil },
	}
	sc, _, _, err := ssh.NewClientConn(c, x.addr, cfg)
	if sc != nil {
		sc.Close()
	}
	if methods != nil {
		f.Identified = true
		f.Details = append(f.Details, "authentication methods offered: "+strings.Join(methods, ", "))
		if !containsStr(methods, "password") && !containsStr(methods, "keyboard-interactive") {
			f.Details = append(f.Details, "no password authentication offered")
		}
		return nil
	}
	if err == nil {
		f.Auth = AuthNone
		f.Details = append(f.Details, "session opened without any authentication")
		return nil
	}
	return fmt.Errorf("SSH handshake: %w", err)
}

// probeTelnet records Telnet as discovery saw it: a login in clear.
func probeTelnet(x exchange, f *Facts) error {
	f.Auth, f.Cleartext = AuthPassword, true
	if x.port != nil && x.port.ServiceFrom != "port" {
		f.Identified, f.Protocol = true, x.port.Banner
	}
	return nil
}

// probeWinRM posts an empty request to /wsman, over TLS on 5986, and reads
// the status line and the authentication schemes offered.
func probeWinRM(x exchange, f *Facts) error {
	c, err := x.connTLS(x.port != nil && (x.port.Port == 5986 || x.port.TLSSeen != nil))
	if err != nil {
		return err
	}
	defer c.Close()
	req := "POST /wsman HTTP/1.1\r\nHost: " + x.addr + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
	if _, err := io.WriteString(c, req); err != nil {
		return fmt.Errorf("sending the WinRM request: %w", err)
	}
	resp, err := http.ReadResponse(bufio.NewReader(io.LimitReader(c, maxRead*4)), nil)
	if err != nil {
		return fmt.Errorf("reading the WinRM answer: %w", err)
	}
	resp.Body.Close()
	return judgeWinRM(resp, c, f)
}

// judgeWinRM reads the answer to POST /wsman. WinRM over plain HTTP
// (5985) is never taken as encrypted: its message-level encryption
// depends on the client's choice of scheme. An answer that is neither a
// Windows HTTP API nor an authentication challenge is not known WinRM.
func judgeWinRM(resp *http.Response, c net.Conn, f *Facts) error {
	_, tlsOn := c.(*tls.Conn)
	schemes := resp.Header.Values("WWW-Authenticate")
	server := resp.Header.Get("Server")
	f.Protocol = fmt.Sprintf("HTTP %d %s", resp.StatusCode, printable([]byte(server), 100))
	f.Identified = strings.Contains(server, "Microsoft-HTTPAPI") || len(schemes) > 0
	f.Auth = AuthPassword
	if resp.StatusCode/100 == 2 {
		f.Auth = AuthNone
	}
	if !tlsOn {
		f.Cleartext = true
		f.Details = append(f.Details, "WinRM over plain HTTP: not encrypted by TLS")
	}
	f.Details = append(f.Details, "authentication schemes: "+strings.Join(schemes, ", "))
	if !f.Identified {
		f.Auth = AuthUnknown
		return fmt.Errorf("HTTP %d without a Windows HTTP API server nor an authentication challenge: not recognised as WinRM", resp.StatusCode)
	}
	return nil
}
