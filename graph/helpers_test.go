package graph

import (
	"context"
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

// testConfig reads the connection from the environment, with the defaults
// of the local server that `make neo4j-up` starts.
func testConfig() Config {
	get := func(key, def string) string {
		if v := os.Getenv(key); v != "" {
			return v
		}
		return def
	}
	return Config{
		URI:      get("NEO4J_URI", "bolt://localhost:7687"),
		Username: get("NEO4J_USERNAME", "neo4j"),
		Password: get("NEO4J_PASSWORD", "kgpassword"),
		Database: os.Getenv("NEO4J_DATABASE"),
	}
}

// openStore connects to the real Neo4j or fails the test: these tests never
// skip.
func openStore(t *testing.T) *Store {
	t.Helper()
	cfg := testConfig()
	s, err := Open(context.Background(), cfg)
	if err != nil {
		t.Fatalf("Neo4j is not reachable at %s: %v — start it with: make neo4j-up", cfg.URI, err)
	}
	t.Cleanup(func() { s.Close(context.Background()) })
	return s
}

// emptyStore returns a store on an empty graph with the schema applied, and
// empties it again when the test ends.
func emptyStore(t *testing.T) *Store {
	t.Helper()
	s := openStore(t)
	ctx := context.Background()
	require.NoError(t, s.DeleteAll(ctx))
	require.NoError(t, s.ApplySchema(ctx))
	t.Cleanup(func() { s.DeleteAll(ctx) }) // leave no test data behind
	return s
}

// cypherRows runs query and returns its rows, for checks.
func cypherRows(t *testing.T, s *Store, query string, params map[string]any) []map[string]any {
	t.Helper()
	res, err := s.execute(context.Background(), query, params, ReadWrite)
	require.NoError(t, err)
	rows := make([]map[string]any, len(res.Records))
	for i, rec := range res.Records {
		rows[i] = rec.AsMap()
	}
	return rows
}

// lookup returns the prepared query called name, or fails the test.
func lookup(t *testing.T, name string) Query {
	t.Helper()
	q, err := Lookup(name)
	require.NoError(t, err)
	return q
}
