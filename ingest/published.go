package ingest

import (
	"regexp"
	"strings"
)

// bylineWindow is how far into an article a byline or dateline is looked
// for: news pages print it under the headline and the author.
const bylineWindow = 700

// bylineDate matches the date a page prints for itself under its headline:
// "06/03/2024 07:26 GMT+7", "26-10-2025 - 11:21 AM", "Thứ Hai, 2/12/2025",
// "Cập nhật: 10/3/2025 09:15". A full date counts only with what marks it
// as the page's own (a time, a weekday before it, "GMT", "cập nhật",
// "đăng"): a full date in the first sentence is as often the event's.
var bylineDate = regexp.MustCompile(`(?i)` +
	`(?P<before>\b\d{1,2}[:h]\d{2}\s*[,|-]?\s*)?` +
	`(?:(?:(?P<weekday>thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)|(?P<label>cập\s+nhật|đăng|ngày\s+đăng|xuất\s+bản))\s*[:,]?\s*(?:ngày\s+)?)?` +
	`\b(?P<day>\d{1,2})[/.-](?P<month>\d{1,2})[/.-](?P<year>\d{4})\b` +
	`(?P<after>\s*[-,|]?\s*\d{1,2}[:h]\d{2}|\s*\(?GMT)?`)

var bylineGroup = func() map[string]int {
	m := map[string]int{}
	for i, n := range bylineDate.SubexpNames() {
		m[n] = i
	}
	return m
}()

// publishedFromByline returns the publication date a byline near the top
// of text states, or the zero Date, and where the byline's date is in text.
func publishedFromByline(text string) (Date, int, int) {
	head := text[:min(len(text), bylineWindow)]
	for _, m := range bylineDate.FindAllStringSubmatchIndex(head, 4) {
		group := func(name string) string {
			i := bylineGroup[name]
			if m[2*i] < 0 {
				return ""
			}
			return head[m[2*i]:m[2*i+1]]
		}
		marked := group("before") != "" || group("weekday") != "" || group("label") != "" || group("after") != ""
		if !marked && !aloneOnLine(head, m[0], m[1]) {
			continue
		}
		d := Date{Year: atoi(group("year")), Month: atoi(group("month")), Day: atoi(group("day"))}
		if validDate(d) {
			return d, m[0], m[1]
		}
	}
	return Date{}, 0, 0
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
