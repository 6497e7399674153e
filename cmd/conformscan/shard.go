package main

import (
	"fmt"
	"hash/fnv"
	"io"

	"conformscan/checks"
	"conformscan/probes"
	"conformscan/reports"
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

// parseShard reads I/N with 1 ≤ I ≤ N (N at most 10000), as merge reads
// the shard back from the report.
func parseShard(spec string) (int, int, error) {
	set, n, err := reports.ParseShard(spec)
	if err != nil || len(set) != 1 {
		return 0, 0, usage("--shard %q: use I/N with 1 ≤ I ≤ N ≤ 10000, e.g. --shard 2/4", spec)
	}
	return set[0], n, nil
}

// recordShard writes in the report the shard it scanned (1/1 without
// --shard) and the digest of the whole target list, before the split, so
// that 'merge' joins only the shards of one split, each once. A shard of
// several is never the audit's go: its decision is read as a part's.
func recordShard(rep *reports.Report, spec string, all []probes.Target, lang checks.Lang, stderr io.Writer) error {
	i, n := 1, 1
	if spec != "" {
		var err error
		if i, n, err = parseShard(spec); err != nil {
			return err
		}
	}
	names := make([]string, len(all))
	for k, t := range all {
		names[k] = t.String()
	}
	rep.SetShard(i, n, reports.TargetsDigest(names))
	if n > 1 {
		fmt.Fprintf(stderr, lang.T("Shard %d/%d : une partie de l'audit ; sa décision n'est pas celle de l'audit (joindre les %d shards avec 'conformscan merge')\n",
			"Shard %d/%d: one part of the audit; its decision is not the audit's (join the %d shards with 'conformscan merge')\n"), i, n, n)
	}
	return nil
}
