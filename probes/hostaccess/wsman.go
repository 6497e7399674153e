package hostaccess

import (
	"bytes"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"encoding/xml"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// WS-Management (MS-WSMV) actions and URIs of the remote shell.
const (
	wsmanShellURI    = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell/cmd"
	actionCreate     = "http://schemas.xmlsoap.org/ws/2004/09/transfer/Create"
	actionDelete     = "http://schemas.xmlsoap.org/ws/2004/09/transfer/Delete"
	actionCommand    = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell/Command"
	actionReceive    = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell/Receive"
	actionSignal     = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell/Signal"
	signalTerminate  = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell/signal/terminate"
	commandStateDone = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell/CommandState/Done"
	// wsmanMaxEnvelope is the envelope size asked of the server; a
	// response body over maxResponse is refused.
	wsmanMaxEnvelope = 512000
	maxResponse      = 2 << 20
	// faultTimedOut is the WSManFault code of a Receive that waited its
	// OperationTimeout without output: the command is still running.
	faultTimedOut = "2150858793"
)

// wsmanRequest is one WS-Management request: its action, the shell it
// addresses ("" for Create) and its body.
type wsmanRequest struct {
	To, Action, ShellID, Body string
	// Timeout is the OperationTimeout in seconds.
	Timeout int
}

// envelope renders the SOAP envelope of r.
func (r wsmanRequest) envelope() []byte {
	var b bytes.Buffer
	b.WriteString(`<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:a="http://schemas.xmlsoap.org/ws/2004/08/addressing" xmlns:w="http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd" xmlns:rsp="http://schemas.microsoft.com/wbem/wsman/1/windows/shell"><s:Header>`)
	fmt.Fprintf(&b, `<a:To>%s</a:To>`, xmlText(r.To))
	b.WriteString(`<a:ReplyTo><a:Address s:mustUnderstand="true">http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous</a:Address></a:ReplyTo>`)
	fmt.Fprintf(&b, `<w:ResourceURI s:mustUnderstand="true">%s</w:ResourceURI>`, wsmanShellURI)
	fmt.Fprintf(&b, `<a:Action s:mustUnderstand="true">%s</a:Action>`, r.Action)
	fmt.Fprintf(&b, `<w:MaxEnvelopeSize s:mustUnderstand="true">%d</w:MaxEnvelopeSize>`, wsmanMaxEnvelope)
	fmt.Fprintf(&b, `<a:MessageID>uuid:%s</a:MessageID>`, newUUID())
	b.WriteString(`<w:Locale xml:lang="en-US" s:mustUnderstand="false"/>`)
	fmt.Fprintf(&b, `<w:OperationTimeout>PT%dS</w:OperationTimeout>`, r.Timeout)
	if r.ShellID != "" {
		fmt.Fprintf(&b, `<w:SelectorSet><w:Selector Name="ShellId">%s</w:Selector></w:SelectorSet>`, xmlText(r.ShellID))
	}
	switch r.Action {
	case actionCreate:
		b.WriteString(`<w:OptionSet><w:Option Name="WINRS_NOPROFILE">TRUE</w:Option><w:Option Name="WINRS_CODEPAGE">65001</w:Option></w:OptionSet>`)
	case actionCommand:
		b.WriteString(`<w:OptionSet><w:Option Name="WINRS_CONSOLEMODE_STDIN">TRUE</w:Option><w:Option Name="WINRS_SKIP_CMD_SHELL">TRUE</w:Option></w:OptionSet>`)
	}
	b.WriteString(`</s:Header><s:Body>`)
	b.WriteString(r.Body)
	b.WriteString(`</s:Body></s:Envelope>`)
	return b.Bytes()
}

func xmlText(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

func newUUID() string {
	var u [16]byte
	_, _ = rand.Read(u[:])
	u[6] = u[6]&0x0f | 0x40
	u[8] = u[8]&0x3f | 0x80
	h := hex.EncodeToString(u[:])
	return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}

// Bodies of the shell lifecycle.
const createBody = `<rsp:Shell><rsp:InputStreams>stdin</rsp:InputStreams><rsp:OutputStreams>stdout stderr</rsp:OutputStreams></rsp:Shell>`

func commandBody(exe string, args []string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<rsp:CommandLine><rsp:Command>%s</rsp:Command>`, xmlText(exe))
	for _, a := range args {
		fmt.Fprintf(&b, `<rsp:Arguments>%s</rsp:Arguments>`, xmlText(a))
	}
	b.WriteString(`</rsp:CommandLine>`)
	return b.String()
}

func receiveBody(commandID string) string {
	return fmt.Sprintf(`<rsp:Receive><rsp:DesiredStream CommandId="%s">stdout stderr</rsp:DesiredStream></rsp:Receive>`, xmlText(commandID))
}

func signalBody(commandID string) string {
	return fmt.Sprintf(`<rsp:Signal CommandId="%s"><rsp:Code>%s</rsp:Code></rsp:Signal>`, xmlText(commandID), signalTerminate)
}

// wsmanResponse is what the client reads of any response (elements are
// matched by local name, whatever their prefix).
type wsmanResponse struct {
	XMLName xml.Name `xml:"Envelope"`
	Body    struct {
		Fault   *soapFault `xml:"Fault"`
		ShellID string     `xml:"Shell>ShellId"`
		// ResourceCreated carries the shell ID in older servers.
		Selectors []struct {
			Name  string `xml:"Name,attr"`
			Value string `xml:",chardata"`
		} `xml:"ResourceCreated>ReferenceParameters>SelectorSet>Selector"`
		CommandID string           `xml:"CommandResponse>CommandId"`
		Receive   *receiveResponse `xml:"ReceiveResponse"`
	} `xml:"Body"`
}

type receiveResponse struct {
	Streams []struct {
		Name string `xml:"Name,attr"`
		Data string `xml:",chardata"`
	} `xml:"Stream"`
	State struct {
		State    string `xml:"State,attr"`
		ExitCode string `xml:"ExitCode"`
	} `xml:"CommandState"`
}

type soapFault struct {
	Code    string   `xml:"Code>Value"`
	Subcode string   `xml:"Code>Subcode>Value"`
	Reason  []string `xml:"Reason>Text"`
	WSMan   struct {
		Code    string `xml:"Code,attr"`
		Message string `xml:"Message"`
	} `xml:"Detail>WSManFault"`
}

// FaultError is a SOAP fault the server answered.
type FaultError struct {
	Code, Subcode, WSManCode, Reason string
}

func (f *FaultError) Error() string {
	s := "WS-Management fault " + clip(f.Subcode)
	if s == "WS-Management fault " {
		s += clip(f.Code)
	}
	if f.WSManCode != "" {
		s += " (code " + clip(f.WSManCode) + ")"
	}
	if f.Reason != "" {
		s += ": " + clip(strings.Join(strings.Fields(f.Reason), " "))
	}
	return s
}

// timedOut tells a Receive that waited without output.
func (f *FaultError) timedOut() bool {
	return f.WSManCode == faultTimedOut || strings.HasSuffix(f.Subcode, ":TimedOut")
}

// ErrWSMan is wrapped by every malformed-response error.
var ErrWSMan = errors.New("malformed WS-Management response")

// parseResponse reads one response body: a fault is a *FaultError.
func parseResponse(b []byte) (*wsmanResponse, error) {
	var r wsmanResponse
	if err := xml.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("%w: %s", ErrWSMan, clip(err.Error()))
	}
	if f := r.Body.Fault; f != nil {
		fe := &FaultError{Code: f.Code, Subcode: f.Subcode, WSManCode: f.WSMan.Code, Reason: f.WSMan.Message}
		if fe.Reason == "" {
			fe.Reason = strings.Join(f.Reason, " ")
		}
		return nil, fe
	}
	return &r, nil
}

// shellID returns the created shell's ID.
func (r *wsmanResponse) shellID() (string, error) {
	id := strings.TrimSpace(r.Body.ShellID)
	for _, s := range r.Body.Selectors {
		if id == "" && s.Name == "ShellId" {
			id = strings.TrimSpace(s.Value)
		}
	}
	if id == "" {
		return "", fmt.Errorf("%w: no ShellId in the Create response", ErrWSMan)
	}
	return id, nil
}

// chunk is what one Receive response carries.
type chunk struct {
	Stdout, Stderr []byte
	Done           bool
	ExitCode       int
}

// parseReceive decodes a Receive response's streams and state.
func parseReceive(b []byte) (chunk, error) {
	r, err := parseResponse(b)
	if err != nil {
		return chunk{}, err
	}
	rr := r.Body.Receive
	if rr == nil {
		return chunk{}, fmt.Errorf("%w: no ReceiveResponse", ErrWSMan)
	}
	var c chunk
	for _, s := range rr.Streams {
		data, err := base64.StdEncoding.DecodeString(strings.TrimSpace(s.Data))
		if err != nil {
			return chunk{}, fmt.Errorf("%w: stream %s is not base64", ErrWSMan, clip(s.Name))
		}
		switch s.Name {
		case "stdout":
			c.Stdout = append(c.Stdout, data...)
		case "stderr":
			c.Stderr = append(c.Stderr, data...)
		}
	}
	if rr.State.State != commandStateDone {
		return c, nil
	}
	c.Done = true
	code, err := strconv.Atoi(strings.TrimSpace(rr.State.ExitCode))
	if err != nil {
		return chunk{}, fmt.Errorf("%w: command done without an exit code", ErrWSMan)
	}
	c.ExitCode = code
	return c, nil
}
