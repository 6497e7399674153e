// Package telnet is the Telnet stream parser (RFC 854) conformscan's
// probes share: the cleartext probe (7.2) reads a server's greeting, the
// login probe (8.3) logs in. It strips commands from the stream and
// answers option negotiation without ever looping: DO is refused (WONT),
// WILL is refused (DONT) unless the option is accepted (DO), each request
// is answered once, subnegotiations are skipped, and a server that
// negotiates without end is an error.
//
// A library the probes share: it must not import a probe, nor checks/,
// reports/ or anything above probes/.
package telnet

import (
	"errors"
	"fmt"
	"slices"
)

// Commands (RFC 854) and the options a login accepts (RFC 857 ECHO,
// RFC 858 SUPPRESS-GO-AHEAD).
const (
	IAC  = 255
	DONT = 254
	DO   = 253
	WONT = 252
	WILL = 251
	SB   = 250
	SE   = 240
	Echo = 1
	SGA  = 3
)

// Limits: option requests answered or not, bytes of one subnegotiation.
const (
	MaxNegotiations = 64
	MaxSB           = 1024
)

const (
	stData = iota
	stIAC
	stOption
	stSB
	stSBIAC
)

// Parser is one Telnet stream's state. The zero value refuses every
// option.
type Parser struct {
	// Accept lists the options the client lets the server enable.
	Accept []byte
	// Negotiations counts the option requests seen.
	Negotiations int

	state    int
	cmd      byte
	sbLen    int
	answered map[[2]byte]bool
	err      error
}

// Feed parses the next bytes of the stream: it returns the data bytes and
// the answer to send back. After an error every call returns it.
func (p *Parser) Feed(b []byte) (data, reply []byte, err error) {
	for _, c := range b {
		if p.err != nil {
			break
		}
		switch p.state {
		case stData:
			if c == IAC {
				p.state = stIAC
			} else {
				data = append(data, c)
			}
		case stIAC:
			data = p.command(c, data)
		case stOption:
			reply = p.option(c, reply)
		case stSB, stSBIAC:
			p.subnegotiation(c)
		}
	}
	return data, reply, p.err
}

// command reads the byte after IAC.
func (p *Parser) command(c byte, data []byte) []byte {
	switch {
	case c == IAC:
		data = append(data, IAC)
		p.state = stData
	case c >= WILL && c <= DONT:
		p.cmd, p.state = c, stOption
	case c == SB:
		p.state, p.sbLen = stSB, 0
	default: // NOP, GA, DM... carry nothing a probe needs
		p.state = stData
	}
	return data
}

// option answers one request, once.
func (p *Parser) option(opt byte, reply []byte) []byte {
	p.state = stData
	p.Negotiations++
	if p.Negotiations > MaxNegotiations {
		p.err = fmt.Errorf("more than %d option negotiations", MaxNegotiations)
		return reply
	}
	key := [2]byte{p.cmd, opt}
	if p.cmd == DONT || p.cmd == WONT || p.answered[key] {
		return reply
	}
	if p.answered == nil {
		p.answered = map[[2]byte]bool{}
	}
	p.answered[key] = true
	switch {
	case p.cmd == DO:
		return append(reply, IAC, WONT, opt)
	case slices.Contains(p.Accept, opt):
		return append(reply, IAC, DO, opt)
	}
	return append(reply, IAC, DONT, opt)
}

// subnegotiation skips up to IAC SE.
func (p *Parser) subnegotiation(c byte) {
	p.sbLen++
	if p.sbLen > MaxSB {
		p.err = errors.New("telnet subnegotiation longer than 1024 bytes")
		return
	}
	switch {
	case p.state == stSBIAC && c == SE:
		p.state = stData
	case p.state == stSBIAC:
		p.state = stSB
	case c == IAC:
		p.state = stSBIAC
	}
}

// LoginPrompts are the user-name prompts of Telnet servers, lower case,
// matched at the end of the text received.
func LoginPrompts() []string {
	return []string{"login:", "username:", "user name:", "user:", "login name:", "userid:", "user id:", "account:", "login>", "username>"}
}

// PasswordPrompts are the password prompts, lower case.
func PasswordPrompts() []string { return []string{"password:", "passcode:"} }
