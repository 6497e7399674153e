package reports

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"conformscan/checks"
)

// Scope says which part of one audit a report covers, so that merge joins
// the shards of one audit, each once, and a part is never read as the
// whole.
type Scope struct {
	// Shard is the part scanned: "I/N" (scan --shard I/N; "1/1" for a whole
	// scan or a complete merge), or the shards a partial merge joined
	// ("1,3/4").
	Shard string `json:"shard"`
	// TargetsSHA256 is the SHA-256 of the whole target list, before the
	// split (TargetsDigest).
	TargetsSHA256 string `json:"targets_sha256"`
	// AnswersSHA256 is the SHA-256 of the answers file; empty without one.
	AnswersSHA256 string `json:"answers_sha256"`
	// Partial: the report covers part of the audit (a shard alone, a
	// partial merge); its decision is never go.
	Partial bool `json:"partial"`
	// Merged lists the shards a merge joined.
	Merged []string `json:"merged_shards,omitempty"`
	// Missing lists the shards a partial merge lacks.
	Missing []string `json:"missing_shards,omitempty"`
}

// maxShards bounds N in I/N.
const maxShards = 10000

// TargetsDigest is the SHA-256 of a target list as the scope records it:
// the JSON array of the targets, sorted, once each.
func TargetsDigest(targets []string) string {
	ts := slices.Clone(targets)
	slices.Sort(ts)
	ts = slices.Compact(ts)
	if ts == nil {
		ts = []string{}
	}
	data, _ := json.Marshal(ts) // strings always encode
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// ParseShard reads "I/N" or a list "I,J/N" with 1 ≤ I ≤ N ≤ 10000, each
// index once; it returns the indexes sorted.
func ParseShard(spec string) ([]int, int, error) {
	list, ns, ok := strings.Cut(spec, "/")
	n, err := strconv.Atoi(ns)
	if !ok || err != nil || n < 1 || n > maxShards || ns != strconv.Itoa(n) {
		return nil, 0, fmt.Errorf("shard %q: want I/N with 1 ≤ I ≤ N ≤ %d", spec, maxShards)
	}
	var set []int
	for _, is := range strings.Split(list, ",") {
		i, err := strconv.Atoi(is)
		if err != nil || i < 1 || i > n || is != strconv.Itoa(i) || slices.Contains(set, i) {
			return nil, 0, fmt.Errorf("shard %q: want I/N with 1 ≤ I ≤ N ≤ %d, each I once", spec, maxShards)
		}
		set = append(set, i)
	}
	slices.Sort(set)
	return set, n, nil
}

// FormatShard writes a set of shards of n as ParseShard reads it.
func FormatShard(set []int, n int) string {
	parts := make([]string, len(set))
	for i, s := range set {
		parts[i] = strconv.Itoa(s)
	}
	return strings.Join(parts, ",") + "/" + strconv.Itoa(n)
}

// SetShard records that r scanned shard i of n of the targets whose digest
// is targetsSHA256. A shard of several is part of the audit: its decision
// is read again as such (never go; only the merge of all shards can be).
func (r *Report) SetShard(i, n int, targetsSHA256 string) {
	r.Scope = &Scope{Shard: FormatShard([]int{i}, n), TargetsSHA256: targetsSHA256, AnswersSHA256: r.Answers.SHA256, Partial: n > 1}
	handed := r.Summary.HandedOver
	r.Summary = checks.Summarise(r.Verdicts, r.Results, r.Interrupted || r.Scope.Partial)
	r.Summary.HandedOver = handed
}

// shardCell is one ref of one shard: merge covers each once.
type shardCell struct {
	ref   string
	shard int
}

// coverage checks that the reports are shards of one audit (same N, same
// targets and answers) covering each ref of each shard at most once. It
// returns N, the shards joined and the shards missing for some ref.
func coverage(in []*Loaded) (int, []int, []int, error) {
	n := 0
	seen := map[shardCell]int{}
	refs := map[string]bool{}
	var joined []int
	for k, l := range in {
		s := l.Scope
		if s == nil {
			return 0, nil, nil, fmt.Errorf("merge: report %d records no shard nor targets digest (written by an older conformscan): scan it again", k+1)
		}
		if len(s.Merged) > 0 && s.Partial {
			return 0, nil, nil, fmt.Errorf("merge: report %d is a partial merge: merge the shards themselves", k+1)
		}
		set, sn, err := ParseShard(s.Shard)
		if err != nil {
			return 0, nil, nil, fmt.Errorf("merge: report %d: %w", k+1, err)
		}
		if err := sameAudit(in[0].Scope, s, k+1); err != nil {
			return 0, nil, nil, err
		}
		if n != 0 && sn != n {
			return 0, nil, nil, fmt.Errorf("merge: report %d is shard %s, report 1 a shard of %d: merge the shards of one split", k+1, s.Shard, n)
		}
		n = sn
		for _, v := range l.Verdicts {
			refs[v.Ref] = true
			for _, i := range set {
				if first, dup := seen[shardCell{v.Ref, i}]; dup {
					return 0, nil, nil, fmt.Errorf("merge: shard %d/%d is given twice (reports %d and %d, ref %s): give each shard once", i, n, first, k+1, v.Ref)
				}
				seen[shardCell{v.Ref, i}] = k + 1
			}
		}
		joined = append(joined, set...)
	}
	var missing []int
	for i := 1; i <= n; i++ {
		for ref := range refs {
			if _, ok := seen[shardCell{ref, i}]; !ok {
				missing = append(missing, i)
				break
			}
		}
	}
	slices.Sort(joined)
	return n, slices.Compact(joined), missing, nil
}

// sameAudit refuses a report whose targets or answers differ from the
// first report's.
func sameAudit(a, b *Scope, k int) error {
	switch {
	case a.TargetsSHA256 != b.TargetsSHA256:
		return fmt.Errorf("merge: report %d was scanned from another target list than report 1 (targets SHA-256 %.12s… and %.12s…): give every shard the same targets", k, b.TargetsSHA256, a.TargetsSHA256)
	case a.AnswersSHA256 != b.AnswersSHA256:
		return fmt.Errorf("merge: report %d used another answers file than report 1: scan both with the same --answers", k)
	}
	return nil
}

// mergedScope is the scope of the merge of the shards joined of n.
func mergedScope(first *Scope, n int, joined, missing []int) *Scope {
	s := &Scope{Shard: "1/1", TargetsSHA256: first.TargetsSHA256, AnswersSHA256: first.AnswersSHA256}
	for _, i := range joined {
		s.Merged = append(s.Merged, FormatShard([]int{i}, n))
	}
	if len(missing) > 0 {
		s.Shard, s.Partial = FormatShard(joined, n), true
		for _, i := range missing {
			s.Missing = append(s.Missing, FormatShard([]int{i}, n))
		}
	}
	return s
}

// ErrPartial: the shards given do not cover the audit.
var ErrPartial = errors.New("shards missing")
