package ingest

import (
	"os"
	"path/filepath"
	"testing"

	"kg/ingest/prose"
)

// benchDocs loads every fixture article once.
func benchDocs(b *testing.B) ([]Document, int64) {
	b.Helper()
	var docs []Document
	var n int64
	for _, dir := range []string{"articles", "extra"} {
		paths, _ := filepath.Glob(filepath.Join("..", "fixtures", dir, "*.txt"))
		for _, p := range paths {
			raw, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			docs = append(docs, Document{Source: p, Raw: raw, Published: publishedLine(raw)})
			n += int64(len(raw))
		}
	}
	return docs, n
}

// BenchmarkExtract measures the whole extractor on the fixture articles:
// bytes per second is the figure the bar of 5 MB/s per core is about.
func BenchmarkExtract(b *testing.B) {
	docs, n := benchDocs(b)
	defaultLexicon()
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			Extract(d)
		}
	}
}

// BenchmarkScan measures tokenising and lexicon matching alone, the
// extractor's innermost loop.
func BenchmarkScan(b *testing.B) {
	docs, n := benchDocs(b)
	lx := defaultLexicon()
	texts := make([]prose.Text, len(docs))
	for i, d := range docs {
		texts[i] = prose.Normalize(d.Raw)
	}
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	var toks []token
	var buf scanBuffers
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			s := &sentence{}
			toks = tokenize(t.S, "", 0, len(t.S), toks[:0])
			s.toks = toks
			buf.reset()
			lx.scan(s, &buf)
		}
	}
}
