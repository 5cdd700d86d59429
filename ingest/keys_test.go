package ingest

import (
	"slices"
	"testing"

	"kg/ingest/calendar"
	"kg/model"
)

// TestAgreementKey holds the keys of documents with no name of their own:
// one per kind, sides and month; an organisation's statement is keyed by
// the organisation when it has no country sides.
func TestAgreementKey(t *testing.T) {
	tests := []struct {
		ag   agreement
		want string
	}{
		{agreement{kind: "joint_statement", parties: []string{"LA", "VN"}, date: calendar.Date{Year: 2025, Month: 3, Day: 2}}, "joint_statement-la-vn-2025-03"},
		{agreement{kind: "declaration", org: "BRICS", date: calendar.Date{Year: 2023, Month: 8}}, "declaration-brics-2023-08"},
		{agreement{kind: "joint_statement"}, "joint_statement-undated"},
	}
	for _, tt := range tests {
		if got := agreementKey(tt.ag); got != tt.want {
			t.Errorf("agreementKey(%+v) = %q, want %q", tt.ag, got, tt.want)
		}
	}
}

// TestMadeName holds which agreement names defaultAgreementName made (and
// are made again once the parties and date are known) and which are the
// text's own.
func TestMadeName(t *testing.T) {
	tests := []struct {
		ag   agreement
		want bool
	}{
		{agreement{kind: "mou", name: "Memorandum of understanding"}, true},
		{agreement{kind: "mou", name: "Memorandum of understanding KH–VN 2017-04"}, true},
		{agreement{kind: "agreement", name: "Agreement RU–VN"}, true},
		{agreement{kind: "treaty", name: "Treaty of Good-Neighbourliness and Friendly Cooperation"}, false},
		{agreement{kind: "agreement", name: "Agreement", key: "paris-agreement"}, false},
		{agreement{kind: "agreement", name: "Agreement", proper: true}, false},
		{agreement{kind: "agreement", name: "Thỏa thuận hợp tác"}, false},
	}
	for _, tt := range tests {
		if got := madeName(tt.ag); got != tt.want {
			t.Errorf("madeName(%+v) = %v, want %v", tt.ag, got, tt.want)
		}
	}
}

// TestListedDocumentKey holds the key of a document named by its kind in a
// list of documents, whose parties and date come from the set: made from
// them once, not with the parties twice.
func TestListedDocumentKey(t *testing.T) {
	text := "Sáng 25/4, Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Campuchia Hun Sen hội đàm tại Phnom Penh. Ngay sau hội đàm, hai Thủ tướng cùng chứng kiến lễ ký 2 văn kiện hợp tác gồm: Bản ghi nhớ về hợp tác giữa Bộ Giao thông vận tải hai nước; Bản ghi nhớ về hợp tác giáo dục."
	keys := entitiesOf(text, "2017-04-25", model.LabelAgreement, func(e model.Entity) string { return e.Key })
	want := "mou-kh-vn-2017-04"
	for _, k := range keys {
		if k == want {
			return
		}
	}
	t.Errorf("agreement keys %v, want one %q", keys, want)
}

// TestSummitName holds the captions of summits of no organisation the text
// names: by their leaders, up to maxNamedInSummit of them.
func TestSummitName(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Ngày 19/7/2022, Tổng thống Nga Vladimir Putin, Tổng thống Iran Ebrahim Raisi và Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan dự hội nghị thượng đỉnh ba bên tại Tehran.",
			[]string{"Ebrahim Raisi – Recep Tayyip Erdoğan – Vladimir Putin summit, Tehran, 2022-07-19"}},
		{"Ngày 19/7/2022, Tổng thống Nga Vladimir Putin tới Tehran dự hội nghị thượng đỉnh.",
			[]string{"summit with Vladimir Putin, Tehran, 2022-07-19"}},
		{"Ngày 18/8/2025, Tổng thống Mỹ Donald Trump, Tổng thống Ukraine Volodymyr Zelensky, Tổng thống Pháp Emmanuel Macron, Thủ tướng Anh Keir Starmer và Thủ tướng Italy Giorgia Meloni dự hội nghị thượng đỉnh tại Nhà Trắng.",
			[]string{"summit of Donald Trump, Emmanuel Macron, Giorgia Meloni and 2 others, Washington, 2025-08-18"}},
	}
	for _, tt := range tests {
		got := entitiesOf(tt.text, "2025-09-01", model.LabelSummit, func(e model.Entity) string { return e.Name })
		if !slices.Equal(got, tt.want) {
			t.Errorf("summit names of %q = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestSummitKeyUnplaced holds the keys of meetings the text places
// nowhere: the place is left out, not written as a word of its own.
func TestSummitKeyUnplaced(t *testing.T) {
	tests := []struct {
		m    meeting
		want string
	}{
		{meeting{grp: "summit", org: "APEC"}, "apec-summit-undated"},
		{meeting{grp: "summit", org: "ASEAN", date: calendar.Date{Month: 7}}, "asean-summit-07"},
		{meeting{grp: "meeting", participants: []string{"antony-blinken"}, date: calendar.Date{Month: 4}}, "meeting-antony-blinken-04"},
		{meeting{grp: "meeting", participants: []string{"antony-blinken"}, country: "VN", date: calendar.Date{Year: 2023, Month: 4}}, "meeting-antony-blinken-vn-2023-04"},
	}
	for _, tt := range tests {
		if got := (&analysis{}).summitKey(tt.m); got != tt.want {
			t.Errorf("summitKey(%+v) = %q, want %q", tt.m, got, tt.want)
		}
	}
}

// TestMeetingKeysApart holds two undated talks of the same two leaders
// in two countries ("Hồi tháng trước, A và B đã hội đàm tại Tokyo" beside
// their talks planned at Busan) as two nodes; the same talks told twice
// with and without a place stay one.
func TestMeetingKeysApart(t *testing.T) {
	pair := []string{"lee-jae-myung", "shigeru-ishiba"}
	ms := []meeting{
		{grp: "meeting", participants: pair, city: "busan", country: "KR"},
		{grp: "meeting", participants: pair, city: "tokyo", country: "JP"},
		{grp: "meeting", participants: pair},
	}
	got := (&analysis{}).meetingKeys(ms)
	want := []string{"meeting-lee-jae-myung+shigeru-ishiba-undated", "meeting-lee-jae-myung+shigeru-ishiba-undated-jp", "meeting-lee-jae-myung+shigeru-ishiba-undated"}
	if !slices.Equal(got, want) {
		t.Errorf("meetingKeys = %q, want %q", got, want)
	}
}
