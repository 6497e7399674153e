package osdetect

import (
	"context"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"conformscan/fixtures/proc"
	"conformscan/probes"
)

// startSamba runs Debian's smbd on a free loopback port with a minimal
// configuration in dir (no share, no service started by the system) and
// returns its address.
func startSamba(t *testing.T) string {
	t.Helper()
	smbd, err := proc.Lookup("smbd", "samba", "/usr/sbin/smbd")
	proc.Need(t, err)
	return proc.ForTest(t, "smbd", func(dir string) (string, func() error, error) {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		port, err := proc.FreePort(ctx)
		if err != nil {
			return "", nil, err
		}
		conf, err := writeSambaConf(dir, port)
		if err != nil {
			return "", nil, err
		}
		p, err := proc.Start(proc.Spec{Name: "smbd", Path: smbd, Dir: dir,
			Args: []string{"--foreground", "--no-process-group", "--debug-stdout", "-s", conf}})
		if err != nil {
			return "", nil, err
		}
		addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
		if err := p.WaitReady(ctx, proc.Dial(addr)); err != nil {
			_ = p.Stop()
			return "", nil, err
		}
		return addr, p.Stop, nil
	})
}

func writeSambaConf(dir string, port int) (string, error) {
	var dirs []string
	for _, d := range []string{"private", "lock", "state", "cache", "pid", "ncalrpc"} {
		path := filepath.Join(dir, d)
		if err := os.MkdirAll(path, 0o700); err != nil {
			return "", fmt.Errorf("samba directory: %w", err)
		}
		dirs = append(dirs, path)
	}
	conf := strings.Join([]string{"[global]",
		"workgroup = CONFORMLAB", "netbios name = SMBLAB", "server role = standalone server",
		"smb ports = " + strconv.Itoa(port), "bind interfaces only = yes", "interfaces = lo",
		"private dir = " + dirs[0], "lock directory = " + dirs[1], "state directory = " + dirs[2],
		"cache directory = " + dirs[3], "pid directory = " + dirs[4], "ncalrpc dir = " + dirs[5],
		"log level = 1", "disable netbios = yes", "load printers = no", "printing = bsd",
		"printcap name = /dev/null", "disable spoolss = yes", "server min protocol = SMB2_02",
	}, "\n") + "\n"
	path := filepath.Join(dir, "smb.conf")
	if err := os.WriteFile(path, []byte(conf), 0o600); err != nil {
		return "", fmt.Errorf("smb.conf: %w", err)
	}
	return path, nil
}

// TestSMBNTLMSamba reads the NTLM CHALLENGE of a real Samba: its VERSION
// (Samba answers 6.1.0, revision 15) and its target information.
func TestSMBNTLMSamba(t *testing.T) {
	addr := startSamba(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	info, err := SMBNTLM(ctx, &probes.Env{}, addr)
	if err != nil {
		t.Fatal(err)
	}
	if info.Version == nil || info.Version.Major != 6 || info.Version.Minor != 1 || info.Version.Revision != 15 {
		t.Fatalf("version: %+v", info)
	}
	if info.NetBIOSComputer != "SMBLAB" || info.NetBIOSDomain != "SMBLAB" || info.Source != SourceSMBNTLM {
		t.Fatalf("target info: %+v", info)
	}
	o := NTLMOS(info, info.Source)
	if o == nil || o.Release != "" || o.Confidence != Weak || !strings.Contains(o.Seen, "6.1.0") {
		t.Fatalf("detection: %+v", o)
	}
	t.Logf("%s", o)
}
