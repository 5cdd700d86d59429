package graph

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kg/model"
)

// hubArticle states, as article i, that Hanoi is in Vietnam: the kind of
// fact thousands of articles repeat.
func hubArticle(i int) model.Extraction {
	id := fmt.Sprintf("hub-%03d", i)
	return model.Extraction{
		Article: model.Article{ID: id, Source: id + ".txt", Language: "vi"},
		Entities: []model.Entity{
			{Key: "hanoi", Label: model.LabelCity, Name: "Hanoi", Props: map[string]any{"country": "VN", "name_vi": "Hà Nội"}},
			{Key: "VN", Label: model.LabelCountry, Name: "Vietnam", Props: map[string]any{"iso2": "VN", "name_vi": "Việt Nam"}},
		},
		Relations: []model.Relation{{Type: model.RelLocatedIn, From: "hanoi", To: "VN",
			Evidence: []model.Evidence{{Text: fmt.Sprintf("Tại Hà Nội, ngày %d.", i), Start: 0, End: 20}}}},
	}
}

func TestEvidenceIsCappedSourcesAreNot(t *testing.T) {
	n := MaxEvidence + 7
	for _, batch := range []int{1, 4, n} {
		t.Run(fmt.Sprintf("batches of %d", batch), func(t *testing.T) {
			s := emptyStore(t)
			ctx := context.Background()
			for i := 0; i < n; i += batch {
				var exs []model.Extraction
				for j := i; j < min(i+batch, n); j++ {
					exs = append(exs, hubArticle(j))
				}
				_, err := s.Write(ctx, exs)
				require.NoError(t, err)
			}
			rows := cypherRows(t, s, "MATCH (:City)-[r:LOCATED_IN]->(:Country) RETURN r.sources AS sources, r.evidence AS evidence", nil)
			require.Len(t, rows, 1)
			sources, evidence := rows[0]["sources"].([]any), rows[0]["evidence"].([]any)
			assert.Len(t, sources, n, "every article is a source")
			require.Len(t, evidence, MaxEvidence)
			for i, e := range evidence {
				assert.Equal(t, fmt.Sprintf("hub-%03d:0-20 Tại Hà Nội, ngày %d.", i, i), e, "the first sentences are kept")
			}
			mentions := cypherRows(t, s, "MATCH (:Article)-[m:MENTIONS]->() RETURN count(m) AS n", nil)
			assert.Equal(t, int64(2*n), mentions[0]["n"])
		})
	}
}

// Writers that race to write the same articles leave each article once,
// each source once.
func TestConcurrentWritersOfTheSameArticles(t *testing.T) {
	s := emptyStore(t)
	ctx := context.Background()
	var exs []model.Extraction
	for i := 0; i < 30; i++ {
		exs = append(exs, hubArticle(i))
	}
	var wg sync.WaitGroup
	results := make([]WriteResult, 4)
	errs := make([]error, 4)
	for w := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// each writer in its own order of batches
			for k := 0; k < 3; k++ {
				b := (k + w) % 3
				r, err := s.Write(ctx, exs[b*10:(b+1)*10])
				if err != nil {
					errs[w] = err
					return
				}
				results[w].Add(r)
			}
		}()
	}
	wg.Wait()
	var total WriteResult
	for w := range results {
		require.NoError(t, errs[w])
		total.Add(results[w])
	}
	assert.Equal(t, 30, total.Articles, "each article written once")
	assert.Equal(t, 90, total.Skipped)
	rows := cypherRows(t, s, "MATCH ()-[r:LOCATED_IN]->() UNWIND r.sources AS x RETURN count(x) AS n, count(DISTINCT x) AS d", nil)
	assert.Equal(t, []map[string]any{{"n": int64(30), "d": int64(30)}}, rows)
	articles := cypherRows(t, s, "MATCH (a:Article) RETURN count(a) AS n", nil)
	assert.Equal(t, int64(30), articles[0]["n"])
}

// The rows of one fact in one batch are folded on the client (foldFacts):
// the merge rules of MEMBER_OF give what they give across batches.
// (Article ids are a, b, c... in the order of values.)
func TestMergeRulesInOneBatch(t *testing.T) {
	tests := []struct {
		name   string
		prop   string
		values []any
		want   any
	}{
		{"founding member beats member", "status", []any{"member", "founding_member", "observer"}, "founding_member"},
		{"partner beats observer", "status", []any{"observer", "applicant", "partner"}, "partner"},
		{"null never overwrites", "status", []any{"member", nil}, "member"},
		{"earliest since", "since", []any{"2005", "2001-06-15", "2010"}, "2001-06-15"},
		{"since with a year beats one without", "since", []any{"--06", "2001"}, "2001"},
		{"plain property: the most articles", "note", []any{"a", "b", nil, "b"}, "b"},
		{"plain property: equally many, the smallest article id", "note", []any{"b", "a", nil}, "b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := emptyStore(t)
			var exs []model.Extraction
			for i, v := range tt.values {
				exs = append(exs, model.Extraction{
					Article:   model.Article{ID: string(rune('a' + i))},
					Entities:  []model.Entity{{Key: "CN", Label: model.LabelCountry}, {Key: "SCO", Label: model.LabelOrganization}},
					Relations: []model.Relation{{Type: model.RelMemberOf, From: "CN", To: "SCO", Props: map[string]any{tt.prop: v}}},
				})
			}
			_, err := s.Write(context.Background(), exs)
			require.NoError(t, err)
			rows := cypherRows(t, s, "MATCH ()-[r:MEMBER_OF]->() RETURN r[$p] AS v, r.sources AS sources", map[string]any{"p": tt.prop})
			require.Len(t, rows, 1)
			assert.Equal(t, tt.want, rows[0]["v"])
			assert.Len(t, rows[0]["sources"], len(tt.values))
		})
	}
}
