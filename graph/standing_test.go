package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kg/model"
)

// standingArticle is article i of a stream that restates a few standing
// facts (cities in countries, leaders of countries, memberships) with
// varying roles, statuses and dates, next to a meeting of its own.
func standingArticle(i int) model.Extraction {
	id := fmt.Sprintf("st-%03d", i)
	city := []string{"hanoi", "jakarta", "brasilia", "ottawa"}[i%4]
	country := []string{"VN", "ID", "BR", "CA"}[i%4]
	leader := []string{"to-lam", "prabowo-subianto", "lula"}[i%3]
	summit := fmt.Sprintf("meeting-%03d", i)
	ev := func(s string) []model.Evidence {
		return []model.Evidence{{Text: fmt.Sprintf("%s (%d).", s, i), Start: i, End: i + 10}}
	}
	return model.Extraction{
		Article: model.Article{ID: id, Source: id + ".txt", Language: "vi"},
		Entities: []model.Entity{
			{Key: city, Label: model.LabelCity, Name: city, Props: map[string]any{"country": country}},
			{Key: country, Label: model.LabelCountry, Name: country, Props: map[string]any{"iso2": country}},
			{Key: "ASEAN", Label: model.LabelOrganization, Name: "ASEAN", Props: map[string]any{"acronym": "ASEAN"}},
			{Key: "CN", Label: model.LabelCountry, Name: "China", Props: map[string]any{"iso2": "CN"}},
			{Key: leader, Label: model.LabelLeader, Name: leader, Props: map[string]any{"country": country, "aliases": []string{fmt.Sprintf("alias %d", i%5)}}},
			{Key: summit, Label: model.LabelSummit, Name: summit, Props: map[string]any{"kind": "bilateral", "date": fmt.Sprintf("2025-%02d", 1+i%12), "status": "held"}},
			{Key: "asean-summit-46", Label: model.LabelSummit, Name: fmt.Sprintf("46th ASEAN summit (%d)", i%4), Props: map[string]any{
				"kind": "summit", "org": "ASEAN", "date": []string{"2025-05-26", "2025-05-27", "2025-05", "2025"}[i%4],
				"city": []any{"Kuala Lumpur", "Jakarta", nil}[i%3], "country": []any{"MY", "ID", "MY", "MY", nil}[i%5]}},
		},
		Relations: []model.Relation{
			{Type: model.RelLocatedIn, From: city, To: country, Evidence: ev("Tại " + city)},
			{Type: model.RelRepresents, From: leader, To: country, Props: map[string]any{"role": []string{"president", "prime minister"}[i%2]}, Evidence: ev(leader)},
			{Type: model.RelMemberOf, From: country, To: "ASEAN", Props: map[string]any{
				"status": []string{"observer", "member", "applicant"}[i%3], "since": fmt.Sprintf("%d", 1990+(i*7)%20)}, Evidence: ev("ASEAN")},
			{Type: model.RelMetAt, From: leader, To: summit, Evidence: ev("Gặp")},
			{Type: model.RelPartnerOf, From: "CN", To: country, Props: map[string]any{
				"level": []string{"strategic", "comprehensive_strategic"}[i%2], "status": []string{"established", "upgraded", "planned"}[i%3],
				"since": fmt.Sprintf("%d", 2000+i%9)}, Evidence: ev("Đối tác")},
		},
	}
}

// standingBatches is n articles in batches of size.
func standingBatches(n, size int) [][]model.Extraction {
	var out [][]model.Extraction
	for i := 0; i < n; i += size {
		var b []model.Extraction
		for j := i; j < min(i+size, n); j++ {
			b = append(b, standingArticle(j))
		}
		out = append(out, b)
	}
	return out
}

// snapshot is every node and relationship with its properties, MENTIONS
// counted, as sorted strings.
func snapshot(t *testing.T, s *Store) []string {
	t.Helper()
	var out []string
	for _, r := range cypherRows(t, s, "MATCH (n) RETURN labels(n)[0] + ' ' + coalesce(n.key, n.id, n.iso2) AS n, properties(n) AS p ORDER BY n", nil) {
		b, _ := json.Marshal(r["p"])
		out = append(out, r["n"].(string)+" "+string(b))
	}
	for _, r := range cypherRows(t, s, "MATCH (a)-[r]->(b) WHERE NOT r:MENTIONS RETURN type(r) + ' ' + coalesce(a.key, a.iso2) + ' ' + coalesce(b.key, b.iso2) AS r, properties(r) AS p ORDER BY r", nil) {
		b, _ := json.Marshal(r["p"])
		out = append(out, r["r"].(string)+" "+string(b))
	}
	m := cypherRows(t, s, "MATCH (:Article)-[m:MENTIONS]->() RETURN count(m) AS n", nil)
	return append(out, fmt.Sprintf("MENTIONS %d", m[0]["n"]))
}

// writeAll writes the batches with w, without flushing it.
func writeAll(t *testing.T, w *Writer, batches [][]model.Extraction) WriteResult {
	t.Helper()
	var total WriteResult
	for _, exs := range batches {
		b, err := NewBatch(exs)
		require.NoError(t, err)
		r, err := w.Write(context.Background(), b)
		require.NoError(t, err)
		total.Add(r)
	}
	return total
}

// The graph is a function of the set of articles: written in one batch or
// many, in any order, by one writer or two at once over overlapping parts,
// every node and relationship ends with the same properties, though the
// articles disagree on roles, statuses, levels, dates and places.
func TestGraphIsAFunctionOfTheArticles(t *testing.T) {
	ctx := context.Background()
	var all []model.Extraction
	for i := range 60 {
		all = append(all, standingArticle(i))
	}
	batches := func(exs []model.Extraction, size int) [][]model.Extraction {
		var out [][]model.Extraction
		for i := 0; i < len(exs); i += size {
			out = append(out, exs[i:min(i+size, len(exs))])
		}
		return out
	}
	reversed := slices.Clone(all)
	slices.Reverse(reversed)
	shuffled := slices.Clone(all)
	rand.New(rand.NewPCG(3, 4)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })

	s := emptyStore(t)
	_, err := s.Write(ctx, all)
	require.NoError(t, err)
	want := snapshot(t, s)

	tests := []struct {
		name  string
		write func(t *testing.T, s *Store)
	}{
		{"reversed, one article a batch", func(t *testing.T, s *Store) {
			w := s.NewWriter(25)
			writeAll(t, w, batches(reversed, 1))
			require.NoError(t, w.Flush(ctx))
		}},
		{"shuffled, batches of 7", func(t *testing.T, s *Store) {
			w := s.NewWriter(1000)
			writeAll(t, w, batches(shuffled, 7))
			require.NoError(t, w.Flush(ctx))
		}},
		{"two writers at once over overlapping parts", func(t *testing.T, s *Store) {
			var wg sync.WaitGroup
			for _, part := range [][]model.Extraction{shuffled[:40], shuffled[25:]} {
				wg.Add(1)
				go func() {
					defer wg.Done()
					w := s.NewWriter(10)
					for _, b := range batches(part, 4) {
						nb, err := NewBatch(b)
						assert.NoError(t, err)
						_, err = w.Write(ctx, nb)
						assert.NoError(t, err)
					}
					assert.NoError(t, w.Flush(ctx))
				}()
			}
			wg.Wait()
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := emptyStore(t)
			tt.write(t, s)
			assert.Equal(t, want, snapshot(t, s))
		})
	}
}

// A Writer that holds standing facts back leaves the graph that writing
// every batch whole (Store.Write) leaves, and loses nothing when its run
// dies before Flush: writing the same articles again completes them, even
// when two writers do it at once.
func TestWriterHoldsStandingFactsBack(t *testing.T) {
	ctx := context.Background()
	batches := standingBatches(60, 7)

	s := emptyStore(t)
	for _, b := range batches {
		_, err := s.Write(ctx, b)
		require.NoError(t, err)
	}
	want := snapshot(t, s)
	require.Len(t, cypherRows(t, s, "MATCH (:City)-[r:LOCATED_IN]->(:Country {iso2: 'VN'}) WHERE size(r.sources) = 15 RETURN r", nil), 1)

	t.Run("flushed every 20 articles and at the end", func(t *testing.T) {
		s := emptyStore(t)
		w := s.NewWriter(20)
		res := writeAll(t, w, batches)
		assert.Equal(t, 60, res.Articles)
		held := cypherRows(t, s, "MATCH (a:Article) WHERE a.pending_facts RETURN a.id AS id", nil)
		assert.NotEmpty(t, held, "the last batches' standing facts wait for Flush")
		var ids []string
		for _, r := range held {
			ids = append(ids, r["id"].(string))
		}
		done, err := s.ExistingArticles(ctx, ids)
		require.NoError(t, err)
		assert.Empty(t, done, "an article with facts to write is not finished")

		require.NoError(t, w.Flush(ctx))
		assert.Equal(t, want, snapshot(t, s))
	})

	t.Run("a run that died is completed by the next", func(t *testing.T) {
		s := emptyStore(t)
		writeAll(t, s.NewWriter(1000), batches[:5]) // never flushed
		w := s.NewWriter(1000)
		res := writeAll(t, w, batches)
		assert.Equal(t, 60-35, res.Articles)
		assert.Equal(t, 35, res.Skipped)
		require.NoError(t, w.Flush(ctx))
		assert.Equal(t, want, snapshot(t, s))
	})

	t.Run("two writers finish the same articles at once", func(t *testing.T) {
		for round := range 8 {
			s := emptyStore(t)
			writeAll(t, s.NewWriter(1000), batches) // never flushed: every article pending
			w1, w2 := s.NewWriter(1000), s.NewWriter(1000)
			writeAll(t, w1, batches)
			writeAll(t, w2, batches)
			var wg sync.WaitGroup
			for _, w := range []*Writer{w1, w2} {
				wg.Add(1)
				go func() { defer wg.Done(); assert.NoError(t, w.Flush(ctx)) }()
			}
			wg.Wait()
			require.Equal(t, want, snapshot(t, s), "round %d: each source once", round)
		}
	})

	t.Run("two writers finish the same articles", func(t *testing.T) {
		s := emptyStore(t)
		w1, w2 := s.NewWriter(1000), s.NewWriter(1000)
		writeAll(t, w1, batches)
		res := writeAll(t, w2, batches)
		assert.Equal(t, 60, res.Skipped)
		require.NoError(t, w2.Flush(ctx))
		require.NoError(t, w1.Flush(ctx))
		assert.Equal(t, want, snapshot(t, s), "each source once")
	})
}
