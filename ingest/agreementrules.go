package ingest

import (
	"math"
	"slices"
	"sort"

	"kg/ingest/calendar"
	"kg/ingest/gazetteer"
)

// This file holds the agreement rules: how an agreement word of a clause
// ("hiệp định", "thỏa thuận", "tuyên bố chung", "bản ghi nhớ") becomes a
// document, or does not. An agreement word is read in steps
// (readAgreementAt): its name; the vetoes, any of which says the word
// names no document made or planned; the first status rule that applies;
// the party steps, in order; its date. Each rule and step is named and
// has a sentence it exists for; TestAgreementRuleExamples checks that
// each fires on its own example. To teach the extractor a new phrasing,
// add a rule here with its example.

// agreementReading is what one agreement word of a clause says, as the
// rules read it.
type agreementReading struct {
	a          *analysis
	s          *sentence
	cl         clause
	c          cueHit    // the agreement word
	ag         agreement // what is read so far
	named      bool      // a proper name: "Hiệp định ...", "ký Tuyên bố chung về ..."
	start, end int       // the tokens of its name (end == c.end: the bare word)
	ownSides   bool      // a joint statement named with its sides: "tuyên bố chung của Iran, Ả Rập Xê-út và Trung Quốc"
	quotedFrom bool      // "Trong tuyên bố chung sau hội đàm, ...", "Theo tuyên bố chung, ..."
	issued     bool      // "Tuyên bố chung được hai bên đưa ra sau cuộc gặp"
	signed     bool      // a signing verb, or reached: "ký", "ra tuyên bố chung", "đạt được thỏa thuận"
	expired    bool      // "hết hạn"
	inForce    bool      // "có hiệu lực"
	planned    bool      // a planning word in the clause: "sẽ", "dự kiến"
	ratified   bool      // "sớm phê chuẩn Hiệp định": signed, awaiting ratification
	bloc       bool      // one side is a bloc, not a country: "giữa Việt Nam và MERCOSUR"
	bySummit   bool      // a summit's declaration named for its city: "Tuyên bố Kazan"
	vetoed     bool      // a veto dropped it: no document made or planned
	described  bool      // capitalised, but its name a plain description: "Bản ghi nhớ về hợp tác nghề cá"
}

// agreementRule is one rule of the agreement reading. A veto or status
// rule applies when when says so; a party step applies when its apply
// finds something.
type agreementRule struct {
	name    string
	example string // a sentence the rule exists for
	when    func(r *agreementReading) bool
	// apply, for a status rule, sets what the rule says and reports
	// whether a document is kept; for a party step it adds what it finds
	// and reports whether it found anything.
	apply func(r *agreementReading) bool
}

// traceAgreementRule, when set, is told the name of each agreement rule
// that applies (tests only).
var traceAgreementRule func(name string)

func (r *agreementReading) fired(name string) {
	if traceAgreementRule != nil {
		traceAgreementRule(name)
	}
}

// readAgreementAt reads the agreement word c of clause cl that no known
// agreement's name starts: the document it names, with its status,
// parties and date, or false when it names none made or planned.
func (a *analysis) readAgreementAt(s *sentence, cl clause, c cueHit) (agreement, bool) {
	toks := s.toks
	r := &a.reading
	*r = agreementReading{a: a, s: s, cl: cl, c: c, ag: agreement{kind: c.val, meeting: -1}}
	r.named = toks[c.start].upper && c.start > cl.start && !quotedBack(toks, c) || (toks[c.start].upper && c.end < len(toks) && toks[c.end].upper)
	if c.val == "declaration" && !r.named && !signedRightBefore(s, c.start) && !exchangedRightBefore(s, c.start) {
		// "tuyên bố" is mostly the verb "to declare"; right after a verb of
		// signing or exchange it is the document: "lễ ký tuyên bố công
		// nhận Timor-Leste là thành viên chính thức của ASEAN", "10 nhà
		// lãnh đạo đã ký tuyên bố 8 điểm", "trao đổi tuyên bố về việc
		// nâng cấp quan hệ hai nước".
		return r.ag, false
	}
	r.readName()
	for _, v := range agreementVetoes {
		if v.when(r) {
			r.fired(v.name)
			r.vetoed = true
			return r.ag, false
		}
	}
	r.readManner()
	for _, rule := range agreementStatusRules {
		if rule.when(r) {
			r.fired(rule.name)
			if !rule.apply(r) {
				return r.ag, false
			}
			break
		}
	}
	for _, step := range agreementPartySteps {
		if step.apply(r) {
			r.fired(step.name)
		}
	}
	sort.Strings(r.ag.parties)
	sort.Strings(r.ag.signers)
	// With no party named, the parties are those of the talks just
	// reported ("Sau hội đàm, hai bên ra Tuyên bố chung"): see linkAgreements.
	r.readDate()
	if r.ag.status == "" {
		return r.ag, false
	}
	if r.described && !(len(r.ag.signers) > 0 && signedRightBefore(s, c.start)) && !acronymAfter(toks, r.end) {
		// A description keeps apart only the documents signed one by one
		// ("Bộ trưởng ... và Bộ trưởng ... ký Bản ghi nhớ về ..."); told
		// otherwise, it is the one document told again.
		r.ag.name = ""
		if r.start < c.start {
			r.ag.name = span(toks, r.start, c.end)
		}
	}
	if r.ag.name == "" {
		r.ag.name = defaultAgreementName(r.ag)
	}
	return r.ag, true
}

// readName reads where the document's name starts and ends, and whether
// it is a document named before ("Thỏa thuận này").
func (r *agreementReading) readName() {
	cl, c, toks := r.cl, r.c, r.s.toks
	r.start, r.end = c.start, c.end
	if !r.named && r.start > cl.start && (isDigitWord(toks[r.start-1].text) || countWords[toks[r.start-1].low] >= 2 && toks[r.start-1].low != "năm") {
		r.start--         // "12 văn kiện hợp tác", "chín thỏa thuận hai bên ký kết" (not "năm", a year as often as five)
		r.ag.kind = "mou" // documents signed together: one set of memoranda (docs/ANNOTATION.md)
	}
	justSigned := c.end+1 < len(toks) && toks[c.end].low == "vừa" && (toks[c.end+1].low == "ký" || toks[c.end+1].low == "được")
	if !r.named && (c.end < len(toks) && toks[c.end].low == "này" || referredAbove(toks, c.end, cl.end) || justSigned) {
		// "Thỏa thuận này được ký kết năm 2010", "Hiệp ước kiểm soát vũ
		// khí chiến lược trên chính thức hết hạn", "văn kiện vừa ký sẽ mở
		// ra một kỷ nguyên mới": the agreement named before.
		r.ag.back = true
	}
	r.end = r.nameEnd()
	if r.end > c.end || r.start < c.start {
		r.ag.name = span(toks, r.start, r.end)
		r.ag.proper = r.named && !r.described
	}
}

// nameEnd returns where the document's name ends: after the words that
// follow the agreement word up to one that starts the rest of the
// clause, a quoted name at its quote, a proper name at its last
// capitalised word, an item of a list of documents at the item's end.
func (r *agreementReading) nameEnd() int {
	end := r.c.end
	for end < r.cl.end && end-r.c.end < 12 && r.nameGoesOn(end) {
		end++
	}
	end = r.straddled(end)
	end = r.toQuote(end)
	end = r.properEnd(end)
	for end > r.c.end && danglingWords[r.s.toks[end-1].low] {
		end-- // "Tuyên bố Kuala Lumpur về" cut at the clause's end or twelve words: not a name's last word
	}
	if set := r.a.listOf(r.s, r.cl, r.c); set != nil {
		r.a.enumerated = appendUnique(r.a.enumerated, setName(set.name))
		end = r.listItemEnd()
		r.described = false // an item of a list: its words are all its name
	}
	return end
}

// straddled runs a name cut at twelve words inside a country's or an
// organisation's name on to that name's end, and a few words on: "Tuyên
// bố Tầm nhìn chung về quan hệ quốc phòng Hoa Kỳ – Việt Nam", not "...
// Hoa Kỳ – Việt", whose second side would be lost.
func (r *agreementReading) straddled(end int) int {
	if end-r.c.end < 12 || end >= r.cl.end {
		return end
	}
	for _, m := range r.s.ments {
		if (m.kind == mCountry || m.kind == mOrg) && m.start < end && m.end > end && m.end <= r.cl.end {
			// and on to the other side a dash joins: "... toàn diện Việt Nam-Nga"
			end = m.end
			for e := end; e < r.cl.end && e < m.end+4 && r.nameGoesOn(e); e++ {
				end = e + 1
			}
			return end
		}
	}
	return end
}

// nameGoesOn reports token i a word of the document's name: a word that
// stops no name and is no cue of the document's status, a dash between
// capitalised words, "và" inside a proper name.
func (r *agreementReading) nameGoesOn(i int) bool {
	a, s, toks := r.a, r.s, r.s.toks
	t := toks[i]
	freeTrade := t.low == "do" && i > 0 && toks[i-1].low == "tự"  // "thương mại tự do": free, not "by"
	nuclear := t.low == "nhân" && i > 0 && toks[i-1].low == "hạt" // "thỏa thuận hạt nhân": nuclear, not "on the occasion of"
	if t.text != "" && t.text[0] >= '0' && t.text[0] <= '9' && a.inDate(s, i) {
		return false // "ký thỏa thuận về đất hiếm 28/10": a date ends the name
	}
	switch {
	case t.word && (t.upper || !nameStop[t.low] || freeTrade || nuclear) && !a.cueAt(s, i, "signed", "expired", "inforce", "attrib", "planned"):
		return true
	case (t.text == "-" || t.text == "–" || t.text == "—") && i+1 < r.cl.end && toks[i+1].upper:
		return true
	default:
		// "Hiệp định Đối tác và Hợp tác toàn diện Việt Nam - EU": a
		// proper name goes on after "và" between capitalised words.
		return t.low == "và" && r.named && i > r.c.end && i+1 < r.cl.end && toks[i+1].upper && mentionAt(s, i+1) == nil && !a.cueAt(s, i+1, "agreement")
	}
}

// toQuote runs a quoted name cut at twelve words on to its quote: "ra
// “Tuyên bố chung về việc tiếp tục làm sâu sắc ... quan hệ Việt Nam -
// Trung Quốc”".
func (r *agreementReading) toQuote(end int) int {
	s, c, toks := r.s, r.c, r.s.toks
	if quoted := beforeQuote(s, c.start) < c.start; !quoted || end-c.end < 12 {
		return end
	}
	for e := end; e < r.cl.end && e < c.end+40; e++ {
		if t := toks[e].text; t == "”" || t == "\"" {
			return e
		}
	}
	return end
}

// properEnd ends a proper name on a capitalised word or a known name,
// trimming trailing plain words; a plain description keeps them ("bản
// ghi nhớ về hợp tác nghề cá"). The bare kind word is no name at all.
func (r *agreementReading) properEnd(end int) int {
	s, c, toks := r.s, r.c, r.s.toks
	if !r.named {
		return end
	}
	full := end
	for end > c.end && !toks[end-1].upper && !countryOrOrgAt(s, end-1) && !(toks[end-1].low == "do" && toks[end-2].low == "tự") && !secondSyllable(toks, c.end, end-1) {
		end--
	}
	if end == c.end && full > c.end && !genericWords(toks, c.end, full) {
		// The word capitalised as a name's first, the rest a plain
		// description ("ký Bản ghi nhớ về phát triển và kết nối hạ tầng
		// thương mại biên giới", "ký Nghị định thư hợp tác biên phòng"):
		// the description names it, as the lower-case word's does.
		r.described = true
		return full
	}
	if end-2 > c.end && toks[end-2].low == "và" && end < r.cl.end && toks[end].word && !toks[end].upper && !nameStop[toks[end].low] {
		end++ // "Hiệp ước Hòa bình và Hữu nghị song phương": the second syllable of the word after "và"
	}
	return end
}

// acronymAfter reports a short name in brackets at token i: "Thỏa thuận
// hỗ trợ hậu cần lẫn nhau (MLSA)" is named by its description.
func acronymAfter(toks []token, i int) bool {
	return i+2 < len(toks) && toks[i].text == "(" && toks[i+2].text == ")" && isAcronym(toks[i+1].text)
}

// isAcronym reports a word of capitals (digits and dashes allowed) of two
// letters or more: "MLSA", "RCEP", "SOVFA".
func isAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r >= '0' && r <= '9' || r == '-':
		default:
			return false
		}
	}
	return letters >= 2
}

// genericWords reports the words [from, to) all words that any document
// of cooperation bears ("hợp tác", "quan trọng", "mới"): "Bản ghi nhớ hợp
// tác" is described by no topic of its own.
func genericWords(toks []token, from, to int) bool {
	for i := from; i < to; i++ {
		if !genericDocWords[toks[i].low] {
			return false
		}
	}
	return true
}

var genericDocWords = map[string]bool{"hợp": true, "tác": true, "quan": true, "trọng": true, "mới": true, "chung": true, "song": true, "phương": true}

// listItemEnd is where the name of an item of a list of documents ends: an
// item that is a sentence of its own is all name ("Bản ghi nhớ giữa Bộ
// Khoa học và Công nghệ Việt Nam và Bộ ... Hàn Quốc về hợp tác khoa học
// công nghệ").
func (r *agreementReading) listItemEnd() int {
	s, c, toks := r.s, r.c, r.s.toks
	end := len(toks) // the sentence, whatever clauses it has ("Ngân hàng Nhân dân": not "nhân" the opener)
	if c.start > 0 {
		end = itemEnd(s, c.start) // "gồm: Bản ghi nhớ ...; Hiệp định ...; ...": up to the next item
	}
	for end > c.end && !toks[end-1].word && toks[end-1].text != ")" {
		end--
	}
	return end
}

// danglingWords are prepositions that end no document's name: one cut
// after them ("Tuyên bố Kuala Lumpur về", "Tầm nhìn Putrajaya đến") ends
// before them.
var danglingWords = map[string]bool{"về": true, "đến": true, "lên": true, "tới": true,
	"sáng": true, "chiều": true, "trưa": true, "tối": true} // ("9 văn kiện hợp tác sáng 26/5": the time of a date the name stops at)

// cityAt reports a city mention that starts at token i.
func cityAt(s *sentence, i int) bool {
	for _, m := range s.ments {
		if m.kind == mCity && m.start == i {
			return true
		}
	}
	return false
}

// secondSyllable reports the plain word at i the second syllable of a
// capitalised word of a proper name, which the press writes lower-case
// ("Hiệp định Đối tác Kinh tế Toàn diện", "Hiệp ước Hữu nghị và Hợp tác",
// "Hiệp định Bảo hộ Đầu tư"): the name does not end on its first
// syllable. from is where the words after the agreement word begin.
func secondSyllable(toks []token, from, i int) bool {
	return i > from && toks[i-1].upper && toks[i].word && !nameStop[toks[i].low] && !(i+1 < len(toks) && toks[i+1].word && !toks[i+1].upper && !nameStop[toks[i+1].low])
}

// nestedBetween reports a "giữa" list after token from that is another
// document's, named between: "ký tuyên bố chung về một thỏa thuận hòa
// bình giữa Armenia và Azerbaijan" is signed by those who sign it, the
// peace deal is between the two.
func nestedBetween(s *sentence, from int) bool {
	for _, c := range s.cues {
		if c.cat != "agreement" || c.start < from || c.start >= from+10 {
			continue
		}
		for i := c.end; i < len(s.toks) && i < from+10; i++ {
			if s.toks[i].low == "giữa" {
				return true
			}
		}
	}
	return false
}

// documentSees reports "chứng kiến" at token i, after "này", "mới" and
// adverbs of tense: "Thỏa thuận (này) (cũng) (sẽ) chứng kiến ...".
func documentSees(toks []token, i int) bool {
	for i < len(toks) {
		switch toks[i].low {
		case "này", "mới", "cũng", "sẽ", "đã":
			i++
			continue
		}
		break
	}
	return i+1 < len(toks) && toks[i].low == "chứng" && toks[i+1].low == "kiến"
}

// agreementVetoes say an agreement word names no document made or
// planned: the first that applies drops it.
var agreementVetoes = []agreementRule{
	{
		name:    "negated",
		example: "Hội nghị kết thúc mà không thông qua một tuyên bố chung nào.",
		when:    func(r *agreementReading) bool { return r.a.negated(r.s, r.cl, r.c.start) },
	},
	{
		name:    "hypothetical",
		example: "Trong trường hợp Moscow và Kiev đạt được thỏa thuận, Mỹ sẽ dỡ bỏ lệnh trừng phạt.",
		when:    func(r *agreementReading) bool { return hypothetical(r.s, r.cl, r.c.start) },
	},
	{
		// The treaty acceded to is the fact, not the instrument.
		name:    "an-instrument-of-accession",
		example: "Ngoại trưởng Timor-Leste đã trao văn kiện gia nhập Hiệp ước Hữu nghị và Hợp tác ở Đông Nam Á (TAC).",
		when:    func(r *agreementReading) bool { return !r.named && accessionTo(r.s, r.c) },
	},
	{
		// A country's application to join a treaty ("Indonesia sẽ nộp đơn
		// xin gia nhập Hiệp định CPTPP", "đã chính thức nộp đơn xin gia
		// nhập Hiệp định Đối tác Kinh tế Toàn diện Khu vực (RCEP)", "nộp
		// đơn xin tham gia Hiệp định ..."): the applicant is no side of the
		// treaty, nor is a document planned; the application is a
		// membership (memberships.go).
		name:    "an-application-to-join",
		example: "Indonesia sẽ nộp đơn xin gia nhập Hiệp định CPTPP trong năm nay.",
		when:    func(r *agreementReading) bool { return applicationToJoin(r.s, r.c.start) },
	},
	{
		// A photo's caption that names who stands in it from left to right
		// ("(Từ trái sang) Thủ tướng Malaysia ..., Thủ tướng Thái Lan ...,
		// Thủ tướng Campuchia ... và Tổng thống Mỹ ... tại lễ ký tuyên bố
		// chung hòa bình"), the witnesses with the signers, tells of the
		// article's document again; it gives no document of its own unless
		// it names the sides ("lễ ký kết thỏa thuận ngừng bắn giữa
		// Campuchia và Thái Lan").
		name:    "a-photo-caption",
		example: "(Từ trái sang) Tổng thống Azerbaijan Ilham Aliyev, Tổng thống Mỹ Donald Trump và Thủ tướng Armenia Nikol Pashinyan trong lễ ký thỏa thuận hòa bình tại Nhà Trắng.",
		when: func(r *agreementReading) bool {
			return leftToRight(r.s) && len(r.a.betweenList(r.s, r.cl, r.c.end)) < 2
		},
	},
	{
		// The one named, described: "hiệp định" is its description.
		name:    "a-description",
		example: "RCEP là một hiệp định tự do thương mại được ký kết giữa 15 nước.",
		when:    func(r *agreementReading) bool { return !r.named && describes(r.s, r.c.start) },
	},
	{
		// Documents spoken of, none named, counted or just signed.
		name:    "documents-spoken-of",
		example: "Hai bên nhất trí rằng tất cả các thỏa thuận đã được thực hiện nghiêm túc.",
		when:    func(r *agreementReading) bool { return r.severalDocuments() && !signedRightBefore(r.s, r.c.start-1) },
	},
	{
		// What was agreed, no document.
		name:    "what-was-agreed",
		example: "Hai bên nhất trí triển khai hiệu quả thỏa thuận đạt được giữa lãnh đạo cấp cao hai nước.",
		when:    func(r *agreementReading) bool { return !r.named && implementsWhatWasAgreed(r.s, r.c) },
	},
	{
		// One spoken of, not one made: what it says, its terms.
		name:    "under-an-agreement",
		example: "Theo thỏa thuận, Nga sẽ tăng lượng khí đốt xuất khẩu sang Trung Quốc.",
		when: func(r *agreementReading) bool {
			toks, c := r.s.toks, r.c
			if r.named || c.start == 0 || toks[c.start-1].low != "theo" && toks[c.start-1].low != "của" {
				return false
			}
			return !ownStatement(r.s, c, r.end) && !quotedStatement(r.s, c)
		},
	},
}

// severalDocuments reports a plain agreement word in the plural ("các
// thỏa thuận", "nhiều văn kiện") that names no list and no document.
func (r *agreementReading) severalDocuments() bool {
	s, c := r.s, r.c
	if r.named || c.start == 0 || r.a.listOf(s, r.cl, c) != nil {
		return false
	}
	if !severalDocuments[s.toks[c.start-1].low] {
		return pluralCoordinated(s.toks, c.start)
	}
	return (r.end == c.end || manyOf[s.toks[c.start-1].low]) && !opensList(s, r.end) && !opensList(s, passiveSignedEnd(s.toks, r.end)) && !toBeSigned(s.toks, r.end) && !r.shownInPlan()
}

// shownInPlan reports documents told signed in the passive ("các văn kiện
// được ký kết") in a clause a plan word opens before them, and carried
// out by no verb right before: "Hai nhà lãnh đạo sẽ xem và nghe giới
// thiệu các văn kiện được ký kết" plans the set; "sẽ triển khai các văn
// kiện được ký kết" speaks of documents made.
func (r *agreementReading) shownInPlan() bool {
	s, c := r.s, r.c
	return passiveSigned(s.toks, r.end) && r.a.plannedBefore(s, r.cl, c.start) && !carriedOutWithin(s, c, 3)
}

// toBeSigned reports "sẽ được ký" right at token i: "nhiều văn kiện hợp
// tác Việt Nam - UAE sẽ được ký kết" is a set to be signed, not documents
// spoken of.
func toBeSigned(toks []token, i int) bool {
	return i+1 < len(toks) && toks[i].low == "sẽ" && passiveSigned(toks, i+1)
}

// passiveSignedEnd returns where a passive signing right at token i ends
// ("được ký kết và trao", "đã được ký"), or i: "các văn kiện được ký kết
// và trao gồm:" opens a list of the documents as "các văn kiện gồm:" does.
func passiveSignedEnd(toks []token, i int) int {
	if !passiveSigned(toks, i) {
		return i
	}
	j := i
	for j < len(toks) && j < i+8 && toks[j].word && toks[j].low != "gồm" && toks[j].low != "bao" {
		j++
	}
	return j
}

// pluralCoordinated reports a document word at token i joined by a comma
// or "và" to a plain noun that a plural word opens: "triển khai hiệu quả
// các cơ chế, thỏa thuận hợp tác" speaks of all the mechanisms and
// agreements, none made.
func pluralCoordinated(toks []token, i int) bool {
	if i < 3 || toks[i-1].text != "," && toks[i-1].low != "và" {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-5; j-- {
		switch {
		case severalDocuments[toks[j].low]:
			return true
		case !toks[j].word || toks[j].upper:
			return false
		}
	}
	return false
}

// ownStatement reports a joint statement named with two sides or more,
// its name ending at end: "Theo thông cáo chung Việt Nam - Mỹ, ...".
func ownStatement(s *sentence, c cueHit, end int) bool {
	return c.val == "joint_statement" && len(sidesOfStatement(s, c, end)) >= 2
}

// quotedStatement reports a joint statement quoted from: "Trong tuyên bố
// chung sau hội đàm, ...", "Theo tuyên bố chung, ...".
func quotedStatement(s *sentence, c cueHit) bool {
	return c.val == "joint_statement" && c.start > 0 && (s.toks[c.start-1].low == "trong" || s.toks[c.start-1].low == "theo")
}

// readManner reads what the clause says of the document: made, reached,
// issued, planned, expired, in force.
func (r *agreementReading) readManner() {
	a, s, cl, c, toks := r.a, r.s, r.cl, r.c, r.s.toks
	if r.severalDocuments() {
		// "chứng kiến lễ ký kết nhiều thỏa thuận hợp tác", "thông qua
		// nhiều văn kiện", "Lễ trao các văn kiện hợp tác": a set signed
		// together, one fact of kind mou (docs/ANNOTATION.md).
		r.ag.kind = "mou"
	} else if membershipInstrument(s, c) {
		r.ag.kind = "agreement"
	}
	if !r.named && r.end == c.end && r.start == c.start && a.lastAg != nil && carriedOutWithin(s, c, 2) {
		// "các bước thực hiện thỏa thuận", "giám sát việc thực hiện thỏa
		// thuận": the bare word, carried out, is the agreement told before.
		r.ag.back = true
	}
	r.ownSides = ownStatement(s, c, r.end)
	r.quotedFrom = quotedStatement(s, c)
	r.issued = c.val == "joint_statement" && s.hasPhrase(cl.start, cl.end, "đưa", "ra")
	_, r.signed = s.hasCue("signed", cl.start, cl.end)
	r.signed = r.signed || r.issued
	reach := c.end + 8
	if r.end > c.end && countryOrOrgAt(s, r.end-1) {
		// "Thỏa thuận khôi phục quan hệ Iran - Saudi Arabia đã đạt được
		// vào ngày 10/3": a name that ends on its sides, the verb after it.
		reach = max(reach, r.end+3)
	}
	if _, ok := s.hasCue("reached", c.end, min(cl.end, reach)); ok {
		r.signed = true // "thỏa thuận ngừng bắn đã đạt được": reached, after the agreement word
	}
	if rc, ok := s.hasCue("reached", max(cl.start, c.start-3), c.start); ok && wordsBetween(s, rc.end, c.start) <= 1 && !purposeBefore(s, rc.start) && !negatedWithin(s, rc.start, 3) && !almostBefore(s.toks, rc.start) {
		r.signed = true // "hai bên đạt được (một) thỏa thuận ngừng bắn", "nhất trí về thỏa thuận khoáng sản"
	}
	if at, ok := reachedBare(toks, c.start); ok && !purposeBefore(s, at) && !negatedWithin(s, at, 3) {
		r.signed = true // "Mỹ và Taliban đã đạt thoả thuận về việc giảm bạo lực": "đạt" without "được", as headlines write it
	}
	if exchangedRightBefore(s, c.start) {
		r.signed = true // "trao đổi Bản ghi nhớ về hợp tác", "Lễ trao đổi các văn kiện hợp tác": documents exchanged are signed
	}
	if b := beforeQuote(s, c.start); b > 0 && (toks[b-1].low == "ra" || toks[b-1].low == "một" && b > 1 && toks[b-2].low == "ra") {
		r.signed = true // "hai bên ra “Tuyên bố chung về ...”": quoted or not
	}
	_, r.expired = s.hasCue("expired", cl.start, cl.end)
	r.inForce = a.inForce(s, cl, c.val, c.start)
	_, r.planned = s.hasCue("planned", cl.start, cl.end)
	r.ratified = c.start > 0 && toks[c.start-1].low == "chuẩn"
}

// setStatus returns a status rule's apply that sets status and keeps the
// document.
func setStatus(status string) func(r *agreementReading) bool {
	return func(r *agreementReading) bool {
		r.ag.status = status
		return true
	}
}

// agreementStatusRules give the document its status: the first that
// applies wins; one whose apply reports false drops the word.
var agreementStatusRules = []agreementRule{
	{
		name:    "expired",
		example: "Thỏa thuận hợp tác nghề cá giữa hai nước đã hết hạn vào năm 2020.",
		when:    func(r *agreementReading) bool { return r.expired },
		apply:   setStatus("expired"),
	},
	{
		name:    "in-force",
		example: "Hiệp định thương mại tự do giữa Việt Nam và Israel có hiệu lực từ ngày 17/11.",
		when:    func(r *agreementReading) bool { return r.inForce },
		apply:   setStatus("in_force"),
	},
	{
		name:    "awaiting-ratification",
		example: "Hai bên nhất trí sớm phê chuẩn Hiệp định về dẫn độ đã ký năm 2023.",
		when:    func(r *agreementReading) bool { return r.ratified },
		apply:   setStatus("signed"),
	},
	{
		// A document pushed forward by its proper name ("thúc đẩy Hiệp ước
		// Quirinal giữa Rome và Paris", "thúc đẩy Hiệp định kinh tế và
		// thương mại toàn diện (CETA)") is one that exists, carried
		// further; a plan is told with an article or a verb between
		// ("thúc đẩy một thỏa thuận thương mại tự do ba bên", "thúc đẩy
		// đàm phán Hiệp định ...").
		name:    "pushed-forward-by-name",
		example: "Cuộc gặp là cơ hội tốt để thúc đẩy Hiệp ước Quirinal giữa Rome và Paris.",
		when: func(r *agreementReading) bool {
			toks, i := r.s.toks, r.c.start
			return r.named && i >= 2 && toks[i-2].low == "thúc" && toks[i-1].low == "đẩy"
		},
		apply: setStatus("signed"),
	},
	{
		// A document that opens its clause and "sees" what follows (the
		// English "the deal will see": "Thỏa thuận này chứng kiến sự thành
		// lập của Quỹ ...") exists: what is to come is what it brings, not
		// its signing.
		name:    "a-document-that-sees",
		example: "Thỏa thuận cũng sẽ chứng kiến việc Thái Lan phóng thích 18 tù binh Campuchia vì lý do nhân đạo.",
		when: func(r *agreementReading) bool {
			return r.c.start == r.cl.start && !r.named && documentSees(r.s.toks, r.c.end)
		},
		apply: setStatus("signed"),
	},
	{
		// A document to be carried out exists: "chính phủ của ông sẽ thực
		// thi bản ghi nhớ 3 bên giữa Thụy Điển, Phần Lan và Thổ Nhĩ Kỳ",
		// "hai bên sẽ thực hiện các thỏa thuận hợp tác kinh tế và an ninh
		// đã ký hơn 20 năm trước": what is to come is its carrying out,
		// not its signing. Only with no verb of signing in the clause
		// ("sẽ ký và triển khai thỏa thuận" is a plan).
		name:    "to-be-carried-out",
		example: "Thủ tướng Kristersson cho biết chính phủ của ông sẽ thực thi bản ghi nhớ 3 bên giữa Thụy Điển, Phần Lan và Thổ Nhĩ Kỳ.",
		when: func(r *agreementReading) bool {
			return r.planned && !r.signed && carriedOutWithin(r.s, r.c, 2) && (r.named || r.end > r.c.end)
		},
		apply: setStatus("signed"),
	},
	{
		name:    "planned",
		example: "Hai nhà lãnh đạo sẽ ký Tuyên bố chung về quan hệ Đối tác chiến lược toàn diện.",
		when: func(r *agreementReading) bool {
			a, s, cl, c := r.a, r.s, r.cl, r.c
			return r.planned && (a.plannedBefore(s, cl, c.start) || listedPlan(s, cl, c.start)) ||
				plannedItemAfter(s, cl) || witnessedInPlan(s, cl, c.start) || plannedSigningAfter(s, cl, c.end) ||
				a.negotiating(s, cl, c.start) || r.planned && plannedInRelative(s, c) || r.planned && plannedConjunct(a, s, cl, c.start) ||
				programmeSentence(s) && !doneWithin(s, cl.start, cl.end) || plannedVerbList(s, r.start)
		},
		apply: setStatus("planned"),
	},
	{
		// The signing told as a noun is of the plan the sentence goes on with.
		name:    "a-signing-of-the-plan",
		example: "Bên cạnh việc ký hiệp ước hợp tác quốc phòng, hai lãnh đạo sẽ thảo luận về an ninh khu vực.",
		when: func(r *agreementReading) bool {
			return r.signed && nominalSigning(r.s, r.c.start) && plannedAfter(r.s, r.c.end)
		},
		apply: setStatus("planned"),
	},
	{
		// A signing that a proposal or wish governs is still to come.
		name:    "a-signing-proposed",
		example: "Bộ trưởng Hector Timerman đề xuất hai bên cần tiếp tục trao đổi, đi đến thống nhất ký kết các hiệp định về hợp tác kinh tế giữa Việt Nam và Argentina.",
		when:    func(r *agreementReading) bool { return r.signed && proposedSigning(r.s, r.cl, r.start) },
		apply:   setStatus("planned"),
	},
	{
		name:    "signed",
		example: "Hai bên đã ký Bản ghi nhớ về hợp tác nghề cá.",
		when:    func(r *agreementReading) bool { return r.signed },
		apply:   setStatus("signed"),
	},
	{
		// A joint statement that says something was issued: "Tuyên bố
		// chung của hai nước nêu rõ, ...", "tuyên bố chung của hai nhà
		// lãnh đạo nhấn mạnh: ...", "Tuyên bố chung, được trích dẫn bởi
		// Ngoại trưởng Nga, cho biết ...". Its sides are those named with
		// it, as for one issued.
		name:    "a-statement-that-says",
		example: "Tuyên bố chung của hai nước nêu rõ, Ấn Độ và Pakistan đã nhất trí giải quyết các vấn đề cốt lõi.",
		when: func(r *agreementReading) bool {
			return r.c.val == "joint_statement" && !r.planned && statementSays(r.s, r.c, r.end)
		},
		apply: func(r *agreementReading) bool {
			r.ag.status = "signed"
			r.issued = true // "của hai nước" after it names its sides (twoSides)
			return true
		},
	},
	{
		// "Trong tuyên bố chung, ... cũng gửi lời cảm ơn tới Iraq và
		// Oman": the joint statement told of just before, if one was.
		name:    "quoted-from",
		example: "Trong tuyên bố chung, hai nước cũng gửi lời cảm ơn tới Iraq và Oman.",
		when:    func(r *agreementReading) bool { return r.quotedFrom && !r.ownSides && !r.planned },
		apply: func(r *agreementReading) bool {
			r.ag.status = "signed"
			r.ag.back = r.a.lastAg != nil && r.a.lastAg.kind == "joint_statement"
			return true
		},
	},
	{
		// A joint statement named with its sides is one they issued.
		name:    "a-statement-of-its-sides",
		example: "Theo thông cáo chung Việt Nam - Mỹ, hai nước nhất trí tăng cường hợp tác.",
		when:    func(r *agreementReading) bool { return r.ownSides },
		apply: func(r *agreementReading) bool {
			r.ag.status = "signed"
			for _, iso := range sidesOfStatement(r.s, r.c, r.end) {
				r.ag.parties = appendUnique(r.ag.parties, iso)
			}
			return true
		},
	},
	{
		// One of the documents a list is of, after "Các văn kiện hợp tác
		// gồm:": the status and date of the set.
		name:    "an-item-of-a-list",
		example: "Hai Thủ tướng chứng kiến lễ trao các văn kiện hợp tác gồm: Bản ghi nhớ về hợp tác nông nghiệp; Hiệp định về dẫn độ.",
		when:    func(r *agreementReading) bool { return r.a.listOf(r.s, r.cl, r.c) != nil },
		apply: func(r *agreementReading) bool {
			set := r.a.listOf(r.s, r.cl, r.c)
			r.ag.status, r.ag.date = set.status, set.date
			return true
		},
	},
	{
		// A document whose years are counted at an anniversary ("kỷ niệm
		// 75 năm thiết lập quan hệ ngoại giao và 70 năm hiệp ước phòng vệ
		// chung") was signed that many years ago (readDate dates it).
		name:    "an-anniversary",
		example: "Năm nay hai nước kỷ niệm 75 năm thiết lập quan hệ ngoại giao và 70 năm hiệp ước phòng vệ chung.",
		when: func(r *agreementReading) bool {
			_, ok := r.a.anniversary(r.s, r.cl, r.c.start)
			return ok
		},
		apply: setStatus("signed"),
	},
	{
		// A declaration named for the city of the summit that adopted it
		// ("Tuyên bố Kazan", "Tuyên bố Tam Á", "Tuyên bố Djerba", "Tuyên bố
		// Đà Nẵng") is that summit's outcome, adopted, whatever the clause
		// says of it: "chương trình nghị sự của hội nghị và Tuyên bố Kazan
		// đã gửi đi thông điệp về ...". A plan in the clause reads first.
		// It is the organisation's: the countries of the clause are no
		// sides of it, only leaders who sign it.
		name:    "a-declaration-named-for-its-city",
		example: "Chương trình nghị sự của hội nghị và Tuyên bố Kazan đã gửi đi thông điệp về việc củng cố các mối quan hệ trong khối.",
		when: func(r *agreementReading) bool {
			return r.c.val == "declaration" && r.named && cityAt(r.s, r.c.end)
		},
		apply: func(r *agreementReading) bool {
			r.ag.status = "signed"
			r.bySummit = true // the countries of the clause are no sides of it (clauseCountries)
			return true
		},
	},
	{
		// A proper name told with no verb: kept only if an anniversary of
		// its signing gives it a status (readDate).
		name:    "a-proper-name",
		example: "Hai bên đánh giá cao Hiệp định Hợp tác Kinh tế Việt Nam - Lào.",
		when:    func(r *agreementReading) bool { return r.named },
		apply:   setStatus(""),
	},
	{
		name:    "plans-under-it",
		example: "Hai nước sẽ tăng cường trao đổi thương mại trong khuôn khổ thỏa thuận hợp tác kinh tế.",
		when:    func(r *agreementReading) bool { return r.planned },
		apply:   func(*agreementReading) bool { return false },
	},
	{
		name:    "spoken-of-in-passing",
		example: "Các bên đều muốn có thỏa thuận.",
		when:    func(*agreementReading) bool { return true },
		apply:   func(*agreementReading) bool { return false },
	},
}

// agreementPartySteps find the document's parties and organisation, in
// order, each from what the steps before left; apply reports whether
// the step found anything.
var agreementPartySteps = []agreementRule{
	{
		// The organisation the clause names, other than one that can be
		// a party: where the document was made.
		name:    "the-clause's-organisation",
		example: "Tại Đại hội đồng Liên hợp quốc, hai nước đã ký Bản ghi nhớ về hợp tác y tế.",
		apply: func(r *agreementReading) bool {
			for _, m := range r.s.ments {
				if m.kind == mOrg && m.start >= r.cl.start && m.end <= r.cl.end && !partnerOrgs[m.id] {
					r.ag.org = m.id
					return true
				}
			}
			return false
		},
	},
	{
		name:    "countries-in-its-name",
		example: "Hai bên đã ký Hiệp định Thương mại tự do Việt Nam - Bangladesh.",
		apply: func(r *agreementReading) bool {
			found := false
			for _, m := range r.s.ments {
				if (m.kind == mCountry || m.kind == mOrg && partnerOrgs[m.id]) && m.start >= r.c.start && m.end <= r.end {
					r.ag.parties = appendUnique(r.ag.parties, m.id)
					found = true
				}
			}
			return found
		},
	},
	{
		// The countries of the clause, up to the next document it names:
		// "ký một thỏa thuận thương mại với Malaysia và chứng kiến lễ ký
		// thỏa thuận ngừng bắn giữa Thái Lan và Campuchia" gives the
		// second's sides to it alone.
		name:    "countries-of-the-clause",
		example: "Nhật Bản và Philippines đã ký thỏa thuận tiếp cận qua lại.",
		apply:   (*agreementReading).clauseCountries,
	},
	{
		// Provinces and cities that sign, for their countries: "Lễ ký kết
		// Thỏa thuận hợp tác giữa tỉnh Thanh Hóa và tỉnh Houaphanh", "UBND
		// tỉnh Lai Châu đã ký kết Biên bản ghi nhớ ... với Hội đồng thành
		// phố Kazanlak, ... Cộng hòa Bungari", "ký kết thỏa thuận hợp tác
		// giữa tỉnh Quảng Ninh (Việt Nam) với tỉnh Hokkaido (Nhật Bản)":
		// the countries of two local governments are the sides. One where
		// it happens ("tại tỉnh Lai Châu") is none.
		name:    "local-governments",
		example: "Lễ ký kết Thỏa thuận hợp tác giai đoạn 2026 - 2030 giữa tỉnh Thanh Hóa và tỉnh Houaphanh.",
		apply:   (*agreementReading).localGovernments,
	},
	{
		// The leaders who sign, and their countries: two sides at most
		// from those named, unless they are the signing verb's subject
		// ("Tổng thống Hàn Quốc ..., Tổng thống Mỹ ... và Thủ tướng Nhật
		// Bản ... ngày 18/8 đã ra Tuyên bố chung").
		name:    "the-signers",
		example: "Thủ tướng Phạm Minh Chính và Thủ tướng Anthony Albanese đã ký Tuyên bố chung.",
		apply:   (*agreementReading).signersOfClause,
	},
	{
		// "Nga và Ukraine đạt được thỏa thuận ...", "chứng kiến đại diện
		// Rwanda và CHDC Congo ký thỏa thuận": the countries that sign are
		// the sides, not the others of the clause (the talks' mediator,
		// the witness).
		name:    "the-signing-subject",
		example: "Tổng thống Trump chứng kiến đại diện Rwanda và CHDC Congo ký thỏa thuận hòa bình.",
		apply: func(r *agreementReading) bool {
			sides := r.a.signingSubject(r.s, r.cl, r.c)
			if len(sides) < 2 {
				return false
			}
			r.ag.parties = sides
			r.ag.signers = slices.DeleteFunc(r.ag.signers, func(k string) bool {
				p := r.a.people.get(k)
				return p != nil && p.country != "" && !slices.Contains(sides, p.country)
			})
			return true
		},
	},
	{
		name:    "between-the-sides",
		example: "Mỹ cho biết thỏa thuận ngừng bắn đã đạt được giữa Ấn Độ và Pakistan.",
		apply: func(r *agreementReading) bool {
			between := r.a.betweenList(r.s, r.cl, r.c.end)
			if len(between) < 2 || nestedBetween(r.s, r.c.end) {
				return false
			}
			r.ag.parties = between
			return true
		},
	},
	{
		// One country and a bloc; the bloc is no country side.
		name:    "a-country-and-a-bloc",
		example: "Hai bên đã ký Hiệp định Thương mại giữa Việt Nam và Khối thị trường chung Nam Mỹ (MERCOSUR).",
		apply: func(r *agreementReading) bool {
			iso, org := countryAndBloc(r.s, r.cl, r.c.end)
			if iso == "" {
				// "FTA Việt Nam - MERCOSUR", "hiệp định thương mại tự do (FTA) Việt Nam - MERCOSUR"
				iso, org = countryDashBloc(r.s, r.c.end, min(r.cl.end, r.end+8))
			}
			if iso == "" {
				return false
			}
			r.ag.parties, r.bloc = []string{iso}, true
			if r.ag.org == "" {
				r.ag.org = org
			}
			return true
		},
	},
	{
		// A bloc that is a side of its own (partnerOrgs: the EU, ASEAN,
		// the African Union) between whom the document is, with a country
		// or another bloc: "hiệp định thương mại tự do (FTA) giữa Liên minh
		// châu Âu (EU) và Ấn Độ", "thỏa thuận thương mại giữa Liên minh châu
		// Âu (EU) và Khối thị trường chung Nam Mỹ Mercosur". The bloc and
		// the country are the sides, whoever the clause's leaders are (a
		// member state's: "Thủ tướng Đức Olaf Scholz ... hội đàm với ...
		// Narendra Modi"); another bloc that is no side of its own is the
		// document's organisation.
		name:    "a-bloc-and-its-partner",
		example: "Hai nhà lãnh đạo cam kết thúc đẩy việc ký kết hiệp định thương mại tự do (FTA) giữa Liên minh châu Âu (EU) và Ấn Độ.",
		apply: func(r *agreementReading) bool {
			parties, org := blocAndPartner(r.s, r.cl, r.c.end)
			if len(parties) == 0 {
				return false
			}
			r.ag.parties, r.bloc = parties, org != ""
			r.ag.signers = nil // the leaders of the clause speak of it; the blocs make it
			if org != "" {
				r.ag.org = org
			}
			return true
		},
	},
	{
		name:    "signed-with-a-leader",
		example: "Thủ tướng Nhật Bản đã ký thỏa thuận với Tổng thống Mỹ Donald Trump.",
		apply: func(r *agreementReading) bool {
			found := false
			for _, m := range r.s.ments {
				if m.start > r.c.start && m.end <= consequenceCut(r.s, r.end, r.cl.end) && len(m.keys) == 1 && r.s.toks[m.start-1].low == "với" {
					if mc, met := r.s.hasCue("meet", r.c.end, m.start); met && mc.start > 0 && (r.s.toks[mc.start-1].low == "tại" || r.s.toks[mc.start-1].low == "trong") {
						continue // "ký thỏa thuận ... tại cuộc gặp với Tổng thống Donald Trump": the host of the meeting where it was signed, no side
					}
					r.ag.signers = appendUnique(r.ag.signers, m.keys[0])
					if p := r.a.people.get(m.keys[0]); p != nil && p.country != "" {
						r.ag.parties = appendUnique(r.ag.parties, p.country)
					}
					found = true
				}
			}
			return found
		},
	},
	{
		// "hai bên ký Tuyên bố ...", "Tuyên bố chung được hai bên đưa ra
		// sau cuộc gặp": the countries of the article's two leaders.
		name:    "the-two-sides",
		example: "Tổng thống Joe Biden hội đàm với Thủ tướng Kishida Fumio. Sau hội đàm, hai bên đã ký Tuyên bố chung.",
		apply:   (*agreementReading).twoSides,
	},
	{
		// The list's sides: "Ủy ban Chứng khoán Nhà nước" is Vietnam's.
		name:    "the-list's-sides",
		example: "Hai Thủ tướng chứng kiến lễ trao các văn kiện hợp tác Việt Nam - Lào gồm: Bản ghi nhớ giữa Ủy ban Chứng khoán Nhà nước và Ủy ban Chứng khoán Lào.",
		apply: func(r *agreementReading) bool {
			set := r.a.listOf(r.s, r.cl, r.c)
			if set == nil || len(r.ag.parties) >= 2 || r.bloc {
				return false
			}
			for _, p := range set.parties {
				r.ag.parties = appendUnique(r.ag.parties, p)
			}
			return true
		},
	},
	{
		// A document its own words call trilateral ("bản ghi nhớ 3 bên",
		// "văn kiện ký kết ba bên với Thủ tướng Armenia ... và Tổng thống
		// Azerbaijan ...") is between the three countries its sentence
		// names, by name or through their leaders, when it names three:
		// the signers step takes two sides at most.
		name:    "three-sides",
		example: "Tổng thống Mỹ Donald Trump cầm văn kiện ký kết ba bên với Thủ tướng Armenia Nikol Pashinyan và Tổng thống Azerbaijan Ilham Aliyev.",
		apply:   (*agreementReading).threeSides,
	},
	{
		// The country an instrument of admission admits ("ký văn kiện
		// chính thức kết nạp Belarus vào SCO", "ký Tuyên bố kết nạp
		// Timor-Leste vào ASEAN", "lễ ký tuyên bố công nhận Timor-Leste
		// là thành viên chính thức của ASEAN") is no side of it: the
		// members sign it.
		name:    "the-admitted",
		example: "Người đứng đầu các nước thành viên SCO đã ký văn kiện chính thức kết nạp Belarus.",
		apply: func(r *agreementReading) bool {
			s, c := r.s, r.c
			if !membershipInstrument(s, c) && c.val != "declaration" {
				return false
			}
			for _, m := range s.ments {
				if m.kind == mCountry && m.start >= c.end+2 && m.start < c.end+8 && (s.toks[m.start-2].low == "kết" && s.toks[m.start-1].low == "nạp" || s.toks[m.start-2].low == "công" && s.toks[m.start-1].low == "nhận") {
					if slices.ContainsFunc(r.ag.signers, func(k string) bool { p := r.a.people.get(k); return p == nil || p.country == "" || p.country == m.id }) {
						// "Bộ trưởng Ngoại giao Nguyễn Mạnh Cầm ký Tuyên bố kết nạp
						// Việt Nam ...": the admitted signs its own, by a signer of
						// its country or of none the text gives.
						return false
					}
					n := len(r.ag.parties)
					r.ag.parties = slices.DeleteFunc(r.ag.parties, func(iso string) bool { return iso == m.id })
					return len(r.ag.parties) < n
				}
			}
			return false
		},
	},
	{
		// "Hội nghị thượng đỉnh ASEAN - GCC tại Riyadh. Theo dự kiến, hội
		// nghị sẽ ra tuyên bố chung": the summit told before adopts it.
		name:    "the-summit-told-before",
		example: "Thủ tướng dự Hội nghị Cấp cao ASEAN - GCC tại Riyadh. Theo dự kiến, hội nghị sẽ ra tuyên bố chung.",
		apply: func(r *agreementReading) bool {
			if r.ag.org != "" || len(r.ag.parties) > 0 || r.a.lastOrg == "" || !summitSubject(r.s, r.cl, r.c.start) {
				return false
			}
			r.ag.org = r.a.lastOrg
			return true
		},
	},
	{
		// A set of documents counted at a summit with no side named ("Dự
		// kiến khoảng 80 văn kiện sẽ được các lãnh đạo thông qua hoặc ghi
		// nhận", "các Lãnh đạo sẽ ký kết, thông qua và ghi nhận gần 80 văn
		// kiện") is the organisation's told before.
		name:    "a-set-of-the-organisation",
		example: "Thủ tướng dự Hội nghị Cấp cao ASEAN lần thứ 44. Dự kiến khoảng 80 văn kiện sẽ được các lãnh đạo thông qua hoặc ghi nhận.",
		apply: func(r *agreementReading) bool {
			if r.ag.org != "" || len(r.ag.parties) > 0 || len(r.ag.signers) > 0 || r.a.lastOrg == "" || r.start == r.c.start || r.ag.kind != "mou" {
				return false
			}
			r.ag.org = r.a.lastOrg
			return true
		},
	},
	{
		// "BRICS đã thông qua tuyên bố chung, trong đó có kết nạp 6 thành
		// viên mới gồm ...", "các lãnh đạo ASEAN thông qua Tuyên bố về
		// việc Timor Leste xin gia nhập": the organisation's document; the
		// countries it speaks of are no sides. An organisation right
		// before the verb adopts it whatever the clause named before ("để
		// APEC thông qua Tuyên bố chung", "khối đã thông qua tuyên bố
		// chung": orgRightBeforeVerb).
		name:    "adopted-by-an-organisation",
		example: "BRICS đã thông qua tuyên bố chung, trong đó có kết nạp 6 thành viên mới gồm Argentina, Ai Cập, Ethiopia, Iran, Ả Rập Xê-út và UAE.",
		apply: func(r *agreementReading) bool {
			org := r.a.adoptedBy(r.s, r.cl, r.c)
			if org == "" {
				return false
			}
			r.ag.parties, r.ag.org = nil, org
			return true
		},
	},
	{
		// A convention opened for signature ("Lễ mở ký Công ước Liên hợp
		// quốc về chống tội phạm mạng", "Chủ tịch nước ... đến dự Lễ mở ký
		// Công ước Hà Nội", "cảm ơn Campuchia đã cử Đoàn ... dự Lễ mở ký
		// Công ước ..."): open to all, its sides are none of those who host
		// or attend the ceremony; it is the organisation's its name holds.
		name:    "opened-for-signature",
		example: "Chủ tịch nước Lương Cường đến dự Lễ mở ký Công ước Liên hợp quốc về chống tội phạm mạng.",
		apply: func(r *agreementReading) bool {
			toks, i := r.s.toks, r.c.start
			if i < 2 || toks[i-2].low != "mở" || toks[i-1].low != "ký" {
				return false
			}
			r.ag.parties, r.ag.signers, r.ag.open = nil, nil, true
			for _, m := range r.s.ments {
				if m.kind == mOrg && m.start >= r.c.start && m.end <= r.end {
					r.ag.org = m.id
					break
				}
			}
			return true
		},
	},
	{
		// A state's document with an armed movement ("Israel và phong trào
		// Hồi giáo Hamas đã đạt được thỏa thuận ngừng bắn", "thỏa thuận
		// ngừng bắn 4 ngày giữa Israel và Hamas", "thỏa thuận hòa bình Mỹ -
		// Taliban"): the movement is no country, and the one state is a
		// side all the same (oneSided keeps it). Movements are data
		// (cues.tsv, category movement).
		name:    "a-state-and-a-movement",
		example: "Israel và phong trào Hồi giáo Hamas đã đạt được thỏa thuận ngừng bắn tại dải Gaza.",
		apply: func(r *agreementReading) bool {
			if len(r.ag.parties) != 1 || r.ag.org != "" {
				return false
			}
			if _, ok := r.s.hasCue("movement", r.cl.start, r.cl.end); !ok {
				return false
			}
			r.ag.movement = true
			return true
		},
	},
}

// clauseCountries gives a document that names no party the countries of
// its clause (and the governments its capitals stand for).
func (r *agreementReading) clauseCountries() bool {
	a, s, cl, c, end := r.a, r.s, r.cl, r.c, r.end
	if len(r.ag.parties) > 0 || r.bySummit {
		return false // (a summit's declaration: "Sự tham gia của Việt Nam ... để hoàn thành ước mơ được đề cập trong ... Tuyên bố Bangkok")
	}
	upTo := cl.end
	if n, ok := s.hasCue("agreement", end, cl.end); ok && !s.hasToken(":", end, n.start) {
		upTo = n.start // (not the items of a list the first opens: "hai thỏa thuận: Nghị định thư ...")
	}
	for i := end; i < upTo; i++ {
		if s.toks[i].text == ";" {
			upTo = i // "Israel-Hamas đạt thỏa thuận con tin; tổng thống Ukraine cho phép ...": another story
			break
		}
	}
	// "đã hoàn tất thỏa thuận đầu tư 350 tỷ USD, mở đường cho cuộc gặp ...
	// về giảm thuế hàng hóa Trung Quốc": what it leads to names no side.
	upTo = consequenceCut(s, end, upTo)
	from := besidesEnd(s, cl) // ("Ngoài Nhật Bản, Tổng thống Trump ... đạt được thỏa thuận với ...": besides Japan)
	if end < len(s.toks) && s.toks[end].low == "với" {
		from = max(from, afterDocumentBefore(s, cl, c)) // "... và ký thỏa thuận với Thái Lan": its other side follows it
	}
	eu := false
	for i, m := range s.ments {
		if m.kind == mCountry && m.start >= from && m.end <= upTo && a.partyCountry(s, m) {
			r.ag.parties = appendUnique(r.ag.parties, m.id)
		}
		if m.kind == mOrg && m.id == "EU" && m.start >= from && m.end <= c.start && joinedToCountry(s, m) {
			eu = true
		}
		if m.kind == mCity && m.start >= cl.start && m.end <= upTo && governmentPair(s, i) {
			// "Riyadh và Tehran đã đồng ý kích hoạt thỏa thuận ...": the
			// capitals stand for their governments.
			if c := gazetteer.Default().Cities[m.id]; c != nil {
				r.ag.parties = appendUnique(r.ag.parties, c.Country)
			}
		}
	}
	if eu && len(r.ag.parties) == 1 {
		// "thúc đẩy quan hệ thương mại giữa Ấn Độ và EU, trong đó có việc
		// ... tiến tới ký kết FTA giữa hai bên": the union, joined to the
		// one country before the document, is the other side.
		r.ag.parties = append(r.ag.parties, "EU")
	}
	return len(r.ag.parties) > 0
}

// signersOfClause adds the leaders of the clause who sign the document,
// and their countries.
func (r *agreementReading) signersOfClause() bool {
	a, s, cl, c := r.a, r.s, r.cl, r.c
	if _, relative := signedInRelative(s, cl, c); relative {
		// "Biden sẽ ký kết Thỏa thuận ..., tương tự như thỏa thuận mà khối
		// các nước Đông Nam Á đã ký với Trung Quốc": the relative clause
		// has the signer; the leaders before the document are of another.
		return false
	}
	most := 2
	if a.signersSubject(s, cl, c) {
		most = math.MaxInt
	}
	// "Tổng thống Trump ... đạt được thỏa thuận thương mại với hai nước ...
	// là Philippines và Indonesia": the others follow the document, the
	// subject's country is a side however many they are.
	withOthers := r.end < cl.end && s.toks[r.end].low == "với"
	found := false
	for _, m := range s.ments {
		if m.start >= cl.start && m.end <= cl.end && len(m.keys) > 0 && !a.isSpeaker(s, m) && (m.kind == mPair || m.end <= c.start) && !witnessOfOthers(s, m, c) && !speaksOfIt(s, m) {
			for _, k := range m.keys {
				r.ag.signers = appendUnique(r.ag.signers, k)
				found = true
				if p := a.people.get(k); p != nil && p.country != "" && (len(r.ag.parties) < most || withOthers && m.kind == mLeader && m.end <= c.start) {
					r.ag.parties = appendUnique(r.ag.parties, p.country)
				}
			}
		}
	}
	return found
}

// twoSides gives a document "hai bên" sign (or one side and "hai bên")
// the countries of the article's two leaders.
func (r *agreementReading) twoSides() bool {
	a, s, cl, c, end := r.a, r.s, r.cl, r.c, r.end
	if len(r.ag.parties) >= 2 || r.bloc {
		return false
	}
	if !s.hasCueBetween("sides", cl.start, c.start) && !betweenSides(s, end, cl.end) && !(r.issued && s.hasCueBetween("sides", end, min(cl.end, end+4))) {
		return false
	}
	for _, k := range a.people.pair("") {
		if p := a.people.get(k); p != nil && p.country != "" {
			r.ag.parties = appendUnique(r.ag.parties, p.country)
		}
	}
	if len(r.ag.parties) == 1 {
		// "hai Chủ tịch Quốc hội sẽ tham dự Lễ ký kết Thỏa thuận hợp
		// tác giữa hai Quốc hội", the host unnamed: the other side is
		// that of the last visit or talks told of the one named.
		if other := a.otherSide(r.ag.parties[0]); other != "" {
			r.ag.parties = appendUnique(r.ag.parties, other)
		}
	}
	return true
}

// readDate dates the document: "kỷ niệm N năm ký kết" from the article's
// year, else the clause's date (its end for an expired one).
func (r *agreementReading) readDate() {
	a := r.a
	if n, ok := a.anniversary(r.s, r.cl, r.c.start); ok && a.year != 0 {
		r.ag.date = calendar.Date{Year: a.year - n}
		if r.ag.status == "" {
			r.ag.status = "signed"
		}
		return
	}
	if d, ok := a.clauseDate(r.s, r.cl); ok {
		if r.ag.status == "expired" {
			r.ag.endDate = d
		} else {
			r.ag.date = d
		}
	}
}

// exchangedRightBefore reports "trao đổi" (exchange) right before token
// i, "các" or "những" between: signed documents are exchanged.
func exchangedRightBefore(s *sentence, i int) bool {
	if i > 0 && (s.toks[i-1].low == "các" || s.toks[i-1].low == "những") {
		i--
	}
	return i >= 2 && s.toks[i-2].low == "trao" && s.toks[i-1].low == "đổi"
}

// localGovernments gives a document with fewer than two sides the
// countries of the provinces and cities of its clause that act in it
// ("tỉnh Thanh Hóa", "Hội đồng thành phố Kazanlak", "tỉnh Hokkaido (Nhật
// Bản)"), when they make two sides or more with those found before.
func (r *agreementReading) localGovernments() bool {
	s, cl := r.s, r.cl
	if len(r.ag.parties) >= 2 || r.bloc {
		return false
	}
	sides := slices.Clone(r.ag.parties)
	added := false
	add := func(iso string) {
		if iso != "" && !slices.Contains(sides, iso) {
			sides = append(sides, iso)
			added = true
		}
	}
	for _, m := range s.ments {
		if m.start < cl.start || m.end > cl.end {
			continue
		}
		switch m.kind {
		case mCity:
			if localSide(s, m.start) {
				if c := gazetteer.Default().Cities[m.id]; c != nil {
					add(c.Country)
				}
			}
		case mCountry:
			// "tỉnh Hokkaido (Nhật Bản)", "các tỉnh Bắc Lào (nước CHDCND Lào)"
			j := m.start - 1
			if j > 0 && s.toks[j].low == "nước" {
				j--
			}
			if j < 1 || s.toks[j].text != "(" {
				continue
			}
			k := j
			for k > cl.start && j-k < 4 && s.toks[k-1].upper {
				k--
			}
			if k < j && localSide(s, k) {
				add(m.id)
			}
		}
	}
	if !added || len(sides) < 2 {
		return false
	}
	slices.Sort(sides)
	r.ag.parties = sides
	return true
}

// localSide reports a local government's name at token i: after "tỉnh",
// "thành phố" or "TP", those words not after a word of place ("tại tỉnh
// Lai Châu", "thăm tỉnh Quảng Ninh").
func localSide(s *sentence, i int) bool {
	toks := s.toks
	j := -1
	switch {
	case i >= 1 && (toks[i-1].low == "tỉnh" || toks[i-1].low == "tp"):
		j = i - 1
	case i >= 2 && toks[i-2].low == "thành" && toks[i-1].low == "phố":
		j = i - 2
	}
	if j < 0 {
		return false
	}
	if j > 0 && toks[j-1].low == "các" {
		j-- // "các tỉnh Bắc Lào"
	}
	return j == 0 || !localPlaceWord[toks[j-1].low]
}

// localPlaceWord are the words that make a province or city where
// something happens or whom one visits, not a side.
var localPlaceWord = map[string]bool{
	"tại": true, "ở": true, "đến": true, "tới": true, "thăm": true, "từ": true, "sang": true, "về": true, "của": true, "thuộc": true,
}

// countryDashBloc returns the country and the bloc a document's name
// joins with a dash in [from, to): "FTA Việt Nam - MERCOSUR", "Hiệp định
// thương mại tự do (FTA) Việt Nam - MERCOSUR".
func countryDashBloc(s *sentence, from, to int) (string, string) {
	for i := from + 1; i+1 < to; i++ {
		if t := s.toks[i].text; t != "-" && t != "–" {
			continue
		}
		first, second := mentionEndingAt(s, i), mentionAt(s, i+1)
		switch {
		case first == nil || second == nil:
		case first.kind == mCountry && second.kind == mOrg && !partnerOrgs[second.id]:
			return first.id, second.id
		case first.kind == mOrg && second.kind == mCountry && !partnerOrgs[first.id]:
			return second.id, first.id
		}
	}
	return "", ""
}

// statementSays reports a joint statement (word c, its name ending at
// end) that opens its clause and is the subject of a verb of saying a few
// words after it: "Tuyên bố chung của hai nước nêu rõ, ...", "Tuyên bố
// chung, được trích dẫn bởi Ngoại trưởng Nga, cho biết ...".
func statementSays(s *sentence, c cueHit, end int) bool {
	if c.start > 0 {
		if p := s.toks[c.start-1]; p.word {
			return false // "dựa trên tuyên bố chung ...": spoken of, not speaking
		}
	}
	for i := end; i < len(s.toks) && i < end+12; i++ {
		t := s.toks[i].low
		if t == "nêu" {
			return true
		}
		for _, v := range s.cues {
			if v.cat == "attrib" && v.start == i {
				return true
			}
		}
		if t == "." || t == ";" || t == "”" || t == "\"" || t == "ông" || t == "bà" {
			break // "“..., tuyên bố chung càng phải chung chung”, bà nói": another speaks
		}
	}
	return false
}

// aboutNumber are the words of an approximate count: "khoảng 80 văn kiện".
var aboutNumber = map[string]bool{"khoảng": true, "gần": true, "hơn": true, "trên": true}

// plannedVerbList reports a document right after a list of signing verbs
// that a marker of the future opens, whatever commas split the clause:
// "các Lãnh đạo sẽ ký kết, thông qua và ghi nhận gần 80 văn kiện".
func plannedVerbList(s *sentence, at int) bool {
	i := at
	if i > 0 && aboutNumber[s.toks[i-1].low] {
		i-- // "gần 80 văn kiện", "khoảng 20 thỏa thuận"
	}
	verbs := 0
	for i > 0 {
		t := s.toks[i-1]
		if t.text == "," || t.low == "và" || t.low == "hoặc" {
			i--
			continue
		}
		if c, ok := s.cueEndingAt("signed", i); ok {
			i = c.start
			verbs++
			continue
		}
		if i > 1 && s.toks[i-2].low == "ghi" && t.low == "nhận" {
			i -= 2 // "thông qua và ghi nhận": documents taken note of at a summit
			verbs++
			continue
		}
		break
	}
	if verbs < 2 {
		return false // one verb: its own clause says whether it is planned
	}
	return s.hasCueEndingAt("planned", i)
}

// threeSides gives a trilateral document ("ba bên", "3 bên" within a few
// words after its word) the three countries its sentence names, if it
// names exactly three.
func (r *agreementReading) threeSides() bool {
	a, s, c, toks := r.a, r.s, r.c, r.s.toks
	if len(r.ag.parties) >= 3 || r.bloc {
		return false
	}
	trilateral := false
	// Right after the word or its name: "Hiệp định Thương mại tự do (FTA) 3 bên".
	for i := c.end; i+1 < len(toks) && i < max(c.end, r.end)+4; i++ {
		if (toks[i].low == "ba" || toks[i].text == "3") && toks[i+1].low == "bên" {
			trilateral = true
			break
		}
	}
	if !trilateral {
		return false
	}
	var sides []string
	for _, m := range s.ments {
		if m.kind == mCountry {
			sides = appendUnique(sides, m.id)
		}
		for _, k := range m.keys {
			if p := a.people.get(k); p != nil && p.country != "" {
				sides = appendUnique(sides, p.country)
			}
		}
	}
	if len(sides) != 3 {
		return false
	}
	r.ag.parties = sides
	return true
}

// membershipInstrument reports the word for any document, "văn kiện",
// alone (no "hợp tác", no count) with a topic of admission or founding
// right after it: "văn kiện chính thức kết nạp Belarus vào SCO", "một
// văn kiện về việc trao cho nước này tư cách đối tác đối thoại", "văn
// kiện thông qua việc thành lập Liên minh Kinh tế Á-Âu". It is one
// agreement of the members, not a memorandum of cooperation.
func membershipInstrument(s *sentence, c cueHit) bool {
	toks := s.toks
	if c.val != "mou" || c.end-c.start != 2 || toks[c.start].low != "văn" || c.start > 0 && isDigitWord(toks[c.start-1].text) {
		return false
	}
	for i := c.end; i+1 < len(toks) && i < c.end+8; i++ {
		if !toks[i].word {
			return false
		}
		switch toks[i].low + " " + toks[i+1].low {
		case "kết nạp", "gia nhập", "thành lập", "thành viên", "tư cách":
			return true
		}
	}
	return false
}

// reachedBare reports "đạt" right before the agreement word at token i,
// or with "một" between ("đạt thỏa thuận ngừng bắn", "đạt một thỏa thuận
// thương mại"): reached, as "đạt được" says it. It returns the token of
// "đạt".
func reachedBare(toks []token, i int) (int, bool) {
	j := i - 1
	if j >= 0 && toks[j].low == "một" {
		j--
	}
	if j < 0 || toks[j].low != "đạt" {
		return j, false
	}
	if j > 0 {
		switch toks[j-1].low {
		case "muốn", "mong", "vọng", "cần", "phải", "sẽ", "sắp", "để", "nhằm", "gắng", "thể":
			return j, false // "Ông Trump muốn đạt thỏa thuận với Trung Quốc", "sắp đạt thỏa thuận": not reached yet
		}
	}
	return j, true
}

// quotedBack reports an agreement word c that opens a quotation and
// points back ("cho biết: “Hiệp định này là văn bản thứ hai mà EU ký kết
// ..."): capitalised as a sentence's first word, the document named
// before, not a name.
func quotedBack(toks []token, c cueHit) bool {
	if c.end >= len(toks) || toks[c.end].low != "này" {
		return false
	}
	switch toks[c.start-1].text {
	case "“", "\"", ":", "‘":
		return true
	}
	return false
}

// joinedToCountry reports a mention joined by "và", "với" or a dash to a
// country named right before or after it ("giữa Ấn Độ và EU", "EU và Ấn
// Độ").
func joinedToCountry(s *sentence, m mention) bool {
	joins := func(t string) bool { return t == "và" || t == "với" || t == "-" || t == "–" }
	if m.start >= 2 && joins(s.toks[m.start-1].low) {
		if p := mentionEndingAt(s, m.start-1); p != nil && p.kind == mCountry {
			return true
		}
	}
	if m.end+1 < len(s.toks) && joins(s.toks[m.end].low) {
		if n := mentionAt(s, m.end+1); n != nil && n.kind == mCountry {
			return true
		}
	}
	return false
}

// consequenceCut returns the comma in [from, to) that opens what a
// document leads to or is for (consequenceWords), or to.
func consequenceCut(s *sentence, from, to int) int {
	for i := from; i+1 < to; i++ {
		if s.toks[i].text == "," && consequenceWords[s.toks[i+1].low] {
			return i
		}
	}
	return to
}

// consequenceWords open, after a comma, what a document leads to or is
// for ("..., mở đường cho cuộc gặp với ông Tập Cận Bình", "..., nhằm
// ...", "..., giúp ..."): the countries there are no sides of it.
var consequenceWords = map[string]bool{"mở": true, "nhằm": true, "giúp": true, "góp": true, "tạo": true, "để": true}

// almostBefore reports a word of nearness or of a step to come right
// before token i: almost reached, not yet ("chúng tôi đã gần như hoàn tất
// thỏa thuận rồi", "đang tiến gần tới việc hoàn tất một thỏa thuận",
// "sớm đạt được thỏa thuận", "sắp hoàn tất", "khả năng đạt được").
func almostBefore(toks []token, i int) bool {
	if i >= 1 {
		switch toks[i-1].low {
		case "sắp", "sớm", "tới", "việc", "thể", "năng": // ("có thể đạt được", "khả năng đạt được": possibly)
			return true
		}
	}
	return i >= 2 && toks[i-2].low == "gần" && toks[i-1].low == "như"
}
