package ingest

import (
	"strings"

	"kg/ingest/calendar"
	"kg/ingest/prose"
)

// bylineWindow is how far into an article a byline or dateline is looked
// for: news pages print it under the headline and the author.
const bylineWindow = 1000

// publishedFromByline returns the publication date a byline near the top
// of text states, and where that date is in text; the zero Date when there
// is none. A byline date is a full D/M/YYYY (or with "-" or "."), marked as
// the page's own by what stands beside it: a time ("06/03/2024 07:26",
// "18:55 06/05/2025", "26-10-2025 - 11:21 AM"), "GMT", a weekday before it
// ("Thứ Hai, 2/12/2025"), a label ("Cập nhật:", "Ngày đăng:"), or a line of
// its own. A full date in a sentence is as often the event's.
//
// A date written out ("Thứ tư, ngày 31 tháng 7 năm 2024") is taken only
// when no numeric one is found: many sites print today's date that way
// in their page header, above the article and its own byline.
func publishedFromByline(text string) (calendar.Date, int, int) {
	from := menuEnd(text)
	head := text[:min(len(text), from+bylineWindow)]
	var long calendar.Date
	var longStart, longEnd int
	for at := from; ; {
		d, i, end, ok := nextBylineDate(head, at)
		if !ok {
			if long.IsZero() {
				return labelledDate(text, len(head))
			}
			return long, longStart, longEnd
		}
		if !strings.Contains(head[i:end], " ") {
			if d2, i2, end2, ok := laterByline(head, i, end, d); ok {
				return d2, i2, end2
			}
			return d, i, end
		}
		if long.IsZero() {
			long, longStart, longEnd = d, i, end
		}
		at = end
	}
}

// labelledDate returns a date that a line of its own labels as the
// page's ("Xuất bản:Thứ tư, 12/10/2022 00:06 (GMT+7)", "Cập nhật: ..."),
// anywhere from byte from on: some sites print it at the article's end.
func labelledDate(text string, from int) (calendar.Date, int, int) {
	for at := from; at < len(text); {
		d, i, end, ok := nextBylineDate(text, at)
		if !ok {
			return calendar.Date{}, 0, 0
		}
		line := text[strings.LastIndexByte(text[:i], '\n')+1 : i]
		low := strings.ToLower(strings.TrimSpace(line))
		for _, l := range bylineLabels[weekdayLabels:] {
			if l != "đăng" && strings.HasPrefix(low, l) && timeAt(strings.TrimLeft(text[end:], " \t-|,")) {
				return d, i, end
			}
		}
		at = end
	}
	return calendar.Date{}, 0, 0
}

// nextBylineDate returns the first full date in head from byte from on
// that bylineMarked takes for the page's own, and where it is.
func nextBylineDate(head string, from int) (calendar.Date, int, int, bool) {
	for i := from; i < len(head); i++ {
		if !prose.IsDigitByte(head[i]) || i > 0 && prose.IsDigitByte(head[i-1]) {
			continue
		}
		d, end, ok := fullDate(head, i)
		if !ok {
			// A month written as a word: a line of its own, or after a
			// label, not a site's header beside a weekday ("Thứ Tư, Tháng
			// Năm 15, 2024" is the day the page was shown).
			if d, start, end, ok := wordMonthDate(head, i); ok && (aloneOnLine(head, start, end) || labelledAs(head[:start], "posted on")) {
				return d, start, end, true
			}
			continue
		}
		if bylineMarked(head, i, end) {
			return d, i, end, true
		}
		i = end
	}
	return calendar.Date{}, 0, 0, false
}

// laterByline returns the byline date after a date at head[start:end] on
// the page's first line, when it is earlier: the first line is the site's
// clock ("Thứ 7, 09/11/2024, 22:25[GMT+7]" above the headline), the one
// under the headline the article's ("Chủ nhật, 07/04/2024 | 16:57:34").
// A page is read after it was published, never before.
func laterByline(head string, start, end int, d calendar.Date) (calendar.Date, int, int, bool) {
	if strings.Contains(head[:start], "\n") {
		return calendar.Date{}, 0, 0, false // not on the first line
	}
	for at := end; ; {
		d2, i, end2, ok := nextBylineDate(head, at)
		if !ok {
			return calendar.Date{}, 0, 0, false
		}
		if !strings.Contains(head[i:end2], " ") && calendar.After(d, d2) {
			return d2, i, end2, true
		}
		at = end2
	}
}

// menuEnd returns where a page's text starts after a menu of bulleted
// lines ("  • An Giang", "  • Bình Dương", ...) that some pages open on;
// 0 when there is none. The byline is looked for from there.
func menuEnd(text string) int {
	at, items := 0, 0
	for at < len(text) {
		nl := strings.IndexByte(text[at:], '\n')
		line := text[at:]
		if nl >= 0 {
			line = text[at : at+nl]
		}
		t := strings.TrimSpace(line)
		if t != "" && !strings.HasPrefix(t, "•") {
			break
		}
		if t != "" {
			items++
		}
		if nl < 0 {
			return len(text)
		}
		at += nl + 1
	}
	if items < 5 {
		return 0
	}
	return at
}

// fullDate reads D<sep>M<sep>YYYY at s[i:], one separator of / - . used
// twice, "D tháng M năm YYYY" ("Thứ tư, ngày 31 tháng 7 năm 2024"), "D
// ThM, YYYY" ("20 Th1, 2020"), or the ISO YYYY-MM-DD some sites stamp
// ("Write: 2019-11-28 14:10:13").
func fullDate(s string, i int) (calendar.Date, int, bool) {
	if d, end, ok := isoDate(s, i); ok {
		return d, end, true
	}
	day, j := digits(s, i, 2)
	if j > i && strings.HasPrefix(s[j:], " tháng ") {
		return monthYear(s, day, j+len(" tháng "), " năm ")
	}
	if j > i && strings.HasPrefix(s[j:], " Th") {
		return monthYear(s, day, j+len(" Th"), ", ")
	}
	if j == i || j >= len(s) || (s[j] != '/' && s[j] != '-' && s[j] != '.') {
		return calendar.Date{}, 0, false
	}
	sep := s[j]
	month, k := digits(s, j+1, 2)
	if k == j+1 || k >= len(s) || s[k] != sep {
		return calendar.Date{}, 0, false
	}
	year, end, ok := exactly(s, k+1, 4)
	if !ok {
		return calendar.Date{}, 0, false
	}
	d := calendar.Date{Year: year, Month: month, Day: day}
	return d, end, calendar.Valid(d)
}

// monthWords are the names of the months, in English and as some
// sites write them in Vietnamese ("Tháng Năm 27, 2021"), the longer of
// two that end alike first.
var monthWords = []struct {
	word  string
	month int
}{
	{"January", 1}, {"February", 2}, {"March", 3}, {"April", 4}, {"May", 5}, {"June", 6},
	{"July", 7}, {"August", 8}, {"September", 9}, {"October", 10}, {"November", 11}, {"December", 12},
	{"Tháng Mười Một", 11}, {"Tháng Mười Hai", 12}, {"Tháng Một", 1}, {"Tháng Giêng", 1}, {"Tháng Hai", 2},
	{"Tháng Ba", 3}, {"Tháng Tư", 4}, {"Tháng Năm", 5}, {"Tháng Sáu", 6}, {"Tháng Bảy", 7},
	{"Tháng Tám", 8}, {"Tháng Chín", 9}, {"Tháng Mười", 10},
}

// wordMonthDate reads a date whose month is a word, its day at s[i:]:
// "August 25, 2020", "Tháng Năm 27, 2021" (the month before the day and
// a comma before the year) or "21 April 2017". It returns the date and
// where it starts and ends.
func wordMonthDate(s string, i int) (calendar.Date, int, int, bool) {
	day, j := digits(s, i, 2)
	if j == i || j+2 >= len(s) || !(s[j] == ',' && s[j+1] == ' ') && !(s[j] == ' ' && s[j+1] >= 'A' && s[j+1] <= 'Z') {
		return calendar.Date{}, 0, 0, false // neither "27, 2021" nor "21 April"
	}
	before := s[:i]
	if s[j] == ',' && strings.HasSuffix(before, " ") {
		before = before[:len(before)-1]
		for _, mw := range monthWords {
			if strings.HasSuffix(before, mw.word) && strings.HasPrefix(s[j:], ", ") {
				if year, end, ok := exactly(s, j+2, 4); ok {
					d := calendar.Date{Year: year, Month: mw.month, Day: day}
					return d, len(before) - len(mw.word), end, calendar.Valid(d)
				}
			}
		}
	}
	if s[j] == ' ' {
		for _, mw := range monthWords[:12] {
			if k := j + 1 + len(mw.word); strings.HasPrefix(s[j+1:], mw.word) && strings.HasPrefix(s[k:], " ") {
				if year, end, ok := exactly(s, k+1, 4); ok {
					d := calendar.Date{Year: year, Month: mw.month, Day: day}
					return d, i, end, calendar.Valid(d)
				}
			}
		}
	}
	return calendar.Date{}, 0, 0, false
}

// isoDate reads YYYY-MM-DD at s[i:].
func isoDate(s string, i int) (calendar.Date, int, bool) {
	year, j := digits(s, i, 4)
	if j-i != 4 || j+6 > len(s) || s[j] != '-' {
		return calendar.Date{}, 0, false
	}
	month, k := digits(s, j+1, 2)
	if k-(j+1) != 2 || k >= len(s) || s[k] != '-' {
		return calendar.Date{}, 0, false
	}
	day, end, ok := exactly(s, k+1, 2)
	if !ok {
		return calendar.Date{}, 0, false
	}
	d := calendar.Date{Year: year, Month: month, Day: day}
	return d, end, calendar.Valid(d)
}

// monthYear reads "M<sep>YYYY" at s[k:], the rest of a date written with
// words: "M năm YYYY" ("ngày 31 tháng 7 năm 2024"), or "M, YYYY" after a
// month abbreviated as blogging software prints it ("Đã đăng vào 20 Th1, 2020").
func monthYear(s string, day, k int, sep string) (calendar.Date, int, bool) {
	month, m := digits(s, k, 2)
	if m == k || !strings.HasPrefix(s[m:], sep) {
		return calendar.Date{}, 0, false
	}
	year, end, ok := exactly(s, m+len(sep), 4)
	if !ok {
		return calendar.Date{}, 0, false
	}
	d := calendar.Date{Year: year, Month: month, Day: day}
	return d, end, calendar.Valid(d)
}

// exactly reads n decimal digits at s[i:], no more and no fewer.
func exactly(s string, i, n int) (int, int, bool) {
	v, j := digits(s, i, n)
	return v, j, j-i == n && (j >= len(s) || !prose.IsDigitByte(s[j]))
}

// digits reads up to max decimal digits at s[i:].
func digits(s string, i, max int) (int, int) {
	n, j := 0, i
	for j < len(s) && j-i < max && prose.IsDigitByte(s[j]) {
		n = n*10 + int(s[j]-'0')
		j++
	}
	return n, j
}

// bylineLabels mark a date before them as the page's own.
var bylineLabels = []string{"thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật", "cập nhật", "ngày đăng", "đăng", "đăng vào", "xuất bản"}

// weekdayLabels is how many of bylineLabels, first, are weekdays.
const weekdayLabels = 7

// bylineMarked reports what marks head[start:end] as a byline date.
func bylineMarked(head string, start, end int) bool {
	after := strings.TrimLeft(head[end:], " \t-|,")
	if timeAt(after) || strings.HasPrefix(strings.TrimLeft(after, "("), "GMT") || strings.HasPrefix(after, "T") && timeAt(after[1:]) {
		return true // "06/03/2024 07:26", "2025-05-16T19:44+0700"
	}
	before := strings.TrimRight(head[:start], " \t,:-|'")
	if timeEnds(before) {
		return true // "18:55 06/05/2025", "20:00' 31-03-2023"
	}
	if b := strings.TrimSuffix(before, " ngày"); len(b) < len(before) && timeOpensLine(b, len(b)) {
		return true // "08:23, ngày 05-06-2019" opening its line
	}
	if dayWordOpensLine(head, start) && strings.Contains(head[start:end], " ") && endsLine(head, end) {
		return true // "Ngày 6 tháng 8 năm 2020" on a line of its own, under a release's title
	}
	if opensLine(head, start) && viewCount(head[end:]) {
		return true // "30/05/2023    220": the date and how often the page was read
	}
	low := strings.ToLower(before[max(0, len(before)-20):])
	low = strings.TrimSuffix(strings.TrimRight(low, " "), " ngày")
	for i, l := range bylineLabels {
		if strings.HasSuffix(low, l) {
			// A weekday opens a byline's line ("Thứ Hai, 2/12/2025"); in a
			// sentence ("có hiệu lực từ thứ Bảy, 1/1/2022") it dates the event.
			at := strings.LastIndex(strings.ToLower(before), l)
			return i >= weekdayLabels || opensLine(before, at) || timeOpensLine(before, at)
		}
	}
	return aloneOnLine(head, start, end) || endsLine(head, end) && strings.HasSuffix(strings.TrimRight(head[:start], " "), ",")
}

// labelledAs reports before ending on label, a colon after it maybe,
// case aside: "Posted on: ".
func labelledAs(before, label string) bool {
	b := strings.TrimRight(before, " \t:")
	return len(b) >= len(label) && strings.EqualFold(b[len(b)-len(label):], label)
}

// dayWordOpensLine reports "Ngày " alone before byte i of s on its line.
func dayWordOpensLine(s string, i int) bool {
	before := strings.TrimRight(s[:i], " ")
	return strings.HasSuffix(before, "Ngày") && opensLine(before, len(before)-len("Ngày"))
}

// timeOpensLine reports a time and marks alone before byte i of s on its
// line: "9:43, Thứ Tư, 1-3-2023", "19:35 - Thứ Sáu, 12/08/2022".
func timeOpensLine(s string, i int) bool {
	if i < 0 {
		return false
	}
	line := strings.TrimLeft(s[strings.LastIndexByte(s[:i], '\n')+1:i], " \t|•")
	return timeEnds(strings.TrimRight(line, " ,-|")) && len(strings.TrimRight(line, " ,-|")) <= 5
}

// viewCount reports a number of views alone after a date on its line
// ("30/05/2023    220", "12/08/2022 Lượt xem: 15897").
func viewCount(rest string) bool {
	if le := strings.IndexByte(rest, '\n'); le >= 0 {
		rest = rest[:le]
	}
	rest = strings.TrimSpace(rest)
	rest = strings.TrimSpace(strings.TrimPrefix(rest, "Lượt xem:"))
	if rest == "" {
		return false
	}
	_, j := digits(rest, 0, 9)
	return j == len(rest)
}

// endsLine reports nothing but spaces between text[end:] and the end of
// its line.
func endsLine(text string, end int) bool {
	le := strings.IndexByte(text[end:], '\n')
	return le >= 0 && strings.TrimSpace(text[end:end+le]) == ""
}

// opensLine reports nothing but spaces and marks between the line's start
// and byte i of s.
func opensLine(s string, i int) bool {
	if i < 0 {
		return false
	}
	line := s[strings.LastIndexByte(s[:i], '\n')+1 : i]
	return strings.Trim(line, " \t|•-") == ""
}

// timeAt reports a time "HH:MM" or "HHhMM" at the start of s.
func timeAt(s string) bool {
	_, j := digits(s, 0, 2)
	if j == 0 || j >= len(s) || s[j] != ':' && s[j] != 'h' {
		return false
	}
	_, k := digits(s, j+1, 2)
	return k-(j+1) == 2
}

// timeEnds reports a time "HH:MM" at the end of s.
func timeEnds(s string) bool {
	if len(s) < 4 {
		return false
	}
	for w := 4; w <= 5 && w <= len(s); w++ {
		if timeAt(s[len(s)-w:]) && (len(s) == w || !prose.IsDigitByte(s[len(s)-w-1])) {
			return true
		}
	}
	return false
}

// aloneOnLine reports whether text[start:end] is all its line holds.
func aloneOnLine(text string, start, end int) bool {
	ls := strings.LastIndexByte(text[:start], '\n') + 1
	le := strings.IndexByte(text[end:], '\n')
	if le < 0 {
		le = len(text) - end
	}
	return strings.TrimSpace(text[ls:start]) == "" && strings.TrimSpace(text[end:end+le]) == ""
}
