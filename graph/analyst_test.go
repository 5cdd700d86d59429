package graph

import (
	"context"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kg/model"
)

// How a name resolved is said when it was not exact (issue: names resolve
// silently): by key or a whole name nothing is said; without diacritics,
// by part of the name, with a typo, or as the best of several, one line.
func TestNameNotices(t *testing.T) {
	s := queryStore(t)
	tests := []struct {
		query  string
		params map[string]any
		match  Match
		notice string
	}{
		{"co-attendance", map[string]any{"leader": tqVardy}, MatchKey, ""},
		{"co-attendance", map[string]any{"leader": "Vardy"}, MatchName, ""},
		{"co-attendance", map[string]any{"leader": "TỔNG THỐNG  vardy"}, MatchName, ""},
		{"co-attendance", map[string]any{"leader": "Quan Liễu Thành"}, MatchName, ""},
		{"co-attendance", map[string]any{"leader": "Zoltan"}, MatchWords, `leader "Zoltan": Zoltan Vardy (part of the name)`},
		{"co-attendance", map[string]any{"leader": "Vardyy"}, MatchClosest, `leader "Vardyy": Zoltan Vardy (closest match)`},
		{"agreements-of", map[string]any{"party": "xa na du"}, MatchFolded, `party "xa na du": Xanadu (Country; the name without diacritics)`},
		{"agreements-of", map[string]any{"party": "Xa-na-đu"}, MatchName, ""},
		{"co-attendance", map[string]any{"leader": "Quan Thanhh"}, MatchClosest, `leader "Quan Thanhh": Quan Lieu Thanh (closest match; best of 2, then Quan Lieu Minh)`},
		{"co-attendance", map[string]any{"leader": "Quan Thanh Vardy"}, MatchClosest, `leader "Quan Thanh Vardy": Quan Lieu Thanh (closest match; best of 3, then Zoltan Vardy, Quan Lieu Minh)`},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.params), func(t *testing.T) {
			ans, err := s.Answer(context.Background(), lookup(t, tt.query), tt.params)
			require.NoError(t, err)
			require.Len(t, ans.Names, 1)
			assert.Equal(t, tt.match, ans.Names[0].Match)
			assert.Equal(t, tt.notice, ans.Names[0].Notice())
			assert.NotEmpty(t, ans.Rows, "the query answers for the node the notice names")
		})
	}
}

// An unknown parameter is an error that names the closest parameter and
// all the query takes, also when the misspelt one is a required name
// (issue: a misspelt parameter is ignored).
func TestUnknownParameterNamesTheClosest(t *testing.T) {
	s := openStore(t)
	tests := []struct {
		query  string
		params map[string]any
		want   string
	}{
		{"leader-timeline", map[string]any{"leadr": "Putin"}, `query leader-timeline has no parameter "leadr"; did you mean leader? It takes: leader, limit`},
		{"leader-timeline", map[string]any{"leader": "Putin", "limt": "5"}, `query leader-timeline has no parameter "limt"; did you mean limit? It takes: leader, limit`},
		{"meetings-between", map[string]any{"a": "Putin", "B": "Xi"}, `query meetings-between has no parameter "B"; did you mean b? It takes: a, b, limit`},
		{"overview", map[string]any{"q": "x"}, `query overview takes no parameters, and was given "q"`},
		{"meetings-between", map[string]any{"a": "Putin"}, `query meetings-between needs parameter b (the other leader's name, the same way)`},
	}
	for _, tt := range tests {
		q := lookup(t, tt.query)
		assert.EqualError(t, q.CheckParams(tt.params), tt.want, "before connecting")
		_, err := s.Answer(context.Background(), q, tt.params)
		assert.EqualError(t, err, tt.want, "and on the server")
		_, _, err = s.Run(context.Background(), q, tt.params)
		assert.EqualError(t, err, tt.want, "Run checks too")
	}
}

// countWorld: A and B meet at three held events on 2031-03-04 in one
// city (talks, a summit, a trilateral with C), held talks dated only
// 2031-05, a held visit with no year (--07), a planned visit and a
// cancelled call.
func countWorld() []model.Extraction {
	leader := func(key, name string) model.Entity {
		return model.Entity{Key: key, Label: model.LabelLeader, Name: name, Props: map[string]any{"aliases": []string{name}, "country": "XA"}}
	}
	summit := func(key, kind, date, city, status string) model.Entity {
		var c any
		if city != "" {
			c = city
		}
		return model.Entity{Key: key, Label: model.LabelSummit, Name: key, Props: map[string]any{"kind": kind, "date": date, "city": c, "country": "XA", "status": status}}
	}
	ex := model.Extraction{
		Article: model.Article{ID: "test-c-1", Source: "c.txt", Language: "vi"},
		Entities: []model.Entity{
			leader("test-c-a", "Aaron Countwell"), leader("test-c-b", "Bertil Countwell"), leader("test-c-c", "Cyrus Countwell"),
			summit("test-c-talks", "bilateral", "2031-03-04", "Vostrograd", "held"),
			summit("test-c-summit", "summit", "2031-03-04", "Vostrograd", "held"),
			summit("test-c-tri", "summit", "2031-03-04", "Vostrograd", "held"),
			summit("test-c-may", "bilateral", "2031-05", "Vostrograd", "held"),
			summit("test-c-july", "state_visit", "--07", "", "held"),
			summit("test-c-planned", "state_visit", "2032", "Vostrograd", "planned"),
			summit("test-c-cancelled", "phone_call", "2032-02-01", "", "cancelled"),
		},
	}
	for _, s := range []string{"test-c-talks", "test-c-summit", "test-c-tri", "test-c-may", "test-c-july", "test-c-planned", "test-c-cancelled"} {
		for _, l := range []string{"test-c-a", "test-c-b"} {
			ex.Relations = append(ex.Relations, model.Relation{Type: model.RelMetAt, From: l, To: s, Evidence: tqEvidence("A và B gặp nhau.")})
		}
	}
	ex.Relations = append(ex.Relations, model.Relation{Type: model.RelMetAt, From: "test-c-c", To: "test-c-tri", Evidence: tqEvidence("C cũng dự.")})
	return []model.Extraction{ex}
}

// Counts of meetings count meetings held, and held events on one day in
// one place once; planned and cancelled ones apart (issue: counts inflate).
func TestCoAttendanceCountsMeetingsHeld(t *testing.T) {
	s := emptyStore(t)
	ctx := context.Background()
	_, err := s.Write(ctx, countWorld())
	require.NoError(t, err)
	cols, rows, err := s.Run(ctx, lookup(t, "co-attendance"), map[string]any{"leader": "test-c-a"})
	require.NoError(t, err)
	assert.Equal(t, []string{"leader", "met", "met_key", "country", "meetings", "planned", "cancelled", "last", "summits"}, cols)
	require.Len(t, rows, 2)
	b, c := rows[0], rows[1]
	assert.Equal(t, "test-c-b", b["met_key"])
	assert.Equal(t, int64(3), b["meetings"], "2031-03-04 in Vostrograd once, 2031-05, --07")
	assert.Equal(t, int64(1), b["planned"])
	assert.Equal(t, int64(1), b["cancelled"])
	assert.Equal(t, "2031-05", b["last"], "the latest held, not the planned 2032")
	assert.ElementsMatch(t, strs("test-c-may", "test-c-talks", "test-c-summit", "test-c-tri", "test-c-july"), b["summits"], "held ones only")
	assert.Equal(t, "test-c-july", b["summits"].([]any)[4], "no year: older than any dated one")
	assert.Equal(t, "test-c-c", c["met_key"])
	assert.Equal(t, int64(1), c["meetings"])
	assert.Equal(t, int64(0), c["planned"])
}

// name-search drops hits far below the best, and an unknown organisation
// is not "close" to one that shares no more than two letters of a short
// word with it (issue: name-search lists noise).
func TestNameSearchCutsNoise(t *testing.T) {
	s := emptyStore(t)
	ctx := context.Background()
	org := func(acr, name, vi string) model.Entity {
		return model.Entity{Key: acr, Label: model.LabelOrganization, Name: name, Props: map[string]any{"acronym": acr, "name_vi": vi}}
	}
	ex := model.Extraction{
		Article: model.Article{ID: "test-n-1", Source: "n.txt", Language: "vi"},
		Entities: []model.Entity{
			{Key: "xi-jinping", Label: model.LabelLeader, Name: "Xi Jinping", Props: map[string]any{"name_vi": "Tập Cận Bình", "aliases": []string{"Tập Cận Bình", "ông Tập"}, "country": "CN"}},
			org("APEC", "Asia-Pacific Economic Cooperation", "Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương"),
			org("SCO", "Shanghai Cooperation Organisation", "Tổ chức Hợp tác Thượng Hải"),
			{Key: "beijing", Label: model.LabelCity, Name: "Beijing", Props: map[string]any{"name_vi": "Bắc Kinh", "country": "CN"}},
		},
	}
	_, err := s.Write(ctx, []model.Extraction{ex})
	require.NoError(t, err)
	cypherRows(t, s, "CALL db.awaitIndexes()", nil)
	for q, want := range map[string][]any{
		"tap can binh": strs("xi-jinping"),
		"hợp tác":      strs("SCO", "APEC"), // both have the words: neither is noise
	} {
		rows := run(t, s, "name-search", map[string]any{"q": q})
		assert.Equal(t, want, column(rows, "key"), q)
	}
	all := cypherRows(t, s, "CALL db.index.fulltext.queryNodes('entity_names', 'tap^4 tap* can^4 can* binh^4 binh* binh~1') YIELD node RETURN count(*) AS n", nil)
	assert.Greater(t, all[0]["n"], int64(1), "the index does find APEC for 'tap can binh': the query cuts it")

	_, err = s.Answer(ctx, lookup(t, "org-members"), map[string]any{"org": "ASEAN"})
	var nerr *NameError
	require.ErrorAs(t, err, &nerr)
	assert.Empty(t, nerr.Closest, "APEC is no suggestion for ASEAN: %v", err)
	_, err = s.Answer(ctx, lookup(t, "org-members"), map[string]any{"org": "Shanghia Cooperation"})
	require.NoError(t, err, "a typo in a long word still finds it")
}
