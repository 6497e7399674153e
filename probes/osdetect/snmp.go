package osdetect

import (
	"context"
	"encoding/asn1"
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"time"

	"conformscan/probes"
)

const (
	// snmpTimeout bounds one SNMP GET (one datagram each way).
	snmpTimeout = 3 * time.Second
	// maxSNMPResponse bounds the datagram read.
	maxSNMPResponse = 8 << 10
	// snmpVersion2c is the version field of an SNMPv2c message.
	snmpVersion2c = 1
)

// sysDescrOID is SNMPv2-MIB::sysDescr.0.
func sysDescrOID() asn1.ObjectIdentifier { return asn1.ObjectIdentifier{1, 3, 6, 1, 2, 1, 1, 1, 0} }

type snmpMessage struct {
	Version   int
	Community []byte
	PDU       asn1.RawValue
}

type snmpPDU struct {
	RequestID   int32
	ErrorStatus int
	ErrorIndex  int
	VarBinds    []snmpVarBind
}

type snmpVarBind struct {
	OID   asn1.ObjectIdentifier
	Value asn1.RawValue
}

// SNMPSysDescr asks addr (host:port, UDP) for sysDescr.0 with one SNMPv2c
// GET in community, and returns it. Errors never contain the community.
func SNMPSysDescr(ctx context.Context, env *probes.Env, addr, community string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, snmpTimeout)
	defer cancel()
	id := rand.Int32()
	req, err := snmpGetRequest(community, id)
	if err != nil {
		return "", fmt.Errorf("snmp %s: %w", addr, err)
	}
	conn, err := dialBounded(ctx, env, "udp", addr)
	if err != nil {
		return "", fmt.Errorf("snmp %s: %w", addr, err)
	}
	defer conn.Close()
	if _, err := conn.Write(req); err != nil {
		return "", fmt.Errorf("snmp %s: send: %w", addr, err)
	}
	buf := make([]byte, maxSNMPResponse)
	n, err := conn.Read(buf)
	if err != nil {
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() {
			return "", fmt.Errorf("snmp %s: no answer (wrong community, or UDP 161 filtered): %w", addr, err)
		}
		return "", fmt.Errorf("snmp %s: %w", addr, err)
	}
	descr, err := parseSNMPResponse(buf[:n], id)
	if err != nil {
		return "", fmt.Errorf("snmp %s: %w", addr, err)
	}
	return descr, nil
}

// snmpGetRequest encodes an SNMPv2c GetRequest of sysDescr.0.
func snmpGetRequest(community string, id int32) ([]byte, error) {
	pdu, err := asn1.MarshalWithParams(snmpPDU{RequestID: id,
		VarBinds: []snmpVarBind{{OID: sysDescrOID(), Value: asn1.RawValue{Tag: asn1.TagNull}}}}, "tag:0")
	if err != nil {
		return nil, fmt.Errorf("encode GetRequest: %w", err)
	}
	msg, err := asn1.Marshal(snmpMessage{Version: snmpVersion2c, Community: []byte(community), PDU: asn1.RawValue{FullBytes: pdu}})
	if err != nil {
		return nil, fmt.Errorf("encode message: %w", err)
	}
	return msg, nil
}

// parseSNMPResponse reads a GetResponse to request id: sysDescr.0's
// value, which must be an OCTET STRING.
func parseSNMPResponse(b []byte, id int32) (string, error) {
	var msg snmpMessage
	if _, err := asn1.Unmarshal(b, &msg); err != nil {
		return "", fmt.Errorf("not an SNMP message: %w", err)
	}
	if msg.PDU.Class != asn1.ClassContextSpecific || msg.PDU.Tag != 2 {
		return "", fmt.Errorf("not a GetResponse (PDU tag %d)", msg.PDU.Tag)
	}
	var pdu snmpPDU
	if _, err := asn1.UnmarshalWithParams(msg.PDU.FullBytes, &pdu, "tag:2"); err != nil {
		return "", fmt.Errorf("GetResponse: %w", err)
	}
	switch {
	case pdu.RequestID != id:
		return "", fmt.Errorf("answer to request %d, sent %d", pdu.RequestID, id)
	case pdu.ErrorStatus != 0:
		return "", fmt.Errorf("error-status %d", pdu.ErrorStatus)
	case len(pdu.VarBinds) != 1 || !pdu.VarBinds[0].OID.Equal(sysDescrOID()):
		return "", errors.New("no sysDescr.0 in the answer")
	}
	v := pdu.VarBinds[0].Value
	if v.Class != asn1.ClassUniversal || v.Tag != asn1.TagOctetString {
		return "", fmt.Errorf("sysDescr.0 is not a string (class %d, tag %d)", v.Class, v.Tag)
	}
	return string(v.Bytes), nil
}
