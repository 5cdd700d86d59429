package prose

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Text is normalised article text plus a map back to byte offsets in the raw input.
type Text struct {
	S string
	// offs[i] is the raw offset where the source of S[i] starts, and
	// offs[len(S)] is the raw end of the last byte of S. One entry per byte
	// (rather than per rune) keeps Raw a pair of lookups.
	offs []int32
}

// Raw returns the byte span in the raw input for the byte span [start,end)
// of S. The span is exact for spans that start and end on rune boundaries:
// a collapsed space maps to the whole run of raw whitespace it replaced, a
// space inserted between glued words maps to an empty raw span, and an
// invisible character that was dropped (soft hyphen, zero-width joiner)
// belongs to the span on its left.
func (t Text) Raw(start, end int) (int, int) {
	if len(t.offs) == 0 {
		return 0, 0
	}
	start = min(max(start, 0), len(t.S))
	end = min(max(end, start), len(t.S))
	return int(t.offs[start]), int(t.offs[end])
}

// ParaKind says what a paragraph is, so that the extractor can skip what
// is not article body.
type ParaKind int

// The paragraph kinds.
const (
	ParaBody        ParaKind = iota
	ParaCaption              // a photo caption
	ParaCredit               // a photo or agency credit: "Nguồn hình ảnh, Reuters", "Ảnh: Xinhua", "(AP)"
	ParaHeading              // a short title-like line
	ParaBoilerplate          // page furniture: menus, share buttons, caption markers
)

// String returns the kind's name, for tests and debugging.
func (k ParaKind) String() string {
	switch k {
	case ParaBody:
		return "body"
	case ParaCaption:
		return "caption"
	case ParaCredit:
		return "credit"
	case ParaHeading:
		return "heading"
	case ParaBoilerplate:
		return "boilerplate"
	}
	return "unknown"
}

// Paragraph is one "\n"-separated paragraph of Text.S.
type Paragraph struct {
	Start, End int // byte span in Text.S
	Kind       ParaKind
	DupOf      int // index of an earlier paragraph with the same folded text, or -1
}

// captionMarker is how BBC Vietnamese pages label a photo caption; the
// caption is the text that follows it.
const captionMarker = "Chụp lại hình ảnh,"

// boilerplateLines are whole lines of page furniture, compared
// case-insensitively.
var boilerplateLines = []string{
	"chụp lại hình ảnh,", "chụp lại hình ảnh",
	"chia sẻ", "chia sẻ zalo", "chia sẻ facebook", "zalo", "facebook", "twitter", "email", "copy link",
	"đường dẫn truy cập", "tin vắn thế giới", "bỏ qua quảng cáo", "quảng cáo", "kết thúc quảng cáo",
	"xem thêm", "đọc thêm", "tin liên quan", "bài liên quan", "tin cùng chuyên mục", "theo dõi",
	"bình luận", "in bài", "lưu bài", "trang chủ", "chuyển đến nội dung chính", "nghe bài viết",
}

// tagLabels open a line of a page's keywords, a list of topics and not
// sentences ("Từ khóa: Thổ Nhĩ Kỳ, thượng đỉnh Nga Ukraine, cuộc gặp Putin
// Zelensky"): with a colon after them, the whole line is furniture.
var tagLabels = []string{"Từ khóa", "Từ khoá", "Tags", "Tag", "Thẻ", "Chủ đề"}

// sizeWords are the font-size switchers (XS SM MD LG) some sites print.
var sizeWords = []string{"xs", "sm", "md", "lg", "xl", "xxl"}

// creditPrefixes start a photo credit line.
var creditPrefixes = []string{"Nguồn hình ảnh", "Nguồn ảnh", "Ảnh:", "Ảnh :", "Photo:"}

// captionTails end a caption: a credit or an archive note after the caption
// text.
var captionTails = []string{"(ảnh tư liệu)", "(ảnh minh họa)", "(ảnh minh hoạ)", "(ảnh: tư liệu)"}

// gluedWords are common Vietnamese function words that scraped text glues
// to the previous word ("Putinvà"). Each starts with a consonant and carries
// a diacritic, so an ASCII word with a vowel followed by one of them cannot
// be a single Vietnamese syllable (a syllable has one vowel nucleus); such
// a token is split in two.
var gluedWords = []string{
	"được", "những", "nhưng", "trước", "giữa", "cùng", "rằng", "dưới", "trên",
	"với", "của", "tại", "để", "đã", "sẽ", "từ", "là", "và", "đến", "về", "các", "này",
	"cũng", "đang", "vừa", "bởi", "hoặc", "thì",
}

// Normalize returns the NFC, whitespace-normalised text of raw, one
// paragraph a line, with a map from every byte back to raw.
//
// Hard-wrapped documents (lines broken at a fixed width, often with blank
// lines between the pieces) are re-joined into paragraphs; see
// hardWrapped and joinWrapped for the rules. In other documents each
// non-empty line is a paragraph.
func Normalize(raw []byte) Text {
	return NormalizeWith(raw, &Buffers{})
}

// Buffers is the memory Normalize works in. The extractor lends the
// same one to every article it reads; the Text's offsets then live in it.
type Buffers struct {
	clean cleaned
	lines []textLine
	out   []byte
	offs  []int32
}

// Size is how many bytes of text the buffers have room for: a pool keeps
// those of news-sized articles only.
func (nb *Buffers) Size() int { return cap(nb.out) }

// NormalizeWith is Normalize working in nb, whose memory the Text then
// shares: the extractor lends one to every article it reads.
func NormalizeWith(raw []byte, nb *Buffers) Text {
	start := 0
	if bytes.HasPrefix(raw, BOM) {
		start = len(BOM)
	}
	if _, end, ok := LeadingDate(raw[start:]); ok {
		start += end
	}
	c := cleanRaw(raw, start, &nb.clean)
	lines := splitLines(c.b, nb.lines[:0])
	nb.lines = lines
	groups := groupLines(c.b, lines)
	return emitText(c, lines, groups, nb)
}

// BOM is the UTF-8 byte-order mark some files start with.
var BOM = []byte{0xEF, 0xBB, 0xBF}

// cleaned is raw after NFC and character mapping: spaces are ' ', line
// breaks '\n', invisible characters gone. p[i] is the raw offset of b[i];
// p[len(b)] is the end of raw.
type cleaned struct {
	b []byte
	p []int32
}

type charAction uint8

const (
	actKeep charAction = iota
	actSpace
	actNewline
	actDrop
)

// Blank reports a rune Normalize turns into white space or drops: a
// file of nothing else has no text.
func Blank(r rune) bool { return unicode.IsSpace(r) || actionOf(r) != actKeep }

func actionOf(r rune) charAction {
	switch {
	case r == '\n' || r == '\r' || r == '\v' || r == '\f' || r == 0x85 || r == 0x2028 || r == 0x2029:
		return actNewline
	case r == ' ' || r == '\t' || r == 0xA0 || r == 0x1680 || (r >= 0x2000 && r <= 0x200B) ||
		r == 0x202F || r == 0x205F || r == 0x3000 || r == 0x180E:
		return actSpace
	case r == 0xAD || r == 0x200C || r == 0x200D || r == 0x2060 || r == 0xFEFF:
		return actDrop
	case r < 0x20 || (r >= 0x7F && r < 0xA0):
		return actDrop
	}
	return actKeep
}

// cleanRaw cleans raw[start:] into c's buffers and returns c.
func cleanRaw(raw []byte, start int, c *cleaned) *cleaned {
	c.b = slices.Grow(c.b[:0], len(raw)-start+8)
	c.p = slices.Grow(c.p[:0], len(raw)-start+9)
	skipLF := false // the previous rune was '\r': a following '\n' is part of that line break
	put := func(r rune, enc []byte, pos int) {
		if skipLF && r == '\n' {
			skipLF = false
			return
		}
		skipLF = r == '\r'
		switch facts(r).act {
		case actKeep:
			if r == utf8.RuneError && len(enc) == 1 {
				enc = []byte("\uFFFD")
			}
			switch r {
			case 'Ð': // U+00D0, the Icelandic Eth some pages type for Vietnamese "Đ"
				enc = []byte("Đ")
			case 'ð':
				enc = []byte("đ")
			}
			for range enc {
				c.p = append(c.p, int32(pos))
			}
			c.b = append(c.b, enc...)
		case actSpace:
			c.b = append(c.b, ' ')
			c.p = append(c.p, int32(pos))
		case actNewline:
			c.b = append(c.b, '\n')
			c.p = append(c.p, int32(pos))
		}
	}
	if plainNFC(raw[start:]) || norm.NFC.QuickSpan(raw[start:]) == len(raw)-start {
		// Already NFC (the common case): every rune maps to itself, and
		// most are kept as they are, byte for byte.
		for i := start; i < len(raw); {
			if j := keptRun(raw, i); j > i {
				c.b = append(c.b, raw[i:j]...)
				n := len(c.p)
				c.p = slices.Grow(c.p, j-i)[:n+j-i]
				for k, p := n, i; p < j; k, p = k+1, p+1 {
					c.p[k] = int32(p)
				}
				skipLF = false
				i = j
				continue
			}
			r, n := utf8.DecodeRune(raw[i:])
			put(r, raw[i:i+n], i)
			i += n
		}
	} else {
		// Compose segment by segment; a segment that changed maps as a whole
		// to its raw span, since its parts have no raw counterpart of their own.
		var it norm.Iter
		it.Init(norm.NFC, raw[start:])
		for !it.Done() {
			p0 := start + it.Pos()
			seg := it.Next()
			p1 := start + it.Pos()
			same := bytes.Equal(seg, raw[p0:p1])
			for j := 0; j < len(seg); {
				r, n := utf8.DecodeRune(seg[j:])
				pos := p0
				if same {
					pos = p0 + j
				}
				put(r, seg[j:j+n], pos)
				j += n
			}
		}
	}
	c.p = append(c.p, int32(len(raw)))
	return c
}

// keptRun returns the end of the run of runes from raw[i] on that cleanRaw
// keeps as they are: printable ASCII and valid runes actionOf keeps.
func keptRun(raw []byte, i int) int {
	for i < len(raw) {
		if b := raw[i]; b >= 0x20 && b < 0x7F {
			i++
			continue
		} else if b < utf8.RuneSelf {
			break
		}
		r, n := DecodeRuneBytes(raw[i:])
		if r == utf8.RuneError && n == 1 || facts(r).act != actKeep || r == 'Ð' || r == 'ð' {
			break
		}
		i += n
	}
	return i
}

// plainNFC is a fast, partial NFC check: text made only of ASCII,
// U+00A0..U+02FF (precomposed Latin, as Vietnamese is), U+1E00..U+1EFF
// (Latin Extended Additional) and U+2002..U+206F (punctuation) is NFC, as
// none of these decompose or combine. Other text goes to the full check.
func plainNFC(b []byte) bool {
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case c < 0x80:
			i++
		case c >= 0xC2 && c <= 0xCB:
			i += 2
		case c == 0xE1 && i+1 < len(b) && b[i+1] >= 0xB8 && b[i+1] <= 0xBB:
			i += 3
		case c == 0xE2 && i+1 < len(b) && (b[i+1] == 0x80 && i+2 < len(b) && b[i+2] >= 0x82 || b[i+1] == 0x81):
			i += 3
		default:
			return false
		}
	}
	return true
}

// textLine is the trimmed content [a,b) of one non-empty line of cleaned text.
type textLine struct {
	a, b int
	gap  int  // blank lines before it
	cut  bool // split from the previous line at a caption marker, so no line break lies between
}

// splitLines appends the non-empty lines of b to out.
func splitLines(b []byte, out []textLine) []textLine {
	blank := 0
	for i := 0; i < len(b); {
		j := bytes.IndexByte(b[i:], '\n')
		if j < 0 {
			j = len(b)
		} else {
			j += i
		}
		a, e := i, j
		for a < e && b[a] == ' ' {
			a++
		}
		for e > a && b[e-1] == ' ' {
			e--
		}
		i = j + 1
		if a == e {
			blank++
			continue
		}
		// A caption marker followed by the caption on the same line becomes
		// two lines, so that the caption can be told from the marker.
		if m := len(captionMarker); e-a > m && bytes.EqualFold(b[a:a+m], []byte(captionMarker)) {
			k := a + m
			for k < e && b[k] == ' ' {
				k++
			}
			out = append(out, textLine{a: a, b: a + m, gap: blank}, textLine{a: k, b: e, cut: true})
		} else {
			out = append(out, textLine{a: a, b: e, gap: blank})
		}
		blank = 0
	}
	return out
}

// groupLines decides which lines form a paragraph. It returns, for each
// paragraph, the index of its first line; a paragraph runs to the next
// paragraph's first line.
func groupLines(b []byte, lines []textLine) []int {
	groups := make([]int, 0, len(lines))
	wrap, usualGap, medianLen := false, 0, 0
	var str string
	if mayBeWrapped(b, lines) {
		str = string(b) // one copy, sliced per line below
		wrap, usualGap, medianLen = hardWrapped(str, lines)
	}
	if !wrap {
		// Each line is a paragraph.
		for i := range lines {
			groups = append(groups, i)
		}
		return groups
	}
	captionOpen := false // the current paragraph is the caption after a marker
	words := 0           // words in the current paragraph
	for i, ln := range lines {
		text := str[ln.a:ln.b]
		if i == 0 {
			groups = append(groups, 0)
			words = WordCount(text)
			continue
		}
		prev := str[lines[i-1].a:lines[i-1].b]
		if !joinWrapped(prev, text, ln.gap, usualGap, medianLen, captionOpen, words) {
			groups = append(groups, i)
			captionOpen = isCaptionMarker(prev)
			words = 0
		}
		words += WordCount(text)
	}
	return groups
}

// mayBeWrapped is hardWrapped's first test, on the bytes: enough line
// breaks must be followed by a lowercase letter. Most documents fail it,
// and need no copy of their text.
func mayBeWrapped(b []byte, lines []textLine) bool {
	if len(lines) < 3 {
		return false
	}
	lower, breaks := 0, 0
	for i := 1; i < len(lines); i++ {
		if lines[i].cut {
			continue
		}
		breaks++
		if r, _ := utf8.DecodeRune(b[lines[i].a:lines[i].b]); unicode.IsLower(r) {
			lower++
		}
	}
	return lower >= 2 && lower*5 >= breaks
}

// hardWrapped decides whether a document's lines were broken at a fixed
// width. The sign is long lines (30 runes or more) that end without
// terminal punctuation and are followed by a line that starts with a
// lowercase letter: a paragraph never starts lowercase in Vietnamese news,
// so these are continuations. It needs at least two such breaks making up
// a fifth of all line breaks.
// It also returns the usual number of blank lines at such a break (a wider
// gap is a paragraph break) and the median line length in runes.
func hardWrapped(b string, lines []textLine) (wrap bool, usualGap, medianLen int) {
	if len(lines) < 3 {
		return false, 0, 0
	}
	var gaps [4]int // gaps of 0, 1, 2 and more blank lines at continuations
	cont, breaks := 0, 0
	for i := 1; i < len(lines); i++ {
		if lines[i].cut {
			continue
		}
		breaks++
		prev, next := b[lines[i-1].a:lines[i-1].b], b[lines[i].a:lines[i].b]
		if !endsTerminal(prev) && startsLower(next) && utf8.RuneCountInString(prev) >= 30 {
			cont++
			gaps[min(lines[i].gap, 3)]++
		}
	}
	if cont < 2 || cont*5 < breaks {
		return false, 0, 0
	}
	for g := range gaps {
		if gaps[g] > gaps[usualGap] {
			usualGap = g
		}
	}
	lens := make([]int, len(lines))
	for i, ln := range lines {
		lens[i] = utf8.RuneCountInString(b[ln.a:ln.b])
	}
	slices.Sort(lens)
	return true, usualGap, lens[len(lens)/2]
}

// joinWrapped says whether, in a hard-wrapped document, line next
// continues the paragraph that ends with line prev. It does unless
//   - either line is page furniture (a credit, a caption marker, a menu);
//   - prev ends with terminal punctuation (. ! ? : …, possibly followed by
//     closing quotes or brackets);
//   - more blank lines than usual lie between them;
//   - prev is short (under 60% of the median line) and next starts with a
//     capital, a digit or an opening quote: the last line of a paragraph;
//   - the paragraph is a photo caption (it follows a caption marker) that
//     already has 8 words and next starts with a capital. Captions end
//     without punctuation, and 8 words is more than most names that a wrap
//     could split; this is what ends the captions of BBC pages.
func joinWrapped(prev, next string, gap, usualGap, medianLen int, caption bool, words int) bool {
	switch {
	case isFurniture(prev) || isFurniture(next):
		return false
	case endsTerminal(prev):
		return false
	case gap > usualGap:
		return false
	case startsUpper(next) && utf8.RuneCountInString(prev)*10 < medianLen*6:
		return false
	case caption && words >= 8 && startsUpper(next):
		return false
	}
	return true
}

// emitText builds the final Text from the grouped lines: whitespace runs become
// one space, paragraphs are separated by '\n', glued words are split.
func emitText(cl *cleaned, lines []textLine, groups []int, nb *Buffers) Text {
	c := *cl // the slices in locals: the loops below run over every byte
	out := slices.Grow(nb.out[:0], len(c.b))
	offs := slices.Grow(nb.offs[:0], len(c.b)+1)
	end := 0 // end of the last emitted content in c.b
	for g, first := range groups {
		last := len(lines)
		if g+1 < len(groups) {
			last = groups[g+1]
		}
		a, b := lines[first].a, lines[last-1].b
		if g > 0 {
			out = append(out, '\n')
			offs = append(offs, c.p[end])
		}
		// Bytes are copied in runs from run on; a run ends where the text
		// changes: a line break or several spaces become one space, a
		// glued word gets one.
		run := a
		for i := a; i < b; {
			if ch := c.b[i]; ch == ' ' || ch == '\n' {
				j := i + 1
				for j < b && (c.b[j] == ' ' || c.b[j] == '\n') {
					j++
				}
				if ch == '\n' || j > i+1 {
					out, offs = append(out, c.b[run:i]...), append(offs, c.p[run:i]...)
					out, offs = append(out, ' '), append(offs, c.p[i])
					run = j
				}
				i = j
				continue
			}
			j := i
			for j < b && c.b[j] != ' ' && c.b[j] != '\n' {
				j++
			}
			if k := glueSplit(c.b[i:j]); k > 0 {
				out, offs = append(out, c.b[run:i+k]...), append(offs, c.p[run:i+k]...)
				out, offs = append(out, ' '), append(offs, c.p[i+k])
				run = i + k
			}
			i = j
		}
		out, offs = append(out, c.b[run:b]...), append(offs, c.p[run:b]...)
		end = b
	}
	if len(groups) > 0 {
		offs = append(offs, c.p[end])
	} else {
		offs = append(offs, c.p[0])
	}
	nb.out, nb.offs = out, offs // grown, for the next text
	return Text{S: string(out), offs: offs}
}

// glueSplit returns where a token like "Putinvà," should be split (after
// "Putin"), or 0. The part before must be ASCII letters or digits starting
// with a capital and holding a vowel or digit; the part after one of
// gluedWords, possibly followed by punctuation.
func glueSplit(tok []byte) int {
	if len(tok) < 4 || tok[0] < 'A' || tok[0] > 'Z' {
		return 0 // most words, at the cost of no call
	}
	return glueSplitCapital(tok)
}

func glueSplitCapital(tok []byte) int {
	if !hasNonASCII(tok) {
		return 0 // every glued word has a diacritic: most names are spared the rest
	}
	e := len(tok)
	for e > 0 {
		r, n := utf8.DecodeLastRune(tok[:e])
		if unicode.IsLetter(r) || unicode.IsMark(r) {
			break
		}
		e -= n
	}
	core := tok[:e]
	if !hasNonASCII(core) {
		return 0 // every glued word has a diacritic
	}
	if !gluedLast[core[len(core)-1]] {
		return 0 // no glued word ends so: most words are spared comparing each
	}
	for _, w := range gluedWords {
		k := len(core) - len(w)
		if k < 2 || string(core[k:]) != w {
			continue
		}
		vowel := false
		for _, ch := range core[:k] {
			switch {
			case strings.IndexByte("aeiouyAEIOUY0123456789", ch) >= 0:
				vowel = true
			case ch >= 'a' && ch <= 'z', ch >= 'A' && ch <= 'Z':
			default:
				return 0
			}
		}
		if vowel {
			return k
		}
		return 0
	}
	return 0
}

// gluedLast holds the last bytes of gluedWords.
var gluedLast = func() (last [256]bool) {
	for _, w := range gluedWords {
		last[w[len(w)-1]] = true
	}
	return last
}()

func hasNonASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// Paragraphs splits t into its "\n"-separated paragraphs and classifies
// them:
//   - boilerplate: a line from boilerplateLines, or only font-size words;
//   - credit: a line starting with a creditPrefixes entry ("Ảnh:" only when
//     short), or a short parenthesised source such as "(AP)";
//   - caption: the paragraph after a caption marker; a paragraph ending with
//     a short "Ảnh: X" credit or a captionTails note; a long "Ảnh: ..." line;
//     and a paragraph that repeats an earlier body or heading verbatim (news
//     pages repeat captions in the body, and the title as a caption);
//   - heading: up to 20 words (30 for the first paragraph) without terminal
//     punctuation, or up to 12 words ending with '?';
//   - body: the rest.
//
// DupOf links a paragraph to the first one with the same lowercased text.
func Paragraphs(t Text) []Paragraph {
	if t.S == "" {
		return nil
	}
	// At most one paragraph per line: the slices are made once.
	n := strings.Count(t.S, "\n") + 1
	out := make([]Paragraph, 0, n)
	// A duplicate has the same folded hash and, as folding keeps the
	// length in bytes of every letter news write (not of the Kelvin sign or
	// the long s, whose duplicates go unnoticed: read twice, no harm), as
	// many bytes: hashes, a pass over the text each, are only computed for
	// paragraphs whose length repeats. Counting runes instead cost 3 % of
	// extraction.
	// The earlier paragraphs of a length that are no duplicates form a
	// list, first to last, through the paragraphs' dup.next: a slice of its
	// own for each length cost an allocation a paragraph.
	byLen := make(map[int][2]int, n) // length in bytes -> first and last paragraph of the list
	dups := make([]dupInfo, n)
	hash := func(i int, text string) uint64 {
		d := &dups[i]
		if !d.hashed {
			d.hash, d.hashed = foldHash(text), true
		}
		return d.hash
	}
	afterMarker := false
	for start := 0; start < len(t.S); {
		end := strings.IndexByte(t.S[start:], '\n')
		if end < 0 {
			end = len(t.S)
		} else {
			end += start
		}
		text := t.S[start:end]
		p := Paragraph{Start: start, End: end, Kind: classifyPara(text, len(out) == 0, afterMarker), DupOf: -1}
		size := len(text)
		list, seen := byLen[size]
		for j := list[0]; seen && j >= 0; j = dups[j].next {
			q := t.S[out[j].Start:out[j].End]
			if hash(j, q) == hash(len(out), text) && strings.EqualFold(q, text) {
				p.DupOf = j
				if p.Kind == ParaBody || p.Kind == ParaHeading {
					p.Kind = ParaCaption
				}
				break
			}
		}
		if p.DupOf < 0 {
			dups[len(out)].next = -1
			if seen {
				dups[list[1]].next = len(out)
				byLen[size] = [2]int{list[0], len(out)}
			} else {
				byLen[size] = [2]int{len(out), len(out)}
			}
		}
		afterMarker = isCaptionMarker(text)
		out = append(out, p)
		start = end + 1
	}
	return out
}

// dupInfo is what Paragraphs knows of a paragraph while it looks for
// duplicates.
type dupInfo struct {
	next   int    // the next paragraph of the same length that is no duplicate, or -1
	hash   uint64 // foldHash of its text, once hashed
	hashed bool
}

// foldHash is an FNV-1a hash of s lowercased, without building the
// lowercased string.
func foldHash(s string) uint64 {
	h := uint64(14695981039346656037)
	for _, r := range s {
		if r < utf8.RuneSelf {
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
		} else {
			r = ToLower(r)
		}
		h = (h ^ uint64(r)) * 1099511628211
	}
	return h
}

func classifyPara(text string, first, afterMarker bool) ParaKind {
	switch {
	case isBoilerplate(text), isLinkedHeadline(text):
		return ParaBoilerplate
	case isCredit(text):
		return ParaCredit
	case afterMarker, isCaption(text):
		return ParaCaption
	}
	n := 31 // more than any heading has
	if len(text) < 400 {
		n = WordCount(text)
	}
	if strings.HasSuffix(text, "?") {
		if n <= 12 {
			return ParaHeading
		}
		return ParaBody
	}
	if !endsTerminal(text) && (n <= 20 || first && n <= 30) {
		return ParaHeading
	}
	return ParaBody
}

// isLinkedHeadline says whether a line is an item of a list of links to
// other articles, a dash, the headline, its day in brackets: "- Chủ tịch
// UBND TPHCM Lê Hoàng Quân tiếp Tỉnh trưởng tỉnh Hải Nam (Trung Quốc)
// (11-07-2009)" under "Các tin liên quan:". Its events are other pages';
// read as the article's, its day would date the article's own.
func isLinkedHeadline(s string) bool {
	n := len(s)
	if n < 16 || s[n-1] != ')' || !(strings.HasPrefix(s, "- ") || strings.HasPrefix(s, "• ")) {
		return false
	}
	open := strings.LastIndexByte(s, '(')
	if open < 0 || n-open < 9 || n-open > 13 {
		return false
	}
	parts, digits := 1, 0
	for i := open + 1; i < n-1; i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '-' || c == '/' || c == '.':
			parts++
		default:
			return false
		}
	}
	return parts == 3 && digits >= 6
}

// isFurniture says whether a line is never part of a wrapped paragraph.
func isFurniture(s string) bool { return isBoilerplate(s) || isCredit(s) }

func isCaptionMarker(s string) bool {
	return strings.EqualFold(s, captionMarker) || strings.EqualFold(s, strings.TrimSuffix(captionMarker, ","))
}

func isBoilerplate(s string) bool {
	// A tag line has its colon within its first 24 bytes ("Từ khoá :"):
	// most lines have none there, and are spared comparing each label.
	if strings.Contains(s[:min(len(s), 24)], ":") {
		for _, p := range tagLabels {
			if hasPrefixFold(s, p) && strings.HasPrefix(strings.TrimLeft(s[len(p):], " "), ":") {
				return true
			}
		}
	}
	if len(s) > 48 {
		return false
	}
	if len(s) > 0 && boilerplateStarts[s[0]] {
		for _, b := range boilerplateLines {
			if strings.EqualFold(s, b) {
				return true
			}
		}
	}
	for w := range strings.FieldsSeq(s) {
		if !slices.ContainsFunc(sizeWords, func(x string) bool { return strings.EqualFold(w, x) }) {
			return false
		}
	}
	return true
}

func isCredit(s string) bool {
	for _, p := range creditPrefixes {
		if len(s) > 0 && creditStarts[s[0]] && hasPrefixFold(s, p) {
			if strings.HasPrefix(p, "Nguồn") {
				return WordCount(s) <= 12
			}
			return WordCount(s) <= 7
		}
	}
	// "(AP)", "(Reuters)", "(Theo TASS)"
	return len(s) <= 32 && strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") && WordCount(s) <= 3
}

// boilerplateStarts and creditStarts hold the bytes a line can start
// with to be one of boilerplateLines or start with one of
// creditPrefixes: most lines are spared comparing each.
var boilerplateStarts, creditStarts = foldStarts(boilerplateLines), foldStarts(creditPrefixes)

// foldStarts returns the first bytes of the strings that start as one of
// words does, case folded as strings.EqualFold folds: those of the runes
// in the orbit of each word's first rune under unicode.SimpleFold (the
// Kelvin sign is a K).
func foldStarts(words []string) *[256]bool {
	var starts [256]bool
	var enc [utf8.UTFMax]byte
	for _, w := range words {
		r0, _ := utf8.DecodeRuneInString(w)
		for r := r0; ; {
			utf8.EncodeRune(enc[:], r)
			starts[enc[0]] = true
			if r = unicode.SimpleFold(r); r == r0 {
				break
			}
		}
	}
	return &starts
}

func isCaption(s string) bool {
	t := strings.TrimRight(s, ". ")
	for _, tail := range captionTails {
		// Every tail ends with ')', which folds to nothing else: most
		// paragraphs are spared comparing each.
		if strings.HasSuffix(t, ")") && hasSuffixFold(t, tail) {
			return true
		}
	}
	// "... Ảnh: Xinhua." / "... (Ảnh: Reuters)": a short credit at the end;
	// so is an archive or stock photo's ("... ngày 28/6/2019. Ảnh tư liệu:
	// AFP/TTXVN", "Ảnh minh họa: KT/ VOV").
	if i := lastPhotoCredit(s, max(0, len(s)-80)); i > 0 {
		return WordCount(s[i:]) <= 7
	}
	return hasPrefixFold(s, "Ảnh:")
}

// lastPhotoCredit returns where the last photo credit of s at or after
// from starts ("Ảnh:", "ảnh:", "Ảnh tư liệu:", "Ảnh minh họa:"), or -1:
// one backward pass over the bytes of "Ả" and "ả" (E1 BA A2, E1 BA A3),
// for every paragraph is asked.
func lastPhotoCredit(s string, from int) int {
	for i := len(s) - 3; i >= from; i-- {
		if s[i] != 0xE1 || s[i+1] != 0xBA || s[i+2] != 0xA2 && s[i+2] != 0xA3 || !strings.HasPrefix(s[i+3:], "nh") {
			continue
		}
		rest := s[i+5:]
		if strings.HasPrefix(rest, ":") || s[i+2] == 0xA2 && (strings.HasPrefix(rest, " tư liệu:") || strings.HasPrefix(rest, " minh họa:")) {
			return i
		}
	}
	return -1
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// WordCount counts the words of s: runs of bytes between spaces and line breaks.
func WordCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\n'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// isCloser reports closing quotes and brackets, which may follow the
// punctuation that ends a sentence.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '»', '”', '’':
		return true
	}
	return false
}

// isOpener reports opening quotes and brackets, which may start a sentence.
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '«', '“', '‘':
		return true
	}
	return false
}

// endsTerminal says whether s ends with terminal punctuation, possibly
// followed by closing quotes or brackets.
func endsTerminal(s string) bool {
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		switch {
		case r == '.' || r == '!' || r == '?' || r == ':' || r == '…':
			return true
		case isCloser(r) || r == ' ':
			s = s[:len(s)-n]
		default:
			return false
		}
	}
	return false
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// startsUpper says whether s starts like a new paragraph: a capital, a
// digit or an opening quote.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || isOpener(r)
}
