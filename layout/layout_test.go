package layout

import (
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

const module = "conformscan"

// goFile is one Go source file of the module with its imports.
type goFile struct {
	path    string // slash-separated, from the module root
	pkg     string // package clause
	imports []string
}

// TestImportDirection: nothing under probes/ imports checks/; nothing outside
// _test files and the test-helper packages imports fixtures/; and the
// product rules below (probes import nothing above them, the checks core no
// concrete probe, reports no concrete probe, inputs/ and internal/ nothing of
// the module, the demo lab no checks or reports).
func TestImportDirection(t *testing.T) {
	files := moduleFiles(t, "..")
	if len(files) < 100 {
		t.Fatalf("only %d Go files found from the module root: walk is wrong", len(files))
	}
	for _, f := range files {
		for _, imp := range f.imports {
			if msg := violation(f, imp); msg != "" {
				t.Errorf("%s imports %s: %s", f.path, imp, msg)
			}
		}
	}
}

// TestViolationRules checks the rules themselves on made-up files.
func TestViolationRules(t *testing.T) {
	cases := []struct {
		f    goFile
		imp  string
		want bool
	}{
		{goFile{path: "probes/creds/x.go", pkg: "creds"}, "conformscan/checks/yamlsafe", true},
		{goFile{path: "probes/creds/x_test.go", pkg: "creds"}, "conformscan/checks", true},
		{goFile{path: "probes/creds/x.go", pkg: "creds"}, "conformscan/probes/lib/services", false},
		{goFile{path: "probes/creds/x.go", pkg: "creds"}, "conformscan/checksum", false},
		{goFile{path: "checks/creds/x.go", pkg: "creds"}, "conformscan/fixtures/loopback", true},
		{goFile{path: "checks/creds/x_test.go", pkg: "creds"}, "conformscan/fixtures/loopback", false},
		{goFile{path: "history/historytest/h.go", pkg: "historytest"}, "conformscan/fixtures/proc", false},
		{goFile{path: "fixtures/nginxlab/conf.go", pkg: "nginxlab"}, "conformscan/fixtures/proc", false},
		{goFile{path: "fixtures/nginxlab/conf.go", pkg: "nginxlab"}, "conformscan/internal/pki", false},
		{goFile{path: "cmd/conformscan/demo.go", pkg: "main"}, "conformscan/demo/lab", false},
		{goFile{path: "cmd/conformscan/demo.go", pkg: "main"}, "conformscan/fixtures/lab", true},
		{goFile{path: "cmd/conformscan/scan.go", pkg: "main"}, "conformscan/fixtures/proc", true},
		{goFile{path: "demo/lab/lab.go", pkg: "lab"}, "conformscan/fixtures/pki", true},
		{goFile{path: "demo/lab/lab_test.go", pkg: "lab"}, "conformscan/fixtures/proc", false},
		{goFile{path: "probes/creds/x.go", pkg: "creds"}, "conformscan/reports", true},
		{goFile{path: "probes/creds/x.go", pkg: "creds"}, "conformscan/internal/atomicfile", false},
		{goFile{path: "checks/runner.go", pkg: "checks"}, "conformscan/probes/tls", true},
		{goFile{path: "checks/runner.go", pkg: "checks"}, "conformscan/probes/lib/services", false},
		{goFile{path: "checks/tls/x.go", pkg: "tls"}, "conformscan/probes/tls", false},
		{goFile{path: "probes/lib/rfb/rfb.go", pkg: "rfb"}, "conformscan/probes/discovery", true},
		{goFile{path: "probes/lib/nucleifacts/facts.go", pkg: "nucleifacts"}, "conformscan/probes", false},
		{goFile{path: "probes/creds/vnc.go", pkg: "creds"}, "conformscan/probes/lib/rfb", false},
		{goFile{path: "reports/json.go", pkg: "reports"}, "conformscan/probes/tls", true},
		{goFile{path: "reports/json.go", pkg: "reports"}, "conformscan/probes", false},
		{goFile{path: "reports/fixture_test.go", pkg: "reports"}, "conformscan/probes/tls", false},
		{goFile{path: "inputs/read.go", pkg: "inputs"}, "conformscan/probes", true},
		{goFile{path: "inputs/read.go", pkg: "inputs"}, "github.com/goccy/go-yaml", false},
		{goFile{path: "internal/pki/pki.go", pkg: "pki"}, "conformscan/fixtures/proc", true},
		{goFile{path: "demo/lab/lab.go", pkg: "lab"}, "conformscan/internal/pki", false},
		{goFile{path: "demo/lab/lab.go", pkg: "lab"}, "conformscan/checks", true},
	}
	for _, c := range cases {
		if got := violation(c.f, c.imp) != ""; got != c.want {
			t.Errorf("%s importing %s: violation=%v, want %v", c.f.path, c.imp, got, c.want)
		}
	}
}

// violation says why importing imp from f breaks the layout, or "".
func violation(f goFile, imp string) string {
	if under(f.path, "probes") && isPkgOrBelow(imp, module+"/checks") {
		return "probes gather facts and must not import checks (issue 19)"
	}
	if isPkgOrBelow(imp, module+"/fixtures") && !testOnly(f) {
		return "fixtures/ is for tests only: product code (the demo lab included) lives outside it (issue 19)"
	}
	if strings.HasSuffix(f.path, "_test.go") || !strings.HasPrefix(imp, module+"/") {
		return ""
	}
	for _, r := range productRules {
		if r.from(f.path) && r.refused(strings.TrimPrefix(imp, module+"/")) {
			return r.why
		}
	}
	return ""
}

// productRule is one rule on the imports of product (non-test) files, as
// the package docs and docs/architecture.md state them.
type productRule struct {
	from    func(path string) bool // the importing file
	refused func(pkg string) bool  // the imported package, from the module root
	why     string
}

var productRules = []productRule{
	{func(p string) bool { return under(p, "probes") }, anyOf("reports", "history", "serve", "cmd", "demo"),
		"probes gather facts: nothing above probes/ (see probes' package docs)"},
	{func(p string) bool { return under(p, "probes/lib") }, concreteProbe,
		"a library the probes share imports no probe (probes/lib/)"},
	{func(p string) bool { return dirOf(p) == "checks" }, concreteProbe,
		"the checks core imports no concrete probe (docs/architecture.md)"},
	{func(p string) bool { return under(p, "reports") }, func(pkg string) bool {
		return concreteProbe(pkg) || anyOf("history", "serve", "cmd")(pkg)
	}, "reports render the judged model: no concrete probe, nothing above reports/"},
	{func(p string) bool { return under(p, "inputs") || under(p, "internal") }, func(string) bool { return true },
		"the bottom of the house (inputs/, internal/) imports nothing of the module"},
	{func(p string) bool { return under(p, "demo") }, anyOf("checks", "reports", "cmd", "history", "serve"),
		"the demo lab serves the scan, it does not run one"},
}

// concreteProbe: a package under probes/ other than the contract and the
// shared libraries of probes/lib/ (the service registry, RFB, Telnet, the
// nuclei facts).
func concreteProbe(pkg string) bool {
	return under(pkg, "probes") && !isPkgOrBelow(pkg, "probes/lib")
}

func anyOf(dirs ...string) func(string) bool {
	return func(pkg string) bool {
		for _, d := range dirs {
			if isPkgOrBelow(pkg, d) {
				return true
			}
		}
		return false
	}
}

func dirOf(path string) string {
	if i := strings.LastIndex(path, "/"); i >= 0 {
		return path[:i]
	}
	return ""
}

// testOnly reports whether f is a _test file or belongs to a test-helper
// package (under fixtures/, or a package named *test such as inputstest).
func testOnly(f goFile) bool {
	return strings.HasSuffix(f.path, "_test.go") || under(f.path, "fixtures") ||
		strings.HasSuffix(f.pkg, "test")
}

func under(path, dir string) bool { return strings.HasPrefix(path, dir+"/") }

func isPkgOrBelow(imp, pkg string) bool { return imp == pkg || strings.HasPrefix(imp, pkg+"/") }

// moduleFiles parses the imports of every Go file of the module under root,
// skipping nested modules (third_party/, scripts/release), testdata and
// hidden directories.
func moduleFiles(t *testing.T, root string) []goFile {
	t.Helper()
	var files []goFile
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != root && skipDir(path, d.Name()) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(root, path)
		if err != nil {
			return err
		}
		g := goFile{path: filepath.ToSlash(rel), pkg: f.Name.Name}
		for _, is := range f.Imports {
			imp, err := strconv.Unquote(is.Path.Value)
			if err != nil {
				return err
			}
			g.imports = append(g.imports, imp)
		}
		files = append(files, g)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func skipDir(path, name string) bool {
	if name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") {
		return true
	}
	_, err := os.Stat(filepath.Join(path, "go.mod")) // a nested module
	return err == nil
}
