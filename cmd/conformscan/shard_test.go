package main

import (
	"fmt"
	"testing"

	"conformscan/probes"
)

// TestShardSplit: the shards of N split the targets into N disjoint parts
// that cover them all, the same way on every run.
func TestShardSplit(t *testing.T) {
	var in []string
	for i := 1; i <= 200; i++ {
		in = append(in, fmt.Sprintf("10.0.%d.%d", i/250, i%250))
	}
	targets, err := probes.ParseTargets(in, 1024)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for i := 1; i <= 3; i++ {
		part, err := shardOf(fmt.Sprintf("%d/3", i), targets)
		if err != nil {
			t.Fatal(err)
		}
		again, _ := shardOf(fmt.Sprintf("%d/3", i), targets)
		if len(part) != len(again) || len(part) < 40 {
			t.Errorf("shard %d/3: %d then %d targets", i, len(part), len(again))
		}
		for _, tg := range part {
			seen[tg.String()]++
		}
	}
	if len(seen) != len(targets) {
		t.Errorf("shards cover %d of %d targets", len(seen), len(targets))
	}
	for tg, n := range seen {
		if n != 1 {
			t.Errorf("%s in %d shards", tg, n)
		}
	}
	for _, bad := range []string{"0/3", "4/3", "1", "a/b", "1/0", "1,2/3", "1/10001", "01/3"} {
		if _, err := shardOf(bad, targets); err == nil {
			t.Errorf("--shard %s accepted", bad)
		}
	}
}
