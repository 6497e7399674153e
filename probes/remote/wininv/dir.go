package wininv

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// maxExport bounds one export file read.
const maxExport = 32 << 20

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
// output). Subfolders are not read.
func ReadDir(dir string) (*Exports, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	ex := &Exports{}
	for _, e := range ents {
		if !e.Type().IsRegular() {
			continue
		}
		path := filepath.Join(dir, e.Name())
		data, err := readBounded(path)
		if err != nil {
			return nil, err
		}
		if !ex.add(strings.ToLower(filepath.Ext(e.Name())), data) {
			ex.Skipped = append(ex.Skipped, path)
			continue
		}
		ex.Read = append(ex.Read, path)
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

func readBounded(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxExport+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(data) > maxExport {
		return nil, fmt.Errorf("%s: larger than %d bytes", path, maxExport)
	}
	return data, nil
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
