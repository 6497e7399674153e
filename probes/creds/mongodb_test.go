package creds

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"io"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"conformscan/fixtures/loopback"
)

// No MongoDB server is packaged in Debian 12: mongoStandIn is an
// in-process server speaking OP_MSG for hello, listDatabases and
// buildInfo, in the modes below.
const (
	mongoNoAuth    = "no-auth"   // lists 3 databases
	mongoAuth      = "auth"      // listDatabases: Unauthorized (13)
	mongoHuge      = "huge"      // header announcing 2 GiB
	mongoTruncated = "truncated" // header announcing 200 bytes, 30 sent, then silence
	mongoGarbage   = "garbage"   // an HTTP answer
	mongoSilent    = "silent"    // reads, never answers
)

func mongoStandIn(t *testing.T, mode string) string {
	t.Helper()
	port := loopback.Serve(t, func(c net.Conn) { serveMongo(c, mode) })
	return net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
}

func serveMongo(conn net.Conn, mode string) {
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(10 * time.Second))
	for {
		id, cmd, err := readMongoRequest(conn)
		if err != nil {
			return
		}
		switch mode {
		case mongoHuge:
			_, _ = conn.Write([]byte{0xff, 0xff, 0xff, 0x7f, 1, 0, 0, 0, 1, 0, 0, 0, 0xdd, 7, 0, 0})
			continue
		case mongoTruncated:
			head := make([]byte, 30)
			binary.LittleEndian.PutUint32(head, 200)
			_, _ = conn.Write(head)
			_, _ = io.Copy(io.Discard, conn)
			return
		case mongoGarbage:
			_, _ = conn.Write([]byte("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"))
			return
		case mongoSilent:
			_, _ = io.Copy(io.Discard, conn)
			return
		}
		if _, err := conn.Write(mongoReply(id, mongoAnswer(cmd, mode))); err != nil {
			return
		}
	}
}

func readMongoRequest(conn net.Conn) (int32, string, error) {
	head := make([]byte, 16)
	if _, err := io.ReadFull(conn, head); err != nil {
		return 0, "", err
	}
	n := binary.LittleEndian.Uint32(head)
	if n < 21 || n > 1<<20 {
		return 0, "", errors.New("bad request length")
	}
	msg := append(head, make([]byte, n-16)...)
	if _, err := io.ReadFull(conn, msg[16:]); err != nil {
		return 0, "", err
	}
	doc, err := parseOpMsg(msg)
	if err != nil || len(doc) == 0 || doc.get("$db") != "admin" {
		return 0, "", errors.New("bad request")
	}
	return int32(binary.LittleEndian.Uint32(msg[4:])), doc[0].Key, nil
}

func mongoAnswer(cmd, mode string) bsonDoc {
	switch {
	case cmd == "hello":
		return bsonDoc{{"isWritablePrimary", true}, {"maxBsonObjectSize", int32(16 << 20)}, {"maxWireVersion", int32(21)}, {"ok", 1.0}}
	case cmd == "buildInfo":
		return bsonDoc{{"version", "7.0.14"}, {"versionArray", bsonArray{int32(7), int32(0), int32(14), int32(0)}}, {"ok", 1.0}}
	case cmd == "listDatabases" && mode == mongoNoAuth:
		dbs := bsonArray{bsonDoc{{"name", "admin"}}, bsonDoc{{"name", "config"}}, bsonDoc{{"name", "local"}}}
		return bsonDoc{{"databases", dbs}, {"ok", 1.0}}
	case cmd == "listDatabases":
		return bsonDoc{{"ok", 0.0}, {"errmsg", "command listDatabases requires authentication"}, {"code", int32(13)}, {"codeName", "Unauthorized"}}
	}
	return bsonDoc{{"ok", 0.0}, {"errmsg", "no such command: '" + cmd + "'"}, {"code", int32(59)}}
}

func mongoReply(to int32, doc bsonDoc) []byte {
	body := encodeBSON(doc)
	msg := make([]byte, 21, 21+len(body))
	binary.LittleEndian.PutUint32(msg[4:], 99)
	binary.LittleEndian.PutUint32(msg[8:], uint32(to))
	binary.LittleEndian.PutUint32(msg[12:], opMsg)
	msg = append(msg, body...)
	binary.LittleEndian.PutUint32(msg, uint32(len(msg)))
	return msg
}

func TestMongoDBWithoutAuthFound(t *testing.T) {
	f, err := runProbe(t, &Flags{}, endpoint(t, mongoStandIn(t, mongoNoAuth), "mongodb"))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Findings) != 1 || f.Findings[0].Kind != FindingAnonymous ||
		!strings.Contains(f.Findings[0].Signal, "3 databases (MongoDB 7.0.14)") {
		t.Fatalf("findings %+v", f.Findings)
	}
}

// TestMongoDBAuthRequired is the conformant twin: Unauthorized, no finding.
func TestMongoDBAuthRequired(t *testing.T) {
	f, err := runProbe(t, &Flags{}, endpoint(t, mongoStandIn(t, mongoAuth), "mongodb"))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Findings) != 0 || !f.Testable || len(f.Tried) != 1 || f.Tried[0].Tries != 1 {
		t.Fatalf("facts %+v", f)
	}
}

// TestMongoDBHostile: every hostile server ends in an error, within the
// deadline, without a crash.
func TestMongoDBHostile(t *testing.T) {
	for _, mode := range []string{mongoHuge, mongoTruncated, mongoGarbage, mongoSilent} {
		t.Run(mode, func(t *testing.T) {
			t.Parallel()
			addr := mongoStandIn(t, mode)
			ctx, cancel := context.WithTimeout(context.Background(), 1500*time.Millisecond)
			defer cancel()
			start := time.Now()
			o := mongoOpen(ctx, (&net.Dialer{}).DialContext, addr)
			if o.Verdict != Unknown {
				t.Fatalf("%s: outcome %v, want unknown", mode, o)
			}
			if d := time.Since(start); d > 3*time.Second {
				t.Errorf("%s: took %s", mode, d)
			}
		})
	}
}

// TestBSONEncodeGolden checks the hello command against its bytes written
// by hand from the BSON specification.
func TestBSONEncodeGolden(t *testing.T) {
	want := []byte{31, 0, 0, 0,
		0x10, 'h', 'e', 'l', 'l', 'o', 0, 1, 0, 0, 0,
		0x02, '$', 'd', 'b', 0, 6, 0, 0, 0, 'a', 'd', 'm', 'i', 'n', 0,
		0}
	if got := encodeBSON(bsonDoc{{"hello", int32(1)}, {"$db", "admin"}}); !bytes.Equal(got, want) {
		t.Fatalf("got % x\nwant % x", got, want)
	}
}

// realHelloBody is the shape of a mongod 7 hello reply: an ObjectId in
// topologyVersion, a date, an int64, doubles (hand-built bytes).
func realHelloBody() []byte {
	tv := []byte{0x07, 'p', 0}
	tv = append(tv, bytes.Repeat([]byte{0xab}, 12)...)
	tv = append(tv, 0x12, 'c', 0, 5, 0, 0, 0, 0, 0, 0, 0)
	sub := append(binary.LittleEndian.AppendUint32(nil, uint32(len(tv)+5)), tv...)
	sub = append(sub, 0)
	el := append([]byte{0x03, 't', 'v', 0}, sub...)
	el = append(el, 0x09, 'd', 0, 1, 2, 3, 4, 5, 6, 7, 8)
	el = append(el, 0x0A, 'n', 0)
	el = append(el, 0x01, 'o', 'k', 0, 0, 0, 0, 0, 0, 0, 0xf0, 0x3f)
	doc := append(binary.LittleEndian.AppendUint32(nil, uint32(len(el)+5)), el...)
	return append(doc, 0)
}

func TestBSONDecodeSkipsOtherTypes(t *testing.T) {
	doc, err := decodeBSON(realHelloBody())
	if err != nil {
		t.Fatal(err)
	}
	ok, _ := number(doc.get("ok"))
	tv, _ := doc.get("tv").(bsonDoc)
	if ok != 1 || len(doc) != 4 || tv.get("c") != int64(5) {
		t.Fatalf("doc %+v", doc)
	}
	for _, bad := range [][]byte{{}, {5, 0, 0, 0}, {6, 0, 0, 0, 0x42, 0}, {0xff, 0xff, 0xff, 0x7f, 0}} {
		if _, err := decodeBSON(bad); err == nil {
			t.Errorf("% x decoded", bad)
		}
	}
}

func TestListDatabasesCount(t *testing.T) {
	for _, c := range []struct {
		doc  bsonDoc
		want int
		err  bool
	}{
		{mongoAnswer("listDatabases", mongoNoAuth), 3, false},
		{mongoAnswer("listDatabases", mongoAuth), -1, false},
		{bsonDoc{{"ok", int32(0)}, {"errmsg", "not authorized on admin to execute command"}, {"code", int32(13)}}, -1, false},
		{bsonDoc{{"ok", 1.0}}, 0, true},
		{mongoAnswer("nope", ""), 0, true},
	} {
		n, err := listDatabasesCount(c.doc)
		if n != c.want || (err != nil) != c.err {
			t.Errorf("%+v: %d, %v", c.doc, n, err)
		}
	}
}

func FuzzDecodeBSON(f *testing.F) {
	f.Add(realHelloBody())
	f.Add(encodeBSON(mongoAnswer("listDatabases", mongoNoAuth)))
	f.Add(encodeBSON(mongoAnswer("buildInfo", "")))
	f.Fuzz(func(t *testing.T, b []byte) {
		doc, err := decodeBSON(b)
		if err == nil {
			_, _ = listDatabasesCount(doc)
		}
	})
}

func FuzzParseOpMsg(f *testing.F) {
	f.Add(mongoReply(1, mongoAnswer("listDatabases", mongoNoAuth)))
	f.Add(mongoReply(2, mongoAnswer("listDatabases", mongoAuth)))
	f.Add(mongoReply(3, mongoAnswer("hello", "")))
	f.Fuzz(func(t *testing.T, msg []byte) {
		if len(msg) > 4 {
			binary.LittleEndian.PutUint32(msg, uint32(len(msg)))
		}
		if doc, err := parseOpMsg(msg); err == nil {
			_, _ = listDatabasesCount(doc)
		}
		_, _ = readOpMsg(bytes.NewReader(msg), 0)
	})
}
