package ingest

import (
	"cmp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"kg/ingest/calendar"
	"kg/ingest/gazetteer"
	"kg/ingest/prose"
)

// meeting is one meeting event as read from one clause, or several merged.
type meeting struct {
	kind          string // summit|bilateral|state_visit|video_call|phone_call
	grp           string // what may merge with what: summit, meeting, call
	status        string // held|planned|cancelled
	participants  []string
	date, endDate calendar.Date
	city, country string
	org           string
	sents         []int      // sentences that state it
	order         int        // first clause, for stable output
	partial       bool       // names one side only: merges into a meeting, never stands alone
	attend        bool       // names attendees of a summit reported elsewhere
	sidelines     bool       // "bên lề": held where the article's summit was
	hosts         countrySet // the participants' countries
	uncountried   bool       // some participant's country is not known
	rule          string     // the meeting rule that read it first (meetingrules.go)
	talks         bool       // told with a word of a visit's main event: "hội đàm", "lễ đón"
	inviter       string     // who invited the visitor ("theo lời mời của X"), the visit's host
	ordinal       int        // a summit's number: "Hội nghị Cấp cao ASEAN lần thứ 47"
	headOf        countrySet // the countries whose head of state or government took part, not in a reception
	recalled      bool       // an earlier visit recalled (recalled.go): merges with no dated mention
	signing       bool       // a mention read from two leaders signing together: the agreements are read from that sentence, the meeting lends them nothing
	tenseless     bool       // told only where verbs carry no tense (a headline, "Đây là chuyến thăm ..."): the rest's status wins
	welcomes      bool       // names only the host who chaired a visit's welcome ("X chủ trì lễ đón")
	caption       bool       // told only in photo captions, which may show an earlier meeting
	frame         bool       // told only as the frame of another event ("trong khuôn khổ chuyến thăm ..."): no day of its own
	invited       bool       // a visit invited during the meeting the clause tells ("Tại cuộc gặp, ... mời X sớm thăm Việt Nam"): to come, not that meeting
	standsAlone   bool       // a partial mention that stands alone when it joins no event: a delegation's visit to the place it wishes a happy New Year
	talksDay      bool       // a visit dated by a day within its span that a mention naming both sides told: one side's other doings do not move it
	ownSummit     bool       // two leaders' "summit" read as their bilateral meeting ("X và Y chủ trì Hội nghị"): the day and place told of that summit are its own
	guestsOwn     bool       // the summit a received guest is visiting for (guestsOwnSummit): his host is not at it
}

// clause is a part of a sentence, in tokens [start, end).
type clause struct{ start, end int }

// clauses splits a sentence where a new statement begins: at ";", at a
// quotation closed and followed by a comma, at a spaced dash between
// words, and before "sau khi", "trong khi" and the like.
func clauses(s *sentence) []clause {
	if s.cls == nil {
		s.cls = splitClauses(s)
	}
	return s.cls
}

// framedByOthersVisit reports a sentence that opens at token o on the
// frame of a visit of someone named ("Trong khuôn khổ chuyến thăm ... của
// Tổng Bí thư Tô Lâm, ..."), up to its comma.
func framedByOthersVisit(s *sentence, o int) bool {
	t := s.toks
	if len(t) < o+6 || t[o].low != "trong" || t[o+1].low != "khuôn" || t[o+2].low != "khổ" || !meetWordWithin(s, o+3, 1) {
		return false
	}
	j := openingComma(s, o+3)
	for i := o + 3; i+1 < j; i++ {
		if t[i].low == "của" && personWithin(s, i+1, 2) {
			return true
		}
	}
	return false
}

// accompanyingFrame returns the comma that ends a sentence's opening on
// the trip of a leader someone else accompanies, or -1: "Nhân dịp tháp
// tùng Tổng Bí thư, Chủ tịch nước Tô Lâm ... thăm cấp Nhà nước tới Cộng
// hoà Cuba, sáng 27/9, ... đã diễn ra hội đàm cấp cao giữa Đoàn ... do
// Thượng tướng Lương Tam Quang ... và ...", "trong khuôn khổ chuyến công
// tác tháp tùng Thủ tướng Chính phủ Phạm Minh Chính tham dự Hội nghị Cấp
// cao ASEAN lần thứ 43 tại Indonesia, Bộ trưởng Nguyễn Hồng Diên vừa tiếp
// xúc và làm việc với ...". The one accompanied makes the visit or
// attends the summit of the opening; the meeting the sentence tells is
// the companion's, without him.
func accompanyingFrame(s *sentence) int {
	o := sourceTagEnd(s)
	t := s.toks
	if o < len(t) && t[o].low == "theo" {
		// "Theo phóng viên TTXVN tại Vientiane, nhân dịp tháp tùng ...": after the source.
		if j := openingComma(s, o); j > 0 {
			o = j + 1
		}
	}
	for k := o; k+2 < len(t) && k <= o+7; k++ {
		if t[k].text == "," {
			return -1
		}
		if t[k].low != "tháp" || t[k+1].low != "tùng" || !personWithin(s, k+2, 3) {
			continue
		}
		for _, m := range s.ments {
			if len(m.keys) > 0 && m.start >= o && m.end <= k {
				return -1 // "Ngoại trưởng X tháp tùng Y": X is the subject
			}
		}
		j := openingComma(s, k+2)
		if j > 0 && j+2 < len(t) && t[j+1].low == "làm" && t[j+2].low == "việc" {
			j = openingComma(s, j+3) // "thăm, làm việc tại Lào và tham dự ..., ngày 6/12, ..."
		}
		return j
	}
	return -1
}

// namePairDash reports a spaced dash between two capitalised words that
// no person's name or title ends or starts: one proper name of two parts
// ("Hội nghị Bộ trưởng Ngoại giao hợp tác Mê Công – Lan Thương lần thứ
// sáu"), not the end of a clause.
func namePairDash(s *sentence, i int) bool {
	a, b := s.toks[i-1], s.toks[i+1]
	if !a.word || !a.upper || !b.word || !b.upper {
		return false
	}
	for _, m := range s.ments {
		if m.end == i || m.start == i+1 {
			return false
		}
	}
	return true
}

// eventNoun holds the nouns of an occasion ("sau buổi tiệc chiêu đãi",
// "trước lễ ký"): an event of its own, told against the clause's.
var eventNoun = map[string]bool{"buổi": true, "lễ": true, "bữa": true}

// sourceTagEnd returns the token after an outlet's tag that opens a
// story's first sentence ("(VOV5) - Sau cuộc gặp ...", "TPO - Trong cuộc
// gặp ..."), or 0.
func sourceTagEnd(s *sentence) int {
	t := s.toks
	dash := func(i int) bool { return i < len(t) && (t[i].text == "-" || t[i].text == "–") }
	switch {
	case len(t) > 4 && t[0].text == "(" && t[1].upper && t[2].text == ")" && dash(3):
		return 4
	case len(t) > 2 && t[0].upper && allCaps(t[0].text) && dash(1):
		return 2
	}
	return 0
}

// allCaps reports a word with no lower-case letter ("TPO", "VOV5").
func allCaps(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// closesAside reports a spaced dash at token i that closes an aside a
// spaced dash opened a few tokens before ("Tham dự Hội nghị thượng đỉnh
// SCO - nhóm họp theo hình thức "SCO+" - có ..."): the sentence goes on.
func closesAside(s *sentence, i int) bool {
	for j := i - 1; j > 0 && j >= i-10; j-- {
		if t := s.toks[j]; (t.text == "-" || t.text == "–" || t.text == "—") && t.start > s.toks[j-1].end && s.toks[j+1].start > t.end {
			return true
		}
	}
	return false
}

// personWithin reports a leader's mention starting within n tokens from i.
func personWithin(s *sentence, i, n int) bool {
	for _, m := range s.ments {
		if len(m.keys) == 1 && m.start >= i && m.start <= i+n {
			return true
		}
	}
	return false
}

// subjectMeets reports a leader named from token i, with his titles, whose
// verb right after his name is a meeting word ("Bộ trưởng Ngoại giao Bùi
// Thanh Sơn điện đàm với ...", "... đã hội kiến ..."): a clause of his own.
// With has, "có" may stand before the word too ("sẽ có chuyến thăm").
func subjectMeets(s *sentence, i int, has bool) bool {
	for mi := range s.ments {
		m := &s.ments[mi]
		if m.start != i || len(m.keys) != 1 || sameBefore(s, i-1, m.keys[0]) {
			continue // ("Tổng Bí thư, Chủ tịch nước Tô Lâm đã hội kiến": one leader's titles)
		}
		j, reach := m.end, m.end+2
		if has {
			reach++
		}
		for j < len(s.toks) && j < reach && (s.toks[j].low == "đã" || s.toks[j].low == "cũng" || s.toks[j].low == "sẽ" || has && s.toks[j].low == "có") {
			j++
		}
		for _, c := range s.cues {
			if c.cat == "meet" && c.start == j {
				return true
			}
		}
	}
	return false
}

// sameBefore reports a mention of leader k that ends at token i.
func sameBefore(s *sentence, i int, k string) bool {
	for _, m := range s.ments {
		if m.end == i && slices.Contains(m.keys, k) {
			return true
		}
	}
	return false
}

// companionsOf reports "cùng" at token i opening those who go with the
// leader named before it, with no meeting word of their own: "Chủ tịch
// HĐND tỉnh An Giang Lê Văn Nưng, cùng các đồng chí lãnh đạo tỉnh đã tiếp
// ...", "..., cùng đoàn đại biểu tỉnh Champasak đến thăm": the clause goes on.
func companionsOf(s *sentence, i int) bool {
	if i+1 >= len(s.toks) || meetWordWithin(s, i+1, 2) {
		return false
	}
	switch s.toks[i+1].low {
	case "các", "đoàn", "lãnh", "phu":
		return true
	}
	return false
}

// meetWithAt reports a meeting word starting at token i (or after "cuộc"
// there) followed by "với": "cuộc gặp với Thủ tướng Modi".
func meetWithAt(s *sentence, i int) bool {
	for _, c := range s.cues {
		if c.cat == "meet" && (c.start == i || c.start == i+1 && s.toks[i].low == "cuộc") && c.end < len(s.toks) && s.toks[c.end].low == "với" {
			return true
		}
	}
	return false
}

// meetWordWithin reports a meeting word starting within n tokens from i.
func meetWordWithin(s *sentence, i, n int) bool {
	for _, c := range s.cues {
		if c.cat == "meet" && c.start >= i && c.start <= i+n {
			return true
		}
	}
	return false
}

// reportedAfterComma cuts cls again after a verb of saying and its comma:
// "Yuri Ushakov cho biết, Tổng thống Putin và Tổng thống Trump đã có một
// cuộc điện đàm" reports a call the speaker did not take part in. Only
// meetings cut there: a document's clause keeps what the speaker's clause
// names ("Bộ Ngoại giao Nga tuyên bố, Hiệp ước giữa nước này và Iran").
func reportedAfterComma(s *sentence, cls []clause) []clause {
	cut := false // cls is the sentence's own list (clauses): cut a copy, never it
	for _, c := range s.cues {
		at := c.end + 1 // the token after the comma
		if c.cat != "attrib" || at >= len(s.toks) || s.toks[c.end].text != "," {
			continue
		}
		for i, cl := range cls {
			if at > cl.start && at < cl.end {
				if !cut {
					cls, cut = slices.Clone(cls), true
				}
				cls = append(cls[:i+1], cls[i:]...)
				cls[i].end, cls[i+1].start = at, at
				break
			}
		}
	}
	return cls
}

// titleAfterName reports a dash between a leader's name and a bare title
// that is his: "Hạ nghị sĩ Kevin McCarthy - Chủ tịch Hạ viện Hoa Kỳ và
// Hạ nghị sĩ Michael McCaul": an appositive, not a new statement.
func titleAfterName(s *sentence, i int) bool {
	named, titled := false, false
	at := i + 1
	if at+1 < len(s.toks) && s.toks[at].low == "phó" {
		at++ // "ông Ngin Nel - Phó Tỉnh trưởng": the deputy of an office the title names
	}
	for _, m := range s.ments {
		named = named || m.end == i && m.kind == mLeader
		titled = titled || (m.start == i+1 || m.start == at) && m.kind == mDesc
	}
	return named && titled
}

// openingComma returns the comma that ends an opening clause whose
// words start at token from: the first that is not between two titles of
// one name ("sau khi hội đàm với Tổng bí thư, Chủ tịch nước Nguyễn Phú
// Trọng,"), or -1.
func openingComma(s *sentence, from int) int {
	for j := from; j < len(s.toks); j++ {
		if s.toks[j].text == "," && !insideMention(s, j) && !titleChain(s, j) && !cityItsCountry(s, j) {
			return j
		}
	}
	return -1
}

// cityItsCountry reports a comma at token i between a city and the
// country it lies in, when what follows the country tells when
// ("nhân dịp tham dự Hội nghị ... tại thành phố Gyeongju, Hàn Quốc vào
// cuối tháng 10 này"): one place and its time, not the end of a clause.
func cityItsCountry(s *sentence, i int) bool {
	city := ""
	for _, m := range s.ments {
		switch {
		case m.kind == mCity && m.end == i:
			if c := gazetteer.Default().Cities[m.id]; c != nil {
				city = c.Country
			}
		case m.kind == mCountry && m.start == i+1:
			return city != "" && m.id == city && m.end < len(s.toks) && timeAfterPlace[s.toks[m.end].low]
		}
	}
	return false
}

// timeAfterPlace are the words that go on from a place to when: "tại
// Gyeongju, Hàn Quốc vào cuối tháng 10", "... từ ngày 12-16/11".
var timeAfterPlace = map[string]bool{"vào": true, "ngày": true, "từ": true, "hồi": true, "trong": true, "tháng": true, "cuối": true, "đầu": true, "giữa": true}

// afterTitleChain returns the token after a bare title and its comma
// that start at token i ("Tổng Bí thư, Chủ tịch nước Tập Cận Bình": the
// titled name), or -1.
func afterTitleChain(s *sentence, i int) int {
	for _, m := range s.ments {
		if m.start == i && m.end < len(s.toks) && s.toks[m.end].text == "," && titleChain(s, m.end) {
			return m.end + 1
		}
	}
	return -1
}

// chainedTitle reports a bare title that is the first of a titled
// name's ("Tổng Bí thư, Chủ tịch nước Tập Cận Bình"), or the name of the
// seat of an office ("Phủ Tổng thống"): not someone else the title
// stands for.
func chainedTitle(s *sentence, m mention) bool {
	if m.kind == mDesc && m.start > 0 && (s.toks[m.start-1].low == "phủ" || s.toks[m.start-1].low == "dinh") {
		return true // "tại Phủ Tổng thống ở thủ đô New Delhi": the building, not its holder
	}
	return m.kind == mDesc && m.end < len(s.toks) && s.toks[m.end].text == "," && titleChain(s, m.end)
}

// titleChain reports a comma between a bare title and a titled name, two
// titles of one leader: "Tổng bí thư, Chủ tịch nước Nguyễn Phú Trọng".
func titleChain(s *sentence, j int) bool {
	for _, m := range s.ments {
		if m.end == j && m.kind == mDesc && m.country == "" {
			for _, n := range s.ments {
				if n.start == j+1 && n.kind == mLeader {
					return true
				}
			}
		}
	}
	return false
}

// onlyWhenBefore reports tokens [from, to) that only say when: empty, or
// a date with its commas ("Ngày 27/2,", "Chiều 15/3,").
func onlyWhenBefore(s *sentence, from, to int) bool {
	for i := from; i < to; i++ {
		if !inDate(s, i) && s.toks[i].text != "," && !dateWord[s.toks[i].low] {
			return false
		}
	}
	return true
}

// opensWithAct reports a clause that opens, after any date, on "sau khi"
// or "trước khi": an act of the subject of the clause that follows.
func opensWithAct(s *sentence, cl clause) bool {
	for _, c := range s.cues {
		if c.cat == "clause" && c.start >= cl.start && c.start < cl.end && onlyWhenBefore(s, cl.start, c.start) {
			w := s.toks[c.start].low
			return w == "sau" || w == "trước"
		}
	}
	return false
}

// listItemAfter reports a ";" that separates items of a list of leaders
// ("đã gặp Quốc vương Campuchia Norodom Sihamoni; Tổng thống Indonesia
// Prabowo Subianto; ..."): what follows it up to the next ";" or the
// sentence's end is one leader's name.
func listItemAfter(s *sentence, i int) bool {
	end := len(s.toks)
	for j := i + 1; j < len(s.toks); j++ {
		if s.toks[j].text == ";" {
			end = j
			break
		}
	}
	if end < len(s.toks) || end > 0 && !s.toks[end-1].word {
		end-- // the sentence's full stop
	}
	for _, c := range s.cues {
		if (c.cat == "meet" || c.cat == "attrib") && c.start > i && c.start < end {
			return false // a clause of its own
		}
	}
	for _, m := range s.ments {
		// "Bí thư Thứ nhất, Chủ tịch nước Cuba Miguel Diaz-Canel": offices, then the name.
		if m.start > i && len(m.keys) > 0 && m.end >= end-1 && m.end <= end+1 {
			return true
		}
		// "đã gặp song phương A, Bộ trưởng Quốc phòng Trung Quốc; Thượng
		// tướng Khamlieng Outhakaysone, Bộ trưởng Quốc phòng Lào; ...": the
		// name, then offices, of those met; not a list of inviters ("theo
		// lời mời của A; B") nor of a delegation ("Tháp tùng ... có: A; B").
		if m.start == i+1 && m.kind <= mPronoun && len(m.keys) > 0 {
			return metBefore(s, i) && !s.anyCueIn("beside", clause{0, i})
		}
	}
	return false
}

// metBefore reports a word of meeting in person or by phone, not of a
// visit or a summit, before token i.
func metBefore(s *sentence, i int) bool {
	for _, c := range s.cues {
		if c.cat == "meet" && c.end <= i && c.val != "state_visit" && c.val != "summit" {
			return true
		}
	}
	return false
}

// insideMention reports whether token i is inside a longer mention
// ("Hiệp ước Hữu nghị láng giềng Trung Quốc - Nga").
func insideMention(s *sentence, i int) bool {
	for _, m := range s.ments {
		if m.start < i && i < m.end-1 {
			return true
		}
	}
	return false
}

// countryOrOrgAt reports whether token i is inside a country or organisation mention.
func countryOrOrgAt(s *sentence, i int) bool {
	for _, m := range s.ments {
		// "Nga - Ukraine", "ASEAN - GCC": two sides of one name
		if (m.kind == mCountry || m.kind == mOrg) && m.start <= i && i < m.end {
			return true
		}
	}
	return false
}

var kindRank = map[string]int{"bilateral": 1, "summit": 2, "state_visit": 3, "phone_call": 4, "video_call": 5}

// findMeetings appends to out the meetings a sentence states: each
// clause is read (readClause), then the meeting rules (meetingrules.go)
// say what it tells of. The steps in order: read the clauses; let them
// share their subjects; date and place a meeting by its occasion; apply
// the rules; date the legs of one span; give a framed trip no day of its
// own; mark the sides of each meeting; keep "this visit" to what it adds.
func findMeetings(a *analysis, si int, out []meeting) []meeting {
	s := a.sents[si]
	for i, c := range s.cues {
		if c.cat == "meet" && (s.toks[c.start].low == "chào" || s.toks[c.start].low == "đón") && a.welcomeNoReception(si, c) {
			s.cues[i].cat = "welcome" // no meeting word: the welcome is the visit's, or no event
		}
	}
	if !s.anyCue("meet") && !s.anyCue("attend") && !s.anyCue("cosign") && !s.anyCue("presser") && !s.anyCue("witness") && !s.anyCue("salute") && !namesSummit(s) && !opensWithBesides(s) && !a.goesAbroadIn(s) && !picturedSentence(s) {
		return out // the sentence tells of no meeting: skip splitting it
	}
	from := len(out)
	a.metSoFar = out[:from]
	rs := a.readClauses(s, si)
	shareSubjects(rs)
	a.takeMainSubjects(s, rs)
	fr := occasions(s, rs)
	for i, r := range rs {
		if r.occasion && len(r.parts) == 0 {
			// "nhân dịp tham dự Hội nghị ..., Thủ tướng ... gặp ...": the
			// occasion is the main clause's subject's.
			out = r.applyOccasion(out, mainReading(rs, i))
			continue
		}
		out = r.apply(out)
	}
	sharedSpans(out[from:])
	fr.apply(out[from:])
	a.markSides(s, si, out[from:])
	if thisVisit(s) {
		out = onThisVisit(out, from)
	}
	return out
}

// picturedSentence reports a sentence that may name leaders in a photo
// (picturedTogether): a caption, or one with a mark of where someone
// stands in it ("(trái)").
func picturedSentence(s *sentence) bool {
	leaders := 0
	for i := range s.ments {
		if s.ments[i].kind == mLeader {
			leaders++
		}
	}
	if leaders < 2 {
		return false // no two side by side: most sentences
	}
	if s.caption {
		return true
	}
	for i := range s.toks {
		if photoMarkAt(s.toks, i, len(s.toks)) {
			return true
		}
	}
	return false
}

// photoMarkAt reports a photo's mark of where one stands, "(trái)",
// "(phải)" or "(giữa)", at token i, ending before token end.
func photoMarkAt(t []token, i, end int) bool {
	if i+2 >= end || t[i].text != "(" || t[i+2].text != ")" {
		return false
	}
	switch t[i+1].low {
	case "trái", "phải", "giữa":
		return true
	}
	return false
}

// readClauses reads each clause of sentence s (readClause), the visits it
// recalls marked on theirs.
func (a *analysis) readClauses(s *sentence, si int) []*clauseReading {
	// Readings live in the article's scratch memory, reused from sentence
	// to sentence: most sentences have a clause or two.
	rs := a.scratch.readings[:0]
	a.scratch.used = 0
	cls, recalled := splitRecalled(reportedAfterComma(s, clauses(s)), a.recalledVisits(s))
	for ci, cl := range cls {
		r := a.readClause(si, ci, cl)
		if r != nil && recalled != nil {
			if p, ok := recalled[ci]; ok {
				r.recall = &p
			}
		}
		if debugClause != nil {
			debugClause(si, ci, r)
		}
		if r != nil {
			rs = append(rs, r)
		}
	}
	a.scratch.readings = rs
	return rs
}

// shareSubjects lets a clause that names no one take the subject of the
// clause before that does, and a recalled meeting the participants of the
// clause it is recalled from.
func shareSubjects(rs []*clauseReading) {
	for i := range rs {
		if i > 0 {
			// "...; chứng kiến lễ trao đổi văn kiện và gặp gỡ báo chí; hội
			// kiến Chủ tịch Quốc hội ...": an item that names no one does
			// not end the list whose subject goes on.
			before := rs[i-1]
			for j := i - 2; j >= 0 && len(before.parts) == 0; j-- {
				before = rs[j]
			}
			rs[i].shareSubject(before)
			if rs[i].recall != nil {
				rs[i].recalledFrom = rs[i-1].parts
			}
		}
		rs[i].trailingSubject()
	}
}

// takeMainSubjects lets a clause before the main one take the main
// clause's subject, and a meeting recalled with one participant the
// other the main clause names.
func (a *analysis) takeMainSubjects(s *sentence, rs []*clauseReading) {
	for i := 0; i+1 < len(rs); i++ {
		rs[i].takeMainSubject(rs[i+1])
		if rs[i].recall != nil && len(rs[i].recalledFrom) == 0 && len(rs[i].parts) == 1 && len(rs[i+1].parts) > 0 {
			// "kể từ sau cuộc gặp người đồng cấp Putin ..., Tổng thống
			// Macron đã ...": the main clause after it names the other.
			if k := a.firstParticipant(s, rs[i+1].cl, rs[i+1].parts); k != "" && k != rs[i].parts[0] {
				rs[i].recalledFrom = []string{rs[i].parts[0], k}
				slices.Sort(rs[i].recalledFrom)
			}
		}
	}
}

// frame is the trip an accompanying opening frames ("nhân dịp tháp tùng
// Chủ tịch Quốc hội ... thăm ... và tham dự Hội nghị Cấp cao ..."): the
// order of its clause, and the day and place of the companion's meeting.
type frame struct {
	order int // -1: none
	day   calendar.Date
	at    meeting
}

// occasions gives a meeting told with its occasion ("nhân dịp tham dự Hội
// nghị ... tại ...") the occasion's day and place where it has none of its
// own, and returns the frame of an accompanying opening.
func occasions(s *sentence, rs []*clauseReading) frame {
	fr := frame{order: -1}
	for i := 0; i+1 < len(rs); i++ {
		// "Thủ tướng ... gặp Tổng thống Ba Lan ... nhân dịp tham dự Hội
		// nghị ... tại thành phố Đại Liên, ... sáng 25/6/2024", "nhân dịp
		// Hội nghị ... tại Gyeongju, Hàn Quốc cuối tháng này, ... sẽ gặp":
		// the meeting was where and when its occasion was.
		m, o := rs[i], rs[i+1]
		if m.occasion {
			m, o = o, m
		}
		if o.occasion && !m.occasion && m.base.date.IsZero() && m.base.city == "" && m.base.country == "" {
			m.base.date, m.base.endDate, m.base.city, m.base.country = o.base.date, o.base.endDate, o.base.city, o.base.country
		} else if o.occasion && !m.occasion && m.base.city == "" && m.base.country == "" {
			// "Chiều 27/7, Bí thư Tỉnh ủy ... tiếp ông Triệu Kim ... nhân
			// chuyến thăm và làm việc tại Lâm Đồng": the day is the main
			// clause's, the place the occasion's.
			m.base.city, m.base.country = o.base.city, o.base.country
		} else if o.occasion && !m.occasion && m.base.city == "" && o.base.city != "" && o.base.country == m.base.country {
			// "đã có cuộc gặp tại Thổ Nhĩ Kỳ ngày 10/3, nhân dịp tham dự
			// Diễn đàn Ngoại giao Antalya": the occasion's city, in the
			// country the meeting's clause names.
			m.base.city = o.base.city
		}
		if o.occasion && !m.occasion && accompanyingFrame(s) == o.cl.end-1 {
			// "nhân dịp tháp tùng Chủ tịch Quốc hội ... thăm, làm việc tại
			// Lào và tham dự Hội nghị Cấp cao ..., ngày 6/12, đoàn ... đã
			// đến ...": the companion's meeting puts the summit the one he
			// accompanies came for on its day (docs/ANNOTATION.md, a summit
			// known through a sideline meeting); the visit stays a frame.
			fr = frame{order: o.base.order, day: m.base.date, at: m.base}
		}
	}
	return fr
}

// apply gives the summit of the framed trip the companion's day and place,
// and the trip itself no day of its own: the companion's day is inside it,
// not its first (docs/ANNOTATION.md: a visit that only frames another event).
func (fr frame) apply(ms []meeting) {
	for i := 0; i < len(ms) && fr.order >= 0; i++ {
		if ms[i].order != fr.order {
			continue
		}
		switch {
		case ms[i].kind == "summit" && ms[i].date.IsZero():
			ms[i].date = fr.day
			if ms[i].city == "" && ms[i].country == "" {
				ms[i].city, ms[i].country = fr.at.city, fr.at.country
			}
		case ms[i].kind == "state_visit":
			ms[i].date, ms[i].endDate, ms[i].frame = calendar.Date{}, calendar.Date{}, true
		}
	}
}

// markSides notes the countries each meeting of sentence si has on its
// sides (hosts, and heads of state or government outside a reception),
// and marks partial the meetings of one country's leaders only: one side
// of an event, not a meeting of their own.
func (a *analysis) markSides(s *sentence, si int, ms []meeting) {
	// "đón tiếp" at the airport is the visit's welcome, no reception of its own.
	reception := slices.ContainsFunc(s.cues, func(c cueHit) bool {
		return c.cat == "reception" && !(c.start > 0 && s.toks[c.start-1].low == "đón")
	})
	for i := range ms {
		m := &ms[i]
		m.uncountried = !a.allCountried(m.participants)
		m.tenseless = m.tenseless || a.isHeadline(si)
		// The sets are built afresh, each in one array sized for every
		// participant (countrySet.add copies on each add), then clipped
		// so that a later add copies.
		var hosts, headOf countrySet
		for _, k := range m.participants {
			if p := a.people.get(k); p != nil && p.country != "" {
				hosts = addFresh(hosts, p.country, len(m.participants))
				// "Trong cuộc gặp với Tổng thống Kazakhstan" during a visit
				// to Kazakhstan is the visit's meeting; a reception is not.
				if p.head && !reception {
					headOf = addFresh(headOf, p.country, len(m.participants))
				}
			}
		}
		m.hosts, m.headOf = slices.Clip(hosts), slices.Clip(headOf)
		if m.grp != "summit" && len(m.participants) > 1 && len(m.hosts) <= 1 && (a.allCountried(m.participants) || welcomeSide(s) || delegationList(s)) {
			// "Tham dự lễ đón có: Bộ trưởng A, Bộ trưởng B; ...": leaders of
			// one country are one side of an event, not a meeting of their own.
			m.partial = true
		}
	}
}

// onThisVisit drops the visits read from a sentence that names the
// article's visit again ("trong chuyến thăm này, hai nước đã nhất trí
// ..."): what it adds is told elsewhere, but for both its sides named
// doing something together on it.
func onThisVisit(out []meeting, from int) []meeting {
	kept := out[:from]
	for _, m := range out[from:] {
		if m.kind != "state_visit" || m.rule == "both-sides-on-this-visit" {
			kept = append(kept, m)
		}
	}
	return kept
}

// sharedSpans dates the legs of a trip told in one clause with one span
// of days for them all ("sẽ dự Hội nghị Cấp cao ASEAN - GCC và thăm Vương
// quốc Saudi Arabia từ ngày 18 - 20/10/2023", "thăm chính thức Indonesia
// ... và Iran từ ngày 4-11/8") by what the span fixes of all its days:
// the order the clause lists them in is not the itinerary
// (docs/ANNOTATION.md). The span stays their end.
func sharedSpans(ms []meeting) {
	type group struct {
		order    int
		from, to calendar.Date
	}
	visits, legs := map[group]int{}, map[group]int{}
	for _, m := range ms {
		if m.endDate.IsZero() || m.date.Day == 0 || m.partial {
			continue
		}
		g := group{m.order, m.date, m.endDate}
		switch {
		case m.kind == "state_visit":
			visits[g]++
			legs[g]++
		case m.grp == "summit":
			legs[g]++
		}
	}
	for i := range ms {
		m := &ms[i]
		g := group{m.order, m.date, m.endDate}
		if m.endDate.IsZero() || m.date.Day == 0 || m.partial || legs[g] < 2 {
			continue
		}
		// A visit of one country keeps its first day (docs/ANNOTATION.md:
		// a visit's day is its first when the text names no other); the
		// legs of several, and a summit beside a visit, what all share.
		if m.grp == "summit" || m.kind == "state_visit" && visits[g] > 1 {
			m.date = commonPart(m.date, m.endDate)
		}
	}
}

// delegationList reports a sentence that lists a delegation ("Thành phần
// Đoàn Thủ tướng Ấn Độ ... gồm có ông Adít Đôvan, Cố vấn An ninh Quốc
// gia; ...", "Tham gia đoàn ... có: ...", "Tháp tùng Tổng thống ... có
// ..."): those it names are one
// side of the visit, the titles of some naming no country.
func delegationList(s *sentence) bool {
	t := s.toks
	o := sourceTagEnd(s)
	if len(t) >= o+4 && t[o].low == "tháp" && t[o+1].low == "tùng" {
		return true // "Tháp tùng Tổng thống Đức ... thăm Việt Nam có bà Dörte Dinger, ...": the visitor's suite
	}
	if len(t) >= o+4 && t[o].low == "cùng" {
		o++ // "Cùng tham gia trong đoàn còn có ..."
	}
	if len(t) < o+4 || !(t[o].low == "thành" && t[o+1].low == "phần" || t[o].low == "tham" && t[o+1].low == "gia") {
		return false
	}
	for i := o + 2; i < len(t) && i < o+6; i++ {
		if t[i].low == "đoàn" {
			return true // "Tham gia đoàn đại biểu Việt Nam thăm Vương quốc Campuchia có: ..."
		}
	}
	return false
}

// receiversList reports a sentence that opens on those who received a
// delegation ("Tiếp và làm việc với đoàn có các đồng chí: A - Bí thư Tỉnh
// ủy; B - ...", "Đón tiếp đoàn có ..."): the hosts of the visit told
// before, some of their posts naming no country.
func receiversList(s *sentence) bool {
	t := s.toks
	o := sourceTagEnd(s)
	if len(t) < o+4 || t[o].low != "tiếp" && t[o].low != "đón" {
		return false
	}
	for i := o + 1; i+1 < len(t) && i < o+7; i++ {
		if t[i].low == "đoàn" && t[i+1].low == "có" {
			return true
		}
	}
	return false
}

// welcomeSide reports a sentence that lists the welcomers of one side
// ("Buổi lễ đón ... với sự tham dự của các quan chức cấp cao phía
// Campuchia, bao gồm ..."): a welcome word and "phía".
func welcomeSide(s *sentence) bool {
	return slices.ContainsFunc(s.cues, func(c cueHit) bool { return c.cat == "meet" && welcome(s, c) }) &&
		slices.ContainsFunc(s.toks, func(t token) bool { return t.low == "phía" })
}

// thisVisit reports "chuyến thăm này" or "chuyến thăm lần này" in s.
func thisVisit(s *sentence) bool {
	for i := 0; i+1 < len(s.toks); i++ {
		if s.toks[i].low != "thăm" {
			continue
		}
		if n := s.toks[i+1].low; n == "này" || n == "lần" && i+2 < len(s.toks) && s.toks[i+2].low == "này" {
			return true
		}
	}
	return false
}

// allCountried reports whether every one of the leaders has a known country.
func (a *analysis) allCountried(keys []string) bool {
	for _, k := range keys {
		if p := a.people.get(k); p == nil || p.country == "" {
			return false
		}
	}
	return true
}

// debugClause, when set, is shown each clause's reading (tests only).
var debugClause func(si, ci int, r *clauseReading)

// namesSummit reports an organisation named like its summit ("Hội nghị
// cấp cao Đông Á"), a meeting word in itself.
func namesSummit(s *sentence) bool {
	for mi := range s.ments {
		m := &s.ments[mi]
		if m.kind == mOrg && namedLikeSummit(s, *m) {
			return true
		}
	}
	return false
}

// inviter returns the leader invited by in the clause: "theo lời mời
// của Tổng Bí thư Tô Lâm".
func (a *analysis) inviter(s *sentence, cl clause) string {
	for _, c := range s.cues {
		if c.cat != "beside" || c.val != "inviter" || c.start < cl.start || c.end > cl.end {
			continue
		}
		for _, m := range s.ments {
			if m.start >= c.end && m.start-c.end <= besideReach && len(m.keys) == 1 {
				return m.keys[0]
			}
		}
	}
	return ""
}

// dayAndSpan returns the dates of a clause that tells of a meeting during
// a visit: the day of the meeting (a single day, the nearest to a meeting
// word, else the sentence lead's) and the visit's span (a range, the one
// after the visit word at visitAt when there are several).
func (a *analysis) dayAndSpan(s *sentence, cl clause, visitAt int) (day, span, spanEnd calendar.Date) {
	for i := range s.dates {
		d := &s.dates[i]
		if !a.inClause(s, cl, d.Start) || a.sinceDate(s, cl, d.Start) || a.statementDate(s, d) || homeTime(s, d) || horizon(s, d) {
			continue
		}
		if !d.EndDate.IsZero() {
			if span.IsZero() || visitAt >= 0 && d.Start > s.toks[visitAt].start {
				span, spanEnd = d.Date, d.EndDate
			}
			continue
		}
		if day.IsZero() && !d.Approx && !leavingAfter(s, cl, d) {
			day = d.Date
		}
	}
	if day.IsZero() {
		day, _ = a.leadDate(s, a.leadOf(s), cl)
	}
	return day, span, spanEnd
}

// firstMention returns the token of the first mention of any of keys in
// the clause, or the clause's end.
func (a *analysis) firstMention(s *sentence, cl clause, keys []string) int {
	for _, m := range s.ments {
		if m.start >= cl.start && m.end <= cl.end && len(m.keys) > 0 && slices.Contains(keys, m.keys[0]) {
			return m.start
		}
	}
	return cl.end
}

// mentionedAfter reports whether leader k is named after leader other in the clause.
func (a *analysis) mentionedAfter(s *sentence, cl clause, k, other string) bool {
	at := func(key string) int {
		for _, m := range s.ments {
			if m.start >= cl.start && m.end <= cl.end && slices.Contains(m.keys, key) {
				return m.start
			}
		}
		return -1
	}
	return at(k) > at(other)
}

// leadOf returns where the sentence's lead ends: the token of its first
// person (a name, a title, "hai nhà lãnh đạo", "ông"). A lead that starts
// with "trước khi" tells of another time and place: it sets no scene.
func (a *analysis) leadOf(s *sentence) int {
	for _, c := range s.cues {
		if c.cat == "clause" && c.start == 0 && s.toks[0].low == "trước" {
			return 0
		}
	}
	for _, m := range s.ments {
		switch m.kind {
		case mLeader, mSurname, mDesc, mPair, mPronoun:
			return m.start
		}
	}
	return 0
}

// leadDate is the last date of the lead that dates an event: not a
// "since" date nor that of a statement.
func (a *analysis) leadDate(s *sentence, lead int, cl clause) (calendar.Date, calendar.Date) {
	if lead == 0 || cl.start == 0 && lead > cl.end {
		return calendar.Date{}, calendar.Date{}
	}
	end := s.toks[lead].start
	var best *calendar.Mention
	for i := range s.dates {
		d := &s.dates[i]
		if d.Start >= end || a.statementDate(s, d) || a.sinceDate(s, clause{0, lead}, d.Start) || a.reportedBefore(s, d, cl) || leavingAfter(s, clause{0, len(s.toks)}, d) || homeTime(s, d) || horizon(s, d) {
			continue
		}
		best = d
	}
	if best == nil {
		if d := a.sameDayLead(s, lead); !d.IsZero() {
			return d, calendar.Date{}
		}
		return a.justBefore(s, cl), calendar.Date{}
	}
	if best.Approx {
		return calendar.Date{Year: best.Date.Year, Month: best.Date.Month}, calendar.Date{}
	}
	return best.Date, best.EndDate
}

// sameDayLead is the day "cùng ngày" stands for in a sentence's lead, when
// a clause of its own comes between it and the meeting: "Chiều cùng
// ngày, ngay sau khi tới Tokyo, Thủ tướng ... đã tiếp ...", "Trưa cùng
// ngày, ngay sau khi đặt chân đến Hà Nội, Tổng thống ...". Else zero.
func (a *analysis) sameDayLead(s *sentence, lead int) calendar.Date {
	c, ok := s.hasCue("sameday", 0, lead)
	if !ok {
		return calendar.Date{}
	}
	for si, o := range a.sents {
		if o == s {
			return a.dayBefore(s, si, s.toks[c.start].start)
		}
	}
	return calendar.Date{}
}

// spanAfter returns the first span in parentheses told after clause cl
// began ("thăm cấp Nhà nước tới Lào, dự Lễ kỷ niệm ...; đồng chủ trì Cuộc
// gặp cấp cao ... (từ ngày 1-2/12)"): the dates of the trip, for a visit
// whose own clause names none. Else nil.
func spanAfter(s *sentence, cl clause) *calendar.Mention {
	for i := range s.dates {
		d := &s.dates[i]
		if d.EndDate.IsZero() || d.Start < s.toks[cl.start].start {
			continue
		}
		open, closed := false, false
		for _, t := range s.toks {
			if t.end <= d.Start && t.start >= d.Start-16 && t.text == "(" {
				open = true
			}
			if t.start >= d.End && t.start <= d.End+1 && t.text == ")" {
				closed = true
			}
		}
		if open && closed {
			return d
		}
	}
	return nil
}

// reportedBefore reports a verb of saying between date d and clause cl:
// "Ngày 9/1, Phủ Tổng thống thông báo, Tổng thống Lee sẽ thăm Nhật Bản"
// dates the announcement, not the visit.
func (a *analysis) reportedBefore(s *sentence, d *calendar.Mention, cl clause) bool {
	for _, c := range s.cues {
		if c.cat == "attrib" && s.toks[c.start].start >= d.End && c.start < cl.start {
			return true
		}
	}
	return false
}

// leadPlace is the place the lead names after a place word ("tại Thiên
// Tân (Trung Quốc)"): its city when it names one, else its country.
func (a *analysis) leadPlace(s *sentence, lead int) (city, country string) {
	if lead == 0 {
		return stillAt(s)
	}
	return a.place(s, clause{0, lead}, lead)
}

// stillAt returns the place a sentence opens on leaving ("Trước khi rời
// Moskva, sáng 11/5, Thủ tướng ... đã hội kiến ..."): where the one who
// leaves still was, its city when it names one, else its country.
func stillAt(s *sentence) (city, country string) {
	t := s.toks
	if len(t) < 4 || t[0].low != "trước" || t[1].low != "khi" && t[1].low != "lúc" || t[2].low != "rời" {
		return "", ""
	}
	for _, m := range s.ments {
		if m.start < 3 || m.start > 5 || m.kind != mCity && m.kind != mCountry {
			continue
		}
		for j := 3; j < m.start; j++ {
			if !placeNoun[t[j].low] {
				return "", "" // "rời" goes on to no place: "rời đi", "rời sân khấu"
			}
		}
		if m.kind == mCity {
			if c := gazetteer.Default().Cities[m.id]; c != nil {
				return c.Key, c.Country
			}
		}
		if m.kind == mCountry {
			return cityState(m.id), m.id
		}
	}
	return "", ""
}

// conjoined reports two leaders named as one subject: "A và B".
func (a *analysis) conjoined(s *sentence, cl clause) bool {
	var ls []mention
	for _, m := range s.ments {
		if m.start >= cl.start && m.end <= cl.end && len(m.keys) == 1 && m.kind != mPronoun {
			ls = append(ls, m)
		}
	}
	return len(ls) >= 2 && ls[1].start == ls[0].end+1 && s.toks[ls[0].end].low == "và"
}

// pluralMeetings reports "các cuộc gặp": several meetings, one per partner.
func (a *analysis) pluralMeetings(s *sentence, cl clause) bool {
	many := func(w string) bool { return w == "các" || w == "những" }
	for _, c := range s.cues {
		if c.cat == "meet" && c.start > cl.start && c.start < cl.end && many(s.toks[c.start-1].low) {
			return true
		}
		// "các buổi tiếp", "những cuộc điện đàm"; "lần lượt điện đàm với
		// A và B", "lần lượt có cuộc điện đàm với A và B" (in turn)
		if c.cat == "meet" && c.start > cl.start+1 && c.start < cl.end &&
			((s.toks[c.start-1].low == "buổi" || s.toks[c.start-1].low == "cuộc") && many(s.toks[c.start-2].low) || inTurnBefore(s, cl, c.start)) {
			return true
		}
		// "đã có cuộc gặp song phương với Tổng thống Indonesia ... và Thủ
		// tướng Campuchia ...": bilateral, so one with each.
		if c.cat == "meet" && c.val == "bilateral" && c.end+1 < cl.end && s.toks[c.end].low == "song" && s.toks[c.end+1].low == "phương" {
			return true
		}
	}
	return false
}

// inTurnBefore reports "lần lượt" (in turn) within a few words before a
// meeting word at token at: "lần lượt điện đàm", "lần lượt có cuộc điện
// đàm đầu tiên với A và B", one meeting with each.
func inTurnBefore(s *sentence, cl clause, at int) bool {
	for j := at - 2; j >= cl.start && j >= at-5; j-- {
		if s.toks[j].low == "lần" && s.toks[j+1].low == "lượt" {
			return true
		}
	}
	return false
}

// firstParticipant returns the participant named first in the clause.
func (a *analysis) firstParticipant(s *sentence, cl clause, parts []string) string {
	besides := besidesEnd(s, cl)
	for _, m := range s.ments {
		if m.start >= besides && m.end <= cl.end {
			for _, k := range m.keys {
				if slices.Contains(parts, k) {
					return k
				}
			}
		}
	}
	return parts[0]
}

// besidesEnd returns the token after a phrase "Ngoài A và B," that opens
// the clause, else the clause's start: "Ngoài ông Tập và ông Modi, ông
// Putin cũng sẽ có các cuộc hội đàm với ..." names those met besides the
// rest; the subject comes after it.
func besidesEnd(s *sentence, cl clause) int {
	if cl.start >= cl.end || s.toks[cl.start].low != "ngoài" {
		return cl.start
	}
	for i := cl.start + 1; i < cl.end; i++ {
		if s.toks[i].text == "," {
			return i + 1
		}
	}
	return cl.start
}

func sortedPair(a, b string) []string {
	if a < b {
		return []string{a, b}
	}
	return []string{b, a}
}

// summitAsOccasion reports a summit named as where something happened
// ("gặp ... tại hội nghị thượng đỉnh", "bên lề Hội nghị"), so a
// multilateral event of its own.
func (a *analysis) summitAsOccasion(s *sentence, cl clause) bool {
	at := a.summitCueAt(s, cl)
	for j := at - 1; j >= cl.start && j >= at-3; j-- {
		switch s.toks[j].low {
		case "tại", "ở", "lề", "bên", "dự", "đến", "tới", "trong":
			return true
		}
	}
	return false
}

// summitCueAt returns the token where the clause's summit word starts.
func (a *analysis) summitCueAt(s *sentence, cl clause) int {
	for _, c := range s.cues {
		if c.cat == "meet" && c.val == "summit" && c.start >= cl.start && c.end <= cl.end {
			return c.start
		}
	}
	return cl.start
}

// orgAfter reports an organisation named within eight tokens after from.
func (a *analysis) orgAfter(s *sentence, from, to int) bool {
	for mi := range s.ments {
		m := &s.ments[mi]
		if m.kind == mOrg && m.start >= from && m.start-from <= 8 && m.end <= to && !inLeaderTitle(s, *m, false) && !membersOf(s, *m) && !s.hasPhrase(from, m.start, "trước", "thềm") {
			return true
		}
	}
	return false
}

// membersOf reports an organisation named after "thành viên": "chuyến
// công du các nước thành viên G7" visits members, it is no G7 meeting.
func membersOf(s *sentence, org mention) bool {
	return org.start >= 2 && s.toks[org.start-2].low == "thành" && s.toks[org.start-1].low == "viên"
}

// inLeaderTitle reports an organisation named in a leader's title: the
// "NATO" of "cuộc điện đàm với Tổng thư ký NATO Mark Rutte" is his, not
// a meeting's. With namedOnly, only the title of a named leader counts:
// a bare title may be a summit's name ("Hội nghị Bộ trưởng Ngoại giao
// ASEAN").
func inLeaderTitle(s *sentence, org mention, namedOnly bool) bool {
	for mi := range s.ments {
		m := &s.ments[mi]
		if namedOnly && (m.kind != mLeader || len(m.keys) == 0) {
			continue
		}
		if (m.kind == mLeader || m.kind == mDesc) && m.start < org.start && org.end <= m.end {
			return true
		}
		// "Tổng thư ký Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) Mark
		// Rutte": the acronym between the title and the name.
		if m.kind == mLeader && org.end <= m.start && m.start-org.end <= 1 && org.start > 0 && s.toks[org.start-1].text == "(" {
			return true
		}
	}
	return false
}

// otherCountries counts the countries named in the clause that are not
// the participants' own: the unnamed parties of a meeting.
func (a *analysis) otherCountries(s *sentence, cl clause, parts []string) int {
	own := map[string]bool{}
	for _, k := range parts {
		if p := a.people.get(k); p != nil {
			own[p.country] = true
		}
	}
	seen := map[string]bool{}
	for mi := range s.ments {
		m := &s.ments[mi]
		if m.kind == mCountry && m.start >= cl.start && m.end <= cl.end && !own[m.id] {
			seen[m.id] = true
		}
	}
	return len(seen)
}

// inClause reports whether byte offset off falls in clause cl of s.
func (a *analysis) inClause(s *sentence, cl clause, off int) bool {
	return off >= s.toks[cl.start].start && off < s.toks[cl.end-1].end
}

// participants returns the leaders taking part in the clause's meeting:
// everyone named there except speakers ("..., X cho biết"), people named
// only as the owner of a title ("cố vấn của ông Putin") or beside the
// event (greeted, spoken for, and the inviter of a visit, held or
// planned: had they met, or were to, the text would say so;
// docs/ANNOTATION.md).
func (a *analysis) participants(s *sentence, cl clause) []string {
	var keys []string // a handful: a scan finds a key seen cheaper than a map
	hasPair := false
	ahead := summitAheadAt(s, cl)
	for i := range s.ments {
		m := &s.ments[i]
		if m.start < cl.start || m.end > cl.end || len(m.keys) == 0 {
			continue
		}
		if m.kind == mPair {
			hasPair = true
		}
		if a.isSpeaker(s, *m) || a.isOwner(s, i) || beside(s, *m) || chainedTitle(s, *m) || absent(s, *m) || mourned(s, *m) || founder(s, *m) || toldOf(s, *m) || inQuotedTitle(s, *m) || letterOf(s, *m) || electedBy(s, *m) || speaksOfSummitAhead(s, cl, *m) || wishesHostSuccess(s, cl, *m) || ahead >= 0 && m.start >= ahead {
			continue
		}
		for _, k := range m.keys {
			if !slices.Contains(keys, k) {
				keys = append(keys, k)
			}
		}
	}
	if from := a.betweenPair(s, cl); from >= 0 {
		// "kết quả cuộc điện đàm ngày 14-8 giữa A với B": the event's
		// participants are the leaders named from its word on ("giữa A
		// và B, do C chủ trì"), not those who speak of it before, nor the
		// offices named beside a name ("Chủ tịch Đảng ..., Chủ tịch
		// Thượng viện Campuchia Hun Sen").
		var after []string
		for i, m := range s.ments {
			if m.start >= from && m.end <= cl.end && len(m.keys) == 1 && m.kind == mLeader && !a.isSpeaker(s, m) && !a.isOwner(s, i) && !beside(s, m) && !s.hasCueAt("attrib", m.end) {
				for _, k := range m.keys {
					after = appendUnique(after, k)
				}
			}
		}
		sort.Strings(after)
		return after
	}
	// "hai nhà lãnh đạo" stands for the people only when they are not named.
	if hasPair {
		var named []string
		for i, m := range s.ments {
			if m.start >= cl.start && m.end <= cl.end && m.kind != mPair && !a.isSpeaker(s, m) && !a.isOwner(s, i) {
				for _, k := range m.keys {
					named = appendUnique(named, k)
				}
			}
		}
		if len(named) >= 2 && !pairAfterKhi(s, cl) && !trioOfNamed(s, cl, named) {
			keys = named
		} else {
			keys = keys[:0]
			for _, m := range s.ments {
				if m.kind == mPair && m.start >= cl.start && m.end <= cl.end {
					for _, k := range m.keys {
						keys = appendUnique(keys, k)
					}
				}
			}
		}
	}
	sort.Strings(keys)
	return keys
}

// trioOfNamed reports "ba nhà lãnh đạo" in clause cl standing for three
// leaders among whom are all those the clause names, and more: "ba nhà
// lãnh đạo cũng đã tổ chức điện đàm, trong đó cả Tổng thống Macron và Thủ
// tướng Scholz đều ..." names two of the three.
func trioOfNamed(s *sentence, cl clause, named []string) bool {
	for _, m := range s.ments {
		if m.kind == mPair && m.role == "three" && m.start >= cl.start && m.end <= cl.end && len(m.keys) > len(named) &&
			!slices.ContainsFunc(named, func(k string) bool { return !slices.Contains(m.keys, k) }) {
			return true
		}
	}
	return false
}

// aimAtOtherEvent reports the aim word at token i ("nhằm") of a meeting
// told before it, whose aim speaks of another event and whose one it was:
// "A đã làm việc với B nhằm ... triển khai kết quả chuyến thăm chính thức
// Việt Nam của Quốc vương Jordan Abdullah II (12-13/11/2025)". The visit
// and its leader are no part of the meeting.
func aimAtOtherEvent(s *sentence, start, i int) bool {
	if s.toks[i].low != "nhằm" || !meetWordWithin(s, start, i-start) {
		return false
	}
	for _, c := range s.cues {
		if c.cat != "meet" || c.start <= i || c.start > i+16 {
			continue
		}
		for j := c.end; j < len(s.toks) && j <= c.end+5; j++ {
			if s.toks[j].low == "của" {
				return personWithin(s, j+1, 3)
			}
		}
	}
	return false
}

// letterOf reports a leader named as the sender of a letter another
// presents or hands over: "trình thư ủy nhiệm của Tổng Bí thư, Chủ tịch
// nước Nguyễn Phú Trọng lên Tổng thống Nepal", "trao Quốc thư của ...".
func letterOf(s *sentence, m mention) bool {
	// "của" right before the name or its titles ("của Tổng Bí thư, Chủ
	// tịch nước ...").
	for j := m.start - 1; j >= 1 && j >= m.start-8; j-- {
		t := &s.toks[j] // by pointer: a token is ten words to copy
		if t.low == "và" || t.text == ";" || s.hasCueAt("meet", j) {
			return false
		}
		if t.low != "của" && t.low != "từ" {
			continue
		}
		switch s.toks[j-1].low {
		case "điệp": // "thông điệp", "chuyển thông điệp từ nhà lãnh đạo Triều Tiên Kim Jong-un"
			return !leaderBetween(s, j, m)
		case "thư", "nhiệm": // "Quốc thư", "thư ủy nhiệm"; not "nhận Quốc thư từ Đại sứ ...", who hands it over
			return t.low == "của" && !leaderBetween(s, j, m)
		}
		return false
	}
	return false
}

// leaderBetween reports another leader named between token j and
// mention m: "trình Thư ủy nhiệm của Chủ tịch nước Lương Cường lên Tổng
// thống Paraguay Santiago Peña": the letter is that leader's, not m's.
func leaderBetween(s *sentence, j int, m mention) bool {
	for _, o := range s.ments {
		if o.kind == mLeader && o.start > j && o.end <= m.start {
			return true
		}
	}
	return false
}

// dashedPair reports two leaders joined by a dash at token i ("cuộc gặp
// Putin-Zelensky").
func dashedPair(s *sentence, i int) bool {
	for k := range s.ments {
		m := &s.ments[k]
		if m.start != i || m.kind != mLeader || len(m.keys) != 1 || k+1 >= len(s.ments) || m.end >= len(s.toks) {
			continue
		}
		n := s.ments[k+1]
		return (s.toks[m.end].text == "-" || s.toks[m.end].text == "–") && n.start == m.end+1 && n.kind == mLeader && len(n.keys) == 1
	}
	return false
}

// toldOf reports one told of a meeting after it ("thông báo với Thủ
// tướng Ali Asadov về kết quả cuộc hội đàm ... với Tổng thống Ilham
// Aliyev"): the one informed was not at that meeting.
func toldOf(s *sentence, m mention) bool {
	i := m.end
	if i >= len(s.toks) || s.toks[i].low != "về" {
		return false
	}
	for j := i + 1; j < len(s.toks) && j <= i+4; j++ {
		if s.hasCueAt("meet", j) {
			return true
		}
	}
	return false
}

// absent reports a leader said not to attend: "Tổng thống Nga Vladimir
// Putin không tham dự hội nghị mà cử đại diện là Ngoại trưởng Lavrov"
// sends someone else; he is no participant.
func absent(s *sentence, m mention) bool {
	for _, c := range s.cues {
		if c.cat == "absence" && absentFrom(s, m, c) {
			return true
		}
		if c.cat == "attend" && c.start >= m.end && (c.start <= m.end+3 || absentSubject(s, m, c)) && negatedWithin(s, c.start, 0) && !metLater(s, c.end) {
			return true
		}
	}
	return false
}

// absentFrom reports a leader who stays away from or skips (absence cue
// c) a summit named after c: "ông Tập vắng mặt ở hội nghị G20", "Tổng
// thống Putin đã bỏ qua cả hai hội nghị thượng đỉnh G20 và COP26", "Sự
// vắng mặt của Tổng thống Mỹ Donald Trump tại hội nghị". A word of
// meeting other than a summit's after c may be what he did instead.
func absentFrom(s *sentence, m mention, c cueHit) bool {
	after := c.start >= m.end && c.start <= m.end+2
	of := c.end < m.start && c.end+1 == m.start && s.toks[c.end].low == "của"
	if !after && !of {
		return false
	}
	from := c.end
	if of {
		from = m.end
	}
	for _, o := range s.cues {
		if o.cat == "meet" && o.start >= from && o.start <= from+8 {
			return o.val == "summit"
		}
	}
	for _, o := range s.ments {
		if o.kind == mOrg && o.start >= from && o.start <= from+4 {
			return true // "vắng mặt tại Hội nghị cấp cao Đông Á": the summit by its name
		}
	}
	return false
}

// absentSubject reports a leader who is the subject of a denied attendance
// c further on, described at length in between with no other person named:
// "Min Aung Hlaing lãnh đạo Myanmar và cũng là người đứng đầu quân đội
// của nước này không tham dự cuộc họp", "Thủ tướng Ấn Độ Narendra Modi,
// một trong những nhà lãnh đạo sáng lập khối BRICS, đã không tham dự cuộc
// họp". Twenty words at most: a subject's description, not a new clause.
func absentSubject(s *sentence, m mention, c cueHit) bool {
	if c.start > m.end+20 {
		return false
	}
	for _, o := range s.ments {
		if o.start >= m.end && o.start < c.start && o.kind <= mPronoun && len(o.keys) > 0 && !slices.Equal(o.keys, m.keys) {
			return false // another leader between: his verb
		}
	}
	for _, o := range s.cues {
		if o.start >= m.end && o.end <= c.start && (o.cat == "meet" || o.cat == "attend" || o.cat == "attrib") {
			return false // "X cho biết Y không dự", "X gặp ... không dự": another verb between
		}
	}
	return true
}

// mourned reports a late leader ("cố") named a few words after a word of
// mourning or remembrance (cues.tsv, memorial): "dự tang lễ cố Giáo hoàng
// Francis", "lễ tang cấp nhà nước của cố Thủ tướng Abe Shinzo", "tượng
// đài cố Quốc vương Norodom Sihanouk". He is mourned or honoured, not met;
// a late leader's own visit recalled ("chuyến thăm năm 1964 của cố Chủ
// tịch Kim Nhật Thành") is read as before.
func mourned(s *sentence, m mention) bool {
	late := m.start - 1
	if late < 0 || s.toks[late].low != "cố" {
		return false
	}
	for _, c := range s.cues {
		if c.cat == "memorial" && c.end <= late && late-c.end <= 4 {
			return true
		}
	}
	return false
}

// electedBy reports a leader an assembly elects ("Đại hội đồng Liên hợp
// quốc cũng đã bầu cựu Ngoại trưởng Đức Annalena Baerbock làm Chủ tịch",
// "Hội nghị cũng tái bầu bà Louise Mushikiwabo làm Tổng thư ký OIF"): the
// object of the vote, not said to take part in the meeting that voted.
func electedBy(s *sentence, m mention) bool {
	i := m.start - 1
	if i >= 0 && (s.toks[i].low == "cựu" || s.toks[i].low == "bà" || s.toks[i].low == "ông") {
		i--
	}
	return i >= 0 && s.toks[i].low == "bầu" && (i == 0 || s.toks[i-1].low != "được")
}

// wishesHostSuccess reports a leader who wishes or congratulates others on
// hosting a summit ("Ngoại trưởng Việt Nam cũng gửi lời chúc Hàn Quốc tổ
// chức thành công Hội nghị thượng đỉnh APEC", "chúc mừng Trung Quốc đã tổ
// chức thành công Hội nghị thượng đỉnh SCO"): he speaks of the summit, the
// text does not say he attends it.
func wishesHostSuccess(s *sentence, cl clause, m mention) bool {
	t := s.toks
	wish := -1
	for i := m.start + 1; i < cl.end && i <= m.end+4; i++ { // (a post read on may take in "cũng gửi lời chúc")
		if t[i].low == "chúc" {
			wish = i
			break
		}
	}
	if wish < 0 {
		return false
	}
	for i := wish + 1; i+2 < cl.end && i <= wish+8; i++ {
		if t[i].low == "tổ" && t[i+1].low == "chức" && t[i+2].low == "thành" {
			_, attends := s.hasCue("attend", m.end, cl.end)
			return !attends
		}
	}
	return false
}

// speaksOfSummitAhead reports a leader who reports ("X cho biết", "X cho
// hay", "X bày tỏ hy vọng") on a summit the clause names only after his
// verb: "Bộ trưởng
// Ngoại giao Uzbekistan Vladimir Norov cho biết tại hội nghị thượng đỉnh
// ở Samarkand sẽ ký các biên bản ghi nhớ", "bà Rousseff cho biết quyết
// định ... được thông qua trước thềm Hội nghị Thượng đỉnh BRICS sẽ khai
// mạc vào ngày 6/7". The speaker is not said to attend; one who says he
// met or will attend ("cho biết ông sẽ tham dự", "cho biết đã hội đàm")
// is read as before, and so is a clause with a meeting word before him.
// Other verbs of saying are not read so: "phát biểu tại Hội nghị",
// "nói trong bài phát biểu khai mạc hội nghị thượng đỉnh" tell of one who
// spoke at the summit, "tuyên bố hủy bỏ kế hoạch tổ chức hội nghị thượng
// đỉnh với ..." of the one who would hold it.
func speaksOfSummitAhead(s *sentence, cl clause, m mention) bool {
	i := m.end
	for i < cl.end && (s.toks[i].text == "," || tenseWord[s.toks[i].low]) {
		i++
	}
	var say cueHit
	found := false
	for _, c := range s.cues {
		if c.cat == "attrib" && c.start == i && c.end == i+2 && (s.toks[i].low == "cho" && (s.toks[i+1].low == "biết" || s.toks[i+1].low == "hay") || s.toks[i].low == "bày" && s.toks[i+1].low == "tỏ") {
			say, found = c, true
			break
		}
	}
	if !found {
		return false
	}
	summit := false
	for _, c := range s.cues {
		if c.start < cl.start || c.end > cl.end {
			continue
		}
		switch {
		case c.cat == "meet" && c.start < m.start, c.cat == "attend" && c.start >= say.end:
			return false
		case c.cat == "meet" && c.start >= say.end && c.val != "summit":
			return false
		case c.cat == "meet" && c.start >= say.end:
			summit = true
		}
	}
	for _, p := range s.ments {
		if p.kind == mPronoun && p.start >= say.end && p.end <= cl.end {
			return false // "cho biết ông sẽ dự hội nghị"
		}
		if len(p.keys) > 0 && p.start > say.end && p.end <= cl.end && s.toks[p.start-1].low == "với" {
			return false // "bày tỏ hy vọng sẽ tổ chức hội nghị thượng đỉnh tiếp theo với ông Kim": his own
		}
	}
	return summit
}

// metLater reports a meeting word other than a summit's after token i:
// "ông Trump không dự phiên họp chính ... và đã về nước sau cuộc gặp với
// Chủ tịch Tập Cận Bình" missed the summit, not the talks. The word right
// at i is what was not attended: "không tham dự cuộc họp".
func metLater(s *sentence, i int) bool {
	for _, c := range s.cues {
		if c.cat == "meet" && c.val != "summit" && c.start > i {
			return true
		}
	}
	return false
}

// pairAfterKhi reports "khi hai nhà lãnh đạo ... gặp nhau" in the
// clause: the meeting is the pair's, and whoever is named before "khi"
// was there when they met ("Bộ trưởng Hegseth, Ngoại trưởng Rubio cùng
// có mặt ở sân bay khi hai nhà lãnh đạo Nga - Mỹ gặp nhau").
func pairAfterKhi(s *sentence, cl clause) bool {
	for _, m := range s.ments {
		if m.kind == mPair && m.start > cl.start && m.end <= cl.end && s.toks[m.start-1].low == "khi" {
			return true
		}
	}
	return false
}

// summitAheadAt returns where a meeting word starts that the clause's
// event comes before, itself after another meeting word, or -1: in
// "Lavrov đã có cuộc điện đàm với Rubio trước thềm hội nghị thượng đỉnh
// giữa Tổng thống Putin và người đồng cấp Mỹ Donald Trump" the two named
// after it, the summit's, are not on the call.
func summitAheadAt(s *sentence, cl clause) int {
	other := false
	for _, c := range s.cues {
		if c.cat != "meet" || c.start < cl.start || c.end > cl.end {
			continue
		}
		if onTheEveOf(s, c.start) {
			if other {
				return c.end
			}
			continue
		}
		other = true
	}
	return -1
}

// betweenPair returns where the meeting word starts that "giữa" and two
// leaders follow closely ("cuộc điện đàm rất thành công ngày 14-8 giữa
// Tổng Bí thư Tô Lâm với Chủ tịch Thượng viện Campuchia Hun Sen"), joined
// by "với", "và" or "cùng", or -1.
func (a *analysis) betweenPair(s *sentence, cl clause) int {
	at, word := -1, -1
	for _, c := range s.cues {
		if c.cat != "meet" || c.start < cl.start || c.end > cl.end || onTheEveOf(s, c.start) {
			continue // "điện đàm với A trước thềm hội nghị thượng đỉnh giữa B và C": the pair is the summit's, not the call's
		}
		if dashedPair(s, c.end) {
			return c.start // "đề xuất tổ chức cuộc gặp Putin-Zelensky": the two named after the word
		}
		for j := c.end; j < cl.end && j < c.end+8; j++ {
			if s.toks[j].low == "giữa" {
				at, word = j+1, c.start
				break
			}
		}
		if at >= 0 {
			break
		}
	}
	if at < 0 {
		return -1
	}
	var out []string
	prev := -1
	for _, m := range s.ments {
		if m.start < at || m.end > cl.end || len(m.keys) != 1 || m.kind != mLeader {
			continue
		}
		if prev < 0 && m.start-at > 8 {
			return -1 // "giữa" is not followed by a leader
		}
		if prev >= 0 {
			join := false
			for j := prev; j < m.start; j++ {
				switch s.toks[j].low {
				case "với", "và", "cùng":
					join = true
				}
			}
			if !join || m.start-prev > 10 {
				return -1
			}
		}
		out = appendUnique(out, m.keys[0])
		if len(out) == 2 {
			return word
		}
		prev = m.end
	}
	return -1
}

// invitees returns the participants of a visit that an invitation
// before its word names as the guests, when it does: in "Chủ tịch Quốc hội
// gửi lời mời Chủ tịch Thượng viện Jordan sớm sang thăm Việt Nam" the
// visitor is the one invited, and who invites is not on the visit
// (docs/ANNOTATION.md: inviters are not participants). Else parts.
func (a *analysis) invitees(s *sentence, cl clause, parts []string) []string {
	inv, visitAt := -1, -1
	for _, c := range s.cues {
		if c.cat == "meet" && c.val == "state_visit" && c.start >= cl.start && c.end <= cl.end {
			visitAt = c.start // the last: "gửi lời thăm hỏi và lời mời ... sang thăm"
		}
	}
	for _, c := range s.cues {
		if c.cat == "invite" && c.start >= cl.start && c.end <= visitAt {
			inv = c.start
		}
	}
	if inv < 0 {
		return parts
	}
	for _, c := range s.cues {
		if c.cat == "meet" && c.val != "state_visit" && c.start >= cl.start && c.start < inv {
			// "Trong cuộc gặp ..., A mời B sớm thăm Việt Nam": those who
			// met are A and B; the clause's meeting is not the visit.
			return parts
		}
	}
	var before, after []string
	for _, m := range s.ments {
		if m.kind > mPronoun || m.start < cl.start || m.end > visitAt { // people only
			continue
		}
		for _, k := range m.keys {
			if !slices.Contains(parts, k) {
				continue
			}
			if m.end <= inv {
				before = append(before, k)
			} else {
				after = append(after, k)
			}
		}
	}
	if len(after) == 0 || len(before) == 0 {
		return parts
	}
	var out []string
	for _, k := range parts {
		if !slices.Contains(before, k) || slices.Contains(after, k) {
			out = append(out, k)
		}
	}
	return out
}

// besideReach is how many tokens may stand between a "beside" word and
// the mention it applies to: a title whose mention starts after it.
const besideReach = 1

// beside reports a leader named right after a "beside" word: "theo lời
// mời của Tổng thống Putin", "gửi lời hỏi thăm tới Tổng thống Putin".
func beside(s *sentence, m mention) bool {
	if envoyOf(s, m) || greeted(s, m) || passedOnFrom(s, m) {
		return true
	}
	for _, c := range s.cues {
		if c.cat != "beside" || c.end > m.start {
			continue
		}
		if m.start-c.end <= besideReach || m.start == afterTitleChain(s, c.end) || honorificsOnly(s, c.end, m.start) {
			return true
		}
		if c.val != "inviter" && c.val != "sender" {
			continue
		}
		from := listOpening(s, c.end)
		if from > c.end && m.start-from <= besideReach || laterInList(s, from, m) {
			return true // "theo lời mời của Tổng thống Mông Cổ A, Tổng thống Ireland B và ...": each is an inviter
		}
		if c.val == "sender" && sentWithList(s, c.end, m) {
			return true // "gửi lời thăm hỏi của A, B, C tới D": all who send them
		}
		if c.val == "inviter" && m.start > c.end && !s.hasCueBetween("meet", c.end, len(s.toks)) {
			return true // "thăm UAE, Qatar và Saudi Arabia theo lời mời của A, B, C.": no one after the invitation does anything
		}
		if c.val == "inviter" && m.start < guestOf(s, c) {
			return true // "Nhận lời mời của A, ..., B và C, sáng 9/3, Tổng Bí thư Tô Lâm lên đường thăm": all before the guest
		}
	}
	return false
}

// passedOnFrom reports a leader whose words someone passes on, named
// after "chuyển lời ..." and its "của" or "giữa" whatever words of
// greeting stand between: "trân trọng chuyển lời thăm hỏi và chúc mừng
// năm mới của Tổng Bí thư Nguyễn Phú Trọng, Chủ tịch nước ...", "hai bên
// cùng chuyển lời thăm hỏi thân thiết giữa Tổng Bí thư Tô Lâm, ... và
// Tổng Bí thư, Chủ tịch nước Tập Cận Bình". The data's "lời thăm hỏi
// của" and the like (cues.tsv, beside) hold the plain phrases; the words
// between vary too much for a list. The senders, and every leader of
// their list, are not at the meeting; one the words go to ("tới", "đến")
// may be.
func passedOnFrom(s *sentence, m mention) bool {
	t := s.toks
	for i := 0; i+2 < m.start; i++ {
		if t[i].low != "chuyển" || t[i+1].low != "lời" {
			continue
		}
		for j := i + 2; j < m.start && j < i+14; j++ {
			if w := t[j]; w.low == "của" || w.low == "giữa" {
				from := j + 1
				return m.start-from <= besideReach || m.start == afterTitleChain(s, from) || honorificsOnly(s, from, m.start) ||
					laterInList(s, from, m) || sentWithList(s, from, m) || listOfSenders(s, from, m)
			} else if w.upper || !w.word && w.text != "," {
				break
			}
		}
	}
	return false
}

// listOfSenders reports m among the leaders listed from token from on,
// joined by commas and "và" with nothing else between them.
func listOfSenders(s *sentence, from int, m mention) bool {
	prev := from
	for _, o := range s.ments {
		if o.start < from || len(o.keys) == 0 || o.kind == mCountry {
			continue
		}
		if prev > from && !joiners(s, prev, o.start) && !honorificsOnly(s, prev, o.start) {
			return false
		}
		if o.start == m.start {
			return true
		}
		prev = o.end
	}
	return false
}

// greeted reports a leader named after "tới"/"đến" in greetings passed
// on: "chuyển lời thăm hỏi, lời chúc tốt đẹp của Tổng Bí thư ... tới Tổng
// Bí thư, Chủ tịch Tập Cận Bình, Thủ tướng Lý Cường". Several who receive
// greetings are not at the meeting.
func greeted(s *sentence, m mention) bool {
	for _, c := range s.cues {
		if c.cat != "greeting" || c.end > m.start || m.start-c.end > 90 {
			continue
		}
		for j := c.end; j < m.start; j++ {
			// (a long list of senders may stand between the greeting and
			// "tới": the one greeted is near "tới", not near the greeting)
			if low := s.toks[j].low; (low == "tới" || low == "đến") && (m.start-c.end <= 45 || j-c.end <= 60 && m.start-j <= 30 && !s.hasToken(";", j, m.start)) && !s.hasCueBetween("meet", j, m.start) {
				// Greetings to one leader may be to the one met ("tại cuộc
				// hội đàm, ... chuyển lời thăm hỏi ... tới Tổng Bí thư, Chủ
				// tịch nước Tập Cận Bình"); to several, they go home.
				var keys []string
				for _, o := range s.ments {
					if o.start > j && len(o.keys) == 1 && !chainedTitle(s, o) {
						keys = appendUnique(keys, o.keys[0])
					}
				}
				return len(keys) >= 2
			}
		}
	}
	return false
}

// honorificsOnly reports tokens [from, to) that only join names with
// their honorifics: "của đồng chí Tổng Bí thư, đồng chí Chủ tịch nước".
func honorificsOnly(s *sentence, from, to int) bool {
	for i := from; i < to; i++ {
		switch s.toks[i].low {
		case ",", "và", "đồng", "chí", "ngài":
		default:
			return false
		}
	}
	return true
}

// envoyOf reports a leader named as the one who sent an envoy: "các đặc
// phái viên của Tổng thống Mỹ Donald Trump", "đặc sứ của Chủ tịch Tập Cận
// Bình". The envoy's title is read as a title, so the cue of the same
// words ("đặc phái viên của") never stands before the sender.
func envoyOf(s *sentence, m mention) bool {
	for j := max(2, m.start-6); j < m.start; j++ {
		if s.toks[j].low != "của" || s.hasToken(",", j+1, m.start) || s.hasToken("và", j+1, m.start) {
			continue // (the title between: "của Tổng thống Mỹ Donald Trump")
		}
		a, b := s.toks[j-2].low, s.toks[j-1].low
		return a == "phái" && b == "viên" || a == "đặc" && b == "sứ"
	}
	return false
}

// sentWithList reports m in the list of senders that starts at token
// from and ends before "tới"/"đến", where the greetings go: "lời thăm
// hỏi của Tổng Bí thư Tô Lâm, Chủ tịch nước Lương Cường, Chủ tịch Quốc
// hội Trần Thanh Mẫn tới ...". Only commas and "và" join its items.
func sentWithList(s *sentence, from int, m mention) bool {
	if m.start < from {
		return false
	}
	prev, in := from, false
	for _, o := range s.ments {
		if o.start < from || len(o.keys) == 0 || o.kind == mCountry {
			continue
		}
		if prev > from && !joiners(s, prev, o.start) && !honorificsOnly(s, prev, o.start) {
			break
		}
		in = in || o.start == m.start
		prev = o.end
	}
	if !in {
		return false
	}
	for i := prev; i < len(s.toks) && i < prev+3; i++ {
		if s.toks[i].low == "tới" || s.toks[i].low == "đến" {
			return true
		}
	}
	return false
}

// guestOf returns where the guest is named in a sentence that opens on an
// invitation ("Nhận lời mời của A, B và C, ... D lên đường thăm ..."):
// the last leader named before the first meeting word after it. Everyone
// named between the invitation and the guest invited. Else -1.
func guestOf(s *sentence, c cueHit) int {
	if c.start > 0 && s.toks[c.start-1].text != "," {
		return -1 // "thăm Lào theo lời mời của A": the invitation does not open it
	}
	meet := -1
	for _, o := range s.cues {
		if o.cat == "meet" && o.start >= c.end {
			meet = o.start
			break
		}
	}
	guest := -1
	for _, m := range s.ments {
		if m.start >= c.end && m.end <= meet && m.kind == mLeader && len(m.keys) == 1 {
			guest = m.start
		}
	}
	return guest
}

// listOpening returns the token after a few lower-case words that
// announce a list ("lãnh đạo các quốc gia gồm:") starting at from, or
// from when none does.
func listOpening(s *sentence, from int) int {
	for j := from; j < len(s.toks) && j < from+6; j++ {
		t := s.toks[j]
		if t.upper {
			break
		}
		if t.low == "gồm" || t.low == "là" && j+1 < len(s.toks) && s.toks[j+1].text == ":" {
			j++
			for j < len(s.toks) && (s.toks[j].low == "có" || s.toks[j].text == ":") {
				j++
			}
			return j
		}
	}
	return from
}

// laterInList reports m as the second or a later leader of the list that
// starts at token from: "A, B và C", whose "và" marks the last item.
// Without a "và" there is no list: "Theo lời mời của A, B thăm ..." names
// A's guest B.
func laterInList(s *sentence, from int, m mention) bool {
	prev, n, in := -1, 0, false
	for _, o := range s.ments {
		if o.start < from || len(o.keys) == 0 || o.kind == mCountry {
			continue
		}
		if prev < 0 {
			if o.start-from > besideReach {
				return false
			}
		} else {
			if !joiners(s, prev, o.start) {
				break
			}
			last := false
			for i := prev; i < o.start; i++ {
				last = last || s.toks[i].low == "và"
			}
			if o.start == m.start {
				in = n > 0
			}
			if last {
				return in || o.start == m.start // the list ends here, with its "và"
			}
		}
		prev, n = o.end, n+1
	}
	return false
}

// isSpeaker reports a leader followed by a verb of saying that ends or
// starts a reported statement.
func (a *analysis) isSpeaker(s *sentence, m mention) bool {
	if speaksAfterMeeting(s, m) {
		return false
	}
	for _, c := range s.cues {
		// "..., X cho biết." closes the sentence: X reports, X did not meet.
		if c.cat == "attrib" && c.start == m.end && len(s.toks)-c.end <= 2 {
			return true
		}
	}
	if m.start > 0 && s.toks[m.start-1].low == "theo" || sourceOpener(s, m) || interviewed(s, m) {
		return true
	}
	if reportsMeetingBetween(s, m) {
		return true
	}
	if strings.Contains(m.role, "spokes") {
		// "Người phát ngôn ... Kang Yu-jung cho biết, Tổng thống Lee sẽ
		// thăm ...": a spokesperson speaks of a meeting, wherever it is.
		for _, c := range s.cues {
			if c.cat == "attrib" && c.start == m.end {
				return true
			}
		}
	}
	return false
}

// interviewed reports the leader who answers the press in a sentence
// opening on it ("Trả lời phỏng vấn về chuyến thăm chính thức Việt Nam
// của Thủ tướng Malaysia và Phu nhân, Đại sứ Việt Nam tại Malaysia Đinh
// Ngọc Linh cho rằng, ...", "Trao đổi với báo chí trước thềm chuyến thăm,
// Đại sứ Denny Abdi cho biết"): he speaks of the event the opening names.
func interviewed(s *sentence, m mention) bool {
	t := s.toks
	o := sourceTagEnd(s)
	if o+2 >= len(t) || m.end >= len(t) || !s.hasCueAt("attrib", m.end) {
		return false
	}
	switch a, b := t[o].low, t[o+1].low; {
	case a == "trả" && b == "lời", a == "trao" && b == "đổi", a == "phát" && b == "biểu":
	default:
		return false
	}
	switch t[o+2].low {
	case "phỏng", "báo", "câu", "với":
	default:
		return false
	}
	j := openingComma(s, o+2)
	return j > 0 && m.start == j+1
}

// sourceOpener reports the leader a sentence opens on as its source:
// "Theo Cố vấn Nhà Trắng Judd Devermont, dự kiến ông Biden sẽ ...", "Theo
// Ngoại trưởng ..., hai bên ...": "Theo", his titles, his name, a comma.
func sourceOpener(s *sentence, m mention) bool {
	if len(s.toks) == 0 || s.toks[0].low != "theo" || m.end >= len(s.toks) || s.toks[m.end].text != "," || m.start > 8 {
		return false
	}
	for _, o := range s.ments {
		if o.start > 0 && o.start < m.start && o.kind <= mPronoun {
			return false // another person first: "Theo A, B ..." is A's
		}
	}
	return !s.hasCueBetween("meet", 1, m.start) // ("Theo chương trình sau cuộc hội kiến với A, ...": no source)
}

// reportsMeetingBetween reports m as the one who tells of a meeting whose
// sides the text names after "giữa": "Chánh Văn phòng Andriy Yermak, cũng
// đã thông báo ngắn gọn về cuộc điện đàm giữa Tổng thống Zelensky với
// ...", "phát ngôn viên Hoa Xuân Oánh cũng xác nhận cuộc gọi giữa ông Tập
// và ông Zelensky".
func reportsMeetingBetween(s *sentence, m mention) bool {
	i := m.end
	for i < len(s.toks) && (s.toks[i].text == "," || tenseWord[s.toks[i].low]) {
		i++
	}
	for _, c := range s.cues {
		if c.cat != "attrib" || c.start != i {
			continue
		}
		for _, mc := range s.cues {
			if mc.cat == "meet" && mc.start >= c.end && mc.start-c.end <= 5 && mc.end < len(s.toks) && s.toks[mc.end].low == "giữa" {
				return true
			}
		}
	}
	return false
}

// inQuotedTitle reports a leader named inside a short title in quotation
// marks ("Hội nghị khoa học quốc tế về “Fidel Castro – Hồ Chí Minh: Tầm
// nhìn cách mạng”"): the name of an event or a work, no participant. A
// quotation of speech is longer or has a verb of its own; only titles of
// at most twelve words are read so.
func inQuotedTitle(s *sentence, m mention) bool {
	open := -1
	for i := m.start - 1; i >= 0 && i >= m.start-12; i-- {
		if t := s.toks[i].text; t == "”" {
			return false
		} else if t == "“" {
			open = i
			break
		}
	}
	if open < 0 {
		return false
	}
	for j := m.end; j < len(s.toks) && j <= open+13; j++ {
		if s.toks[j].text == "”" {
			return !s.anyCueIn("meet", clause{open, j}) && !s.anyCueIn("attrib", clause{open, j})
		}
	}
	return false
}

// founder reports a leader named, alone or in a list, right before a
// word of laying foundations ("đã được Chủ tịch Hồ Chí Minh và Tổng thống
// Heydar Aliyev đặt nền móng"): history, not a participant.
func founder(s *sentence, m mention) bool {
	for _, c := range s.cues {
		if c.cat != "founded" || c.start < m.end || c.start-m.end > 12 {
			continue
		}
		for i := m.end; i < c.start; i++ {
			if t := s.toks[i].low; t != "và" && t != "," && !inLeaderMention(s, i) {
				return false
			}
		}
		return true
	}
	return false
}

// inLeaderMention reports token i inside a mention of a person.
func inLeaderMention(s *sentence, i int) bool {
	for _, m := range s.ments {
		if len(m.keys) > 0 && m.start <= i && i < m.end {
			return true
		}
	}
	return false
}

// speaksAfterMeeting reports the speaker of a sentence that opens on
// speaking at or after a meeting ("Phát biểu tại Nhà Trắng trong cuộc gặp
// với Tổng Thư ký NATO Mark Rutte hôm 22/10, Tổng thống Trump nói ..."):
// the one who speaks is the one who met. Not who speaks about one
// ("Phát biểu về Hội nghị thượng đỉnh BRICS, ông Pankin cho biết").
func speaksAfterMeeting(s *sentence, m mention) bool {
	t := s.toks
	if len(t) < 4 || t[0].low != "phát" || t[1].low != "biểu" || t[2].low == "về" {
		return false
	}
	comma := -1
	for i := 2; i < m.start; i++ {
		if t[i].text == "," {
			comma = i
		}
	}
	return comma > 0 && comma >= m.start-3 && s.hasCueBetween("meet", 2, comma)
}

// isOwner reports a leader named after "của" following a title: the
// owner of someone else's office.
func (a *analysis) isOwner(s *sentence, i int) bool {
	m := s.ments[i]
	if m.start == 0 || s.toks[m.start-1].low != "của" {
		return false
	}
	for j := m.start - 2; j >= 0 && j >= m.start-5; j-- {
		for _, t := range a.lx.at(s.toks, j) {
			if e, ok := t.has(kTitle); ok && e.rank != "honorific" && t.end >= m.start-4 {
				return true
			}
		}
	}
	return false
}

// afterMeetingAt returns where "sau" stands before the clause's first
// meeting word when what comes before is done ("đã lên đường về nước sau
// cuộc gặp với Chủ tịch Tập"), or -1: the meeting was held, whatever
// planning word tells the leaving.
func afterMeetingAt(s *sentence, cl clause) int {
	for _, c := range s.cues {
		if c.cat != "meet" || c.start < cl.start || c.end > cl.end {
			continue
		}
		for j := c.start - 1; j >= cl.start && j >= c.start-2; j-- {
			if s.toks[j].low == "sau" && (j+1 == c.start || s.toks[j+1].low == "cuộc" || s.toks[j+1].low == "buổi") && doneWithin(s, cl.start, j) {
				return j
			}
		}
		return -1
	}
	return -1
}

// doneWithin reports "đã" or "vừa" in tokens [from, to): what they tell
// is done ("đã lên đường về nước"), so what came before it too.
func doneWithin(s *sentence, from, to int) bool {
	for i := from; i < to; i++ {
		if s.toks[i].low == "đã" || s.toks[i].low == "vừa" {
			return true
		}
	}
	return false
}

// status reads planned/cancelled markers in the clause, else before it.
func (a *analysis) status(s *sentence, cl clause) string {
	if _, ok := s.hasCue("cancelled", cl.start, cl.end); ok {
		if s.anyCue("rescheduled") {
			return "planned" // "lên lịch lại chuyến thăm đã bị hoãn": put off, then set again
		}
		return "cancelled"
	}
	after := afterMeetingAt(s, cl)
	for _, c := range s.cues {
		if c.cat == "planned" && c.start >= cl.start && c.end <= cl.end && !frontedInvitation(s, c) && !invitedDuring(s, cl, c) && !(after >= 0 && c.end <= after) {
			return "planned"
		}
		if c.cat == "meet" && c.val != "summit" && c.start >= cl.start && c.end <= cl.end && spokenOf(s, c.start) {
			return "planned"
		}
	}
	return "held"
}

// spokenOf reports a meeting word told as what is discussed: "đã có những
// cuộc thảo luận nghiêm túc về một cuộc gặp song phương": a meeting to
// come, not one held.
func spokenOf(s *sentence, i int) bool {
	// "về một cuộc gặp": one to come; "đánh giá về cuộc gặp với ông
	// Trump" speaks of one that was held.
	return i > 1 && s.toks[i-1].low == "một" && s.toks[i-2].low == "về"
}

// invitedDuring reports a word of plan that is, or follows, an invitation
// made during a meeting the clause tells before it: "Trong một cuộc điện
// đàm tháng trước, ông Tập đã mời ông Trump (sớm) thăm Trung Quốc" plans
// the visit, the call was held.
func invitedDuring(s *sentence, cl clause, c cueHit) bool {
	inv := invitedAt(s, cl)
	return inv >= 0 && c.start >= inv
}

// invitedAt returns where "mời" begins an invitation made during a
// meeting the clause tells before it, or -1.
func invitedAt(s *sentence, cl clause) int {
	for _, c := range s.cues {
		if c.cat != "planned" || c.start < cl.start || c.end > cl.end || s.toks[c.end-1].low != "mời" {
			continue
		}
		for _, m := range s.cues {
			if m.cat == "meet" && m.val != "state_visit" && m.start >= cl.start && m.end <= c.start {
				return c.start
			}
		}
	}
	return -1
}

// frontedInvitation reports "Nhận lời mời của X, Y thăm ...": an
// invitation that opens the sentence is the protocol of a visit reported
// as it happens, not a plan ("ông Putin đã nhận lời mời thăm Trung Quốc").
func frontedInvitation(s *sentence, c cueHit) bool {
	if s.toks[c.start].low != "nhận" {
		return false
	}
	if c.start == 0 {
		return true
	}
	if d := s.toks[c.start-1].text; c.start <= 6 && (d == "-" || d == "–" || d == "—") {
		return true // "(VOV5) - Nhận lời mời của ...": after the outlet's tag, the sentence opens on it
	}
	// "Theo đặc phái viên TTXVN, nhận lời mời của Thủ tướng Séc Petr Fiala,
	// Thủ tướng ... thăm": an invitation phrase set off by commas.
	if s.toks[c.start-1].text != "," {
		return false
	}
	for _, m := range s.ments {
		if m.start >= c.end && m.start-c.end <= 1 && len(m.keys) > 0 {
			return m.end < len(s.toks) && s.toks[m.end].text == ","
		}
	}
	return false
}

// place reads "tại/ở <city|venue|country>" in the clause: a city if one
// is named, else a country. The place follows the meeting word ("gặp ...
// tại X"), or opens the clause before anyone is named ("Sáng 10/3, tại X,
// ..."), or follows a verb of going ("tới X và gặp"); elsewhere a place
// belongs to something else ("thảo luận về cuộc chiến ở Ukraine").
func (a *analysis) place(s *sentence, cl clause, trigger int) (city, country string) {
	g := gazetteer.Default()
	if c := summitNameCity(s, cl); c != nil {
		return c.Key, c.Country
	}
	firstLeader := cl.end
	for mi := range s.ments {
		m := &s.ments[mi]
		// A bare title ("Phủ Tổng thống") does not count: it may be a building.
		if m.start >= cl.start && m.end <= cl.end && len(m.keys) > 0 && !(m.kind == mDesc && m.country == "") {
			firstLeader = m.start
			break
		}
	}
	namedAt := -1                    // the city a venue is told to stand in ("tại Nhà Quốc hội, thủ đô Canberra")
	var occasionCity *gazetteer.City // a city inside the clause's occasion, if no other place follows
	for mi := range s.ments {
		m := &s.ments[mi]
		if m.start < cl.start || m.end > cl.end || m.start == 0 {
			continue
		}
		if m.kind != mCity && m.kind != mCountry || inSource(s, m.start) {
			continue // "Theo phóng viên TTXVN tại Pretoria, ...": where the reporter is
		}
		where := m.end+1 < cl.end && s.toks[m.end].text == "," && s.toks[m.end+1].low == "nơi" // "Chile, nơi ..."
		if m.start < trigger && m.start > firstLeader && !a.afterMotionWord(s, m.start) && !where {
			continue
		}
		if m.start != namedAt && !a.afterPlaceWord(s, m.start) && !where && !(m.kind == mCity && (endsVenueName(s, m.start) || endsEventName(s, *m))) && !(m.kind == mCountry && a.unknownPlaceIn(s, m.start)) && !afterSummitNumber(s, m.start) && !afterVenueName(s, m.start) || a.afterLeaving(s, m.start) {
			continue
		}
		if iso := venueAbroad(s, *m); iso != "" {
			if country == "" {
				country = iso // "tại Nhà Quốc hội Liên bang Australia": a building in Australia
			}
			continue
		}
		if m.kind == mCity && namesBuilding(s, *m) || postedAt(s, m.start) || linkPoint(s, m.start) {
			continue
		}
		if m.kind == mCity {
			if at := venueCityAt(s, *m); at >= 0 {
				namedAt = at
				continue
			}
		}
		if m.start > trigger && invitedPlace(s, cl, trigger, m.start) {
			continue
		}
		if m.kind == mCity {
			c := g.Cities[m.id]
			if c == nil || country != "" && c.Country != country || len(a.namesakes) > 0 && slices.Contains(a.namesakes, m.id) {
				continue
			}
			if inOccasion(s, cl, m.start) && !inOccasion(s, cl, trigger) {
				if occasionCity == nil {
					occasionCity = c
				}
				continue
			}
			return c.Key, c.Country
		}
		if country == "" {
			country = m.id
		}
	}
	if occasionCity != nil && (country == "" || country == occasionCity.Country) {
		return occasionCity.Key, occasionCity.Country
	}
	return cityState(country), country
}

// inOccasion reports a place at token i inside the occasion a clause
// opens with, up to its first comma ("Trong khuôn khổ chuyến công tác
// tham dự Hội nghị ... tại Đại Liên và làm việc tại Trung Quốc (25-27/06),
// hôm nay (26/06), tại Đại lễ đường Nhân dân ở thủ đô Bắc Kinh, ..."):
// the trip's place, which a place the clause tells after it outranks for
// a meeting told outside the occasion.
func inOccasion(s *sentence, cl clause, i int) bool {
	for _, c := range s.cues {
		if c.cat != "occasion" || c.start < cl.start || c.end > i {
			continue
		}
		return !s.hasToken(",", c.end, i)
	}
	return false
}

// invitedPlace reports a place at token i told after an invitation made
// during the meeting at trigger: "Tại cuộc gặp, Thủ tướng ... chuyển lời
// mời ... mời Tổng thống Donald Trump thăm Việt Nam" places the visit
// invited to, not the meeting at which it was asked.
func invitedPlace(s *sentence, cl clause, trigger, i int) bool {
	inv := invitedAt(s, cl)
	return inv > trigger && i > inv
}

// summitNameCity returns the city a summit's name holds after its
// organisation and before its number: "Hội nghị WEF Davos lần thứ 55",
// "(WEF Davos 55)", "WEF Davos 2024", or before a stop ("dự Hội nghị WEF
// Davos - ảnh 1") or the clause's end. The meeting is there, wherever the
// leader landed ("tới sân bay Zurich, ... tham dự ... (WEF Davos 55)");
// "WEF Davos mùa Hè" is held elsewhere.
func summitNameCity(s *sentence, cl clause) *gazetteer.City {
	for i := range s.ments {
		m := &s.ments[i]
		if m.kind != mOrg || m.start < cl.start || i+1 == len(s.ments) {
			continue
		}
		c := s.ments[i+1]
		inName := c.start > m.start && c.end == m.end // "Hội nghị An ninh Munich" (cityEndingEvent)
		if c.kind != mCity || c.start != m.end && !inName || c.end > cl.end {
			continue
		}
		if c.end == cl.end {
			return gazetteer.Default().Cities[c.id] // "đến Zurich dự Hội nghị WEF Davos"
		}
		if w := s.toks[c.end]; isDigitWord(w.text) || w.low == "lần" || !w.word || inName && !w.upper && w.low != "mùa" {
			return gazetteer.Default().Cities[c.id]
		}
	}
	return nil
}

// venueCityAt returns the token of the city the text follows a venue
// with ("tại trụ sở Liên hợp quốc ở Geneva, Thụy Sĩ", "tại Trụ sở LHQ tại
// New York", "Đại lễ đường Nhân dân ở thủ đô Bắc Kinh", "tại Nhà Quốc
// hội, thủ đô Canberra"), or -1: the city written wins over the one the
// gazetteer gives the venue, which may be another seat of the same body
// or another country's building of the same name.
// After a comma with no place word the city must follow at once or after
// "thủ đô", "thành phố" or "TP" ("tại Phủ Chủ tịch, Chủ tịch nước ..."
// names no place).
func venueCityAt(s *sentence, m mention) int {
	if m.via != "venue" {
		return -1
	}
	i := m.end
	for _, o := range s.ments {
		if o.kind == mOrg && o.start == i {
			i = o.end // "tại trụ sở Liên hợp quốc ở Geneva": the body read after the common words
		}
	}
	comma := i < len(s.toks) && s.toks[i].text == ","
	if comma {
		i++
	}
	if i >= len(s.toks) {
		return -1
	}
	reach := 2
	if s.toks[i].low == "ở" || s.toks[i].low == "tại" {
		i++
	} else if comma && cityNounAt(s, i) {
		reach = 0
		for j := i; j < len(s.toks) && placeNounAt(s, j); j++ {
			reach++
		}
	} else if comma {
		reach = 0
	} else {
		return -1
	}
	for _, o := range s.ments {
		if o.start < i {
			continue
		}
		// "ở thủ đô Bắc Kinh", "tại thành phố New York": a place noun may come between.
		// Not the state the venue's city lies in: "tại khu nghỉ dưỡng
		// Mar-a-Lago ở Florida" is in Palm Beach.
		if o.kind == mCity && o.start <= i+reach && o.id != m.id && !liesIn(m.id, o.id) {
			return o.start
		}
		return -1
	}
	return -1
}

// cityNounAt reports "thủ đô", "thành phố" or "TP" at token i.
func cityNounAt(s *sentence, i int) bool {
	w := s.toks[i].low
	return w == "tp" || i+1 < len(s.toks) && (w == "thủ" && s.toks[i+1].low == "đô" || w == "thành" && s.toks[i+1].low == "phố")
}

// afterSummitNumber reports a place after "tại" or "ở" that follows a
// meeting's number ("Hội nghị Bộ trưởng Ngoại giao ASEM lần thứ 13 tại
// Myanmar"), where a title read over the words took the place word in.
func afterSummitNumber(s *sentence, i int) bool {
	return i >= 2 && (s.toks[i-1].low == "tại" || s.toks[i-1].low == "ở") && isDigitWord(s.toks[i-2].text)
}

// otherCountrysVenue reports a venue named after a country other than
// the one the gazetteer puts it in: "tại Trung tâm Hội nghị Quốc gia Lào
// ở thủ đô Vientiane" is Laos', not Hanoi's, and so is a venue whose name
// goes on to another country ("tại Nhà Quốc hội Liên bang Australia").
func otherCountrysVenue(s *sentence, m mention) bool {
	return venueAbroad(s, m) != ""
}

// venueAbroad returns the country of otherCountrysVenue, or "": the
// meeting's country when the clause names no city of it.
func venueAbroad(s *sentence, m mention) string {
	if m.via != "venue" {
		return ""
	}
	c := gazetteer.Default().Cities[m.id]
	at := m.end
	if at < len(s.toks) && s.toks[at].upper {
		at = nameGoesOnTo(s, m.end)
	}
	for _, o := range s.ments {
		if o.kind == mCountry && o.start >= m.end && o.start <= at {
			if c == nil || o.id != c.Country {
				return o.id
			}
			return ""
		}
	}
	return ""
}

// nameGoesOnTo returns the last token at which a country may open, in
// the words that carry a venue's name on from token i ("tại Nhà Quốc hội
// Liên bang Australia", "tại Trụ sở Trung ương Đảng Lao động Triều
// Tiên"): a venue of Hanoi's by its first words is another country's
// building when the name goes on to that country. Up to four words, to
// the first punctuation.
func nameGoesOnTo(s *sentence, i int) int {
	last := i
	for j := i; j < len(s.toks) && j <= i+4 && s.toks[j].word; j++ {
		last = j
	}
	return last
}

// postedAt reports a place where someone serves, not where a meeting is:
// "kết thúc nhiệm kỳ công tác tại Việt Nam", "nhiệm kỳ tại Hà Nội".
// A trip is no post: "trong chuyến công tác tại Nigeria, Phó Thủ tướng
// ... đã làm việc với ..." places the meeting (workTrip).
func postedAt(s *sentence, i int) bool {
	return i >= 3 && s.toks[i-1].low == "tại" && (s.toks[i-2].low == "tác" && s.toks[i-3].low == "công" && !workTrip(s, i-3) || s.toks[i-2].low == "kỳ" && s.toks[i-3].low == "nhiệm")
}

// linkPoint reports a place told as one end of a video link ("dự lễ
// khai mạc Hội nghị Cấp cao APEC lần thứ 27 tại đầu cầu Hà Nội", "tại
// điểm cầu Hà Nội"): where one side sat, not where an online meeting
// was, which has no place (docs/ANNOTATION.md).
func linkPoint(s *sentence, i int) bool {
	return i >= 2 && s.toks[i-1].low == "cầu" && (s.toks[i-2].low == "đầu" || s.toks[i-2].low == "điểm")
}

// workTrip reports "chuyến" or "đoàn" before "công tác" at token i: a
// trip or a delegation on one ("chuyến công tác", "Đoàn công tác").
func workTrip(s *sentence, i int) bool {
	return i >= 1 && (s.toks[i-1].low == "chuyến" || s.toks[i-1].low == "đoàn")
}

// namesBuilding reports a city's name that is a building's, after a
// building word in lower case, with the city where the building stands
// told next: "tại doanh trại Wellington ở thành phố London". A country
// or a place the gazetteer does not know told next is where the named
// place lies: "tại khu nghỉ dưỡng Sharm El-Sheikh ở Ai Cập", "tại khu
// nghỉ dưỡng Borgo Egnazia ở Savelletri, Italy".
func namesBuilding(s *sentence, m mention) bool {
	if !s.hasCueEndingAt("venuehead", m.start) || s.toks[m.start-1].upper {
		return false
	}
	k := m.end
	if k < len(s.toks) && s.toks[k].text == "," {
		k++
	}
	if !s.hasCueAt("place", k) {
		return false
	}
	j := k + 1
	for j < len(s.toks) && placeNounAt(s, j) {
		j++
	}
	for _, o := range s.ments {
		if o.start == j {
			return o.kind == mCity
		}
	}
	return false
}

// endsVenueName reports a city at token i that ends the capitalised name
// of a building right after "tại"/"ở": "tại Bảo tàng Nghệ thuật Hiện đại
// Rio de Janeiro", "tại Trung tâm Hội nghị Quốc tế Kazan".
func endsVenueName(s *sentence, i int) bool {
	for _, c := range s.cues {
		if c.cat != "venuehead" || c.end > i || i-c.end > 6 || !s.toks[c.start].upper || !s.hasCueEndingAt("place", c.start) {
			continue
		}
		// The name's words: "Nghệ thuật Hiện đại", capitalised first.
		name := c.end == i || s.toks[c.end].upper
		for j := c.end; j < i; j++ {
			name = name && s.toks[j].word
		}
		if name {
			return true
		}
	}
	return false
}

// endsEventName reports a city m that ends the capitalised name of a
// meeting held there, which the lexicon does not know as an organisation:
// "nhân dịp tham dự Diễn đàn Ngoại giao Antalya", "Diễn đàn Kinh tế quốc
// tế St. Petersburg lần thứ 28", "Diễn đàn Hòa bình Paris ở Pháp". The
// name opens on "Diễn đàn", "Hội nghị" or "Đối thoại", capitalised, and
// ends at the city ("Diễn đàn Davos mùa Hè" is held elsewhere).
func endsEventName(s *sentence, m mention) bool {
	t := s.toks
	if m.end < len(t) && t[m.end].word && (t[m.end].upper || t[m.end].low == "mùa") {
		return false
	}
	if inLeaderTitle(s, m, false) {
		return false // "Hội nghị Thượng đỉnh với Thủ tướng Singapore": an office's country
	}
	for j := m.start - 1; j >= 1 && j >= m.start-7; j-- {
		if t[j-1].upper && j+1 < m.start && t[j+1].upper {
			switch t[j-1].low + " " + t[j].low {
			case "diễn đàn", "hội nghị", "đối thoại":
				return true
			}
		}
		if !t[j].word || eventNameStops[t[j].low] {
			return false // the name's words only: "Diễn đàn Kinh tế quốc tế St. Petersburg"
		}
	}
	return false
}

// eventNameStops are words that end a meeting's name read back from a
// city: what comes before them is told of the meeting, not its name.
var eventNameStops = map[string]bool{"với": true, "và": true, "của": true, "tại": true, "ở": true, "cho": true, "giữa": true}

// inVenueName reports a meeting word that is part of a building's name:
// "Trung tâm Hội nghị Quốc tế", written capitalised after its head.
func inVenueName(s *sentence, c cueHit) bool {
	for _, h := range s.cues {
		if h.cat == "venuehead" && h.end == c.start && s.toks[h.start].upper && s.toks[c.start].upper {
			return true
		}
	}
	return false
}

// cityState returns the city of a country that is one city (Singapore,
// Vatican City, Monaco), whose name is the country's, else "".
func cityState(iso string) string {
	if iso == "" {
		return ""
	}
	return gazetteer.Default().CityState(iso)
}

// afterLeaving reports a place right after "rời", "về tới": where
// someone left or came home to, not where they met.
func (a *analysis) afterLeaving(s *sentence, i int) bool {
	for _, c := range s.cues {
		if c.cat == "leaving" && c.end <= i && i-c.end <= 1 {
			return true
		}
	}
	return false
}

// cameHomeTo reports a place right after "về tới", "về đến", "lên đường
// về nước": where someone came home to after a trip, which places none of
// its meetings. Not "rời X", the place a visit ends in.
func cameHomeTo(s *sentence, i int) bool {
	for _, c := range s.cues {
		if c.cat == "leaving" && c.end <= i && i-c.end <= 1 && s.toks[c.start].low != "rời" {
			return true
		}
	}
	return false
}

// afterMotionWord reports "tới/đến/sang X", "đang ở X": where someone
// went or is, which is where they met even when the place comes before
// the meeting word.
func (a *analysis) afterMotionWord(s *sentence, i int) bool {
	i = airportOf(s, i)
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if j == i-1 && goesOutOrIn(s, j) {
			return true // "sẽ ra Hà Nội", "lên máy bay vào Đà Nẵng"
		}
		switch s.toks[j].low {
		case "tới", "đến", "sang", "thăm":
			return true
		case "xuống":
			if j >= 2 && (s.toks[j-1].low == "cánh" && s.toks[j-2].low == "hạ" || s.toks[j-1].low == "chân" && s.toks[j-2].low == "đặt") {
				return true // "hạ cánh xuống thành phố Thiên Tân", "đặt chân xuống sân bay Nội Bài": where the plane landed
			}
		case "ở":
			if j > 0 && (s.toks[j-1].low == "đang" || s.toks[j-1].low == "mặt") {
				return true // "đang ở Kuala Lumpur dự Hội nghị ...", "có mặt ở Tokyo": where they are
			}
		}
		if !placeNounAt(s, j) && (!s.toks[j].word || s.toks[j].upper) {
			return false
		}
	}
	return false
}

// goesOutOrIn reports "ra" (out, north) or "vào" (in, south) at token j
// told as going to the place after it: after a tense or a verb of
// travel ("sẽ ra Hà Nội để bắt đầu chuyến thăm", "lên máy bay vào Đà
// Nẵng để tham dự Hội nghị"), not "tập trung vào", "đưa ra".
func goesOutOrIn(s *sentence, j int) bool {
	w := s.toks[j].low
	return (w == "ra" || w == "vào") && j > 0 && goesBefore[s.toks[j-1].low]
}

// goesBefore are the words before "ra"/"vào" that make them a going.
var goesBefore = map[string]bool{"sẽ": true, "đã": true, "bay": true, "đi": true}

// topicNouns are the words after which "ở X"/"tại X" is what a meeting
// was about, not where it was: "xung đột ở Ukraine", "tình hình tại Gaza".
var topicNouns = map[string]bool{"đột": true, "sự": true, "hình": true, "hoảng": true, "tranh": true, "bình": true}

// topicOfPlace reports a place at token i told after a topic noun and its
// place word: "xung đột ở Ukraine", "chiến sự tại Gaza", "hòa bình ở Trung Đông".
func topicOfPlace(s *sentence, i int) bool {
	j := i - 1
	for j > 0 && placeNoun[s.toks[j].low] {
		j--
	}
	if j < 1 || s.toks[j].low != "ở" && s.toks[j].low != "tại" {
		return false
	}
	w := s.toks[j-1].low
	if !topicNouns[w] || j < 2 || s.toks[j-1].upper || s.toks[j-2].upper {
		return false // "Cung Hòa bình ở thủ đô Phnom Penh": a name
	}
	switch s.toks[j-2].low + " " + w {
	case "xung đột", "chiến sự", "tình hình", "khủng hoảng", "chiến tranh", "hòa bình", "hoà bình":
		return true
	}
	return false
}

// welcome reports a visit word that is the welcome ceremony ("lễ đón
// Thủ tướng Trung Quốc"): who is welcomed follows it, not where.
func welcome(s *sentence, c cueHit) bool {
	for i := c.start; i < c.end; i++ {
		if s.toks[i].low == "đón" {
			return true
		}
	}
	return false
}

// unknownPlaceIn reports a country at token i that says where a place the
// gazetteer does not know is: "tại bang Alaska (Mỹ)", "ở Anchorage, Mỹ",
// "tại thủ đô Kualua Lumpur của Malaysia". After "của" the name must open
// with "thủ đô", "thành phố" or "TP" ("tại trụ sở Quốc hội của Mỹ" names
// no place of its own).
func (a *analysis) unknownPlaceIn(s *sentence, i int) bool {
	j := i - 1
	if j < 1 {
		return false
	}
	of := s.toks[j].low == "của"
	if !of && s.toks[j].text != "," && s.toks[j].text != "(" {
		return false
	}
	j--
	n := 0
	for j >= 0 && n < 3 && s.toks[j].word && s.toks[j].upper && !inMention(s, j) {
		j--
		n++
	}
	nouns := j
	for j >= 0 && placeNoun[s.toks[j].low] {
		j--
	}
	if of && (j == nouns || !cityNouns[s.toks[j+1].low]) {
		return false // "tình hình tại tỉnh Idlib của Syria": a province is as often what is discussed
	}
	return n > 0 && j >= 0 && s.hasCueEndingAt("place", j+1)
}

// cityNouns holds the first words of "thủ đô", "thành phố" and "TP".
var cityNouns = map[string]bool{"thủ": true, "thành": true, "tp": true}

// afterVenueName reports a place at token i that follows, after a comma
// and maybe "thành phố", "TP" or "thủ đô", a building named after a
// place word: "tại Trung tâm Hội nghị Bạch Vân, TP Quảng Châu, tỉnh Quảng
// Đông", "tại Khách sạn Shangri-La, thủ đô Kuala Lumpur". The building is
// one the gazetteer does not know; the place after it is where it stands.
func afterVenueName(s *sentence, i int) bool {
	j := i - 1
	for j > 0 && placeNounAt(s, j) {
		j--
	}
	if j < 2 || s.toks[j].text != "," {
		return false
	}
	for _, c := range s.cues {
		if c.cat != "venuehead" || c.end >= j || j-c.end > 8 || !s.toks[c.end].upper || !s.hasCueEndingAt("place", c.start) {
			continue
		}
		name := true // the name's words: "Hội nghị Bạch Vân", "Shangri-La"
		for k := c.end; k < j && name; k++ {
			name = s.toks[k].word || s.toks[k].text == "-"
		}
		if name {
			return true
		}
	}
	return false
}

// placeNounAt reports a word of placeNoun at token j, or the period
// of the abbreviation "TP." ("đến TP. Rio de Janeiro").
func placeNounAt(s *sentence, j int) bool {
	return placeNoun[s.toks[j].low] || s.toks[j].text == "." && j > 0 && s.toks[j-1].low == "tp"
}

// placeNoun holds the words of "thủ đô", "thành phố", "tỉnh" and the
// like, which stand between a place word and a name, capitalised or not
// ("tới Thủ đô Vientiane").
var placeNoun = map[string]bool{"thủ": true, "đô": true, "thành": true, "phố": true, "tp": true, "tỉnh": true, "bang": true, "đảo": true, "vùng": true}

// afterPlaceWord reports whether a place preposition stands just before
// token i, allowing "thủ đô", "thành phố" and the like in between.
func (a *analysis) afterPlaceWord(s *sentence, i int) bool {
	if topicOfPlace(s, i) {
		return false // "tập trung vào xung đột ở Ukraine": what was discussed
	}
	// "thăm cấp Nhà nước Cộng hòa Ả Rập Ai Cập": the words of an
	// institution before a name do not keep it from its place word.
	for _, c := range s.cues {
		if c.cat == "institution" && c.end == i {
			i = c.start
		}
	}
	i = airportOf(s, i)
	reach := 3
	for j := i - 1; j >= 0 && j >= i-reach; j-- {
		for _, c := range s.cues {
			if (c.cat == "place" || c.cat == "meet" && c.val == "state_visit" && !welcome(s, c)) && c.end == j+1 {
				return true
			}
		}
		if j == i-1 && goesOutOrIn(s, j) {
			return true // "sẽ ra Hà Nội để bắt đầu chuyến thăm"
		}
		if isDigitWord(s.toks[j].text) && j+1 < i && s.toks[j+1].low == "nước" {
			reach = 4 // "tới 3 nước Malaysia, Nhật Bản và Hàn Quốc"
			continue
		}
		if !placeNounAt(s, j) && (!s.toks[j].word || s.toks[j].upper) {
			return false
		}
		if placeKind[s.toks[j].low] {
			reach = min(reach+1, 6) // "tại thành phố cảng Busan", "tại khu nghỉ dưỡng Sharm El-Sheikh": words of what kind of place do not count
		}
	}
	return false
}

// placeKind are the words that tell what kind of place a name is, after
// "thành phố" or "khu" and before the name: "thành phố cảng Busan",
// "thành phố nghỉ dưỡng Xô-chi", "khu nghỉ dưỡng Sharm El-Sheikh",
// "thành phố biển", "khu du lịch".
var placeKind = map[string]bool{"cảng": true, "biển": true, "nghỉ": true, "dưỡng": true, "khu": true, "du": true, "lịch": true}

// airportOf returns, for a city named after its airport ("đến sân bay
// Haneda, Thủ đô Tokyo", "tới sân bay quốc tế Wattay, thủ đô Vientiane")
// or naming it ("sân bay quốc tế Bình Nhưỡng"), the token of the airport
// word: the place word before it places the city. Otherwise it returns i.
func airportOf(s *sentence, i int) int {
	// "đến sân bay quốc tế Bình Nhưỡng": an airport named after its city.
	k := i - 1
	if k >= 1 && s.toks[k].low == "tế" && s.toks[k-1].low == "quốc" {
		k -= 2
	}
	if k >= 1 && s.toks[k].low == "bay" && s.toks[k-1].low == "sân" {
		return k - 1
	}
	j := i - 1
	for j > 0 && placeNoun[s.toks[j].low] {
		j--
	}
	if j == i-1 || s.toks[j].text != "," {
		return i // "Thủ đô" or the like, then a comma, go between
	}
	for k := j - 2; k >= 0 && k >= j-7; k-- {
		if s.toks[k].low == "sân" && s.toks[k+1].low == "bay" {
			return k
		}
		if !s.toks[k+1].word {
			break
		}
	}
	return i
}

// orgNear returns the organisation named in the clause, or the one an
// "orgref" word points back to.
func (a *analysis) orgNear(s *sentence, cl clause) string {
	for i := range s.ments {
		m := &s.ments[i]
		if m.kind == mOrg && m.start >= cl.start && m.end <= cl.end && !heldByVenue(s, i) && !inLeaderTitle(s, *m, true) {
			return m.id // not "Chủ tịch Ủy ban châu Âu (EC) Ursula von der Leyen": an attendee's office
		}
	}
	return ""
}

// heldByVenue reports an organisation named inside a venue ("tại trụ sở
// Ban thư ký ASEAN"): the place of a meeting, not the body it is held by.
func heldByVenue(s *sentence, i int) bool {
	return i > 0 && s.ments[i-1].via == "venue" && s.ments[i-1].end == s.ments[i].start
}

// meetingDate picks the date of the clause's meeting: the date nearest a
// meeting word (within twenty tokens), not a "since" date, and for a held
// meeting not one after the article's own date ("phấn đấu ... vào năm 2030").
func (a *analysis) meetingDate(s *sentence, si int, cl clause, visit bool, status string) (calendar.Date, calendar.Date) {
	if c, ok := s.hasCue("sameday", cl.start, cl.end); ok {
		// "cùng ngày" is the day named last before it: in the sentence
		// ("ngày 6-8 theo giờ địa phương (tối cùng ngày theo giờ Việt
		// Nam)"), else before it.
		return a.dayBefore(s, si, s.toks[c.start].start), calendar.Date{}
	}
	if c, ok := s.hasCue("dayshift", cl.start, cl.end); ok && !(c.end < len(s.toks) && s.toks[c.end].low == "khi") {
		n, _ := strconv.Atoi(c.val)
		if d := a.dayBefore(s, si, s.toks[c.start].start); !d.IsZero() {
			return calendar.AddDays(d, n), calendar.Date{}
		}
		if n < 0 && a.pub.Day != 0 {
			// "Tổng thống ... đã gặp ... hai ngày trước", no day told before
			// it: counted back from the page's day.
			return calendar.AddDays(a.pub, n), calendar.Date{}
		}
	}
	if c, ok := s.hasCue("daysago", cl.start, cl.end); ok {
		// "... đã điện đàm với Tổng thống Trump cách đây hai ngày": counted
		// back from the day the sentence told it on ("Ngày 4/3, ... cho
		// biết, cách đây 3 ngày, ..."), else the page's, else the last told.
		n, _ := strconv.Atoi(c.val)
		d, at := a.pub, s.toks[c.start].start
		for i := len(s.dates) - 1; i >= 0; i-- {
			if m := s.dates[i]; m.End <= at && a.isDay(m) && !a.inByline(m) {
				d = m.Date
				break
			}
		}
		if d.Day == 0 {
			d = a.lastDay(si)
		}
		if d.Day != 0 {
			return calendar.AddDays(d, n), calendar.Date{}
		}
	}
	if n := daysAfterAt(s, cl.start); n > 0 && cl.start > 0 {
		// "..., một ngày sau cuộc điện đàm với Thủ tướng Canada": n days
		// before the day the sentence told.
		if d := a.dayBefore(s, si, s.toks[cl.start].start); !d.IsZero() {
			return calendar.AddDays(d, -n), calendar.Date{}
		}
	}
	if status == "cancelled" {
		// "hoãn chuyến thăm ... mà trước đó dự kiến thực hiện trong tháng
		// 4/2020": a meeting called off is dated when it was to be held.
		for i := range s.dates {
			d := &s.dates[i]
			if from, _ := s.tokenSpan(d.Start, d.End); a.inClause(s, cl, d.Start) && from > 0 && s.hasCueBetween("planned", max(cl.start, from-6), from) {
				return d.Date, d.EndDate
			}
		}
	}
	best, left := a.nearestDate(s, cl, visit, status)
	if best == nil && visit {
		best = spanAfter(s, cl)
	}
	if best == nil && left != nil && !left.Approx {
		return calendar.Date{Year: left.Date.Year, Month: left.Date.Month}, calendar.Date{} // the trip ended that month
	}
	if best == nil && status != "cancelled" {
		if lead, ok := afterMeetingLead(s, cl); ok {
			return a.leadDay(si, s, lead, status == "planned"), calendar.Date{}
		}
	}
	if best == nil && status != "cancelled" && (sequel(s, cl) || status == "held" && alsoMet(s, cl)) {
		return a.sequelDay(si, status == "planned"), calendar.Date{}
	}
	if best == nil {
		return a.justBefore(s, cl), calendar.Date{}
	}
	if !visit && !best.EndDate.IsZero() {
		if d, ok := openingDay(s, cl); ok {
			// "Ngày 24/10, nhân dịp ... tham dự Hội nghị ... (25-26/10/2019),
			// Phó Chủ tịch nước ... hội kiến ...": the day that opens the
			// sentence is the talks'; the span is their occasion's.
			return d, calendar.Date{}
		}
	}
	if best.Approx {
		// "cuối tuần này": the month is sure, the day is not.
		return calendar.Date{Year: best.Date.Year, Month: best.Date.Month}, calendar.Date{}
	}
	if n := daysLasted(s, cl); n > 1 && best.EndDate.IsZero() && best.Date.Day != 0 && best.Date.Year != 0 {
		// "Ngày 23-11, ... khép lại 2 ngày làm việc của hội nghị thượng
		// đỉnh G20": it met from the 22nd.
		end := best.Date
		return calendar.DateOf(end.Time().AddDate(0, 0, 1-n)), end
	}
	if status == "planned" && best.BareWeekday() && a.anchor.Day != 0 && calendar.After(a.anchor, best.Date) {
		// "sẽ tham gia một hội nghị thượng đỉnh ba bên vào thứ Hai": a
		// plan's weekday is the next one, not the one gone by.
		return calendar.AddDays(best.Date, 7), calendar.Date{}
	}
	if status == "planned" && best.YearOfAnchor && best.Date.Year == a.anchor.Year && a.anchor.Month-best.Date.Month > 6 {
		// "sẽ đến Bắc Kinh ngày 4/1" written on 31/12: a plan is for the
		// year to come, not for a day eleven months gone.
		d, e := best.Date, best.EndDate
		d.Year++
		if !e.IsZero() {
			e.Year++
		}
		return d, e
	}
	return best.Date, best.EndDate
}

// nearestDate returns the date of clause cl nearest its meeting word
// (triggerDistance) that can be its meeting's: not a date the clause
// counts from, a statement's, a relative date's, a horizon, home time, a
// person's story, an office held since, another document's year, nor a
// held meeting's after the article; a day that opens or closes the clause
// counts as near; close enough, a day beats a month and, for a visit, a
// span a single day. left is the day a trip ended ("Tối 2/12, ... đã về
// đến Hà Nội, kết thúc chuyến thăm"), when the clause tells it.
func (a *analysis) nearestDate(s *sentence, cl clause, visit bool, status string) (best, left *calendar.Mention) {
	bestDist := 21
	var until *calendar.Mention
	for i := range s.dates {
		d := &s.dates[i]
		if !a.inClause(s, cl, d.Start) || a.sinceDate(s, cl, d.Start) || a.statementDate(s, d) || ofRelative(s, cl, d.Start) || horizon(s, d) || homeTime(s, d) {
			continue
		}
		if i > 0 && lastsUntil(s, d) {
			until = d // "bắt đầu thăm chính thức Australia ..., chuyến thăm sẽ kéo dài đến ngày 2/12": its last day
			continue
		}
		if leavingAfter(s, cl, d) {
			left = d // "Tối 2/12, ... đã về đến Hà Nội, kết thúc chuyến thăm": the day they came home
			continue
		}
		if personAside(s, d) {
			continue // "gặp John Sullivan, người đã được chỉ định làm Đại sứ ... vào tháng 10/2019": the person's story
		}
		if announcedBefore(s, cl, d) {
			continue // "Ngày 23/4, Điện Kremlin thông báo hội nghị thượng đỉnh ... sẽ diễn ra vào ngày 25/4": the announcement's day
		}
		if sinceAside(s, d) {
			continue // "trên cương vị Tổng thống (từ tháng 11-2024)": since when the office is held
		}
		if n := countedFrom(s, d); n > 0 {
			// "chuyến thăm đầu tiên ... tới Qatar sau 15 năm (2009)": the
			// year counted from; the event told is n years after it.
			c := *d
			c.Date = calendar.Date{Year: d.Date.Year + n}
			d = &c
		}
		if signedPassivelyBefore(s, d) && len(s.dates) > 1 {
			continue // "ký Hiệp định Quirinale ..., theo hình mẫu của Hiệp ước Elysée được ký năm 1963": the other document's year
		}
		if status == "held" && a.anchor.Year != 0 && calendar.After(d.Date, a.anchor) && d.Date.Year > a.anchor.Year {
			continue
		}
		dist := a.triggerDistance(s, cl, d.Start)
		if d.Start <= s.toks[min(cl.start+3, cl.end-1)].start || setOffDate(s, cl, d) {
			dist = min(dist, 5) // "Hôm 25/9, ..., ông đã gặp": a date that opens the clause is its date
		}
		if d.Date.Day != 0 && ownTime(s, cl, d) {
			// "để sẵn sàng cho Hội nghị Thượng đỉnh Mỹ - Triều lần 2 bắt
			// đầu diễn ra vào hôm nay (27/2)": the day the meeting word is
			// told to take place on is its own, not the day opening the clause.
			dist = min(dist, 2)
		}
		if d.Date.Day != 0 && closesClause(s, cl, d) {
			// "... tại thành phố Đại Liên, tỉnh Liêu Ninh, Trung Quốc sáng
			// 25/6/2024.": a day that closes the clause is its date too (a
			// year there is more often a document's: "ký năm 1977.").
			dist = min(dist, 8)
		}
		better := best == nil || dist < bestDist
		if best != nil && dist <= bestDist+5 {
			// Close enough: prefer a day to a month, and for a visit its span.
			if best.Date.Day == 0 && d.Date.Day != 0 && !d.Approx || visit && best.EndDate.IsZero() && !d.EndDate.IsZero() {
				better = true
			}
		}
		if better && dist <= 20 {
			best, bestDist = d, dist
		}
	}
	if best != nil && until != nil && best.EndDate.IsZero() && best.Date.Day != 0 && calendar.After(until.Date, best.Date) {
		span := *best
		span.EndDate = until.Date
		best = &span
	}
	return best, left
}

// announcedBefore reports a day that opens the clause before a verb of
// saying that comes ahead of the meeting word, when a day is told after
// that verb: "Ngày 23/4, Điện Kremlin thông báo hội nghị thượng đỉnh ...
// sẽ diễn ra vào ngày 25/4 tới" dates the summit by the day announced,
// the first day being the announcement's (docs/ANNOTATION.md, the date
// of a reporting verb).
func announcedBefore(s *sentence, cl clause, d *calendar.Mention) bool {
	_, to := s.tokenSpan(d.Start, d.End)
	if to < 0 || to > cl.start+6 {
		return false
	}
	said := -1
	for _, c := range s.cues {
		if c.start < to || c.end > cl.end {
			continue
		}
		if c.cat == "meet" {
			break // the meeting word comes first: the day may be its
		}
		if c.cat == "attrib" {
			said = c.end
			break
		}
	}
	if said < 0 {
		return false
	}
	for _, e := range s.dates {
		if e.Date.Day != 0 && e.Start >= s.toks[said-1].end && e.Start < s.toks[cl.end-1].end {
			return true
		}
	}
	return false
}

// openingDay returns the day that opens the sentence of clause cl, before
// the clause and its occasion's words: "Ngày 24/10, nhân dịp ...". Not a
// span, nor a day the clause itself holds.
func openingDay(s *sentence, cl clause) (calendar.Date, bool) {
	if len(s.dates) == 0 {
		return calendar.Date{}, false
	}
	d := s.dates[0]
	from, to := s.tokenSpan(d.Start, d.End)
	if from < 0 || from > 2 || to > cl.start || d.Date.Day == 0 || !d.EndDate.IsZero() || d.Approx {
		return calendar.Date{}, false
	}
	return d.Date, true
}

// lastsUntil reports a date told as the last day of what the clause
// tells, after "kéo dài đến", "kéo dài tới", "kéo dài đến hết": "Ngày
// 29/11, ... bắt đầu thăm chính thức Australia, chuyến thăm sẽ kéo dài đến
// ngày 2/12", "sẽ khai mạc vào ngày 31/10, kéo dài đến 12/11".
func lastsUntil(s *sentence, d *calendar.Mention) bool {
	j := sort.Search(len(s.toks), func(i int) bool { return s.toks[i].end > d.Start }) - 1
	if j >= 0 && s.toks[j].low == "hết" {
		j--
	}
	if j >= 0 && (s.toks[j].low == "đến" || s.toks[j].low == "tới") {
		j--
		if j >= 0 && s.toks[j].low == "cho" {
			j--
		}
		return j >= 1 && s.toks[j].low == "dài" && s.toks[j-1].low == "kéo"
	}
	return false
}

// sequel reports a clause that opens its sentence with a word going on
// from what was told last ("Tiếp đó, Tổng thống đã có buổi tiệc trưa
// với Thủ tướng Lý Cường"): the day told last is its day too.
func sequel(s *sentence, cl clause) bool {
	c, ok := s.hasCue("sequel", 0, min(len(s.toks), 4))
	return ok && c.start == 0 && cl.start <= c.end+1 || arrivalLead(s)
}

// afterMeetingLead reports a clause after a lead that opens its sentence
// on a meeting or welcome as over ("Sau lễ đón chính thức, Chủ tịch nước
// sẽ hội kiến Quốc vương Campuchia", "Sau cuộc gặp với Phó Chủ tịch nước
// Võ Thị Ánh Xuân, Phó Tổng thống ... có cuộc hội kiến với Chủ tịch nước
// ...", "Kết thúc hội đàm, ..."), and returns the lead's meeting word:
// what the clause tells followed that meeting, the same day (leadDay).
// Not after a visit, which lasts days ("Sau chuyến thăm Singapore, Thủ
// tướng Modi sẽ thăm Brunei"), nor after a lead with a time of its own
// ("Sau cuộc điện đàm tuần trước, ..."), nor for "hai nhà lãnh đạo"
// (pairIn); the lead alone, as a clause of its own, keeps the day it was
// told with.
func afterMeetingLead(s *sentence, cl clause) (cueHit, bool) {
	i := 0
	if len(s.toks) > 0 && s.toks[0].low == "ngay" {
		i = 1
	}
	switch {
	case i < len(s.toks) && s.toks[i].low == "sau":
		i++
	case i+1 < len(s.toks) && s.toks[i].low == "kết" && s.toks[i+1].low == "thúc":
		i += 2
	default:
		return cueHit{}, false
	}
	if i < len(s.toks) && (s.toks[i].low == "buổi" || s.toks[i].low == "khi") {
		i++ // "Sau buổi hội đàm", "Sau khi hội đàm"
	}
	for _, c := range s.cues {
		if c.cat != "meet" || c.start != i {
			continue
		}
		for j := c.start; j < c.end; j++ {
			if s.toks[j].low == "thăm" {
				return cueHit{}, false
			}
		}
		for j := c.end; j < min(len(s.toks), c.end+16); j++ {
			if s.toks[j].text == "," {
				ok := cl.end > j+1 && (len(s.dates) == 0 || s.dates[0].Start > s.toks[j].start) && !pairIn(s, cl)
				return c, ok
			}
		}
		return cueHit{}, false
	}
	return cueHit{}, false
}

// pairIn reports "hai nhà lãnh đạo", "hai Thủ tướng" and the like in
// clause cl: "Sau hội đàm, hai nhà lãnh đạo chứng kiến lễ ký ..." goes on
// with the talks themselves, which keep their own day, and the pair
// stands for whichever two the article names most.
func pairIn(s *sentence, cl clause) bool {
	for _, m := range s.ments {
		if m.kind == mPair && m.start >= cl.start && m.end <= cl.end {
			return true
		}
	}
	return false
}

// leadDay is the day of a clause after a lead on a meeting (afterMeetingLead):
// the day of the nearest sentence before it that tells that meeting with
// its word and a day ("... hội đàm ... hôm thứ Năm 1/8. ... Hôm trước đó,
// thứ Tư 31/7, ... chào xã giao ... Sau hội đàm, ...": the 1st), else
// the day told last (sequelDay).
func (a *analysis) leadDay(si int, s *sentence, lead cueHit, planned bool) calendar.Date {
	word := meetWord(s, lead)
	for i := si - 1; i >= 0; i-- {
		t := a.sents[i]
		if t.caption || len(t.dates) == 0 {
			continue
		}
		named := false
		for _, c := range t.cues {
			if c.cat == "meet" && meetWord(t, c) == word {
				named = true
				break
			}
		}
		if !named {
			continue
		}
		for _, d := range t.dates {
			if a.sequelDayOf(t, d, planned) {
				return d.Date
			}
		}
	}
	return a.sequelDay(si, planned)
}

// meetWord is the word of meeting cue c without its classifier: "hội
// đàm" of "cuộc hội đàm", "lễ đón" of "lễ đón chính thức".
func meetWord(s *sentence, c cueHit) string {
	i := c.start
	if i+1 < c.end && (s.toks[i].low == "cuộc" || s.toks[i].low == "buổi") {
		i++
	}
	w := s.toks[i].low
	if i+1 < c.end {
		w += " " + s.toks[i+1].low
	}
	return w
}

// arrivalLead reports a sentence that opens on the visitor's arrival
// ("Ngay sau khi tới Labuan Bajo, Indonesia dự Hội nghị Cấp cao ASEAN lần
// thứ 42, Thủ tướng ... đã có cuộc gặp song phương với ...", "Ngay sau
// khi đến Bắc Kinh, Chủ tịch nước ... tiếp ..."): what it tells happened on
// the day of the arrival told before it, whichever clause tells it.
func arrivalLead(s *sentence) bool {
	c, ok := s.hasCue("arrivedlead", 0, min(len(s.toks), 6))
	return ok && c.start == 0
}

// alsoMet reports a clause that tells a meeting as also held ("cũng"
// right before its meeting word) by its subject: "Trước đó, trong ngày
// 20/6, Tổng thống Putin đã dự lễ đón chính thức ... Nhà lãnh đạo Nga
// cũng hội kiến với Thủ tướng Phạm Minh Chính": on the day told last.
func alsoMet(s *sentence, cl clause) bool {
	for _, c := range s.cues {
		if c.cat != "meet" || c.start < cl.start || c.end > cl.end {
			continue
		}
		if c.val == "state_visit" {
			return false // "Ông Sisoulith cũng thăm Triều Tiên trong dịp này": a visit of days of its own
		}
		j := c.start - 1
		if j >= cl.start && (s.toks[j].low == "sẽ" || s.toks[j].low == "đã") {
			j--
		}
		return j >= cl.start && j <= cl.start+10 && s.toks[j].low == "cũng"
	}
	return false
}

// sequelDay is the day of a sequel clause: the first day of the nearest
// sentence before it that names one, the day that sentence is about ("...
// ngày 6/1 tiếp tục có cuộc gặp gỡ ... sau hội nghị thượng đỉnh ... vào
// hôm 5/1. Trước tiên, ...": the 6th, not the day named last).
func (a *analysis) sequelDay(si int, planned bool) calendar.Date {
	for i := si - 1; i >= 0; i-- {
		if a.sents[i].caption {
			continue
		}
		for _, d := range a.sents[i].dates {
			if a.sequelDayOf(a.sents[i], d, planned) {
				return d.Date
			}
		}
	}
	return calendar.Date{}
}

// sequelDayOf reports day d of sentence s as one a sequel can go on
// with: a plan goes on with a day to come ("Sáng 29/9, ... sẽ hội đàm
// ... Tiếp đó, ... sẽ ..."); what is done, with one gone by.
func (a *analysis) sequelDayOf(s *sentence, d calendar.Mention, planned bool) bool {
	return a.isDay(d) && !a.inByline(d) && (planned || !(a.anchor.Day != 0 && calendar.After(d.Date, a.anchor)) && !plannedDay(s, d))
}

// plannedDay reports a date told right after a word of the future:
// "dự kiến diễn ra ngày 15/8", "sẽ đến vào ngày 2/9".
func plannedDay(s *sentence, d calendar.Mention) bool {
	from, _ := s.tokenSpan(d.Start, d.End)
	return s.hasCueBetween("planned", max(0, from-4), from)
}

// closesClause reports a date that ends the clause, but for its closing
// punctuation.
func closesClause(s *sentence, cl clause, d *calendar.Mention) bool {
	_, to := s.tokenSpan(d.Start, d.End)
	for to < cl.end && !s.toks[to].word {
		to++
	}
	return to >= cl.end
}

// signedPassivelyBefore reports "được ký (kết) (vào) (năm)" right before
// date d: the signing date of a document described, not a meeting's.
func signedPassivelyBefore(s *sentence, d *calendar.Mention) bool {
	from, _ := s.tokenSpan(d.Start, d.End)
	i := from - 1
	for i >= 0 && (s.toks[i].low == "vào" || s.toks[i].low == "năm" || s.toks[i].low == "kết" || s.toks[i].low == "từ") {
		i--
	}
	return i >= 1 && s.toks[i].low == "ký" && s.toks[i-1].low == "được"
}

// setOffDate reports a date set off by commas before the clause's
// subject: "Nhận lời mời của ..., sáng 10/4, Chủ tịch nước ... đã đến
// Vientiane bắt đầu chuyến thăm" opens the main clause after the
// invitation, however long it goes on.
func setOffDate(s *sentence, cl clause, d *calendar.Mention) bool {
	from, to := s.tokenSpan(d.Start, d.End)
	if from <= cl.start || to >= cl.end || s.toks[from-1].text != "," || s.toks[to].text != "," {
		return false
	}
	for i := to + 1; i < cl.end && i < to+6; i++ {
		for _, m := range s.ments {
			if m.start == i && len(m.keys) > 0 {
				return true // the subject comes right after it
			}
		}
	}
	return false
}

// ownTime reports day d told as when the clause's meeting word takes
// place: right after "diễn ra", "khai mạc" or "bắt đầu" ("vào", "ngày"
// between), which come after a meeting word of the clause, a few words on
// ("Hội nghị Thượng đỉnh Mỹ - Triều lần 2 bắt đầu diễn ra vào hôm nay
// (27/2)").
func ownTime(s *sentence, cl clause, d *calendar.Mention) bool {
	from, _ := s.tokenSpan(d.Start, d.End)
	i := from - 1
	for i > cl.start && (s.toks[i].low == "vào" || s.toks[i].low == "ngày") {
		i--
	}
	if i <= cl.start {
		return false
	}
	switch w, prev := s.toks[i].low, s.toks[i-1].low; {
	case w == "ra" && prev == "diễn", w == "mạc" && prev == "khai", w == "đầu" && prev == "bắt":
	default:
		return false
	}
	for _, c := range s.cues {
		if c.cat == "meet" && c.start >= cl.start && c.end <= i-1 && i-1-c.end <= 10 {
			return true
		}
	}
	return false
}

// daysLasted returns N of a closing told with its length, "bế mạc ... sau
// N ngày họp", "khép lại N ngày làm việc", in the clause; else 0.
func daysLasted(s *sentence, cl clause) int {
	c, ok := s.hasCue("closing", cl.start, cl.end)
	if !ok {
		return 0
	}
	for i := c.end; i+1 < cl.end && i < c.end+8; i++ {
		if n, err := strconv.Atoi(s.toks[i].text); err == nil && s.toks[i+1].low == "ngày" && n > 1 && n < 10 {
			return n
		}
	}
	return 0
}

// commaOnlyAfter reports a date followed by a comma that has none before
// it: "chuyến thăm Saudi Arabia năm 2024, khẳng định ..." dates the visit;
// "Ngoại trưởng Rubio, ngày 19/9, cho biết" and "ngày 19/9 cho biết" the
// saying.
func commaOnlyAfter(s *sentence, d *calendar.Mention) bool {
	first, last := s.tokenSpan(d.Start, d.End)
	if first < 0 || last >= len(s.toks) || s.toks[last].text != "," {
		return false
	}
	return first > 0 && s.toks[first-1].text != ","
}

// sinceAside reports a month or year in parentheses after "từ" ("trên
// cương vị Tổng thống (từ tháng 11-2024)"): since when something holds,
// not when the meeting was. A span there ("(từ ngày 5-7/5)") dates it.
func sinceAside(s *sentence, d *calendar.Mention) bool {
	from, _ := s.tokenSpan(d.Start, d.End)
	return from >= 2 && s.toks[from-1].low == "từ" && s.toks[from-2].text == "(" && d.EndDate.IsZero() && d.Date.Day == 0
}

// countedFrom returns N for a year in brackets that N years are counted
// from ("sau 15 năm (2009)", "Sau 33 năm thiết lập quan hệ (năm 1990)",
// "12 năm sau chuyến thăm cấp cao của Quốc vương Qatar tới Việt Nam
// (2012)"): the event told is N years after it. Else 0.
func countedFrom(s *sentence, d *calendar.Mention) int {
	if d.Date.Month != 0 {
		return 0
	}
	from := sort.Search(len(s.toks), func(i int) bool { return s.toks[i].end > d.Start })
	if from < 4 || from >= len(s.toks) || s.toks[from-1].text != "(" {
		return 0
	}
	for j := from - 2; j >= 2 && j >= from-16; j-- {
		if s.toks[j].low != "năm" {
			continue
		}
		sauBefore := s.toks[j-2].low == "sau" && j >= from-8
		sauAfter := s.toks[j+1].low == "sau"
		if !sauBefore && !sauAfter {
			continue
		}
		n, err := strconv.Atoi(s.toks[j-1].text)
		if err != nil || n <= 0 || n > 100 {
			return 0
		}
		return n
	}
	return 0
}

// personAside reports a date inside an aside about a person opened by
// ", người" ("John Sullivan, người đã được chỉ định ... vào tháng 10/2019").
// An aside that tells a meeting just done dates it, the clause's own:
// "Ông Niinisto, người vừa điện đàm với Tổng thống Mỹ Joe Biden ... hôm
// 13/5, cho biết"; "người từng gặp ông Trump hồi Tháng Bảy năm ngoái"
// recalls another.
func personAside(s *sentence, d *calendar.Mention) bool {
	first, _ := s.tokenSpan(d.Start, d.End)
	for i := first - 1; i > 0; i-- {
		if s.toks[i].text == "," {
			// "người đã/từng/được ...", not a title ("Người phát ngôn", "người đồng cấp")
			return i+2 < first && s.toks[i+1].text == "người" && asideVerb[s.toks[i+2].low] && !(justDone(s.toks[i+2].low) && s.hasCueBetween("meet", i+3, first))
		}
	}
	return false
}

// justDone reports "vừa" or "mới": what is told was just done.
func justDone(w string) bool { return w == "vừa" || w == "mới" }

// asideVerb holds the words that open what an aside tells of a person
// after ", người".
var asideVerb = map[string]bool{"đã": true, "từng": true, "vừa": true, "được": true, "là": true, "hiện": true, "sẽ": true, "mới": true}

// sourceWord reports a word that opens the name of a source after "theo":
// an outlet's name ("theo Reuters"), or "đài", "báo", "hãng", "phóng
// viên", "nguồn", "truyền thông" ("theo lời mời" is an invitation).
func sourceWord(t token) bool {
	if t.upper {
		return t.low != "lời"
	}
	switch t.low {
	case "đài", "báo", "hãng", "phóng", "nguồn", "truyền", "thông", "kênh", "tờ":
		return true
	}
	return false
}

// homeTime reports a date given again in the time of home, after the
// local one: "chiều 9/11 theo giờ địa phương (rạng sáng 10/11 theo giờ
// Việt Nam)". The event is dated where it happened.
func homeTime(s *sentence, d *calendar.Mention) bool {
	from, to := s.tokenSpan(d.Start, d.End)
	home := false
	for j := to; j+2 < len(s.toks) && j < to+3; j++ {
		home = home || s.toks[j].low == "giờ" && (s.toks[j+1].low == "việt" || s.toks[j+1].low == "hà")
	}
	if !home {
		return false
	}
	// Only as a second date: "20 giờ ngày 2-7 (giờ Việt Nam)" is the one date of a call.
	near := 8
	if convertedTime(s, from) {
		near = 16
	}
	for i := range s.dates {
		if o := &s.dates[i]; o.End <= d.Start {
			if _, end := s.tokenSpan(o.Start, o.End); from-end <= near {
				return true
			}
		}
	}
	return false
}

// convertedTime reports "tức" ("that is") a few tokens before token i: a
// time given again, converted, however far the first one is ("vào lúc
// 13:30 ngày 18/8 (theo giờ Washington, tức 1:30 sáng 19/8, theo giờ Hà
// Nội)", "ngày 30-7, giờ địa phương (tức 0h10, ngày 31-7, giờ Hà Nội)").
func convertedTime(s *sentence, i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		if s.toks[j].low == "tức" {
			return true
		}
	}
	return false
}

// horizon reports a bare year a plan or vision runs to: "kế hoạch phát
// triển những lĩnh vực hợp tác then chốt đến năm 2030", "tầm nhìn tới
// năm 2045", or a target is to be reached by ("lên 150 tỷ USD vào năm
// 2030"). It dates no event.
func horizon(s *sentence, d *calendar.Mention) bool {
	if d.Date.Month != 0 || d.Date.Year == 0 {
		return false
	}
	from, _ := s.tokenSpan(d.Start, d.End)
	j := from - 1
	if j >= 0 && s.toks[j].low == "năm" {
		j-- // "đến năm 2030" when the mention starts at the year
	}
	if j >= 0 && s.toks[j].low == "vào" {
		// "nâng kim ngạch thương mại lên 150 tỷ USD vào năm 2030": the
		// year a target is to be reached by.
		for k := j - 1; k >= 0 && k >= j-8; k-- {
			if s.toks[k].low == "lên" || s.toks[k].low == "đạt" {
				return true
			}
		}
	}
	return j >= 0 && (s.toks[j].low == "đến" || s.toks[j].low == "tới")
}

// leavingAfter reports a date d followed in clause cl by a trip's end:
// coming home ("Tối 2/12, Tổng Bí thư ... đã về đến Hà Nội"), or leaving
// with the visit over ("Sáng 14/10, Thủ tướng Lý Cường rời Hà Nội, kết
// thúc chuyến thăm"). That day ends the trip; it dates none of its events.
func leavingAfter(s *sentence, cl clause, d *calendar.Mention) bool {
	for _, c := range s.cues {
		if c.cat != "leaving" || c.start < cl.start || c.end > cl.end || s.toks[c.start].start < d.End {
			continue
		}
		if s.toks[c.start].low == "về" {
			return true
		}
		// "kết thúc" after the date, before or after the leaving: "Chiều
		// 7/5, kết thúc các hoạt động trong chuyến thăm ..., Tổng Bí thư
		// ... đã rời thủ đô Astana".
		for i := cl.start; i+1 < cl.end; i++ {
			if s.toks[i].start >= d.End && s.toks[i].low == "kết" && s.toks[i+1].low == "thúc" {
				return true
			}
		}
	}
	return false
}

// justBefore dates a meeting told as just done by a dated statement:
// "Trump ngày 19/9 cho biết ông vừa có cuộc điện đàm", "Tối 4/2, Tổng
// thống Trump cho biết ông vừa hoàn tất một cuộc điện đàm" happened that
// day (docs/ANNOTATION.md).
func (a *analysis) justBefore(s *sentence, cl clause) calendar.Date {
	if a.status(s, cl) == "planned" {
		return calendar.Date{} // "vừa thông báo về chuyến thăm sắp tới": what is just done is the telling
	}
	just := false
	for i := cl.start; i < cl.end; i++ {
		if s.toks[i].low == "vừa" {
			just = true
		}
	}
	begun := talksJustBegun(s, cl)
	if !just && !begun {
		return calendar.Date{}
	}
	for i := range s.dates {
		d := &s.dates[i]
		if (a.statementDate(s, d) || a.reportedBefore(s, d, cl)) && d.Date.Year != 0 && d.Date.Month != 0 && !a.inByline(*d) && d.EndDate.IsZero() {
			if d.Approx {
				return calendar.Date{Year: d.Date.Year, Month: d.Date.Month}
			}
			return d.Date
		}
	}
	if len(s.dates) == 0 && a.pub.Day != 0 && (begun || talksJustDone(s, cl)) {
		// "Tổng thống Mỹ Joe Biden và Chủ tịch Trung Quốc Tập Cận Bình đã
		// bắt đầu hội nghị thượng đỉnh trực tuyến", "Bộ trưởng ... vừa tiếp
		// xúc và làm việc với ...": on the page's day.
		return a.pub
	}
	return calendar.Date{}
}

// talksJustBegun reports a meeting word of talks or a call right after
// "bắt đầu" in clause cl: "đã bắt đầu cuộc điện đàm", "đã bắt đầu hội nghị
// thượng đỉnh trực tuyến": under way as it is told (not a visit, which
// goes on for days).
func talksJustBegun(s *sentence, cl clause) bool {
	for _, c := range s.cues {
		if c.cat == "meet" && c.start >= cl.start+2 && c.end <= cl.end && c.val != "state_visit" && s.toks[c.start-2].low == "bắt" && s.toks[c.start-1].low == "đầu" {
			return true
		}
	}
	return false
}

// talksJustDone reports talks or a call told as just held, "vừa" right
// before their word ("vừa điện đàm", "vừa có cuộc điện đàm", "vừa tiếp
// xúc"); not "vừa qua" (lately), a visit (days long), nor a summit.
func talksJustDone(s *sentence, cl clause) bool {
	for _, c := range s.cues {
		if c.cat != "meet" || c.start < cl.start || c.end > cl.end || c.val == "state_visit" || c.val == "summit" {
			continue
		}
		j := c.start - 1
		if j > cl.start && s.toks[j].low == "có" {
			j--
		}
		if j >= cl.start && justDone(s.toks[j].low) && !(c.start < len(s.toks) && (s.toks[c.end-1].low == "qua" || c.end < len(s.toks) && (s.toks[c.end].low == "qua" || s.toks[c.end].low == "rồi"))) {
			return true
		}
	}
	return false
}

// namedYear is the year of an event the clause names with its year
// right after its acronym, when the clause has no date of its own: "bắt
// đầu chuyến tham dự Hội nghị Thượng đỉnh Tổ chức Hợp tác Thượng Hải
// (SCO) 2025", "thăm chính thức Chile, Peru và dự Tuần lễ cấp cao APEC
// 2024": docs/ANNOTATION.md dates a summit named with its year by that
// year, and a trip's legs told with it take what the trip fixes. A chair's year ("Chủ tịch ASEAN 2026", "Năm APEC 2026") is
// the office's, not the meeting's; a year past the article's next is
// none.
func (a *analysis) namedYear(s *sentence, cl clause) calendar.Date {
	for i := cl.start + 1; i < cl.end; i++ {
		t := &s.toks[i] // by pointer: a token is ten words, and every one of the clause is looked at
		if len(t.text) != 4 || t.text[0] < '1' || t.text[0] > '2' {
			continue
		}
		y, err := strconv.Atoi(t.text)
		if err != nil || y < 1990 || y > calendar.Now().Year()+1 || a.anchor.Year != 0 && y > a.anchor.Year+1 {
			continue // "Tầm nhìn Cộng đồng ASEAN 2045": a vision's horizon
		}
		if i+2 < cl.end && (s.toks[i+1].text == "-" || s.toks[i+1].text == "–") && s.toks[i+1].start == t.end && isDigitWord(s.toks[i+2].text) {
			continue // "Kế hoạch hành động ASEAN 2026-2030": a plan's years
		}
		j := i - 1
		if s.toks[j].text == ")" && j > cl.start {
			j--
		}
		acr := s.toks[j]
		if len(acr.text) < 2 || !acr.upper || !allCaps(acr.text) {
			continue
		}
		if j > 0 && (s.toks[j-1].low == "tịch" || s.toks[j-1].low == "năm" || s.toks[j-1].low == "nhà") {
			continue // "Chủ tịch ASEAN 2026", "Năm APEC 2026", "chủ nhà APEC 2027"
		}
		return calendar.Date{Year: y}
	}
	return calendar.Date{}
}

// stamped reports a full date written with a time beside it, as a page
// stamps when it posted ("... về Iran, Ukraine 10/03/2026 05:19", "10:19,
// 25/08/2024"): no event's date.
func (a *analysis) stamped(d *calendar.Mention) bool {
	text := a.text.S
	if d.Date.Day == 0 || !hasYearDigits(text[d.Start:d.End]) {
		return false // a stamp gives the year: "ngày 30-7" after "lúc 22h40" is the event's day
	}
	after := strings.TrimLeft(text[d.End:min(len(text), d.End+8)], " ,|-")
	before := strings.TrimRight(text[max(0, d.Start-8):d.Start], " ,|-")
	return timeAt(after) || timeEnds(before)
}

// hasYearDigits reports four digits in a row in s: a date written with its year.
func hasYearDigits(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		if prose.IsDigitByte(s[i]) {
			n++
			if n == 4 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

// programme holds the words after "Theo" that open a schedule, not a
// source: "Theo chương trình làm việc ngày 1-8, ..." is that day's plan.
var programme = map[string]bool{"chương": true, "kế": true, "lịch": true}

// statementDate reports a date that dates a statement, not an event:
// "Trump hôm thứ Tư 22/10 cho biết ...", or the page's own date.
func (a *analysis) statementDate(s *sentence, d *calendar.Mention) bool {
	if a.inByline(*d) || a.stamped(d) {
		return true // the page's own date, in its byline or with the time it was posted
	}
	for _, c := range s.cues {
		if c.cat != "attrib" || c.end < len(s.toks) && s.toks[c.end].low == "tại" || speechAt(s, c) {
			continue // "Ngày 26/9, phát biểu tại phiên họp cấp cao ...": the day of the event spoken at
		}
		at := s.toks[c.start].start
		if at >= d.End && at-d.End <= 2 && !commaOnlyAfter(s, d) {
			return true
		}
		// "Yonhap đưa tin ngày 28/9, ...": the report's date, after its verb.
		if end := s.toks[c.end-1].end; d.Start >= end && d.Start-end <= 1 {
			return true
		}
	}
	// "Ngày 26-10, theo Đài NHK, ...": the report's date, before its source.
	if j, _ := s.tokenSpan(d.End, d.End+1); j >= 0 && j <= 4 && j+2 < len(s.toks) && s.toks[j].text == "," && s.toks[j+1].low == "theo" && sourceWord(s.toks[j+2]) {
		return true // the sentence opens on it; "... ngày 12-1, theo hãng tin Reuters" at its end dates the event
	}
	// "Theo đài RT ngày 5-7, ...": the source's date, in the opening
	// phrase, which a colon ends too ("Theo Tân Hoa xã: Ngày 21/1, ...").
	if len(s.toks) > 1 && s.toks[0].low == "theo" && !programme[s.toks[1].low] {
		for _, t := range s.toks {
			if t.text == "," || t.text == ":" {
				return d.End <= t.start
			}
		}
	}
	return false
}

// speechAt reports a speech told with where or when it was given:
// "phát biểu trong cuộc họp báo chung với Ngoại trưởng Thổ Nhĩ Kỳ",
// "phát biểu khi đến Brussels tham dự hội nghị thượng đỉnh", "phát biểu
// ở Antakya", "phát biểu bên lề ...", "phát biểu họp báo". Unlike "cho
// biết", which may tell later what was done, a speech's day is the day
// of the event it was given at: "Ngày 12/2, phát biểu trong cuộc họp báo
// chung với ..." dates that press conference.
func speechAt(s *sentence, c cueHit) bool {
	if c.end-c.start != 2 || s.toks[c.start].low != "phát" || c.end >= len(s.toks) {
		return false
	}
	switch s.toks[c.end].low {
	case "tại", "ở", "trong", "khi", "bên", "họp":
		return true
	}
	return false
}

// triggerDistance counts the tokens between byte offset off and the
// nearest meeting word of the clause.
func (a *analysis) triggerDistance(s *sentence, cl clause, off int) int {
	ti := cl.end
	for i := cl.start; i < cl.end; i++ {
		if s.toks[i].start >= off {
			ti = i
			break
		}
	}
	// A signing ("ký") is the meeting word of two leaders signing together
	// when the clause has no other: "A và B ký hiệp ước tại Moscow ngày
	// 17/1"; beside one it is a document's own signing ("hội đàm ... Hiệp
	// ước ký năm 1977").
	word := "cosign"
	if _, ok := s.hasCue("meet", cl.start, cl.end); ok {
		word = "meet"
	}
	best := 1 << 30
	for _, c := range s.cues {
		if c.cat != "meet" && c.cat != word || c.start < cl.start || c.end > cl.end {
			continue
		}
		from, to := c.end, ti
		if ti < c.start {
			from, to = ti, c.start
		}
		best = min(best, wordsBetween(s, from, to))
	}
	// An organisation named like its summit is the meeting word of its
	// own: "phát biểu tại Đại hội đồng Liên Hợp Quốc ngày 24/9".
	for mi := range s.ments {
		m := &s.ments[mi]
		if m.kind != mOrg || m.start < cl.start || m.end > cl.end || !namedLikeSummit(s, *m) {
			continue
		}
		from, to := m.end, ti
		if ti < m.start {
			from, to = ti, m.start
		}
		best = min(best, wordsBetween(s, from, to))
	}
	return best
}

// wordsBetween counts the tokens in [from, to), a name or place of several
// words counting as one: "gặp nhà lãnh đạo Triều Tiên Kim Jong Un tại Nhà
// khách quốc gia Điếu Ngư Đài ở Bắc Kinh ngày 3/9" is near.
func wordsBetween(s *sentence, from, to int) int {
	if to <= from {
		return 0
	}
	n := to - from
	for mi := range s.ments {
		m := &s.ments[mi]
		if m.start >= from && m.end <= to {
			n -= m.end - m.start - 1
		}
	}
	return n
}

// ofRelative reports a date told in a relative clause after the clause's
// meeting or signing word: "ký văn bản thực thi thỏa thuận mà hai bên đạt
// được hồi tháng 5", "thỏa thuận ngừng bắn ... đạt được hồi tháng 7". It
// dates the thing described, not the meeting.
func ofRelative(s *sentence, cl clause, off int) bool {
	trigger := -1
	for _, c := range s.cues {
		if (c.cat == "meet" || c.cat == "cosign") && c.start >= cl.start && c.end <= cl.end {
			trigger = c.end
			break
		}
	}
	if trigger < 0 {
		return false
	}
	for i := trigger; i < cl.end && s.toks[i].start < off; i++ {
		if s.toks[i].low == "mà" || s.toks[i].low == "đạt" && i+1 < cl.end && s.toks[i+1].low == "được" {
			return true
		}
	}
	return false
}

// isHeadline reports sentence si as the article's headline: the first
// line, alone in its paragraph and with no full stop, above a body.
func (a *analysis) isHeadline(si int) bool {
	if si != 0 || len(a.sents) < 2 || a.sents[1].para == a.sents[0].para {
		return false
	}
	toks := a.sents[0].toks
	if len(toks) == 0 {
		return false
	}
	switch toks[len(toks)-1].text {
	case ".", "!", "?", "…":
		return false
	}
	return true
}

// dayBefore returns the day named last before byte at of sentence s: in
// the sentence, else in those before it (lastDay).
func (a *analysis) dayBefore(s *sentence, si, at int) calendar.Date {
	for i := len(s.dates) - 1; i >= 0; i-- {
		if d := s.dates[i]; d.End <= at && a.isDay(d) && !a.inByline(d) {
			return d.Date
		}
	}
	return a.lastDay(si)
}

// lastDay returns the last date with a day named before sentence si, not
// after the article's own.
func (a *analysis) lastDay(si int) calendar.Date {
	for i := si - 1; i >= 0; i-- {
		if a.sents[i].caption {
			continue // a photo's day, often an earlier one's: "Trước đó một ngày" counts from the text's
		}
		ds := a.sents[i].dates
		for j := len(ds) - 1; j >= 0; j-- {
			// A day after the article's own is a plan ("sẽ hội đàm ... vào
			// ngày 2/9"), not the day things were reported on; so is a day
			// told as planned ("hội nghị thượng đỉnh ... dự kiến diễn ra
			// ngày 15/8").
			// Nor is a day months before the page's own ("các hiệp định ...
			// ký ngày 12.11.2009 và 2.11.2018. Trước đó cùng ngày, ..."): a
			// document's or a past event's, not the day things are told of.
			if a.isDay(ds[j]) && !a.inByline(ds[j]) && !(a.anchor.Day != 0 && calendar.After(ds[j].Date, a.anchor)) && !plannedDay(a.sents[i], ds[j]) && !(a.pub.Year != 0 && a.longBefore(ds[j].Date)) {
				return ds[j].Date
			}
		}
	}
	return calendar.Date{}
}

// isDay reports a date of one whole day: not a span ("từ ngày 25 đến
// 27/5") nor a month, and a year-less day only on a page whose year is
// not known either (where every date is year-less alike).
func (a *analysis) isDay(d calendar.Mention) bool {
	return d.Date.Day != 0 && (d.Date.Year != 0 || a.anchor.Year == 0) && d.EndDate.IsZero()
}

// inByline reports the page's own date, in its byline.
func (a *analysis) inByline(d calendar.Mention) bool {
	return d.Start < a.byline[1] && d.End > a.byline[0]
}

// sinceDate reports a date that says since when ("kể từ khi ông Lee nhậm
// chức hồi tháng 6"): a "since" word before it in the clause with no
// meeting word in between.
func (a *analysis) sinceDate(s *sentence, cl clause, off int) bool {
	since := -1
	for _, c := range s.cues {
		if c.start < cl.start || c.end > cl.end || s.toks[c.start].start >= off {
			continue
		}
		switch c.cat {
		case "since":
			if c.end < len(s.toks) && (s.toks[c.end].low == "đó" || s.toks[c.end].low == "ấy") {
				continue // "kể từ đó": since then, no date of its own follows
			}
			since = c.end
		case "meet":
			if c.start >= since {
				since = -1
			}
		}
	}
	return since >= 0
}

// mergeMeetings joins the mentions of one event within an article: the
// most specific mentions first, then the vaguer ones join the best
// compatible event (same status first; for a mention with neither date nor
// place, the event the text spoke of last). Partial mentions come last and
// only add to an event.
// The events are appended to out.
func mergeMeetings(ms, out []meeting) []meeting {
	// The order to take them in; indices are sorted, as meetings are large to move.
	order := make([]int, len(ms))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		if ms[i].partial != ms[j].partial {
			if !ms[i].partial {
				return -1
			}
			return 1
		}
		return cmp.Compare(specificity(ms[j]), specificity(ms[i]))
	})
	for _, mi := range order {
		m := ms[mi]
		best := -1
		for i := range out {
			if compatible(&out[i], &ms[mi]) && (best == -1 || preferred(&out[i], &out[best], &ms[mi])) { // (m is ms[mi] still)
				best = i
			}
		}
		if best == -1 {
			// A partial mention stands alone only when it is a summit with
			// an organisation and a place or date: "Hội nghị thượng đỉnh SCO
			// tiếp theo dự kiến được tổ chức tại Tashkent".
			if !m.partial || m.standsAlone || m.grp == "summit" && m.org != "" && (m.city != "" || !m.date.IsZero()) && len(m.participants) == 0 {
				m.partial, m.attend = false, false
				out = append(out, m)
			}
			continue
		}
		out[best] = merge(out[best], m)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].order < out[j].order })
	return out
}

// preferred reports whether event o is a better home than event best for
// mention m, both compatible with it.
func preferred(o, best, m *meeting) bool {
	switch {
	case m.partial:
		// One side of a meeting belongs to the meeting the text spoke of
		// last, of its own kind first (a call's side to the call, not to a
		// meeting recalled after it).
		if o.grp == m.grp && best.grp != m.grp {
			return true
		}
		if best.grp == m.grp && o.grp != m.grp {
			return false
		}
		lo, lb := lastBefore(o, m.order), lastBefore(best, m.order)
		return lo > lb || lo == lb && len(o.participants) < len(best.participants)
	case m.date.IsZero() && m.city == "" && m.country == "":
		// A vague mention goes to the closest told before, but not to a
		// visit recalled over today's meeting of the very same people:
		// "Cảm ơn sự đón tiếp của Thủ tướng Donald Tusk, Thủ tướng Phạm
		// Minh Chính ..." after Tusk's visit of 2010 is recalled.
		same := func(e *meeting) bool { return slices.Equal(e.participants, m.participants) }
		switch {
		case best.recalled && !o.recalled && same(o):
			return true
		case o.recalled && !best.recalled && same(best):
			return false
		case best.caption && !o.caption:
			// A photo caption between ("... tại cuộc gặp ở London ngày
			// 1/3/2025. Ảnh: THX") shows another day's meeting: the text
			// goes on with the one it told.
			return true
		case o.caption && !best.caption:
			return false
		}
		return lastBefore(o, m.order) > lastBefore(best, m.order)
	case m.tenseless && o.kind == m.kind && best.kind != m.kind:
		// "Đây là chuyến thăm Trung Quốc đầu tiên của ông Lee": the visit
		// told, whatever its status, not talks held elsewhere.
		return true
	case m.tenseless && best.kind == m.kind && o.kind != m.kind:
		return false
	}
	return o.status == m.status && best.status != m.status
}

// lastBefore returns the latest clause of m before order, or -1.
func lastBefore(m *meeting, order int) int {
	last := -1
	for _, s := range m.sents {
		if o := s * 100; o <= order && o > last {
			last = o
		}
	}
	return last
}

func specificity(m meeting) int {
	n := 0
	if m.date.Day != 0 {
		n += 8
	}
	if m.date.Month != 0 {
		n += 4
	}
	if m.date.Year != 0 {
		n += 2
	}
	if m.city != "" {
		n += 2
	}
	if m.country != "" || m.org != "" {
		n++
	}
	return n
}

func group(kind string) string {
	switch kind {
	case "bilateral", "state_visit":
		return "meeting"
	case "phone_call", "video_call":
		return "call"
	}
	return kind
}

// compatible reports whether meetings a and b may be mentions of one
// event: no merge veto keeps them apart.
func compatible(a, b *meeting) bool {
	for _, v := range mergeVetoes {
		if v.veto(a, b) {
			return false
		}
	}
	return true
}

// mergeVetoes are the reasons two mentions of meetings are two events;
// each is named for what it keeps apart.
var mergeVetoes = []struct {
	name string
	veto func(a, b *meeting) bool
}{
	{"recalled-visit", recalledApart},
	{"other-kind", func(a, b *meeting) bool {
		return a.grp != b.grp && !callTalks(a, b) && !callTalks(b, a) && !summitTold(a, b) && !summitTold(b, a)
	}},
	{"side-of-other-status", func(a, b *meeting) bool {
		// One side of a planned meeting is not of a held one.
		return (a.partial || b.partial) && a.status != b.status && !spanOfTheVisit(a, b) && !spanOfTheVisit(b, a)
	}},
	{"invited-visit", func(a, b *meeting) bool {
		// The visit a meeting invited is not that meeting.
		return (a.invited || b.invited) && a.status != b.status
	}},
	{"other-people", otherPeople},
	{"other-days", func(a, b *meeting) bool {
		if a.grp == "summit" {
			return !spansAgree(a, b)
		}
		return !datesAgree(a.date, b.date) && !visitDay(a, b) && !visitDay(b, a)
	}},
	{"year-beside-day", func(a, b *meeting) bool {
		return yearBesideDay(a.date, b.date) || yearBesideDay(b.date, a.date)
	}},
	{"other-city", func(a, b *meeting) bool {
		return a.city != "" && b.city != "" && a.city != b.city && !liesIn(a.city, b.city) && !liesIn(b.city, a.city)
	}},
	{"other-country", func(a, b *meeting) bool {
		return a.country != "" && b.country != "" && a.country != b.country
	}},
}

// recalledApart keeps a visit recalled apart from what the text tells
// besides: two recalled visits of other days; a dated mention, as a visit
// recalled takes in only what the text leaves undated ("Khi đó, ... đã
// hội đàm tại Điện Élysée"); what the text told before recalling it (a
// headline of today's meeting), as "Khi đó, ..." comes after; and what
// the sentence recalling it tells besides: "Thủ tướng vui mừng gặp lại
// Tổng thống Erdogan; nhắc lại ... trong chuyến thăm chính thức vào tháng
// 11-2023" met him again today.
func recalledApart(a, b *meeting) bool {
	switch {
	case a.recalled && b.recalled:
		return a.date != b.date
	case a.recalled && !b.date.IsZero(), b.recalled && !a.date.IsZero():
		return true
	case a.recalled && !b.recalled && b.sents[0] < a.sents[0], b.recalled && !a.recalled && a.sents[0] < b.sents[0]:
		return true
	case a.recalled && overlapInts(a.sents, b.sents), b.recalled && overlapInts(a.sents, b.sents):
		return true
	}
	return false
}

// otherPeople keeps apart summits of other organisations or ordinals, and
// meetings of other parties. Without an organisation on both sides, a
// summit's mentions must share someone, unless one side only lists
// attendees.
func otherPeople(a, b *meeting) bool {
	if a.grp != "summit" {
		return !sameParty(a, b)
	}
	if a.org != "" && b.org != "" && a.org != b.org || a.ordinal != 0 && b.ordinal != 0 && a.ordinal != b.ordinal {
		return true
	}
	return (a.org == "" || b.org == "") && !a.attend && !b.attend && !overlap(a.participants, b.participants)
}

// spanOfTheVisit reports b as the days of visit a told with no visitor
// and no tense: "Chuyến thăm diễn ra từ ngày 13-16/7." after "..., Thủ
// tướng ... đã rời Hà Nội, lên đường thăm chính thức Mông Cổ" (planned on
// the day it sets off) or "Chuyến thăm diễn ra từ ngày 25 đến 28-2" after
// "Thủ tướng New Zealand ... tới Hà Nội": the visit's days whatever its
// status.
func spanOfTheVisit(a, b *meeting) bool {
	return a.kind == "state_visit" && b.kind == "state_visit" && b.partial && b.tenseless && len(b.participants) == 0
}

// yearBesideDay reports a bare year a and a year-less day b, on a page
// whose dates have no year: "Ngày 2-9, Tổng thống Nga Vladimir Putin đã
// tới sân bay Ulaanbaatar, bắt đầu chuyến thăm chính thức Mông Cổ" and
// "Chuyến thăm gần nhất của Tổng thống Putin tới Mông Cổ là vào năm 2019"
// are two visits: a day the text tells with no year is of the article's
// time, a year it writes is of another.
func yearBesideDay(a, b calendar.Date) bool {
	return a.Year != 0 && a.Month == 0 && b.Year == 0 && b.Day != 0
}

// liesIn reports city within state or province region: a meeting "tại
// bang Florida" and one "tại Mar-a-Lago" (Palm Beach) may be one.
func liesIn(city, region string) bool {
	c := gazetteer.Default().Cities[city]
	return c != nil && c.Within != "" && c.Within == region
}

// visitDay reports a visit v over a span of days and a meeting m on one
// of them: the visit's talks ("thăm từ ngày 5-7/5 ... Sáng 6/5, hội đàm").
func visitDay(v, m *meeting) bool {
	// m may be a day of the visit that has taken in its span already
	// (the welcome on the 20th of a visit of the 19th-20th).
	if v.kind != "state_visit" || v.endDate.IsZero() || !m.endDate.IsZero() && m.endDate != v.endDate || m.date.Day == 0 {
		return false
	}
	if m.date.Year == 0 && v.date.Year == 0 {
		// Both year-less (an article with no date of its own): one year.
		inYear := func(d calendar.Date) calendar.Date { return calendar.Date{Year: 1, Month: d.Month, Day: d.Day} }
		return during(inYear(m.date), inYear(v.date), inYear(v.endDate))
	}
	return during(m.date, v.date, v.endDate)
}

// summitTold reports a summit mention t naming no one and no
// organisation, and two leaders' own "summit" m: "Sáng 24/5, tại thành
// phố Hà Tĩnh đã diễn ra Hội nghị cấp cao giữa 2 tỉnh Hà Tĩnh – Khăm
// Muộn." then "A ... và B ... chủ trì Hội nghị.": the day and place of
// their meeting.
func summitTold(m, t *meeting) bool {
	return m.ownSummit && t.partial && t.grp == "summit" && t.org == "" && len(t.participants) == 0
}

// callTalks reports a call and plain "talks" with no place: "cuộc hội đàm"
// in an article about a video call is that call.
func callTalks(call, talks *meeting) bool {
	// Not talks of another time: "hội nghị thượng đỉnh Nga – Mỹ dự kiến
	// diễn ra ngày 15/8" in an article about a call is the summit to come;
	// nor talks told only by their month to a call told with no day ("các
	// kết quả ... đạt được tại Cuộc gặp cấp cao hai Đảng ... tháng
	// 02/2025" in an article about today's call): a meeting recalled.
	return call.grp == "call" && talks.grp == "meeting" && talks.kind == "bilateral" && talks.city == "" && talks.country == "" && call.status == talks.status &&
		(talks.date.Day != 0 || talks.date.IsZero() || !call.date.IsZero())
}

// sameParty reports whether two meeting mentions can have the same
// participants: equal sets; one side of a meeting ("partial"); or a visit
// by one leader and a meeting of that leader with a host of the visited country.
func sameParty(a, b *meeting) bool {
	if slices.Equal(a.participants, b.participants) {
		return true
	}
	if a.signing != b.signing && (len(a.participants) == 0 || len(b.participants) == 0) {
		return false // a signing whose people are named elsewhere lends its day to that signing only
	}
	if a.signing && b.signing {
		// One signing told in several sentences, each naming some of
		// those there: "Văn kiện do Thủ tướng Thái Lan ... và Thủ tướng
		// Campuchia ... ký kết" and "Lễ ký ... với sự chứng kiến của Thủ
		// tướng Malaysia ... và Tổng thống Mỹ ...".
		return true
	}
	if b.welcomes && a.kind == "state_visit" && a.country != "" && b.hosts.has(a.country) {
		return true // "Thongloun Sisoulith chủ trì lễ đón": the visit to Laos
	}
	if b.partial {
		return subset(b.participants, a.participants)
	}
	if a.partial {
		return subset(a.participants, b.participants)
	}
	return visitHost(a, b) || visitHost(b, a)
}

// visitHost reports v as a one-leader visit to a country and m as a meeting of that leader with leaders of that country.
//
// Only the host's welcome or talks are the visit's event ("lễ đón", "hội
// đàm"); a reception by another leader of the host country ("hội kiến",
// "tiếp") is a meeting of its own. When the visit names its inviter, its
// talks are those with the inviter.
func visitHost(v, m *meeting) bool {
	if v.kind != "state_visit" || len(v.participants) != 1 || v.country == "" || len(m.participants) < 2 {
		return false
	}
	if !m.talks && m.kind != "state_visit" && !m.headOf.has(v.country) || v.inviter != "" && !slices.Contains(m.participants, v.inviter) && m.kind != "state_visit" {
		return false // the welcome ceremony is the visit's whoever invited ("Lễ đón ... do Chủ tịch nước Tô Lâm chủ trì")
	}
	// A host named with no country ("Tổng thống Joao Manuel Goncalves
	// Lourenco đón Chủ tịch nước" on a state visit to Angola) is the
	// visited country's when the meeting is placed there or nowhere.
	hosted := m.hosts.has(v.country) || m.uncountried && (m.country == "" || m.country == v.country)
	return slices.Contains(m.participants, v.participants[0]) && (m.country == "" || m.country == v.country) && hosted
}

func overlapInts(a, b []int) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

func subset(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

func overlap(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// spansAgree reports whether two summit mentions can be the same days: a
// summit "từ ngày 15 đến 17/6" is also the summit one left "tối 16/6".
func spansAgree(a, b *meeting) bool {
	if datesAgree(a.date, b.date) {
		return true
	}
	return a.date.Day != 0 && b.date.Day != 0 && (during(a.date, b.date, b.endDate) || during(b.date, a.date, a.endDate))
}

// datesAgree reports whether two dates can be the same day.
func datesAgree(a, b calendar.Date) bool {
	if a.Year != 0 && b.Year != 0 && a.Year != b.Year {
		return false
	}
	if a.Month != 0 && b.Month != 0 && a.Month != b.Month {
		return false
	}
	if a.Day != 0 && b.Day != 0 && a.Day != b.Day {
		return false
	}
	return true
}

// merge combines b into a, keeping the most precise of each field.
func merge(a, b meeting) meeting {
	a.signing = a.signing || b.signing // one of its mentions is a signing
	a.ownSummit = a.ownSummit || b.ownSummit
	a.caption = a.caption && b.caption
	a.frame = a.frame && b.frame
	if kindRank[b.kind] > kindRank[a.kind] && a.kind != "summit" && !(a.ownSummit && b.kind == "summit") {
		a.kind = b.kind
	}
	if b.grp == "call" {
		a.grp = "call"
	}
	switch {
	case a.grp == "summit" && a.endDate.IsZero() && !b.endDate.IsZero():
		// A summit's date is its span.
		a.date, a.endDate = b.date, b.endDate
	case visitDay(&a, &b):
		// A visit's event is the day of its talks, within its span; once a
		// mention of both sides told it, one side's other doings
		// ("Sáng 6.11, Chủ tịch Tập Cận Bình sẽ tham dự cuộc gặp gỡ hữu
		// nghị thanh niên") do not move it.
		if !(a.talksDay && b.partial) {
			a.date = b.date
			a.talksDay = a.talksDay || !b.partial
		}
	case visitDay(&b, &a):
		a.endDate = b.endDate
		a.talksDay = a.talksDay || !a.partial
	case precision(b.date) > precision(a.date):
		a.date = b.date
	}
	if a.endDate.IsZero() && b.endDate.IsZero() && datesAgree(a.date, b.date) {
		a.date = unite(a.date, b.date)
	}
	if a.endDate.IsZero() && datesAgree(a.date, b.date) {
		a.endDate = b.endDate
	}
	if a.city == "" || liesIn(b.city, a.city) {
		a.city = b.city // the city, not only its state: "Palm Beach", not "Florida"
	}
	if a.country == "" {
		a.country = b.country
	}
	if a.org == "" {
		a.org = b.org
	}
	if a.ordinal == 0 {
		a.ordinal = b.ordinal
	}
	switch {
	case a.tenseless && !b.tenseless:
		// "Thủ tướng dự Hội nghị G20" above "Thủ tướng sẽ tham dự ...":
		// a headline's verb tells no tense; the body's does.
		a.status = b.status
	case a.status != "held" && b.status == "held" && !b.tenseless:
		// A vaguer mention that says it happened does not outweigh a
		// specific plan; only the same precision may promote.
		if specificity(b) >= specificity(a) {
			a.status = b.status
		}
	}
	a.tenseless = a.tenseless && b.tenseless
	for _, p := range b.participants {
		if !slices.Contains(a.participants, p) {
			a.participants = append(a.participants, p)
		}
	}
	sort.Strings(a.participants)
	for _, s := range b.sents {
		if !slices.Contains(a.sents, s) {
			a.sents = append(a.sents, s)
		}
	}
	if b.order < a.order {
		a.order = b.order
	}
	if a.partial && !b.partial {
		a.partial, a.attend = false, false
	}
	for _, c := range b.hosts {
		a.hosts.add(c)
	}
	for _, c := range b.headOf {
		a.headOf.add(c)
	}
	return a
}

// countrySet is a small set of countries (ISO2), in the order added: a
// meeting's have a handful at most, fewer than a map is worth.
type countrySet []string

func (cs countrySet) has(iso string) bool { return slices.Contains(cs, iso) }

// add adds iso to the set. Meetings are copied by value as they merge:
// the append never writes into an array a copy may share.
func (cs *countrySet) add(iso string) {
	if !cs.has(iso) {
		*cs = append(slices.Clip(*cs), iso)
	}
}

// addFresh adds iso to cs, a set no meeting holds yet, whose array is
// made for at most n countries when the first is added.
func addFresh(cs countrySet, iso string, n int) countrySet {
	if cs.has(iso) {
		return cs
	}
	if cs == nil {
		cs = make(countrySet, 0, n)
	}
	return append(cs, iso)
}

// unite completes date a with what b, a date that agrees with it, adds:
// "Tháng 2" of 2022 and "Ngày 4/2" (no year) are 4 February 2022.
func unite(a, b calendar.Date) calendar.Date {
	if a.Year == 0 {
		a.Year = b.Year
	}
	if a.Month == 0 && a.Day == 0 {
		a.Month = b.Month
	}
	if a.Day == 0 && a.Month == b.Month {
		a.Day = b.Day
	}
	return a
}

func precision(d calendar.Date) int {
	n := 0
	if d.Year != 0 {
		n += 4
	}
	if d.Month != 0 {
		n += 2
	}
	if d.Day != 0 {
		n++
	}
	return n
}

// visitsOfOneMeeting folds a one-leader visit into the only meeting the
// text tells during it, with leaders of the visited country: "Ông Prabowo
// ... nhân dịp thăm Nga và có cuộc hội kiến với Tổng thống Vladimir
// Putin ngày 31/7" is one event on the day of the meeting (docs/ANNOTATION.md:
// a visit and the only talks the text tells during it), a state_visit when
// the meeting is the host's talks. A visit with days of its own, with two
// meetings or more, or with a summit stays a visit of its own.
func (a *analysis) visitsOfOneMeeting(ms []meeting) []meeting {
	gone := make([]bool, len(ms))
	for vi, v := range ms {
		if v.kind != "state_visit" || len(v.participants) != 1 || v.country == "" || v.recalled || !ownDayless(v) {
			continue
		}
		visitor, only := v.participants[0], -1
		for i, m := range ms {
			if i == vi || gone[i] || m.grp == "call" || !slices.Contains(m.participants, visitor) {
				continue
			}
			if only != -1 || m.recalled || !a.hostedBy(m, visitor, v.country) || m.status != v.status || m.country != "" && m.country != v.country || (v.date.Day != 0 && v.date != m.date || !datesAgree(v.date, m.date)) && !welcomedAfterArrival(v, m) {
				only = -2 // another event of the visitor's, or not this one
				break
			}
			only = i
		}
		if only < 0 {
			continue
		}
		m := &ms[only]
		m.country = v.country
		if m.talks || len(m.headOf) > 0 {
			m.kind = "state_visit" // the host's talks are the visit's event; a reception by another stays one
		}
		if m.city == "" {
			m.city = v.city
		}
		if m.date.IsZero() {
			m.date, m.endDate = v.date, v.endDate
		}
		for _, si := range v.sents {
			if !slices.Contains(m.sents, si) {
				m.sents = append(slices.Clip(m.sents), si)
			}
		}
		gone[vi] = true
	}
	out := ms[:0]
	for i, m := range ms {
		if !gone[i] {
			out = append(out, m)
		}
	}
	return out
}

// welcomedAfterArrival reports m as the host's welcome or talks (talks)
// held within three days after the day visit v began: "Chiều 11/3, Thủ
// tướng ... đến Osaka, bắt đầu chuyến thăm chính thức Nhật Bản. Sáng 12/3,
// Thủ tướng Ishiba Shigeru chủ trì lễ đón và hội đàm với Thủ tướng ...":
// one visit, dated by its talks (docs/ANNOTATION.md).
func welcomedAfterArrival(v, m meeting) bool {
	if !m.talks || v.status != "held" || v.date.Day == 0 || m.date.Day == 0 || !m.endDate.IsZero() || v.date.Year != m.date.Year {
		return false
	}
	for n := 1; n <= 3; n++ {
		if calendar.AddDays(v.date, n) == m.date {
			return true
		}
	}
	return false
}

// ownDayless reports a visit the text gives no days of its own: told
// only as the frame of a meeting, dated by its month, or on the very day
// of its meeting. A visit "từ ngày 28-29/1" is told for itself.
func ownDayless(v meeting) bool {
	return v.endDate.IsZero() && (v.date.IsZero() || v.date.Month != 0)
}

// hostedBy reports m as a meeting of visitor with leaders of country only.
func (a *analysis) hostedBy(m meeting, visitor, country string) bool {
	if m.grp != "meeting" || len(m.participants) < 2 {
		return false
	}
	for _, k := range m.participants {
		if k == visitor {
			continue
		}
		if p := a.people.get(k); p == nil || p.country != country && (p.country != "" || m.country != country) {
			return false // (one named with no country hosts a meeting placed in the country)
		}
	}
	return true
}
