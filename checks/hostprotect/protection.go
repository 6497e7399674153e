package hostprotect

import (
	"fmt"
	"strings"
	"time"

	"conformscan/checks"
	hp "conformscan/probes/hostprotect"
)

// evalProtection judges the malware protection: something runs, and its
// signatures are current.
func evalProtection(in *checks.Input) []checks.Result {
	f, res := factsOr(in)
	if res != nil {
		return res
	}
	l := in.Settings.Lang
	v := &verdict{}
	active := activeProducts(in, f, v)
	if f.Windows != nil {
		active = append(active, windowsDefender(in, f, v)...)
	}
	signatures(in, f, v, active)
	if len(active) == 0 && len(f.UnreadOf(hp.TopicProtection)) == 0 && len(v.unknown) == 0 {
		v.evidence = append(v.evidence, ev(in, RuleProtection,
			fmt.Sprintf("none of the %d catalogue products installed and running", f.Catalogue), "an antivirus, EDR or HIDS running", f.Access))
		v.fail(RuleProtection, l.T("aucune protection contre les logiciels malveillants en fonctionnement", "no malware protection running"))
	}
	return v.results(in, f, hp.TopicProtection, RuleProtection,
		l.T("Protection en fonctionnement : "+strings.Join(active, ", ")+" ; les exclusions d’analyse restent à communiquer dans le fichier de réponses",
			"Protection running: "+strings.Join(active, ", ")+"; the scan exclusions stay to give in the answers file"))
}

// activeProducts returns the catalogue products that protect the host:
// running on a live host, enabled at boot on an offline root.
func activeProducts(in *checks.Input, f *hp.Facts, v *verdict) []string {
	l := in.Settings.Lang
	var active []string
	for _, p := range f.Products {
		seen := strings.Join(p.Seen, ", ")
		switch {
		case p.Running != nil && *p.Running:
			active = append(active, p.Product)
			v.evidence = append(v.evidence, ev(in, RuleProtection, p.Product+" running ("+strings.Join(p.Why, ", ")+"); "+seen, "installed and running", p.Source))
		case p.Running == nil && f.Offline && p.Enabled:
			active = append(active, p.Product)
			v.evidence = append(v.evidence, ev(in, RuleProtection, p.Product+" enabled at boot (offline root: running not observable); "+seen, "installed and running", p.Source))
		default:
			state := "not running"
			if f.Offline {
				state = "not enabled at boot"
			}
			v.evidence = append(v.evidence, ev(in, RuleProtection, p.Product+" installed, "+state+"; "+seen, "installed and running", p.Source))
			v.warnings(l.T(p.Product+" installé mais "+frState(state), p.Product+" installed but "+state))
		}
	}
	return active
}

func frState(s string) string {
	if s == "not running" {
		return "arrêté"
	}
	return "non activé au démarrage"
}

// warnings records an installed product that does not protect: it is
// only a failure when nothing else runs (judged by the caller).
func (v *verdict) warnings(msg string) { v.notes = append(v.notes, msg) }

// windowsDefender judges Microsoft Defender and the Security Center
// products of a Windows snapshot.
func windowsDefender(in *checks.Input, f *hp.Facts, v *verdict) []string {
	var active []string
	if f.Windows.Defender == nil {
		v.evidence = append(v.evidence, ev(in, RuleProtection, "Microsoft Defender status not collected", "the Defender status", f.Access))
		v.unknown = append(v.unknown, in.Settings.Lang.T("état de Microsoft Defender non relevé", "Microsoft Defender status not collected"))
	}
	if d := f.Windows.Defender; d != nil {
		obs := fmt.Sprintf("Microsoft Defender installed %t, service %t, antivirus %t, real-time %t, mode %q, signatures %s of %s",
			d.Installed, d.AMServiceEnabled, d.AntivirusEnabled, d.RealTimeProtectionEnabled, d.AMRunningMode,
			d.AntivirusSignatureVersion, day(d.AntivirusSignatureLastUpdated))
		v.evidence = append(v.evidence, ev(in, RuleProtection, obs, "antivirus and real-time protection enabled, mode Normal", f.Access+" Get-MpComputerStatus"))
		if d.Installed && d.AMServiceEnabled && d.AntivirusEnabled && d.RealTimeProtectionEnabled && !strings.Contains(strings.ToLower(d.AMRunningMode), "passive") {
			active = append(active, "Microsoft Defender Antivirus")
		}
	}
	for _, p := range f.Windows.Products {
		obs := fmt.Sprintf("Security Center: %s, productState 0x%06x (enabled %t, up to date %t)", p.Name, p.ProductState, p.Enabled(), p.UpToDate())
		v.evidence = append(v.evidence, ev(in, RuleProtection, obs, "enabled", f.Access+" root\\SecurityCenter2 AntiVirusProduct"))
		if p.Enabled() && !strings.Contains(strings.ToLower(p.Name), "defender") {
			active = append(active, p.Name)
		}
	}
	return active
}

// signatures judges the signature age of ClamAV and Defender.
func signatures(in *checks.Input, f *hp.Facts, v *verdict, active []string) {
	l := in.Settings.Lang
	for _, name := range active {
		switch name {
		case "ClamAV":
			clamSignatures(in, f, v)
		case "Microsoft Defender Antivirus":
			ageCheck(in, v, "Microsoft Defender", f.Windows.Defender.AntivirusSignatureLastUpdated, f.Access+" Get-MpComputerStatus")
		default:
			v.evidence = append(v.evidence, ev(in, RuleSignatures, name+": signatures not dated by this version (agent updated by its console)",
				l.T("à attester", "to attest"), f.Access))
		}
	}
}

func clamSignatures(in *checks.Input, f *hp.Facts, v *verdict) {
	l := in.Settings.Lang
	found := false
	for _, s := range f.Signatures {
		if !strings.Contains(s.File, "/daily.") {
			v.evidence = append(v.evidence, ev(in, RuleSignatures, fmt.Sprintf("%s version %d built %s", s.File, s.Version, day(s.Built)), "for information", s.File))
			continue
		}
		found = true
		ageCheck(in, v, fmt.Sprintf("ClamAV daily %d", s.Version), s.Built, s.File)
	}
	if !found && len(f.UnreadOf(hp.TopicProtection)) == 0 {
		v.evidence = append(v.evidence, ev(in, RuleSignatures, "no ClamAV daily database (daily.cld or daily.cvd) in /var/lib/clamav, /var/clamav, /usr/local/share/clamav",
			"a daily database at most 7 days old", f.Access))
		v.fail(RuleSignatures, l.T("ClamAV sans base de signatures daily : freshclam n’a jamais abouti", "ClamAV without a daily signature database: freshclam never succeeded"))
	}
}

// ageCheck warns when signatures built at t are older than SignatureMaxAge.
func ageCheck(in *checks.Input, v *verdict, what string, t time.Time, src string) {
	l := in.Settings.Lang
	if t.IsZero() {
		v.evidence = append(v.evidence, ev(in, RuleSignatures, what+": signature date not collected", "at most 7 days old", src))
		v.unknown = append(v.unknown, l.T("date des signatures inconnue ("+what+")", "signature date unknown ("+what+")"))
		return
	}
	age := in.Settings.RefDate.Sub(t)
	obs := fmt.Sprintf("%s built %s, %d day(s) before the reference date", what, day(t), int(age.Hours()/24))
	v.evidence = append(v.evidence, ev(in, RuleSignatures, obs, "at most 7 days old", src))
	if age > SignatureMaxAge {
		v.warn(RuleSignatures, l.T(fmt.Sprintf("signatures %s de %d jours", what, int(age.Hours()/24)),
			fmt.Sprintf("%s signatures %d days old", what, int(age.Hours()/24))))
	}
}

func day(t time.Time) string {
	if t.IsZero() {
		return "unknown date"
	}
	return t.UTC().Format("2006-01-02")
}
