package graph

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"kg/model"
)

// WriteResult counts what one Write did.
type WriteResult struct {
	Articles      int // articles written
	Skipped       int // articles already in the graph (or twice in the batch), left untouched
	Nodes         int // nodes merged: distinct entities plus new articles
	Relationships int // relationships merged: distinct facts plus MENTIONS
}

// Add adds the counts of o to r.
func (r *WriteResult) Add(o WriteResult) {
	r.Articles += o.Articles
	r.Skipped += o.Skipped
	r.Nodes += o.Nodes
	r.Relationships += o.Relationships
}

// Ranks of the status values that outrank each other when one thing is
// seen in several articles (docs/DESIGN.md). A value not listed ranks
// lowest; a tie keeps what the graph has.
var (
	summitStatusRank   = map[string]any{"held": 3, "cancelled": 2, "planned": 1}
	memberOfStatusRank = map[string]any{"founding_member": 5, "member": 4, "partner": 3, "observer": 2, "applicant": 1}
)

// Check reports whether ex can be written: it has an article id, every
// entity has a known label and a key, and every relation has a known type
// and both endpoints among the entities.
func Check(ex model.Extraction) error {
	if ex.Article.ID == "" {
		return fmt.Errorf("article from %q has no id", ex.Article.Source)
	}
	labels, err := entityLabels(ex)
	if err != nil {
		return err
	}
	for _, rel := range ex.Relations {
		if !slices.Contains(model.RelTypes, rel.Type) {
			return fmt.Errorf("article %s (%s): unknown relationship type %q", ex.Article.ID, ex.Article.Source, rel.Type)
		}
		for _, end := range []string{rel.From, rel.To} {
			if labels[end] == "" {
				return fmt.Errorf("article %s (%s): %s %s->%s: no entity with key %q", ex.Article.ID, ex.Article.Source, rel.Type, rel.From, rel.To, end)
			}
		}
	}
	return nil
}

// entityLabels maps each entity key of ex to its label.
func entityLabels(ex model.Extraction) (map[string]string, error) {
	labels := make(map[string]string, len(ex.Entities))
	for _, e := range ex.Entities {
		if !slices.Contains(model.Labels, e.Label) {
			return nil, fmt.Errorf("article %s (%s): entity %q has unknown label %q", ex.Article.ID, ex.Article.Source, e.Key, e.Label)
		}
		if e.Key == "" {
			return nil, fmt.Errorf("article %s (%s): %s entity %q has no key", ex.Article.ID, ex.Article.Source, e.Label, e.Name)
		}
		if l, ok := labels[e.Key]; ok && l != e.Label {
			return nil, fmt.Errorf("article %s (%s): key %q is both %s and %s", ex.Article.ID, ex.Article.Source, e.Key, l, e.Label)
		}
		labels[e.Key] = e.Label
	}
	return labels, nil
}

// Write merges the extractions into the graph in one transaction, following
// the merge rules of docs/DESIGN.md. Articles already in the graph are
// skipped, so writing the same extractions again changes nothing.
func (s *Store) Write(ctx context.Context, exs []model.Extraction) (WriteResult, error) {
	b, err := NewBatch(exs)
	if err != nil {
		return WriteResult{}, err
	}
	return s.WriteBatch(ctx, b)
}

// A Batch is extractions checked and turned into the statements that write
// them, ready for WriteBatch. Building it is the writer's work on the
// client; a caller that prepares the next batch while the previous one is
// written keeps it off the database's critical path.
type Batch struct {
	exs   []model.Extraction
	nodes int
	rels  int
	stmts []statement
}

// NewBatch checks the extractions (see Check) and builds their statements.
func NewBatch(exs []model.Extraction) (*Batch, error) {
	for _, ex := range exs {
		if err := Check(ex); err != nil {
			return nil, err
		}
	}
	b := &Batch{exs: exs}
	if distinctArticles(exs) {
		p := newPlan(exs)
		b.nodes, b.rels, b.stmts = p.nodes, p.relationships, p.statements()
	}
	return b, nil
}

// distinctArticles reports whether no article is twice in exs.
func distinctArticles(exs []model.Extraction) bool {
	seen := make(map[string]bool, len(exs))
	for _, ex := range exs {
		if seen[ex.Article.ID] {
			return false
		}
		seen[ex.Article.ID] = true
	}
	return true
}

// WriteBatch writes a batch as Write does.
func (s *Store) WriteBatch(ctx context.Context, b *Batch) (WriteResult, error) {
	exs := b.exs
	if len(exs) == 0 {
		return WriteResult{}, nil
	}
	start, pause := time.Now(), time.Second
	for {
		res, err := s.writeOnce(ctx, b)
		if err == nil {
			return res, nil
		}
		// The driver retries transient failures itself, for RetryFor, but
		// not a connection lost while committing, since it cannot know
		// whether the commit landed. Here running the batch again is safe
		// (articles already in the graph are skipped), so it does.
		// Another writer created one of these articles after the check
		// for existing ones: run the batch again, and it is skipped.
		if errors.Is(err, errArticleExists) && ctx.Err() == nil && time.Since(start) < s.retryFor() {
			continue
		}
		var cerr *neo4j.ConnectivityError
		if errors.As(err, &cerr) && ctx.Err() == nil && time.Since(start)+pause < s.retryFor() {
			select {
			case <-time.After(pause):
			case <-ctx.Done():
			}
			pause *= 2
			continue
		}
		return WriteResult{}, fmt.Errorf("write %d articles (first %s, %s): %w", len(exs), exs[0].Article.ID, exs[0].Article.Source, err)
	}
}

func (s *Store) writeOnce(ctx context.Context, b *Batch) (WriteResult, error) {
	session := s.session(ctx, neo4j.AccessModeWrite)
	defer session.Close(ctx)
	res, err := session.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return write(ctx, tx, b)
	})
	if err != nil {
		return WriteResult{}, err
	}
	return res.(WriteResult), nil
}

func (s *Store) retryFor() time.Duration {
	if s.cfg.RetryFor > 0 {
		return s.cfg.RetryFor
	}
	return DefaultRetryFor
}

// write runs inside the managed transaction; the driver may call it again
// after a transient failure, so it starts from scratch every time.
func write(ctx context.Context, tx neo4j.ManagedTransaction, b *Batch) (WriteResult, error) {
	exs := b.exs
	ids := make([]string, 0, len(exs))
	for _, ex := range exs {
		ids = append(ids, ex.Article.ID)
	}
	existing, err := existingArticles(ctx, tx, ids)
	if err != nil {
		return WriteResult{}, err
	}
	var r WriteResult
	var fresh []model.Extraction
	for _, ex := range exs {
		if existing[ex.Article.ID] {
			r.Skipped++
			continue
		}
		existing[ex.Article.ID] = true
		fresh = append(fresh, ex)
	}
	if len(fresh) == 0 {
		return r, nil
	}
	nodes, rels, stmts := b.nodes, b.rels, b.stmts
	if len(fresh) < len(exs) || stmts == nil {
		p := newPlan(fresh)
		nodes, rels, stmts = p.nodes, p.relationships, p.statements()
	}
	for _, st := range stmts {
		res, err := tx.Run(ctx, st.query, st.params)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			if st.articles && isConstraintViolation(err) {
				return WriteResult{}, fmt.Errorf("%s: %w: %w", st.what, errArticleExists, err)
			}
			return WriteResult{}, txError(st.what, err)
		}
	}
	r.Articles = len(fresh)
	r.Nodes = nodes
	r.Relationships = rels
	return r, nil
}

// ExistingArticles returns which of the article ids are in the graph. A
// caller may use it to skip extracting articles that would be skipped
// anyway; Write checks again in its transaction.
func (s *Store) ExistingArticles(ctx context.Context, ids []string) (map[string]bool, error) {
	res, err := s.execute(ctx, existingQuery, map[string]any{"ids": ids}, true)
	if err != nil {
		return nil, fmt.Errorf("find existing articles: %w", err)
	}
	existing := make(map[string]bool, len(res.Records))
	for _, rec := range res.Records {
		if id, ok := rec.Values[0].(string); ok {
			existing[id] = true
		}
	}
	return existing, nil
}

const existingQuery = "UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id"

func existingArticles(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) (map[string]bool, error) {
	res, err := tx.Run(ctx, existingQuery, map[string]any{"ids": ids})
	if err != nil {
		return nil, txError("find existing articles", err)
	}
	records, err := res.Collect(ctx)
	if err != nil {
		return nil, txError("find existing articles", err)
	}
	existing := make(map[string]bool, len(records))
	for _, rec := range records {
		if id, ok := rec.Values[0].(string); ok {
			existing[id] = true
		}
	}
	return existing, nil
}

// txError adds what was being done to err, unless the driver may retry
// err (a lost connection, a deadlock, a server restarting): the driver
// recognises those only as they are, so they are returned unchanged and
// the managed transaction runs again from scratch.
func txError(what string, err error) error {
	if neo4j.IsRetryable(err) {
		return err
	}
	return fmt.Errorf("%s: %w", what, err)
}

// errArticleExists: an article of the batch was created by another
// writer after the batch checked which of its articles exist.
var errArticleExists = errors.New("an article of the batch was written meanwhile by another writer")

// isConstraintViolation reports whether err is a uniqueness constraint
// refusing a node.
func isConstraintViolation(err error) bool {
	var nerr *neo4j.Neo4jError
	return errors.As(err, &nerr) && nerr.Code == "Neo.ClientError.Schema.ConstraintValidationFailed"
}

// A statement is one UNWIND over rows of the same shape.
type statement struct {
	what     string // for error messages
	query    string
	params   map[string]any
	articles bool // it creates the Article nodes
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
}

func newPlan(exs []model.Extraction) *plan {
	p := &plan{entities: map[string][]row{}, facts: map[relGroup][]row{}, mentions: map[string][]row{}}
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
		for _, rel := range ex.Relations {
			g := relGroup{rel.Type, labels[rel.From], labels[rel.To]}
			p.facts[g] = append(p.facts[g], row{rel.From + "\x00" + rel.To + "\x00" + id, relationRow(id, rel)})
			rels[rel.Type+"\x00"+rel.From+"\x00"+rel.To] = true
		}
		p.articles = append(p.articles, row{id, articleRow(ex.Article)})
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
			out = append(out, statement{what: "merge " + label + " nodes", query: entityQuery(label), params: params(foldEntities(sortRows(rows), rank), rank)})
		}
	}
	for _, label := range model.Labels {
		if rows := p.mentions[label]; len(rows) > 0 {
			out = append(out, statement{what: "create MENTIONS of " + label, query: mentionsQuery(label), params: params(sortRows(rows), nil)})
		}
	}
	groups := make([]relGroup, 0, len(p.facts))
	for g := range p.facts {
		groups = append(groups, g)
	}
	sort.Slice(groups, func(i, j int) bool {
		a, b := groups[i], groups[j]
		return a.typ+"\x00"+a.from+"\x00"+a.to < b.typ+"\x00"+b.from+"\x00"+b.to
	})
	for _, g := range groups {
		rank := rankFor("", g.typ)
		rows := foldFacts(sortRows(p.facts[g]), rank)
		out = append(out, statement{what: fmt.Sprintf("merge (:%s)-[:%s]->(:%s) relationships", g.from, g.typ, g.to), query: relationQuery(g), params: params(rows, rank)})
	}
	return out
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
		s := fmt.Sprintf("%s:%d-%d %s", id, ev.Start, ev.End, ev.Text)
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

// union returns a Cypher expression: the list prop of x extended with the
// elements of row.prop it lacks.
func union(x, prop string) string {
	return fmt.Sprintf("reduce(acc = coalesce(%[1]s.%[2]s, []), v IN row.%[2]s | CASE WHEN v IN acc THEN acc ELSE acc + v END)", x, prop)
}

// precise returns a Cypher expression for date property prop of x: the more
// precise of the two values (one with a year beats one without, "--09-15";
// then the longer); a tie keeps the graph's.
func precise(x, prop string) string {
	return strings.NewReplacer("OLD", x+"."+prop, "NEW", "row."+prop).Replace(`CASE
  WHEN NEW IS NULL THEN OLD
  WHEN OLD IS NULL THEN NEW
  WHEN (NEW STARTS WITH '--') <> (OLD STARTS WITH '--') THEN CASE WHEN OLD STARTS WITH '--' THEN NEW ELSE OLD END
  WHEN size(NEW) > size(OLD) THEN NEW
  ELSE OLD END`)
}

// ranked returns a Cypher expression for prop of x: the value of higher
// rank in $rank; a tie keeps the graph's.
func ranked(x, prop string) string {
	return strings.NewReplacer("OLD", x+"."+prop, "NEW", "row."+prop).Replace(
		`CASE WHEN NEW IS NULL THEN OLD WHEN OLD IS NULL OR coalesce($rank[NEW], 0) > coalesce($rank[OLD], 0) THEN NEW ELSE OLD END`)
}

// earliest returns a Cypher expression for prop of x: the earlier date,
// preferring one with a year.
func earliest(x, prop string) string {
	return strings.NewReplacer("OLD", x+"."+prop, "NEW", "row."+prop).Replace(`CASE
  WHEN NEW IS NULL THEN OLD
  WHEN OLD IS NULL THEN NEW
  WHEN (NEW STARTS WITH '--') <> (OLD STARTS WITH '--') THEN CASE WHEN OLD STARTS WITH '--' THEN NEW ELSE OLD END
  WHEN NEW < OLD THEN NEW
  ELSE OLD END`)
}

// entityQuery merges the nodes of one label. label comes from model.Labels.
//
// It computes each property's merged value first and writes the node only
// when one of them differs from the graph's: most rows of a batch are about
// countries, leaders and cities the graph has as they are, and writing a
// property, even to the value it has, takes the node's write lock and a
// place in the transaction's state. The rows of one node are folded into
// one (foldEntities) because the values are computed for every row before
// any is written.
func entityQuery(label string) string {
	q := fmt.Sprintf("UNWIND $rows AS row\nMERGE (n:%s {%s: row.key})\n", label, model.KeyProperty(label))
	q += mergedValues(label)
	q += "WHERE " + changed(label) + "\n"
	q += "SET n += row.props, n.aliases = aliases, n.date = date, n.end_date = end_date, n.aliases_text = aliases_text"
	if label == model.LabelSummit {
		q += ", n.status = status"
	}
	return q + "\n"
}

// mergedValues returns WITH clauses that compute, for node n and the row,
// the merged aliases, date, end_date, aliases_text (and status of a
// Summit).
func mergedValues(label string) string {
	const x, keep = "n", "row, n"
	q := "WITH " + keep + ", CASE WHEN row.aliases IS NULL THEN " + x + ".aliases ELSE " + union(x, "aliases") + " END AS aliases,\n"
	q += "  " + precise(x, "date") + " AS date\n"
	// date and end_date are one span: the end goes with the date that wins.
	q += "WITH " + keep + ", aliases, date, CASE\n" +
		"  WHEN row.date IS NULL OR row.date = " + x + ".date THEN " + precise(x, "end_date") + "\n" +
		"  WHEN date = row.date THEN coalesce(row.end_date, CASE WHEN " + x + ".end_date >= date THEN " + x + ".end_date END)\n" +
		"  ELSE " + x + ".end_date END AS end_date,\n"
	// Full-text indexes take strings: aliases_text is the aliases, and an
	// acronym not among them, joined by spaces.
	q += "  coalesce(aliases, []) + [a IN [coalesce(row.props.acronym, " + x + ".acronym)] WHERE a IS NOT NULL AND NOT a IN coalesce(aliases, [])] AS other\n"
	q += "WITH " + keep + ", aliases, date, end_date, CASE WHEN other = [] THEN null ELSE reduce(s = '', a IN other | s + CASE s WHEN '' THEN '' ELSE ' ' END + a) END AS aliases_text"
	if label == model.LabelSummit {
		q += ",\n  " + ranked(x, "status") + " AS status"
	}
	return q + "\n"
}

// changed returns a Cypher condition: node n differs from the values
// computed by mergedValues.
func changed(label string) string {
	const x = "n"
	c := "(any(k IN keys(row.props) WHERE " + differs("row.props[k]", x+"[k]") + ")" +
		" OR " + differs("aliases", x+".aliases") + " OR " + differs("date", x+".date") +
		" OR " + differs("end_date", x+".end_date") + " OR " + differs("aliases_text", x+".aliases_text")
	if label == model.LabelSummit {
		c += " OR " + differs("status", x+".status")
	}
	return c + ")"
}

// differs returns a Cypher condition: a and b differ, null counting as a
// value of its own.
func differs(a, b string) string {
	return fmt.Sprintf("((%[1]s) IS NULL <> (%[2]s) IS NULL OR (%[1]s) <> (%[2]s))", a, b)
}

// relationQuery merges the relationships of one group. Its type and labels
// come from model constants, checked by Check.
func relationQuery(g relGroup) string {
	q := fmt.Sprintf("UNWIND $rows AS row\nMATCH (a:%s {%s: row.from})\nMATCH (b:%s {%s: row.to})\nMERGE (a)-[r:%s]->(b)\nSET r += row.props\n",
		g.from, model.KeyProperty(g.from), g.to, model.KeyProperty(g.to), g.typ)
	// The articles of the batch are new (see statements): their ids are
	// not in sources yet.
	q += "SET r.sources = coalesce(r.sources, []) + row.sources\n"
	if g.typ == model.RelMemberOf {
		q += "SET r.status = " + ranked("r", "status") + "\n"
		q += "SET r.since = " + earliest("r", "since") + "\n"
	}
	// evidence: the first MaxEvidence sentences in sort order (see
	// MaxEvidence); written only when that changes.
	q += fmt.Sprintf("WITH r, COLLECT { UNWIND coalesce(r.evidence, []) + row.evidence AS e WITH DISTINCT e ORDER BY e LIMIT %d RETURN e } AS evidence\n", MaxEvidence)
	q += "WHERE evidence <> coalesce(r.evidence, [])\n"
	q += "SET r.evidence = evidence\n"
	return q
}

const articleQuery = "UNWIND $rows AS row\nCREATE (a:Article {id: row.id})\nSET a += row.props\n"

func mentionsQuery(label string) string {
	return fmt.Sprintf("UNWIND $rows AS row\nMATCH (a:Article {id: row.article})\nUNWIND row.keys AS key\nMATCH (x:%s {%s: key})\nCREATE (a)-[:MENTIONS]->(x)\n", label, model.KeyProperty(label))
}
