// Package svcmode reads, through the host-access layer, how a host's
// listening processes run (grid ref 2.18): on Linux, each listening
// process's control group (/proc/PID/cgroup: a systemd unit of
// system.slice or a login session's scope), its audit session, its user
// and its ancestry (tmux, screen, an SSH session, a shell); on Windows,
// from the Windows snapshot, the edition and each listening process's
// session and service. It records facts only; checks/svcmode judges.
package svcmode

// Socket is one listening socket as ss prints it.
type Socket struct {
	Proto string `json:"proto"`
	Addr  string `json:"addr"`
	Port  int    `json:"port"`
	// PIDs and Names are the processes holding it (empty when ss could
	// not see them: not root, another PID namespace).
	PIDs  []int    `json:"pids,omitempty"`
	Names []string `json:"names,omitempty"`
}

// Process is one listening process and what tells how it runs.
type Process struct {
	PID   int      `json:"pid"`
	Name  string   `json:"name"`
	User  string   `json:"user"`
	Ports []string `json:"ports"`
	// Cgroup is the systemd control group path ("/system.slice/ssh.service",
	// "/user.slice/user-1000.slice/session-3.scope"); "" when unknown.
	Cgroup string `json:"cgroup,omitempty"`
	// Session is the audit session ID (/proc/PID/sessionid; "" unset), or
	// on Windows the session number.
	Session string `json:"session,omitempty"`
	// Ancestry names the parents up to PID 1 ("bash", "tmux: server",
	// "sshd", "systemd").
	Ancestry []string `json:"ancestry,omitempty"`
	// Service is the Windows service whose process it is.
	Service string `json:"service,omitempty"`
	// Where names the files read for it.
	Where string `json:"where"`
}

// Unread is a source that could not be read.
type Unread struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

// Facts is what the probe records on a host.
type Facts struct {
	Access  string `json:"access"`
	Offline bool   `json:"offline,omitempty"`
	Windows bool   `json:"windows,omitempty"`
	// Edition: Windows ProductName and InstallationType ("Server",
	// "Server Core", "Client").
	Edition          string `json:"edition,omitempty"`
	InstallationType string `json:"installation_type,omitempty"`
	// Init names PID 1 ("systemd", "init"...); "" when not read.
	Init string `json:"init,omitempty"`
	// ListeningRead: the listening sockets were read.
	ListeningRead bool      `json:"listening_read"`
	Processes     []Process `json:"processes,omitempty"`
	// Hidden are listening sockets whose process could not be seen.
	Hidden []Socket `json:"hidden,omitempty"`
	Unread []Unread `json:"unread,omitempty"`
}
