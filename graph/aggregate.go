package graph

import (
	"reflect"
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

// dropRepeats drops from sorted entity rows each row equal to the row
// before it for the same thing. Every merge rule gives the same result
// when the same row is applied twice in a row, so nothing changes but the
// work: a country or city seen by hundreds of articles of a batch is
// mostly the same row.
func dropRepeats(rows []row) []row {
	out := rows[:0]
	for i, r := range rows {
		if i > 0 && identity(r) == identity(rows[i-1]) && sameValues(r.values, rows[i-1].values) {
			continue
		}
		out = append(out, r)
	}
	return out
}

// sameValues reports whether two rows hold the same values; it knows the
// types rows are made of and leaves the others to reflect.DeepEqual.
func sameValues(a, b map[string]any) bool {
	if len(a) != len(b) {
		return false
	}
	for k, va := range a {
		vb, ok := b[k]
		if !ok {
			return false
		}
		switch x := va.(type) {
		case string:
			if y, ok := vb.(string); !ok || x != y {
				return false
			}
		case []string:
			if y, ok := vb.([]string); !ok || !slices.Equal(x, y) {
				return false
			}
		case map[string]any:
			if y, ok := vb.(map[string]any); !ok || !sameValues(x, y) {
				return false
			}
		default:
			if !reflect.DeepEqual(va, vb) {
				return false
			}
		}
	}
	return true
}

// foldFacts folds sorted relationship rows of the same fact into one row,
// applying the merge rules of docs/DESIGN.md in row order, as the graph
// would: properties overwrite, sources are appended, evidence keeps its
// first MaxEvidence sentences in sort order, and for MEMBER_OF (rank is set) the status
// of higher rank and the earliest since win.
func foldFacts(rows []row, rank map[string]any) []row {
	out := rows[:0]
	for _, r := range rows {
		if n := len(out); n > 0 && identity(out[n-1]) == identity(r) {
			foldFact(out[n-1].values, r.values, rank)
			continue
		}
		out = append(out, r)
	}
	for _, r := range out {
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

func foldFact(into, from map[string]any, rank map[string]any) {
	props := into["props"].(map[string]any)
	for k, v := range from["props"].(map[string]any) {
		props[k] = v
	}
	into["sources"] = appendNew(into["sources"].([]string), from["sources"].([]string))
	into["evidence"] = append(into["evidence"].([]string), from["evidence"].([]string)...)
	if rank != nil {
		into["status"] = higherRank(rank, into["status"], from["status"])
		into["since"] = earlierDate(into["since"], from["since"])
	}
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

// higherRank is ranked (writer.go) in Go: the value of higher rank; a tie
// keeps the old one.
func higherRank(rank map[string]any, old, new any) any {
	switch {
	case new == nil:
		return old
	case old == nil:
		return new
	}
	r := func(v any) int {
		s, _ := v.(string)
		n, _ := rank[s].(int)
		return n
	}
	if r(new) > r(old) {
		return new
	}
	return old
}

// earlierDate is earliest (writer.go) in Go: the earlier date, preferring
// one with a year.
func earlierDate(old, new any) any {
	switch {
	case new == nil:
		return old
	case old == nil:
		return new
	}
	o, _ := old.(string)
	n, _ := new.(string)
	if strings.HasPrefix(n, "--") != strings.HasPrefix(o, "--") {
		if strings.HasPrefix(o, "--") {
			return new
		}
		return old
	}
	if n < o {
		return new
	}
	return old
}
