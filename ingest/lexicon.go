package ingest

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// token is one word or one punctuation character of a sentence.
type token struct {
	start, end int    // byte offsets in the normalised text
	text       string // as written
	low        string // lower case, for matching
	upper      bool   // starts with an upper-case letter
	word       bool   // letters or digits (not punctuation)
}

// tokenize splits s[from:to] into words and single punctuation marks.
// Hyphens, apostrophes and dots are tokens of their own on both sides of
// matching (text and gazetteer), so "Nga-Trung", "Nga - Trung" and
// "Kassym-Jomart" all line up.
func tokenize(s string, from, to int, dst []token) []token {
	i := from
	for i < to {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			j := i + n
			for j < to {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !isWordRune(r2) {
					break
				}
				j += n2
			}
			w := s[i:j]
			dst = append(dst, token{start: i, end: j, text: w, low: lower(w), upper: unicode.IsUpper(r), word: true})
			i = j
		default:
			w := s[i : i+n]
			dst = append(dst, token{start: i, end: i + n, text: w, low: w})
			i += n
		}
	}
	return dst
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// lower is strings.ToLower without an allocation for words already lower-case ASCII.
func lower(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return strings.ToLower(w)
		}
	}
	return w
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
	title *Title
}

// phrase is a sequence of lower-case tokens with its meanings.
type phrase struct {
	words   []string
	entries []entry
}

// lexicon finds every known phrase in a token sequence.
type lexicon struct {
	byFirst map[string][]*phrase
	cues    map[string][]entry // by the phrase's words joined with " "
}

//go:embed data/cues.tsv
var cuesTSV string

var (
	lexOnce sync.Once
	lex     *lexicon
)

// defaultLexicon builds the lexicon from the embedded gazetteer and cues, once.
func defaultLexicon() *lexicon {
	lexOnce.Do(func() { lex = newLexicon(DefaultGazetteer(), cuesTSV) })
	return lex
}

func newLexicon(g *Gazetteer, cues string) *lexicon {
	l := &lexicon{byFirst: map[string][]*phrase{}, cues: map[string][]entry{}}
	for _, c := range g.Countries {
		l.addAll(entry{kind: kCountry, id: c.ISO2}, c.Name)
		l.addAll(entry{kind: kCountry, id: c.ISO2}, c.NamesVI...)
		l.addAll(entry{kind: kCountry, id: c.ISO2}, c.Aliases...)
		l.addAll(entry{kind: kCountryShort, id: c.ISO2}, c.Short...)
	}
	for _, o := range g.Orgs {
		l.add(o.Acronym, entry{kind: kOrg, id: o.Acronym, exact: acronym(o.Acronym)})
		l.addAll(entry{kind: kOrg, id: o.Acronym}, o.Name)
		l.addAll(entry{kind: kOrg, id: o.Acronym}, o.NamesVI...)
		for _, n := range o.Aliases {
			l.add(n, entry{kind: kOrg, id: o.Acronym, exact: acronym(n)})
		}
	}
	for _, c := range g.Cities {
		l.addAll(entry{kind: kCity, id: c.Key}, c.Name)
		l.addAll(entry{kind: kCity, id: c.Key}, c.NamesVI...)
		l.addAll(entry{kind: kCity, id: c.Key}, c.Aliases...)
	}
	for _, v := range g.Venues {
		l.add(v.Name, entry{kind: kVenue, id: v.City})
	}
	for _, ld := range g.Leaders {
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
	for _, ag := range knownAgreements() {
		for _, n := range ag.names {
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
	return l
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
	toks := tokenize(s, 0, len(s), nil)
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
			for _, old := range p.entries {
				if old.kind == e.kind && old.id == e.id && old.val == e.val {
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
}

// has reports whether m carries an entry of kind k, returning it.
func (m match) has(k kind) (entry, bool) {
	for _, e := range m.entries {
		if e.kind == k {
			return e, true
		}
	}
	return entry{}, false
}

// cue reports whether m is a cue of category cat, returning its value.
func (m match) cue(cat string) (string, bool) {
	for _, e := range m.entries {
		if e.kind == kCue && e.id == cat {
			return e.val, true
		}
	}
	return "", false
}

// longest returns every phrase starting at toks[i], longest first.
func (l *lexicon) at(toks []token, i int) []match {
	var out []match
	for _, p := range l.byFirst[toks[i].low] {
		if i+len(p.words) > len(toks) {
			continue
		}
		ok := true
		for k := 1; k < len(p.words); k++ {
			if toks[i+k].low != p.words[k] {
				ok = false
				break
			}
		}
		if ok {
			m := match{start: i, end: i + len(p.words), entries: p.entries}
			if m.entries = exactOnly(toks, m); len(m.entries) > 0 {
				out = append(out, m)
			}
		}
	}
	// Longest first; phrases are few per first word, so insertion sort is fine.
	for a := 1; a < len(out); a++ {
		for b := a; b > 0 && out[b].end > out[b-1].end; b-- {
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
