package remote

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/spf13/pflag"

	"conformscan/inputs"
	"conformscan/probes/remote/wininv"
)

// MatchWindows matches Windows exports against the catalogue: programs
// (DisplayName), services (Name) and processes (Image Name).
func MatchWindows(programs, services, processes []string) ([]Found, error) {
	cat, err := Catalogue()
	if err != nil {
		return nil, err
	}
	m := newMatcher(cat)
	inv := &Inventory{}
	for _, p := range programs {
		inv.found(m.program(p, cat), "program", p)
	}
	for _, s := range services {
		inv.found(m.service(s), "service", s)
	}
	for _, p := range processes {
		inv.found(m.exec(p), "process", p)
	}
	return inv.Tools, nil
}

// program matches an installed program's display name against the tools'
// names ("TeamViewer 15.48.5" is TeamViewer).
func (m matcher) program(display string, cat []Tool) string {
	d := strings.ToLower(display)
	best := ""
	for _, t := range cat {
		n := strings.ToLower(t.Name)
		if len(n) >= 4 && (d == n || strings.HasPrefix(d, n+" ")) && len(n) > len(best) {
			best = t.Name
		}
	}
	return best
}

// WindowsInventory builds the local inventory from a folder of Windows
// exports: programs as packages, services as units, tasklist's images as
// processes, and the catalogue's tools found in them. The folder's name
// stands for the machine's (name it after the host).
func WindowsInventory(dir string, ex *wininv.Exports) (*Inventory, error) {
	tools, err := MatchWindows(ex.Programs, ex.Services, ex.Processes)
	if err != nil {
		return nil, err
	}
	inv := &Inventory{Hostname: filepath.Base(filepath.Clean(dir)), Packages: nonNil(ex.Programs),
		Processes: nonNil(ex.Processes), Units: nonNil(ex.Services), Listening: []Listener{}, Tools: nonNil(tools),
		Read: append([]string{}, ex.Read...)}
	for _, s := range ex.Skipped {
		inv.Problems = append(inv.Problems, s+": not a Windows export conformscan reads")
	}
	return inv, nil
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// LocalFlags are the local inventory's options.
type LocalFlags struct {
	// WindowsInventory is a folder of Windows exports read instead of
	// this machine.
	WindowsInventory string
	// exports is WindowsInventory read by Validate.
	exports *wininv.Exports
}

// Register adds --windows-inventory.
func (f *LocalFlags) Register(fs *pflag.FlagSet) {
	fs.StringVar(&f.WindowsInventory, "windows-inventory", "", "folder of a Windows machine's exports (reg export of the Uninstall keys as .reg, services or 'tasklist /fo csv' as .csv, 'sc query' as .txt) read as the local inventory instead of this machine; name the folder after the host")
}

// Validate reads --windows-inventory.
func (f *LocalFlags) Validate(ctx context.Context) error {
	if f.WindowsInventory == "" {
		return nil
	}
	ex, err := wininv.ReadDir(ctx, f.WindowsInventory)
	var ie *inputs.Error
	if errors.As(err, &ie) {
		return err
	}
	if err != nil {
		return fmt.Errorf("--windows-inventory: %w", err)
	}
	f.exports = ex
	return nil
}
