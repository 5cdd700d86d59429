package graph

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kg/model"
)

// partnerSaid is a statement of one article about the partnership of VN
// and KR: the level, status and since it gives (nil: not given).
type partnerSaid struct {
	id                   string
	level, status, since any
}

// partnerArticles turns the statements into articles, one per id (an id
// given twice is one article stating two levels).
func partnerArticles(said []partnerSaid) []model.Extraction {
	var out []model.Extraction
	for _, s := range said {
		rel := model.Relation{Type: model.RelPartnerOf, From: "KR", To: "VN",
			Props:    map[string]any{"level": s.level, "status": s.status, "since": s.since},
			Evidence: []model.Evidence{{Text: fmt.Sprintf("Việt Nam – Hàn Quốc: %v %v.", s.level, s.since), Start: 0, End: 10}}}
		if i := slices.IndexFunc(out, func(ex model.Extraction) bool { return ex.Article.ID == s.id }); i >= 0 {
			out[i].Relations = append(out[i].Relations, rel)
			continue
		}
		out = append(out, model.Extraction{
			Article: model.Article{ID: s.id, Source: s.id + ".txt", Language: "vi"},
			Entities: []model.Entity{
				{Key: "KR", Label: model.LabelCountry, Name: "South Korea", Props: map[string]any{"iso2": "KR"}},
				{Key: "VN", Label: model.LabelCountry, Name: "Vietnam", Props: map[string]any{"iso2": "VN"}},
			},
			Relations: []model.Relation{rel},
		})
	}
	return out
}

// The one PARTNER_OF of a pair holds the highest level that an article
// states as set up or raised, with that level's status and date, and the
// ladder climbed in history, whatever order the articles come in.
func TestPartnershipLadder(t *testing.T) {
	tests := []struct {
		name    string
		said    []partnerSaid
		want    map[string]any // level, status, since, history
		sources []any
	}{
		{"a later, higher level wins", []partnerSaid{
			{"a1", "comprehensive", "established", "2001"},
			{"b2", "strategic", "upgraded", "2009-10"},
			{"c3", "comprehensive_strategic", "upgraded", "2022-12-05"},
		}, map[string]any{"level": "comprehensive_strategic", "status": "upgraded", "since": "2022-12-05",
			"history": strs("comprehensive 2001", "strategic 2009-10", "comprehensive_strategic 2022-12-05")},
			strs("a1", "b2", "c3")},
		{"more articles for a lower level do not hold it", []partnerSaid{
			{"a1", "strategic", "established", "2009"},
			{"a2", "strategic", "established", nil},
			{"a3", "strategic", "established", "2009-10"},
			{"z9", "comprehensive_strategic", "upgraded", "2022"},
		}, map[string]any{"level": "comprehensive_strategic", "status": "upgraded", "since": "2022",
			"history": strs("strategic 2009", "comprehensive_strategic 2022")},
			strs("a1", "a2", "a3", "z9")},
		{"one article tells the whole ladder", []partnerSaid{
			{"a1", "strategic", "established", "2009"},
			{"a1", "comprehensive_strategic", "upgraded", "2022-12"},
		}, map[string]any{"level": "comprehensive_strategic", "status": "upgraded", "since": "2022-12",
			"history": strs("strategic 2009", "comprehensive_strategic 2022-12")},
			strs("a1")},
		{"a level only planned does not overtake", []partnerSaid{
			{"a1", "strategic", "established", "2009"},
			{"b2", "comprehensive_strategic", "planned", nil},
		}, map[string]any{"level": "strategic", "status": "established", "since": "2009",
			"history": strs("strategic 2009")},
			strs("a1", "b2")},
		{"a planned level once raised counts", []partnerSaid{
			{"a1", "strategic", "established", "2009"},
			{"b2", "comprehensive_strategic", "planned", nil},
			{"c3", "comprehensive_strategic", "upgraded", "2022-12"},
		}, map[string]any{"level": "comprehensive_strategic", "status": "upgraded", "since": "2022-12",
			"history": strs("strategic 2009", "comprehensive_strategic 2022-12")},
			strs("a1", "b2", "c3")},
		{"only planned: the plan", []partnerSaid{
			{"a1", "comprehensive_strategic", "planned", nil},
		}, map[string]any{"level": "comprehensive_strategic", "status": "planned", "since": nil,
			"history": strs("comprehensive_strategic")},
			strs("a1")},
		{"undated levels after the dated, by the ladder", []partnerSaid{
			{"a1", "comprehensive_strategic", "established", nil},
			{"b2", "strategic", "established", "2009"},
			{"c3", "comprehensive", "established", nil},
		}, map[string]any{"level": "comprehensive_strategic", "status": "established", "since": nil,
			"history": strs("strategic 2009", "comprehensive", "comprehensive_strategic")},
			strs("a1", "b2", "c3")},
		{"a level's date is its earliest", []partnerSaid{
			{"a1", "strategic", "established", "2012"},
			{"b2", "strategic", "upgraded", "2009-10"},
			{"c3", "strategic", "established", "--10"},
		}, map[string]any{"level": "strategic", "status": "upgraded", "since": "2009-10",
			"history": strs("strategic 2009-10")},
			strs("a1", "b2", "c3")},
	}
	ctx := context.Background()
	for _, tt := range tests {
		exs := partnerArticles(tt.said)
		reversed := slices.Clone(exs)
		slices.Reverse(reversed)
		shuffled := slices.Clone(exs)
		rand.New(rand.NewPCG(5, 6)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		for _, order := range []struct {
			name    string
			batches [][]model.Extraction
		}{
			{"one batch", [][]model.Extraction{exs}},
			{"one article a batch", split(exs, 1)},
			{"reversed", split(reversed, 1)},
			{"shuffled, twice", append(split(shuffled, 2), split(exs, 1)...)},
		} {
			t.Run(tt.name+"/"+order.name, func(t *testing.T) {
				s := emptyStore(t)
				for _, b := range order.batches {
					_, err := s.Write(ctx, b)
					require.NoError(t, err)
				}
				rows := cypherRows(t, s, "MATCH (a:Country)-[r:PARTNER_OF]->(b:Country) RETURN a.iso2 AS a, b.iso2 AS b, r.level AS level, r.status AS status, r.since AS since, r.history AS history, r.sources AS sources", nil)
				require.Len(t, rows, 1, "one relationship per pair")
				assert.Equal(t, "KR", rows[0]["a"], "smaller ISO2 first")
				r := rows[0]
				got := map[string]any{"level": r["level"], "status": r["status"], "since": r["since"], "history": r["history"]}
				assert.Equal(t, tt.want, got)
				assert.Equal(t, tt.sources, r["sources"])
			})
		}
	}
}

// split cuts exs into batches of size.
func split(exs []model.Extraction, size int) [][]model.Extraction {
	var out [][]model.Extraction
	for i := 0; i < len(exs); i += size {
		out = append(out, exs[i:min(i+size, len(exs))])
	}
	return out
}

// A Writer folds standing facts on the client and writes them later: the
// ladder it writes is the one Store.Write makes.
func TestPartnershipLadderThroughWriter(t *testing.T) {
	ctx := context.Background()
	exs := partnerArticles([]partnerSaid{
		{"c3", "comprehensive_strategic", "upgraded", "2022-12-05"},
		{"a1", "comprehensive", "established", "2001"},
		{"b2", "strategic", "upgraded", "2009-10"},
	})
	s := emptyStore(t)
	w := s.NewWriter(2)
	writeAll(t, w, split(exs, 1))
	require.NoError(t, w.Flush(ctx))
	rows := cypherRows(t, s, "MATCH (:Country {iso2: 'KR'})-[r:PARTNER_OF]->(:Country {iso2: 'VN'}) RETURN r.level AS level, r.history AS history", nil)
	assert.Equal(t, []map[string]any{{"level": "comprehensive_strategic",
		"history": strs("comprehensive 2001", "strategic 2009-10", "comprehensive_strategic 2022-12-05")}}, rows)
}
