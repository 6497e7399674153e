package eol

import "conformscan/checks"

// Rule IDs named in evidence.
const (
	RuleOS       = "EOL-OS"
	RuleSoftware = "EOL-SOFTWARE"
	RuleDistro   = "EOL-DISTRO-PACKAGE"
	RuleExtended = "EOL-EXTENDED-SUPPORT"
	RuleUnknown  = "EOL-UNIDENTIFIED"
)

const ruleSource = "endoflife.date / vendor lifecycle"

// Rules are the end-of-life rules, as values.
func Rules() []checks.Rule {
	return []checks.Rule{
		{Key: "eol/os", ID: RuleOS, Source: ruleSource, Refs: []string{"2.19", "2.17"},
			TitleFR:       "Le système d'exploitation reçoit encore des mises à jour de sécurité de son éditeur",
			TitleEN:       "The operating system still receives security updates from its vendor",
			RemediationFR: "Migrer vers une version du système encore maintenue (ex. Debian 13, Windows Server 2022/2025)",
			RemediationEN: "Upgrade to a release of the OS still maintained (e.g. Debian 13, Windows Server 2022/2025)"},
		{Key: "eol/software", ID: RuleSoftware, Source: ruleSource, Refs: []string{"8.10", "2.17"},
			TitleFR:       "Les logiciels serveur exposés sont dans un cycle encore maintenu",
			TitleEN:       "Exposed server software is in a release cycle still maintained",
			RemediationFR: "Mettre à jour le logiciel vers un cycle maintenu, ou utiliser le paquet de la distribution",
			RemediationEN: "Upgrade the software to a maintained cycle, or use the distribution's package"},
		{Key: "eol/distro-package", ID: RuleDistro, Source: ruleSource + " + distribution archive", Refs: []string{"8.10"},
			TitleFR: "Un logiciel livré par la distribution suit le support de la distribution",
			TitleEN: "Software shipped by the distribution follows the distribution's support"},
		{Key: "eol/extended-support", ID: RuleExtended, Source: ruleSource + " (--extended-support)", Refs: []string{"2.19", "8.10"},
			TitleFR:       "Support étendu ou payant seul (Debian LTS/ELTS, RHEL ELS, Windows ESU) : selon la politique choisie",
			TitleEN:       "Extended or paid support only (Debian LTS/ELTS, RHEL ELS, Windows ESU): per the chosen policy",
			RemediationFR: "Planifier la migration avant la fin du support étendu, et justifier le recours au support payant",
			RemediationEN: "Plan the upgrade before extended support ends, and document the paid support contract"},
		{Key: "eol/unidentified", ID: RuleUnknown, Source: ruleSource, Refs: []string{"2.19", "8.10"},
			TitleFR: "Version non identifiée : à vérifier manuellement",
			TitleEN: "Release not identified: to check manually"},
	}
}
