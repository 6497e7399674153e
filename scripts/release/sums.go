package main

import (
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	cdx "github.com/CycloneDX/cyclonedx-go"
	"github.com/CycloneDX/cyclonedx-gomod/pkg/generate/bin"
	"github.com/google/uuid"
	"github.com/rs/zerolog"

	"conformscan/reports"
)

// writeSBOMs writes a CycloneDX SBOM (JSON) per binary, from the module
// list Go embeds in it; serial number and timestamp are derived from the
// binary and SOURCE_DATE_EPOCH so that the file is reproducible.
func writeSBOMs(c config, bins []binary, _ *docSet, _ string) ([]string, error) {
	if c.skipSBOM {
		return nil, nil
	}
	var outs []string
	for _, b := range bins {
		g, err := bin.NewGenerator(b.path, bin.WithVersionOverride("v"+c.version), bin.WithLogger(zerolog.Nop()))
		if err != nil {
			return nil, err
		}
		bom, err := g.Generate()
		if err != nil {
			return nil, fmt.Errorf("SBOM of %s: %w", b.path, err)
		}
		data, err := os.ReadFile(b.path)
		if err != nil {
			return nil, err
		}
		bom.SerialNumber = uuid.NewSHA1(uuid.NameSpaceURL, data).URN()
		if bom.Metadata == nil {
			bom.Metadata = &cdx.Metadata{}
		}
		bom.Metadata.Timestamp = c.epoch.Format("2006-01-02T15:04:05Z")
		var buf bytes.Buffer
		if err := cdx.NewBOMEncoder(&buf, cdx.BOMFileFormatJSON).SetPretty(true).Encode(bom); err != nil {
			return nil, err
		}
		name := fmt.Sprintf("conformscan_%s_%s_%s.cdx.json", c.version, b.goos, b.goarch)
		if err := os.WriteFile(filepath.Join(c.dist, name), buf.Bytes(), 0o644); err != nil {
			return nil, err
		}
		outs = append(outs, name)
	}
	return outs, nil
}

// writeSums writes SHA256SUMS (sha256sum -c format) over every output and
// the raw binaries, then SHA256SUMS.sig: the raw 64-byte Ed25519 signature
// of SHA256SUMS with the key made by 'conformscan keygen' (verifiable with
// openssl pkeyutl -verify -pubin -inkey KEY.pub -rawin -in SHA256SUMS
// -sigfile SHA256SUMS.sig), and the public key next to them.
func writeSums(c config, outputs []string) error {
	bins, err := findBinaries(c.dist)
	if err != nil {
		return err
	}
	for _, b := range bins {
		outputs = append(outputs, filepath.Base(b.path))
	}
	sort.Strings(outputs)
	var sums bytes.Buffer
	for _, name := range outputs {
		data, err := os.ReadFile(filepath.Join(c.dist, name))
		if err != nil {
			return err
		}
		sum := sha256.Sum256(data)
		fmt.Fprintf(&sums, "%s  %s\n", hex.EncodeToString(sum[:]), name)
	}
	if err := os.WriteFile(filepath.Join(c.dist, "SHA256SUMS"), sums.Bytes(), 0o644); err != nil {
		return err
	}
	if c.key == "" {
		fmt.Fprintln(os.Stderr, "release: no -key: SHA256SUMS is not signed")
		return nil
	}
	pemData, err := os.ReadFile(c.key)
	if err != nil {
		return err
	}
	priv, err := reports.ParsePrivateKey(pemData)
	if err != nil {
		return fmt.Errorf("-key %s: %w", c.key, err)
	}
	sig := ed25519.Sign(priv, sums.Bytes())
	if err := os.WriteFile(filepath.Join(c.dist, "SHA256SUMS.sig"), sig, 0o644); err != nil {
		return err
	}
	pub, err := os.ReadFile(c.key + ".pub")
	if err != nil {
		return fmt.Errorf("the public key next to -key: %w", err)
	}
	if _, err := reports.ParsePublicKey(pub); err != nil {
		return fmt.Errorf("%s.pub: %w", c.key, err)
	}
	return os.WriteFile(filepath.Join(c.dist, "conformscan-release.pub"), pub, 0o644)
}
