package corpus

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"kg/ingest/gazetteer"
	"kg/model"
)

// Planning an article: dates, the cast, the main story and the secondary
// facts. Every template names the fact it plants; a sentence states
// exactly that fact (participants, kind, date at the precision written,
// place, organisation, status).

// prominent countries get picked more often, as in the press.
var prominent = []string{"US", "CN", "RU", "JP", "KR", "IN", "FR", "DE", "GB", "AU", "ID", "MY", "SG", "TH", "LA", "KH", "PH", "IT", "CA", "BR", "TR", "UA", "NZ", "KZ", "UZ", "SA", "AE", "IR", "MN", "KP"}

// yearWeights: recent years are written about more (and the gazetteer
// knows them better).
var yearWeights = [...]int{2013: 2, 2014: 2, 2015: 2, 2016: 3, 2017: 3, 2018: 3, 2019: 4, 2020: 3, 2021: 4, 2022: 5, 2023: 6, 2024: 7, 2025: 8}

// lastDay bounds the generated dates (the gazetteer's knowledge ends there).
var lastDay = day(2025, 11, 20)

func (g *gen) randomDate() time.Time {
	total := 0
	for y := minYear; y <= maxYear; y++ {
		total += yearWeights[y]
	}
	n := g.r.IntN(total)
	y := minYear
	for ; y < maxYear; y++ {
		if n < yearWeights[y] {
			break
		}
		n -= yearWeights[y]
	}
	start := day(y, 1, 1)
	end := day(y, 12, 31)
	if end.After(lastDay) {
		end = lastDay
	}
	return start.AddDate(0, 0, g.r.IntN(daysBetween(start, end)+1))
}

// ym returns a date's year and month, month 0 at year precision.
func ym(w when) (int, int) {
	if w.p == pYear {
		return w.t.Year(), 0
	}
	return w.t.Year(), int(w.t.Month())
}

// refWhen is the article's own date: publication, else the main event.
func (g *gen) validAll(o *office, ws ...when) bool {
	for _, w := range ws {
		if w.p == pNone {
			continue
		}
		y, m := ym(w)
		if y > maxYear {
			y, m = maxYear, 0
		}
		if !g.w.valid(o, y, m) {
			return false
		}
	}
	return true
}

// country picks a country with offices of rank r valid at all dates, not
// among not.
func (g *gen) country(r rank, at []when, not ...string) string {
	y, m := ym(at[0])
	p := g.w.pool(y, m)
	for try := 0; try < 12; try++ {
		var iso string
		if g.chance(0.6) {
			iso = prominent[g.r.IntN(len(prominent))]
		} else if n := len(p.isos[r]); n > 0 {
			iso = p.isos[r][g.r.IntN(n)]
		}
		if iso == "" || slices.Contains(not, iso) || g.w.capital[iso] == nil {
			continue
		}
		if g.office(r, iso, at) != nil {
			return iso
		}
	}
	return ""
}

// office picks an office of rank r in iso valid at all the dates and not
// yet cast (or already cast in the same office).
func (g *gen) office(r rank, iso string, at []when, not ...*person) *office {
	y, m := ym(at[0])
	os := g.w.pool(y, m).by[r][iso]
	if len(os) == 0 {
		return nil
	}
	k := g.r.IntN(len(os))
	for i := range os {
		o := os[(k+i)%len(os)]
		bad := false
		for _, p := range not {
			if p != nil && p.o.l == o.l {
				bad = true
			}
		}
		for _, p := range g.cast {
			if p.o.l == o.l && p.o != o && p.o.t != o.t {
				bad = true
			}
		}
		if !bad && g.validAll(o, at...) && g.validAll(o, g.refWhen()) {
			return o
		}
	}
	return nil
}

// pickPerson casts an office of rank r in iso.
func (g *gen) pickPerson(r rank, iso string, at []when, not ...*person) *person {
	o := g.office(r, iso, at, not...)
	if o == nil {
		return nil
	}
	return g.castOf(o)
}

// refM is the publication month, 0 without one (the whole year counts).
func (g *gen) refM() int {
	if g.hasPub {
		return int(g.pub.Month())
	}
	return 0
}

func (g *gen) refWhen() when {
	if g.hasPub {
		return when{t: g.pub, p: pDay}
	}
	return when{t: day(g.refYear, 6, 30), p: pYear}
}

// city picks a city of iso: the capital mostly.
func (g *gen) city(iso string) *gazetteer.City {
	cs := g.w.cities[iso]
	if len(cs) > 1 && g.chance(0.25) {
		return cs[1+g.r.IntN(len(cs)-1)]
	}
	return cs[0]
}

// place writes "in the city": "tại Hà Nội", "ở thủ đô Bắc Kinh", "tại Điện Kremlin".
func (g *gen) place(c *gazetteer.City) string {
	name := g.cityName(c)
	if vs := g.w.venues[c.Key]; len(vs) > 0 && g.chance(0.2) {
		v := vs[g.r.IntN(len(vs))]
		if g.chance(0.5) {
			return "tại " + v + " ở " + name
		}
		return "tại " + v
	}
	switch g.r.IntN(5) {
	case 0:
		return "ở " + name
	case 1:
		if g.w.capital[c.Country] == c && !strings.HasPrefix(name, "Thủ đô") {
			return "tại thủ đô " + name
		}
	}
	return "tại " + name
}

// pastDate returns a held event's date: the publication day or a few days
// before (mostly), or weeks before.
func (g *gen) recentDate() time.Time {
	if g.chance(0.75) {
		return g.pub.AddDate(0, 0, -g.r.IntN(7))
	}
	return g.pub.AddDate(0, 0, -7-g.r.IntN(35))
}

// earlier returns an earlier event's date at some precision.
func (g *gen) earlier(from time.Time) when {
	t := from.AddDate(0, 0, -40-g.r.IntN(700))
	if t.Year() < minYear-3 {
		t = day(minYear-3, 6, 1)
	}
	switch n := g.r.IntN(10); {
	case n < 4:
		return when{t: t, p: pDay}
	case n < 7:
		return when{t: day(t.Year(), int(t.Month()), 1), p: pMonth}
	default:
		return when{t: day(t.Year(), 6, 30), p: pYear}
	}
}

// later returns a planned event's date at some precision, or none.
func (g *gen) later(from time.Time) when {
	t := from.AddDate(0, 0, 1+g.r.IntN(150))
	if !g.hasPub && t.Year() != g.refYear {
		return when{}
	}
	switch n := g.r.IntN(10); {
	case n < 2:
		return when{}
	case n < 6:
		return when{t: t, p: pDay}
	case n < 9:
		return when{t: day(t.Year(), int(t.Month()), 1), p: pMonth}
	default:
		return when{t: day(t.Year(), 6, 30), p: pYear}
	}
}

func (g *gen) prefixDate(d string) string {
	if d == "" {
		return ""
	}
	return " " + d
}

// list joins names as "A, B và C".
func list(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " và " + xs[len(xs)-1]
}

// ---------------------------------------------------------------- stories

// article builds article i.
func (g *gen) article(i int) Article {
	g.reset(i)
	var main time.Time
	if g.chance(0.67) {
		g.hasPub = true
		g.pub = g.randomDate()
		g.refYear = g.pub.Year()
	} else {
		main = g.randomDate()
		g.refYear = main.Year()
	}
	if main.IsZero() {
		main = g.recentDate()
	}
	var ok bool
	for try := 0; try < 4 && !ok; try++ {
		switch n := g.r.IntN(100); {
		case n < 24:
			ok = g.storyTalks(main)
		case n < 40:
			ok = g.storyVisit(main)
		case n < 52:
			ok = g.storyCall(main, model.KindPhoneCall)
		case n < 60:
			ok = g.storyCall(main, model.KindVideoCall)
		case n < 80:
			ok = g.storySummit(main)
		case n < 88:
			ok = g.storyPlanned(main)
		case n < 94:
			ok = g.storyCancelled(main)
		default:
			ok = g.storyOrg(main)
		}
	}
	if !ok {
		g.storyCall(main, model.KindPhoneCall)
	}
	g.finish()
	a := Article{ID: "gen-" + pad6(i+1), Title: g.title, Text: g.text(), Facts: g.facts}
	if g.hasPub {
		a.Published = g.pub.Format("2006-01-02")
		a.Facts.Published = strp(a.Published)
	}
	return a
}

func pad6(n int) string {
	s := strconv.Itoa(n)
	for len(s) < 6 {
		s = "0" + s
	}
	return s
}

// pair casts two leaders of rank r from two countries (the first VN half
// the time) valid at the dates.
func (g *gen) pair(r rank, at []when) (*person, *person) {
	var a string
	if g.chance(0.5) && g.office(r, "VN", at) != nil {
		a = "VN"
	} else {
		a = g.country(r, at)
	}
	if a == "" {
		return nil, nil
	}
	b := g.country(r, at, a)
	if b == "" {
		return nil, nil
	}
	pa := g.pickPerson(r, a, at)
	pb := g.pickPerson(r, b, at, pa)
	if pa == nil || pb == nil {
		return nil, nil
	}
	return pa, pb
}

func (g *gen) meetRank() rank {
	switch n := g.r.IntN(100); {
	case n < 75:
		return rTop
	case n < 94:
		return rFM
	default:
		return rDef
	}
}

var topics = []string{
	"các biện pháp thúc đẩy hợp tác kinh tế, thương mại và đầu tư",
	"hợp tác quốc phòng - an ninh",
	"tình hình khu vực và quốc tế",
	"hợp tác năng lượng và chuyển đổi xanh",
	"an ninh lương thực và chuỗi cung ứng",
	"hợp tác khoa học, công nghệ và đổi mới sáng tạo",
	"giao lưu nhân dân và hợp tác giáo dục",
	"tình hình Biển Đông",
	"xung đột ở Ukraine",
	"tình hình Trung Đông",
	"hợp tác phòng, chống biến đổi khí hậu",
	"kết nối hạ tầng và logistics",
}

var relations = []string{"hữu nghị và hợp tác", "Đối tác chiến lược toàn diện", "hợp tác nhiều mặt", "Đối tác chiến lược", "hữu nghị truyền thống"}

// relationLevels are the partnership levels among relations.
var relationLevels = map[string]model.PartnershipLevel{
	"Đối tác chiến lược toàn diện": model.LevelComprehensiveStrategic,
	"Đối tác chiến lược":           model.LevelStrategic,
}

var agrees = []string{
	"tăng cường hợp tác trong các lĩnh vực kinh tế, thương mại và đầu tư",
	"thúc đẩy trao đổi đoàn các cấp",
	"mở rộng hợp tác về giáo dục, khoa học và công nghệ",
	"tạo thuận lợi hơn nữa cho hàng hóa của nhau tiếp cận thị trường",
	"tăng cường tin cậy chính trị",
	"nâng kim ngạch thương mại hai chiều trong những năm tới",
}

var purposes = []string{
	"trao đổi về quan hệ song phương",
	"thảo luận các biện pháp thúc đẩy thương mại",
	"trao đổi về tình hình khu vực",
	"bàn về hợp tác năng lượng",
	"điều phối lập trường về các vấn đề quốc tế",
}

var claims = []string{
	"hai nước cần tăng cường tin cậy chính trị",
	"quan hệ song phương đang ở giai đoạn tốt đẹp nhất từ trước tới nay",
	"hai bên cần sớm triển khai các dự án hợp tác trọng điểm",
	"hòa bình và ổn định là lợi ích chung của cả khu vực",
}

var leaderQuotes = []string{
	"Chúng tôi mong muốn đưa quan hệ hai nước lên tầm cao mới",
	"Hai nước có nhiều tiềm năng hợp tác chưa được khai thác",
	"Hòa bình và ổn định là lợi ích chung của cả khu vực",
	"Chúng tôi coi trọng sự tin cậy đã được vun đắp qua nhiều thập kỷ",
	"Đây là thời điểm để biến các cam kết thành kết quả cụ thể",
}

// elaborate writes sentences that state no new fact about the meeting of a and b.
func (g *gen) elaborate(a, b *person, meetingWord string) []string {
	var out []string
	switch g.r.IntN(4) {
	case 0:
		out = append(out, "Hai bên đánh giá cao những kết quả tích cực trong quan hệ song phương thời gian qua.")
	case 1:
		out = append(out, "Hai nhà lãnh đạo cũng trao đổi ý kiến về các vấn đề quốc tế và khu vực cùng quan tâm.")
	case 2:
		out = append(out, g.fill("{A} khẳng định {CA} luôn coi trọng quan hệ với {CB}.", "A", g.ref(a), "CA", g.cname(a.o.iso), "CB", g.cname(b.o.iso)))
	default:
		if meetingWord != "" {
			out = append(out, g.fill("Tại {M}, hai bên nhất trí {X}.", "M", meetingWord, "X", g.pick(agrees)))
		} else {
			out = append(out, "Hai bên nhất trí "+g.pick(agrees)+".")
		}
	}
	if g.chance(0.5) {
		out = append(out, g.fill("“{Q}”, {A} nói.", "Q", g.pick(leaderQuotes), "A", g.ref(g.either(a, b))))
	}
	return out
}

func (g *gen) either(a, b *person) *person {
	if g.chance(0.5) {
		return a
	}
	return b
}

// storyTalks: bilateral talks in the host's city.
func (g *gen) storyTalks(main time.Time) bool {
	w := when{t: main, p: pDay}
	a, b := g.pair(g.meetRank(), []when{w})
	if a == nil {
		return false
	}
	c := g.city(a.o.iso)
	tmpl, s := g.talks(a, b, c, w)
	g.meeting(tmpl, s, model.KindBilateral, model.SummitHeld, w, c, "", "", a, b)
	g.lead, g.leadAB = s, [2]*person{a, b}
	g.para(append([]string{s}, g.elaborate(a, b, "cuộc hội đàm")...)...)
	g.titleTalks(a, b)
	if a.o.rank == rTop && g.chance(0.45) {
		g.signed(a, b, w)
	}
	if a.o.rank == rTop && g.chance(0.25) {
		g.partnership(a, b, w)
	}
	if g.chance(0.3) {
		g.sameDay(b, a, w, c)
	}
	g.secondaries(b, a, main)
	return true
}

// talks writes the sentence of held bilateral talks.
func (g *gen) talks(a, b *person, c *gazetteer.City, w when) (string, string) {
	d := g.phrase(w, false)
	p := g.place(c)
	switch g.r.IntN(6) {
	case 0:
		r := g.pick(relations)
		s := g.fill("{D}, {P}, {A} đã hội đàm với {B}, nhằm thúc đẩy quan hệ {R} giữa hai nước.", "D", d, "P", p, "A", g.ref(a), "B", g.ref(b), "R", r)
		// A level named there is the relation the two countries have.
		if level, ok := relationLevels[r]; ok && a.o.iso != b.o.iso {
			g.partner("PB1", s, a.o.iso, b.o.iso, level, model.PartnershipEstablished, "")
		}
		return "B1", s
	case 1:
		return "B2", g.fill("{A} và {B} đã có cuộc hội đàm {P} {D}, tập trung vào {T}.", "A", g.ref(a), "B", g.ref(b), "P", p, "D", d, "T", g.pick(topics))
	case 2:
		return "B3", g.fill("{D}, {A} đã tiếp đón {B} {P}.", "D", d, "A", g.ref(a), "B", g.ref(b), "P", p)
	case 3:
		return "B4", g.fill("Trong cuộc gặp {P} {D}, {A} và {B} nhất trí {X}.", "P", p, "D", d, "A", g.ref(a), "B", g.ref(b), "X", g.pick(agrees))
	case 4:
		return "B5", g.fill("{A} đã gặp {B} {P} {D} để thảo luận về {T}.", "A", g.ref(a), "B", g.ref(b), "P", p, "D", d, "T", g.pick(topics))
	default:
		return "B6", g.fill("{A} {D} đã hội kiến {B} {P}.", "A", g.ref(a), "D", d, "B", g.ref(b), "P", p)
	}
}

// sameDay: the guest also meets another leader of the host country.
func (g *gen) sameDay(guest, host *person, w when, c *gazetteer.City) {
	x := g.pickPerson(rTop, host.o.iso, []when{w}, host, guest)
	if x == nil || x == host {
		return
	}
	var s, tmpl string
	if g.chance(0.5) {
		tmpl = "B7"
		s = g.fill("Cùng ngày, {X} đã hội kiến {G} {P}.", "X", g.ref(x), "G", g.ref(guest), "P", g.place(c))
	} else {
		tmpl = "B8"
		s = g.fill("{D}, {G} cũng đã có cuộc gặp với {X} {P}.", "D", g.phrase(w, false), "G", g.ref(guest), "X", g.ref(x), "P", g.place(c))
	}
	g.meeting(tmpl, s, model.KindBilateral, model.SummitHeld, w, c, "", "", x, guest)
	g.para(s, "Hai bên trao đổi về "+g.pick(topics)+".")
}

// storyVisit: a state or official visit.
func (g *gen) storyVisit(main time.Time) bool {
	w := when{t: main, p: pDay}
	v, h := g.pair(rTop, []when{w})
	if v == nil {
		return false
	}
	// Vietnam (when cast) hosts half the time
	if g.chance(0.5) {
		v, h = h, v
	}
	c := g.w.capital[h.o.iso]
	start := main
	var rng when
	if g.hasPub && g.chance(0.5) {
		start = main.AddDate(0, 0, -g.r.IntN(2))
	}
	end := start.AddDate(0, 0, 1+g.r.IntN(3))
	if end.Month() != start.Month() {
		end = time.Time{}
	}
	rng = when{t: start, p: pDay, end: end}
	if end.IsZero() {
		rng.end = time.Time{}
	}
	hc := g.cname(h.o.iso)
	var tmpl, s string
	var city *gazetteer.City
	var parts []*person
	d := when{t: start, p: pDay}
	switch g.r.IntN(6) {
	case 0:
		tmpl, city, parts = "S1", c, []*person{v, h}
		s = g.fill("{D}, {V} đã tới {CITY}, bắt đầu chuyến thăm cấp nhà nước tới {C} theo lời mời của {H}.", "D", g.phrase(d, false), "V", g.ref(v), "CITY", g.cityName(c), "C", hc, "H", g.ref(h))
	case 1:
		tmpl, parts = "S2", []*person{v, h}
		s = g.fill("Theo lời mời của {H}, {V} thăm chính thức {C} {R}.", "H", g.ref(h), "V", g.ref(v), "C", hc, "R", g.phrase(rng, false))
	case 2:
		tmpl, city, parts = "S3", c, []*person{v, h}
		s = g.fill("{D}, {H} đã chủ trì lễ đón cấp nhà nước {V} {P}, trong chuyến thăm cấp nhà nước tới {C} của {VT}.", "D", g.phrase(d, false), "H", g.ref(h), "V", g.ref(v), "P", g.place(c), "C", hc, "VT", g.ref(v))
	case 3:
		tmpl, parts = "S4", []*person{v, h}
		s = g.fill("Chuyến thăm chính thức {C} của {V} diễn ra {R}, theo lời mời của {H}.", "C", hc, "V", g.ref(v), "R", g.phrase(rng, false), "H", g.ref(h))
	case 4:
		tmpl, city, parts = "S5", c, []*person{v}
		s = g.fill("{V} {D} đã đến {CITY}, bắt đầu chuyến thăm hữu nghị chính thức {C} kéo dài {N} ngày.", "V", g.ref(v), "D", g.phrase(d, false), "CITY", g.cityName(c), "C", hc, "N", g.pick([]string{"hai", "ba", "bốn"}))
	default:
		tmpl, parts = "S6", []*person{v}
		s = g.fill("{V} đang có chuyến công du {C} {R}, chuyến thăm đầu tiên của một {T} {VC} tới nước này trong {N} năm.", "V", g.ref(v), "C", hc, "R", g.phrase(rng, false), "T", v.title, "VC", v.cname, "N", g.pick([]string{"năm", "bảy", "mười", "hơn mười"}))
	}
	planted := parts
	if tmpl == "S1" || tmpl == "S2" || tmpl == "S4" {
		// The host named only as the inviter ("theo lời mời của H") is no
		// participant of a visit the text does not say they met in
		// (docs/ANNOTATION.md).
		planted = parts[:1]
	}
	visit := len(g.facts.Meetings)
	g.meeting(tmpl, s, model.KindStateVisit, model.SummitHeld, d, city, h.o.iso, "", planted...)
	g.lead, g.leadAB, g.leadBoth = s, [2]*person{v, h}, len(parts) == 2
	g.para(append([]string{s}, g.elaborate(v, h, "")...)...)
	g.titleVisit(v, h)
	// talks with another leader of the host country during the visit
	if g.chance(0.5) {
		d2 := when{t: start.AddDate(0, 0, 1), p: pDay}
		if !g.hasPub || !d2.t.After(g.pub) {
			if x := g.pickPerson(rTop, h.o.iso, []when{d2}, h, v); x != nil && x != h {
				s2 := g.fill("{D}, {X} đã hội kiến {V} tại {CITY}.", "D", g.phrase(d2, false), "X", g.ref(x), "V", g.ref(v), "CITY", g.cityName(c))
				g.meeting("S7", s2, model.KindBilateral, model.SummitHeld, d2, c, "", "", x, v)
				g.para(s2, "Hai bên trao đổi về "+g.pick(topics)+".")
			}
		}
	}
	if g.chance(0.5) && g.signedDated(v, h, d, len(parts) == 2) && len(planted) == 1 {
		// The host who witnessed a signing with the guest met him: a
		// participant of the visit, not only its inviter.
		m := &g.facts.Meetings[visit]
		m.Participants = append(m.Participants, names(h)...)
	}
	if g.chance(0.25) {
		g.partnership(v, h, d)
	}
	g.secondaries(v, h, start)
	return true
}

// storyCall: a phone or video call.
func (g *gen) storyCall(main time.Time, kind model.SummitKind) bool {
	w := when{t: main, p: pDay}
	r := rTop
	if g.chance(0.25) {
		r = rFM
	}
	a, b := g.pair(r, []when{w})
	if a == nil {
		return false
	}
	d := g.phrase(w, false)
	var tmpl, s string
	if kind == model.KindPhoneCall {
		switch g.r.IntN(5) {
		case 0:
			tmpl, s = "P1", g.fill("{D}, {A} đã điện đàm với {B}.", "D", d, "A", g.ref(a), "B", g.ref(b))
		case 1:
			tmpl, s = "P2", g.fill("{A} và {B} đã có cuộc điện đàm {D} về {T}.", "A", g.ref(a), "B", g.ref(b), "D", d, "T", g.pick(topics))
		case 2:
			tmpl, s = "P3", g.fill("Trong cuộc điện đàm với {B} {D}, {A} khẳng định {X}.", "B", g.ref(b), "D", d, "A", g.ref(a), "X", g.pick(claims))
		case 3:
			tmpl, s = "P4", g.fill("{A} {D} đã gọi điện cho {B} để {X}.", "A", g.ref(a), "D", d, "B", g.ref(b), "X", g.pick(purposes))
		default:
			tmpl, s = "P5", g.fill("{A} đã có cuộc điện đàm kéo dài {N} phút với {B} {D}.", "A", g.ref(a), "N", strconv.Itoa(20+5*g.r.IntN(20)), "B", g.ref(b), "D", d)
		}
	} else {
		switch n := g.r.IntN(5); {
		case n == 0:
			tmpl, s = "V1", g.fill("{D}, {A} và {B} đã hội đàm trực tuyến để {X}.", "D", d, "A", g.ref(a), "B", g.ref(b), "X", g.pick(purposes))
		case n == 1:
			tmpl, s = "V2", g.fill("{A} đã có cuộc hội đàm trực tuyến với {B} {D}, tập trung vào {T}.", "A", g.ref(a), "B", g.ref(b), "D", d, "T", g.pick(topics))
		case n == 2:
			tmpl, s = "V3", g.fill("{A} và {B} {D} đã có cuộc gặp trực tuyến nhằm {X}.", "A", g.ref(a), "B", g.ref(b), "D", d, "X", g.pick(purposes))
		case n == 3 && a.o.iso == "VN" && a.o.t.Role == "prime minister":
			tmpl, s = "V5", g.fill("{D}, từ trụ sở Chính phủ, {A} đã hội đàm trực tuyến với {B}.", "D", d, "A", g.ref(a), "B", g.ref(b))
		default:
			tmpl, s = "V4", g.fill("{D}, {A} đã hội đàm qua video với {B} để {X}.", "D", d, "A", g.ref(a), "B", g.ref(b), "X", g.pick(purposes))
		}
	}
	g.meeting(tmpl, s, kind, model.SummitHeld, w, nil, "", "", a, b)
	g.lead, g.leadAB = s, [2]*person{a, b}
	word := "cuộc điện đàm"
	if kind == model.KindVideoCall {
		word = "cuộc hội đàm trực tuyến"
	}
	g.para(append([]string{s}, g.elaborate(a, b, word)...)...)
	g.titleCall(a, b, kind)
	if kind == model.KindVideoCall && a.o.rank == rTop && g.chance(0.4) {
		f := fields[g.r.IntN(len(fields))]
		s2 := g.fill("Ngay sau cuộc hội đàm, hai nhà lãnh đạo đã chứng kiến lễ ký trực tuyến bản ghi nhớ về hợp tác {F} giữa hai nước.", "F", f[0])
		g.agreement("AS7", s2, g.en(a.o.iso)+"–"+g.en(b.o.iso)+" MoU on "+f[1]+" cooperation", model.KindMoU, model.AgreementSigned, w, a.o.iso, b.o.iso)
		g.para(s2)
	}
	g.secondaries(a, b, main)
	return true
}

// en is a country's English name.
func (g *gen) en(iso string) string { return g.w.g.Countries[iso].Name }

// summitOrg picks an organisation with a summit and enough member leaders at w.
func (g *gen) summitOrg(w when) (string, []*office) {
	y, m := ym(w)
	for try := 0; try < 6; try++ {
		acr := g.w.summits[g.r.IntN(len(g.w.summits))]
		var offs []*office
		for _, s := range g.w.members(acr, y, m, model.MemberFull, model.MemberFounding) {
			if g.w.capital[s.iso] == nil {
				continue
			}
			if o := g.summitOffice(acr, s.iso, w); o != nil {
				offs = append(offs, o)
			}
		}
		if len(offs) >= 3 {
			return acr, offs
		}
	}
	return "", nil
}

// presidential: countries whose president, not a prime minister, goes to summits.
var presidential = map[string]bool{"US": true, "FR": true, "RU": true, "KR": true, "ID": true, "PH": true, "BR": true, "AR": true,
	"MX": true, "TR": true, "KZ": true, "UZ": true, "KG": true, "TJ": true, "TM": true, "BY": true, "CN": true, "ZA": true,
	"EG": true, "IR": true, "CL": true, "PE": true, "AE": true, "UA": true, "AZ": true, "NG": true, "ET": false, "PY": true,
	"UY": true, "BO": true, "CY": true, "LT": true, "RO": true}

// summitOffice picks who represents iso at a summit of acr: the president
// in presidential systems (and Vietnam's at APEC), else the prime minister
// when there is one, else any head.
func (g *gen) summitOffice(acr, iso string, w when) *office {
	y, m := ym(w)
	os := g.w.pool(y, m).by[rTop][iso]
	want := "prime minister"
	if presidential[iso] || iso == "VN" && acr == "APEC" {
		want = "president"
	}
	var best *office
	for _, o := range os {
		if !g.validAll(o, w, g.refWhen()) || g.inCast(o.l) {
			continue
		}
		if o.t.Role == want {
			return o
		}
		if best == nil || o.t.Role == "president" || o.t.Role == "prime minister" {
			best = o
		}
	}
	if best != nil && (best.t.Role == "king" || best.t.Role == "emir" || best.t.Role == "sultan") && acr != "GCC" && acr != "ASEAN" {
		return nil
	}
	return best
}

// summitName names an organisation's summit held in year y (second half: h).
func (g *gen) summitName(acr string, t time.Time) string {
	n := g.pick(g.w.orgs[acr].summit)
	if strings.Contains(n, "{N}") {
		k := 0
		switch acr {
		case "ASEAN":
			k = 14 + 2*(t.Year()-2009)
			if t.Month() > 6 {
				k++
			}
		case "BRICS":
			k = t.Year() - 2008
		}
		n = strings.ReplaceAll(n, "{N}", strconv.Itoa(k))
	}
	return n
}

// storySummit: a summit of an organisation with several named attendees.
func (g *gen) storySummit(main time.Time) bool {
	start := main
	if g.hasPub {
		start = main.AddDate(0, 0, -g.r.IntN(2))
	}
	w := when{t: start, p: pDay}
	acr, offs := g.summitOrg(w)
	if acr == "" {
		return false
	}
	// order: Vietnam first when a member (the press's angle), else shuffled
	g.r.Shuffle(len(offs), func(i, j int) { offs[i], offs[j] = offs[j], offs[i] })
	for i, o := range offs {
		if o.iso == "VN" {
			offs[0], offs[i] = offs[i], offs[0]
		}
	}
	n := 3 + g.r.IntN(3)
	if n > len(offs) {
		n = len(offs)
	}
	offs = offs[:n]
	host := offs[g.r.IntN(len(offs))]
	c := g.city(host.iso)
	rng := w
	if g.chance(0.6) {
		end := start.AddDate(0, 0, 1+g.r.IntN(2))
		if end.Month() == start.Month() {
			rng.end = end
		}
	}
	ps := make([]*person, len(offs))
	for i, o := range offs {
		ps[i] = g.castOf(o)
	}
	sn := g.summitName(acr, start)
	refs := func(xs []*person) string {
		out := make([]string, len(xs))
		for i, p := range xs {
			out[i] = g.ref(p)
		}
		return list(out)
	}
	var tmpl, s string
	switch g.r.IntN(5) {
	case 0:
		tmpl = "M1"
		s = g.fill("{S} diễn ra tại {CITY} {R} với sự tham dự của {L}.", "S", sn, "CITY", g.cityName(c), "R", g.phrase(rng, false), "L", refs(ps))
	case 1:
		tmpl = "M2"
		s = g.fill("{L} đã cùng dự {S} tổ chức ở {CITY} {D}.", "L", refs(ps), "S", sn, "CITY", g.cityName(c), "D", g.phrase(rng, false))
	case 2:
		tmpl = "M3"
		hp := g.castOf(host)
		var others []*person
		for _, p := range ps {
			if p != hp {
				others = append(others, p)
			}
		}
		s = g.fill("{D}, {H} chủ trì {S} tại {CITY}, với sự tham gia của {L}.", "D", g.phrase(rng, false), "H", g.ref(hp), "S", sn, "CITY", g.cityName(c), "L", refs(others))
	case 3:
		tmpl = "M4"
		s = g.fill("Tại {S} ở {CITY} {D}, {A} kêu gọi {X}.", "S", sn, "CITY", g.cityName(c), "D", g.phrase(rng, false), "A", g.ref(ps[0]), "X", g.pick(calls))
		s += " " + g.fill("{L} cũng có mặt tại hội nghị.", "L", refs(ps[1:]))
	default:
		tmpl = "M5"
		s = g.fill("Lãnh đạo các nước {O}, trong đó có {L}, đã nhóm họp tại {CITY} {R} trong khuôn khổ {S}.", "O", g.pick(orgNames[acr][:1]), "L", refs(ps), "CITY", g.cityName(c), "R", g.phrase(rng, false), "S", sn)
	}
	g.meeting(tmpl, s, model.KindSummit, model.SummitHeld, w, c, "", acr, ps...)
	g.lead, g.leadAB = s, [2]*person{ps[0], ps[1]}
	g.para(s, g.pick(summitTail))
	g.titleSummit(acr, sn, c)
	// a bilateral meeting on the sidelines
	if g.chance(0.5) {
		d := w
		if !rng.end.IsZero() && g.chance(0.5) && (!g.hasPub || !rng.end.After(g.pub)) {
			d = when{t: rng.end, p: pDay}
		}
		a, b := ps[0], ps[1]
		var s2, t2 string
		if g.chance(0.5) {
			t2 = "M6"
			s2 = g.fill("Bên lề hội nghị, {D}, {A} đã có cuộc gặp song phương với {B}.", "D", g.phrase(d, false), "A", g.ref(a), "B", g.ref(b))
		} else {
			t2 = "M7"
			s2 = g.fill("{D}, bên lề {S} tại {CITY}, {A} đã hội đàm với {B}.", "D", g.phrase(d, false), "S", g.summitName(acr, start), "CITY", g.cityName(c), "A", g.ref(a), "B", g.ref(b))
		}
		g.meeting(t2, s2, model.KindBilateral, model.SummitHeld, d, c, "", acr, a, b)
		g.para(s2, "Hai bên trao đổi về "+g.pick(topics)+".")
	}
	if g.chance(0.6) {
		g.memberships(acr)
	}
	if g.chance(0.2) {
		g.nextSummit(acr, start, host.iso)
	}
	g.secondaries(ps[0], ps[1], start)
	return true
}

var calls = []string{
	"các nước tăng cường đoàn kết trước những thách thức chung",
	"thúc đẩy thương mại tự do và công bằng",
	"sớm chấm dứt các cuộc xung đột trong khu vực",
	"hợp tác chặt chẽ hơn trong ứng phó với biến đổi khí hậu",
	"cải cách hệ thống tài chính toàn cầu",
}

var summitTail = []string{
	"Các nhà lãnh đạo thảo luận về tăng trưởng kinh tế, an ninh năng lượng và biến đổi khí hậu.",
	"Chương trình nghị sự tập trung vào kết nối kinh tế, chuyển đổi số và an ninh lương thực.",
	"Các phiên thảo luận xoay quanh hòa bình, ổn định và phát triển bền vững.",
	"Hội nghị diễn ra trong bối cảnh kinh tế thế giới phục hồi chậm và căng thẳng địa chính trị gia tăng.",
}

// nextSummit: the organisation's next summit, planned in another member city.
func (g *gen) nextSummit(acr string, from time.Time, not string) {
	y := from.Year() + 1
	if !g.hasPub {
		return // would name a year after the article's
	}
	ms := g.w.members(acr, from.Year(), g.refM(), model.MemberFull, model.MemberFounding)
	if len(ms) == 0 {
		return
	}
	iso := ms[g.r.IntN(len(ms))].iso
	if iso == not || g.w.capital[iso] == nil {
		return
	}
	c := g.city(iso)
	s := g.fill("{S} tiếp theo dự kiến được tổ chức tại {CITY} vào {Y}.", "S", g.pick(g.w.orgs[acr].summit[len(g.w.orgs[acr].summit)-1:]), "CITY", g.cityName(c), "Y", g.yearPhrase(y))
	s = strings.ReplaceAll(s, " lần thứ {N}", "")
	// A summit no leader is named at is no meeting to plant (docs/ANNOTATION.md).
	g.para(s)
}

// storyPlanned: a meeting announced for later.
func (g *gen) storyPlanned(main time.Time) bool {
	from := g.pubOr(main)
	fd := g.later(from)
	at := []when{{t: from, p: pDay}}
	a, b := g.pair(rTop, at)
	if a == nil {
		return false
	}
	if fd.p != pNone && !g.validAll(a.o, fd) || fd.p != pNone && !g.validAll(b.o, fd) {
		fd = when{}
	}
	d := g.phrase(fd, true)
	var tmpl, s string
	var kind model.SummitKind
	var city *gazetteer.City
	var iso string
	parts := []*person{a, b}
	switch g.r.IntN(8) {
	case 6:
		tmpl, kind = "F8", model.KindBilateral
		city = g.city(b.o.iso)
		s = g.fill("{A} có kế hoạch gặp {B} tại {CITY}{D}.", "A", g.ref(a), "B", g.ref(b), "CITY", g.cityName(city), "D", g.prefixDate(d))
	case 7:
		tmpl, kind = "F9", model.KindStateVisit
		city = g.w.capital[b.o.iso]
		s = g.fill("Theo lời mời của {B}, {A} dự kiến sang thăm {CITY}{D}.", "B", g.ref(b), "A", g.ref(a), "CITY", g.cityName(city), "D", g.prefixDate(d))
	case 0:
		tmpl, kind, iso, parts = "F1", model.KindStateVisit, b.o.iso, []*person{a}
		s = g.fill("{A} {X} {C}{D}.", "A", g.ref(a), "X", g.pick([]string{"sẽ thăm chính thức", "dự kiến thăm cấp nhà nước", "sẽ có chuyến thăm chính thức"}), "C", g.cname(b.o.iso), "D", g.prefixDate(d))
	case 1:
		tmpl, kind = "F2", model.KindBilateral
		city = g.city(g.either(a, b).o.iso)
		s = g.fill("{A} và {B} dự kiến gặp nhau tại {CITY}{D}.", "A", g.ref(a), "B", g.ref(b), "CITY", g.cityName(city), "D", g.prefixDate(d))
	case 2:
		tmpl, kind = "F3", model.KindBilateral
		city = g.city(b.o.iso)
		s = g.fill("Theo kế hoạch, {A} sẽ hội đàm với {B} {P}{D}.", "A", g.ref(a), "B", g.ref(b), "P", g.place(city), "D", g.prefixDate(d))
	case 3:
		tmpl, kind = "F4", model.KindPhoneCall
		s = g.fill("{A} dự kiến điện đàm với {B}{D} để {X}.", "A", g.ref(a), "B", g.ref(b), "D", g.prefixDate(d), "X", g.pick(purposes))
	case 4:
		// The inviter B is no participant of the visit (docs/ANNOTATION.md).
		tmpl, kind, iso, parts = "F5", model.KindStateVisit, b.o.iso, []*person{a}
		s = g.fill("{B} đã mời {A} thăm {C}{D} và {A2} đã nhận lời.", "B", g.ref(b), "A", g.ref(a), "C", g.cname(b.o.iso), "D", g.prefixDate(d), "A2", g.ref(a))
	default:
		acr, offs := g.summitOrg(when{t: from, p: pDay})
		if acr == "" || fd.p == pNone {
			tmpl, kind = "F3", model.KindBilateral
			city = g.city(b.o.iso)
			s = g.fill("Theo kế hoạch, {A} sẽ hội đàm với {B} {P}{D}.", "A", g.ref(a), "B", g.ref(b), "P", g.place(city), "D", g.prefixDate(d))
			break
		}
		// a summit the leaders' countries both attend: use two members instead
		a, b = g.castOf(offs[0]), g.castOf(offs[1])
		city = g.city(offs[g.r.IntN(len(offs))].iso)
		tmpl, kind = "F6", model.KindSummit
		s = g.fill("{A} và {B} sẽ tham dự {S} tại {CITY}{D}.", "A", g.ref(a), "B", g.ref(b), "S", strings.ReplaceAll(g.pick(g.w.orgs[acr].summit), " lần thứ {N}", ""), "CITY", g.cityName(city), "D", g.prefixDate(d))
		g.meeting(tmpl, s, kind, model.SummitPlanned, fd, city, "", acr, a, b)
		g.lead, g.leadAB = s, [2]*person{a, b}
		g.para(s, g.pick(summitTail))
		g.titlePlanned(a, b, kind)
		g.secondaries(a, b, from)
		return true
	}
	g.meeting(tmpl, s, kind, model.SummitPlanned, fd, city, iso, "", parts...)
	g.lead, g.leadAB, g.leadBoth = s, [2]*person{a, b}, len(parts) == 2
	g.para(s, g.pick(plannedTail))
	g.titlePlanned(a, b, kind)
	g.secondaries(a, b, from)
	return true
}

var plannedTail = []string{
	"Các cơ quan chức năng hai nước đang khẩn trương chuẩn bị nội dung làm việc.",
	"Giới ngoại giao đánh giá đây sẽ là dịp để hai bên rà soát toàn diện quan hệ song phương.",
	"Chương trình làm việc chi tiết chưa được công bố.",
	"Dư luận kỳ vọng sự kiện sẽ mở ra giai đoạn phát triển mới trong quan hệ hai nước.",
}

func (g *gen) pubOr(t time.Time) time.Time {
	if g.hasPub {
		return g.pub
	}
	return t
}

// storyCancelled: a meeting called off.
func (g *gen) storyCancelled(main time.Time) bool {
	from := g.pubOr(main)
	at := []when{{t: from, p: pDay}}
	a, b := g.pair(rTop, at)
	if a == nil {
		return false
	}
	fd := g.later(from.AddDate(0, 0, -20))
	if fd.p == pYear {
		fd = when{}
	}
	if fd.p != pNone && (!g.validAll(a.o, fd) || !g.validAll(b.o, fd)) {
		fd = when{}
	}
	d := g.phrase(fd, fd.p != pNone && fd.t.After(from))
	var tmpl, s, iso string
	var kind model.SummitKind
	var city *gazetteer.City
	parts := []*person{a, b}
	switch g.r.IntN(5) {
	case 0:
		tmpl, kind, iso, parts = "C1", model.KindStateVisit, b.o.iso, []*person{a}
		if d == "" {
			s = g.fill("{A} đã hủy chuyến thăm {C} theo kế hoạch.", "A", g.ref(a), "C", g.cname(b.o.iso))
		} else {
			s = g.fill("{A} đã hủy chuyến thăm {C} dự kiến diễn ra {D}.", "A", g.ref(a), "C", g.cname(b.o.iso), "D", d)
		}
	case 1:
		tmpl, kind = "C2", model.KindBilateral
		city = g.city(g.either(a, b).o.iso)
		fd = when{}
		s = g.fill("Cuộc gặp giữa {A} và {B} tại {CITY} đã bị hoãn vô thời hạn.", "A", g.ref(a), "B", g.ref(b), "CITY", g.cityName(city))
	case 2:
		tmpl, kind = "C3", model.KindBilateral
		city = g.city(g.either(a, b).o.iso)
		if d == "" {
			s = g.fill("{A} tuyên bố hủy cuộc gặp thượng đỉnh với {B} ở {CITY}.", "A", g.ref(a), "B", g.ref(b), "CITY", g.cityName(city))
		} else {
			s = g.fill("{A} tuyên bố hủy cuộc gặp thượng đỉnh với {B} ở {CITY}, vốn được lên kế hoạch vào {D}.", "A", g.ref(a), "B", g.ref(b), "CITY", g.cityName(city), "D", d)
		}
	case 3:
		tmpl, kind = "C4", model.KindPhoneCall
		s = g.fill("Cuộc điện đàm dự kiến giữa {A} và {B}{D} đã bị hủy vào phút chót.", "A", g.ref(a), "B", g.ref(b), "D", g.prefixDate(d))
	default:
		tmpl, kind, parts = "C5", model.KindStateVisit, []*person{a}
		city = g.city(b.o.iso)
		s = g.fill("{A} đã hoãn chuyến công du tới {CITY}{D} vì {X}.", "A", g.ref(a), "CITY", g.cityName(city), "D", g.prefixDate(d), "X", g.pick(reasons))
	}
	g.meeting(tmpl, s, kind, model.SummitCancelled, fd, city, iso, "", parts...)
	g.lead, g.leadAB, g.leadBoth = s, [2]*person{a, b}, len(parts) == 2
	g.para(s, g.pick(cancelTail))
	g.titleCancelled(a, b, len(parts) == 2)
	g.noInvite = true
	g.secondaries(a, b, from)
	return true
}

var reasons = []string{"lịch trình trong nước dày đặc", "tình hình thời tiết bất lợi", "những diễn biến mới tại khu vực", "lý do sức khỏe"}

var cancelTail = []string{
	"Phía chủ nhà chưa đưa ra bình luận về quyết định này.",
	"Đây là lần thứ hai trong năm kế hoạch này bị lùi lại.",
	"Các nhà ngoại giao cho biết hai bên vẫn duy trì liên lạc thường xuyên.",
}

// storyOrg: an organisation's profile: memberships and its next summit.
func (g *gen) storyOrg(main time.Time) bool {
	orgs := sortedKeys(g.w.orgs)
	acr := orgs[g.r.IntN(len(orgs))]
	if len(g.w.members(acr, g.refYear, g.refM(), model.MemberFull, model.MemberFounding)) < 3 {
		return false
	}
	g.title = g.fill("{O}: {X}", "O", orgNames[acr][0], "X", g.pick([]string{"những điều cần biết", "hành trình mở rộng", "vai trò ngày càng lớn", "các thành viên và cơ chế hợp tác"}))
	g.para(g.pick(orgIntro))
	g.memberships(acr)
	if g.chance(0.5) {
		g.memberships(acr)
	}
	// a member leader's comment, and a call with another member
	ms := g.w.members(acr, g.refYear, g.refM(), model.MemberFull, model.MemberFounding)
	at := []when{{t: g.pubOr(main), p: pDay}}
	iso := ms[g.r.IntN(len(ms))].iso
	if a := g.pickPerson(rTop, iso, at); a != nil {
		g.para(g.fill("“{Q}”, {A} nói.", "Q", g.pick(leaderQuotes), "A", g.ref(a)))
		other := ms[g.r.IntN(len(ms))].iso
		if other != iso && g.w.capital[other] != nil {
			if b := g.pickPerson(rTop, other, at, a); b != nil {
				w := when{t: main, p: pDay}
				s := g.fill("{D}, {A} đã điện đàm với {B} về {T}.", "D", g.phrase(w, false), "A", g.ref(a), "B", g.ref(b), "T", g.pick(topics))
				g.meeting("P1", s, model.KindPhoneCall, model.SummitHeld, w, nil, "", "", a, b)
				g.para(s)
			}
		}
	}
	return true
}

var orgIntro = []string{
	"Trong bối cảnh cục diện thế giới biến động nhanh, các cơ chế hợp tác đa phương ngày càng thu hút sự chú ý của giới phân tích.",
	"Từ một diễn đàn nhỏ, cơ chế này đã phát triển thành một trong những khuôn khổ hợp tác quan trọng nhất khu vực.",
	"Nhiều nước đang xem xét lại chiến lược đối ngoại của mình trước những thay đổi của trật tự quốc tế.",
}

// ------------------------------------------------------------ secondaries

// secondaries adds the facts around a main story of leaders a and b: two
// to four of earlier meetings, other meetings of the week, shared
// memberships, an organisation's members, an invitation, a spokesperson's
// comment, a planned agreement.
func (g *gen) secondaries(a, b *person, main time.Time) {
	n := 2 + g.r.IntN(3)
	var done [8]int
	limit := [8]int{2, 2, 1, 1, 1, 1, 1, 1}
	for i, tries := 0, 0; i < n && tries < 12; tries++ {
		k := g.r.IntN(len(done))
		if done[k] >= limit[k] {
			continue
		}
		done[k]++
		i++
		switch k {
		case 0:
			g.background(a, b, main)
		case 1:
			g.otherMeeting(g.either(a, b), main)
		case 2:
			g.bothMembers(a.o.iso, b.o.iso)
		case 3:
			if !g.noInvite {
				g.invitation(a, b, main)
			}
		case 4:
			g.spokesperson(a, b)
		case 5:
			g.plannedAgreement(a, b, main)
		case 6:
			g.countryOrg(g.either(a, b).o.iso)
		default:
			g.background(b, a, main)
		}
	}
}

// otherMeeting: the leader's other meeting of the week, with a third country.
func (g *gen) otherMeeting(a *person, main time.Time) {
	t := main.AddDate(0, 0, -1-g.r.IntN(6))
	w := when{t: t, p: pDay}
	if !g.validAll(a.o, w) {
		return
	}
	var not []string
	for _, p := range g.cast {
		not = append(not, p.o.iso)
	}
	iso := g.country(a.o.rank, []when{w}, not...)
	if iso == "" {
		return
	}
	c := g.pickPerson(a.o.rank, iso, []when{w}, a)
	if c == nil {
		return
	}
	d := g.phrase(w, false)
	var tmpl, s string
	var kind model.SummitKind
	var city *gazetteer.City
	switch g.r.IntN(4) {
	case 0:
		tmpl, kind = "P6", model.KindPhoneCall
		s = g.fill("Cũng trong tuần, {A} đã điện đàm với {C} {D}.", "A", g.ref(a), "C", g.ref(c), "D", d)
	case 1:
		tmpl, kind = "V6", model.KindVideoCall
		s = g.fill("Trước đó, {D}, {A} và {C} đã hội đàm trực tuyến về {T}.", "D", d, "A", g.ref(a), "C", g.ref(c), "T", g.pick(topics))
	case 2:
		tmpl, kind = "B9", model.KindBilateral
		city = g.city(a.o.iso)
		s = g.fill("{D}, {A} đã tiếp kiến {C} {P}.", "D", d, "A", g.ref(a), "C", g.ref(c), "P", g.place(city))
	default:
		tmpl, kind = "B10", model.KindBilateral
		city = g.city(iso)
		s = g.fill("{A} {D} đã có cuộc gặp với {C} {P} bên lề một diễn đàn kinh tế.", "A", g.ref(a), "D", d, "C", g.ref(c), "P", g.place(city))
	}
	g.meeting(tmpl, s, kind, model.SummitHeld, w, city, "", "", a, c)
	g.para(s, "Hai bên trao đổi về "+g.pick(topics)+".")
}

// countryOrg: a paragraph on an organisation one of the countries belongs to.
func (g *gen) countryOrg(iso string) {
	orgs := g.w.orgsOf(iso, g.refYear, g.refM())
	if len(orgs) == 0 {
		return
	}
	acr := orgs[g.r.IntN(len(orgs))]
	if orgNames[acr] == nil {
		return
	}
	g.memberships(acr)
}

// background: an earlier meeting of a and b.
func (g *gen) background(a, b *person, main time.Time) {
	w := g.earlier(main)
	if w.t.Year() < minYear-4 || !g.validAll(a.o, w) || !g.validAll(b.o, w) {
		return
	}
	d := g.phrase(w, false)
	var tmpl, s string
	var kind model.SummitKind
	var city *gazetteer.City
	switch g.r.IntN(4) {
	case 0:
		tmpl, kind = "G1", model.KindBilateral
		city = g.city(g.either(a, b).o.iso)
		s = g.fill("{A} và {B} từng gặp nhau tại {CITY} {D}.", "A", g.ref(a), "B", g.ref(b), "CITY", g.cityName(city), "D", d)
	case 1:
		tmpl, kind = "G2", model.KindPhoneCall
		s = g.fill("Trước đó, {D}, {A} đã điện đàm với {B}.", "D", d, "A", g.ref(a), "B", g.ref(b))
	case 2:
		tmpl, kind = "G3", model.KindBilateral
		city = g.city(a.o.iso)
		s = g.fill("{D}, {B} đã hội đàm với {A} {P}.", "D", d, "B", g.ref(b), "A", g.ref(a), "P", g.place(city))
	default:
		tmpl, kind = "G4", model.KindStateVisit
		city = g.w.capital[b.o.iso]
		s = g.fill("{A} từng thăm chính thức {C} {D} và hội đàm với {B} tại {CITY}.", "A", g.ref(a), "C", g.cname(b.o.iso), "D", d, "B", g.ref(b), "CITY", g.cityName(city))
	}
	g.meeting(tmpl, s, kind, model.SummitHeld, w, city, "", "", a, b)
	g.para(s, g.pick(backgroundTail))
}

var backgroundTail = []string{
	"Kể từ đó, quan hệ hai nước có nhiều bước tiến đáng kể.",
	"Khi đó, hai bên đã thống nhất nhiều định hướng lớn cho hợp tác song phương.",
	"Quan hệ giữa hai nước liên tục được củng cố trong giai đoạn này.",
}

// bothMembers: "both countries are members of X".
func (g *gen) bothMembers(x, y string) {
	var common []string
	for _, o := range g.w.orgsOf(x, g.refYear, g.refM()) {
		if slices.Contains(g.w.orgsOf(y, g.refYear, g.refM()), o) && orgNames[o] != nil {
			common = append(common, o)
		}
	}
	if len(common) == 0 {
		return
	}
	acr := common[g.r.IntN(len(common))]
	on := g.pick(orgNames[acr])
	var s, tmpl string
	switch g.r.IntN(3) {
	case 0:
		tmpl, s = "MM1", g.fill("Cả {X} và {Y} đều là thành viên của {O}.", "X", g.cname(x), "Y", g.cname(y), "O", on)
	case 1:
		tmpl, s = "MM1", g.fill("{X} và {Y} đều là thành viên {O}.", "X", g.cname(x), "Y", g.cname(y), "O", on)
	default:
		tmpl, s = "MM6", g.fill("Là thành viên của {O}, {X} và {Y} cam kết phối hợp chặt chẽ tại các cơ chế của tổ chức này.", "O", on, "X", g.cname(x), "Y", g.cname(y))
	}
	g.member(tmpl, x, acr, model.MemberFull, 0)
	g.member(tmpl, y, acr, model.MemberFull, 0)
	g.para(s)
}

// invitation: a planned visit, by invitation.
func (g *gen) invitation(a, b *person, main time.Time) {
	if a.o.rank != rTop || b.o.rank != rTop {
		return
	}
	fd := g.later(g.pubOr(main))
	if fd.p != pNone && (!g.validAll(a.o, fd) || !g.validAll(b.o, fd)) {
		fd = when{}
	}
	d := g.phrase(fd, true)
	var s, tmpl string
	if g.chance(0.5) {
		tmpl = "F5"
		s = g.fill("{A} đã mời {B} thăm {C}{D}; {B2} nhận lời.", "A", g.ref(a), "B", g.ref(b), "C", g.cname(a.o.iso), "D", g.prefixDate(d), "B2", g.ref(b))
	} else {
		tmpl = "F7"
		s = g.fill("{B} nhận lời mời của {A} sẽ sang thăm {C}{D}.", "B", g.ref(b), "A", g.ref(a), "C", g.cname(a.o.iso), "D", g.prefixDate(d))
	}
	// The inviter ("A đã mời B", "nhận lời mời của A") is no participant
	// of the visit (docs/ANNOTATION.md), even of a planned one.
	g.meeting(tmpl, s, model.KindStateVisit, model.SummitPlanned, fd, nil, a.o.iso, "", b)
	g.para(s)
}

// spokesperson: a foreign-ministry spokesperson comments (a leader, no meeting).
func (g *gen) spokesperson(a, b *person) {
	iso := g.either(a, b).o.iso
	p := g.pickPerson(rSpokes, iso, []when{g.refWhen()})
	if p == nil {
		return
	}
	g.para(g.fill("{S} cho biết {X}.", "S", g.ref(p), "X", g.pick(spokesSay)))
}

var spokesSay = []string{
	"hai bên đang phối hợp chặt chẽ để triển khai các kết quả đã đạt được",
	"lập trường của nước này về các vấn đề khu vực là nhất quán",
	"các cơ quan chức năng sẽ sớm công bố thông tin chi tiết",
	"quan hệ song phương đang phát triển theo chiều hướng tích cực",
}

// fields of cooperation, Vietnamese and English.
var fields = [][2]string{
	{"giáo dục và đào tạo", "education and training"}, {"y tế", "health"}, {"nông nghiệp", "agriculture"},
	{"chuyển đổi số", "digital transformation"}, {"năng lượng tái tạo", "renewable energy"},
	{"khoa học và công nghệ", "science and technology"}, {"du lịch", "tourism"}, {"văn hóa", "culture"},
	{"hàng không", "aviation"}, {"lao động", "labour"}, {"phòng, chống tội phạm", "crime prevention"},
	{"tài chính", "finance"}, {"logistics", "logistics"}, {"công nghiệp bán dẫn", "semiconductors"},
	{"khoáng sản chiến lược", "critical minerals"}, {"ứng phó biến đổi khí hậu", "climate change"},
	{"hải quan", "customs"}, {"an ninh mạng", "cybersecurity"},
}

var statementTopics = [][2]string{
	{"nâng cấp quan hệ lên Đối tác chiến lược toàn diện", "upgrading to a Comprehensive Strategic Partnership"},
	{"tăng cường hợp tác toàn diện", "strengthening comprehensive cooperation"},
	{"hợp tác trong giai đoạn mới", "cooperation in the new period"},
	{"hòa bình, ổn định và phát triển ở khu vực", "regional peace, stability and development"},
	{"tầm nhìn quan hệ song phương", "the vision for bilateral relations"},
}

var agreementNames = [][2]string{
	{"Hiệp định thương mại tự do", "free trade agreement"},
	{"Hiệp định miễn thị thực cho người mang hộ chiếu phổ thông", "visa exemption agreement"},
	{"Hiệp định hợp tác kinh tế", "economic cooperation agreement"},
	{"Hiệp định khuyến khích và bảo hộ đầu tư", "investment protection agreement"},
	{"Hiệp định tránh đánh thuế hai lần", "double taxation avoidance agreement"},
	{"Hiệp định vận tải hàng không", "air transport agreement"},
}

var treatyNames = [][2]string{
	{"Hiệp ước tương trợ tư pháp về hình sự", "treaty on mutual legal assistance in criminal matters"},
	{"Hiệp ước dẫn độ", "extradition treaty"},
	{"Hiệp ước chuyển giao người bị kết án phạt tù", "treaty on the transfer of sentenced persons"},
}

// signed: documents signed at the talks of a and b on w (one or two).
func (g *gen) signed(a, b *person, w when) {
	ca, cb := a.o.iso, b.o.iso
	pre := g.en(ca) + "–" + g.en(cb) + " "
	n := 1 + g.r.IntN(2)
	var ss []string
	first := g.r.IntN(6)
	for i := 0; i < n; i++ {
		var s string
		// a second document is of another kind (mou, statement, agreement, treaty)
		switch (first + 2*i) % 6 {
		case 0:
			f := fields[g.r.IntN(len(fields))]
			s = g.fill("Sau hội đàm, {A} và {B} đã chứng kiến lễ ký kết bản ghi nhớ về hợp tác {F} giữa hai nước.", "A", g.ref(a), "B", g.ref(b), "F", f[0])
			g.agreement("AS1", s, pre+"MoU on "+f[1]+" cooperation", model.KindMoU, model.AgreementSigned, w, ca, cb)
		case 1:
			f := fields[g.r.IntN(len(fields))]
			s = g.fill("Hai bên đã ký kết bản ghi nhớ về hợp tác {F}.", "F", f[0])
			g.agreement("AS2", s, pre+"MoU on "+f[1]+" cooperation", model.KindMoU, model.AgreementSigned, w, ca, cb)
		case 2:
			i := g.r.IntN(len(statementTopics))
			t := statementTopics[i]
			s = g.fill("Nhân dịp này, {A} và {B} đã ra Tuyên bố chung về {T}.", "A", g.ref(a), "B", g.ref(b), "T", t[0])
			g.agreement("AS3", s, pre+"Joint Statement on "+t[1], model.KindJointStatement, model.AgreementSigned, w, ca, cb)
			g.upgradeStatement("PS3", s, i, ca, cb, w)
		case 3:
			i := g.r.IntN(len(statementTopics))
			t := statementTopics[i]
			s = g.fill("Hai nhà lãnh đạo đã thông qua Tuyên bố chung về {T}.", "T", t[0])
			g.agreement("AS4", s, pre+"Joint Statement on "+t[1], model.KindJointStatement, model.AgreementSigned, w, ca, cb)
			g.upgradeStatement("PS4", s, i, ca, cb, w)
		case 4:
			t := agreementNames[g.r.IntN(len(agreementNames))]
			s = g.fill("Cũng trong dịp này, {X} và {Y} đã ký {T}.", "X", g.cname(ca), "Y", g.cname(cb), "T", t[0])
			g.agreement("AS5", s, pre+t[1], model.KindAgreement, model.AgreementSigned, w, ca, cb)
		default:
			t := treatyNames[g.r.IntN(len(treatyNames))]
			s = g.fill("Dưới sự chứng kiến của hai nhà lãnh đạo, đại diện hai nước đã ký {T}.", "T", t[0])
			g.agreement("AS6", s, pre+t[1], model.KindTreaty, model.AgreementSigned, w, ca, cb)
		}
		ss = append(ss, s)
	}
	g.para(ss...)
}

// upgradeStatement plants the partnership that a joint statement on
// statementTopics[i], issued on w, raises: the first topic is the upgrade.
func (g *gen) upgradeStatement(tmpl, s string, i int, ca, cb string, w when) {
	if i != 0 || ca == cb {
		return
	}
	since := ""
	if d := w.iso(); d != nil {
		since = *d
	}
	g.partner(tmpl, s, ca, cb, model.LevelComprehensiveStrategic, model.PartnershipUpgraded, since)
}

// partnerLevels are levels the generated articles name, Vietnamese and
// model level.
var partnerLevels = []struct {
	vi    string
	level model.PartnershipLevel
}{
	{"Đối tác toàn diện", model.LevelComprehensive},
	{"Đối tác chiến lược", model.LevelStrategic},
	{"Đối tác chiến lược toàn diện", model.LevelComprehensiveStrategic},
}

// partnership: a sentence on the level of relations between the
// countries of a and b, who met on w: raised, set up in an earlier year,
// standing, or an upgrade to consider.
func (g *gen) partnership(a, b *person, w when) {
	ca, cb := a.o.iso, b.o.iso
	if ca == cb {
		return
	}
	l := partnerLevels[g.r.IntN(len(partnerLevels))]
	var s string
	switch g.r.IntN(4) {
	case 0:
		s = g.fill("{X} và {Y} nhất trí nâng cấp quan hệ lên {L}.", "X", g.cname(ca), "Y", g.cname(cb), "L", l.vi)
		g.partner("P1", s, ca, cb, l.level, model.PartnershipUpgraded, "")
	case 1:
		y := strconv.Itoa(w.t.Year() - 1 - g.r.IntN(15))
		s = g.fill("Hai nước thiết lập quan hệ {L} {X} - {Y} năm {N}.", "L", l.vi, "X", g.cname(ca), "Y", g.cname(cb), "N", y)
		g.partner("P2", s, ca, cb, l.level, model.PartnershipEstablished, y)
	case 2:
		s = g.fill("{X} là {L} của {Y}.", "X", g.cname(ca), "L", l.vi, "Y", g.cname(cb))
		g.partner("P3", s, ca, cb, l.level, model.PartnershipEstablished, "")
	default:
		s = g.fill("{A} và {B} nhất trí xem xét nâng cấp quan hệ {X} - {Y} lên {L}.", "A", g.ref(a), "B", g.ref(b), "X", g.cname(ca), "Y", g.cname(cb), "L", l.vi)
		g.partner("P4", s, ca, cb, l.level, model.PartnershipPlanned, "")
	}
	g.para(s)
}

// signedDated: documents signed during a visit, with their own date. It
// reports whether the guest and the host witnessed the signing together.
func (g *gen) signedDated(v, h *person, w when, together bool) (witnessed bool) {
	ca, cb := v.o.iso, h.o.iso
	pre := g.en(ca) + "–" + g.en(cb) + " "
	d := g.phrase(w, false)
	var s string
	if together && g.chance(0.5) {
		f := fields[g.r.IntN(len(fields))]
		s = g.fill("{D}, {V} và {H} đã chứng kiến lễ ký bản ghi nhớ về hợp tác {F}.", "D", d, "V", g.ref(v), "H", g.ref(h), "F", f[0])
		g.agreement("AS8", s, pre+"MoU on "+f[1]+" cooperation", model.KindMoU, model.AgreementSigned, w, ca, cb)
		witnessed = true
	} else {
		t := agreementNames[g.r.IntN(len(agreementNames))]
		s = g.fill("{X} và {Y} đã ký {T} {D}, trong chuyến thăm của {V}.", "X", g.cname(ca), "Y", g.cname(cb), "T", t[0], "D", d, "V", g.ref(v))
		g.agreement("AS9", s, pre+t[1], model.KindAgreement, model.AgreementSigned, w, ca, cb)
	}
	g.para(s)
	return witnessed
}

// plannedAgreement: an agreement the two countries intend to sign.
func (g *gen) plannedAgreement(a, b *person, main time.Time) {
	ca, cb := a.o.iso, b.o.iso
	pre := g.en(ca) + "–" + g.en(cb) + " "
	var s string
	switch g.r.IntN(3) {
	case 0:
		t := agreementNames[g.r.IntN(len(agreementNames))]
		s = g.fill("{X} và {Y} nhất trí thúc đẩy đàm phán để sớm ký kết {T}.", "X", g.cname(ca), "Y", g.cname(cb), "T", t[0])
		g.agreement("AP1", s, pre+t[1], model.KindAgreement, model.AgreementPlanned, when{}, ca, cb)
	case 1:
		fd := g.later(g.pubOr(main))
		f := fields[g.r.IntN(len(fields))]
		s = g.fill("{X} và {Y} dự kiến ký bản ghi nhớ về hợp tác {F}{D}.", "X", g.cname(ca), "Y", g.cname(cb), "F", f[0], "D", g.prefixDate(g.phrase(fd, true)))
		g.agreement("AP2", s, pre+"MoU on "+f[1]+" cooperation", model.KindMoU, model.AgreementPlanned, fd, ca, cb)
	default:
		fd := g.later(g.pubOr(main))
		// Not the upgrade: a statement to come about one says neither
		// that the level is reached nor only planned.
		t := statementTopics[1+g.r.IntN(len(statementTopics)-1)]
		s = g.fill("{X} và {Y} sẽ ra tuyên bố chung về {T}{D}.", "X", g.cname(ca), "Y", g.cname(cb), "T", t[0], "D", g.prefixDate(g.phrase(fd, true)))
		g.agreement("AP3", s, pre+"Joint Statement on "+t[1], model.KindJointStatement, model.AgreementPlanned, fd, ca, cb)
	}
	g.para(s)
}

// ------------------------------------------------------------ memberships

// completeOrgs: the membership data of these is complete, so a count is true.
var completeOrgs = map[string]bool{"ASEAN": true, "SCO": true, "BRICS": true, "G7": true, "NATO": true, "EU": true, "CPTPP": true, "GCC": true, "MERCOSUR": true, "CSTO": true, "EAEU": true, "QUAD": true}

var countWords = []string{"", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "11"}

// memberships writes a paragraph of membership facts about org.
func (g *gen) memberships(acr string) {
	y, m := g.refYear, g.refM()
	oi := g.w.orgs[acr]
	on := func() string { return g.pick(orgNames[acr]) }
	names := func(ms []mship) []string {
		out := make([]string, len(ms))
		for i, m := range ms {
			out[i] = g.cname(m.iso)
		}
		return out
	}
	var ss []string
	founding := g.w.members(acr, y, m, model.MemberFounding)
	if oi.founded != 0 && oi.founded < y && len(founding) > 0 && g.chance(0.6) {
		all := len(founding) == countFounding(oi)
		switch n := g.r.IntN(4); {
		case n == 0 && all && len(founding) <= 8:
			ss = append(ss, g.fill("{O} được thành lập năm {Y} bởi {L}.", "O", on(), "Y", strconv.Itoa(oi.founded), "L", list(names(founding))))
			for _, m := range founding {
				g.member("MF1", m.iso, acr, model.MemberFounding, oi.founded)
			}
		case n == 1 && all && len(founding) <= 8:
			ss = append(ss, g.fill("Năm {Y}, {L} đã thành lập {O}.", "Y", strconv.Itoa(oi.founded), "L", list(names(founding)), "O", on()))
			for _, m := range founding {
				g.member("MF3", m.iso, acr, model.MemberFounding, oi.founded)
			}
		case n == 2:
			m := founding[g.r.IntN(len(founding))]
			ss = append(ss, g.fill("{C} là một trong các thành viên sáng lập {O} năm {Y}.", "C", g.cname(m.iso), "O", on(), "Y", strconv.Itoa(oi.founded)))
			g.member("MF4", m.iso, acr, model.MemberFounding, oi.founded)
		default:
			k := 2 + g.r.IntN(2)
			if k > len(founding) {
				k = len(founding)
			}
			sub := founding[:k]
			ss = append(ss, g.fill("{L} là những thành viên sáng lập của {O}.", "L", list(names(sub)), "O", on()))
			for _, m := range sub {
				g.member("MF2", m.iso, acr, model.MemberFounding, 0)
			}
		}
	}
	joiners := g.w.members(acr, y, m, model.MemberFull)
	if len(joiners) > 0 && g.chance(0.7) {
		m := joiners[g.r.IntN(len(joiners))]
		var same []mship
		for _, x := range joiners {
			if x.from == m.from {
				same = append(same, x)
			}
		}
		if len(same) > 3 {
			same = []mship{m}
		}
		ys := strconv.Itoa(m.from)
		switch g.r.IntN(4) {
		case 0:
			ss = append(ss, g.fill("{L} gia nhập {O} năm {Y}.", "L", list(names(same)), "O", on(), "Y", ys))
			for _, x := range same {
				g.member("MM2", x.iso, acr, model.MemberFull, x.from)
			}
		case 1:
			ss = append(ss, g.fill("{C} chính thức trở thành thành viên {O} từ năm {Y}.", "C", g.cname(m.iso), "O", on(), "Y", ys))
			g.member("MM3", m.iso, acr, model.MemberFull, m.from)
		case 2:
			ss = append(ss, g.fill("{C} được kết nạp vào {O} năm {Y}.", "C", g.cname(m.iso), "O", on(), "Y", ys))
			g.member("MM5", m.iso, acr, model.MemberFull, m.from)
		default:
			ss = append(ss, g.fill("{C} là thành viên của {O}.", "C", g.cname(m.iso), "O", on()))
			g.member("MM1", m.iso, acr, model.MemberFull, 0)
		}
	}
	all := g.w.members(acr, y, m, model.MemberFull, model.MemberFounding)
	if completeOrgs[acr] && len(all) >= 4 && g.chance(0.3) {
		g.r.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
		k := 3
		count := strconv.Itoa(len(all))
		if len(all) < len(countWords) && g.chance(0.5) {
			count = countWords[len(all)]
		}
		ss = append(ss, g.fill("{O} hiện có {N} thành viên, trong đó có {L}.", "O", on(), "N", count, "L", list(names(all[:k]))))
		for _, x := range all[:k] {
			g.member("MM4", x.iso, acr, model.MemberFull, 0)
		}
	}
	if obs := g.w.members(acr, y, m, model.MemberObserver); len(obs) > 0 && g.chance(0.6) {
		m := obs[g.r.IntN(len(obs))]
		if g.chance(0.5) {
			ss = append(ss, g.fill("{C} hiện là quan sát viên của {O}.", "C", g.cname(m.iso), "O", on()))
			g.member("MO1", m.iso, acr, model.MemberObserver, 0)
		} else {
			ss = append(ss, g.fill("{C} có quy chế quan sát viên tại {O} từ năm {Y}.", "C", g.cname(m.iso), "O", on(), "Y", strconv.Itoa(m.from)))
			g.member("MO2", m.iso, acr, model.MemberObserver, m.from)
		}
	}
	if apps := g.w.members(acr, y, m, model.MemberApplicant); len(apps) > 0 && g.chance(0.6) {
		m := apps[g.r.IntN(len(apps))]
		if g.chance(0.5) {
			ss = append(ss, g.fill("{C} đang trong quá trình gia nhập {O}.", "C", g.cname(m.iso), "O", on()))
			g.member("MA1", m.iso, acr, model.MemberApplicant, 0)
		} else {
			ss = append(ss, g.fill("{C} đã nộp đơn xin gia nhập {O} năm {Y}.", "C", g.cname(m.iso), "O", on(), "Y", strconv.Itoa(m.from)))
			g.member("MA2", m.iso, acr, model.MemberApplicant, m.from)
		}
	}
	if ps := g.w.members(acr, y, m, model.MemberPartner); len(ps) > 0 && g.chance(0.6) {
		if g.chance(0.5) {
			m := ps[g.r.IntN(len(ps))]
			ss = append(ss, g.fill("{C} trở thành quốc gia đối tác của {O} từ năm {Y}.", "C", g.cname(m.iso), "O", on(), "Y", strconv.Itoa(m.from)))
			g.member("MP1", m.iso, acr, model.MemberPartner, m.from)
		} else {
			k := min(len(ps), 2+g.r.IntN(2))
			ss = append(ss, g.fill("{L} là các nước đối tác của {O}.", "L", list(names(ps[:k])), "O", on()))
			for _, m := range ps[:k] {
				g.member("MP2", m.iso, acr, model.MemberPartner, 0)
			}
		}
	}
	if len(ss) > 0 {
		g.para(ss...)
	}
}

func countFounding(oi *orgInfo) int {
	n := 0
	for _, s := range oi.ships {
		if s.status == model.MemberFounding {
			n++
		}
	}
	return n
}
