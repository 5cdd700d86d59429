package ingest

import "kg/ingest/calendar"

// A visit recalled: news of one visit often recalls an earlier one ("chia
// sẻ ấn tượng tốt đẹp về chuyến thăm chính thức Việt Nam vào năm 2023",
// "đáp lại tình cảm ... trong chuyến thăm Nga của Tổng bí thư Tô Lâm vào
// tháng 5 vừa qua"). The recalled visit is an event of its own, read
// from its own phrase so that its date stays off the clause around it
// and the visit around it stays off its date.

// recallGap is how far before the article's own date, in months, a visit
// must be to count as recalled: a visit a few weeks back may be the one
// the article reports.
const recallGap = 2

// recallPhrase is a recalled visit in a sentence: tokens [start, end),
// its visit word and the years listed after its date ("vào các năm 2004
// và 2009").
type recallPhrase struct {
	start, end int
	cue        cueHit
	years      []int
}

// recalledVisits finds the recalled visits of s: a noun of visit
// ("chuyến thăm ...") followed, within a short phrase with no comma or
// other event word, by a date at least recallGap months before the
// article's date.
func (a *analysis) recalledVisits(s *sentence) []recallPhrase {
	var out []recallPhrase
	for _, c := range s.cues {
		since := sinceMeeting(s, c)
		last := lastOne(s, c)
		if c.cat != "meet" || !since && !last && (c.val != "state_visit" || s.toks[c.start].low != "chuyến" && s.toks[c.start].low != "lần") {
			continue
		}
		if _, ok := s.hasCue("recall", 0, c.start); a.anchor.Year == 0 && !ok && !since && !last && !yearsListed(s, c.end) && !namedByYear(s, c) {
			continue // no date of the article's to measure by, and no word of recalling
		}
		end := a.recallEnd(s, c, since, last)
		for _, d := range s.dates {
			if from, to := s.tokenSpan(d.Start, d.End); a.datesRecall(s, c, d, from, to, end, since) {
				out = append(out, a.recallPhraseOf(s, c, to, since))
				break
			}
		}
	}
	return out
}

// recallEnd returns where the phrase of visit word c may end: a short
// reach after it, cut at a comma or another event's word.
func (a *analysis) recallEnd(s *sentence, c cueHit, since, last bool) int {
	reach := 20
	if since {
		reach = 24 // "kể từ cuộc họp bên lề hội nghị thượng đỉnh G20 tại thành phố Osaka, Nhật Bản, hồi tháng 6/2019"
	}
	end := min(len(s.toks), c.end+reach)
	for i := c.end; i < end; i++ {
		if t := s.toks[i].low; t == "," && (placeApposition(s, i) || titleChain(s, i)) {
			continue // "tại thành phố Osaka, Nhật Bản, hồi tháng 6/2019", "của Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình"
		}
		if t := s.toks[i].low; t == "," || t == ";" || t == "(" || a.meetWordAt(s, i) && !since && !(last && c.val != "state_visit") {
			end = i // ("cuộc gặp gần đây nhất bên lề hội nghị thượng đỉnh APEC vào tháng 10/2025": the summit tells where)
		}
	}
	return end
}

// datesRecall reports whether date d, at tokens [from, to), dates visit
// word c as a visit recalled: within its phrase (up to end) and long
// before the article's date.
func (a *analysis) datesRecall(s *sentence, c cueHit, d calendar.Mention, from, to, end int, since bool) bool {
	before := a.longBefore(d.Date) || since && a.anchor.Year == 0 && d.Date.Month != 0 // "kể từ sau cuộc gặp ... ngày 7/2": before now, whatever the year
	if from < c.end || to > end || !before || underWay(s, c.start) {
		return false // "đang có chuyến thăm chính thức Việt Nam từ ngày 11-13/3": today's
	}
	if _, between := s.hasCue("since", c.end, from); !since && between {
		return false // "chuyến thăm đầu tiên ... kể từ tháng 6/2018", "... kể từ khi nhậm chức vào tháng 6": the time since, not the visit's
	}
	// A span without its visitor: the visit the article reports.
	return d.EndDate.IsZero() || since || namedVisitor(s, c.end, from)
}

// recallPhraseOf returns the phrase of visit word c recalled, its date
// ending at token to: with the word before that opens it ("trong", "sau",
// "kể từ"), the years listed after ("vào các năm 2004 và 2009") and "vừa
// qua" ("tháng 5 vừa qua").
func (a *analysis) recallPhraseOf(s *sentence, c cueHit, to int, since bool) recallPhrase {
	p := recallPhrase{start: c.start, end: to, cue: c}
	if since {
		p.start = sinceAt(s, c.start) // "kể từ cuộc họp ...": the phrase and its word
	} else if c.start > 0 {
		switch s.toks[c.start-1].low {
		case "trong", "sau", "về", "qua", "từ", "hai", "ba", "các", "những":
			p.start = c.start - 1
		}
	}
	for p.end+1 < len(s.toks) && (s.toks[p.end].low == "và" || s.toks[p.end].low == ",") {
		y, k := calendar.LeadingInt(s.toks[p.end+1].text)
		if k != 4 || len(s.toks[p.end+1].text) != 4 || y < 1900 || !a.longBefore(calendar.Date{Year: y}) {
			break
		}
		p.years = append(p.years, y)
		p.end += 2
	}
	if p.end < len(s.toks) && s.toks[p.end].low == "vừa" {
		p.end++
		if p.end < len(s.toks) && s.toks[p.end].low == "qua" {
			p.end++
		}
	}
	return p
}

// lastOne reports a visit told as the last before this one: "Lần thăm gần
// nhất là năm 2018", "lần thăm trước đó".
func lastOne(s *sentence, c cueHit) bool {
	if lastTimeBefore(s, c.start) {
		return true
	}
	e := c.end
	if c.val == "bilateral" && c.start > 0 && s.toks[c.start].low == "cuộc" || c.val == "bilateral" && s.toks[c.start].low == "gặp" && c.start > 0 && s.toks[c.start-1].low == "lần" {
		// "tại cuộc gặp gần đây nhất bên lề hội nghị thượng đỉnh APEC vào
		// tháng 10/2025": the meeting before this one.
		return e+2 < len(s.toks) && s.toks[e].low == "gần" && s.toks[e+1].low == "đây" && s.toks[e+2].low == "nhất"
	}
	if c.val != "state_visit" || c.start == 0 || s.toks[c.start-1].low != "lần" && s.toks[c.start].low != "lần" {
		return false
	}
	return e+1 < len(s.toks) && (s.toks[e].low == "gần" && s.toks[e+1].low == "nhất" || s.toks[e].low == "trước" && s.toks[e+1].low == "đó")
}

// lastTimeBefore reports "lần gần đây nhất" or "lần gần nhất" opening the
// phrase whose meeting word starts at token i: "lần gần đây nhất mà ông
// thăm Hà Nội là năm 2018", "Lần gần đây nhất hai nhà lãnh đạo gặp nhau
// là vào tháng 9/2022" tell the time before this one.
func lastTimeBefore(s *sentence, i int) bool {
	for j := i - 1; j >= 0 && j >= i-10; j-- {
		switch t := s.toks[j].low; {
		case t == "," || t == ";" || t == ":":
			return false
		case t == "lần":
			k := j + 1
			if k < i && s.toks[k].low == "gần" {
				k++
				if k < i && s.toks[k].low == "đây" {
					k++
				}
				return k < i && s.toks[k].low == "nhất"
			}
			return false
		}
	}
	return false
}

// yearsListed reports "các năm" or "những năm" within a few tokens after
// token i, before a year: visits told with a list of years ("hai chuyến
// thăm cấp Nhà nước vào các năm 2004 và 2009") are recalled ones, with or
// without a date of the article's.
func yearsListed(s *sentence, i int) bool {
	for j := i; j+2 < len(s.toks) && j < i+8; j++ {
		if (s.toks[j].low == "các" || s.toks[j].low == "những") && s.toks[j+1].low == "năm" && isDigitWord(s.toks[j+2].text) {
			return true
		}
	}
	return false
}

// namedByYear reports a visit named by its year alone after "sau" or
// "trước" ("lần thứ hai ông đến thăm Việt Nam sau chuyến thăm năm
// 2008"): an earlier visit than the one the article tells of.
func namedByYear(s *sentence, c cueHit) bool {
	if c.start == 0 || s.toks[c.start-1].low != "sau" && s.toks[c.start-1].low != "trước" {
		return false
	}
	i := c.end
	return i+1 < len(s.toks) && s.toks[i].low == "năm" && isDigitWord(s.toks[i+1].text) && len(s.toks[i+1].text) == 4
}

// sinceMeeting reports a meeting word right after "kể từ": "lần đầu hai
// lãnh đạo gặp mặt kể từ cuộc họp bên lề G20 tại Osaka hồi tháng 6/2019"
// recalls the meeting before this one.
func sinceMeeting(s *sentence, c cueHit) bool {
	return c.cat == "meet" && c.val != "state_visit" && sinceAt(s, c.start) > 0
}

// sinceAt returns where "kể từ" or "kể từ sau" ends right before token i
// begins ("kể từ sau cuộc gặp người đồng cấp Putin tại Điện Kremlin"):
// the index of "kể", else -1.
func sinceAt(s *sentence, i int) int {
	j := i
	if j >= 1 && s.toks[j-1].low == "sau" {
		j--
	}
	if j >= 2 && s.toks[j-2].low == "kể" && s.toks[j-1].low == "từ" {
		return j - 2
	}
	return -1
}

// placeApposition reports a comma at token i between a place and its
// country, or after that country: "Osaka, Nhật Bản, hồi tháng 6/2019".
func placeApposition(s *sentence, i int) bool {
	for _, m := range s.ments {
		if m.kind == mCountry && (m.start == i+1 || m.end == i) {
			return true
		}
	}
	return false
}

// meetWordAt reports a meeting word starting at token i.
func (a *analysis) meetWordAt(s *sentence, i int) bool {
	for _, c := range s.cues {
		if c.cat == "meet" && c.start == i {
			return true
		}
	}
	return false
}

// longBefore reports a date at least recallGap months before the
// article's; with no date of the article's, any date with its year (the
// caller has seen a word of recalling).
func (a *analysis) longBefore(d calendar.Date) bool {
	if d.Year == 0 {
		return false
	}
	if a.anchor.Year == 0 {
		return true
	}
	if d.Month == 0 {
		return d.Year < a.anchor.Year && (a.anchor.Month == 0 || a.anchor.Month+12 > recallGap)
	}
	if a.anchor.Month == 0 {
		return d.Year < a.anchor.Year
	}
	return a.anchor.Year*12+a.anchor.Month-(d.Year*12+d.Month) >= recallGap
}

// tokenSpan returns the tokens that bytes [start, end) of the text cover:
// from is the first token ending after start, to is one past the last
// token starting before end (-1 when there is none). Tokens come in text
// order and do not overlap, so both are found by halving: the rules ask
// it of every date and mention, and a scan of the whole sentence for each
// was a percent of the extraction.
func (s *sentence) tokenSpan(start, end int) (int, int) {
	toks := s.toks
	lo, hi := 0, len(toks)
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); toks[m].end > start {
			hi = m
		} else {
			lo = m + 1
		}
	}
	from := lo
	if from == len(toks) {
		from = -1
	}
	lo, hi = 0, len(toks)
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); toks[m].start < end {
			lo = m + 1
		} else {
			hi = m
		}
	}
	to := lo
	if to == 0 {
		to = -1
	}
	return from, to
}

// splitRecalled cuts the clauses of s so that each recalled visit is a
// clause of its own, and reports which clauses are.
func splitRecalled(cls []clause, ps []recallPhrase) ([]clause, map[int]recallPhrase) {
	if len(ps) == 0 {
		return cls, nil
	}
	var out []clause
	recalled := map[int]recallPhrase{}
	for _, cl := range cls {
		at := cl.start
		for _, p := range ps {
			if p.start < at || p.end > cl.end {
				continue
			}
			if p.start > at {
				out = append(out, clause{at, p.start})
			}
			recalled[len(out)] = p
			out = append(out, clause{p.start, p.end})
			at = p.end
		}
		if at < cl.end {
			out = append(out, clause{at, cl.end})
		}
	}
	return out, recalled
}

// recalledVisit reads the visits a recalled phrase tells of: its
// visitor the leader it names ("của Tổng bí thư Tô Lâm"), else the
// subject of the sentence; the country it names, else the last one named
// before it ("ấn tượng về Thổ Nhĩ Kỳ trong chuyến thăm chính thức vào
// tháng 11-2023"). One visit a date.
func (r *clauseReading) recalledVisit() []meeting {
	visitor := r.a.visitorOf(r.s, r.recall)
	switch {
	case visitor != "":
	case len(r.parts) == 0:
		visitor = r.a.subjectBefore(r.s, r.cl.start)
		if visitor == "" {
			// "Nhắc lại ấn tượng ... trong chuyến thăm Nam Phi năm 2019,
			// Thủ tướng Chính phủ chúc mừng ...": the subject that follows.
			visitor = r.a.subjectAfter(r.s, r.cl.end)
		}
	case len(r.parts) == 1:
		visitor = r.parts[0]
	}
	to := r.base.country
	if visitor == "" && lastOne(r.s, r.recall.cue) {
		// "Lần thăm gần nhất là năm 2018": the last visit of the visitor
		// the article has told of, to the same country.
		for i := len(r.a.metSoFar) - 1; i >= 0; i-- {
			if v := r.a.metSoFar[i]; v.kind == "state_visit" && !v.recalled && v.country != "" && len(v.participants) >= 1 {
				visitor = r.a.firstVisitor(v)
				if to == "" {
					to = v.country
				}
				break
			}
		}
	}
	p := r.a.people.get(visitor)
	if p == nil || p.country == "" {
		return nil
	}
	if to == "" {
		for _, m := range r.s.ments {
			if m.kind == mCountry && m.end <= r.cl.start {
				to = m.id
			}
		}
	}
	if to == "" || to == p.country {
		return nil
	}
	v := r.with("state_visit", "meeting", append([]string{visitor}, r.hostBeside(visitor, to)...))
	v.status, v.recalled, v.endDate = "held", true, calendar.Date{}
	v.city, v.country = cityState(to), to
	out := []meeting{v}
	for _, y := range r.recall.years {
		v.date = calendar.Date{Year: y}
		out = append(out, v)
	}
	return out
}

// hostBeside returns the host of a recalled visit to country to when the
// sentence names him right after the visitor, joined by "và", as the
// subject the recalled visit frames: "Trong chuyến thăm chính thức Anh
// tháng 3/2008, Thủ tướng Nguyễn Tấn Dũng và Thủ tướng Gordon Brown đã ra
// Tuyên bố chung". The two met on that visit, the host in its talks (the
// joint statement is theirs); a host named otherwise is left out.
func (r *clauseReading) hostBeside(visitor, to string) []string {
	s := r.s
	for k, m := range s.ments {
		if m.start < r.cl.end || len(m.keys) != 1 || m.kind == mPronoun {
			continue
		}
		if m.keys[0] != visitor || k+1 >= len(s.ments) || m.end >= len(s.toks) || s.toks[m.end].low != "và" {
			return nil
		}
		n := s.ments[k+1]
		if p := r.a.people.get(firstKey(n)); n.start == m.end+1 && len(n.keys) == 1 && p != nil && (p.country == to || p.country == "") {
			// "Thủ tướng Gordon Brown", his country not written: the host.
			return []string{n.keys[0]}
		}
		return nil
	}
	return nil
}

func firstKey(m mention) string {
	if len(m.keys) == 0 {
		return ""
	}
	return m.keys[0]
}

// firstVisitor returns who of visit v is not of the visited country, or "".
func (a *analysis) firstVisitor(v meeting) string {
	for _, k := range v.participants {
		if p := a.people.get(k); p != nil && p.country != "" && p.country != v.country {
			return k
		}
	}
	return ""
}

// underWay reports a visit word told as going on: "đang có chuyến thăm",
// "đang trong chuyến thăm".
func underWay(s *sentence, i int) bool {
	for j := max(0, i-3); j < i; j++ {
		if s.toks[j].low == "đang" {
			return true
		}
	}
	return false
}

// namedVisitor reports a leader named after "của" in tokens [from, to).
func namedVisitor(s *sentence, from, to int) bool {
	for _, m := range s.ments {
		if m.start > from && m.start < to && len(m.keys) == 1 && s.toks[m.start-1].low == "của" {
			return true
		}
	}
	return false
}

// visitorOf returns the leader a recalled visit names after "của"
// ("chuyến thăm cấp Nhà nước của Tổng Bí thư Tô Lâm tới Hàn Quốc"),
// whoever else speaks of it, or "".
func (a *analysis) visitorOf(s *sentence, p *recallPhrase) string {
	of := false // "của" seen, before a chain of titles
	for _, m := range s.ments {
		// "chuyến thăm năm 2007 của Tổng Bí thư Nông Đức Mạnh": whose visit,
		// inside the phrase or right after it; "của Tổng Bí thư, Chủ tịch
		// nước Trung Quốc Tập Cận Bình": the name the titles lead to.
		if m.start <= p.cue.end || m.start > p.end+1 {
			continue
		}
		if s.toks[m.start-1].low == "của" || of {
			if chainedTitle(s, m) {
				of = true
				continue
			}
			if len(m.keys) == 1 {
				return m.keys[0]
			}
		}
	}
	return ""
}

// subjectBefore returns the first leader the sentence names before token
// end, or "".
func (a *analysis) subjectBefore(s *sentence, end int) string {
	for _, m := range s.ments {
		if m.start >= end {
			break
		}
		if len(m.keys) == 1 && a.people.get(m.keys[0]) != nil {
			return m.keys[0]
		}
	}
	return ""
}

// subjectAfter returns the first leader the sentence names from token
// start, when only the opening clause's words stand before it, or "".
func (a *analysis) subjectAfter(s *sentence, start int) string {
	for _, m := range s.ments {
		if m.start < start || len(m.keys) != 1 || a.people.get(m.keys[0]) == nil {
			continue
		}
		for i := start; i < m.start; i++ {
			if s.toks[i].word {
				return "" // words between: not the subject the phrase opens on
			}
		}
		return m.keys[0]
	}
	return ""
}
