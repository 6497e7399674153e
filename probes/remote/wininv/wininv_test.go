package wininv

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestReadDir(t *testing.T) {
	ex, err := ReadDir(t.Context(), "testdata")
	if err != nil {
		t.Fatal(err)
	}
	if len(ex.Programs) != 3 || ex.Programs[0] != "TeamViewer 15.48.5" || len(ex.Processes) != 5 || len(ex.Read) != 4 {
		t.Fatalf("%+v", ex)
	}
	// services.csv (4) and sc_query.txt (2, both already in the CSV)
	if len(ex.Services) != 4 || !slices.Contains(ex.Services, "Spooler") || !slices.Contains(ex.Services, "AnyDesk") {
		t.Fatalf("services %q", ex.Services)
	}
}

func TestReadDirRejects(t *testing.T) {
	dir := t.TempDir()
	if _, err := ReadDir(t.Context(), dir); err == nil || !strings.Contains(err.Error(), "no Windows export") {
		t.Fatalf("empty folder: %v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "notes.csv"), []byte("a,b\n1,2\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "tasks.csv"), []byte("\"Image Name\",\"PID\"\n\"AnyDesk.exe\",\"4\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	ex, err := ReadDir(t.Context(), dir)
	if err != nil || len(ex.Skipped) != 1 || len(ex.Processes) != 1 {
		t.Fatalf("%+v %v", ex, err)
	}
}

func TestParseUTF16Reg(t *testing.T) {
	text := "Windows Registry Editor Version 5.00\r\n\r\n[HKLM\\x]\r\n\"DisplayName\"=\"A \\\"quoted\\\" one\"\r\n"
	data := []byte{0xff, 0xfe}
	for _, r := range text {
		data = append(data, byte(r), 0)
	}
	if got := ParseUninstallReg(data); len(got) != 1 || got[0] != `A "quoted" one` {
		t.Fatalf("%q", got)
	}
}

func FuzzParsers(f *testing.F) {
	f.Add([]byte("\xff\xfe[x]\n\"DisplayName\"=\"a\\\"b\"\n"))
	f.Add([]byte("#TYPE x\n\"Name\",\"B\"\n\"a\",\"b\"\n"))
	f.Add([]byte("SERVICE_NAME: a\r\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		_ = ParseUninstallReg(b)
		_ = ParseCSVColumn(b, "Name")
		_ = ParseScQuery(b)
	})
}
