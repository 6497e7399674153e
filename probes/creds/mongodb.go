package creds

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
)

// MongoDB wire protocol: OP_MSG and its bounds.
const (
	opMsg          = 2013
	opMsgHeader    = 16
	mongoMaxMsg    = 1 << 20
	mongoMaxRead   = 4 << 20
	mongoUnauthErr = 13 // Unauthorized
	// opMsgChecksum is the checksumPresent flag: 4 CRC bytes end the message.
	opMsgChecksum = 1 << 0
)

// mongodbService asks one question without credentials: does the server
// list its databases? No password is tried (no SCRAM login).
func mongodbService() service {
	return service{name: "mongodb", display: "MongoDB", discovered: []string{"mongodb"},
		open: func(ctx context.Context, t *target) Outcome { return mongoOpen(ctx, t.dial, t.addr) }}
}

// mongoOpen sends hello, then listDatabases without authenticating: ok
// with a databases array is the finding; Unauthorized is no finding.
func mongoOpen(ctx context.Context, dial dialFunc, addr string) Outcome {
	ctx, cancel := context.WithTimeout(ctx, tryTimeout)
	defer cancel()
	conn, done, err := dialCapped(ctx, dial, addr, mongoMaxRead)
	if err != nil {
		return notSent(err)
	}
	defer done()
	c := &mongoConn{conn: conn}
	if _, err := c.command(bsonDoc{{"hello", int32(1)}, {"$db", "admin"}}); err != nil {
		return notSent(fmt.Errorf("MongoDB hello: %w", err))
	}
	reply, err := c.command(bsonDoc{{"listDatabases", int32(1)}, {"nameOnly", true}, {"$db", "admin"}})
	if err != nil {
		return notSent(fmt.Errorf("MongoDB listDatabases: %w", err))
	}
	n, err := listDatabasesCount(reply)
	switch {
	case err != nil:
		return notSent(err)
	case n < 0:
		return refusedWith("MongoDB: listDatabases requires authentication")
	}
	version := "?"
	if info, err := c.command(bsonDoc{{"buildInfo", int32(1)}, {"$db", "admin"}}); err == nil {
		if v, ok := info.get("version").(string); ok {
			version = clip(v)
		}
	}
	return accepted(fmt.Sprintf("listDatabases sans authentification : %d bases (MongoDB %s) / listDatabases without authentication: %d databases (MongoDB %s)",
		n, version, n, version))
}

// listDatabasesCount reads a listDatabases reply: the number of databases
// listed, -1 when the server asks for authentication, an error otherwise.
func listDatabasesCount(reply bsonDoc) (int, error) {
	ok, _ := number(reply.get("ok"))
	if ok == 1 {
		dbs, isArray := reply.get("databases").(bsonArray)
		if !isArray {
			return 0, errors.New("MongoDB listDatabases: ok without a databases array")
		}
		return len(dbs), nil
	}
	code, _ := number(reply.get("code"))
	msg, _ := reply.get("errmsg").(string)
	if code == mongoUnauthErr || strings.Contains(msg, "requires authentication") || strings.Contains(msg, "not authorized") {
		return -1, nil
	}
	return 0, fmt.Errorf("MongoDB listDatabases refused (code %v): %q", code, clip(msg))
}

// mongoConn sends OP_MSG commands and reads their replies.
type mongoConn struct {
	conn net.Conn
	id   int32
}

// command sends doc as an OP_MSG and returns the reply's body.
func (c *mongoConn) command(doc bsonDoc) (bsonDoc, error) {
	c.id++
	body := encodeBSON(doc)
	msg := make([]byte, opMsgHeader+4+1, opMsgHeader+5+len(body))
	binary.LittleEndian.PutUint32(msg[4:], uint32(c.id))
	binary.LittleEndian.PutUint32(msg[12:], opMsg)
	msg = append(msg, body...)
	binary.LittleEndian.PutUint32(msg, uint32(len(msg)))
	if _, err := c.conn.Write(msg); err != nil {
		return nil, fmt.Errorf("sending: %w", err)
	}
	return readOpMsg(c.conn, c.id)
}

// readOpMsg reads one OP_MSG answering request id: a validated header,
// at most mongoMaxMsg bytes.
func readOpMsg(r io.Reader, id int32) (bsonDoc, error) {
	head := make([]byte, opMsgHeader)
	if _, err := io.ReadFull(r, head); err != nil {
		return nil, fmt.Errorf("reading the reply header: %w", err)
	}
	n := binary.LittleEndian.Uint32(head)
	if n < opMsgHeader+5 || n > mongoMaxMsg {
		return nil, fmt.Errorf("reply length %d out of bounds", n)
	}
	msg := make([]byte, n)
	copy(msg, head)
	if _, err := io.ReadFull(r, msg[opMsgHeader:]); err != nil {
		return nil, fmt.Errorf("reading the reply: %w", err)
	}
	if to := int32(binary.LittleEndian.Uint32(msg[8:])); to != id {
		return nil, fmt.Errorf("reply to request %d, want %d", to, id)
	}
	return parseOpMsg(msg)
}

// parseOpMsg parses a whole OP_MSG (header included) and returns its body
// section (kind 0); document sequences (kind 1) are skipped.
func parseOpMsg(msg []byte) (bsonDoc, error) {
	if len(msg) < opMsgHeader+5 || int(binary.LittleEndian.Uint32(msg)) != len(msg) {
		return nil, errors.New("OP_MSG: bad length")
	}
	if op := binary.LittleEndian.Uint32(msg[12:]); op != opMsg {
		return nil, fmt.Errorf("opcode %d, want OP_MSG (%d): not MongoDB 3.6 or later", op, opMsg)
	}
	flags, rest := binary.LittleEndian.Uint32(msg[16:]), msg[20:]
	if flags&opMsgChecksum != 0 {
		if len(rest) < 4 {
			return nil, errors.New("OP_MSG: checksum missing")
		}
		rest = rest[:len(rest)-4]
	}
	var body bsonDoc
	for len(rest) > 0 {
		kind := rest[0]
		if len(rest) < 5 {
			return nil, errors.New("OP_MSG: truncated section")
		}
		size := int(binary.LittleEndian.Uint32(rest[1:]))
		switch {
		case kind == 0 && body == nil:
			if size < 5 || size > len(rest)-1 {
				return nil, errors.New("OP_MSG: bad body length")
			}
			doc, err := decodeBSON(rest[1 : 1+size])
			if err != nil {
				return nil, err
			}
			body, rest = doc, rest[1+size:]
		case kind == 1 && size >= 4 && size <= len(rest)-1:
			rest = rest[1+size:]
		default:
			return nil, fmt.Errorf("OP_MSG: bad section (kind %d)", kind)
		}
	}
	if body == nil {
		return nil, errors.New("OP_MSG: no body section")
	}
	return body, nil
}
