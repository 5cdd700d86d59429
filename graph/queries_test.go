package graph

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kg/model"
)

// A small world of its own for the prepared queries: every key starts with
// "test-q-" (countries use the user-assigned codes XA and XB), so it lives
// beside whatever else the shared database holds and is removed afterwards.
//
// Zoltan Vardy (XA) and Quan Liễu Thành (XB) meet three times: talks in
// Vostrograd (article 1), the TQO summit (stated by both articles, the
// second less precisely), a phone call (article 2). Quan Liễu Minh (XB)
// attends the summit. XA and XB belong to the TQO and sign the Vostrograd
// Declaration at the summit, with both presidents.
const (
	tqArt1   = "test-q-art-1"
	tqArt2   = "test-q-art-2"
	tqVardy  = "test-q-zoltan-vardy"
	tqThanh  = "test-q-quan-lieu-thanh"
	tqMinh   = "test-q-quan-lieu-minh"
	tqOrg    = "test-q-tqo"
	tqCity   = "test-q-vostrograd"
	tqTalks  = "test-q-talks-2031-03"
	tqSummit = "test-q-tqo-summit-2031"
	tqCall   = "test-q-call-2032-01"
	tqDecl   = "test-q-vostrograd-declaration"
)

func tqEvidence(text string) []model.Evidence {
	return []model.Evidence{{Text: text, Start: 0, End: len(text)}}
}

// tqWorld holds the entities of the test-q graph (the TQO summit as each
// article states it).
type tqWorld struct {
	vardy, thanh, minh, xa, xb, org, city, talks, summit1, summit2, call, decl model.Entity
}

func tqEntities() tqWorld {
	vardy := model.Entity{Key: tqVardy, Label: model.LabelLeader, Name: "Zoltan Vardy", Props: map[string]any{
		"name_vi": "Dôn-tan Vác-đi", "aliases": []string{"Vardy", "Zoltan Vardy", "Tổng thống Vardy"}, "role": "president", "country": "XA"}}
	thanh := model.Entity{Key: tqThanh, Label: model.LabelLeader, Name: "Quan Lieu Thanh", Props: map[string]any{
		"name_vi": "Quan Liễu Thành", "aliases": []string{"Quan Liễu Thành", "ông Thành"}, "role": "president", "country": "XB"}}
	minh := model.Entity{Key: tqMinh, Label: model.LabelLeader, Name: "Quan Lieu Minh", Props: map[string]any{
		"name_vi": "Quan Liễu Minh", "aliases": []string{"Quan Liễu Minh", "ông Minh"}, "role": "foreign minister", "country": "XB"}}
	xa := model.Entity{Key: "XA", Label: model.LabelCountry, Name: "Xanadu", Props: map[string]any{"iso2": "XA", "name_vi": "Xa-na-đu"}}
	xb := model.Entity{Key: "XB", Label: model.LabelCountry, Name: "Xabaria", Props: map[string]any{"iso2": "XB", "name_vi": "Xa-ba-ri-a"}}
	org := model.Entity{Key: tqOrg, Label: model.LabelOrganization, Name: "Transquartic Organisation", Props: map[string]any{
		"acronym": "TQO", "name_vi": "Tổ chức Xuyên Tứ Phương"}}
	city := model.Entity{Key: tqCity, Label: model.LabelCity, Name: "Vostrograd", Props: map[string]any{"name_vi": "Vô-xtơ-rô-grát", "country": "XA"}}
	talks := model.Entity{Key: tqTalks, Label: model.LabelSummit, Name: "Vostrograd talks 2031", Props: map[string]any{
		"kind": "bilateral", "date": "2031-03-04", "end_date": nil, "city": "Vostrograd", "country": "XA", "org": nil, "status": "held"}}
	summit1 := model.Entity{Key: tqSummit, Label: model.LabelSummit, Name: "TQO summit 2031", Props: map[string]any{
		"kind": "summit", "date": "2031-07-15", "end_date": "2031-07-16", "city": "Vostrograd", "country": "XA", "org": "TQO", "status": "held"}}
	summit2 := model.Entity{Key: tqSummit, Label: model.LabelSummit, Name: "TQO summit 2031", Props: map[string]any{
		"kind": "summit", "date": "2031-07", "end_date": nil, "city": nil, "country": "XA", "org": "TQO", "status": "planned"}}
	call := model.Entity{Key: tqCall, Label: model.LabelSummit, Name: "Phone call, January 2032", Props: map[string]any{
		"kind": "phone_call", "date": "2032-01-10", "end_date": nil, "city": nil, "country": nil, "org": nil, "status": "held"}}
	decl := model.Entity{Key: tqDecl, Label: model.LabelAgreement, Name: "Vostrograd Declaration", Props: map[string]any{
		"kind": "declaration", "date": "2031-07-15", "status": "signed"}}
	return tqWorld{vardy, thanh, minh, xa, xb, org, city, talks, summit1, summit2, call, decl}
}

func rel(typ, from, to, text string, props map[string]any) model.Relation {
	return model.Relation{Type: typ, From: from, To: to, Props: props, Evidence: tqEvidence(text)}
}

func tqExtractions() []model.Extraction {
	w := tqEntities()
	one := model.Extraction{
		Article:  model.Article{ID: tqArt1, Source: "test-q/one.txt", Title: "Test article one", Language: "vi"},
		Entities: []model.Entity{w.vardy, w.thanh, w.xa, w.xb, w.org, w.city, w.talks, w.summit1, w.decl},
		Relations: []model.Relation{
			rel(model.RelRepresents, tqVardy, "XA", "Tổng thống Xa-na-đu Vardy.", map[string]any{"role": "president"}),
			rel(model.RelRepresents, tqThanh, "XB", "Chủ tịch Xa-ba-ri-a Quan Liễu Thành.", map[string]any{"role": "president"}),
			rel(model.RelLocatedIn, tqCity, "XA", "Vostrograd, Xa-na-đu.", nil),
			rel(model.RelMetAt, tqVardy, tqTalks, "Vardy và Quan Liễu Thành hội đàm ở Vostrograd ngày 4/3/2031.", nil),
			rel(model.RelMetAt, tqThanh, tqTalks, "Vardy và Quan Liễu Thành hội đàm ở Vostrograd ngày 4/3/2031.", nil),
			rel(model.RelHeldIn, tqTalks, tqCity, "Vardy và Quan Liễu Thành hội đàm ở Vostrograd ngày 4/3/2031.", nil),
			rel(model.RelMetAt, tqVardy, tqSummit, "Hai ông dự thượng đỉnh TQO ngày 15-16/7/2031.", nil),
			rel(model.RelMetAt, tqThanh, tqSummit, "Hai ông dự thượng đỉnh TQO ngày 15-16/7/2031.", nil),
			rel(model.RelHeldIn, tqSummit, tqCity, "Thượng đỉnh TQO ở Vostrograd.", nil),
			rel(model.RelOf, tqSummit, tqOrg, "Thượng đỉnh TQO ở Vostrograd.", nil),
			rel(model.RelMemberOf, "XA", tqOrg, "Xa-na-đu sáng lập TQO năm 2030.", map[string]any{"status": "founding_member", "since": "2030"}),
			rel(model.RelMemberOf, "XB", tqOrg, "Xa-ba-ri-a gia nhập TQO năm 2031.", map[string]any{"status": "member", "since": "2031"}),
			rel(model.RelSigned, tqVardy, tqDecl, "Hai ông ký Tuyên bố Vostrograd.", nil),
			rel(model.RelSigned, tqThanh, tqDecl, "Hai ông ký Tuyên bố Vostrograd.", nil),
			rel(model.RelSigned, "XA", tqDecl, "Xa-na-đu và Xa-ba-ri-a ký Tuyên bố Vostrograd.", nil),
			rel(model.RelSigned, "XB", tqDecl, "Xa-na-đu và Xa-ba-ri-a ký Tuyên bố Vostrograd.", nil),
			rel(model.RelSignedAt, tqDecl, tqSummit, "Tuyên bố được ký tại thượng đỉnh TQO.", nil),
			rel(model.RelPartnerOf, "XA", "XB", "Hai nước thiết lập quan hệ đối tác chiến lược năm 2030.", map[string]any{"level": "strategic", "status": "established", "since": "2030"}),
		},
	}
	two := model.Extraction{
		Article:  model.Article{ID: tqArt2, Source: "test-q/two.txt", Title: "Test article two", Language: "vi"},
		Entities: []model.Entity{w.vardy, w.thanh, w.minh, w.xa, w.xb, w.org, w.summit2, w.call},
		Relations: []model.Relation{
			rel(model.RelRepresents, tqMinh, "XB", "Ngoại trưởng Xa-ba-ri-a Quan Liễu Minh.", map[string]any{"role": "foreign minister"}),
			rel(model.RelMetAt, tqVardy, tqSummit, "Tháng 7/2031, Vardy và ông Thành gặp nhau tại thượng đỉnh TQO.", nil),
			rel(model.RelMetAt, tqThanh, tqSummit, "Tháng 7/2031, Vardy và ông Thành gặp nhau tại thượng đỉnh TQO.", nil),
			rel(model.RelMetAt, tqMinh, tqSummit, "Ông Minh cũng dự thượng đỉnh.", nil),
			rel(model.RelOf, tqSummit, tqOrg, "Thượng đỉnh TQO.", nil),
			rel(model.RelMemberOf, "XB", tqOrg, "Xa-ba-ri-a là thành viên TQO.", map[string]any{"status": "member", "since": nil}),
			rel(model.RelMetAt, tqVardy, tqCall, "Ngày 10/1/2032, Vardy điện đàm với ông Thành.", nil),
			rel(model.RelMetAt, tqThanh, tqCall, "Ngày 10/1/2032, Vardy điện đàm với ông Thành.", nil),
			rel(model.RelPartnerOf, "XA", "XB", "Tháng 7/2031, hai nước nâng cấp quan hệ lên đối tác chiến lược toàn diện.", map[string]any{"level": "comprehensive_strategic", "status": "upgraded", "since": "2031-07"}),
		},
	}
	return []model.Extraction{one, two}
}

// deleteQueryGraph removes the nodes of tqExtractions, through the indexes
// of the key constraints.
func deleteQueryGraph(ctx context.Context, s *Store) error {
	for _, q := range []string{
		"MATCH (n:Leader) WHERE n.key STARTS WITH 'test-q-' DETACH DELETE n",
		"MATCH (n:Organization) WHERE n.key STARTS WITH 'test-q-' DETACH DELETE n",
		"MATCH (n:City) WHERE n.key STARTS WITH 'test-q-' DETACH DELETE n",
		"MATCH (n:Summit) WHERE n.key STARTS WITH 'test-q-' DETACH DELETE n",
		"MATCH (n:Agreement) WHERE n.key STARTS WITH 'test-q-' DETACH DELETE n",
		"MATCH (n:Article) WHERE n.id STARTS WITH 'test-q-' DETACH DELETE n",
		"MATCH (n:Country) WHERE n.iso2 IN ['XA', 'XB'] DETACH DELETE n",
	} {
		if _, err := s.execute(ctx, q, nil, ReadWrite); err != nil {
			return fmt.Errorf("remove the test-q graph: %w", err)
		}
	}
	return nil
}

// queryStore returns a store holding the test-q graph (and whatever else
// the database holds), removed again when the test ends.
func queryStore(t *testing.T) *Store {
	t.Helper()
	s := openStore(t)
	ctx := context.Background()
	require.NoError(t, s.ApplySchema(ctx))
	require.NoError(t, deleteQueryGraph(ctx, s)) // left over by a killed run
	t.Cleanup(func() {
		if err := deleteQueryGraph(context.Background(), s); err != nil {
			t.Errorf("clean up: %v", err)
		}
	})
	_, err := s.Write(ctx, tqExtractions())
	require.NoError(t, err)
	// The full-text index may lag the write a moment.
	deadline := time.Now().Add(10 * time.Second)
	for {
		_, rows, err := s.Run(ctx, lookup(t, "name-search"), map[string]any{"q": "Quan Liễu Minh"})
		require.NoError(t, err)
		if len(rows) > 0 && rows[0]["key"] == tqMinh {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the full-text index does not find the test graph's leaders")
		}
		time.Sleep(100 * time.Millisecond)
	}
	return s
}

// run runs a prepared query, the optional parameters it is not given null.
func run(t *testing.T, s *Store, name string, params map[string]any) []map[string]any {
	t.Helper()
	_, rows, err := s.Run(context.Background(), lookup(t, name), params)
	require.NoError(t, err, "%s %v", name, params)
	return rows
}

// column returns the values of col, in row order.
func column(rows []map[string]any, col string) []any {
	out := make([]any, len(rows))
	for i, r := range rows {
		out[i] = r[col]
	}
	return out
}

func strs(ss ...string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

func TestPreparedQueryAnswers(t *testing.T) {
	s := queryStore(t)
	for _, c := range []struct {
		name  string
		check func(*testing.T, *Store)
	}{
		{"meetings-between", answersMeetingsBetween},
		{"leader-timeline", answersLeaderTimeline},
		{"summit-attendees", answersSummitAttendees},
		{"org-members", answersOrgMembers},
		{"agreements-of", answersAgreementsOf},
		{"partners-of", answersPartnersOf},
		{"co-attendance", answersCoAttendance},
		{"shortest-path", answersShortestPath},
		{"evidence", answersEvidence},
		{"name-search", answersNameSearch},
		{"overview", answersOverview},
	} {
		t.Run(c.name, func(t *testing.T) { c.check(t, s) })
	}
}

func answersMeetingsBetween(t *testing.T, s *Store) {
	for _, p := range []map[string]any{
		{"a": "Vardy", "b": "Quan Liễu Thành"},
		{"a": "vardy", "b": "quan lieu thanh"},
		{"a": "ZOLTAN VARDY", "b": "ông Thành"},
		{"a": "Dôn-tan Vác-đi", "b": "Quan Lieu Thanh"},
		{"a": "Tổng thống Vardy", "b": tqThanh},
		{"a": "quan lieu thanh", "b": "vardy"},
		// Past the third word, words match only as they are.
		{"a": "ngài Tổng thống Xanadu Zoltan Vardy", "b": "Quan Liễu Thành"},
	} {
		t.Run(fmt.Sprint(p["a"], "+", p["b"]), func(t *testing.T) {
			rows := run(t, s, "meetings-between", p)
			require.Len(t, rows, 3, "each meeting once")
			assert.Equal(t, strs(tqTalks, tqSummit, tqCall), column(rows, "summit"))
			assert.Equal(t, strs("2031-03-04", "2031-07-15", "2032-01-10"), column(rows, "date"))
			summit := rows[1]
			assert.Equal(t, "TQO summit 2031", summit["name"])
			assert.Equal(t, "2031-07-16", summit["end_date"])
			assert.Equal(t, "summit", summit["kind"])
			assert.Equal(t, "Vostrograd", summit["city"])
			assert.Equal(t, "XA", summit["country"])
			assert.Equal(t, "TQO", summit["org"])
			assert.Equal(t, "held", summit["status"])
			assert.Equal(t, strs(tqArt1, tqArt2), summit["sources"], "both articles state it")
			assert.Equal(t, strs(tqArt1), rows[0]["sources"])
			assert.Equal(t, strs(tqArt2), rows[2]["sources"])
			assert.Equal(t, "phone_call", rows[2]["kind"])
			ev := fmt.Sprint(summit["evidence"])
			assert.Contains(t, ev, tqArt1+":0-")
			assert.Contains(t, ev, "Hai ông dự thượng đỉnh TQO")
			assert.Contains(t, ev, "Tháng 7/2031, Vardy và ông Thành")
			assert.Len(t, summit["evidence"], 2, "the same sentence for both leaders counts once")
		})
	}
	// The walk starts from the leader with fewer meetings (Minh has one,
	// Vardy three), whichever parameter names him.
	for _, p := range []map[string]any{{"a": "Quan Liễu Minh", "b": "Vardy"}, {"a": "Vardy", "b": "Quan Liễu Minh"}} {
		once := run(t, s, "meetings-between", p)
		assert.Equal(t, strs(tqSummit), column(once, "summit"), "Minh and Vardy meet once")
		assert.Equal(t, strs(tqArt1, tqArt2), once[0]["sources"])
	}
	assert.Empty(t, run(t, s, "meetings-between", map[string]any{"a": "Vardy", "b": "Zzyzxq Qwrtp"}))
}

func answersLeaderTimeline(t *testing.T, s *Store) {
	rows := run(t, s, "leader-timeline", map[string]any{"leader": "vardy"})
	require.Len(t, rows, 4)
	assert.Equal(t, strs(tqTalks, tqSummit, tqDecl, tqCall), column(rows, "key"))
	assert.Equal(t, strs("meeting", "meeting", "agreement", "meeting"), column(rows, "event"))
	assert.Equal(t, strs("Zoltan Vardy"), column(rows[:1], "leader"))
	assert.Equal(t, strs("Quan Lieu Minh", "Quan Lieu Thanh"), rows[1]["with"])
	assert.Equal(t, "Vostrograd", rows[2]["place"], "where it was signed")
	assert.Equal(t, strs("Quan Lieu Thanh", "Xabaria", "Xanadu"), rows[2]["with"])
	assert.Equal(t, strs(tqArt1, tqArt2), rows[1]["sources"])
}

func answersSummitAttendees(t *testing.T, s *Store) {
	for _, p := range []map[string]any{
		{"summit": "TQO summit 2031"},
		{"summit": tqSummit},
		{"summit": "", "org": "TQO", "year": "2031"},
		{"org": "Tổ chức Xuyên Tứ Phương", "year": int64(2031)},
		{"org": "tqo", "year": ""},
	} {
		t.Run(fmt.Sprint(p), func(t *testing.T) {
			rows := run(t, s, "summit-attendees", p)
			assert.Equal(t, strs("Quan Lieu Minh", "Quan Lieu Thanh", "Zoltan Vardy"), column(rows, "leader"))
			require.NotEmpty(t, rows)
			assert.Equal(t, tqSummit, rows[0]["summit"])
			assert.Equal(t, "Xabaria", rows[0]["country"])
			assert.Equal(t, "foreign minister", rows[0]["role"])
			assert.Equal(t, strs(tqArt1, tqArt2), rows[2]["sources"])
		})
	}
	assert.Empty(t, run(t, s, "summit-attendees", map[string]any{"org": "TQO", "year": "2030"}))
}

func answersOrgMembers(t *testing.T, s *Store) {
	for _, org := range []string{"TQO", "tqo", "Transquartic", "to chuc xuyen tu phuong", tqOrg} {
		rows := run(t, s, "org-members", map[string]any{"org": org})
		require.Len(t, rows, 2, org)
		assert.Equal(t, strs("XA", "XB"), column(rows, "country"))
		assert.Equal(t, strs("founding_member", "member"), column(rows, "status"))
		assert.Equal(t, strs("2030", "2031"), column(rows, "since"))
		assert.Equal(t, strs(tqArt1, tqArt2), rows[1]["sources"])
		assert.Equal(t, "TQO", rows[0]["org"])
	}
}

func answersAgreementsOf(t *testing.T, s *Store) {
	for _, party := range []string{"Xanadu", "XA", "xa na du", "Vardy", "Quan Liễu Thành", "Xabaria"} {
		rows := run(t, s, "agreements-of", map[string]any{"party": party})
		require.Len(t, rows, 1, party)
		r := rows[0]
		assert.Equal(t, tqDecl, r["agreement"])
		assert.Equal(t, "declaration", r["kind"])
		assert.Equal(t, "2031-07-15", r["date"])
		assert.Equal(t, "signed", r["status"])
		assert.Equal(t, strs("Quan Lieu Thanh", "Xabaria", "Xanadu", "Zoltan Vardy"), r["parties"])
		assert.Equal(t, strs("TQO summit 2031"), r["signed_at"])
		assert.Equal(t, strs(tqArt1), r["sources"])
	}
	assert.Empty(t, run(t, s, "agreements-of", map[string]any{"party": "Quan Liễu Minh"}))
}

func answersPartnersOf(t *testing.T, s *Store) {
	for _, p := range []map[string]any{
		{"country": "Xanadu"}, {"country": "xa na du", "level": ""}, {"country": "XA", "level": "comprehensive_strategic"},
		{"country": "Xabaria", "level": "Comprehensive Strategic"},
	} {
		rows := run(t, s, "partners-of", p)
		require.Len(t, rows, 1, "%v: one relationship per pair", p)
		r := rows[0]
		assert.Equal(t, "comprehensive_strategic", r["level"], "the higher level")
		assert.Equal(t, "2031-07", r["since"])
		assert.Equal(t, "upgraded", r["status"])
		assert.Equal(t, strs("strategic 2030", "comprehensive_strategic 2031-07"), r["history"])
		assert.Equal(t, strs(tqArt1, tqArt2), r["sources"])
		if p["country"] == "Xabaria" {
			assert.Equal(t, "XA", r["partner"], "seen from the larger code")
		} else {
			assert.Equal(t, "XB", r["partner"])
			assert.Equal(t, "Xa-ba-ri-a", r["name_vi"])
		}
	}
	assert.Empty(t, run(t, s, "partners-of", map[string]any{"country": "Xanadu", "level": "strategic"}), "a level passed is no longer the pair's")
}

// partners-of ranks levels by the ladder of package model, which it
// repeats as a list (Cypher cannot ask Go).
func TestPartnersOfLadder(t *testing.T) {
	q := lookup(t, "partners-of")
	levels := make([]string, len(model.PartnershipLevels))
	for i, l := range model.PartnershipLevels {
		levels[i] = "'" + string(l) + "'"
	}
	assert.Contains(t, q.Cypher, "["+strings.Join(levels, ", ")+"] AS ladder")
}

func answersCoAttendance(t *testing.T, s *Store) {
	rows := run(t, s, "co-attendance", map[string]any{"leader": "Vardy"})
	require.Len(t, rows, 2)
	assert.Equal(t, strs(tqThanh, tqMinh), column(rows, "met_key"))
	assert.Equal(t, []any{int64(3), int64(1)}, column(rows, "meetings"))
	assert.Equal(t, strs("2032-01-10", "2031-07-15"), column(rows, "last"))
	assert.Equal(t, strs("Phone call, January 2032", "TQO summit 2031", "Vostrograd talks 2031"), rows[0]["summits"])
}

func answersShortestPath(t *testing.T, s *Store) {
	for _, tt := range []struct {
		from, to   string
		start, end string
		hops       int64
	}{
		{"Quan Liễu Minh", "Vostrograd Declaration", tqMinh, tqDecl, 2},
		{"Vostrograd", "Transquartic", tqCity, tqOrg, 2},
		{"Vardy", "Quan Liễu Thành", tqVardy, tqThanh, 2},
		{"Quan Liễu Minh", "Vostrograd", tqMinh, tqCity, 2},
		{"Xa-na-đu", "Phone call January 2032", "XA", tqCall, 2},
	} {
		t.Run(tt.from+"->"+tt.to, func(t *testing.T) {
			rows := run(t, s, "shortest-path", map[string]any{"from": tt.from, "to": tt.to})
			require.Len(t, rows, 1)
			r := rows[0]
			assert.Equal(t, tt.hops, r["hops"])
			keys := r["keys"].([]any)
			assert.Equal(t, tt.start, keys[0])
			assert.Equal(t, tt.end, keys[len(keys)-1])
			for _, k := range keys {
				assert.NotContains(t, k, "test-q-art", "never through an article")
			}
			assert.Contains(t, r["route"], " -[")
			assert.NotEmpty(t, r["sources"])
			assert.Contains(t, r, "path")
		})
	}
}

func answersEvidence(t *testing.T, s *Store) {
	rows := run(t, s, "evidence", map[string]any{"from": "Vardy", "to": "Xanadu"})
	require.NotEmpty(t, rows)
	direct := rows[0]
	assert.Nil(t, direct["via"])
	assert.Equal(t, "REPRESENTS", direct["type"])
	assert.Equal(t, "Zoltan Vardy", direct["from"])
	assert.Equal(t, "Xanadu", direct["to"])
	assert.Equal(t, strs("role: president"), direct["properties"])
	assert.Equal(t, strs(tqArt1), direct["sources"])
	assert.Equal(t, strs("Test article one"), direct["articles"])
	sentence := "Tổng thống Xa-na-đu Vardy."
	assert.Equal(t, strs(fmt.Sprintf("%s:0-%d %s", tqArt1, len(sentence), sentence)), direct["evidence"])
	// Through the declaration both signed.
	var via []string
	for _, r := range rows[1:] {
		via = append(via, fmt.Sprint(r["via"], "/", r["type"], "/", r["from"]))
	}
	sort.Strings(via)
	assert.Equal(t, []string{"Vostrograd Declaration/SIGNED/Xanadu", "Vostrograd Declaration/SIGNED/Zoltan Vardy"}, via)

	// The other way round the search through shared events starts from
	// the other end (the one with fewer facts): the same facts.
	back := run(t, s, "evidence", map[string]any{"from": "Xanadu", "to": "Vardy"})
	var viaBack []string
	for _, r := range back {
		if r["via"] != nil {
			viaBack = append(viaBack, fmt.Sprint(r["via"], "/", r["type"], "/", r["from"]))
		}
	}
	sort.Strings(viaBack)
	assert.Equal(t, via, viaBack)
	assert.Len(t, back, len(rows))

	only := run(t, s, "evidence", map[string]any{"from": "Vardy", "to": "Xanadu", "type": "represents"})
	assert.Len(t, only, 1)

	// A list property (a partnership's history) reads as its items.
	partner := run(t, s, "evidence", map[string]any{"from": "Xanadu", "to": "Xabaria", "type": "PARTNER_OF"})
	require.Len(t, partner, 1)
	assert.Contains(t, partner[0]["properties"], "history: strategic 2030, comprehensive_strategic 2031-07")

	met := run(t, s, "evidence", map[string]any{"from": "Vardy", "to": "Quan Liễu Thành", "type": "MET_AT"})
	require.Len(t, met, 6, "two MET_AT facts at each of the three meetings")
	for _, r := range met {
		assert.Equal(t, "MET_AT", r["type"])
		if r["via"] == "TQO summit 2031" {
			assert.Equal(t, strs(tqArt1, tqArt2), r["sources"])
			assert.Equal(t, strs("Test article one", "Test article two"), r["articles"])
			assert.Len(t, r["evidence"], 2)
		}
	}
}

func answersNameSearch(t *testing.T, s *Store) {
	for q, want := range map[string]string{"vardy": tqVardy, "quan lieu minh": tqMinh, "Xuyên Tứ Phương": tqOrg, "vostrograd declaration": tqDecl} {
		rows := run(t, s, "name-search", map[string]any{"q": q})
		require.NotEmpty(t, rows, q)
		assert.Equal(t, want, rows[0]["key"], q)
	}
}

func answersOverview(t *testing.T, s *Store) {
	rows := run(t, s, "overview", nil)
	counts := map[string]int64{}
	for _, r := range rows {
		counts[fmt.Sprint(r["kind"], "/", r["name"])] = r["count"].(int64)
	}
	assert.GreaterOrEqual(t, counts["label/Leader"], int64(3))
	assert.GreaterOrEqual(t, counts["label/Article"], int64(2))
	assert.GreaterOrEqual(t, counts["relationship/MET_AT"], int64(7))
	assert.GreaterOrEqual(t, counts["relationship/MENTIONS"], int64(16))
}

// The overview lists every label and relationship type of the model, since
// it counts them one by one.
func TestQueryOverviewCoversTheModel(t *testing.T) {
	q, err := Lookup("overview")
	require.NoError(t, err)
	for _, l := range append(slices.Clone(model.Labels), model.LabelArticle) {
		assert.Contains(t, q.Cypher, fmt.Sprintf("MATCH (n:%s) WITH count(n) AS count RETURN '%s' AS name, count", l, l))
	}
	for _, typ := range append(slices.Clone(model.RelTypes), model.RelMentions) {
		assert.Contains(t, q.Cypher, fmt.Sprintf("MATCH ()-[r:%s]->() WITH count(r) AS count RETURN '%s' AS name, count", typ, typ))
	}
}

// Each .cypher file resolves its names with the very expressions CheckNames
// uses, so that the CLI's checks say what the queries do.
func TestQueriesShareLenientExpressions(t *testing.T) {
	qs, err := List()
	require.NoError(t, err)
	names := 0
	for _, q := range qs {
		for _, spec := range q.Specs() {
			if !spec.IsName() {
				continue
			}
			names++
			assert.Contains(t, q.Cypher, strings.ReplaceAll(lenientWords, "$q", "$"+spec.Name), "%s: %s", q.Name, spec.Name)
			assert.Contains(t, q.Cypher, lenientLucene, q.Name)
			assert.Contains(t, q.Cypher, lenientStrict, q.Name)
			for _, l := range spec.Labels {
				assert.Contains(t, q.Cypher, fmt.Sprintf("MATCH (n:%s {%s: $%s}) RETURN n, 1.0e9 AS score", l, model.KeyProperty(l), spec.Name),
					"%s: %s looks %s up by key", q.Name, spec.Name, l)
			}
			if len(spec.Labels) > 1 && len(spec.Labels) == len(fullTextLabels) {
				assert.Contains(t, q.Cypher, "score * CASE WHEN node:Summit OR node:Agreement THEN 0.7 ELSE 1.0 END", q.Name)
			}
		}
	}
	assert.Equal(t, 0.7, eventWeight)
	assert.GreaterOrEqual(t, names, 10)
}

// Every prepared query answers in under 50 ms once warm (the median of
// seven runs, the client's round trip included).
func TestQueryLatency(t *testing.T) {
	s := queryStore(t)
	qs, err := List()
	require.NoError(t, err)
	params := map[string]map[string]any{
		"meetings-between": {"a": "Vardy", "b": "Quan Liễu Thành"},
		"leader-timeline":  {"leader": "Vardy"},
		"summit-attendees": {"org": "TQO", "year": "2031"},
		"org-members":      {"org": "TQO"},
		"agreements-of":    {"party": "Xanadu"},
		"partners-of":      {"country": "Xanadu", "level": "comprehensive_strategic"},
		"co-attendance":    {"leader": "Vardy"},
		"shortest-path":    {"from": "Quan Liễu Minh", "to": "Transquartic"},
		"evidence":         {"from": "Vardy", "to": "Quan Liễu Thành"},
		"name-search":      {"q": "tap can binh"},
		"overview":         {},
	}
	for _, q := range qs {
		p, ok := params[q.Name]
		require.True(t, ok, "no latency parameters for %s", q.Name)
		for i := 0; i < 3; i++ {
			run(t, s, q.Name, p) // warm-up: plan cache, page cache
		}
		var times []time.Duration
		for i := 0; i < 7; i++ {
			t0 := time.Now()
			run(t, s, q.Name, p)
			times = append(times, time.Since(t0))
		}
		sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
		t.Logf("%-18s median %v", q.Name, times[len(times)/2])
		assert.Less(t, times[len(times)/2], 50*time.Millisecond, q.Name)
	}
}
