package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kg/ingest/prose"
)

// TestArticleID holds ArticleID to its definition: the hash of the text's
// words, each followed by one space, whatever the spacing.
func TestArticleID(t *testing.T) {
	want := func(s string) string {
		var b strings.Builder
		for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\n' || r == '\t' || r == '\r' }) {
			b.WriteString(w + " ")
		}
		sum := sha256.Sum256([]byte(b.String()))
		return hex.EncodeToString(sum[:])[:16]
	}
	for _, s := range []string{
		"", " ", "Putin", "Putin gặp Tập Cận Bình.\nHai bên ký kết.",
		"Putin  gặp", " Putin", "Putin ", "Putin\n\nTập", "Putin \nTập", "Putin\tTập\r\nX",
	} {
		if got := ArticleID(prose.Text{S: s}); got != want(s) {
			t.Errorf("ArticleID(%q) = %s, want %s", s, got, want(s))
		}
	}
	raw := "Tổng thống Nga Vladimir Putin đã hội đàm với Chủ tịch Trung Quốc Tập Cận Bình.\n\nHai nhà lãnh đạo ký tuyên bố chung."
	if a, b := ArticleID(prose.Normalize([]byte(raw))), ArticleID(prose.Normalize([]byte(strings.ReplaceAll(raw, " ", "  ")))); a != b {
		t.Errorf("the same words spaced differently give ids %s and %s", a, b)
	}
}

// TestExtractConcurrent extracts the fixtures on several goroutines at
// once, as kg ingest does, and wants what one goroutine alone extracts:
// the extractor's reused buffers (scratch) must not be shared.
func TestExtractConcurrent(t *testing.T) {
	docs, _ := benchDocs(&testing.B{})
	want := make([]string, len(docs))
	for i, d := range docs {
		b, err := json.Marshal(Extract(d))
		require.NoError(t, err)
		want[i] = string(b)
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := 0; round < 3; round++ {
				for i := range docs {
					i := (i + g*5) % len(docs) // each goroutine in another order
					b, err := json.Marshal(Extract(docs[i]))
					assert.NoError(t, err)
					assert.Equal(t, want[i], string(b), "article %s", docs[i].Source)
				}
			}
		}()
	}
	wg.Wait()
}
