//go:build windows

package winhost

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/sys/windows"
	"golang.org/x/sys/windows/registry"
)

// Bounds of the native security steps.
const (
	auditpolTimeout   = 30 * time.Second
	securityTimeout   = 5 * time.Minute // the Windows Update search may take minutes
	maxAuditpolOutput = 1 << 20
)

// wefKey is the policy key of Windows Event Forwarding (6.5).
const wefKey = `SOFTWARE\Policies\Microsoft\Windows\EventLog\EventForwarding\SubscriptionManager`

// security returns s.Security, created when absent.
func security(s *Snapshot) *Security {
	if s.Security == nil {
		s.Security = &Security{}
	}
	return s.Security
}

// readEventForwarding reads the SubscriptionManager values (an absent key:
// none) and the WinRM service state from the services already read.
func readEventForwarding(s *Snapshot) error {
	wef := &EventForwarding{SubscriptionManagers: []string{}}
	k, err := registry.OpenKey(registry.LOCAL_MACHINE, wefKey, registry.QUERY_VALUE|registry.WOW64_64KEY)
	switch {
	case errors.Is(err, registry.ErrNotExist):
	case err != nil:
		return fmt.Errorf(`HKLM\%s: %w`, wefKey, err)
	default:
		defer k.Close()
		names, err := k.ReadValueNames(-1)
		if err != nil {
			return fmt.Errorf(`HKLM\%s: %w`, wefKey, err)
		}
		for _, n := range names {
			v, _, err := k.GetStringValue(n)
			if err != nil {
				return fmt.Errorf(`HKLM\%s value %q: %w`, wefKey, n, err)
			}
			wef.SubscriptionManagers = append(wef.SubscriptionManagers, v)
		}
	}
	for _, sv := range s.Services {
		if strings.EqualFold(sv.Name, "WinRM") {
			wef.WinRMState = sv.State
		}
	}
	security(s).EventForwarding = wef
	return nil
}

// readAuditPolicy runs 'auditpol /get /category:* /r' (read-only; needs an
// elevated prompt) and parses its CSV.
func readAuditPolicy(ctx context.Context, s *Snapshot) error {
	out, err := system32(ctx, auditpolTimeout, "auditpol.exe", "/get", "/category:*", "/r")
	if err != nil {
		return err
	}
	if len(out) > maxAuditpolOutput {
		return fmt.Errorf("auditpol: over %d bytes of output", maxAuditpolOutput)
	}
	a, err := ParseAuditpolCSV(out)
	if err != nil {
		return err
	}
	security(s).AuditPolicy = a
	return nil
}

// readSecuritySections runs security.ps1 (the script WinRM runs) through
// powershell.exe for what needs WMI or COM: Defender, Security Center,
// Windows Update, BitLocker and chassis, Windows Firewall. A script that
// did not print a complete report makes each of them a problem.
func readSecuritySections(ctx context.Context, s *Snapshot, p *problems) {
	rep, err := runSecurityScript(ctx)
	if err != nil {
		for _, src := range []string{"security.malware", "disk_encryption", "firewall"} {
			p.add(src, err)
		}
		return
	}
	s.MergeSecurity(rep)
}

func runSecurityScript(ctx context.Context) (*SecurityReport, error) {
	script, err := SecurityScript("audit", "wef")
	if err != nil {
		return nil, err
	}
	out, err := system32(ctx, securityTimeout, `WindowsPowerShell\v1.0\powershell.exe`, PowerShellArgs(script)...)
	if err != nil {
		return nil, err
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	return DecodeSecurityReport([]byte(lines[len(lines)-1]))
}

// system32 runs a program of the system folder with a deadline and
// returns its standard output.
func system32(ctx context.Context, timeout time.Duration, exe string, args ...string) ([]byte, error) {
	sys32, err := windows.GetSystemDirectory()
	if err != nil {
		return nil, fmt.Errorf("system folder: %w", err)
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, filepath.Join(sys32, exe), args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("%s (run conformscan from an elevated prompt): %w: %s", filepath.Base(exe), err, clip(stderr.String()+string(out), 300))
	}
	return out, nil
}
