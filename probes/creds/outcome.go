package creds

import (
	"errors"
	"fmt"
	"strings"
)

// Verdict is how one login try ended: only three values, and the zero
// value is Unknown, so a try nobody classified never reads as a refusal.
type Verdict int

const (
	// Unknown: the try could not be judged (accepted without the
	// post-login signal, an unrecognised reply, a dropped connection, a
	// timeout). It is an error for the endpoint, never a refusal.
	Unknown Verdict = iota
	// Refused: the server said no in a way the client recognises (SSH
	// failure without partial success, FTP 530, HTTP 401, Redis
	// WRONGPASS, SQLSTATE 28P01...).
	Refused
	// Accepted: the server let the probe in; Signal says what confirmed it.
	Accepted
)

func (v Verdict) String() string {
	switch v {
	case Refused:
		return "refused"
	case Accepted:
		return "accepted"
	}
	return "unknown"
}

// Outcome is the result of one login try. Every client returns one.
type Outcome struct {
	Verdict Verdict
	// Signal is the post-login signal (Accepted): the session opened, the
	// query answered, or, for a partial acceptance, what the server said.
	Signal string
	// Partial, when set (Accepted only), says the server accepted the
	// password but withheld access: SSH partial success (a second factor
	// is required), an HTTP answer other than 401 with the credentials
	// where 401 without. It is a finding only when the negative control is
	// clearly refused; otherwise the try is unknown.
	Partial string
	// Refusal is the refusal recognised (Refused).
	Refusal string
	// Err says why the try could not be judged (Unknown). A notTestable
	// error means the service asks for no login the probe can try.
	Err error
	// Sent is true once a password (or community) went to the server,
	// whatever the verdict: such a try counts against the lockout budget.
	Sent bool
}

// accepted is a login confirmed by its post-login signal.
func accepted(signal string) Outcome {
	return Outcome{Verdict: Accepted, Signal: signal, Sent: true}
}

// acceptedPartial is a password the server accepted without granting
// access (why): the negative control decides.
func acceptedPartial(signal, why string) Outcome {
	return Outcome{Verdict: Accepted, Signal: signal, Partial: why, Sent: true}
}

// refusedWith is a clear refusal the client recognised.
func refusedWith(what string) Outcome {
	return Outcome{Verdict: Refused, Refusal: what, Sent: true}
}

// unknown is a try that could not be judged; sent tells whether the
// password had gone out before.
func unknown(sent bool, err error) Outcome {
	if err == nil {
		err = errors.New("no verdict")
	}
	return Outcome{Verdict: Unknown, Err: err, Sent: sent}
}

// unknownf is unknown with a formatted reason.
func unknownf(sent bool, format string, args ...any) Outcome {
	return unknown(sent, fmt.Errorf(format, args...))
}

// notSent marks a try that ended before the password went out.
func notSent(err error) Outcome { return unknown(false, err) }

// String describes an outcome for the facts (never with the password:
// clients never put one in their texts).
func (o Outcome) String() string {
	switch {
	case o.Verdict == Accepted && o.Partial != "":
		return "accepted-partial: " + o.Partial
	case o.Verdict == Accepted:
		return "accepted"
	case o.Verdict == Refused:
		return "refused"
	}
	return "unknown: " + o.error().Error()
}

// error is why an Unknown outcome has no verdict.
func (o Outcome) error() error {
	if o.Err != nil {
		return o.Err
	}
	return errors.New("no verdict")
}

// Attempt is one try as the facts keep it: its verdict, whether a
// password was sent (the lockout budget charges every such try, whatever
// its verdict), whether it was the negative control, and why it was not
// judged.
type Attempt struct {
	Verdict string `json:"verdict"`
	// PasswordSent is true when a password reached the server.
	PasswordSent bool   `json:"password_sent"`
	Control      bool   `json:"control,omitempty"`
	Partial      string `json:"partial,omitempty"`
	Why          string `json:"why,omitempty"`
}

// attemptOf records o.
func attemptOf(o Outcome, control bool) Attempt {
	a := Attempt{Verdict: o.Verdict.String(), PasswordSent: o.Sent, Control: control, Partial: o.Partial}
	if o.Verdict == Unknown {
		a.Why = clip300(o.error().Error())
	}
	return a
}

func clip300(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return s
}

// Unknowns counts the tries on an account that could not be judged.
func (t Tried) Unknowns() int {
	n := 0
	for _, a := range t.Attempts {
		if a.Verdict == Unknown.String() {
			n++
		}
	}
	return n
}

// PasswordsSent counts the tries on an account that sent a password, the
// negative control included, whatever their verdict.
func (t Tried) PasswordsSent() int {
	n := 0
	for _, a := range t.Attempts {
		if a.PasswordSent {
			n++
		}
	}
	return n
}

// joinPair joins two "fr / en" texts into one: "a_fr — b_fr / a_en — b_en".
func joinPair(a, b string) string {
	afr, aen, ok := strings.Cut(a, " / ")
	if !ok {
		aen = afr
	}
	bfr, ben, ok := strings.Cut(b, " / ")
	if !ok {
		ben = bfr
	}
	return afr + " — " + bfr + " / " + aen + " — " + ben
}

// redacted hides pw in what a try reports (a server may echo what it was
// sent into its error text or greeting): every text of o is cleared of it,
// the error chain kept for errors.As.
func redacted(o Outcome, pw string) Outcome {
	if len(pw) < 3 {
		return o
	}
	hide := func(s string) string { return strings.ReplaceAll(s, pw, Mask(pw)) }
	o.Signal, o.Partial, o.Refusal = hide(o.Signal), hide(o.Partial), hide(o.Refusal)
	if o.Err != nil && strings.Contains(o.Err.Error(), pw) {
		o.Err = &redactedError{msg: hide(o.Err.Error()), err: o.Err}
	}
	return o
}

// redactedError is an error whose text had a secret removed.
type redactedError struct {
	msg string
	err error
}

func (e *redactedError) Error() string { return e.msg }
func (e *redactedError) Unwrap() error { return e.err }
