//go:build nuclei

package nuclei

import (
	"embed"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/projectdiscovery/gologger"
	"github.com/projectdiscovery/gologger/writer"
	"github.com/projectdiscovery/nuclei/v3/pkg/catalog/config"
)

// embedded are the project's own templates, written to the scratch
// directory at each run.
//
//go:embed templates/*.yaml
var embedded embed.FS

// offlineEnv is what the engine reads from the environment: its home,
// config and cache directories (pointed at the scratch directory) and the
// switches that forbid any template download.
func offlineEnv(scratch string) map[string]string {
	env := map[string]string{
		"HOME":              scratch,
		"XDG_CONFIG_HOME":   filepath.Join(scratch, "config"),
		"XDG_CACHE_HOME":    filepath.Join(scratch, "cache"),
		"NUCLEI_CONFIG_DIR": filepath.Join(scratch, "config", "nuclei"),
		"TMPDIR":            filepath.Join(scratch, "tmp"),
	}
	for _, src := range []string{"PUBLIC", "GITHUB", "GITLAB", "AWS", "AZURE"} {
		env["DISABLE_NUCLEI_TEMPLATES_"+src+"_DOWNLOAD"] = "true"
	}
	return env
}

// scopeEnv points the process environment and the engine's global config
// at scratch, and returns the function that restores both. The
// environment is process-wide: the probe's runs are serialised, and no
// other probe of this program reads these variables.
func scopeEnv(scratch string, log writer.Writer) (restore func(), err error) {
	for _, d := range []string{"config/nuclei", "cache", "tmp", "nuclei-templates"} {
		if err := os.MkdirAll(filepath.Join(scratch, d), 0o700); err != nil {
			return nil, err
		}
	}
	// The engine wants an ignore file: an empty one ignores nothing.
	if err := os.WriteFile(filepath.Join(scratch, "config", "nuclei", config.NucleiIgnoreFileName), nil, 0o600); err != nil {
		return nil, err
	}
	// Parts of the engine log through gologger's global logger: keep it
	// out of the terminal during the run (gologger has no other user here).
	gologger.DefaultLogger.SetWriter(log)
	type saved struct {
		val string
		set bool
	}
	old := map[string]saved{}
	for k, v := range offlineEnv(scratch) {
		val, set := os.LookupEnv(k)
		old[k] = saved{val, set}
		if err := os.Setenv(k, v); err != nil {
			return nil, err
		}
	}
	// The engine's global config is used by this probe only: it is pointed
	// at each run's scratch directory and not pointed back (pointing it back
	// would write the user's home again).
	cfg := config.DefaultConfig
	cfg.SetConfigDir(filepath.Join(scratch, "config", "nuclei"))
	cfg.SetTemplatesDir(filepath.Join(scratch, "nuclei-templates"))
	cfg.DisableUpdateCheck()
	return func() {
		gologger.DefaultLogger.SetWriter(writer.NewCLI())
		for k, s := range old {
			if s.set {
				_ = os.Setenv(k, s.val)
			} else {
				_ = os.Unsetenv(k)
			}
		}
	}, nil
}

// writeEmbedded writes the embedded templates under dir and returns how
// many it wrote.
func writeEmbedded(dir string) (int, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return 0, err
	}
	entries, err := fs.ReadDir(embedded, "templates")
	if err != nil {
		return 0, err
	}
	n := 0
	for _, e := range entries {
		raw, err := embedded.ReadFile("templates/" + e.Name())
		if err != nil {
			return n, err
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), raw, 0o600); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}
