package history

import (
	"strings"
	"testing"
	"time"
)

// TestRedact: a password written anywhere in a PostgreSQL URL or key=value
// string is never shown; the settings that help read a message are.
func TestRedact(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"postgres://u:s3cret@db.example:5432/audit?sslmode=verify-full", "postgres://u@db.example:5432/audit?sslmode=verify-full"},
		{"postgresql://u@db/audit?password=s3cret&sslmode=disable", "postgresql://u@db/audit?sslmode=disable"},
		{"postgres://db/audit?sslpassword=s3cret&password=s3cret&PASSWORD=s3cret&user=u", "postgres://db/audit?user=u"},
		{"postgres:///postgres?host=%2Ftmp%2Fpg&user=u&password=s3cret", "postgres:///postgres?host=%2Ftmp%2Fpg&user=u"},
		{"postgres://u:s3cret@db/audit#s3cret", "postgres://u@db/audit"},
		{"postgres://u:s3cret@db/audit?options=-c%20password%3Ds3cret", "postgres://u@db/audit"},
		{"postgres://u:s3c%zzret@db/x", "postgres://(unreadable URL)"},
		{"host=db dbname=audit user=u password=s3cret", "host=db dbname=audit user=u"},
		{"host=db password='s3 cret' user=u", "host=db user=u"},
		{"host = db  password = s3cret\tport=5433", "host=db port=5433"},
		{`password='s3\'cret' dbname='my db'`, `dbname='my db'`},
		{`host=db passfile=/x sslpassword=s3cret`, "host=db"},
		{"host=db password='s3cret", "PostgreSQL (unreadable key=value connection string)"},
		{"host=db s3cret", "PostgreSQL (unreadable key=value connection string)"},
		{"host= password=s3cret dbname=db", "host=xxxxx dbname=db"},
		{"postgres://h/db?host=password%3Ds3cret", "postgres://h/db?host=xxxxx"},
		{"history.db", "history.db"},
		{"h#1.db?pass=x", "h#1.db?pass=x"}, // a file name, shown as given
		{"./h.db?password=s3cret", "(a SQLite file whose name mentions a password: not shown)"},
	} {
		got := Redact(tc.in)
		if got != tc.want {
			t.Errorf("Redact(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if IsPostgres(tc.in) && strings.Contains(got, "s3") {
			t.Errorf("Redact(%q) = %q shows the password", tc.in, got)
		}
	}
}

func TestIsPostgres(t *testing.T) {
	for in, want := range map[string]bool{
		"postgres://h/db": true, "postgresql://h/db": true, "host=/run/pg dbname=x": true, " dbname=x": true,
		"user = u": true, "sslpassword=x host=h": true, "krbsrvname=x password=y": true, "history.db": false, "./host=x": false, "hosts=x": false, "file:h.db": false, "postgres:h": false,
	} {
		if got := IsPostgres(in); got != want {
			t.Errorf("IsPostgres(%q) = %v", in, got)
		}
	}
}

// TestConnectTimeoutDefault: without connect_timeout (or with 0, "for
// ever"), connecting waits DefaultConnectTimeout; a timeout written is
// kept; a string that does not parse is refused without being quoted.
func TestConnectTimeoutDefault(t *testing.T) {
	for in, want := range map[string]time.Duration{
		"postgres://u@h/db":                   DefaultConnectTimeout,
		"postgres://u@h/db?connect_timeout=0": DefaultConnectTimeout,
		"postgres://u@h/db?connect_timeout=3": 3 * time.Second,
		"host=h dbname=db":                    DefaultConnectTimeout,
		"host=h dbname=db connect_timeout=2":  2 * time.Second,
	} {
		cfg, err := pgConfig(in)
		if err != nil || cfg.ConnectTimeout != want {
			t.Errorf("%s: %v, %v; want %v", in, cfg, err, want)
		}
	}
	for _, bad := range []string{"postgres://u:s3cret@h:99999999/db", "host=h password='s3cret", "postgres://u:s3cret@h/db?connect_timeout=x"} {
		if _, err := pgConfig(bad); err == nil || strings.Contains(err.Error(), "s3cret") {
			t.Errorf("%s: %v; want an error without the password", bad, err)
		}
	}
}

// TestScrubbed: an error that quotes a password is shown without it.
func TestScrubbed(t *testing.T) {
	err := scrubbed{errString("auth with s3cret failed: s3cret"), []string{"", "s3cret"}}
	if got := err.Error(); got != "auth with xxxxx failed: xxxxx" {
		t.Errorf("%q", got)
	}
}

type errString string

func (e errString) Error() string { return string(e) }

// FuzzRedact: whatever the password and wherever it is written, the shown
// form does not contain it; Redact never panics.
func FuzzRedact(f *testing.F) {
	f.Add("s3cret-pw", "db.example", 0)
	f.Add("a b'c\\d", "/tmp/x", 3)
	f.Add("p@ss:w/rd?#&=", "h", 1)
	f.Fuzz(func(t *testing.T, pw, host string, form int) {
		shapes := []string{
			"postgres://u:" + pw + "@" + host + "/db",
			"postgres://u@" + host + "/db?password=" + pw,
			"postgresql://" + host + "/db?sslmode=disable&password=" + pw + "&user=u",
			"host=" + host + " password=" + pw + " dbname=db",
			"host=" + quoteDSN(host) + " password=" + quoteDSN(pw) + " dbname=db",
			"password=" + quoteDSN(pw) + " host=" + quoteDSN(host),
		}
		in := shapes[(form%len(shapes)+len(shapes))%len(shapes)]
		got := Redact(in)
		// Only a password that could not appear in the shown settings anyway
		// is looked for.
		if len(pw) < 4 || strings.Contains(in[:max(0, strings.Index(in, pw))]+host+"postgres://u@/db?sslmode=disable&user=u host= dbname=db PostgreSQL (unreadable key=value connection string)", pw) {
			return
		}
		if strings.Contains(got, pw) {
			t.Fatalf("Redact(%q) = %q shows the password %q", in, got, pw)
		}
	})
}
