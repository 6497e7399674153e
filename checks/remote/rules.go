package remote

import "conformscan/checks"

// Rule IDs named in evidence.
const (
	RuleAuthorised  = "RMT-8.6-AUTHORISED"
	RuleNoAuth      = "RMT-8.6-NO-AUTH"
	RuleExposure    = "RMT-8.1-EXPOSURE"
	RuleDeclared    = "RMT-2.11-DECLARED"
	RuleInventory   = "RMT-2.9-INVENTORY"
	sourceGrid86    = "grid ref 8.6; remote-access.md (LOLRMM, nmap service probes)"
	sourceGrid81    = "grid refs 8.1 and 13.18; remote-access.md"
	sourceManifest  = "grid ref 2.11; vendor's manifest (--manifest)"
	sourceInventory = "grid ref 2.9; local inventory matched against LOLRMM"
)

// Indexes of the rules in Rules().
const (
	ruleAuthorised = iota
	ruleNoAuth
	ruleExposure
	ruleDeclared
)

// Rules are the family's rules, as values.
func Rules() []checks.Rule {
	return []checks.Rule{
		{Key: "remote/authorised", ID: RuleAuthorised, Source: sourceGrid86, Refs: []string{"8.6"},
			TitleFR:       "Aucun logiciel de prise en main à distance sans autorisation explicite et en cours de validité de la DSI",
			TitleEN:       "No remote-control software without an explicit, unexpired authorisation from the hospital's IT department",
			RemediationFR: "Désinstaller l'outil, ou obtenir de la DSI une autorisation écrite (outil, hôtes, signataire, échéance) et la déclarer dans --authorisations",
			RemediationEN: "Uninstall the tool, or obtain a written authorisation from the DSI (tool, hosts, signatory, end date) and list it in --authorisations"},
		{Key: "remote/no-unauthenticated", ID: RuleNoAuth, Source: sourceGrid86, Refs: []string{"8.6"},
			TitleFR:       "Aucune prise en main sans authentification (VNC type 1 « None », X11 sans contrôle d'accès), même autorisée",
			TitleEN:       "No remote control without authentication (VNC security type 1 None, X11 with access control off), even when authorised",
			RemediationFR: "Exiger un mot de passe (VNC : rfbauth/VeNCrypt ; X11 : xhost -, -nolisten tcp) ou fermer le port",
			RemediationEN: "Require authentication (VNC: rfbauth/VeNCrypt; X11: xhost -, -nolisten tcp) or close the port"},
		{Key: "remote/exposure", ID: RuleExposure, Source: sourceGrid81, Refs: []string{"8.1", "13.18"},
			TitleFR:       "Services d'administration et de prise en main joignables depuis le point d'analyse : aucun en clair ni sans authentification",
			TitleEN:       "Administration and remote-control services reachable from the scanning point: none in clear nor unauthenticated",
			RemediationFR: "Restreindre ces services aux moyens de télémaintenance de l'établissement (bastion, VPN) par filtrage, et supprimer les protocoles en clair",
			RemediationEN: "Restrict these services to the hospital's remote-maintenance means (bastion, VPN) by filtering, and remove cleartext protocols"},
		{Key: "remote/declared-services", ID: RuleDeclared, Source: sourceManifest, Refs: []string{"2.11"},
			TitleFR:       "Seuls les services déclarés par l'éditeur sont à l'écoute",
			TitleEN:       "Only the services the vendor declared are listening",
			RemediationFR: "Désactiver les services non déclarés, ou les déclarer avec leur finalité dans le manifeste",
			RemediationEN: "Disable the undeclared services, or declare them with their purpose in the manifest"},
		{Key: "remote/inventory", ID: RuleInventory, Source: sourceInventory, Refs: []string{"2.9"},
			TitleFR: "Inventaire des logiciels installés et des services à l'écoute, à rapprocher de la liste fournie par l'éditeur",
			TitleEN: "Inventory of installed software and listening services, to compare with the vendor's list"},
	}
}
