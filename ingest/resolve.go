package ingest

import (
	"slices"
	"sort"
	"strings"

	"kg/ingest/gazetteer"
	"kg/ingest/prose"
)

// person is a leader as this article knows them.
type person struct {
	key, name, nameVI string
	role, country     string
	aliases           []string
	count             int  // how often the article names them
	head              bool // head of state or government
	known             bool // in the gazetteer
}

// people collects the leaders of one article.
type people struct {
	byKey map[string]*person
	order []string
	year  int // the article's year, for "who held this office then"
}

func (p *people) get(key string) *person { return p.byKey[key] }

// add records a mention of leader key, creating it from the gazetteer or
// from the mention itself.
func (p *people) add(key string, m *mention) *person {
	g := gazetteer.Default()
	pr := p.byKey[key]
	if pr == nil {
		pr = &person{key: key}
		if l := g.Leaders[key]; l != nil {
			pr.known = true
			pr.name, pr.nameVI, pr.country = l.Name, l.NameVI, l.Country
			pr.role = l.RoleAt(p.year)
		} else {
			pr.name = m.name
		}
		p.byKey[key] = pr
		p.order = append(p.order, key)
	}
	// A bare head's title after another office ("Chủ tịch Hạ viện Cộng hòa
	// Belarus Igor Sergeyenko", then "do Chủ tịch Igor Sergeenko dẫn đầu")
	// is that office said short: it neither changes the role nor makes him
	// a head of state ("Tổng thống Belarus" is someone else).
	short := m != nil && pr.role != "" && m.role != pr.role && m.country == "" && m.org == "" && m.via == "title" &&
		(m.rank == "head_of_state" || m.rank == "head_of_government") && !isHeadRole(pr.role) && !pr.head
	if m != nil && !short {
		if m.role != "" && (!pr.known || pr.role == "") {
			pr.role = m.role
		}
		if m.rank == "head_of_state" || m.rank == "head_of_government" {
			pr.head = true
		}
	}
	if m != nil {
		if m.country != "" && pr.country == "" {
			pr.country = m.country
		}
		if m.name != "" && !slices.Contains(pr.aliases, m.name) {
			pr.aliases = append(pr.aliases, m.name)
		}
	}
	if isHeadRole(pr.role) {
		pr.head = true
	}
	pr.count++
	return pr
}

// postCountries gives a titled official whose title and qualifiers
// named no country the one his post's words tell (postCountry): "Thứ
// trưởng Bộ Công Thương Phan Thị Thắng", "Chủ nhiệm Văn phòng Chủ tịch
// nước Lê Khánh Hải", "Đại biểu Quốc hội Thành phố Hồ Chí Minh Nguyễn Văn
// Lợi". Only for names the gazetteer does not know.
func postCountries(lx *lexicon, s *sentence) {
	for i := range s.ments {
		m := &s.ments[i]
		if m.kind != mLeader || m.via != "title" || m.country != "" || m.org != "" || m.name == "" || gazetteer.Default().Leaders[m.id] != nil {
			continue
		}
		if at := nameStart(s.toks, *m); at > m.start {
			m.country = lx.postCountry(s.toks, m.start, at, m.role)
		}
		if m.country == "" {
			m.country = countryOfAfter(s, m.end)
		}
	}
}

// countryOfAfter returns the country named by "của" right after a holder's
// name, over the capitalised words of a body ("Bộ trưởng Dầu mỏ
// Diamantino Azevedo của Angola", "người phát ngôn Tammy Bruce của Bộ
// Ngoại giao Mỹ"); "" when there is none.
func countryOfAfter(s *sentence, k int) string {
	if k >= len(s.toks) || s.toks[k].low != "của" {
		return ""
	}
	for _, c := range s.ments {
		if c.kind != mCountry || c.start <= k || c.start > k+5 {
			continue
		}
		for j := k + 1; j < c.start; j++ {
			if !s.toks[j].upper {
				return "" // "của chính quyền Mỹ", "của ông ...": not the body's own name
			}
		}
		return c.id
	}
	return ""
}

// nameStart returns the token where the name of m begins (m.name is the
// last tokens of m, spaced as written), -1 when none matches.
func nameStart(toks []token, m mention) int {
	end := toks[m.end-1].end
	for j := m.end - 1; j >= m.start; j-- {
		switch n := end - toks[j].start; {
		case n == len(m.name):
			return j
		case n > len(m.name):
			return -1
		}
	}
	return -1
}

// sharedCountries gives a titled official with no country the country of
// the titled official coordinated right before (his post's, else the
// gazetteer's) ("Chủ tịch Hạ viện
// Australia Tony Smith và Chủ tịch Thượng viện Scott Ryan"): the two
// offices are of one state. Only for names the gazetteer does not know,
// whose country comes from the text alone.
func sharedCountries(s *sentence) {
	prev := -1
	for i := range s.ments {
		m := &s.ments[i]
		if m.kind != mLeader {
			continue
		}
		if prev >= 0 && m.via == "title" && m.country == "" && m.org == "" && gazetteer.Default().Leaders[m.id] == nil {
			p := s.ments[prev]
			// In a list of officials, or two offices of one kind ("Chủ tịch
			// Hạ viện ... và Chủ tịch Thượng viện"); not a host and a guest
			// paired alone ("Phó Chủ tịch UBND TPHCM ... và Thống đốc
			// Muraoka Tsugumasa tại buổi làm việc").
			pairAlone := s.toks[p.end].low == "và" && !(p.start > 0 && s.toks[p.start-1].text == ",")
			country := p.country
			if l := gazetteer.Default().Leaders[p.id]; country == "" && p.kind == mLeader && l != nil && s.toks[p.end].text == "," && (m.rank == "minister" || m.rank == "official") {
				// "Tổng thống Lula da Silva, Phó Tổng thống Geraldo Alckmin":
				// the lesser office after a leader the gazetteer knows; not
				// another head ("Thủ tướng Nguyễn Tấn Dũng và Thủ tướng
				// Gordon Brown") nor an organisation's.
				country = l.Country
			}
			if p.via == "title" && country != "" && p.end+1 == m.start && (s.toks[p.end].low == "và" || s.toks[p.end].text == ",") && (!pairAlone || sameOfficeWord(s, p, *m)) {
				m.country = country
			}
		}
		prev = i
	}
}

// sameOfficeWord reports two titled mentions whose titles begin with the
// same word, "Phó" aside: "Chủ tịch Hạ viện" and "Chủ tịch Thượng viện".
func sameOfficeWord(s *sentence, a, b mention) bool {
	first := func(m mention) string {
		i := m.start
		if s.toks[i].low == "phó" && i+1 < m.end {
			i++
		}
		return s.toks[i].low
	}
	return first(a) == first(b)
}

func isHeadRole(role string) bool {
	switch role {
	case "president", "prime minister", "general secretary", "king", "chancellor", "emperor", "supreme leader", "chairman", "premier", "state president":
		return true
	}
	return false
}

// keyArena hands out one-key slices cut from one array, each capped at
// its own element (an append to it copies); a new array when it is full.
type keyArena []string

func (ar *keyArena) one(k string) []string {
	if len(*ar) == cap(*ar) {
		*ar = make([]string, 0, max(8, cap(*ar)))
	}
	*ar = append(*ar, k)
	n := len(*ar)
	return (*ar)[n-1 : n : n]
}

// resolve turns every mention of a person in the article into leader keys.
func resolve(sents []*sentence, year int) *people {
	p := &people{byKey: map[string]*person{}, year: year}
	lx := defaultLexicon()
	// Most mentions resolve to one leader: their keys are cut from one
	// array, sized for the mentions that may resolve so, rather than
	// each a slice of its own.
	n := 0
	for _, s := range sents {
		for i := range s.ments {
			switch s.ments[i].kind {
			case mLeader, mSurname, mDesc, mPronoun:
				n++
			}
		}
	}
	keys := make(keyArena, 0, n)
	for _, s := range sents {
		postCountries(lx, s)
		sharedCountries(s)
		delegationHeadCountries(s)
		sideListCountries(s)
	}
	// Pass 1: full names, the gazetteer's first, then the others, which
	// need an official role to count as leaders (a name alone may be
	// anyone) and may be another spelling of someone already named
	// ("Ciryl Ramaphosa", "Miguel Mario Diáz Canel Bermúdez").
	for _, known := range []bool{true, false} {
		for _, s := range sents {
			for i := range s.ments {
				m := &s.ments[i]
				if m.kind != mLeader || (gazetteer.Default().Leaders[m.id] != nil) != known {
					continue
				}
				key := m.id
				if !known && s == sents[len(sents)-1] && m.end == len(s.toks) {
					// "Theo Đại tướng Phan V" where the excerpt is cut: the
					// one named before whose name it begins.
					if v := p.cutOf(m.name); v != nil {
						m.keys = keys.one(v.key)
						v.count++
						continue
					}
				}
				if !known {
					if v := p.variantOf(m.name); v != nil {
						key = v.key
					} else if m.role == "" && !(m.via == "desc" && m.country != "") { // "nhà lãnh đạo Kosovo Albin Kurti": the country's leader, named
						if other := p.byLastName(lastWord(m.name)); other != nil {
							m.keys = keys.one(other.key)
							other.count++
						}
						continue
					}
				}
				p.add(key, m)
				m.keys = keys.one(key)
			}
		}
	}
	// Pass 2: short names ("ông Tập", "ông Lavrov").
	for si, s := range sents {
		for i := range s.ments {
			m := &s.ments[i]
			if m.kind == mSurname {
				if k := p.surname(sents, si, i); k != "" {
					m.keys = keys.one(k)
					p.add(k, m)
				}
			}
		}
	}
	// Pass 3: descriptions, pronouns and "the two leaders".
	var subject string
	for _, s := range sents {
		first, mainFirst := "", ""
		otherTo := 0
		if slices.ContainsFunc(s.ments, func(m mention) bool { return m.kind == mPronoun }) {
			otherTo = openingOnOtherAct(s) // only an "ông" needs it
		}
		for i := range s.ments {
			m := &s.ments[i]
			switch m.kind {
			case mDesc:
				if k := chainedTo(s, *m); k != "" {
					// "Phó Thủ tướng, Bộ trưởng Ngoại giao Campuchia Prak
					// Sokhonn": the first title is the named leader's own.
					m.keys = keys.one(k)
				} else if k := p.describe(m); k != "" {
					m.keys = keys.one(k)
					p.byKey[k].count++
				}
			case mPronoun:
				// "ông" stands for the sentence's first person named so far,
				// else the subject of the sentence before; after an opening
				// on another act, for the first named after it.
				if mainFirst != "" && m.start >= otherTo {
					m.keys = keys.one(mainFirst)
				} else if first != "" {
					m.keys = keys.one(first)
				} else if subject != "" {
					m.keys = keys.one(subject)
				}
			}
			if first == "" && len(m.keys) == 1 && m.kind != mPronoun {
				first = m.keys[0]
			}
			if mainFirst == "" && otherTo > 0 && m.start >= otherTo && len(m.keys) == 1 && m.kind != mPronoun {
				mainFirst = m.keys[0]
			}
		}
		if first != "" {
			subject = first
		}
	}
	for _, s := range sents {
		for i := range s.ments {
			if s.ments[i].kind == mPair && s.ments[i].role == "three" {
				s.ments[i].keys = p.trio()
			} else if s.ments[i].kind == mPair {
				s.ments[i].keys = p.pair(s.ments[i].role)
				if c1, c2, ok := pairCountries(s, i); ok {
					if keys := p.pairOf(c1, c2, s.ments[i].role); keys != nil {
						s.ments[i].keys = keys
					} else {
						// "hội nghị giữa hai nhà lãnh đạo Mỹ-Triều" in an article
						// that names no North Korean leader: not the two it names
						// most, but those of the two countries it names.
						s.ments[i].keys = p.ofCountries(s.ments[i].keys, c1, c2)
					}
				}
			}
		}
	}
	return p
}

// openingOnOtherAct returns the comma that ends a sentence's opening on
// another act ("Vài ngày sau khi ông Trump giành chiến thắng ..., Thủ tướng
// Anh Starmer sẽ đến Pháp, nơi ông sẽ gặp gỡ ..."): who is named before it
// is not the subject an "ông" after it stands for. 0 when the sentence
// opens on none.
func openingOnOtherAct(s *sentence) int {
	o := sourceTagEnd(s)
	for _, c := range s.cues {
		if c.cat != "clause" || c.start < o || !onlyWhenBefore(s, o, c.start) {
			continue
		}
		if j := openingComma(s, c.end); j > 0 {
			return j
		}
		break
	}
	return 0
}

// surname resolves the single name word or short form sents[si].ments[mi].
func (p *people) surname(sents []*sentence, si, mi int) string {
	m := &sents[si].ments[mi]
	// Candidates from the gazetteer's short forms: the article's own first.
	var named []string
	for _, id := range m.ids {
		if p.byKey[id] != nil {
			named = append(named, id)
		}
	}
	if len(named) > 0 {
		return p.closest(named, sents, si, mi)
	}
	if pr := p.byLastName(m.name); pr != nil {
		return pr.key
	}
	if len(m.ids) == 1 {
		if someoneElseNamed(sents, m.name, m.ids[0]) {
			return "" // "ông Munir" after "Ông Ahmad Munir", not Asim Munir
		}
		return m.ids[0]
	}
	hit := m.ids
	if len(m.ids) > 1 && m.country != "" {
		hit = nil
		for _, id := range m.ids {
			if l := gazetteer.Default().Leaders[id]; l != nil && l.Country == m.country {
				hit = append(hit, id)
			}
		}
		if len(hit) == 1 {
			return hit[0]
		}
	}
	if len(hit) > 1 && m.role != "" {
		// "Quốc vương Salman": the king, not the crown prince whose name
		// also ends so.
		var held []string
		for _, id := range hit {
			if l := gazetteer.Default().Leaders[id]; l != nil && l.RoleAt(p.year) == m.role {
				held = append(held, id)
			}
		}
		if len(held) == 1 {
			return held[0]
		}
	}
	return ""
}

// someoneElseNamed reports a full name the article writes that ends with
// the short name and is none of the known leader id's forms: "Ông Ahmad
// Munir — Tổng giám đốc Hãng thông tấn ANTARA" makes "ông Munir" him,
// not Pakistan's Asim Munir, whom the article never names in full.
func someoneElseNamed(sents []*sentence, short, id string) bool {
	l := gazetteer.Default().Leaders[id]
	if l == nil {
		return false
	}
	for _, s := range sents {
		for _, m := range s.ments {
			if m.kind != mLeader || len(strings.Fields(m.name)) < 2 || !strings.EqualFold(lastWord(m.name), short) {
				continue
			}
			if !slices.ContainsFunc(l.Names, func(n string) bool { return containsWords(n, m.name) }) {
				return true
			}
		}
	}
	return false
}

// closest picks which of several leaders the article names a short name
// means: of the country and the office its title gives ("Thủ tướng
// Singapore Lý", "Quốc vương Salman"), each if that leaves anyone; then one
// the article writes with that word ("Lý Khắc Cường" for "ông Lý", rather
// than "Lee Hsien Loong", whose form "Lý Hiển Long" only the gazetteer
// knows); then the one named last before it. Still undecided, it names
// nobody, as ambiguous names do elsewhere.
func (p *people) closest(ids []string, sents []*sentence, si, mi int) string {
	m := &sents[si].ments[mi]
	if m.country != "" {
		ids = narrow(ids, func(id string) bool { return p.byKey[id].country == m.country })
	}
	if m.role != "" {
		ids = narrow(ids, func(id string) bool { return p.byKey[id].role == m.role })
	}
	ids = narrow(ids, func(id string) bool { return p.writes(id, m.name) })
	if len(ids) == 1 {
		return ids[0]
	}
	return lastNamed(ids, sents, si, mi)
}

// narrow keeps the ids for which keep holds, or all of them if none does.
func narrow(ids []string, keep func(string) bool) []string {
	var out []string
	for _, id := range ids {
		if keep(id) {
			out = append(out, id)
		}
	}
	if len(out) == 0 {
		return ids
	}
	return out
}

// writes reports whether the article has named leader id with the words
// of short ("Lý" in "Lý Khắc Cường"), ignoring case.
func (p *people) writes(id, short string) bool {
	for _, a := range p.byKey[id].aliases {
		if containsWords(a, short) {
			return true
		}
	}
	return false
}

// containsWords reports whether the words of part occur in s in a row, ignoring case.
func containsWords(s, part string) bool {
	sw, pw := strings.Fields(s), strings.Fields(part)
	for i := 0; len(pw) > 0 && i+len(pw) <= len(sw); i++ {
		j := 0
		for j < len(pw) && strings.EqualFold(sw[i+j], pw[j]) {
			j++
		}
		if j == len(pw) {
			return true
		}
	}
	return false
}

// lastNamed returns the one of ids whose mention comes last before
// sents[si].ments[mi], or "" if none comes before it.
func lastNamed(ids []string, sents []*sentence, si, mi int) string {
	for s := si; s >= 0; s-- {
		ms := sents[s].ments
		if s == si {
			ms = ms[:mi]
		}
		for i := len(ms) - 1; i >= 0; i-- {
			if k := ms[i].keys; len(k) == 1 && slices.Contains(ids, k[0]) {
				return k[0]
			}
		}
	}
	return ""
}

// cutOf returns the article's leader whose name begins with name, its
// last word cut short ("Phan V" of "Phan Văn Giang"), or nil.
func (p *people) cutOf(name string) *person {
	words := strings.Fields(prose.Fold(name))
	if len(words) == 0 {
		return nil
	}
	for _, k := range p.order {
		pr := p.byKey[k]
		for _, n := range append([]string{pr.name, pr.nameVI}, pr.aliases...) {
			other := strings.Fields(prose.Fold(n))
			last := len(words) - 1
			if len(other) > last && slices.Equal(words[:last], other[:last]) && strings.HasPrefix(other[last], words[last]) {
				return pr
			}
		}
	}
	return nil
}

// variantOf returns the article's leader whose name name spells another
// way: the same last word and a first word one typo away ("Ciryl" for
// "Cyril"), or every word of the shorter name, two at least, in the longer
// ("Miguel Mario Diáz Canel Bermúdez" for "Miguel Díaz-Canel Bermúdez").
func (p *people) variantOf(name string) *person {
	words := foldedWords(name)
	if len(words) < 2 {
		return nil
	}
	for _, k := range p.order {
		pr := p.byKey[k]
		for _, n := range append([]string{pr.name, pr.nameVI}, pr.aliases...) {
			other := foldedWords(n)
			if len(other) >= 2 && sameNameWords(words, other) && !syllablesDropped(n, words, other) {
				return pr
			}
		}
	}
	return nil
}

// foldedWords returns the words of a name folded (no case, no
// diacritics), a hyphen parting words as a space does.
func foldedWords(name string) []string {
	return strings.Fields(strings.ReplaceAll(prose.Fold(name), "-", " "))
}

func sameNameWords(a, b []string) bool {
	if len(a) == len(b) && a[len(a)-1] == b[len(b)-1] && oneTypo(a[0], b[0]) && slices.Equal(a[1:len(a)-1], b[1:len(b)-1]) {
		return true
	}
	if len(a) == len(b) && slices.Equal(a[:len(a)-1], b[:len(b)-1]) && max(len(a[len(a)-1]), len(b[len(b)-1])) >= 6 && oneTypo(a[len(a)-1], b[len(b)-1]) {
		return true // "Anura Kumara Dissanayaka" is Dissanayake: a long surname one letter off
	}
	if len(a) >= 3 && len(a) == len(b) && a[0] == b[0] && a[len(a)-1] == b[len(b)-1] && oneLongTypo(a[1:len(a)-1], b[1:len(b)-1]) {
		return true // "Salman bin Adulaziz Al Saud" is Salman bin Abdulaziz: a long middle name one letter off
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	for _, w := range a {
		if !slices.Contains(b, w) {
			return false
		}
	}
	return true
}

// oneLongTypo reports words equal but for one of six letters or more
// that is one letter off (oneTypo).
func oneLongTypo(a, b []string) bool {
	off := 0
	for i := range a {
		if a[i] == b[i] {
			continue
		}
		off++
		if off > 1 || max(len(a[i]), len(b[i])) < 6 || !oneTypo(a[i], b[i]) {
			return false
		}
	}
	return off == 1
}

// syllablesDropped reports a shorter name matched against a longer one
// written in Vietnamese syllables (n): "Vương Ninh" is not "Vương Hỗ
// Ninh", whose given name has two syllables. Latin names drop middle names
// freely ("Miguel Díaz-Canel" for "Miguel Mario Díaz-Canel Bermúdez").
func syllablesDropped(n string, words, other []string) bool {
	return len(words) != len(other) && vietnameseSpelled(n)
}

// vietnameseSpelled reports letters only Vietnamese writes: đ, ơ, ư, ă,
// â, ê, ô and the vowels of Latin Extended Additional (ạ, ả, ỗ, ...).
func vietnameseSpelled(s string) bool {
	for _, r := range s {
		switch {
		case r >= 0x1EA0 && r <= 0x1EF9:
			return true
		case strings.ContainsRune("đĐơƠưƯăĂâÂêÊôÔ", r):
			return true
		}
	}
	return false
}

// oneTypo reports words equal but for one letter changed, added, dropped
// or letters swapped ("Ciryl" for "Cyril": the same letters, the same first).
func oneTypo(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) == len(rb) && len(ra) >= 4 && ra[0] == rb[0] && sameLetters(ra, rb) {
		return true
	}
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	if len(rb)-len(ra) > 1 || len(ra) < 3 {
		return false
	}
	i := 0
	for i < len(ra) && ra[i] == rb[i] {
		i++
	}
	if i == len(ra) {
		return true
	}
	if len(ra) == len(rb) {
		if string(ra[i+1:]) == string(rb[i+1:]) {
			return true // changed
		}
		return i+1 < len(ra) && ra[i] == rb[i+1] && ra[i+1] == rb[i] && string(ra[i+2:]) == string(rb[i+2:]) // swapped
	}
	return string(ra[i:]) == string(rb[i+1:]) // one more in b
}

func sameLetters(a, b []rune) bool {
	x, y := slices.Clone(a), slices.Clone(b)
	slices.Sort(x)
	slices.Sort(y)
	return slices.Equal(x, y)
}

// byLastName finds the article's leader one of whose names contains word.
func (p *people) byLastName(word string) *person {
	if word == "" {
		return nil
	}
	fw := prose.Fold(word)
	var found *person
	for _, k := range p.order {
		pr := p.byKey[k]
		names := append([]string{pr.name, pr.nameVI}, pr.aliases...)
		if l := gazetteer.Default().Leaders[k]; l != nil {
			names = append(names, l.Names...)
		}
		for _, n := range names {
			words := strings.Fields(n)
			for i, w := range words {
				if i > 0 && i < len(words)-1 && len(words) >= 3 && surnames[prose.Lower(words[0])] {
					continue // "Văn" of "Bùi Văn Nghị": a middle name never stands alone
				}
				if prose.FoldsTo(w, fw) {
					if found != nil && found != pr {
						return nil // ambiguous
					}
					found = pr
				}
			}
		}
	}
	return found
}

// describe resolves "Tổng thống Nga" or "nhà lãnh đạo Trung Quốc".
func (p *people) describe(m *mention) string {
	if m.country == "" && m.org == "" {
		// A bare title names the person in the article who holds it; of
		// several, the one the article is most about.
		var hit *person
		tie := false
		for _, k := range p.order {
			if pr := p.byKey[k]; pr.role == m.role {
				switch {
				case hit == nil || pr.count > hit.count:
					hit, tie = pr, false
				case pr.count == hit.count:
					tie = true
				}
			}
		}
		if hit == nil || tie {
			return ""
		}
		return hit.key
	}
	var cands []*person
	for _, k := range p.order {
		pr := p.byKey[k]
		if pr.country == m.country && m.country != "" {
			cands = append(cands, pr)
		}
	}
	if m.via == "counterpart" && len(cands) > 0 {
		// "người đồng cấp Ai Cập": the one of that country the article names
		// most, whatever his post (the counterpart's is the speaker's).
		sort.SliceStable(cands, func(i, j int) bool { return cands[i].count > cands[j].count })
		return cands[0].key
	}
	if m.role != "" {
		var same []*person
		for _, c := range cands {
			if c.role == m.role {
				same = append(same, c)
			}
		}
		if len(same) > 0 {
			cands = same
		} else if len(cands) > 0 && !(m.rank == "head_of_state" || m.rank == "head_of_government") {
			cands = nil // "Ngoại trưởng Nga" is not the president
		} else {
			cands = heads(cands)
		}
	} else {
		// "nhà lãnh đạo Trung Quốc": the country's top leader in the article.
		cands = heads(cands)
	}
	if len(cands) > 0 {
		sort.SliceStable(cands, func(i, j int) bool { return cands[i].count > cands[j].count })
		return cands[0].key
	}
	// The gazetteer may know that someone the article names held that
	// office then ("Chủ tịch Nội các Kyrgyzstan" for Akylbek Japarov named
	// before). Nobody named: "Tổng thống Pháp" is left out, not guessed
	// (docs/ANNOTATION.md: gold records leaders the text names).
	if p.year == 0 || m.country == "" || m.role == "" {
		return ""
	}
	hit := ""
	for _, l := range gazetteer.Default().LeaderList() {
		if l.Country == m.country && l.RoleAt(p.year) == m.role {
			if hit != "" {
				return "" // several held it: nobody can tell which
			}
			hit = l.Key
		}
	}
	if p.byKey[hit] == nil {
		return ""
	}
	return hit
}

// heads keeps the heads of state or government.
func heads(ps []*person) []*person {
	var out []*person
	for _, p := range ps {
		if p.head {
			out = append(out, p)
		}
	}
	return out
}

// pair returns the article's two principal leaders from different
// countries: heads of state or government first, then by mentions.
func (p *people) pair(role string) []string {
	ps := make([]*person, 0, len(p.order))
	for _, k := range p.order {
		if pr := p.byKey[k]; role == "" || pr.role == role || role == "minister" && strings.Contains(pr.role, "minister") && !strings.Contains(pr.role, "prime minister") {
			ps = append(ps, pr)
		}
	}
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].head != ps[j].head {
			return ps[i].head
		}
		return ps[i].count > ps[j].count
	})
	if len(ps) < 2 {
		return nil
	}
	a := ps[0]
	for _, b := range ps[1:] {
		if b.country != a.country && b.head == a.head {
			return []string{a.key, b.key}
		}
	}
	return nil
}

// trio returns the heads of state or government of three countries the
// article names ("ba nhà lãnh đạo"), the most named of each, when it names
// heads of just three countries; else nil.
func (p *people) trio() []string {
	var best []*person
	for _, k := range p.order {
		pr := p.byKey[k]
		if !pr.head || pr.country == "" {
			continue
		}
		i := slices.IndexFunc(best, func(b *person) bool { return b.country == pr.country })
		switch {
		case i < 0:
			best = append(best, pr)
		case pr.count > best[i].count:
			best[i] = pr
		}
	}
	if len(best) != 3 {
		return nil
	}
	keys := []string{best[0].key, best[1].key, best[2].key}
	slices.Sort(keys)
	return keys
}

// pairCountries returns the two countries named right after the pair
// mention s.ments[i]: "hai nhà lãnh đạo Mỹ-Trung", "hai nhà lãnh đạo Mỹ
// và Thổ Nhĩ Kỳ", "hai nhà lãnh đạo Nga và Ấn Độ".
func pairCountries(s *sentence, i int) (string, string, bool) {
	m := s.ments[i]
	if i+2 >= len(s.ments) {
		return "", "", false
	}
	a, b := s.ments[i+1], s.ments[i+2]
	if a.kind != mCountry || b.kind != mCountry || a.start != m.end || a.id == b.id || b.start != a.end+1 {
		return "", "", false
	}
	switch s.toks[a.end].low {
	case "-", "–", "và":
		return a.id, b.id, true
	}
	return "", "", false
}

// pairOf returns the article's principal leader of each of two countries
// (heads of state or government first, then by mentions), for "hai nhà
// lãnh đạo Mỹ và Thổ Nhĩ Kỳ": the two of those countries, whoever the
// article's principal pair is. Nil when either country has no one.
func (p *people) pairOf(c1, c2, role string) []string {
	best := func(c string) *person {
		var b *person
		for _, k := range p.order {
			pr := p.byKey[k]
			if pr.country != c || role != "" && pr.role != role && !(role == "minister" && strings.Contains(pr.role, "minister") && !strings.Contains(pr.role, "prime minister")) {
				continue
			}
			if b == nil || pr.head && !b.head || pr.head == b.head && pr.count > b.count {
				b = pr
			}
		}
		return b
	}
	x, y := best(c1), best(c2)
	if x == nil || y == nil {
		return nil
	}
	out := []string{x.key, y.key}
	sort.Strings(out)
	return out
}

// ofCountries returns those of keys who hold an office of country c1 or c2.
func (p *people) ofCountries(keys []string, c1, c2 string) []string {
	var out []string
	for _, k := range keys {
		if pr := p.byKey[k]; pr != nil && (pr.country == c1 || pr.country == c2) {
			out = append(out, k)
		}
	}
	return out
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// slug makes a stable ASCII key: "Ukhnaagiin Khurelsukh" -> "ukhnaagiin-khurelsukh".
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range prose.Fold(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}

// chainedTo returns the leader a bare title m is the first title of
// ("Tổng Bí thư, Chủ tịch nước Tập Cận Bình"; chainedTitle), named right
// after its comma, or "".
func chainedTo(s *sentence, m mention) string {
	if !chainedTitle(s, m) {
		return ""
	}
	for _, n := range s.ments {
		if n.start == m.end+1 && n.kind == mLeader && len(n.keys) == 1 {
			return n.keys[0]
		}
	}
	return ""
}
