package graph

import (
	"slices"
	"strings"
)

// MaxEvidence is how many sentences a relationship keeps in evidence: the
// first ones in sort order, that is of the articles with the smallest ids
// (an evidence string starts with its article's id), so that the graph
// does not depend on the order articles were written in. sources keeps
// every article. A fact such as Hanoi LOCATED_IN Vietnam is stated by
// thousands of articles; keeping all their sentences made every batch read
// and rewrite lists of megabytes, and ingest quadratic in the corpus size.
const MaxEvidence = 20

// identity is the part of a row's sort key that names the thing it is
// about (the key, or from and to): everything before the article id.
func identity(r row) string {
	return r.sortKey[:strings.LastIndexByte(r.sortKey, 0)]
}

// foldEntities folds sorted entity rows of the same thing into one row:
// their votes added up, their aliases joined. A country or city seen by
// hundreds of articles of a batch becomes one row, and each node is
// written at most once per batch.
func foldEntities(rows []row) []row {
	return fold(rows, func(into, from row) {
		into.votes.merge(from.votes)
		if add, ok := from.values["aliases"].([]string); ok {
			old, _ := into.values["aliases"].([]string)
			into.values["aliases"] = appendNew(slices.Clone(old), add)
		}
	})
}

// fold folds each run of sorted rows about the same thing into its first
// row, with merge.
func fold(rows []row, merge func(into, from row)) []row {
	out := rows[:0]
	for _, r := range rows {
		if n := len(out); n > 0 && identity(out[n-1]) == identity(r) {
			merge(out[n-1], r)
			continue
		}
		out = append(out, r)
	}
	return out
}

// foldFacts folds sorted relationship rows of the same fact into one row:
// their votes added up, sources sorted (as the graph keeps them), and
// evidence its first MaxEvidence sentences in sort order.
func foldFacts(rows []row) []row {
	out := fold(rows, func(into, from row) {
		into.votes.merge(from.votes)
		into.values["sources"] = append(into.values["sources"].([]string), from.values["sources"].([]string)...)
		into.values["evidence"] = append(into.values["evidence"].([]string), from.values["evidence"].([]string)...)
	})
	for _, r := range out {
		sources := r.values["sources"].([]string)
		slices.Sort(sources)
		r.values["sources"] = slices.Compact(sources)
		r.values["evidence"] = firstEvidence(r.values["evidence"].([]string))
	}
	return out
}

// firstEvidence is the first MaxEvidence of ev, sorted and distinct.
func firstEvidence(ev []string) []string {
	slices.Sort(ev)
	ev = slices.Compact(ev)
	return ev[:min(len(ev), MaxEvidence)]
}

// appendNew appends the elements of add that list lacks.
func appendNew(list, add []string) []string {
	for _, s := range add {
		if !slices.Contains(list, s) {
			list = append(list, s)
		}
	}
	return list
}
