package prose

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a byte span [Start,End) in Text.S.
type Span struct{ Start, End int }

// abbreviations end with a period that does not end a sentence; compared
// case-insensitively with the word before the period.
var abbreviations = []string{
	"tp", "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "col", "lt", "sgt", "capt",
	"gov", "sen", "rep", "no", "vol", "co", "inc", "ltd", "corp", "vs", "etc",
	"ts", "gs", "pgs", "ths", "bs", "ks", "ls", "ns", "nxb", "tr", "tt", "q", "p",
}

// maxQuote is the longest quotation kept whole. A short quotation ("A. B",
// ông nói) stays with the sentence that carries it; a longer one is a run
// of statements and is split like plain text, so that evidence stays short.
const maxQuote = 400

// maxSentence is the longest sentence, in bytes: a longer one is cut at
// its last space before the limit. Real sentences are shorter (the longest
// in fixtures/real has 1,378 bytes), but text without sentence punctuation
// (a page flattened into one line) would be one sentence, and the clause
// and cue rules, which compare the words of a sentence pairwise, and the
// evidence of every fact it states grow with its square.
const maxSentence = 2000

// Sentences splits the paragraph p of s into sentences. A sentence ends
// at . ! ? or … (with any closing quotes or brackets after it) followed by a
// space and a capital, a digit or an opening quote or bracket; not after an
// abbreviation (TP. Mr. U.S.) or a single capital initial (A. B.), and not
// inside a quotation of up to maxQuote bytes. Spans exclude surrounding
// spaces.
func Sentences(s string, p Paragraph) []Span { return AppendSentences(nil, s, p) }

// AppendSentences is Sentences appending to out: the extractor gathers
// the sentences of all paragraphs in one buffer, not a slice each.
func AppendSentences(out []Span, s string, p Paragraph) []Span {
	start, end := max(p.Start, 0), min(p.End, len(s))
	if start >= end {
		return out
	}
	quoteEnd := -1 // offset just after the closing quote of a short quotation
	sent := start
	for i := start; i < end; {
		// Every rune that matters here is ASCII but “ and …, which start
		// with 0xE2; other bytes are skipped without decoding.
		if !sentenceByte[s[i]] {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case i >= quoteEnd && (r == '“' || r == '"'):
			quoteEnd = shortQuoteEnd(s, i, end, quoteEnd)
		case isStop(r):
			j := pastStops(s, i+n, end)
			// A split point inside a quotation waits for the quotation to close.
			if j >= quoteEnd && j < end && s[j] == ' ' && startsSentence(s[j+1:end]) &&
				!(r == '.' && j == i+n && isAbbrev(s[sent:i])) {
				out = addSentence(out, s, start, sent, j)
				sent = j + 1
			} else if r == '.' && j == i+n && j >= quoteEnd && glued(s[sent:i], s[j:end]) {
				out = addSentence(out, s, start, sent, j)
				sent = j
			}
			i = j
			continue
		}
		i += n
	}
	return addSentence(out, s, start, sent, end)
}

// isStop reports a rune that may end a sentence.
func isStop(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '…' }

// pastStops returns where the run of stops and closing quotes or brackets
// from j ends.
func pastStops(s string, j, end int) int {
	for j < end {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !isStop(r) && !isCloser(r) {
			break
		}
		j += n
	}
	return j
}

// shortQuoteEnd returns the offset just after the quotation that opens at
// i when it closes within maxQuote bytes, else quoteEnd unchanged.
func shortQuoteEnd(s string, i, end, quoteEnd int) int {
	opener, closer := "“", "”"
	if s[i] == '"' {
		opener, closer = `"`, `"`
	}
	from := i + len(opener)
	if j := strings.Index(s[from:min(end, from+maxQuote)], closer); j >= 0 {
		return from + j + len(closer)
	}
	return quoteEnd
}

// addSentence appends the sentence s[a:b] to out, without the spaces
// around it and, when it opens the paragraph (at start), without the
// outlet's tag; one longer than maxSentence is cut at its last space
// before the limit.
func addSentence(out []Span, s string, start, a, b int) []Span {
	for a < b && s[a] == ' ' {
		a++
	}
	if a == start {
		a += outletTag(s[a:b])
	}
	for b > a && s[b-1] == ' ' {
		b--
	}
	for b-a > maxSentence {
		cut := strings.LastIndexByte(s[a:a+maxSentence], ' ')
		if cut <= 0 { // no space: cut at a rune boundary
			for cut = maxSentence; !utf8.RuneStart(s[a+cut]); cut-- {
			}
		}
		out = append(out, Span{a, a + cut})
		for a += cut; a < b && s[a] == ' '; a++ {
		}
	}
	if a < b {
		out = append(out, Span{a, b})
	}
	return out
}

// outletTag returns the length of the outlet's tag that opens a
// paragraph's first sentence, with the dash and spaces after it, or 0:
// "(VOV5) - Nhận lời mời ...", "(PLO)- Chiều 25/10, ...", "VOV.VN - Sáng
// nay, ...". The sentence is the text after it: rules that read how a
// sentence opens ("Nhận lời mời của ...", "Theo chương trình, ...") see
// its first word. A tag is a parenthesised name or a web address; a bare
// word before a dash may be one side of a pair ("EU - Mercosur ...").
func outletTag(s string) int {
	var i int
	switch {
	case strings.HasPrefix(s, "("):
		j := strings.IndexByte(s, ')')
		if j < 2 || j > 25 || strings.ContainsAny(s[1:j], "(,;:") {
			return 0
		}
		i = j + 1
	default:
		j := strings.IndexAny(s, " -–")
		if j < 4 || !strings.Contains(s[:j], ".") || strings.HasSuffix(s[:j], ".") {
			return 0
		}
		i = j
	}
	for i < len(s) && s[i] == ' ' {
		i++
	}
	switch {
	case strings.HasPrefix(s[i:], "-"):
		i++
	case strings.HasPrefix(s[i:], "–"), strings.HasPrefix(s[i:], "—"):
		i += len("–")
	default:
		return 0
	}
	for i < len(s) && s[i] == ' ' {
		i++
	}
	if i == len(s) || !startsSentence(s[i:]) {
		return 0
	}
	return i
}

// glued reports a period between two sentences a page lost the space
// after ("... vào ngày mai 1/11.Trong số các đại biểu"): a lower-case
// letter, a digit or a closing bracket or quote before it, a capitalised
// word of at least two letters or an acronym after it. "TP.HCM", "U.S.", "v.v.", "1.000"
// and web addresses are no such thing.
func glued(before, after string) bool {
	last, _ := utf8.DecodeLastRuneInString(before)
	if !(unicode.IsLower(last) || unicode.IsDigit(last) || last == ')' || last == '”') {
		return false
	}
	r1, n1 := utf8.DecodeRuneInString(after)
	r2, _ := utf8.DecodeRuneInString(after[n1:])
	return unicode.IsUpper(r1) && (unicode.IsLower(r2) || acronymWord(after))
}

// acronymWord reports an acronym of two to six capitals as the first word
// of s, then a space: "... vào ngày 15/11.RCEP là một Hiệp định".
func acronymWord(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case r == ' ':
			return n >= 2
		case r >= 'A' && r <= 'Z' && n < 6:
			n++
		default:
			return false
		}
	}
	return false
}

// MiddleInitials reports two or three capital letters, the initials of
// a name's middle words: "LB" in "Meynardo LB. Montealegre".
func MiddleInitials(w string) bool {
	if len(w) < 2 || len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// latinName reports a capitalised word of plain Latin letters, four or
// more, as a foreign given name is written ("Meynardo"); a Vietnamese
// word ("Âu", "Phi") or an acronym is none.
func latinName(w string) bool {
	if len(w) < 4 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	s = strings.TrimRight(s, " ")
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// sentenceByte marks the bytes that may start a rune Sentences acts on.
var sentenceByte = [256]bool{'.': true, '!': true, '?': true, '"': true, 0xE2: true}

func startsSentence(s string) bool {
	s = strings.TrimLeft(s, " ")
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || isOpener(r)
}

// isAbbrev says whether the text before a period ends with an abbreviation,
// an initial or a dotted acronym (U.S).
func isAbbrev(before string) bool {
	k := strings.LastIndexAny(before, " (“\"'‘")
	w := before[k+1:]
	if w == "" {
		return false
	}
	if r, n := utf8.DecodeRuneInString(w); n == len(w) && unicode.IsUpper(r) {
		return true // an initial: "A. B. Smith"
	}
	if MiddleInitials(w) && k > 0 && latinName(lastWord(before[:k])) {
		return true // two initials after a Latin given name: "Meynardo LB. Montealegre"
	}
	if w == "Ma" {
		return true // "Ma." for Maria opens a Filipino name: "Bộ trưởng Ngoại giao Philippines Ma. Theresa P. Lazaro"
	}
	if strings.Contains(w, ".") {
		// A dotted acronym has short parts ("U.S", "v.v", "Th.S"); "TP.HCM"
		// and "1.000" do not, and may end a sentence.
		for part := range strings.SplitSeq(w, ".") {
			if len(part) > 2 || strings.ContainsAny(part, "0123456789") {
				return false
			}
		}
		return true
	}
	return isAbbreviation(w)
}

// isAbbreviation reports whether w is one of abbreviations, compared as
// strings.EqualFold compares.
func isAbbreviation(w string) bool {
	// The abbreviations are up to four lower-case ASCII letters, which
	// strings.EqualFold matches with their capitals and, for k and s,
	// with the Kelvin sign and the long s: w is one when the lower case
	// it spells so is, and no other word is. Sentences end mostly in
	// words with diacritics, which are turned away at their first.
	var low [4]byte
	n := 0
	for _, r := range w {
		switch {
		case n == len(low):
			return false
		case 'A' <= r && r <= 'Z':
			r += 'a' - 'A'
		case r == '\u212A': // Kelvin sign
			r = 'k'
		case r == '\u017F': // long s
			r = 's'
		case r >= utf8.RuneSelf:
			return false
		}
		low[n] = byte(r)
		n++
	}
	for _, a := range abbreviations {
		if string(low[:n]) == a {
			return true
		}
	}
	return false
}
