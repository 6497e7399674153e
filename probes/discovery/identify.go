package discovery

// Recognising a service from the first bytes it sends: pure functions of
// untrusted bytes (FuzzRecognize).

import (
	"bytes"
	"fmt"
	"strings"

	"conformscan/probes/lib/services"
)

const (
	// maxBanner bounds what is read of one exchange.
	maxBanner = 4096
	// maxPrintable bounds the printable excerpts kept as evidence.
	maxPrintable = 512
	// maxFirstBytes bounds Port.FirstBytes, in bytes received.
	maxFirstBytes = 64
)

// rule names the service whose first bytes b are, "" when it does not
// apply; port breaks ties (SMTP or FTP).
type rule func(b []byte, port int) string

// rules are tried in order.
func rules() []rule {
	return []rule{
		prefixRule("ssh", "SSH-"),
		prefixRule("vnc", "RFB "),
		prefixRule("pop3", "+OK"),
		prefixRule("imap", "* OK", "* PREAUTH"),
		prefixRule("rsync", "@RSYNCD:"),
		telnetRule,
		mysqlRule,
		httpRule,
		replyCodeRule,
	}
}

func prefixRule(service string, prefixes ...string) rule {
	return func(b []byte, _ int) string {
		for _, p := range prefixes {
			if bytes.HasPrefix(b, []byte(p)) {
				return service
			}
		}
		return ""
	}
}

// telnetRule: IAC followed by a negotiation command (SE to DONT).
func telnetRule(b []byte, _ int) string {
	if len(b) >= 2 && b[0] == 0xff && b[1] >= 0xf0 && b[1] != 0xff {
		return "telnet"
	}
	return ""
}

// mysqlRule: the initial handshake packet of protocol version 10 (3-byte
// length, sequence 0, then 0x0a).
func mysqlRule(b []byte, _ int) string {
	if len(b) >= 5 && b[3] == 0 && b[4] == 0x0a && b[2] == 0 && int(b[0])|int(b[1])<<8 < 1024 {
		return "mysql"
	}
	return ""
}

// httpRule: an HTTP status line, whether the server answered a request or
// spoke first. A TLS server answering plain HTTP with its own error page
// (nginx, Go, Apache) is HTTPS.
func httpRule(b []byte, _ int) string {
	if !bytes.HasPrefix(b, []byte("HTTP/1.")) && !bytes.HasPrefix(b, []byte("HTTP/2")) {
		return ""
	}
	if speaksTLS(b) {
		return "https"
	}
	return "http"
}

// replyCodeRule: a 220/120/421 greeting is SMTP when it says so (or the
// port is SMTP's), else FTP.
func replyCodeRule(b []byte, port int) string {
	if !bytes.HasPrefix(b, []byte("220")) && !bytes.HasPrefix(b, []byte("120")) && !bytes.HasPrefix(b, []byte("421")) {
		return ""
	}
	up := bytes.ToUpper(b)
	smtpish := bytes.Contains(up, []byte("SMTP")) || bytes.Contains(up, []byte("MAIL"))
	if reg, _ := services.ByPort(port); smtpish || reg.Name == "smtp" {
		if !bytes.Contains(up, []byte("FTP")) {
			return "smtp"
		}
	}
	return "ftp"
}

// recognize names the service whose first bytes are b, "" when no rule
// matches.
func recognize(b []byte, port int) string {
	for _, r := range rules() {
		if s := r(b, port); s != "" {
			return s
		}
	}
	return ""
}

// answersRequest tells whether svc, named from bytes that came only after
// our request, can be believed: a server-first service (POP3, SMTP, FTP,
// SSH...) greets before any request, so its greeting after GET / is no
// such service ("" and client-first services are believed).
func answersRequest(svc string) bool {
	return svc == "" || services.Get(svc).First != services.ServerFirst
}

// recognizeInTLS names the implicit-TLS service whose first bytes inside
// TLS are b ("https" for an HTTP answer), "" when none matches.
func recognizeInTLS(b []byte, port int) string {
	inner := recognize(b, port)
	if inner == "https" {
		return inner
	}
	if s, ok := services.OverTLS(inner); ok {
		return s.Name
	}
	return ""
}

// tlsMarkers are what TLS servers say to a plain-HTTP request.
func tlsMarkers() []string {
	return []string{
		"plain http request was sent to https port", // nginx
		"http request to an https server",           // Go net/http
		"speaking plain http to an ssl-enabled",     // Apache
		"this combination of host and port requires tls",
	}
}

func speaksTLS(resp []byte) bool {
	low := strings.ToLower(string(resp))
	for _, m := range tlsMarkers() {
		if strings.Contains(low, m) {
			return true
		}
	}
	return false
}

// looksTLS tells whether b starts with a TLS record (handshake or alert,
// major version 3) or an SSLv2 SERVER-HELLO (2-byte header, message type
// 4, certificate type X.509, version 0x0002).
func looksTLS(b []byte) bool {
	if len(b) >= 3 && (b[0] == 0x15 || b[0] == 0x16) && b[1] == 0x03 && b[2] <= 0x04 {
		return true
	}
	return len(b) >= 7 && b[0]&0x80 != 0 && b[2] == 0x04 && b[4] == 0x01 && b[5] == 0x00 && b[6] == 0x02
}

// unidentifiedReason tells garbage from unrecognized text.
func unidentifiedReason(b []byte) string {
	if len(b) == 0 {
		return UnidentifiedSilent
	}
	text := 0
	for _, c := range b {
		if c == '\r' || c == '\n' || c == '\t' || (c >= 0x20 && c < 0x7f) {
			text++
		}
	}
	if text*10 >= len(b)*9 {
		return UnidentifiedUnrecognized
	}
	return UnidentifiedGarbage
}

// Printable renders bytes as text for evidence: control bytes other than
// tab/CR/LF become \xNN, and the result is cut at 512 characters.
func Printable(b []byte) string {
	var sb strings.Builder
	for _, c := range b {
		switch {
		case c == '\r':
			continue
		case c == '\n' || c == '\t' || (c >= 0x20 && c < 0x7f):
			sb.WriteByte(c)
		default:
			fmt.Fprintf(&sb, "\\x%02x", c)
		}
		if sb.Len() >= maxPrintable {
			sb.WriteString("…")
			break
		}
	}
	return strings.TrimRight(sb.String(), "\n")
}

// Escape renders at most the first 64 bytes of b exactly: printable ASCII
// as is, a backslash as \\, every other byte (CR and LF included) as \xNN.
func Escape(b []byte) string {
	var sb strings.Builder
	for _, c := range b[:min(len(b), maxFirstBytes)] {
		switch {
		case c == '\\':
			sb.WriteString(`\\`)
		case c >= 0x20 && c < 0x7f:
			sb.WriteByte(c)
		default:
			fmt.Fprintf(&sb, "\\x%02x", c)
		}
	}
	return sb.String()
}
