// Package calendar reads the dates of news text: the date grammar of
// Vietnamese (Find: "ngày 15 - 16/9", "hôm thứ Năm", "tháng 7 năm nay",
// "trung tuần tháng 3"), dates at the precision the text gives (Date: a
// year, a month, a day), and the year of year-less and relative dates,
// from an article's publication date or, without one, from what its text
// fixes (Resolver).
package calendar

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"kg/ingest/gazetteer"
	"kg/ingest/prose"
)

// Now is the clock; tests fix it. It bounds the years a weekday may fix.
var Now = time.Now

// Date is a calendar date at the precision the text supports; 0 marks an
// unknown part.
type Date struct{ Year, Month, Day int }

// IsZero says whether nothing of the date is known.
func (d Date) IsZero() bool { return d == Date{} }

// ISO returns the date in ISO 8601 at its precision: "2022-09-15",
// "2022-09", "2022", or without a year "--09-15" and "--09"; "" when zero.
func (d Date) ISO() string {
	switch {
	case d.Year > 0 && d.Month > 0 && d.Day > 0:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	case d.Year > 0 && d.Month > 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case d.Year > 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Month > 0 && d.Day > 0:
		return fmt.Sprintf("--%02d-%02d", d.Month, d.Day)
	case d.Month > 0:
		return fmt.Sprintf("--%02d", d.Month)
	}
	return ""
}

// ParseDate reads what ISO writes (and the date part of a longer ISO
// time); it returns the zero Date for anything else.
func ParseDate(s string) Date {
	s = strings.TrimSpace(s)
	num := func(t string) int {
		n, err := strconv.Atoi(t)
		if err != nil || len(t) == 0 || t[0] < '0' || t[0] > '9' {
			return -1
		}
		return n
	}
	var d Date
	if rest, ok := strings.CutPrefix(s, "--"); ok {
		parts := strings.Split(rest, "-")
		if len(parts) > 2 || len(parts[0]) != 2 {
			return Date{}
		}
		d.Month = num(parts[0])
		if len(parts) == 2 {
			if len(parts[1]) != 2 {
				return Date{}
			}
			d.Day = num(parts[1])
		}
	} else {
		if len(s) > 10 && s[10] == 'T' {
			s = s[:10]
		}
		parts := strings.Split(s, "-")
		if len(parts) > 3 || len(parts[0]) != 4 {
			return Date{}
		}
		d.Year = num(parts[0])
		if len(parts) > 1 {
			if len(parts[1]) != 2 {
				return Date{}
			}
			d.Month = num(parts[1])
		}
		if len(parts) > 2 {
			if len(parts[2]) != 2 {
				return Date{}
			}
			d.Day = num(parts[2])
		}
		if d.Year < 1 {
			return Date{}
		}
	}
	if d.Month < 0 || d.Month > 12 || d.Day < 0 || d.Day > 0 && d.Month == 0 || d.Day > daysIn(d.Year, d.Month) || (d.Year == 0 && d.Month == 0) {
		return Date{}
	}
	return d
}

// Mention is one date expression found in a text.
type Mention struct {
	Start, End   int  // byte span in the string searched
	Date         Date // what the expression says (before Resolve, without what the context adds)
	EndDate      Date // the end of a range ("15 - 16/9"), else zero
	Weekday      int  // 1..7 Monday..Sunday when a weekday is named, else 0
	Relative     bool // resolved from a relative expression (hôm qua, năm ngoái, ...)
	Approx       bool // a part of a period ("đầu năm 2020", "cuối tuần này"); the date keeps the period's precision
	Future       bool // the expression itself points forward ("sắp tới", "năm tới")
	YearOfAnchor bool // a year-less day or month given the anchor's year (or the one before)

	// A relative expression is kept as a unit and an offset ("năm ngoái":
	// year, -1) and, for weeks, the part of the week, for Resolve.
	unit   dateUnit
	offset int
	part   periodPart
}

type dateUnit uint8

const (
	unitNone dateUnit = iota
	unitDay
	unitWeek
	unitMonth
	unitYear
)

type periodPart uint8

const (
	partWhole periodPart = iota
	partStart
	partMiddle
	partEnd
)

// The vocabulary of dates, as data.
var (
	// monthNames are the spoken month names after "tháng".
	monthNames = map[string]int{
		"giêng": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
		"tám": 8, "chín": 9, "mười": 10, "chạp": 12,
	}
	// weekdayNames follow "thứ" (capitalised, as "thứ ba" is also "third").
	weekdayNames = map[string]int{"hai": 1, "ba": 2, "tư": 3, "năm": 4, "sáu": 5, "bảy": 6}
	// ordinalContext precede "thứ" when it is an ordinal ("lần thứ Hai").
	ordinalContext = []string{"lần", "giới", "kỳ", "khóa", "khoá", "vòng", "phần", "đợt", "hạng", "số", "người", "chiếc", "cuộc", "chuyến", "nhiệm"}
	// timesOfDay may precede a day: "chiều 4/2", "tối thứ Tư", "sáng nay".
	timesOfDay = []string{"sáng", "trưa", "chiều", "tối", "đêm", "khuya"}
	// dayLeads introduce a day: "hôm 20/5", "ngày 15 tháng 9", "mùng 4/2".
	dayLeads = []string{"hôm", "ngày", "mùng", "mồng"}
	// dateTriggers make a bare "4/2" (or a bare year) a date: "vào 4/2",
	// "từ 2019". Without one, "1/3" may be a fraction.
	dateTriggers = []string{"vào", "từ", "đến", "tới", "trước", "sau", "hồi"}
	// yearTriggers make a bare four-digit number a year.
	yearTriggers = []string{"vào", "từ", "đến", "tới", "hồi", "trong"}
	// notAfterYear are words after which a four-digit number is a quantity.
	notAfterYear = []string{"người", "tỷ", "triệu", "nghìn", "ngàn", "trăm", "usd", "đô", "euro", "đồng", "km", "kg", "tấn", "thùng", "chiếc", "binh", "quân", "lính", "con", "ca", "lần", "năm", "tháng", "ngày", "giờ", "phút", "mét", "m", "ha", "điểm", "phiếu", "đơn", "vụ", "%"}
	// quantifiers before "năm/tháng/tuần/ngày" make a duration, not a date:
	// "hai năm trước" is two years ago, "những năm tới" the coming years.
	quantifiers = []string{"một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "vài", "mấy", "nhiều", "các", "những", "mỗi", "hàng", "từng", "bao"}
	// relYear, relMonth and relWeek are the words after năm/tháng/tuần that
	// make a relative date, with their offset.
	relYear  = map[string]int{"nay": 0, "ngoái": -1, "trước": -1, "kia": -2, "tới": 1, "sau": 1}
	relMonth = map[string]int{"này": 0, "nay": 0, "trước": -1, "tới": 1, "sau": 1}
	relWeek  = map[string]int{"này": 0, "nay": 0, "trước": -1, "qua": -1, "tới": 1, "sau": 1}
	// parts of a period: "đầu năm", "nửa đầu năm", "cuối tháng".
	periodParts = map[string]periodPart{"đầu": partStart, "giữa": partMiddle, "cuối": partEnd}
	seasons     = []string{"xuân", "hè", "hạ", "thu", "đông"}
	// romanQuarters number quarters: "quý IV".
	romanQuarters = []string{"i", "ii", "iii", "iv"}
)

type tokKind uint8

const (
	tkWord tokKind = iota
	tkNum
	tkPunct
)

// Tok is a token of the date grammar; FindInto lends a buffer of them.
type Tok struct {
	start, end int
	kind       tokKind
	num        int // the value of a tkNum (up to 9 digits)
	r          rune
}

// dateTokens splits s into words, numbers and single punctuation runes,
// appending them to dst.
func dateTokens(s string, dst []Tok) []Tok {
	toks := dst
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = prose.DecodeRune(s[i:])
		}
		switch {
		case r == ' ' || r == '\n' || prose.IsSpace(r):
			i += n
		case !prose.IsDateWordRune(r):
			toks = append(toks, Tok{start: i, end: i + n, kind: tkPunct, r: r})
			i += n
		default:
			j, digits := i+n, r >= '0' && r <= '9'
			for j < len(s) {
				c := s[j]
				if c < utf8.RuneSelf {
					if !prose.IsASCIIAlnum(c) {
						break
					}
					digits = digits && c >= '0' && c <= '9'
					j++
					continue
				}
				r2, n2 := prose.DecodeRune(s[j:])
				if !prose.IsDateWordRune(r2) {
					break
				}
				digits = false
				j += n2
			}
			t := Tok{start: i, end: j, kind: tkWord}
			if digits {
				t.kind = tkNum
				if j-i <= 9 {
					t.num, _ = strconv.Atoi(s[i:j])
				} else {
					t.num = -1
				}
			}
			toks = append(toks, t)
			i = j
		}
	}
	return toks
}

// dateParser matches the date grammar over tokens.
type dateParser struct {
	s     string
	low   string // s lowercased rune by rune where the length stays, so offsets match
	toks  []Tok
	loose bool // a word that makes what follows a day was read: "ngày 15-8" is a date
}

func (p *dateParser) text(i int) string { return p.s[p.toks[i].start:p.toks[i].end] }

// lowText is token i lowercased; the grammar's words are all lowercase.
func (p *dateParser) lowText(i int) string { return p.low[p.toks[i].start:p.toks[i].end] }

func (p *dateParser) word(i int, w string) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].kind == tkWord && p.lowText(i) == w
}

func (p *dateParser) wordIn(i int, list []string) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tkWord {
		return false
	}
	t := p.lowText(i)
	for _, w := range list {
		if t == w {
			return true
		}
	}
	return false
}

// lookup finds token i, lowercased, in m.
func (p *dateParser) lookup(i int, m map[string]int) (int, bool) {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tkWord {
		return 0, false
	}
	v, ok := m[p.lowText(i)]
	return v, ok
}

func (p *dateParser) punct(i int, rs ...rune) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tkPunct {
		return false
	}
	for _, r := range rs {
		if p.toks[i].r == r {
			return true
		}
	}
	return false
}

// num returns the value of token i when it is a number of 1..maxDigits digits.
func (p *dateParser) num(i, maxDigits int) (int, bool) {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tkNum || p.toks[i].end-p.toks[i].start > maxDigits {
		return 0, false
	}
	return p.toks[i].num, true
}

func (p *dateParser) year(i int) (int, bool) {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tkNum || p.toks[i].end-p.toks[i].start != 4 {
		return 0, false
	}
	y := p.toks[i].num
	return y, y >= 1800 && y <= 2199
}

// glued says whether tokens i and i+1 touch.
func (p *dateParser) glued(i int) bool {
	return i+1 < len(p.toks) && p.toks[i].end == p.toks[i+1].start
}

func (p *dateParser) capitalised(i int) bool {
	r, _ := utf8.DecodeRuneInString(p.text(i))
	return unicode.IsUpper(r)
}

// Find finds date expressions in s without resolving the year of
// year-less dates; see Resolver for that. It is conservative: a bare
// "4/2" needs a word that makes it a date (hôm, ngày, vào, a weekday, a
// time of day) or parentheses, a bare year needs "năm", a preposition
// (từ, vào, trong, đến) or parentheses, and durations ("3 năm", "5
// ngày"), ordinals ("lần thứ 15") and scores are not dates.
func Find(s string) []Mention {
	low, _, _ := prose.LowerKeepOffsets(s, nil)
	ms, _ := FindInto(s, low, nil, nil)
	return ms
}

// FindInto is Find for a caller that has s lowercased already (see
// prose.LowerKeepOffsets) and a token buffer to lend, which it returns; the
// dates are appended to out.
func FindInto(s, low string, buf []Tok, out []Mention) ([]Mention, []Tok) {
	toks := dateTokens(s, buf[:0])
	p := dateParser{s: s, low: low, toks: toks}
	for i := 0; i < len(p.toks); {
		if !p.mayStart(i) {
			i++
			continue
		}
		m, next, ok := p.dayExpr(i)
		if !ok {
			m, next, ok = p.periodExpr(i)
		}
		if !ok {
			m, next, ok = p.bareExpr(i)
		}
		if !ok {
			i++
			continue
		}
		m.Start, m.End = p.toks[i].start, p.toks[next-1].end
		out = append(out, m)
		i = next
	}
	return out, toks
}

// startWords are the words a date expression can start with.
var startWords = prose.NewWordTable(func() map[string]bool {
	m := map[string]bool{"rạng": true, "thứ": true, "chủ": true, "nửa": true, "mùa": true, "quý": true, "năm": true, "tháng": true, "tuần": true}
	for _, list := range [][]string{timesOfDay, dayLeads} {
		for _, w := range list {
			m[w] = true
		}
	}
	for w := range periodParts {
		m[w] = true
	}
	return m
}())

// mayStart is a cheap test that token i can start a date expression, so
// that the grammar runs only where it might match.
func (p *dateParser) mayStart(i int) bool {
	switch p.toks[i].kind {
	case tkNum:
		return true
	case tkWord:
		_, ok := startWords.Get(p.lowText(i))
		return ok
	}
	return false
}

// dm matches D/M or D/M/YYYY, glued, with valid day and month. News also
// writes D-M and D.M ("ngày 15-8", "sáng nay 6.3"): those count after a
// word that makes them a day (p.loose) or with a year ("26-10-2025"),
// since alone they are as often scores and decimals.
func (p *dateParser) dm(i int) (Date, int, bool) { return p.dmSpaced(i, false) }

// dmSpaced is dm that, when spaced, lets a space stand before the slash:
// the end of a spaced range, "ngày 22 - 24 /10".
func (p *dateParser) dmSpaced(i int, spaced bool) (Date, int, bool) {
	d, ok1 := p.num(i, 2)
	mi := i + 2
	if p.loose && p.punct(i+1, '/') && p.punct(i+2, '/') && p.glued(i) && p.glued(i+1) {
		mi = i + 3 // "Ngày 11//12": a slash typed twice after a day word
	}
	m, ok2 := p.num(mi, 2)
	if !ok1 || !ok2 || !p.glued(i) && !(spaced && p.punct(i+1, '/')) || !p.glued(mi-1) {
		return Date{}, i, false
	}
	sep := rune(0)
	switch {
	case p.punct(i+1, '/'):
		sep = '/'
	case p.punct(i+1, '-', '.'):
		sep = p.toks[i+1].r
	default:
		return Date{}, i, false
	}
	date, next := Date{Month: m, Day: d}, mi+1
	if p.punct(next, sep) && p.glued(next-1) && p.glued(next) {
		y, ok := p.year(next + 1)
		if !ok {
			return Date{}, i, false // "4/2/26" or "1/2/3": not a date we read
		}
		date.Year, next = y, next+2
	}
	if sep != '/' && date.Year == 0 && (!p.loose || p.glued(next-1) && p.toks[next].kind != tkPunct) {
		return Date{}, i, false // "3-2" alone is a score, "1.5" a number
	}
	if p.punct(next, '/') && p.glued(next-1) {
		return Date{}, i, false
	}
	if !Valid(date) {
		return Date{}, i, false
	}
	return date, next, true
}

// dayRange matches D - D/M[/Y] ("15 - 16/9", "15-16/9/2022", "15 và 16/9"),
// and two days running listed after "ngày" ("vào các ngày 7, 8/10").
func (p *dateParser) dayRange(i int) (Date, Date, int, bool) {
	d1, ok := p.num(i, 2)
	listed := p.punct(i+1, ',') && p.word(i-1, "ngày")
	if !ok || !(listed || p.punct(i+1, '-', '–', '—') || p.word(i+1, "đến") || p.word(i+1, "tới") || p.word(i+1, "và")) {
		return Date{}, Date{}, i, false
	}
	j := i + 2
	if p.word(j, "ngày") && !p.punct(i+1, '-', '–', '—') {
		j++ // "từ ngày 25 đến ngày 27-5-2025"
	}
	end, next, ok := p.dmSpaced(j, p.punct(i+1, '-', '–', '—') && !p.glued(i))
	if !ok || d1 < 1 || d1 >= end.Day || listed && end.Day != d1+1 {
		return Date{}, Date{}, i, false
	}
	return Date{Year: end.Year, Month: end.Month, Day: d1}, end, next, true
}

// dayMonthWords matches "15 tháng 9 [năm 2022]" starting at the day.
func (p *dateParser) dayMonthWords(i int) (Mention, int, bool) {
	d, ok := p.num(i, 2)
	if !ok {
		return Mention{}, i, false
	}
	// "từ ngày 09 đến ngày 11 tháng 10 năm 2025", "9 - 11 tháng 10", "ngày
	// 20 và 21 tháng 8": a span whose month is written once, after its last day.
	j, last := i+1, 0
	if p.word(j, "đến") || p.word(j, "và") || p.punct(j, '-', '–') {
		j++
		if p.word(j, "ngày") {
			j++
		}
		if d2, ok := p.num(j, 2); ok && p.word(j+1, "tháng") && d2 > d {
			last, j = d2, j+1
		}
	}
	if last == 0 {
		j = i + 1
	}
	if !p.word(j, "tháng") {
		return Mention{}, i, false
	}
	mo, next, ok := p.monthValue(j + 1)
	if !ok {
		return Mention{}, i, false
	}
	m := Mention{Date: Date{Month: mo, Day: d}}
	next = p.yearSuffix(&m, next, false)
	if last != 0 {
		m.EndDate = Date{Year: m.Date.Year, Month: mo, Day: last}
	}
	if !Valid(m.Date) || last != 0 && !Valid(m.EndDate) {
		return Mention{}, i, false
	}
	return m, next, true
}

// monthValue matches the month after "tháng": a number 1..12 or a name
// ("Hai", "Mười Một", "Giêng"). "năm" is a month only capitalised ("tháng
// Năm"), as "tháng năm" is more often months and years.
func (p *dateParser) monthValue(i int) (int, int, bool) {
	if n, ok := p.num(i, 2); ok {
		return n, i + 1, n >= 1 && n <= 12
	}
	v, ok := p.lookup(i, monthNames)
	if !ok || (v == 5 && !p.capitalised(i)) {
		return 0, i, false
	}
	if v == 10 {
		if p.word(i+1, "một") {
			return 11, i + 2, true
		}
		if p.word(i+1, "hai") {
			return 12, i + 2, true
		}
	}
	return v, i + 1, true
}

// yearSuffix reads what may follow a day or month: "/2020" (glued, only
// after a numeric month), "năm 2020", "năm nay|ngoái|tới", "này", and the
// forward and backward markers "sắp tới", "tới", "vừa qua".
func (p *dateParser) yearSuffix(m *Mention, i int, slash bool) int {
	switch {
	case slash && p.punct(i, '/', '-', '.') && p.glued(i-1) && p.glued(i):
		// "tháng 1/2020", and as news also writes it "tháng 2-2025", "tháng 3.2024"
		if y, ok := p.year(i + 1); ok {
			m.Date.Year = y
			i += 2
		}
	case p.word(i, "năm"):
		if y, ok := p.year(i + 1); ok {
			m.Date.Year = y
			i += 2
		} else if off, ok := p.lookup(i+1, relYear); ok && !p.word(i+2, "đó") {
			m.Relative, m.unit, m.offset = true, unitYear, off
			m.Future = off > 0
			i += 2
		}
	case p.word(i, "này"):
		m.Relative, m.unit, m.offset = true, unitYear, 0
		i++
	}
	return p.direction(m, i)
}

// direction reads "sắp tới", "tới" (forward) and "vừa qua" (kept in the span).
func (p *dateParser) direction(m *Mention, i int) int {
	switch {
	case p.word(i, "sắp") && p.word(i+1, "tới"):
		m.Future = true
		return i + 2
	case p.word(i, "tới") && !p.nextIsDate(i+1):
		m.Future = true
		return i + 1
	case p.word(i, "vừa") && p.word(i+1, "qua"):
		return i + 2
	}
	return i
}

func (p *dateParser) nextIsDate(i int) bool {
	if p.word(i, "ngày") {
		i++
	}
	_, _, ok := p.dm(i)
	return ok
}

// weekday matches "thứ Năm", "Chủ nhật", or "thứ 6" (the digit form only
// when a day/month follows, as "thứ 15" is an ordinal).
func (p *dateParser) weekday(i int) (int, int, bool) {
	if p.word(i, "chủ") && p.word(i+1, "nhật") {
		return 7, i + 2, true
	}
	if !p.word(i, "thứ") || p.wordIn(i-1, ordinalContext) {
		return 0, i, false
	}
	if v, ok := p.lookup(i+1, weekdayNames); ok && p.capitalised(i+1) {
		return v, i + 2, true
	}
	if n, ok := p.num(i+1, 1); ok && n >= 2 && n <= 7 {
		j := i + 2
		if p.punct(j, ',', '(') {
			j++
		}
		if p.word(j, "ngày") {
			j++
		}
		if _, _, ok := p.dm(j); ok {
			return n - 1, i + 2, true
		}
	}
	return 0, i, false
}

// explicitDay matches an optional ", " or "(" before D/M[/Y] and the ")"
// after, as in "thứ Sáu, ngày 4/2" and "Hôm qua (4/2)".
func (p *dateParser) explicitDay(i int) (Date, Date, int, bool) {
	j := i
	if p.punct(j, ',') {
		j++
	}
	paren := p.punct(j, '(')
	if paren {
		j++
	}
	if p.word(j, "ngày") {
		j++
	}
	d, end, next, ok := p.dayOrRange(j)
	if !ok {
		// "hôm Thứ Tư, 25 Tháng Chín", "thứ Hai 12 tháng 3 năm 2024": the
		// day with its month written out.
		m, n, ok2 := p.dayMonthWords(j)
		if !ok2 {
			return Date{}, Date{}, i, false
		}
		d, end, next = m.Date, m.EndDate, n
	}
	if paren {
		if !p.punct(next, ')') {
			return Date{}, Date{}, i, false
		}
		next++
	}
	return d, end, next, true
}

// dayOrRange matches D/M[/Y], D - D/M[/Y], or D/M[/Y] - D/M[/Y].
func (p *dateParser) dayOrRange(i int) (Date, Date, int, bool) {
	if d, end, next, ok := p.dayRange(i); ok {
		return d, end, next, true
	}
	if d1, ok := p.num(i, 2); ok && p.word(i+1, "hoặc") {
		// "vào ngày 7 hoặc 8/5": one of two days, so only the month is sure.
		if d2, next, ok := p.dm(i + 2); ok && d1 >= 1 && d1 < d2.Day {
			return Date{Year: d2.Year, Month: d2.Month}, Date{}, next, true
		}
	}
	d, next, ok := p.dm(i)
	if !ok {
		return Date{}, Date{}, i, false
	}
	j := next
	if p.punct(j, '-', '–', '—') || p.word(j, "đến") || p.word(j, "tới") {
		k := j + 1
		if p.word(k, "ngày") {
			k++
		}
		if end, next2, ok := p.dm(k); ok {
			if d.Year == 0 && end.Year != 0 {
				d.Year = end.Year
				if d.Month > end.Month {
					d.Year-- // "30/12 - 2/1/2023"
				}
			}
			return d, end, next2, true
		}
	}
	return d, Date{}, next, true
}

// dayExpr matches expressions of a day: "[sáng|chiều|tối...] [hôm|ngày]
// (qua|nay|mai | weekday [D/M] | D/M | D - D/M | D tháng M năm Y)".
func (p *dateParser) dayExpr(i int) (Mention, int, bool) {
	j := i
	tod := false
	if p.word(j, "rạng") && p.word(j+1, "sáng") {
		j, tod = j+2, true
	} else if p.wordIn(j, timesOfDay) {
		j, tod = j+1, true
		if p.word(j, "sớm") || p.word(j, "muộn") {
			j++ // "sáng sớm 13/7", "tối muộn 3/4": early or late in that part of the day
		}
	}
	lead := ""
	if p.wordIn(j, dayLeads) {
		lead = p.lowText(j)
		j++
		if lead == "ngày" && p.word(j, "hôm") {
			lead = "hôm"
			j++
		}
	}
	p.loose = lead != "" || tod
	defer func() { p.loose = false }()
	// "hôm thứ 16/5": a weekday word whose weekday was left out.
	if (lead != "" || tod) && p.word(j, "thứ") {
		if _, _, ok := p.dm(j + 1); ok {
			j++
		}
	}
	var m Mention
	// Relative days: hôm qua, hôm nay, ngày mai, sáng nay, tối qua.
	off, rel := 0, false
	switch {
	case lead == "hôm" || (lead == "" && tod):
		if p.word(j, "qua") {
			off, rel = -1, true
		} else if p.word(j, "nay") {
			off, rel = 0, true
		} else if p.word(j, "kia") && lead == "hôm" {
			off, rel = -2, true
		} else if p.word(j, "mai") && tod {
			off, rel = 1, true
		}
	case lead == "ngày":
		if p.word(j, "mai") {
			off, rel = 1, true
		} else if p.word(j, "kia") {
			off, rel = 2, true
		}
	}
	if rel {
		j++
		// "hôm nay 5/2", "Hôm qua (4/2)": the explicit date is the date.
		if d, end, next, ok := p.explicitDay(j); ok {
			m.Date, m.EndDate = d, end
			return m, p.direction(&m, next), true
		}
		m.Relative, m.unit, m.offset, m.Future = true, unitDay, off, off > 0
		return m, j, true
	}
	if wd, next, ok := p.weekday(j); ok {
		p.loose = true
		m.Weekday = wd
		if d, end, next2, ok := p.explicitDay(next); ok {
			m.Date, m.EndDate = d, end
			next = p.yearSuffix(&m, next2, false)
		} else if off, ok := p.lookup(next+1, relWeek); ok && p.word(next, "tuần") && !p.word(next+2, "đó") {
			// "thứ Sáu tuần này", "thứ Hai tuần tới": that day of the week
			// the words name, counted from the anchor's.
			m.Relative, m.unit, m.offset, m.Future = true, unitWeek, off, off > 0
			next += 2
		} else {
			// A bare weekday is a day relative to the anchor's week.
			m.Relative = true
			next = p.direction(&m, next)
		}
		return m, next, true
	}
	if lead == "" && !tod {
		return m, i, false
	}
	if dm, next, ok := p.dayMonthWords(j); ok {
		return dm, next, true
	}
	if d, end, next, ok := p.dayOrRange(j); ok {
		m, next = p.withDay(m, d, end, next)
		return m, next, true
	}
	return m, i, false
}

// withDay completes m with a day (or span) found before token next: a
// year-less day may take a year written after it, a dated one a direction.
func (p *dateParser) withDay(m Mention, d, end Date, next int) (Mention, int) {
	m.Date, m.EndDate = d, end
	if d.Year == 0 {
		next = p.yearSuffix(&m, next, false)
	} else {
		next = p.direction(&m, next)
	}
	return m, next
}

// periodExpr matches months, years and weeks, with an optional part:
// "[đầu|giữa|cuối|nửa đầu|nửa cuối|mùa hè|quý 1] (tháng ... | năm ... |
// tuần ...)". A bare "tháng", "năm" or "tuần" counts only after a part
// ("cuối năm").
func (p *dateParser) periodExpr(i int) (Mention, int, bool) {
	pp, j, ok := p.partOfPeriod(i)
	if !ok || !p.word(j, "năm") && !p.word(j, "tháng") && !p.word(j, "tuần") && !(pp.yearOnly && p.punct(j, '/')) {
		return Mention{}, i, false
	}
	m := Mention{Approx: pp.has, part: pp.part}
	// A relative period after a quantifier is a duration: "hai năm trước".
	quantified := i > 0 && (p.toks[i-1].kind == tkNum || p.wordIn(i-1, quantifiers))
	next, ok := 0, false
	switch {
	case pp.yearOnly && p.punct(j, '/') && p.glued(j-1) && p.glued(j):
		// "quý 1/2026"
		if y, ok := p.year(j + 1); ok {
			m.Date.Year = y
			return m, j + 2, true
		}
		return m, i, false
	case p.word(j, "năm"):
		next, ok = p.yearPeriod(&m, j, pp, quantified)
	case pp.yearOnly:
		// "mùa hè", "quý 1" need a year.
	case p.word(j, "tháng"):
		next, ok = p.monthPeriod(&m, j, pp, quantified)
	case p.word(j, "tuần"):
		m.Approx = true // a week is no ISO precision: the date stands for it
		next, ok = p.relativePeriod(&m, j, pp, quantified, unitWeek, relWeek)
	}
	if !ok {
		return Mention{}, i, false
	}
	return m, next, true
}

// partRead is the part of a period named before it: "nửa đầu",
// "cuối", "mùa hè", "quý 1".
type partRead struct {
	part     periodPart
	has      bool
	yearOnly bool // a season or a quarter: a year must follow
}

// partOfPeriod reads the part of a period at i, returning it and where the
// period's unit starts; false when "quý" is not followed by a quarter.
func (p *dateParser) partOfPeriod(i int) (partRead, int, bool) {
	pp := partRead{part: partWhole}
	switch {
	case p.word(i, "nửa") && (p.word(i+1, "đầu") || p.word(i+1, "cuối") || p.word(i+1, "sau")):
		pp.part, pp.has = partStart, true
		if !p.word(i+1, "đầu") {
			pp.part = partEnd
		}
		return pp, i + 2, true
	case p.word(i, "mùa") && p.wordIn(i+1, seasons):
		pp.has, pp.yearOnly = true, true
		return pp, i + 2, true
	case p.word(i, "quý"):
		if n, ok := p.num(i+1, 1); ok && n >= 1 && n <= 4 || p.wordIn(i+1, romanQuarters) {
			pp.has, pp.yearOnly = true, true
			return pp, i + 2, true
		}
		return pp, i, false
	}
	if v, ok := p.lookupPart(i); ok {
		pp.part, pp.has = v, true
		return pp, i + 1, true
	}
	return pp, i, true
}

// yearPeriod reads "năm" at j: a year ("năm 2020", "năm 2020 - 2022"),
// a year relative to the anchor ("năm ngoái"), or after a part a bare
// "năm" ("cuối năm").
func (p *dateParser) yearPeriod(m *Mention, j int, pp partRead, quantified bool) (int, bool) {
	if y, ok := p.year(j + 1); ok {
		m.Date.Year = y
		next := j + 2
		if (p.punct(next, '-', '–') || p.word(next, "đến")) && !pp.has {
			if y2, ok := p.year(next + 1); ok && y2 > y {
				m.EndDate.Year = y2
				next += 2
			}
		}
		return p.direction(m, next), true
	}
	if pp.yearOnly {
		pp.has = false // a season or a quarter needs a year: no bare "năm" after it
	}
	return p.relativePeriod(m, j, pp, quantified, unitYear, relYear)
}

// monthPeriod reads "tháng" at j: a month ("tháng 3", "tháng Ba năm
// 2024"), a month relative to the anchor ("tháng trước"), or after a part
// a bare "tháng" ("cuối tháng").
func (p *dateParser) monthPeriod(m *Mention, j int, pp partRead, quantified bool) (int, bool) {
	if mo, next, ok := p.monthValue(j + 1); ok {
		m.Date.Month = mo
		_, numeric := p.num(j+1, 2)
		return p.yearSuffix(m, next, numeric), true
	}
	return p.relativePeriod(m, j, pp, quantified, unitMonth, relMonth)
}

// relativePeriod reads the unit word at j as relative to the anchor: with
// a word of its table after it ("tuần tới", not "tuần đó" nor after a
// quantifier), or bare after a part ("cuối tuần").
func (p *dateParser) relativePeriod(m *Mention, j int, pp partRead, quantified bool, u dateUnit, rel map[string]int) (int, bool) {
	if off, ok := p.lookup(j+1, rel); ok && !quantified && !p.word(j+2, "đó") {
		m.Relative, m.unit, m.offset, m.Future = true, u, off, off > 0
		return j + 2, true
	}
	if pp.has && !quantified {
		m.Relative, m.unit = true, u
		return j + 1, true
	}
	return j, false
}

func (p *dateParser) lookupPart(i int) (periodPart, bool) {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tkWord {
		return 0, false
	}
	v, ok := periodParts[p.lowText(i)]
	return v, ok
}

// bareExpr matches dates without a lead word: D/M/YYYY anywhere; D/M and
// D - D/M after a trigger word, in parentheses, or as the whole string; a
// year after a year trigger or in parentheses.
func (p *dateParser) bareExpr(i int) (Mention, int, bool) {
	var m Mention
	if p.toks[i].kind != tkNum {
		return m, i, false
	}
	if i > 0 && p.glued(i-1) && !p.punct(i-1, '(', '[', '“', '"') {
		return m, i, false // part of something longer: "12/4/2", "1.4/2", "COVID-19"
	}
	inParens := p.punct(i-1, '(') && p.glued(i-1)
	if p.word(i-1, "từ") && p.spanWords(i) {
		// "từ 26 đến 28-11", "từ 28-6 đến 1-7": a span from a day to a
		// day is of days whatever their separator.
		p.loose = true
		defer func() { p.loose = false }()
	}
	if d, end, next, ok := p.dayOrRange(i); ok {
		// "... tại Brussels, Bỉ, 18/5." (a caption's last words): a day
		// set off by a comma that ends the sentence dates it.
		closing := p.punct(i-1, ',') && (next == len(p.toks) || p.punct(next, '.'))
		trigger := p.wordIn(i-1, dateTriggers) || inParens || (i == 0 && next == len(p.toks)) || closing
		if d.Year != 0 || trigger {
			m, next = p.withDay(m, d, end, next)
			return m, next, true
		}
		return m, i, false
	}
	if inParens && p.punct(i+1, '/') && p.glued(i) && p.glued(i+1) && p.punct(i+3, ')') {
		// "(9/2024)": a month and its year, after what it dates.
		if mo, ok := p.num(i, 2); ok && mo >= 1 && mo <= 12 {
			if y, ok := p.year(i + 2); ok {
				m.Date = Date{Year: y, Month: mo}
				return m, i + 3, true
			}
		}
	}
	y, ok := p.year(i)
	if !ok || p.glued(i) && !p.punct(i+1, ')', ',', '.', ';', ':') {
		return m, i, false // "2019/20", "2019-2020" (a season), "2020%": not a bare year
	}
	switch {
	case inParens && p.punct(i+1, ')'):
	case p.wordIn(i-1, yearTriggers) && !p.wordIn(i+1, notAfterYear) && !p.punct(i+1, '%') && (i+1 >= len(p.toks) || p.toks[i+1].kind != tkNum):
		if y < 1900 || y > 2099 {
			return m, i, false
		}
	default:
		return m, i, false
	}
	m.Date.Year = y
	return m, i + 1, true
}

// spanWords reports a span's word ("đến", "tới") after the day at token i
// or after its D-M: "26 đến 28-11", "28-6 đến 1-7"; not a span of
// quantities ("từ 3-4 đến 5-6 lần", "từ 5 đến 6-7%").
func (p *dateParser) spanWords(i int) bool {
	to := func(j int) bool { return p.word(j, "đến") || p.word(j, "tới") }
	from := i + 1
	if !to(from) {
		if _, ok := p.num(i+2, 2); !ok || !p.punct(i+1, '-', '.') || !p.glued(i) || !p.glued(i+1) || !to(i+3) {
			return false
		}
		from = i + 3
	}
	after := from + 4 // past the end's D-M
	return !p.punct(after, '%') && !p.wordIn(after, notAfterYear)
}

// Valid reports a date whose month and day exist (in its year, when it has one).
func Valid(d Date) bool {
	return d.Month >= 1 && d.Month <= 12 && (d.Day == 0 || d.Day >= 1 && d.Day <= daysIn(d.Year, d.Month))
}

// daysIn returns the days in the month; February has 29 when the year is
// unknown.
func daysIn(year, month int) int {
	switch month {
	case 2:
		if year == 0 || year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// Resolver resolves year-less and relative dates for one article.
type Resolver struct {
	anchor Date
	lo, hi int // the years a weekday may fix
	// written holds the year the text writes with a day and month
	// ("từ ngày 18 - 20/10/2023"), -1 for a day written with two years:
	// the same day named without one ("Ngày 18/10, ... lên đường") is
	// of that year, whatever the page's date says.
	written map[[2]int]int
	spans   [][2]Date // the spans the text writes with their year ("từ 12-14/3/2018")
}

// NewResolver builds a resolver from the publication date (may be
// zero) and the whole normalised text (with its sentences; nil means
// split text here).
//
// Without a publication date, the anchor is the latest date the text fixes
// (ignoring dates after today when there are others): a full date
// ("20/3/2023", "ngày 15 tháng 9 năm 2022"), or a year-less day/month with
// a weekday — in the same expression ("thứ Sáu 4/2") or as the only weekday
// and the only year-less day of a sentence ("vào thứ Năm ... từ ngày 15 -
// 16/9"). Such a pair fixes the year when exactly one year in the window
// has that weekday on that day. The window is five years either side of
// the latest year the text names (or the last ten years when it names
// none), and never after next year.
func NewResolver(published Date, text string, sentences []prose.Span) *Resolver {
	return NewResolverOf(published, Find(text), text, sentences, nil)
}

// NewResolverOf is NewResolver for a caller that has found the
// text's dates already (the extractor needs them too).
//
// captions are the byte spans of photo captions: a photo dated before a
// day the body tells is an earlier day's ("Ngày 14/8, ... Ảnh: ... tại
// cuộc gặp ở London ngày 1/3/2025"), and tells the article's year at
// most, not its day.
func NewResolverOf(published Date, ms []Mention, text string, sentences []prose.Span, captions [][2]int) *Resolver {
	r := &Resolver{anchor: published}
	thisYear := Now().Year()
	r.readWritten(ms, thisYear)
	if published.Year != 0 {
		return r
	}
	written := writtenDays(ms, text, captions, thisYear)
	cands := r.fullDates(ms, text, captions, written)
	cands = r.weekdaysOfSentences(cands, ms, text, sentences, written)
	r.anchor = r.anchorOf(cands, text, thisYear)
	if t := toldToday(ms, text); t.Year != 0 && (r.anchor.Day == 0 && t.Year == r.anchor.Year || r.anchor.Day != 0 && !After(t, AddDays(r.anchor, 1)) && !After(r.anchor, AddDays(t, 31))) {
		// "Hãng tin AFP cho biết hôm qua 21/01/2017, ...": the page is of
		// the day after the one it calls yesterday, and its "hôm qua" is
		// that day, not the one before; a later day it names ("sẽ tiếp
		// ... vào ngày thứ Sáu 27/01") is a plan.
		r.anchor = t
	}
	return r
}

// toldToday returns the day a page with no date line tells as its own:
// the day it names right after "hôm nay", "sáng nay" ("hôm nay 11/10"),
// or the day after the one it names right after "hôm qua", "tối qua"
// ("hôm qua 21/01/2017"); zero when it names none or two that disagree.
func toldToday(ms []Mention, text string) Date {
	var today Date
	for _, m := range ms {
		if m.Relative || m.Date.Day == 0 || !m.EndDate.IsZero() || m.End > len(text) {
			continue
		}
		var t Date
		s := strings.ToLower(text[m.Start:m.End])
		sp := strings.IndexByte(s, ' ')
		if sp < 0 || !relativeLeads[s[:sp]] {
			continue
		}
		switch rest := s[sp+1:]; {
		case strings.HasPrefix(rest, "nay ") || strings.HasPrefix(rest, "nay, "):
			t = m.Date
		case strings.HasPrefix(rest, "qua ") || strings.HasPrefix(rest, "qua, "):
			t = DayAfter(m.Date)
		default:
			continue
		}
		if !today.IsZero() && today != t {
			return Date{}
		}
		today = t
	}
	return today
}

// relativeLeads are the words before "nay" and "qua" that make a day
// relative to the page's ("hôm qua", "sáng nay", "tối qua").
var relativeLeads = map[string]bool{"hôm": true, "sáng": true, "trưa": true, "chiều": true, "tối": true, "đêm": true}

// readWritten notes the days and spans the mentions write with their year,
// and sets the window of years a weekday may fix. News reports recent
// events: the window runs from a little before the latest year the text
// names up to next year, and the latest fitting year wins (an article that
// recalls a 1985 treaty is still from Now).
func (r *Resolver) readWritten(ms []Mention, thisYear int) {
	maxYear := 0
	for _, m := range ms {
		if !m.Relative {
			maxYear = max(maxYear, m.Date.Year, m.EndDate.Year)
			r.write(m.Date)
			r.write(m.EndDate)
			if m.Date.Year != 0 && m.Date.Day != 0 && m.EndDate.Year == m.Date.Year && m.EndDate.Day != 0 {
				r.spans = append(r.spans, [2]Date{m.Date, m.EndDate})
			}
		}
	}
	if maxYear > 0 {
		r.lo, r.hi = min(maxYear-2, thisYear-1), thisYear+1
	} else {
		r.lo, r.hi = thisYear-10, thisYear+1
	}
}

// fullDates returns the days the mentions fix: full dates (with the end of
// a span), a photo caption's year only when it shows a day before the
// latest the body tells without a year, and a day fixed by its weekday in
// the same expression ("thứ Sáu 4/2"). Births and foundings fix nothing.
func (r *Resolver) fullDates(ms []Mention, text string, captions [][2]int, written []Date) []Date {
	bodyLatest := latestBodyDay(ms, captions)
	var cands []Date
	for _, m := range ms {
		d := m.Date
		switch {
		case m.Relative || d.Month == 0 || d.Day == 0 || born(text, m.Start) || founded(text, m.Start):
		case within(captions, m.Start) && d.Year != 0 && After(bodyLatest, Date{1, d.Month, d.Day}):
			if !archivePhoto(d, bodyLatest) {
				cands = append(cands, Date{Year: d.Year}) // the photo's year, not its day
			}
		case d.Year != 0:
			cands = append(cands, d)
			if e := m.EndDate; e.Year != 0 && e.Month != 0 && e.Day != 0 {
				cands = append(cands, e) // "(25/3/1971 - 25/3/2023)": the span reaches to Now
			}
		case m.Weekday != 0:
			if y := r.weekdayYear(m.Weekday, d.Month, d.Day, written); y != 0 {
				cands = append(cands, Date{y, d.Month, d.Day})
			}
		}
	}
	return cands
}

// latestBodyDay returns the latest day and month the body tells without a
// year (in year 1): a caption dated before it shows an earlier day's photo.
func latestBodyDay(ms []Mention, captions [][2]int) Date {
	var latest Date
	for _, m := range ms {
		if d := m.Date; !m.Relative && d.Year == 0 && d.Day != 0 && !within(captions, m.Start) && After(Date{1, d.Month, d.Day}, latest) {
			latest = Date{1, d.Month, d.Day}
		}
	}
	return latest
}

// weekdaysOfSentences appends to cands the days fixed by a sentence whose
// only weekday and only day without a year go together ("vào thứ Năm ...
// từ ngày 15 - 16/9"). sentences nil means split text here.
func (r *Resolver) weekdaysOfSentences(cands []Date, ms []Mention, text string, sentences []prose.Span, written []Date) []Date {
	if sentences == nil {
		for _, p := range prose.Paragraphs(prose.Text{S: text}) {
			sentences = prose.AppendSentences(sentences, text, p)
		}
	}
	k := 0
	for _, s := range sentences {
		var wd, days int
		var wday int
		var day Date
		for ; k < len(ms) && ms[k].Start < s.End; k++ {
			m := ms[k]
			if m.Start < s.Start {
				continue
			}
			switch {
			case m.Weekday != 0 && m.Date.IsZero() && m.unit == unitNone:
				wd++
				wday = m.Weekday
			case m.Relative:
			case m.Weekday == 0 && m.Date.Year == 0 && m.Date.Month != 0 && m.Date.Day != 0:
				days++
				day = m.Date
			}
		}
		if wd == 1 && days == 1 {
			if y := r.weekdayYear(wday, day.Month, day.Day, written); y != 0 {
				cands = append(cands, Date{y, day.Month, day.Day})
			}
		}
	}
	return cands
}

// anchorOf returns the anchor of a text with no publication date: the
// latest of the days it fixes, not after today where some are not; else
// the year an anniversary or an event named with its year tells, or a
// festival's.
func (r *Resolver) anchorOf(cands []Date, text string, thisYear int) Date {
	today := DateOf(Now())
	// An event named with its year ("Tuần lễ Cấp cao APEC 2024") fixes
	// the article's time: a full date years before it is history recalled
	// ("Ngày 25/3/1971, Việt Nam và Chile thiết lập quan hệ ngoại giao").
	event := eventYear(text, thisYear)
	var best, bestPast Date
	for _, c := range cands {
		if event != 0 && c.Year < event-5 {
			continue
		}
		if c.Year < thisYear-historyYears {
			continue // "vụ ném bom nguyên tử ngày 6/8/1945": history told, not the article's time
		}
		if After(c, best) {
			best = c
		}
		if !After(c, today) && After(c, bestPast) {
			bestPast = c
		}
	}
	if !bestPast.IsZero() {
		return bestPast
	}
	if !best.IsZero() {
		return best
	}
	if y := max(anniversaryYear(text, thisYear+1), yearsAfterYear(text, thisYear+1), celebratedYear(text, thisYear+1), firstInYear(text, thisYear+1)); y != 0 {
		return Date{Year: y}
	}
	if event != 0 {
		return Date{Year: event}
	}
	if y := festivalYear(text, r.lo, r.hi); y != 0 {
		return Date{Year: y}
	}
	return Date{}
}

// Heavenly stems and earthly branches: a lunar year's name ("Kỷ Hợi",
// "Giáp Thìn") is one of each, stem (year-4) mod 10, branch (year-4) mod 12.
var (
	lunarStems    = []string{"Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"}
	lunarBranches = []string{"Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"}
)

// buddhistEra is how many years the Buddhist era counts before the
// Common one: "Phật lịch 2565" is 2022.
const buddhistEra = 543

// festivalYear returns the year of a new year's festival the text names
// with its year, when it names one (the latest if several), within
// [lo, hi]; else 0. A delegation comes to offer New Year wishes in the
// days around the festival, so a page with no date of its own is of its
// year: "chúc Tết ... nhân dịp Tết Nguyên đán Kỷ Hợi 2019", "Xuân Giáp
// Thìn 2024", "Tết Nguyên đán Ất Tỵ năm 2025" (a lunar year's name after
// "Tết", "Xuân" or "Nguyên đán", with the year written or else the one
// year of the window with that name), "Tết cổ truyền Bun Pi May ... năm Phật lịch 2565",
// "Phật lịch năm 2565" (the Buddhist era: 2022), or a spring with its
// year ("gặp gỡ đầu Xuân 2024").
func festivalYear(text string, lo, hi int) int {
	best := 0
	keep := func(y int) {
		if y >= lo && y <= hi && y > best {
			best = y
		}
	}
	for i := 0; ; {
		j := strings.Index(text[i:], "Phật lịch ")
		if j < 0 {
			break
		}
		i += j + len("Phật lịch ")
		rest := strings.TrimPrefix(text[i:], "năm ")
		if n, k := LeadingInt(rest); k == 4 && (len(rest) == 4 || !prose.IsDigitByte(rest[4])) {
			keep(n - buddhistEra)
		}
	}
	for _, cue := range []string{"Tết ", "Xuân ", "Nguyên đán "} {
		for i := 0; ; {
			j := strings.Index(text[i:], cue)
			if j < 0 {
				break
			}
			i += j + len(cue)
			if y, k := LeadingInt(text[i:]); cue == "Xuân " && k == 4 && (len(text) == i+4 || !prose.IsDigitByte(text[i+4])) {
				keep(y) // "Chương trình gặp gỡ đầu Xuân 2024"
				continue
			}
			si, bi, n := lunarName(text[i:])
			if n == 0 {
				continue
			}
			rest := strings.TrimPrefix(strings.TrimPrefix(text[i+n:], " "), "năm ")
			if y, k := LeadingInt(rest); k == 4 && (len(rest) == 4 || !prose.IsDigitByte(rest[4])) {
				if lunarYear(y, si, bi) {
					keep(y)
				}
				continue
			}
			for y := hi; y >= lo; y-- {
				if lunarYear(y, si, bi) {
					keep(y)
					break
				}
			}
		}
	}
	return best
}

// lunarName reads a lunar year's name at the start of s ("Kỷ Hợi 2019"),
// returning its stem's and branch's indexes and its length; n is 0 when s
// starts with none.
func lunarName(s string) (si, bi, n int) {
	for si, stem := range lunarStems {
		if !strings.HasPrefix(s, stem) || len(s) <= len(stem) || s[len(stem)] != ' ' {
			continue
		}
		rest := s[len(stem)+1:]
		for bi, branch := range lunarBranches {
			if strings.HasPrefix(rest, branch) {
				end := len(stem) + 1 + len(branch)
				if end < len(s) && s[end] != ' ' && s[end] != ',' && s[end] != '.' {
					return 0, 0, 0 // inside a longer word
				}
				return si, bi, end
			}
		}
	}
	return 0, 0, 0
}

// lunarYear reports whether year y is named by stem si and branch bi.
func lunarYear(y, si, bi int) bool {
	return (y-4)%10 == si && (y-4)%12 == bi
}

// archiveDays is how many days before the latest day the body tells a
// photo must be dated to be an archive photo rather than one of the
// article's own trip.
const archiveDays = 31

// archivePhoto reports a photo dated day d, before bodyLatest (the latest
// year-less day the body tells, in year 1), by more than archiveDays: an
// earlier event's photo, which dates nothing else (docs/ANNOTATION.md).
// "Ngày 14/8, Tổng thống Ukraine ... gặp Thủ tướng Anh" under a photo "tại
// cuộc gặp ở London ngày 1/3/2025", "Ông Modi thăm Pháp ... 13 và 14/7"
// under one of the G7 summit "ngày 20/5/2023" are of no known year; "Ngày
// 26/11, ... ký Hiệp ước" under "trong cuộc gặp tại Rome ngày 25/11/2021"
// is of the photo's year, the day after it.
func archivePhoto(d, bodyLatest Date) bool {
	latest := Date{d.Year, bodyLatest.Month, bodyLatest.Day}
	if !Valid(latest) {
		latest = Date{d.Year, bodyLatest.Month, daysIn(d.Year, bodyLatest.Month)} // 29/2 in a common year
	}
	return latest.Time().Sub(d.Time()).Hours() > 24*archiveDays
}

// writtenYear returns the year the text writes for the year-less day d:
// the one year written with the same day, else that of the one written
// span whose days hold it ("chuyến thăm ... từ 12-14/3/2018, chiều ngày
// 13/3"); else 0.
func (r *Resolver) writtenYear(d Date) int {
	if d.Day == 0 {
		return 0
	}
	if y := r.written[[2]int{d.Month, d.Day}]; y > 0 {
		return y
	}
	return r.spanYear(d)
}

// spanYear returns the year of the one written span whose days hold the
// year-less day d, else 0.
func (r *Resolver) spanYear(d Date) int {
	y := 0
	for _, sp := range r.spans {
		in := Date{sp[0].Year, d.Month, d.Day}
		if !After(sp[0], in) && !After(in, sp[1]) {
			if y != 0 && y != sp[0].Year {
				return 0
			}
			y = sp[0].Year
		}
	}
	return y
}

// write notes the year of a full date d the text writes.
func (r *Resolver) write(d Date) {
	if d.Year == 0 || d.Month == 0 || d.Day == 0 {
		return
	}
	if r.written == nil {
		r.written = map[[2]int]int{}
	}
	k := [2]int{d.Month, d.Day}
	if y, ok := r.written[k]; ok && y != d.Year {
		r.written[k] = -1
		return
	}
	r.written[k] = d.Year
}

// eventYear returns the latest year, up to maxYear, that the text writes
// right after an acronym of capitals ("APEC 2024", "ASEAN 2025"): the
// year of an event the article is about. Else 0. A chair's year ("Chủ
// tịch ASEAN 2026") and a year after "năm" ("dẫn dắt ASEAN năm 2026",
// "Chủ tịch BRICS năm 2024") count only when no event has one, and then
// the earliest: a handover names the incoming chair's year beside the
// outgoing one's, and the article is of the outgoing year.
func eventYear(text string, maxYear int) int {
	best, chair := 0, 0
	for i := 0; i+4 <= len(text); i++ {
		if !prose.IsDigitByte(text[i]) || i < 3 || text[i-1] != ' ' {
			continue
		}
		n, k := LeadingInt(text[i:])
		if k != 4 || i+4 < len(text) && prose.IsDigitByte(text[i+4]) || n < 1990 || n > maxYear {
			continue
		}
		j := i - 2
		named := strings.HasSuffix(text[:i], " năm ") // "Chủ tịch BRICS năm 2024"
		if named {
			j = i - len(" năm ") - 1
		}
		if text[j] == ')' {
			j-- // "Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương (APEC) 2024"
		}
		caps := 0
		for ; j >= 0 && (text[j] >= 'A' && text[j] <= 'Z' || prose.IsDigitByte(text[j])); j-- {
			caps++ // "APEC 2024", and "G20 năm 2024"
		}
		if caps < 2 || text[j+1] < 'A' || text[j+1] > 'Z' || j >= 0 && text[j] != ' ' && text[j] != '(' {
			continue
		}
		if named && gazetteer.Default().Orgs[text[j+1:j+1+caps]] == nil {
			continue // "5,1 tỉ USD năm 2013": a figure's year
		}
		if before := strings.TrimRight(text[:j+1], " "); strings.HasSuffix(before, "Tầm nhìn") || strings.HasSuffix(before, "Cộng đồng") {
			continue // "Tầm nhìn Cộng đồng ASEAN 2025", "xây dựng Cộng đồng ASEAN 2025": a vision's horizon, not an event of the article's year
		}
		if named || strings.HasSuffix(text[:j+1], "Chủ tịch ") {
			if before := text[max(0, j+1-64) : j+1]; strings.Contains(before, "hoàn thành") || strings.Contains(before, "thành công") || strings.Contains(before, "ủng hộ") {
				continue // "đã hoàn thành trọng trách Chủ tịch ASEAN năm 2022", "ủng hộ Campuchia trong vai trò Chủ tịch ASEAN năm 2022": a chair done or to come, not the article's
			}
			if chair == 0 || n < chair {
				chair = n
			}
			continue
		}
		best = max(best, n)
	}
	if best == 0 {
		return chair
	}
	return best
}

// born reports a date told as a birth date ("sinh ngày 18/12/1972"): a
// person's, which dates nothing the article reports.
func born(text string, at int) bool {
	before := strings.TrimRight(text[max(0, at-16):at], " ")
	before = strings.TrimSuffix(before, "ngày")
	before = strings.TrimSuffix(before, "năm")
	return strings.HasSuffix(strings.TrimRight(before, " "), "sinh")
}

// founded reports a date told as a founding day ("thiết lập quan hệ
// ngoại giao ngày 8/5/1989", "thành lập ngày ..."): history, which dates
// nothing the article reports.
func founded(text string, at int) bool {
	before := text[max(0, at-40):at]
	return strings.Contains(before, "thiết lập quan hệ") || strings.Contains(before, "thành lập")
}

// anniversaryYear returns the year an anniversary the text celebrates
// falls in, the latest when there are several, or 0: "kỷ niệm 75 năm
// thiết lập quan hệ ngoại giao (1950-2025)" is 2025, and so is "kỷ niệm
// 75 năm ... năm 1950". News celebrates anniversaries in their year, so
// an article with no other date is of that year. Years after maxYear do
// not count.
func anniversaryYear(text string, maxYear int) int {
	return yearsCounted(text, "kỷ niệm ", maxYear, anniversaryAhead, func(tail string) int {
		// The founding year (or the span up to this one) follows within
		// the phrase: "(1950-2025)", "năm 1950", "(21/9/1973)".
		if ys := fourDigitYears(tail[:min(len(tail), 160)]); len(ys) > 0 {
			return ys[0]
		}
		return 0
	})
}

// firstInYear returns the year of what the text tells as the first of
// its year ("vị khách cấp cao nước ngoài đầu tiên thăm chính thức Việt Nam
// trong năm 2025", "chuyến thăm của nguyên thủ nước ngoài đầu tiên đến
// Nhật Bản trong năm 2018"), the latest up to maxYear, or 0: the event
// told is of that year.
func firstInYear(text string, maxYear int) int {
	const cue = "đầu tiên"
	best := 0
	for i := 0; ; {
		j := strings.Index(text[i:], cue)
		if j < 0 {
			return best
		}
		i += j + len(cue)
		rest := text[i:min(len(text), i+90)]
		k := strings.Index(rest, " năm ")
		if k < 0 || strings.ContainsAny(rest[:k], ",.;") || !strings.HasSuffix(rest[:k], " trong") && !strings.HasSuffix(rest[:k], " của") {
			continue
		}
		y, n := LeadingInt(rest[k+len(" năm "):])
		if n == 4 && y >= 1990 && y <= maxYear && y > best {
			best = y
		}
	}
}

// anniversaryAhead reports the words before "kỷ niệm" that put the
// anniversary ahead of the article ("hướng tới kỷ niệm 30 năm ...
// (1992-2022)", "cần phối hợp chặt chẽ kỷ niệm 50 năm ... (1973-2023)",
// "chuẩn bị kỷ niệm"): one looked forward to, not the year the page is of.
func anniversaryAhead(before string) bool {
	for _, w := range []string{"hướng tới", "tiến tới", "chuẩn bị", "phối hợp"} {
		if strings.Contains(before, w) {
			return true
		}
	}
	return false
}

// RelationsAnniversaryYear returns the year of an anniversary of two
// countries' relations the text celebrates, counted from the year it
// writes ("kỷ niệm 50 năm thiết lập quan hệ ngoại giao (1973 - 2023)"),
// up to maxYear; else 0. A national day's or a party's anniversary
// ("kỷ niệm 72 năm Quốc khánh Campuchia (09/11/1953-09/11/2025)") is one
// country's, told in greetings as often as celebrated together.
func RelationsAnniversaryYear(text string, maxYear int) int {
	return yearsCounted(text, "kỷ niệm ", maxYear, nil, func(tail string) int {
		tail = tail[:min(len(tail), 160)]
		ys := fourDigitYears(tail)
		if len(ys) == 0 {
			return 0
		}
		at := strings.Index(tail, strconv.Itoa(ys[0]))
		if !strings.Contains(tail[:at], "quan hệ") {
			return 0
		}
		return ys[0]
	})
}

// yearsCounted returns the latest year, up to maxYear, that the text
// counts as "N năm" from a year after lead ("kỷ niệm 75 năm ... 1950",
// "sau 15 năm, kể từ năm 2001"): the year base reads from what follows
// "N" (" năm ..."), plus N. 0 when there is none.
func yearsCounted(text, lead string, maxYear int, skip func(before string) bool, base func(tail string) int) int {
	best := 0
	for i := 0; ; {
		j := indexCapital(text[i:], lead)
		if j < 0 {
			return best
		}
		if at := i + j; skip != nil && skip(text[max(0, at-64):at]) {
			i = at + len(lead)
			continue
		}
		i += j + len(lead)
		n, k := LeadingInt(text[i:])
		if n == 0 || !strings.HasPrefix(text[i+k:], " năm") {
			continue
		}
		if from := base(text[i+k:]); from != 0 {
			if y := from + n; y <= maxYear && y > best {
				best = y
			}
		}
	}
}

// celebratedYear returns the year the text writes as the one two
// countries celebrate in, right before "hai nước kỷ niệm" ("diễn ra vào
// thời điểm có ý nghĩa khi năm 2025 hai nước kỷ niệm ...", "năm 2022,
// hai nước kỷ niệm 30 năm ..."), the latest up to maxYear, or 0: a visit
// told in its anniversary year is of that year, even when the excerpt
// ends before the years counted from.
func celebratedYear(text string, maxYear int) int {
	const cue = "hai nước kỷ" // "kỷ niệm", which an excerpt may cut
	best := 0
	for i := 0; ; {
		j := strings.Index(text[i:], cue)
		if j < 0 {
			return best
		}
		at := i + j
		i = at + len(cue)
		before := strings.TrimSuffix(strings.TrimRight(text[max(0, at-12):at], " "), ",")
		if len(before) < 9 || !strings.HasSuffix(before[:len(before)-4], "năm ") {
			continue
		}
		n, k := LeadingInt(before[len(before)-4:])
		if k == 4 && n >= 1990 && n <= maxYear && n > best {
			best = n
		}
	}
}

// historyYears is how many years before the clock's a full date must be
// to be history told rather than a clue to an undated article's year.
const historyYears = 25

// yearsAfterYear returns the year of what the text tells as coming a
// number of years after a year it writes ("chuyến thăm đầu tiên ... sau
// 15 năm, kể từ năm 2001" is of 2016), the latest when there are several,
// or 0. Years after maxYear do not count.
func yearsAfterYear(text string, maxYear int) int {
	return yearsCounted(text, "sau ", maxYear, nil, func(tail string) int {
		rest := strings.TrimLeft(strings.TrimPrefix(tail, " năm"), " ,")
		if y := baseInBrackets(rest); y != 0 {
			return y
		}
		if !strings.HasPrefix(rest, "kể từ ") {
			return 0
		}
		rest = strings.TrimPrefix(rest, "kể từ ")
		// "kể từ năm 2001", "kể từ chuyến thăm năm 1964": the year within a
		// few words, in the same clause.
		if j := strings.Index(rest, "năm "); j >= 0 && j <= 40 && !strings.ContainsAny(rest[:j], ",.;") {
			rest = rest[j+len("năm "):]
		} else if j := strings.Index(rest, "tháng "); j >= 0 && j <= 60 && !strings.ContainsAny(rest[:j], ",.;") {
			// "kể từ chuyến thăm của bà Angela Merkel tháng 10-2011": the
			// year of a month written with it.
			m := rest[j+len("tháng "):]
			if _, k := LeadingInt(m); k >= 1 && k <= 2 && len(m) > k+1 && (m[k] == '-' || m[k] == '/') {
				rest = m[k+1:]
			}
		}
		if y, k := LeadingInt(rest); k == 4 && (len(rest) == 4 || !prose.IsDigitByte(rest[4])) && y >= 1800 {
			return y
		}
		return 0
	})
}

// baseInBrackets returns the year written in brackets right after "sau
// N năm" or a few words of what the years count ("sau 15 năm (2009)",
// "Sau 33 năm thiết lập quan hệ (năm 1990)"), else 0: the year they count
// from. A span in brackets ("(2009-2024)") is no such year.
func baseInBrackets(rest string) int {
	j := strings.IndexByte(rest, '(')
	if j < 0 || j > 48 || strings.ContainsAny(rest[:j], ",.;:") {
		return 0
	}
	in := strings.TrimPrefix(rest[j+1:], "năm ")
	if y, k := LeadingInt(in); k == 4 && len(in) > 4 && in[4] == ')' && y >= 1800 {
		return y
	}
	return 0
}

// indexCapital is strings.Index of a lower-case needle whose first
// letter may be written in upper case.
func indexCapital(s, needle string) int {
	lo := strings.Index(s, needle)
	r, n := utf8.DecodeRuneInString(needle)
	up := strings.Index(s, string(unicode.ToUpper(r))+needle[n:])
	if lo < 0 || up >= 0 && up < lo {
		return up
	}
	return lo
}

// LeadingInt reads the decimal number at the start of s, returning it and
// its length.
func LeadingInt(s string) (int, int) {
	n, k := 0, 0
	for k < len(s) && k < 4 && s[k] >= '0' && s[k] <= '9' {
		n = n*10 + int(s[k]-'0')
		k++
	}
	return n, k
}

// fourDigitYears returns the numbers of exactly four digits in s between
// 1800 and 2199.
func fourDigitYears(s string) []int {
	var out []int
	for i := 0; i+4 <= len(s); i++ {
		if i > 0 && prose.IsDigitByte(s[i-1]) {
			continue
		}
		n, k := LeadingInt(s[i:])
		if k == 4 && (i+4 == len(s) || !prose.IsDigitByte(s[i+4])) && n >= 1800 && n < 2200 {
			out = append(out, n)
		}
	}
	return out
}

// writtenDays returns the days the body writes with their year
// ("21/01/2017", "ngày 5 tháng 9 năm 2025"), outside captions and history
// (births, foundings, days over historyYears ago).
func writtenDays(ms []Mention, text string, captions [][2]int, thisYear int) []Date {
	var out []Date
	for _, m := range ms {
		d := m.Date
		if m.Relative || d.Year == 0 || d.Month == 0 || d.Day == 0 || d.Year < thisYear-historyYears || within(captions, m.Start) || born(text, m.Start) || founded(text, m.Start) {
			continue
		}
		out = append(out, d)
	}
	return out
}

// weekdayYear is yearByWeekday, except that a day and month whose
// weekday fits a year of a day the text writes with its year, within
// weekdayNear days of it, is of that year: "Hãng tin AFP cho biết hôm
// qua 21/01/2017, ... sẽ tiếp ... vào ngày thứ Sáu 27/01" is 2017, not
// the latest year up to Now where 27/01 is a Friday (2023). A written day
// far from it (an event recalled, "hôm 5/6/2019" beside "thứ Sáu 4/2")
// says nothing of its year.
func (r *Resolver) weekdayYear(wd, month, day int, written []Date) int {
	for _, w := range written {
		for y := w.Year + 1; y >= w.Year-1; y-- {
			if day > daysIn(y, month) {
				continue
			}
			t := time.Date(y, time.Month(month), day, 12, 0, 0, 0, time.UTC)
			if isoWeekday(t) != wd {
				continue
			}
			if gap := t.Sub(w.Time()).Hours() / 24; gap <= weekdayNear && gap >= -weekdayNear {
				return y
			}
		}
	}
	return r.yearByWeekday(wd, month, day)
}

// weekdayNear is how many days a weekday's day may lie from a day the
// text writes with its year to take that year.
const weekdayNear = 45

// Anchor returns the date relative expressions resolve against: the
// publication date, or what the text fixes, or zero.
func (r *Resolver) Anchor() Date { return r.anchor }

// yearByWeekday returns the latest year in the window where day/month
// falls on the weekday (1 = Monday), or 0.
func (r *Resolver) yearByWeekday(wd, month, day int) int {
	for y := r.hi; y >= r.lo; y-- {
		if day > daysIn(y, month) {
			continue
		}
		if isoWeekday(time.Date(y, time.Month(month), day, 12, 0, 0, 0, time.UTC)) == wd {
			return y
		}
	}
	return 0
}

// BareWeekday reports a weekday named with no day, week or direction
// ("hôm thứ Năm", "vào thứ Sáu"): Resolve puts it on or before the
// anchor, as news tell what is done.
func (m Mention) BareWeekday() bool {
	return m.Weekday != 0 && m.Relative && m.unit == unitNone && !m.Future
}

// Resolve fills in what the anchor allows:
//   - relative days, weeks, months and years (hôm qua, cuối tuần này,
//     tháng trước, năm ngoái) count from the anchor; a week resolves to a
//     day of it (its Monday, Wednesday or Saturday for đầu, giữa and cuối
//     tuần, else the anchor's weekday) and stays Approx;
//   - a year-less day or month takes the anchor's year, the year before
//     when it would lie more than six months after the anchor (news
//     report the past), and the year after when it is Future and would lie
//     before the anchor; without an anchor, a named weekday may fix it;
//   - a bare weekday ("hôm thứ Năm") is the latest such day on or before the
//     anchor — on, because a paper dated Thursday writes "hôm thứ Năm" for
//     that day — or, when Future ("thứ Năm tới"), the first one after it.
//     It needs an anchor day.
//
// What cannot be resolved keeps the precision it has.
func (r *Resolver) Resolve(m Mention) Mention {
	a := r.anchor
	switch {
	case m.unit != unitNone:
		switch m.unit {
		case unitDay:
			if a.Day != 0 {
				m.Date = DateOf(a.Time().AddDate(0, 0, m.offset))
			} else if a.Month != 0 && m.offset >= -1 && m.offset <= 1 {
				// "hôm nay" on a page dated to the month: that month, the
				// precision the page gives.
				m.Date = Date{Year: a.Year, Month: a.Month}
			}
		case unitWeek:
			if a.Day != 0 {
				t := a.Time().AddDate(0, 0, 7*m.offset)
				monday := t.AddDate(0, 0, 1-isoWeekday(t))
				switch {
				case m.Weekday != 0:
					t = monday.AddDate(0, 0, m.Weekday-1) // "thứ Sáu tuần này"
				case m.part == partStart:
					t = monday
				case m.part == partMiddle:
					t = monday.AddDate(0, 0, 2)
				case m.part == partEnd:
					t = monday.AddDate(0, 0, 5)
				}
				m.Date = DateOf(t)
			} else if a.Month != 0 && m.offset == 0 {
				m.Date = Date{Year: a.Year, Month: a.Month} // "hồi đầu tuần" on a page dated to the month
			}
		case unitMonth:
			if a.Month != 0 {
				t := time.Date(a.Year, time.Month(a.Month+m.offset), 1, 12, 0, 0, 0, time.UTC)
				m.Date = Date{Year: t.Year(), Month: int(t.Month())}
				if a.Year == 0 {
					m.Date.Year = 0
				}
			}
		case unitYear:
			if a.Year != 0 {
				m.Date.Year = a.Year + m.offset
			}
		}
	case m.Date.Year == 0 && m.Date.Month != 0:
		switch y := r.writtenYear(m.Date); {
		case y > 0:
			m.Date.Year = y
		case a.Year != 0:
			m.Date.Year = pickYear(a, m.Date, m.Future)
			m.YearOfAnchor = !m.Future
		case m.Weekday != 0 && m.Date.Day != 0:
			m.Date.Year = r.yearByWeekday(m.Weekday, m.Date.Month, m.Date.Day)
		}
		if m.Date.Year != 0 && m.EndDate.Month != 0 && m.EndDate.Year == 0 {
			m.EndDate.Year = m.Date.Year
			if m.EndDate.Month < m.Date.Month {
				m.EndDate.Year++
			}
		}
	case m.Weekday != 0 && m.Date.IsZero():
		if a.Day != 0 {
			t := a.Time()
			if m.Future {
				t = t.AddDate(0, 0, (m.Weekday-isoWeekday(t)+6)%7+1)
			} else {
				t = t.AddDate(0, 0, -((isoWeekday(t) - m.Weekday + 7) % 7))
			}
			m.Date = DateOf(t)
		}
	}
	return m
}

// ResolveFromDay resolves relative mention m against day at, on a page
// whose own day is not known (no date of its own): "Ngày
// 12-9, tờ Khmer Times đưa tin Thủ tướng ... sẽ sang thăm Trung Quốc
// trong tuần này" is of September, "ngày 7-6 ... vào tuần tới" of June.
// Without a year the weekday of at is not known: a week is its month
// only when every day it may hold falls in that month; a day ("hôm
// qua") is the day. m is returned unchanged when at says too little.
func ResolveFromDay(m Mention, at Date) Mention {
	if !m.Relative || !m.Date.IsZero() || at.Month == 0 || at.Day == 0 {
		return m
	}
	if at.Year != 0 {
		return (&Resolver{anchor: at}).Resolve(m)
	}
	// A leap year, so that 29/2 is a day; only month and day are kept.
	t := time.Date(2000, time.Month(at.Month), at.Day, 12, 0, 0, 0, time.UTC)
	switch m.unit {
	case unitDay:
		d := DateOf(t.AddDate(0, 0, m.offset))
		m.Date = Date{Month: d.Month, Day: d.Day}
	case unitWeek:
		t = t.AddDate(0, 0, 7*m.offset)
		from, to := t.AddDate(0, 0, -6), t.AddDate(0, 0, 6)
		if from.Month() == t.Month() && to.Month() == t.Month() {
			m.Date = Date{Month: int(t.Month())}
		}
	case unitMonth:
		t = time.Date(2000, time.Month(at.Month+m.offset), 1, 12, 0, 0, 0, time.UTC)
		m.Date = Date{Month: int(t.Month())}
	}
	return m
}

// DayAfter returns the day after day d, with or without its year.
func DayAfter(d Date) Date { return AddDays(d, 1) }

// AddDays returns the day n days from day d (before it for n < 0); a day
// without its year stays without one, counted in a leap year so that 29/2
// is a day ("Ngày 2-9, ... kéo dài 2 ngày" on a page with no year).
func AddDays(d Date, n int) Date {
	if d.Year != 0 {
		return DateOf(d.Time().AddDate(0, 0, n))
	}
	e := DateOf(Date{Year: 2000, Month: d.Month, Day: d.Day}.Time().AddDate(0, 0, n))
	return Date{Month: e.Month, Day: e.Day}
}

// pickYear chooses the year of a year-less date d against anchor a.
func pickYear(a, d Date, future bool) int {
	y := a.Year
	if a.Month == 0 {
		return y
	}
	if future {
		if d.Month < a.Month || d.Month == a.Month && d.Day != 0 && a.Day != 0 && d.Day < a.Day {
			return y + 1
		}
		return y
	}
	if d.Month-a.Month > 6 {
		return y - 1
	}
	return y
}

// Time is the date at noon UTC, its missing parts the first of their period.
func (d Date) Time() time.Time {
	return time.Date(d.Year, time.Month(max(d.Month, 1)), max(d.Day, 1), 12, 0, 0, 0, time.UTC)
}

// DateOf is the day of t.
func DateOf(t time.Time) Date { return Date{t.Year(), int(t.Month()), t.Day()} }

// After says whether a is after b (zero parts count as the start of the period).
func After(a, b Date) bool {
	if a.Year != b.Year {
		return a.Year > b.Year
	}
	if a.Month != b.Month {
		return a.Month > b.Month
	}
	return a.Day > b.Day
}

func isoWeekday(t time.Time) int {
	if wd := int(t.Weekday()); wd != 0 {
		return wd
	}
	return 7
}

// within reports byte offset at inside one of spans.
func within(spans [][2]int, at int) bool {
	for _, sp := range spans {
		if sp[0] <= at && at < sp[1] {
			return true
		}
	}
	return false
}
