package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kg/model"
)

func TestExtractFixtures(t *testing.T) {
	files := fixtureFiles(t)
	code, out, errOut := kg(t, "", "extract", "--format", "jsonl", fixtures)
	require.Equal(t, 0, code, errOut)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, len(files), "one line per article")
	for i, line := range lines {
		var raw map[string]json.RawMessage
		require.NoError(t, json.Unmarshal([]byte(line), &raw), line)
		for _, k := range []string{"article", "entities", "relations"} {
			require.Contains(t, raw, k)
		}
		assert.True(t, strings.HasPrefix(string(raw["entities"]), "["), "entities is a list")
		assert.True(t, strings.HasPrefix(string(raw["relations"]), "["), "relations is a list")

		var ex model.Extraction
		require.NoError(t, json.Unmarshal([]byte(line), &ex))
		assert.Equal(t, files[i], ex.Article.Source, "input order, path as given")
		assert.NotEmpty(t, ex.Article.ID)
	}
}

func TestExtractBadItems(t *testing.T) {
	files := fixtureFiles(t)
	tests := []struct {
		name      string
		args      []string
		stdin     string
		wantCode  int
		wantLines int
		wantErr   string
	}{
		{"one missing file", []string{"extract", files[0], "no-such-file.txt"}, "", 2, 1, "no-such-file.txt: "},
		{"only a missing file", []string{"extract", "no-such-file.txt"}, "", 1, 0, "no-such-file.txt: "},
		{"stdin", []string{"extract", "-"}, "Ông Tập Cận Bình gặp ông Putin.", 0, 1, ""},
		{"unknown format", []string{"extract", "--format", "xml", files[0]}, "", 1, 0, `unknown format "xml"`},
		{"no path", []string{"extract"}, "", 1, 0, "requires at least 1 arg"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := kg(t, tt.stdin, tt.args...)
			assert.Equal(t, tt.wantCode, code, errOut)
			assert.Equal(t, tt.wantLines, strings.Count(out, "\n"))
			assert.Contains(t, errOut, tt.wantErr)
		})
	}
}
