package hostlog

import (
	"fmt"
	"math"
	"net"
	"strconv"
	"strings"

	"conformscan/checks"
	hl "conformscan/probes/hostlog"
)

// Rule IDs of 8.15.
const (
	RuleRetention          = "GRID-8.15-RETENTION"
	RuleCollectorRetention = "GRID-8.15-COLLECTOR-RETENTION"
)

const src815 = "grille 8.15 : « Ces traces de connexions devront être conservées sur une période d’au moins 18 mois glissants à partir de la première connexion. »"

// retentionRules are 8.15's rules, as values.
func retentionRules() []checks.Rule {
	return []checks.Rule{
		{Key: "hostlog/retention", ID: RuleRetention, Source: src815, Refs: []string{"8.15"},
			TitleFR: "Un fichier local des traces d'authentification (auth/authpriv) est tourné par logrotate en gardant au moins 18 mois (rotate × période ≥ 548 jours ; monthly compté en mois) et aucun maxage ne supprime plus tôt ; " +
				"une rotation sur la taille seule, maxsize, le journal systemd et auditd (bornés par la taille) ne garantissent aucune durée",
			TitleEN: "A local file of authentication traces (auth/authpriv) is rotated by logrotate keeping at least 18 months (rotate × period ≥ 548 days; monthly counted in months) and no maxage deletes earlier; " +
				"size-only rotation, maxsize, the systemd journal and auditd (bounded by size) guarantee no duration",
			RemediationFR: "Dans le bloc logrotate du fichier (par exemple /etc/logrotate.d/rsyslog) : « monthly » et « rotate 18 » (ou « weekly » et « rotate 79 »), sans maxage inférieur à 548 ; ou renvoyer les traces vers un collecteur qui les garde 18 mois",
			RemediationEN: "In the file's logrotate block (e.g. /etc/logrotate.d/rsyslog): 'monthly' and 'rotate 18' (or 'weekly' and 'rotate 79'), without a maxage below 548; or forward the traces to a collector keeping them 18 months"},
		{Key: "hostlog/collector-retention", ID: RuleCollectorRetention, Source: src815 + " ; grille 6.5 (centralisation des traces)", Refs: []string{"8.15"},
			TitleFR:       "Traces renvoyées vers un collecteur (faits de 6.5) : la conservation de 18 mois chez le collecteur est à attester dans le fichier de réponses",
			TitleEN:       "Traces forwarded to a collector (6.5's facts): the collector's 18-month retention must be attested in the answers file",
			RemediationFR: "Attester dans le fichier de réponses (réf. 8.15) la durée de conservation du collecteur, ou allonger la rotation locale",
			RemediationEN: "Attest the collector's retention in the answers file (ref 8.15), or lengthen the local rotation"},
	}
}

// monthDays is a mean month; 18 of them is the grid's floor (547.875
// days, shown as 548), so monthly rotate 18 meets it exactly.
const monthDays = 365.25 / 12

// minRetentionDays is the grid's 18 months.
const minRetentionDays = 18 * monthDays

// periodDays are logrotate's time criteria in days.
var periodDays = map[string]float64{"hourly": 1.0 / 24, "daily": 1, "weekly": 7, "monthly": monthDays, "yearly": 12 * monthDays}

// storeKind says what a store guarantees.
type storeKind int

const (
	storeKept  storeKind = iota // a time guarantee of at least 18 months
	storeShort                  // a time bound below 18 months
	storeSize                   // bounded by size, or by nothing said: no guarantee
)

// store is one local place auth traces stay, judged.
type store struct {
	kind     storeKind
	name     string
	observed string
	source   string
}

// retentionDays returns the days a rotation keeps (+Inf: never
// deleted by count or age) and whether it is a time guarantee.
func retentionDays(rot *hl.Rotation) (float64, bool) {
	if rot.Criterion == nil || rot.Criterion.Key == "size" || rot.MaxSize != nil {
		return 0, false
	}
	n := 0
	if rot.Rotate != nil {
		n, _ = strconv.Atoi(rot.Rotate.Value)
	}
	days := float64(n) * periodDays[rot.Criterion.Key]
	if n < 0 {
		days = math.Inf(1)
	}
	if rot.MaxAge != nil {
		if age, err := strconv.Atoi(rot.MaxAge.Value); err == nil && age > 0 {
			days = math.Min(days, float64(age))
		}
	}
	return days, true
}

// fileStore judges one auth file.
func fileStore(f *hl.Facts, a hl.AuthFile) store {
	s := store{name: a.Path, source: a.Rule}
	rot := a.Rotation
	if rot == nil {
		s.kind = storeSize
		s.observed = a.Path + ": no logrotate block names it (logrotate configured: " + strconv.FormatBool(f.Retention.Logrotate) + "): how long it stays is not said"
		return s
	}
	s.source = rot.Block
	desc := a.Path + ": " + rotationText(rot)
	if rot.Pattern != a.Path {
		desc = a.Path + " (pattern " + rot.Pattern + "): " + rotationText(rot)
	}
	days, timed := retentionDays(rot)
	switch {
	case !timed:
		s.kind, s.observed = storeSize, desc+" = rotated on size: retention unknown"
	case days >= minRetentionDays:
		s.kind, s.observed = storeKept, desc+" = "+daysText(days)
	default:
		s.kind, s.observed = storeShort, desc+" = "+daysText(days)+" < 548 days"
	}
	return s
}

// rotationText shows the settings with where each comes from.
func rotationText(rot *hl.Rotation) string {
	parts := []string{"rotate 0 (default)"}
	if rot.Rotate != nil {
		parts[0] = "rotate " + rot.Rotate.Value + " (" + rot.Rotate.Where + ")"
	}
	if c := rot.Criterion; c != nil {
		parts = append(parts, strings.TrimSpace(c.Key+" "+c.Value)+" ("+c.Where+")")
	} else {
		parts = append(parts, "size 1M (logrotate's default, no period given)")
	}
	for _, s := range []*hl.Setting{rot.MaxAge, rot.MaxSize} {
		if s != nil {
			parts = append(parts, s.Key+" "+s.Value+" ("+s.Where+")")
		}
	}
	return strings.Join(parts, ", ")
}

func daysText(d float64) string {
	if math.IsInf(d, 1) {
		return "never deleted by logrotate (rotate -1)"
	}
	return fmt.Sprintf("%.0f days", math.Round(d))
}

// journalStore judges the systemd journal as a store (nil: none); a
// MaxRetentionSec that does not parse is returned as an unread file.
func journalStore(f *hl.Facts) (*store, *hl.Unread) {
	if !f.Journal {
		return nil, nil
	}
	storage, src := "auto (default)", f.Access
	if f.JournalStorage != nil {
		storage, src = f.JournalStorage.Value, f.JournalStorage.Where
	}
	mode := strings.ToLower(strings.Fields(storage + " ")[0])
	s := &store{kind: storeSize, name: "systemd journal", source: src}
	switch {
	case mode == "none":
		return nil, nil
	case mode == "volatile" || (mode == "auto" && !f.Retention.JournalDir):
		s.kind, s.observed = storeShort, "journald Storage="+storage+", /var/log/journal exists: "+strconv.FormatBool(f.Retention.JournalDir)+" = kept in /run, lost at reboot"
		return s, nil
	}
	limits := []string{"Storage=" + storage}
	for _, k := range []string{"SystemMaxUse", "SystemKeepFree", "SystemMaxFileSize", "SystemMaxFiles"} {
		if kv, ok := f.Retention.JournalKeys[k]; ok {
			limits = append(limits, k+"="+kv.Value+" ("+kv.Where+")")
		}
	}
	s.observed = "journald " + strings.Join(limits, ", ") + " = bounded by size (SystemMaxUse, by default 10% of the file system, at most 4G): no time guarantee"
	if mr, ok := f.Retention.JournalKeys["MaxRetentionSec"]; ok {
		days, err := hl.TimespanDays(mr.Value)
		if err != nil {
			return s, &hl.Unread{Topic: hl.TopicRetention, Path: mr.Where, Reason: "MaxRetentionSec does not parse: " + err.Error()}
		}
		if days > 0 && days < minRetentionDays {
			s.kind, s.source = storeShort, mr.Where
			s.observed = "journald MaxRetentionSec=" + mr.Value + " = " + daysText(days) + " < 548 days"
		}
	}
	return s, nil
}

// auditdStore judges auditd's log as a store: always bounded by size.
func auditdStore(f *hl.Facts) *store {
	if !f.Auditd {
		return nil
	}
	val := func(k, def string) string {
		if s, ok := f.Retention.Auditd[k]; ok {
			return s.Value
		}
		return def + " (default)"
	}
	src := f.Access + " /etc/audit/auditd.conf"
	if s, ok := f.Retention.Auditd["num_logs"]; ok {
		src = s.Where
	}
	return &store{kind: storeSize, name: "auditd", source: src,
		observed: fmt.Sprintf("auditd %s: max_log_file %s MB × num_logs %s, max_log_file_action %s = bounded by size: no time guarantee",
			val("log_file", "/var/log/audit/audit.log"), val("max_log_file", "8"), val("num_logs", "5"), val("max_log_file_action", "ROTATE"))}
}

// evalRetention judges 8.15's retention part on a host; the log's
// content stays with the answers file, merged into the same ref.
func evalRetention(in *checks.Input) []checks.Result {
	f, res := factsOr(in, "8.15")
	if res != nil {
		return []checks.Result{*res}
	}
	l := in.Settings.Lang
	if f.Windows != nil {
		return []checks.Result{{Ref: "8.15", Status: checks.StatusManual,
			Summary: l.T("Hôte Windows : la taille et la rétention du journal Sécurité ne sont pas relevées (not collected on Windows) ; à attester dans le fichier de réponses",
				"Windows host: the Security log's size and retention are not collected on Windows; attest them in the answers file")}}
	}
	var stores []store
	for _, a := range f.Retention.Files {
		stores = append(stores, fileStore(f, a))
	}
	js, bad := journalStore(f)
	if bad != nil {
		f = withUnread(f, *bad)
	}
	for _, s := range []*store{js, auditdStore(f)} {
		if s != nil {
			stores = append(stores, *s)
		}
	}
	return []checks.Result{judgeRetention(in, f, stores)}
}

// judgeRetention folds the stores: a file not read or not parsed is
// ERROR; one store kept 18 months passes; else forwarding to a collector
// warns (its retention to attest), and nothing kept nor forwarded fails.
func judgeRetention(in *checks.Input, f *hl.Facts, stores []store) checks.Result {
	l := in.Settings.Lang
	r := checks.Result{Ref: "8.15"}
	var kept, short []string
	for _, s := range stores {
		r.Evidence = append(r.Evidence, ev(in, RuleRetention, s.observed, "kept at least 18 months (548 days), nothing deleting earlier", s.source))
		if s.kind == storeKept {
			kept = append(kept, s.name)
		} else {
			short = append(short, s.observed)
		}
	}
	if len(stores) == 0 {
		r.Evidence = append(r.Evidence, ev(in, RuleRetention, "no local store of authentication traces (no syslog auth file, journal, auditd); files read: "+
			strings.Join(append(f.ConfigsRead, f.Retention.LogrotateRead...), ", "), "kept at least 18 months (548 days)", f.Access))
	}
	var dests []string
	for _, fw := range f.Forwards {
		dest := fw.Host
		if fw.Port != "" {
			dest = net.JoinHostPort(fw.Host, fw.Port)
		}
		dests = append(dests, dest)
		r.Evidence = append(r.Evidence, ev(in, RuleCollectorRetention, fmt.Sprintf("%s forwards to %s (%s)", fw.Via, dest, fw.Protocol),
			"the collector's retention of at least 18 months attested in the answers file", fw.Where))
	}
	unread := append(f.UnreadOf(hl.TopicRetention), f.UnreadOf(hl.TopicLogging)...)
	for _, u := range unread {
		r.Evidence = append(r.Evidence, ev(in, RuleRetention, "not read or not parsed completely: "+u.Reason, "the file read and parsed whole", u.Path))
	}
	switch {
	case len(unread) > 0:
		r.Status = checks.StatusError
		r.Summary = l.T(fmt.Sprintf("%d fichier(s) de configuration non lus ou non analysés en entier (voir les preuves) : rétention impossible à établir", len(unread)),
			fmt.Sprintf("%d configuration file(s) not read or not parsed whole (see the evidence): retention cannot be established", len(unread)))
	case len(kept) > 0:
		r.Status = checks.StatusPass
		r.Summary = l.T("Traces d'authentification conservées au moins 18 mois : "+strings.Join(kept, ", ")+" ; le contenu du journal de connexion reste à attester dans le fichier de réponses",
			"Authentication traces kept at least 18 months: "+strings.Join(kept, ", ")+"; the connection log's content stays to attest in the answers file")
	case len(dests) > 0:
		r.Status, r.Remediation = checks.StatusWarn, remediationOf(retentionRules(), RuleCollectorRetention, l)
		r.Summary = l.T("Rétention locale insuffisante ou non garantie ; traces renvoyées vers "+strings.Join(dests, ", ")+" : sa conservation de 18 mois est à attester dans le fichier de réponses",
			"Local retention short or not guaranteed; traces forwarded to "+strings.Join(dests, ", ")+": its 18-month retention must be attested in the answers file")
	default:
		r.Status, r.Remediation = checks.StatusFail, remediationOf(retentionRules(), RuleRetention, l)
		what := strings.Join(short, " ; ")
		if what == "" {
			what = l.T("aucun stockage local des traces d'authentification", "no local store of authentication traces")
		}
		r.Summary = l.T("Traces d'authentification conservées moins de 18 mois et non renvoyées vers un collecteur : ", "Authentication traces kept less than 18 months and not forwarded to a collector: ") + what
	}
	return r
}

// remediationOf returns a rule's remediation in l.
func remediationOf(rules []checks.Rule, id string, l checks.Lang) string {
	for _, r := range rules {
		if r.ID == id {
			return r.Remediation(l)
		}
	}
	return ""
}
