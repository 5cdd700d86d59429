package ingest

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"kg/ingest/data"
	"kg/ingest/gazetteer"
	"kg/ingest/prose"
)

// token is one word or one punctuation character of a sentence.
type token struct {
	start, end int     // byte offsets in the normalised text
	text       string  // as written
	low        string  // lower case, for matching
	upper      bool    // starts with an upper-case letter
	word       bool    // letters or digits (not punctuation)
	ms         []match // the lexicon's phrases starting here (lexicon.lookUp)
}

// tokenize splits s[from:to] into words and single punctuation marks.
// Hyphens, apostrophes and dots are tokens of their own on both sides of
// matching (text and gazetteer), so "Nga-Trung", "Nga - Trung" and
// "Kassym-Jomart" all line up; a dash matches as a hyphen. low is s in lower case with the same byte
// offsets (see prose.LowerKeepOffsets), or "" to lowercase word by word.
func tokenize(s, low string, from, to int, dst []token) []token {
	i := from
	for i < to {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = prose.DecodeRune(s[i:])
		}
		switch {
		case prose.IsSpace(r):
			i += n
		case prose.IsWordRune(r):
			j := i + n
			for j < to {
				if c := s[j]; c < utf8.RuneSelf { // most of a word is ASCII
					if !prose.IsASCIIAlnum(c) {
						break
					}
					j++
					continue
				}
				r2, n2 := prose.DecodeRune(s[j:])
				if !prose.IsWordRune(r2) {
					break
				}
				j += n2
			}
			w := s[i:j]
			lw := low
			if lw != "" {
				lw = low[i:j]
			} else {
				lw = prose.Lower(w)
			}
			dst = append(dst, token{start: i, end: j, text: w, low: lw, upper: prose.IsUpper(r), word: true})
			i = j
		default:
			w := s[i : i+n]
			lw := w
			if r == '–' || r == '—' {
				lw = "-" // "châu Á – Thái Bình Dương" is the name written "châu Á - Thái Bình Dương"
			}
			dst = append(dst, token{start: i, end: i + n, text: w, low: lw})
			i += n
		}
	}
	return dst
}

// kind says what a lexicon phrase names.
type kind uint8

const (
	kCountry      kind = iota + 1 // a country by its full name
	kCountryShort                 // "Trung" in "Nga - Trung"
	kOrg
	kCity
	kVenue // a landmark that names its city after "tại"
	kLeader
	kLeaderShort // a name valid only after an honorific or title
	kTitle
	kCue
	kAgreement // a well-known agreement by one of its names
)

// entry is one meaning of a phrase.
type entry struct {
	exact string // an acronym matches only as written ("NAM", not "Nam")
	kind  kind
	id    string // ISO2, acronym, city key, leader key, or the cue category
	val   string // cue value, title role
	rank  string // title rank
	title *gazetteer.Title
}

// phrase is a sequence of lower-case tokens with its meanings.
type phrase struct {
	words   []string
	entries []entry
	kinds   kinds // of the entries
	exact   bool  // some entry applies only as spelled exactly (exactOnly)
}

// firstWord is the phrases that start with one word, sorted by second
// word (freeze); the first one are those of one word, counted once here
// rather than at every token that starts with the word.
type firstWord struct {
	ps  []phrase
	one int
}

// kinds is a set of kinds, one bit each.
type kinds uint16

func kindsOf(es []entry) kinds {
	var ks kinds
	for _, e := range es {
		ks |= 1 << e.kind
	}
	return ks
}

// lexicon finds every known phrase in a token sequence.
type lexicon struct {
	byFirst map[string][]*phrase // while building, then frozen into first
	first   *prose.WordTable[firstWord]
	cues    map[string][]entry // by the phrase's words joined with " "
}

// dataFile returns the text of one of the data files (kg/ingest/data),
// which the tests keep present and valid.
func dataFile(name string) string {
	b, err := data.Files.ReadFile(name)
	if err != nil {
		panic("ingest: " + err.Error())
	}
	return string(b)
}

var cuesTSV = dataFile("cues.tsv")

// partnershipsTSV names the levels of relations between two countries;
// its phrases are cues of category "partnership" whose value is the level.
var partnershipsTSV = dataFile("partnerships.tsv")

var (
	lexOnce sync.Once
	lex     *lexicon
)

// defaultLexicon builds the lexicon from the embedded gazetteer and cues, once.
func defaultLexicon() *lexicon {
	lexOnce.Do(func() { lex = newLexicon(gazetteer.Default(), cuesTSV+extraCues()) })
	return lex
}

// institutionsTSV names the bodies a title may name before its holder;
// its phrases are cues of category "institution".
var institutionsTSV = dataFile("institutions.tsv")

// extraCues are the cue lines of the data files that hold one category
// each, for newLexicon.
func extraCues() string {
	return asCues(partnershipsTSV, "partnership") + asCues(institutionsTSV, "institution")
}

// asCues turns the lines "phrase[<TAB>value]" of a data file into cue
// lines of category cat.
func asCues(tsv, cat string) string {
	var b strings.Builder
	for _, line := range strings.Split(tsv, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		phrase, value, _ := strings.Cut(line, "\t")
		b.WriteString(phrase + "\t" + cat + "\t" + value + "\n")
	}
	return b.String()
}

// newLexicon registers every form in a fixed order (countries, organisations
// and cities by key, as the gazetteer's own lookups take them; leaders,
// venues, agreements, titles and cues in file order), never in map order:
// the meanings of a phrase keep that order, and the extractor reads the
// first one of a kind or lists candidates in it.
func newLexicon(g *gazetteer.Gazetteer, cues string) *lexicon {
	l := &lexicon{byFirst: map[string][]*phrase{}, cues: map[string][]entry{}}
	for _, c := range g.CountryList() {
		l.addAll(entry{kind: kCountry, id: c.ISO2}, c.Name)
		l.addAll(entry{kind: kCountry, id: c.ISO2}, c.NamesVI...)
		l.addAll(entry{kind: kCountry, id: c.ISO2}, c.Aliases...)
		l.addAll(entry{kind: kCountryShort, id: c.ISO2}, c.Short...)
	}
	for _, o := range g.OrgList() {
		l.add(o.Acronym, entry{kind: kOrg, id: o.Acronym, exact: acronym(o.Acronym)})
		l.addAll(entry{kind: kOrg, id: o.Acronym}, o.Name)
		l.addAll(entry{kind: kOrg, id: o.Acronym}, o.NamesVI...)
		for _, n := range o.Aliases {
			l.add(n, entry{kind: kOrg, id: o.Acronym, exact: acronym(n)})
		}
	}
	for _, c := range g.CityList() {
		l.addAll(entry{kind: kCity, id: c.Key}, c.Name)
		l.addAll(entry{kind: kCity, id: c.Key}, c.NamesVI...)
		l.addAll(entry{kind: kCity, id: c.Key}, c.Aliases...)
	}
	for _, v := range g.Venues {
		l.add(v.Name, entry{kind: kVenue, id: v.City})
	}
	for _, ld := range g.LeaderList() {
		l.add(ld.Name, entry{kind: kLeader, id: ld.Key})
		if ld.NameVI != "" {
			l.add(ld.NameVI, entry{kind: kLeader, id: ld.Key})
		}
		for _, n := range ld.Names {
			l.add(n, entry{kind: kLeader, id: ld.Key})
		}
		for _, n := range ld.Short {
			l.add(n, entry{kind: kLeaderShort, id: ld.Key})
		}
	}
	for _, ag := range knownAgreementList() {
		for _, n := range ag.names { // none for a document named as its organisation
			l.add(n, entry{kind: kAgreement, id: ag.key, val: ag.kind})
		}
	}
	for i := range g.Titles {
		t := &g.Titles[i]
		l.add(t.VI, entry{kind: kTitle, id: t.Role, val: t.Role, rank: t.Rank, title: t})
	}
	for _, line := range strings.Split(cues, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		e := entry{kind: kCue, id: f[1]}
		if len(f) > 2 {
			e.val = f[2]
		}
		key := l.add(f[0], e)
		l.cues[key] = append(l.cues[key], e)
	}
	l.freeze()
	return l
}

// freeze copies the phrases into three arrays (phrases, their words and
// their meanings) indexed by first word. The garbage collector marks the
// lexicon at every cycle, and a few large objects cost it much less than
// the thousands of small ones it was built from.
func (l *lexicon) freeze() {
	firsts := make([]string, 0, len(l.byFirst))
	np, nw, ne := 0, 0, 0
	for first, ps := range l.byFirst {
		firsts = append(firsts, first)
		for _, p := range ps {
			np, nw, ne = np+1, nw+len(p.words), ne+len(p.entries)
		}
	}
	sort.Strings(firsts)
	phrases, words, entries := make([]phrase, 0, np), make([]string, 0, nw), make([]entry, 0, ne)
	index := make(map[string]firstWord, len(firsts))
	for _, first := range firsts {
		from := len(phrases)
		// By second word, one-word phrases first: appendMatches looks at
		// those that go on with the next token only.
		sort.SliceStable(l.byFirst[first], func(i, j int) bool {
			return secondWord(l.byFirst[first][i]) < secondWord(l.byFirst[first][j])
		})
		for _, p := range l.byFirst[first] {
			w, e := len(words), len(entries)
			words, entries = append(words, p.words...), append(entries, p.entries...)
			es := entries[e:len(entries):len(entries)]
			exact := slices.ContainsFunc(es, func(e entry) bool { return e.exact != "" })
			phrases = append(phrases, phrase{words: words[w:len(words):len(words)], entries: es, kinds: kindsOf(es), exact: exact})
		}
		ps := phrases[from:len(phrases):len(phrases)]
		one := 0
		for one < len(ps) && len(ps[one].words) == 1 {
			one++
		}
		index[first] = firstWord{ps: ps, one: one}
	}
	l.first, l.byFirst = prose.NewWordTable(index), nil
}

// acronym returns s when it is written in capitals ("NAM", "G20"), else "".
func acronym(s string) string {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			return ""
		case unicode.IsUpper(r):
			letters++
		}
	}
	if letters < 2 {
		return ""
	}
	return s
}

// addAll registers every form in names with meaning e.
func (l *lexicon) addAll(e entry, names ...string) {
	for _, n := range names {
		l.add(n, e)
	}
}

// add registers surface form s with meaning e and returns its normalised key.
func (l *lexicon) add(s string, e entry) string {
	s = strings.TrimSpace(norm.NFC.String(s))
	if s == "" {
		return ""
	}
	toks := tokenize(s, "", 0, len(s), nil)
	if len(toks) == 0 {
		return ""
	}
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.low
	}
	key := strings.Join(words, " ")
	for _, p := range l.byFirst[words[0]] {
		if strings.Join(p.words, " ") == key {
			for i, old := range p.entries {
				if old.kind == e.kind && old.id == e.id && old.val == e.val {
					if e.exact == "" {
						// "Mercosur" beside the acronym "MERCOSUR": any case will do.
						p.entries[i].exact = ""
					}
					return key
				}
			}
			p.entries = append(p.entries, e)
			return key
		}
	}
	l.byFirst[words[0]] = append(l.byFirst[words[0]], &phrase{words: words, entries: []entry{e}})
	return key
}

// match is one phrase found at toks[start:end].
type match struct {
	start, end int
	entries    []entry
	kinds      kinds // of the entries: most questions are answered without a look at them
}

// has reports whether m carries an entry of kind k, returning it.
func (m match) has(k kind) (entry, bool) {
	if m.kinds&(1<<k) == 0 {
		return entry{}, false
	}
	for _, e := range m.entries {
		if e.kind == k {
			return e, true
		}
	}
	return entry{}, false
}

// cue reports whether m is a cue of category cat, returning its value.
func (m match) cue(cat string) (string, bool) {
	if m.kinds&(1<<kCue) == 0 {
		return "", false
	}
	for _, e := range m.entries {
		if e.kind == kCue && e.id == cat {
			return e.val, true
		}
	}
	return "", false
}

// at returns every phrase starting at toks[i], longest first, as
// lookUp found them.
func (l *lexicon) at(toks []token, i int) []match {
	return toks[i].ms
}

// lookUp finds the phrases at every token of toks once (the readings of a
// sentence ask for the same tokens again and again) and keeps them in the
// tokens; the matches are appended to buf, which it returns grown.
func (l *lexicon) lookUp(toks []token, buf []match) []match {
	for i := range toks {
		if !toks[i].word && toks[i].text != "'" && toks[i].text != "’" {
			continue // punctuation starts no phrase (but "'s-Gravenhage")
		}
		from := len(buf)
		if buf = l.appendMatches(buf, toks, i); len(buf) > from { // most tokens start none: ms stays nil
			toks[i].ms = buf[from:len(buf):len(buf)]
		}
	}
	return buf
}

// secondWord returns a phrase's second word, "" for a phrase of one.
func secondWord(p *phrase) string {
	if len(p.words) < 2 {
		return ""
	}
	return p.words[1]
}

// appendMatches appends every phrase starting at toks[i] to out, longest first.
func (l *lexicon) appendMatches(out []match, toks []token, i int) []match {
	from := len(out)
	fw, _ := l.first.Get(toks[i].low)
	// The phrases are sorted by second word (freeze): only the one-word
	// phrase, ps[:one], and those that go on with toks[i+1], ps[lo:hi],
	// can match; among many, a binary search finds them, among a few a
	// look at each is cheaper.
	ps, one := fw.ps, fw.one
	lo, hi := one, one
	if i+1 < len(toks) && one < len(ps) && len(ps)-one <= 8 {
		lo, hi = one, len(ps) // few: each is checked word by word below
	} else if i+1 < len(toks) && one < len(ps) {
		next := toks[i+1].low
		lo, hi = one, len(ps)
		for lo < hi { // the first phrase whose second word is not before next
			mid := int(uint(lo+hi) >> 1)
			if ps[mid].words[1] < next {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		for hi = lo; hi < len(ps) && ps[hi].words[1] == next; hi++ {
		}
	}
	for pi := 0; pi < hi; pi++ {
		if pi == one {
			pi = lo
			if pi >= hi {
				break
			}
		}
		p := &ps[pi]
		if i+len(p.words) > len(toks) {
			continue
		}
		ok := true
		for k := 1; k < len(p.words); k++ {
			// Words of one length mostly differ in their first byte: a
			// look at it spares most calls to compare the rest.
			w, t := p.words[k], toks[i+k].low
			if len(w) != len(t) || w[0] != t[0] || w != t {
				ok = false
				break
			}
		}
		if ok {
			m := match{start: i, end: i + len(p.words), entries: p.entries, kinds: p.kinds}
			if p.exact {
				if es := exactOnly(toks, m); len(es) < len(m.entries) {
					m.entries, m.kinds = es, kindsOf(es)
				}
			}
			if len(m.entries) > 0 {
				out = append(out, m)
			}
		}
	}
	// Longest first; phrases are few per first word, so insertion sort is fine.
	for a := from + 1; a < len(out); a++ {
		for b := a; b > from && out[b].end > out[b-1].end; b-- {
			out[b], out[b-1] = out[b-1], out[b]
		}
	}
	return out
}

// exactOnly drops the acronym meanings that toks[m.start:m.end] does not
// spell exactly; most phrases have none and cost nothing.
func exactOnly(toks []token, m match) []entry {
	has := false
	for _, e := range m.entries {
		has = has || e.exact != ""
	}
	if !has {
		return m.entries
	}
	var out []entry
	text := spanText(toks, m.start, m.end)
	for _, e := range m.entries {
		if e.exact == "" || text == strings.ReplaceAll(e.exact, " ", "") {
			out = append(out, e)
		}
	}
	return out
}

// spanText is tokens [a, b) as written, without spaces.
func spanText(toks []token, a, b int) string {
	var sb strings.Builder
	for i := a; i < b; i++ {
		sb.WriteString(toks[i].text)
	}
	return sb.String()
}

// properName reports whether entries naming things (not cues or titles)
// may apply to toks[m.start:m.end]: names are written with a capital.
func properName(toks []token, m match) bool {
	return toks[m.start].upper || !toks[m.start].word
}

// namedLater reports a phrase of three words or more that opens in lower
// case with the common noun of a body ("cộng đồng", "liên minh", "tổ
// chức", "hiệp hội", "diễn đàn") and has a later word capitalised: an
// organisation's name as the press writes it ("cộng đồng Pháp ngữ", "liên
// minh châu Âu"), where "Pháp" alone would be a country. Not "nhóm",
// "khối", "hội nghị": "Hội nghị Thượng đỉnh nhóm 77 và Trung Quốc" names
// a meeting.
func namedLater(toks []token, m match) bool {
	if m.end-m.start < 3 {
		return false
	}
	switch toks[m.start].low {
	case "cộng", "liên", "tổ", "hiệp", "diễn":
	default:
		return false
	}
	for i := m.start + 2; i < m.end; i++ {
		if toks[i].upper && toks[i].text != strings.ToUpper(toks[i].text) {
			return true // not an acronym ("liên nghị viện ASEAN" names the body's meetings as often as the body)
		}
	}
	return false
}
