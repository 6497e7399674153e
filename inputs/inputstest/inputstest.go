// Package inputstest holds what the tests of hostile inputs share: a
// "billion laughs" generator and a check that a call stays within the
// bounds the tool promises (5 s, 300 MB).
//
// A test helper: it imports nothing of this module, and only tests import it.
package inputstest

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"
)

// Laughs is a "billion laughs" YAML document under key: levels of nine
// aliases to the level below, 9^levels strings once expanded.
func Laughs(key string, levels int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s:\n  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n", key)
	for i := 1; i < levels; i++ {
		p := fmt.Sprintf("*l%d", i-1)
		fmt.Fprintf(&b, "  l%d: &l%d [%s]\n", i, i, strings.Repeat(p+", ", 8)+p)
	}
	return b.String()
}

// Bounded runs f and fails the test if it takes more than 5 s or
// allocates more than 300 MB in all.
func Bounded(t testing.TB, f func()) {
	t.Helper()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	f()
	d := time.Since(start)
	runtime.ReadMemStats(&after)
	alloc := after.TotalAlloc - before.TotalAlloc
	t.Logf("%v, %d kB allocated", d.Round(time.Microsecond), alloc>>10)
	if d > 5*time.Second || alloc > 300<<20 {
		t.Errorf("took %v and allocated %d MB (bounds: 5 s, 300 MB)", d, alloc>>20)
	}
}
