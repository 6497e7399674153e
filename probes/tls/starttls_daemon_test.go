package tlsprobe

import (
	"context"
	"crypto/rsa"
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// daemonBinary returns the path of a daemon; it skips only when the binary
// is missing and CI is unset.
func daemonBinary(t *testing.T, name string) string {
	t.Helper()
	for _, p := range []string{"/usr/sbin/" + name, "/usr/bin/" + name} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	if p, err := exec.LookPath(name); err == nil {
		return p
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is not installed (required in CI: apt-get install the Debian package)", name)
	}
	t.Skipf("%s is not installed", name)
	return ""
}

// daemonFreePort returns a free TCP port on 127.0.0.1.
func daemonFreePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// daemonCertFiles writes an RSA-2048 self-signed certificate and its key.
func daemonCertFiles(t *testing.T, dir string) (certPath, keyPath string) {
	t.Helper()
	c := pkiIssue(t, pkiOpts{cn: "localhost", dns: []string{"localhost"}, key: pkiKey(t, "rsa2048"), notBefore: time.Now().Add(-time.Hour)}, nil)
	certPath, keyPath = filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	if err := os.WriteFile(certPath, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: c.der}), 0o600); err != nil {
		t.Fatal(err)
	}
	kb := x509.MarshalPKCS1PrivateKey(c.key.(*rsa.PrivateKey))
	if err := os.WriteFile(keyPath, pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: kb}), 0o600); err != nil {
		t.Fatal(err)
	}
	return certPath, keyPath
}

// startDaemon runs argv in the foreground, waits until addr accepts
// connections and stops it in Cleanup.
func startDaemon(t *testing.T, dir, addr string, argv ...string) {
	t.Helper()
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Dir = dir
	logf, err := os.Create(filepath.Join(dir, "daemon.log"))
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		<-exited
		logf.Close()
	})
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case err := <-exited:
			log, _ := os.ReadFile(filepath.Join(dir, "daemon.log"))
			t.Fatalf("%s exited early (%v): %s", argv[0], err, log)
		default:
		}
		if c, err := net.DialTimeout("tcp", addr, 200*time.Millisecond); err == nil {
			c.Close()
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("%s did not listen on %s within 10s", argv[0], addr)
}

// upgradeAndHandshake dials addr, runs startTLS and a TLS handshake.
func upgradeAndHandshake(t *testing.T, addr, proto string) (*tls.ConnectionState, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	conn, err := (&net.Dialer{}).DialContext(ctx, "tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if err := startTLS(ctx, conn, proto); err != nil {
		return nil, err
	}
	tc := tls.Client(conn, &tls.Config{InsecureSkipVerify: true, ServerName: "localhost"})
	if err := tc.HandshakeContext(ctx); err != nil {
		return nil, fmt.Errorf("handshake after upgrade: %w", err)
	}
	st := tc.ConnectionState()
	return &st, nil
}

func vsftpdConf(dir string, port int, ssl bool, certPath, keyPath string) string {
	empty := filepath.Join(dir, "empty")
	_ = os.MkdirAll(empty, 0o755)
	conf := fmt.Sprintf(`listen=YES
listen_ipv6=NO
listen_address=127.0.0.1
listen_port=%d
background=NO
anonymous_enable=YES
anon_root=%s
local_enable=NO
write_enable=NO
secure_chroot_dir=%s
seccomp_sandbox=NO
xferlog_enable=NO
vsftpd_log_file=%s
`, port, empty, empty, filepath.Join(dir, "vsftpd.log"))
	if ssl {
		conf += fmt.Sprintf("ssl_enable=YES\nallow_anon_ssl=YES\nrsa_cert_file=%s\nrsa_private_key_file=%s\n", certPath, keyPath)
	} else {
		conf += "ssl_enable=NO\n"
	}
	path := filepath.Join(dir, "vsftpd.conf")
	_ = os.WriteFile(path, []byte(conf), 0o600)
	return path
}

func TestStartTLSVsftpd(t *testing.T) {
	bin := daemonBinary(t, "vsftpd")
	t.Run("AUTH TLS", func(t *testing.T) {
		dir := t.TempDir()
		certPath, keyPath := daemonCertFiles(t, dir)
		port := daemonFreePort(t)
		addr := fmt.Sprintf("127.0.0.1:%d", port)
		startDaemon(t, dir, addr, bin, vsftpdConf(dir, port, true, certPath, keyPath))
		st, err := upgradeAndHandshake(t, addr, "ftp")
		if err != nil {
			t.Fatal(err)
		}
		if len(st.PeerCertificates) != 1 || st.PeerCertificates[0].Subject.CommonName != "localhost" {
			t.Errorf("unexpected peer certificates %v", st.PeerCertificates)
		}
	})
	t.Run("no TLS", func(t *testing.T) {
		dir := t.TempDir()
		port := daemonFreePort(t)
		addr := fmt.Sprintf("127.0.0.1:%d", port)
		startDaemon(t, dir, addr, bin, vsftpdConf(dir, port, false, "", ""))
		_, err := upgradeAndHandshake(t, addr, "ftp")
		if !errors.Is(err, ErrStartTLSNotOffered) {
			t.Fatalf("error = %v, want ErrStartTLSNotOffered", err)
		}
	})
}

func slapdConf(dir, certPath, keyPath string) string {
	conf := fmt.Sprintf("include /etc/ldap/schema/core.schema\npidfile %s\nargsfile %s\n",
		filepath.Join(dir, "slapd.pid"), filepath.Join(dir, "slapd.args"))
	if certPath != "" {
		conf += fmt.Sprintf("TLSCertificateFile %s\nTLSCertificateKeyFile %s\n", certPath, keyPath)
	}
	path := filepath.Join(dir, "slapd.conf")
	_ = os.WriteFile(path, []byte(conf), 0o600)
	return path
}

func TestStartTLSSlapd(t *testing.T) {
	bin := daemonBinary(t, "slapd")
	for _, withTLS := range []bool{true, false} {
		t.Run(fmt.Sprintf("tls=%v", withTLS), func(t *testing.T) {
			dir := t.TempDir()
			var certPath, keyPath string
			if withTLS {
				certPath, keyPath = daemonCertFiles(t, dir)
			}
			port := daemonFreePort(t)
			addr := fmt.Sprintf("127.0.0.1:%d", port)
			startDaemon(t, dir, addr, bin, "-d", "0", "-h", "ldap://"+addr+"/", "-f", slapdConf(dir, certPath, keyPath))
			st, err := upgradeAndHandshake(t, addr, "ldap")
			if withTLS {
				if err != nil {
					t.Fatal(err)
				}
				if st.Version < tls.VersionTLS12 {
					t.Errorf("negotiated %x", st.Version)
				}
				return
			}
			if !errors.Is(err, ErrStartTLSNotOffered) || !strings.Contains(err.Error(), "result 2 ") {
				t.Fatalf("error = %v, want ErrStartTLSNotOffered with result 2 (unsupported extended operation)", err)
			}
		})
	}
}
