// Package identify judges whether every open endpoint of a host was
// identified. An endpoint whose service stays unknown cannot be judged by
// the network refs (is it a web application? does it carry credentials?
// does it speak TLS?), so it makes those refs ERROR with what was seen,
// never N/A: a scanner that says GO on what it could not identify gives a
// false GO. A port that accepts then closes before any byte (tcpwrapped)
// offers nothing to judge and stays N/A, said so.
//
// A family: it reads the facts of the probes it needs through their accessors
// and must not import another family (checks/endpoint is the shared view),
// reports/, history/, serve/ or cmd/.
package identify

import (
	"fmt"
	"strings"

	"conformscan/checks"
	"conformscan/probes"
	"conformscan/probes/discovery"
	"conformscan/probes/remote"
)

// CheckID is the identification check's ID.
const CheckID = "service-identified"

// refs are the network refs an unidentified endpoint could concern.
var refs = []string{"7.1", "7.2", "7.3", "8.3", "13.20"}

// rule is one outcome of identification, as a value.
type rule struct {
	key              string
	status           checks.Status
	titleFR, titleEN string
	// applies tells whether an endpoint falls under the rule.
	applies func(p *discovery.Port) bool
}

func unidentified(p *discovery.Port) bool {
	return p.Unidentified != "" && p.Unidentified != discovery.UnidentifiedTCPWrapped
}

func tcpwrapped(p *discovery.Port) bool { return p.Unidentified == discovery.UnidentifiedTCPWrapped }

// rules, worst first: the first that has endpoints decides the status.
var rules = []rule{
	{"SERVICE-UNIDENTIFIED", checks.StatusError, "service ouvert non identifié", "open service not identified", unidentified},
	{"TCPWRAPPED", checks.StatusNA, "port qui ferme la connexion avant tout échange (tcpwrapped)", "port that closes the connection before any exchange (tcpwrapped)", tcpwrapped},
}

// Family returns the identification check and its rules.
func Family() checks.Family {
	var rs []checks.Rule
	for _, r := range rules {
		rs = append(rs, checks.Rule{Key: "identify/" + r.key, ID: "CONFORMSCAN-" + r.key, Refs: refs,
			Source:  "conformscan : une mesure impossible est une erreur, jamais un N/A (pas de GO sur ce qui n'est pas mesuré)",
			TitleFR: r.titleFR, TitleEN: r.titleEN,
			RemediationFR: "Indiquer le service de ce port dans le manifeste, ou le fermer s'il n'est pas nécessaire.",
			RemediationEN: "Declare the service of this port in the manifest, or close it if it is not needed."})
	}
	return checks.Family{Name: "identify", Rules: rs, Checks: []checks.Check{{
		ID:    CheckID,
		Title: "Every open endpoint is identified, so that the network refs can judge it",
		Refs:  refs,
		Needs: []string{discovery.ID},
		Eval:  eval,
	}}}
}

// eval returns, per ref, an error naming every unidentified endpoint, or
// N/A naming tcpwrapped ones; nothing when every endpoint was identified.
func eval(in *checks.Input) []checks.Result {
	for _, r := range rules {
		var ev []checks.Evidence
		for _, c := range in.Subject.Children() {
			if p := discovery.PortOf(c); p != nil && r.applies(p) && !fingerprinted(c) {
				ev = append(ev, evidence(r, c, p, in.Lang))
			}
		}
		if len(ev) > 0 {
			return perRef(r, ev, in.Lang)
		}
	}
	return nil
}

// fingerprinted tells whether the remote-control probe recognised the
// endpoint by its own exchange (an X11 connection setup, an RDP X.224
// confirm, an RFB greeting): the service is known even when discovery's
// generic requests drew bytes it could not name. A port named only by its
// number, or an exchange that failed, is not.
func fingerprinted(ep *probes.Subject) bool {
	f := remote.FactsOf(ep)
	return f != nil && f.Identified && f.Tool != "" && f.Error == ""
}

func perRef(r rule, ev []checks.Evidence, l checks.Lang) []checks.Result {
	var sources []string
	for _, e := range ev {
		sources = append(sources, e.Source)
	}
	summary := fmt.Sprintf(l.T("%s : %s ; ces ports ne peuvent pas être jugés sur cette exigence.",
		"%s: %s; these ports cannot be judged on this ref."), capitalize(r.title(l)), strings.Join(sources, ", "))
	var out []checks.Result
	for _, ref := range refs {
		res := checks.Result{Ref: ref, Status: r.status, Summary: summary, Evidence: ev}
		if r.status == checks.StatusError {
			res.Remediation = l.T("Identifier le service (manifeste des services déclarés) ou fermer le port, puis relancer l'analyse.",
				"Identify the service (manifest of declared services) or close the port, then scan again.")
		}
		out = append(out, res)
	}
	return out
}

func (r rule) title(l checks.Lang) string { return l.T(r.titleFR, r.titleEN) }

func evidence(r rule, s *probes.Subject, p *discovery.Port, l checks.Lang) checks.Evidence {
	observed := fmt.Sprintf(l.T("port %d : %s", "port %d: %s"), p.Port, p.Unidentified)
	if p.Note != "" {
		observed += " (" + p.Note + ")"
	}
	return checks.Evidence{
		Rule:     "CONFORMSCAN-" + r.key,
		Observed: observed,
		Expected: l.T("un service identifié (HTTP, TLS, SSH, FTP, SMTP...) pour juger 7.1, 7.2, 7.3, 8.3 et 13.20",
			"an identified service (HTTP, TLS, SSH, FTP, SMTP...) to judge 7.1, 7.2, 7.3, 8.3 and 13.20"),
		Source:  s.ID + " discovery",
		Excerpt: checks.Clip(p.FirstBytes, 200),
		At:      p.At,
	}
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	return strings.ToUpper(string(r[0])) + string(r[1:])
}
