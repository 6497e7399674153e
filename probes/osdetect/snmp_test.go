package osdetect

import (
	"context"
	"crypto/rand"
	"encoding/asn1"
	"encoding/hex"
	"errors"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"conformscan/fixtures/proc"
	"conformscan/probes"
)

// startSnmpd runs Debian's snmpd on a free UDP port of 127.0.0.1 with a
// temporary configuration granting read-only access to a random
// community, and returns its address and the community.
func startSnmpd(t *testing.T) (string, string) {
	t.Helper()
	snmpd, err := proc.Lookup("snmpd", "snmpd", "/usr/sbin/snmpd")
	proc.Need(t, err)
	secret := make([]byte, 8)
	_, _ = rand.Read(secret)
	community := "cs" + hex.EncodeToString(secret)
	addr := proc.ForTest(t, "snmpd", func(dir string) (string, func() error, error) {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		port, err := freeUDPPort()
		if err != nil {
			return "", nil, err
		}
		conf := filepath.Join(dir, "snmpd.conf")
		if err := os.WriteFile(conf, []byte("rocommunity "+community+" 127.0.0.1\n"), 0o600); err != nil {
			return "", nil, err
		}
		addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
		p, err := proc.Start(proc.Spec{Name: "snmpd", Path: snmpd, Dir: dir,
			Env:  append(proc.Environ("SNMPCONFPATH", "MIBS"), "SNMP_PERSISTENT_DIR="+dir, "MIBS="),
			Args: []string{"-f", "-Lo", "-C", "-c", conf, "-p", filepath.Join(dir, "snmpd.pid"), "udp:" + addr}})
		if err != nil {
			return "", nil, err
		}
		ready := func(ctx context.Context) error {
			_, err := SNMPSysDescr(ctx, &probes.Env{}, addr, community)
			return err
		}
		if err := p.WaitReady(ctx, ready); err != nil {
			_ = p.Stop()
			return "", nil, err
		}
		return addr, p.Stop, nil
	})
	return addr, community
}

func freeUDPPort() (int, error) {
	c, err := net.ListenPacket("udp4", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer c.Close()
	return c.LocalAddr().(*net.UDPAddr).Port, nil
}

// TestSNMPSnmpd reads sysDescr.0 of a real net-snmp agent, then runs the
// host probe with the community: the detection carries the string; a
// wrong community gets no answer, and the error does not show it.
func TestSNMPSnmpd(t *testing.T) {
	addr, community := startSnmpd(t)
	descr, err := SNMPSysDescr(context.Background(), &probes.Env{}, addr, community)
	if err != nil || !strings.HasPrefix(descr, "Linux ") {
		t.Fatalf("%q %v", descr, err)
	}
	short, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
	defer cancel()
	_, err = SNMPSysDescr(short, &probes.Env{}, addr, "wrong"+community)
	if err == nil || strings.Contains(err.Error(), community) || !strings.Contains(err.Error(), "no answer") {
		t.Fatalf("wrong community: %v", err)
	}
	_, port, _ := net.SplitHostPort(addr)
	n, _ := strconv.Atoi(port)
	s := probes.NewSubject(probes.SubjectHost, "127.0.0.1")
	if err := NewWith(&Flags{SNMPCommunity: community, SNMPPort: n}).Run(context.Background(), &probes.Env{}, s); err != nil {
		t.Fatal(err)
	}
	f := FactsOf(s)
	if len(f.OS) != 1 || f.OS[0].Source != SourceSNMP || f.OS[0].Seen != descr || f.OS[0].Endpoint != addr+"/udp" {
		t.Fatalf("%+v", f)
	}
	t.Logf("%s", f.OS[0])
}

// TestSNMPNotAsked: without a community, no datagram is sent.
func TestSNMPNotAsked(t *testing.T) {
	s := probes.NewSubject(probes.SubjectHost, "127.0.0.1")
	dial := func(context.Context, string, string) (net.Conn, error) { return nil, errors.New("dialed") }
	if err := NewWith(&Flags{}).Run(context.Background(), &probes.Env{Dial: dial}, s); err != nil {
		t.Fatal(err)
	}
	if f := FactsOf(s); len(f.OS) != 0 || len(f.Notes) != 0 {
		t.Fatalf("%+v", f)
	}
}

func TestSNMPFlags(t *testing.T) {
	f := &Flags{getenv: func(string) string { return "fromenv" }}
	if err := f.Validate(t.Context()); err != nil || f.SNMPCommunity != "fromenv" {
		t.Fatalf("%v %q", err, f.SNMPCommunity)
	}
	path := filepath.Join(t.TempDir(), "c")
	_ = os.WriteFile(path, []byte("fromfile\n"), 0o600)
	f = &Flags{SNMPCommunityFile: path, getenv: func(string) string { return "fromenv" }}
	if err := f.Validate(t.Context()); err != nil || f.SNMPCommunity != "fromfile" {
		t.Fatalf("%v %q", err, f.SNMPCommunity)
	}
	f = &Flags{SNMPCommunityFile: filepath.Join(t.TempDir(), "none")}
	if err := f.Validate(t.Context()); err == nil {
		t.Fatal("missing file accepted")
	}
}

// snmpAnswer encodes a GetResponse to id carrying value for oid.
func snmpAnswer(t testing.TB, id int32, status int, oid asn1.ObjectIdentifier, value asn1.RawValue) []byte {
	pdu, err := asn1.MarshalWithParams(snmpPDU{RequestID: id, ErrorStatus: status, VarBinds: []snmpVarBind{{OID: oid, Value: value}}}, "tag:2")
	if err != nil {
		t.Fatal(err)
	}
	b, err := asn1.Marshal(snmpMessage{Version: 1, Community: []byte("x"), PDU: asn1.RawValue{FullBytes: pdu}})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestSNMPResponseBoundaries(t *testing.T) {
	win := "Hardware: Intel64 Family 6 Model 85 Stepping 4 AT/AT COMPATIBLE - Software: Windows Version 6.3 (Build 9600 Multiprocessor Free)"
	str := asn1.RawValue{Tag: asn1.TagOctetString, Bytes: []byte(win)}
	if got, err := parseSNMPResponse(snmpAnswer(t, 7, 0, sysDescrOID(), str), 7); err != nil || got != win {
		t.Fatalf("%q %v", got, err)
	}
	for want, b := range map[string][]byte{
		"answer to request":   snmpAnswer(t, 8, 0, sysDescrOID(), str),
		"error-status 2":      snmpAnswer(t, 7, 2, sysDescrOID(), str),
		"no sysDescr.0":       snmpAnswer(t, 7, 0, asn1.ObjectIdentifier{1, 3, 6, 1, 2, 1, 1, 5, 0}, str),
		"not a string":        snmpAnswer(t, 7, 0, sysDescrOID(), asn1.RawValue{Class: asn1.ClassContextSpecific, Tag: 0}),
		"not an SNMP message": []byte("\x30\xff"),
	} {
		if _, err := parseSNMPResponse(b, 7); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v", want, err)
		}
	}
	req, _ := snmpGetRequest("c", 7)
	if _, err := parseSNMPResponse(req, 7); err == nil || !strings.Contains(err.Error(), "not a GetResponse") {
		t.Errorf("request read as a response: %v", err)
	}
}
