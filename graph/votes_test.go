package graph

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kg/model"
)

// summitSaid is an article that states what it knows of summit s.
func summitSaid(id string, props map[string]any) model.Extraction {
	return model.Extraction{
		Article:  model.Article{ID: id},
		Entities: []model.Entity{{Key: "s", Label: model.LabelSummit, Name: fmt.Sprint(props["name"]), Props: props}},
	}
}

// writeOnClient merges the summit of the batches as the writer does, on
// the client alone: each batch folded (foldEntities), its votes added to
// what the node has (statement.merged), as the graph would hold it.
func writeOnClient(t *testing.T, batches [][]model.Extraction) map[string]any {
	t.Helper()
	st := statement{label: model.LabelSummit, merge: true}
	var node map[string]any
	for _, b := range batches {
		p := newPlan(b)
		rows := finishEntities(foldEntities(sortRows(p.entities[model.LabelSummit])), model.LabelSummit)
		require.Len(t, rows, 1)
		if node == nil {
			node = map[string]any{"key": "s"}
			for k, v := range rows[0].values["props"].(map[string]any) {
				node[k] = normalValue(v)
			}
			continue
		}
		set, err := st.merged(rows[0], node)
		require.NoError(t, err)
		for k, v := range set {
			if v == nil {
				delete(node, k)
			} else {
				node[k] = normalValue(v)
			}
		}
	}
	return node
}

// The merged summit, votes included, is the same whatever the order of
// the articles and however they are cut into batches.
func TestVotesDecideWhateverTheOrder(t *testing.T) {
	said := []model.Extraction{
		summitSaid("a5", map[string]any{"name": "SCO summit, Samarkand", "city": "Samarkand", "country": "UZ", "date": "2022-09-15", "end_date": "2022-09-16", "status": "held"}),
		summitSaid("b1", map[string]any{"name": "SCO summit", "city": "Tashkent", "country": "UZ", "date": "2022-09-15", "status": "planned"}),
		summitSaid("c7", map[string]any{"name": "SCO summit, Samarkand", "city": "Samarkand", "date": "2022-09", "end_date": nil, "status": "held"}),
		summitSaid("d2", map[string]any{"name": "SCO summit", "city": nil, "country": "KZ", "date": "2022-09-16", "status": "held"}),
		summitSaid("e3", map[string]any{"name": "SCO summit", "city": "Samarkand", "country": "UZ", "date": "2022-09-15", "end_date": "2022-09-17", "kind": "summit"}),
		summitSaid("f0", map[string]any{"name": "SCO summit, Samarkand", "kind": "summit", "date": "2022-09-15", "end_date": "2022-09-16"}),
	}
	want := writeOnClient(t, [][]model.Extraction{said})
	assert.Equal(t, map[string]any{
		"key": "s", "name": "SCO summit, Samarkand", "city": "Samarkand", "country": "UZ", "kind": "summit",
		"date": "2022-09-15", "end_date": "2022-09-16", "status": "held", votesProp: want[votesProp],
	}, want, "precision, then ladder, then the most articles; end_date and country go with date and city")

	r := rand.New(rand.NewPCG(1, 2))
	for round := range 200 {
		exs := append([]model.Extraction{}, said...)
		r.Shuffle(len(exs), func(i, j int) { exs[i], exs[j] = exs[j], exs[i] })
		var batches [][]model.Extraction
		for len(exs) > 0 {
			n := 1 + r.IntN(len(exs))
			batches = append(batches, exs[:n])
			exs = exs[n:]
		}
		require.Equal(t, want, writeOnClient(t, batches), "round %d: %d batches", round, len(batches))
	}
}

// The votes property holds what is needed to go on counting, in few bytes
// when the articles agree.
func TestEncodeVotes(t *testing.T) {
	rules := rulesFor(model.LabelSummit, "")
	tests := []struct {
		name  string
		votes func(t *tally)
		want  string
	}{
		{"one article", func(t *tally) {
			t.add("name", "X", nil, "a1")
			t.add("city", "Hanoi", nil, "a1")
			t.add("country", "VN", "Hanoi", "a1")
		}, `{"a":"a1","n":1}`},
		{"articles that agree", func(t *tally) {
			for _, id := range []string{"c3", "a1", "b2"} {
				t.add("name", "X", "2022-09", id) // a name goes with the date
				t.add("date", "2022-09", nil, id)
			}
		}, `{"a":"a1","n":3}`},
		{"articles that disagree", func(t *tally) {
			t.add("name", "X", nil, "b2")
			t.add("city", "Hanoi", nil, "b2")
			t.add("city", "Moscow", nil, "a1")
			t.add("city", "Hanoi", nil, "c3")
		}, `{"a":"b2","n":1,"v":{"city":[["Hanoi",2,"b2"],["Moscow",1,"a1"]]}}`},
		{"a property that goes with another keeps it", func(t *tally) {
			t.add("date", "2022-09-15", nil, "a1")
			t.add("end_date", "2022-09-16", "2022-09-15", "a1")
			t.add("end_date", "2022-09-30", "2022-09", "b2")
			t.add("date", "2022-09", nil, "b2")
		}, `{"v":{"date":[["2022-09",1,"b2"],["2022-09-15",1,"a1"]],"end_date":[["2022-09-16",1,"a1","2022-09-15"],["2022-09-30",1,"b2","2022-09"]]}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			votes := &tally{}
			tt.votes(votes)
			props := votes.winners(rules)
			enc := encodeVotes(votes, props, rules)
			assert.Equal(t, tt.want, enc)

			stored := map[string]any{votesProp: enc}
			for k, v := range props {
				stored[k] = v
			}
			var voted []string
			for k := range props {
				voted = append(voted, k)
			}
			back, err := decodeVotes(stored, voted, rules)
			require.NoError(t, err)
			assert.Equal(t, props, back.winners(rules), "the same winners")
			assert.Equal(t, enc, encodeVotes(back, props, rules), "the same votes")
		})
	}
}

func TestDecodeVotesRejectsGarbage(t *testing.T) {
	for _, s := range []string{"{", `{"v":{"city":[["x"]]}}`, `[1]`} {
		_, err := decodeVotes(map[string]any{votesProp: s, "city": "x"}, []string{"city"}, nil)
		assert.Error(t, err, s)
	}
}

// What wins, property by property, for a summit that articles disagree on.
func TestWinners(t *testing.T) {
	type said struct {
		id    string
		props map[string]any
	}
	tests := []struct {
		name string
		said []said
		want map[string]any
	}{
		{"the name of an article that gives the winning date", []said{
			{"a1", map[string]any{"name": "talks, 2022-02", "date": "2022-02"}},
			{"a2", map[string]any{"name": "talks, 2022-02", "date": "2022-02"}},
			{"b1", map[string]any{"name": "talks, 2022-02-04", "date": "2022-02-04"}},
		}, map[string]any{"name": "talks, 2022-02-04", "date": "2022-02-04"}},
		{"else the name most articles give", []said{
			{"a1", map[string]any{"name": "talks"}},
			{"a2", map[string]any{"name": "talks, Beijing"}},
			{"a3", map[string]any{"name": "talks, Beijing"}},
			{"b1", map[string]any{"date": "2022-02-04"}},
		}, map[string]any{"name": "talks, Beijing", "date": "2022-02-04"}},
		{"the country of the winning city", []said{
			{"a1", map[string]any{"city": nil, "country": "VN"}},
			{"a2", map[string]any{"city": nil, "country": "VN"}},
			{"b1", map[string]any{"city": "Tokyo", "country": "JP"}},
		}, map[string]any{"city": "Tokyo", "country": "JP"}},
		{"no end from another date", []said{
			{"a1", map[string]any{"date": "2022", "end_date": "2022-03-05"}},
			{"b1", map[string]any{"date": "2022-11-21"}},
		}, map[string]any{"date": "2022-11-21"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var exs []model.Extraction
			for _, s := range tt.said {
				name, _ := s.props["name"].(string)
				props := map[string]any{}
				for k, v := range s.props {
					if k != "name" {
						props[k] = v
					}
				}
				exs = append(exs, model.Extraction{Article: model.Article{ID: s.id},
					Entities: []model.Entity{{Key: "s", Label: model.LabelSummit, Name: name, Props: props}}})
			}
			got := writeOnClient(t, [][]model.Extraction{exs})
			delete(got, "key")
			delete(got, votesProp)
			assert.Equal(t, tt.want, got)
		})
	}
}
