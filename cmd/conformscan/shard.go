package main

import (
	"hash/fnv"
	"strconv"
	"strings"

	"conformscan/probes"
)

// shardOf keeps the targets of shard i of n (--shard I/N): a target belongs
// to the shard its FNV-1a hash falls in, so that N machines given the same
// targets split them without talking to each other, the same way each run.
// Merge the shards' JSON reports with 'conformscan merge'.
func shardOf(spec string, targets []probes.Target) ([]probes.Target, error) {
	if spec == "" {
		return targets, nil
	}
	i, n, err := parseShard(spec)
	if err != nil {
		return nil, err
	}
	var out []probes.Target
	for _, t := range targets {
		h := fnv.New64a()
		h.Write([]byte(t.String()))
		if h.Sum64()%uint64(n) == uint64(i-1) {
			out = append(out, t)
		}
	}
	return out, nil
}

// parseShard reads I/N with 1 ≤ I ≤ N.
func parseShard(spec string) (int, int, error) {
	is, ns, ok := strings.Cut(spec, "/")
	i, errI := strconv.Atoi(is)
	n, errN := strconv.Atoi(ns)
	if !ok || errI != nil || errN != nil || n < 1 || i < 1 || i > n {
		return 0, 0, usage("--shard %q: use I/N with 1 ≤ I ≤ N, e.g. --shard 2/4", spec)
	}
	return i, n, nil
}
