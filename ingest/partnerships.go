package ingest

import (
	"slices"
	"sort"

	"kg/ingest/calendar"
	"kg/ingest/gazetteer"
	"kg/model"
)

// partnership is the level of relations between two countries that a
// sentence states: "nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện".
type partnership struct {
	countries [2]string // ISO2, in order
	level     string    // partnerships.tsv
	status    string    // established | upgraded | planned
	since     calendar.Date
	sent      int
	act       bool // stated with its act ("nâng cấp", "thiết lập"), not as it stands
	// sides: told of "hai nước" or "hai bên" with no pair of its own; the
	// countries the clause names (any) are in named. sidesOfMeetings
	// gives it the pair of the meeting told there or last before.
	sides bool
	named []string
}

// pairRule finds the two countries a level names, from the level's
// clause. Rules are tried in order; the first that finds two wins.
type pairRule struct {
	name string
	find func(a *analysis, s *sentence, cl clause, level cueHit) []string
	// context: a rule that reads the pair from the rest of the article;
	// for a clause that speaks of "hai nước" or "hai bên" it yields to
	// the meeting told there or last before (sidesOfMeetings).
	context bool
}

var pairRules = []pairRule{
	// "quan hệ Đối tác Chiến lược toàn diện Việt Nam-Singapore",
	// "Nâng cấp quan hệ Việt Nam – Kazakhstan lên Đối tác chiến lược".
	{"pair-joined-by-a-dash-or-và", joinedPair, false},
	// "Australia đã trở thành Đối tác chiến lược toàn diện thứ 7 của Việt
	// Nam (sau Trung Quốc, Liên bang Nga, ...)": the subject and the
	// country after "của", whatever else the clause lists.
	{"subject-is-level-of-country", levelOfCountry, false},
	// "Indonesia là Đối tác chiến lược toàn diện của Việt Nam".
	{"two-countries-in-the-clause", twoInClause, false},
	// "chuyến thăm ... của Chủ tịch Quốc hội Việt Nam tới Malaysia sau khi
	// hai nước chính thức nâng cấp quan hệ lên ...": "hai nước" are the
	// two countries the sentence names, when it names two.
	{"two-countries-of-the-sentence", twoOfSentence, false},
	// "quan hệ hợp tác ... giữa Việt Nam và Liên minh châu Âu (EU), nhất
	// là trong bối cảnh vừa được nâng cấp lên Đối tác chiến lược toàn
	// diện": the pair another clause of the sentence joins near the
	// level, when the level's clause names no country.
	{"pair-joined-in-the-sentence", joinedInSentence, false},
	// "Tổng Bí thư Tô Lâm hội đàm với Tổng thống Indonesia Prabowo
	// Subianto, hai bên nhất trí nâng cấp quan hệ lên ...": the countries
	// of the leaders who met in the sentence.
	{"the-leaders-who-met", leadersWhoMet, false},
	// "Việt Nam và Chile thiết lập quan hệ ngoại giao năm 1971. Hai nước
	// thiết lập quan hệ Đối tác toàn diện năm 2007": the pair named
	// together in the sentence just before.
	{"the-pair-named-just-before", pairJustBefore, false},
	// "hai bên nhất trí nâng cấp quan hệ lên ...": the countries of the
	// article's two principals.
	{"the-article's-principals", principals, true},
	// "Ngày 25/3/1971, Việt Nam và Chile thiết lập quan hệ ngoại giao. ...
	// Hai nước thiết lập quan hệ Đối tác toàn diện vào tháng 5/2007": the
	// two countries named together last.
	{"the-two-countries-named-before", pairNamedBefore, true},
}

// A level's status comes from the verb before it in its clause:
// "nâng cấp quan hệ lên" (upgraded), "thiết lập" (established), none (a
// standing mention: established). A word of intent just before the verb
// makes it planned: "nhất trí xem xét nâng cấp", "mong muốn nâng cấp";
// intent without a verb ("mong muốn thúc đẩy quan hệ Đối tác ...") is
// about the relation as it stands.
var (
	levelVerbs = map[string]string{"upgrade": "upgraded", "establish": "established", "bringup": "upgraded"}
	intentCues = []string{"consider", "planned", "applicant"}
)

// intentReach is how many tokens before its verb a word of intent may stand.
const intentReach = 3

// findPartnerships reads the partnership levels sentence si names.
func findPartnerships(a *analysis, si int) []partnership {
	s := a.sents[si]
	a.levelsAt = si
	defer a.notePair(s, si)
	if !s.anyCue("partnership") {
		return a.partnersListedNext(s, si)
	}
	a.pendingLevel = pendingLevel{}
	r := &levelReading{a: a, s: s, si: si}
	cls := clauses(s)
	for ci, cl := range cls {
		r.cl = cl
		from := cl.start // status words count from the previous level on
		if ci > 0 && raisedToDash(s, cls[ci-1], cl) {
			// "nâng cấp quan hệ song phương lên mức cao nhất – quan hệ Đối
			// tác Chiến lược toàn diện": the verb before the dash raises
			// the level after it.
			from = cls[ci-1].start
		}
		tuFrom := -1 // where the status words of the level just read began, when "từ" or an upgrade verb opened it
		for _, c := range s.cues {
			if c.cat != "partnership" || c.start < cl.start || c.end > cl.end || pluralLevel(s.toks, c.start) || negated(s, c.start) || inCapacity(s, c.start) || c.val == "no_limits" && quotedSaying(s, c.start) {
				continue // "các đồng minh", "những đối tác chiến lược": no pair named; "không thành liên minh"
			}
			prevFrom := tuFrom
			tuFrom = -1
			if c.start > 0 && (s.toks[c.start-1].low == "từ" || upgradedObject(s, c.start)) {
				tuFrom = from
			}
			r.level(c, from, prevFrom)
			from = c.end
		}
	}
	return r.out
}

// levelReading reads the partnership levels of one sentence, clause by
// clause, each level word (a "partnership" cue) in turn.
type levelReading struct {
	a   *analysis
	s   *sentence
	si  int
	cl  clause // the clause read
	out []partnership
}

// level reads level word c, whose status words begin at token from (at
// prevFrom when the level before it was the one raised from).
func (r *levelReading) level(c cueHit, from, prevFrom int) {
	s, cl := r.s, r.cl
	anchored, apposed := anchoredAlliance(s, c)
	if !levelNamed(s, c) || !anchored || blocsMember(s, cl, c) {
		return
	}
	if subj, n := partnersCounted(s, cl, c); subj != "" {
		// "thiết lập quan hệ đối tác chiến lược toàn diện với 7 cường
		// quốc. Cụ thể, Hàn Quốc (12/2022), Mỹ (9/2023), ...": the list
		// is the next sentence's.
		r.a.pendingLevel = pendingLevel{subj: subj, level: c.val, n: n, sent: r.si}
	}
	if r.listed(c) || r.eachWithThird(c) {
		return
	}
	isos, backup, sides, ok := r.pair(c, apposed)
	if !ok {
		return
	}
	words := from
	if prevFrom >= 0 && c.start > 0 && s.toks[c.start-1].low == "lên" && !verbIn(s, from, c.start) {
		// "nâng tầm từ Đối tác chiến lược lên Đối tác chiến lược toàn
		// diện", "nâng cấp quan hệ đối tác toàn diện Trung Quốc – Pháp lên
		// quan hệ đối tác chiến lược toàn diện": the verb before the level
		// the relation had raises the level after "lên".
		words = prevFrom
	}
	if beneficiary(s, c.start) {
		// "thiết lập lộ trình cho quan hệ đối tác chiến lược toàn diện":
		// what is set up is for the relation as it stands.
		words = c.start
	}
	p := partnership{level: c.val, status: levelStatus(s, words, c.start), sent: r.si, act: levelAct(s, words, c.start), sides: sides}
	if sides {
		p.named = isos
		if len(backup) == 2 && partnerCountry(backup[0]) && partnerCountry(backup[1]) {
			sort.Strings(backup)
			p.countries = [2]string{backup[0], backup[1]}
		}
	} else {
		p.countries = [2]string{isos[0], isos[1]}
	}
	if p.status == "established" && !verbIn(s, words, c.start) && upgradedSince(s, cl, c) {
		// "quan hệ Đối tác chiến lược toàn diện Việt Nam - Nhật Bản ...
		// sau hơn 1 năm nâng cấp": raised to it, a while ago.
		p.status = "upgraded"
	}
	p.since = r.a.levelDate(s, cl, c, p.act)
	if p.act && p.status != "planned" && r.a.year != 0 && p.since.Year > r.a.year {
		p.status = "planned" // "nâng cấp quan hệ lên Đối tác chiến lược vào năm 2026", told in 2024: not done yet
	}
	r.out = append(r.out, p)
	for _, pair := range dashedPairsListed(s, cl, c.end) {
		// "mối quan hệ đồng minh Hàn-Mỹ, Mỹ-Nhật": each pair listed after the level.
		q := p
		q.countries, q.sides, q.named = pair, false, nil
		r.out = append(r.out, q)
	}
	// "Australia trở thành Đối tác chiến lược toàn diện thứ 7 của Việt
	// Nam (sau Trung Quốc, Liên bang Nga, ...)": those before.
	for _, iso := range partnersBefore(s, cl, c) {
		if of := ofCountry(s, cl, c); of != "" && iso != of {
			r.established(c, of, iso, calendar.Date{})
		}
	}
}

// established adds the level of word c between countries x and y, set up
// (since, when the text gives it).
func (r *levelReading) established(c cueHit, x, y string, since calendar.Date) {
	pair := [2]string{min(x, y), max(x, y)}
	r.out = append(r.out, partnership{countries: pair, level: c.val, status: "established", since: since, sent: r.si})
}

// listed reads a level one country has with each of a list: "Việt Nam có
// quan hệ Đối tác Chiến lược Toàn diện với 8 quốc gia gồm Trung Quốc
// (2008), Liên bang Nga (2012), ...".
func (r *levelReading) listed(c cueHit) bool {
	subj, listed := listedPartners(r.s, r.cl, c)
	if len(listed) <= 1 {
		return false
	}
	for _, l := range listed {
		r.established(c, subj, l.iso, l.since)
	}
	return true
}

// eachWithThird reads a level two countries named before each have with
// a third: "Philippines và Nhật Bản ..., cả hai đều là đồng minh của Mỹ".
func (r *levelReading) eachWithThird(c cueHit) bool {
	s, cl := r.s, r.cl
	of := ofCountry(s, cl, c)
	if of == "" {
		return false
	}
	both := subjectPair(s, c.start)
	if both == nil && s.hasPhrase(cl.start, c.start, "cả", "hai") {
		both = twoNamedBefore(s, c.start)
	}
	if both == nil && twoCountriesBefore(s.toks, c.start) {
		both = pairNamedBefore(r.a, s, cl, c) // "giữa hai nước đồng minh chủ chốt của Mỹ": the two named together before
	}
	if len(both) != 2 || slices.Contains(both, of) {
		return false
	}
	for _, iso := range both {
		r.established(c, iso, of, calendar.Date{})
	}
	return true
}

// subjectPair returns the two countries joined by "và" right before a
// level at token at, "đều" or "là" between: the subject of "Philippines
// và Nhật Bản là đồng minh lâu năm của Mỹ", "Nhật Bản và Hàn Quốc đều là
// đồng minh của Mỹ". Nil when there is none.
func subjectPair(s *sentence, at int) []string {
	j := at
	for j > 0 && (s.toks[j-1].low == "đều" || s.toks[j-1].low == "là") {
		j--
	}
	var second mention
	for _, m := range s.ments {
		if m.kind == mCountry && m.end == j {
			second = m
		}
	}
	if second.kind == 0 || second.start < 2 || s.toks[second.start-1].low != "và" {
		return nil
	}
	for _, m := range s.ments {
		if m.kind == mCountry && m.end == second.start-1 && m.id != second.id {
			return []string{m.id, second.id}
		}
	}
	return nil
}

// pair returns the two countries of level word c, sorted, by the pair
// rules in order; sides when they are instead the clause's countries, a
// meeting's two whom "hai nước" or "hai bên" stand for (with backup, the
// pair the article's context gives); false when there is no pair of
// partner countries ("quan hệ đối tác chiến lược ASEAN-New Zealand": an
// organisation's partner is a membership).
func (r *levelReading) pair(c cueHit, apposed []string) (isos, backup []string, sides, ok bool) {
	a, s, cl := r.a, r.s, r.cl
	isos = apposed
	if len(partnersBefore(s, cl, c)) > 0 {
		isos = levelOfCountry(a, s, cl, c) // the list after "(sau" is no pair of its own
	}
	both := bothSides(s, cl)
	for _, pr := range pairRules {
		if len(isos) == 2 {
			break
		}
		if pr.context && (both && len(backup) == 2 || manySides(s, cl)) {
			continue
		}
		found := pr.find(a, s, cl, c)
		if pr.context && len(found) == 2 && !holdsClause(found, s, cl) {
			found = nil // "hợp tác Mekong-Hàn Quốc ... nâng cấp lên Quan hệ Đối tác chiến lược": not the principals' pair
		}
		if both && pr.context {
			backup = found
			continue
		}
		isos = found
	}
	switch {
	case len(isos) != 2 && both:
		// "Tiếp Đại sứ Ai Cập ... Vui mừng về việc hai nước nâng cấp quan
		// hệ lên Đối tác Toàn diện": the meeting's two, else the pair the
		// article's context gives.
		return clauseCountries(s, cl), backup, true, true
	case len(isos) != 2 || !partnerCountry(isos[0]) || !partnerCountry(isos[1]):
		return nil, nil, false, false
	}
	sort.Strings(isos)
	return isos, backup, false, true
}

// dashedPairsListed returns the pairs of countries joined by a dash that
// a list right after a level names after its first ("quan hệ đồng minh
// Hàn-Mỹ, Mỹ-Nhật", "Đối tác chiến lược Việt Nam - Ấn Độ và Việt Nam -
// Nhật Bản"): the first is the level's pair as the pair rules read it.
func dashedPairsListed(s *sentence, cl clause, at int) [][2]string {
	var out [][2]string
	var ms []mention
	for _, m := range s.ments {
		if m.start >= at && m.end <= cl.end && m.kind == mCountry {
			ms = append(ms, m)
		}
	}
	next := at // where the next pair must start
	for i := 0; i+1 < len(ms); i += 2 {
		a, b := ms[i], ms[i+1]
		if a.start != next || b.start != a.end+1 || !pairDash(s.toks[a.end].low) || a.id == b.id {
			break
		}
		if i > 0 && partnerCountry(a.id) && partnerCountry(b.id) {
			pair := [2]string{min(a.id, b.id), max(a.id, b.id)}
			out = append(out, pair)
		}
		if b.end+1 >= cl.end || s.toks[b.end].text != "," && s.toks[b.end].low != "và" {
			break
		}
		next = b.end + 1
	}
	return out
}

// bothSides reports a clause that speaks of the two sides of a relation
// without naming them: "hai nước", "hai bên", "hai đất nước", "hai đồng
// minh", "quan hệ song phương".
func bothSides(s *sentence, cl clause) bool {
	for i := cl.start; i+1 < cl.end; i++ {
		switch w := s.toks[i].low; {
		case w == "hai":
			switch s.toks[i+1].low {
			case "nước", "bên":
				return true
			case "đất", "quốc", "đồng":
				return i+2 < cl.end && (s.toks[i+2].low == "nước" || s.toks[i+2].low == "gia" || s.toks[i+2].low == "minh")
			}
		case w == "song" && s.toks[i+1].low == "phương":
			return true
		}
	}
	return false
}

// holdsClause reports a pair that holds every country clause cl names.
func holdsClause(pair []string, s *sentence, cl clause) bool {
	for _, m := range s.ments {
		if m.kind == mCountry && m.start >= cl.start && m.end <= cl.end && !slices.Contains(pair, m.id) {
			return false
		}
	}
	return true
}

// manySides reports a clause told of many parties ("Các bên đã thông
// qua Tuyên bố chung ... nhằm thúc đẩy quan hệ đối tác toàn diện"): no
// pair of the article's context is its pair.
func manySides(s *sentence, cl clause) bool {
	return s.hasPhrase(cl.start, cl.end, "các", "bên") || s.hasPhrase(cl.start, cl.end, "các", "nước")
}

// clauseCountries returns the countries clause cl names.
func clauseCountries(s *sentence, cl clause) []string {
	var out []string
	for _, m := range s.ments {
		if m.kind == mCountry && m.start >= cl.start && m.end <= cl.end {
			out = appendUnique(out, m.id)
		}
	}
	return out
}

// sidesOfMeetings gives each level told of the two sides without a pair
// of its own (partnership.sides) the two countries of the meetings its
// sentence tells, else of the meeting told last before it, else the pair
// the article's context gave it (pairRule.context): "Tổng Bí thư
// Tô Lâm ... thăm cấp Nhà nước tới Kazakhstan ... hai bên nhất trí nâng
// cấp quan hệ lên Đối tác chiến lược". A meeting's countries are its
// participants' and its place's; they must be two, and hold any country
// the level's clause names. A level left without a pair is dropped.
func sidesOfMeetings(ps []partnership, meets []meeting) []partnership {
	out := ps[:0]
	for _, p := range ps {
		if p.sides {
			if pair, ok := meetingPair(p, meets); ok {
				p.countries = pair
			} else if p.countries[0] == "" {
				continue
			}
			p.sides, p.named = false, nil
		}
		out = append(out, p)
	}
	return out
}

// meetingPair returns the two countries of the meeting told last in or
// before sentence p.sent; meetings of two pairs told there last give none.
func meetingPair(p partnership, meets []meeting) ([2]string, bool) {
	var pair [2]string
	last, ok := -1, false
	for _, m := range meets {
		two, two2 := twoOfMeeting(m)
		for _, iso := range p.named {
			two2 = two2 && slices.Contains(two[:], iso)
		}
		if !two2 {
			continue
		}
		for _, si := range m.sents {
			switch {
			case si > p.sent || si < last:
			case si > last:
				pair, last, ok = two, si, true
			case two != pair:
				ok = false // told together with another pair's
			}
		}
	}
	return pair, ok
}

// twoOfMeeting returns the two countries of a meeting, sorted, when its
// participants and its place name two.
func twoOfMeeting(m meeting) ([2]string, bool) {
	var cs []string
	for _, c := range m.hosts {
		cs = appendUnique(cs, c)
	}
	if m.country != "" {
		cs = appendUnique(cs, m.country)
	}
	if len(cs) != 2 || !partnerCountry(cs[0]) || !partnerCountry(cs[1]) {
		return [2]string{}, false
	}
	sort.Strings(cs)
	return [2]string{cs[0], cs[1]}, true
}

// pluralLevel reports a level named of many ("các đồng minh", "những
// đối tác chiến lược"); "một đối tác chiến lược" is one partner, named
// beside it ("Philippines, một đối tác chiến lược").
func pluralLevel(toks []token, i int) bool {
	return i > 0 && (toks[i-1].low == "các" || toks[i-1].low == "những")
}

// notePair records the last two countries sentence s names together ("Việt
// Nam và Chile", "Việt Nam - Chile"), for a later "hai nước".
func (a *analysis) notePair(s *sentence, si int) {
	if p := joinedPair(a, s, clause{0, len(s.toks)}, cueHit{start: 0, end: 0}); len(p) == 2 {
		a.lastPair, a.lastPairAt = [2]string{p[0], p[1]}, si+1
	}
}

// pairJustBefore is pairNamedBefore when the pair was named in the
// sentence just before: "Việt Nam và Chile thiết lập quan hệ ngoại giao
// năm 1971. Hai nước thiết lập quan hệ Đối tác toàn diện năm 2007" is
// that pair's, whatever meeting the article told before.
func pairJustBefore(a *analysis, s *sentence, cl clause, level cueHit) []string {
	if a.lastPairAt == 0 || a.lastPairAt != a.levelsAt || !partnerCountry(a.lastPair[0]) || !partnerCountry(a.lastPair[1]) {
		return nil // "Hội nghị Cấp cao ASEAN - Nhật Bản. Hai bên ...": the sides are the meeting's
	}
	return pairNamedBefore(a, s, cl, level)
}

// pairNamedBefore returns the two countries named together last before
// the sentence, when the level's clause says "hai nước" or "hai bên".
func pairNamedBefore(a *analysis, s *sentence, cl clause, level cueHit) []string {
	if a.lastPair[0] == "" {
		return nil
	}
	for i := cl.start; i+1 < cl.end; i++ {
		if s.toks[i].low == "hai" && (s.toks[i+1].low == "nước" || s.toks[i+1].low == "bên") {
			return []string{a.lastPair[0], a.lastPair[1]}
		}
	}
	return nil
}

// levelNamed reports a partnership level named as the frame of a
// relation, not a word in an agreement's name ("Hiệp ước đối tác toàn
// diện", "Đối tác Toàn diện và Tiến bộ"), a description ("đối tác chiến
// lược quan trọng hàng đầu"), or "không có giới hạn" that does not
// qualify a relation ("không có giới hạn về thời gian").
func levelNamed(s *sentence, c cueHit) bool {
	for _, o := range s.cues {
		// "Hiệp ước đối tác toàn diện": a document's name. A lower-case
		// "tuyên bố" is the verb: "đã tuyên bố quan hệ đối tác không giới hạn".
		if o.cat == "agreement" && o.end == c.start && (s.toks[o.start].upper || s.toks[o.start].low != "tuyên") {
			return false
		}
	}
	if c.end+1 < len(s.toks) && s.toks[c.end].low == "quan" && s.toks[c.end+1].low == "trọng" {
		return false
	}
	if s.hasPhrase(c.end, min(c.end+3, len(s.toks)), "và", "tiến", "bộ") {
		return false // "Hiệp định thương mại Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương": CPTPP's name
	}
	if s.toks[c.start].low == "không" {
		if c.end < len(s.toks) && s.toks[c.end].low == "về" {
			return false // "không có giới hạn về thời gian": a limit of something else
		}
		for j := c.start - 1; j >= 0 && j >= c.start-10; j-- {
			switch s.toks[j].low {
			case "quan", "hợp", "hữu", "đối":
				return true
			}
		}
		return false
	}
	return true
}

// anchoredAlliance reports a level that is no bare "liên minh" or "đồng
// minh", or one whose pair is at hand: joined right after it ("liên minh
// Nhật-Mỹ", "đồng minh Hàn-Mỹ"), "hai nước" right after it ("liên minh
// hai nước"), "hai" before it ("Hai đồng minh đã công bố"), or a country
// set off before it and "của" another after it ("Mỹ - đồng minh thân cận
// nhất của Israel", "Mỹ, đồng minh chủ chốt về an ninh của Nhật Bản").
// Bare, the words name a bloc ("gia nhập liên minh"), a side in a war, or
// a partner of the article's leaders only by their context. The two
// countries of an apposition are returned: they are the pair.
func anchoredAlliance(s *sentence, c cueHit) (bool, []string) {
	if c.end-c.start != 2 || s.toks[c.start+1].low != "minh" || s.toks[c.start].low != "liên" && s.toks[c.start].low != "đồng" {
		return true, nil
	}
	if bothAfter(s.toks, c.end) ||
		c.start > 0 && s.toks[c.start-1].low == "hai" || twoCountriesBefore(s.toks, c.start) {
		return true, nil
	}
	if p := joinedWithin(s, clause{c.end, min(c.end+4, len(s.toks))}, c, 0); len(p) == 2 {
		return true, nil
	}
	if c.start < 2 {
		return false, nil
	}
	switch s.toks[c.start-1].text {
	case ",", "-", "–":
	default:
		return false, nil
	}
	set := ""
	for _, m := range s.ments {
		if m.kind == mCountry && m.end == c.start-1 {
			set = m.id
		}
	}
	if set == "" {
		return false, nil
	}
	for j := c.end; j < len(s.toks) && j <= c.end+5; j++ {
		if s.toks[j].low == "của" {
			for _, m := range s.ments {
				if m.start == j+1 && m.kind == mCountry && m.id != set {
					return true, []string{set, m.id}
				}
			}
			return false, nil
		}
	}
	return false, nil
}

// twoCountriesBefore reports "hai nước" right before token k: "hai nước
// đồng minh chủ chốt của Mỹ".
func twoCountriesBefore(toks []token, k int) bool {
	return k >= 2 && toks[k-2].low == "hai" && toks[k-1].low == "nước"
}

// bothAfter reports "hai nước", "hai bên" at token k, after "giữa" and
// a kind of alliance ("chiến lược", "quân sự") maybe: "liên minh hai
// nước", "củng cố liên minh chiến lược giữa hai nước".
func bothAfter(toks []token, k int) bool {
	if k+1 < len(toks) && (toks[k].low == "chiến" && toks[k+1].low == "lược" || toks[k].low == "quân" && toks[k+1].low == "sự") {
		k += 2
	}
	if k < len(toks) && toks[k].low == "giữa" {
		k++
	}
	return k+1 < len(toks) && toks[k].low == "hai" && (toks[k+1].low == "nước" || toks[k+1].low == "bên")
}

// beneficiary reports a level at token at that something is made for
// ("cho quan hệ", "cho mối quan hệ"), not the object of a verb before it.
func beneficiary(s *sentence, at int) bool {
	j := at - 1
	if j > 0 && s.toks[j].low == "mối" {
		j--
	}
	return j >= 0 && s.toks[j].low == "cho"
}

// blocsMember reports an ally counted with no country it is the ally
// of: "trở thành đồng minh thứ 32" is a bloc's member (NATO's), where
// "đồng minh thứ 3 của Australia" is a country's ally.
func blocsMember(s *sentence, cl clause, c cueHit) bool {
	return c.val == "alliance" && c.end < cl.end && s.toks[c.end].low == "thứ" && ofCountry(s, cl, c) == ""
}

// partnerCountry reports a side a PARTNER_OF can have: a country, or the
// EU, which Vietnam's diplomacy ranks like one.
func partnerCountry(iso string) bool {
	return iso == "EU" || gazetteer.Default().Countries[iso] != nil
}

// quotedSaying reports token i inside a quoted sentence: a saying ("câu
// nói của Quốc vương Qatar “Quan hệ Việt Nam-Qatar là không có giới
// hạn”") names no framework, where a quoted term ("tình hữu nghị ... là
// “không có giới hạn”") does.
func quotedSaying(s *sentence, i int) bool {
	open := -1
	for j := 0; j < i; j++ {
		switch s.toks[j].text {
		case "“":
			open = j
		case "”":
			open = -1
		case "\"":
			if open >= 0 {
				open = -1
			} else {
				open = j
			}
		}
	}
	return open >= 0 && i-open > 3
}

// inCapacity reports a level named as the capacity in which a country
// joins a group: "tham gia nhóm với tư cách nước thành viên hoặc đối tác
// chiến lược" is a standing in BRICS, not a pair's framework.
func inCapacity(s *sentence, i int) bool {
	for j := i - 1; j >= 2 && j >= i-8; j-- {
		if s.toks[j].text == "," || s.toks[j].text == "." {
			return false
		}
		if s.toks[j-2].low == "với" && s.toks[j-1].low == "tư" && s.toks[j].low == "cách" {
			return true
		}
	}
	return false
}

// negationReach is how many tokens before a fact a negation may stand.
const negationReach = 3

// negated reports a negation word within negationReach tokens before token at.
func negated(s *sentence, at int) bool { return negatedWithin(s, at, negationReach) }

// negatedWithin reports a negation word within reach tokens before token at.
func negatedWithin(s *sentence, at, reach int) bool {
	for _, c := range s.cues {
		if c.cat == "negation" && c.end <= at && at-c.end <= reach {
			return true
		}
	}
	return false
}

// levelStatus reads the status of a level at token to from the cues in
// [from, to).
func levelStatus(s *sentence, from, to int) string {
	verb := cueHit{start: -1}
	for _, c := range s.cues {
		if c.start >= from && c.end <= to && levelVerbs[c.cat] != "" && c.start > verb.start && raises(s, c, to) && !diplomaticObject(s, c.end) {
			verb = c
		}
	}
	if verb.start < 0 {
		for _, c := range s.cues {
			if c.cat == "consider" && c.start >= from && c.end <= to && to-c.end <= 1 {
				return "planned" // "nhất trí hướng tới Đối tác Chiến lược toàn diện"
			}
		}
		return "established"
	}
	// "đề nghị hai bên cần tập trung vào việc nâng cấp quan hệ ... lên":
	// the act named as a thing to do ("việc") after a word of intent
	// anywhere before it is a proposal.
	// So is the act a proposal is about ("nghiên cứu đề nghị của Mông Cổ về
	// thiết lập khuôn khổ quan hệ mới Đối tác Toàn diện").
	nominal := verb.start > 0 && (s.toks[verb.start-1].low == "việc" || s.toks[verb.start-1].low == "về")
	at := verb.start
	if doc := namingDoc(s, verb.start); doc >= 0 {
		// "triển khai Tuyên bố chung về việc nâng cấp quan hệ ... lên":
		// the act a document is about is done, unless the document is
		// itself to come ("sẽ ra Tuyên bố chung về việc nâng cấp").
		at, nominal = doc, false
	}
	for _, c := range s.cues {
		if c.end <= at && (at-c.end <= intentReach || nominal) && c.start >= from && slices.Contains(intentCues, c.cat) && !tookTime(s, c.start) {
			return "planned"
		}
	}
	return levelVerbs[verb.cat]
}

// tookTimeReach is how many tokens before "để" the "mất" of a time taken
// may stand.
const tookTimeReach = 10

// tookTime reports "để" at token at after "mất" and the time it took, in
// one stretch of the sentence: "phải mất đến bốn năm nữa để Ấn Độ trở
// thành đối tác chiến lược toàn diện thứ ba", "mất 5 năm (2001-2006) để
// đưa Nhật Bản ... lên Đối tác Chiến lược" tell what was done, and how
// long it took, not an aim.
func tookTime(s *sentence, at int) bool {
	if s.toks[at].low != "để" {
		return false
	}
	for j := at - 1; j >= 0 && j >= at-tookTimeReach; j-- {
		switch s.toks[j].text {
		case ",", ".", ";", ":":
			return false
		}
		if s.toks[j].low == "mất" {
			return true
		}
	}
	return false
}

// namingDoc returns where the document whose name an act at token at
// completes begins ("Tuyên bố chung về việc nâng cấp"), or -1.
func namingDoc(s *sentence, at int) int {
	j := at - 1
	if j > 0 && s.toks[j].low == "việc" {
		j--
	}
	if j <= 0 || s.toks[j].low != "về" {
		return -1
	}
	for _, c := range s.cues {
		if c.cat == "agreement" && c.end == j {
			return c.start
		}
	}
	return -1
}

// levelAct reports a verb of upgrading or establishing in [from, to)
// that tells the act, not an anniversary of it or the time since: "10
// năm thiết lập khuôn khổ Đối tác chiến lược", "kể từ khi thiết lập".
func levelAct(s *sentence, from, to int) bool {
	for _, c := range s.cues {
		if c.start >= from && c.end <= to && levelVerbs[c.cat] != "" && raises(s, c, to) {
			return !counted(s, c.start)
		}
	}
	return false
}

// raises reports a level verb that acts on the level before token to:
// "đưa quan hệ" only with "lên" after it ("đưa quan hệ hai nước lên Đối
// tác Chiến lược toàn diện"), not "đưa quan hệ Đối tác ... đi vào thực chất".
func raises(s *sentence, c cueHit, to int) bool {
	// "nâng tầm quan hệ" raises a level only "lên" or "thành" one; before
	// the level the relation has ("tiếp tục làm sâu sắc và nâng tầm quan
	// hệ Đối tác hợp tác Chiến lược Toàn diện") it deepens it.
	raisesTo := c.cat == "bringup" || c.end-c.start == 2 && s.toks[c.start].low == "nâng" && s.toks[c.start+1].low == "tầm"
	if !raisesTo {
		// "nâng quan hệ đối tác chiến lược lên mức quan hệ đặc biệt":
		// the relation the verb takes as its object, the level right
		// after "quan hệ", raised "lên" something after it, is the level
		// it had.
		return c.cat != "upgrade" || to != c.end || !relationJoins(s, c.end) || !raisedAfter(s, to)
	}
	if to == c.end && c.start > 0 && (s.toks[c.start-1].low == "đã" || s.toks[c.start-1].low == "được") {
		return true // "mối quan hệ này đã nâng tầm đối tác chiến lược": done, the level its object
	}
	for j := c.end; j < to && j < len(s.toks); j++ {
		if s.toks[j].low == "lên" || s.toks[j].low == "thành" && c.cat != "bringup" {
			return true
		}
	}
	return false
}

// raisedToDash reports clause cl opened by a dash right after a clause
// prev that ends raising the relation "lên" a height ("lên mức cao
// nhất –", "lên tầm cao mới -"): what follows the dash names the level.
func raisedToDash(s *sentence, prev, cl clause) bool {
	d := cl.start
	if d < len(s.toks) && !pairDash(s.toks[d].text) {
		d--
	}
	if d < 1 || d != prev.end && d != prev.end-1 || !pairDash(s.toks[d].text) {
		return false
	}
	for j := d - 1; j >= prev.start && j >= d-5; j-- {
		if s.toks[j].low == "lên" {
			return true
		}
	}
	return false
}

// upgradedSinceReach is how many tokens after a level the upgrade it
// counts from may stand.
const upgradedSinceReach = 30

// upgradedSince reports a level that the words after it, in its clause,
// say was reached by an upgrade some time ago: "sau hơn 1 năm nâng cấp",
// "kể từ khi được nâng cấp", with no other level between or after.
func upgradedSince(s *sentence, cl clause, level cueHit) bool {
	for _, c := range s.cues {
		if c.start < level.end || c.end > cl.end || c.start > level.end+upgradedSinceReach {
			continue
		}
		if c.cat == "partnership" {
			return false
		}
		if c.cat == "upgrade" && counted(s, c.start) {
			for _, o := range s.cues {
				if o.cat == "partnership" && o.start >= c.end && o.end <= cl.end {
					return false // "kể từ khi nâng cấp lên Đối tác chiến lược toàn diện": that one
				}
			}
			return true
		}
	}
	return false
}

// upgradedObject reports a level at token at that an upgrade verb takes
// as its object through "quan hệ": "nâng cấp quan hệ đối tác toàn diện".
func upgradedObject(s *sentence, at int) bool {
	for _, c := range s.cues {
		if c.cat == "upgrade" && c.end == at && relationJoins(s, at) {
			return true
		}
	}
	return false
}

// diplomaticObject reports "quan hệ ngoại giao" at token at: a verb
// that takes diplomatic relations as its object ("khi thiết lập quan hệ
// ngoại giao, giữ vững mối quan hệ đối tác chiến lược toàn diện") acts on
// no level after it.
func diplomaticObject(s *sentence, at int) bool {
	return s.hasPhrase(at, min(at+4, len(s.toks)), "quan", "hệ", "ngoại", "giao") && s.toks[at].low == "quan"
}

// verbIn reports a level verb in [from, to).
func verbIn(s *sentence, from, to int) bool {
	for _, c := range s.cues {
		if c.start >= from && c.end <= to && levelVerbs[c.cat] != "" {
			return true
		}
	}
	return false
}

// relationJoins reports "quan hệ" just before token at, or at it
// ("nâng cấp quan hệ | đối tác ...", "nâng | quan hệ đối tác ...").
func relationJoins(s *sentence, at int) bool {
	return at >= 2 && s.toks[at-2].low == "quan" && s.toks[at-1].low == "hệ" ||
		at+1 < len(s.toks) && s.toks[at].low == "quan" && s.toks[at+1].low == "hệ"
}

// raisedAfter reports "lên" after token at, in the same stretch of the
// sentence (before a comma or a full stop).
func raisedAfter(s *sentence, at int) bool {
	for j := at; j < len(s.toks) && j < at+12; j++ {
		switch s.toks[j].text {
		case ",", ".", ";", ":":
			return false
		}
		if s.toks[j].low == "lên" {
			return true
		}
	}
	return false
}

// countedReach is how many tokens before an act its anniversary words may stand.
const countedReach = 4

// counted reports an act at token at that is counted from: "kỷ niệm",
// "N năm", "từ khi" just before it.
func counted(s *sentence, at int) bool {
	for j := at - 1; j >= 0 && j >= at-countedReach; j-- {
		switch s.toks[j].low {
		case "niệm", "khi":
			return true // "kỷ niệm", "(kể) từ khi"
		case "năm":
			if j > 0 && isDigitWord(s.toks[j-1].low) {
				return true
			}
		}
	}
	return false
}

// dateActs dates an upgrade or establishment that states no date of its
// own by the talks it came out of: "hai bên nhất trí nâng cấp quan hệ lên
// ..." in the headline, "hội đàm chiều 10/3" below. The talks are the
// held meeting of the two countries' leaders that the sentence states,
// else the only dated one in the article; a plan or a standing mention
// keeps no date.
func dateActs(ps []partnership, meets []meeting) {
	for i := range ps {
		p := &ps[i]
		if !p.act || p.status == "planned" || !p.since.IsZero() {
			continue
		}
		var found calendar.Date
		n := 0
		for _, m := range meets {
			if m.status != "held" || m.date.IsZero() || !m.hosts.has(p.countries[0]) || !m.hosts.has(p.countries[1]) {
				continue
			}
			if slices.Contains(m.sents, p.sent) {
				found, n = m.date, 1
				break
			}
			if n == 0 || m.date != found {
				found, n = m.date, n+1
			}
		}
		if n == 1 {
			p.since = found
		}
	}
}

// joinedPair finds two country mentions joined by a dash or "và" within
// the clause, the pair nearest the level. A union of states may be one
// side: "quan hệ Việt Nam - Liên minh châu Âu (EU)".
func joinedPair(a *analysis, s *sentence, cl clause, level cueHit) []string {
	return joinedWithin(s, cl, level, 12)
}

// joinedWithin is joinedPair with the pair at most reach tokens from the level.
func joinedWithin(s *sentence, cl clause, level cueHit, reach int) []string {
	var best []string
	bestDist := 1 << 30
	var prev *mention
	for i := range s.ments {
		m := &s.ments[i]
		if m.kind != mCountry && !(m.kind == mOrg && partnerOrgs[m.id]) || m.start < cl.start || m.end > cl.end {
			continue
		}
		j := -1
		if prev != nil {
			j = prev.end
			if j+1 < m.start && s.toks[j].text == ")" {
				j++ // "Liên minh châu Âu (EU) và Việt Nam": past the acronym's parenthesis
			}
		}
		if prev != nil && prev.id != m.id && m.start == j+1 {
			switch s.toks[j].text {
			case "-", "–", "—", "và":
				dist := max(level.start-m.end, prev.start-level.end, 0)
				if dist < bestDist {
					best, bestDist = []string{prev.id, m.id}, dist
				}
			}
		}
		prev = m
	}
	if bestDist > reach {
		return nil
	}
	return best
}

// joinedInSentence is joinedPair over the whole sentence, a little
// farther, for a level whose clause names no country.
func joinedInSentence(a *analysis, s *sentence, cl clause, level cueHit) []string {
	for _, m := range s.ments {
		if m.kind == mCountry && m.start >= cl.start && m.end <= cl.end {
			return nil
		}
	}
	return joinedWithin(s, clause{0, len(s.toks)}, level, 16)
}

// levelOfCountry finds "X (đã trở thành|là) LEVEL (thứ N|đầu tiên) của Y":
// X the country just before the level, Y the first country after "của".
func levelOfCountry(a *analysis, s *sentence, cl clause, level cueHit) []string {
	subj := ""
	for _, m := range s.ments {
		if m.kind == mCountry && m.start >= cl.start && m.end <= level.start && level.start-m.end <= 4 {
			subj = m.id
		}
	}
	if subj == "" {
		return nil
	}
	j := level.end
	for j < cl.end && j < level.end+4 && s.toks[j].low != "của" {
		j++
	}
	if j == cl.end || s.toks[j].low != "của" {
		return nil
	}
	for _, m := range s.ments {
		if m.start == j+1 && m.kind == mCountry && m.id != subj {
			return []string{subj, m.id}
		}
	}
	return nil
}

// pendingLevel is a level whose partners a sentence counts without
// naming them ("với 7 cường quốc"), for the next sentence to list.
type pendingLevel struct {
	subj, level string
	n, sent     int
}

// partnersCounted reports "X ... LEVEL với N cường quốc/quốc gia/nước"
// with no country named after the count: the subject and the count.
func partnersCounted(s *sentence, cl clause, level cueHit) (string, int) {
	j := level.end
	if j+2 >= cl.end || s.toks[j].low != "với" {
		return "", 0
	}
	n, digits := calendar.LeadingInt(s.toks[j+1].text)
	if digits == 0 || digits != len(s.toks[j+1].text) {
		return "", 0
	}
	for _, m := range s.ments {
		if m.kind == mCountry && m.start > j && m.end <= cl.end {
			return "", 0 // the list is here: listedPartners reads it
		}
	}
	subj := ""
	for _, m := range s.ments {
		if m.kind == mCountry && m.start >= cl.start && m.end <= level.start {
			subj = m.id
		}
	}
	return subj, n
}

// partnersListedNext reads the sentence after a counted level ("Cụ thể,
// Hàn Quốc (12/2022), Mỹ (9/2023), ... và New Zealand (2/2025)"): a list
// of countries, each the subject's partner at that level since the date
// in parentheses after it.
func (a *analysis) partnersListedNext(s *sentence, si int) []partnership {
	p := a.pendingLevel
	a.pendingLevel = pendingLevel{}
	if p.subj == "" || p.sent != si-1 {
		return nil
	}
	var out []partnership
	for _, m := range s.ments {
		if m.kind != mCountry || m.id == p.subj {
			continue
		}
		var since calendar.Date
		if m.end+1 < len(s.toks) && s.toks[m.end].text == "(" {
			for _, d := range s.dates {
				if d.Start == s.toks[m.end+1].start {
					since = d.Date
				}
			}
		}
		isos := []string{p.subj, m.id}
		sort.Strings(isos)
		out = append(out, partnership{countries: [2]string{isos[0], isos[1]}, level: p.level, status: "established", since: since, sent: si})
	}
	if len(out) < 2 {
		return nil // not a list
	}
	return out
}

// ofCountry returns the country named right after "của" following the
// level ("Đối tác chiến lược toàn diện thứ 7 của Việt Nam"), or "".
func ofCountry(s *sentence, cl clause, level cueHit) string {
	for j := level.end; j < cl.end && j < level.end+4; j++ {
		if s.toks[j].low == "của" {
			for _, m := range s.ments {
				if m.start == j+1 && m.kind == mCountry {
					return m.id
				}
			}
		}
	}
	return ""
}

// twoNamedBefore returns the countries the sentence names before token
// at, when they are two.
func twoNamedBefore(s *sentence, at int) []string {
	var out []string
	for _, m := range s.ments {
		if m.kind == mCountry && m.end <= at {
			out = appendUnique(out, m.id)
		}
	}
	if len(out) != 2 {
		return nil
	}
	return out
}

// partnersBefore returns the countries listed after "sau" right after the
// level's country, in parentheses or not: "(sau Trung Quốc, Liên bang Nga,
// Ấn Độ, Hàn Quốc, Hoa Kỳ và Nhật Bản)", "sau Mỹ và New Zealand".
func partnersBefore(s *sentence, cl clause, level cueHit) []string {
	of := ofCountry(s, cl, level)
	if of == "" {
		return nil
	}
	at := -1
	for _, m := range s.ments {
		if m.kind == mCountry && m.id == of && m.start > level.end {
			at = m.end
			break
		}
	}
	if at < 0 || at+1 >= len(s.toks) {
		return nil
	}
	if s.toks[at].low == "sau" {
		// "đồng minh thứ 3 của Australia sau Mỹ và New Zealand": the
		// list after "sau", to its end.
		var out []string
		prev := at + 1
		for _, m := range s.ments {
			if m.kind != mCountry || m.start < at+1 {
				continue
			}
			if !joiners(s, prev, m.start) {
				break
			}
			out = append(out, m.id)
			prev = m.end
		}
		return out
	}
	if s.toks[at].text != "(" || s.toks[at+1].low != "sau" {
		return nil
	}
	var out []string
	for _, m := range s.ments {
		if m.kind == mCountry && m.start > at+1 && m.end <= len(s.toks) {
			if m.end < len(s.toks) && s.toks[m.end].text == ")" {
				out = append(out, m.id)
				break
			}
			out = append(out, m.id)
		}
	}
	return out
}

// listedPartner is one country of a list of partners at a level, with the
// year the list gives it: "Trung Quốc (2008)".
type listedPartner struct {
	iso   string
	since calendar.Date
}

// listedPartners reads "X có quan hệ LEVEL với (N quốc gia gồm) A, B và
// C": the subject country before the level and each country listed after
// "với" in the clause.
func listedPartners(s *sentence, cl clause, level cueHit) (string, []listedPartner) {
	if level.end >= cl.end {
		return "", nil
	}
	subj, with := "", level.end
	switch s.toks[level.end].low {
	case "với":
		for _, m := range s.ments {
			if m.kind == mCountry && m.start >= cl.start && m.end <= level.start {
				subj = m.id
			}
		}
	case "giữa", "của":
		// "quan hệ Đối tác chiến lược giữa Việt Nam với Australia,
		// Malaysia, Philippines", "... của Việt Nam với Indonesia và Thái
		// Lan": the one after "giữa" or "của" with each after "với".
		subj, with = countryBeforeWith(s, cl, level.end+1)
	default:
		// "quan hệ đặc biệt Việt Nam với Lào và Campuchia": the country
		// right after the level with each after "với".
		subj, with = countryBeforeWith(s, cl, level.end)
	}
	if subj == "" {
		return "", nil
	}
	var out []listedPartner
	for _, m := range s.ments {
		if m.kind != mCountry || m.start <= with || m.end > cl.end || m.id == subj {
			continue
		}
		l := listedPartner{iso: m.id}
		if m.end+1 < len(s.toks) && s.toks[m.end].text == "(" {
			for _, d := range s.dates {
				if d.Start == s.toks[m.end+1].start {
					l.since = d.Date
				}
			}
		}
		out = append(out, l)
	}
	return subj, out
}

// countryBeforeWith returns the country named at token at and followed
// by "với" inside clause cl, and where that "với" is; "" and at when
// there is none.
func countryBeforeWith(s *sentence, cl clause, at int) (string, int) {
	for _, m := range s.ments {
		if m.kind == mCountry && m.start == at && m.end < cl.end && s.toks[m.end].low == "với" {
			return m.id, m.end
		}
	}
	return "", at
}

// partnerOrgs are the organisations that hold partnerships with
// countries as one party.
var partnerOrgs = map[string]bool{"EU": true, "ASEAN": true, "AU": true}

// twoInClause returns the countries of the clause when there are exactly two.
func twoInClause(a *analysis, s *sentence, cl clause, level cueHit) []string {
	var isos []string
	for _, m := range s.ments {
		if m.start >= cl.start && m.end <= cl.end {
			switch {
			case m.kind == mCountry:
				isos = appendUnique(isos, m.id)
			case len(m.keys) == 1:
				// "Tổng thống Indonesia Prabowo": the leader's country counts.
				if p := a.people.get(m.keys[0]); p != nil && p.country != "" {
					isos = appendUnique(isos, p.country)
				}
			}
		}
	}
	if len(isos) != 2 {
		return nil
	}
	return isos
}

// twoOfSentence returns the two countries sentence s names (as
// countries or as leaders' countries) when the level's clause speaks of
// "hai nước" or "hai bên" and the sentence names no other.
func twoOfSentence(a *analysis, s *sentence, cl clause, level cueHit) []string {
	if !s.hasPhrase(cl.start, cl.end, "hai", "nước") && !s.hasPhrase(cl.start, cl.end, "hai", "bên") {
		return nil
	}
	return twoInClause(a, s, clause{0, len(s.toks)}, level)
}

// leadersWhoMet returns the countries of the leaders named in the
// sentence when they are of two countries.
func leadersWhoMet(a *analysis, s *sentence, cl clause, level cueHit) []string {
	var isos []string
	for _, m := range s.ments {
		for _, k := range m.keys {
			if p := a.people.get(k); p != nil && p.country != "" {
				isos = appendUnique(isos, p.country)
			}
		}
	}
	if len(isos) == 2 {
		return isos
	}
	return nil
}

// principals returns the countries of the article's two principal leaders.
func principals(a *analysis, s *sentence, cl clause, level cueHit) []string {
	var isos []string
	for _, k := range a.people.pair("") {
		if p := a.people.get(k); p != nil && p.country != "" {
			isos = appendUnique(isos, p.country)
		}
	}
	return isos
}

// levelDate is when a level was set up or reached: a date with a year in
// its clause ("thiết lập Đối tác Chiến lược năm 2013"), the nearest. A
// level told as it stands dates only from after it ("Đối tác Chiến lược
// từ năm 2013"): a date before it is the sentence's event's ("ngày 10/3
// hội đàm ... về quan hệ Đối tác ...").
func (a *analysis) levelDate(s *sentence, cl clause, level cueHit, act bool) calendar.Date {
	best, bestDist := calendar.Date{}, 1<<30
	at, end := s.toks[level.start].start, s.toks[level.end-1].end
	for _, d := range s.dates {
		if d.Date.Year == 0 || !a.inClause(s, cl, d.Start) || !act && d.Start < at {
			continue
		}
		dist := d.Start - end // "nâng cấp lên Đối tác chiến lược toàn diện năm 2022"
		if d.Start < at {
			dist = at - d.End
		}
		if dist < bestDist {
			best, bestDist = d.Date, dist
		}
	}
	if best.IsZero() && act && cl.start > 0 {
		// "Tháng 5/2008, nhân chuyến thăm ..., A và B đã ra tuyên bố chung
		// thiết lập ...": the sentence's lead dates its main clause.
		if d, _ := a.leadDate(s, a.leadOf(s), cl); d.Year != 0 {
			best = d
		}
	}
	return best
}

// mergePartnerships keeps one fact per pair and level: the status that
// says most (model.PartnershipStatuses: an upgrade says more than a
// standing mention, which says more than a plan), the most precise date.
func mergePartnerships(ps []partnership) []partnership {
	var out []partnership
	index := map[[3]string]int{}
	for _, p := range ps {
		k := [3]string{p.countries[0], p.countries[1], p.level}
		i, ok := index[k]
		if !ok {
			index[k] = len(out)
			out = append(out, p)
			continue
		}
		o := &out[i]
		if model.PartnershipStatus(p.status).Rank() > model.PartnershipStatus(o.status).Rank() {
			o.status, o.sent = p.status, p.sent
			if !p.since.IsZero() {
				o.since = p.since
			}
		}
		if precision(p.since) > precision(o.since) {
			o.since = p.since
		}
	}
	return out
}
