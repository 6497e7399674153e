package creds

import (
	"context"
	"database/sql/driver"
	"net"
	"strings"
	"testing"
	"time"

	"conformscan/fixtures/credsd"
)

// TestMySQLDefaultPasswordFound: root/root is found on a real MariaDB over
// TCP with TLS (after root/<blank> is refused), the signal names the version, and
// the control is refused: mariadbd logged exactly those two denials.
func TestMySQLDefaultPasswordFound(t *testing.T) {
	d := credsd.StartMariaDB(t, "root", true)
	f, err := runProbe(t, &Flags{}, endpoint(t, d.Addr, "mysql"))
	if err != nil {
		t.Fatalf("%v\n%s", err, d.Log())
	}
	if len(f.Findings) != 1 || f.Findings[0].Kind != FindingDefault || f.Findings[0].Account != "root" ||
		f.Findings[0].Secret != "r****" || f.Findings[0].Control != ControlRefused ||
		!strings.Contains(f.Findings[0].Signal, "MariaDB") || !strings.Contains(f.Findings[0].Signal, "root@%") {
		t.Fatalf("findings %+v\n%s", f.Findings, d.Log())
	}
	t.Logf("signal: %s", f.Findings[0].Signal)
	if len(f.Tried) != 1 || f.Tried[0].Tries != 2 || f.Tried[0].Failures != 2 {
		t.Errorf("tried %+v, want 2 tries (blank refused, root) and 2 failures (blank, control)", f.Tried)
	}
	if n := settledCount(func() int { return d.FailedTries("root") }, 2); n != 2 {
		t.Errorf("mariadbd logged %d denials for root, want 2 (blank, control)\n%s", n, d.Log())
	}
	if cipher := mysqlSessionCipher(t, d.Addr, "root", d.Password); cipher == "" {
		t.Error("the login does not use the TLS the server offers")
	}
}

// TestMySQLConformant: a strong root password (server without TLS: the
// plain fallback) gives no finding, and the
// server logs one denial per try, within the budget.
func TestMySQLConformant(t *testing.T) {
	d := credsd.StartMariaDB(t, "My5-"+randomPassword(), false)
	f, err := runProbe(t, &Flags{Level: LevelThorough, MaxTries: 3}, endpoint(t, d.Addr, "mysql"))
	if err != nil {
		t.Fatalf("%v\n%s", err, d.Log())
	}
	if len(f.Findings) != 0 || !f.Testable || len(f.Tried) == 0 || f.Tried[0].Account != "root" || f.Tried[0].Tries != 3 {
		t.Fatalf("facts %+v\n%s", f, d.Log())
	}
	if n := settledCount(func() int { return d.FailedTries("root") }, 3); n != 3 {
		t.Errorf("mariadbd logged %d denials for root, want 3 (the budget, one per try)\n%s", n, d.Log())
	}
	if cipher := mysqlSessionCipher(t, d.Addr, "root", d.Password); cipher != "" {
		t.Errorf("TLS %s on a server without a certificate: the plain fallback was not exercised", cipher)
	}
}

// settledCount reads a server log count once it reaches want (servers log
// a refusal after answering it) or after 3s, then once more 300ms later:
// a try logged twice would show.
func settledCount(count func() int, want int) int {
	deadline := time.Now().Add(3 * time.Second)
	for count() < want && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond)
	return count()
}

// mysqlSessionCipher logs in as the probe does and returns the session's
// TLS cipher ("" for plain).
func mysqlSessionCipher(t *testing.T, addr, user, password string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	conn, err := mysqlConnect(ctx, (&net.Dialer{}).DialContext, addr, user, password)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	rows, err := conn.(driver.QueryerContext).QueryContext(ctx, "SHOW SESSION STATUS LIKE 'Ssl_cipher'", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	row := make([]driver.Value, 2)
	if err := rows.Next(row); err != nil {
		t.Fatal(err)
	}
	return mysqlText(row[1])
}
