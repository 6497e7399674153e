package diskcrypt

import "conformscan/checks"

// Rule IDs named in evidence.
const (
	RuleMobile    = "GRID-13.1-MOBILE"
	RuleEncrypted = "GRID-13.1-ENCRYPTED"
)

const src131 = "grille 13.1 : « Tout dispositif mobile doit être chiffré (en conformité avec le Référentiel Général de Sécurité : RGS) et les clefs de chiffrement doivent être remises au CHM. »"

// Rules are the family's rules, as values.
func Rules() []checks.Rule {
	return []checks.Rule{
		{Key: "diskcrypt/mobile", ID: RuleMobile, Source: src131 + " ; SMBIOS DSP0134 7.4.1 (types de boîtier)", Refs: []string{"13.1"},
			TitleFR: "La règle s'applique à un dispositif mobile : type de boîtier portable (SMBIOS 8, 9, 10, 11, 14, 30, 31, 32 ; MacBook) ou --mobile ; " +
				"un autre boîtier lu, ou une machine virtuelle, est non applicable ; un boîtier illisible n'est jamais non applicable",
			TitleEN: "The rule applies to a mobile device: a portable chassis type (SMBIOS 8, 9, 10, 11, 14, 30, 31, 32; MacBook) or --mobile; " +
				"another chassis read, or a virtual machine, is not applicable; an unreadable chassis is never not applicable",
			RemediationFR: "Indiquer --mobile si l'hôte est un poste nomade dont le boîtier n'a pu être lu",
			RemediationEN: "Give --mobile when the host is a mobile device whose chassis could not be read"},
		{Key: "diskcrypt/encrypted", ID: RuleEncrypted, Source: src131 + " ; ANSSI, Recommandations de sécurité relatives aux postes nomades (chiffrement intégral du disque)", Refs: []string{"13.1"},
			TitleFR: "Le volume racine, les volumes de données et le swap sont chiffrés : dm-crypt (LUKS, plain, BitLocker) sous le volume, BitLocker protection active et volume entièrement chiffré, FileVault actif ; " +
				"/boot et la partition EFI sont exclus",
			TitleEN: "The root volume, the data volumes and swap are encrypted: dm-crypt (LUKS, plain, BitLocker) under the volume, BitLocker protection on and the volume fully encrypted, FileVault on; " +
				"/boot and the EFI partition are left out",
			RemediationFR: "Chiffrer les volumes (LUKS2 à l'installation, BitLocker avec TPM et code PIN, FileVault) et remettre les clés de recouvrement au CHM",
			RemediationEN: "Encrypt the volumes (LUKS2 at install time, BitLocker with TPM and PIN, FileVault) and hand the recovery keys to the hospital"},
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
