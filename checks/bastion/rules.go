package bastion

import "conformscan/checks"

// Rule IDs named in evidence.
const (
	RuleHost    = "GRID-8.20-HOST-RESTRICTED"
	RuleReach   = "GRID-8.20-NOT-REACHABLE"
	RuleDocOnly = "GRID-8.20-NO-BASTION-GIVEN"
)

const src820 = "grille 8.20 : « Si Le CHM dispose d’un bastion d’administration ou le met en place ultérieurement le titulaire s’engage à l’utiliser pour accéder aux systèmes qu’il devra maintenir ou exploiter (Dans ce cas, et de fait l’accès direct aux serveurs et applications serait interdit). »"

// Rules are the family's rules, as values.
func Rules() []checks.Rule {
	return []checks.Rule{
		{Key: "bastion/host-restricted", ID: RuleHost, Source: src820 + " ; ANSSI, Recommandations relatives à l'administration sécurisée des SI (PA-022)", Refs: []string{"8.20"},
			TitleFR:       "Chaque port d'administration à l'écoute (SSH, RDP 3389, WinRM 5985/5986) n'accepte que le bastion (--bastion) : sshd AllowUsers user@bastion, bloc Match Address refusant les autres adresses ou écoute sur la boucle locale seulement, ou pare-feu de l'hôte (nftables, iptables, pare-feu Windows) qui rejette les autres sources IPv4",
			TitleEN:       "Each administration port listening (SSH, RDP 3389, WinRM 5985/5986) accepts the bastion only (--bastion): sshd AllowUsers user@bastion, a Match Address block denying other addresses or loopback-only listening, or a host firewall (nftables, iptables, Windows Firewall) dropping other IPv4 sources",
			RemediationFR: "Limiter les ports d'administration au bastion : règle de pare-feu « ip saddr <bastion> tcp dport 22 accept » avec une politique drop, ou « AllowUsers *@<bastion> » dans sshd_config ; pare-feu Windows : adresse distante = bastion pour RDP/WinRM",
			RemediationEN: "Restrict the administration ports to the bastion: a firewall rule 'ip saddr <bastion> tcp dport 22 accept' with a drop policy, or 'AllowUsers *@<bastion>' in sshd_config; Windows Firewall: remote address = bastion for RDP/WinRM"},
		{Key: "bastion/not-reachable", ID: RuleReach, Source: src820, Refs: []string{"8.20"},
			TitleFR:       "Depuis le point d'analyse, hors du bastion, aucun port d'administration (SSH, RDP, WinRM) n'est joignable",
			TitleEN:       "From the scanning point, outside the bastion, no administration port (SSH, RDP, WinRM) is reachable",
			RemediationFR: "Filtrer les ports d'administration en amont (pare-feu réseau) ou sur l'hôte pour ne les ouvrir qu'au bastion",
			RemediationEN: "Filter the administration ports upstream (network firewall) or on the host so that only the bastion reaches them"},
		{Key: "bastion/documentary", ID: RuleDocOnly, Source: src820, Refs: []string{"8.20"},
			TitleFR: "Sans --bastion, l'exigence reste documentaire (le CHM dispose-t-il d'un bastion ?) : réponse attendue dans le fichier de réponses",
			TitleEN: "Without --bastion the ref stays documentary (does the hospital have a bastion?): answer it in the answers file"},
	}
}

func remediation(id string, l checks.Lang) string {
	for _, r := range Rules() {
		if r.ID == id {
			return r.Remediation(l)
		}
	}
	return ""
}
