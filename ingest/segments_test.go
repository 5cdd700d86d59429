package ingest

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kg/ingest/prose"
)

// A text longer than maxSegment is read in segments: the article is the
// whole text's, and a text of the same article many times over states the
// same things as one copy, with evidence that points into the whole.
func TestExtractSegments(t *testing.T) {
	one, err := os.ReadFile("../fixtures/articles/000_7853fe3af7529fe5.txt")
	require.NoError(t, err)
	single := Extract(Document{Source: "one.txt", Raw: one})
	tests := []struct {
		name string
		raw  []byte
	}{
		{"copies on lines of their own", bytes.Repeat(append(bytes.Clone(one), '\n'), 2*maxSegment/len(one)+3)},
		{"copies on one line", bytes.Repeat(append(bytes.ReplaceAll(one, []byte("\n"), []byte(" ")), ' '), 2*maxSegment/len(one)+3)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Greater(t, len(tt.raw), 2*maxSegment)
			ex := Extract(Document{Source: "many.txt", Raw: tt.raw})
			assert.Equal(t, ArticleID(prose.Normalize(tt.raw)), ex.Article.ID)
			assert.Equal(t, single.Article.Published, ex.Article.Published)
			keys := map[string]bool{}
			for _, e := range ex.Entities {
				assert.False(t, keys[e.Key], "entity %s twice", e.Key)
				keys[e.Key] = true
			}
			for _, e := range single.Entities {
				assert.True(t, keys[e.Key], "entity %s of the article is missing", e.Key)
			}
			far := false
			for _, r := range ex.Relations {
				for _, ev := range r.Evidence {
					require.True(t, 0 <= ev.Start && ev.Start <= ev.End && ev.End <= len(tt.raw), "%+v", ev)
					assert.Equal(t, strings.Fields(ev.Text)[0], strings.Fields(string(tt.raw[ev.Start:ev.End]))[0], "evidence %+v points at its sentence", ev)
					far = far || ev.Start > maxSegment
				}
			}
			assert.True(t, far, "evidence from the later segments")
		})
	}
}

// Extraction stays linear in the length of a text without sentence
// punctuation on one line: a few megabytes take about a second (without
// the caps, 400 KB took 14 s and 2 GB).
func TestExtractLongLine(t *testing.T) {
	one, err := os.ReadFile("../fixtures/articles/001_99d422115e93d39a.txt")
	require.NoError(t, err)
	line := strings.NewReplacer("\n", " ", ".", " ", "!", " ", "?", " ").Replace(string(one)) + " "
	raw := []byte(strings.Repeat(line, 4<<20/len(line)))
	start := time.Now()
	ex := Extract(Document{Source: "line.txt", Raw: raw})
	took := time.Since(start)
	assert.NotEmpty(t, ex.Relations)
	assert.Less(t, took, 20*time.Second, "4 MB on one line")
	t.Logf("%d bytes on one line: %s", len(raw), took)
}
