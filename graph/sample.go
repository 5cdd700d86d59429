package graph

import (
	"context"
	"fmt"
	"slices"

	"kg/model"
)

// What kg bench reads and writes besides the prepared queries: the raw
// write it compares ingest with, the checksum of a graph that a second
// ingest must leave as it is, and samples of the graph to draw query
// parameters from.

// RawWriteQuery is the simplest write there is: one new node per row, its
// properties the row's, no lookup, no index, no merge.
const RawWriteQuery = "UNWIND $rows AS r CREATE (n:RawRow) SET n = r"

// WriteRaw writes rows (maps of property values) with RawWriteQuery in
// one transaction.
func (s *Store) WriteRaw(ctx context.Context, rows []any) error {
	_, _, err := s.Cypher(ctx, RawWriteQuery, map[string]any{"rows": rows}, ReadWrite)
	return err
}

// ListLengths are the summed lengths of the lists that merging extends:
// the sources and evidence of every relationship, the aliases of every node.
type ListLengths struct {
	Sources, Evidence, Aliases int64
}

// ListLengths sums the lengths of the lists of the whole graph.
func (s *Store) ListLengths(ctx context.Context) (ListLengths, error) {
	var l ListLengths
	_, rows, err := s.Cypher(ctx, `MATCH ()-[r]->() WHERE r.sources IS NOT NULL
RETURN sum(size(r.sources)) AS sources, sum(size(coalesce(r.evidence, []))) AS evidence`, nil, ReadOnly)
	if err != nil {
		return l, fmt.Errorf("sum the lists of relationships: %w", err)
	}
	l.Sources, _ = rows[0]["sources"].(int64)
	l.Evidence, _ = rows[0]["evidence"].(int64)
	_, rows, err = s.Cypher(ctx, `MATCH (n) WHERE n.aliases IS NOT NULL RETURN sum(size(n.aliases)) AS aliases`, nil, ReadOnly)
	if err != nil {
		return l, fmt.Errorf("sum the lists of nodes: %w", err)
	}
	l.Aliases, _ = rows[0]["aliases"].(int64)
	return l, nil
}

// Count counts the nodes of label, one of model.Labels.
func (s *Store) Count(ctx context.Context, label string) (int64, error) {
	if !slices.Contains(model.Labels, label) {
		return 0, fmt.Errorf("count: unknown label %q", label)
	}
	_, rows, err := s.Cypher(ctx, fmt.Sprintf("MATCH (n:%s) RETURN count(n) AS n", label), nil, ReadOnly)
	if err != nil {
		return 0, err
	}
	n, _ := rows[0]["n"].(int64)
	return n, nil
}

// NameForms are the names a user may type for one node: its name, its
// Vietnamese name and its acronym, "" when it has none.
type NameForms struct {
	Name, Vietnamese, Acronym string
}

// NamesAt returns the names of the nodes of label (one of model.Labels) at
// positions in the order of their keys, in the order of positions. The
// order of keys does not depend on how the database happens to store the
// nodes, so the same positions in the same graph name the same nodes.
func (s *Store) NamesAt(ctx context.Context, label string, positions []int) ([]NameForms, error) {
	if !slices.Contains(model.Labels, label) {
		return nil, fmt.Errorf("names: unknown label %q", label)
	}
	key := model.KeyProperty(label)
	q := fmt.Sprintf(`MATCH (n:%s) WHERE n.%s IS NOT NULL
WITH n ORDER BY n.%s
WITH collect(n) AS ns
UNWIND $picks AS i
WITH ns[i] AS n
RETURN n.name AS name, n.name_vi AS vi, n.acronym AS acronym`, label, key, key)
	_, rows, err := s.Cypher(ctx, q, map[string]any{"picks": positions}, ReadOnly)
	if err != nil {
		return nil, err
	}
	out := make([]NameForms, len(rows))
	for i, r := range rows {
		out[i].Name, _ = r["name"].(string)
		out[i].Vietnamese, _ = r["vi"].(string)
		out[i].Acronym, _ = r["acronym"].(string)
	}
	return out, nil
}

// LeadersWhoMet returns, for the summits at positions in the order of
// their keys, the names of the first two leaders of each (in key order)
// who met there, for at most n summits in key order.
func (s *Store) LeadersWhoMet(ctx context.Context, positions []int, n int) ([][2]string, error) {
	_, rows, err := s.Cypher(ctx, `MATCH (s:Summit) WHERE s.key IS NOT NULL
WITH s ORDER BY s.key
WITH collect(s) AS ss
UNWIND $picks AS i
WITH ss[i] AS s
MATCH (l:Leader)-[:MET_AT]->(s)
WITH s, l ORDER BY s.key, l.key
WITH s, collect(l.name) AS names WHERE size(names) >= 2
RETURN names[0] AS a, names[1] AS b ORDER BY s.key LIMIT $n`, map[string]any{"picks": positions, "n": n}, ReadOnly)
	if err != nil {
		return nil, err
	}
	out := make([][2]string, len(rows))
	for i, r := range rows {
		out[i][0], _ = r["a"].(string)
		out[i][1], _ = r["b"].(string)
	}
	return out, nil
}

// SummitYears returns each organisation's acronym with every year it held
// a summit in, by acronym and year.
func (s *Store) SummitYears(ctx context.Context) ([][2]string, error) {
	_, rows, err := s.Cypher(ctx, `MATCH (s:Summit)-[:OF]->(o:Organization)
WHERE s.date =~ '[0-9]{4}.*'
RETURN DISTINCT o.acronym AS org, left(s.date, 4) AS year
ORDER BY org, year`, nil, ReadOnly)
	if err != nil {
		return nil, err
	}
	out := make([][2]string, len(rows))
	for i, r := range rows {
		out[i][0], _ = r["org"].(string)
		out[i][1], _ = r["year"].(string)
	}
	return out, nil
}
