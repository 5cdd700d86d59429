package graph

import (
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Plan operators that read a whole label, or everything: a prepared query
// must find its starting nodes through an index (a uniqueness constraint's,
// the full-text index) or read counts from the count store.
var scanOperators = []string{
	"AllNodesScan",
	"NodeByLabelScan",
	"UnionNodeByLabelsScan",
	"IntersectionNodeByLabelsScan",
	"SubtractionNodeByLabelsScan",
	"DirectedAllRelationshipsScan",
	"UndirectedAllRelationshipsScan",
	"DirectedRelationshipTypeScan",
	"UndirectedRelationshipTypeScan",
	"DirectedUnionRelationshipTypesScan",
	"UndirectedUnionRelationshipTypesScan",
}

// exampleParams evaluates the map of the query's ":param {...}" line, as
// Neo4j Browser does.
func exampleParams(t *testing.T, s *Store, q Query) map[string]any {
	t.Helper()
	literal := strings.TrimSpace(strings.TrimPrefix(q.Example, ":param"))
	require.True(t, strings.HasPrefix(literal, "{"), "%s: the :param line holds a map: %q", q.Name, q.Example)
	res, err := s.execute(context.Background(), "RETURN "+literal+" AS params", nil, ReadOnly)
	require.NoError(t, err, "%s: the :param line %q", q.Name, q.Example)
	params, ok := res.Records[0].Values[0].(map[string]any)
	require.True(t, ok)
	return params
}

// operators lists the operators of a plan tree, without the "@neo4j"
// runtime suffix.
func operators(p neo4j.Plan) []string {
	if p == nil {
		return nil
	}
	op, _, _ := strings.Cut(p.Operator(), "@")
	out := []string{op}
	for _, c := range p.Children() {
		out = append(out, operators(c)...)
	}
	return out
}

func TestExplainPreparedQueries(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	require.NoError(t, s.ApplySchema(ctx)) // plans depend on the indexes
	qs, err := List()
	require.NoError(t, err)
	require.NotEmpty(t, qs)
	for _, q := range qs {
		t.Run(q.Name, func(t *testing.T) {
			params := exampleParams(t, s, q)
			// Browser needs every parameter in the :param line.
			var declared, given []string
			for _, p := range q.Params {
				declared = append(declared, p.Name)
			}
			for k := range params {
				given = append(given, k)
			}
			sort.Strings(declared)
			sort.Strings(given)
			assert.Equal(t, declared, given, ":param line %q", q.Example)

			res, err := s.execute(ctx, "EXPLAIN\n"+q.Cypher, params, ReadOnly)
			require.NoError(t, err)
			ops := operators(res.Summary.Plan())
			require.NotEmpty(t, ops, "EXPLAIN returned no plan")
			for _, op := range ops {
				assert.NotContains(t, scanOperators, op, "%s scans instead of starting from an index; plan: %v", q.Name, ops)
			}
		})
	}
}
