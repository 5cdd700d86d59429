package eval

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kg/model"
)

func TestMaxMatchingBeatsFirstFit(t *testing.T) {
	// Predicted 0 fits gold 0 and 1, predicted 1 only gold 0: first fit
	// pairs 0-0 and leaves predicted 1 out; the maximum pairs both.
	fits := map[[2]int]bool{{0, 0}: true, {1, 0}: true, {0, 1}: true}
	got := maxMatching(2, 2, func(g, p int) bool { return fits[[2]int{g, p}] })
	assert.Equal(t, []int{1, 0}, got)
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Tập Cận Bình":         "tap can binh",
		"Lee Jae-myung":        "lee jae myung",
		"  Đỗ  Văn Chiến":      "do van chien",
		"Recep Tayyip Erdoğan": "recep tayyip erdogan",
	} {
		assert.Equal(t, want, Fold(in), in)
	}
}

func TestSameName(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"ferdinand romualdez marcos jr", "ferdinand marcos jr", true},
		{"miguel diaz canel bermudez", "miguel mario diaz canel bermudez", true},
		{"kim jong un", "kim jong il", false},
		{"putin", "vladimir putin", false}, // one word is not enough
		{"hun sen", "hun manet", false},
	} {
		assert.Equal(t, tt.want, sameName(tt.a, tt.b), "%s / %s", tt.a, tt.b)
	}
}

func str(s string) *string { return &s }

// extraction builds a small extraction: two leaders who met in Seoul on
// 2025-08-11, a membership and a joint statement.
func extraction(date, city string) model.Extraction {
	return model.Extraction{
		Article: model.Article{Published: "2025-08-12"},
		Entities: []model.Entity{
			{Key: "to-lam", Label: model.LabelLeader, Name: "To Lam", Props: map[string]any{"name_vi": "Tô Lâm", "aliases": []any{"Tô Lâm"}}},
			{Key: "lee-jae-myung", Label: model.LabelLeader, Name: "Lee Jae-myung", Props: map[string]any{"aliases": []any{"Lee Jae Myung"}}},
			{Key: "m1", Label: model.LabelSummit, Name: "talks", Props: map[string]any{"kind": "bilateral", "date": date, "city": city, "country": "KR", "status": "held"}},
			{Key: "js", Label: model.LabelAgreement, Name: "joint statement", Props: map[string]any{"kind": "joint_statement", "status": "signed"}},
		},
		Relations: []model.Relation{
			{Type: model.RelMetAt, From: "to-lam", To: "m1"},
			{Type: model.RelMetAt, From: "lee-jae-myung", To: "m1"},
			{Type: model.RelMemberOf, From: "VN", To: "ASEAN", Props: map[string]any{"status": "member"}},
			{Type: model.RelSigned, From: "VN", To: "js"},
			{Type: model.RelSigned, From: "KR", To: "js"},
		},
	}
}

func gold() *Gold {
	return &Gold{
		Published: str("2025-08-12"),
		Leaders: []Leader{
			{Name: "Tô Lâm", Country: str("VN")},
			{Name: "Lee Jae Myung", Country: str("KR")},
			{Name: "Kim Min-seok", Country: str("KR"), Optional: true},
		},
		Meetings: []Meeting{{
			Participants: []string{"Tô Lâm", "Lee Jae Myung"}, Kind: "state_visit",
			Date: str("2025-08-11"), City: str("Seoul"), Country: str("KR"), Status: "held",
		}},
		Memberships:  []Membership{{Country: "VN", Org: "ASEAN", Status: "member"}},
		Agreements:   []Agreement{{Kind: "joint_statement", Status: "signed", Parties: []string{"KR", "VN"}}},
		Partnerships: []Partnership{{Countries: []string{"KR", "VN"}, Level: "comprehensive_strategic", Status: "established", Optional: true}},
	}
}

func TestCompare(t *testing.T) {
	tests := []struct {
		name       string
		date, city string
		strictTP   int
		meetingsTP int
		kindRight  int
		dateRight  int
		placeRight int
	}{
		{"all right", "2025-08-11", "Seoul", 1, 1, 0, 1, 1},
		{"wrong day", "2025-08-10", "Seoul", 0, 1, 0, 0, 1},
		{"no city: the gold names one", "2025-08-11", "", 0, 1, 0, 1, 0},
		{"both wrong", "2025-08", "Busan", 0, 1, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Compare("a", extraction(tt.date, tt.city), gold())
			assert.Equal(t, Tally{TP: 2}, s.Tallies[Leaders], "the optional leader missed costs nothing")
			assert.Equal(t, tt.meetingsTP, s.Tallies[Meetings].TP)
			assert.Equal(t, tt.strictTP, s.Tallies[Strict].TP)
			assert.Equal(t, 1-tt.strictTP, s.Tallies[Strict].FN)
			assert.Equal(t, 1-tt.strictTP, s.Tallies[Strict].FP)
			assert.Equal(t, tt.kindRight, s.KindRight, "bilateral is not the gold's state_visit")
			assert.Equal(t, tt.dateRight, s.DateRight, "date of the meeting paired on participants")
			assert.Equal(t, tt.placeRight, s.PlaceRight, "place of the meeting paired on participants")
			assert.Equal(t, Tally{TP: 1}, s.Tallies[Memberships])
			assert.Equal(t, Tally{TP: 1}, s.Tallies[Agreements])
			assert.Equal(t, Tally{}, s.Tallies[Partnerships], "an optional partnership not found is no miss")
			assert.Equal(t, Tally{TP: 1}, s.Tallies[Published])
		})
	}
}

func TestCompareParticipants(t *testing.T) {
	g := gold()
	g.Meetings[0].Participants = []string{"Tô Lâm"}
	g.Meetings[0].OptionalParticipants = []string{"Lee Jae Myung"}
	s := Compare("a", extraction("2025-08-11", "Seoul"), g)
	assert.Equal(t, 1, s.Tallies[Strict].TP, "an optional participant may be there")

	g.Meetings[0].OptionalParticipants = nil
	s = Compare("a", extraction("2025-08-11", "Seoul"), g)
	assert.Equal(t, Tally{FP: 1, FN: 1}, s.Tallies[Meetings], "a participant gold does not have is wrong")
}

func TestOptionalNeverTakesARequiredPair(t *testing.T) {
	g := gold()
	// The same meeting twice in gold, the first optional: the one
	// prediction must pair with the required one.
	opt := g.Meetings[0]
	opt.Optional = true
	g.Meetings = []Meeting{opt, g.Meetings[0]}
	s := Compare("a", extraction("2025-08-11", "Seoul"), g)
	assert.Equal(t, Tally{TP: 1}, s.Tallies[Strict])
}

func TestOverallAndFloors(t *testing.T) {
	s := Compare("a", extraction("2025-08-10", "Seoul"), gold())
	// leaders 2 TP, strict 1 FP 1 FN, membership 1 TP, agreement 1 TP.
	assert.Equal(t, Tally{TP: 4, FP: 1, FN: 1}, s.Tally(Overall))
	f, err := ParseFloor("strict=0.5")
	require.NoError(t, err)
	assert.Len(t, s.Below([]Floor{f}), 1)
	f, err = ParseFloor("overall=0.8")
	require.NoError(t, err)
	assert.Empty(t, s.Below([]Floor{f}))
	for _, bad := range []string{"strict", "meetingz=0.5", "overall=1.5", "overall=x"} {
		_, err := ParseFloor(bad)
		assert.Error(t, err, bad)
	}
}

func TestGoldCheck(t *testing.T) {
	g := gold()
	g.Meetings[0].Participants = append(g.Meetings[0].Participants, "Nobody")
	assert.ErrorContains(t, g.check(), `participant "Nobody" is not among the leaders`)
}

func TestLoadGold(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
		return p
	}
	lines := write("gold.jsonl", `{"article": "a.txt", "published": null, "leaders": [], "meetings": [], "memberships": [], "agreements": [], "partnerships": []}
{"article": "sub/b.txt", "published": "2025-03", "leaders": [{"name": "Tô Lâm", "country": "VN"}], "meetings": [], "memberships": [], "agreements": [], "partnerships": []}
`)
	set, err := LoadGold(lines)
	require.NoError(t, err)
	assert.Equal(t, []string{"a", "b"}, set.Names())

	_, err = LoadGold(write("typo.json", `{"published": null, "leaderz": []}`))
	assert.ErrorContains(t, err, `unknown field "leaderz"`, "a misspelt field is an error, not a silent loss")

	_, err = LoadGold(write("kind.json", `{"published": null, "leaders": [{"name": "A"}], "meetings": [{"participants": ["A"], "kind": "talks", "status": "held", "date": "2025-3-1"}]}`))
	assert.ErrorContains(t, err, `kind "talks" is not one of`)
	assert.ErrorContains(t, err, `date "2025-3-1" is not`)

	_, err = LoadGold(write("noarticle.jsonl", `{"published": null}`+"\n"))
	assert.ErrorContains(t, err, `no "article"`)
}
