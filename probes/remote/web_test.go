package remote

import (
	"bufio"
	"strconv"
	"strings"
	"testing"

	"conformscan/demo/remotelab"
)

func httpAnswer(headers, body string) remotelab.Handler {
	return remotelab.Reply([]byte("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" + headers + "Content-Length: " +
		strconv.Itoa(len(body)) + "\r\nConnection: close\r\n\r\n" + body))
}

func TestWebConsoles(t *testing.T) {
	f := scanFake(t, httpAnswer("", "<html><head><title>Guacamole 1.5</title></head></html>"), "http", 0)
	if f.Tool != "web-console" || f.Display != "Apache Guacamole" || !f.RemoteControl || !f.Cleartext {
		t.Errorf("guacamole: %+v", f)
	}
	f = scanFake(t, httpAnswer("Server: MiniServ/2.105\r\n", "<title>Login to Webmin</title>"), "http", 0)
	if f.Tool != "web-console" || f.Display != "Webmin" || f.RemoteControl || !f.Admin {
		t.Errorf("webmin: %+v", f)
	}
	f = scanFake(t, httpAnswer("Server: nginx\r\n", "<title>Welcome to nginx!</title>"), "http", 0)
	if f.Tool != "" || f.Admin {
		t.Errorf("a plain site is no console: %+v", f)
	}
}

func FuzzParseWebPage(f *testing.F) {
	f.Add([]byte("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"iDRAC\"\r\nContent-Length: 20\r\n\r\n<title>x</title>    "))
	f.Fuzz(func(t *testing.T, b []byte) { _, _ = ParseWebPage(bufio.NewReader(strings.NewReader(string(b)))) })
}
