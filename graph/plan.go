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
	merge    bool   // it merges entities (entityQuery)
	mentions bool
	group    *relGroup // the relationships it merges
	rows     []row     // the rows of params, with their votes (entities and facts)
}

// A row is one UNWIND element with the key it sorts by, and for an entity
// or a fact the votes of its articles (votes.go), which the client decides
// and the statement does not receive as they are.
type row struct {
	sortKey string
	values  map[string]any
	votes   *tally
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
			p.entities[e.Label] = append(p.entities[e.Label], entityRow(id, e))
			nodes[e.Label+"\x00"+e.Key] = true
		}
		keys := map[string][]string{}
		for key, label := range labels {
			keys[label] = append(keys[label], key)
		}
		for label, ks := range keys {
			slices.Sort(ks)
			p.mentions[label] = append(p.mentions[label], row{sortKey: id, values: map[string]any{"article": id, "keys": ks}})
		}
		states := false // standing facts
		for _, rel := range ex.Relations {
			g := relGroup{rel.Type, labels[rel.From], labels[rel.To]}
			r := relationRow(id, rel, g.standing())
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
		p.articles = append(p.articles, row{sortKey: id, values: a})
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
	out := []statement{{what: "create Article nodes", query: articleQuery, params: params(sortRows(p.articles)), articles: true}}
	for _, label := range model.Labels {
		if rows := p.entities[label]; len(rows) > 0 {
			rows = finishEntities(foldEntities(sortRows(rows)), label)
			out = append(out, statement{what: "merge " + label + " nodes", label: label, merge: true, query: entityQuery(label), params: params(rows), rows: rows})
		}
	}
	for _, label := range model.Labels {
		if rows := p.mentions[label]; len(rows) > 0 {
			out = append(out, statement{what: "create MENTIONS of " + label, label: label, mentions: true, query: mentionsQuery(label), params: params(sortRows(rows))})
		}
	}
	groups := make([]relGroup, 0, len(p.facts))
	for g := range p.facts {
		groups = append(groups, g)
	}
	sort.Slice(groups, func(i, j int) bool { return groupOrder(groups[i], groups[j]) })
	for _, g := range groups {
		out = append(out, factStatement(g, foldFacts(sortRows(p.facts[g])), ""))
	}
	return out
}

// factStatement is the statement that merges the folded rows of the facts
// of g.
func factStatement(g relGroup, rows []row, what string) statement {
	if what == "" {
		what = fmt.Sprintf("merge (:%s)-[:%s]->(:%s) relationships", g.from, g.typ, g.to)
	}
	rows = finishFacts(rows, g.typ)
	return statement{what: what, group: &g, query: relationQuery(g), params: params(rows), rows: rows}
}

// groupOrder is the order of the statements of relationship groups.
func groupOrder(a, b relGroup) bool {
	return a.typ+"\x00"+a.from+"\x00"+a.to < b.typ+"\x00"+b.from+"\x00"+b.to
}

// sortRows sorts rows by their sort key: by key, then by article id.
func sortRows(rows []row) []row {
	slices.SortStableFunc(rows, func(a, b row) int { return strings.Compare(a.sortKey, b.sortKey) })
	return rows
}

// params is the parameters of a statement over rows, in their order.
func params(rows []row) map[string]any {
	values := make([]any, len(rows))
	for i, r := range rows {
		values[i] = r.values
	}
	return map[string]any{"rows": values}
}

// entityRow is the row of one entity as article id states it: its key,
// its aliases, and a vote for each property it knows (the name among
// them), nulls left out.
func entityRow(id string, e model.Entity) row {
	r := row{sortKey: e.Key + "\x00" + id, values: map[string]any{"key": e.Key}, votes: &tally{votes: make([]vote, 0, len(e.Props)+1)}}
	rules := rulesFor(e.Label, "")
	stated := func(prop string) any {
		if prop == "name" {
			if e.Name == "" {
				return nil
			}
			return e.Name
		}
		return e.Props[prop]
	}
	if e.Name != "" {
		r.votes.add("name", e.Name, stated(rules["name"].with), id)
	}
	for k, v := range e.Props {
		switch {
		case v == nil || k == model.KeyProperty(e.Label) || k == "aliases_text" || k == votesProp || k == "name":
		case k == "aliases":
			r.values[k] = stringList(v)
		default:
			r.votes.add(k, v, stated(rules[k].with), id)
		}
	}
	return r
}

// finishEntities gives each folded entity row of label the properties a
// new node gets: the winners of its votes, its aliases in order and its
// votes (entityQuery).
func finishEntities(rows []row, label string) []row {
	for _, r := range rows {
		aliases, _ := r.values["aliases"].([]string)
		r.values["props"] = nodeProps(r.votes, aliases, label)
	}
	return rows
}

// nodeProps is what a node of label with votes t and aliases has: the
// winning values, the aliases sorted, aliases_text and the votes.
func nodeProps(t *tally, aliases []string, label string) map[string]any {
	rules := rulesFor(label, "")
	props := t.winners(rules)
	if len(aliases) > 0 {
		aliases = slices.Sorted(slices.Values(aliases))
		props["aliases"] = aliases
	}
	if text := aliasesText(aliases, props["acronym"]); text != "" {
		props["aliases_text"] = text
	}
	props[votesProp] = encodeVotes(t, props, rules)
	return props
}

// aliasesText is what the full-text indexes read of a node's names besides
// name and name_vi: its aliases and its acronym, when not among them,
// joined by spaces.
func aliasesText(aliases []string, acronym any) string {
	words := slices.Clone(aliases)
	if a, ok := acronym.(string); ok && a != "" && !slices.Contains(words, a) {
		words = append(words, a)
	}
	return strings.Join(words, " ")
}

// relationRow is the row of one fact stated by article id: its ends, the
// article as its only source, its evidence, and a vote for each property
// it knows. The votes of a standing fact keep their articles' ids (see
// keepArticles).
func relationRow(id string, rel model.Relation, standing bool) row {
	r := row{sortKey: rel.From + "\x00" + rel.To + "\x00" + id, votes: &tally{listed: standing}}
	if len(rel.Props) > 0 {
		r.votes.votes = make([]vote, 0, len(rel.Props))
	}
	r.values = map[string]any{"from": rel.From, "to": rel.To, "sources": []string{id}}
	rules := rulesFor("", rel.Type)
	for k, v := range rel.Props {
		if v == nil || k == "sources" || k == "evidence" || k == votesProp {
			continue
		}
		var with any
		if w := rules[k].with; w != "" {
			with = rel.Props[w]
		}
		r.votes.add(k, v, with, id)
	}
	evidence := []string{}
	for _, ev := range rel.Evidence {
		s := ev.Format(id)
		if !slices.Contains(evidence, s) {
			evidence = append(evidence, s)
		}
	}
	r.values["evidence"] = evidence
	return r
}

// finishFacts gives each folded fact row of type typ the properties a new
// relationship gets (the winners of its votes, and its votes: props), and
// says whether it has any (voted), in which case the statement returns the
// relationship's own when it exists already (relationQuery).
func finishFacts(rows []row, typ string) []row {
	rules := rulesFor("", typ)
	for i, r := range rows {
		props := map[string]any{}
		if !r.votes.empty() {
			props = r.votes.winners(rules)
			props[votesProp] = encodeVotes(r.votes, props, rules)
			derive(typ, r.votes, props)
		}
		r.values["props"], r.values["voted"], r.values["i"] = props, !r.votes.empty(), i
	}
	return rows
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
// (bound), which spares an index lookup per endpoint per row. The
// statements that merge entities or facts with votes also return the
// properties of those that existed, and the client decides their votes
// and writes what changed (update).
func (st statement) run(ctx context.Context, tx neo4j.ManagedTransaction, nodeIDs map[string]map[string]int64) error {
	params, err := st.bound(nodeIDs)
	if err != nil {
		return err
	}
	res, err := tx.Run(ctx, planOnce+st.query, params)
	if err != nil {
		return err
	}
	switch {
	case st.merge || st.group != nil:
		return st.update(ctx, tx, res, nodeIDs)
	case st.articles || st.label != "" && !st.mentions:
		return collectIDs(ctx, res, st, nodeIDs)
	}
	_, err = res.Consume(ctx)
	return err
}

// update reads what an entity or fact statement returns (the ids of the
// nodes, and the properties of the nodes and relationships with votes
// that existed before), adds the votes of the rows to theirs, and writes
// the properties that change.
func (st statement) update(ctx context.Context, tx neo4j.ManagedTransaction, res neo4j.ResultWithContext, nodeIDs map[string]map[string]int64) error {
	ids := nodeIDs[st.label]
	if st.merge && ids == nil {
		ids = map[string]int64{}
		nodeIDs[st.label] = ids
	}
	var byKey map[string]row
	if st.merge {
		byKey = make(map[string]row, len(st.rows))
		for _, r := range st.rows {
			byKey[r.values["key"].(string)] = r
		}
	}
	var changes []any
	for res.Next(ctx) {
		vals := res.Record().Values
		var r row
		var old map[string]any
		var id int64
		if st.merge {
			key := vals[0].(string)
			id, r = vals[1].(int64), byKey[key]
			ids[key] = id
			old, _ = vals[2].(map[string]any)
		} else {
			i := vals[0].(int64)
			id, r = vals[1].(int64), st.rows[i]
			old = pairsMap(vals[2])
		}
		if old == nil {
			continue // new: it has the row's properties already
		}
		set, err := st.merged(r, old)
		if err != nil {
			return fmt.Errorf("%s: %w", st.what, err)
		}
		if len(set) > 0 {
			changes = append(changes, map[string]any{"id": id, "props": set})
		}
	}
	if err := res.Err(); err != nil {
		return err
	}
	if len(changes) == 0 {
		return nil
	}
	q := setNodesQuery
	if !st.merge {
		q = setRelationshipsQuery
	}
	res, err := tx.Run(ctx, planOnce+q, map[string]any{"rows": changes})
	if err != nil {
		return err
	}
	_, err = res.Consume(ctx)
	return err
}

// merged returns the properties of an entity or fact that change when the
// votes of row r are added to those of old, its properties in the graph:
// the new values, null for those that go.
func (st statement) merged(r row, old map[string]any) (map[string]any, error) {
	rules := rulesFor(st.label, "")
	if !st.merge {
		rules = rulesFor("", st.group.typ)
	}
	var voted, computed []string
	if !st.merge {
		computed = derived[st.group.typ]
	}
	for k := range old {
		switch {
		case k == "sources", k == "evidence", k == "aliases", k == "aliases_text", k == votesProp, k == model.KeyProperty(st.label):
		case slices.Contains(computed, k):
		default:
			voted = append(voted, k)
		}
	}
	t, err := decodeVotes(old, voted, rules)
	if err != nil {
		return nil, err
	}
	t.merge(r.votes)
	var props map[string]any
	if st.merge {
		aliases := stringList(old["aliases"])
		add, _ := r.values["aliases"].([]string)
		props = nodeProps(t, appendNew(aliases, add), st.label)
	} else {
		props = t.winners(rules)
		props[votesProp] = encodeVotes(t, props, rules)
		derive(st.group.typ, t, props)
	}
	set := map[string]any{}
	for k, v := range props {
		if valueKey(v) != valueKey(old[k]) {
			set[k] = v
		}
	}
	for _, k := range slices.Concat(voted, computed) {
		if _, had := old[k]; had {
			if _, ok := props[k]; !ok {
				set[k] = nil
			}
		}
	}
	return set, nil
}

// pairsMap turns a list of [key, value] pairs (as relationQuery returns a
// relationship's properties but its long lists) into a map; nil stays nil.
func pairsMap(v any) map[string]any {
	pairs, ok := v.([]any)
	if !ok {
		return nil
	}
	m := make(map[string]any, len(pairs))
	for _, p := range pairs {
		if kv, ok := p.([]any); ok && len(kv) == 2 {
			if k, ok := kv[0].(string); ok {
				m[k] = kv[1]
			}
		}
	}
	return m
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
