// Package clitest runs the kg binary against the real Neo4j that the
// environment names (NEO4J_URI, ...; the defaults fit `make neo4j-up`):
// ingest, query, schema, stats and bench end to end. The commands' flags
// and output are tested without a server in cmd/kg; the reliability suite
// (reliability/) kills and restarts a server of its own.
//
// These tests empty the database they run against, and never skip.
package clitest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"kg/graph"
)

const fixtures = "../fixtures/articles"

var kgBin string // the kg binary under test

// TestMain builds kg once for the tests.
func TestMain(m *testing.M) {
	os.Exit(buildAndRun(m))
}

func buildAndRun(m *testing.M) int {
	dir, err := os.MkdirTemp("", "kg-clitest")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	kgBin = filepath.Join(dir, "kg")
	if out, err := exec.Command("go", "build", "-o", kgBin, "../cmd/kg").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "go build ./cmd/kg: %v\n%s", err, out)
		return 1
	}
	return m.Run()
}

// kg runs the kg binary with args and stdin and returns its exit code,
// stdout and stderr.
func kg(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	cmd := exec.Command(kgBin, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = strings.NewReader(stdin), &out, &errOut
	err := cmd.Run()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatalf("run kg %v: %v", args, err)
	}
	return cmd.ProcessState.ExitCode(), out.String(), errOut.String()
}

// openStore connects to the database that the environment names, or
// fails the test; the connection is closed when the test ends.
func openStore(t *testing.T) *graph.Store {
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
	s, err := graph.Open(context.Background(), cfg)
	if err != nil {
		t.Fatalf("Neo4j is not reachable at %s: %v — start it with: make neo4j-up", cfg.URI, err)
	}
	t.Cleanup(func() { s.Close(context.Background()) })
	return s
}

// emptyGraph wipes the database that the environment names, and again
// when the test ends, or fails the test.
func emptyGraph(t *testing.T) {
	t.Helper()
	s := openStore(t)
	ctx := context.Background()
	require.NoError(t, s.DeleteAll(ctx))
	t.Cleanup(func() { s.DeleteAll(ctx) }) // leave no test data behind
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
