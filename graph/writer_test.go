package graph

import (
	"context"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kg/model"
)

// Two articles that see the same leader, summit and membership differently.
var (
	xiFirst = model.Extraction{
		Article: model.Article{ID: "a1", Source: "one.txt", Title: "One", Language: "vi", Published: "2022-01-20"},
		Entities: []model.Entity{
			{Key: "xi-jinping", Label: model.LabelLeader, Name: "Xi Jinping", Props: map[string]any{
				"name_vi": "Tập Cận Bình", "aliases": []string{"Tập Cận Bình", "ông Tập"}, "role": "president", "country": "CN"}},
			{Key: "CN", Label: model.LabelCountry, Name: "China", Props: map[string]any{"iso2": "CN", "name_vi": "Trung Quốc"}},
			{Key: "SCO", Label: model.LabelOrganization, Name: "Shanghai Cooperation Organisation", Props: map[string]any{"acronym": "SCO"}},
			{Key: "2022-02-cn-ru-beijing", Label: model.LabelSummit, Name: "Putin–Xi meeting in Beijing", Props: map[string]any{
				"kind": "bilateral", "date": "2022-02", "end_date": nil, "city": "Beijing", "country": "CN", "status": "planned"}},
		},
		Relations: []model.Relation{
			{Type: model.RelMetAt, From: "xi-jinping", To: "2022-02-cn-ru-beijing",
				Evidence: []model.Evidence{{Text: "Ông Tập sẽ gặp ông Putin vào tháng Hai.", Start: 10, End: 52}}},
			{Type: model.RelMemberOf, From: "CN", To: "SCO", Props: map[string]any{"status": "applicant", "since": "2001"}},
			{Type: model.RelRepresents, From: "xi-jinping", To: "CN", Props: map[string]any{"role": "president"}},
		},
	}
	xiSecond = model.Extraction{
		Article: model.Article{ID: "a2", Source: "two.txt", Language: "vi"},
		Entities: []model.Entity{
			{Key: "xi-jinping", Label: model.LabelLeader, Name: "Xi Jinping", Props: map[string]any{
				"name_vi": nil, "aliases": []any{"Tập", "ông Tập", "Chủ tịch Tập"}, "role": nil, "country": "CN"}},
			{Key: "CN", Label: model.LabelCountry, Name: "China", Props: map[string]any{"iso2": "CN"}},
			{Key: "SCO", Label: model.LabelOrganization, Name: "", Props: map[string]any{"acronym": "SCO", "name_vi": "Tổ chức Hợp tác Thượng Hải"}},
			{Key: "2022-02-cn-ru-beijing", Label: model.LabelSummit, Props: map[string]any{
				"kind": "bilateral", "date": "2022-02-04", "status": "held"}},
		},
		Relations: []model.Relation{
			{Type: model.RelMetAt, From: "xi-jinping", To: "2022-02-cn-ru-beijing",
				Evidence: []model.Evidence{{Text: "Hai nhà lãnh đạo gặp nhau ngày 4/2.", Start: 0, End: 40}}},
			{Type: model.RelMemberOf, From: "CN", To: "SCO", Props: map[string]any{"status": "member", "since": "2002"}},
		},
	}
)

func TestWriteMerges(t *testing.T) {
	tests := []struct {
		name    string
		batches [][]model.Extraction
	}{
		{"one batch", [][]model.Extraction{{xiFirst, xiSecond}}},
		{"one batch, reversed", [][]model.Extraction{{xiSecond, xiFirst}}},
		{"first then second", [][]model.Extraction{{xiFirst}, {xiSecond}}},
		{"second then first", [][]model.Extraction{{xiSecond}, {xiFirst}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := emptyStore(t)
			ctx := context.Background()
			var total WriteResult
			for _, b := range tt.batches {
				r, err := s.Write(ctx, b)
				require.NoError(t, err)
				total.Add(r)
			}
			assert.Equal(t, 2, total.Articles)
			assert.Equal(t, 0, total.Skipped)

			assertMergedNodes(t, s)
			assertMergedFacts(t, s)
		})
	}
}

// assertMergedNodes checks the nodes of xiFirst and xiSecond merged.
func assertMergedNodes(t *testing.T, s *Store) {
	leader := cypherRows(t, s, "MATCH (n:Leader {key: 'xi-jinping'}) RETURN n", nil)
	require.Len(t, leader, 1)
	props := plain(leader[0]["n"]).(map[string]any)
	assert.Equal(t, "Xi Jinping", props["name"])
	assert.Equal(t, "Tập Cận Bình", props["name_vi"], "null never overwrites")
	assert.Equal(t, "president", props["role"], "null never overwrites")
	assert.ElementsMatch(t, []any{"Tập Cận Bình", "ông Tập", "Tập", "Chủ tịch Tập"}, props["aliases"])
	assert.Len(t, props["aliases_text"], len("Tập Cận Bình ông Tập Tập Chủ tịch Tập"))

	summit := cypherRows(t, s, "MATCH (n:Summit) RETURN n.date AS date, n.status AS status, n.city AS city, n.name AS name", nil)
	require.Len(t, summit, 1)
	assert.Equal(t, "2022-02-04", summit[0]["date"], "the more precise date wins")
	assert.Equal(t, "held", summit[0]["status"], "held outranks planned")
	assert.Equal(t, "Beijing", summit[0]["city"])
	assert.Equal(t, "Putin–Xi meeting in Beijing", summit[0]["name"])

	org := cypherRows(t, s, "MATCH (o:Organization {key: 'SCO'}) RETURN o.name AS name, o.name_vi AS name_vi", nil)
	require.Len(t, org, 1)
	assert.Equal(t, "Shanghai Cooperation Organisation", org[0]["name"], "an empty name never overwrites")
	assert.Equal(t, "Tổ chức Hợp tác Thượng Hải", org[0]["name_vi"])
}

// assertMergedFacts checks the relationships of xiFirst and xiSecond merged.
func assertMergedFacts(t *testing.T, s *Store) {
	member := cypherRows(t, s, "MATCH (:Country {iso2: 'CN'})-[r:MEMBER_OF]->(:Organization {key: 'SCO'}) RETURN r", nil)
	require.Len(t, member, 1)
	rel := plain(member[0]["r"]).(map[string]any)
	assert.Equal(t, "member", rel["status"], "member outranks applicant")
	assert.Equal(t, "2001", rel["since"], "the earliest since")
	assert.ElementsMatch(t, []any{"a1", "a2"}, rel["sources"])

	met := cypherRows(t, s, "MATCH (:Leader)-[r:MET_AT]->(:Summit) RETURN r.sources AS sources, r.evidence AS evidence", nil)
	require.Len(t, met, 1)
	assert.ElementsMatch(t, []any{"a1", "a2"}, met[0]["sources"])
	assert.ElementsMatch(t, []any{
		"a1:10-52 Ông Tập sẽ gặp ông Putin vào tháng Hai.",
		"a2:0-40 Hai nhà lãnh đạo gặp nhau ngày 4/2.",
	}, met[0]["evidence"])

	mentions := cypherRows(t, s, "MATCH (a:Article)-[:MENTIONS]->(x) RETURN a.id AS id, count(x) AS n ORDER BY id", nil)
	assert.Equal(t, []map[string]any{{"id": "a1", "n": int64(4)}, {"id": "a2", "n": int64(4)}}, mentions)

	article := cypherRows(t, s, "MATCH (a:Article {id: 'a1'}) RETURN a.source AS source, a.title AS title, a.published AS published, a.language AS language", nil)
	assert.Equal(t, []map[string]any{{"source": "one.txt", "title": "One", "published": "2022-01-20", "language": "vi"}}, article)
}

func TestWriteTwiceChangesNothing(t *testing.T) {
	s := emptyStore(t)
	ctx := context.Background()
	batch := []model.Extraction{xiFirst, xiSecond}

	first, err := s.Write(ctx, batch)
	require.NoError(t, err)
	assert.Equal(t, WriteResult{Articles: 2, Nodes: 6, Relationships: 11}, first)
	before, err := s.Stats(ctx)
	require.NoError(t, err)

	second, err := s.Write(ctx, batch)
	require.NoError(t, err)
	assert.Equal(t, WriteResult{Skipped: 2}, second)
	again, err := s.Write(ctx, []model.Extraction{xiSecond, xiSecond, xiFirst})
	require.NoError(t, err)
	assert.Equal(t, WriteResult{Skipped: 3}, again)

	after, err := s.Stats(ctx)
	require.NoError(t, err)
	assert.Equal(t, before, after)
	assert.Equal(t, map[string]int64{"Leader": 1, "Country": 1, "Organization": 1, "Summit": 1, "Article": 2}, after.Labels)

	// No list property holds a duplicate.
	lists := cypherRows(t, s, `
		MATCH (n) UNWIND [n.aliases] AS l WITH l WHERE l IS NOT NULL RETURN l
		UNION ALL
		MATCH ()-[r]->() UNWIND [r.sources, r.evidence] AS l WITH l WHERE l IS NOT NULL RETURN l`, nil)
	require.NotEmpty(t, lists)
	for _, row := range lists {
		l := row["l"].([]any)
		seen := map[any]bool{}
		for _, v := range l {
			assert.False(t, seen[v], "duplicate %v in %v", v, l)
			seen[v] = true
		}
	}
}

func TestWriteRejects(t *testing.T) {
	missing := xiFirst
	missing.Article.ID = "a-missing"
	missing.Relations = append([]model.Relation{}, xiFirst.Relations...)
	missing.Relations = append(missing.Relations, model.Relation{Type: model.RelMetAt, From: "vladimir-putin", To: "2022-02-cn-ru-beijing"})

	noID := xiFirst
	noID.Article.ID = ""

	badLabel := xiFirst
	badLabel.Entities = []model.Entity{{Key: "x", Label: "Person) DETACH DELETE (n"}}
	badLabel.Relations = nil

	badType := xiFirst
	badType.Relations = []model.Relation{{Type: "KNOWS]->() DETACH DELETE n //", From: "xi-jinping", To: "CN"}}

	tests := []struct {
		name string
		ex   model.Extraction
		want []string
	}{
		{"missing endpoint", missing, []string{"a-missing", "one.txt", `"vladimir-putin"`}},
		{"no article id", noID, []string{"one.txt", "no id"}},
		{"unknown label", badLabel, []string{"unknown label"}},
		{"unknown type", badType, []string{"unknown relationship type"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := emptyStore(t)
			_, err := s.Write(context.Background(), []model.Extraction{xiSecond, tt.ex})
			require.Error(t, err)
			for _, w := range tt.want {
				assert.Contains(t, err.Error(), w)
			}
			st, err := s.Stats(context.Background())
			require.NoError(t, err)
			assert.Empty(t, st.Labels, "nothing of a rejected batch is written")
		})
	}
}

func TestInjectionIsStoredVerbatim(t *testing.T) {
	s := emptyStore(t)
	ctx := context.Background()
	_, err := s.Write(ctx, []model.Extraction{xiFirst})
	require.NoError(t, err)
	before, err := s.Stats(ctx)
	require.NoError(t, err)

	evil := "x'}) DETACH DELETE n //"
	ex := model.Extraction{
		Article:  model.Article{ID: "evil'}) DETACH DELETE n //", Source: evil, Title: evil},
		Entities: []model.Entity{{Key: evil, Label: model.LabelLeader, Name: evil, Props: map[string]any{"aliases": []string{evil, "` MATCH (m) DELETE m"}}}},
	}
	_, err = s.Write(ctx, []model.Extraction{ex})
	require.NoError(t, err)

	after, err := s.Stats(ctx)
	require.NoError(t, err)
	assert.Equal(t, before.Labels["Leader"]+1, after.Labels["Leader"])
	assert.Equal(t, before.Labels["Article"]+1, after.Labels["Article"])
	assert.Equal(t, before.Types["MET_AT"], after.Types["MET_AT"])
	rows := cypherRows(t, s, "MATCH (n:Leader {key: $k}) RETURN n.name AS name, n.aliases AS aliases", map[string]any{"k": evil})
	assert.Equal(t, []map[string]any{{"name": evil, "aliases": []any{"` MATCH (m) DELETE m", evil}}}, rows, "aliases in order")

	_, found, err := s.Run(ctx, lookup(t, "name-search"), map[string]any{"q": evil})
	require.NoError(t, err)
	assert.NotEmpty(t, found)
	after2, err := s.Stats(ctx)
	require.NoError(t, err)
	assert.Equal(t, after, after2)
}

// Each value is seen by its own article (ids a, b, c... in the order of
// values), one article a batch; the graph keeps want whichever order the
// articles come in.
func TestMergeRules(t *testing.T) {
	tests := []struct {
		name   string
		prop   string // a Summit property, or MEMBER_OF's status or since
		rel    bool
		values []any
		want   any
	}{
		{"month and day", "date", false, []any{"2022-02", "2022-02-04"}, "2022-02-04"},
		{"year beats no year", "date", false, []any{"--02-04", "2022"}, "2022"},
		{"no year loses", "end_date", false, []any{"2022", "--02-04"}, "2022"},
		{"a tie goes to the smallest article id", "date", false, []any{"2022-02-04", "2022-02-05"}, "2022-02-04"},
		{"a tie goes to the most articles", "date", false, []any{"2022-02-04", "2022-02-05", "2022-02-05"}, "2022-02-05"},
		{"null is no vote", "date", false, []any{"2022", nil}, "2022"},
		{"held beats planned", "status", false, []any{"held", "planned"}, "held"},
		{"held beats cancelled", "status", false, []any{"cancelled", "held", "cancelled"}, "held"},
		{"cancelled beats planned", "status", false, []any{"planned", "cancelled"}, "cancelled"},
		{"the most articles", "city", false, []any{"Peking", "Beijing", nil, "Beijing"}, "Beijing"},
		{"equally many: the smallest article id", "city", false, []any{"Peking", "Beijing", nil}, "Peking"},
		{"founding member beats member", "status", true, []any{"member", "founding_member", "observer"}, "founding_member"},
		{"partner beats observer", "status", true, []any{"observer", "applicant", "partner"}, "partner"},
		{"earliest since", "since", true, []any{"2005", "2001-06-15", "2010"}, "2001-06-15"},
		{"since with a year beats one without", "since", true, []any{"--06", "2001"}, "2001"},
	}
	for _, tt := range tests {
		for _, reversed := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/reversed %v", tt.name, reversed), func(t *testing.T) {
				s := emptyStore(t)
				ctx := context.Background()
				for k := range tt.values {
					i := k
					if reversed {
						i = len(tt.values) - 1 - k
					}
					_, err := s.Write(ctx, []model.Extraction{mergeRuleArticle(i, tt.prop, tt.rel, tt.values[i])})
					require.NoError(t, err)
				}
				q := "MATCH (n:Summit {key: 's'}) RETURN n[$p] AS v"
				if tt.rel {
					q = "MATCH ()-[r:MEMBER_OF]->() RETURN r[$p] AS v"
				}
				assert.Equal(t, []map[string]any{{"v": tt.want}}, cypherRows(t, s, q, map[string]any{"p": tt.prop}))
			})
		}
	}
}

// mergeRuleArticle is article i of TestMergeRules: it states that prop of
// summit s (or of CN MEMBER_OF SCO, rel) is v.
func mergeRuleArticle(i int, prop string, rel bool, v any) model.Extraction {
	summit := model.Entity{Key: "s", Label: model.LabelSummit, Props: map[string]any{}}
	fact := model.Relation{Type: model.RelMemberOf, From: "CN", To: "SCO", Props: map[string]any{}}
	if rel {
		fact.Props[prop] = v
	} else {
		summit.Props[prop] = v
	}
	return model.Extraction{
		Article: model.Article{ID: string(rune('a' + i))},
		Entities: []model.Entity{summit,
			{Key: "CN", Label: model.LabelCountry}, {Key: "SCO", Label: model.LabelOrganization}},
		Relations: []model.Relation{fact},
	}
}

// TestSummitSpanMovesTogether holds that a summit's end date goes with the
// date it belongs to: a more precise date from a later article brings its
// own span, and a vaguer one changes neither.
func TestSummitSpanMovesTogether(t *testing.T) {
	tests := []struct {
		name     string
		spans    [][2]any // date, end_date per article, in order
		wantDate string
		wantEnd  any
	}{
		{"precise date brings its span", [][2]any{{"2022-09", nil}, {"2022-09-15", "2022-09-16"}}, "2022-09-15", "2022-09-16"},
		{"vaguer date keeps the span", [][2]any{{"2022-09-15", "2022-09-16"}, {"2022", "2022-12-31"}}, "2022-09-15", "2022-09-16"},
		{"new precise date drops an end before it", [][2]any{{"2022", "2022-03-05"}, {"2022-11-21", nil}}, "2022-11-21", nil},
		{"same date fills the span", [][2]any{{"2022-09-15", nil}, {"2022-09-15", "2022-09-16"}}, "2022-09-15", "2022-09-16"},
	}
	for _, tt := range tests {
		var exs []model.Extraction
		for i, sp := range tt.spans {
			exs = append(exs, model.Extraction{
				Article:  model.Article{ID: string(rune('a' + i))},
				Entities: []model.Entity{{Key: "s", Label: model.LabelSummit, Props: map[string]any{"date": sp[0], "end_date": sp[1]}}},
			})
		}
		// One article a batch: the graph merges; all in one batch: the
		// writer folds the rows first (foldEntities), by the same rules.
		for _, oneBatch := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/one batch %v", tt.name, oneBatch), func(t *testing.T) {
				s := emptyStore(t)
				if oneBatch {
					_, err := s.Write(context.Background(), exs)
					require.NoError(t, err)
				} else {
					for _, ex := range exs {
						_, err := s.Write(context.Background(), []model.Extraction{ex})
						require.NoError(t, err)
					}
				}
				got := cypherRows(t, s, "MATCH (n:Summit {key: 's'}) RETURN n.date AS date, n.end_date AS end", nil)
				assert.Equal(t, []map[string]any{{"date": tt.wantDate, "end": tt.wantEnd}}, got)
			})
		}
	}
}
