package graph

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"kg/model"
)

// Standing facts are the relationships between lasting things: a leader
// REPRESENTS a country, a city is LOCATED_IN a country, a country is a
// MEMBER_OF an organisation. Unlike the facts of an event (a summit, an
// agreement), each is stated again by thousands of articles: Hanoi
// LOCATED_IN Vietnam has a third of all articles in its sources. Neo4j
// stores a list as one value, so appending to it rewrites it whole, and
// writing these facts with every batch made ingest quadratic in the
// corpus. A Writer folds them on the client and writes them every so many
// articles instead; the Article nodes that state them carry pending_facts
// until then.

// standing reports whether the relationships of g are standing facts:
// neither end is an event.
func (g relGroup) standing() bool {
	event := func(label string) bool { return label == model.LabelSummit || label == model.LabelAgreement }
	return !event(g.from) && !event(g.to)
}

// standingFacts are standing facts not yet in the graph: per group, one
// folded row per fact (see foldFacts), sorted by fact; and the articles
// that state them.
type standingFacts struct {
	groups   map[relGroup][]row
	articles []string
}

// standingFacts returns the standing facts of the plan.
func (p *plan) standingFacts() standingFacts {
	f := standingFacts{groups: map[relGroup][]row{}, articles: p.standingArticles}
	for g, rows := range p.standing {
		f.groups[g] = foldFacts(sortRows(rows))
	}
	return f
}

// add folds o into f; o's articles come after f's.
func (f *standingFacts) add(o standingFacts) { *f = f.with(o) }

// with returns f and o folded into one, o's articles after f's, leaving
// both as they are.
func (f standingFacts) with(o standingFacts) standingFacts {
	out := standingFacts{groups: map[relGroup][]row{}, articles: slices.Concat(f.articles, o.articles)}
	for _, in := range []standingFacts{f, o} {
		for g, rows := range in.groups {
			for _, r := range rows {
				out.groups[g] = append(out.groups[g], cloneRow(r))
			}
		}
	}
	for g, rows := range out.groups {
		// By fact only: the rows of one fact stay in the order of their
		// articles, f's before o's, which is the order the rules apply.
		slices.SortStableFunc(rows, func(a, b row) int { return strings.Compare(identity(a), identity(b)) })
		out.groups[g] = foldFacts(rows)
	}
	return out
}

// cloneRow copies a fact row deeply enough that folding the copy leaves r
// as it is.
func cloneRow(r row) row {
	v := make(map[string]any, len(r.values))
	for k, x := range r.values {
		switch x := x.(type) {
		case map[string]any:
			m := make(map[string]any, len(x))
			for k2, y := range x {
				m[k2] = y
			}
			v[k] = m
		case []string:
			v[k] = slices.Clone(x)
		default:
			v[k] = x
		}
	}
	return row{r.sortKey, v, r.votes.clone()}
}

// finishQuery removes the marks of the articles whose standing facts are
// being written and returns those it removed: the others were finished by
// another writer meanwhile. It takes each article's write lock before it
// reads the mark: Neo4j reads what is committed, so two writers finishing
// the same article at once could otherwise both see the mark, both remove
// it, and both add the article to the facts' sources.
const finishQuery = planOnce + "UNWIND $ids AS id\nMATCH (a:Article {id: id})\nSET a." + lockProp + " = true\nREMOVE a." + lockProp + "\nWITH a WHERE a.pending_facts IS NOT NULL\nREMOVE a.pending_facts\nRETURN a.id AS id"

// writeStanding writes the standing facts f in tx: it unmarks their
// articles, then merges the facts with the sources and evidence of the
// articles it unmarked, as relationQuery does for any fact.
func writeStanding(ctx context.Context, tx neo4j.ManagedTransaction, f standingFacts, nodeIDs map[string]map[string]int64) error {
	if len(f.articles) == 0 {
		return nil
	}
	ids := slices.Sorted(slices.Values(f.articles)) // the order of locks, for concurrent writers
	res, err := tx.Run(ctx, finishQuery, map[string]any{"ids": ids})
	if err != nil {
		return txError("finish articles", err)
	}
	records, err := res.Collect(ctx)
	if err != nil {
		return txError("finish articles", err)
	}
	finished := make(map[string]bool, len(records))
	for _, rec := range records {
		if id, ok := rec.Values[0].(string); ok {
			finished[id] = true
		}
	}
	groups := make([]relGroup, 0, len(f.groups))
	for g := range f.groups {
		groups = append(groups, g)
	}
	sort.Slice(groups, func(i, j int) bool { return groupOrder(groups[i], groups[j]) })
	for _, g := range groups {
		rows := keepArticles(f.groups[g], finished)
		if err := lookupIDs(ctx, tx, g, rows, nodeIDs); err != nil {
			return err
		}
		rows = slices.DeleteFunc(rows, func(r row) bool {
			_, a := nodeIDs[g.from][r.values["from"].(string)]
			_, b := nodeIDs[g.to][r.values["to"].(string)]
			return !a || !b // a node deleted since: nothing to link
		})
		if len(rows) == 0 {
			continue
		}
		st := factStatement(g, rows, fmt.Sprintf("merge (:%s)-[:%s]->(:%s) standing facts", g.from, g.typ, g.to))
		if err := st.run(ctx, tx, nodeIDs); err != nil {
			return txError(st.what, err)
		}
	}
	return nil
}

// keepArticles keeps, in each row, the sources, evidence and votes of the
// articles in keep, and the rows left with sources.
func keepArticles(rows []row, keep map[string]bool) []row {
	out := rows[:0]
	for _, r := range rows {
		r.values["sources"] = slices.DeleteFunc(r.values["sources"].([]string), func(id string) bool { return !keep[id] })
		r.values["evidence"] = slices.DeleteFunc(r.values["evidence"].([]string), func(e string) bool {
			return !keep[model.EvidenceArticle(e)]
		})
		r.votes.keepArticles(keep)
		if len(r.values["sources"].([]string)) > 0 {
			out = append(out, r)
		}
	}
	return out
}

// lookupIDs adds to nodeIDs the ids of the endpoints of rows it lacks.
func lookupIDs(ctx context.Context, tx neo4j.ManagedTransaction, g relGroup, rows []row, nodeIDs map[string]map[string]int64) error {
	for _, end := range []struct{ label, field string }{{g.from, "from"}, {g.to, "to"}} {
		var keys []string
		seen := map[string]bool{}
		for _, r := range rows {
			k := r.values[end.field].(string)
			if _, ok := nodeIDs[end.label][k]; !ok && !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
		if len(keys) == 0 {
			continue
		}
		slices.Sort(keys)
		st := statement{what: "find " + end.label + " nodes", label: end.label, query: fmt.Sprintf("UNWIND $keys AS key\nMATCH (n:%s {%s: key})\nRETURN key, id(n) AS id", end.label, model.KeyProperty(end.label)), params: map[string]any{"keys": keys}}
		if err := st.run(ctx, tx, nodeIDs); err != nil {
			return txError(st.what, err)
		}
	}
	return nil
}
