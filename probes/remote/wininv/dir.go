package wininv

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"conformscan/inputs"
)

// Exports are what a folder of Windows exports lists.
type Exports struct {
	// Programs are the installed programs ("TeamViewer 15.48.5").
	Programs []string
	// Services are the service names, Processes the image names.
	Services, Processes []string
	// Read lists the files read, Skipped the files not recognised.
	Read, Skipped []string
}

// ReadDir reads a folder of exports: *.reg (Uninstall keys), *.csv
// (tasklist /fo csv when it has an "Image Name" column, otherwise a
// services list with a Name or SERVICE_NAME column) and *.txt ('sc query'
// output). Subfolders are not read. A file that cannot be read whole (too
// large, unreadable, binary, a FIFO or a device) is an error naming it:
// an inventory missing a file would hide a tool.
func ReadDir(ctx context.Context, dir string) (*Exports, error) {
	ex := &Exports{}
	skipped, err := inputs.Walk(ctx, inputs.WindowsInventory, dir, func(path string, data []byte) error {
		if !ex.add(strings.ToLower(filepath.Ext(path)), data) {
			ex.Skipped = append(ex.Skipped, path)
			return nil
		}
		ex.Read = append(ex.Read, path)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(skipped) > 0 {
		return nil, fmt.Errorf("%s: %s (%s): move it out of the folder or export it again", dir, skipped[0].Path, skipped[0].Reason)
	}
	sort.Strings(ex.Read)
	ex.Programs, ex.Services, ex.Processes = unique(ex.Programs), unique(ex.Services), unique(ex.Processes)
	if len(ex.Read) == 0 {
		return nil, fmt.Errorf("%s: no Windows export found (*.reg of the Uninstall keys, services or tasklist *.csv, sc query *.txt)", dir)
	}
	return ex, nil
}

// add parses one export by its extension and content; false when it is
// not one.
func (ex *Exports) add(ext string, data []byte) bool {
	switch ext {
	case ".reg":
		p := ParseUninstallReg(data)
		ex.Programs = append(ex.Programs, p...)
		return len(p) > 0
	case ".csv":
		if p := ParseCSVColumn(data, "Image Name"); len(p) > 0 {
			ex.Processes = append(ex.Processes, p...)
			return true
		}
		s := ParseCSVColumn(data, "Name", "SERVICE_NAME")
		ex.Services = append(ex.Services, s...)
		return len(s) > 0
	case ".txt":
		s := ParseScQuery(data)
		ex.Services = append(ex.Services, s...)
		return len(s) > 0
	}
	return false
}

// unique drops repeated values (a service in both the CSV and sc query),
// keeping the first occurrence's order.
func unique(s []string) []string {
	seen := map[string]bool{}
	out := s[:0]
	for _, v := range s {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}
