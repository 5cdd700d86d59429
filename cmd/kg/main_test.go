package main

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"kg/graph"
)

const fixtures = "../../fixtures/articles"

// kg runs the command line with args and stdin and returns its exit code,
// stdout and stderr.
func kg(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, IOStreams{In: strings.NewReader(stdin), Out: &out, Err: &errOut})
	return code, out.String(), errOut.String()
}

// emptyGraph wipes the database that the environment names (the defaults
// fit `make neo4j-up`), and again when the test ends, or fails the test:
// these tests never skip.
func emptyGraph(t *testing.T) {
	t.Helper()
	get := func(key, def string) string {
		if v := os.Getenv(key); v != "" {
			return v
		}
		return def
	}
	cfg := graph.Config{
		URI:      get("NEO4J_URI", "bolt://localhost:7687"),
		Username: get("NEO4J_USERNAME", "neo4j"),
		Password: get("NEO4J_PASSWORD", "kgpassword"),
		Database: os.Getenv("NEO4J_DATABASE"),
	}
	ctx := context.Background()
	s, err := graph.Open(ctx, cfg)
	if err != nil {
		t.Fatalf("Neo4j is not reachable at %s: %v — start it with: make neo4j-up", cfg.URI, err)
	}
	require.NoError(t, s.DeleteAll(ctx))
	t.Cleanup(func() { // leave no test data behind
		s.DeleteAll(ctx)
		s.Close(ctx)
	})
}

// fixtureFiles lists the fixture articles.
func fixtureFiles(t *testing.T) []string {
	t.Helper()
	entries, err := os.ReadDir(fixtures)
	require.NoError(t, err)
	var files []string
	for _, e := range entries {
		if !e.IsDir() && !strings.HasPrefix(e.Name(), ".") {
			files = append(files, fixtures+"/"+e.Name())
		}
	}
	require.NotEmpty(t, files)
	return files
}
