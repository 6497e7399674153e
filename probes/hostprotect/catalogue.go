package hostprotect

// Product is one antivirus, EDR or host intrusion detection agent and how
// it shows on a Linux host, from its vendor's installation guide.
type Product struct {
	Name string
	// Kind: "antivirus", "edr", "hids".
	Kind      string
	Packages  []string
	Units     []string
	Processes []string
	Paths     []string
	// WindowsServices are its service names on Windows (the snapshot's
	// services).
	WindowsServices []string
	Source          string
}

// Catalogue is every product looked for. Names are the vendors'; an
// agent installed elsewhere or under another name is not seen: the
// vendor then answers 2.17 in the answers file.
var Catalogue = []Product{
	{Name: "ClamAV", Kind: "antivirus", Packages: []string{"clamav-daemon", "clamd"},
		Units: []string{"clamav-daemon.service", "clamd@scan.service", "clamav-clamonacc.service"}, Processes: []string{"clamd", "clamonacc"},
		Source: "https://docs.clamav.net/manual/Usage/Configuration.html (clamd, freshclam; Debian clamav-daemon, Fedora/EPEL clamd@scan)"},
	{Name: "Microsoft Defender for Endpoint (Linux)", Kind: "edr", Packages: []string{"mdatp"}, Units: []string{"mdatp.service"},
		Processes: []string{"wdavdaemon"}, Paths: []string{"/opt/microsoft/mdatp"},
		WindowsServices: []string{"Sense"},
		Source:          "https://learn.microsoft.com/defender-endpoint/linux-install-manually (package and service mdatp, /opt/microsoft/mdatp/sbin/wdavdaemon)"},
	{Name: "CrowdStrike Falcon sensor", Kind: "edr", Packages: []string{"falcon-sensor"}, Units: []string{"falcon-sensor.service"},
		Processes: []string{"falcon-sensor"}, Paths: []string{"/opt/CrowdStrike/falconctl"},
		WindowsServices: []string{"CSFalconService"},
		Source:          "CrowdStrike Falcon sensor for Linux deployment guide (package and service falcon-sensor, /opt/CrowdStrike/falconctl)"},
	{Name: "SentinelOne agent", Kind: "edr", Packages: []string{"sentinelagent", "SentinelAgent"}, Units: []string{"sentinelone.service"},
		Processes: []string{"s1-agent", "s1-orchestrator"}, Paths: []string{"/opt/sentinelone/bin/sentinelctl"},
		WindowsServices: []string{"SentinelAgent"},
		Source:          "SentinelOne Linux Agent installation guide (package SentinelAgent, service sentinelone, /opt/sentinelone/bin/sentinelctl)"},
	{Name: "Sophos Protection for Linux", Kind: "edr", Units: []string{"sophos-spl.service"},
		Processes: []string{"sophos_managementagent", "sophos_threat_detector"}, Paths: []string{"/opt/sophos-spl"},
		Source: "https://docs.sophos.com/esg/sophos-protection-for-linux/ (service sophos-spl, /opt/sophos-spl)"},
	{Name: "Trend Micro Deep Security / Cloud One Workload Security agent", Kind: "edr", Packages: []string{"ds-agent", "ds_agent"},
		Units: []string{"ds_agent.service"}, Processes: []string{"ds_agent"}, Paths: []string{"/opt/ds_agent"},
		WindowsServices: []string{"ds_agent"},
		Source:          "https://help.deepsecurity.trendmicro.com/ (Deep Security Agent for Linux: package and service ds_agent, /opt/ds_agent)"},
	{Name: "ESET Server Security for Linux", Kind: "antivirus", Packages: []string{"efs"}, Units: []string{"efs.service"},
		Paths:           []string{"/opt/eset/efs"},
		WindowsServices: []string{"ekrn"},
		Source:          "https://help.eset.com/efs/ (package and service efs, /opt/eset/efs)"},
	{Name: "Wazuh agent", Kind: "hids", Packages: []string{"wazuh-agent"}, Units: []string{"wazuh-agent.service"},
		Processes: []string{"wazuh-agentd", "wazuh-syscheckd"}, Paths: []string{"/var/ossec/bin/wazuh-agentd"},
		WindowsServices: []string{"WazuhSvc"},
		Source:          "https://documentation.wazuh.com/current/installation-guide/wazuh-agent/ (package and service wazuh-agent, /var/ossec)"},
	{Name: "OSSEC HIDS agent", Kind: "hids", Packages: []string{"ossec-hids-agent"}, Units: []string{"ossec.service"},
		Processes: []string{"ossec-agentd", "ossec-syscheckd"}, Paths: []string{"/var/ossec/bin/ossec-agentd"},
		Source: "https://www.ossec.net/docs/ (agent install, /var/ossec/bin/ossec-agentd)"},
	{Name: "Elastic Defend (Elastic Endpoint)", Kind: "edr", Units: []string{"ElasticEndpoint.service"},
		Processes: []string{"elastic-endpoint"}, Paths: []string{"/opt/Elastic/Endpoint/elastic-endpoint"},
		WindowsServices: []string{"ElasticEndpoint"},
		Source:          "https://www.elastic.co/guide/en/security/current/install-endpoint.html (service ElasticEndpoint, /opt/Elastic/Endpoint)"},
}
