package corpus

import (
	"testing"

	"kg/ingest"
)

// BenchmarkExtractGenerated measures the extractor on 200 generated
// articles, the kind kg gen writes and kg bench extracts: bytes per second
// is the figure the bar of 5 MB/s per core is about. (The ingest package
// cannot import this one, so the benchmark lives here.)
func BenchmarkExtractGenerated(b *testing.B) {
	var docs []ingest.Document
	var n int64
	_ = Generate(1, 200, func(a Article) error {
		docs = append(docs, ingest.Document{Source: a.ID, Raw: []byte(a.Text), Title: a.Title, Published: a.Published, URL: URL(a.ID)})
		n += int64(len(a.Text))
		return nil
	})
	ingest.Extract(docs[0]) // builds the gazetteer and lexicon outside the timing
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			ingest.Extract(d)
		}
	}
}
