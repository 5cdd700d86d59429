package clitest

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestIngestTwiceChangesNothing(t *testing.T) {
	emptyGraph(t)
	n := len(fixtureFiles(t))

	code, out, errOut := kg(t, "", "ingest", fixtures)
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, fmt.Sprintf("read %d, ingested %d, unchanged 0, skipped 0, failed 0\n", n, n), out)
	code, first, errOut := kg(t, "", "stats", "--format", "json")
	require.Equal(t, 0, code, errOut)

	code, out, errOut = kg(t, "", "ingest", "--batch", "2", fixtures)
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, fmt.Sprintf("read %d, ingested 0, unchanged %d, skipped 0, failed 0\n", n, n), out)
	code, second, errOut := kg(t, "", "stats", "--format", "json")
	require.Equal(t, 0, code, errOut)

	assert.JSONEq(t, first, second)
	var rows []map[string]any
	require.NoError(t, json.Unmarshal([]byte(second), &rows))
	assert.Contains(t, rows, map[string]any{"kind": "label", "name": "Article", "count": float64(n)})
}

func TestIngestBadItems(t *testing.T) {
	files := fixtureFiles(t)
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	raw, err := os.ReadFile(files[0])
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(good, raw, 0o644))
	missing := filepath.Join(dir, "missing.txt")
	mixed := filepath.Join(dir, "mixed")
	require.NoError(t, os.MkdirAll(mixed, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(mixed, "a.txt"), raw, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(mixed, "binary.txt"), []byte("PK\x00\x01\x02"), 0o644))
	lines := filepath.Join(dir, "lines.jsonl")
	require.NoError(t, os.WriteFile(lines, []byte(`{"text": "Ông Putin gặp ông Tập ở Bắc Kinh.", "title": "T"}`+"\n{not json\n"), 0o644))

	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantOut  string
		wantErr  []string
	}{
		{"a bad file among good ones", []string{"ingest", good, missing}, 2,
			"read 1, ingested 1, unchanged 0, skipped 1, failed 0\n", []string{missing + ": "}},
		{"a binary file in a folder", []string{"ingest", mixed}, 2,
			"read 1, ingested 1, unchanged 0, skipped 1, failed 0\n", []string{filepath.Join(mixed, "binary.txt") + ": "}},
		{"a bad JSONL line", []string{"ingest", lines}, 2,
			"read 1, ingested 1, unchanged 0, skipped 1, failed 0\n", []string{lines + ":2: bad JSON"}},
		{"only bad files", []string{"ingest", missing}, 1,
			"read 0, ingested 0, unchanged 0, skipped 1, failed 0\n", []string{missing + ": ", "kg: none of 1 items"}},
		{"database unreachable", []string{"ingest", "--uri", "bolt://127.0.0.1:1", good}, 1,
			"", []string{"bolt://127.0.0.1:1", "make neo4j-up"}},
		{"no path", []string{"ingest"}, 1, "", []string{"kg: no articles to read: give files, folders (read recursively) or - for standard input\nUsage: kg ingest PATH... [flags]\n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			emptyGraph(t)
			code, out, errOut := kg(t, "", tt.args...)
			assert.Equal(t, tt.wantCode, code, errOut)
			assert.Equal(t, tt.wantOut, out)
			for _, w := range tt.wantErr {
				assert.Contains(t, errOut, w)
			}
		})
	}
}

func TestIngestStdin(t *testing.T) {
	emptyGraph(t)
	code, out, errOut := kg(t, "Ông Tập Cận Bình gặp ông Putin tại Bắc Kinh.", "ingest", "-")
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, "read 1, ingested 1, unchanged 0, skipped 0, failed 0\n", out)
}

func TestQueryCommand(t *testing.T) {
	emptyGraph(t)
	code, _, errOut := kg(t, "", "ingest", fixtures)
	require.Equal(t, 0, code, errOut)

	t.Run("json", func(t *testing.T) {
		code, out, errOut := kg(t, "", "query", "overview", "--format", "json")
		require.Equal(t, 0, code, errOut)
		var rows []map[string]any
		require.NoError(t, json.Unmarshal([]byte(out), &rows), out)
		assert.Contains(t, rows, map[string]any{"kind": "label", "name": "Article", "count": float64(len(fixtureFiles(t)))})
	})
	t.Run("csv", func(t *testing.T) {
		code, out, errOut := kg(t, "", "query", "overview", "--format", "csv")
		require.Equal(t, 0, code, errOut)
		assert.True(t, strings.HasPrefix(out, "kind,name,count\n"), out)
	})
	t.Run("table", func(t *testing.T) {
		code, out, errOut := kg(t, "", "query", "name-search", "--param", "q=tap can binh")
		require.Equal(t, 0, code, errOut)
		lines := strings.Split(out, "\n")
		require.GreaterOrEqual(t, len(lines), 2, out)
		assert.Equal(t, []string{"label", "key", "name", "name_vi", "score"}, strings.Fields(lines[0]))
		assert.Equal(t, strings.Index(lines[0], "key"), strings.Index(lines[1], "xi-jinping"), "aligned columns, Xi first:\n%s", out)
	})

	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantOut  []string
		wantErr  []string
	}{
		{"list", []string{"query", "--list"}, 0, []string{"overview", "name-search", "--param q="}, nil},
		{"unknown query", []string{"query", "nope"}, 1, nil, []string{`"nope"`, "meetings-between", "name-search", "overview"}},
		{"missing parameter", []string{"query", "name-search"}, 1, nil, []string{"needs parameter q"}},
		{"bad parameter", []string{"query", "name-search", "--param", "q"}, 1, nil, []string{"want name=value"}},
		{"no name", []string{"query"}, 1, nil, []string{"kg query --list"}},
		{"unknown format", []string{"query", "overview", "--format", "xml"}, 1, nil, []string{`unknown format "xml"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := kg(t, "", tt.args...)
			assert.Equal(t, tt.wantCode, code, errOut)
			for _, w := range tt.wantOut {
				assert.Contains(t, out, w)
			}
			for _, w := range tt.wantErr {
				assert.Contains(t, errOut, w)
			}
		})
	}
}

func TestSchemaCommand(t *testing.T) {
	code, out, errOut := kg(t, "", "schema")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "schema applied")
}
