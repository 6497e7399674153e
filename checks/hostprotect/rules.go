package hostprotect

import (
	"time"

	"conformscan/checks"
)

// Rule IDs named in evidence.
const (
	RuleProtection  = "GRID-2.17-PROTECTION"
	RuleSignatures  = "GRID-2.17-SIGNATURES"
	RulePatches     = "GRID-2.17-PATCHES"
	RulePatchSource = "GRID-2.17-PATCH-SOURCE"
)

// The grid's own words.
const (
	src217  = "grille 2.17 : « Le titulaire s’engage à mettre en œuvre les dispositifs et paramétrages nécessaires pour prémunir ses systèmes contre les attaques virales et intrusives [...] De fait, en cas d’intrusion ou de contamination, le titulaire est responsable de la vulnérabilité de ses systèmes vis à vis des définitions virales et correctifs publics. »"
	src1317 = "grille 13.17 : « Le titulaire doit s’engager à maintenir les composants à niveau en termes de sécurité et garantir une administration sécurisée intégrant au moins un antivirus mis à jour et un système d’exploitation ainsi que tous les composants mis à jour des correctifs de sécurité publiés par les éditeurs selon des modalités de qualification à décrire. »"
)

// Thresholds.
const (
	// SignatureMaxAge: signatures older than this warn.
	SignatureMaxAge = 7 * 24 * time.Hour
	// DefaultPatchMaxAgeDays is --patch-max-age's default.
	DefaultPatchMaxAgeDays = 30
)

var refs = []string{"2.17", "13.17"}

// Rules are the family's rules, as values.
func Rules() []checks.Rule {
	return []checks.Rule{
		{Key: "hostprotect/protection", ID: RuleProtection, Source: src217 + " ; " + src1317, Refs: refs,
			TitleFR:       "Une protection contre les logiciels malveillants (antivirus, EDR ou HIDS du catalogue intégré, Microsoft Defender) est installée et en fonctionnement (processus ou service actif ; sur une racine hors ligne : activée au démarrage)",
			TitleEN:       "A malware protection (antivirus, EDR or HIDS of the embedded catalogue, Microsoft Defender) is installed and running (a process or an active service; on an offline root: enabled at boot)",
			RemediationFR: "Installer et démarrer l’antivirus du CHM ou celui du titulaire (ClamAV : clamav-daemon et clamav-freshclam actifs), ou décrire la protection dans le fichier de réponses",
			RemediationEN: "Install and start the hospital's antivirus or the vendor's (ClamAV: clamav-daemon and clamav-freshclam active), or describe the protection in the answers file"},
		{Key: "hostprotect/signatures", ID: RuleSignatures, Source: src217 + " (définitions virales) ; " + src1317 + " (antivirus mis à jour)", Refs: refs,
			TitleFR:       "Les définitions virales datent de 7 jours au plus à la date de référence (en-tête des bases ClamAV daily, date des signatures Microsoft Defender) ; plus anciennes : avertissement",
			TitleEN:       "Virus definitions are at most 7 days old at the reference date (ClamAV daily database header, Microsoft Defender signature date); older warns",
			RemediationFR: "Vérifier la mise à jour des signatures (freshclam, Windows Update / WSUS) et l’accès au miroir de signatures",
			RemediationEN: "Check the signature updates (freshclam, Windows Update / WSUS) and the access to the signature mirror"},
		{Key: "hostprotect/patches", ID: RulePatches, Source: src217 + " (correctifs publics) ; " + src1317, Refs: refs,
			TitleFR:       "Aucune mise à jour de sécurité publiée n’attend depuis plus de --patch-max-age jours (30 par défaut) : listes apt de l’origine sécurité comparées aux versions installées (ordre des versions de dpkg), mises à jour Windows en attente ; l’ancienneté est la date de la liste qui la propose (au moins depuis)",
			TitleEN:       "No published security update is pending for more than --patch-max-age days (30 by default): apt lists of the security origin against the installed versions (dpkg version order), pending Windows updates; the age is the date of the list offering it (available at least since)",
			RemediationFR: "Appliquer les mises à jour de sécurité (apt-get upgrade, unattended-upgrades, Windows Update / WSUS) et les inscrire dans la politique de correctifs du CHM",
			RemediationEN: "Apply the security updates (apt-get upgrade, unattended-upgrades, Windows Update / WSUS) and put the host under the hospital's patch policy"},
		{Key: "hostprotect/patch-source", ID: RulePatchSource, Source: src217 + " (correctifs publics)", Refs: refs,
			TitleFR:       "L’hôte suit une origine de mises à jour de sécurité (Label, Suite ou Codename contenant « security », p. ex. bookworm-security) dont la liste date de --patch-max-age jours au plus ; sans origine : échec ; liste plus ancienne : erreur (l’état réel est inconnu)",
			TitleEN:       "The host follows a security update origin (Label, Suite or Codename containing 'security', e.g. bookworm-security) whose list is at most --patch-max-age days old; none fails; an older list is an error (the real state is unknown)",
			RemediationFR: "Ajouter l’origine sécurité de la distribution (ou son miroir interne, en gardant Label/Suite) aux sources apt et exécuter apt-get update régulièrement",
			RemediationEN: "Add the distribution's security origin (or its internal mirror, keeping Label/Suite) to the apt sources and run apt-get update regularly"},
	}
}

// remediation returns a rule's remediation in l.
func remediation(id string, l checks.Lang) string {
	for _, r := range Rules() {
		if r.ID == id {
			return r.Remediation(l)
		}
	}
	return ""
}
