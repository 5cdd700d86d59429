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

type statement struct {
	what     string // for error messages
	query    string
	params   map[string]any
	articles bool   // it creates the Article nodes
	label    string // the label of the nodes it merges, or of the nodes MENTIONS point to
	mentions bool
	group    *relGroup // the relationships it merges
}

// A row is one UNWIND element with the key it sorts by.
type row struct {
	sortKey string
	values  map[string]any
}

type relGroup struct{ typ, from, to string }

// plan groups the rows of a batch by label and by relationship type and
// endpoint labels, so that each group is one statement.
type plan struct {
	nodes, relationships int
	entities             map[string][]row   // label -> rows
	facts                map[relGroup][]row // (type, from label, to label) -> rows
	mentions             map[string][]row   // label -> rows
	articles             []row
	standing             map[relGroup][]row // the standing facts (standing.go), held apart
	standingArticles     []string           // the articles that state them
}

func newPlan(exs []model.Extraction) *plan {
	p := &plan{entities: map[string][]row{}, facts: map[relGroup][]row{}, mentions: map[string][]row{}, standing: map[relGroup][]row{}}
	nodes, rels := map[string]bool{}, map[string]bool{}
	for _, ex := range exs {
		id := ex.Article.ID
		labels, _ := entityLabels(ex) // checked by Write
		for _, e := range ex.Entities {
			p.entities[e.Label] = append(p.entities[e.Label], row{e.Key + "\x00" + id, entityRow(e)})
			nodes[e.Label+"\x00"+e.Key] = true
		}
		keys := map[string][]string{}
		for key, label := range labels {
			keys[label] = append(keys[label], key)
		}
		for label, ks := range keys {
			slices.Sort(ks)
			p.mentions[label] = append(p.mentions[label], row{id, map[string]any{"article": id, "keys": ks}})
		}
		states := false // standing facts
		for _, rel := range ex.Relations {
			g := relGroup{rel.Type, labels[rel.From], labels[rel.To]}
			r := row{rel.From + "\x00" + rel.To + "\x00" + id, relationRow(id, rel)}
			if g.standing() {
				p.standing[g] = append(p.standing[g], r)
				states = true
			} else {
				p.facts[g] = append(p.facts[g], r)
			}
			rels[rel.Type+"\x00"+rel.From+"\x00"+rel.To] = true
		}
		a := articleRow(ex.Article)
		if states {
			a["props"].(map[string]any)["pending_facts"] = true
			p.standingArticles = append(p.standingArticles, id)
		}
		p.articles = append(p.articles, row{id, a})
		p.relationships += len(labels)
	}
	p.nodes = len(nodes) + len(exs)
	p.relationships += len(rels)
	return p
}

// statements returns the statements of the plan in a fixed order, each with
// its rows sorted, so that concurrent writers lock shared nodes in the same
// order: articles, entities, mentions, facts.
//
// The articles come first and are created, not merged: the batch checked
// that none of them exists, and the uniqueness constraint on Article.id
// stops a concurrent writer that creates one of them too (that batch then
// runs again and skips it). So every article of a committed batch is new,
// which lets the facts append its id to sources without looking for it,
// and create its MENTIONS without merging them.
//
// Rows of the same thing are folded into one before they are sent (see
// aggregate.go), so that each node and each relationship's lists are read
// and written once per batch.
func (p *plan) statements() []statement {
	out := []statement{{what: "create Article nodes", query: articleQuery, params: params(sortRows(p.articles), nil), articles: true}}
	for _, label := range model.Labels {
		if rows := p.entities[label]; len(rows) > 0 {
			rank := rankFor(label, "")
			out = append(out, statement{what: "merge " + label + " nodes", label: label, query: entityQuery(label), params: params(foldEntities(sortRows(rows), rank), rank)})
		}
	}
	for _, label := range model.Labels {
		if rows := p.mentions[label]; len(rows) > 0 {
			out = append(out, statement{what: "create MENTIONS of " + label, label: label, mentions: true, query: mentionsQuery(label), params: params(sortRows(rows), nil)})
		}
	}
	groups := make([]relGroup, 0, len(p.facts))
	for g := range p.facts {
		groups = append(groups, g)
	}
	sort.Slice(groups, func(i, j int) bool { return groupOrder(groups[i], groups[j]) })
	for _, g := range groups {
		rank := rankFor("", g.typ)
		rows := foldFacts(sortRows(p.facts[g]), rank)
		g := g
		out = append(out, statement{what: fmt.Sprintf("merge (:%s)-[:%s]->(:%s) relationships", g.from, g.typ, g.to), group: &g, query: relationQuery(g), params: params(rows, rank)})
	}
	return out
}

// groupOrder is the order of the statements of relationship groups.
func groupOrder(a, b relGroup) bool {
	return a.typ+"\x00"+a.from+"\x00"+a.to < b.typ+"\x00"+b.from+"\x00"+b.to
}

func rankFor(label, relType string) map[string]any {
	switch {
	case label == model.LabelSummit:
		return summitStatusRank
	case relType == model.RelMemberOf:
		return memberOfStatusRank
	}
	return nil
}

// sortRows sorts rows by their sort key: by key, then by article id.
func sortRows(rows []row) []row {
	slices.SortStableFunc(rows, func(a, b row) int { return strings.Compare(a.sortKey, b.sortKey) })
	return rows
}

// params is the parameters of a statement over rows, in their order.
func params(rows []row, rank map[string]any) map[string]any {
	values := make([]any, len(rows))
	for i, r := range rows {
		values[i] = r.values
	}
	p := map[string]any{"rows": values}
	if rank != nil {
		p["rank"] = rank
	}
	return p
}

// entityRow is the UNWIND row of one entity: its key, the properties that
// overwrite (nulls left out, so null never overwrites) and the merged ones.
func entityRow(e model.Entity) map[string]any {
	props := map[string]any{}
	if e.Name != "" {
		props["name"] = e.Name
	}
	r := map[string]any{"key": e.Key, "props": props}
	for k, v := range e.Props {
		switch {
		case v == nil:
		case k == "aliases":
			r[k] = stringList(v)
		case k == "date" || k == "end_date" || (k == "status" && e.Label == model.LabelSummit):
			r[k] = v
		case k != "aliases_text":
			props[k] = v
		}
	}
	return r
}

// relationRow is the UNWIND row of one fact stated by article id.
func relationRow(id string, rel model.Relation) map[string]any {
	props := map[string]any{}
	r := map[string]any{"from": rel.From, "to": rel.To, "props": props, "sources": []string{id}}
	for k, v := range rel.Props {
		switch {
		case v == nil || k == "sources" || k == "evidence":
		case rel.Type == model.RelMemberOf && (k == "status" || k == "since"):
			r[k] = v
		default:
			props[k] = v
		}
	}
	evidence := []string{}
	for _, ev := range rel.Evidence {
		s := ev.Format(id)
		if !slices.Contains(evidence, s) {
			evidence = append(evidence, s)
		}
	}
	r["evidence"] = evidence
	return r
}

func articleRow(a model.Article) map[string]any {
	props := map[string]any{}
	for k, v := range map[string]string{"source": a.Source, "title": a.Title, "published": a.Published, "language": a.Language, "url": a.URL} {
		if v != "" {
			props[k] = v
		}
	}
	return map[string]any{"id": a.ID, "props": props}
}

// stringList turns a list value (from Go or from JSON) into distinct strings.
func stringList(v any) []string {
	var in []string
	switch v := v.(type) {
	case []string:
		in = v
	case []any:
		for _, x := range v {
			if s, ok := x.(string); ok {
				in = append(in, s)
			}
		}
	case string:
		in = []string{v}
	}
	out := []string{}
	for _, s := range in {
		if s = strings.TrimSpace(s); s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// planOnce makes Neo4j keep the first plan of a write statement. By
// default it plans a statement again whenever the graph's statistics have
// changed enough, which a growing graph does all the time: in an ingest
// into an empty database, planning took 9 % of the server's Bolt worker,
// and each new plan ran slower until the JIT compiler caught up (the
// worker's CPU time fell by a fifth with this hint). The plans of these
// statements cannot get better with statistics: they find nodes by id or
// through a uniqueness constraint.
const planOnce = "CYPHER replan=skip\n"

// run runs st in tx. The statements that create or merge nodes return
// their ids, into nodeIDs; the ones that link nodes take them from there
// (bound), which spares an index lookup per endpoint per row.
func (st statement) run(ctx context.Context, tx neo4j.ManagedTransaction, nodeIDs map[string]map[string]int64) error {
	params, err := st.bound(nodeIDs)
	if err != nil {
		return err
	}
	res, err := tx.Run(ctx, planOnce+st.query, params)
	if err != nil {
		return err
	}
	if st.articles || st.label != "" && !st.mentions {
		return collectIDs(ctx, res, st, nodeIDs)
	}
	_, err = res.Consume(ctx)
	return err
}

// collectIDs reads the node ids a statement returns into ids.
func collectIDs(ctx context.Context, res neo4j.ResultWithContext, st statement, ids map[string]map[string]int64) error {
	label := st.label
	if st.articles {
		label = model.LabelArticle
	}
	m := ids[label]
	if m == nil {
		m = map[string]int64{}
		ids[label] = m
	}
	for res.Next(ctx) {
		rec := res.Record()
		m[rec.Values[0].(string)] = rec.Values[1].(int64)
	}
	return res.Err()
}

// bound returns the parameters st sends: its own, or for the statements
// that link nodes, rows with the node ids of the endpoints (a, b; a, xs
// for MENTIONS) instead of their keys, which only the client needs. The
// rows of st stay as they are, for a transaction that runs again.
func (st statement) bound(ids map[string]map[string]int64) (map[string]any, error) {
	if !st.mentions && st.group == nil {
		return st.params, nil
	}
	rows, _ := st.params["rows"].([]any)
	out := make([]any, len(rows))
	for i, r := range rows {
		row := r.(map[string]any)
		if st.mentions {
			a, ok := ids[model.LabelArticle][row["article"].(string)]
			if !ok {
				return nil, fmt.Errorf("%s: no node for article %s", st.what, row["article"])
			}
			keys := row["keys"].([]string)
			xs := make([]int64, len(keys))
			for i, k := range keys {
				if xs[i], ok = ids[st.label][k]; !ok {
					return nil, fmt.Errorf("%s: no node for %s", st.what, k)
				}
			}
			out[i] = map[string]any{"a": a, "xs": xs}
			continue
		}
		a, ok1 := ids[st.group.from][row["from"].(string)]
		b, ok2 := ids[st.group.to][row["to"].(string)]
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("%s: no node for %s or %s", st.what, row["from"], row["to"])
		}
		sent := make(map[string]any, len(row))
		for k, v := range row {
			if k != "from" && k != "to" {
				sent[k] = v
			}
		}
		sent["a"], sent["b"] = a, b
		out[i] = sent
	}
	p := make(map[string]any, len(st.params))
	for k, v := range st.params {
		p[k] = v
	}
	p["rows"] = out
	return p, nil
}
