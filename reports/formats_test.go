package reports

import (
	"errors"
	"fmt"
	"testing"

	"conformscan/checks"
)

func TestForPath(t *testing.T) {
	for path, want := range map[string]Renderer{
		"r.json": JSON{}, "out/R.HTML": HTML{Lang: checks.English}, "pas.xlsx": XLSX{Lang: checks.English},
		"pas.csv": CSV{Lang: checks.English}, "r.md": Markdown{Lang: checks.English}, "junit.xml": JUnit{Lang: checks.English},
		"report": JSON{}, "/dev/stdout": JSON{},
	} {
		got, err := ForPath(path, checks.English)
		if err != nil || fmt.Sprintf("%#v", got) != fmt.Sprintf("%#v", want) {
			t.Errorf("ForPath(%q) = %#v, %v; want %#v", path, got, err, want)
		}
	}
	for _, path := range []string{"r.pdf", "r.txt", "r.json.bak"} {
		if _, err := ForPath(path, checks.French); !errors.Is(err, ErrUnknownFormat) {
			t.Errorf("ForPath(%q): err %v, want ErrUnknownFormat", path, err)
		}
	}
	for _, name := range []string{"table", "json", "markdown", "md", "html", "junit"} {
		if _, err := ForFormat(name, checks.French); err != nil {
			t.Errorf("ForFormat(%q): %v", name, err)
		}
	}
	if _, err := ForFormat("xlsx", checks.French); !errors.Is(err, ErrUnknownFormat) {
		t.Error("xlsx is not a format for standard output")
	}
}
