// Package wininv reads the Windows exports a vendor can hand over (or
// conformscan read from a recorded copy): 'reg export' of the Uninstall
// keys, the services list ('sc query' output, or Get-Service | Export-Csv)
// and 'tasklist /fo csv'. It imports the standard library only, so it
// builds for GOOS=windows (CI checks it), unlike the whole tree.
//
// A probe gathers facts and judges nothing: it must not import checks/,
// reports/, history/, serve/, cmd/, demo/ or fixtures/ (layout/layout_test.go
// guards checks/ and fixtures/).
package wininv

import (
	"bytes"
	"encoding/binary"
	"encoding/csv"
	"strings"
	"unicode/utf16"
)

// DecodeText returns UTF-8 text from UTF-16LE (with BOM) or UTF-8 bytes.
func DecodeText(data []byte) string {
	if len(data) >= 2 && data[0] == 0xff && data[1] == 0xfe {
		u := make([]uint16, (len(data)-2)/2)
		for i := range u {
			u[i] = binary.LittleEndian.Uint16(data[2+2*i:])
		}
		return string(utf16.Decode(u))
	}
	return string(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))
}

// ParseUninstallReg reads a .reg export of ...\CurrentVersion\Uninstall:
// the DisplayName (and DisplayVersion) of every installed program.
func ParseUninstallReg(data []byte) []string {
	var out []string
	name, version := "", ""
	flush := func() {
		if name != "" {
			out = append(out, strings.TrimSpace(name+" "+version))
		}
		name, version = "", ""
	}
	for _, line := range strings.Split(DecodeText(data), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(line, "["):
			flush()
		case strings.HasPrefix(line, `"DisplayName"=`):
			name = regString(line)
		case strings.HasPrefix(line, `"DisplayVersion"=`):
			version = regString(line)
		}
	}
	flush()
	return out
}

// regString returns the value of a "Name"="value" line, unescaped.
func regString(line string) string {
	_, v, _ := strings.Cut(line, "=")
	v = strings.TrimSpace(v)
	if len(v) < 2 || v[0] != '"' || v[len(v)-1] != '"' {
		return ""
	}
	return strings.NewReplacer(`\\`, `\`, `\"`, `"`).Replace(v[1 : len(v)-1])
}

// ParseCSVColumn reads a CSV export with a header line (tasklist /fo csv,
// Export-Csv, a #TYPE line first is skipped) and returns the values of the
// first column whose header is one of names.
func ParseCSVColumn(data []byte, names ...string) []string {
	text := DecodeText(data)
	if strings.HasPrefix(text, "#TYPE") {
		_, text, _ = strings.Cut(text, "\n")
	}
	r := csv.NewReader(strings.NewReader(text))
	r.FieldsPerRecord, r.LazyQuotes = -1, true
	rows, err := r.ReadAll()
	if err != nil && len(rows) == 0 {
		return nil
	}
	col := -1
	for i, h := range firstRow(rows) {
		for _, n := range names {
			if col < 0 && strings.EqualFold(strings.TrimSpace(h), n) {
				col = i
			}
		}
	}
	var out []string
	for _, row := range rows[min(1, len(rows)):] {
		if col >= 0 && col < len(row) && row[col] != "" {
			out = append(out, row[col])
		}
	}
	return out
}

func firstRow(rows [][]string) []string {
	if len(rows) == 0 {
		return nil
	}
	return rows[0]
}

// ParseScQuery reads the text output of 'sc query' (or 'sc queryex'): the
// SERVICE_NAME of every service listed.
func ParseScQuery(data []byte) []string {
	var out []string
	for _, line := range strings.Split(DecodeText(data), "\n") {
		k, v, ok := strings.Cut(strings.TrimSpace(line), ":")
		if ok && strings.EqualFold(strings.TrimSpace(k), "SERVICE_NAME") && strings.TrimSpace(v) != "" {
			out = append(out, strings.TrimSpace(v))
		}
	}
	return out
}
