package winhost

import (
	"encoding/binary"
	"errors"
	"fmt"
	"runtime"
	"testing"
)

// tcp4Table builds a MIB_TCPTABLE_OWNER_PID as iphlpapi fills it: rows of
// state, addr (network order), port (network order in the low word),
// remote addr, remote port, pid.
func tcp4Table(rows ...[6]uint32) []byte {
	b := binary.LittleEndian.AppendUint32(nil, uint32(len(rows)))
	for _, r := range rows {
		for _, v := range r {
			b = binary.LittleEndian.AppendUint32(b, v)
		}
	}
	return b
}

// netPort is a port as the table stores it: big-endian in the DWORD's
// first two bytes.
func netPort(p int) uint32 { return uint32(p>>8) | uint32(p&0xff)<<8 }

func TestParseSocketTableTCP4(t *testing.T) {
	any4 := binary.LittleEndian.Uint32([]byte{0, 0, 0, 0})
	lo := binary.LittleEndian.Uint32([]byte{127, 0, 0, 1})
	buf := tcp4Table([6]uint32{2, any4, netPort(5938), 0, 0, 4242}, [6]uint32{5, lo, netPort(80), lo, netPort(50000), 7},
		[6]uint32{2, lo, netPort(3389), 0, 0, 1100})
	got, err := ParseSocketTable(buf, "tcp", false)
	if err != nil {
		t.Fatal(err)
	}
	want := "[{tcp 0.0.0.0 5938 4242} {tcp 127.0.0.1 3389 1100}]"
	if fmt.Sprint(got) != want {
		t.Fatalf("got %v, want %s", got, want)
	}
}

func TestParseSocketTableV6AndUDP(t *testing.T) {
	row := make([]byte, tcp6Row)
	row[15] = 1 // ::1
	binary.BigEndian.PutUint16(row[20:], 445)
	binary.LittleEndian.PutUint32(row[48:], tcpListen)
	binary.LittleEndian.PutUint32(row[52:], 4)
	buf := append(binary.LittleEndian.AppendUint32(nil, 1), row...)
	got, err := ParseSocketTable(buf, "tcp", true)
	if err != nil || fmt.Sprint(got) != "[{tcp ::1 445 4}]" {
		t.Fatalf("tcp6: %v %v", got, err)
	}
	u := make([]byte, udp4Row)
	copy(u, []byte{10, 0, 0, 5})
	binary.BigEndian.PutUint16(u[4:], 161)
	binary.LittleEndian.PutUint32(u[8:], 900)
	got, err = ParseSocketTable(append(binary.LittleEndian.AppendUint32(nil, 1), u...), "udp", false)
	if err != nil || fmt.Sprint(got) != "[{udp 10.0.0.5 161 900}]" {
		t.Fatalf("udp4: %v %v", got, err)
	}
	u6 := make([]byte, udp6Row)
	binary.BigEndian.PutUint16(u6[20:], 500)
	got, err = ParseSocketTable(append(binary.LittleEndian.AppendUint32(nil, 1), u6...), "udp", true)
	if err != nil || fmt.Sprint(got) != "[{udp :: 500 0}]" {
		t.Fatalf("udp6: %v %v", got, err)
	}
}

func TestParseSocketTableShort(t *testing.T) {
	for _, b := range [][]byte{nil, {1, 0}, binary.LittleEndian.AppendUint32(nil, 2), tcp4Table([6]uint32{2})[:20]} {
		if _, err := ParseSocketTable(b, "tcp", false); err == nil {
			t.Errorf("%x: accepted", b)
		}
	}
}

func FuzzParseSocketTable(f *testing.F) {
	f.Add(tcp4Table([6]uint32{2, 0, netPort(22), 0, 0, 1}), uint8(0))
	f.Fuzz(func(t *testing.T, b []byte, kind uint8) {
		proto := "tcp"
		if kind&1 == 1 {
			proto = "udp"
		}
		ss, err := ParseSocketTable(b, proto, kind&2 == 2)
		if err == nil && len(ss) > len(b)/12 {
			t.Fatalf("%d sockets from %d bytes", len(ss), len(b))
		}
	})
}

func TestPolicyFromModals(t *testing.T) {
	p := PolicyFromModals(Modals0{MinLength: 7, MaxAge: 42 * 86400, MinAge: 86400, History: 24},
		Modals3{Duration: 30 * 60, Window: 30 * 60, Threshold: 10})
	if *p.MinLength != 7 || *p.MaxAgeDays != 42 || *p.MinAgeDays != 1 || *p.History != 24 || *p.LockoutThreshold != 10 || *p.LockoutMinutes != 30 || p.Complexity != nil {
		t.Fatalf("%+v", p)
	}
	p = PolicyFromModals(Modals0{MaxAge: TimeqForever}, Modals3{Duration: TimeqForever})
	if *p.MaxAgeDays != -1 || *p.LockoutMinutes != -1 || *p.LockoutThreshold != 0 {
		t.Fatalf("forever: %+v", p)
	}
}

func TestServiceNames(t *testing.T) {
	for _, c := range []struct {
		start   uint32
		delayed bool
		want    string
	}{{2, true, "delayed-auto"}, {2, false, "auto"}, {3, false, "manual"}, {4, false, "disabled"}, {9, false, "unknown(9)"}} {
		if got := StartTypeName(c.start, c.delayed); got != c.want {
			t.Errorf("start %d: %s", c.start, got)
		}
	}
	if StateName(4) != "running" || StateName(1) != "stopped" || StateName(0) != "unknown(0)" {
		t.Error("states")
	}
}

func TestUserHivesAndFailed(t *testing.T) {
	got := UserHives([]string{".DEFAULT", "S-1-5-18", "S-1-5-21-1-2-3-1001", "S-1-5-21-1-2-3-1001_Classes"})
	if fmt.Sprint(got) != "[S-1-5-18 S-1-5-21-1-2-3-1001]" {
		t.Fatal(got)
	}
	s := &Snapshot{Problems: []Problem{{Source: "account_policy.complexity", Error: "secedit: access denied"}}}
	if why, ok := s.Failed("account_policy"); !ok || why == "" {
		t.Fatal("complexity problem not seen as an account_policy one")
	}
	if _, ok := s.Failed("programs"); ok {
		t.Fatal("programs failed?")
	}
	if DecodeText([]byte{0xff, 0xfe, 'A', 0, 'b', 0}) != "Ab" {
		t.Fatal("utf16")
	}
}

func TestCollectOffWindows(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the native collector runs here")
	}
	if s, err := Collect(t.Context()); s != nil || !errors.Is(err, ErrNotWindows) {
		t.Fatalf("%v %v", s, err)
	}
}
