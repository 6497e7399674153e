package svcmode

import "conformscan/checks"

// Rule IDs named in evidence.
const (
	RuleServerOS = "GRID-2.18-SERVER-OS"
	RuleService  = "GRID-2.18-SERVICE-MODE"
)

const src218 = "grille 2.18 : « Les applications ou services nécessitant un fonctionnement permanent, doivent être hébergés sur des machines ayant un système d’exploitation de type serveur et ne doivent pas dépendre d’une session utilisateur (fonctionnement en mode service). »"

// Rules are the family's rules, as values.
func Rules() []checks.Rule {
	return []checks.Rule{
		{Key: "svcmode/server-os", ID: RuleServerOS, Source: src218, Refs: []string{"2.18"},
			TitleFR:       "Windows : l'édition est une édition serveur (InstallationType Server ou Server Core)",
			TitleEN:       "Windows: the edition is a server edition (InstallationType Server or Server Core)",
			RemediationFR: "Héberger les services permanents sur Windows Server", RemediationEN: "Host the permanent services on Windows Server"},
		{Key: "svcmode/service-mode", ID: RuleService, Source: src218, Refs: []string{"2.18"},
			TitleFR:       "Chaque processus à l'écoute tourne en service : unité systemd (system.slice) ou démon lancé par l'init, pas dans une session de connexion (session-N.scope, session d'audit, tmux, screen, session SSH, shell) ; Windows : session 0 et processus d'un service",
			TitleEN:       "Each listening process runs as a service: a systemd unit (system.slice) or a daemon started by init, not inside a login session (session-N.scope, audit session, tmux, screen, SSH session, shell); Windows: session 0 and a service's process",
			RemediationFR: "Installer le service comme unité systemd (ou service Windows) lancée au démarrage, plutôt que depuis une session utilisateur",
			RemediationEN: "Install the service as a systemd unit (or a Windows service) started at boot, rather than from a user session"},
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

// sessionAncestors are parents that put a process inside a login
// session: terminal multiplexers, SSH sessions, shells, login.
func sessionAncestors() []string {
	return []string{"tmux", "tmux: server", "screen", "SCREEN", "sshd-session", "sshd", "login", "su", "sudo",
		"bash", "sh", "dash", "zsh", "ksh", "fish", "tcsh", "csh", "xterm", "gnome-terminal-", "konsole"}
}

// inits are PID 1 programs that manage services.
func inits() []string {
	return []string{"systemd", "init", "runit", "runsvdir", "s6-svscan", "openrc-init", "supervisord", "tini", "dumb-init"}
}

// serverInstallTypes are Windows InstallationType values of a server.
func serverInstallTypes() []string { return []string{"Server", "Server Core", "Nano Server"} }
