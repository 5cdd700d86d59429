package graph

import (
	"testing"

	"kg/corpus"
	"kg/ingest"
	"kg/model"
)

// benchBatch is one write batch of generated articles, extracted.
func benchBatch(b *testing.B, n int) []model.Extraction {
	b.Helper()
	var exs []model.Extraction
	err := corpus.Generate(1, n, func(a corpus.Article) error {
		exs = append(exs, ingest.Extract(ingest.Document{Source: a.ID, Raw: []byte(a.Text), Title: a.Title, Published: a.Published, URL: corpus.URL(a.ID)}))
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return exs
}

// BenchmarkPlan measures what the writer does on the client for one batch
// of 1,000 articles: grouping, sorting and folding the rows of every
// statement. It runs on the writer's critical path.
func BenchmarkPlan(b *testing.B) {
	exs := benchBatch(b, 1000)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		newPlan(exs).statements()
	}
}
