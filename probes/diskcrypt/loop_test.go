package diskcrypt

import (
	"context"
	"crypto/rand"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"conformscan/fixtures/proc"
	"conformscan/probes/hostaccess"
)

// realHost is the machine itself, except the files the test replaces:
// the mount table shows only the test's volume, mounted as the root, and
// the chassis is a notebook. Every sysfs read is real.
type realHost struct {
	hostaccess.Local
	files map[string]string
}

func (h realHost) ReadFile(ctx context.Context, p string, max int64) ([]byte, error) {
	if c, ok := h.files[p]; ok {
		return []byte(c), nil
	}
	return h.Local.ReadFile(ctx, p, max)
}

func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v: %s", name, strings.Join(args, " "), err, out)
	}
	return strings.TrimSpace(string(out))
}

func need(t *testing.T, progs ...string) {
	t.Helper()
	if os.Geteuid() != 0 {
		proc.Need(t, errors.New("needs root: loop devices and mounts"))
	}
	for _, p := range progs {
		_, err := exec.LookPath(p)
		proc.Need(t, err)
	}
}

// loopDevice attaches a new file of 32 MiB to a loop device, detached
// when the test ends (even on failure).
func loopDevice(t *testing.T, dir string) string {
	t.Helper()
	img := filepath.Join(dir, "disk.img")
	if err := os.WriteFile(img, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(img, 32<<20); err != nil {
		t.Fatal(err)
	}
	dev := run(t, "losetup", "--find", "--show", img)
	t.Cleanup(func() { _ = exec.Command("losetup", "-d", dev).Run() })
	return dev
}

// mountAsRoot mounts dev under dir (unmounted when the test ends) and
// returns a host whose mount table is that mount, at "/".
func mountAsRoot(t *testing.T, dev, dir string) realHost {
	t.Helper()
	run(t, "mkfs.ext4", "-q", dev)
	mnt := filepath.Join(dir, "mnt")
	if err := os.Mkdir(mnt, 0o755); err != nil {
		t.Fatal(err)
	}
	run(t, "mount", dev, mnt)
	t.Cleanup(func() { _ = exec.Command("umount", mnt).Run() })
	b, err := os.ReadFile(mountinfoPath)
	if err != nil {
		t.Fatal(err)
	}
	line := ""
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) > 5 && f[4] == mnt {
			f[4] = "/"
			line = strings.Join(f, " ") + "\n"
		}
	}
	if line == "" {
		t.Fatalf("%s not in %s", mnt, mountinfoPath)
	}
	return realHost{files: map[string]string{mountinfoPath: line, chassisPath: "10\n", swapsPath: "Filename Type Size Used Priority\n"}}
}

// A real ext4 on a real loop device, no dm-crypt: the probe follows the
// real sysfs and names the device unencrypted.
func TestRealPlainLoop(t *testing.T) {
	need(t, "losetup", "mkfs.ext4", "mount")
	dir := t.TempDir()
	dev := loopDevice(t, dir)
	f := collect(t, mountAsRoot(t, dev, dir))
	if len(f.Volumes) != 1 || f.Volumes[0].State != Unencrypted || f.Volumes[0].Device != dev ||
		!strings.Contains(f.Volumes[0].How, dev+": no dm-crypt layer") || len(f.Unread) != 0 {
		t.Fatalf("facts %+v", f)
	}
}

// A real LUKS2 volume on a loop device, opened, formatted and mounted:
// the probe finds CRYPT-LUKS2 in the real sysfs chain. Needs a kernel
// with device-mapper and dm-crypt.
func TestRealLUKSLoop(t *testing.T) {
	need(t, "losetup", "mkfs.ext4", "mount", "cryptsetup")
	if misc, err := os.ReadFile("/proc/misc"); err != nil || !strings.Contains(string(misc), "device-mapper") {
		t.Skip("this kernel has no device-mapper (not in /proc/misc): dm-crypt cannot be opened here")
	}
	dir := t.TempDir()
	dev := loopDevice(t, dir)
	key := filepath.Join(dir, "key")
	k := make([]byte, 32)
	_, _ = rand.Read(k)
	if err := os.WriteFile(key, k, 0o600); err != nil {
		t.Fatal(err)
	}
	run(t, "cryptsetup", "luksFormat", "--type", "luks2", "--pbkdf", "pbkdf2", "--pbkdf-force-iterations", "1000",
		"--batch-mode", "--key-file", key, dev)
	name := "conformscan-test-" + filepath.Base(dev)
	run(t, "cryptsetup", "open", "--key-file", key, dev, name)
	t.Cleanup(func() { _ = exec.Command("cryptsetup", "close", name).Run() })
	f := collect(t, mountAsRoot(t, "/dev/mapper/"+name, dir))
	if len(f.Volumes) != 1 || f.Volumes[0].State != Encrypted || !strings.Contains(f.Volumes[0].How, "LUKS2") ||
		!strings.Contains(f.Volumes[0].How, name) || len(f.Unread) != 0 {
		t.Fatalf("facts %+v", f)
	}
}
