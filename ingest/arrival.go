package ingest

import (
	"slices"

	"kg/ingest/calendar"
	"kg/ingest/gazetteer"
)

// arrivalDays dates a visit the text tells with no day by the day its
// visitor is told to arrive in the visited country with no visit word
// ("Thủ tướng Hungary Viktor Orban đã đến Trung Quốc vào sáng 8/7 theo giờ
// địa phương" beside "Chuyến thăm Bắc Kinh của nhà lãnh đạo Hungary ...";
// "Thủ tướng Ulf Kristersson và Ngoại trưởng Tobias Billström tới
// Washington vào ngày 6/3" beside "chuyến thăm của Thủ tướng ... tới
// Washington"): the visit's first day (docs/ANNOTATION.md), when the text
// tells exactly one such day. Only a visit told as held: a planned one
// read from a schedule of talks ("Chủ tịch nước sẽ ... hội kiến với Thủ
// tướng Nga") may be those talks, which the arrival does not date.
func (a *analysis) arrivalDays(ms []meeting) {
	for i := range ms {
		v := &ms[i]
		if v.kind != "state_visit" || !v.date.IsZero() || v.country == "" || v.recalled || v.caption || v.status != "held" {
			continue
		}
		var day calendar.Date
		n := 0
		for si := range a.sents {
			s := a.sents[si]
			if s.caption {
				continue // "... tại sân bay ở New Delhi, ngày 20/3": a photo's day
			}
			for _, cl := range clauses(s) {
				if d, ok := a.arrivalIn(s, cl, *v); ok && d != day {
					day = d
					n++
				}
			}
		}
		if n == 1 {
			v.date = day
		}
	}
}

// arrivedAt reports a place at token i told as where someone goes: "đến",
// "tới" or "sang" before it, with "thủ đô", "sân bay ..." and the like
// between ("đã đến Trung Quốc", "tới Washington", "đến sân bay Vnukovo,
// Moscow"); not "thăm", which a visit's own words say.
func arrivedAt(s *sentence, i int) bool {
	i = airportOf(s, i)
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch s.toks[j].low {
		case "tới", "đến", "sang":
			return true
		}
		if !placeNounAt(s, j) {
			return false
		}
	}
	return false
}

// arrivalIn returns the one day of clause cl of s when it tells a visitor
// of visit v (one of its participants, not of the visited country) going
// to the visited country or one of its cities ("tới Washington", "đã đến
// Trung Quốc").
func (a *analysis) arrivalIn(s *sentence, cl clause, v meeting) (calendar.Date, bool) {
	g := gazetteer.Default()
	to := -1
	for _, m := range s.ments {
		if m.start < cl.start || m.end > cl.end || m.start == 0 {
			continue
		}
		in := m.kind == mCountry && m.id == v.country
		if m.kind == mCity {
			c := g.Cities[m.id]
			in = c != nil && c.Country == v.country
		}
		if in && arrivedAt(s, m.start) {
			to = m.start
			break
		}
	}
	if to < 0 || s.anyCueIn("meet", cl) {
		return calendar.Date{}, false // a meeting word's clause dates its own meeting
	}
	visitor := false
	for _, m := range s.ments {
		if m.start < cl.start || m.start >= to {
			continue
		}
		for _, k := range m.keys {
			p := a.people.get(k)
			if slices.Contains(v.participants, k) && p != nil && p.country != "" && p.country != v.country {
				visitor = true
			}
		}
	}
	if !visitor {
		return calendar.Date{}, false
	}
	var day calendar.Date
	n := 0
	from, end := s.toks[cl.start].start, s.toks[cl.end-1].end
	for i := range s.dates {
		d := &s.dates[i]
		if d.Start < from || d.End > end || a.statementDate(s, d) {
			continue
		}
		if d.Date.Day == 0 || !d.EndDate.IsZero() || d.Approx {
			return calendar.Date{}, false // a span, a month: not one day
		}
		day = d.Date
		n++
	}
	return day, n == 1
}
