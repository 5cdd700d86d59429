package ingest

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"kg/model"
)

// TestExtractionIndependentOfOrder extracts the real dev articles in
// order, in reverse order and on four goroutines at once, and checks each
// article's extraction is the same every time: the scratch memory one
// extraction leaves to the next (scratchPool) must carry nothing over.
func TestExtractionIndependentOfOrder(t *testing.T) {
	files, err := filepath.Glob("../fixtures/real/dev/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	docs := make([]Document, len(files))
	for i, f := range files {
		raw, err := os.ReadFile(f)
		require.NoError(t, err)
		docs[i] = Document{Source: filepath.Base(f), Raw: raw}
	}
	forward := make([]model.Extraction, len(docs))
	for i, d := range docs {
		forward[i] = Extract(d)
	}
	for i := len(docs) - 1; i >= 0; i-- {
		require.Equal(t, forward[i], Extract(docs[i]), "%s extracted after the articles that follow it", docs[i].Source)
	}
	got := make([]model.Extraction, len(docs))
	done := make(chan struct{})
	for w := 0; w < 4; w++ {
		go func() {
			for i := w; i < len(docs); i += 4 {
				got[i] = Extract(docs[i])
			}
			done <- struct{}{}
		}()
	}
	for w := 0; w < 4; w++ {
		<-done
	}
	for i := range docs {
		require.Equal(t, forward[i], got[i], "%s extracted on four goroutines", docs[i].Source)
	}
}
