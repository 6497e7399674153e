package main

import (
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/netip"
	"os"
	"time"

	"github.com/spf13/cobra"

	"conformscan/history"
	"conformscan/inputs"
	"conformscan/serve"
)

// serveFlags are serve's command line.
type serveFlags struct {
	store, listen, certFile, keyFile, certOut, users, proxyHeader string
	selfSigned                                                    bool
	proxies                                                       []string
	timeout                                                       time.Duration
}

func newServeCmd(stdout, stderr io.Writer) *cobra.Command {
	var f serveFlags
	c := &cobra.Command{
		Use:   "serve --store FILE|postgres://... [--listen 127.0.0.1:8443]",
		Short: "Serve a read-only web view of the history: overview, one run, two runs compared, one ref over time",
		Args:  cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			return runServe(c.Context(), f, stdout, stderr)
		},
	}
	fl := c.Flags()
	fl.StringVar(&f.store, "store", "", "history written by scan --store (SQLite file, postgres:// URL or key=value string); opened read-only, it must exist")
	fl.StringVar(&f.listen, "listen", "127.0.0.1:8443", "address to listen on; anything but a loopback IP needs TLS and a login")
	fl.StringVar(&f.certFile, "tls-cert", "", "TLS certificate chain (PEM)")
	fl.StringVar(&f.keyFile, "tls-key", "", "TLS private key (PEM)")
	fl.BoolVar(&f.selfSigned, "tls-self-signed", false, "serve TLS with a fresh ECDSA P-256 certificate; its SHA-256 fingerprint is printed")
	fl.StringVar(&f.certOut, "tls-cert-out", "", "with --tls-self-signed, write the certificate (PEM) there, for clients' --ca")
	fl.StringVar(&f.users, "users", "", "file of login:bcrypt-hash lines (htpasswd -nB); readers must log in (HTTP Basic)")
	fl.StringVar(&f.proxyHeader, "trust-proxy-header", "", "header in which an authenticating reverse proxy names the reader (e.g. X-Remote-User)")
	fl.StringSliceVar(&f.proxies, "trusted-proxy", nil, "CIDR of the reverse proxy whose --trust-proxy-header is believed (repeatable)")
	fl.DurationVar(&f.timeout, "timeout", serve.DefaultTimeout, "bound of each request")
	return c
}

// serveAuth reads the login settings.
func serveAuth(f serveFlags) (serve.Auth, error) {
	a := serve.Auth{ProxyHeader: f.proxyHeader}
	for _, p := range f.proxies {
		pfx, err := netip.ParsePrefix(p)
		if err != nil {
			return a, usage("--trusted-proxy %q: give a CIDR (192.0.2.10/32): %w", p, err)
		}
		a.TrustedProxies = append(a.TrustedProxies, pfx.Masked())
	}
	if f.users != "" {
		data, err := inputs.Read(context.Background(), inputs.ServeUsers, f.users)
		if err != nil {
			return a, usageError{err}
		}
		if a.Users, err = serve.ParseUsers(data); err != nil {
			return a, usage("--users %s: %w", f.users, err)
		}
	}
	return a, nil
}

// serveTLS reads or makes the certificate; nil without TLS.
func serveTLS(f serveFlags, stderr io.Writer) (*tls.Config, error) {
	switch {
	case f.selfSigned && (f.certFile != "" || f.keyFile != ""):
		return nil, usage("give either --tls-self-signed or --tls-cert and --tls-key")
	case f.certOut != "" && !f.selfSigned:
		return nil, usage("--tls-cert-out goes with --tls-self-signed")
	case (f.certFile == "") != (f.keyFile == ""):
		return nil, usage("--tls-cert and --tls-key go together")
	case f.certFile != "":
		cert, err := loadServeCert(f.certFile, f.keyFile)
		if err != nil {
			return nil, usage("--tls-cert/--tls-key: %w", err)
		}
		return serve.TLSConfig(cert), nil
	case !f.selfSigned:
		return nil, nil
	}
	host, _, _ := net.SplitHostPort(f.listen)
	cert, certPEM, fp, err := serve.SelfSigned(time.Now(), []string{host, "localhost", "127.0.0.1", "::1"})
	if err != nil {
		return nil, failure{err}
	}
	if f.certOut != "" {
		if err := writeCertOut(f.certOut, certPEM); err != nil {
			return nil, err
		}
	}
	fmt.Fprintf(stderr, "TLS certificate SHA-256 fingerprint: %s\n", fp)
	return serve.TLSConfig(cert), nil
}

// loadServeCert reads --tls-cert and --tls-key through the one reader of
// user files.
func loadServeCert(certFile, keyFile string) (tls.Certificate, error) {
	certPEM, err := inputs.Read(context.Background(), inputs.ServeTLSCert, certFile)
	if err != nil {
		return tls.Certificate{}, err
	}
	keyPEM, err := inputs.Read(context.Background(), inputs.ServeTLSKey, keyFile)
	if err != nil {
		return tls.Certificate{}, err
	}
	return tls.X509KeyPair(certPEM, keyPEM)
}

// writeCertOut writes the self-generated certificate; it replaces only a
// certificate (the one of a previous start), never another file.
func writeCertOut(path string, certPEM []byte) error {
	old, err := os.ReadFile(path)
	if err == nil && !bytes.HasPrefix(old, []byte("-----BEGIN CERTIFICATE-----")) {
		return usage("--tls-cert-out %s exists and is not a certificate: choose another name", path)
	}
	if err := os.WriteFile(path, certPEM, 0o644); err != nil {
		return usage("--tls-cert-out: %w", err)
	}
	return nil
}

func runServe(ctx context.Context, f serveFlags, stdout, stderr io.Writer) error {
	if f.store == "" {
		return usage("serve: give the history with --store FILE or --store postgres://... (the one given to scan --store)")
	}
	auth, err := serveAuth(f)
	if err != nil {
		return err
	}
	tlsConf, err := serveTLS(f, stderr)
	if err != nil {
		return err
	}
	if err := serve.CheckListen(f.listen, tlsConf != nil, auth); err != nil {
		return usageError{err}
	}
	s, err := history.OpenReadOnly(ctx, f.store)
	if err != nil {
		return usageError{err}
	}
	defer s.Close()
	h, err := serve.Warm(ctx, serve.Options{Store: s, TLS: tlsConf != nil, Auth: auth, Timeout: f.timeout})
	if err != nil {
		return failure{err}
	}
	return listenAndServe(ctx, f.listen, h, tlsConf, stdout, stderr)
}

// listenAndServe serves until ctx ends, then shuts down gracefully.
func listenAndServe(ctx context.Context, addr string, h http.Handler, tlsConf *tls.Config, stdout, stderr io.Writer) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return usage("--listen %s: %w", addr, err)
	}
	scheme := "http"
	if tlsConf != nil {
		ln, scheme = tls.NewListener(ln, tlsConf), "https"
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
		WriteTimeout: 2 * time.Minute, IdleTimeout: time.Minute, MaxHeaderBytes: 64 << 10,
		ErrorLog: log.New(stderr, "serve: ", log.LstdFlags)}
	fmt.Fprintf(stdout, "serving %s://%s/\n", scheme, ln.Addr())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return failure{err}
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return failure{err}
	}
	if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return failure{err}
	}
	return nil
}
