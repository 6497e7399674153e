package main

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"conformscan/inputs"
	"conformscan/reports"
)

func newKeygenCmd(stdout io.Writer) *cobra.Command {
	var name string
	c := &cobra.Command{
		Use:   "keygen -o NAME",
		Short: "Make an Ed25519 key pair to sign reports: NAME (private, mode 0600) and NAME.pub",
		Example: `  conformscan keygen -o audit-key
  conformscan scan --target 192.0.2.10 --sign audit-key --output rapport.json
  conformscan verify rapport.json --pubkey audit-key.pub`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			if name == "" {
				return usage("keygen: give the key's file name with -o NAME")
			}
			return keygen(name, stdout)
		},
	}
	c.Flags().StringVarP(&name, "output", "o", "", "private key file; the public key goes to NAME.pub")
	return c
}

// keyFile is one half of a key pair.
type keyFile struct {
	path string
	data []byte
	mode fs.FileMode
}

// keygen writes the pair, refusing to overwrite either half (or anything
// at its name: a link, a folder), and leaves nothing behind when it
// refuses or fails.
func keygen(name string, stdout io.Writer) error {
	pair := []keyFile{{path: name, mode: 0o600}, {path: name + ".pub", mode: 0o644}}
	for _, k := range pair {
		if _, err := os.Lstat(k.path); err == nil {
			return usage("keygen: %s exists: choose another name or remove it first", k.path)
		} else if !errors.Is(err, fs.ErrNotExist) {
			return usage("keygen: %w", err)
		}
	}
	priv, pub, err := reports.GenerateKey()
	if err != nil {
		return failure{err}
	}
	pair[0].data, pair[1].data = priv, pub
	if err := writePair(pair); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s (private, 0600)\n%s.pub (public)\n", name, name)
	return nil
}

// writePair writes each half to a temporary file in its folder, then
// links each to its name, which fails rather than replaces an existing
// file; when a link fails, the halves already linked are removed. Where
// hard links are not supported (FAT), each half is created exclusively.
func writePair(pair []keyFile) error {
	var temps []string
	defer func() {
		for _, t := range temps {
			os.Remove(t)
		}
	}()
	for _, k := range pair {
		tmp, err := writeTemp(k)
		if err != nil {
			return err
		}
		temps = append(temps, tmp)
	}
	for i, k := range pair {
		err := os.Link(temps[i], k.path)
		if err != nil && !errors.Is(err, fs.ErrExist) {
			err = writeNew(k.path, k.data, k.mode)
		} else if err != nil {
			err = usage("keygen: %s exists: choose another name or remove it first", k.path)
		}
		if err != nil {
			for _, done := range pair[:i] {
				os.Remove(done.path)
			}
			return err
		}
	}
	return nil
}

// writeTemp writes one half to a new temporary file next to its name.
func writeTemp(k keyFile) (string, error) {
	fh, err := os.CreateTemp(filepath.Dir(k.path), "."+filepath.Base(k.path)+".*.tmp")
	if err != nil {
		return "", usage("keygen: %w: choose a folder that exists and can be written", err)
	}
	_, err = fh.Write(k.data)
	if err == nil {
		err = fh.Chmod(k.mode)
	}
	if err == nil {
		err = fh.Sync()
	}
	if cerr := fh.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(fh.Name())
		return "", failure{fmt.Errorf("keygen: writing %s: %w", k.path, err)}
	}
	return fh.Name(), nil
}

func writeNew(path string, data []byte, mode fs.FileMode) error {
	fh, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, mode)
	if errors.Is(err, fs.ErrExist) {
		return usage("keygen: %s exists: choose another name or remove it first", path)
	}
	if err != nil {
		return failure{fmt.Errorf("keygen: %w", err)}
	}
	_, err = fh.Write(data)
	if cerr := fh.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(path, mode)
	}
	if err != nil {
		os.Remove(path)
		return failure{fmt.Errorf("keygen: writing %s: %w", path, err)}
	}
	return nil
}

// loadSigningKey reads --sign before the scan.
func loadSigningKey(ctx context.Context, path string) (ed25519.PrivateKey, error) {
	if path == "" {
		return nil, nil
	}
	data, err := inputs.Read(ctx, inputs.SigningKey, path)
	if err != nil {
		return nil, inputError(ctx, err)
	}
	k, err := reports.ParsePrivateKey(data)
	if err != nil {
		return nil, usage("--sign %s: %w", path, err)
	}
	return k, nil
}

// sealReport signs the report when --sign was given.
func sealReport(rep *reports.Report, s *scanSetup) error {
	if s.signKey == nil {
		return nil
	}
	if err := reports.Sign(rep, s.signKey); err != nil {
		return failure{err}
	}
	return nil
}

func newVerifyCmd(stdout io.Writer) *cobra.Command {
	var pubPath string
	c := &cobra.Command{
		Use:   "verify REPORT.json --pubkey NAME.pub",
		Short: "Check a signed JSON report: exit 0 when intact, 1 naming what changed or when unsigned",
		Args:  cobra.ExactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			return verify(c.Context(), args[0], pubPath, stdout)
		},
	}
	c.Flags().StringVar(&pubPath, "pubkey", "", "public key file written by 'conformscan keygen' (NAME.pub)")
	return c
}

func verify(ctx context.Context, reportPath, pubPath string, stdout io.Writer) error {
	if pubPath == "" {
		return usage("verify: give the signer's public key with --pubkey NAME.pub")
	}
	pemData, err := inputs.Read(ctx, inputs.PublicKey, pubPath)
	if err != nil {
		return inputError(ctx, err)
	}
	pub, err := reports.ParsePublicKey(pemData)
	if err != nil {
		return usage("verify --pubkey %s: %w", pubPath, err)
	}
	data, err := inputs.Read(ctx, inputs.Report, reportPath)
	if err != nil {
		return inputError(ctx, err)
	}
	id, err := reports.Verify(data, pub)
	switch {
	case errors.Is(err, reports.ErrUnsigned):
		fmt.Fprintf(stdout, "%s: unsigned (no signature: scan with --sign)\n", reportPath)
		return exitError{1}
	case err != nil:
		fmt.Fprintf(stdout, "%s: INVALID: %v\n", reportPath, err)
		return exitError{1}
	}
	fmt.Fprintf(stdout, "%s: valid signature (key %s)\n", reportPath, id)
	return nil
}
