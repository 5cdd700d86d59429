package ingest

import (
	"slices"
	"strings"

	"kg/ingest/calendar"
	"kg/ingest/gazetteer"
)

// membership is one country's standing in an organisation.
type membership struct {
	country, org, status string
	since                calendar.Date
	sent                 int
	held                 bool // a seat held until those elected replace it (replacedSeats): no term to come
}

// countryList is a run of country mentions joined by ",", "và", "cùng với".
type countryList struct {
	start, end int // tokens
	isos       []string
}

// lists returns the country lists of a sentence.
func lists(s *sentence) []countryList {
	var out []countryList
	var cur *countryList
	last := -1
	var prev *mention
	// The lists' countries share one array, sized for every country the
	// sentence names (no list holds more): only the last list grows, at
	// the array's end. Each list's slice is capped at its own part.
	var isos []string
	from := 0       // where cur's countries start in isos
	closed := false // the list has had its "và": a ", và" after it starts a clause
	for i := range s.ments {
		m := s.ments[i]
		after := prev
		prev = &s.ments[i]
		if m.kind != mCountry {
			continue
		}
		if after != nil && after.kind == mCity && m.start == after.end+1 && (s.toks[after.end].text == "(" || s.toks[after.end].text == ",") && cityIn(after.id, m.id) {
			continue // "Brussels (Bỉ)", "tại Kazan, Nga,": where the city is, not an item of a list ("tại New York, Việt Nam được ... bầu" goes on)
		}
		if sovereignAside(s, after, m) {
			// "Hong Kong (Trung Quốc) đã chính thức nộp đơn", "Đài Loan
			// (Trung Quốc), Ecuador và Costa Rica": whose the territory is;
			// the list goes on after it ("Các Tiểu vương quốc Arab Thống
			// nhất (UAE) và Uruguay").
			if cur != nil && last == after.end {
				last = m.end
			}
			continue
		}
		if cur != nil && (joiners(s, last, m.start) || dashJoined(s, i)) && !(closed && commaAnd(s, last, m.start)) {
			closed = closed || s.toks[m.start-1].low == "và"
			cur.end = m.end
			if !slices.Contains(isos[from:], m.id) {
				isos = append(isos, m.id)
			}
		} else {
			if out == nil {
				n := countryMentions(s.ments[i:])
				out, isos = make([]countryList, 0, n), make([]string, 0, n)
			}
			from = len(isos)
			isos = append(isos, m.id)
			out = append(out, countryList{start: m.start, end: m.end})
			cur, closed = &out[len(out)-1], false
		}
		cur.isos = isos[from:len(isos):len(isos)]
		last = m.end
	}
	return out
}

// countryMentions counts the country mentions in ms.
func countryMentions(ms []mention) int {
	n := 0
	for i := range ms {
		if ms[i].kind == mCountry {
			n++
		}
	}
	return n
}

// dashJoined reports country mention i joined to the country mention
// before it by a lone dash in a run of three or more so joined: "ba nước
// Hàn-Trung-Nhật", "Mỹ-Nhật-Ấn-Úc" name a group of countries, one list.
// A pair ("quan hệ Việt - Mỹ") names a relationship and stays two lists.
func dashJoined(s *sentence, i int) bool {
	linked := func(j int) bool { // mention j follows mention j-1 across a dash
		return j > 0 && j < len(s.ments) && s.ments[j].kind == mCountry && s.ments[j-1].kind == mCountry &&
			s.ments[j].start == s.ments[j-1].end+1 && pairDash(s.toks[s.ments[j-1].end].text)
	}
	return linked(i) && (linked(i-1) || linked(i+1))
}

// cityIn reports city id as one of country iso, or of no country the
// gazetteer knows (then the country after it is taken as where it is).
func cityIn(id, iso string) bool {
	c := gazetteer.Default().Cities[id]
	return c == nil || c.Country == "" || c.Country == iso
}

// sovereignAside reports country mention m alone in parentheses right
// after country mention prev: "Hong Kong (Trung Quốc)", "Đài Loan (Trung
// Quốc)" tell whose the territory is; the state named aside is no item.
func sovereignAside(s *sentence, prev *mention, m mention) bool {
	return prev != nil && prev.kind == mCountry && m.start == prev.end+1 && s.toks[prev.end].text == "(" && m.end < len(s.toks) && s.toks[m.end].text == ")"
}

// commaAnd reports tokens [from, to) that are ", và" or ", với": after
// "A, B và C" they begin another clause ("bởi Brazil, Nga, Ấn Độ và Trung
// Quốc, và Nam Phi tham gia vào năm 2011", "..., với Nam Phi tham gia 2
// năm sau đó").
func commaAnd(s *sentence, from, to int) bool {
	return to-from == 2 && s.toks[from].text == "," && (s.toks[from+1].low == "và" || s.toks[from+1].low == "với")
}

// joiners reports whether tokens [from, to) only join list items.
func joiners(s *sentence, from, to int) bool {
	if from < 0 {
		return false
	}
	for i := from; i < to; i++ {
		if j := yearAside(s, i); j > i && j < to {
			i = j // "Lào, Myanmar (năm 1997) và Campuchia (năm 1999)": when each joined
			continue
		}
		if j := groupWords(s, i, to); j > i {
			i = j - 1 // "các quốc gia vùng Baltic (Estonia, ...)", "các đảo quốc Cyprus": a group named, then its members
			continue
		}
		if j := regionAside(s, i, to); j > i {
			i = j // "An-giê-ri, Ma-rốc, Nam Phi và Xu-đăng tại khu vực châu Phi; Việt Nam, ...": groups by region go on
			continue
		}
		if c, ok := s.hasCue("stateform", i, to); ok && c.start == i && c.end == to {
			i = c.end - 1 // "Liên bang Nga, Cộng hòa Belarus": the next item's form of state
			continue
		}
		switch s.toks[i].low {
		case ",", "và", "cùng", "với", "cũng", "như", "hoặc", "(", ")":
		case ";":
			if i == 0 || s.toks[i-1].text != ")" {
				return false // "Nam Phi (năm 2010); Iran, Ai Cập ...": groups by year go on; other clauses do not
			}
		default:
			if j := orgItem(s, i, to); j > i {
				i = j - 1 // "Trung Quốc, EU, Ấn Độ": a bloc among the items is no country, and the list goes on
				continue
			}
			// A name the gazetteer lacks between commas ("Nam Phi,
			// Mauritus, Angola") does not end the list; it is no item.
			if s.toks[i].upper && i > from && s.toks[i-1].text == "," && i+1 < to && s.toks[i+1].text == "," && !inMention(s, i) {
				continue
			}
			return false
		}
	}
	return true
}

// orgItem returns where an organisation's mention ends that stands as
// an item between a comma at token i-1 and a comma or "và" before the next
// item at to ("đối tác đối thoại gồm Australia, Canada, Trung Quốc, EU,
// Ấn Độ"); else i.
func orgItem(s *sentence, i, to int) int {
	if i == 0 || s.toks[i-1].text != "," || !s.toks[i].upper {
		return i
	}
	m := mentionAt(s, i)
	if m == nil || m.kind != mOrg || m.end >= to {
		return i
	}
	if w := s.toks[m.end].low; w != "," && w != "và" {
		return i
	}
	return m.end
}

// regionAside returns the ";" that closes a region told of a group of
// items, from "tại" at token i ("tại khu vực châu Phi;", "tại châu Mỹ
// La-tinh và Ca-ri-bê;"): up to eight words, the hyphens of a transcribed
// name not counted, no country among them, then ";" before the next item
// at to; else -1.
func regionAside(s *sentence, i, to int) int {
	if s.toks[i].low != "tại" {
		return -1
	}
	words := 0
	for j := i + 1; j < to && words <= 8; j++ {
		switch {
		case s.toks[j].text == ";":
			if j == i+1 {
				return -1
			}
			return j
		case s.toks[j].text == "-" && s.toks[j-1].word && j+1 < to && s.toks[j+1].word:
			// "Ca-ri-bê": one name
		case !s.toks[j].word || inMention(s, j):
			return -1
		default:
			words++
		}
	}
	return -1
}

// groupWords returns where the words naming a group of the list's items
// end, from "các"/"những" at token i: up to five words, none a verb the
// lexicon knows, before "(" or the next item at to ("các quốc gia vùng
// Baltic (Estonia, ...)", "các đảo quốc Cyprus"); else i.
func groupWords(s *sentence, i, to int) int {
	if w := s.toks[i].low; w != "các" && w != "những" {
		return i
	}
	for j := i + 1; j <= i+6 && j <= to && j < len(s.toks); j++ {
		if j == to || s.toks[j].text == "(" {
			return j
		}
		if !s.toks[j].word || s.inCueAny(j) || s.toks[j].low == "thuộc" {
			return i // "các quốc gia thuộc Liên Xô trước đây": what they belonged to, no item
		}
	}
	return i
}

// yearAside returns the ")" closing a year in parentheses opened at token
// i ("(năm 1997)", "(1999)"), or -1.
func yearAside(s *sentence, i int) int {
	if s.toks[i].text != "(" {
		return -1
	}
	for j := i + 1; j < len(s.toks) && j <= i+3; j++ {
		switch t := s.toks[j]; {
		case t.text == ")":
			if j > i+1 {
				return j
			}
			return -1
		case t.low == "năm" || isDigitWord(t.text):
		case t.word && !t.upper && j > i+1 && isDigitWord(s.toks[j-1].text):
			// "Đan Mạch (184 phiếu), Hy Lạp (182 phiếu)": a count beside each
		default:
			return -1
		}
	}
	return -1
}

// itemYear returns the year written in parentheses after country iso in
// list l, or after the group of items it ends ("Iran, Ai Cập, Ethiopia
// (2024) và Indonesia (2025)": 2024 for Iran), or 0 when the list gives
// its items no years.
func itemYear(s *sentence, l countryList, iso string) int {
	at := -1
	for _, m := range s.ments {
		if m.kind == mCountry && m.id == iso && m.start >= l.start && m.end <= l.end {
			at = m.end
			break
		}
	}
	if at < 0 {
		return 0
	}
	for i := at; i < len(s.toks) && i <= l.end; i++ {
		if j := yearAside(s, i); j > i {
			for k := i + 1; k < j; k++ {
				if y, n := calendar.LeadingInt(s.toks[k].text); n == 4 && y > 1900 {
					return y
				}
			}
			return 0
		}
	}
	return 0
}

// inMention reports whether token i is inside any mention.
func inMention(s *sentence, i int) bool {
	for _, m := range s.ments {
		if m.start <= i && i < m.end {
			return true
		}
	}
	return false
}

// findMemberships reads "X là thành viên của Y", "Y được thành lập bởi A, B",
// "Y có 8 thành viên: A, B", "A đang trong quá trình gia nhập Y", "quan sát viên".
// Each membership word applies to its subject (the country list before it)
// and to a list that follows it closely ("bởi A, B", ": A, B", "cùng với A").
func findMemberships(a *analysis, si int) []membership {
	s := a.sents[si]
	org, explicit := a.sentenceOrg(s)
	for _, c := range s.cues {
		if (org == "" || !explicit) && c.cat == "member" && nonPermanent(s, c) {
			// "các nước uỷ viên không thường trực là ...", "Algeria và Sierra
			// Leone cũng gần như chắc chắn trúng cử vị trí nước thành viên
			// không thường trực" after a sentence of the UN's headquarters:
			// only the Security Council has such seats
			org = "UNSC"
		}
	}
	if org == "" {
		return append(append(a.listGoesOn(si), a.voteTally(si, "")...), a.candidateList(si, "", nil)...)
	}
	ls := lists(s)
	// out is an array of the scratch memory, reused from sentence to
	// sentence: findFacts copies what this returns before the next.
	out := append(a.scratch.sentMembers[:0], a.orgLists(s, ls, si)...)
	out = append(out, a.orgIncludes(s, ls, si)...)
	out = append(out, isCountryOfOrg(s, ls, si)...)
	out = append(out, a.listGoesOn(si)...)
	out = append(out, a.levelWithOrganisation(si)...)
	out = append(out, a.candidacies(s, si)...)
	out = append(out, a.voteTally(si, org)...)
	out = append(out, a.reelectedSeats(si, ls, org)...)
	out = append(out, replacedSeats(s, ls, org, si)...)
	out = append(out, pactSigners(s, ls, si)...)
	out = append(out, a.electedInto(s, ls, si)...)
	for _, c := range s.cues {
		if c.cat == "member" {
			out = a.cueMemberships(out, s, si, ls, c, org, explicit)
		}
	}
	if cands := a.candidateList(si, org, ls); len(cands) > 0 {
		out = slices.DeleteFunc(out, func(m membership) bool {
			return m.status == "member" && slices.ContainsFunc(cands, func(c membership) bool { return c.country == m.country && c.org == m.org })
		}) // "4 ứng viên còn lại gồm Việt Nam, Niger": those running hold no seat by this list
		out = append(out, cands...)
	}
	if bloc, l, ok := blocWithPartners(s); ok {
		out = slices.DeleteFunc(out, func(m membership) bool {
			return m.status == "partner" && slices.Contains(l.isos, m.country)
		})
		for _, iso := range l.isos {
			out = append(out, membership{country: iso, org: bloc, status: "member", sent: si})
		}
	}
	for i := range out {
		if whole, ok := organOf[out[i].org]; ok {
			out[i].org = whole // "Ủy ban châu Âu ... mong muốn Ukraine gia nhập khối này": the EU is joined
		}
	}
	a.scratch.sentMembers = out
	return foundersOnce(out)
}

// electedInto reads the countries a vote puts into a body, listed right
// after an active "bầu" and before "vào" and the organisation: "Đại hội
// đồng LHQ đã bầu Đan Mạch, Hy Lạp, Pakistan, Panama và Somalia vào Hội
// đồng Bảo an nhiệm kỳ 2025-2026". Members, or applicants when the term
// or a date the page gives begins later.
func (a *analysis) electedInto(s *sentence, ls []countryList, si int) []membership {
	var out []membership
	for _, c := range s.cues {
		if c.cat != "election" || s.toks[c.start].low != "bầu" || c.start > 0 && s.toks[c.start-1].low == "được" {
			continue
		}
		for _, l := range ls {
			if l.start != c.end || l.end+1 >= len(s.toks) || s.toks[l.end].low != "vào" {
				continue
			}
			m := mentionAt(s, l.end+1)
			if m == nil || m.kind != mOrg {
				continue
			}
			status := "member"
			if a.laterTerm(s, cueHit{cat: "member", val: "member", start: l.end, end: m.end}) || a.admittedLater(s, cueHit{val: "member"}) {
				status = "applicant"
			}
			for _, iso := range l.isos {
				out = append(out, membership{country: iso, org: m.id, status: status, sent: si})
			}
		}
	}
	return out
}

// seatNamedAfter reports another member word within three tokens after
// c ("được bầu vào ghế Ủy viên không thường trực", "được bầu vào vị trí
// thành viên"): the election names the seat, whose word states the status.
func seatNamedAfter(s *sentence, c cueHit) bool {
	for _, o := range s.cues {
		if o.cat == "member" && o.start >= c.end && o.start <= c.end+2 {
			return true
		}
	}
	return false
}

// cueStatus is what a member word says of its sentence: the status, the
// organisation of a partnership class ("các nước đối tác của ASEAN"), the
// country joined years ago ("Sau 30 năm gia nhập ASEAN, Việt Nam ..."),
// and whether the members named are replaced (members now).
type cueStatus struct {
	status, partnersOf, joinedYearsAgo string
	replaced                           bool
}

// memberCueStatus reads the status member word c gives, or false when it
// gives none: a candidacy, a relationship, a negation, an anniversary, a
// purpose, a status named after it, a treaty joined. The vetoes of
// memberVetoes apply in their order, between the steps that change the
// status: a refused invitation is an application; a future admission, a
// term to come, an application named before make an applicant; a founding
// told with the first members makes founders, one told with today's
// members, members.
func (a *analysis) memberCueStatus(s *sentence, c cueHit, explicit bool) (cueStatus, bool) {
	r := &memberReading{a: a, s: s, c: c, explicit: explicit, status: c.val}
	if r.status == "partner" {
		r.partnersOf = orgWithPartners(s, c)
	}
	if r.vetoed(memberWordVetoes) {
		return cueStatus{}, false
	}
	if r.status == "member" && signedToBecome(s, c) {
		r.status = "applicant" // "Iran cũng đã ký các văn kiện để trở thành thành viên đầy đủ của SCO": an accession under way
	}
	if anniversary(s, c) && r.status == "member" {
		r.joinedYearsAgo = subjectAfterOrg(s, c) // "Sau 30 năm gia nhập ASEAN, Việt Nam đã ..."
	}
	if refusedInvitation(s, c) {
		r.refused, r.status = true, "applicant" // "Argentina từ chối lời mời gia nhập BRICS": a refused invitation to join stays an applicant
	}
	if r.vetoed(memberStatusVetoes) {
		return cueStatus{}, false
	}
	r.replaced = replacing(s, max(0, c.start-5), c.start) // members now, whatever the dates of those who replace them
	if r.status == "member" && !r.replaced && !reelected(s, c.start) && (a.applicantBefore(s, c.start) || plannedBefore(s, c) || a.laterTerm(s, c) || a.admittedLater(s, c)) {
		r.status = "applicant" // "dự kiến ASEAN sẽ kết nạp Timor Leste", "đã bầu ... nhiệm kỳ 2026-2028": admitted in the future
	}
	if r.vetoed(membershipVetoes) {
		return cueStatus{}, false
	}
	if r.status == "member" && explicit && initially(s, c.start) {
		r.status = "founding_member" // "được thành lập năm 2001, ban đầu có 5 thành viên gồm ...": the founders
	}
	if founding, ok := currentlyListed(s, c); ok && founding {
		r.status = "member" // "được thành lập năm 2006 và hiện bao gồm 9 quốc gia": today's members
	}
	return cueStatus{status: r.status, partnersOf: r.partnersOf, joinedYearsAgo: r.joinedYearsAgo, replaced: r.replaced}, true
}

// memberReading is what memberCueStatus knows of member word c of
// sentence s as it reads it.
type memberReading struct {
	a        *analysis
	s        *sentence
	c        cueHit
	explicit bool   // the sentence names its members with the word
	status   string // the status so far, the cue's own at first
	refused  bool   // an invitation to join was refused
	replaced bool
	// partnersOf is the organisation whose partners a partnership class
	// names; joinedYearsAgo the country an anniversary of joining names.
	partnersOf, joinedYearsAgo string
}

// memberRule is one named veto of a member word: when says the word gives
// no membership.
type memberRule struct {
	name    string
	example string // a sentence the rule exists for
	when    func(r *memberReading) bool
}

// traceMemberVeto, when set, is told the name of each member veto that
// applies (tests).
var traceMemberVeto func(name string)

// vetoed reports the first rule of rules that applies.
func (r *memberReading) vetoed(rules []memberRule) bool {
	for _, v := range rules {
		if v.when(r) {
			if traceMemberVeto != nil {
				traceMemberVeto(v.name)
			}
			return true
		}
	}
	return false
}

// memberWordVetoes apply to the word as written, before any step changes
// its status.
var memberWordVetoes = []memberRule{
	{
		name:    "a-candidacy",
		example: "Hai bên khẳng định ủng hộ lẫn nhau ứng cử vị trí Ủy viên không thường trực Hội đồng bảo an Liên hợp quốc, Việt Nam nhiệm kỳ 2020 – 2021, Ấn Độ nhiệm kỳ 2021 – 2022.",
		when: func(r *memberReading) bool {
			return r.s.hasCueBetween("candidacy", max(0, r.c.start-6), r.c.start)
		},
	},
	{
		// Founded, but by whom the sentence does not say.
		name:    "founded-no-founders",
		example: "Argentina đã chính thức nộp “bản ghi nhớ ban đầu” cho Tổ chức Hợp tác và Phát triển Kinh tế (OECD). Việc nộp tài liệu này mở ra giai đoạn kỹ thuật trong quá trình gia nhập tổ chức được thành lập năm 1961, hiện gồm 38 quốc gia thành viên.",
		when: func(r *memberReading) bool {
			return r.status == "founding_member" && !r.explicit && !listedAfter(r.s, r.c) && !foundedBy(r.s, r.c)
		},
	},
	{
		// The seat's word tells it.
		name:    "a-seat-named-after",
		example: "Ngoài Việt Nam, 4 nước khác được bầu vào ghế Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc là Niger, Tunisia, Saint Vincent và Grenadines, và Estonia.",
		when: func(r *memberReading) bool {
			return r.s.toks[r.c.start].low == "được" && seatNamedAfter(r.s, r.c)
		},
	},
	{
		// A relationship between countries, not a status in an organisation.
		name:    "a-partnership-between-countries",
		example: "Hàn Quốc coi Việt Nam là đối tác quan trọng hàng đầu của Hàn Quốc tại ASEAN.",
		when: func(r *memberReading) bool {
			s, c := r.s, r.c
			return r.status == "partner" && r.partnersOf == "" && !r.a.orgWithin(s, c.end, 4) && !(c.end-c.start >= 3 || c.start > 0 && s.toks[c.start-1].low == "thành")
		},
	},
	{
		name:    "a-country's-partner",
		example: "Việt Nam là nước đối tác trọng tâm của Hàn Quốc trong chính sách hướng về ASEAN.",
		when: func(r *memberReading) bool {
			return r.status == "partner" && !r.a.orgWithin(r.s, r.c.end, 4) && partnerOfCountry(r.s, r.c.end)
		},
	},
	{
		// Elected to an office of a body ("Phó Chủ tịch", "Chủ tịch"), not
		// to a seat in it: the office tells no membership.
		name:    "elected-to-an-office",
		example: "Cùng với Việt Nam, các nước khác cùng trúng cử làm Phó Chủ tịch Đại hội đồng Liên Hợp Quốc khóa 77 gồm Benin, Burundi và Kenya.",
		when: func(r *memberReading) bool {
			s, k := r.s, r.c.end
			if r.status != "member" || !r.s.hasCueAt("election", r.c.start) && r.s.toks[r.c.start].low != "trúng" && r.s.toks[r.c.start].low != "đắc" {
				return false
			}
			if k < len(s.toks) && s.toks[k].low == "làm" {
				k++
			}
			return k < len(s.toks) && !s.hasCueAt("member", k) && r.a.lx.officeAt(s.toks, k)
		},
	},
	{
		// A partner in trade or investment ("đối tác thương mại lớn nhất
		// của ASEAN"): a rank among those it trades with, no status.
		name:    "a-trading-partner",
		example: "Trung Quốc đã thay thế Mỹ trở thành đối tác thương mại lớn nhất của ASEAN.",
		when: func(r *memberReading) bool {
			s, c := r.s, r.c
			if r.status != "partner" || c.end+1 >= len(s.toks) {
				return false
			}
			switch s.toks[c.end].low + " " + s.toks[c.end+1].low {
			case "thương mại", "đầu tư", "kinh tế":
				return true
			}
			return false
		},
	},
	{
		// A member of the community of nations, after its qualities
		// ("thành viên tích cực, có trách nhiệm của cộng đồng quốc tế"):
		// no organisation.
		name:    "a-member-of-the-community",
		example: "Việt Nam gia nhập Liên hợp quốc năm 1977. Việt Nam là thành viên tích cực, có trách nhiệm của cộng đồng quốc tế, chung tay giải quyết các vấn đề toàn cầu.",
		when: func(r *memberReading) bool {
			s, c := r.s, r.c
			for j := c.end; j < len(s.toks) && j <= c.end+10; j++ {
				if s.hasCueAt("community", j) {
					return true
				}
				if t := s.toks[j]; !(t.word && !t.upper || t.text == ",") || inOrg(s, j) {
					return false
				}
			}
			return false
		},
	},
	{
		// A partner within the bloc, no status in it.
		name:    "a-partner-inside",
		example: "Nhật Bản coi Việt Nam là bạn, là đối tác quan trọng trong ASEAN.",
		when:    func(r *memberReading) bool { return r.status == "partner" && partnerInside(r.s, r.c) },
	},
}

// memberStatusVetoes apply once a refused invitation is read.
var memberStatusVetoes = []memberRule{
	{
		name:    "negated-or-an-anniversary",
		example: "Saudi Arabia cũng đã được mời tham gia nhóm và tham gia các cuộc họp BRICS, nhưng chưa trở thành thành viên chính thức.",
		when: func(r *memberReading) bool {
			s, c := r.s, r.c
			return !r.refused && (negatedWithin(s, c.start, 5) || anniversary(s, c) && r.joinedYearsAgo == "" || admitsMembersAsClass(s, c))
		},
	},
	{
		// Who attend.
		name:    "leaders-gathered",
		example: "Hội nghị diễn ra từ ngày 19-21/5, quy tụ các nhà lãnh đạo của các nước thành viên G7 gồm: Tổng thống Mỹ Joe Biden, Thủ tướng Nhật Bản Kishida Fumio.",
		when:    func(r *memberReading) bool { return r.status == "member" && gathersLeaders(r.s, r.c) },
	},
	{
		// The label of a story, no joining told.
		name:    "a-story-label",
		example: "Ukraine gia nhập EU: Kiev nhận tin vui lớn từ Liên minh châu Âu, ca ngợi 'một ngày lịch sử'.",
		when:    func(r *memberReading) bool { return r.status == "member" && topicLabel(r.s, r.c) },
	},
	{
		name:    "founds-another-body",
		example: "Thổ Nhĩ Kỳ cũng sẽ thành lập một trung tâm điều phối với Ukraine, Nga và Liên hợp quốc.",
		when:    func(r *memberReading) bool { return r.status == "founding_member" && foundsAnother(r.s, r.c) },
	},
	{
		// Of a body organizations.tsv does not hold, not of CPTPP the
		// sentence names.
		name:    "an-unknown-body-after",
		example: "Colombia, quốc gia thành viên của Liên minh Thái Bình Dương, đã nộp đơn gia nhập CPTPP.",
		when:    func(r *memberReading) bool { return unknownBodyAfter(r.s, r.c) },
	},
	{
		// A relation, no status in a body.
		name:    "a-community-or-a-relation",
		example: "New Zealand đóng vai trò là nơi thực hiện các chức năng lưu trữ pháp lý cho quan hệ đối tác của CPTPP.",
		when: func(r *memberReading) bool {
			return ofCommunity(r.s, r.c) || r.status == "partner" && relationWord(r.s, r.c)
		},
	},
	{
		// What a plan is for.
		name:    "a-purpose",
		example: "Trong 7 năm qua, AU đã tích cực vận động để có được tư cách thành viên đầy đủ trong G20.",
		when:    func(r *memberReading) bool { return r.status == "member" && purpose(r.s, r.c.start) },
	},
}

// membershipVetoes apply once an admission to come is read.
var membershipVetoes = []memberRule{
	{
		// How the joining told before would be.
		name:    "as-a-status",
		example: "Việc kết nạp Belarus vào SCO với tư cách thành viên có hiệu lực lập tức.",
		when: func(r *memberReading) bool {
			return r.status == "member" && (asStatus(r.s, r.c.start) || purpose(r.s, r.c.start))
		},
	},
	{
		// The status named after; a treaty joined.
		name:    "another-status-or-a-treaty",
		example: "SCO hiện có 9 quốc gia thành viên, 3 quốc gia quan sát viên và 14 đối tác đối thoại.",
		when: func(r *memberReading) bool {
			return r.status == "member" && (r.a.specificStatusAfter(r.s, r.c) || r.a.joinsNoOrganisation(r.s, r.c) || joinsTreaty(r.s, r.c))
		},
	},
}

// memberCueOrgs returns the organisations member word c makes members
// of: those named after it, the Security Council for a non-permanent
// seat, the one a partnership class belongs to, else the sentence's org.
func (a *analysis) memberCueOrgs(s *sentence, c cueHit, st cueStatus, org string) []string {
	orgs := a.orgsAfter(s, c)
	if len(orgs) == 0 && nonPermanent(s, c) {
		orgs = []string{"UNSC"} // "được bầu làm nước thành viên không thường trực": only the Security Council has such seats
	}
	if st.partnersOf != "" {
		orgs = []string{st.partnersOf}
	}
	if len(orgs) == 0 {
		if o := joinedOrgAfter(s, c); o != "" {
			orgs = []string{o}
		}
	}
	if len(orgs) == 0 {
		orgs = []string{org}
	}
	return orgs
}

// cueMemberships appends to out the memberships member word c states:
// its status, its organisations, and the countries of the lists it names.
func (a *analysis) cueMemberships(out []membership, s *sentence, si int, ls []countryList, c cueHit, org string, explicit bool) []membership {
	st, ok := a.memberCueStatus(s, c, explicit)
	if !ok {
		return out
	}
	status, replaced := st.status, st.replaced
	orgs := a.memberCueOrgs(s, c, st, org)
	cls := a.cueLists(s, ls, c)
	if len(cls) == 1 && cls[0].end <= c.start {
		if l, ok := companionsAfter(s, ls, c); ok {
			cls = append(cls, l) // "Armenia là thành viên của CSTO - được thành lập năm 1992, cùng với Nga, Belarus ..."
		}
	}
	if st.joinedYearsAgo != "" {
		cls = []countryList{{start: c.start, end: c.start, isos: []string{st.joinedYearsAgo}}}
	}
	if iso := ownerAfterOrg(s, c); iso != "" {
		cls = []countryList{{start: c.start, end: c.start, isos: []string{iso}}}
	}
	if l, ok := joinersAfter(s, ls, c); ok {
		cls = []countryList{l}
	}
	if len(cls) == 0 {
		if isos := a.twoCountries(s, c); len(isos) > 0 {
			cls = []countryList{{start: c.start, end: c.start, isos: isos}}
		}
	}
	if len(cls) == 0 {
		if l, ok := speakerCountry(s, c); ok {
			cls = []countryList{l}
		} else if l, ok := leaderSubject(s, c); ok {
			cls = []countryList{l}
		}
	}
	if (status == "founding_member" || status == "member" || status == "applicant" && s.hasCueAt("join", c.start)) && !foundedBy(s, c) {
		cls = append(cls, a.listAfterGom(s, ls, c, cls)...) // an applicant's: orgDescribedThenListed; not "thành lập bởi A, B, ..., mở rộng để bao gồm C"
	}
	for _, l := range cls {
		l = countedCut(s, c, leaderItems(s, c, l))
		status := status
		if status == "applicant" && orgDescribedThenListed(s, c, l) {
			status = "member" // "quan tâm đến việc gia nhập BRICS - khối gồm Brazil, Nga, ...": the bloc's own members
		}
		since := calendar.Date{}
		if status != "applicant" && status != "observer" && l.end > l.start && !replaced {
			since = a.nearestYear(s, l)
		}
		for _, o := range orgs {
			if coItem(s, l, o) && !slices.Contains(a.orgsAfter(s, c), o) {
				continue // "các đại diện của Liên minh châu Phi, Ai Cập, UAE và Liên hợp quốc tham gia với tư cách quan sát viên": the body is one of them
			}
			for _, iso := range l.isos {
				when := since
				if y := itemYear(s, l, iso); y != 0 && status != "applicant" && status != "observer" {
					when = calendar.Date{Year: y} // "Nam Phi (năm 2010); Iran, Ai Cập (2024)": each group its own year
				}
				out = append(out, membership{country: iso, org: o, status: status, since: when, sent: si})
			}
		}
	}
	if o, l, ok := joinedBefore(s, ls, c); ok {
		for _, iso := range l.isos {
			out = append(out, membership{country: iso, org: o, status: "member", sent: si}) // "nền kinh tế châu Á thứ 3 gia nhập OECD sau Nhật Bản và Hàn Quốc"
		}
	}
	return out
}

// joinedBefore returns the organisation named right after joining word c
// and the countries named right after it with "sau": "Indonesia sẽ là
// nền kinh tế châu Á thứ 3 gia nhập OECD sau Nhật Bản và Hàn Quốc" tells
// Japan and Korea joined first, members. Not "sau khi", "sau đó".
func joinedBefore(s *sentence, ls []countryList, c cueHit) (string, countryList, bool) {
	if c.cat != "member" || !s.hasCueAt("join", c.start) {
		return "", countryList{}, false
	}
	m := mentionAt(s, c.end)
	if m == nil || m.kind != mOrg || m.end+1 >= len(s.toks) || s.toks[m.end].low != "sau" {
		return "", countryList{}, false
	}
	for _, l := range ls {
		if l.start == m.end+1 {
			return m.id, l, true
		}
	}
	return "", countryList{}, false
}

// leaderItems returns list l, named after member word c, gone on over
// the leaders listed after it with their countries' names in their
// titles: "các nước thành viên ASEAN gồm Tổng thống Indonesia Joko
// Widodo, Thủ tướng Thái Lan Prayut Chan-o-cha và Thủ tướng Campuchia Hun
// Sen", "gồm nước chủ nhà Indonesia, Brunei, ... và lãnh đạo quân đội
// Myanmar Thống tướng Min Aung Hlaing" name each country by its leader.
// Any other list is l.
func leaderItems(s *sentence, c cueHit, l countryList) countryList {
	if l.start < c.end || !slices.ContainsFunc(s.ments, func(m mention) bool { return m.kind == mOrg && m.end <= l.start && !inOffice(s, m) }) {
		return l // no body named before the leaders, only offices among them ("Chủ tịch Hội đồng châu Âu Charles Michel")
	}
	pos, grown := l.end, false
	for {
		for k := range s.ments {
			if m := &s.ments[k]; (m.kind == mLeader || m.kind == mDesc) && m.start < pos && pos < m.end && m.country != "" {
				pos = m.end // the name after the title's country
			}
		}
		j := pos
		if j < len(s.toks) && s.toks[j].text == "," {
			j++
		}
		if j < len(s.toks) && s.toks[j].low == "và" {
			j++
		}
		if j == pos || j >= len(s.toks) {
			break
		}
		next := -1
		for k := range s.ments {
			if m := &s.ments[k]; (m.kind == mLeader || m.kind == mDesc) && m.start == j && m.country != "" {
				next = k
			}
		}
		if next < 0 {
			break
		}
		m := s.ments[next]
		if !grown {
			l.isos = slices.Clone(l.isos)
			grown = true
		}
		if !slices.Contains(l.isos, m.country) {
			l.isos = append(l.isos, m.country)
		}
		pos, l.end = m.end, m.end
	}
	return l
}

// otherClauseBetween reports a ";" or the guests ("khách mời") in tokens
// [from, to): what a body includes ends before them.
func otherClauseBetween(s *sentence, from, to int) bool {
	for i := from; i < to; i++ {
		if s.toks[i].text == ";" || s.toks[i].low == "khách" {
			return true
		}
	}
	return false
}

// leaderJoined reports the country that ends at from and the one that
// begins at to named in the titles of two leaders listed one after the
// other: "gồm Chủ tịch Trung Quốc Tập Cận Bình, Tổng thống Nga Vladimir
// Putin": the rest of the first leader's name, a comma or "và", then the
// second leader's title up to the country.
func leaderJoined(s *sentence, from, to int) bool {
	end := -1
	for _, m := range s.ments {
		if (m.kind == mLeader || m.kind == mDesc) && m.country != "" && m.start < from && from < m.end && m.end < to {
			end = m.end
		}
	}
	if end < 0 {
		return false
	}
	j := end
	if s.toks[j].text == "," {
		j++
	}
	if j < to && s.toks[j].low == "và" {
		j++
	}
	if j == end {
		return false
	}
	for _, m := range s.ments {
		if (m.kind == mLeader || m.kind == mDesc) && m.country != "" && m.start == j && to < m.end {
			return true
		}
	}
	return false
}

// speakerCountry returns the country of a leader who says "nước này"
// did what membership word c tells: "Thủ tướng Malaysia Anwar Ibrahim cho
// biết nước này đã gửi đơn đề nghị gia nhập BRICS" names Malaysia by its
// Prime Minister's title. The leader right before the verb of saying,
// "nước này" right after it, then up to four words before c.
func speakerCountry(s *sentence, c cueHit) (countryList, bool) {
	for k := c.start - 2; k >= 1 && k >= c.start-12; k-- {
		if s.toks[k].low != "nước" || s.toks[k+1].low != "này" || !s.hasCueEndingAt("attrib", k) {
			continue
		}
		if c.start-(k+2)-applyingWords(s, k+2, c.start) > 4 {
			return countryList{}, false
		}
		for _, at := range s.cues {
			if at.cat != "attrib" || at.end != k {
				continue
			}
			for _, m := range s.ments {
				if (m.kind == mLeader || m.kind == mDesc) && m.end == at.start && m.country != "" {
					return countryList{start: m.start, end: m.end, isos: []string{m.country}}, true
				}
			}
		}
		return countryList{}, false
	}
	return countryList{}, false
}

// countedCut returns list l, named after member word c, cut to the
// number of members written before c when "cùng" joins on more countries
// after that many: "2 thành viên của G7 là Canada và Nhật Bản, cùng với
// các nước Anh, Australia" names two members of G7, and the rest
// companions of theirs. Any other list is l.
func countedCut(s *sentence, c cueHit, l countryList) countryList {
	n := 0
	if k := c.start - 1; k >= 0 {
		if w := s.toks[k].low; w == "nước" && k > 0 {
			k-- // "2 nước thành viên"
		}
		if v, digits := calendar.LeadingInt(s.toks[k].text); digits > 0 && digits == len(s.toks[k].text) {
			n = v
		} else {
			n = countWords[s.toks[k].low]
		}
	}
	if n <= 0 || l.start < c.end || len(l.isos) <= n {
		return l
	}
	seen, end := 0, l.start
	for _, m := range s.ments {
		if m.kind != mCountry || m.start < l.start || m.end > l.end {
			continue
		}
		if seen == n {
			for j := m.start - 1; j >= end && j >= m.start-4; j-- {
				if s.toks[j].low == "cùng" && j > 0 && s.toks[j-1].text == "," {
					return countryList{start: l.start, end: end, isos: l.isos[:n]}
				}
			}
			return l
		}
		if !slices.Contains(l.isos[:seen], m.id) {
			seen++
		}
		end = m.end
	}
	return l
}

// coItem reports organisation org named as an item of country list l:
// inside it, before it with a comma (unless a status word names it) or
// after it with "và" ("Liên minh
// châu Phi, Ai Cập, Các tiểu vương quốc Arab thống nhất và Liên hợp quốc
// tham gia với tư cách quan sát viên" lists the African Union with Egypt,
// no body Egypt is in). A comma after the list may open a clause whose
// subject the body is ("... là Brazil, Nga, Ấn Độ và Trung Quốc, BRICS hiện
// có 10 quốc gia thành viên").
func coItem(s *sentence, l countryList, org string) bool {
	for _, m := range s.ments {
		if m.kind != mOrg || m.id != org {
			continue
		}
		if m.start >= l.start && m.end <= l.end {
			return true
		}
		if m.end+1 == l.start && s.toks[m.end].text == "," && !statusOfBefore(s, m.start) {
			return true
		}
		if m.start == l.end+1 && s.toks[l.end].low == "và" {
			return true
		}
	}
	return false
}

// statusOfBefore reports a membership or joining word ending up to four
// tokens before token at: "Sau khi Belarus trở thành thành viên chính thức
// của SCO, Afghanistan và Mông Cổ vẫn là các nước quan sát viên" names SCO
// as what is joined, not as an item of the list after it.
func statusOfBefore(s *sentence, at int) bool {
	for _, c := range s.cues {
		if (c.cat == "member" || c.cat == "join") && c.end <= at && at-c.end <= 4 {
			return true
		}
	}
	return false
}

// companionsAfter returns the list that ends the clause of membership word
// c after ", cùng với", within fifteen tokens and past no other status
// word: those who share the status of the subject named before c
// ("Armenia là thành viên của CSTO - được thành lập năm 1992, cùng với
// Nga, Belarus, Kazakhstan, Kyrgyzstan và Tajikistan").
func companionsAfter(s *sentence, ls []countryList, c cueHit) (countryList, bool) {
	for _, l := range ls {
		if l.start < c.end+3 || l.start > c.end+15 || s.toks[l.start-1].low != "với" || s.toks[l.start-2].low != "cùng" || s.toks[l.start-3].text != "," {
			continue
		}
		if l.end < len(s.toks) && s.toks[l.end].word {
			return countryList{}, false // the list goes on into a clause of its own ("cùng với Nga ký ...")
		}
		for _, o := range s.cues {
			if o.cat == "member" && o.start >= c.end && o.start < l.start && !(o.val == "founding_member" && passiveFounding(s, o)) {
				return countryList{}, false
			}
		}
		return l, true
	}
	return countryList{}, false
}

// organOf maps the organs of an organisation, which have no member states
// of their own, to the organisation: a sentence whose first body is the
// European Commission ("Chủ tịch Ủy ban châu Âu (EC) ... cho biết EU mong
// muốn Ukraine gia nhập khối này", "Ủy ban Châu Âu ... bắt đầu đàm phán gia
// nhập với Bosnia và Herzegovina") or the General Assembly tells of
// joining the EU or the UN. organizations.tsv has no column for this.
var organOf = map[string]string{"EC": "EU", "EUCO": "EU", "EP": "EU", "ECB": "EU", "UNGA": "UN"}

// orgDescribedThenListed reports list l after joining word c introduced
// by "gồm" after the organisation joined: "đã thể hiện sự quan tâm đến
// việc gia nhập BRICS - khối gồm Brazil, Nga, ...", "bày tỏ quan tâm đến
// việc gia nhập nhóm các quốc gia mới nổi bao gồm Brazil, ...". Those
// listed are the organisation's members, whoever wants to join it; with
// no word of a bloc before "gồm" the list is of those who join: "Các nước
// nộp đơn xin gia nhập BRICS gồm Thái Lan và Malaysia".
func orgDescribedThenListed(s *sentence, c cueHit, l countryList) bool {
	if l.start < c.end || !s.hasCueAt("join", c.start) {
		return false
	}
	org := false
	for i := c.end; i < l.start; i++ {
		org = org || s.toks[i].low == "nhóm" || s.toks[i].low == "khối"
		if org && s.toks[i].low == "gồm" {
			return true
		}
	}
	return false
}

// reelected reports an election word told as a re-election: "Xu-đăng và
// Đức đã liên tục trúng cử", "tiếp tục trúng cử". Those re-elected hold
// their seat already: members, whenever the new term begins.
func reelected(s *sentence, start int) bool {
	if start >= 2 {
		switch s.toks[start-2].low + " " + s.toks[start-1].low {
		case "liên tục", "tiếp tục":
			return true
		}
	}
	return false
}

// replacedSeats reads the members whose seats others take, listed right
// after "thay cho" or "thay thế" in a sentence about seats ("ủy viên",
// "thành viên"): "Các nước ủy viên này sẽ bắt đầu nhiệm kỳ 2 năm từ ngày
// 1/1/2025, thay cho Nhật Bản, Mozambique, Ecuador, Malta và Thụy Sĩ".
// They hold the seats until then: members of the organisation told.
// replacedClass holds the words of a class between "thay thế" and those
// replaced: "thay thế các nước Chad, Chile, Jordan, Litva và Nigeria".
// A seat named as someone's ("thay thế vị trí của Kuwait tại Hội đồng
// Bảo an", "Những nước này sẽ thay thế vị trí của Ấn Độ, Ireland") is a
// seat of an elected body only: "thay thế vị trí của Mỹ" is as often a
// market's rank.
var replacedClass = map[string]bool{"các": true, "nước": true, "quốc": true, "gia": true}

func replacedSeats(s *sentence, ls []countryList, org string, si int) []membership {
	var out []membership
	for _, l := range ls {
		k := l.start
		for k > 0 && replacedClass[s.toks[k-1].low] && l.start-k < 4 {
			k-- // "thay thế các nước Chad, Chile, ...": the class before the list
		}
		seatOf := k >= 2 && s.toks[k-1].low == "của" && s.toks[k-2].low == "trí" && k >= 3 && s.toks[k-3].low == "vị"
		if seatOf {
			k -= 3 // "thay thế vị trí của Ấn Độ, Ireland": whose seats
		}
		thayThe := k >= 2 && (s.toks[k-2].low == "thay" && (s.toks[k-1].low == "cho" || s.toks[k-1].low == "thế") || s.toks[k-2].low == "thế" && s.toks[k-1].low == "chỗ")
		thayTheCho := k >= 3 && s.toks[k-3].low == "thay" && s.toks[k-2].low == "thế" && s.toks[k-1].low == "cho"
		if !thayThe && !thayTheCho && !replacedNamedAfter(s, l.start) {
			continue
		}
		if seatOf && !electedBodies[org] {
			continue
		}
		if !electedBodies[org] && !s.hasPhrase(0, l.start, "ủy", "viên") && !s.hasPhrase(0, l.start, "uỷ", "viên") && !s.hasPhrase(0, l.start, "thành", "viên") {
			continue // an elected body's seats are what is replaced in it ("Việt Nam sẽ thay thế Kuwait tại Hội đồng Bảo an"); elsewhere a word of seats tells it
		}
		for _, iso := range l.isos {
			out = append(out, membership{country: iso, org: org, status: "member", sent: si, held: true})
		}
	}
	return out
}

// pactBefore reports a trade pact (pactOrgs) named before token i.
func pactBefore(s *sentence, i int) bool {
	for _, m := range s.ments {
		if m.kind == mOrg && m.end <= i && pactOrgs[m.id] {
			return true
		}
	}
	return false
}

// pactOrgs are the organisations that are trade pacts: the countries that
// sign or ratify the pact are its members (the annotation's rule, as dev
// 727, 776, 1109).
var pactOrgs = map[string]bool{"CPTPP": true, "RCEP": true, "TPP": true, "USMCA": true}

// signingAdverbs may stand between the signers and the verb: "New Zealand
// và Australia đồng thời phê chuẩn RCEP", "Mexico và Nhật Bản đã hoàn
// thành việc phê chuẩn CPTPP".
var signingAdverbs = map[string]bool{"đã": true, "cũng": true, "chính": true, "thức": true, "đồng": true, "thời": true, "vừa": true, "lần": true, "lượt": true, "hoàn": true, "thành": true, "tất": true, "việc": true}

// pactSigners reads the countries that sign or ratify a trade pact named
// right after the verb ("Việt Nam, Nhật Bản và Australia đã ký Hiệp định
// CPTPP", "New Zealand và Australia đồng thời phê chuẩn RCEP"): members of
// the pact. A signing to come or denied ("sẽ ký", "chưa ký") is none.
func pactSigners(s *sentence, ls []countryList, si int) []membership {
	var out []membership
	add := func(l countryList, org string) {
		for _, iso := range l.isos {
			out = append(out, membership{country: iso, org: org, status: "member", sent: si})
		}
	}
	for _, m := range s.ments {
		if m.kind != mOrg || !pactOrgs[m.id] {
			continue
		}
		if k := partyVerb(s, m.start); k >= 0 {
			for _, l := range ls {
				if l.end == k && (l.start == 0 || s.toks[l.start-1].low != "việc") {
					add(l, m.id) // "Anh đã tham gia Hiệp định CPTPP", not "về việc Bangladesh tham gia Hiệp định RCEP" (an accession)
				}
			}
		}
		if at := inForceFor(s, m.end); at >= 0 {
			for _, l := range ls {
				if l.start == at {
					add(l, m.id) // "RCEP có hiệu lực đối với Hàn Quốc"
				}
			}
		}
		for _, c := range s.cues {
			if c.cat != "signed" || c.end > m.start || m.start-c.end > 2 || (s.toks[c.start].low != "ký" && s.toks[c.start].low != "phê") {
				continue
			}
			if c.end < m.start && s.toks[c.end].low != "hiệp" {
				continue // "ký Hiệp định CPTPP": only the word of the pact between
			}
			k := c.start
			for k > 0 && signingAdverbs[s.toks[k-1].low] && c.start-k < 5 {
				k--
			}
			if k > 0 {
				switch s.toks[k-1].low {
				case "sẽ", "chưa", "không", "kiến", "định":
					continue // "sẽ ký", "chưa phê chuẩn", "dự kiến ký"
				}
			}
			for _, l := range ls {
				// the signers, or those of the subject listed in parentheses:
				// "11 thành viên còn lại của TPP (gồm Ô-xtrây-li-a, ..., Việt
				// Nam) đã chính thức ký Hiệp định CPTPP"
				if l.end == k || l.end == k-1 && s.toks[k-1].text == ")" {
					for _, iso := range l.isos {
						out = append(out, membership{country: iso, org: m.id, status: "member", sent: si})
					}
				}
			}
		}
	}
	return out
}

// partyVerb returns where the subject of "tham gia" ends when the verb
// stands right before a pact's name at token at ("Anh đã chính thức tham
// gia Hiệp định CPTPP", "tham gia vào RCEP"), past its adverbs; -1 when
// there is none, or the taking part is to come or denied.
func partyVerb(s *sentence, at int) int {
	j := at
	if j >= 2 && s.toks[j-2].low == "hiệp" && s.toks[j-1].low == "định" {
		j -= 2
	}
	if j >= 1 && s.toks[j-1].low == "vào" {
		j--
	}
	if j < 2 || s.toks[j-2].low != "tham" || s.toks[j-1].low != "gia" {
		return -1
	}
	k := j - 2
	for k > 0 && signingAdverbs[s.toks[k-1].low] && j-2-k < 4 {
		k--
	}
	if k > 0 {
		switch s.toks[k-1].low {
		case "sẽ", "chưa", "không", "kiến", "định", "muốn":
			return -1
		}
	}
	return k
}

// inForceFor returns where the list starts that a pact named before token
// from is in force for ("Hiệp định CPTPP có hiệu lực với Việt Nam từ ngày
// 14/1/2019", "RCEP chính thức có hiệu lực đối với Hàn Quốc"), or -1.
func inForceFor(s *sentence, from int) int {
	for j := from; j+2 < len(s.toks) && j < from+5; j++ {
		if s.toks[j].low != "hiệu" || s.toks[j+1].low != "lực" {
			continue
		}
		k := j + 2
		if s.toks[k].low == "đối" && k+1 < len(s.toks) {
			k++
		}
		if s.toks[k].low == "với" {
			return k + 1
		}
		return -1
	}
	return -1
}

// replacedNamedAfter reports list start i named with "là" after those a
// vote replaces, described with no country between: "thay thế các thành
// viên hết nhiệm kỳ vào ngày 31/12/2009 là Việt Nam, Costa Rica, ...".
func replacedNamedAfter(s *sentence, i int) bool {
	if i < 4 || s.toks[i-1].low != "là" {
		return false
	}
	for j := i - 2; j >= 1 && j >= i-16; j-- {
		if s.toks[j-1].low == "thay" && (s.toks[j].low == "thế" || s.toks[j].low == "cho") {
			return j+1 < i && (s.toks[j+1].low == "các" || s.toks[j+1].low == "những")
		}
		if s.toks[j-1].low == "thay" && (s.toks[j].low == "các" || s.toks[j].low == "những") {
			return true // "tiếp nhận nhiệm vụ thay các nước hết nhiệm kỳ là Ecuador, ...": "thay" alone
		}
		if countryWithin(s, j, 1) || s.toks[j].text == "," {
			return false
		}
	}
	return false
}

// foundsAnother reports a founding word followed by "một", "các" or
// "những": what is founded is a new body the words after describe ("thành
// lập một trung tâm điều phối", "đã thành lập một tiểu ban về vấn đề
// này", "sẽ thành lập các ủy ban chung"), not the organisation the
// sentence or the article names.
func foundsAnother(s *sentence, c cueHit) bool {
	if c.end >= len(s.toks) || c.end < 2 || s.toks[c.end-1].low != "lập" || s.toks[c.end-2].low != "thành" {
		return false // "thành viên sáng lập các tổ chức như ..." names whose founder it is
	}
	switch s.toks[c.end].low {
	case "một", "các", "những":
		return true
	}
	return false
}

// ofCommunity reports membership word c of the international community
// ("cộng đồng quốc tế") named within six words after it, before any
// organisation: "Ấn Độ cùng Brazil là hai thành viên cộng đồng quốc tế
// quan trọng", "thành viên tích cực, có trách nhiệm trong cộng đồng quốc
// tế": no body one is a member of.
func ofCommunity(s *sentence, c cueHit) bool {
	for j := c.end; j+3 < len(s.toks) && j <= c.end+6; j++ {
		if inOrg(s, j) {
			return false
		}
		if s.toks[j].low == "cộng" && s.toks[j+1].low == "đồng" && s.toks[j+2].low == "quốc" && s.toks[j+3].low == "tế" {
			return true
		}
	}
	return false
}

// relationWord reports "quan hệ" right before partner word c: "quan hệ
// đối tác Ai Cập - EU", "tầm quan trọng của quan hệ đối tác ASEAN-Hoa
// Kỳ", "chức năng lưu trữ pháp lý cho quan hệ đối tác của CPTPP" name a
// relationship, not a partner's status in an organisation.
func relationWord(s *sentence, c cueHit) bool {
	return c.start >= 2 && s.toks[c.start-2].low == "quan" && s.toks[c.start-1].low == "hệ"
}

// foundersOnce drops the plain membership of a country the same sentence
// names a founding member of the organisation: "Được thành lập với 4
// thành viên ban đầu là Brazil, Nga, Ấn Độ và Trung Quốc, BRICS hiện có 10
// quốc gia thành viên" tells one standing of each founder.
func foundersOnce(ms []membership) []membership {
	founder := func(m membership) bool {
		for _, f := range ms {
			if f.status == "founding_member" && f.country == m.country && f.org == m.org {
				return true
			}
		}
		return false
	}
	out := ms[:0]
	for _, m := range ms {
		if m.status != "member" || !founder(m) {
			out = append(out, m)
		}
	}
	return out
}

// levelWithOrganisation reads a partnership level between an
// organisation and a country ("quan hệ đối tác chiến lược ASEAN-New
// Zealand"): the country is the organisation's partner.
func (a *analysis) levelWithOrganisation(si int) []membership {
	s := a.sents[si]
	if !s.anyCue("partnership") {
		return nil
	}
	var out []membership
	for _, cl := range clauses(s) {
		for _, c := range s.cues {
			if c.cat != "partnership" || c.start < cl.start || c.end > cl.end || negated(s, c.start) || !levelNamed(s, c) {
				continue
			}
			isos := joinedPair(a, s, cl, c)
			if len(isos) != 2 {
				continue
			}
			for i, org := range isos {
				country := isos[1-i]
				if org != "EU" && !partnerCountry(org) && gazetteer.Default().Orgs[org] != nil && gazetteer.Default().Countries[country] != nil {
					out = append(out, membership{country: country, org: org, status: "partner", sent: si})
				}
			}
		}
	}
	return out
}

// laterTerm reports a term after the membership word that starts after
// the article's year: "đã bầu 14 nước thành viên Hội đồng Nhân quyền
// nhiệm kỳ 2026-2028" (elected in 2025) are members to be.
func (a *analysis) laterTerm(s *sentence, c cueHit) bool {
	for j := c.end; j+2 < len(s.toks) && j < c.end+12; j++ {
		if y := termAt(s, j); y != 0 {
			if _, held := s.hasCue("holding", c.end, len(s.toks)); held {
				return false
			}
			if a.pub.Year == 0 {
				// No date of the page's: a term that began before the
				// year the text suggests has begun; otherwise (the
				// suggested year may be the term's own) an election
				// told ("đã bầu ... nhiệm kỳ 2026-2028") is of a term to come.
				if a.anchor.Year != 0 && y < a.anchor.Year {
					return false
				}
				return s.hasToken("bầu", 0, c.start) || s.toks[c.start].low == "trúng" // "trúng cử vào ... nhiệm kỳ 2023-2025"
			}
			return y > a.pub.Year
		}
	}
	if s.hasToken("bầu", 0, c.start) || s.toks[c.start].low == "trúng" {
		// "Ngoài Việt Nam, 4 nước khác được bầu vào ghế Ủy viên không
		// thường trực ... là Niger, Tunisia": the term told before.
		if y := a.lastTerm; y != 0 && (a.pub.Year != 0 && y > a.pub.Year || a.pub.Year == 0 && a.anchor.Year != 0 && y > a.anchor.Year) {
			_, held := s.hasCue("holding", c.end, len(s.toks))
			return !held
		}
	}
	return false
}

// termWord is termAt's first test, cheap enough for every word of an
// article: a word that opens a term starts with 'n' ("nhiệm kỳ") or 'k'
// ("khóa").
func termWord(w string) bool { return w != "" && (w[0] == 'n' || w[0] == 'k') }

// termAt returns the first year of a term named at token j ("nhiệm kỳ
// 2020-2021", "Hội đồng bảo an khóa 2024-2025"), or 0.
func termAt(s *sentence, j int) int {
	w := s.toks[j].low
	if !termWord(w) {
		return 0
	}
	at := j + 2
	if w == "khóa" || w == "khoá" {
		at = j + 1
	} else if w != "nhiệm" || j+1 >= len(s.toks) || s.toks[j+1].low != "kỳ" {
		return 0
	}
	if at >= len(s.toks) {
		return 0
	}
	if y, k := calendar.LeadingInt(s.toks[at].text); k == 4 {
		return y
	}
	return 0
}

// joinersAfter returns the list named with "của" right after joining word
// c: "phê chuẩn hồ sơ xin gia nhập của Thụy Điển", "sự gia nhập của Nam
// Phi (năm 2010); Iran, Ai Cập": whose joining it is, whoever else the
// sentence names before.
func joinersAfter(s *sentence, ls []countryList, c cueHit) (countryList, bool) {
	if c.end+1 >= len(s.toks) || s.toks[c.end].low != "của" || !s.hasCueAt("join", c.start) {
		return countryList{}, false
	}
	for _, l := range ls {
		if l.start == c.end+1 {
			return l, true
		}
	}
	return countryList{}, false
}

// ownerAfterOrg returns the country named with "của" after the
// organisation that follows a word of joining: in "ủng hộ tiến trình gia
// nhập Liên minh châu Âu (EU) của Thổ Nhĩ Kỳ" Turkey is the one joining,
// whoever else the sentence names. "" when there is none.
func ownerAfterOrg(s *sentence, c cueHit) string {
	end := -1
	for _, m := range s.ments {
		if m.kind == mOrg && m.start >= c.end && m.start-c.end <= 2 {
			end = m.end
			break
		}
	}
	if end < 0 {
		return ""
	}
	if end+2 < len(s.toks) && s.toks[end].text == "(" {
		for j := end + 1; j < len(s.toks) && j < end+4; j++ {
			if s.toks[j].text == ")" {
				end = j + 1
				break
			}
		}
	}
	if end >= len(s.toks) || s.toks[end].low != "của" && s.toks[end].low != "từ" {
		return "" // "từ": "đã nhận được yêu cầu gia nhập chính thức CPTPP từ Ukraine"
	}
	for _, m := range s.ments {
		if m.kind == mCountry && m.start == end+1 {
			return m.id
		}
	}
	return ""
}

// ofTitle reports tokens [start, end) that qualify a title ("Thủ tướng
// Campuchia khi đó là Hun Sen", "Tổng thống Nga"): they name whose office
// it is, not who joins or signs.
func ofTitle(s *sentence, start, end int) bool {
	for _, o := range s.ments {
		if o.role != "" && len(o.keys) > 0 && o.start < start && end <= o.end+1 {
			return true
		}
	}
	return false
}

// signedToBecome reports member word c after "trở thành" that a
// document signed to that end comes before, up to ten words with no comma
// ("đã ký các văn kiện để trở thành thành viên đầy đủ của SCO", "việc
// Belarus ký bản ghi nhớ trở thành thành viên của SCO"): an accession
// under way, not yet a membership.
func signedToBecome(s *sentence, c cueHit) bool {
	i := c.start
	if i < 3 || s.toks[i-2].low != "trở" || s.toks[i-1].low != "thành" {
		return false
	}
	for j := i - 3; j >= 0 && j >= i-12; j-- {
		switch s.toks[j].low {
		case ",", ";":
			return false
		case "kết":
			if s.toks[j+1].low == "nạp" {
				return false // "ký Tuyên bố kết nạp Việt Nam trở thành thành viên của ASEAN": the admission itself
			}
		case "ký":
			return true
		}
	}
	return false
}

// purpose reports "trở thành" right before token i with "để" shortly
// before it: the status something aims at ("hoàn tất việc gia nhập để trở
// thành thành viên của OECD", "Lộ trình ... để Timor Leste trở thành thành
// viên đầy đủ"), not a fact of its own; so is "để có được tư cách thành
// viên" (what lobbying is for).
func purpose(s *sentence, i int) bool {
	if i >= 5 && s.toks[i-5].low == "để" && s.toks[i-4].low == "có" && s.toks[i-3].low == "được" && s.toks[i-2].low == "tư" && s.toks[i-1].low == "cách" {
		return true
	}
	if i < 3 || s.toks[i-2].low != "trở" || s.toks[i-1].low != "thành" {
		return false
	}
	for j := i - 3; j >= 0 && j >= i-8; j-- {
		if s.toks[j].low == "để" {
			return true
		}
	}
	return false
}

// admittedLater reports a joining word dated after the article ("sẽ ...
// khi chính thức kết nạp Timor Leste" in a sentence "vào tháng 10 tới"):
// an admission to come, an application today.
func (a *analysis) admittedLater(s *sentence, c cueHit) bool {
	if c.val != "member" {
		return false
	}
	for _, d := range s.dates {
		// Only a date the page gives says what is to come: one the text
		// fixes (the latest it names) is no later than its events.
		if termEnds(s, d) {
			continue // "18 thành viên sắp hết nhiệm kỳ vào ngày 31/12/2024": members till then
		}
		if d.Future || a.pub.Day != 0 && d.Date.Year != 0 && calendar.After(d.Date, a.anchor) {
			return true
		}
	}
	return false
}

// termEnds reports a date told as the end of a term ("hết nhiệm kỳ vào
// ngày 31/12/2024", "kết thúc nhiệm kỳ ngày 31/12/2022"): when a
// membership ends, not when one begins.
func termEnds(s *sentence, d calendar.Mention) bool {
	from, _ := s.tokenSpan(d.Start, d.End)
	for j := from - 1; j >= 1 && j >= from-4; j-- {
		if s.toks[j].low == "kỳ" && s.toks[j-1].low == "nhiệm" && j >= 2 {
			switch s.toks[j-2].low {
			case "hết", "thúc", "mãn":
				return true
			}
		}
	}
	return false
}

// observerAttending returns the list whose country attends a meeting of
// an organisation "với tư cách (là) quan sát viên", observer word c: the
// attending word, then the organisation, within ten words before "với"
// ("Thủ tướng Timor Leste được mời tham dự HNCC ASEAN lần đầu tiên với tư
// cách quan sát viên"), and the last list before the attending word,
// an office's country too. Observers of an event with no organisation
// named after the attending word ("tham gia với tư cách quan sát viên")
// hold no status in a body. It returns -1 when there is none.
func observerAttending(s *sentence, ls []countryList, c cueHit) int {
	i := c.start
	if i > 0 && s.toks[i-1].low == "là" {
		i--
	}
	if !(i >= 3 && asStatusAt(s, i-3)) {
		return -1
	}
	with := i - 3
	for _, a := range s.cues {
		if a.cat != "attend" || a.end > with || with-a.end > 10 {
			continue
		}
		org := false
		for _, m := range s.ments {
			if m.kind == mOrg && m.start >= a.end && m.end <= with {
				org = true
			}
		}
		if !org {
			continue
		}
		subject := -1
		for k, l := range ls {
			if l.end <= a.start {
				subject = k
			}
		}
		return subject
	}
	return -1
}

// asStatusAt reports "với tư cách" starting at token i.
func asStatusAt(s *sentence, i int) bool {
	return i+2 < len(s.toks) && s.toks[i].low == "với" && s.toks[i+1].low == "tư" && s.toks[i+2].low == "cách"
}

// asStatus reports "với tư cách" or "với tư cách là" right before token
// i: the status a joining named before it is to give, not a fact of its own.
func asStatus(s *sentence, i int) bool {
	at := i
	if i > 0 && s.toks[i-1].low == "là" {
		i--
	}
	if !(i >= 3 && s.toks[i-3].low == "với" && s.toks[i-2].low == "tư" && s.toks[i-1].low == "cách") {
		return false
	}
	// With no joining before it, it states the status held: "Nga và Pháp,
	// với tư cách là thành viên thường trực Hội đồng Bảo an".
	for _, c := range s.cues {
		if c.cat == "member" && c.end <= i-3 && at-c.end <= 12 {
			return true
		}
	}
	return false
}

// specificStatusAfter reports a status other than membership named just
// after a word of joining: "kết nạp Việt Nam trở thành “quốc gia đối tác”".
// A membership word with its own organisation right after it is a
// statement of its own: "Indonesia – một nước thành viên APEC – đã trở
// thành một quốc gia đối tác của BRICS".
func (a *analysis) specificStatusAfter(s *sentence, c cueHit) bool {
	if c.end < len(s.toks) && inOrg(s, c.end) {
		// "gia nhập BRICS với tư cách là các quốc gia đối tác": the
		// organisation, then the status joined as.
		j := c.end
		for j < len(s.toks) && inOrg(s, j) {
			j++
		}
		if !asStatusAt(s, j) {
			return false
		}
		c.end = j
	}
	for _, o := range s.cues {
		if o.cat == "member" && o.val != "member" && o.val != "founding_member" && o.start >= c.end && o.start-c.end <= 6 {
			return true
		}
	}
	return false
}

// joinsNoOrganisation reports a word of joining whose object is a name
// that is no organisation or country: "gia nhập TAC", "gia nhập Hiệp ước
// Thân thiện và Hợp tác" (a treaty).
func (a *analysis) joinsNoOrganisation(s *sentence, c cueHit) bool {
	if c.end >= len(s.toks) || !s.toks[c.end].upper {
		return false
	}
	for _, m := range s.ments {
		if m.start == c.end && (m.kind == mOrg || m.kind == mCountry || m.kind == mOrgRef || len(m.keys) > 0) {
			return false
		}
	}
	return true
}

// gathersLeaders reports "quy tụ" (cue c) followed by the leaders or
// delegates it brings together ("quy tụ các nhà lãnh đạo", "quy tụ đại
// diện"): a meeting's attendance, where a bloc "quy tụ" its member
// countries.
func gathersLeaders(s *sentence, c cueHit) bool {
	if s.toks[c.start].low != "quy" {
		return false
	}
	for j := c.end; j < len(s.toks) && j <= c.end+4; j++ {
		switch s.toks[j].low {
		case "các", "những", "nhà", "hơn", "gần", "hàng", "loạt", "nhiều", "đông", "đảo": // "quy tụ hàng loạt nguyên thủ", "quy tụ đông đảo lãnh đạo"
		case "lãnh", "đại", "nguyên", "người":
			return true // "lãnh đạo", "đại diện", "đại biểu", "nguyên thủ", "người đứng đầu"
		default:
			return false
		}
	}
	return false
}

// leaderSubject returns the country of the leader who is the subject of
// joining word c, up to four words before it besides those of applying
// ("Tổng thống Argentina Javier Milei đã từ chối lời mời gia nhập BRICS",
// "Thủ tướng Thái Lan Srettha Thavisin muốn gia nhập BRICS"): he speaks
// for his country.
func leaderSubject(s *sentence, c cueHit) (countryList, bool) {
	if !s.hasCueAt("join", c.start) {
		return countryList{}, false // "Thủ tướng Ấn Độ Narendra Modi đề xuất thành lập nhóm không gian BRICS": a founding proposed, no joining
	}
	for _, m := range s.ments {
		if (m.kind != mLeader && m.kind != mDesc) || m.country == "" || m.end > c.start || c.start-m.end-applyingWords(s, m.end, c.start) > 4 {
			continue
		}
		if s.hasPhrase(max(0, m.start-2), m.end, "đồng", "cấp") || s.hasToken(":", m.end, c.start) {
			continue // "chuyển tới người đồng cấp Nga Sergei Lavrov văn bản ... bày tỏ ý định gia nhập BRICS": the counterpart addressed (counterpartOf); "Ngoại trưởng Nga: số quốc gia muốn gia nhập ...": the speaker
		}
		if refusedInvitation(s, c) || ownApplying(s, m.end, c.start) {
			return countryList{start: m.start, end: m.end, isos: []string{m.country}}, true
		}
	}
	return countryList{}, false
}

// ownApplying reports a word of one's own wish or application in tokens
// [from, to) ("muốn", "xin", "nộp đơn", "quyết tâm"), not one about
// another's joining ("phản đối", "ủng hộ", "mời").
func ownApplying(s *sentence, from, to int) bool {
	for _, c := range s.cues {
		if c.cat != "applicant" || c.start < from || c.end > to {
			continue
		}
		switch s.toks[c.start].low {
		case "muốn", "mong", "xin", "nộp", "đệ", "đơn", "quyết", "hy", "mục", "dự", "ý", "nguyện", "tìm", "cân":
			return true
		}
	}
	return false
}

// refusedInvitation reports "từ chối lời mời" or "bác bỏ lời mời" right
// before joining word c, "trở thành" between them allowed: "Argentina từ
// chối lời mời gia nhập BRICS", "đã từ chối lời mời trở thành thành viên".
func refusedInvitation(s *sentence, c cueHit) bool {
	k := c.start
	if k >= 2 && s.toks[k-2].low == "trở" && s.toks[k-1].low == "thành" {
		k -= 2
	}
	return k >= 4 && (s.toks[k-4].low == "từ" && s.toks[k-3].low == "chối" || s.toks[k-4].low == "bác" && s.toks[k-3].low == "bỏ") && s.toks[k-2].low == "lời" && s.toks[k-1].low == "mời"
}

// topicLabel reports a country, the joining word c and the organisation,
// then a colon: "Ukraine gia nhập EU: Kiev nhận tin vui lớn từ Liên minh
// châu Âu" labels a story (a related link, a caption, a headline repeated
// after a byline) by the accession it follows, which tells no one joined.
func topicLabel(s *sentence, c cueHit) bool {
	if c.start == 0 || !s.hasCueAt("join", c.start) {
		return false
	}
	m := mentionAt(s, c.end)
	if m == nil || m.kind != mOrg || m.end >= len(s.toks) || s.toks[m.end].text != ":" {
		return false
	}
	for _, subj := range s.ments {
		if subj.kind == mCountry && subj.end == c.start {
			return true
		}
	}
	return false
}

// currentlyListed reports a list introduced by "hiện bao gồm", "hiện
// gồm" after a founding word c: today's members, not the founders.
func currentlyListed(s *sentence, c cueHit) (founding, ok bool) {
	if c.val != "founding_member" {
		return false, false
	}
	for j := c.end; j+1 < len(s.toks) && j < c.end+12; j++ {
		if s.toks[j].low == "hiện" && (s.toks[j+1].low == "bao" || s.toks[j+1].low == "gồm" || s.toks[j+1].low == "nay") {
			return true, true
		}
	}
	return false, false
}

// listGoesOn reads a sentence that only lists the countries the sentence
// before gave a status: "... sẽ chính thức có tư cách là quốc gia đối tác
// BRICS. Bao gồm Belarus, Bolivia, Indonesia ...".
func (a *analysis) listGoesOn(si int) []membership {
	s := a.sents[si]
	if si == 0 || len(s.toks) < 3 {
		return nil
	}
	at := 0
	switch {
	case s.toks[0].low == "bao" && s.toks[1].low == "gồm":
		at = 2
	case s.toks[0].low == "gồm":
		at = 1
	default:
		return nil
	}
	ls := lists(s)
	if len(ls) == 0 || ls[0].start > at+3 {
		return nil
	}
	prev := a.sents[si-1]
	org, _ := a.sentenceOrg(prev)
	var cue *cueHit
	for i := range prev.cues {
		if c := prev.cues[i]; c.cat == "member" && c.val != "founding_member" && !negatedWithin(prev, c.start, 5) {
			cue = &prev.cues[i]
		}
	}
	if cue == nil {
		return nil
	}
	if orgs := a.orgsAfter(prev, *cue); len(orgs) > 0 {
		org = orgs[0]
	}
	if org == "" {
		return nil
	}
	var out []membership
	for _, iso := range ls[0].isos {
		out = append(out, membership{country: iso, org: org, status: cue.val, sent: si})
	}
	return out
}

// anniversary reports "kỷ niệm 20 năm thành lập": the founding is dated,
// no founder named. "năm" after "một trong" is the number five, no years
// (oneOfFive: "Pháp là một trong năm thành viên thường trực của Hội đồng
// Bảo an", "một trong năm thành viên sáng lập ASEAN").
func anniversary(s *sentence, c cueHit) bool {
	i := c.start - 1
	if i > 0 && s.toks[i].low == "ngày" {
		i-- // "58 năm Ngày thành lập ASEAN"
	}
	return i >= 0 && s.toks[i].low == "năm" && !oneOfFive(s, i)
}

// oneOfFive reports "năm" at token i as the number five: "một trong
// năm", or after a word that counts what follows ("Hội đồng Bảo an có năm
// thành viên thường trực là ...", "gồm năm thành viên sáng lập").
func oneOfFive(s *sentence, i int) bool {
	if i >= 1 {
		switch s.toks[i-1].low {
		case "có", "gồm", "với":
			return true
		}
	}
	return i >= 2 && s.toks[i-1].low == "trong" && s.toks[i-2].low == "một"
}

// subjectAfterOrg returns the country that opens the main clause after
// "N năm gia nhập <ORG>,": "Sau 30 năm gia nhập ASEAN, Việt Nam đã ...",
// "Trong 24 năm tham gia APEC, Việt Nam ..." tell how long it has been a
// member. "" when there is none.
func subjectAfterOrg(s *sentence, c cueHit) string {
	for i, m := range s.ments {
		if m.kind != mOrg || m.start != c.end {
			continue
		}
		if m.end+1 < len(s.toks) && s.toks[m.end].text == "," && i+1 < len(s.ments) {
			if n := s.ments[i+1]; n.kind == mCountry && n.start == m.end+1 {
				return n.id
			}
		}
	}
	return ""
}

// plannedBefore reports a marker of the future ("sẽ", "dự kiến") before
// membership word c in its sentence, or an act of joining done at an
// occasion still to come: "kết nạp Timor Leste ngay tại hội nghị sắp tới".
func plannedBefore(s *sentence, c cueHit) bool {
	for _, p := range s.cues {
		if p.cat == "planned" && p.end <= c.start && c.start-p.end <= 8 && !s.hasToken("vẫn", p.end, c.start) && !s.hasCueBetween("meet", p.end, c.start) && !s.hasToken("cùng", p.end, c.start) && !s.hasToken("của", p.end, c.start) && !replacing(s, p.end, c.start) {
			// (not "Kế hoạch thăm hai nước thành viên ASEAN": the visit is
			// planned; nor "sẽ cùng 5 nước uỷ viên thường trực ... thực
			// hiện": what they are to do together is; nor "dự kiến có Thủ
			// tướng của 4 nước thành viên Ủy hội": who is to attend is)
			return true
		}
		if p.cat == "planned" && p.val == "after" && p.start >= c.end && p.start-c.end <= 8 && s.hasCueAt("join", c.start) {
			return true
		}
		if p.cat == "planned" && p.start >= c.end && p.start-c.end <= 8 && nominalJoin(s, c) {
			return true // "Việc Chile gia nhập RCEP dự kiến sẽ mở rộng ...": a joining to come
		}
	}
	return false
}

// replacing reports "thay thế" in tokens [from, to): "sẽ thay thế 18
// thành viên ...", "sẽ bắt đầu nhiệm kỳ từ ngày 1/1/2024 và thay thế cho
// các nước ủy viên ... sắp mãn nhiệm": what is to come is the replacing;
// those replaced are members now.
func replacing(s *sentence, from, to int) bool {
	for i := from; i+1 < to; i++ {
		if s.toks[i].low == "thay" && s.toks[i+1].low == "thế" {
			return true
		}
	}
	return false
}

// nominalJoin reports a joining told as a noun, "việc" and the country
// right before the membership word: "Việc Chile gia nhập RCEP".
func nominalJoin(s *sentence, c cueHit) bool {
	for _, m := range s.ments {
		if m.kind == mCountry && m.end == c.start && m.start > 0 && s.toks[m.start-1].low == "việc" {
			return true
		}
	}
	return false
}

// listAfterGom returns a list introduced by "gồm" later in the sentence
// than membership word c, not already taken: "BRICS được thành lập năm
// 2006 ..., ban đầu gồm 4 nước Brazil, Nga, Ấn Độ và Trung Quốc".
func (a *analysis) listAfterGom(s *sentence, ls []countryList, c cueHit, taken []countryList) []countryList {
	for _, l := range ls {
		if l.start < c.end || slices.ContainsFunc(taken, func(t countryList) bool { return t.start == l.start }) {
			continue
		}
		if slices.ContainsFunc(s.cues, func(o cueHit) bool { return o.cat == "member" && o.start >= c.end && o.end <= l.start }) {
			return nil // the list is another membership word's
		}
		for j := l.start - 1; j >= c.end && j >= l.start-4; j-- {
			if s.toks[j].low == "gồm" {
				return []countryList{l}
			}
		}
	}
	return nil
}

// orgLists returns the memberships of lists in parentheses right after an
// organisation: "các nước thuộc nhóm G7 (Anh, Mỹ, Đức, ...)", "ASEAN+3
// (ba nước Hàn Quốc, Trung Quốc, Nhật Bản)".
func (a *analysis) orgLists(s *sentence, ls []countryList, si int) []membership {
	var out []membership
	for _, m := range s.ments {
		if m.kind != mOrg || m.end+1 >= len(s.toks) || s.toks[m.end].text != "(" {
			continue
		}
		at := m.end + 1
		if j := blocAndCountries(s, at); j > at {
			at = j // "ASEAN+3 (Hiệp hội các quốc gia Đông Nam Á và ba nước Hàn Quốc, ...)": the bloc, then the countries
		}
		if at+2 < len(s.toks) && (isDigitWord(s.toks[at].text) || countWords[s.toks[at].low] > 0) && s.toks[at+1].low == "nước" {
			at += 2 // "(ba nước Hàn Quốc, ...)": their count, then who
		}
		for _, l := range ls {
			if l.start == at && len(l.isos) >= 2 {
				for _, iso := range l.isos {
					out = append(out, membership{country: iso, org: m.id, status: "member", sent: si})
				}
			}
		}
	}
	return out
}

// blocAndCountries returns the token after "và" when the parentheses
// opened before token at name an organisation first, then "và" and the
// countries ("(Hiệp hội các quốc gia Đông Nam Á và ba nước Hàn Quốc,
// Trung Quốc, Nhật Bản)"); else at.
func blocAndCountries(s *sentence, at int) int {
	m := mentionAt(s, at)
	if m == nil || m.kind != mOrg || m.end+1 >= len(s.toks) || s.toks[m.end].low != "và" {
		return at
	}
	return m.end + 1
}

// orgIncludes reads "SCO bao gồm các thành viên là Nga, Trung Quốc, ...,
// 4 quốc gia Trung Á là Kazakhstan, ...", "BRICS ban đầu bao gồm Brazil,
// Nga ...": every list after an organisation and "gồm" in the clause are
// its members, its founders when "ban đầu" says so.
func (a *analysis) orgIncludes(s *sentence, ls []countryList, si int) []membership {
	var out []membership
	for _, m := range s.ments {
		if m.kind == mOrgRef {
			// "Khối này gồm ...", "Nó bao gồm ..." (a sentence's first
			// word): the organisation told before.
			if ref := a.referredOrg(s, m); ref != "" {
				m.kind, m.id = mOrg, ref
			}
		}
		if m.kind != mOrg || ownerOfSubject(s, m) {
			continue
		}
		at, founding, counted := a.includesAt(s, m)
		if at < 0 || slices.ContainsFunc(s.cues, func(c cueHit) bool {
			return c.cat == "member" && c.val != "member" && c.end <= m.start && (m.start-c.end <= 1 || statusOfOrg(s, c.end, m.start))
		}) {
			continue // "Các quốc gia quan sát viên SCO gồm ...", "các Đối tác chủ chốt của OECD gồm ...": the status word's list
		}
		if s.hasCueEndingAt("join", m.start) {
			continue // "15 quốc gia khác quan tâm đến việc gia nhập BRICS gồm Bahrain, Belarus, ...": who would join, as the joining word reads them
		}
		if a.officeOfOrg(s, m) {
			continue // "các nước khác cùng trúng cử làm Phó Chủ tịch Đại hội đồng Liên Hợp Quốc khóa 77 gồm Benin, ...": who hold the office
		}
		if attendeesOf(s, m) {
			continue // "Những người tham dự Diễn đàn Trung Quốc - CELAC bao gồm Tổng thống Brazil, Colombia và Chile": who attend its meeting
		}
		status := "member"
		if founding {
			status = "founding_member"
		} else if counted && (a.admittedLater(s, cueHit{val: "member"}) || plannedCount(s, at)) {
			status = "applicant" // "Từ ngày 1/1/2024, BRICS có thêm 5 nước là ..." told before that day
		}
		out = append(out, a.includedLists(s, ls, m, at, status, si)...)
	}
	return out
}

// officeOfOrg reports an office title that ends right before
// organisation m ("Phó Chủ tịch Đại hội đồng Liên Hợp Quốc", "Chủ tịch
// ASEAN"): a list after it names the holders of the office, not members.
// A meeting of the office's holders ("Hội nghị Bộ trưởng Ngoại giao
// ASEAN gồm ...") is of the organisation's members.
func (a *analysis) officeOfOrg(s *sentence, m mention) bool {
	for k := m.start - 1; k >= 0 && k >= m.start-3; k-- {
		for _, t := range a.lx.at(s.toks, k) {
			e, ok := t.has(kTitle)
			if t.end != m.start || !ok || e.rank == "honorific" || e.rank == "non_official" || s.hasCueAt("member", k) {
				continue
			}
			return !s.hasCueEndingAt("meet", k)
		}
	}
	return false
}

// attendeesOf reports organisation m named, up to five words after
// "người tham dự" with no comma between, as what the people listed
// attend: "Những người tham dự Diễn đàn Trung Quốc - CELAC bao gồm Tổng
// thống Brazil, Colombia và Chile". Attending states no membership;
// countries that take part in a framework ("Các quốc gia tham dự Khuôn
// khổ Kinh tế ... gồm") are its members.
func attendeesOf(s *sentence, m mention) bool {
	for j := m.start - 1; j >= 2 && j >= m.start-6; j-- {
		if s.toks[j].text == "," {
			return false
		}
		if s.toks[j].low == "dự" && s.toks[j-1].low == "tham" {
			return s.toks[j-2].low == "người"
		}
	}
	return false
}

// includesAt returns where the list of what organisation m includes
// starts, after "gồm", "như", "có N nước là", "trong đó có" or a count of
// those taking part, within a reach that a description of the
// organisation lengthens; -1 when none. founding tells "ban đầu", counted
// a list told by its count.
func (a *analysis) includesAt(s *sentence, m mention) (at int, founding, counted bool) {
	after, reach, copula := includesReach(s, m)
	at, founding, counted = includedAfterWord(s, m, reach, copula)
	if at < 0 && copula {
		at = listAfterCopula(s, m, after)
	}
	if at < 0 {
		at = countedParticipantsAfter(s, m)
	}
	return at, founding, counted
}

// includesReach returns how far after organisation m the word that opens
// its list may come (reach), the token after its name and a "này" or "đó"
// (after), and whether "là" follows it: a description of the
// organisation between lengthens the reach.
func includesReach(s *sentence, m mention) (after, reach int, copula bool) {
	reach = 4
	if m.end+1 < len(s.toks) && (s.toks[m.end].text == "–" || s.toks[m.end].text == "-" || s.toks[m.end].text == ",") && s.hasCueAt("orgref", m.end+1) {
		reach = 12 // "BRICS – nhóm các nền kinh tế mới nổi gồm Brazil, ...": described, then listed
	}
	after = m.end
	if after < len(s.toks) && (s.toks[after].low == "này" || s.toks[after].low == "đó") {
		after++ // "tổ chức này là ..."
	}
	copula = after < len(s.toks) && s.toks[after].low == "là"
	if !copula {
		if j := subjectAsides(s, after); j > after && j < len(s.toks) && s.toks[j].low == "là" {
			after, copula = j, true // "Nhóm G7 (Group of Seven), được thành lập vào năm 1976, là một liên minh gồm 7 nước ...: A, B"
		}
	}
	if copula {
		// "GCC là một liên minh chính trị và kinh tế của các quốc gia
		// ở Vịnh Ba Tư, bao gồm Bahrain, Oman, ...": described, then listed.
		reach = after - m.end + 20
	}
	return after, reach, copula
}

// subjectAsides returns where the asides after an organisation's name
// at token i end: a ")" closing the parentheses the name stands in ("Nhóm
// 7 nước công nghiệp phát triển (Nhóm G7)"), other names in parentheses
// ("(Group of Seven)"), and one clause between commas ("được thành lập
// vào năm 1976,"), up to twelve words, with no country or number of
// organisations among them; else i.
func subjectAsides(s *sentence, i int) int {
	j := i
	if j < len(s.toks) && s.toks[j].text == ")" {
		j++
	}
	if j < len(s.toks) && s.toks[j].text == "(" {
		k := j + 1
		for k < len(s.toks) && k <= j+8 && s.toks[k].text != ")" && s.toks[k].text != "(" {
			k++
		}
		if k >= len(s.toks) || s.toks[k].text != ")" || countryWithin(s, j+1, k-j-1) {
			return i
		}
		j = k + 1
	}
	if j < len(s.toks) && s.toks[j].text == "," {
		k := j + 1
		for k < len(s.toks) && k <= j+13 && s.toks[k].text != "," && (s.toks[k].word || inDate(s, k)) && !inMention(s, k) {
			k++
		}
		if k >= len(s.toks) || s.toks[k].text != "," || k == j+1 {
			return i
		}
		j = k + 1
	}
	return j
}

// includedAfterWord returns where the list opened by a word within reach
// after organisation m starts ("gồm", "như", "có N nước là", "trong đó
// có"), or -1; founding when "ban đầu" tells it, counted when a count
// opens it.
func includedAfterWord(s *sentence, m mention, reach int, copula bool) (at int, founding, counted bool) {
	at = -1
	for j := m.end; j < len(s.toks) && j < m.end+reach && !(copula && j > m.end && namedOrgAt(s, j)); j++ {
		switch s.toks[j].low {
		case "ban":
			founding = true
		case "gồm":
			at = j + 1
		case "như":
			if (j == m.end || j == m.end+1 && (s.toks[m.end].low == "mới" || s.toks[m.end].low == "khác")) && countriesOfOrg(s, m) {
				at = j + 1 // "các nước ASEAN như Việt Nam, Lào và Campuchia", "các nước BRICS mới như Ai Cập", "các nước ASEAN khác như ..."
			}
		case "có":
			if end := countedMembers(s, j); end > 0 {
				at, counted = end, true // "BRICS hiện có 10 nước là Brazil, ...", "có thêm 5 nước là Ai Cập, ...": members by count, then named
			}
		case "trong":
			if (j == m.end || j == m.end+1 && s.toks[m.end].text == ",") && j+2 < len(s.toks) && s.toks[j+1].low == "đó" && s.toks[j+2].low == "có" && countriesOfOrg(s, m) {
				at = j + 3 // "các nước trong Liên minh châu Phi, trong đó có Nigeria": some of the class named
			}
		}
	}
	return at, founding, counted
}

// listAfterCopula returns where a list after "là" starts when it names
// those taking part or a counted class of the organisation, else -1.
func listAfterCopula(s *sentence, m mention, after int) int {
	if m.start >= 2 && s.toks[m.start-2].low == "tham" && s.toks[m.start-1].low == "gia" {
		return after + 1 // "Các nước tham gia tổ chức này là Ấn Độ, Kazakhstan, ..."
	}
	if after == m.end && countedClass(s, m) && countryWithin(s, after+1, 1) {
		return after + 1 // "Ba nước ASEAN là Việt Nam, Philippines và Malaysia", "Các nước ASEAN là ..."
	}
	return -1
}

// countedParticipantsAfter returns where the list after a count of those
// taking part starts, reaching further, to the next organisation: "EAS
// có sự tham gia của 18 nước như ...", "RCEP là một Hiệp định thương mại
// tự do (FTA) có sự tham gia của 15 nước, gồm ..."; -1 when none.
func countedParticipantsAfter(s *sentence, m mention) int {
	at := -1
	for j := m.end; at < 0 && j < len(s.toks) && j < m.end+14 && !inOrg(s, j); j++ {
		if end := countedParticipants(s, j); end > 0 {
			at = end
		}
	}
	return at
}

// includedLists returns the memberships with status in organisation m of
// the lists that start at or after at, up to where the list ends, and of
// those named before it after "ngoài" that it goes on.
func (a *analysis) includedLists(s *sentence, ls []countryList, m mention, at int, status string, si int) []membership {
	var out []membership
	for _, l := range ls {
		if l.end <= m.start && besidesGoesOn(s, l.end, at) {
			// "ngoài Liên bang Nga, Brazil, ..., hiện nay BRICS bao gồm
			// Ai Cập, ...": those "ngoài" names are members too.
			for _, iso := range l.isos {
				out = append(out, membership{country: iso, org: m.id, status: status, sent: si})
			}
		}
	}
	prev := -1
	for _, l := range ls {
		if l.start < at || slices.ContainsFunc(s.cues, func(c cueHit) bool {
			return c.cat == "member" && c.start >= at && c.end <= l.start && c.val != "member"
		}) {
			continue
		}
		if prev < 0 && belongsTo(s, l.start) {
			continue // "gồm 5 quốc gia thuộc Liên Xô cũ: Nga, Armenia, ...": what the members belonged to; they come next
		}
		if prev >= 0 && !a.anotherItem(s, prev, l.start) {
			break // "..., và mở rộng khi Ai Cập, Iran": the list has ended
		}
		if prev < 0 && l.start > at && (placeOrSource(s, l.start) || s.toks[l.start-1].low == "cho") {
			break // "Liên minh này gồm hơn 30 quốc gia cùng hợp tác để hỗ trợ cho Ukraine": who is helped
		}
		if prev < 0 && countedThenClause(s, at, l.start) {
			break // "Liên minh châu Âu (EU), khối gồm 27 quốc gia, đã nhất trí trừng phạt Nga, Belarus": the members counted, then another clause's objects
		}
		if prev < 0 && otherClauseBetween(s, at, l.start) {
			break // "G20 gồm 19 nền kinh tế và EU, AU; các nước khách mời năm nay là Tây Ban Nha": another clause's, the guests
		}
		for _, iso := range l.isos {
			out = append(out, membership{country: iso, org: m.id, status: status, sent: si})
		}
		prev = l.end
	}
	return out
}

// countedThenClause reports tokens [from, to) after "gồm" that count the
// members ("27 quốc gia") and then, after a comma, go on with words that
// introduce or go on with no list ("là", "như", ":", "gồm", "có",
// "cùng với", "và"): the list at to is another clause's.
func countedThenClause(s *sentence, from, to int) bool {
	if from >= to || !isDigitWord(s.toks[from].text) && countWords[s.toks[from].low] == 0 {
		return false
	}
	comma := -1
	for j := from; j < to; j++ {
		if s.toks[j].text == "," {
			comma = j
		}
	}
	if comma < 0 {
		return false
	}
	for j := comma + 1; j < to; j++ {
		switch s.toks[j].low {
		case "là", "như", ":", "gồm", "có", "cùng", "với", "và": // "bao gồm 10 thành viên của ASEAN, cùng với Nhật Bản, ..."
			return false
		}
	}
	return true
}

// statusOfOrg reports tokens [from, to) between a status word and the
// organisation after it as at most two plain lower-case words and "của":
// "các Đối tác chủ chốt của OECD gồm Brazil, ...", "các nước quan sát
// viên chính thức của SCO gồm ..." name the class the list is of.
func statusOfOrg(s *sentence, from, to int) bool {
	if to-from < 2 || to-from > 3 || s.toks[to-1].low != "của" {
		return false
	}
	for i := from; i < to-1; i++ {
		if t := s.toks[i]; !t.word || t.upper {
			return false
		}
	}
	return true
}

// ownerOfSubject reports organisation m named after "của" as the owner of
// what another organisation, the sentence's subject before "là", is: "Hội
// đồng Bảo an là cơ quan quyền lực nhất của Liên hợp quốc, gồm 5 nước ủy
// viên thường trực (...)" lists the Council's members, not the UN's.
func ownerOfSubject(s *sentence, m mention) bool {
	if m.start == 0 || s.toks[m.start-1].low != "của" {
		return false
	}
	return slices.ContainsFunc(s.ments, func(o mention) bool {
		return o.kind == mOrg && o.end < m.start && o.end < len(s.toks) && s.toks[o.end].low == "là"
	})
}

// countedMembers reports "có" at token i, then "thêm" if any, a count
// of countries and "là" ("có 10 nước là", "có thêm 5 quốc gia là"): the
// members an organisation has, named next. It returns the token after
// "là", or 0; a count denied ("chưa có") is none, and one to come only
// when told as added ("sẽ có thêm 5 nước là": admitted later).
func countedMembers(s *sentence, i int) int {
	t := s.toks
	if t[i].low != "có" || i > 0 && (t[i-1].low == "chưa" || t[i-1].low == "không") {
		return 0
	}
	k := i + 1
	if k < len(t) && t[k].low == "thêm" {
		k++
	} else if i > 0 && t[i-1].low == "sẽ" {
		return 0 // "sẽ có 10 nước là": what it would be, no admission told
	}
	if k+2 >= len(t) || !isDigitWord(t[k].text) && countWords[t[k].low] == 0 {
		return 0
	}
	switch k++; t[k].low {
	case "nước":
		k++
	case "quốc":
		if t[k+1].low != "gia" {
			return 0
		}
		k += 2
	default:
		return 0
	}
	if k < len(t) && t[k].low == "là" {
		return k + 1
	}
	return 0
}

// plannedCount reports "sẽ" before the "có" of a count whose list
// starts at token at ("BRICS sẽ có thêm 5 nước là ..."): those named are
// to be admitted.
func plannedCount(s *sentence, at int) bool {
	for j := at - 1; j >= 1 && j >= at-7; j-- {
		if s.toks[j].low == "có" {
			return s.toks[j-1].low == "sẽ"
		}
	}
	return false
}

// countedParticipants reports "có sự tham gia của" and a count of
// countries at token i ("có sự tham gia của 15 nước", "18 quốc gia"): an
// organisation or agreement told with how many take part in it, whose
// list comes next. It returns the token after the count, or 0. Without
// a count, those who take part may be guests of a summit.
func countedParticipants(s *sentence, i int) int {
	t := s.toks
	if i+5 >= len(t) || t[i].low != "sự" || t[i+1].low != "tham" || t[i+2].low != "gia" || t[i+3].low != "của" || !isDigitWord(t[i+4].text) && countWords[t[i+4].low] == 0 {
		return 0 // "15 nước", "sáu nước ven sông gồm ..."
	}
	switch t[i+5].low {
	case "nước", "thành": // "15 nước", "15 thành viên"
		return i + 6
	case "quốc":
		return i + 7 // "15 quốc gia"
	}
	return 0
}

// isCountryOfOrg reads "Nhật Bản là nước G7 duy nhất ở châu Á",
// "Singapore là một quốc gia ASEAN": the countries before "là" are
// members of the organisation that qualifies "nước"/"quốc gia".
func isCountryOfOrg(s *sentence, ls []countryList, si int) []membership {
	var out []membership
	for _, m := range s.ments {
		if m.kind != mOrg {
			continue
		}
		j := orgClassWord(s, m)
		if j < 0 {
			continue
		}
		if j = classCopula(s, j); j < 0 {
			continue
		}
		subject := -1
		for i, l := range ls {
			if l.end == j {
				subject = i
			}
		}
		if subject < 0 && s.toks[j-1].low == "và" && len(ls) > 0 && ls[0].end < j && copulaAt(s, ls[0].end) {
			// "Nhật Bản hiện là đối tác ... của Việt Nam và là nước G7 đầu
			// tiên ...": the second "là" has the first one's subject.
			subject = 0
		}
		if subject >= 0 {
			for _, iso := range ls[subject].isos {
				out = append(out, membership{country: iso, org: m.id, status: "member", sent: si})
			}
		}
	}
	return out
}

// orgClassWord returns the first token of the class word, "nước" or
// "quốc gia", that organisation m qualifies ("nước G7", "quốc gia ASEAN"),
// past a rank or region between them ("nước đầu tiên trong Liên minh
// châu Âu (EU)", "quốc gia duy nhất của G7", "ba nước Mỹ Latinh trong
// APEC", "hai nước châu Á thuộc OECD"); -1 when there is none.
func orgClassWord(s *sentence, m mention) int {
	j := m.start - 1
	if j >= 2 && (s.toks[j].low == "trong" || s.toks[j].low == "của" || s.toks[j].low == "thuộc") {
		switch {
		case s.toks[j-2].low == "đầu" && s.toks[j-1].low == "tiên", s.toks[j-2].low == "duy" && s.toks[j-1].low == "nhất":
			if j -= 3; j >= 0 && s.toks[j].low != "nước" && s.toks[j].low != "gia" {
				if j = classWordBefore(s, j+1); j < 0 {
					return -1 // "nước châu Á duy nhất trong G7": the region, then the rank
				}
			}
		default:
			if j = classWordBefore(s, j); j < 0 {
				return -1
			}
		}
	}
	switch {
	case j >= 0 && s.toks[j].low == "nước":
		return j
	case j >= 1 && s.toks[j-1].low == "quốc" && s.toks[j].low == "gia":
		return j - 1
	}
	return -1
}

// classCopula returns the "là" (or the "trở" of "trở thành") that says
// what the class word at token j is said of, past a count or an article
// ("là một quốc gia ASEAN", "là ba nước Mỹ Latinh trong APEC", "là một
// trong ba quốc gia G20", "Pháp trở thành nước đầu tiên trong EU"); -1
// when there is none or it is negated.
func classCopula(s *sentence, j int) int {
	j--
	if j >= 0 && (s.toks[j].low == "một" || s.toks[j].low == "các" || s.toks[j].low == "những" || isDigitWord(s.toks[j].text) || countWords[s.toks[j].low] > 0) {
		j--
	}
	if j >= 2 && s.toks[j].low == "trong" && s.toks[j-1].low == "một" {
		j -= 2
	}
	if j >= 2 && s.toks[j-1].low == "trở" && s.toks[j].low == "thành" {
		return j - 1
	}
	if j < 1 || s.toks[j].low != "là" || negatedWithin(s, j, 2) {
		return -1
	}
	return j
}

// classWordBefore returns the token ending "nước" or "quốc gia" that
// up to four words of description precede at token i ("nước Mỹ Latinh",
// "nước châu Á duy nhất"), or -1: plain words and names of no country,
// organisation or cue ("nước chủ nhà", "nước đối tác", "nước láng giềng
// của Mỹ" say another standing or relation).
func classWordBefore(s *sentence, i int) int {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		t := s.toks[j]
		if t.low == "nước" || t.low == "gia" && j > 0 && s.toks[j-1].low == "quốc" {
			if j == i-1 {
				return -1 // "nước của G7": no description, another reading's
			}
			return j
		}
		if !t.word || inMention(s, j) || standingCueAt(s, j) {
			return -1
		}
		switch t.low {
		case "chủ", "nhà", "láng", "giềng", "là", "và":
			return -1
		}
	}
	return -1
}

// standingCueAt reports token i inside a word of membership or joining
// ("đối tác", "ứng viên", "gia nhập").
func standingCueAt(s *sentence, i int) bool {
	for _, c := range s.cues {
		if (c.cat == "member" || c.cat == "join") && c.start <= i && i < c.end {
			return true
		}
	}
	return false
}

// appositionClosed reports the organisation after members word c closed
// by "," or a dash that no country follows: "Brazil, Nga và Ấn Độ, các
// thành viên của BRICS, đã họp" tells who the list is; "Mỹ, các nước
// thành viên NATO, Nhật Bản" goes on listing.
func appositionClosed(s *sentence, c cueHit) bool {
	for _, m := range s.ments {
		if m.kind != mOrg || m.start < c.end || m.start > c.end+2 {
			continue
		}
		if m.end+1 >= len(s.toks) {
			return false
		}
		switch s.toks[m.end].text {
		case ",", "–", "-":
			for _, o := range s.ments {
				if o.kind == mCountry && o.start == m.end+1 {
					return false
				}
			}
			return true
		}
		return false
	}
	return false
}

// countryEndsAt reports a country mention ending at token i.
func countryEndsAt(s *sentence, i int) bool {
	for _, m := range s.ments {
		if m.kind == mCountry && m.end == i {
			return true
		}
	}
	return false
}

// countriesOfOrg reports organisation mention m right after "nước" or
// "quốc gia": "các nước ASEAN", "các quốc gia thành viên EU", "các nước
// trong Liên minh châu Phi", "các nước thuộc khối EU" name its member
// states as a class ("các đối tác ngoài ASEAN như Mỹ", "các nước không
// thuộc EU" do not).
// countedClass reports organisation mention m right after "nước" that a
// count or "các"/"những" precedes: "Ba nước ASEAN", "các nước EU".
func countedClass(s *sentence, m mention) bool {
	i := m.start
	if i < 2 || s.toks[i-1].low != "nước" {
		return false
	}
	w := s.toks[i-2].low
	return w == "các" || w == "những" || countWords[w] > 0 || isDigitWord(s.toks[i-2].text)
}

func countriesOfOrg(s *sentence, m mention) bool {
	i := m.start
	if i >= 1 && s.toks[i-1].low == "khối" {
		i--
	}
	if i >= 3 && (s.toks[i-1].low == "trong" || s.toks[i-1].low == "thuộc") && s.toks[i-2].low != "không" {
		i--
	}
	if i >= 2 && s.toks[i-2].low == "thành" && s.toks[i-1].low == "viên" {
		i -= 2
	}
	return i >= 1 && s.toks[i-1].low == "nước" || i >= 2 && s.toks[i-2].low == "quốc" && s.toks[i-1].low == "gia"
}

// copulaAt reports "là" at token i, or after "hiện", "cũng", "vẫn".
func copulaAt(s *sentence, i int) bool {
	if i < len(s.toks) && (s.toks[i].low == "hiện" || s.toks[i].low == "cũng" || s.toks[i].low == "vẫn") {
		i++
	}
	return i < len(s.toks) && s.toks[i].low == "là"
}

// anotherItem reports tokens [from, to) between two lists that carry the
// first on: ", 4 quốc gia Trung Á là".
func (a *analysis) anotherItem(s *sentence, from, to int) bool {
	if besidesGoesOn(s, from, to) || leaderJoined(s, from, to) {
		return true
	}
	is := false
	for i := from; i < to; i++ {
		switch s.toks[i].low {
		case "là":
			is = true
		case ".", ";", "khi", "sau", "còn", "nhưng", "khách": // "cùng khách mời là Ấn Độ": guests, no members
			return false
		}
	}
	return is && wordsBetween(s, from, to) <= 8
}

// besidesGoesOn reads "ngoài A, B và C, còn có thêm D, E": the list after
// "còn có (thêm)" goes on the one "ngoài" opened.
//
// So does "ngoài A, B và C, hiện nay BRICS bao gồm D, E": the organisation
// (and "hiện nay") between the comma and "bao gồm".
func besidesGoesOn(s *sentence, from, to int) bool {
	words := []string{}
	for i := from; i < to; i++ {
		if i > from && (inOrg(s, i) || s.toks[i].low == "hiện" || s.toks[i].low == "nay") && s.toks[from].text == "," {
			continue
		}
		words = append(words, s.toks[i].low)
	}
	switch strings.Join(words, " ") {
	case ", còn có thêm", ", còn có", "; còn có thêm", ", bao gồm", ", gồm":
	default:
		return false
	}
	for i := from - 1; i >= 0 && i >= from-20; i-- {
		if s.toks[i].low == "ngoài" {
			return true
		}
	}
	return false
}

// initially reports "ban đầu" within four tokens before token i: "ban
// đầu có 5 thành viên gồm ...".
func initially(s *sentence, i int) bool {
	for j := max(0, i-4); j+1 < i; j++ {
		if s.toks[j].low == "ban" && s.toks[j+1].low == "đầu" {
			return true
		}
	}
	return false
}

// subjectlessOpening reports an opening clause of time with no country
// before its membership word c, list l opening the main clause right after
// its comma: "Sau khi gia nhập ASEAN năm 1995, Việt Nam đã ..." leaves out
// the subject the main clause names.
func subjectlessOpening(s *sentence, c cueHit, l countryList) bool {
	for _, cl := range clauses(s) {
		if cl.start <= c.start && c.start < cl.end {
			if l.start < cl.end || l.start > cl.end+1 || countryWithin(s, cl.start, c.start-cl.start) {
				return false
			}
			return true
		}
	}
	return false
}

// siblingsOfCounted reports list l after a counted membership word, its
// organisation and a comma, naming fewer countries than the count: "14
// quốc gia khác, bao gồm 10 quốc gia thành viên của ASEAN, Trung Quốc,
// Nhật Bản, Australia và New Zealand" lists the others beside the ten, no
// member of ASEAN.
func siblingsOfCounted(s *sentence, c cueHit, l countryList) bool {
	k := c.start - 1
	if k >= 1 && s.toks[k].low == "gia" && s.toks[k-1].low == "quốc" {
		k -= 2
	} else if k >= 0 && s.toks[k].low == "nước" {
		k--
	}
	if k < 0 || k == c.start-1 {
		return false
	}
	n, digits := calendar.LeadingInt(s.toks[k].text)
	if digits == 0 {
		n = countWords[s.toks[k].low]
	}
	if n <= len(l.isos) || s.toks[l.start-1].text != "," {
		return false
	}
	j := c.end
	if j < l.start && s.toks[j].low == "của" {
		j++
	}
	return namedOrgAt(s, j) && !s.hasToken(",", j, l.start-1)
}

// unknownBodyAfter reports membership word c followed by "của" and a
// proper name that is no organisation the gazetteer holds ("thành viên của
// Liên minh Thái Bình Dương", "của Cộng đồng Andes"): the status is in that
// body, which gives no fact, not in the organisation the sentence names
// elsewhere.
func unknownBodyAfter(s *sentence, c cueHit) bool {
	i := c.end + 1
	if i+1 >= len(s.toks) || s.toks[c.end].low != "của" || !s.toks[i].upper {
		return false
	}
	for _, m := range s.ments {
		if m.start <= i && i < m.end {
			// a body named ("của ASEAN"), a country, or a word that refers
			// back ("của liên minh") unless a proper name goes on after it
			if m.kind != mOrgRef || m.end >= len(s.toks) || !s.toks[m.end].upper || !s.toks[m.end].word {
				return false
			}
			break
		}
	}
	if !s.toks[i].word {
		return false
	}
	// A name the gazetteer spells otherwise, told with its acronym or a
	// known name within it ("của Diễn đàn Hợp tác Kinh tế châu Á – Thái
	// Bình Dương (APEC)"), is that organisation's.
	for j := i; j < len(s.toks) && j < i+14; j++ {
		if t := s.toks[j]; !t.word && t.text != "-" && t.text != "–" && t.text != "(" || j > i && !t.upper && !s.toks[j-1].upper {
			break // the name has ended: two plain words ("... Thái Bình Dương xin gia nhập")
		}
		if namedOrgAt(s, j) {
			return false
		}
	}
	return true
}

// contrastOpening reports list start i right after the comma that ends a
// sentence's opening of contrast or condition ("Trong khi", "Mặc dù",
// "Dù", "Tuy", "Nếu"): "Trong khi vị thế quan sát viên rất gần với thành
// viên đầy đủ, Đông Timor bắt đầu ..." names the main clause's subject,
// not who holds the status the opening speaks of.
func contrastOpening(s *sentence, i int) bool {
	if i < 3 || s.toks[i-1].text != "," {
		return false
	}
	k := 1 // the opening's first word after the word of contrast
	switch w := s.toks[0].low; w {
	case "trong":
		if s.toks[1].low != "khi" {
			return false
		}
		k = 2
	case "mặc", "dù", "tuy", "nếu":
		if w == "mặc" && s.toks[1].low == "dù" {
			k = 2
		}
	default:
		return false
	}
	for j := 1; j < i-1; j++ {
		if s.toks[j].text == "," {
			return false // the list is not right after the opening's own comma
		}
	}
	// "Mặc dù là thành viên NATO, Thổ Nhĩ Kỳ ...", "Nếu được kết nạp,
	// Ukraine ...": an opening with no subject of its own tells of the
	// main clause's.
	switch s.toks[k].low {
	case "là", "đã", "vẫn", "từng", "được", "trở", "gia", "không", "chưa", "cũng":
		return false
	}
	return true
}

// clauseBetween reports a clause boundary between tokens i and j: the
// list after "Sau khi Belarus trở thành thành viên chính thức," is the
// main clause's.
func clauseBetween(s *sentence, i, j int) bool {
	for _, cl := range clauses(s) {
		if cl.start <= i && i < cl.end {
			switch s.toks[cl.start].low {
			case "sau", "khi", "trước":
				return j >= cl.end // an opening clause of time ("Sau khi ..., ") ends at its comma
			}
			return false
		}
	}
	return false
}

// approved reports an applying word said of its subject in the passive,
// "được chấp thuận gia nhập": admitted, no longer applying.
func approved(s *sentence, c cueHit) bool {
	return s.toks[c.start].low == "chấp" && c.start > 0 && s.toks[c.start-1].low == "được"
}

// candidacies reads countries running for a seat ("ủng hộ Việt Nam ứng
// cử Hội đồng Nhân quyền Liên hợp quốc nhiệm kỳ 2023-2025", "ủng hộ lẫn
// nhau ứng cử vị trí Ủy viên không thường trực Hội đồng Bảo an ..., Việt
// Nam nhiệm kỳ 2020-2021, Ấn Độ nhiệm kỳ 2021-2022"): applicants of the
// body named after the word, the Security Council for a non-permanent
// seat. The country is the one right before the word, else each one
// named with its own term after the body.
func (a *analysis) candidacies(s *sentence, si int) []membership {
	var out []membership
	for _, c := range s.cues {
		if c.cat != "candidacy" {
			continue
		}
		org, orgEnd := "", -1
		for _, m := range s.ments {
			if m.kind == mOrg && m.start >= c.end && m.start <= c.end+8 {
				org, orgEnd = m.id, m.end
				break
			}
		}
		for j := c.end; j+2 < len(s.toks) && j <= c.end+6; j++ {
			if s.toks[j].low == "không" && s.toks[j+1].low == "thường" && s.toks[j+2].low == "trực" {
				org = "UNSC"
			}
		}
		if org == "" || orgEnd < 0 {
			continue
		}
		var isos []string
		for _, m := range s.ments {
			if m.kind == mCountry && m.end == c.start {
				isos = append(isos, m.id)
			}
		}
		if len(isos) == 0 {
			for _, m := range s.ments {
				if m.kind == mCountry && m.start >= orgEnd && m.end+1 < len(s.toks) && s.toks[m.end].low == "nhiệm" && s.toks[m.end+1].low == "kỳ" {
					isos = appendUnique(isos, m.id)
				}
			}
		}
		if len(isos) == 0 && orgEnd+1 < len(s.toks) && s.toks[orgEnd].text == ":" {
			// "có hai quốc gia đang ứng cử vị trí thành viên ASEAN: Papua
			// New Guinea và Đông Timor": the candidates listed after the body
			for _, l := range lists(s) {
				if l.start == orgEnd+1 {
					isos = l.isos
				}
			}
		}
		for _, iso := range isos {
			out = append(out, membership{country: iso, org: org, status: "applicant", sent: si})
		}
	}
	return out
}

// blocWithPartners reads a bloc made of a group's members and that
// group's partners: "RCEP quy tụ 10 nước thành viên ASEAN và các đối tác
// Australia, Trung Quốc, ...", "Hiệp định RCEP được ký kết giữa 10 nước
// ASEAN và 5 nước đối tác gồm Trung Quốc, ...", "RCEP bao gồm 10 quốc gia
// ASEAN và 5 đối tác thương mại là Australia, ...". The partners listed
// are members of the bloc named before ("RCEP"), not partners of it or of
// the group: it returns the bloc and the list.
func blocWithPartners(s *sentence) (string, countryList, bool) {
	for _, c := range s.cues {
		if c.cat != "member" || c.val != "partner" {
			continue
		}
		k := c.start - 1
		if k >= 0 && (isDigitWord(s.toks[k].text) || countWords[s.toks[k].low] > 0 || s.toks[k].low == "các") {
			k--
		}
		if k < 1 || s.toks[k].low != "và" {
			continue
		}
		group := -1
		for i, m := range s.ments {
			if m.kind == mOrg && m.end == k {
				group = i
			}
		}
		if group < 0 {
			continue
		}
		j := s.ments[group].start - 1
		if j >= 1 && s.toks[j].low == "viên" && s.toks[j-1].low == "thành" {
			j -= 2 // "10 nước thành viên ASEAN"
		}
		if j >= 1 && s.toks[j].low == "gia" && s.toks[j-1].low == "quốc" {
			j--
		}
		if j < 1 || s.toks[j].low != "nước" && s.toks[j].low != "quốc" || !isDigitWord(s.toks[j-1].text) && countWords[s.toks[j-1].low] == 0 {
			continue // a count of the group's members: "10 nước", "mười quốc gia"
		}
		bloc := ""
		for _, m := range s.ments[:group] {
			if m.kind == mOrg && m.id != s.ments[group].id {
				bloc = m.id
				break
			}
		}
		if bloc == "" {
			continue
		}
		for _, l := range lists(s) {
			if l.start >= c.end && l.start <= c.end+4 {
				return bloc, l, true
			}
		}
	}
	return "", countryList{}, false
}

// electedBodies are the bodies whose seats the UN General Assembly fills
// by a vote, each for a term that begins after it.
var electedBodies = map[string]bool{"UNSC": true, "UNHRC": true}

// tallyWords may stand between a country and its votes: "Thái Lan nhận
// được 177 phiếu", "CH Cyprus và Qatar cùng nhận được 167 phiếu", "với
// Mozambique 192 phiếu", "Azerbaijan đã giành được 155 phiếu".
var tallyWords = map[string]bool{"nhận": true, "được": true, "cùng": true, "đạt": true, "giành": true, "đã": true, "(": true}

// voteTally reads the votes of an election to a body of electedBodies,
// each country with its count: "Các ứng cử viên năm nay ... nhận được số
// phiếu cao, với Mozambique 192 phiếu, Ecuador 190 phiếu, Thụy Sỹ 187
// phiếu", "trong đó Guyana 191 phiếu, Sierra Leone 188 phiếu", "Thái Lan
// nhận được 177 phiếu bầu, ... Hàn Quốc 161 phiếu". A country given votes
// ran for a term to come: an applicant (the annotation's rule for terms
// that start later). The body is the sentence's org when elected, else
// the last elected body the article named before (electedBodyBefore).
func (a *analysis) voteTally(si int, org string) []membership {
	s := a.sents[si]
	var out []membership
	for _, m := range s.ments {
		if m.kind != mCountry {
			continue
		}
		j := m.end
		for j < len(s.toks) && j < m.end+3 && tallyWords[s.toks[j].low] {
			j++
		}
		if j+1 < len(s.toks) && isDigitWord(s.toks[j].text) && s.toks[j+1].low == "phiếu" {
			if !electedBodies[org] {
				org = a.electedBodyBefore(si)
			}
			if org == "" {
				return nil
			}
			out = append(out, membership{country: m.id, org: org, status: "applicant", sent: si})
		}
	}
	return out
}

// reelectedSeats reads the countries re-elected to a body of
// electedBodies, the sentence's or the last one named before ("Trong đó,
// Trung Quốc, Cote d'Ivoire, Cuba, Pháp và Malawi đã tái đắc cử", "Nigeria
// và Qatar ... tái cử"): members already, whenever the new term begins
// (the annotation's rule for sitting members re-elected).
func (a *analysis) reelectedSeats(si int, ls []countryList, org string) []membership {
	s := a.sents[si]
	if !s.anyCue("election") && !s.anyCue("becomes") {
		return nil // "tái đắc cử" is a word of becoming, "tái trúng cử" one of election: most sentences have neither
	}
	for j := 1; j+1 < len(s.toks); j++ {
		if s.toks[j].low != "tái" || !(s.toks[j+1].low == "cử" || s.toks[j+1].low == "đắc" || s.toks[j+1].low == "trúng") {
			continue
		}
		k := j
		for k > 0 && applyingWords(s, k-1, k) == 1 && j-k < 3 {
			k-- // "đã tái đắc cử", "cũng tái cử"
		}
		for _, l := range ls {
			if l.end != k || ofTitle(s, l.start, l.end) {
				continue
			}
			return a.electedMembers(si, org, l, membership{status: "member", held: true})
		}
	}
	return nil
}

// candidateList reads the candidates of an election listed after the word
// "ứng cử viên" (or "ứng viên") and "gồm", "bao gồm" or "là": "6 ứng cử
// viên cho 5 vị trí lần này bao gồm Việt Nam, Estonia, Niger, Rumani,
// ...", "4 ứng viên còn lại gồm Việt Nam, Niger, Tunisia cùng Saint
// Vincent và Grenadines" (dev 1672 and two unseen pages on one vote). Each
// ran for a seat: an applicant of the elected body (electedBodies), the
// sentence's when elected, else the last one the article named before.
//
// ls are the sentence's lists, or nil to have them read only when a
// candidate word is found: most sentences name no organisation and have
// none, and reading their lists for nothing cost a third of this rule.
func (a *analysis) candidateList(si int, org string, ls []countryList) []membership {
	s := a.sents[si]
	for i := 0; i+1 < len(s.toks); i++ {
		if s.toks[i].low != "ứng" {
			continue
		}
		end := i + 1
		if s.toks[end].low == "cử" {
			end++
		}
		if end >= len(s.toks) || s.toks[end].low != "viên" {
			continue
		}
		end++
		for j := end; j < len(s.toks) && j <= end+8; j++ {
			w := s.toks[j].low
			if w == "," || w == "." || w == ";" {
				break
			}
			if w != "gồm" && w != "là" {
				continue
			}
			if ls == nil {
				ls = lists(s)
			}
			for _, l := range ls {
				if l.start != j+1 && !(l.start == j+2 && s.toks[j+1].low == ":") {
					continue
				}
				return a.electedMembers(si, org, l, membership{status: "applicant"})
			}
			break
		}
	}
	return nil
}

// electedMembers returns a membership like m in org of each country of
// l, elected in sentence si; org, when it is no body of electedBodies,
// gives way to the one named last before (electedBodyBefore), and with
// none there is no membership.
func (a *analysis) electedMembers(si int, org string, l countryList, m membership) []membership {
	if !electedBodies[org] {
		org = a.electedBodyBefore(si)
	}
	if org == "" {
		return nil
	}
	out := make([]membership, 0, len(l.isos))
	for _, iso := range l.isos {
		m.country, m.org, m.sent = iso, org, si
		out = append(out, m)
	}
	return out
}

// electedBodyBefore returns the body of electedBodies named last in
// sentences si and before, or told by its seats ("các nước uỷ viên không
// thường trực" are the Security Council's), or "".
func (a *analysis) electedBodyBefore(si int) string {
	for k := si; k >= 0; k-- {
		s := a.sents[k]
		body := ""
		for _, m := range s.ments {
			if m.kind == mOrg && electedBodies[m.id] {
				body = m.id
			}
		}
		for _, c := range s.cues {
			if body == "" && c.cat == "member" && nonPermanent(s, c) {
				body = "UNSC"
			}
		}
		if body != "" {
			return body
		}
	}
	return ""
}

// nonPermanent reports a membership word of a non-permanent seat: "ủy
// viên không thường trực", "thành viên không thường trực".
func nonPermanent(s *sentence, c cueHit) bool {
	e := c.end
	return e >= 3 && s.toks[e-3].low == "không" && s.toks[e-2].low == "thường" && s.toks[e-1].low == "trực"
}

// applyingWords counts the tokens of [from, to) that tell how a country
// goes about joining, not what it does besides: a word of applying and
// the adverbs around it ("Ecuador và Costa Rica cũng chính thức nộp đơn
// gia nhập").
func applyingWords(s *sentence, from, to int) int {
	n := 0
	applicant := false // (most sentences have no word of applying between: no look at the cues for each token)
	for _, c := range s.cues {
		if c.cat == "applicant" && c.start >= from && c.start < to {
			applicant = true
			break
		}
	}
	for i := from; i < to; i++ {
		switch s.toks[i].low {
		case "cũng", "chính", "thức", "đã", "đều", "vừa", "mới", "đang": // "đang xúc tiến kế hoạch gia nhập"
			n++
			continue
		case "nước":
			if i+1 < to && s.toks[i+1].low == "này" && s.hasCueEndingAt("attrib", i) {
				n += 2 // "Phần Lan cho biết nước này sẽ gia nhập NATO": the speaker, said again
				i++
				continue
			}
		}
		if !applicant {
			continue
		}
		for _, c := range s.cues {
			if c.cat == "applicant" && c.start == i && c.end <= to {
				n += c.end - c.start
				i = c.end - 1
				break
			}
		}
	}
	return n
}

// electedAs reports tokens [from, to) between a country and a membership
// word as a passive election that may name the voters: "Việt Nam được các
// nước tín nhiệm bầu làm thành viên Hội đồng Nhân quyền", "được Đại hội
// đồng bầu vào".
func electedAs(s *sentence, from, to int) bool {
	if to-from < 3 || to-from > 8 || s.toks[from].low != "được" {
		return false
	}
	if w := s.toks[to-1].low; w == "làm" || w == "vào" || w == "là" {
		to--
	}
	return s.toks[to-1].low == "bầu"
}

// asides counts the tokens of [from, to) that qualify what is named
// without being words of the sentence: an acronym in parentheses
// ("Hội đồng Nhân quyền (HĐNQ) LHQ") and a term's years ("nhiệm kỳ
// 2026-2028"), so that a list after them is still near.
func asides(s *sentence, from, to int) int {
	n := 0
	for i := from; i < to; i++ {
		switch t := s.toks[i]; {
		case t.text == "(" && i+2 < to && s.toks[i+2].text == ")" && s.toks[i+1].upper:
			n += 3
			i += 2
		case t.low == "kỳ" && i > from && s.toks[i-1].low == "nhiệm":
			j := i + 1
			for j < to && (isDigitWord(s.toks[j].text) || s.toks[j].text == "-" || s.toks[j].text == "–") {
				j++
			}
			n += j - i - 1
			i = j - 1
		}
	}
	return n
}

// cueLists returns the country lists a membership word applies to: the
// list it is said of before it (its subject), the one it names after it,
// or both.
func (a *analysis) cueLists(s *sentence, ls []countryList, c cueHit) []countryList {
	if genericMembers(s, c) {
		return nil // "các quốc gia thành viên chấp thuận": the members as a class
	}
	subject := a.subjectOf(s, ls, c)
	after := a.namedAfter(s, ls, c, subject)
	if after >= 0 && classNamedAfter(s, c) {
		subject = -1
	}
	var out []countryList
	if l, ok := capitalSubject(s, c); ok && after < 0 && (subject < 0 || l.start >= ls[subject].end) {
		out = append(out, l) // the capital is nearer: "ở thủ đô Paris của Pháp đánh dấu Washington chính thức gia nhập"
	} else if subject >= 0 {
		out = append(out, ls[subject])
	}
	if after >= 0 {
		out = append(out, ls[after])
	}
	return out
}

// describedAfter reports list l followed by a dash or a comma and a
// description of it as a country ("quốc gia", "nước") that runs to
// membership word c, up to twelve words with no country or comma between:
// "sự tham gia của Timor-Leste – quốc gia hồi năm 2022 đã được cấp tư cách
// quan sát viên trong khối".
func describedAfter(s *sentence, l countryList, c cueHit) bool {
	j := l.end
	if j+2 >= c.start || c.start-j > 14 {
		return false
	}
	switch s.toks[j].text {
	case "–", "-", ",":
	default:
		return false
	}
	if w := s.toks[j+1].low; w != "nước" && !(w == "quốc" && s.toks[j+2].low == "gia") {
		return false
	}
	for k := j + 1; k < c.start; k++ {
		if s.toks[k].text == "," || inMention(s, k) {
			return false
		}
	}
	return true
}

// approvesApplication reports an approval in tokens [from, to) of an
// application named after it ("đơn", "yêu cầu", "đề nghị"): "Thổ Nhĩ Kỳ
// đã phê chuẩn đơn xin gia nhập NATO của Phần Lan", "Ủy ban Đối ngoại
// Quốc hội Thổ Nhĩ Kỳ đã thông qua dự luật phê chuẩn đề nghị của Phần Lan
// xin gia nhập": who approves is no applicant.
func approvesApplication(s *sentence, from, to int) bool {
	for _, c := range s.cues {
		if c.cat != "approve" || c.start < from || c.end >= to {
			continue
		}
		for j := c.end; j < to; j++ {
			switch s.toks[j].low {
			case "đơn", "yêu", "đề":
				return j+1 < len(s.toks) && (s.toks[j].low == "đơn" || s.toks[j+1].low == "cầu" || s.toks[j+1].low == "nghị")
			}
		}
	}
	return false
}

// sourceOpening reports list l in a sentence's opening "Theo ...," that
// ends before membership word c: the source of what follows.
func sourceOpening(s *sentence, l countryList, c cueHit) bool {
	if s.toks[0].low != "theo" || s.hasToken(",", 0, l.start) {
		return false
	}
	return s.hasToken(",", l.end, c.start)
}

// applicationOfAnother reports a country other than list l's named as
// the owner of the application membership word c reads, with "của" before
// c ("đề nghị của Thụy Điển xin gia nhập") or right after it or its
// organisation ("đơn xin gia nhập NATO của Phần Lan", "gia nhập liên minh
// của Phần Lan"): a parliament that
// approves its own country's application ("Quốc hội Phần Lan đã thông qua
// đơn xin gia nhập NATO") applies.
func applicationOfAnother(s *sentence, l countryList, c cueHit) bool {
	if iso := ownerAfterOrg(s, c); iso != "" && !slices.Contains(l.isos, iso) {
		return true
	}
	for _, m := range s.ments {
		if m.kind == mCountry && m.start > l.end && (m.end <= c.start || m.start <= c.end+4) && s.toks[m.start-1].low == "của" && !slices.Contains(l.isos, m.id) {
			return true
		}
	}
	return false
}

// approverNamed reports list l named after an approval and "của" ("sự
// nhất trí của Thổ Nhĩ Kỳ đối với yêu cầu gia nhập liên minh của Thụy
// Điển"), an application named between it and membership word c: the
// approver, no applicant.
func approverNamed(s *sentence, l countryList, c cueHit) bool {
	if l.start < 2 || s.toks[l.start-1].low != "của" || !s.hasCueEndingAt("approve", l.start-1) {
		return false
	}
	for j := l.end; j+1 < c.start; j++ {
		if s.toks[j].low == "đơn" || s.toks[j].low == "yêu" && s.toks[j+1].low == "cầu" || s.toks[j].low == "đề" && s.toks[j+1].low == "nghị" {
			return true
		}
	}
	return false
}

// counterpartOf reports list start i right after "đồng cấp" ("với
// những người đồng cấp Nhật Bản và New Zealand về việc gia nhập CPTPP",
// "chuyển tới người đồng cấp Nga văn bản ... ý định gia nhập BRICS"): the
// countries of the counterparts spoken to, not who joins.
func counterpartOf(s *sentence, i int) bool {
	return i >= 2 && s.toks[i-1].low == "cấp" && s.toks[i-2].low == "đồng"
}

// subjectOf returns the index in ls of the list membership word c is
// said of, before it, or -1: the last one close before it, or linked to
// it by a copula, that is no place, source, inviter, owner or office.
func (a *analysis) subjectOf(s *sentence, ls []countryList, c cueHit) int {
	subject := -1
	for i, l := range ls {
		if l.end > c.start {
			break
		}
		gap := c.start - l.end - applyingWords(s, l.end, c.start)
		if excepted(s, l.start) {
			continue // "tất cả các quốc gia giáp biển Baltic, ngoại trừ Nga, đều đã trở thành thành viên": all but Russia
		}
		if sourceOpening(s, l, c) {
			continue // "Theo chủ nhà Nam Phi, hơn 40 quốc gia mong muốn tham gia BRICS": who tells it
		}
		if prepositional(s, l.start) && s.hasPhrase(l.end, c.start, "và", "là") {
			continue // "Là nước láng giềng của Campuchia và Thái Lan và là thành viên ASEAN, Việt Nam ...": the object of the predicate before "và là"
		}
		if subject >= 0 && s.toks[l.start-1].low == "của" && !prepositional(s, ls[subject].start) && s.hasToken("là", ls[subject].end, l.start) && !s.hasToken(",", ls[subject].end, l.start) {
			continue // "Philippines là đối tác thương mại lớn thứ 5 của Hàn Quốc trong 10 nước thành viên ASEAN": whose partner it is; the subject is before "là"
		}
		if ((gap <= 4 || electedAs(s, l.end, c.start) || describedAfter(s, l, c)) && !placeOrSource(s, l.start) || gap <= 25 && !prepositional(s, l.start) && a.copulaBetween(s, l.end, c.start)) && !invites(s, l.end, c.start) && !belongsTo(s, l.start) && !ledBy(s, l) && !a.ownedByEarlierCue(s, l) && !ofTitle(s, l.start, l.end) && !counterpartOf(s, l.start) && !reportsBetween(s, l.end, c.start) && !(approvesApplication(s, l.end, c.start) && applicationOfAnother(s, l, c)) && !approverNamed(s, l, c) {
			subject = i
		}
	}
	if c.cat == "member" && c.val == "member" && roleBefore(s, c.start) {
		// "những thành tựu đối ngoại của Việt Nam thời gian qua như vai trò
		// Ủy viên không thường trực Hội đồng Bảo an": the role is that of
		// the country the sentence last names, the achiever, not of an
		// office's country ("Thủ tướng Thái Lan").
		for i, l := range ls {
			if l.end > c.start {
				break
			}
			if !ofTitle(s, l.start, l.end) && len(l.isos) == 1 {
				subject = i
			}
		}
	}
	if subject < 0 && c.cat == "member" && c.val == "observer" {
		subject = observerAttending(s, ls, c) // "Thủ tướng Timor Leste được mời tham dự HNCC ASEAN ... với tư cách quan sát viên"
	}
	if c.cat == "member" && c.val == "founding_member" && passiveFounding(s, c) {
		subject = -1 // "BRICS được thành lập năm 2006, ban đầu gồm ...": the organisation was founded
	}
	return subject
}

// namedAfter returns the index in ls of the list membership word c
// introduces after it (other than its subject), or -1.
func (a *analysis) namedAfter(s *sentence, ls []countryList, c cueHit, subject int) int {
	after := -1
	for i, l := range ls {
		if l.start >= c.end && i != subject && (wordsBetween(s, afterDescription(s, c.end, l.start), l.start)-asides(s, c.end, l.start) <= 8 && a.introduces(s, c.end, l.start) || examplesOfClass(s, c.end, l.start)) && (!clauseBetween(s, c.start, l.start) || subjectlessOpening(s, c, l)) && !contrastOpening(s, l.start) && !siblingsOfCounted(s, c, l) {
			after = i
			break
		}
	}
	if after >= 0 && c.val == "founding_member" && passiveFounding(s, c) && s.toks[ls[after].start-1].low == "với" && ls[after].start >= 2 && s.toks[ls[after].start-2].low == "cùng" {
		return -1 // "Armenia là thành viên của CSTO - được thành lập năm 1992, cùng với Nga, Belarus ...": the member's companions, not who founded it
	}
	return after
}

// classNamedAfter reports a membership word whose members are those named
// after it, not the list before it: "Việt Nam thúc đẩy ASEAN kết nạp Lào"
// (the admitted), "A và B, các nước đối tác đối thoại của SCO là C, D"
// (the class).
func classNamedAfter(s *sentence, c cueHit) bool {
	return admits(s, c) || c.start > 0 && (s.toks[c.start-1].low == "các" || s.toks[c.start-1].low == "những")
}

// capitalSubject returns, as a list of its country, the capital (a city
// the cue list marks "capital") that is the subject of membership word c, close
// before it with no country between: "Washington sẽ vẫn là thành viên
// chính thức của UNESCO", "Ankara đã nộp đơn xin gia nhập BRICS", "Stockholm
// gia nhập NATO" (dev 2461, 935, 2348, an unseen page on UNESCO). Not a
// place or a source ("tại Washington", "từ Bắc Kinh"), nor one who only
// says it ("Bắc Kinh cho biết ...").
func capitalSubject(s *sentence, c cueHit) (countryList, bool) {
	var best countryList
	found := false
	for _, m := range s.ments {
		if m.end > c.start {
			break
		}
		if m.kind == mCountry {
			found = false // a country named after the capital is nearer
			continue
		}
		if m.kind != mCity || m.via != "capital" || placeOrSource(s, m.start) || m.start > 0 && s.toks[m.start-1].low == "do" {
			continue
		}
		gap := c.start - m.end - applyingWords(s, m.end, c.start)
		city := gazetteer.Default().Cities[m.id]
		if gap > 4 || city == nil || city.Country == "" || reportsBetween(s, m.end, c.start) {
			continue
		}
		best, found = countryList{start: m.start, end: m.end, isos: []string{city.Country}}, true
	}
	return best, found
}

// joinedOrgAfter returns the organisation a joining word names after the
// one it admits ("ủng hộ việc kết nạp Palestine làm thành viên Liên hợp
// quốc", "kết nạp Timor-Leste vào ASEAN") or after a description of it
// ("gia nhập Nhóm các nền kinh tế mới nổi (BRICS)"), else "": not the body
// the sentence names first (the Security Council whose members support
// it, NATO of which the applicant is a member).
func joinedOrgAfter(s *sentence, c cueHit) string {
	if c.cat != "member" || c.val != "member" && c.val != "applicant" || !s.hasCueAt("join", c.start) {
		return "" // (an applicant's joining word: "nộp đơn xin tham gia Hiệp định thương mại ... (CPTPP)")
	}
	for _, m := range s.ments {
		if m.kind != mOrg || m.start <= c.end || m.start-c.end > 20 {
			continue
		}
		if p := s.toks[m.start-1].low; p == "vào" || p == "viên" || p == "của" && s.toks[m.start-2].low == "viên" {
			return m.id
		}
		if s.toks[m.start-1].text == "(" && !s.hasToken(",", c.end, m.start) {
			return m.id // "nộp đơn xin gia nhập Nhóm các nền kinh tế mới nổi (BRICS)": described, then its acronym
		}
	}
	return ""
}

// excepted reports a list that "ngoại trừ" or "trừ" opens at token i: the
// countries left out of what the sentence says of the others.
func excepted(s *sentence, i int) bool {
	return i > 0 && s.toks[i-1].low == "trừ"
}

// admitsMembersAsClass reports a word of admitting followed by new
// members as a class, no country: "ủng hộ kết nạp thành viên mới", "kết
// nạp thêm thành viên mới".
// Both the word of admitting and the members word are no fact.
func admitsMembersAsClass(s *sentence, c cueHit) bool {
	for _, join := range s.cues {
		if join.cat != "join" || join.start > c.start {
			continue
		}
		j := join.end
		for j < len(s.toks) && (s.toks[j].low == "thêm" || s.toks[j].low == "các" || s.toks[j].low == "những") {
			j++
		}
		if j+2 < len(s.toks) && s.toks[j].low == "thành" && s.toks[j+1].low == "viên" && s.toks[j+2].low == "mới" && (c.start == join.start || c.start == j) && !countryWithin(s, j+3, 6) {
			return true // "thành viên mới là Timor-Leste" names the member
		}
	}
	return false
}

// joinsTreaty reports a word of joining whose joiners go "vào" a treaty:
// "kết nạp Serbia, Panama và Kuwait vào Hiệp ước Thân thiện và Hợp tác
// (TAC)" admits them to the treaty, not to ASEAN.
func joinsTreaty(s *sentence, c cueHit) bool {
	for j := c.end; j+1 < len(s.toks) && j < c.end+12; j++ {
		if s.toks[j].low == "vào" {
			_, ok := s.hasCue("agreement", j+1, j+3)
			return ok
		}
	}
	return false
}

// partnerOfCountry reports "của <country>" within a few words from token
// i: the partner of a country, not of an organisation.
func partnerOfCountry(s *sentence, i int) bool {
	for j := i; j+1 < len(s.toks) && j < i+4; j++ {
		if s.toks[j].low == "của" && countryWithin(s, j+1, 1) {
			return true
		}
	}
	return false
}

// partnerInside reports partner word c followed by up to four words of
// quality, then "trong" and an organisation: "đối tác quan trọng trong
// ASEAN và khu vực" is a partner of the speaker's country among the
// bloc's members, where a bloc's partner is "của" it or the status is
// named right before "trong" ("tư cách đối tác đối thoại trong SCO").
func partnerInside(s *sentence, c cueHit) bool {
	for j := c.end; j+1 < len(s.toks) && j <= c.end+4; j++ {
		if s.toks[j].low == "trong" {
			m := mentionAt(s, j+1)
			return j > c.end && m != nil && m.kind == mOrg // a quality between: "tư cách đối tác đối thoại trong SCO" is the status
		}
		if !s.toks[j].word || s.toks[j].upper {
			return false
		}
	}
	return false
}

// countryWithin reports a country named within n tokens from token i.
func countryWithin(s *sentence, i, n int) bool {
	for _, m := range s.ments {
		if m.kind == mCountry && m.start >= i && m.start < i+n {
			return true
		}
	}
	return false
}

// admits reports membership word c as an organisation admitting others,
// active ("ASEAN kết nạp Timor Leste"), not "được kết nạp".
func admits(s *sentence, c cueHit) bool {
	for _, j := range s.cues {
		if j.cat == "join" && j.val == "admit" && j.start == c.start {
			return c.start == 0 || s.toks[c.start-1].low != "được"
		}
	}
	return false
}

// introduces reports whether tokens [from, to) only lead from a
// membership word to the list it names: an organisation, "gồm", "bởi",
// ":", "(", a count ("10 nước"). "thành viên của ASEAN, cùng với Nhật
// Bản" adds other countries to those members, it does not name them
// ("gia nhập APEC năm 1998, cùng với Peru" does).
func (a *analysis) introduces(s *sentence, from, to int) bool {
	if describedThenListed(s, from, to) {
		return true // "các đối tác đối thoại chủ chốt gồm Trung Quốc, Nhật Bản, ..."
	}
	from = afterDescription(s, from, to)
	ofOrg := false // "của ASEAN"
	orgThenComma := false
	for i := from; i < to; i++ {
		ofOrg = ofOrg || inOrg(s, i) && i > 0 && (s.toks[i-1].low == "của" || s.toks[i-1].low == "viên") // "10 thành viên ASEAN, cùng với Nhật Bản"
		if ofOrg && s.toks[i].low == "cùng" {
			return false
		}
		orgThenComma = orgThenComma || s.toks[i].text == "," && i > from && inOrg(s, i-1)
		if orgThenComma && s.toks[i].low == "gồm" {
			return false // "mong muốn gia nhập BRICS, nhóm BRICS gồm Brazil, Nga": the group's own members
		}
	}
	for i := from; i < to; i++ {
		if inOrg(s, i) || isDigitWord(s.toks[i].text) || inDate(s, i) {
			continue
		}
		if s.toks[i].upper && i > 0 && s.toks[i-1].text == "(" && i+1 < to && s.toks[i+1].text == ")" {
			continue // "Hội đồng Nhân quyền (HĐNQ) LHQ": an acronym the gazetteer does not hold
		}
		if (s.toks[i].low == "ở" || s.toks[i].low == "tại") && to-i <= 6 && s.toks[to-1].low == "là" {
			break // "6 quốc gia thành viên ở khu vực Vùng Vịnh là A, B": where they are, then who
		}
		if s.toks[i].low == "được" && i+2 < to && grantVerbs[s.toks[i+1].low] && s.toks[i+2].low == "cho" {
			i++ // "Quy chế quan sát viên được dành cho Mông Cổ, Ấn Độ": granted to those named
			continue
		}
		switch s.toks[i].low {
		case "gồm", "bao", "bởi", "là", "của", "cùng", "với", "như", "các", "nước", "quốc", "gia", "thành", "viên", "khối", "nhóm", "tổ", "chức", "nhiệm", "kỳ", "cho", "vào", "từ",
			"trong", "đó", "có", "chỉ", "hiện", "nay", "thêm", "mới", "ban", "đầu", ":", "(", ")", ",", "-", "–", // "hiện nay gồm"
			"đặc", "biệt", "nhất": // "các nước thành viên HĐBA, đặc biệt là Nga", "nhất là Pháp"
		default:
			return false
		}
	}
	return true
}

// grantVerbs grant a status to those named after "cho": "quy chế quan sát
// viên được trao cho ...", "được dành cho", "được cấp cho".
var grantVerbs = map[string]bool{"trao": true, "dành": true, "cấp": true}

// afterDescription returns where the organisation of a class described
// by a few plain words begins ("đối tác quan trọng của ASEAN như ...":
// "của" after "quan trọng"), else from.
func afterDescription(s *sentence, from, to int) int {
	k := from
	// "thành viên tích cực, chủ động và có trách nhiệm của Cộng đồng Pháp
	// ngữ": a member's qualities, up to ten words and commas.
	for k < to && k-from < 10 && (s.toks[k].word && !s.toks[k].upper || s.toks[k].text == "," && k > from) && !inOrg(s, k) && s.toks[k].low != "của" {
		k++
	}
	if k > from && k+1 < to && s.toks[k].low == "của" && inOrg(s, k+1) {
		return k
	}
	return from
}

// examplesOfClass reports tokens [from, to) after a membership word that
// name the members by a class and then some of them after "như": "có 21
// nền kinh tế thành viên, gồm những nền kinh tế hàng đầu thế giới như Mỹ,
// Trung Quốc", "trong đó có các cường quốc như ...": "gồm" or "có", then
// "những" or "các" and up to eight plain lower-case words before "như".
func examplesOfClass(s *sentence, from, to int) bool {
	if to-from < 4 || to-from > 14 || s.toks[to-1].low != "như" {
		return false
	}
	for k := to - 2; k > from; k-- {
		t := s.toks[k]
		if !t.word || t.upper || inOrg(s, k) || t.low == "mà" {
			return false
		}
		if w := s.toks[k-1].low; (w == "gồm" || w == "có") && (t.low == "những" || t.low == "các") {
			for j := from; j < k-1; j++ {
				switch s.toks[j].low {
				case ",", "trong", "đó", "bao":
				default:
					return false
				}
			}
			return to-2-k <= 8
		}
	}
	return false
}

// describedThenListed reports tokens [from, to) that are a few plain
// words describing the class ("chủ chốt", "lớn nhất") and then "gồm" or
// "là" right before the list.
func describedThenListed(s *sentence, from, to int) bool {
	if to-from < 2 || to-from > 4 {
		return false
	}
	if w := s.toks[to-1].low; w != "gồm" && w != "là" {
		return false
	}
	for i := from; i < to-1; i++ {
		if !s.toks[i].word || s.toks[i].upper || inOrg(s, i) || s.toks[i].low == "mà" {
			return false // ("một số nước thành viên mà nổi bật là Hungary": a clause of its own)
		}
	}
	return true
}

func inDate(s *sentence, i int) bool {
	for _, d := range s.dates {
		if d.Start <= s.toks[i].start && s.toks[i].end <= d.End {
			return true
		}
	}
	return false
}

func inOrg(s *sentence, i int) bool {
	for _, m := range s.ments {
		if (m.kind == mOrg || m.kind == mOrgRef) && m.start <= i && i < m.end {
			return true
		}
	}
	return false
}

// roleBefore reports a word of a role held (cues.tsv "role": "vai trò",
// "cương vị", "trọng trách") ending a few tokens before i, in the same
// clause: "đảm nhận thành công vai trò Chủ tịch ASEAN 2020 và Ủy viên
// không thường trực".
func roleBefore(s *sentence, i int) bool {
	for _, c := range s.cues {
		if c.cat == "role" && c.end <= i && i-c.end <= 6 && !s.hasToken(";", c.end, i) && !s.hasToken(".", c.end, i) {
			return true
		}
	}
	return false
}

// listedAfter reports a status word right followed by the list it
// names ("Các nước tham gia ban đầu gồm: Australia, ...", "Các thành viên
// sáng lập là ..."): the members of the organisation told before.
func listedAfter(s *sentence, c cueHit) bool {
	i := c.end
	if i < len(s.toks) && s.toks[i].low == "bao" {
		i++
	}
	return i < len(s.toks) && (s.toks[i].low == "gồm" || s.toks[i].low == "là" || s.toks[i].text == ":")
}

// foundedBy reports founders named after "bởi" shortly after founding
// word c, past its date: "Được thành lập năm 2001 bởi Nga, Trung Quốc và
// ..., cơ chế này ..." tells who founded the organisation told before.
func foundedBy(s *sentence, c cueHit) bool {
	for i := c.end; i+1 < len(s.toks) && i <= c.end+4; i++ {
		if s.toks[i].low == "bởi" {
			return countryWithin(s, i+1, 1)
		}
	}
	return false
}

// namedOrgAt reports token i inside an organisation named (not referred to).
func namedOrgAt(s *sentence, i int) bool {
	for _, m := range s.ments {
		if m.kind == mOrg && m.start <= i && i < m.end {
			return true
		}
	}
	return false
}

// copulaBetween reports "là", "trở thành", "gia nhập" and the like in
// tokens [from, to): what links a subject named far before its status.
func (a *analysis) copulaBetween(s *sentence, from, to int) bool {
	for i := from; i < to; i++ {
		if s.toks[i].low == "ngoài" {
			return false // "Anh sẽ là nền kinh tế đầu tiên gia nhập CPTPP ngoài 11 thành viên": besides them
		}
		if s.toks[i].low == "với" && i+1 < to && (isDigitWord(s.toks[i+1].text) || countWords[s.toks[i+1].low] > 0) && (i == 0 || s.toks[i-1].low != "cùng") {
			return false // "Hàn Quốc đã ký kết hiệp định này với 14 quốc gia khác, bao gồm 10 quốc gia thành viên của ASEAN": the others' status
		}
	}
	for i := from; i < to; i++ {
		switch s.toks[i].low {
		case "là", "thành", "trở", "gia", "đã", "vẫn", "đều", "cùng":
			return true
		}
	}
	return false
}

// sameSubjectAfter holds the words that, right after a verb of saying,
// go on with its own subject: "xác nhận sẵn sàng", "tuyên bố muốn".
var sameSubjectAfter = map[string]bool{"sẵn": true, "muốn": true, "mong": true, "quyết": true}

// reportsBetween reports a verb of saying in tokens [from, to): "Nga thông
// báo sẽ có thêm 9 quốc gia trở thành đối tác": who says it is not who
// joins, unless the statement points back to it ("Thái Lan cho biết nước
// này đã đệ đơn xin gia nhập BRICS").
func reportsBetween(s *sentence, from, to int) bool {
	for _, c := range s.cues {
		if c.cat == "attrib" && c.start >= from && c.start < to {
			if c.end < to && sameSubjectAfter[s.toks[c.end].low] {
				return false // "A, B và C xác nhận sẵn sàng trở thành đối tác": they say it of themselves
			}
			for j := c.end; j+1 < to; j++ {
				if s.toks[j+1].low == "này" && (s.toks[j].low == "nước" || s.toks[j].low == "gia") {
					return false
				}
			}
			return true
		}
	}
	return false
}

// ownedByEarlierCue reports a list in parentheses right after another
// membership word: "10 nước thành viên (Brazil, ...) và 10 nước đối tác
// (Belarus, ...)": the first list is the members', not the partners'.
func (a *analysis) ownedByEarlierCue(s *sentence, l countryList) bool {
	if l.start == 0 || s.toks[l.start-1].text != "(" {
		return false
	}
	for _, c := range s.cues {
		if c.cat == "member" && c.end == l.start-1 {
			return true
		}
	}
	return false
}

// passiveFounding reports "được thành lập": the organisation is what was
// founded, so no country before it is a founder.
func passiveFounding(s *sentence, c cueHit) bool {
	if s.toks[c.start].low == "được" {
		return true
	}
	for j := c.start - 1; j >= 0 && j >= c.start-3; j-- {
		switch s.toks[j].low {
		case "được":
			return true // "được thành lập", "được ký kết thành lập", "được chính thức thành lập"
		case "ký", "kết", "chính", "thức":
		default:
			return false
		}
	}
	return false
}

// genericMembers reports "các nước thành viên": the members as a class,
// stating no country's membership, unless the class is listed ("Các quốc
// gia quan sát viên SCO gồm Afghanistan, Belarus ...").
func genericMembers(s *sentence, c cueHit) bool {
	for j := c.end; j < len(s.toks) && j < c.end+5; j++ {
		if w := s.toks[j].low; w == "gồm" || w == ":" || (w == "là" || w == "như" || w == "-" || w == "–") && countryOrOrgAt(s, j+1) {
			return false // "Các nước quan sát viên của SCO là Afghanistan và Mông Cổ", "các nước đối tác - Azerbaijan, Armenia": they are named
		}
		if j+2 < len(s.toks) && s.toks[j].low == "trong" && s.toks[j+1].low == "đó" && s.toks[j+2].low == "có" && countryOrOrgAt(s, j+3) {
			return false // "các nước thành viên G7, trong đó có Pháp, Italy, Canada và Mỹ": some are named
		}
	}
	if classInApposition(s, c) {
		return false // "các nước đối tác Iran, Thổ Nhĩ Kỳ và Belarus": the class, then who it is
	}
	for j := c.start - 1; j >= 0 && j >= c.start-3; j-- {
		switch s.toks[j].low {
		case "các", "những", "mọi":
			// "A là những thành viên sáng lập", "A là một trong các thành
			// viên": the class its subject belongs to.
			// "A ... trở thành các quốc gia đối tác của BRICS": what A become.
			if j >= 2 && (s.toks[j-1].text == "," || s.toks[j-1].text == "–" || s.toks[j-1].text == "-") && countryEndsAt(s, j-1) && appositionClosed(s, c) {
				return false // "Brazil, Nga và Ấn Độ, các thành viên sáng lập BRICS,": the list before, told again
			}
			return j == 0 || s.toks[j-1].low != "là" && s.toks[j-1].low != "trong" && s.toks[j-1].low != "thành"
		case "kỳ", "kì":
			if j > 0 && s.toks[j-1].low == "bất" {
				return true // "bất kỳ quốc gia thành viên EU nào" ("Thổ Nhĩ Kỳ" is a name)
			}
		case "mỗi":
			return true // "mỗi nước thành viên"
		case "từng":
			// "từng nước thành viên": each member; "Nga từng là thành viên
			// G8", "Anh từng là thành viên EU": used to be one (pastMember).
			return !pastMember(s, j)
		}
	}
	return false
}

// pastMember reports "từng" at token j told as a past tense ("Nga từng là
// thành viên G8"), not as "each" ("từng nước thành viên").
func pastMember(s *sentence, j int) bool {
	return j+1 < len(s.toks) && s.toks[j+1].low == "là"
}

// classInApposition reports a class of members followed right by a list
// of two countries or more that names it, with no "gồm" or ":" between:
// "tổng thống của các nước đối tác Iran, Thổ Nhĩ Kỳ và Belarus", "dự các
// hội nghị cấp cao ASEAN với các đối tác Mỹ, Trung Quốc, Ấn Độ". One
// country after "các đối tác" is no list: "các đối tác Mỹ" are American
// partners, companies or agencies as often as a state. A class that is
// itself an item of what a bloc gathers ("RCEP quy tụ 10 nước thành viên
// ASEAN và các đối tác Australia, Trung Quốc"): the list is of the bloc's
// members, not the class's.
func classInApposition(s *sentence, c cueHit) bool {
	// A meeting or forum that "gồm các nước ASEAN và các đối tác Trung
	// Quốc, Nhật Bản, ..." names ASEAN's partners; a trade pact's "đối
	// tác" are its parties.
	for j := c.start - 1; j >= 0 && j >= c.start-10; j-- {
		if w := s.toks[j].low; w == "tụ" && j > 0 && s.toks[j-1].low == "quy" || w == "gồm" && pactBefore(s, j) {
			return false
		}
	}
	if !countryWithin(s, c.end, 1) {
		return false // no list right after: spare building the lists
	}
	for _, l := range lists(s) {
		if l.start == c.end {
			return len(l.isos) >= 2
		}
	}
	return false
}

// qualitiesThenOf reports tokens [from, to) that are a member's
// qualities, lower-case words and commas, up to ten, then "của" or
// "trong" right before the organisation at to: "thành viên chủ động, tích
// cực, có trách nhiệm trong ASEAN".
func qualitiesThenOf(s *sentence, from, to int) bool {
	if to-from < 2 || to-from > 11 {
		return false
	}
	if w := s.toks[to-1].low; w != "của" && w != "trong" {
		return false
	}
	for i := from; i < to-1; i++ {
		if t := s.toks[i]; !(t.word && !t.upper || t.text == ",") || isDigitWord(t.text) || inMention(s, i) || s.inCueAny(i) {
			return false // "quy tụ 2 thành viên của G7": a count and a status, no quality
		}
	}
	return true
}

// unknownItem reports tokens [from, to) that are one item of a list of
// bodies the gazetteer does not hold: between "," (or "và") and "," (or
// "và"), a capitalised name of at most eight words, no mention in it,
// with its acronym in parentheses or not ("Cộng đồng Đông Phi (EAC)").
func unknownItem(s *sentence, from, to int) bool {
	if to-from < 3 || to-from > 12 {
		return false
	}
	sep := func(i int) bool { return s.toks[i].text == "," || s.toks[i].low == "và" }
	if !sep(from) || !sep(to-1) || !s.toks[from+1].upper {
		return false
	}
	words := 0
	for i := from + 1; i < to-1; i++ {
		t := s.toks[i]
		switch {
		case inMention(s, i):
			return false
		case t.text == "(" || t.text == ")":
		case t.word:
			words++
		default:
			return false
		}
	}
	return words <= 8
}

// orgsAfter returns the organisations a membership word names right after
// it: "thành viên của cả NATO và EU", "thành viên chính thức của nhóm BRICS".
func (a *analysis) orgsAfter(s *sentence, c cueHit) []string {
	var out []string
	next := c.end
	for _, m := range s.ments {
		if m.kind != mOrg || m.start < next {
			continue
		}
		if len(out) > 0 && (inOffice(s, m) || nameAfter(s, m.end)) {
			break // "thành viên của Liên Hợp Quốc, Cao ủy Liên Hợp Quốc về người tị nạn Filippo Grandi cho biết": an office, the next clause's speaker
		}
		gap := true
		for j := next; j < m.start; j++ {
			switch s.toks[j].low {
			case "của", "mới", "cả", "nhóm", "khối", "tổ", "chức", "diễn", "đàn", "và", "lẫn", ",", "(", ")", "liên", "minh",
				"trong", "nhất", "gia", "đình": // "thành viên mới nhất của gia đình ASEAN", "thành viên trong ASEAN"
			default:
				gap = false
			}
		}
		if !gap && len(out) == 0 && qualitiesThenOf(s, next, m.start) {
			gap = true // "một thành viên chủ động, tích cực, có trách nhiệm trong ASEAN"
		}
		listed := len(out) == 0 && bodiesThenList(s, next, m.start)
		if listed {
			gap = true // "thành viên của hơn 70 tổ chức quốc tế, trong đó có Liên Hợp Quốc, ASEAN"
		}
		if !gap && len(out) > 0 && yearsBetween(s, next, m.start) {
			gap = true // "gia nhập ASEAN năm 1995, APEC năm 1998 và WTO năm 2007": each body with its year
		}
		if !gap && len(out) > 0 && unknownItem(s, next, m.start) {
			gap = true // "thành viên Liên hợp quốc, Liên minh châu Phi, Cộng đồng Đông Phi (EAC), Khối Thịnh vượng chung": a body the gazetteer lacks
		}
		if !gap || m.start-next > 6 && len(out) == 0 && !listed && !qualitiesThenOf(s, next, m.start) {
			break
		}
		out = appendUnique(out, m.id)
		next = m.end
	}
	return out
}

// bodiesThenList reports tokens [from, to) before the first organisation
// named after a membership word that name a class of bodies and then
// introduce some of them: "của hơn 70 tổ chức quốc tế, trong đó có",
// "của nhiều tổ chức, diễn đàn như", "các cơ chế gồm". Up to twelve
// tokens, a word for bodies among them, no name, ending in "như", "trong
// đó có", "gồm" or ":".
func bodiesThenList(s *sentence, from, to int) bool {
	if to-from < 3 || to-from > 12 {
		return false
	}
	switch w := s.toks[to-1].low; {
	case w == "như" || w == "gồm" || w == ":":
	case w == "có" && to-from >= 4 && s.toks[to-2].low == "đó" && s.toks[to-3].low == "trong":
	default:
		return false
	}
	bodies := false
	for i := from; i < to-1; i++ {
		t := s.toks[i]
		if !(t.word && !t.upper || t.text == "," || isDigitWord(t.text)) {
			return false
		}
		if m := mentionOver(s, i); m != nil && m.kind != mOrgRef {
			return false // a name, where "tổ chức" alone refers back to a body
		}
		switch t.low {
		case "chức", "đàn", "chế", "định":
			bodies = bodies || i > from && (s.toks[i-1].low == "tổ" || s.toks[i-1].low == "diễn" || s.toks[i-1].low == "cơ" || t.low == "chế" && s.toks[i-1].low == "định")
		}
	}
	return bodies
}

// mentionOver returns the mention token i is in, or nil.
func mentionOver(s *sentence, i int) *mention {
	for k := range s.ments {
		if s.ments[k].start <= i && i < s.ments[k].end {
			return &s.ments[k]
		}
	}
	return nil
}

// yearsBetween reports tokens [from, to) that are the year of the item
// before and what joins the next ("năm 1998, ", "năm 2007 và", "(1998),
// "), up to six tokens with a year among them.
func yearsBetween(s *sentence, from, to int) bool {
	if to-from > 6 {
		return false
	}
	year := false
	for j := from; j < to; j++ {
		switch t := s.toks[j]; {
		case t.low == "năm" || t.low == "," || t.low == "và" || t.text == "(" || t.text == ")":
		case isDigitWord(t.text) && len(t.text) == 4:
			year = true
		default:
			return false
		}
	}
	return year
}

// twoCountries returns the countries of the article's two principal
// leaders when "hai nước" is the subject of a membership word, or when
// one is told with "cùng là" and no one named.
func (a *analysis) twoCountries(s *sentence, c cueHit) []string {
	for j := c.start - 1; j >= 1 && j >= c.start-5; j-- {
		// "lợi thế cùng là thành viên của CPTPP": members together, with
		// no one else named, are the two.
		together := j == c.start-1 && j >= 1 && s.toks[j].low == "là" && s.toks[j-1].low == "cùng"
		if together || s.toks[j-1].low == "hai" && (s.toks[j].low == "nước" || s.toks[j].low == "bên") {
			if j >= 2 && visitVerbs[s.toks[j-2].low] && a.lastPair[0] != "" {
				// "thăm hai nước thành viên ASEAN": the two countries
				// visited, named together before, not the leaders'.
				return []string{a.lastPair[0], a.lastPair[1]}
			}
			var isos []string
			for _, k := range a.people.pair("") {
				if p := a.people.get(k); p != nil && p.country != "" {
					isos = appendUnique(isos, p.country)
				}
			}
			if len(isos) == 2 {
				return isos
			}
			if a.lastPair[0] != "" {
				return []string{a.lastPair[0], a.lastPair[1]} // "Việt Nam và Peru ... Hai bên cùng là thành viên CPTPP"
			}
		}
	}
	return nil
}

// visitVerbs holds the words that go to a place: what follows them is
// visited.
var visitVerbs = map[string]bool{"thăm": true, "tới": true, "đến": true, "sang": true}

// prepositional reports a list that is the object of a preposition
// ("cho Việt Nam", "với Nga"), so not the subject of what follows.
func prepositional(s *sentence, i int) bool {
	if i == 0 {
		return false
	}
	switch s.toks[i-1].low {
	case "cho", "với", "tại", "ở", "của", "từ", "đến", "tới", "giữa", "về", "sang", "vào":
		return true
	}
	return false
}

// belongsTo reports "thuộc" before token i: the country only places the
// subject ("2 quốc gia thuộc Liên Xô cũ này trở thành thành viên của
// EU"), it is not the subject.
// invites reports the verb "mời" (not the noun "lời mời") between tokens
// from and to: "Khối BRICS do Trung Quốc và Nga dẫn dắt ... đã mời 6 quốc
// gia mới gia nhập nhóm": who invites does not join ("Argentina từ chối
// lời mời gia nhập BRICS", "Argentina được mời gia nhập" do).
func invites(s *sentence, from, to int) bool {
	for i := from; i < to; i++ {
		if s.toks[i].low == "mời" && (i == 0 || s.toks[i-1].low != "lời" && s.toks[i-1].low != "được") {
			return true
		}
	}
	return false
}

// placeOrSource reports a list after "từ", "tại" or "ở": where something
// comes from or happens ("dựa vào ủng hộ từ Mỹ để gia nhập NATO", "ở Nam
// Phi, đã mời 6 quốc gia mới gia nhập"), not who joins, however close.
func placeOrSource(s *sentence, i int) bool {
	if i == 0 {
		return false
	}
	switch s.toks[i-1].low {
	case "từ", "tại", "ở":
		return true
	}
	return false
}

// ledBy reports a list between "do" and a verb of leading: "rút khỏi tổ
// chức do Nga dẫn đầu, muốn gia nhập EU", "gia nhập liên minh quân sự do
// Mỹ dẫn đầu": who leads the body, not who joins, however close.
func ledBy(s *sentence, l countryList) bool {
	if l.start == 0 || s.toks[l.start-1].low != "do" || l.end+1 >= len(s.toks) {
		return false
	}
	switch s.toks[l.end].low + " " + s.toks[l.end+1].low {
	case "dẫn đầu", "dẫn dắt", "đứng đầu", "lãnh đạo", "khởi xướng", "chủ trì", "chi phối":
		return true
	}
	return false
}

func belongsTo(s *sentence, i int) bool {
	return i > 0 && s.toks[i-1].low == "thuộc"
}

// orgWithPartners returns the organisation named right before "với (các)
// đối tác" and a list: "các hội nghị cấp cao ASEAN với đối tác Mỹ, Trung
// Quốc, Ấn Độ": its partners. "" when there is none.
func orgWithPartners(s *sentence, c cueHit) string {
	i := c.start - 1
	if i >= 0 && s.toks[i].low == "các" {
		i--
	}
	if i < 1 || s.toks[i].low != "với" && s.toks[i].low != "và" {
		return ""
	}
	at := c.end
	if at < len(s.toks) && (s.toks[at].low == "gồm" || s.toks[at].low == "như" || s.toks[at].text == ":") {
		at++ // "ASEAN và các đối tác gồm Trung Quốc, Nhật Bản, ..."
	}
	for _, m := range s.ments {
		if m.kind == mOrg && m.end == i {
			for _, o := range s.ments {
				if o.kind == mCountry && o.start == at {
					return m.id
				}
			}
		}
	}
	return ""
}

// orgWithin reports an organisation named within n tokens after from.
func (a *analysis) orgWithin(s *sentence, from, n int) bool {
	for _, m := range s.ments {
		if (m.kind == mOrg || m.kind == mOrgRef) && m.start >= from && m.start-from <= n {
			return true
		}
	}
	return false
}

// applicantBefore reports "đang trong quá trình", "muốn" and the like
// within four tokens before "gia nhập".
func (a *analysis) applicantBefore(s *sentence, at int) bool {
	for _, j := range s.cues {
		// "Vấn đề kết nạp Thụy Điển trở thành thành viên của NATO": the
		// admission is a matter under discussion, as with "về việc"
		// (admissionNamed); no cue, since "vấn đề" is in titles ("Ủy ban
		// các vấn đề quốc tế"). So is "Quyết định của Ukraina về gia nhập
		// EU": "về" with no "việc", which no cue can be either ("Ủy ban
		// Duma Quốc gia Nga về các vấn đề quốc tế").
		if j.cat == "join" && j.start >= 1 && j.start <= at && (j.start >= 2 && s.toks[j.start-2].low == "vấn" && s.toks[j.start-1].low == "đề" || s.toks[j.start-1].low == "về") && plainWordsBetween(s, j.end, at) <= 6 {
			return true
		}
	}
	for _, c := range s.cues {
		if (c.cat == "applicant" || c.cat == "accession") && c.end <= at && (c.cat == "applicant" && plainWordsBetween(s, c.end, at) <= applicantReach(s, c) || c.cat == "accession" && (c.end == at || admissionNamed(s, c, at))) && !completedProcess(s, c, at) && !appositive(s, c.end, at) && !approved(s, c) && !s.hasCueBetween("reconsider", c.start, at) && !wishOfOthers(s, c, at) && !openedBefore(s, c) {
			return true
		}
	}
	return false
}

// openedBefore reports "đã mở đường" (cue c): a way opened in the past,
// told of those who took it ("Sự tham gia của Việt Nam vào ASEAN đã mở
// đường cho Lào, Campuchia và Myanmar tham gia vào tổ chức này"), where
// "mở đường cho Tehran gia nhập đầy đủ" without it is a joining to come.
func openedBefore(s *sentence, c cueHit) bool {
	return c.start > 0 && s.toks[c.start].low == "mở" && s.toks[c.start-1].low == "đã"
}

// plainWordsBetween counts the words of tokens [from, to) that are not
// a list of countries: its names, commas, "và", an acronym in
// parentheses ("mời 6 quốc gia gồm Argentina, Ai Cập, ... và Các tiểu
// vương quốc Arab thống nhất (UAE) gia nhập": "6 quốc gia gồm").
func plainWordsBetween(s *sentence, from, to int) int {
	n := 0
	for i := from; i < to; i++ {
		t := s.toks[i]
		if t.text == "," || t.low == "và" || t.text == "(" || t.text == ")" || t.upper && i > 0 && s.toks[i-1].text == "(" {
			continue
		}
		in := false
		for _, m := range s.ments {
			if m.kind == mCountry && m.start <= i && i < m.end {
				in = true
				break
			}
		}
		if !in {
			n++
		}
	}
	return n
}

// applicantReach is how many words before a membership word a word of
// applying may stand: "đàm phán với Ukraine và Moldova về vấn đề kết
// nạp"; a process only of what follows it ("quá trình gia nhập", not
// "quá trình phê chuẩn tại nghị viện các quốc gia thành viên").
func applicantReach(s *sentence, c cueHit) int {
	switch s.toks[c.start].low {
	case "quá", "tiến":
		if c.start+1 < len(s.toks) && s.toks[c.start+1].low == "gần" {
			return 8 // "tiến gần hơn tới việc gia nhập NATO"
		}
		if c.end < len(s.toks) && s.toks[c.end].low == "đưa" {
			return 8 // "khởi động tiến trình đưa 2 quốc gia Bắc Âu gia nhập liên minh": the process brings them in
		}
		return 2
	case "để":
		return 0 // "để Phần Lan và Thụy Điển gia nhập NATO", not "để hội nhập sâu hơn, Việt Nam đã gia nhập WTO"
	}
	return 8
}

// appositive reports a comma in tokens [from, to) before a membership
// word: "đề nghị Pháp, thành viên thường trực của Hội đồng Bảo an, ..."
// says what France is, whatever is asked of it.
func appositive(s *sentence, from, to int) bool {
	for i := from; i < to; i++ {
		if s.toks[i].text == "," && !listComma(s, i) {
			return true
		}
	}
	return false
}

// listComma reports a comma at token i between two countries of a list
// ("mời 6 quốc gia gồm Argentina, Ai Cập, Iran ... gia nhập").
func listComma(s *sentence, i int) bool {
	end := i
	if i >= 3 && s.toks[i-1].text == ")" && s.toks[i-3].text == "(" {
		end = i - 3 // "Các Tiểu vương quốc Ả Rập Thống nhất (UAE), Ai Cập": the acronym ends the item
	}
	before, after := false, false
	for _, m := range s.ments {
		if m.kind != mCountry {
			continue
		}
		before = before || m.end == i || m.end == end
		after = after || m.start == i+1
	}
	return before && after
}

// wishOfOthers reports a word of wish (cue c: "muốn", "mong muốn", "hy
// vọng") before a status word at token at that nothing makes the wished
// thing: no word of joining, no "trở thành", "làm", "là", "được", "có"
// or "tư cách" right before it. "mong muốn các nước thành viên HĐBA, đặc biệt là Nga ... sẽ
// đóng góp", "bày tỏ mong muốn 10 nước Ủy viên không thường trực ... sẽ
// cùng thúc đẩy": what members are to do is wished, not their seats.
func wishOfOthers(s *sentence, c cueHit, at int) bool {
	switch c.end - c.start {
	case 1:
		if s.toks[c.start].low != "muốn" {
			return false
		}
	case 2:
		if w := s.toks[c.start].low + " " + s.toks[c.start+1].low; w != "mong muốn" && w != "hy vọng" {
			return false
		}
	default:
		return false
	}
	if s.hasCueAt("join", at) {
		return false
	}
	if at >= 1 {
		switch s.toks[at-1].low {
		case "thành", "làm", "là", "được", "cách", "có": // "mong muốn có tư cách thành viên NATO"
			return false
		}
	}
	return true
}

// admissionNamed reports a word of admitting right after accession word c
// ("về việc kết nạp", "thủ tục kết nạp") with the status it grants
// shortly after, at token at: "về việc kết nạp Timor Leste là thành viên
// thứ 11" is the admission the decision is about, its "thành viên" too.
func admissionNamed(s *sentence, c cueHit, at int) bool {
	if c.cat != "accession" {
		return false
	}
	for _, j := range s.cues {
		if j.cat == "join" && j.start == c.end {
			return j.end <= at && plainWordsBetween(s, j.end, at) <= 6
		}
	}
	return false
}

// completedProcess reports an accession process (cue c, "tiến trình",
// "quá trình") told as completed around the membership word at: "hoàn tất
// tiến trình gia nhập", "tiến trình kết nạp Phần Lan vào NATO chính thức
// được hoàn tất". The country is a member.
func completedProcess(s *sentence, c cueHit, at int) bool {
	if w := s.toks[c.start].low; w != "tiến" && w != "quá" && w != "thủ" {
		return false
	}
	for j := max(c.start-2, 0); j < len(s.toks) && j < at+10; j++ {
		if s.toks[j].low == "hoàn" && j+1 < len(s.toks) && (s.toks[j+1].low == "tất" || s.toks[j+1].low == "thành") {
			return j < c.start || j > 0 && (s.toks[j-1].low == "được" || s.toks[j-1].low == "đã")
		}
	}
	return false
}

// referredOrg returns the organisation an orgref mention points back to:
// "khối này", "tổ chức đó", or a pronoun ("Nó") that opens the sentence.
func (a *analysis) referredOrg(s *sentence, m mention) string {
	if m.end < len(s.toks) && (s.toks[m.end].low == "này" || s.toks[m.end].low == "đó") {
		return a.lastOrg
	}
	if m.start == 0 && (s.toks[0].low == "nó" || m.end < len(s.toks) && s.toks[m.end].word && !s.toks[m.end].upper) {
		return a.lastOrg // "Diễn đàn hiện có 21 nền kinh tế thành viên": the subject is the one told before
	}
	return ""
}

// sentenceOrg returns the organisation a sentence is about: the one its
// opening word refers back to ("Diễn đàn hiện có ..."), else the first it
// names, else the one told before (not named: explicit is false).
func (a *analysis) sentenceOrg(s *sentence) (string, bool) {
	led := false
	source := -1 // where an organisation named as a source ends
	left := ""   // the first organisation named as left
	for _, m := range s.ments {
		if m.kind == mOrgRef && m.start == 0 {
			if ref := a.referredOrg(s, m); ref != "" {
				return ref, true
			}
		}
		if m.kind == mOrg && leadsOther(s, m) {
			led = true
			continue
		}
		if m.kind == mOrg && m.start > 0 && s.toks[m.start-1].low == "theo" {
			source = m.end // "..., theo Quỹ Tiền tệ Quốc tế (IMF)": the source of a figure
			continue
		}
		if m.kind == mOrg && source >= 0 && m.start == source+1 && s.toks[source].text == "(" {
			continue // its acronym
		}
		if m.kind == mOrg && orgLeft(s, m) {
			if left == "" {
				left = m.id
			}
			continue // "Sau Brexit (Anh rời Liên minh châu Âu) có hiệu lực, Anh lập tức thông báo với ASEAN rằng ... đối tác đối thoại": the body left is not the one the sentence is about when it names another
		}
		if m.kind == mOrg {
			return m.id, true
		}
	}
	if left != "" {
		return left, true // "Mỹ đã chính thức rút khỏi WHO sau gần 80 năm là thành viên của tổ chức": the membership it ends
	}
	if led {
		return "", false
	}
	return a.lastOrg, false
}

// orgLeft reports organisation mention m named as the one a country
// leaves, right after "rời", "rời khỏi", "ra khỏi" or "rút khỏi": "Anh rời
// Liên minh châu Âu", "Mỹ rút khỏi WHO". A withdrawal states no membership
// of its own, and the body left is not what a sentence's membership word
// is of.
func orgLeft(s *sentence, m mention) bool {
	if m.start == 0 {
		return false
	}
	switch s.toks[m.start-1].low {
	case "rời":
		return true
	case "khỏi":
		if m.start < 2 {
			return false
		}
		w := s.toks[m.start-2].low
		return w == "rời" || w == "ra" || w == "rút"
	}
	return false
}

// nameAfter reports a capitalised word at token i that no mention or cue
// holds: the name of the holder of an office a body's name also is ("Cao
// ủy Liên Hợp Quốc về người tị nạn Filippo Grandi").
func nameAfter(s *sentence, i int) bool {
	return i < len(s.toks) && s.toks[i].word && s.toks[i].upper && !inMention(s, i) && !s.inCueAny(i)
}

// inOffice reports organisation mention m inside a leader's title:
// "Chủ tịch Hội đồng châu Âu Charles Michel" names an office, not the
// body a sentence that lists leaders is about.
func inOffice(s *sentence, m mention) bool {
	for _, p := range s.ments {
		if (p.kind == mLeader || p.kind == mDesc) && p.start <= m.start && m.end <= p.end {
			return true
		}
	}
	return false
}

// leadsOther reports organisation mention m told as what leads something
// else ("do ASEAN dẫn dắt", "do ASEAN làm trung tâm"): "Nhật Bản là thành
// viên tích cực trong các cơ chế do ASEAN dẫn dắt" is no member of ASEAN.
func leadsOther(s *sentence, m mention) bool {
	if m.start == 0 || s.toks[m.start-1].low != "do" || m.end+1 >= len(s.toks) {
		return false
	}
	switch s.toks[m.end].low + " " + s.toks[m.end+1].low {
	case "dẫn dắt", "dẫn đầu", "làm trung", "chủ trì", "khởi xướng", "đề xuất", "đứng đầu":
		return true
	}
	return false
}

// nearestYear returns the closest dated expression with a year to the list.
func (a *analysis) nearestYear(s *sentence, l countryList) calendar.Date {
	best, bestDist := calendar.Date{}, 1<<30
	from, to := s.toks[l.start].start, s.toks[l.end-1].end
	for _, d := range s.dates {
		if termEnds(s, d) {
			continue // when a term ends is no date of joining
		}
		dist := d.Start - to
		if d.End <= from {
			dist = from - d.End
		}
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = d.Date, dist
		}
	}
	if best.Year == 0 {
		return calendar.Date{}
	}
	return calendar.Date{Year: best.Year}
}

// termsToCome makes applicants of the seats an election fills when the
// article tells their term begins later: "Ngày 6/6, Đại hội đồng Liên hợp
// quốc đã bầu Algeria, Guyana ... làm 5 nước ủy viên không thường trực
// mới ... 5 nước mới đắc cử sẽ bắt đầu nhiệm kỳ 2 năm từ ngày 1/1/2024".
// The seats of a sentence that tells of no vote, or of seats held now
// ("đang giữ"), are left as they are.
func (a *analysis) termsToCome(ms []membership) {
	// Most articles have no membership to change: the sentences are
	// searched for a term only when one could be.
	if !slices.ContainsFunc(ms, func(m membership) bool { return m.status == "member" }) || !a.termToCome() {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.status != "member" || m.held {
			continue
		}
		if s := a.sents[m.sent]; (voted(s) || newSeats(s)) && !s.anyCue("holding") {
			m.status, m.since = "applicant", calendar.Date{}
		}
	}
}

// termToCome reports a sentence telling that a term begins on a day after
// the article's date ("sẽ bắt đầu nhiệm kỳ ... từ ngày 1/1/2025"), or, with
// no date of the page's, in the future ("sẽ", "dự kiến").
func (a *analysis) termToCome() bool {
	for _, s := range a.sents {
		for _, c := range s.cues {
			if c.cat == "termstart" && a.startsLater(s, c.start) {
				return true
			}
		}
		for j := 1; j+1 < len(s.toks); j++ {
			if s.toks[j].low == "bắt" && s.toks[j+1].low == "đầu" && s.hasPhrase(max(0, j-8), j, "nhiệm", "kỳ") && a.startsLater(s, j) {
				return true // "bầu A, B làm thành viên ... với nhiệm kỳ hai năm, bắt đầu từ ngày 1/1/2023": the term told, then when it begins
			}
		}
	}
	return false
}

// startsLater reports a date after token at, the start of a term, that is
// after the page's date, or, with no date of the page's, a term told to
// come ("sẽ", "dự kiến" right before at).
func (a *analysis) startsLater(s *sentence, at int) bool {
	future := s.hasToken("sẽ", max(0, at-4), at) || s.hasToken("kiến", max(0, at-4), at)
	for _, d := range s.dates {
		if d.Start < s.toks[at].start || d.Date.Year == 0 {
			continue
		}
		if a.pub.Year != 0 && calendar.After(d.Date, a.pub) || a.pub.Year == 0 && future {
			return true
		}
	}
	return false
}

// newSeats reports a membership word of s followed by "mới": "5 thành
// viên mới là Lebanon, Brazil ...", the seats the election told before
// fills.
func newSeats(s *sentence) bool {
	for _, c := range s.cues {
		if c.cat == "member" && c.val == "member" && c.end < len(s.toks) && s.toks[c.end].low == "mới" {
			return true
		}
	}
	return false
}

// voted reports a vote told in s, not how a body's seats rotate ("do Đại
// hội đồng bầu luân phiên", "được luân phiên bầu lại").
func voted(s *sentence) bool {
	for _, c := range s.cues {
		if c.cat != "election" {
			continue
		}
		if s.hasPhrase(max(0, c.start-3), min(len(s.toks), c.end+3), "luân", "phiên") || c.end < len(s.toks) && s.toks[c.end].low == "lại" || reelected(s, c.start) {
			continue
		}
		return true
	}
	return false
}
