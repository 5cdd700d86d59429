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

// foldEntities folds sorted entity rows of the same thing into one row,
// applying the merge rules of docs/DESIGN.md in row order, as the graph
// would: properties overwrite, aliases are a union, the more precise date
// wins and brings its end_date, and for a Summit (rank is set) the status
// of higher rank wins. A country or city seen by hundreds of articles of a
// batch becomes one row, and each node is written at most once per batch.
func foldEntities(rows []row, rank map[string]any) []row {
	return fold(rows, func(into, from map[string]any) { foldEntity(into, from, rank) })
}

// fold folds each run of sorted rows about the same thing into its first
// row, with merge.
func fold(rows []row, merge func(into, from map[string]any)) []row {
	out := rows[:0]
	for _, r := range rows {
		if n := len(out); n > 0 && identity(out[n-1]) == identity(r) {
			merge(out[n-1].values, r.values)
			continue
		}
		out = append(out, r)
	}
	return out
}

func foldEntity(into, from map[string]any, rank map[string]any) {
	props := into["props"].(map[string]any)
	for k, v := range from["props"].(map[string]any) {
		props[k] = v
	}
	if add, ok := from["aliases"].([]string); ok {
		old, _ := into["aliases"].([]string)
		into["aliases"] = appendNew(append([]string{}, old...), add)
	}
	// The span rule of entityQuery (writer.go).
	d0, d1, e0, e1 := into["date"], from["date"], into["end_date"], from["end_date"]
	date := preciseDate(d0, d1)
	var end any
	switch {
	case d1 == nil || d1 == d0:
		end = preciseDate(e0, e1)
	case date == d1:
		end = e1
		if e1 == nil {
			if s, ok := e0.(string); ok && s >= date.(string) {
				end = e0
			}
		}
	default:
		end = e0
	}
	setOrDelete(into, "date", date)
	setOrDelete(into, "end_date", end)
	if rank != nil {
		setOrDelete(into, "status", higherRank(rank, into["status"], from["status"]))
	}
}

// setOrDelete sets m[k] to v, or deletes it when v is nil, as rows leave
// out the values they do not know.
func setOrDelete(m map[string]any, k string, v any) {
	if v == nil {
		delete(m, k)
		return
	}
	m[k] = v
}

// preciseDate is precise (writer.go) in Go: the more precise date (one with
// a year beats one without, then the longer); a tie keeps the old one.
func preciseDate(old, new any) any {
	return pickDate(old, new, func(n, o string) bool { return len(n) > len(o) })
}

// foldFacts folds sorted relationship rows of the same fact into one row,
// applying the merge rules of docs/DESIGN.md in row order, as the graph
// would: properties overwrite, sources are appended, evidence keeps its
// first MaxEvidence sentences in sort order, and for MEMBER_OF (rank is set) the status
// of higher rank and the earliest since win.
func foldFacts(rows []row, rank map[string]any) []row {
	out := fold(rows, func(into, from map[string]any) { foldFact(into, from, rank) })
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
	return pickDate(old, new, func(n, o string) bool { return n < o })
}

// pickDate is the rule both date merges share: null never wins, a date with
// a year beats one without ("--09-15"), and otherwise new wins only when it
// is better than old.
func pickDate(old, new any, better func(n, o string) bool) any {
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
	if better(n, o) {
		return new
	}
	return old
}
