package tls

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/goccy/go-yaml/ast"

	"conformscan/inputs"
)

// builtinTLSProfiles are the profiles shipped with conformscan, one YAML file
// per profile. docs/tls-rules.md explains every field and rule key.
//
//go:embed profiles/*.yaml
var builtinTLSProfiles embed.FS

// DefaultTLSProfile is the profile used when Settings.TLSProfile is nil.
const DefaultTLSProfile = "anssi"

// Rule levels in a TLS profile.
const (
	TLSLevelFail = "fail"
	TLSLevelWarn = "warn"
	TLSLevelOff  = "off"
)

// TLSProfile is a TLS policy described as data: which protocols, suites,
// groups, key sizes and certificate properties are acceptable, and for each
// rule the ID it is reported under and whether breaking it fails, warns or
// is ignored. Profiles are YAML files (see checks/tls/profiles/ and
// docs/tls-rules.md); LoadTLSProfile reads and validates them.
type TLSProfile struct {
	// Name identifies the profile in reports ("anssi").
	Name string `yaml:"name"`
	// Base names a built-in profile this one starts from: every field the
	// file sets replaces the base's, and rules are merged key by key.
	Base string `yaml:"base,omitempty"`
	// Title says which texts the profile follows.
	Title string `yaml:"title"`
	// SummaryRule tags the evidence of an endpoint that passes every rule.
	SummaryRule string            `yaml:"summary_rule"`
	Protocols   TLSProtocolPolicy `yaml:"protocols"`
	Ciphers     TLSCipherPolicy   `yaml:"ciphers"`
	// Groups are the key-exchange groups allowed (IANA names; OpenSSL
	// aliases such as prime256v1 are accepted).
	Groups      []string           `yaml:"groups"`
	Sizes       TLSSizePolicy      `yaml:"sizes"`
	Certificate TLSCertPolicy      `yaml:"certificate"`
	Session     TLSSessionPolicy   `yaml:"session"`
	HSTS        TLSHSTSPolicy      `yaml:"hsts"`
	Rules       map[string]TLSRule `yaml:"rules"`
}

// TLSProtocolPolicy lists the protocol versions allowed and the one a
// server should offer.
type TLSProtocolPolicy struct {
	// Allowed versions: SSLv2, SSLv3, TLSv1.0, TLSv1.1, TLSv1.2, TLSv1.3.
	Allowed []string `yaml:"allowed"`
	// Preferred is the version whose absence the tls13 rule reports ("" for
	// none).
	Preferred string `yaml:"preferred"`
}

// TLSCipherPolicy describes acceptable cipher suites.
type TLSCipherPolicy struct {
	// Algorithms are the bulk ciphers allowed (AES, CHACHA20, CAMELLIA,
	// ARIA...), judged by the cipher_algorithms rule.
	Algorithms []string `yaml:"algorithms"`
	// CBCWithETM tolerates CBC suites when encrypt_then_mac is negotiated.
	CBCWithETM bool `yaml:"cbc_with_etm"`
	// Suites are per-version allow-lists of IANA suite names (the
	// suite_allowlist rule); versions absent from the map are not judged by
	// that rule.
	Suites map[string][]string `yaml:"suites"`
}

// TLSSizePolicy holds the minimum sizes, each as steps over time.
type TLSSizePolicy struct {
	RSA       []TLSSizeStep `yaml:"rsa"`       // RSA modulus bits
	DH        []TLSSizeStep `yaml:"dh"`        // finite-field DH prime bits
	EC        []TLSSizeStep `yaml:"ec"`        // elliptic-curve subgroup order bits
	Symmetric []TLSSizeStep `yaml:"symmetric"` // symmetric key bits
	Block     []TLSSizeStep `yaml:"block"`     // block size bits of block ciphers
	Hash      []TLSSizeStep `yaml:"hash"`      // signature digest bits
	// RSAExponent is the smallest RSA public exponent accepted.
	RSAExponent int `yaml:"rsa_exponent"`
}

// TLSSizeStep is a minimum size that holds until a date (inclusive, UTC,
// YYYY-MM-DD); the last step of a list has no end.
type TLSSizeStep struct {
	Min   int    `yaml:"min"`
	Until string `yaml:"until,omitempty"`
}

// TLSCertPolicy describes acceptable server certificates.
type TLSCertPolicy struct {
	// KeyTypes allowed for the leaf: RSA, ECDSA, Ed25519, Ed448, DSA.
	KeyTypes []string `yaml:"key_types"`
	// Curves allowed for ECDSA leaf keys.
	Curves []string `yaml:"curves"`
	// MaxLifetime gives the longest validity period by issue date; empty
	// means no limit.
	MaxLifetime []TLSLifetimeStep `yaml:"max_lifetime"`
	// ExpiryWarningDays: a certificate expiring within that many days of the
	// reference date is reported (cert_expires_soon).
	ExpiryWarningDays int `yaml:"expiry_warning_days"`
}

// TLSLifetimeStep is a maximum lifetime for certificates issued before a
// date (YYYY-MM-DD); the last step has no date.
type TLSLifetimeStep struct {
	MaxDays      int    `yaml:"max_days"`
	IssuedBefore string `yaml:"issued_before,omitempty"`
}

// TLSSessionPolicy bounds session resumption.
type TLSSessionPolicy struct {
	// MaxTicketLifetime is the longest session ticket lifetime hint, in
	// seconds (ANSSI R20: 24 h).
	MaxTicketLifetime int `yaml:"max_ticket_lifetime_s"`
}

// TLSHSTSPolicy holds the HSTS expectation on HTTPS endpoints.
type TLSHSTSPolicy struct {
	// MinMaxAge is the smallest max-age accepted, in seconds.
	MinMaxAge int64 `yaml:"min_max_age"`
}

// TLSRule says under which ID a rule is reported and at which level.
type TLSRule struct {
	ID    string `yaml:"id"`
	Level string `yaml:"level"`
}

// TLSProfileNames lists the built-in profiles, sorted.
func TLSProfileNames() []string {
	entries, err := builtinTLSProfiles.ReadDir("profiles")
	if err != nil {
		return nil
	}
	var names []string
	for _, e := range entries {
		if n, ok := strings.CutSuffix(e.Name(), ".yaml"); ok {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names
}

// BuiltinTLSProfile reads one of the embedded profiles (TLSProfileNames);
// it reads no file of the user. An unknown name is an error wrapping
// fs.ErrNotExist.
func BuiltinTLSProfile(name string) (*TLSProfile, error) {
	data, err := builtinTLSProfiles.ReadFile("profiles/" + name + ".yaml")
	if err != nil {
		return nil, err
	}
	return ParseTLSProfile(data, "built-in profile "+name)
}

// LoadTLSProfile returns a built-in profile by name ("anssi",
// "mozilla-intermediate", "mozilla-modern") or reads a YAML profile from a
// file path. The profile is validated: unknown keys, protocol, group or
// suite names, bad sizes or dates and missing rules are errors that name the
// file, the line and the field.
func LoadTLSProfile(ctx context.Context, nameOrPath string) (*TLSProfile, error) {
	if nameOrPath == "" {
		nameOrPath = DefaultTLSProfile
	}
	if !strings.ContainsAny(nameOrPath, `/\.`) {
		if p, err := BuiltinTLSProfile(nameOrPath); !errors.Is(err, fs.ErrNotExist) {
			return p, err
		}
	}
	data, err := inputs.Read(ctx, inputs.TLSProfile, nameOrPath)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) && !strings.ContainsAny(nameOrPath, `/\.`) {
			return nil, fmt.Errorf("TLS profile %q is neither a built-in profile (%s) nor a readable file: %w",
				nameOrPath, strings.Join(TLSProfileNames(), ", "), err)
		}
		return nil, err
	}
	return ParseTLSProfile(data, filepath.Clean(nameOrPath))
}

// ParseTLSProfile decodes and validates a profile; source names it in
// errors (a file path or "built-in profile NAME").
func ParseTLSProfile(data []byte, source string) (*TLSProfile, error) {
	// A first pass finds the base, if any; the second decodes the file
	// over the base, so that the fields the file sets replace the base's.
	var head TLSProfile
	file, err := inputs.Decode(data, source, &head)
	if err != nil {
		return nil, profileYAMLError(err)
	}
	p := &TLSProfile{}
	if head.Base != "" {
		if p, err = loadBase(head.Base); err != nil {
			if errors.Is(err, errNotBuiltin) {
				return nil, profileFieldError(source, file, "base", err)
			}
			return nil, err
		}
		baseRules := p.Rules
		p.Rules = nil
		if _, err := inputs.Decode(data, source, p); err != nil {
			return nil, profileYAMLError(err)
		}
		p.Base = head.Base
		p.Rules = mergeRules(baseRules, p.Rules)
	} else {
		p = &head
	}
	if err := p.validate(); err != nil {
		var fe *profileFieldErr
		if errors.As(err, &fe) {
			return nil, profileFieldError(source, file, fe.path, fe.err)
		}
		return nil, fmt.Errorf("TLS profile %s: %w", source, err)
	}
	p.normalize()
	return p, nil
}

// errNotBuiltin says a base names no built-in profile.
var errNotBuiltin = errors.New("not a built-in profile")

// loadBase parses the built-in profile a file starts from.
func loadBase(name string) (*TLSProfile, error) {
	var data []byte
	err := errNotBuiltin
	if !strings.ContainsAny(name, `/\.`) {
		data, err = builtinTLSProfiles.ReadFile("profiles/" + name + ".yaml")
	}
	if err != nil {
		return nil, fmt.Errorf("%q is not a built-in profile (%s)%w", name, strings.Join(TLSProfileNames(), ", "), errPlain{errNotBuiltin})
	}
	return ParseTLSProfile(data, "built-in profile "+name)
}

// mergeRules overlays a file's rules on its base's, field by field.
func mergeRules(base, over map[string]TLSRule) map[string]TLSRule {
	merged := make(map[string]TLSRule, len(base))
	for k, r := range base {
		merged[k] = r
	}
	for k, r := range over {
		b := merged[k]
		if r.ID != "" {
			b.ID = r.ID
		}
		if r.Level != "" {
			b.Level = r.Level
		}
		merged[k] = b
	}
	return merged
}

// profileYAMLError names the profile in an error of inputs.Decode
// ("file:line: field: message").
func profileYAMLError(err error) error {
	if errors.Is(err, inputs.ErrLimit) {
		return fmt.Errorf("TLS profile %w", err)
	}
	return fmt.Errorf("TLS profile %w (see docs/tls-rules.md for the fields)", err)
}

// errPlain keeps a wrapped error for errors.Is and errors.As while
// printing nothing (goccy's own message carries a multi-line source
// excerpt).
type errPlain struct{ err error }

func (e errPlain) Error() string { return "" }
func (e errPlain) Unwrap() error { return e.err }

// profileFieldErr is a validation error on one field, by YAML path
// ("sizes.rsa[0].min").
type profileFieldErr struct {
	path string
	err  error
}

func (e *profileFieldErr) Error() string { return e.path + ": " + e.err.Error() }

func fieldErr(path string, format string, args ...any) error {
	return &profileFieldErr{path: path, err: fmt.Errorf(format, args...)}
}

// profileFieldError names the line of the field when the file has it, else
// the line of its closest parent.
func profileFieldError(source string, file *ast.File, path string, err error) error {
	line := profileLine(file, path)
	if line > 0 {
		return fmt.Errorf("TLS profile %s:%d: field %s: %w", source, line, path, err)
	}
	return fmt.Errorf("TLS profile %s: field %s: %w", source, path, err)
}

// profileLine finds the line of a dotted path ("ciphers.suites.'TLSv1.2'[3]")
// in the parsed file, walking up to the parent when the field is absent.
func profileLine(file *ast.File, path string) int {
	return inputs.Locate(file, path)
}

// tlsProtocolNames are the protocol names a profile may use, oldest first.
var tlsProtocolNames = []string{"SSLv2", "SSLv3", "TLSv1.0", "TLSv1.1", "TLSv1.2", "TLSv1.3"}

func protocolRank(p string) int {
	for i, n := range tlsProtocolNames {
		if n == p {
			return i
		}
	}
	return -1
}

var profileNameRe = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$`)

var tlsLevels = map[string]bool{TLSLevelFail: true, TLSLevelWarn: true, TLSLevelOff: true}

// tlsKeyTypes are the certificate key types a profile may allow.
var tlsKeyTypes = []string{"RSA", "ECDSA", "Ed25519", "Ed448", "DSA"}

// validate checks every field, section by section in file order; errors
// carry the YAML path of the field.
func (p *TLSProfile) validate() error {
	for _, check := range []func() error{p.validateName, p.validateProtocols, p.validateCiphers, p.validateGroups,
		p.validateSizes, p.validateCertificate, p.validateLimits, p.validateRules} {
		if err := check(); err != nil {
			return err
		}
	}
	if p.SummaryRule == "" {
		p.SummaryRule = "TLS-PROFILE-" + strings.ToUpper(p.Name)
	}
	return nil
}

// nameList is a list of names a profile field holds, and how to tell the
// known ones.
type nameList struct {
	path  string
	names []string
	known func(string) bool
	// what the names are, and what to use instead of an unknown one.
	what, use string
}

func (l nameList) check() error {
	for i, n := range l.names {
		if !l.known(n) {
			return fieldErr(fmt.Sprintf("%s[%d]", l.path, i), "unknown %s %q: use %s", l.what, n, l.use)
		}
	}
	return nil
}

func knownProtocol(v string) bool { return protocolRank(v) >= 0 }

func knownGroup(g string) bool {
	_, ok := lookupGroup(g)
	return ok
}

func knownCurve(c string) bool {
	g, ok := lookupGroup(c)
	return ok && g.ecBits > 0
}

func knownKeyType(k string) bool { return canonicalKeyType(k) != "" }

func (p *TLSProfile) validateName() error {
	if !profileNameRe.MatchString(p.Name) {
		return fieldErr("name", "%q is not a valid profile name (letters, digits, '.', '_' and '-', at most 64)", p.Name)
	}
	return nil
}

func (p *TLSProfile) validateProtocols() error {
	protocols := strings.Join(tlsProtocolNames, ", ")
	if len(p.Protocols.Allowed) == 0 {
		return fieldErr("protocols.allowed", "at least one protocol must be allowed (%s)", protocols)
	}
	if err := (nameList{"protocols.allowed", p.Protocols.Allowed, knownProtocol, "protocol", protocols}).check(); err != nil {
		return err
	}
	if v := p.Protocols.Preferred; v != "" && !knownProtocol(v) {
		return fieldErr("protocols.preferred", "unknown protocol %q: use %s, or \"\"", v, protocols)
	}
	return nil
}

func (p *TLSProfile) validateCiphers() error {
	algos := nameList{"ciphers.algorithms", p.Ciphers.Algorithms, knownCipherAlgorithm, "cipher algorithm", strings.Join(cipherAlgorithmNames, ", ")}
	if err := algos.check(); err != nil {
		return err
	}
	versions := make([]string, 0, len(p.Ciphers.Suites))
	for v := range p.Ciphers.Suites {
		versions = append(versions, v)
	}
	sort.Strings(versions)
	for _, v := range versions {
		if !knownProtocol(v) {
			return fieldErr("ciphers.suites.'"+v+"'", "unknown protocol %q: use %s", v, strings.Join(tlsProtocolNames, ", "))
		}
		for i, s := range p.Ciphers.Suites[v] {
			path := fmt.Sprintf("ciphers.suites.'%s'[%d]", v, i)
			switch si := classifySuite(s); {
			case !si.Known:
				return fieldErr(path, "%q is not an IANA cipher suite name (example: TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)", s)
			case si.TLS13 != (v == "TLSv1.3"):
				return fieldErr(path, "suite %s does not belong to %s", s, v)
			}
		}
	}
	return nil
}

func (p *TLSProfile) validateGroups() error {
	return nameList{"groups", p.Groups, knownGroup, "group",
		"IANA names such as x25519, secp256r1, secp384r1, X25519MLKEM768, ffdhe2048 (see docs/tls-rules.md)"}.check()
}

func (p *TLSProfile) validateSizes() error {
	sizes := []struct {
		name  string
		steps []TLSSizeStep
		max   int
	}{
		{"rsa", p.Sizes.RSA, 16384}, {"dh", p.Sizes.DH, 16384}, {"ec", p.Sizes.EC, 1024},
		{"symmetric", p.Sizes.Symmetric, 512}, {"block", p.Sizes.Block, 512}, {"hash", p.Sizes.Hash, 1024},
	}
	for _, s := range sizes {
		if err := validateSteps("sizes."+s.name, s.steps, s.max); err != nil {
			return err
		}
	}
	if p.Sizes.RSAExponent < 3 || p.Sizes.RSAExponent%2 == 0 {
		return fieldErr("sizes.rsa_exponent", "%d is not a valid minimum RSA public exponent (an odd number ≥ 3, usually 65537)", p.Sizes.RSAExponent)
	}
	return nil
}

func (p *TLSProfile) validateCertificate() error {
	c := p.Certificate
	if len(c.KeyTypes) == 0 {
		return fieldErr("certificate.key_types", "at least one key type must be allowed (%s)", strings.Join(tlsKeyTypes, ", "))
	}
	for _, l := range []nameList{
		{"certificate.key_types", c.KeyTypes, knownKeyType, "key type", strings.Join(tlsKeyTypes, ", ")},
		{"certificate.curves", c.Curves, knownCurve, "curve", "secp256r1 (P-256), secp384r1 (P-384), secp521r1 (P-521) or brainpoolP256r1/384r1/512r1"},
	} {
		if err := l.check(); err != nil {
			return err
		}
	}
	var prev time.Time
	for i, st := range c.MaxLifetime {
		path := fmt.Sprintf("certificate.max_lifetime[%d]", i)
		if st.MaxDays <= 0 || st.MaxDays > 36500 {
			return fieldErr(path+".max_days", "%d is not a lifetime in days (1 to 36500)", st.MaxDays)
		}
		if err := checkStepDate(path, "issued_before", st.IssuedBefore, i == len(c.MaxLifetime)-1, false, &prev); err != nil {
			return err
		}
	}
	return nil
}

// validateLimits checks the plain numbers: each within its range.
func (p *TLSProfile) validateLimits() error {
	limits := []struct {
		path     string
		v, max   int64
		notInRng string
	}{
		{"certificate.expiry_warning_days", int64(p.Certificate.ExpiryWarningDays), 3650, "%d is not a number of days (0 to 3650)"},
		{"session.max_ticket_lifetime_s", int64(p.Session.MaxTicketLifetime), math.MaxInt64, "%d is negative"},
		{"hsts.min_max_age", p.HSTS.MinMaxAge, math.MaxInt64, "%d is negative"},
	}
	for _, l := range limits {
		if l.v < 0 || l.v > l.max {
			return fieldErr(l.path, l.notInRng, l.v)
		}
	}
	return nil
}

// validateRules checks the rules against the rule values: every key known,
// with a level and an ID, and none missing.
func (p *TLSProfile) validateRules() error {
	keys := make([]string, 0, len(p.Rules))
	for k := range p.Rules {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if _, ok := tlsRuleIndex(k); !ok {
			return fieldErr("rules."+k, "unknown rule %q: the rules are %s", k, strings.Join(tlsRuleKeys(), ", "))
		}
		r := p.Rules[k]
		if !tlsLevels[r.Level] {
			return fieldErr("rules."+k+".level", "%q is not a level: use fail, warn or off", r.Level)
		}
		if strings.TrimSpace(r.ID) == "" {
			return fieldErr("rules."+k+".id", "the rule needs an id (the name reports show, e.g. ANSSI-TLS-R4)")
		}
	}
	for _, k := range tlsRuleKeys() {
		if _, ok := p.Rules[k]; !ok {
			return fieldErr("rules", "rule %q is missing: give it an id and a level (off to disable it), or start from a built-in profile with base:", k)
		}
	}
	return nil
}

func validateSteps(path string, steps []TLSSizeStep, max int) error {
	if len(steps) == 0 {
		return fieldErr(path, "at least one step is needed, e.g. [{min: 2048}]")
	}
	var prev time.Time
	for i, st := range steps {
		sp := fmt.Sprintf("%s[%d]", path, i)
		if st.Min <= 0 || st.Min > max {
			return fieldErr(sp+".min", "%d is not a size in bits (1 to %d)", st.Min, max)
		}
		if err := checkStepDate(sp, "until", st.Until, i == len(steps)-1, true, &prev); err != nil {
			return err
		}
	}
	return nil
}

// checkStepDate checks the date of step sp: only the last step may have
// none (and, when lastOpen, must have none), and dates increase.
func checkStepDate(sp, field, date string, last, lastOpen bool, prev *time.Time) error {
	path := sp + "." + field
	switch {
	case date == "" && !last:
		return fieldErr(path, "only the last step may have no %s date", field)
	case date == "":
		return nil
	case last && lastOpen:
		return fieldErr(path, "the last step must have no %s date: it says what holds afterwards", field)
	}
	d, err := parseProfileDate(date)
	if err != nil {
		return fieldErr(path, "%v", err)
	}
	if !prev.IsZero() && !d.After(*prev) {
		return fieldErr(path, "dates must increase from one step to the next")
	}
	*prev = d
	return nil
}

func parseProfileDate(s string) (time.Time, error) {
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not a date in the form YYYY-MM-DD", s)
	}
	return d, nil
}

// normalize puts names in the canonical form the judging code compares
// against (group aliases, key type case).
func (p *TLSProfile) normalize() {
	for i, g := range p.Groups {
		if info, ok := lookupGroup(g); ok {
			p.Groups[i] = info.name
		}
	}
	for i, c := range p.Certificate.Curves {
		if info, ok := lookupGroup(c); ok {
			p.Certificate.Curves[i] = info.name
		}
	}
	for i, k := range p.Certificate.KeyTypes {
		p.Certificate.KeyTypes[i] = canonicalKeyType(k)
	}
	for i, a := range p.Ciphers.Algorithms {
		p.Ciphers.Algorithms[i] = strings.ToUpper(a)
	}
}

func canonicalKeyType(k string) string {
	for _, t := range tlsKeyTypes {
		if strings.EqualFold(t, k) {
			return t
		}
	}
	if strings.EqualFold(k, "EC") {
		return "ECDSA"
	}
	return ""
}

// rule returns the profile's rule for a key (off when absent).
func (p *TLSProfile) rule(key string) TLSRule {
	r, ok := p.Rules[key]
	if !ok || r.Level == "" {
		return TLSRule{ID: key, Level: TLSLevelOff}
	}
	return r
}

// stepAt returns the size step in force at date, and the strictest minimum
// of the steps that come after it (0 when none is stricter).
func stepAt(steps []TLSSizeStep, at time.Time) (current TLSSizeStep, later TLSSizeStep) {
	if len(steps) == 0 {
		return TLSSizeStep{}, TLSSizeStep{}
	}
	idx := len(steps) - 1
	for i, st := range steps {
		if st.Until == "" {
			idx = i
			break
		}
		d, err := parseProfileDate(st.Until)
		if err != nil {
			continue
		}
		if at.Before(d.AddDate(0, 0, 1)) {
			idx = i
			break
		}
	}
	current = steps[idx]
	for _, st := range steps[idx+1:] {
		if st.Min > current.Min && st.Min > later.Min {
			later = st
		}
	}
	return current, later
}

// sizeVerdict judges a size against steps at a date: "" when fine, "fail"
// when below the minimum in force, "warn" when fine now but below a later
// step; until is the last day the current step holds (for the warning).
func sizeVerdict(steps []TLSSizeStep, bits int, at time.Time) (level string, min int, until string, later int) {
	cur, next := stepAt(steps, at)
	if cur.Min == 0 {
		return "", 0, "", 0
	}
	if bits < cur.Min {
		return TLSLevelFail, cur.Min, cur.Until, next.Min
	}
	if next.Min > 0 && bits < next.Min {
		return TLSLevelWarn, cur.Min, cur.Until, next.Min
	}
	return "", cur.Min, cur.Until, next.Min
}
