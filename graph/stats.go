package graph

import (
	"context"
	"fmt"
	"maps"
	"slices"
)

// Stats counts the nodes of each label and the relationships of each type.
type Stats struct {
	Labels map[string]int64
	Types  map[string]int64
}

// Stats counts what the graph holds.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	st := Stats{Labels: map[string]int64{}, Types: map[string]int64{}}
	for _, q := range []struct {
		query string
		into  map[string]int64
	}{
		{"MATCH (n) UNWIND labels(n) AS name RETURN name, count(*) AS count", st.Labels},
		{"MATCH ()-[r]->() RETURN type(r) AS name, count(*) AS count", st.Types},
	} {
		res, err := s.execute(ctx, q.query, nil, ReadOnly)
		if err != nil {
			return Stats{}, fmt.Errorf("count nodes and relationships: %w", err)
		}
		for _, rec := range res.Records {
			name, _ := rec.Values[0].(string)
			n, _ := rec.Values[1].(int64)
			q.into[name] = n
		}
	}
	return st, nil
}

// Rows lists the labels then the relationship types, each by name, as
// rows of kind, name and count.
func (st Stats) Rows() []map[string]any {
	var rows []map[string]any
	for _, part := range []struct {
		kind   string
		counts map[string]int64
	}{{"label", st.Labels}, {"relationship", st.Types}} {
		for _, n := range slices.Sorted(maps.Keys(part.counts)) {
			rows = append(rows, map[string]any{"kind": part.kind, "name": n, "count": part.counts[n]})
		}
	}
	return rows
}

// DeleteAll removes every node and relationship, in batches so that a big
// graph does not need one huge transaction: the relationships first, so
// that deleting a node linked to a hundred thousand others (a country) is
// not one batch of its own. Constraints and indexes stay.
func (s *Store) DeleteAll(ctx context.Context) error {
	for _, q := range []struct{ what, query string }{
		{"relationships", "MATCH ()-[r]->() WITH r LIMIT 5000 DELETE r RETURN count(*) AS deleted"},
		{"nodes", "MATCH (n) WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS deleted"},
	} {
		for {
			res, err := s.execute(ctx, q.query, nil, ReadWrite)
			if err != nil {
				return fmt.Errorf("delete all %s: %w", q.what, err)
			}
			if n, _ := res.Records[0].Values[0].(int64); n == 0 {
				break
			}
		}
	}
	return nil
}
