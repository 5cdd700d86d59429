package output

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kg/graph"
	"kg/ingest"
	"kg/model"
	"kg/pipeline"
)

// On a terminal bad items are lines of their own above a progress line
// that is cleared at the end; elsewhere only the bad items are written.
func TestProgress(t *testing.T) {
	tooLarge := ingest.ReadError{Source: "big.txt", Err: fmt.Errorf("%w: 2048 bytes, the limit is 1024", ingest.ErrTooLarge)}
	missing := pipeline.ItemError{Source: "a.txt", Err: errors.New("no gold beside it (a.json)")}
	tests := []struct {
		name     string
		p        *Progress
		want     string
		wantLine string // the progress line, when drawn
	}{
		{"off a terminal", &Progress{}, "big.txt: too large: 2048 bytes, the limit is 1024\na.txt: no gold beside it (a.json)\n", ""},
		{"the flag named", &Progress{MaxBytesFlag: true}, "big.txt: too large: 2048 bytes, the limit is 1024 (raise the limit with --max-bytes)\na.txt: no gold beside it (a.json)\n", ""},
		{"terminal", &Progress{TTY: true}, "", "read 3, ingested 0, unchanged 0, skipped 1, failed 0"},
		{"terminal, own line", &Progress{TTY: true, Line: ReadLine("scored")}, "", "scored 3 articles, 0.0 MB, 1 bad"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			tt.p.W = &b
			tt.p.Progress(pipeline.Tally{Read: 2})
			tt.p.Bad(tooLarge, pipeline.Tally{Read: 3, Skipped: 1})
			tt.p.Item(missing)
			tt.p.Done()
			if tt.wantLine == "" {
				assert.Equal(t, tt.want, b.String())
				return
			}
			out := b.String()
			assert.Contains(t, out, "\r\033[K"+tt.wantLine, "the counts last heard of, redrawn after each bad item")
			assert.Contains(t, out, "\r\033[Kbig.txt: too large")
			assert.True(t, strings.HasSuffix(out, "\r\033[K"), "cleared at the end: %q", out)
		})
	}
}

func TestReadLine(t *testing.T) {
	line := ReadLine("extracted")
	assert.Equal(t, "extracted 9 articles, 1.5 MB", line(pipeline.Tally{Read: 9, Bytes: 1_500_000}))
	assert.Equal(t, "extracted 8 articles, 1.5 MB, 3 bad", line(pipeline.Tally{Read: 9, Failed: 1, Skipped: 2, Bytes: 1_500_000}))
}

// kg extract's lines: one object a line, lists never null.
func TestExtractionWriter(t *testing.T) {
	var b bytes.Buffer
	w := NewExtractionWriter(&b)
	require.NoError(t, w.Write(model.Extraction{Article: model.Article{ID: "a", Title: "T"}}))
	require.NoError(t, w.Write(model.Extraction{Article: model.Article{ID: "b"}, Entities: []model.Entity{{Key: "k", Label: model.LabelCountry}}}))
	assert.Empty(t, b.String(), "buffered until flushed")
	require.NoError(t, w.Flush())
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	require.Len(t, lines, 2)
	assert.Contains(t, lines[0], `"title":"T"`)
	assert.Contains(t, lines[0], `"entities":[],"relations":[]`)
	assert.Contains(t, lines[1], `"entities":[{"key":"k"`)
}

func TestWriteQueries(t *testing.T) {
	qs, err := graph.List()
	require.NoError(t, err)
	var b bytes.Buffer
	require.NoError(t, WriteQueries(&b, qs))
	for _, q := range qs {
		assert.Contains(t, b.String(), q.Name+"  ")
		assert.Contains(t, b.String(), q.Question)
	}
	assert.Contains(t, b.String(), "  --param q=...  any part of a name")
	assert.Contains(t, b.String(), "(optional)")
	assert.NotContains(t, b.String(), "[name:", "tags are not shown")
}
