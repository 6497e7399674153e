// Package wifi judges Wi-Fi sources against refs 9.1 (WPA2 or later,
// no WEP/TKIP/open) and 9.2 (802.1X only, strong EAP): one result per SSID
// in scope, with evidence per BSS.
//
// A family: it reads the facts of the probes it needs through their accessors
// and must not import another family (checks/endpoint is the shared view),
// reports/, history/, serve/ or cmd/.
package wifi

import (
	"fmt"
	"sort"
	"strings"

	"conformscan/checks"
	"conformscan/probes"
	"conformscan/probes/wifi"
)

// Check IDs.
const (
	CheckEncryption = "wifi-encryption"
	CheckEnterprise = "wifi-enterprise"
)

// Family returns the Wi-Fi checks and their rules.
func Family() checks.Family {
	var rs []checks.Rule
	seen := map[string]bool{}
	for _, r := range append(rules91(), rules92()...) {
		if !seen[r.Key] {
			seen[r.Key] = true
			rs = append(rs, r.Rule)
		}
	}
	return checks.Family{
		Name: "wifi",
		Checks: []checks.Check{
			newCheck(CheckEncryption, "9.1", "Every BSS of each SSID uses WPA2 or later with CCMP/GCMP, no WEP/TKIP/open, with PMF", rules91),
			newCheck(CheckEnterprise, "9.2", "Every BSS of each SSID offers only 802.1X AKMs, with a strong EAP method when seen", rules92),
		},
		Rules: rs,
	}
}

func newCheck(id, ref, title string, rules func() []rule) checks.Check {
	return checks.Check{ID: id, Title: title, Refs: []string{ref}, Kind: probes.SubjectWifiSource, Needs: []string{wifi.ID},
		Eval: func(in *checks.Input) []checks.Result { return judgeSource(in, ref, rules()) }}
}

// judgeSource returns one result per SSID of the source in scope.
func judgeSource(in *checks.Input, ref string, rules []rule) []checks.Result {
	groups := bySSID(in.Subject)
	var out []checks.Result
	for _, key := range sortedKeys(groups) {
		out = append(out, judgeSSID(in, ref, key, groups[key], rules))
	}
	if src := wifi.SourceOf(in.Subject); src != nil {
		for _, want := range src.Scope {
			if _, ok := groups[want]; !ok {
				out = append(out, checks.Result{Ref: ref, Target: want, Status: checks.StatusError,
					Summary: in.Lang.T("SSID non entendu dans ", "SSID not heard in ") + in.Subject.ID})
			}
		}
	}
	if len(out) == 0 {
		out = append(out, checks.Result{Ref: ref, Status: checks.StatusError,
			Summary: in.Lang.T("Aucun point d'accès entendu : rien à juger", "No access point heard: nothing to judge")})
	}
	return out
}

// bySSID groups the BSS children of a source by SSID key.
func bySSID(s *probes.Subject) map[string][]*wifi.BSS {
	out := map[string][]*wifi.BSS{}
	for _, c := range s.Children() {
		if b := wifi.BSSOf(c); b != nil {
			out[b.Key()] = append(out[b.Key()], b)
		}
	}
	return out
}

func sortedKeys(m map[string][]*wifi.BSS) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// judgeSSID judges every BSS of one SSID with every rule; the SSID gets
// the worst verdict and names the BSSs behind it.
func judgeSSID(in *checks.Input, ref, key string, bss []*wifi.BSS, rules []rule) checks.Result {
	l := in.Lang
	res := checks.Result{Ref: ref, Target: key, Status: checks.StatusPass}
	var bad []string
	var worstRule *rule
	for _, b := range bss {
		st, ev, r := judgeBSS(in, b, rules)
		res.Evidence = append(res.Evidence, ev...)
		if st != checks.StatusPass && st != checks.StatusNA {
			bad = append(bad, ev[0].Observed)
		}
		if worse(st, res.Status) {
			res.Status, worstRule = st, r
		}
	}
	res.Summary = summary(l, key, len(bss), res.Status, bad)
	if worstRule != nil {
		res.Remediation = worstRule.Remediation(l)
	}
	incomplete(in, &res)
	return res
}

func worse(a, b checks.Status) bool { return checks.Worst(a, b) == a && a != b }

// judgeBSS applies the rules to one BSS: its worst status, its evidence
// (the failing rules first) and the rule behind the worst status.
func judgeBSS(in *checks.Input, b *wifi.BSS, rules []rule) (checks.Status, []checks.Evidence, *rule) {
	status, worst := checks.StatusPass, (*rule)(nil)
	var bad, good []checks.Evidence
	for i := range rules {
		v := rules[i].judge(b)
		if v.status == "" {
			continue
		}
		ev := evidence(in, b, &rules[i], v)
		if v.status == checks.StatusPass {
			good = append(good, ev)
			continue
		}
		bad = append(bad, ev)
		if worse(v.status, status) {
			status, worst = v.status, &rules[i]
		}
	}
	if len(bad) == 0 && len(good) == 0 {
		return checks.StatusNA, []checks.Evidence{{Rule: "-", Observed: in.Lang.T("rien à juger", "nothing to judge"), Source: b.Source, At: in.Subject.Finished}}, nil
	}
	return status, append(bad, good...), worst
}

func evidence(in *checks.Input, b *wifi.BSS, r *rule, v verdict) checks.Evidence {
	return checks.Evidence{
		Rule:     r.ID,
		Observed: fmt.Sprintf("BSS %s (%s %d) : %s", b.BSSID, in.Lang.T("canal", "channel"), b.Channel, in.Lang.T(v.fr, v.en)),
		Expected: in.Lang.T(r.expectFR, r.expectEN),
		Source:   r.Source,
		Excerpt:  fmt.Sprintf("%s security=%s akms=%s pairwise=%s group=%s mfp=%s", b.Source, b.Security, list(b.AKMs), list(b.Pairwise), b.Group, b.MFP),
		At:       in.Subject.Finished,
	}
}

func summary(l checks.Lang, key string, n int, st checks.Status, bad []string) string {
	switch st {
	case checks.StatusPass:
		return fmt.Sprintf(l.T("SSID %s : %d BSS, tous conformes", "SSID %s: %d BSS, all conformant"), key, n)
	case checks.StatusNA:
		return fmt.Sprintf(l.T("SSID %s : rien à juger", "SSID %s: nothing to judge"), key)
	}
	return fmt.Sprintf(l.T("SSID %s : %d/%d BSS en défaut : %s", "SSID %s: %d/%d BSS at fault: %s"), key, len(bad), n, strings.Join(bad, "; "))
}

// incomplete marks a result judged on a source not read to its end: a pass
// becomes a warning, since frames after the cut were not seen.
func incomplete(in *checks.Input, res *checks.Result) {
	f := wifi.FactsOf(in.Subject)
	if f == nil || f.Incomplete == "" {
		return
	}
	res.Evidence = append(res.Evidence, checks.Evidence{Rule: "WIFI-SOURCE", Observed: f.Incomplete,
		Expected: in.Lang.T("source lue jusqu'au bout", "source read to its end"), Source: in.Subject.ID, At: in.Subject.Finished})
	res.Summary += in.Lang.T(" (source incomplète : ", " (incomplete source: ") + f.Incomplete + ")"
	if res.Status == checks.StatusPass {
		res.Status = checks.StatusWarn
	}
}
