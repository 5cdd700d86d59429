package main

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kg/cmdutil"
	"kg/ingest"
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
		{"no path", []string{"extract"}, "", 1, 0, "kg: no articles to extract: give files, folders (read recursively) or - for standard input\nUsage: kg extract [--format jsonl] PATH... [flags]\n"},
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

// TestExtractInInputOrder extracts a generated corpus, which kg extract does
// on every core, and wants what extracting its articles one by one, in
// order, gives.
func TestExtractInInputOrder(t *testing.T) {
	dir := t.TempDir()
	code, _, errOut := kg(t, "", "gen", "--articles", "400", "--out", dir)
	require.Equal(t, 0, code, errOut)
	path := filepath.Join(dir, "corpus.jsonl")

	var want bytes.Buffer
	enc := json.NewEncoder(&want)
	enc.SetEscapeHTML(false)
	err := ingest.Read(context.Background(), []string{path}, nil, ingest.ReadOptions{}, func(d ingest.Document) error {
		ex := ingest.Extract(d)
		if ex.Entities == nil {
			ex.Entities = []model.Entity{}
		}
		if ex.Relations == nil {
			ex.Relations = []model.Relation{}
		}
		return enc.Encode(ex)
	}, func(e ingest.ReadError) { t.Errorf("read %s: %v", path, e) })
	require.NoError(t, err)

	code, out, errOut := kg(t, "", "extract", path)
	require.Equal(t, 0, code, errOut)
	require.Equal(t, 400, strings.Count(out, "\n"))
	assert.True(t, want.String() == out, "kg extract differs from extracting one by one in order")
}

// kg extract and kg eval draw a progress line on a terminal, cleared at
// the end, as kg ingest does; elsewhere stderr stays empty.
func TestExtractAndEvalProgressOnlyOnTTY(t *testing.T) {
	for _, tt := range []struct {
		cmd  func(*cmdutil.Factory) *cobra.Command
		args []string
		line string
	}{
		{func(f *cmdutil.Factory) *cobra.Command { return NewCmdExtract(f, nil) }, []string{fixtures}, "extracted "},
		{func(f *cmdutil.Factory) *cobra.Command { return NewCmdEval(f, nil) }, []string{"--gold", "../../fixtures/expected", fixtures}, "scored "},
	} {
		for _, tty := range []bool{false, true} {
			f, out, errOut := testFactory(t, "", tty)
			require.NoError(t, execute(tt.cmd(f), tt.args...))
			assert.NotEmpty(t, out.String())
			if !tty {
				assert.Empty(t, errOut.String(), tt.line)
				continue
			}
			assert.Contains(t, errOut.String(), "\r\033[K"+tt.line)
			assert.Regexp(t, `articles, \d+\.\d MB`, errOut.String())
			assert.True(t, strings.HasSuffix(errOut.String(), "\r\033[K"), "cleared at the end")
		}
	}
}
