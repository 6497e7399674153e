package main

import (
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"conformscan/inputs"

	"conformscan/inputs/inputstest"
)

// fileInput is a flag (or an argument) naming a file the user hands over,
// and the command line that makes conformscan read it.
type fileInput struct {
	kind inputs.Kind
	// args is the command line reading path.
	args func(path string, fx *flagFixtures) []string
	// generic: the reader is called through inputs.ReadFile (the YAML
	// decoders), whose errors name the generic YAML kind and the file;
	// once those move to their own kind, the flag.
	generic bool
}

// flagFixtures are valid companions some command lines need.
type flagFixtures struct {
	answers, report, pubkey string
}

// scanArgs is a scan that reads its inputs and fails before any probe.
func scanArgs(flag string, more ...string) func(string, *flagFixtures) []string {
	return func(p string, _ *flagFixtures) []string {
		return append([]string{"scan", "--target", "127.0.0.1:1", "--refs", "7.1", flag, p}, more...)
	}
}

// fileInputs is the explicit table of every flag and argument naming a
// file. A new string flag must be added here or to notFiles.
func fileInputs() map[string]fileInput {
	return map[string]fileInput{
		"scan --targets-file":        {inputs.TargetsFile, func(p string, _ *flagFixtures) []string { return []string{"scan", "--targets-file", p} }, false},
		"scan --answers":             {inputs.Answers, scanArgs("--answers"), true},
		"scan --sign":                {inputs.SigningKey, scanArgs("--sign"), false},
		"scan --ca":                  {inputs.CABundle, scanArgs("--ca"), false},
		"scan --creds":               {inputs.Creds, scanArgs("--creds"), false},
		"scan --snmp-community-file": {inputs.SNMPCommunity, scanArgs("--snmp-community-file"), false},
		"scan --ldap-password-file":  {inputs.LDAPPassword, scanArgs("--ldap-password-file", "--ldap-bind-dn", "cn=admin,dc=example,dc=org", "--directory", "ldaps://127.0.0.1:1"), false},
		"scan --nmap-xml":            {inputs.NmapXML, scanArgs("--nmap-xml"), false},
		"scan --wifi-capture":        {inputs.WifiCapture, scanArgs("--wifi-capture"), false},
		"scan --wifi-netsh":          {inputs.WifiNetsh, scanArgs("--wifi-netsh"), false},
		"scan --windows-inventory":   {inputs.WindowsInventory, scanArgs("--windows-inventory"), false},
		"scan --windows-snapshot":    {inputs.WindowsSnapshot, scanArgs("--windows-snapshot"), false},
		"scan --config-path":         {inputs.ConfigPath, scanArgs("--config-path"), false},
		"scan --passwords-root":      {inputs.PasswordsRoot, scanArgs("--passwords-root"), false},
		"scan --secedit":             {inputs.Secedit, scanArgs("--secedit"), false},
		"scan --net-accounts":        {inputs.NetAccounts, scanArgs("--net-accounts"), false},
		"scan --password-policy":     {inputs.PasswordPolicy, scanArgs("--password-policy"), false},
		"scan --nuclei-templates":    {inputs.NucleiTemplates, scanArgs("--nuclei-templates"), false},
		"scan --tls-profile":         {inputs.TLSProfile, scanArgs("--tls-profile"), true},
		"scan --authorisations":      {inputs.Authorisations, scanArgs("--authorisations"), true},
		"scan --manifest":            {inputs.Manifest, scanArgs("--manifest"), true},
		"scan --eol-data":            {inputs.EOLData, scanArgs("--eol-data"), true},
		"scan --attachments-dir": {inputs.AttachmentsDir, func(p string, fx *flagFixtures) []string {
			return []string{"scan", "--answers", fx.answers, "--attachments-dir", p}
		}, true},
		"answers check --attachments-dir": {inputs.AttachmentsDir, func(p string, fx *flagFixtures) []string {
			return []string{"answers", "check", fx.answers, "--attachments-dir", p}
		}, true},
		"serve --users": {inputs.ServeUsers, func(p string, _ *flagFixtures) []string { return []string{"serve", "--store", "h.db", "--users", p} }, false},
		"serve --tls-cert": {inputs.ServeTLSCert, func(p string, _ *flagFixtures) []string {
			return []string{"serve", "--store", "h.db", "--tls-cert", p, "--tls-key", p}
		}, false},
		"serve --tls-key": {inputs.ServeTLSKey, func(p string, fx *flagFixtures) []string {
			return []string{"serve", "--store", "h.db", "--tls-cert", fx.answers, "--tls-key", p}
		}, false},
		"scan --host-root":       {inputs.HostRoot, scanArgs("--host-root"), false},
		"scan --host-export":     {inputs.HostExport, scanArgs("--host-export"), false},
		"scan --host-export-key": {inputs.PublicKey, scanArgs("--host-export-key"), false},
		"collect --sign": {inputs.SigningKey, func(p string, _ *flagFixtures) []string {
			return []string{"collect", "-o", filepath.Join(filepath.Dir(p), "never.zip"), "--sign", p}
		}, false},
		"scan --ssh-key":           {inputs.SSHKey, scanArgs("--ssh-key", "--ssh-user", "audit"), false},
		"scan --ssh-password-file": {inputs.SSHPassword, scanArgs("--ssh-password-file", "--ssh-user", "audit"), false},
		"scan --ssh-known-hosts": {inputs.SSHKnownHosts, func(p string, fx *flagFixtures) []string {
			return []string{"scan", "--target", "127.0.0.1:1", "--refs", "5.3", "--ssh-user", "audit", "--ssh-password-file", fx.answers, "--ssh-known-hosts", p}
		}, false},
		"scan --winrm-password-file": {inputs.WinRMPassword, func(p string, fx *flagFixtures) []string {
			return scanArgs("--winrm-password-file", "--winrm-user", `LAB\audit`)(p, fx)
		}, false},
		"verify --pubkey": {inputs.PublicKey, func(p string, fx *flagFixtures) []string { return []string{"verify", fx.report, "--pubkey", p} }, false},
		// Arguments.
		"verify REPORT":        {inputs.Report, func(p string, fx *flagFixtures) []string { return []string{"verify", p, "--pubkey", fx.pubkey} }, false},
		"diff A B":             {inputs.Report, func(p string, fx *flagFixtures) []string { return []string{"diff", fx.report, p} }, false},
		"merge R...":           {inputs.Report, func(p string, fx *flagFixtures) []string { return []string{"merge", fx.report, p} }, false},
		"answers check FILE":   {inputs.Answers, func(p string, _ *flagFixtures) []string { return []string{"answers", "check", p} }, true},
		"authorisations check": {inputs.Authorisations, func(p string, _ *flagFixtures) []string { return []string{"authorisations", "check", p} }, true},
		"manifest check":       {inputs.Manifest, func(p string, _ *flagFixtures) []string { return []string{"manifest", "check", p} }, true},
	}
}

// notFiles are the string flags that name no file read, and why.
func notFiles() map[string]string {
	out := map[string]string{}
	for why, keys := range map[string][]string{
		"an output, written not read": {"scan --output", "demo --output", "merge --output", "keygen --output", "serve --tls-cert-out", "collect --output"},
		"a history store (SQLite file or PostgreSQL URL), opened by the history package":                                                                    {"scan --store", "merge --store", "history --store", "serve --store"},
		"the lockout budget's state, read and rewritten by the creds package under a lock (a regular file only, capped; anything else allows no login try)": {"scan --creds-state"},
		"a value, not a path": {"scan --target", "scan --shard", "scan --refs", "scan --format", "scan --lang", "scan --reference-date",
			"scan --ports", "scan --wifi-iface", "scan --ssid", "scan --creds-level", "scan --directory", "scan --admin-accounts",
			"scan --ldap-bind-dn", "scan --ldap-allow-cleartext", "scan --extended-support", "scan --log-collector", "scan --generic-account", "scan --account-naming", "scan --service-account", "refs --format", "rules --format", "rules --family", "rules --lang",
			"diff --format", "diff --lang", "history --ref", "history --format",
			"serve --listen", "serve --trust-proxy-header", "serve --trusted-proxy", "scan --ssh-user",
			"scan --winrm-user", "scan --winrm-auth"},
		"a path on the audited host (read over SSH or inside --host-root), not on this machine": {"scan --host-config-path"},
		"the bastion's addresses (CIDR list), not a path":                                       {"scan --bastion"},
	} {
		for _, k := range keys {
			out[k] = why
		}
	}
	return out
}

// stringFlags lists "command --flag" for every string-like flag of every
// command; demo shares scan's registration and is listed as scan.
func stringFlags(root *cobra.Command) []string {
	seen := map[string]bool{}
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		name := strings.TrimPrefix(strings.TrimPrefix(c.CommandPath(), root.Name()), " ")
		c.Flags().VisitAll(func(f *pflag.Flag) {
			switch f.Value.Type() {
			case "string", "stringArray", "stringSlice":
			default:
				return
			}
			cmd := name
			if cmd == "demo" && f.Name != "output" {
				cmd = "scan"
			}
			seen[cmd+" --"+f.Name] = true
		})
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
	var out []string
	for k := range seen {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// TestEveryFileFlagIsClassified: every string flag of every command is in
// the table of file inputs or says why it names no file read.
func TestEveryFileFlagIsClassified(t *testing.T) {
	files, other := fileInputs(), notFiles()
	for _, k := range stringFlags(newRoot(io.Discard, io.Discard)) {
		_, isFile := files[k]
		_, why := other[k]
		if !isFile && !why {
			t.Errorf("%s: a new string flag: add it to fileInputs (it names a file: read it with the inputs package) or to notFiles (say why not)", k)
		}
	}
}

// TestEveryFileFlagGoesThroughTheReader: a FIFO, /dev/zero, a symbolic
// link to a device and (for a file kind) a directory or a file over the
// cap given to each file flag or argument end at once with exit 2 and a
// message of the one reader naming the flag and the file.
func TestEveryFileFlagGoesThroughTheReader(t *testing.T) {
	dir := t.TempDir()
	fx := writeFlagFixtures(t, dir)
	fifo := filepath.Join(dir, "fifo")
	inputstest.Mkfifo(t, fifo)
	zeroLink := filepath.Join(dir, "zero-link")
	os.Symlink("/dev/zero", zeroLink)
	sub := filepath.Join(dir, "sub")
	os.Mkdir(sub, 0o755)
	present := map[string]bool{}
	for _, k := range stringFlags(newRoot(io.Discard, io.Discard)) {
		present[k] = true
	}
	for name, in := range fileInputs() {
		if strings.Contains(name, " --") && !present[name] {
			t.Logf("%s: not in this build (build tag)", name)
			continue
		}
		spec := in.kind.Spec()
		shapes := map[string]string{fifo: "named pipe", "/dev/zero": "character device", zeroLink: "character device"}
		if !spec.Dir {
			shapes[sub] = "directory"
			huge := filepath.Join(dir, strings.NewReplacer(" ", "_", "-", "").Replace(name)+".huge")
			os.WriteFile(huge, []byte("x"), 0o644)
			os.Truncate(huge, spec.Max+1)
			shapes[huge] = "larger than"
		}
		for path, want := range shapes {
			args := in.args(path, fx)
			code, _, errOut := boundedCLI(t, args...)
			named := strings.Contains(errOut, in.kind.String()+" "+path+":") || in.generic && strings.Contains(errOut, path)
			if code != 2 || !named || !strings.Contains(errOut, want) {
				t.Errorf("%s with %s: exit %d, stderr %q; want 2 and %q naming %s and the file", name, path, code, errOut, want, in.kind)
			}
		}
	}
}

// writeFlagFixtures writes a valid answers file, a JSON report and a key
// pair for the command lines that need them.
func writeFlagFixtures(t *testing.T, dir string) *flagFixtures {
	t.Helper()
	fx := &flagFixtures{answers: filepath.Join(dir, "answers.yaml"), report: filepath.Join(dir, "report.json")}
	os.WriteFile(fx.answers, []byte("answers:\n  - ref: \"2.1\"\n    status: conforme\n    evidence: [\"proof.pdf\"]\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "proof.pdf"), []byte("%PDF-1.4\n"), 0o644)
	if code, _, errOut := runCLI(t, "scan", "--answers", fx.answers, "--refs", "2.1", "--output", fx.report); code > 1 {
		t.Fatalf("fixture report: exit %d: %s", code, errOut)
	}
	key := filepath.Join(dir, "key")
	if code, _, errOut := runCLI(t, "keygen", "-o", key); code != 0 {
		t.Fatalf("keygen: %s", errOut)
	}
	fx.pubkey = key + ".pub"
	return fx
}
