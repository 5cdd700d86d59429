package ingest

import (
	"slices"
	"strings"
	"unicode/utf8"

	"kg/ingest/calendar"
	"kg/ingest/gazetteer"
	"kg/ingest/prose"
)

// This file reads who is named in a sentence: leaders by full name, by
// "<title> <country> <Name>", by "ông <short name>", by description
// ("nhà lãnh đạo Trung Quốc", "Tổng thống Nga") and by "hai nhà lãnh đạo".
// Resolution of short references to people happens per article in resolve.go.

// mkind is what a sentence mention is.
type mkind uint8

const (
	mLeader  mkind = iota + 1 // a known or newly named leader (id set)
	mSurname                  // "ông Lavrov": a single name word, resolved per article
	mDesc                     // "Tổng thống Nga", "nhà lãnh đạo Trung Quốc"
	mPair                     // "hai nhà lãnh đạo"
	mPronoun                  // a bare "ông" standing for the last subject
	mCountry
	mOrg
	mCity
	mOrgRef    // "tổ chức", "nhóm": the last organisation
	mAgreement // a well-known agreement (id = its key)
)

// mention is something a sentence names, over tokens [start, end).
type mention struct {
	kind       mkind
	start, end int
	id         string   // leader key, ISO2, acronym, city key
	ids        []string // candidate leaders for a short name
	name       string   // surface form of a person's name
	role       string   // English role from a title
	rank       string   // title rank
	country    string   // ISO2 qualifier from the title or apposition
	org        string   // organisation qualifier ("Tổng thư ký NATO")
	via        string   // how it was found: "name", "title", "honorific", "desc"; a city's "venue", "capital"
	keys       []string // the leaders it resolves to (resolve.go)
}

// sentence is one analysed sentence.
type sentence struct {
	start, end int // byte span in the normalised text
	para       int
	caption    bool
	toks       []token
	ments      []mention
	cues       []cueHit
	dates      []calendar.Mention // byte offsets relative to the normalised text
	cls        []clause           // clauses(s), once read; nil until then and after its cues change
	namesakes  []string           // Vietnamese places the sentence tells as a foreign namesake (namesakeAbroad)
}

// cueHit is a cue word found at tokens [start, end).
type cueHit struct {
	cat, val   string
	start, end int
}

// anyCue reports whether s has a cue of category cat.
func (s *sentence) anyCue(cat string) bool {
	for _, c := range s.cues {
		if c.cat == cat {
			return true
		}
	}
	return false
}

// anyCueIn reports whether clause cl of s has a cue of category cat.
func (s *sentence) anyCueIn(cat string, cl clause) bool {
	_, ok := s.hasCue(cat, cl.start, cl.end)
	return ok
}

// hasCueAt reports a cue of category cat starting at token i.
// The positions are compared first: integers are cheaper than strings.
func (s *sentence) hasCueAt(cat string, i int) bool {
	for _, c := range s.cues {
		if c.start == i && c.cat == cat {
			return true
		}
	}
	return false
}

// inCueAny reports token i inside any cue.
func (s *sentence) inCueAny(i int) bool {
	for _, c := range s.cues {
		if c.start <= i && i < c.end {
			return true
		}
	}
	return false
}

// hasPhrase reports the words of phrase, in a row, within tokens [from, to).
func (s *sentence) hasPhrase(from, to int, phrase ...string) bool {
	for i := from; i+len(phrase) <= to; i++ {
		k := 0
		for k < len(phrase) && s.toks[i+k].low == phrase[k] {
			k++
		}
		if k == len(phrase) {
			return true
		}
	}
	return false
}

// pairDash reports the dash that joins the two sides of a pair: a
// hyphen or an en dash ("Nga - Trung", "Hàn – Mỹ").
func pairDash(t string) bool { return t == "-" || t == "–" }

// hasToken reports a token written text in [from, to).
func (s *sentence) hasToken(text string, from, to int) bool {
	for i := from; i < to && i < len(s.toks); i++ {
		if s.toks[i].text == text {
			return true
		}
	}
	return false
}

// hasCueEndingAt reports a cue of category cat that ends right before
// token i.
func (s *sentence) hasCueEndingAt(cat string, i int) bool {
	_, ok := s.cueEndingAt(cat, i)
	return ok
}

// cueEndingAt returns the cue of category cat that ends right before
// token i.
func (s *sentence) cueEndingAt(cat string, i int) (cueHit, bool) {
	for _, c := range s.cues {
		if c.end == i && c.cat == cat { // the position first: cheaper than the string
			return c, true
		}
	}
	return cueHit{}, false
}

// hasCueBetween reports a cue of category cat within tokens [from, to).
func (s *sentence) hasCueBetween(cat string, from, to int) bool {
	_, ok := s.hasCue(cat, from, to)
	return ok
}

// hasCue reports the first cue of category cat within tokens [from, to).
func (s *sentence) hasCue(cat string, from, to int) (cueHit, bool) {
	for _, c := range s.cues {
		if c.start >= from && c.end <= to && c.cat == cat { // positions first: cheaper than the string
			return c, true
		}
	}
	return cueHit{}, false
}

// scanBuffers is the memory the sentences of an article are scanned in,
// reused from article to article: the phrases found at each token, and
// the mentions and cues. A sentence appends its mentions and cues to the
// free end of the buffers and keeps what it used; one that outgrows them
// goes on in memory of its own, and the next article gets larger buffers.
type scanBuffers struct {
	matches             []match
	ments               []mention
	cues                []cueHit
	mentsUsed, cuesUsed int // by the article so far, own memory included
}

// reset readies the buffers for an article, growing them to what the
// last one needed.
func (b *scanBuffers) reset() {
	if cap(b.ments) < b.mentsUsed {
		b.ments = make([]mention, 0, 2*b.mentsUsed)
	}
	if cap(b.cues) < b.cuesUsed {
		b.cues = make([]cueHit, 0, 2*b.cuesUsed)
	}
	b.matches, b.ments, b.cues = b.matches[:0], b.ments[:0], b.cues[:0]
	b.mentsUsed, b.cuesUsed = 0, 0
}

// scan finds every mention and cue in s.toks, after looking up the
// phrases at each token (see lookUp), in the memory b lends.
func (lx *lexicon) scan(s *sentence, b *scanBuffers) {
	b.matches = lx.lookUp(s.toks, b.matches)
	s.ments, s.cues = b.ments[len(b.ments):], b.cues[len(b.cues):]
	lx.scanMentions(s)
	n, k := len(s.ments), len(s.cues)
	s.ments, s.cues = s.ments[:n:n], s.cues[:k:k] // later appends must not reach the next sentence's
	if len(b.ments)+n <= cap(b.ments) {
		b.ments = b.ments[:len(b.ments)+n]
	}
	if len(b.cues)+k <= cap(b.cues) {
		b.cues = b.cues[:len(b.cues)+k]
	}
	b.mentsUsed += n
	b.cuesUsed += k
}

// scanMentions finds every mention and cue in s.toks.
func (lx *lexicon) scanMentions(s *sentence) {
	toks := s.toks
	for i := 0; i < len(toks); {
		ms := lx.at(toks, i)
		if len(ms) == 0 {
			if n := lx.nameAppositive(s, i); n > 0 {
				i = n
				continue
			}
			i++
			continue
		}
		m := ms[0]
		if next, ok := lx.reading(s, m, ms); ok {
			i = next
			continue
		}
		// A word the lexicon knows that means nothing here may open a
		// name with its office after it ("Đinh Văn Dực, Phó Chủ tịch HĐND tỉnh").
		if n := lx.nameAppositive(s, i); n > 0 {
			i = n
			continue
		}
		i++
	}
}

// reading interprets the longest phrase at m.start and returns where the
// scan goes on.
func (lx *lexicon) reading(s *sentence, m match, all []match) (int, bool) {
	toks := s.toks
	upper := properName(toks, m)
	if e, ok := m.has(kLeader); ok && upper {
		if administrationOf(toks, m.start) {
			return m.end, true // "chính quyền Trump", "chế độ Assad": a government named after him, no mention of his office
		}
		if longerName(toks, m.start, m.end) {
			_, n := capitalRun(lx, toks, m.start)
			return max(n, m.end), true // "Marcos dos Reis da Costa": someone else's name
		}
		end := lx.knownGoesOn(toks, m.start, m.end)
		name := span(toks, m.start, end)
		s.ments = append(s.ments, mention{kind: mLeader, start: m.start, end: end, id: spelledOn(e.id, name, end > m.end), name: name, via: "name"})
		return lx.appositive(s, len(s.ments)-1, end), true
	}
	if e, ok := m.has(kAgreement); ok {
		s.ments = append(s.ments, mention{kind: mAgreement, start: m.start, end: m.end, id: e.id})
		s.cues = append(s.cues, cueHit{cat: "agreement", val: e.val, start: m.start, end: m.end})
		return m.end, true
	}
	if _, ok := m.cue("leaderword"); ok {
		return lx.described(s, m, "", ""), true
	}
	if _, ok := m.cue("honorific"); ok {
		return lx.honorific(s, m), true
	}
	if _, ok := m.has(kTitle); ok && !lx.agencyNotHead(toks, m) {
		return lx.titled(s, m), true
	}
	if v, ok := m.cue("pair"); ok {
		s.ments = append(s.ments, mention{kind: mPair, start: m.start, end: m.end, role: v})
		return m.end, true
	}
	if inDomainName(toks, m.start) {
		return m.end, true // "VOV.VN": an outlet's web address, no country
	}
	if e, ok := m.has(kCountry); ok && (upper || m.end-m.start >= 3) {
		// A name of three words or more may be a byname written in lower
		// case ("xứ sở mặt trời mọc", "đảo quốc sư tử").
		s.ments = append(s.ments, mention{kind: mCountry, start: m.start, end: m.end, id: e.id})
		return m.end, true
	}
	if e, ok := m.has(kOrg); ok && (upper || namedLater(toks, m)) {
		s.ments = append(s.ments, mention{kind: mOrg, start: m.start, end: m.end, id: e.id})
		lx.cityEndingEvent(s, m)
		return m.end, true
	}
	if e, ok := m.has(kCity); ok && (upper || cityNoun(toks, m)) {
		if lx.namesakeAbroad(toks, m, e.id) {
			s.namesakes = append(s.namesakes, e.id)
			return m.end, true
		}
		via := ""
		if _, ok := m.cue("capital"); ok {
			via = "capital" // may stand for its country (capitalSubject)
		}
		s.ments = append(s.ments, mention{kind: mCity, start: m.start, end: m.end, id: e.id, via: via})
		return m.end, true
	}
	if e, ok := m.has(kVenue); ok && upper {
		s.ments = append(s.ments, mention{kind: mCity, start: m.start, end: m.end, id: e.id, via: "venue"})
		return m.end, true
	}
	if e, ok := m.has(kVenue); ok {
		if end := lx.namedVenue(toks, m); end > m.start {
			// "tại trụ sở Liên hợp quốc": the common words stand for the
			// venue's city and the organisation is read after them, so
			// that the meeting is placed and the organisation still named.
			s.ments = append(s.ments, mention{kind: mCity, start: m.start, end: end, id: e.id, via: "venue"})
			return end, true
		}
	}
	if e, ok := m.has(kCountryShort); ok && upper && m.end+1 < len(toks) && pairDash(toks[m.end].text) {
		// "Nga - Trung", "Việt - Mỹ", "Hàn – Mỹ": a short form is a country only in such pairs.
		s.ments = append(s.ments, mention{kind: mCountry, start: m.start, end: m.end, id: e.id})
		return m.end, true
	}
	if e, ok := m.has(kCountryShort); ok && upper && m.start > 0 && pairDash(toks[m.start-1].text) && len(s.ments) > 0 && s.ments[len(s.ments)-1].kind == mCountry {
		s.ments = append(s.ments, mention{kind: mCountry, start: m.start, end: m.end, id: e.id})
		return m.end, true
	}
	if e, ok := m.has(kCountryShort); ok && upper && lx.listedShort(s, m) {
		// "với Mỹ, Nhật, Hàn và Úc": a short form listed among countries.
		s.ments = append(s.ments, mention{kind: mCountry, start: m.start, end: m.end, id: e.id})
		return m.end, true
	}
	// Cues: record every category the phrase carries (a phrase such as
	// "tuyên bố" is both a verb of saying and a kind of agreement).
	found := false
	for _, e := range m.entries {
		if e.kind == kCue {
			if e.id == "orgref" {
				s.ments = append(s.ments, mention{kind: mOrgRef, start: m.start, end: m.end})
			}
			s.cues = append(s.cues, cueHit{cat: e.id, val: e.val, start: m.start, end: m.end})
			found = true
		}
	}
	if found {
		return m.end, true
	}
	// A shorter reading may still name something ("Thượng Hải" inside an
	// unknown longer phrase); try the next one.
	if len(all) > 1 {
		return lx.reading(s, all[1], all[2:])
	}
	return 0, false
}

// listedShort reports a country's short form at m listed among countries
// by a comma or "và": right after a country named just before it ("Mỹ,
// Nhật, Hàn và Úc"), or right before one ("Trung, Nhật và Hàn Quốc").
func (lx *lexicon) listedShort(s *sentence, m match) bool {
	toks := s.toks
	listed := func(i int) bool { return i >= 0 && i < len(toks) && (toks[i].text == "," || toks[i].low == "và") }
	if listed(m.start-1) && len(s.ments) > 0 {
		if last := s.ments[len(s.ments)-1]; last.kind == mCountry && last.end == m.start-1 {
			return true
		}
	}
	if listed(m.end) && m.end+1 < len(toks) && toks[m.end+1].upper {
		for _, n := range lx.at(toks, m.end+1) {
			if _, ok := n.has(kCountry); ok {
				return true
			}
		}
	}
	return false
}

// agencyNotHead reports a phrase that names an organisation and its head
// alike ("Cao ủy Liên hợp quốc về người tị nạn") with no name after it:
// the agency ("Theo Cao ủy LHQ về người tị nạn, ..."), where a name after
// it is its head's ("Cao ủy Liên hợp quốc về người tị nạn Filippo Grandi").
func (lx *lexicon) agencyNotHead(toks []token, m match) bool {
	if _, ok := m.has(kOrg); !ok {
		return false
	}
	return m.end >= len(toks) || !toks[m.end].word || !toks[m.end].upper
}

// palaceOf reports a title at i that names a seat of office, "Phủ" or
// "Dinh" before it: what follows is the building's name. The "phủ" of
// "Chính phủ" is no seat: "Chính phủ Tổng thống Yoon Suk-yeol" names him.
func palaceOf(toks []token, i int) bool {
	return i > 0 && (toks[i-1].low == "phủ" && !(i > 1 && toks[i-2].low == "chính") || toks[i-1].low == "dinh")
}

// cityNoun reports a city's name that opens on the word "thành phố" in
// lower case, its proper name capitalised: "tại thành phố Hồ Chí Minh".
func cityNoun(toks []token, m match) bool {
	return m.end-m.start >= 3 && toks[m.start].low == "thành" && toks[m.start+1].low == "phố" && toks[m.start+2].upper
}

// cityEndingEvent reads the city that ends the name of a meeting held
// there, an organisation of the lexicon ("Hội nghị An ninh Munich", "Diễn
// đàn châu Á Bác Ngao"), as a city of its own beside it: summitNameCity
// places the meetings told with it. Only names that open on a meeting's
// word: "Tổ chức Hợp tác Thượng Hải" meets anywhere.
func (lx *lexicon) cityEndingEvent(s *sentence, m match) {
	toks := s.toks
	if m.end-m.start < 3 || !toks[m.start].upper {
		return
	}
	switch a, b := toks[m.start].low, toks[m.start+1].low; {
	case a == "hội" && b == "nghị", a == "diễn" && b == "đàn", a == "đối" && b == "thoại":
	default:
		return
	}
	for j := m.start + 2; j < m.end; j++ {
		if !toks[j].upper {
			continue
		}
		if ms := lx.at(toks, j); len(ms) > 0 && ms[0].end == m.end {
			if e, ok := ms[0].has(kCity); ok {
				s.ments = append(s.ments, mention{kind: mCity, start: j, end: m.end, id: e.id})
			}
			return
		}
	}
}

// namesakeAbroad reports a Vietnamese place's name told with a foreign
// country right after it, in brackets or after a comma: "tỉnh Hà Nam
// (Trung Quốc)" is Henan, whose Sino-Vietnamese name is that of Vietnam's
// Hà Nam, not the Vietnamese province. The country is read on its own,
// and the name places nothing elsewhere in the article (onlyCity).
func (lx *lexicon) namesakeAbroad(toks []token, m match, city string) bool {
	if m.end+1 >= len(toks) || toks[m.end].text != "(" && toks[m.end].text != "," {
		return false
	}
	c := gazetteer.Default().Cities[city]
	if c == nil || c.Country != "VN" {
		return false
	}
	// The longest phrase only: "Lai Châu, Lào Cai" goes on to a province, not to Laos.
	if ms := lx.at(toks, m.end+1); len(ms) > 0 {
		if e, ok := ms[0].has(kCountry); ok {
			return e.id != "VN"
		}
	}
	return false
}

// inDomainName reports a word glued after a dot glued to a word: the end
// of a web address ("VOV.VN", "Dantri.com.vn").
func inDomainName(toks []token, i int) bool {
	return i >= 2 && toks[i-1].text == "." && toks[i-1].start == toks[i-2].end && toks[i].start == toks[i-1].end && toks[i-2].word
}

// namedVenue reads a venue written with its common words in lower case
// and its name capitalised, after "tại" or "ở": "tại trụ sở Chính phủ".
// It returns where the venue's reading ends: m.end, or the start of an
// organisation's name the venue holds ("ở trụ sở NATO"), which is read
// on its own; m.start when it is no such venue.
func (lx *lexicon) namedVenue(toks []token, m match) int {
	if m.end-m.start < 3 || m.start == 0 || toks[m.start-1].low != "tại" && toks[m.start-1].low != "ở" {
		return m.start
	}
	upper := false
	for i := m.start + 1; i < m.end; i++ {
		for _, o := range lx.at(toks, i) {
			if _, ok := o.has(kOrg); ok {
				return i
			}
		}
		upper = upper || toks[i].upper
	}
	if !upper {
		return m.start
	}
	return m.end
}

// plural reports "các", "những" before token i: "các tổng thống" names
// several people, none of them resolvable.
func plural(toks []token, i int) bool {
	return i > 0 && (toks[i-1].low == "các" || toks[i-1].low == "những" || toks[i-1].low == "một")
}

// titled reads "<title> [qualifiers] [<Name>]" starting at title match m.
func (lx *lexicon) titled(s *sentence, m match) int {
	toks := s.toks
	e, _ := m.has(kTitle)
	if plural(toks, m.start) && !lx.pluralOverList(toks, m.end) {
		return m.end
	}
	if m.end < len(toks) && toks[m.end].low == "quán" {
		return m.end + 1 // "Đại sứ quán Việt Nam", "Tổng Lãnh sự quán": a mission's building, no one holding its post
	}
	if m.end+1 < len(toks) && toks[m.end].low == "kiêm" && lx.titleAt(toks, m.end+1) {
		return m.end + 1 // "Thủ tướng kiêm Bộ trưởng Tài chính Kuwait ...": one person, read with the title that names him
	}
	if e.rank == "honorific" {
		// "Sheikh", "Đồng chí": a name may follow, but alone they name nobody.
		return lx.named(s, mention{start: m.start, via: "title"}, m.end)
	}
	ment := mention{start: m.start, role: e.val, rank: e.rank, via: "title"}
	k := lx.qualifiers(s, m.end, &ment)
	if ment.country == "" && e.title != nil {
		ment.country = e.title.Country // "Bộ trưởng Công Thương Nguyễn Hồng Diên": a Vietnamese post
	}
	if e.rank == "non_official" || palaceOf(toks, m.start) && ment.country == "" || lx.firmIn(toks, m.end, k) {
		// A journalist or analyst, or a palace's name ("tại Phủ Tổng thống
		// Sheetal Niwas"): skip the name so it is not read as a leader.
		words, n := capitalRun(lx, toks, k)
		if i := lx.setOffPost(s, m.start); e.rank == "non_official" && academicStyle(e.val) && words >= 2 && k == m.end && i >= 0 {
			// "Bộ trưởng Ngoại giao và Hợp tác của Cộng hòa dân chủ Timor
			// Leste, Tiến sĩ Adaljiza Albertina Xavier Reis Magno": a
			// doctor's style after the office he holds.
			p := s.ments[i]
			s.ments[i].kind = 0
			name := span(toks, k, n)
			s.ments = append(s.ments, mention{kind: mLeader, start: k, end: n, id: slug(name), name: name, role: p.role, rank: p.rank, country: p.country, org: p.org, via: "appositive"})
			return lx.appositive(s, len(s.ments)-1, n)
		}
		if e.rank == "non_official" && words >= 2 && n+1 < len(toks) && (toks[n].text == "," || setOffDash(toks, n) || lx.gluedPost(toks, n)) && lx.officeAt(toks, n+1) {
			// "Tiến sĩ Men Som On- Phó Thủ tướng Chính phủ Hoàng gia
			// Campuchia": a doctor's style, then the office he holds.
			name := span(toks, k, n)
			s.ments = append(s.ments, mention{kind: mLeader, start: k, end: n, id: slug(name), name: name, via: "appositive"})
			return lx.appositive(s, len(s.ments)-1, n)
		}
		if n > k {
			return n
		}
		return k
	}
	return lx.named(s, ment, k)
}

// academicStyle reports the role of an academic style ("Tiến sĩ",
// "Giáo sư"), which a holder of an office may bear.
func academicStyle(role string) bool {
	switch role {
	case "doctor", "professor", "associate professor", "master":
		return true
	}
	return false
}

// nationalityAt returns where an office may start after "người" and a
// country set off by a comma at token k ("người Maldives, Chủ tịch ..."),
// k when there is none.
func (lx *lexicon) nationalityAt(toks []token, k int) int {
	if k+2 >= len(toks) || toks[k].low != "người" {
		return k
	}
	ms := lx.at(toks, k+1)
	if len(ms) == 0 {
		return k
	}
	if _, ok := ms[0].has(kCountry); !ok || ms[0].end+1 >= len(toks) || toks[ms[0].end].text != "," {
		return k
	}
	return ms[0].end + 1
}

// officeAt reports a public office's title starting at token k: none of
// the styles and the callings that make no leader (titles.tsv honorific,
// non_official).
func (lx *lexicon) officeAt(toks []token, k int) bool {
	ms := lx.at(toks, k)
	if len(ms) == 0 {
		return false
	}
	e, ok := ms[0].has(kTitle)
	return ok && e.rank != "honorific" && e.rank != "non_official"
}

// firmIn reports a business, a business federation or a university
// (cues.tsv "firm") named capitalised in toks[from:to], the words of a
// post: "Chủ tịch Liên đoàn Thương mại và Công nghiệp Việt Nam Phạm Tấn
// Công" heads no public body.
func (lx *lexicon) firmIn(toks []token, from, to int) bool {
	for i := from; i < to && i < len(toks); i++ {
		if !toks[i].upper {
			continue
		}
		if ms := lx.at(toks, i); len(ms) > 0 {
			if _, ok := ms[0].cue("firm"); ok {
				return true
			}
		}
	}
	return false
}

// firmAfter reports a firm named right after a title ending at k, or
// after the words of a board: "Chủ tịch Hội đồng quản trị Tập đoàn ...".
func (lx *lexicon) firmAfter(toks []token, k int) bool {
	return lx.firmIn(toks, k, k+1) || k+3 < len(toks) && toks[k].low == "hội" && toks[k+1].low == "đồng" && lx.firmIn(toks, k+3, k+4)
}

// remitEnd returns where the longest remit phrase among the matches ms
// ends ("phụ trách Đông Á"), or 0.
func remitEnd(ms []match) int {
	end := 0
	for _, m := range ms {
		if _, ok := m.cue("remit"); ok && m.end > end {
			end = m.end
		}
	}
	return end
}

// pluralOverList reports a plural title ("các Bộ trưởng Ngoại giao") that
// goes on to a country and a name at token k, the first of a list it is
// the title of: "các Bộ trưởng Ngoại giao New Zealand Gerry Brownlee, Mỹ
// Rex Tillerson ...".
func (lx *lexicon) pluralOverList(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	for _, m := range lx.at(toks, k) {
		if _, ok := m.has(kCountry); ok && m.end < len(toks) && toks[m.end].upper && len(lx.at(toks, m.end)) == 0 {
			words, _ := capitalRun(lx, toks, m.end)
			return words >= 2
		}
	}
	return false
}

// postCountry returns the country of a post (toks[start:k], its holder's
// name at k) that its qualifiers left without one: a country or a city
// inside the words of a body ("Tổng cục Tình báo thuộc Bộ Tổng tham mưu
// Các lực lượng vũ trang Nga Igor Kostyukov"), else Vietnam for an organ
// of state (organs.tsv) whose holder has a Vietnamese name ("Thứ trưởng
// Bộ Công Thương Phan Thị Thắng"). Not where an envoy is posted ("Tổng
// Lãnh sự tại Quảng Châu").
func (lx *lexicon) postCountry(toks []token, start, k int, role string) string {
	if k >= len(toks) || !toks[k].upper || !toks[k].word {
		return ""
	}
	viet, organ := vietnameseName(toks, k), false
	inside := start // the end of the place or body last read: none is read inside another
	for i := start; i < k; i++ {
		if !toks[i].upper {
			continue
		}
		if viet && !organ {
			organ = organAt(toks, i, k)
		}
		// The longest phrase only, and none inside it: "Thái Bình Dương"
		// holds no "Thái Bình" nor "Bình Dương"; "Ủy ban Pháp luật" no France.
		ms := lx.at(toks, i)
		if len(ms) == 0 || i < inside {
			continue
		}
		if ms[0].end <= k && !posted(toks, i) && !(ms[0].end < k && toks[ms[0].end].word && !toks[ms[0].end].upper) {
			if e, ok := ms[0].has(kCountry); ok {
				return e.id
			}
			if e, ok := ms[0].has(kCity); ok && !postedRole(role) {
				if c := gazetteer.Default().Cities[e.id]; c != nil {
					return c.Country
				}
			}
		}
		if _, title := ms[0].has(kTitle); !title {
			inside = ms[0].end // a title's words are read one by one: "Thứ trưởng Bộ Ngoại giao Nga"
		}
	}
	if organ {
		return "VN"
	}
	return ""
}

// organsTSV names the bodies of the Vietnamese state a post may name.
var organsTSV = dataFile("organs.tsv")

// organPhrase is one line of organs.tsv: its lower-case words and mark.
type organPhrase struct {
	words []string
	mark  string
}

// organs is organsTSV by the phrase's first word, to its phrases and
// their marks: "no" for a phrase that is no organ ("Bộ Chính trị"),
// "named" for one whose name follows ("Bộ Y tế").
var organs = func() map[string][]organPhrase {
	set := map[string][]organPhrase{}
	for _, line := range strings.Split(organsTSV, "\n") {
		if line = strings.TrimSpace(line); line != "" && line[0] != '#' {
			phrase, mark, _ := strings.Cut(line, "\t")
			words := strings.Fields(prose.Lower(phrase))
			set[words[0]] = append(set[words[0]], organPhrase{words, mark})
		}
	}
	return set
}()

// organAt reports an organ of organs.tsv opening at toks[i] and ending
// before k, the longest phrase deciding; one marked "named" only before
// a capitalised word ("Bộ Y tế", not "Bộ trưởng").
func organAt(toks []token, i, k int) bool {
	var best *organPhrase
	for pi := range organs[toks[i].low] {
		p := &organs[toks[i].low][pi]
		n := len(p.words)
		if i+n > k || best != nil && n <= len(best.words) {
			continue
		}
		same := true
		for w := 1; w < n && same; w++ {
			same = toks[i+w].low == p.words[w]
		}
		if same {
			best = p
		}
	}
	if best == nil || best.mark == "no" {
		return false
	}
	end := i + len(best.words)
	return best.mark != "named" || end < k && toks[end].upper
}

// vietnameseName reports a holder's name at k written as the Vietnamese
// write their own: a surname of surnames.tsv, one to three more
// capitalised syllables, no hyphen, some letter only Vietnamese writes
// ("Phan Thị Thắng", not "Vicát Sờgoarắp" or "Khăm-vén Păn-nha-nu-vông").
func vietnameseName(toks []token, k int) bool {
	if !surnames[toks[k].low] {
		return false
	}
	j, viet := k, false
	for j < len(toks) && j < k+4 && toks[j].word && toks[j].upper {
		viet = viet || vietnameseSpelled(toks[j].text)
		j++
	}
	return j-k >= 2 && viet && (j == len(toks) || toks[j].text != "-")
}

// surnamesTSV holds the family names that open a Vietnamese name.
var surnamesTSV = dataFile("surnames.tsv")

// surnames is surnamesTSV as a set of lower-case words.
var surnames = func() map[string]bool {
	set := map[string]bool{}
	for _, line := range strings.Split(surnamesTSV, "\n") {
		if line = strings.TrimSpace(line); line != "" && line[0] != '#' {
			set[prose.Lower(line)] = true
		}
	}
	return set
}()

// holderAfterPost returns where a Vietnamese name starts after the words
// of a post the lexicon does not know, from token k: "Thứ trưởng [Công
// an] Lê Quốc Hùng", "Trưởng ban [Tổ chức T.Ư] Lê Minh Hưng". The name is
// a surname and one to three given names, capitalised, that end the run of
// capitals; the post's words hold a lower-case word or an abbreviation's
// dot (else they are the name: "Hà Hoàng Hải"), no other punctuation and
// no other title. Else k.
func (lx *lexicon) holderAfterPost(toks []token, k int) int {
	plain := false // a lower-case word or a dot: the post's words, not a name's
	for j := k + 1; j < len(toks) && j-k <= postReach; j++ {
		t := toks[j-1]
		if !t.word && t.text != "." && t.text != "(" && t.text != ")" && t.text != "&" || lx.titleAt(toks, j-1) && j-1 > k {
			return k
		}
		if lx.cueAt(toks, j-1) || lx.leaderAt(toks, j-1) {
			return k // "Thứ trưởng Pankin nói rằng Malaysia và Thái Lan": a statement, no post; "Thủ tướng Nguyễn Xuân Phúc và Đoàn Chính phủ": a name, no post
		}
		plain = plain || !t.upper || t.text == "&" // an abbreviation's "&": "Bộ trưởng NN&PTNT Lê Minh Hoan"
		afterAcronym := t.text == ")"              // "Đại hội Dân tộc Phi (ANC) Fikile Mbalula": the holder after the body's acronym
		if !plain || !toks[j].upper || !surnames[toks[j].low] && !afterAcronym || lx.placeAt(toks, j) {
			continue // "Thái Lan" is a country
		}
		from := j
		if afterAcronym {
			from = lx.pastNamePrefixes(toks, j) // "(UMNO) Dato’ Seri Dr Ahmad Zahid Hamidi"
		}
		n := from + 1
		for n < len(toks) && n-from <= 3 && toks[n].word && toks[n].upper {
			n++
		}
		if n-from >= 2 && (n == len(toks) || !toks[n].upper) {
			return j
		}
	}
	return k
}

// bareLocality reports a word for a province or city at token k with no
// name of one after it: "Chủ tịch UBND thành phố Nguyễn Văn Phương" (the
// office's own city), not "UBND tỉnh Lai Châu Hà Trọng Hải".
func (lx *lexicon) bareLocality(toks []token, k int) bool {
	j := k
	for j < len(toks) && placeNoun[toks[j].low] {
		j++
	}
	return j > k && j < len(toks) && toks[j].upper && surnames[toks[j].low] && !lx.placeAt(toks, j)
}

// cueAt reports a cue other than an institution's words starting at
// token i: a verb, a preposition, a word of the news that no post holds.
func (lx *lexicon) cueAt(toks []token, i int) bool {
	for _, m := range lx.at(toks, i) {
		if m.kinds&(1<<kCue) == 0 {
			continue
		}
		_, inst := m.cue("institution")
		_, ref := m.cue("orgref")      // "Ban Tổ chức": a body's name
		_, capital := m.cue("capital") // "Thành phố Viêng Chăn": a city's name
		if !inst && !ref && !capital {
			if _, particle := m.cue("nameparticle"); !particle { // "El Malick Ndiaye", "Van der Bellen": a name's own word
				return true
			}
		}
	}
	return false
}

// leaderAt reports a known leader's name starting at token i.
func (lx *lexicon) leaderAt(toks []token, i int) bool {
	if !toks[i].upper {
		return false
	}
	ms := lx.at(toks, i)
	if len(ms) == 0 {
		return false
	}
	_, ok := ms[0].has(kLeader)
	return ok
}

// placeAt reports a country or a city starting at token i.
func (lx *lexicon) placeAt(toks []token, i int) bool {
	for _, m := range lx.at(toks, i) {
		if _, ok := m.has(kCountry); ok {
			return true
		}
		if _, ok := m.has(kCity); ok {
			return true
		}
	}
	return false
}

// holderAfterMinistry returns where the holder's name starts after a
// ministry's name ("Bộ Giáo dục và Thể thao Thongsalith Mangnomek"): the
// first run of two to four capitalised words after a lower-case word
// that ends before a lower-case word or a stop, and is no place; else the
// end of the ministry's words, so that nobody is named.
func (lx *lexicon) holderAfterMinistry(toks []token, k int) int {
	j := k + 1
	for ; j < len(toks) && j-k <= ministryReach; j++ {
		if toks[j].text == "," && j+1 < len(toks) && toks[j+1].upper && !lx.titleAt(toks, j+1) && !lx.placeAt(toks, j+1) {
			continue // "Bộ Biển, Vùng nước nội địa và Nghề cá của Mozambique Lidia Cardoso": the ministry's remits
		}
		if (toks[j].text == "-" || toks[j].text == "–") && toks[j-1].word && toks[j-1].upper && j+1 < len(toks) && toks[j+1].word && toks[j+1].upper {
			continue // "Ủy ban Chỉ đạo hợp tác song phương Việt Nam - Trung Quốc Nguyễn Thiện Nhân": a body of two countries, or of a region ("Tiểu ban châu Á – Thái Bình Dương")
		}
		if !toks[j].word || lx.titleAt(toks, j) {
			return j // no holder before the next title: "Bộ Công an cùng Thủ tướng ..."
		}
		if goingTense[toks[j].low] {
			return j // a verb's tense ends the body's name: "Chủ nhiệm Tổng cục Chính trị ... Việt Nam đã điện đàm với ..."
		}
		if toks[j].upper && !toks[j-1].upper && lx.pastNamePrefixes(toks, j) > j {
			return j // a style opens the holder's name: "Bộ Tài nguyên Sơ cấp và Du lịch Dato Dr Abdul Manaf Metussin"
		}
		if !toks[j].upper || toks[j-1].upper && !lx.placeEndsAt(toks, j) || lx.placeAt(toks, j) || lx.cueAt(toks, j-1) || bodyWord[toks[j].low] || placeNoun[toks[j-1].low] && !surnames[toks[j].low] || spacedDash(toks, j-1) {
			continue // "... Vũ trang Nga Igor Kostyukov": the holder after the body's country; "Ủy ban chính quyền tỉnh Bo Ly Khăm Xay": a province ("Sở Ngoại vụ tỉnh Lê Văn Hải": the office's own province, then its holder); "Vụ Trung Đông - Châu Phi": the second of a pair
		}
		n := j
		for n < len(toks) && n-j < 4 && toks[n].word && toks[n].upper {
			n++
		}
		if n-j >= 2 && (n == len(toks) || !toks[n].upper) && !lx.placeAt(toks, j) {
			return j
		}
	}
	return j
}

// ministryReach is how many words a body's name may take before its
// holder: "Tổng cục Tình báo thuộc Bộ Tổng tham mưu Các lực lượng vũ
// trang Nga Igor Kostyukov".
const ministryReach = 16

// bodyWord holds the words that open the name of a body of state, never
// a person's: "thuộc Bộ Tổng tham mưu".
var bodyWord = map[string]bool{"bộ": true, "cục": true, "vụ": true, "tổng": true, "ban": true, "viện": true, "sở": true, "ủy": true}

// placeEndsAt reports a country or a city that ends right before token j.
func (lx *lexicon) placeEndsAt(toks []token, j int) bool {
	for i := max(0, j-4); i < j; i++ {
		for _, m := range lx.at(toks, i) {
			if _, ok := m.has(kCountry); ok && m.end == j {
				return true
			}
			if _, ok := m.has(kCity); ok && m.end == j {
				return true
			}
		}
	}
	return false
}

// postReach is how many words of a post holderAfterPost goes over.
const postReach = 10

// qualifiers reads what follows a title before the name: a country, an
// organisation, a venue standing for its government ("Điện Kremlin"), and a
// few lower-case words ("phát ngôn viên chính sách đối ngoại"). Its steps
// are tried in order at each token (step); the first that applies reads
// on, or ends the run.
func (lx *lexicon) qualifiers(s *sentence, k int, ment *mention) int {
	q := qualifierReading{lx: lx, s: s, ment: ment}
	for k < len(s.toks) {
		q.ms = nil
		if j := lx.secondCountry(s, k, ment); j > k {
			k = j // "Chủ tịch Hội Hữu nghị Lào - Việt Nam Boviengkham Vongdala": a body of two countries
			continue
		}
		q.ms = lx.at(s.toks, k)
		next, end, applied := q.step(k)
		if !applied || end {
			if applied {
				return next
			}
			return k
		}
		k = next
	}
	return k
}

// qualifierReading is what the qualifiers of a title have read so far.
type qualifierReading struct {
	lx       *lexicon
	s        *sentence
	ment     *mention
	ms       []match // the lexicon's phrases at the token read
	lowerRun int     // plain words gone over
	covering bool    // after "kiêm nhiệm": the countries an ambassador also covers
}

// step tries the steps of qualifiers in order at token k, and returns
// what the first that applies says: where the qualifiers go on from, or
// (end) where the run ends; applied false when none does. (The steps are
// called one by one, not from a table of function values: a reading
// passed to one would be allocated on every title.)
func (q *qualifierReading) step(k int) (next int, end, applied bool) {
	if next, end, applied = q.remitOf(k); applied {
		return
	}
	if next, end, applied = q.remitInWords(k); applied {
		return
	}
	if next, end, applied = q.cityWrittenLower(k); applied {
		return
	}
	if next, end, applied = q.institutionWrittenLower(k); applied {
		return
	}
	if next, end, applied = q.named(k); applied {
		return
	}
	if next, end, applied = q.session(k); applied {
		return
	}
	if next, end, applied = q.portfolio(k); applied {
		return
	}
	if next, end, applied = q.postedAt(k); applied {
		return
	}
	if next, end, applied = q.alsoCovers(k); applied {
		return
	}
	if next, end, applied = q.holderAfterPost(k); applied {
		return
	}
	if next, end, applied = q.ministry(k); applied {
		return
	}
	if next, end, applied = q.secondHolder(k); applied {
		return
	}
	if next, end, applied = q.plainWords(k); applied {
		return
	}
	return k, false, false
}

// remitOf goes over what the post is in charge of: "phụ trách Đông Á".
func (q *qualifierReading) remitOf(k int) (int, bool, bool) {
	if j := remitEnd(q.ms); j > k {
		return j, false, true
	}
	return k, false, false
}

// remitInWords goes over a remit told in lower-case words after
// "phụ trách", "đặc trách" or "chuyên trách" ("về" maybe), commas and
// "và" between, up to the capitalised words that follow: "Bộ trưởng
// Romania phụ trách kinh doanh, thương mại và doanh nghiệp Stefan-Radu
// Oprea", "Ủy viên phụ trách các vấn đề chính trị, hòa bình và an ninh
// của AU Bankole Adeoye". A verb of saying or of meeting ends it: the
// post had no name.
func (q *qualifierReading) remitInWords(k int) (int, bool, bool) {
	toks := q.s.toks
	if k+2 >= len(toks) || toks[k+1].low != "trách" || toks[k].low != "phụ" && toks[k].low != "đặc" && toks[k].low != "chuyên" {
		return k, false, false
	}
	j := k + 2
	if toks[j].low == "về" {
		j++
	}
	words := 0
	for ; j < len(toks) && j-k <= remitReach; j++ {
		t := toks[j]
		if t.upper {
			break
		}
		if !t.word && t.text != "," || q.lx.attribAt(toks, j) || q.s.hasCueAt("meet", j) {
			return k, false, false
		}
		if t.word {
			words++
		}
	}
	if words == 0 || j >= len(toks) || !toks[j].upper || j-k > remitReach {
		return k, false, false
	}
	return j, false, true
}

// remitReach is how many tokens a remit told in words may take.
const remitReach = 16

// cityWrittenLower reads the city of the office, its name written
// lower-case first: "Chủ tịch Ủy ban nhân dân thành phố Hồ Chí Minh Phan
// Văn Mãi".
func (q *qualifierReading) cityWrittenLower(k int) (int, bool, bool) {
	if len(q.ms) == 0 || q.s.toks[k].low != "thành" {
		return k, false, false
	}
	if e, ok := q.ms[0].has(kCity); ok {
		q.s.ments = append(q.s.ments, mention{kind: mCity, start: q.ms[0].start, end: q.ms[0].end, id: e.id})
		return q.ms[0].end, false, true
	}
	return k, false, false
}

// institutionWrittenLower goes over a party written in lower case ("Tổng
// Thư ký đảng Frelimo Roque Silva") or described before its name ("Tổng
// Thư ký đảng cầm quyền Đại hội Dân tộc Phi (ANC) Fikile Mbalula").
func (q *qualifierReading) institutionWrittenLower(k int) (int, bool, bool) {
	toks, ms := q.s.toks, q.ms
	if len(ms) > 0 && !toks[k].upper && ms[0].end-k > 1 && (toks[k+1].upper || ms[0].end < len(toks) && toks[ms[0].end].upper) {
		if _, ok := ms[0].cue("institution"); ok {
			return ms[0].end, false, true
		}
	}
	return k, false, false
}

// named reads a capitalised phrase the lexicon knows: an institution,
// part of the title ("Ban Chấp hành Trung ương Đảng Cộng sản"); the post's
// country, then where it is ("Đại sứ Việt Nam tại Philippines"); the city
// of the office ("Phó Chủ tịch Ủy ban nhân dân thành phố Hà Nội"); an
// organisation with its acronym; a venue standing for its government.
func (q *qualifierReading) named(k int) (int, bool, bool) {
	toks, ment := q.s.toks, q.ment
	if len(q.ms) == 0 || !toks[k].upper {
		return k, false, false
	}
	m := q.ms[0]
	g := gazetteer.Default()
	if _, ok := m.cue("institution"); ok {
		if m.end == k+1 && toks[k].low == "sở" {
			// "Phó Giám đốc Sở Công Thương": a department, read to its
			// holder as a ministry is, its name none.
			return q.lx.holderAfterMinistry(toks, k), true, true
		}
		return m.end, false, true
	}
	if e, ok := m.has(kCountry); ok && (ment.country == "" || posted(toks, m.start)) {
		if ment.country == "" && !(m.start > 0 && toks[m.start-1].low == "về") && !(ment.org != "" && posted(toks, m.start)) {
			// Not a remit ("Đặc phái viên Liên hợp quốc về Syria" is no
			// office of Syria), nor where an organisation's official is
			// posted ("Điều phối viên thường trú Liên hợp quốc tại Việt Nam").
			ment.country = e.id
		}
		q.s.ments = append(q.s.ments, mention{kind: mCountry, start: m.start, end: m.end, id: e.id})
		return m.end, false, true
	}
	if e, ok := m.has(kCity); ok && properName(toks, m) {
		if c := g.Cities[e.id]; c != nil && ment.country != "" && c.Country != ment.country && (!postedRole(ment.role) || !posted(toks, m.start)) &&
			m.end < len(toks) && toks[m.end].word && toks[m.end].upper && len(q.lx.at(toks, m.end)) == 0 {
			// "Phó Tổng thống Argentina Victoria Villarruel", "Cao ủy Anh
			// Victoria Treadell": no city of the office's country, nor
			// one an envoy is posted at ("tại"), but the holder's given name.
			return k, true, true
		}
		if q.lx.namesakeAbroad(toks, m, e.id) {
			q.s.namesakes = append(q.s.namesakes, e.id) // "tỉnh Hà Nam (Trung Quốc)": Henan, no place of Vietnam's
		} else {
			q.s.ments = append(q.s.ments, mention{kind: mCity, start: m.start, end: m.end, id: e.id})
		}
		if c := g.Cities[e.id]; c != nil && ment.country == "" && !postedRole(ment.role) && !(m.start > 0 && toks[m.start-1].low == "tại") {
			// "Tỉnh trưởng tỉnh Luang Prabang", "Bí thư Thành ủy Thượng
			// Hải": an office of that city or province is of its
			// country (not a consul's, posted "tại" a city abroad).
			ment.country = c.Country
		}
		if iso := q.lx.bracketedCountry(toks, m.end); iso != "" && ment.country != "" && !postedRole(ment.role) {
			// "Phó Tỉnh trưởng tỉnh Hà Nam (Trung Quốc) Trương Mẫn": the
			// country the text gives the place wins over the gazetteer's
			// place of that name.
			ment.country = iso
		}
		return m.end, false, true
	}
	if e, ok := m.has(kOrg); ok && ment.org == "" {
		ment.org = e.id
		q.s.ments = append(q.s.ments, mention{kind: mOrg, start: m.start, end: m.end, id: e.id})
		k = m.end
		if k+3 < len(toks) && toks[k].text == "(" && toks[k+2].text == ")" && toks[k+1].upper && (toks[k+3].upper || toks[k+3].text == ",") {
			k += 3 // "Tổng thư ký Hội đồng Hợp tác vùng Vịnh (GCC) Jassim al-Budaiwi", "Chủ tịch Liên minh châu Phi (AU), ông ...": the organisation's acronym
		}
		return k, false, true
	}
	if e, ok := m.has(kVenue); ok && ment.country == "" {
		if c := g.Cities[e.id]; c != nil {
			ment.country = c.Country
		}
		return m.end, false, true
	}
	return k, false, false
}

// bracketedCountry returns the country named in brackets at toks[k:]
// ("(Trung Quốc)"), "" when there is none.
func (lx *lexicon) bracketedCountry(toks []token, k int) string {
	if k+2 >= len(toks) || toks[k].text != "(" {
		return ""
	}
	ms := lx.at(toks, k+1)
	if len(ms) == 0 {
		return ""
	}
	e, ok := ms[0].has(kCountry)
	if !ok || ms[0].end >= len(toks) || toks[ms[0].end].text != ")" {
		return ""
	}
	return e.id
}

// session goes over an assembly's session: "Chủ tịch Đại hội đồng LHQ
// Khoá 79 Philemon Yang".
func (q *qualifierReading) session(k int) (int, bool, bool) {
	toks := q.s.toks
	if k+1 < len(toks) && (toks[k].low == "khóa" || toks[k].low == "khoá") && isDigitWord(toks[k+1].text) {
		return k + 2, false, true
	}
	return k, false, false
}

// portfolio goes over the ministry's remit: "Bộ trưởng Kinh doanh và
// Thương mại Anh Kemi Badenoch".
func (q *qualifierReading) portfolio(k int) (int, bool, bool) {
	if j := q.lx.portfolio(q.s.toks, k, q.ment); j > k {
		return j, false, true
	}
	return k, false, false
}

// postedAt goes over where a post is: "Đại sứ Việt Nam tại Nga Đặng Minh
// Khôi".
func (q *qualifierReading) postedAt(k int) (int, bool, bool) {
	toks := q.s.toks
	if toks[k].low == "tại" && postedRole(q.ment.role) && k+1 < len(toks) && toks[k+1].upper && q.lx.qualifierAt(toks, k+1) {
		return k + 1, false, true
	}
	return k, false, false
}

// alsoCovers goes over where else an ambassador's post is: "Đại sứ Việt
// Nam tại Ấn Độ, kiêm nhiệm Nepal và Bhutan Phạm Sanh Châu", "tại
// Indonesia kiêm nhiệm Timor-Leste Tạ Văn Thông".
func (q *qualifierReading) alsoCovers(k int) (int, bool, bool) {
	toks := q.s.toks
	switch {
	case toks[k].text == "," && concurrently(toks, k+1) && postedRole(q.ment.role):
		return k + 1, false, true
	case concurrently(toks, k) && postedRole(q.ment.role) && k+2 < len(toks) && toks[k+2].upper && q.lx.qualifierAt(toks, k+2):
		q.covering = true
		return k + 2, false, true
	case q.covering && toks[k].low == "và" && k+1 < len(toks) && toks[k+1].upper:
		// "kiêm nhiệm Nepal và Bhutan": where else it is, still.
		if ms := q.lx.at(toks, k+1); len(ms) > 0 {
			if e, ok := ms[0].has(kCountry); ok {
				q.s.ments = append(q.s.ments, mention{kind: mCountry, start: ms[0].start, end: ms[0].end, id: e.id})
				return ms[0].end, false, true
			}
		}
	}
	return k, false, false
}

// holderAfterPost ends the run at a post's holder: "Thứ trưởng Công an Lê
// Quốc Hùng".
func (q *qualifierReading) holderAfterPost(k int) (int, bool, bool) {
	toks := q.s.toks
	if len(q.ms) > 0 && q.ms[0].kinds&(1<<kLeader) != 0 {
		// "Chủ tịch Quốc hội Nguyễn Thị Kim Ngân và Đoàn Đại biểu cấp
		// cao": a leader the lexicon knows is the holder, not the words
		// of a post before another name.
		return k, false, false
	}
	if j := q.lx.holderAfterPost(toks, k); j > k && (toks[k].upper || toks[k].text == "(" || q.lx.bareLocality(toks, k)) {
		return j, true, true
	}
	return k, false, false
}

// ministry ends the run at a ministry, never a name, and its holder if
// any: "Bộ trưởng Bộ Giáo dục và Thể thao Thongsalith Mangnomek".
func (q *qualifierReading) ministry(k int) (int, bool, bool) {
	toks := q.s.toks
	if toks[k].low == "bộ" || toks[k].low == "cục" || toks[k].low == "vụ" || k+1 < len(toks) && bodyOpens(toks[k].low, toks[k+1].low) {
		return q.lx.holderAfterMinistry(toks, k), true, true
	}
	return k, false, false
}

// bodyOpens reports two words that open the name of a body of state: a
// general department ("Tổng cục"), a committee ("Ủy ban Chỉ đạo hợp tác
// song phương Việt Nam - Trung Quốc"), a council ("Hội đồng Biển Liên bang
// Nga"), a government ("Chính quyền nhân dân Khu tự trị ..."), an agency
// ("Cơ quan Tình báo Quốc gia"), an academy ("Học viện Chính trị Quốc
// gia"). Its first word, capitalised, is no short name ("Chính" of Phạm
// Minh Chính).
func bodyOpens(w, next string) bool {
	switch w {
	case "tổng":
		return next == "cục"
	case "ủy", "uỷ":
		return next == "ban"
	case "tiểu":
		return next == "ban" // a subcommittee: "Chủ tịch Tiểu ban châu Á – Thái Bình Dương ... Ami Bera"
	case "hội":
		return next == "đồng"
	case "chính":
		return next == "quyền"
	case "cơ":
		return next == "quan"
	case "học":
		return next == "viện"
	}
	return false
}

// secondHolder ends the run at a second country: "Ngoại trưởng Mỹ và
// Trung Quốc" names a second holder (andCountry).
func (q *qualifierReading) secondHolder(k int) (int, bool, bool) {
	if q.s.toks[k].low == "và" && q.ment.country != "" {
		return k, true, true
	}
	return k, false, false
}

// plainWords goes over a few plain words ("phát ngôn viên chính sách đối
// ngoại Điện Kremlin"), but only when a qualifier follows them.
func (q *qualifierReading) plainWords(k int) (int, bool, bool) {
	toks := q.s.toks
	if toks[k].low == "tp" && k+1 < len(toks) && toks[k+1].upper && q.lx.qualifierAt(toks, k+1) {
		return k + 1, false, true // "Chủ tịch UBND TP Hải Phòng Nguyễn Văn Tùng": the city abbreviated
	}
	if !toks[k].word || toks[k].upper || q.lowerRun >= 4 || len(q.lx.at(toks, k)) != 0 {
		return k, false, false
	}
	j := k
	for j < len(toks) && j-k < 4 && toks[j].word && !toks[j].upper && !tenseVerb[toks[j].low] {
		j++
	}
	if j < len(toks) && toks[j].upper && q.lx.qualifierAt(toks, j) {
		q.lowerRun += j - k
		q.memberWords(k, j)
		return j, false, true
	}
	if q.ment.rank == "minister" && j-k <= 2 && j < len(toks) && q.lx.foreignNameAt(toks, j) && (j-k == 1 || len(q.lx.at(toks, k+1)) == 0) {
		// "Bộ trưởng Kinh tế số Jeremy Quin": the rest of a minister's
		// remit in lower case, then a foreign holder.
		return j, true, true
	}
	return k, false, false
}

// tenseVerb holds the words that tell a verb's time, which no post's
// words hold: "Tổng thống Ukraine đã tới Berlin" goes to Berlin, it names
// no post of Berlin's; where they come (or "với"), a chain of offices
// has ended.
var tenseVerb = map[string]bool{"đã": true, "sẽ": true, "vừa": true, "đang": true}

// memberWords records a word of membership among plain words [from, to)
// a title goes over ("Bộ trưởng ngoại giao các nước thành viên ASEAN"):
// the title stays whole, and the members it speaks of may be named after
// it ("..., trong đó có Myanmar").
func (q *qualifierReading) memberWords(from, to int) {
	toks := q.s.toks
	for i := from + 1; i < to; i++ {
		if toks[i].low != "thành" {
			continue // every member word a plural of members takes begins so
		}
		for _, m := range q.lx.at(toks, i) {
			if val, ok := m.cue("member"); ok && m.end <= to {
				q.s.cues = append(q.s.cues, cueHit{cat: "member", val: val, start: m.start, end: m.end})
				return
			}
		}
	}
}

// secondCountry returns where the second country of a pair ends when
// one follows the post's own country after a dash ("Hội Hữu nghị Lào -
// Việt Nam", "Ủy ban Chỉ đạo hợp tác song phương Việt Nam - Trung
// Quốc") and a name comes next, else k. The holder's country is the one
// named first.
func (lx *lexicon) secondCountry(s *sentence, k int, ment *mention) int {
	toks := s.toks
	if ment.country == "" || k+2 >= len(toks) || toks[k].text != "-" && toks[k].text != "–" || len(s.ments) == 0 {
		return k
	}
	if last := s.ments[len(s.ments)-1]; last.kind != mCountry || last.end != k {
		return k
	}
	ms := lx.at(toks, k+1)
	if len(ms) == 0 {
		return k
	}
	e, ok := ms[0].has(kCountry)
	if !ok || ms[0].end >= len(toks) || !toks[ms[0].end].upper {
		return k
	}
	s.ments = append(s.ments, mention{kind: mCountry, start: ms[0].start, end: ms[0].end, id: e.id})
	return ms[0].end
}

// portfolioReach is how many tokens a minister's remit may take.
const portfolioReach = 10

// portfolio returns where the remit of a minister named by the bare title
// ends ("Bộ trưởng [Bộ] Kinh tế và Công nghiệp Israel Nir Barkat", "Bộ
// trưởng Đầu tư, Thương mại và Công nghiệp Malaysia Tengku Zafrul"): from
// a capitalised word, words, "và" and commas up to a country followed by
// a name. A title or a known name inside ends it: the words are then
// people, not a remit. k when there is none.
func (lx *lexicon) portfolio(toks []token, k int, ment *mention) int {
	if ment.rank != "minister" && !deputyMinister(ment.role) || ment.country != "" || k >= len(toks) || lx.qualifierAt(toks, k) ||
		!toks[k].upper && toks[k].low != "và" && toks[k].text != "," {
		return k // a remit starts capitalised, or goes on a title's ("Bộ trưởng Kinh tế và Công nghiệp")
	}

	viet := false // a word of the remit so far is spelled as only Vietnamese writes
	for j := k; j < len(toks) && j-k <= portfolioReach; j++ {
		t := toks[j]
		if !t.word && t.text != "," {
			return k
		}
		if (t.low == "và" || t.text == ",") && (j+1 >= len(toks) || !toks[j+1].upper) {
			if !lx.lowerPartsThenName(toks, j+1) {
				return k // each part of a remit is capitalised: "và người đồng cấp Nga" is someone else
			}
			viet = true // "Bộ trưởng Công nghiệp, thương mại và tài nguyên Yoo Myung-hee": the parts after the first in lower case, then a foreign name
		}
		if viet && lx.foreignNameAt(toks, j) {
			return j // "Bộ trưởng Truyền thông Juscelino Filho": a Vietnamese remit, then a foreign name
		}
		if t.upper && surnames[t.low] && j+1 < len(toks) && toks[j+1].word && toks[j+1].upper {
			return k // "Thứ trưởng Bộ Công Thương Nguyễn Sinh Nhật Tân": a Vietnamese name, not a remit before Japan
		}
		viet = viet || t.upper && vietnameseSpelled(t.text)
		if ms := lx.at(toks, j); len(ms) > 0 {
			if _, ok := ms[0].has(kCountry); ok && t.upper && j > k {
				if surnames[toks[j-1].low] {
					return k // "Bộ Môi trường Đỗ Đức Duy": a given name, not Germany
				}
				if e := ms[0].end; e < len(toks) && toks[e].upper && !lx.titleAt(toks, e) || setOffHolder(toks, e) ||
					e+1 < len(toks) && toks[e].text == "," && lx.foreignNameAt(toks, e+1) { // "Bộ trưởng Kinh tế và Công nghiệp Israel, Nir Barkat"
					return j
				}
				return k
			}
			for _, kd := range []kind{kTitle, kLeader, kLeaderShort, kOrg} {
				if _, ok := ms[0].has(kd); ok {
					if kd == kLeaderShort && ms[0].end < len(toks) && toks[ms[0].end].word && !toks[ms[0].end].upper {
						continue // "Bộ trưởng Lục quân Daniel Driscoll": a word of the remit, not Lục Khảng
					}
					if (kd == kLeader || kd == kLeaderShort) && !t.upper {
						continue // "Bộ trưởng Kinh tế và Tài chính Campuchia": "chính" in lower case is no "Thủ tướng Chính"
					}
					return k
				}
			}
		}
	}
	return k
}

// deputyMinister reports the role of a deputy minister, whose remit may
// go on as a minister's does: "Thứ trưởng Ngoại giao và Kiều dân Kenya
// Abraham Korir Sing’Oei".
func deputyMinister(role string) bool {
	switch role {
	case "deputy minister", "deputy foreign minister", "deputy defence minister":
		return true
	}
	return false
}

// lowerPartsThenName reports the lower-case parts of a remit from token
// j, joined by commas and "và", that a foreign name ends: "thương mại và
// tài nguyên Yoo Myung-hee". A word of the lexicon (a verb, "người đồng
// cấp") among them is no part of a remit.
func (lx *lexicon) lowerPartsThenName(toks []token, j int) bool {
	for i := j; i < len(toks) && i-j <= portfolioReach; i++ {
		t := toks[i]
		if t.upper {
			return i > j && lx.foreignNameAt(toks, i)
		}
		if !t.word && t.text != "," || t.word && t.low != "và" && lx.cueAt(toks, i) {
			return false
		}
	}
	return false
}

// setOffHolder reports a holder set off after a post at token e by a
// comma or a spaced dash and "bà"/"ông": "Bộ trưởng Kinh doanh và Thương
// mại Anh - bà Kemi Badenoch".
func setOffHolder(toks []token, e int) bool {
	return e+2 < len(toks) && (toks[e].text == "," || setOffDash(toks, e)) &&
		(toks[e+1].low == "bà" || toks[e+1].low == "ông") && toks[e+2].upper
}

// foreignNameAt reports two capitalised words at j, neither spelled as
// only Vietnamese writes nor the start of anything the lexicon knows but
// a leader: the name of a foreign holder after a remit in Vietnamese.
func (lx *lexicon) foreignNameAt(toks []token, j int) bool {
	if j+1 >= len(toks) || j > 0 && surnames[toks[j-1].low] {
		return false // "Nguyễn Chí Dũng": a Vietnamese name goes on
	}
	for i, t := range toks[j : j+2] {
		if i == 1 && t.word && slices.Contains(nameParticles, t.low) && j+2 < len(toks) && (toks[j+2].upper || toks[j+2].text == "-") {
			continue // "Khalid al-Falih", "Badr ibn Hamad"
		}
		if !t.word || !t.upper || vietnameseSpelled(t.text) {
			return false
		}
	}
	if ms := lx.at(toks, j); len(ms) > 0 {
		if _, ok := ms[0].has(kLeaderShort); ok && ms[0].end == j+1 {
			return true // "Lee Chang Yang" goes on past the short "Lee": a name of its own
		}
		_, ok := ms[0].has(kLeader)
		return ok
	}
	return true
}

// titleAt reports a title starting at token k.
func (lx *lexicon) titleAt(toks []token, k int) bool {
	ms := lx.at(toks, k)
	if len(ms) == 0 {
		return false
	}
	_, ok := ms[0].has(kTitle)
	return ok
}

// postedRole reports an office held somewhere abroad: an ambassador, a
// consul, an envoy, the head of a mission ("Trưởng Phái đoàn Việt Nam
// tại ASEAN"), a representative ("Đại diện thường trực Nga tại Liên Hợp
// Quốc Vassily Nebenzia"), a high commissioner ("Cao ủy Anh tại
// Singapore").
func postedRole(role string) bool {
	return strings.Contains(role, "ambassador") || strings.Contains(role, "consul") || strings.Contains(role, "envoy") || strings.Contains(role, "mission") ||
		strings.Contains(role, "representative") || strings.Contains(role, "commissioner") || strings.Contains(role, "resident coordinator")
}

// posted reports "tại" right before token i: where an ambassador is posted.
func posted(toks []token, i int) bool {
	return i > 0 && toks[i-1].low == "tại" || concurrently(toks, i-2)
}

// concurrently reports "kiêm nhiệm" at token i: a post held in another
// country too ("Đại sứ Việt Nam tại Indonesia kiêm nhiệm Timor-Leste").
func concurrently(toks []token, i int) bool {
	return i >= 0 && i+1 < len(toks) && toks[i].low == "kiêm" && toks[i+1].low == "nhiệm"
}

// qualifierAt reports a country, organisation, city or venue starting at k.
func (lx *lexicon) qualifierAt(toks []token, k int) bool {
	ms := lx.at(toks, k)
	if len(ms) == 0 {
		return false
	}
	if _, ok := ms[0].cue("institution"); ok {
		return true
	}
	for _, kd := range []kind{kCountry, kOrg, kVenue, kCity} {
		if _, ok := ms[0].has(kd); ok {
			return true
		}
	}
	return false
}

// setOffName reports a name of two words or more at k, set off after a
// title's comma: the comma or a verb of saying closes it ("Người phát
// ngôn Nhà Trắng, Anna Kelly, cho biết").
func (lx *lexicon) setOffName(s *sentence, k int) bool {
	if ms := lx.at(s.toks, k); len(ms) > 0 && ms[0].kinds&(1<<kLeader|1<<kLeaderShort) == 0 {
		return false // a country, a title: read as such
	}
	words, n := capitalRun(lx, s.toks, k)
	if words < 2 || n >= len(s.toks) {
		return false
	}
	if s.toks[n].text == "," || s.toks[n].text == "." && n == len(s.toks)-1 {
		return true // "..., Nir Barkat." ends the sentence
	}
	for n < len(s.toks)-1 && tenseWord[s.toks[n].low] {
		n++ // "Bộ trưởng Ngoại giao Bolivia, Rogelio Maita vừa thông báo"
	}
	return lx.attribAt(s.toks, n) // read ahead: the scan has not come so far
}

// attribAt reports a verb of saying starting at token i ("cho biết",
// "tuyên bố"), read from the lexicon: the scan may not have come so far.
func (lx *lexicon) attribAt(toks []token, i int) bool {
	for _, m := range lx.at(toks, i) {
		if _, ok := m.cue("attrib"); ok {
			return true
		}
	}
	return false
}

// tenseWord holds the words that may stand between a subject and its verb
// to tell when: "vừa", "đã", "cũng", "mới".
var tenseWord = map[string]bool{"vừa": true, "đã": true, "cũng": true, "mới": true}

// named reads the name after a title or honorific at k, completing ment.
// It returns where the reading ends. The name may be set off from its
// post, be the last words of a list item, be a leader the lexicon knows,
// or be a run of capitalised words; with none, the post or the honorific
// stands for a person resolved per article.
func (lx *lexicon) named(s *sentence, ment mention, k int) int {
	toks := s.toks
	if photoCredit(toks, k) {
		return k // "đại sứ Cuba – Ảnh: NHAN SÁNG": the photographer, no holder of the post
	}
	if end := lx.bracketedList(s, ment, k); end > k {
		return end
	}
	k = lx.pastTitleFill(toks, lx.setOffStart(s, ment, k))
	k = lx.pastNamePrefixes(toks, k)
	if ment.via == "title" && ment.role != "" && !lx.nameAt(toks, k) {
		if j, n := lx.itemHolder(toks, ment.start, k); n > 0 {
			return lx.addItemHolder(s, ment, k, j, n)
		}
	}
	if end, ok := lx.givenNameAbroad(s, ment, k); ok {
		return end
	}
	if k < len(toks) && toks[k].upper {
		if end, ok := lx.nameOfPost(s, ment, k); ok {
			return end
		}
	}
	if after := lx.particleOpens(toks, k); after > k {
		// "bà von der Leyen" (a name the lexicon knows from its particle
		// on), "ông bin Salman" (read from the word after it).
		if end, ok := lx.nameOfPost(s, ment, k); ok {
			return end
		}
		if end, ok := lx.nameOfPost(s, ment, after); ok {
			return end
		}
	}
	return lx.unnamed(s, ment, k)
}

// bracketedList reads the holders a post lists after a colon, each with
// his country in brackets: "các ngài Đại sứ đặc mệnh toàn quyền tại Việt
// Nam: Ricardo Canara (Liên bang Mexico), Dumitru Olaru (Rumani), ...".
// Two such items at least; it returns where the list ends, k when there
// is none.
func (lx *lexicon) bracketedList(s *sentence, ment mention, k int) int {
	toks := s.toks
	if ment.via != "title" || ment.role == "" || k+1 >= len(toks) || toks[k].text != ":" {
		return k
	}
	type item struct {
		start, end int
		iso        string
	}
	var items []item
	j := k + 1
	for j < len(toks) {
		words, n := capitalRun(lx, toks, j)
		if words < 2 {
			break
		}
		iso, e := lx.countryInBrackets(toks, n)
		if iso == "" {
			break
		}
		items = append(items, item{j, n, iso})
		j = e
		if j+1 < len(toks) && (toks[j].text == "," || toks[j].low == "và") && toks[j+1].upper {
			j++
			continue
		}
		break
	}
	if len(items) < 2 {
		return k
	}
	for _, it := range items {
		name := span(toks, it.start, it.end)
		m := ment
		m.kind, m.start, m.end, m.id, m.name, m.country = mLeader, it.start, it.end, slug(name), name, it.iso
		s.ments = append(s.ments, m)
	}
	return items[len(items)-1].end
}

// countryInBrackets returns the country named in brackets at toks[k:],
// a state's form maybe before it ("(Liên bang Mexico)", "(Rumani)"), and
// where the brackets end; "" when there is none.
func (lx *lexicon) countryInBrackets(toks []token, k int) (string, int) {
	if k+2 >= len(toks) || toks[k].text != "(" {
		return "", k
	}
	for i := k + 1; i < len(toks) && i <= k+4; i++ {
		if toks[i].text == ")" {
			return "", k
		}
		ms := lx.at(toks, i)
		if len(ms) == 0 {
			continue
		}
		if e, ok := ms[0].has(kCountry); ok && ms[0].end < len(toks) && toks[ms[0].end].text == ")" {
			return e.id, ms[0].end + 1
		}
	}
	return "", k
}

// particleOpens returns the capitalised word after a lower-case particle
// (cues.tsv, nameparticle) at k, as the press writes some names after an
// honorific: "bà von der Leyen", "ông al-Sharaa", "ông bin Salman"; -1
// when no name opens so. The name is then read as any other, not the
// honorific as a pronoun.
func (lx *lexicon) particleOpens(toks []token, k int) int {
	if k+1 >= len(toks) || toks[k].upper {
		return -1
	}
	for _, m := range lx.at(toks, k) {
		if _, ok := m.cue("nameparticle"); !ok {
			continue
		}
		switch e := m.end; {
		case e < len(toks) && toks[e].upper:
			return e
		case e+1 < len(toks) && toks[e].text == "-" && toks[e+1].upper:
			return e + 1
		}
		return -1
	}
	return -1
}

// givenNameAbroad reads a holder whose first name is also a city or a
// country other than his post's ("Phó Tổng thống Argentina Victoria
// Villarruel", "Chủ tịch đảng Tập hợp Quốc gia Pháp Jordan Bardella"):
// a capitalised word the lexicon reads as a place, followed by one it does
// not know. It returns where the reading ends, and false when there is no
// such name at k.
func (lx *lexicon) givenNameAbroad(s *sentence, ment mention, k int) (int, bool) {
	toks := s.toks
	if ment.via != "title" || ment.country == "" || k+1 >= len(toks) || !toks[k].upper || !toks[k+1].word || !toks[k+1].upper || len(lx.at(toks, k+1)) != 0 {
		return k, false
	}
	ms := lx.at(toks, k)
	if len(ms) == 0 || ms[0].end != k+1 {
		return k, false
	}
	other := ""
	if e, ok := ms[0].has(kCity); ok {
		if c := gazetteer.Default().Cities[e.id]; c != nil {
			other = c.Country
		}
	} else if e, ok := ms[0].has(kCountry); ok {
		other = e.id
	}
	if other == "" || other == ment.country {
		return k, false
	}
	words, n := capitalRun(lx, toks, k+1)
	if words < 1 || shouted(toks, k, n) {
		return k, false
	}
	ment.kind, ment.end = mLeader, n
	ment.name = span(toks, k, n)
	ment.id = slug(ment.name)
	s.ments = append(s.ments, ment)
	return lx.appositive(s, len(s.ments)-1, n), true
}

// setOffStart returns where the holder of a post starts when a comma or a
// dash sets him off from it (else k). Only a post qualified by its country
// or organisation, or an organisation's head ("Tổng Thư ký ASEAN"), may
// have its holder so set off.
func (lx *lexicon) setOffStart(s *sentence, ment mention, k int) int {
	toks := s.toks
	if ment.via != "title" || ment.country == "" && ment.org == "" && ment.rank != "org_head" {
		return k
	}
	if k+2 < len(toks) && placeNoun[toks[k].low] && setOffDash(toks, k+1) {
		k++ // "Phó chủ tịch UBND tỉnh - Phạm Tấn Hòa": the office's own province, then its holder
	}
	switch {
	case setOffHolder(toks, k):
		k += 2 // "Đại sứ Ireland, bà Deirdre Ní Fhallúin", "người phát ngôn Nhà Trắng - bà Anna Kelly"
	case k+2 < len(toks) && toks[k].text == "," && lx.setOffName(s, k+1):
		k++ // "Người phát ngôn của Phủ Tổng thống Hàn Quốc, Kang Yu-jung cho biết", "Tổng thư ký OECD, Mathias Cormann"
	case k+2 < len(toks) && (toks[k].text == "," || setOffDash(toks, k)) && lx.pastNamePrefixes(toks, k+1) > k+1:
		k++ // "Đại sứ Iran tại Saudi Arabia, Tiến sỹ Alireza Enayati": a style, then the holder
	case k+2 < len(toks) && setOffDash(toks, k) && lx.dashedName(s, k+1):
		k++ // "Thủ tướng Phần Lan - Sanna Marin xác nhận"
	}
	return k
}

// pastTitleFill returns where a name starts after the lower-case words a
// cue of category titlefill lets stand between a post and its holder
// (else k).
func (lx *lexicon) pastTitleFill(toks []token, k int) int {
	if k >= len(toks) || toks[k].upper {
		return k
	}
	for _, m := range lx.at(toks, k) {
		if _, ok := m.cue("titlefill"); ok && m.end < len(toks) && toks[m.end].upper {
			return m.end
		}
	}
	return k
}

// addItemHolder adds the holder itemHolder found at [j, n) after the post
// read up to k, and returns n. The post's words are read as usual: its
// country is the holder's, its venue still places a meeting.
func (lx *lexicon) addItemHolder(s *sentence, ment mention, k, j, n int) int {
	toks := s.toks
	for i := k; i < j; {
		if ms := lx.at(toks, i); len(ms) > 0 {
			before := len(s.ments)
			if e, ok := lx.reading(s, ms[0], ms[1:]); ok && e > i {
				for _, gm := range s.ments[before:] {
					if gm.kind == mCountry && ment.country == "" {
						ment.country = gm.id
					}
				}
				i = e
				continue
			}
		}
		i++
	}
	ment.kind, ment.end = mLeader, n
	ment.name = span(toks, j, n)
	ment.id = slug(ment.name)
	if l := knownWithin(toks, j, n); l != nil {
		ment.id = l.Key
	}
	s.ments = append(s.ments, ment)
	return n
}

// nameOfPost reads the holder's name at the capitalised word k: a leader
// the lexicon knows, a surname it knows or the full name that goes on
// past it, or a run of capitalised words. It returns where the reading
// ends, and false when there is no name at k.
func (lx *lexicon) nameOfPost(s *sentence, ment mention, k int) (int, bool) {
	toks := s.toks
	if ms := lx.at(toks, k); len(ms) > 0 {
		m := ms[0]
		if e, ok := m.has(kLeader); ok && !longerName(toks, k, m.end) {
			ment.kind, ment.end = mLeader, lx.knownGoesOn(toks, k, m.end)
			ment.name = span(toks, k, ment.end)
			ment.id = spelledOn(e.id, ment.name, ment.end > m.end)
			s.ments = append(s.ments, ment)
			return lx.appositive(s, len(s.ments)-1, ment.end), true
		}
		if _, ok := m.has(kLeaderShort); ok && !hyphenGoesOn(toks, m.end) {
			return lx.surnameOfPost(s, ment, m, k), true
		}
	}
	words, n := capitalRun(lx, toks, k)
	if words == 0 || shouted(toks, k, n) || placeOpens(toks, k) {
		return k, false
	}
	ment.name = span(toks, k, n)
	ment.end = n
	if words >= 2 {
		lx.takeChainedPost(s, &ment)
		ment.kind = mLeader
		ment.id = slug(ment.name)
		if l := knownWithin(toks, k, n); l != nil {
			ment.id = l.Key // "Antony J. Blinken" is Antony Blinken
		}
	} else {
		ment.kind = mSurname
	}
	s.ments = append(s.ments, ment)
	if words >= 2 {
		// "Ngài Julius Maada Bio, Tổng thống nước Cộng hòa Sierra
		// Leone": an office after the name.
		return lx.appositive(s, len(s.ments)-1, n), true
	}
	return n, true
}

// surnameOfPost reads the short name of known leaders m at k: "Kang
// Yu-jung" is not "Kang" of Kang Kyung-wha, as a full name that goes on
// past the short one is its own, unless it spells a candidate's name
// another way. It returns where the reading ends.
func (lx *lexicon) surnameOfPost(s *sentence, ment mention, m match, k int) int {
	toks := s.toks
	var ids []string
	for _, e := range m.entries {
		if e.kind == kLeaderShort {
			ids = append(ids, e.id)
		}
	}
	if words, n := capitalRun(lx, toks, k); words >= 2 && n > m.end {
		ment.name, ment.end, ment.kind = span(toks, k, n), n, mLeader
		ment.id = slug(ment.name)
		lx.takeChainedPost(s, &ment)
		for _, id := range ids {
			if spells(id, ment.name) {
				ment.id = id
			}
		}
		s.ments = append(s.ments, ment)
		return lx.appositive(s, len(s.ments)-1, n)
	}
	ment.kind, ment.ids, ment.end = mSurname, ids, m.end
	ment.name = span(toks, k, m.end)
	s.ments = append(s.ments, ment)
	return m.end
}

// unnamed completes a post or honorific whose holder is not named at k:
// a bare "ông" is the subject of an earlier sentence; "Tổng thống Nga" or
// a bare "Tổng Bí thư" is resolved per article. It returns where the
// reading ends.
func (lx *lexicon) unnamed(s *sentence, ment mention, k int) int {
	if ment.via == "honorific" {
		ment.kind, ment.end = mPronoun, k
		s.ments = append(s.ments, ment)
		return ment.end
	}
	if ment.country != "" || ment.org != "" || ment.via == "title" && ment.role != "" {
		ment.kind, ment.end = mDesc, k
		s.ments = append(s.ments, ment)
		if iso, e := lx.andCountry(s.toks, k); iso != "" && ment.country != "" && iso != ment.country {
			// "Ngoại trưởng Mỹ và Trung Quốc": the holders of one office in two countries.
			other := ment
			other.start, other.end, other.country = k+1, e, iso
			s.ments = append(s.ments, other)
			return e
		}
	}
	return k
}

// takeChainedPost gives a name read after an honorific the post of the
// chain chainedPost finds before it ("..., Trưởng Ban Tổ chức Trung ương,
// Chủ tịch Nhóm nghị sĩ hữu nghị Việt - Nhật, bà Trương Thị Mai"): the
// last post is the holder's, and names nobody else.
func (lx *lexicon) takeChainedPost(s *sentence, ment *mention) {
	if ment.via != "honorific" || ment.role != "" {
		return
	}
	i := chainedPost(s, ment.start)
	if i < 0 {
		i = lx.setOffPost(s, ment.start)
	}
	if i >= 0 {
		p := &s.ments[i]
		ment.role, ment.rank, ment.country, ment.org = p.role, p.rank, p.country, p.org
		p.kind = 0
	}
}

// setOffPost returns the index in s.ments of a post read with no name
// (mDesc) that a comma or "là" and the honorific at token h close: "Chủ
// tịch mới của Đại hội đồng, ông Philemon Yang", "Thủ tướng Hy Lạp lúc
// đó là ông Alexi Tsipras". The post opens the sentence or a list item
// (postOpener), so that it is no object of a phrase before the holder
// ("Trả lời Tổng thống, ông ..."), or before "là" follows "và" ("ông
// Sisi và Thủ tướng Hy Lạp lúc đó là ông Alexi Tsipras"); words of its
// own may stand before the comma, no cue. -1 when there is none.
func (lx *lexicon) setOffPost(s *sentence, h int) int {
	toks := s.toks
	if h < 2 || toks[h-1].text != "," && toks[h-1].low != "là" {
		return -1
	}
	last := -1
	for i := len(s.ments) - 1; i >= 0; i-- {
		switch s.ments[i].kind {
		case mCountry, mOrg, mCity, mOrgRef:
			continue
		}
		last = i
		break
	}
	if last < 0 {
		return -1
	}
	p := s.ments[last]
	if p.kind != mDesc || p.via != "title" || p.role == "" || p.end > h-1 || h-1-p.end > setOffReach || !postOpener(toks, p.start) && !(toks[h-1].low == "là" && toks[p.start-1].low == "và") {
		return -1
	}
	for i := p.end; i < h-1; i++ {
		if t := toks[i]; !t.word && t.text != "-" && t.text != "–" || t.word && !t.upper && !thenWords[t.low] && lx.cueAt(toks, i) {
			return -1 // (a capitalised cue is the name of the post's body: "Chủ tịch mới của Đại hội đồng")
		}
	}
	return last
}

// thenWords tell when a post was held, between it and its holder: "Thủ
// tướng Hy Lạp lúc đó là ông Alexi Tsipras".
var thenWords = map[string]bool{"lúc": true, "khi": true, "đó": true, "ấy": true, "hiện": true, "nay": true}

// setOffReach is how many tokens a post's own words may take between
// the post read and the comma that sets off its holder.
const setOffReach = 12

// postOpener reports a post at token i that opens its sentence or a
// list item: after ",", ":", ";", "có", "gồm", "do" or "với".
func postOpener(toks []token, i int) bool {
	if i == 0 {
		return true
	}
	switch toks[i-1].low {
	case ",", ":", ";", "có", "gồm", "do", "với":
		return true
	}
	return false
}

// chainedPost returns the index in s.ments of the last post of a chain
// of two or more, each set off by a comma or "kiêm", that a comma and the
// honorific at token h close: "với Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, ...,
// Chủ tịch Nhóm nghị sĩ hữu nghị Việt - Nhật, bà Trương Thị Mai". The posts
// were read with no name (mDesc); words of theirs the lexicon left, and
// an acronym in brackets, may stand before the comma. -1 when there is no
// such chain.
func chainedPost(s *sentence, h int) int {
	toks := s.toks
	if h < 1 || toks[h-1].text != "," {
		return -1
	}
	last, prev := -1, -1
	for i := len(s.ments) - 1; i >= 0 && prev < 0; i-- {
		switch s.ments[i].kind {
		case mCountry, mOrg, mCity, mOrgRef:
			continue
		}
		if last < 0 {
			last = i
			continue
		}
		prev = i
	}
	if last < 0 || prev < 0 {
		return -1
	}
	p, q := s.ments[last], s.ments[prev]
	if p.kind != mDesc || p.via != "title" || p.role == "" || p.end > h-1 || h-1-p.end > 12 || p.start < 1 ||
		q.kind != mDesc || q.via != "title" || q.end > p.start-1 || !postsLinked(toks, q.end, p.start) {
		return -1
	}
	for _, t := range toks[p.end : h-1] {
		if !t.word && t.text != "-" && t.text != "–" && t.text != "(" && t.text != ")" {
			return -1
		}
	}
	return last
}

// postsLinked reports that tokens [a, b) join two posts of one holder: a
// comma or "kiêm", after an acronym in brackets or not ("Tổng Giám đốc
// Chương trình Phát triển Liên hợp quốc (UNDP) kiêm Chủ tịch ...").
func postsLinked(toks []token, a, b int) bool {
	if b-1 < a || toks[b-1].text != "," && toks[b-1].low != "kiêm" {
		return false
	}
	if b-1 == a {
		return true
	}
	return b-1-a == 3 && toks[a].text == "(" && toks[a+1].upper && toks[a+2].text == ")"
}

// administrationOf reports "chính quyền" or "chế độ" right before token
// k: what follows names a government or a regime by its leader.
func administrationOf(toks []token, k int) bool {
	return k >= 2 && (toks[k-2].low == "chính" && toks[k-1].low == "quyền" || toks[k-2].low == "chế" && toks[k-1].low == "độ")
}

// longerName reports a known name of one word at [k, e) that goes on
// past a name's particle or an initial to a capitalised word: "Marcos
// dos Reis da Costa", "Marcos A. Bednarski" are someone else than the
// Marcos the lexicon knows.
func longerName(toks []token, k, e int) bool {
	if e-k != 1 || e+1 >= len(toks) {
		return false
	}
	t := toks[e]
	if !t.upper && slices.Contains(nameParticles, t.low) {
		return toks[e+1].word && toks[e+1].upper
	}
	return t.upper && utf8.RuneCountInString(t.text) == 1 && toks[e+1].text == "." && e+2 < len(toks) && toks[e+2].word && toks[e+2].upper
}

// knownGoesOn returns where a known name of one word at [k, e) ends when
// one or two capitalised words the lexicon does not know go on it:
// "Bounnhang Volachith" is Bounnhang Vorachit spelled another way, and
// that spelling is the one the text gives. Words in capitals ("TTXVN")
// and a word before a colon ("Ảnh:") are no part of it, nor are words
// that more capitalised ones follow. e when none go on.
func (lx *lexicon) knownGoesOn(toks []token, k, e int) int {
	if e-k != 1 {
		return e
	}
	n := e
	for n < len(toks) && n-e < 2 && toks[n].word && toks[n].upper && !isDigitWord(toks[n].text) &&
		toks[n].text != strings.ToUpper(toks[n].text) && (n+1 >= len(toks) || toks[n+1].text != ":") && len(lx.at(toks, n)) == 0 {
		n++
	}
	if n < len(toks) && toks[n].word && toks[n].upper {
		return e // a headline in title case: "Trump Đón Thái Tử Saudi"
	}
	return n
}

// spelledOn returns who a known one-word name that went on (knownGoesOn)
// names: the known leader id when the words after it spell the rest of
// one of his names another way, a letter or two apart ("Bounnhang
// Volachith" is Bounnhang Vorachit); else someone else who shares his
// given name ("Sonexay Sitphaxay" is not Sonexay Siphandone). id when the
// name did not go on.
func spelledOn(id, name string, wentOn bool) string {
	if !wentOn {
		return id
	}
	l := gazetteer.Default().Leaders[id]
	if l == nil {
		return id
	}
	words := foldedWords(name)
	for _, n := range l.Names { // (Name and NameVI among them)
		other := foldedWords(n)
		if len(other) != len(words) || len(other) < 2 {
			continue
		}
		close := true
		for _, w := range words {
			close = close && slices.ContainsFunc(other, func(o string) bool { return closeWord(w, o) })
		}
		if close {
			return id // in any order: "Szijjártó Péter"
		}
	}
	return slug(name)
}

// closeWord reports two words of a name spelled a little apart: a letter
// or two in three ("volachith", "vorachit"), or one cut short ("abd",
// "abdul").
func closeWord(a, b string) bool {
	if len(a) >= 3 && len(b) >= 3 && (strings.HasPrefix(a, b) || strings.HasPrefix(b, a)) {
		return true
	}
	return editDistance(a, b)*3 <= max(len(a), len(b))
}

// editDistance returns how many letters must be changed, added or dropped
// to turn a into b (Levenshtein), for the short words of names.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := prev[j-1]
			if ra[i-1] != rb[j-1] {
				c = min(c, prev[j], cur[j-1]) + 1
			} else {
				c = min(c, prev[j]+1, cur[j-1]+1)
			}
			cur[j] = c
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// andCountry returns the country named at toks[k+1:] after "và" with no
// name or title after it, and where it ends: "Ngoại trưởng Mỹ và Trung
// Quốc" names a second holder of the office. "" when there is none.
func (lx *lexicon) andCountry(toks []token, k int) (string, int) {
	if k+1 >= len(toks) || toks[k].low != "và" {
		return "", k
	}
	ms := lx.at(toks, k+1)
	if len(ms) == 0 {
		return "", k
	}
	e, ok := ms[0].has(kCountry)
	if !ok {
		return "", k
	}
	end := ms[0].end
	if end < len(toks) && toks[end].word && toks[end].upper {
		return "", k // "Tổng thống Mỹ và Trung Quốc Tập Cận Bình": not this
	}
	return e.id, end
}

// pastNamePrefixes skips the styles written before a Malaysian or
// Cambodian name and not part of it ("Tan Sri Dato’ Dr Johari bin Abdul",
// "Samdech Akka Moha Sena Padei Techo Hun Sen"): the name is what follows.
func (lx *lexicon) pastNamePrefixes(toks []token, k int) int {
	for k < len(toks) && toks[k].upper {
		next := -1
		for _, m := range lx.at(toks, k) {
			if _, ok := m.cue("nameprefix"); ok {
				next = m.end
				break
			}
		}
		if next < 0 {
			return k
		}
		if next < len(toks) && (toks[next].text == "’" || toks[next].text == "'" || toks[next].text == ".") && toks[next].start == toks[next-1].end {
			next++ // "Dato’ Seri", "Dato Dr. Hj Mohd Isham Jaafar"
		}
		if next >= len(toks) || !toks[next].upper {
			return k // the style is all there is: it is read as the name
		}
		k = next
	}
	return k
}

// shouted reports words written all in capitals, as some pages write
// their headlines ("CHỦ TỊCH QUỐC HỘI LÀO VÀ ĐOÀN CÔNG TÁC"): there every
// word looks like a name. A known leader's name is read there still, by
// the lexicon; a new one is not.
func shouted(toks []token, from, to int) bool {
	for _, t := range toks[from:to] {
		if t.word && (utf8.RuneCountInString(t.text) < 2 || t.text != strings.ToUpper(t.text)) {
			return false
		}
	}
	return true
}

// knownWithin returns the known leader a name the gazetteer does not
// know as written in toks[k:n] stands for: the same without its middle
// initials ("Antony J. Blinken"), or its last words when they are a
// known full name ("Matamela Cyril Ramaphosa"). Nil when none.
func knownWithin(toks []token, k, n int) *gazetteer.Leader {
	g := gazetteer.Default()
	name := span(toks, k, n)
	if l := g.LeaderByName(withoutInitials(name)); l != nil {
		return l
	}
	if l := g.LeaderByName(withoutPatronymic(name)); l != nil {
		return l // "Valentina Ivanovna Matvienko" is Valentina Matviyenko
	}
	if last, ok := afterInitials(name); ok {
		if l := g.LeaderByName(last); l != nil {
			return l // "V.I Matvienko": the initials of a known surname
		}
	}
	for i := k + 1; i+1 < n; i++ {
		if toks[i].word && toks[i].upper {
			if l := g.LeaderByName(span(toks, i, n)); l != nil {
				return l
			}
		}
	}
	return nil
}

// withoutPatronymic returns name without a Russian patronymic between
// the given name and the surname ("Valentina Ivanovna Matvienko",
// "Sergei Viktorovich Lavrov"), or "" when it has none.
func withoutPatronymic(name string) string {
	first, rest, ok := strings.Cut(name, " ")
	if !ok {
		return ""
	}
	middle, last, ok := strings.Cut(rest, " ")
	if !ok || strings.Contains(last, " ") {
		return ""
	}
	for _, suffix := range []string{"ovich", "evich", "ovna", "evna", "ich", "ichna"} {
		if strings.HasSuffix(middle, suffix) {
			return first + " " + last
		}
	}
	return ""
}

// afterInitials returns the one word after a name's initials ("V.I
// Matvienko", "V. Putin", or glued to them: "J.Biden", "D.Trump"), and
// whether the name is written so.
func afterInitials(name string) (string, bool) {
	if len(name) < 3 || name[0] < 'A' || name[0] > 'Z' || name[1] != '.' {
		return "", false // most names: no initial first
	}
	i := max(strings.LastIndexByte(name, ' '), strings.LastIndexByte(name, '.'))
	if i < 0 || i+1 == len(name) {
		return "", false
	}
	for _, part := range strings.FieldsFunc(name[:i], func(r rune) bool { return r == '.' || r == ' ' }) {
		if len(part) != 1 || part[0] < 'A' || part[0] > 'Z' {
			return "", false
		}
	}
	return name[i+1:], true
}

// withoutInitials returns name without the middle initials it writes
// ("Antony J. Blinken", "Joseph R. Biden"), or "" when it has none.
func withoutInitials(name string) string {
	words := strings.Fields(name)
	kept := words[:0:0]
	for i, w := range words {
		if i > 0 && i < len(words)-1 && len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z' {
			continue
		}
		kept = append(kept, w)
	}
	if len(kept) == len(words) {
		return ""
	}
	return strings.Join(kept, " ")
}

// spells reports whether name is a way of writing leader id's name.
func spells(id, name string) bool {
	l := gazetteer.Default().Leaders[id]
	if l == nil {
		return false
	}
	words := foldedWords(name)
	for _, n := range l.Names { // (Name and NameVI among them)
		if other := foldedWords(n); len(other) >= 2 && sameNameWords(words, other) && !syllablesDropped(n, words, other) {
			return true
		}
	}
	return false
}

// honorific reads "ông X", "TT Putin", "bà Y".
func (lx *lexicon) honorific(s *sentence, m match) int {
	return lx.named(s, mention{start: m.start, via: "honorific"}, m.end)
}

// described reads "nhà lãnh đạo Trung Quốc", "người đồng cấp Nga Vladimir Putin".
func (lx *lexicon) described(s *sentence, m match, role, rank string) int {
	ment := mention{start: m.start, role: role, rank: rank, via: "desc"}
	if m.end-m.start == 3 && s.toks[m.start+1].low == "đồng" && s.toks[m.start+2].low == "cấp" {
		ment.via = "counterpart" // "người đồng cấp Ai Cập": whoever of that country holds the other's post
		for i := len(s.ments) - 1; i >= 0; i-- {
			if o := s.ments[i]; (o.kind == mLeader || o.kind == mDesc) && o.role != "" {
				// "Bộ trưởng Quốc phòng Afghanistan ... bắt tay người đồng
				// cấp Pakistan Khawaja Muhammad Asif": a defence minister too;
				// so after a post named with no name ("Thủ tướng Ai Cập").
				ment.role, ment.rank = o.role, o.rank
				break
			}
		}
	}
	if plural(s.toks, m.start) {
		ment.kind = mDesc // unresolvable, but its countries are parties
		return m.end
	}
	k := m.end
	if ment.via == "counterpart" {
		k = lx.pastStateForm(s.toks, k)
		if ment.role == "" {
			ment.role, ment.rank = lx.titleLater(s.toks, k)
		}
	}
	if k < len(s.toks) && s.toks[k].upper {
		ms := lx.at(s.toks, k)
		if len(ms) > 0 {
			if e, ok := ms[0].has(kCountry); ok {
				ment.country = e.id
				s.ments = append(s.ments, mention{kind: mCountry, start: ms[0].start, end: ms[0].end, id: e.id})
				k = ms[0].end
			} else if e, ok := ms[0].has(kVenue); ok {
				// "Lãnh đạo Điện Kremlin": a seat of government stands for its country.
				if c := gazetteer.Default().Cities[e.id]; c != nil {
					ment.country = c.Country
					k = ms[0].end
				}
			}
		}
	}
	if ment.country == "" && ment.via == "counterpart" && k+3 < len(s.toks) && s.toks[k].low == "nước" && s.toks[k+1].low == "chủ" && s.toks[k+2].low == "nhà" && s.toks[k+3].upper {
		// "người đồng cấp nước chủ nhà Marcelo Rebelo de Sousa": the host
		// country's counterpart, named; which country the text tells by
		// the visit, not by the words.
		return lx.named(s, ment, k+3)
	}
	if ment.country == "" {
		return k
	}
	if k+1 < len(s.toks) && s.toks[k].low == "và" && s.toks[k+1].upper && !plural(s.toks, m.start) {
		// "Lãnh đạo Việt Nam và Malaysia": the leaders of both.
		if ms := lx.at(s.toks, k+1); len(ms) > 0 {
			if e, ok := ms[0].has(kCountry); ok && e.id != ment.country {
				first := ment
				first.kind, first.end = mDesc, k
				s.ments = append(s.ments, first)
				s.ments = append(s.ments, mention{kind: mCountry, start: ms[0].start, end: ms[0].end, id: e.id})
				ment.country, ment.start = e.id, ms[0].start
				k = ms[0].end
			}
		}
	}
	return lx.named(s, ment, k)
}

// pastStateForm goes over a form of state written before a country's
// name (cues.tsv "stateform": "người đồng cấp CH Cyprus Nikos
// Christodoulides", "người đồng cấp Cộng hòa Séc"): the country is read
// after it. k when no country follows.
func (lx *lexicon) pastStateForm(toks []token, k int) int {
	if k >= len(toks) || !toks[k].upper {
		return k
	}
	for _, m := range lx.at(toks, k) {
		if _, ok := m.cue("stateform"); ok && m.end < len(toks) && toks[m.end].upper {
			if ms := lx.at(toks, m.end); len(ms) > 0 && ms[0].kinds&(1<<kCountry) != 0 {
				return m.end
			}
		}
	}
	return k
}

// titleLater returns the role and rank of the first office named in the
// sentence from token k on: a counterpart named before the leader whose
// counterpart he is holds that office ("trong cuộc điện đàm với người
// đồng cấp CH Cyprus Nikos Christodoulides, Tổng thống El-Sisi nhấn
// mạnh"). Empty when none is.
func (lx *lexicon) titleLater(toks []token, k int) (role, rank string) {
	for j := k; j < len(toks); j++ {
		if !toks[j].upper {
			continue
		}
		for _, m := range lx.at(toks, j) {
			if e, ok := m.has(kTitle); ok && e.rank != "honorific" && e.rank != "non_official" {
				return e.val, e.rank
			}
		}
	}
	return "", ""
}

// appositive reads ", <title> của <X>" after a name, giving the leader a
// role and country ("Yuri Ushakov, cố vấn đối ngoại của ông Putin").
func (lx *lexicon) appositive(s *sentence, idx int, k int) int {
	toks := s.toks
	k, inParens := lx.pastSpelling(s, idx, k)
	if e := lx.becomesAt(toks, k); e > k {
		k = e - 1 // "Bà Susan Lines được bầu làm Chủ tịch Thượng viện Australia": the office is after the words
	} else if !inParens && (k+1 >= len(toks) || toks[k].text != "," && !setOffDash(toks, k) && !lx.gluedPost(toks, k) && !lx.postInParens(toks, k)) {
		return k // ", Tổng thống ...", " - Thứ trưởng Bộ Ngoại giao Hoa Kỳ", "- Tỉnh trưởng tỉnh Kampong Cham", "-Phó Chủ tịch HĐND tỉnh"
	}
	if k+1 >= len(toks) {
		return k
	}
	at := k + 1
	if j := lx.nationalityAt(toks, at); j > at {
		at = j // ", người Maldives, Chủ tịch Đại hội đồng ...": where he is from, then his office
	}
	deputy := false
	if toks[at].low == "phó" && at+1 < len(toks) && lx.deputyOfHeadAt(toks, at+1) {
		at++ // ", Phó Tỉnh trưởng tỉnh Ratanakiri": the deputy of an office the lexicon knows
		deputy = true
	}
	if toks[at].low == "quyền" && at+1 < len(toks) && lx.titleAt(toks, at+1) {
		at++ // ", Quyền Trưởng Ban Đối ngoại Trung ương Lào": an office held acting
	}
	ms := lx.at(toks, at)
	if len(ms) == 0 {
		return k
	}
	e, ok := ms[0].has(kTitle)
	if !ok || e.rank == "honorific" {
		return k
	}
	if lx.titleNamesSomeoneElse(s, ms[0].end) {
		// "Sultan Hassanal Bolkiah, Thủ tướng Việt Nam Phạm Minh Chính":
		// the next item of a list, not an apposition.
		return k
	}
	ment := &s.ments[idx]
	if e.rank == "non_official" || ment.role == "" && ment.via != "name" && lx.firmAfter(toks, ms[0].end) {
		ment.kind = 0 // a journalist or analyst named with a title after the name; the head of a firm ("Phạm Tấn Công, Chủ tịch Liên đoàn Thương mại ...")
		return ms[0].end
	}
	if ment.role == "" {
		ment.role, ment.rank = e.val, e.rank
		if deputy {
			ment.role = "deputy " + e.val
		}
	}
	if ment.country == "" && e.title != nil {
		ment.country = e.title.Country // "Đinh Văn Dực, Phó Chủ tịch HĐND tỉnh": a Vietnamese post
	}
	postEnd := lx.chainCountry(s, ment, ms[0].end)
	if ment.country == "" && ment.org == "" && ment.kind == mLeader {
		organCountry(toks, ment, at, postEnd)
	}
	return k
}

// pastSpelling returns where the offices after the name of ment idx,
// read up to token k, start: past the name as others spell it, in
// brackets ("Ngài Mai-cơn Mi-ha-lắc (Michael W. Michalak), Đại sứ ...",
// "ông Lư Thế Hùng (Brian LO Sai Hung) Giám đốc Sở ..."), when the office
// is not known yet; inParens when the office follows the bracket with no
// comma. A spelling the lexicon knows names that leader ("ông Lại Thanh
// Đức (William Lai)").
func (lx *lexicon) pastSpelling(s *sentence, idx, k int) (int, bool) {
	toks := s.toks
	if m := s.ments[idx]; m.role != "" || m.via == "name" {
		return k, false // the office is known: what follows a bracket is read as usual
	}
	p := lx.pastNameInParens(toks, k)
	if p <= k {
		return k, false
	}
	if ms := lx.at(toks, k+1); len(ms) > 0 && ms[0].end == p-1 {
		if e, ok := ms[0].has(kLeader); ok {
			s.ments[idx].id = e.id
		}
	}
	if toks[p].text == "," {
		return p, false
	}
	if lx.titleAt(toks, p) {
		return p - 1, true
	}
	return k, false
}

// chainCountry gives ment, whose first office after its name ends at
// token end, the country "... của <country>" or "của ông <leader>" tells
// within a few words; in a chain of offices ("Ủy viên Trung ương Đảng,
// Trưởng Ban Liên lạc Đối ngoại Trung ương Đảng Cộng sản Trung Quốc,
// ..."), in the next ones. It returns where the chain of offices ends.
func (lx *lexicon) chainCountry(s *sentence, ment *mention, end int) int {
	toks := s.toks
	postEnd := end
	for chain := 0; chain < 3 && ment.country == ""; chain++ {
		reach := 6
		if chain > 0 {
			reach = 10 // "Trưởng Ban Liên lạc Đối ngoại Trung ương Đảng Cộng sản Trung Quốc"
		}
		j, verb := lx.officeCountry(toks, ment, end, reach)
		postEnd = j
		if verb || j+1 >= len(toks) || toks[j].text != "," {
			break
		}
		next := lx.at(toks, j+1)
		if len(next) == 0 {
			break
		}
		e, ok := next[0].has(kTitle)
		if !ok || e.rank == "honorific" || lx.titleNamesSomeoneElse(s, next[0].end) {
			break
		}
		if e.title != nil && e.title.Country != "" {
			ment.country = e.title.Country // "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh": the later office is of one state
			break
		}
		end = next[0].end
	}
	return postEnd
}

// officeCountry reads one office after a name, from token end up to reach
// tokens: the country it names (set on ment), else that of the first city
// or province it names (not a friendship group's: "Tổng Thư ký Nhóm Hữu
// nghị tỉnh Nghệ An"). It returns where the office ends, and whether a
// verb or another's name after "và" ended it.
func (lx *lexicon) officeCountry(toks []token, ment *mention, end, reach int) (int, bool) {
	verb := false
	city := "" // the country of the first city or province the office names
	j, inside := end, end
	for ; j < len(toks) && j < end+reach; j++ {
		if toks[j].text == "," || toks[j].text == "." || toks[j].text == ";" {
			break // ";" opens the next item of a list: "Bộ trưởng Bộ Tư pháp; Nguyễn Đức Thanh, ..." is no office of Germany
		}
		if tenseVerb[toks[j].low] || toks[j].low == "với" || toks[j].low == "và" && j+1 < len(toks) && (honorificWord[toks[j+1].low] || lx.titleAt(toks, j+1)) {
			// "Bí thư Tỉnh ủy đã hội đàm với đồng chí Lưu Ninh, Ủy viên
			// Trung ương Đảng Cộng sản Trung Quốc": the offices ended
			// where the sentence goes on; the next ones are another's,
			// as those of one named after "và ngài" ("Hoàng Xuân Chiến,
			// ..., Thứ trưởng Quốc phòng và ngài Bill Matthews, Thứ
			// trưởng Quốc phòng Canada").
			verb = true
			break
		}
		if toks[j].low == "hữu" && j+1 < len(toks) && toks[j+1].low == "nghị" {
			city = "-" // "Tổng Thư ký Nhóm Hữu nghị tỉnh Nghệ An": the friend's province, not the office's
		}
		ms := lx.at(toks, j)
		for _, m := range ms {
			// the longest phrase only: "Tỉnh ủy Lào Cai" names a province, not Laos
			if c, ok := m.has(kCountry); ok && ment.country == "" && toks[j].upper && m.end == ms[0].end {
				ment.country = c.id
			}
		}
		if len(ms) > 0 && j >= inside {
			// "Lê Tiến Châu, Ủy viên Trung ương Đảng, Bí thư Thành ủy Hải
			// Phòng": an office of a city or province is of its country
			// (the longest phrase only: "Thái Bình Dương" is no province).
			if c, ok := ms[0].has(kCity); ok && city == "" && toks[j].upper && !postedRole(ment.role) && !posted(toks, j) {
				if gc := gazetteer.Default().Cities[c.id]; gc != nil {
					city = gc.Country
				}
			}
			inside = ms[0].end
		}
	}
	if ment.country == "" && city != "" && city != "-" {
		ment.country = city
	}
	return j, verb
}

// organCountry gives ment, a Vietnamese name whose offices run from token
// at to postEnd, Vietnam for an organ of state (organs.tsv) among them:
// "Nguyễn Chí Dũng, Phó Thủ tướng Chính phủ", "Đào Hồng Lan, Bộ trưởng Bộ
// Y tế", as before a name (postCountry).
func organCountry(toks []token, ment *mention, at, postEnd int) {
	n := nameStart(toks, *ment)
	if n < 0 || !vietnameseName(toks, n) {
		return
	}
	for i := at; i < postEnd; i++ {
		if toks[i].upper && organAt(toks, i, postEnd) {
			ment.country = "VN"
			return
		}
	}
}

// postInParens reports a bracket at token k that opens on a title: the
// post of the name before it, "Nguyễn Văn Long (Phó Chủ tịch UBND tỉnh)".
func (lx *lexicon) postInParens(toks []token, k int) bool {
	return k+1 < len(toks) && toks[k].text == "(" && toks[k+1].upper && lx.titleAt(toks, k+1)
}

// pastNameInParens returns where a name's other spelling in brackets
// right after it ends, "(Michael W. Michalak)": two to six capitalised
// words (initials and hyphens between), no place's name; the token after
// the bracket must exist. k when there is none.
func (lx *lexicon) pastNameInParens(toks []token, k int) int {
	if k+3 >= len(toks) || toks[k].text != "(" || !toks[k+1].upper || lx.placeAt(toks, k+1) {
		return k
	}
	words := 0
	for j := k + 1; j < len(toks) && j <= k+12; j++ {
		t := toks[j]
		switch {
		case t.text == ")":
			if words >= 2 && j+1 < len(toks) {
				return j + 1
			}
			return k
		case t.word && t.upper && !isDigitWord(t.text) && !vietnameseSpelled(t.text):
			words++
		case t.text == "." || t.text == "-":
		default:
			return k
		}
	}
	return k
}

// titleNamesSomeoneElse reports a title, ending at k, followed by its
// qualifiers and a capitalised name: another person.
func (lx *lexicon) titleNamesSomeoneElse(s *sentence, k int) bool {
	var scratch sentence
	scratch.toks = s.toks
	j := lx.qualifiers(&scratch, k, &mention{})
	if j >= len(s.toks) || !s.toks[j].upper || placeOpens(s.toks, j) {
		return false
	}
	if ms := lx.at(s.toks, j); len(ms) > 0 {
		if _, ok := ms[0].has(kLeader); ok {
			return true
		}
	}
	words, _ := capitalRun(lx, s.toks, j)
	return words >= 2
}

// nameAppositive reads an unknown "Firstname Lastname, <title> ..." at i.
func (lx *lexicon) nameAppositive(s *sentence, i int) int {
	toks := s.toks
	if !toks[i].upper || (i > 0 && toks[i-1].word && toks[i-1].upper) || openingWord[toks[i].low] || i > 0 && mediaWord[toks[i-1].low] {
		return 0 // ("Theo kênh Al-Arabiya, Quốc vương Salman ...": a channel, no name)
	}
	words, n := capitalRun(lx, toks, i)
	if words < 2 || n+1 >= len(toks) || toks[n].text != "," && !setOffDash(toks, n) && !lx.gluedPost(toks, n) && !lx.postInParens(toks, n) {
		return 0 // "Hồ Văn Điềm - Ủy viên Ban Thường vụ Tỉnh ủy", "Ayun H’Bút-Tỉnh ủy viên" in a list of a delegation
	}
	at := n + 1
	if toks[at].low == "phó" && at+1 < len(toks) && lx.deputyOfHeadAt(toks, at+1) {
		at++ // "Nguyễn Hồng Lĩnh, Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương": the deputy of an office the lexicon knows, as appositive reads it
	}
	ms := lx.at(toks, at)
	if len(ms) == 0 {
		return 0
	}
	e, ok := ms[0].has(kTitle)
	if !ok || e.rank == "honorific" {
		return 0
	}
	if e.rank == "non_official" {
		return ms[0].end
	}
	name := span(toks, i, n)
	s.ments = append(s.ments, mention{kind: mLeader, start: i, end: n, id: slug(name), name: name, via: "appositive"})
	return lx.appositive(s, len(s.ments)-1, n)
}

// openingWord holds the words that open a sentence's phrase of source,
// place or time and never a name: "Theo AFP, Tổng thống Timor-Leste
// Horta ..." names no "Theo AFP".
var openingWord = map[string]bool{"theo": true, "tại": true, "trong": true, "sau": true, "trước": true, "ngoài": true, "với": true, "cùng": true, "bên": true}

// photoCredit reports a photo's credit at token k, or after a dash there:
// "Ảnh: NHAN SÁNG".
func photoCredit(toks []token, k int) bool {
	if k < len(toks) && (toks[k].text == "-" || toks[k].text == "–") {
		k++
	}
	return k+1 < len(toks) && toks[k].low == "ảnh" && toks[k+1].text == ":"
}

// mediaWord holds the words that name a medium before its name: "kênh
// Al-Arabiya", "hãng tin Reuters", "tờ The Guardian".
var mediaWord = map[string]bool{"kênh": true, "hãng": true, "tin": true, "tờ": true, "báo": true, "đài": true}

// hyphenGoesOn reports a hyphen glued to the word before token k and the
// word after it: "Tai" in "Tai-íp Éc-đô-gan" is a syllable of a
// transliterated name, not the short name of Katherine Tai.
func hyphenGoesOn(toks []token, k int) bool {
	return k+1 < len(toks) && toks[k].text == "-" && toks[k].start == toks[k-1].end && toks[k+1].start == toks[k].end && toks[k+1].word
}

// becomesAt returns where words that give a person an office ("được bầu
// làm", "được bổ nhiệm làm", cues.tsv "becomes") end when they start at
// token k, else k.
func (lx *lexicon) becomesAt(toks []token, k int) int {
	if k >= len(toks) || toks[k].upper {
		return k
	}
	for _, m := range lx.at(toks, k) {
		if _, ok := m.cue("becomes"); ok {
			return m.end
		}
	}
	return k
}

// setOffDash reports a dash at token k with a space after it, and
// before it or not: "Tổng thống Phần Lan - Sauli Niinisto", "Đại sứ
// Kazakhstan tại Liên hợp quốc- ông Kairat Umarov".
func setOffDash(toks []token, k int) bool {
	t := toks[k]
	return (t.text == "-" || t.text == "–") && k > 0 && k+1 < len(toks) && toks[k+1].start > t.end
}

// dashedName reports a name of two words or more at k, after a dash that
// sets it off from a post: what a title's holder is written as.
func (lx *lexicon) dashedName(s *sentence, k int) bool {
	if ms := lx.at(s.toks, k); len(ms) > 0 && ms[0].kinds&(1<<kLeader|1<<kLeaderShort) == 0 {
		return false // a country, a title: read as such
	}
	words, _ := capitalRun(lx, s.toks, k)
	return words >= 2
}

// gluedPost reports a hyphen at token k glued to a post after it: "Hồ
// Văn Điềm-Ủy viên Ban Thường vụ Tỉnh ủy", as some provincial papers write
// a delegation's list.
func (lx *lexicon) gluedPost(toks []token, k int) bool {
	if k+1 >= len(toks) || toks[k].text != "-" && toks[k].text != "–" || toks[k+1].start != toks[k].end {
		return false
	}
	ms := lx.at(toks, k+1)
	return len(ms) > 0 && ms[0].kinds&(1<<kTitle) != 0
}

// spacedDash reports a dash with spaces on both sides at token k.
func spacedDash(toks []token, k int) bool {
	t := toks[k]
	return (t.text == "-" || t.text == "–") && k > 0 && k+1 < len(toks) && t.start > toks[k-1].end && toks[k+1].start > t.end
}

// dateWord holds words that start a date, not a name: "Thứ Ba", "Tháng Tư".
var dateWord = map[string]bool{
	"thứ": true, "tháng": true, "ngày": true, "hôm": true, "chủ": true, "năm": true,
	"sáng": true, "chiều": true, "tối": true, "trưa": true, "đêm": true, "mùng": true, "đầu": true, "cuối": true,
}

func isDigitWord(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9'
}

// span returns the text of tokens [a, b) as written.
func span(toks []token, a, b int) string {
	if a >= b {
		return ""
	}
	if b == a+1 {
		return toks[a].text // one word: its own text, nothing to copy
	}
	out := make([]byte, 0, toks[b-1].end-toks[a].start)
	for i := a; i < b; i++ {
		if i > a && toks[i].start > toks[i-1].end {
			out = append(out, ' ')
		}
		out = append(out, toks[i].text...)
	}
	return string(out)
}

// itemHolder finds the holder named at the end of a list item whose post
// the lexicon reads only in part: "...; Bộ trưởng Lao động và Việc làm Lee
// Jung Sik; ...", "Chủ nhiệm Ủy ban Nội vụ, Quốc phòng và Dịch vụ dân sự
// Kep Chuktema.". The item opens the sentence or follows ";", ":", ",",
// a word that joins it to another ("có", "gồm", "và", "cùng", "kiêm") or
// one that receives its holder ("tiếp", "với", "gửi điện mừng đến/tới"), and runs from its title at
// from to ";" or the sentence's end with no other title and no word of the
// news between (so "... chức chủ tịch G20 cho một quan chức đại sứ quán,
// theo tờ The Guardian" names nobody); its last words
// are a name of two to five capitalised words, after what it holds of
// places, bodies and titles: foreign (none spelled as only Vietnamese
// writes) or Vietnamese (a surname first). It returns the name's tokens
// [j, n), or n == 0 when the item is no such thing or its name starts at k
// (read as usual).
func (lx *lexicon) itemHolder(toks []token, from, k int) (j, n int) {
	if from > 0 {
		switch toks[from-1].low {
		case ";", ":", ",", "có", "gồm", "và", "cùng", "kiêm", "tiếp", "với", "đến", "tới":
		default:
			return 0, 0
		}
	}
	end := -1
	for e := k; e < len(toks) && e-k <= itemReach; e++ {
		t := toks[e]
		if t.text == ";" || e == len(toks)-1 && (t.text == "." || t.text == "…") || e > k+1 && (lx.itemGoesOn(toks, e) || itemVerbTense[t.low] && toks[e-1].upper) {
			end = e
			break
		}
		if e == len(toks)-1 {
			end = len(toks)
			break
		}
		if (e > k && lx.titleAt(toks, e) || lx.cueAt(toks, e) && !inBodyName(toks, k, e)) && !hyphenBefore(toks, e) {
			return 0, 0 // (a title or cue glued after a hyphen is a name's: "Abdullah Mohammed Ibrahim Al-Sheikh")
		}
	}
	if end <= k+1 || lx.titleAt(toks, k) {
		return 0, 0
	}
	j = end
	for j > k && toks[j-1].word && toks[j-1].upper || j-1 > k && toks[j-1].text == "-" && toks[j-1].start == toks[j-2].end {
		j--
	}
	// What the lexicon reads at the run's start is the post's (a country,
	// a body, a city), not the name.
	for j < end {
		ms := lx.at(toks, j)
		if len(ms) == 0 || ms[0].kinds&(1<<kLeader|1<<kLeaderShort) != 0 {
			break
		}
		j = ms[0].end
	}
	words := 0
	viet := false
	for i := j; i < end; i++ {
		if toks[i].word {
			words++
			viet = viet || vietnameseSpelled(toks[i].text)
		}
	}
	if j <= k || words < 2 || words > 5 || viet && !surnames[toks[j].low] || lx.placeAt(toks, j) || placeNoun[toks[j-1].low] {
		return 0, 0
	}
	return j, end
}

// itemVerbTense are the words that open a clause about the holder at the
// end of a list item, right after his name: "tiếp ..., Trưởng đoàn đại
// biểu Đảng Cộng sản Trung Quốc Lưu Văn Sơn đang ở thăm ..." (the one who
// is visiting). ("đã", "sẽ" may follow a place or a body as well.)
var itemVerbTense = map[string]bool{"đang": true}

// inBodyName reports a capitalised word at e, after the item's first word
// k: in the middle of a list item only the name of the body the post is of
// is so written ("Kế hoạch" in "Chủ nhiệm Ủy ban Kế hoạch, Đầu tư, Nông
// nghiệp ... Loy Sophat" names the committee's remit and tells no plan).
func inBodyName(toks []token, k, e int) bool {
	return e > k && toks[e].upper
}

// hyphenBefore reports a hyphen glued to token k and the word before it:
// "Sheikh" in "Al-Sheikh" is part of a name.
func hyphenBefore(toks []token, k int) bool {
	return k > 1 && toks[k-1].text == "-" && toks[k-1].end == toks[k].start && toks[k-2].end == toks[k-1].start && toks[k-2].word
}

// itemReach is how many tokens a list item's post may take before its
// holder's name.
const itemReach = 40

// nameAt reports a name read as usual at token k: a leader the lexicon
// knows, or two capitalised words or more.
func (lx *lexicon) nameAt(toks []token, k int) bool {
	if k >= len(toks) || !toks[k].upper {
		return false
	}
	if ms := lx.at(toks, k); len(ms) > 0 && ms[0].kinds&(1<<kLeader|1<<kLeaderShort) != 0 {
		return true
	}
	words, _ := capitalRun(lx, toks, k)
	return words >= 2
}

// itemGoesOn reports what may close a list item at token e: the next
// post after "," or "và" ("..., Thống đốc tỉnh Entre Rios ..."), or a verb
// of saying ("... Karen Donfried tuyên bố").
func (lx *lexicon) itemGoesOn(toks []token, e int) bool {
	return (toks[e].text == "," || toks[e].low == "và") && e+1 < len(toks) && (lx.titleAt(toks, e+1) || othersOfList(toks, e)) || lx.attribAt(toks, e)
}

// othersOfList reports "và các", "và những" after a capitalised word at
// e: the others of a list after its last named holder ("Bộ trưởng Giáo
// dục và Đào tạo Nguyễn Kim Sơn và các quan chức khác").
func othersOfList(toks []token, e int) bool {
	return toks[e].low == "và" && e > 0 && toks[e-1].upper && e+1 < len(toks) && (toks[e+1].low == "các" || toks[e+1].low == "những")
}

// placeOpens reports a capitalised word for a city, province or state at
// token k that the lexicon did not read as part of a place's name: "Thị
// trưởng TP Daegu", "Thống đốc Bang Oregon". What follows is a place,
// not the holder's name.
func placeOpens(toks []token, k int) bool {
	return toks[k].upper && placeNoun[toks[k].low] && !surnames[toks[k].low]
}

// deputyOfHeadAt reports a title at token k whose deputy ("Phó ...") is a
// leader too: the head of a state, a government, a ministry, a province,
// a city or a committee. A deputy consul or a deputy director is not one
// (docs/ANNOTATION.md).
func (lx *lexicon) deputyOfHeadAt(toks []token, k int) bool {
	ms := lx.at(toks, k)
	if len(ms) == 0 {
		return false
	}
	e, ok := ms[0].has(kTitle)
	if !ok {
		return false
	}
	switch e.rank {
	case "head_of_state", "head_of_government", "minister":
		return true
	}
	switch e.val {
	case "governor", "mayor", "district chief", "chairman":
		return true
	}
	return false
}
