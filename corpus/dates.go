package corpus

import (
	"strconv"
	"time"
)

// Dates: every event has a true date at some precision; the text writes it
// in one of the forms of the Vietnamese date grammar that a reader can
// resolve from the publication date, or, without one, from the text alone.

type prec uint8

const (
	pNone prec = iota
	pYear
	pMonth
	pDay
)

// when is an event's date: t at precision p, and the last day of a range.
type when struct {
	t   time.Time
	p   prec
	end time.Time // zero unless a day range
}

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC) }

func (w when) iso() *string {
	var s string
	switch w.p {
	case pYear:
		s = pad4(w.t.Year())
	case pMonth:
		s = pad4(w.t.Year()) + "-" + pad2(int(w.t.Month()))
	case pDay:
		s = pad4(w.t.Year()) + "-" + pad2(int(w.t.Month())) + "-" + pad2(w.t.Day())
	default:
		return nil
	}
	return &s
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func pad4(n int) string { return strconv.Itoa(n) }

var weekdayVI = [...]string{"Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"}

var monthVI = [...]string{"", "Giêng", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"}

var timesOfDay = []string{"sáng", "chiều", "tối", "trưa"}

func daysBetween(a, b time.Time) int { return int(b.Sub(a).Hours() / 24) }

// yearOf mirrors how a reader resolves a year-less month (and day) against
// the publication date: the publication year, the year before when the
// month lies more than six months after it (news report the past), the
// year after for a forward expression ("tới") that would lie before it.
func yearOf(pub time.Time, m, d int, future bool) int {
	y := pub.Year()
	pm := int(pub.Month())
	if future {
		if m < pm || m == pm && d != 0 && d < pub.Day() {
			return y + 1
		}
		return y
	}
	if m-pm > 6 {
		return y - 1
	}
	return y
}

// weekdayYear returns the only year in [lo, hi] where month/day falls on the
// weekday, or 0 when none or several do.
func weekdayYear(wd time.Weekday, m, d, lo, hi int) int {
	found := 0
	for y := lo; y <= hi; y++ {
		t := day(y, m, d)
		if t.Month() != time.Month(m) {
			continue
		}
		if t.Weekday() == wd {
			if found != 0 {
				return 0
			}
			found = y
		}
	}
	return found
}

// dm writes "d/m".
func dm(t time.Time) string { return strconv.Itoa(t.Day()) + "/" + strconv.Itoa(int(t.Month())) }

// dmy writes "d/m/yyyy".
func dmy(t time.Time) string { return dm(t) + "/" + strconv.Itoa(t.Year()) }

// dayPhrase writes the date of one day. future marks an event after the
// publication date (a planned one).
func (g *gen) dayPhrase(t time.Time, future bool) string {
	d, m, y := t.Day(), int(t.Month()), t.Year()
	if !g.hasPub {
		// absolute dates with a year, or a weekday with day/month when the
		// text's years fix it (see weekdayOK).
		if g.weekdayOK(t) && g.chance(0.5) {
			g.needYear = true
			wd := weekdayVI[t.Weekday()]
			switch g.r.IntN(4) {
			case 0:
				return wd + " " + dm(t)
			case 1:
				return wd + " (" + dm(t) + ")"
			case 2:
				return wd + ", ngày " + dm(t)
			default:
				return g.pick(timesOfDay) + " " + wd + " " + dm(t)
			}
		}
		g.years[y] = true
		switch g.r.IntN(5) {
		case 0, 1:
			return "ngày " + dmy(t)
		case 2:
			if future {
				return "vào ngày " + dmy(t)
			}
			return "hôm " + dmy(t)
		case 3:
			return "ngày " + strconv.Itoa(d) + " tháng " + strconv.Itoa(m) + " năm " + strconv.Itoa(y)
		default:
			return g.pick(timesOfDay) + " " + dmy(t)
		}
	}
	diff := daysBetween(t, g.pub) // days before publication
	yearless := yearOf(g.pub, m, d, false) == y
	first := g.r.IntN(12)
	if !future && diff >= 0 && diff <= 1 && g.chance(0.5) {
		first = 4 // hôm qua, hôm nay
	} else if !future && diff >= 0 && diff <= 6 && g.chance(0.3) {
		first = 5 // hôm thứ Năm
	}
	for try := 0; try < 8; try++ {
		k := first
		if try > 0 {
			k = g.r.IntN(12)
		}
		switch k {
		case 0:
			if yearless {
				return "ngày " + dm(t)
			}
		case 1:
			if yearless && !future {
				return "hôm " + dm(t)
			}
		case 2:
			if yearless {
				return g.pick(timesOfDay) + " " + dm(t)
			}
		case 3:
			if yearless {
				if g.chance(0.3) {
					return "ngày " + strconv.Itoa(d) + " tháng " + monthVI[m]
				}
				return "ngày " + strconv.Itoa(d) + " tháng " + strconv.Itoa(m)
			}
		case 4:
			if diff == 1 {
				switch g.r.IntN(4) {
				case 0:
					return "hôm qua"
				case 1:
					return "hôm qua (" + dm(t) + ")"
				case 2:
					return g.pick([]string{"sáng", "chiều", "tối"}) + " qua (" + dm(t) + ")"
				default:
					return "ngày hôm qua"
				}
			}
			if diff == 0 {
				switch g.r.IntN(3) {
				case 0:
					return "hôm nay"
				case 1:
					return "hôm nay (" + dm(t) + ")"
				default:
					return g.pick([]string{"sáng", "chiều", "tối"}) + " nay"
				}
			}
			if diff == -1 && future {
				return "ngày mai"
			}
		case 5, 6:
			if diff >= 0 && diff <= 6 && !future {
				wd := weekdayVI[t.Weekday()]
				switch g.r.IntN(3) {
				case 0:
					return "hôm " + wd
				case 1:
					return "vào " + wd
				default:
					return g.pick([]string{"sáng", "chiều", "tối"}) + " " + wd
				}
			}
			if future && diff <= -1 && diff >= -7 {
				return weekdayVI[t.Weekday()] + " tới"
			}
		case 7:
			if yearless {
				wd := weekdayVI[t.Weekday()]
				switch g.r.IntN(3) {
				case 0:
					return wd + " " + dm(t)
				case 1:
					return wd + " (" + dm(t) + ")"
				default:
					return g.pick(timesOfDay) + " " + wd + " " + dm(t)
				}
			}
		case 8:
			if future && yearOf(g.pub, m, d, true) == y {
				return "ngày " + dm(t) + " tới"
			}
		case 9:
			return "ngày " + strconv.Itoa(d) + " tháng " + strconv.Itoa(m) + " năm " + strconv.Itoa(y)
		case 10:
			return "ngày " + dmy(t)
		case 11:
			if yearless && !future {
				return "mùng " + dm(t)
			}
		}
	}
	return "ngày " + dmy(t)
}

// weekdayOK reports whether, in an article without a publication date, a
// weekday with day/month fixes t's year: the text names no year after t's
// (the generator keeps it so) and names t's year somewhere (needYear makes
// sure), and no other year from five before t's up to weekdayHorizon (or
// five after, if later) has that weekday on that day/month. That holds for
// a reader who looks for the only fitting year near the years the text
// names, and for one who takes the latest fitting year up to next year
// (news report recent events), as long as "now" is before weekdayHorizon.
func (g *gen) weekdayOK(t time.Time) bool {
	y := t.Year()
	if y != g.refYear {
		return false
	}
	return weekdayYear(t.Weekday(), int(t.Month()), t.Day(), y-5, max(y+5, weekdayHorizon)) == y
}

// weekdayHorizon is the last year a reader might take a year-less weekday
// date for (next year, for a reader in 2026).
const weekdayHorizon = 2027

// rangePhrase writes a range of days within one month.
func (g *gen) rangePhrase(a, b time.Time) string {
	d1, d2 := strconv.Itoa(a.Day()), strconv.Itoa(b.Day())
	m := strconv.Itoa(int(a.Month()))
	y := strconv.Itoa(a.Year())
	if !g.hasPub || yearOf(g.pub, int(a.Month()), a.Day(), false) != a.Year() || g.chance(0.2) {
		g.years[a.Year()] = true
		switch g.r.IntN(3) {
		case 0:
			return "từ ngày " + d1 + " - " + d2 + "/" + m + "/" + y
		case 1:
			return "từ ngày " + d1 + " đến " + d2 + "/" + m + "/" + y
		default:
			return "ngày " + d1 + "-" + d2 + "/" + m + "/" + y
		}
	}
	switch g.r.IntN(4) {
	case 0:
		return "từ ngày " + d1 + " - " + d2 + "/" + m
	case 1:
		return "từ " + d1 + " đến " + d2 + "/" + m
	case 2:
		return "từ ngày " + d1 + " đến " + d2 + "/" + m
	default:
		return "từ ngày " + d1 + "/" + m + " đến ngày " + d2 + "/" + m
	}
}

// monthPhrase writes a month.
func (g *gen) monthPhrase(t time.Time, future bool) string {
	m, y := int(t.Month()), t.Year()
	ms, ys := strconv.Itoa(m), strconv.Itoa(y)
	if !g.hasPub {
		g.years[y] = true
		switch g.r.IntN(3) {
		case 0:
			return "tháng " + ms + "/" + ys
		case 1:
			return "tháng " + ms + " năm " + ys
		default:
			if future {
				return "vào tháng " + ms + "/" + ys
			}
			return "hồi tháng " + ms + "/" + ys
		}
	}
	pm := g.pub.Year()*12 + int(g.pub.Month()) - 1
	tm := y*12 + m - 1
	yearless := yearOf(g.pub, m, 0, false) == y
	for try := 0; try < 8; try++ {
		switch g.r.IntN(9) {
		case 0:
			if yearless {
				return "tháng " + ms
			}
		case 1:
			if yearless && !future {
				return "hồi tháng " + monthVI[m]
			}
		case 2:
			if yearless {
				return g.pick([]string{"đầu", "giữa", "cuối"}) + " tháng " + ms
			}
		case 3:
			switch tm - pm {
			case -1:
				return "tháng trước"
			case 0:
				return "tháng này"
			case 1:
				return "tháng tới"
			}
		case 4:
			if y == g.pub.Year()-1 {
				return "tháng " + ms + " năm ngoái"
			}
			if y == g.pub.Year() {
				return "tháng " + ms + " năm nay"
			}
		case 5:
			if future && yearOf(g.pub, m, 0, true) == y {
				if g.chance(0.5) {
					return "tháng " + ms + " tới"
				}
				return "tháng " + monthVI[m] + " sắp tới"
			}
		case 6:
			return "tháng " + ms + "/" + ys
		case 7:
			return "tháng " + ms + " năm " + ys
		case 8:
			if yearless {
				return "tháng " + monthVI[m]
			}
		}
	}
	return "tháng " + ms + "/" + ys
}

// yearPhrase writes a year.
func (g *gen) yearPhrase(y int) string {
	ys := strconv.Itoa(y)
	if !g.hasPub {
		g.years[y] = true
		return "năm " + ys
	}
	py := g.pub.Year()
	for try := 0; try < 6; try++ {
		switch g.r.IntN(5) {
		case 0:
			if y == py-1 {
				return "năm ngoái"
			}
		case 1:
			if y == py {
				return g.pick([]string{"năm nay", "trong năm nay", "cuối năm nay"})
			}
		case 2:
			if y == py+1 {
				return g.pick([]string{"năm tới", "năm sau"})
			}
		case 3:
			return "đầu năm " + ys
		default:
			return "năm " + ys
		}
	}
	return "năm " + ys
}

// phrase writes w at its precision (a range when it has an end).
func (g *gen) phrase(w when, future bool) string {
	switch {
	case w.p == pDay && !w.end.IsZero():
		return g.rangePhrase(w.t, w.end)
	case w.p == pDay:
		return g.dayPhrase(w.t, future)
	case w.p == pMonth:
		return g.monthPhrase(w.t, future)
	case w.p == pYear:
		return g.yearPhrase(w.t.Year())
	}
	return ""
}
