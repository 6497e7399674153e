package svcmode

import (
	"fmt"
	"sort"
	"strconv"

	"conformscan/probes/winhost"
)

// FromSnapshot fills the facts of a Windows host from its snapshot: the
// edition, and each listening process with its session and service.
func FromSnapshot(f *Facts, s *winhost.Snapshot) {
	f.Windows = true
	f.Edition, f.InstallationType = s.OS.ProductName, s.OS.InstallationType
	for _, p := range s.Problems {
		if p.Source == "sockets" || p.Source == "processes" || p.Source == "services" {
			f.Unread = append(f.Unread, Unread{Path: s.Host + " " + p.Source, Reason: p.Error})
		}
	}
	if s.Sockets == nil || s.Processes == nil || s.Services == nil {
		return
	}
	f.ListeningRead = true
	procs := map[int]winhost.Process{}
	for _, p := range s.Processes {
		procs[p.PID] = p
	}
	svc := map[int]string{}
	for _, sv := range s.Services {
		if sv.PID > 0 {
			if svc[sv.PID] != "" {
				svc[sv.PID] += ", "
			}
			svc[sv.PID] += sv.Name
		}
	}
	byPID := map[int]*Process{}
	var pids []int
	for _, so := range s.Sockets {
		port := fmt.Sprintf("%s %s:%d", so.Proto, so.Address, so.Port)
		pr, ok := procs[so.PID]
		if !ok {
			f.Hidden = append(f.Hidden, Socket{Proto: so.Proto, Addr: so.Address, Port: so.Port, PIDs: []int{so.PID}})
			continue
		}
		p := byPID[so.PID]
		if p == nil {
			p = &Process{PID: so.PID, Name: pr.Name, User: pr.User, Session: strconv.Itoa(pr.Session), Service: svc[so.PID],
				Where: s.Collector + " snapshot of " + s.Host}
			byPID[so.PID] = p
			pids = append(pids, so.PID)
		}
		p.Ports = append(p.Ports, port)
	}
	sort.Ints(pids)
	for _, pid := range pids {
		f.Processes = append(f.Processes, *byPID[pid])
	}
}
