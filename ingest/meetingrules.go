package ingest

import (
	"slices"
	"strconv"

	"kg/ingest/calendar"
	"kg/ingest/gazetteer"
)

// This file holds the meeting rules: each names one way a clause of
// Vietnamese news states a meeting, with a sentence it exists for. A
// clause is read once (readClause: its meeting words, participants,
// date, place, status); then the first event rule that applies says what
// event the clause tells of, and every extra rule that applies adds what
// else it says. To teach the extractor a new phrasing, add a rule here
// with its example; TestMeetingRuleExamples checks that each rule reads
// its own example.

// clauseReading is what one clause says, as the rules read it.
type clauseReading struct {
	a            *analysis
	s            *sentence
	cl           clause
	kinds        []cueHit      // the clause's meeting words
	kind         string        // the strongest meeting kind among them; "" when only summit words
	summitCue    bool          // a summit word, or a meeting of an organisation
	attend       bool          // an attendance word: "tham dự", "có mặt"
	parts        []string      // the leaders taking part, sorted
	others       int           // countries named besides the participants' own
	base         meeting       // the date, place, status and organisation the clause gives
	visitAt      int           // the token of a visit word ("thăm", "chuyến thăm"), or -1
	meetAt       int           // the token of another meeting word ("hội kiến", "hội đàm"), or -1
	occasion     bool          // the clause opens with "nhân dịp", "trong khuôn khổ"
	recall       *recallPhrase // the clause is a visit recalled (recalled.go)
	subject      string        // the subject a clause opening on its verb shares with the clause before ("...; hội kiến A và B")
	recalledFrom []string      // a recalled meeting's: the participants of the clause before it
	pictured     bool          // the clause only names leaders side by side in a photo (picturedTogether)
}

// meetingRule is one way a clause states a meeting.
type meetingRule struct {
	name    string
	example string // a sentence the rule exists for
	when    func(r *clauseReading) bool
	read    func(r *clauseReading) []meeting
}

// eventRules say what event a clause tells of; the first that applies wins.
var eventRules = []meetingRule{
	{
		name:    "one-visit-each",
		example: "Quan hệ hai nước phát triển mạnh mẽ sau các chuyến thăm lịch sử của Tổng Bí thư Nguyễn Phú Trọng tới Trung Quốc tháng 10/2022 và Tổng Bí thư, Chủ tịch nước Tập Cận Bình tới Việt Nam tháng 12/2023.",
		when:    func(r *clauseReading) bool { return len(r.visitsOf()) >= 2 },
		read: func(r *clauseReading) []meeting {
			// "các chuyến thăm của A tới X tháng 10/2022 và B tới Y tháng
			// 12/2023", "sau các chuyến thăm của A, B, C": one visit of
			// each visitor, to where and when his item says.
			var out []meeting
			items := r.visitsOf()
			for i, it := range items {
				end := max(r.cl.end, it.end)
				if r.recall != nil {
					end = len(r.s.toks) // (see visitsOf)
				}
				if i+1 < len(items) {
					end = items[i+1].start
				}
				v := r.with("state_visit", "meeting", []string{it.keys[0]})
				v.status, v.recalled = "held", true
				v.date, v.endDate = calendar.Date{}, calendar.Date{}
				for _, m := range r.s.ments {
					if m.kind == mCountry && m.start >= it.end && m.end <= end {
						v.city, v.country = cityState(m.id), m.id
						break
					}
				}
				for _, d := range r.s.dates {
					if from, _ := r.s.tokenSpan(d.Start, d.End); from >= it.end && from < end {
						v.date = d.Date
						break
					}
				}
				out = append(out, v)
			}
			return out
		},
	},
	{
		name:    "a-signing-ceremony",
		example: "Ngoại trưởng Rwanda Olivier Nduhungirehe và Ngoại trưởng Cộng hòa Dân chủ Congo Therese Kayikwamba Wagner ngày 27/6 ký thỏa thuận hòa bình tại Nhà Trắng, dưới sự chứng kiến của Tổng thống Mỹ Donald Trump.",
		when:    func(r *clauseReading) bool { return r.base.signing },
		read: func(r *clauseReading) []meeting {
			m := r.with("bilateral", "meeting", r.parts)
			// "Chiều 28-10, ... ASEAN và Trung Quốc đã ký Nghị định thư":
			// the day and place of a signing whose people are named elsewhere.
			m.partial = len(r.parts) == 0
			return []meeting{m}
		},
	},
	{
		name:    "a-visit-recalled",
		example: "Thủ tướng Petr Fiala chia sẻ ấn tượng tốt đẹp về chuyến thăm chính thức Việt Nam vào năm 2023.",
		when:    func(r *clauseReading) bool { return r.recall != nil && r.kind == "state_visit" },
		read:    func(r *clauseReading) []meeting { return r.recalledVisit() },
	},
	{
		name:    "a-meeting-recalled",
		example: "Tổng thống Donald Trump và Chủ tịch Tập Cận Bình gặp nhau lần đầu kể từ cuộc họp bên lề hội nghị thượng đỉnh G20 tại Osaka, Nhật Bản, hồi tháng 6/2019.",
		when:    func(r *clauseReading) bool { return r.recall != nil && r.kind != "state_visit" },
		read: func(r *clauseReading) []meeting {
			// The meeting before this one, of the same people: those of
			// the clause it is recalled from when it names none.
			parts := r.parts
			if len(parts) < 2 {
				parts = r.recalledFrom
			}
			if len(parts) < 2 && len(r.parts) == 0 && lastOne(r.s, r.recall.cue) {
				// "tại cuộc gặp gần đây nhất ..." naming no one: the
				// article's two leaders met before.
				parts = r.a.people.pair("")
			}
			if len(parts) < 2 {
				return nil
			}
			m := r.with("bilateral", "meeting", parts)
			m.status, m.recalled, m.endDate = "held", true, calendar.Date{}
			return []meeting{m}
		},
	},
	{
		name:    "leaders-pictured-together",
		example: "Tổng thống Mỹ Joe Biden (phải) và người đồng cấp Ukraine Volodymyr Zelensky tại Nhà Trắng hồi tháng 9/2021.",
		when: func(r *clauseReading) bool {
			return r.pictured && len(r.kinds) == 0 && !r.attend && len(r.parts) >= 2 && !r.a.oneCountry(r.parts, false)
		},
		read: func(r *clauseReading) []meeting {
			// A photo of leaders of two countries or more side by side
			// ("A (trái) và B tại Nhà Trắng hồi tháng 9/2021") shows them
			// met there, whether the text tells of it or not.
			kind := "bilateral"
			if !r.a.twoSidesOnly(r.parts) {
				kind = "summit"
			}
			m := r.with(kind, "meeting", r.parts)
			m.caption = true
			return []meeting{m}
		},
	},
	{
		name:    "attendance-without-a-meeting-word",
		example: "Thủ tướng Ấn Độ Narendra Modi cũng tham dự.",
		when: func(r *clauseReading) bool {
			return len(r.kinds) == 0 && r.attend && len(r.parts) > 0 && !r.s.anyCueIn("ceremony", r.cl)
		},
		read: func(r *clauseReading) []meeting {
			m := r.with("summit", "summit", r.parts)
			m.partial, m.attend = true, true
			return []meeting{m}
		},
	},
	{
		name:    "the-receivers-of-a-delegation",
		example: "Tiếp và làm việc với đoàn có các đồng chí: Thái Đại Ngọc - Bí thư Tỉnh ủy; Lâm Hải Giang - Phó Chủ tịch UBND tỉnh.",
		when: func(r *clauseReading) bool {
			return len(r.parts) > 0 && r.cl.start == sourceTagEnd(r.s) && receiversList(r.s) && r.a.oneCountry(r.parts, true) && r.allNamed()
		},
		read: func(r *clauseReading) []meeting {
			// Those who received the delegation told of before, all of one
			// side: its hosts, they join that visit.
			m := r.with("state_visit", "meeting", r.parts)
			m.partial, m.welcomes = true, true
			return []meeting{m}
		},
	},
	{
		name:    "both-sides-on-this-visit",
		example: "Trong chuyến thăm này, Thủ tướng Hun Sen và Thủ tướng Nguyễn Xuân Phúc chứng kiến lễ ký kết một số văn kiện trong sáng 4/10.",
		when: func(r *clauseReading) bool {
			return r.kind == "state_visit" && r.meetAt < 0 && len(r.parts) == 2 && thisVisit(r.s) && r.a.twoSides(r.parts) && r.a.conjoined(r.s, r.cl)
		},
		read: func(r *clauseReading) []meeting {
			// "Nhân chuyến thăm lần này, Tổng thống Macron và Chủ tịch nước
			// Lương Cường đã ra Tuyên bố chung": the visitor and the host
			// of the visit the article tells did something together on
			// it; both join that visit (docs/ANNOTATION.md: the visit and
			// the host's talks are one event).
			m := r.with("state_visit", "meeting", r.parts)
			m.partial, m.welcomes = true, true
			return []meeting{m}
		},
	},
	{
		name:    "the-host-of-a-welcome",
		example: "Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith chủ trì lễ đón.",
		when: func(r *clauseReading) bool {
			return r.kind == "state_visit" && len(r.parts) == 1 && r.chairsWelcome()
		},
		read: func(r *clauseReading) []meeting {
			// The host of the visit told elsewhere: he joins that visit.
			m := r.with("state_visit", "meeting", r.parts)
			m.partial, m.welcomes = true, true
			return []meeting{m}
		},
	},
	{
		name:    "one-leader-visits-several-countries",
		example: "Tổng Bí thư Tô Lâm sẽ thăm cấp Nhà nước tới Mông Cổ, Ireland và thăm chính thức Cộng hòa Pháp.",
		when: func(r *clauseReading) bool {
			return r.kind == "state_visit" && len(r.parts) == 1 && len(r.visitedCountries()) >= 2
		},
		read: func(r *clauseReading) []meeting {
			// A trip of several legs: a visit to each country, dated as
			// closely as the trip's dates tell of every leg (its month
			// when they are one day or a span within a month).
			p := r.a.people.get(r.parts[0])
			var out []meeting
			for _, iso := range r.visitedCountries() {
				if p != nil && iso != p.country {
					v := r.with("state_visit", "meeting", r.parts)
					v.city, v.country = cityState(iso), iso
					v.date, v.endDate = commonPart(v.date, v.endDate), calendar.Date{}
					if v.date.Day != 0 && !r.dayAfterCountries(v.date) {
						v.date.Day = 0
					}
					if d, ok := r.legDate(r.legOf(iso)); ok {
						// "thăm chính thức Chile từ ngày 9-12/11 và dự ...": the leg's own days.
						v.date, v.endDate = d.Date, d.EndDate
					}
					if d, ok := r.countryDays(iso); ok {
						// "tới Pháp từ ngày 26-29/3 và Đức từ 29-31/3": each country its days.
						v.date, v.endDate = d.Date, d.EndDate
					}
					out = append(out, v)
				}
			}
			return out
		},
	},
	{
		name:    "one-leader-meets-several-countries",
		example: "Tổng thống Nga Vladimir Putin gặp các nhà lãnh đạo Kazakhstan, Uzbekistan và Tajikistan tại Moscow.",
		when: func(r *clauseReading) bool {
			// (Not a visit alone: "Ông Kishida đang thăm Anh, nằm trong
			// chuyến công du các nước thành viên G7, trong đó có Pháp,
			// Italy" visits them one by one.)
			// (Nor calls: "có các cuộc điện đàm với Thái Lan và Campuchia",
			// "điện đàm riêng rẽ với những người đồng cấp của Nga và các nước
			// Arab" are calls one by one, with leaders the clause leaves
			// unnamed.)
			return r.kind != "" && !(r.kind == "phone_call" && r.visitAt < 0) && r.meetsBesidesVisiting() && len(r.parts) == 1 && r.others >= 2 && !r.summitCue
		},
		read: func(r *clauseReading) []meeting {
			if r.kind == "video_call" {
				// "chủ trì hội nghị trực tuyến với sự tham gia của 25 quốc
				// gia, nhằm ... tại Ukraine": an online meeting of many, held
				// nowhere; the countries are its members and its topics.
				m := r.with(r.kind, "call", r.parts)
				m.city, m.country = "", ""
				return []meeting{m}
			}
			m := r.with("summit", "meeting", r.parts)
			if slices.ContainsFunc(r.kinds, func(k cueHit) bool { return envoysMet(r.s, k.end) }) {
				// "Chủ tịch nước tiếp các Đại sứ Trung Quốc, Ba Lan, Ai Cập":
				// receptions of envoys one by one, whom the clause leaves
				// unnamed; the host alone names no event.
				m.partial = true
				return []meeting{m}
			}
			if m.date.IsZero() && m.city == "" && m.country == "" {
				m.grp = "summit" // nothing to tell it apart: part of the article's summit
				// Without that summit it is no event one can name: "Chủ
				// tịch Quốc hội tiếp các Đại sứ Campuchia, Hoa Kỳ và
				// Philippines", "Thủ tướng Campuchia, Malaysia và Thái Lan
				// bắt tay sau buổi họp báo", "Thông qua các cuộc hội đàm,
				// hội kiến, Thủ tướng ... trao đổi với các nhà lãnh đạo".
				// One he co-chairs is one ("đồng chủ trì cuộc gặp giữa
				// ba người đứng đầu ba Đảng Việt Nam - Campuchia - Lào").
				m.partial = !r.s.hasPhrase(r.cl.start, r.cl.end, "đồng", "chủ", "trì")
			}
			return []meeting{m}
		},
	},
	{
		name:    "one-leader-visits-abroad",
		example: "Chủ tịch Trung Quốc Tập Cận Bình thăm cấp Nhà nước Kazakhstan.",
		when:    func(r *clauseReading) bool { return r.kind == "state_visit" && len(r.parts) == 1 },
		read: func(r *clauseReading) []meeting {
			// A visit abroad: a meeting with the hosts, named or not.
			if p := r.a.people.get(r.parts[0]); p != nil && r.base.country != "" && r.base.country != p.country {
				return []meeting{r.with(r.kind, "meeting", r.parts)}
			}
			if _, own := r.firstDayIn(r.cl); own && r.visitAt >= 0 && (occasionOf(r.s, r.visitAt) || r.unplacedCall() || r.callOnLocalLeaders()) && r.base.country == "" && r.base.city == "" {
				// "Trong chuyến công du từ ngày 18 đến 20-8, nhà ngoại giao
				// ... sẽ ...": the days of the visit told elsewhere.
				m := r.with(r.kind, "meeting", r.parts)
				m.partial = true
				if city, country := r.wishedPlace(); country != "" {
					// "Đoàn đại biểu tỉnh Ratanakiri ... do ông Ngin Nel -
					// Phó Tỉnh trưởng làm trưởng đoàn đã sang thăm, chúc
					// Tết cổ truyền ... tỉnh Gia Lai": the visit's place is
					// the wish's; it joins the host's reception told
					// after it ("Tiếp đoàn, ông A ...") or stands alone.
					if p := r.a.people.get(r.parts[0]); p != nil && p.country != "" && p.country != country {
						m.city, m.country, m.standsAlone = city, country, true
					}
				}
				return []meeting{m}
			}
			if city, country := r.wishedPlace(); country != "" && r.base.country == "" && r.base.city == "" {
				// "Đoàn công tác ... do Phó Chủ tịch UBND tỉnh Nguyễn
				// Hữu Tháp làm Trưởng đoàn đã đến thăm, chúc Tết chính
				// quyền và nhân dân 2 tỉnh Đông Bắc Campuchia": the visit
				// is to the place the New Year wishes go to.
				if p := r.a.people.get(r.parts[0]); p != nil && country != p.country {
					m := r.with(r.kind, "meeting", r.parts)
					m.city, m.country = city, country
					return []meeting{m}
				}
			}
			return nil
		},
	},
	{
		name:    "each-host-receives-the-guest",
		example: "Tổng Bí thư Tô Lâm, Chủ tịch nước Lương Cường có các buổi tiếp Ủy viên trưởng Nhân đại toàn quốc Trung Quốc Triệu Lạc Tế.",
		when: func(r *clauseReading) bool {
			subjects, objects := r.aroundMeetWord()
			return r.kind != "" && len(subjects) >= 2 && len(objects) == 1 && (r.a.pluralMeetings(r.s, r.cl) || r.manyOf())
		},
		read: func(r *clauseReading) []meeting {
			// Several hosts, one guest, "các buổi tiếp": one meeting each.
			subjects, objects := r.aroundMeetWord()
			var out []meeting
			for _, h := range subjects {
				out = append(out, r.with(r.kind, group(r.kind), sortedPair(h, objects[0])))
			}
			return out
		},
	},
	{
		name:    "one-meeting-with-each",
		example: "Ông Tập có các cuộc gặp với Tổng thống Kazakhstan Kassym-Jomart Tokayev và với Tổng thống Uzbekistan Shavkat Mirziyoyev.",
		when: func(r *clauseReading) bool {
			return r.kind != "" && len(r.parts) >= 3 && r.a.pluralMeetings(r.s, r.cl)
		},
		read: func(r *clauseReading) []meeting {
			subj := r.a.firstParticipant(r.s, r.cl, r.parts)
			var out []meeting
			for _, p := range r.parts {
				if p != subj {
					out = append(out, r.with(r.kind, group(r.kind), sortedPair(subj, p)))
				}
			}
			return out
		},
	},
	{
		name:    "one-reception-for-each",
		example: "Tổng thống Jose Ramos-Horta cũng hội kiến Thủ tướng Chính phủ Phạm Minh Chính, Chủ tịch Quốc hội Trần Thanh Mẫn.",
		when: func(r *clauseReading) bool {
			return len(r.parts) >= 3 && len(r.verbObjects()) >= 2
		},
		read: func(r *clauseReading) []meeting {
			// One guest received by each host in turn ("hội kiến A và B"),
			// or one subject with a verb for each ("hội đàm với A, gặp B").
			var out []meeting
			for _, vo := range r.verbObjects() {
				m := r.with(vo.kind, group(vo.kind), sortedPair(vo.subject, vo.object))
				if !m.endDate.IsZero() {
					// "Từ ngày 14-15/8/2025, ... đã tiếp A; B; C": each on
					// one of those days, which the text does not say.
					m.date, m.endDate = commonPart(m.date, m.endDate), calendar.Date{}
				}
				out = append(out, m)
			}
			return out
		},
	},
	{
		name:    "the-welcome-party",
		example: "Đón Tổng Bí thư Tô Lâm và Phu nhân cùng đoàn đại biểu cấp cao Việt Nam thăm cấp Nhà nước Cộng hòa Belarus tại sân bay, phía Belarus có Phó Thủ tướng Anatoly Sivak; Bộ trưởng Bộ Ngoại giao Maxim Ryzhenkov.",
		when:    func(r *clauseReading) bool { return r.welcomeParty() >= 0 },
		read: func(r *clauseReading) []meeting {
			// Those who welcome or see off a visitor are no meeting of
			// their own (docs/ANNOTATION.md): the visitor named before
			// "có" joins the visit told elsewhere, they do not.
			at := r.welcomeParty()
			var guests []string
			for _, m := range r.s.ments {
				if m.start >= r.cl.start && m.end <= at && len(m.keys) == 1 && slices.Contains(r.parts, m.keys[0]) {
					guests = appendUnique(guests, m.keys[0])
				}
			}
			if len(guests) == 0 {
				return nil
			}
			m := r.with("state_visit", "meeting", guests)
			m.partial = true
			return []meeting{m}
		},
	},
	{
		name:    "each-host-in-turn",
		example: "Tổng Bí thư Tô Lâm, Thủ tướng Chính phủ Phạm Minh Chính, Chủ tịch Quốc hội Trần Thanh Mẫn đã hội kiến Quốc vương Abdullah II Ibn Al Hussein.",
		when:    func(r *clauseReading) bool { return r.kind != "" && len(r.parts) >= 3 && len(r.hostsInTurn()) >= 2 },
		read: func(r *clauseReading) []meeting {
			// Leaders of one country listed with commas before a word of
			// receiving: the wrap-up of a visit, each received the guest.
			var out []meeting
			for _, vo := range r.hostsInTurn() {
				out = append(out, r.with(vo.kind, group(vo.kind), sortedPair(vo.subject, vo.object)))
			}
			return out
		},
	},
	{
		name:    "a-meeting-that-speaks-of-another's-visit",
		example: "Trong cuộc gặp với Bộ trưởng Ngoại giao Cuba Bruno Parrilla, Bộ trưởng Ngoại giao Bùi Thanh Sơn cảm ơn phía Cuba đã phối hợp tổ chức thành công chuyến thăm hữu nghị chính thức Cuba của Chủ tịch nước Nguyễn Xuân Phúc vừa qua.",
		when: func(r *clauseReading) bool {
			return len(r.parts) >= 3 && r.visitAt >= 0 && r.meetingCueBefore(r.visitAt) != "" && r.otherVisitor() != ""
		},
		read: func(r *clauseReading) []meeting {
			// The meeting is of those who met; the visit it speaks of
			// ("chuyến thăm ... của Chủ tịch nước ...") is its visitor's
			// own event, on no day the clause gives.
			visitor := r.otherVisitor()
			kind := r.meetingCueBefore(r.visitAt)
			met := slices.DeleteFunc(slices.Clone(r.parts), func(k string) bool { return k == visitor })
			if len(met) > 2 && group(kind) == "meeting" && !r.a.twoSidesOnly(met) {
				kind = "summit"
			}
			out := []meeting{r.with(kind, group(kind), met)}
			if v, ok := r.visit([]string{visitor}); ok {
				v.date, v.endDate = calendar.Date{}, calendar.Date{}
				out = append(out, v)
			}
			return out
		},
	},
	{
		name:    "each-caller-congratulates",
		example: "Tổng thống Mỹ Donald Trump, Tổng thống Pháp Emmanuel Macron và Thủ tướng Nhật Bản Shigeru Ishiba đã gọi điện chúc mừng Tổng thống Hàn Quốc Lee Jae-myung.",
		when: func(r *clauseReading) bool {
			if r.kind != "phone_call" || len(r.parts) < 3 || !r.congratulatingCall() {
				return false
			}
			callers, called := r.aroundMeetWord()
			return len(callers) >= 2 && len(called) == 1
		},
		read: func(r *clauseReading) []meeting {
			// Several who call one to congratulate him: each made a call
			// of his own.
			callers, called := r.aroundMeetWord()
			var out []meeting
			for _, c := range callers {
				out = append(out, r.with(r.kind, group(r.kind), sortedPair(c, called[0])))
			}
			return out
		},
	},
	{
		name:    "three-or-more-at-one-table",
		example: "Tổng thống Nga Vladimir Putin, Chủ tịch Trung Quốc Tập Cận Bình và Tổng thống Mông Cổ Ukhnaagiin Khurelsukh đã có cuộc gặp ba bên.",
		when:    func(r *clauseReading) bool { return r.kind != "" && len(r.parts) >= 3 },
		read: func(r *clauseReading) []meeting {
			if r.kind == "phone_call" || r.kind == "video_call" {
				// "Ông Niinisto, người vừa điện đàm với Tổng thống Mỹ Joe Biden
				// và Thủ tướng Thụy Điển Magdalena Andersson hôm 13/5": one
				// call of three, no summit.
				return []meeting{r.with(r.kind, "call", r.parts)}
			}
			kind := "summit"
			if r.a.twoSidesOnly(r.parts) {
				kind = "bilateral" // "Trump đã gặp Quốc vương Qatar và Thủ tướng Qatar": two sides
			}
			m := r.with(kind, "meeting", r.parts)
			r.dayOfTheVisit(&m)
			return []meeting{m}
		},
	},
	{
		name:    "one-side-of-a-meeting",
		example: "Khi bắt đầu cuộc gặp hôm thứ Năm, ông Putin ca ngợi lập trường cân bằng của Trung Quốc.",
		when:    func(r *clauseReading) bool { return r.kind != "" && len(r.parts) == 1 && r.kind != "state_visit" },
		read: func(r *clauseReading) []meeting {
			if p := r.protagonistMet(); p != "" {
				// "Trong cuộc gặp với Thủ tướng Malaysia Anwar Ibrahim, hai
				// bên nhất trí ...": the one the article follows met him.
				return []meeting{r.with(r.kind, group(r.kind), sortedPair(p, r.parts[0]))}
			}
			// One side of a meeting told elsewhere: it only adds to that meeting.
			m := r.with(r.kind, group(r.kind), r.parts)
			m.partial = true
			return []meeting{m}
		},
	},
	{
		name:    "two-together-at-a-summit",
		example: "Tổng thống Putin và Tổng thống Mirziyoyev trồng cây bên lề Hội nghị thượng đỉnh.",
		when: func(r *clauseReading) bool {
			// Two who attend ("tham dự hội nghị ... gồm có: A và B") did not
			// meet for that alone.
			return r.kind == "" && r.summitCue && len(r.parts) == 2 && !r.attend && r.a.conjoined(r.s, r.cl) && !r.onlyAtSummit() && !r.coChaired()
		},
		read: func(r *clauseReading) []meeting { return []meeting{r.with("bilateral", "meeting", r.parts)} },
	},
	{
		name:    "meeting-during-a-visit",
		example: "Chiều 23/10, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính đã hội kiến Tổng thống Nam Phi Cyril Ramaphosa đang thăm cấp nhà nước Việt Nam từ ngày 23-24/10/2025.",
		when:    func(r *clauseReading) bool { return len(r.parts) == 2 && r.visitAt >= 0 && r.meetAt >= 0 },
		read: func(r *clauseReading) []meeting {
			// A reception or talks with a visitor: a meeting of its own,
			// and the visitor's visit (which the host's talks join when
			// they are its main event; see visitHost).
			day, span, spanEnd := r.a.dayAndSpan(r.s, r.cl, r.visitAt)
			bm := r.with("bilateral", "meeting", r.parts)
			bm.date, bm.endDate = day, calendar.Date{}
			ownDay := true // the clause's day is the visit's too
			if r.meetAt > r.visitAt && r.invitedIn() {
				// "thăm cấp nhà nước tới Nhật Bản theo lời mời của Thủ tướng
				// Kishida trong cuộc gặp bên lề Đại hội đồng Liên hợp quốc tại
				// New York (Mỹ) vào tháng 9/2022": the meeting that invited
				// the visit is where and when its own words put it.
				if city, country := r.a.place(r.s, clause{r.meetAt, r.cl.end}, r.meetAt); country != "" {
					bm.city, bm.country = city, country
				}
				if _, ok := r.firstDayIn(clause{r.visitAt, r.meetAt}); !ok {
					ownDay = false
				}
			}
			out := []meeting{bm}
			if v, ok := r.visit(r.parts); ok {
				switch {
				case invitedAt(r.s, r.cl) >= 0:
					// "Trong cuộc gặp ..., A mời B sớm thăm Việt Nam": a visit
					// to come, on no day the text gives.
					v.status, v.date, v.endDate, v.invited = "planned", span, spanEnd, true
				case !span.IsZero():
					v.date, v.endDate = span, spanEnd
				case !r.a.hostAmong(r.parts, v) || r.s.anyCueIn("reception", r.cl) && !r.base.talks:
					// "trong khuôn khổ chuyến thăm Triều Tiên, ngày 10/10,
					// Tổng Bí thư gặp ông Medvedev": that day the visit was
					// under way; which day it began the text does not say,
					// nor where it was beyond the country (docs/ANNOTATION.md:
					// a visit that only frames another event).
					v.date, v.frame = calendar.Date{}, true
				}
				if !ownDay && span.IsZero() {
					v.date, v.endDate = calendar.Date{}, calendar.Date{}
				}
				out = append(out, v)
			}
			return out
		},
	},
	{
		name:    "a-visit-and-its-visitor-spoken-of",
		example: "Tổng bí thư Tô Lâm đánh giá cao kết quả của chuyến thăm cấp Nhà nước của Tổng bí thư, Chủ tịch Trung Quốc Tập Cận Bình tới Việt Nam vừa qua.",
		when: func(r *clauseReading) bool {
			if r.kind != "state_visit" || r.meetAt >= 0 || len(r.parts) != 2 {
				return false
			}
			p := r.a.people.get(r.visitorAfterOf())
			return p != nil && p.country != "" && r.base.country != "" && p.country != r.base.country
		},
		read: func(r *clauseReading) []meeting {
			// Who speaks of the visit, named before its word, is no
			// participant: the visit is its visitor's.
			return []meeting{r.with("state_visit", "meeting", []string{r.visitorAfterOf()})}
		},
	},
	{
		name:    "two-leaders",
		example: "Chiều 10/2, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Singapore Lawrence Wong.",
		when:    func(r *clauseReading) bool { return r.kind != "" && len(r.parts) == 2 },
		read: func(r *clauseReading) []meeting {
			m := r.with(r.kind, group(r.kind), r.parts)
			if m.grp == "call" {
				m.city, m.country = "", ""
			}
			if m.grp == "meeting" && m.city == "" && m.country == "" && r.visitAt < 0 {
				// "Chủ tịch UBND tỉnh Tiền Giang Nguyễn Văn Khang tiếp Tổng lãnh
				// sự Lào ...": a provincial leader receives a foreign guest in
				// the province his office is of.
				m.city, m.country = r.hostsProvince()
			}
			if r.visitAt >= 0 && !m.endDate.IsZero() {
				// "Trong khuôn khổ chuyến thăm ... từ 12-14/3/2018, chiều ngày
				// 13/3, Thủ tướng ... điện đàm với ...": the visit's span
				// frames the clause; the day told is the meeting's.
				if day, span, _ := r.a.dayAndSpan(r.s, r.cl, r.visitAt); !span.IsZero() && !day.IsZero() && day != span {
					m.date, m.endDate = day, calendar.Date{}
				}
			}
			if m.kind == "bilateral" && !m.endDate.IsZero() {
				// "Trong thời gian từ ngày 8-12/7, tại Trung Quốc, ... đã hội
				// kiến ...": talks on one of the span's days, which the text
				// does not say; the date is what all of them share.
				m.date, m.endDate = commonPart(m.date, m.endDate), calendar.Date{}
			}
			if r.a.oneCountry(r.parts, false) {
				// "Tổng thống Lula, Phó Tổng thống Alckmin ... dự hội đàm": one
				// side of the talks told elsewhere.
				m.partial = true
			}
			return []meeting{m}
		},
	},
	{
		name:    "the-meeting-took-place",
		example: "Cuộc gặp diễn ra lúc 11h hôm nay tại thành phố Busan, Hàn Quốc.",
		when: func(r *clauseReading) bool {
			return (r.kind == "bilateral" || group(r.kind) == "call") && len(r.parts) == 0 && r.tookPlace() && (!r.base.date.IsZero() || r.base.city != "" || r.base.country != "")
		},
		read: func(r *clauseReading) []meeting {
			// The day and place of the meeting (or call) the article tells of.
			m := r.with(r.kind, group(r.kind), nil)
			m.partial = true
			return []meeting{m}
		},
	},
	{
		name:    "a-visit-without-its-visitor",
		example: "Chuyến thăm diễn ra trong vòng 3 ngày từ 30/7-1/8 với dày đặc các hoạt động quan trọng.",
		when: func(r *clauseReading) bool {
			return r.kind == "state_visit" && len(r.parts) == 0 && !r.base.date.IsZero()
		},
		read: func(r *clauseReading) []meeting {
			// The days of the visit the article tells of.
			m := r.with("state_visit", "meeting", nil)
			m.partial = true
			// "Chuyến thăm diễn ra từ ngày 13-16/7": told with no tense, the
			// days of the visit done or to come; not "Các chuyến thăm diễn
			// ra từ ...", the span of a trip of several legs.
			m.tenseless = m.tenseless || m.status == "held" && !tensed(r.s, r.cl) && !(r.visitAt > 0 && pluralVisit(r.s, r.visitAt))
			return []meeting{m}
		},
	},
}

// extraRules add what a clause with a meeting word says besides its
// event; each that applies does, in order.
var extraRules = []meetingRule{
	{
		name:    "attendees-of-the-article's-summit",
		example: "Tổng thống Mông Cổ Ukhnaagiin Khurelsukh cũng có mặt tại cuộc gặp.",
		when:    func(r *clauseReading) bool { return r.attend && !r.summitCue && len(r.parts) > 0 },
		read: func(r *clauseReading) []meeting {
			m := r.with("summit", "summit", r.parts)
			m.partial, m.attend = true, true
			return []meeting{m}
		},
	},
	{
		name:    "two-leaders'-own-summit",
		example: "Hội nghị thượng đỉnh giữa Tổng thống Donald Trump và Tổng thống Vladimir Putin ở Anchorage diễn ra ngày 15/8.",
		when: func(r *clauseReading) bool {
			return r.summitCue && r.base.org == "" && len(r.parts) == 2 && r.others == 0 &&
				(r.kind == "" || r.kind == "bilateral") && !r.a.summitAsOccasion(r.s, r.cl) && !othersAfter(r.s, r.cl.start, r.cl.end) && !r.thisSummit() && !r.coChaired()
		},
		read: func(r *clauseReading) []meeting {
			// A "summit" between two leaders is their bilateral meeting,
			// not a multilateral one.
			r.summitCue = false
			if r.kind == "" {
				m := r.with("bilateral", "meeting", r.parts)
				m.ownSummit = true
				return []meeting{m}
			}
			return nil
		},
	},
	{
		name:    "which-summit-the-article's-is",
		example: "Trước khi đến Hội nghị Thượng đỉnh SCO tại Uzbekistan, ông Tập thăm Kazakhstan.",
		when: func(r *clauseReading) bool {
			// ("Hội nghị thượng đỉnh khẩn cấp ... được tổ chức tại Doha hôm
			// 15/9": no organisation, but its day and place.)
			return r.summitCue && len(r.parts) == 0 && (r.base.org != "" || !r.base.date.IsZero() && r.base.city != "")
		},
		read: func(r *clauseReading) []meeting {
			m := r.with("summit", "summit", nil)
			m.partial, m.attend = true, true
			return []meeting{m}
		},
	},
	{
		name:    "summit-with-participants",
		example: "Hội nghị Cấp cao ASEAN lần thứ 47 khai mạc tại Kuala Lumpur với sự tham dự của Thủ tướng Phạm Minh Chính.",
		when: func(r *clauseReading) bool {
			return r.summitCue && len(r.parts) >= 1 && (r.base.org != "" || len(r.parts) >= 2 || r.base.city != "" || r.others >= 2 || r.datedTopLevel()) &&
				!r.genericSummit()
		},
		read: func(r *clauseReading) []meeting {
			if r.base.sidelines && r.sidelinesBefore(r.summitAt()) {
				// "gặp ... bên lề Hội nghị SCO": the summit is where the
				// meeting was; the meeting is the event told. ("tham dự
				// Hội nghị SCO và gặp gỡ ... bên lề sự kiện": attended.)
				// Who met there was at the summit: the subject, on that day
				// and at that place when the text tells no other
				// (docs/ANNOTATION.md, a summit known through a sideline meeting).
				m := r.with("summit", "summit", nil)
				m.partial, m.attend = true, true
				if c, _ := r.s.hasCue("sidelines", r.cl.start, r.cl.end); c.start <= r.cl.start+1 && !m.date.IsZero() && m.status == "held" {
					// "Bên lề Hội nghị APEC, ngày 31/10, Chủ tịch nước có các
					// cuộc gặp": the sentence opens on the summit, dated.
					m.participants, m.partial = []string{r.a.firstParticipant(r.s, r.cl, r.parts)}, false
				}
				return []meeting{m}
			}
			parts := r.attendedBeforeTalks()
			if r.kind == "phone_call" {
				parts = r.beforeCall(parts)
			}
			guests := r.guestsOwnSummit()
			if len(guests) > 0 {
				parts = guests
			}
			if guests, invited := r.invitedToSummit(); invited {
				if len(guests) == 0 {
					return nil // "đã mời Việt Nam dự Thượng đỉnh BRICS": no one named is to attend
				}
				parts = guests
			}
			m := r.with("summit", "summit", parts)
			m.attend = r.attend // "... cũng có mặt tại hội nghị": the summit named elsewhere
			if at := r.a.summitCueAt(r.s, r.cl); at < r.meetAt && inOccasion(r.s, r.cl, at) && !inOccasion(r.s, r.cl, r.meetAt) {
				// The occasion's summit is where the occasion puts it, not
				// where the talks told after it were (readWhenWhere).
				m.city, m.country = r.a.place(r.s, r.cl, at)
			}
			m.guestsOwn = len(guests) > 0
			if r.kind == "state_visit" && m.status == "held" && r.beginsTrip(r.summitAt()) {
				// "... đã đến Sân bay quốc tế Wattay, Thủ đô Vientiane bắt
				// đầu chuyến thăm chính thức Lào và tham dự Đại hội đồng
				// AIPA lần thứ 45": the day and city are the arrival's; the
				// summit is yet to come, in the host's country, that month
				// (or on the days named right after it).
				m.status = "planned"
				at := r.summitAt()
				if city, country := r.a.place(r.s, clause{at, r.cl.end}, at); country != "" {
					m.city, m.country = city, country
				} else {
					m.city = cityState(m.country)
				}
				if d, ok := r.ownDays(at); ok {
					m.date, m.endDate = d.Date, d.EndDate
				} else if d, ok := r.daysAfterVisitDays(at); ok {
					// "bắt đầu chuyến thăm ... từ ngày 08-09/11/2022, dự Hội
					// nghị cấp cao ASEAN ... từ ngày 10-13/11/2022": each leg its days.
					m.date, m.endDate = d.Date, d.EndDate
				} else {
					m.date, m.endDate = calendar.Date{Year: m.date.Year, Month: m.date.Month}, calendar.Date{}
				}
				return []meeting{m}
			}
			if r.kind == "state_visit" {
				// The summit's place is the one named with it, not the visit's.
				m.city, m.country = r.a.place(r.s, r.cl, r.a.summitCueAt(r.s, r.cl))
				if len(r.visitedCountries()) >= 2 {
					// A leg of a trip ("thăm Chile ... và dự Tuần lễ Cấp cao
					// APEC tại Lima từ ngày 12-16/11"): its own words only.
					at := r.summitAt()
					leg := clause{at, r.legEnd(at)}
					m.city, m.country = r.a.place(r.s, leg, at)
					if d, ok := r.legDate(leg); ok {
						m.date, m.endDate = d.Date, d.EndDate
					} else if !m.endDate.IsZero() {
						// The trip's span is no summit's: what the legs share, as
						// each visit of the trip has it (its month).
						m.date, m.endDate = commonPart(m.date, m.endDate), calendar.Date{}
					}
					return []meeting{m}
				}
			}
			if m.date.Day != 0 && (r.tripDay(m.date) || r.setsOutFor(m.date)) {
				// "sẽ tới Nam Phi dự Hội nghị thượng đỉnh BRICS và thăm cấp
				// nhà nước quốc gia này từ ngày 21/8": the trip's first day;
				// "Ngày 18/10, Thủ tướng ... lên đường dự Hội nghị cấp cao
				// ASEAN-GCC": the day of setting out (docs/ANNOTATION.md, a
				// summit's day on a departure page). Its month.
				m.date = calendar.Date{Year: m.date.Year, Month: m.date.Month}
			}
			// A summit's date is its whole span: prefer a range if the clause has one.
			for _, d := range r.s.dates {
				if r.a.inClause(r.s, r.cl, d.Start) && !d.EndDate.IsZero() {
					m.date, m.endDate = d.Date, d.EndDate
					if r.tripSpan(d) {
						// "dự Hội nghị thượng đỉnh G7 mở rộng và làm việc tại
						// Nhật Bản từ ngày 19 đến 21-5": the trip's span, not
						// the summit's: what its days share (its month).
						m.date, m.endDate = commonPart(d.Date, d.EndDate), calendar.Date{}
					}
				}
			}
			return []meeting{m}
		},
	},
	{
		name:    "each-numbered-summit-of-a-list",
		example: "Thủ tướng Phạm Minh Chính sẽ đồng chủ trì Hội nghị Cấp cao Mekong - Nhật Bản lần thứ 13, tham dự Hội nghị cấp cao ASEAN + 3 lần thứ 28, Hội nghị cấp cao Đông Á (EAS) lần thứ 19.",
		when: func(r *clauseReading) bool {
			return r.summitCue && len(r.parts) == 1 && len(r.numberedSummits()) >= 2
		},
		read: func(r *clauseReading) []meeting {
			// A leader's programme listing the summits he is to attend,
			// each with its own number ("Hội nghị cấp cao Mekong - Nhật
			// Bản lần thứ 13, ... Hội nghị cấp cao Đông Á (EAS) lần thứ
			// 19, Hội nghị cấp cao các nước RCEP lần thứ 5"): one summit
			// of his each, at the place the clause gives, in the month of
			// its span: which of its days each one is the list leaves unsaid.
			var out []meeting
			for _, n := range r.numberedSummits() {
				m := r.with("summit", "summit", r.parts)
				m.ordinal, m.org = n, ""
				m.date, m.endDate = calendar.Date{Year: m.date.Year, Month: m.date.Month}, calendar.Date{}
				out = append(out, m)
			}
			return out
		},
	},
	{
		name:    "the-summit-told-before-attended",
		example: "Thủ tướng Malaysia Anwar Ibrahim chủ trì hội nghị.",
		when: func(r *clauseReading) bool {
			return r.summitCue && r.kind == "" && len(r.parts) == 1 && r.base.org == "" && r.base.city == "" && r.base.country == "" &&
				r.others < 2 && (r.attend || r.chairs()) && r.bareSummit() && !r.attendDenied()
		},
		read: func(r *clauseReading) []meeting {
			// "Hội nghị do Thủ tướng Malaysia Anwar Ibrahim chủ trì", "Thủ
			// tướng Phạm Minh Chính dẫn đầu đoàn Việt Nam tham dự Hội
			// nghị": the bare word is the summit the text named before;
			// one who attends or chairs it joins that summit (and none is
			// made of it when the text names none).
			m := r.with("summit", "summit", r.parts)
			m.partial, m.attend = true, true
			return []meeting{m}
		},
	},
}

// chairs reports a word of chairing in the clause ("chủ trì", "chủ
// tọa"), not of a welcome or a banquet ("chủ trì lễ đón", "chủ trì tiệc
// chiêu đãi"): the summit word is its object or its subject.
func (r *clauseReading) chairs() bool {
	t := r.s.toks
	for i := r.cl.start; i+1 < r.cl.end; i++ {
		if t[i].low != "chủ" || t[i+1].low != "trì" && t[i+1].low != "tọa" && t[i+1].low != "toạ" {
			continue
		}
		if i+2 < r.cl.end && (t[i+2].low == "lễ" || t[i+2].low == "tiệc") {
			continue
		}
		return true
	}
	return false
}

// attendDenied reports an attendance word denied in the clause ("không
// dự phiên họp chính của hội nghị"): who did not attend is not there,
// whatever else he did on its sidelines.
func (r *clauseReading) attendDenied() bool {
	for _, c := range r.s.cues {
		if c.cat == "attend" && c.start >= r.cl.start && c.end <= r.cl.end && negatedWithin(r.s, c.start, 0) {
			return true
		}
	}
	return false
}

// bareSummit reports a summit word said bare ("Hội nghị", "hội nghị
// này", "Phiên họp do ..."), no name of its own after it: the summit told
// before. "Hội nghị Trung ương", "Hội nghị Thượng đỉnh Hòa bình" are named.
func (r *clauseReading) bareSummit() bool {
	for _, c := range r.kinds {
		if c.val != "summit" {
			continue
		}
		if c.end >= r.cl.end {
			return true
		}
		t := r.s.toks[c.end]
		return !t.upper && !isDigitWord(t.text)
	}
	return false
}

// invitedToSummit returns the leaders a clause says were invited to its
// summit, and whether it tells an invitation: "Thủ tướng Kishida đã mời
// Tổng thống Hàn Quốc Yoon Suk-yeol tới dự Hội nghị thượng đỉnh G7",
// "đang cân nhắc mời người đồng cấp Narendra Modi ... tới Hội nghị Thượng
// đỉnh G7", "Ngoại trưởng Mauro Vieira ... chuyển thư mời của Tổng thống
// Lula da Silva tới Thủ tướng Phạm Minh Chính tham dự Hội nghị thượng đỉnh
// G20". Who invites, who sends or carries the letter is no participant
// (docs/ANNOTATION.md); the host who invites is optional in the gold.
// An invitation accepted ("Nhận lời mời của ...", "theo lời mời") is none.
func (r *clauseReading) invitedToSummit() ([]string, bool) {
	at := r.summitAt()
	if at < 0 {
		return nil, false
	}
	inv := -1
	for i := r.cl.start; i < at; i++ {
		if r.s.toks[i].low != "mời" {
			continue
		}
		// "lời mời" accepted, a "khách mời" (a guest), "được mời" (the one
		// named before is the guest): not an invitation the clause sends.
		if prev := r.s.toks[max(i-1, 0)].low; i > 0 && (prev == "lời" || prev == "khách" || prev == "được") {
			continue
		}
		inv = i
	}
	if inv < 0 {
		return nil, false
	}
	var guests []string
	for _, m := range r.s.ments {
		if m.start <= inv || m.end > at || m.start > 0 && r.s.toks[m.start-1].low == "của" {
			continue // the inviter, before; the sender of the letter, "thư mời của ..."
		}
		for _, k := range m.keys {
			if slices.Contains(r.parts, k) && !slices.Contains(guests, k) {
				guests = append(guests, k)
			}
		}
	}
	slices.Sort(guests)
	return guests, true
}

// attendedBeforeTalks returns the summit's participants of a clause that
// tells its subject attended it and then met others ("trong khuôn khổ
// chuyến công tác dự Hội nghị Cấp cao ..., Thủ tướng Phạm Minh Chính đã
// hội kiến Chủ tịch Hạ viện Nhật Bản Nukaga Fukushiro", "Nhân chuyến thăm
// Hàn Quốc, tham dự Hội nghị thượng đỉnh ..., Thủ tướng Malaysia ... đã
// có cuộc hội đàm thượng đỉnh với Tổng thống Moon Jae-in"): those named
// before the talks; the ones met are not said to attend (the gold has
// them optional at most). Otherwise the clause's participants.
func (r *clauseReading) attendedBeforeTalks() []string {
	at := r.summitAt()
	// The summit may be told after the talks as their frame: "Thủ tướng A
	// đã có cuộc gặp với Thủ tướng B trong khuôn khổ chuyến thăm chính thức
	// Malaysia và tham dự Hội nghị Cấp cao ASEAN lần thứ 46": A attended.
	framedAfter := r.meetAt >= 0 && at > r.meetAt && r.s.hasCueBetween("occasion", r.meetAt, at)
	if !r.attend || r.meetAt < 0 || at < 0 || r.meetAt < at && !framedAfter || len(r.parts) < 2 {
		return r.parts
	}
	var before []string
	for _, m := range r.s.ments {
		if m.start >= r.cl.start && m.end <= r.meetAt {
			for _, k := range m.keys {
				if slices.Contains(r.parts, k) && !slices.Contains(before, k) {
					before = append(before, k)
				}
			}
		}
	}
	if len(before) == 0 || len(before) == len(r.parts) {
		return r.parts
	}
	slices.Sort(before)
	return before
}

// beforeCall returns those of parts named before the call a clause tells
// after its summit word ("Tổng thống Mỹ Donald Trump đã có thời điểm tạm
// ngưng cuộc bàn bạc trong quá trình thượng đỉnh Mỹ-Ukraine-châu Âu ở Nhà
// Trắng để điện đàm trao đổi với Tổng thống Nga Vladimir Putin"): the one
// on the other end of the line was not at the summit. Parts as they are
// when the call comes first or names them all before it.
func (r *clauseReading) beforeCall(parts []string) []string {
	at := r.summitAt()
	call := -1
	for _, c := range r.kinds {
		if c.val == "phone_call" && c.start > at {
			call = c.start
			break
		}
	}
	if at < 0 || call < 0 || len(parts) < 2 {
		return parts
	}
	var before []string
	for _, m := range r.s.ments {
		if m.start >= r.cl.start && m.end <= call {
			for _, k := range m.keys {
				if slices.Contains(parts, k) && !slices.Contains(before, k) {
					before = append(before, k)
				}
			}
		}
	}
	if len(before) == 0 || len(before) == len(parts) {
		return parts
	}
	slices.Sort(before)
	return before
}

// guestsOwnSummit returns the guests a host receives who are visiting
// and attend or co-chair the clause's summit ("Tổng bí thư, Chủ tịch
// nước Nguyễn Phú Trọng đã tiếp xã giao ông Triệu Khắc Chí, ..., đang ở
// thăm Việt Nam và đồng chủ trì Hội nghị hợp tác phòng, chống tội phạm lần
// thứ 7"): the summit is the guest's, not his host's; nil when the clause
// tells no such programme.
func (r *clauseReading) guestsOwnSummit() []string {
	at := r.summitAt()
	if r.visitAt < 0 || at <= r.visitAt {
		return nil
	}
	rc, ok := r.s.hasCue("reception", r.cl.start, r.visitAt)
	if !ok {
		return nil
	}
	t := r.s.toks
	j := at - 1
	for j > r.visitAt && (t[j].low == "lần" || t[j].low == "cuộc" || t[j].low == "phiên") {
		j--
	}
	// The verb before it: "dự", "tham dự", "chủ trì", "đồng chủ trì".
	verb := -1
	for _, c := range r.s.cues {
		if c.end == j+1 && c.start > r.visitAt && (c.cat == "attend" || c.cat == "meet" && t[j].low == "trì") {
			verb = c.start
		}
	}
	if verb < 0 {
		return nil
	}
	andAt := verb - 1
	if andAt <= r.visitAt || t[andAt].low != "và" {
		return nil
	}
	var guests []string
	for _, m := range r.s.ments {
		if m.start >= rc.end && m.end <= r.visitAt && len(m.keys) == 1 && slices.Contains(r.parts, m.keys[0]) {
			guests = appendUnique(guests, m.keys[0])
		}
	}
	slices.Sort(guests)
	return guests
}

// numberedSummits returns the numbers of the summits a clause lists, each
// told with its own ("Hội nghị cấp cao ASEAN + 3 lần thứ 28, Hội nghị cấp
// cao Đông Á (EAS) lần thứ 19"): the number after "lần thứ" that follows a
// summit word before the next one. A summit without a number is left out.
func (r *clauseReading) numberedSummits() []int {
	var out []int
	t := r.s.toks
	for k, c := range r.kinds {
		if c.val != "summit" {
			continue
		}
		end := r.cl.end
		for _, d := range r.kinds[k+1:] {
			if d.val == "summit" {
				end = d.start
				break
			}
		}
		for i := c.end; i+2 < end; i++ {
			if t[i].low == "," || t[i].low == ";" {
				break
			}
			if t[i].low == "lần" && t[i+1].low == "thứ" {
				if n, err := strconv.Atoi(t[i+2].low); err == nil && n > 0 && n < 200 && !slices.Contains(out, n) {
					out = append(out, n)
				}
				break
			}
		}
	}
	return out
}

// genericSummit reports summit words that name no event: "nhiều hội
// nghị thượng đỉnh", or a summit congratulated on, not
// attended ("chúc mừng Trung Quốc đã tổ chức thành công Hội nghị").
func (r *clauseReading) genericSummit() bool {
	for _, c := range r.kinds {
		if c.val != "summit" || c.start == 0 {
			continue
		}
		if r.s.toks[c.start-1].low == "nhiều" {
			return true
		}
	}
	_, hosted := r.s.hasCue("congratulate", r.cl.start, r.cl.end)
	return hosted && len(r.parts) == 1
}

// welcomeParty returns the token of "có" in a clause that lists who
// welcomed or saw off a visitor ("Đón ... tại sân bay ... có A, B",
// "Ra tiễn Đoàn ở sân bay quốc tế Nội Bài có ...", "Tham dự lễ đón có
// ..."), or -1.
func (r *clauseReading) welcomeParty() int {
	t, i := r.s.toks, r.cl.start
	if i < r.cl.end && (t[i].low == "ra" || t[i].low == "cùng") {
		i++
	}
	if i+1 < r.cl.end && (t[i].low == "tham" && t[i+1].low == "dự" || t[i].low == "dự") {
		for i < r.cl.end && t[i].low != "lễ" {
			i++
		}
		i++ // "Tham dự lễ đón"
	}
	if i >= r.cl.end || t[i].low != "đón" && t[i].low != "tiễn" {
		return -1
	}
	airport := false
	for j := i + 1; j < r.cl.end; j++ {
		switch {
		case t[j].low == "sân" && j+1 < r.cl.end && t[j+1].low == "bay":
			airport = true
		case t[j].low == "có" && (airport || t[r.cl.start].low == "tham" || t[r.cl.start].low == "dự" || t[r.cl.start].low == "cùng"):
			return j
		}
	}
	return -1
}

// occasionOf reports a visit word at token i told as an occasion:
// "trong khuôn khổ chuyến thăm", "nhân chuyến thăm", "trong chuyến thăm".
func occasionOf(s *sentence, i int) bool {
	j := i - 1
	if j >= 0 && s.toks[j].low == "chuyến" {
		j--
	}
	if j < 0 {
		return false
	}
	switch s.toks[j].low {
	case "trong", "nhân":
		return true
	case "khổ":
		return j > 1 && s.toks[j-1].low == "khuôn" && s.toks[j-2].low == "trong"
	}
	return false
}

// visitsOf returns the visitors listed after a plural visit word and
// "của" ("các chuyến thăm lịch sử của A tới Trung Quốc ... và B tới Việt
// Nam ...", "sau các chuyến thăm của A, B, C"), one mention each, or nil.
func (r *clauseReading) visitsOf() []mention {
	t := r.s.toks
	of := -1
	for _, c := range r.kinds {
		if c.val != "state_visit" || c.start < 1 {
			continue
		}
		i := c.start - 1
		if t[i].low == "chuyến" && i > 0 {
			i-- // "các chuyến thăm"
		}
		switch t[i].low {
		case "các", "những", "hai", "ba":
		default:
			continue
		}
		for j := c.end; j < r.cl.end && j <= c.end+3; j++ {
			if t[j].low == "của" {
				of = j
				break
			}
		}
		if of >= 0 {
			break
		}
	}
	if of < 0 {
		return nil
	}
	// A visit recalled is a clause of its own (splitRecalled), which may
	// end before the list does: the list goes on to the sentence's end.
	end := r.cl.end
	if r.recall != nil {
		end = len(t)
	}
	var out []mention
	var seen []string
	for _, m := range r.s.ments {
		if m.start <= of || m.end > end || len(m.keys) != 1 || m.kind != mLeader || chainedTitle(r.s, m) || slices.Contains(seen, m.keys[0]) {
			continue
		}
		if m.end <= r.cl.end && !slices.Contains(r.parts, m.keys[0]) {
			continue
		}
		seen = append(seen, m.keys[0])
		out = append(out, m)
	}
	return out
}

// meetsBesidesVisiting reports a meeting word in the clause other than
// a visit's or a summit's: "gặp", "cuộc gặp", "hội đàm".
func (r *clauseReading) meetsBesidesVisiting() bool {
	for _, c := range r.kinds {
		if c.val != "state_visit" && c.val != "summit" {
			return true
		}
	}
	return false
}

// twoSidesOnly reports participants who are all of known countries, two
// in all: the two sides of a bilateral meeting.
func (a *analysis) twoSidesOnly(parts []string) bool {
	var cs []string
	for _, k := range parts {
		p := a.people.get(k)
		if p == nil || p.country == "" {
			return false
		}
		cs = appendUnique(cs, p.country)
	}
	return len(cs) == 2
}

// picturedTogether reports a clause that only names leaders side by side
// and where they stand: a photo's caption, "A (trái) và B tại Nhà Trắng
// ...", "A, B (trái) và C (phải) tại ...". The names, their place in the
// photo ("(trái)", "(phải)", "(giữa)"), "và", commas and "người đồng cấp
// <nước>" come first, then "tại", "ở" or "trong" right after the last
// name; the photo's marks are needed unless the reader took the sentence
// for a caption.
func picturedTogether(s *sentence, cl clause) bool {
	t := s.toks
	i, marked, names := cl.start, false, 0
	for i < cl.end {
		if m := mentionAt(s, i); m != nil {
			if m.kind == mLeader {
				names++
			}
			i = m.end
			continue
		}
		switch t[i].low {
		case "(":
			if photoMarkAt(t, i, cl.end) {
				marked = true
				i += 3
				continue
			}
			return false
		case "và", ",":
			i++
			continue
		case "người":
			if i+2 < cl.end && t[i+1].low == "đồng" && t[i+2].low == "cấp" {
				i += 3
				continue
			}
			return false
		case "tại", "ở", "trong":
			return names >= 2 && (marked || s.caption) && i > cl.start && i+1 < cl.end
		}
		return false
	}
	return false
}

// whereHeld reports a summit word in a clause that describes a place
// ("..., nơi diễn ra Hội nghị thượng đỉnh APEC", "nơi đang tổ chức").
func whereHeld(s *sentence, c cueHit) bool {
	for j := c.start - 1; j >= 0 && j >= c.start-4; j-- {
		if s.toks[j].low == "nơi" && j > 0 && s.toks[j-1].text == "," {
			return true
		}
	}
	return false
}

// delegationOf reports a clause that opens on attending a bilateral event
// ("Tham dự Hội đàm trực tuyến, ...", "Tham dự lễ đón ...") and names only
// people of one country: the delegation of one side, not a meeting.
func (a *analysis) delegationOf(s *sentence, cl clause, r *clauseReading) bool {
	at := cl.start
	if at < cl.end && s.toks[at].low == "cùng" {
		at++
	}
	if at+1 >= cl.end || !(s.toks[at].low == "tham" && (s.toks[at+1].low == "dự" || s.toks[at+1].low == "gia") || s.toks[at].low == "dự") {
		return false
	}
	if s.toks[at].low == "dự" && (s.toks[at+1].low == "kiến" || s.toks[at+1].low == "định") {
		return false // "Dự kiến Ngoại trưởng ... sẽ hội kiến ...": planned, no one sitting in
	}
	if len(r.kinds) == 0 || r.kinds[0].val == "summit" || len(r.parts) < 2 {
		return false
	}
	return a.oneCountry(r.parts, true) || oneSideNamed(s, cl) || a.oneCountry(namedIn(s, cl), true) || sideBeforeList(s, cl) || listAfterWord(s, cl, r.kinds[0])
}

// listAfterWord reports "có" right after the meeting word c that opens
// the list of those who sat in: "Tham dự hội đàm có Thượng tướng A, Thứ
// trưởng Bộ Công an, và Đại sứ Mỹ tại Việt Nam B" names both sides'
// aides at talks told before, not a meeting of theirs.
func listAfterWord(s *sentence, cl clause, c cueHit) bool {
	return c.end < cl.end && s.toks[c.end].low == "có"
}

// sideBeforeList reports "phía ... có" before the clause's first leader:
// "Tham gia buổi hội kiến về phía đoàn công tác của tỉnh Lào Cai có đồng
// chí A; đồng chí B; ...": the list is of one side, whatever the
// countries of its people (provincial officials often have none known).
func sideBeforeList(s *sentence, cl clause) bool {
	first := cl.end
	for _, m := range s.ments {
		if len(m.keys) > 0 && m.start >= cl.start && m.start < first {
			first = m.start
		}
	}
	side := false
	for i := cl.start; i < first; i++ {
		switch s.toks[i].low {
		case "phía":
			side = true
		case "có":
			if side {
				return true
			}
		}
	}
	return false
}

// namedIn returns the leaders the clause names by name, leaving out bare
// titles: in "Cùng dự buổi tiếp có các đồng chí: A, ...; B, ...; các đồng
// chí Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh" the titles
// of a plural stand for no one in particular, though one may read as the
// guest who holds such an office.
func namedIn(s *sentence, cl clause) []string {
	var out []string
	for _, m := range s.ments {
		if m.kind == mLeader && len(m.keys) == 1 && m.start >= cl.start && m.end <= cl.end {
			out = appendUnique(out, m.keys[0])
		}
	}
	return out
}

// oneSideNamed reports a clause that names the one side its list is of:
// "Cùng dự hội đàm, phía Việt Nam có: ...", whatever countries the posts
// after it give.
func oneSideNamed(s *sentence, cl clause) bool {
	for _, m := range s.ments {
		if m.kind == mCountry && m.start > cl.start && m.start < cl.end && s.toks[m.start-1].low == "phía" && m.end < cl.end && s.toks[m.end].low == "có" {
			return true
		}
	}
	return false
}

// oneCountry reports participants who are all of one known country; with
// someUnknown, those whose country is unknown do not count against it
// ("về phía Việt Nam có Phó Chủ tịch Quốc hội ..., Thứ trưởng ...").
func (a *analysis) oneCountry(parts []string, someUnknown bool) bool {
	c := ""
	for _, k := range parts {
		p := a.people.get(k)
		if (p == nil || p.country == "") && someUnknown {
			continue
		}
		if p == nil || p.country == "" || c != "" && p.country != c {
			return false
		}
		c = p.country
	}
	return c != ""
}

// namedLikeSummit reports an organisation whose name is its summit's:
// "Hội nghị cấp cao Đông Á", "Thượng đỉnh G20"; not a council ("Hội đồng
// Hợp tác vùng Vịnh").
func namedLikeSummit(s *sentence, m mention) bool {
	if m.end-m.start < 2 {
		return false
	}
	first, second := s.toks[m.start].low, s.toks[m.start+1].low
	// "Đại hội đồng Liên Hợp Quốc": an assembly is its sessions.
	assembly := first == "đại" && second == "hội" && m.end-m.start > 2 && s.toks[m.start+2].low == "đồng"
	return first == "hội" && second == "nghị" || first == "thượng" && second == "đỉnh" || assembly
}

// tellsOfMeeting reports a meeting word, an attendance word or an
// organisation named like its summit in the clause: what readClause needs.
func tellsOfMeeting(s *sentence, cl clause) bool {
	for _, c := range s.cues {
		if (c.cat == "meet" || c.cat == "attend" || c.cat == "cosign" || c.cat == "presser" || c.cat == "salute" && courtesyCall(s, c)) && c.start >= cl.start && c.end <= cl.end {
			return true
		}
		if c.cat == "witness" && c.start >= cl.start && c.end <= cl.end && handOverAfter(s, c) {
			return true
		}
	}
	for _, m := range s.ments {
		if m.kind == mOrg && m.start >= cl.start && m.end <= cl.end && namedLikeSummit(s, m) {
			return true
		}
	}
	return false
}

// goesAbroad reports a clause that tells a leader going to a foreign
// country with no word of a visit, and the token of its verb: "Trong vài
// ngày qua, ông Zelensky đã tới Thụy Điển, Hà Lan, Đan Mạch và Hy Lạp",
// "Sau đó, ngày 5/9, Tổng thống Hàn Quốc sẽ tới Lào", "Đoàn của Tổng
// thống Donald Trump sẽ đến Ả Rập Xê Út vào hôm nay": a visit there
// (docs/ANNOTATION.md). The leader's mention stands right before the verb,
// but for words of tense ("sẽ", "đã", "vừa"); a clause with a meeting
// word of its own is read by that word.
func (a *analysis) goesAbroad(s *sentence, cl clause) (bool, int) {
	if s.anyCue("meet") || namesSummit(s) {
		return false, -1 // "đã đến Kuala Lumpur, bắt đầu tham dự Hội nghị Cấp cao ASEAN": the trip of that meeting
	}
	for _, m := range s.ments {
		if m.kind != mLeader || len(m.keys) != 1 || m.start < cl.start || m.end >= cl.end {
			continue
		}
		j := m.end
		for j < cl.end && j < m.end+3 && goingTense[s.toks[j].low] {
			j++
		}
		if j >= cl.end {
			continue
		}
		switch s.toks[j].low {
		case "tới", "đến", "sang":
		default:
			continue
		}
		p := a.people.get(m.keys[0])
		if p == nil || p.country == "" {
			continue
		}
		for _, c := range s.ments {
			if c.kind != mCountry || c.start <= j || c.start > j+3 || c.end > cl.end {
				continue
			}
			if c.id != p.country && arrivedAt(s, c.start) {
				return true, j
			}
		}
	}
	return false, -1
}

// goesAbroadIn reports a sentence one of whose clauses goesAbroad
// would find: the whole sentence holds it.
func (a *analysis) goesAbroadIn(s *sentence) bool {
	if !s.anyCue("place") {
		return false
	}
	ok, _ := a.goesAbroad(s, clause{0, len(s.toks)})
	return ok
}

// goingTense holds the words of tense between a traveller and "tới".
var goingTense = map[string]bool{"sẽ": true, "đã": true, "vừa": true, "cũng": true, "đang": true, "mới": true}

// hostAmong reports a leader of the visited country among parts: the
// visit's host, whose talks with the guest date the visit.
func (a *analysis) hostAmong(parts []string, v meeting) bool {
	for _, k := range parts {
		if p := a.people.get(k); p != nil && p.country == v.country {
			return true
		}
	}
	return false
}

// summitWithOne reports a summit word followed by "với" and a leader, or
// by "song phương": in Korean and Japanese usage a summit of two leaders
// ("hội nghị thượng đỉnh với Thủ tướng Takaichi"), talks, not a conference.
func summitWithOne(s *sentence, c cueHit) bool {
	j := c.end
	for j < len(s.toks) && j < c.end+2 && (s.toks[j].low == "đầu" || s.toks[j].low == "tiên") {
		j++ // "cuộc họp thượng đỉnh đầu tiên với ..."
	}
	// "Hội nghị thượng đỉnh và Hội nghị thượng đỉnh mở rộng với Thủ tướng
	// Takaichi": the summit words joined, then the one they are held with.
	for _, o := range s.cues {
		if j < len(s.toks) && s.toks[j].low == "và" && o.cat == "meet" && o.val == "summit" && o.start == j+1 {
			j = o.end
			for j < len(s.toks) && j < o.end+2 && (s.toks[j].low == "mở" || s.toks[j].low == "rộng" || s.toks[j].low == "hẹp") {
				j++
			}
		}
	}
	for j < len(s.toks) && j < c.end+2 && (s.toks[j].low == "mở" || s.toks[j].low == "rộng" || s.toks[j].low == "hẹp") {
		j++ // "hội nghị thượng đỉnh mở rộng với ..."
	}
	if j+1 < len(s.toks) && s.toks[j].low == "song" && s.toks[j+1].low == "phương" {
		return true
	}
	if j >= len(s.toks) || s.toks[j].low != "với" {
		return false
	}
	for _, m := range s.ments {
		if m.start == j+1 && len(m.keys) > 0 {
			return !othersAfter(s, m.start, min(len(s.toks), m.start+12))
		}
	}
	return false
}

// thisSummit reports a summit word pointing back to the article's summit:
// "tham dự hội nghị thượng đỉnh lần này gồm có: A và B" names two of its
// attendees, not two leaders' own summit.
func (r *clauseReading) thisSummit() bool {
	for _, c := range r.kinds {
		if c.val != "summit" {
			continue
		}
		for j := c.end; j < r.cl.end && j <= c.end+1; j++ {
			if r.s.toks[j].low == "này" {
				return true
			}
		}
	}
	return false
}

// othersAfter reports unnamed others joined to a leader named in tokens
// [from, to): "với Tổng thống Ukraine - ông Zelensky và một số lãnh đạo
// châu Âu" is a summit of many.
func othersAfter(s *sentence, from, to int) bool {
	for i := from; i < to; i++ {
		if (s.toks[i].low == "và" || s.toks[i].low == "cùng") && unnamedLeaders(s, i+1) {
			return true
		}
	}
	return false
}

// unnamedLeaders reports "(một số|các|nhiều) (nhà) lãnh đạo" at token i.
func unnamedLeaders(s *sentence, i int) bool {
	for j := i; j < len(s.toks) && j <= i+3; j++ {
		switch s.toks[j].low {
		case "lãnh", "nhà":
			return j+1 < len(s.toks) && (s.toks[j+1].low == "đạo" || s.toks[j+1].low == "lãnh")
		case "một", "số", "các", "nhiều", "những":
		default:
			return false
		}
	}
	return false
}

// sightseeing reports "thăm" followed by a place that is no country or
// city: "thăm một địa điểm triển lãm", "thăm các nhà máy", "thăm khu công
// nghệ cao". A visit goes to a country or city, or says what kind it is.
func sightseeing(s *sentence, c cueHit) bool {
	if c.end-c.start != 1 || s.toks[c.start].low != "thăm" || c.end >= len(s.toks) || s.toks[c.end].upper {
		return false // "thăm Trung Quốc": a place by name
	}
	switch s.toks[c.end].low {
	case "một", "các", "những", "nhà", "khu", "trường", "bảo", "triển", "công", "trung", "làng", "đền", "chùa", "di", "lăng", "tượng":
		return true
	}
	return false
}

// topicAt reports a summit word at token i told as a topic, after "về":
// "thảo luận về Hội nghị thượng đỉnh Nga - Ấn lần thứ 23".
func topicAt(s *sentence, i int) bool {
	return i > 0 && s.toks[i-1].low == "về"
}

// signingCeremony reports a clause that tells of a signing ceremony: a
// witness to it ("ký ..., dưới sự chứng kiến của Tổng thống Mỹ Donald
// Trump") or the ceremony named ("Tham dự lễ ký kết có ...", "Lễ mở ký
// Công ước").
func signingCeremony(s *sentence, cl clause) bool {
	if _, ok := s.hasCue("witness", cl.start, cl.end); ok {
		return true
	}
	for _, c := range s.cues {
		if c.cat != "cosign" || c.start < cl.start || c.end > cl.end {
			continue
		}
		i := c.start - 1
		if i > cl.start && s.toks[i].low == "mở" {
			i-- // "lễ mở ký"
		}
		if i >= cl.start && s.toks[i].low == "lễ" {
			return true
		}
	}
	return false
}

// courtesyCall reports the greeting word c ("chào") between a leader or
// a tense word and a leader named right after it: "Đại sứ Phạm Sanh Châu
// chào Thủ tướng Nepal K.P. Sharma Oli", "Tổng thống Hàn Quốc Yoon Suk
// Yeol sẽ chào Tổng Bí thư Nguyễn Phú Trọng". One who greets a crowd
// ("vẫy chào bà con"), welcomes ("đón chào") or hails ("chào mừng") is
// not read so: no leader follows, or no subject or tense word precedes.
func courtesyCall(s *sentence, c cueHit) bool {
	if c.start == 0 || c.end >= len(s.toks) {
		return false
	}
	before := tenseWord[s.toks[c.start-1].low] || s.toks[c.start-1].low == "sẽ"
	after := false
	for _, m := range s.ments {
		if m.end == c.start && len(m.keys) == 1 && m.kind == mLeader {
			before = true
		}
		if m.start == c.end && len(m.keys) == 1 && (m.kind == mLeader || m.kind == mDesc) {
			after = true
		}
	}
	return before && after
}

// handOverAfter reports documents handed over or exchanged right after
// the witness word c: "chứng kiến lễ trao biên bản", "chứng kiến trao đổi
// các văn kiện", "chứng kiến lễ trao đổi 12 văn kiện".
func handOverAfter(s *sentence, c cueHit) bool {
	i := c.end
	if i < len(s.toks) && s.toks[i].low == "lễ" {
		i++
	}
	return i < len(s.toks) && s.toks[i].low == "trao" && !(i+1 < len(s.toks) && s.toks[i+1].low == "tặng")
}

// countriesSign reports a list of countries right before the signing
// word c: "ASEAN và Trung Quốc đã ký", "Thái Lan và Campuchia đã ký".
func countriesSign(s *sentence, cl clause, c cueHit) bool {
	_, ok := subjectList(s, cl, c.start)
	return ok
}

// severalSides reports leaders of more than one side: at least two, not
// all of one country (an organisation's officials, of none, are a side).
func (a *analysis) severalSides(parts []string) bool {
	if len(parts) < 2 {
		return false
	}
	var cs []string
	for _, k := range parts {
		c := ""
		if p := a.people.get(k); p != nil {
			c = p.country
		}
		cs = appendUnique(cs, c)
	}
	return len(cs) >= 2
}

// twoSides reports two leaders of two countries: those who sign a
// document together met to sign it.
func (a *analysis) twoSides(parts []string) bool {
	if len(parts) != 2 {
		return false
	}
	p, q := a.people.get(parts[0]), a.people.get(parts[1])
	return p != nil && q != nil && p.country != "" && q.country != "" && p.country != q.country
}

// newReading returns a reading to fill from the scratch pool: one per
// clause that tells of a meeting, reused from sentence to sentence (a
// reading lives while its sentence is read; nothing keeps it after).
func (a *analysis) newReading() *clauseReading {
	sc := a.scratch
	if sc.used == len(sc.pool) {
		sc.pool = append(sc.pool, new(clauseReading))
	}
	r := sc.pool[sc.used]
	sc.used++
	return r
}

// opensWithBesides reports a sentence opening on "Ngoài ra (còn) có":
// after "Tham dự ... có A", it lists more of those who attended ("Ngoài
// ra có lãnh đạo các nước trong khối, gồm: ...").
func opensWithBesides(s *sentence) bool {
	t := s.toks
	if len(t) < 3 || t[0].low != "ngoài" || t[1].low != "ra" {
		return false
	}
	return t[2].low == "có" || len(t) > 3 && t[2].low == "còn" && t[3].low == "có"
}

// readClause reads clause ci of sentence si, or returns nil when it
// tells of no meeting.
func (a *analysis) readClause(si, ci int, cl clause) *clauseReading {
	s := a.sents[si]
	goesOn := ci == 0 && si > 0 && opensWithBesides(s) && a.sents[si-1].anyCue("attend")
	goes, goesAt := a.goesAbroad(s, cl)
	pictured := picturedSentence(s) && picturedTogether(s, cl)
	if !tellsOfMeeting(s, cl) && !goesOn && !goes && !pictured {
		return nil // most clauses: nothing to allocate a reading for
	}
	r := a.newReading()
	*r = clauseReading{a: a, s: s, cl: cl, visitAt: -1, meetAt: -1, kinds: r.kinds[:0], pictured: pictured}
	r.readMeetingWords()
	if goes && len(r.kinds) == 0 {
		r.kinds = append(r.kinds, cueHit{cat: "meet", val: "state_visit", start: goesAt, end: goesAt + 1})
	}
	_, r.attend = s.hasCue("attend", cl.start, cl.end)
	r.attend = r.attend || goesOn
	signing := false
	if len(r.kinds) == 0 {
		if signing = r.readSigning(); !signing && !r.attend && !pictured {
			return nil
		}
	}
	r.base = meeting{sents: []int{si}, order: si*100 + ci, signing: signing, caption: s.caption}
	if c, ok := s.hasCue("occasion", cl.start, cl.end); ok && c.start == cl.start {
		r.occasion = true
	}
	r.base.status = a.status(s, cl)
	// "Đây là chuyến công du đầu tiên của ông Vương đến Ấn Độ": what the
	// visit is, whether it is done or to come.
	r.base.tenseless = r.base.status == "held" && cl.start+1 < cl.end && s.toks[cl.start].low == "đây" && s.toks[cl.start+1].low == "là"
	if r.parts == nil { // read already for a signing
		r.parts = a.participants(s, cl)
	}
	if r.occasion && len(r.kinds) > 0 {
		// "Ông Prabowo đưa ra phát biểu trên nhân dịp thăm Nga và có cuộc
		// hội kiến với Tổng thống Vladimir Putin": the occasion's meetings
		// are those of the subject of the clause before, which tells of none.
		if subj := a.occasionSubject(s, cl); subj != "" && !slices.Contains(r.parts, subj) {
			r.parts = append([]string{subj}, r.parts...)
		}
	}
	r.base.org = a.orgNear(s, cl)
	if a.delegationOf(s, cl, r) {
		return nil // "Tham dự Hội đàm, về phía Việt Nam có A, B, C": those who sat in on the talks told before
	}
	if len(r.kinds) == 0 {
		if r.occasion {
			// "nhân dịp dự Đại hội đồng IPU-150 tại Tashkent": where the occasion was.
			r.base.city, r.base.country = a.place(s, cl, cl.start)
		}
		if r.attend && !signing || r.pictured {
			r.base.date, r.base.endDate = a.meetingDate(s, si, cl, false, r.base.status)
		}
		if r.pictured {
			// "A (trái) và B tại Nhà Trắng hồi tháng 9/2021": where they stand.
			r.base.city, r.base.country = a.place(s, cl, cl.start)
		}
		return r
	}
	r.readKind()
	if r.visitAt >= 0 {
		r.parts = a.invitees(s, cl, r.parts)
		if guests := invitationSentTo(s, cl, r.visitAt); len(guests) > 0 {
			r.parts, r.base.status = guests, "planned"
		} else if guests := invitedToVisit(s, cl, r.visitAt); len(guests) > 0 && !slices.ContainsFunc(r.kinds, func(c cueHit) bool { return c.val != "state_visit" }) {
			// (With another meeting word, "Tại cuộc gặp, ... mời X sớm thăm
			// Việt Nam", "Trong một cuộc điện đàm, ông Tập đã mời ông Trump
			// thăm" tells that meeting too: read as before.)
			r.parts, r.base.status = guests, "planned"
		}
	}
	r.readWhenWhere(si)
	r.others = a.otherCountries(s, cl, r.parts)
	return r
}

// meetingWordVetoes say a meeting word of a clause tells of no meeting
// of its own: the first that applies drops it.
var meetingWordVetoes = []struct {
	name, example string
	when          func(r *clauseReading, c cueHit) bool
}{
	{"a-place-of-a-visit", "Tổng thống Putin thăm một địa điểm triển lãm về lịch sử quan hệ hai nước.",
		func(r *clauseReading, c cueHit) bool { return c.val == "state_visit" && sightseeing(r.s, c) }},
	{"a-building", "Hai nhà lãnh đạo hội đàm tại Trung tâm Hội nghị Quốc tế Kazan.",
		func(r *clauseReading, c cueHit) bool { return c.val == "summit" && inVenueName(r.s, c) }},
	{"the-place-described", "Thủ tướng Phạm Minh Chính gặp Thủ tướng Canada tại Gyeongju, nơi diễn ra Hội nghị thượng đỉnh APEC.",
		func(r *clauseReading, c cueHit) bool {
			return c.val == "summit" && whereHeld(r.s, c) && len(r.kinds) > 0
		}},
	{"what-was-spoken-of", "Tổng thống Putin điện đàm với Thủ tướng Modi, thảo luận về Hội nghị thượng đỉnh Nga - Ấn.",
		func(r *clauseReading, c cueHit) bool { return c.val == "summit" && topicAt(r.s, c.start) }},
	{"on-the-eve-of", "Tổng thống Uzbekistan Shavkat Mirziyoyev và Tổng thống Iran gặp nhau trước thềm Hội nghị Thượng đỉnh SCO.",
		func(r *clauseReading, c cueHit) bool { return c.val == "summit" && onTheEveOf(r.s, c.start) }},
	{"no-meeting", "Thủ tướng Trung Quốc Lý Cường không gặp người đồng cấp Nhật Bản Sanae Takaichi.",
		func(r *clauseReading, c cueHit) bool { return c.val != "summit" && negatedWithin(r.s, c.start, 1) }},
}

// welcomeNoReception reports "chào đón" in sentence si that tells no
// reception: a welcome at the airport or the plane's steps, told in that
// sentence or the two before ("Sân bay Quốc tế Bạch Vân rực rỡ Quốc kỳ ...
// Ông Vương Vĩ Trung ... nồng nhiệt chào đón Tổng Bí thư", "Tại sân bay,
// ông Putin được Ngoại trưởng Mông Cổ Batmunkh Battsetseg chào đón"; those
// who give it are of the visit, docs/ANNOTATION.md), a welcome spoken of
// as a thing ("sự chào đón", "màn chào đón"), or one received ("được chào
// đón"); and a passive "được ... đón tiếp" at the plane.
func (a *analysis) welcomeNoReception(si int, c cueHit) bool {
	t := a.sents[si].toks
	if c.cat == "meet" && c.end == c.start+2 && t[c.start].low == "đón" && t[c.start+1].low == "tiếp" {
		// "X được bà Monica Crowley, Trưởng ban lễ tân Nhà Trắng, đón tiếp
		// tại khu vực đỗ chuyên cơ": welcomed off the plane.
		for j := c.start - 1; j >= 0 && j >= c.start-12; j-- {
			if t[j].low == "được" {
				return atAirport(t)
			}
		}
		return false
	}
	if c.cat != "meet" || c.end != c.start+2 || t[c.start].low != "chào" || t[c.start+1].low != "đón" {
		return false
	}
	if c.start > 0 {
		switch t[c.start-1].low {
		case "sự", "màn", "được":
			return true
		}
	}
	for j := si; j >= 0 && j >= si-2; j-- {
		if atAirport(a.sents[j].toks) {
			return true
		}
	}
	return false
}

// atAirport reports words of an airport or a plane in toks: "sân bay",
// "máy bay", "chuyên cơ", "hạ cánh", "cầu thang".
func atAirport(t []token) bool {
	for i := 0; i+1 < len(t); i++ {
		switch w, next := t[i].low, t[i+1].low; {
		case w == "sân" && next == "bay", w == "máy" && next == "bay", w == "chuyên" && next == "cơ", w == "hạ" && next == "cánh", w == "cầu" && next == "thang":
			return true
		}
	}
	return false
}

// onTheEveOf reports a summit named at token i as what the clause's
// event comes before ("gặp nhau trước thềm Hội nghị Thượng đỉnh SCO",
// "Trước thềm hội nghị thượng đỉnh SCO ở Samarkand, Tổng Thư ký SCO ...
// cho biết", "Trước thềm Hội nghị thượng đỉnh G20 tại Nam Phi, Tổng thống
// ... thăm UAE"): when it happens, not a summit its people attend there.
func onTheEveOf(s *sentence, i int) bool {
	return i >= 2 && s.toks[i-2].low == "trước" && s.toks[i-1].low == "thềm"
}

// traceMeetingWordVeto, when set, is told the name of each veto of a
// meeting word that applies (tests only).
var traceMeetingWordVeto func(name string)

// readMeetingWords reads the clause's meeting words: its meeting cues
// (a courtesy call and two leaders' press conference become ones), and
// the organisations named like their summits ("Hội nghị cấp cao Đông Á").
func (r *clauseReading) readMeetingWords() {
	a, s, cl := r.a, r.s, r.cl
	for i, c := range s.cues {
		if c.cat == "salute" && c.start >= cl.start && c.end <= cl.end && courtesyCall(s, c) {
			// "Đại sứ ... chào Thủ tướng Nepal ...": a courtesy call, a
			// meeting word for every reading of the sentence.
			s.cues[i].cat, s.cues[i].val = "meet", "bilateral"
			s.cls = nil
			c = s.cues[i]
		}
		if c.cat == "presser" && c.start >= cl.start && c.end <= cl.end && (a.conjoined(s, clause{cl.start, c.start}) || pressWith(s, cl, c)) {
			// Two leaders' press conference: their meeting's word, for
			// every reading of the sentence (its date, its place).
			s.cues[i].cat, s.cues[i].val = "meet", "bilateral"
			s.cls = nil // a new meeting word: the clauses are read again
			c = s.cues[i]
		}
		if c.cat != "meet" || c.start < cl.start || c.end > cl.end {
			continue
		}
		if c.val == "summit" && summitWithOne(s, c) {
			c.val = "bilateral" // "hội nghị thượng đỉnh với Thủ tướng Takaichi": two leaders' summit
		}
		if r.vetoed(c) {
			continue
		}
		r.kinds = append(r.kinds, c)
	}
	for mi := range s.ments {
		m := &s.ments[mi]
		if m.kind == mOrg && m.start >= cl.start && m.end <= cl.end && namedLikeSummit(s, *m) && !topicAt(s, m.start) && !onTheEveOf(s, m.start) {
			r.kinds = append(r.kinds, cueHit{cat: "meet", val: "summit", start: m.start, end: m.end})
		}
	}
}

// vetoed reports a meeting word one of meetingWordVetoes drops.
func (r *clauseReading) vetoed(c cueHit) bool {
	for _, v := range meetingWordVetoes {
		if v.when(r, c) {
			if traceMeetingWordVeto != nil {
				traceMeetingWordVeto(v.name)
			}
			return true
		}
	}
	return false
}

// readSigning reads a clause with no meeting word that tells of a signing
// (or of documents handed over before two leaders) as their meeting, and
// reports whether it does. Two leaders of two countries signing together
// met; so did all those who signed, witnessed, chaired or attended a
// signing ceremony, whatever their number.
func (r *clauseReading) readSigning() bool {
	a, s, cl := r.a, r.s, r.cl
	ceremony := signingCeremony(s, cl)
	if c, ok := s.hasCue("cosign", cl.start, cl.end); ok && (!r.attend || ceremony) && !signedByOthers(s, cl, c) {
		parts := a.participants(s, cl)
		if a.twoSides(parts) || ceremony && a.severalSides(parts) || len(parts) == 0 && (ceremony || countriesSign(s, cl, c)) {
			r.parts = parts
			r.kinds = append(r.kinds, cueHit{cat: "meet", val: "bilateral", start: c.start, end: c.end})
			return true
		}
	}
	if c, ok := s.hasCue("witness", cl.start, cl.end); ok && !r.attend && handOverAfter(s, c) && a.conjoined(s, clause{cl.start, c.start}) {
		// "Tổng Bí thư Tô Lâm và Tổng thống Hàn Quốc Lee Jae Myung
		// chứng kiến lễ trao biên bản thỏa thuận ...": two leaders who
		// witness documents handed over or exchanged met there.
		if parts := a.participants(s, cl); a.twoSides(parts) {
			r.parts = parts
			r.kinds = append(r.kinds, cueHit{cat: "meet", val: "bilateral", start: c.start, end: c.end})
			return true
		}
	}
	return false
}

// readKind reads the strongest meeting kind of the clause's words (kindRank;
// summit words and meetings of an organisation mark a summit), and where
// its visit word and its other meeting word are.
func (r *clauseReading) readKind() {
	s, cl := r.s, r.cl
	for _, c := range r.kinds {
		if c.val == "summit" && timeMark(s, c.start) && slices.ContainsFunc(r.kinds, func(k cueHit) bool { return k.val != "summit" && (k.end <= c.start || k.val == "phone_call") }) {
			// "Cuộc gặp ... diễn ra ở Indonesia ngày 9/7 sau hội nghị
			// ngoại trưởng G7": when, not what. So too before a call told
			// after it ("Sau hội nghị thượng đỉnh Alaska, ông Trump và ông
			// Zelensky đã có một cuộc điện đàm"): those on the line did not
			// meet at the summit.
			continue
		}
		if c.val == "summit" {
			r.summitCue = true
			continue
		}
		if summitsWelcome(s, r.kinds, c) {
			continue // "chủ trì lễ đón các trưởng đoàn tham dự Hội nghị": the summit's welcome, no visit
		}
		if chairsSummit(s, r.kinds, c) {
			continue // "Hội nghị do A và B đồng chủ trì": the chairs of the summit, not a meeting of two
		}
		if kindRank[c.val] > kindRank[r.kind] {
			r.kind = c.val
		}
		// "cuộc họp của các bộ trưởng ngoại giao SCO": a meeting of an organisation.
		if r.a.orgAfter(s, c.end, cl.end) && !envoysMet(s, c.end) {
			r.summitCue = true
		}
	}
	for _, c := range r.kinds {
		_, talks := s.hasCue("hosttalks", c.start, c.end)
		switch {
		case c.val == "state_visit" && !talks && r.visitAt < 0:
			r.visitAt = c.start
		case (c.val == "bilateral" || talks) && r.meetAt < 0:
			r.meetAt = c.start
		}
	}
}

// chairsSummit reports c, "chủ trì" or "đồng chủ trì", after a summit word
// of the clause and "do" ("Hội nghị do Phó Thủ tướng ... Prak Sokhonn và
// Bộ trưởng Ngoại giao Hàn Quốc Chung Eui-yong đồng chủ trì"): those named
// chair the summit.
func chairsSummit(s *sentence, kinds []cueHit, c cueHit) bool {
	w := s.toks[c.start].low
	if w == "đồng" && c.start+1 < len(s.toks) {
		w = s.toks[c.start+1].low
	}
	if w != "chủ" {
		return false
	}
	for _, k := range kinds {
		if k.val == "summit" && k.end <= c.start && s.hasToken("do", k.end, c.start) {
			return true
		}
		if k.val == "summit" && k.start == c.end && summitLevel(s, k) {
			// "Tổng thống Mỹ Donald Trump và Tổng thống Ai Cập Abdel Fattah
			// el-Sissi đã đồng chủ trì hội nghị thượng đỉnh nhằm chấm dứt
			// chiến tranh ở Gaza": they chair a summit of many.
			return true
		}
	}
	return false
}

// coChaired reports a summit word of the clause right after "đồng chủ
// trì" (chairsSummit): the two who co-chair it chair a summit of many.
func (r *clauseReading) coChaired() bool {
	for _, c := range r.s.cues {
		if c.cat != "meet" || c.start < r.cl.start || c.end > r.cl.end || r.s.toks[c.start].low != "đồng" {
			continue
		}
		for _, k := range r.kinds {
			if k.val == "summit" && k.start == c.end && summitLevel(r.s, k) {
				return true
			}
		}
	}
	return false
}

// datedTopLevel reports a clause whose summit word is of the highest
// level, numbered and dated ("tham dự Diễn đàn cấp cao hợp tác quốc tế Vành
// đai và Con đường lần thứ ba từ ngày 17 đến 20-10 theo lời mời của ..."):
// a summit of its own, though it names no organisation, city or other
// leader.
func (r *clauseReading) datedTopLevel() bool {
	if r.base.date.IsZero() {
		return false
	}
	t := r.s.toks
	for _, c := range r.kinds {
		if c.val != "summit" || !summitLevel(r.s, c) || r.countryNamed(c.end) {
			continue // "Hội nghị Thượng đỉnh Ấn Độ - Nhật Bản lần thứ 15": two countries' own talks
		}
		for i := c.end; i+1 < r.cl.end && i < c.end+16; i++ {
			if t[i].low == "lần" && t[i+1].low == "thứ" {
				return true
			}
		}
	}
	return false
}

// countryNamed reports a country named at token i.
func (r *clauseReading) countryNamed(i int) bool {
	for _, m := range r.s.ments {
		if m.kind == mCountry && m.start == i {
			return true
		}
	}
	return false
}

// envoysMet reports the ambassadors of several countries or of an
// organisation named at token i, after a meeting word: "tiếp các Đại sứ
// Trung Quốc, Ba Lan", "tiếp Đại sứ các nước ASEAN", "gặp các đại sứ
// ASEAN". They are envoys received one by one, neither a summit nor the
// leaders of their countries.
func envoysMet(s *sentence, i int) bool {
	t := s.toks
	plural := false
	for i < len(t) && (t[i].low == "các" || t[i].low == "vị") {
		plural, i = true, i+1
	}
	if i+1 >= len(t) || t[i].low != "đại" || t[i+1].low != "sứ" {
		return false
	}
	return plural || i+2 < len(t) && t[i+2].low == "các"
}

// summitsWelcome reports a welcome word whose guests are many and come
// for the clause's summit ("Chủ tịch IPU ... chủ trì lễ đón các trưởng
// đoàn tham dự Hội nghị các Chủ tịch Quốc hội thế giới", "lễ đón chính
// thức các nhà lãnh đạo ... tới tham dự Tuần lễ cấp cao"): a part of the
// summit, not a visit.
func summitsWelcome(s *sentence, kinds []cueHit, c cueHit) bool {
	if c.val != "state_visit" || c.end >= len(s.toks) || s.toks[c.end].low != "các" {
		return false
	}
	return slices.ContainsFunc(kinds, func(k cueHit) bool { return k.val == "summit" && k.start > c.end })
}

// summitLevel reports a summit word of the highest level ("hội nghị
// thượng đỉnh", "hội nghị cấp cao", "thượng đỉnh"), not a plain "hội
// nghị" that two ministries may hold.
func summitLevel(s *sentence, k cueHit) bool {
	for i := k.start; i < k.end; i++ {
		if w := s.toks[i].low; w == "đỉnh" || w == "cao" {
			return true
		}
	}
	return false
}

// readWhenWhere reads the clause's ordinal, talks, inviter, sidelines,
// place and date; what opens the sentence before anyone is named (its
// lead) sets the scene for every clause that does not say otherwise:
// "Ngày 01/9, tại Thiên Tân, nhân dịp ..., Thủ tướng ... đã có cuộc gặp".
func (r *clauseReading) readWhenWhere(si int) {
	a, s, cl := r.a, r.s, r.cl
	b := &r.base
	b.ordinal = summitOrdinal(s, r.kinds, cl)
	_, b.talks = s.hasCue("hosttalks", cl.start, cl.end)
	b.inviter = a.inviter(s, cl)
	_, b.sidelines = s.hasCue("sidelines", cl.start, cl.end)
	b.city, b.country = a.place(s, cl, r.kinds[0].start)
	if r.meetAt > r.kinds[0].start && inOccasion(s, cl, r.kinds[0].start) && !inOccasion(s, cl, r.meetAt) {
		// "Trong khuôn khổ chuyến công tác tham dự Hội nghị ... tại Đại
		// Liên ..., hôm nay, tại Đại lễ đường Nhân dân ở thủ đô Bắc Kinh,
		// Thủ tướng ... hội kiến ...": the talks, not the occasion, are
		// what the clause places, when it names a city for them.
		if city, country := a.place(s, cl, r.meetAt); city != "" {
			b.city, b.country = city, country
		}
	}
	b.date, b.endDate = a.meetingDate(s, si, cl, r.kind == "state_visit", b.status)
	lead := a.leadOf(s)
	if b.date.IsZero() {
		b.date, b.endDate = a.leadDate(s, lead, cl)
	}
	if b.date.IsZero() {
		b.date = a.namedYear(s, cl)
	}
	if b.city == "" && b.country == "" && group(r.kind) != "call" {
		b.city, b.country = a.leadPlace(s, lead)
	}
}

// invitationSentTo returns the leaders an invitation to visit is sent to,
// named after the visit word and "tới" or "đến": "Chủ tịch nước gửi lời
// mời thăm Việt Nam tới Tổng thống Muhammadu Buhari", "chuyển lời thăm hỏi
// và lời mời thăm Việt Nam thời gian tới của Tổng Bí thư ... tới Chủ tịch
// Đảng Lao động - Tổng thống Brazil Lula da Silva". The visit is theirs and
// to come; who invites, and who carries the invitation, is not on it
// (docs/ANNOTATION.md, an invitation to visit). Else nil.
func invitationSentTo(s *sentence, cl clause, visitAt int) []string {
	invited := -1
	for _, c := range s.cues {
		if c.cat == "invite" && c.end == visitAt && s.toks[c.start].low == "lời" {
			invited = c.start
		}
	}
	if invited < 0 {
		return nil
	}
	if guests := addresseeBefore(s, cl, invited); guests != nil {
		return guests
	}
	for j := visitAt + 1; j+1 < cl.end; j++ {
		if w := s.toks[j].low; w != "tới" && w != "đến" || s.toks[j-1].low == "gian" || s.toks[j+1].low == "nay" {
			continue // ("thời gian tới", "đến nay": a time, not an addressee)
		}
		for _, m := range s.ments {
			if m.kind > mPronoun || len(m.keys) == 0 || m.start <= j || m.end > cl.end {
				continue
			}
			if m.start > j+invitedReach {
				break
			}
			return m.keys
		}
	}
	return nil
}

// addresseeBefore returns the leader an invitation is passed on to, named
// between "chuyển tới" or "gửi đến" and the invitation at inv: "chuyển tới
// Chủ tịch Thượng viện Milos Vystrcil lời mời thăm Việt Nam của Chủ tịch
// Quốc hội Trần Thanh Mẫn". Else nil.
func addresseeBefore(s *sentence, cl clause, inv int) []string {
	for j := cl.start + 1; j+1 < inv; j++ {
		if w := s.toks[j].low; w != "tới" && w != "đến" {
			continue
		}
		if v := s.toks[j-1].low; v != "chuyển" && v != "gửi" {
			continue
		}
		for _, m := range s.ments {
			if m.kind == mLeader && len(m.keys) == 1 && m.start > j && m.start <= j+invitedReach && m.end == inv {
				return m.keys
			}
		}
	}
	return nil
}

// invitedToVisit returns the leaders invited to visit, named between
// "mời" and the visit word: "Chủ tịch nước Lương Cường trân trọng mời Tổng
// thống Belarus thăm cấp Nhà nước đến Việt Nam", "gửi lời mời Tổng thống UAE
// Mohamed bin Zayed Al Nahyan sớm có chuyến thăm cấp Nhà nước tới Hàn
// Quốc", "mời Hoàng Thái tử, Thủ tướng Mohammed bin Salman ... thăm chính
// thức Việt Nam". The visit is theirs and to come; who invites is not on
// it. Not an invitation received ("theo lời mời của", "nhận lời mời của"),
// nor a visit that is only the occasion ("mời ... dự Tiệc trà nhân chuyến
// thăm"). Else nil.
func invitedToVisit(s *sentence, cl clause, visitAt int) []string {
	inv := -1
	for i := cl.start; i+1 < visitAt; i++ {
		if s.toks[i].low == "mời" && s.toks[i+1].low != "của" && s.toks[i+1].low != "từ" {
			inv = i
		}
	}
	for _, c := range s.cues {
		// "bày tỏ mong muốn được đón Tổng Bí thư Tô Lâm thăm Mỹ", "hoan
		// nghênh Thủ tướng Lào ... có kế hoạch thăm Thái Lan": the host
		// wishes to welcome a visit to come, which is the guest's.
		if c.cat == "welcomewish" && c.start >= cl.start && c.end < visitAt && (c.val != "if planned" || s.hasCueBetween("planned", c.end, visitAt)) {
			inv = max(inv, c.end-1)
		}
	}
	if inv < 0 || s.hasPhrase(inv, visitAt, "nhân") || s.hasPhrase(inv, visitAt, "dự") {
		return nil
	}
	var guests []string
	for _, m := range s.ments {
		if m.kind > mPronoun || len(m.keys) == 0 || m.start <= inv || m.end > visitAt {
			continue
		}
		for _, k := range m.keys {
			if !slices.Contains(guests, k) {
				guests = append(guests, k)
			}
		}
	}
	slices.Sort(guests)
	return guests
}

// invitedReach is how many tokens after "tới" the invited leader's mention
// may begin: "tới Chủ tịch Đảng Lao động - Tổng thống Brazil Lula da Silva".
const invitedReach = 8

// pressWith reports a press conference held with a leader named right
// after it: "tại cuộc họp báo chung với người đồng cấp Venezuela Nicolas
// Maduro ở Caracas, Tổng thống Iran Ebrahim Raisi cho biết", "Phát biểu
// trong cuộc họp báo ở Tokyo cùng với Thủ tướng Nhật Bản Kishida Fumio,
// ông Biden nói": the speaker and the one beside him met there. Only
// "chung" or a short place may stand between the word and "với"/"cùng";
// one who speaks at a press conference of those he speaks of ("họp báo
// về cuộc gặp với ...") is not read here.
func pressWith(s *sentence, cl clause, c cueHit) bool {
	for i := c.end; i < cl.end && i < c.end+5; i++ {
		switch w := s.toks[i].low; {
		case w == "với" || w == "cùng":
			for _, m := range s.ments {
				if m.kind == mLeader && m.start > i && m.start <= i+2 && m.end <= cl.end {
					return true
				}
				if m.kind == mDesc && m.start > i && m.start <= i+2 && m.end < cl.end {
					// "với người đồng cấp Venezuela Nicolas Maduro"
					for _, n := range s.ments {
						if n.kind == mLeader && n.start >= m.end && n.start <= m.end+1 && n.end <= cl.end {
							return true
						}
					}
				}
			}
			return false
		case w == "chung" || w == "ở" || w == "tại" || s.toks[i].upper:
		default:
			return false
		}
	}
	return false
}

// timeMark reports "sau" or "trước" (and "khi") right before token i:
// what follows tells when.
func timeMark(s *sentence, i int) bool {
	if i > 0 && s.toks[i-1].low == "khi" {
		i--
	}
	return i > 0 && (s.toks[i-1].low == "sau" || s.toks[i-1].low == "trước")
}

// visitorAfterOf returns the participant named right after "của" past
// the clause's visit word ("chuyến thăm cấp Nhà nước của Tổng bí thư ...
// Tập Cận Bình") when the other is named before the visit word, or "".
func (r *clauseReading) visitorAfterOf() string {
	if r.visitAt < 0 {
		return ""
	}
	visitor, before := "", false
	for _, m := range r.s.ments {
		if m.start < r.cl.start || m.end > r.cl.end || len(m.keys) != 1 || !slices.Contains(r.parts, m.keys[0]) {
			continue
		}
		switch {
		case m.end <= r.visitAt:
			before = true
		case visitor == "" && m.start > r.visitAt && m.start <= r.visitAt+12 && m.name != "" && r.s.hasToken("của", r.visitAt, m.start):
			visitor = m.keys[0] // (a title before the name, "của Tổng bí thư, Chủ tịch Trung Quốc Tập Cận Bình", names him too)
		}
	}
	if !before {
		return ""
	}
	return visitor
}

// meetingCueBefore returns the kind of the clause's first word of a
// meeting that is no visit and no summit before token i ("cuộc gặp",
// "điện đàm"), or "".
func (r *clauseReading) meetingCueBefore(i int) string {
	for _, c := range r.kinds {
		if c.start < i && c.val != "state_visit" && c.val != "summit" && c.start >= r.cl.start {
			return c.val
		}
	}
	return ""
}

// otherVisitor returns the visitor named after "của" following the
// clause's visit word (visitorAfterOf) when he is named nowhere before
// it: the visit is spoken of by those who meet, not made by one of them
// ("Trong cuộc gặp với A, B cảm ơn ... chuyến thăm ... của C vừa qua").
func (r *clauseReading) otherVisitor() string {
	v := r.visitorAfterOf()
	if v == "" {
		return ""
	}
	for _, m := range r.s.ments {
		if m.start >= r.cl.start && m.end <= r.visitAt && slices.Contains(m.keys, v) {
			return ""
		}
	}
	return v
}

// with returns the clause's meeting as kind, in merge group grp, with participants.
func (r *clauseReading) with(kind, grp string, participants []string) meeting {
	m := r.base
	// Clipped: the meetings of a clause share the array of its
	// participants, and one appended to later must not write into another's.
	m.kind, m.grp, m.participants = kind, grp, slices.Clip(participants)
	return m
}

// allNamed reports every participant named in the clause itself, none
// brought in from before ("Tiếp đón đoàn có ..." after the delegation's
// head was named: "đoàn" stands for him).
func (r *clauseReading) allNamed() bool {
	for _, k := range r.parts {
		if !slices.ContainsFunc(r.s.ments, func(m mention) bool {
			return m.kind == mLeader && m.start >= r.cl.start && m.end <= r.cl.end && slices.Contains(m.keys, k)
		}) {
			return false
		}
	}
	return true
}

// unplacedCall reports a visit to a body the gazetteer cannot place
// ("Sáng 29-10, Đoàn công tác ... do đồng chí X làm Trưởng đoàn đã thăm và
// làm việc tại UBND tỉnh"): its day belongs to the visit the article
// places elsewhere.
func (r *clauseReading) unplacedCall() bool {
	for i := r.visitAt; i+1 < r.cl.end && i < r.visitAt+6; i++ {
		if r.s.toks[i].low == "tại" {
			return !r.s.toks[i+1].upper || r.s.toks[i+1].low == "ubnd" || r.s.toks[i+1].low == "hđnd"
		}
	}
	return false
}

// wishedPlace returns the place a visiting delegation wishes a happy New
// Year to, or works with ("đến thăm và làm việc với tỉnh Hòa Bình"), the first one named after the wish: "đã đến thăm, chúc Tết
// chính quyền và nhân dân 4 tỉnh Nam Lào là Ắt-ta-pư, Sê-kông, ...",
// "sang thăm, chúc Tết cổ truyền Bính Ngọ 2026 tỉnh Gia Lai". The feast's
// name and the people wished come between the wish and the place, further
// than a place word reaches (afterPlaceWord). A leader named between them
// is whom the wish is for.
func (r *clauseReading) wishedPlace() (city, country string) {
	if r.visitAt < 0 {
		return "", ""
	}
	t := r.s.toks
	wish := -1
	for i := r.visitAt + 1; i+1 < r.cl.end && i < r.visitAt+5; i++ {
		if t[i].low == "chúc" && (t[i+1].low == "tết" || t[i+1].low == "mừng" && i+2 < r.cl.end && t[i+2].low == "tết") {
			wish = i
			break
		}
		if t[i].low == "làm" && i+3 < r.cl.end && t[i+1].low == "việc" && t[i+2].low == "với" {
			// "đến thăm và làm việc với tỉnh Ninh Bình", "sang thăm, làm
			// việc với lãnh đạo tỉnh Quảng Nam": the province the
			// delegation works with is where it visits.
			at := i + 3
			if at+2 < r.cl.end && t[at].low == "lãnh" && t[at+1].low == "đạo" {
				at += 2
			}
			if provinceWord(t, at) {
				wish = i + 2
				break
			}
		}
	}
	if wish < 0 {
		return "", ""
	}
	for _, m := range r.s.ments {
		if m.start <= wish || m.end > r.cl.end {
			continue
		}
		if m.start > wish+newYearReach || len(m.keys) > 0 {
			return "", ""
		}
		switch m.kind {
		case mCity:
			if c := gazetteer.Default().Cities[m.id]; c != nil {
				return c.Key, c.Country
			}
		case mCountry:
			return cityState(m.id), m.id
		}
	}
	return "", ""
}

// newYearReach is how many tokens after a New Year wish its place may be
// named: "chúc Tết chính quyền và nhân dân 4 tỉnh Nam Lào".
const newYearReach = 12

// callOnLocalLeaders reports a visit paid to a province's leaders or
// bodies, told after its visit word: "Sáng ngày 21/5, Tổng lãnh sự ... đến
// thăm và chào xã giao với lãnh đạo UBND tỉnh Tiền Giang", "Ngày 14/1,
// Đoàn đại biểu tỉnh Kep ... sang thăm và chúc Tết ... tỉnh Kiên Giang".
// Its day belongs to the reception the article tells with its hosts.
func (r *clauseReading) callOnLocalLeaders() bool {
	t := r.s.toks
	for i := r.visitAt + 1; i < r.cl.end && i < r.visitAt+16; i++ {
		switch t[i].low {
		case "ubnd", "hđnd":
			return true
		case "lãnh", "chúc":
			if i+1 < r.cl.end && (t[i].low == "lãnh" && t[i+1].low == "đạo" || t[i].low == "chúc" && t[i+1].low == "tết") {
				return true
			}
		}
	}
	return false
}

// apply appends what the rules read in the clause to out.
func (r *clauseReading) apply(out []meeting) []meeting {
	for _, rule := range eventRules {
		if rule.when(r) {
			out = appendRule(out, rule, rule.read(r))
			break
		}
	}
	if len(r.kinds) == 0 {
		return out
	}
	for _, rule := range extraRules {
		if rule.when(r) {
			out = appendRule(out, rule, rule.read(r))
		}
	}
	return out
}

func appendRule(out []meeting, rule meetingRule, ms []meeting) []meeting {
	for _, m := range ms {
		m.rule = rule.name
		out = append(out, m)
	}
	return out
}

// commonPart returns what a span [from, to] fixes of every day within it:
// the day when it is one, else the month or year both ends share.
func commonPart(from, to calendar.Date) calendar.Date {
	switch {
	case to.IsZero() || to == from:
		return from
	case to.Year != from.Year:
		return calendar.Date{}
	case to.Month != from.Month:
		return calendar.Date{Year: from.Year}
	}
	return calendar.Date{Year: from.Year, Month: from.Month}
}

// summitAt returns where the clause tells of its summit: a summit word, a
// summit's name, else the organisation whose meeting it is ("dự Tuần lễ
// Cấp cao Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương (APEC)").
func (r *clauseReading) summitAt() int {
	for _, c := range r.kinds {
		if c.val == "summit" {
			return c.start
		}
	}
	for _, m := range r.s.ments {
		if m.kind == mOrg && m.start >= r.cl.start && m.end <= r.cl.end {
			return m.start
		}
	}
	return r.cl.start
}

// beginsTrip reports "bắt đầu" before token at in the clause, after a
// verb of arriving: a trip told on its first day, whose later events
// have not happened yet ("đến Kuala Lumpur bắt đầu tham dự AIPA-46").
func (r *clauseReading) beginsTrip(at int) bool {
	for i := r.cl.start; i+1 < at; i++ {
		if r.s.toks[i].low == "bắt" && r.s.toks[i+1].low == "đầu" {
			for j := r.cl.start; j < i; j++ {
				switch r.s.toks[j].low {
				case "đến", "tới", "sang":
					return true
				}
			}
			return false
		}
	}
	return false
}

// setsOutFor reports day d told in the clause only before "lên đường"
// that goes on to the summit ("Ngày 18/10, ... lên đường dự Hội nghị"),
// or before "bắt đầu" after a verb of arriving (beginsTrip): the day of
// setting out or arriving, not of the summit.
func (r *clauseReading) setsOutFor(d calendar.Date) bool {
	at := r.summitAt()
	set := -1
	for i := r.cl.start; i+1 < at; i++ {
		if r.s.toks[i].low == "lên" && r.s.toks[i+1].low == "đường" && (i+2 >= len(r.s.toks) || r.s.toks[i+2].low != "về" && r.s.toks[i+2].low != "trở") {
			set = i
			break
		}
	}
	if set < 0 && r.beginsTrip(at) {
		// "Ngày 20/1, ... đã tới sân bay Zurich, bắt đầu chuyến công tác
		// tham dự Hội nghị ... WEF": the day of arriving.
		for i := r.cl.start; i+1 < at; i++ {
			if r.s.toks[i].low == "bắt" && r.s.toks[i+1].low == "đầu" {
				set = i
				break
			}
		}
	}
	if set < 0 {
		return false
	}
	found := false
	for _, m := range r.s.dates {
		if m.Date != d || !r.a.inClause(r.s, r.cl, m.Start) {
			continue
		}
		if !m.EndDate.IsZero() || m.End > r.s.toks[set].start {
			return false
		}
		found = true
	}
	return found
}

// tripSpan reports a span told after the summit and another errand of
// the same trip joined to it ("dự Hội nghị ... và làm việc tại Nhật Bản
// từ ngày 19 đến 21-5", "và hoạt động song phương tại Nhật Bản từ ngày
// 15-18/12", "và thăm chính thức Malaysia từ ngày 16 đến 20/9"): the
// days of the whole trip (cues.tsv, tripwork).
func (r *clauseReading) tripSpan(d calendar.Mention) bool {
	from, _ := r.s.tokenSpan(d.Start, d.End)
	return r.tripBefore(from)
}

// tripDay reports day d told in the clause only as the first of the days
// ("từ ngày 21/8") after the errand joined to the summit (tripSpan): the
// trip's first day.
func (r *clauseReading) tripDay(d calendar.Date) bool {
	found := false
	for _, m := range r.s.dates {
		if m.Date != d || !r.a.inClause(r.s, r.cl, m.Start) {
			continue
		}
		from, _ := r.s.tokenSpan(m.Start, m.End)
		if from > 0 && r.s.toks[from-1].low == "ngày" {
			from--
		}
		if from < 1 || r.s.toks[from-1].low != "từ" || !r.tripBefore(from) {
			return false // "và làm việc tại Hiroshima, Nhật Bản, ngày 21/5, Thủ tướng ... đã hội đàm": the talks' day
		}
		found = true
	}
	return found
}

// tripBefore reports "và" and an errand (cues.tsv, tripwork) or a visit
// word between the summit and token from.
func (r *clauseReading) tripBefore(from int) bool {
	for _, c := range r.s.cues {
		if c.start > r.summitAt()+1 && c.end <= from && r.s.toks[c.start-1].low == "và" &&
			(c.cat == "tripwork" || c.cat == "meet" && c.val == "state_visit") {
			return true
		}
	}
	return false
}

// ownDays returns the days written in parentheses right after the
// summit's name that starts at token at ("Hội nghị ... lần thứ 29 (18 –
// 19/11)"): the summit's own, not the trip's.
func (r *clauseReading) ownDays(at int) (*calendar.Mention, bool) {
	for i := at; i < r.cl.end; i++ {
		if r.s.toks[i].text != "(" {
			continue
		}
		for k := range r.s.dates {
			d := &r.s.dates[k]
			if from, _ := r.s.tokenSpan(d.Start, d.End); from == i+1 && d.Date.Day != 0 {
				return d, true
			}
		}
	}
	return nil, false
}

// daysAfterVisitDays returns the first day written after the summit at
// token at, in its clause, when the visit told before it has days of its
// own written between its word and the summit: then those after are the
// summit's.
func (r *clauseReading) daysAfterVisitDays(at int) (*calendar.Mention, bool) {
	if r.visitAt < 0 || r.visitAt > at {
		return nil, false
	}
	if _, ok := r.firstDayIn(clause{r.visitAt, at}); !ok {
		return nil, false
	}
	return r.firstDayIn(clause{at, r.cl.end})
}

// sidelinesBefore reports "bên lề" in the clause before token at.
func (r *clauseReading) sidelinesBefore(at int) bool {
	_, ok := r.s.hasCue("sidelines", r.cl.start, at)
	return ok
}

// legEnd returns where the leg of a trip told from token at ends: at the
// next visit or summit word of the clause, or at its end.
func (r *clauseReading) legEnd(at int) int {
	for _, c := range r.kinds {
		if c.start > at && (c.val == "state_visit" || c.val == "summit") {
			return c.start
		}
	}
	return r.cl.end
}

// legOf returns the leg of the trip whose visit word goes to country iso,
// or an empty clause.
func (r *clauseReading) legOf(iso string) clause {
	for _, c := range r.kinds {
		if c.val != "state_visit" {
			continue
		}
		end := r.legEnd(c.start)
		for _, m := range r.s.ments {
			if m.kind == mCountry && m.id == iso && m.start >= c.end && m.end <= end {
				return clause{c.start, end}
			}
		}
	}
	return clause{}
}

// hostsProvince returns the city or province whose office one of the
// clause's two participants holds ("Chủ tịch UBND tỉnh Tiền Giang",
// "Bí thư Tỉnh ủy Lâm Đồng"), when the other is of another country: the
// host's own province, where a guest is received. The host is named
// before a meeting word: a guest's office ("Thủ tướng ... tiếp Thống đốc
// tỉnh Kanagawa ...") is not where he was received. "", "" otherwise.
func (r *clauseReading) hostsProvince() (city, country string) {
	g := gazetteer.Default()
	for _, lm := range r.s.ments {
		if len(lm.keys) != 1 || !slices.Contains(r.parts, lm.keys[0]) || lm.start < r.cl.start || lm.end > r.cl.end || lm.start > r.kinds[len(r.kinds)-1].start {
			continue
		}
		host := r.a.people.get(lm.keys[0])
		if host == nil || host.country == "" {
			continue
		}
		for _, m := range r.s.ments {
			c := g.Cities[m.id]
			if m.kind != mCity || m.start <= lm.start || m.end > lm.end && !officeOf(r.s, lm, m) || c == nil || c.Country != host.country {
				continue
			}
			for _, k := range r.parts {
				if p := r.a.people.get(k); k != lm.keys[0] && p != nil && p.country != "" && p.country != host.country {
					return c.Key, c.Country
				}
			}
		}
	}
	return "", ""
}

// officeOf reports city mention m right after title mention lm, past
// the words of a place ("Phó Chủ tịch UBND TP Cần Thơ", "Chủ tịch UBND
// tỉnh Tiền Giang"): the province or city the office is of.
func officeOf(s *sentence, lm, m mention) bool {
	if lm.kind != mDesc || m.start < lm.end || m.start > lm.end+2 {
		return false
	}
	for j := lm.end; j < m.start; j++ {
		if !placeNounAt(s, j) {
			return false
		}
	}
	return true
}

// invitedIn reports "theo lời mời" between the clause's visit word and
// its meeting word: the meeting is where the invitation was made.
func (r *clauseReading) invitedIn() bool {
	return r.s.hasPhrase(r.visitAt, r.meetAt, "theo", "lời", "mời")
}

// countryDays returns the days written right after country iso in the
// clause's list of visited countries, before the next one, when every
// country of the list has days of its own ("thăm Pháp từ ngày 26-29/3 và
// Đức từ 29-31/3"); a span after the last one alone is the whole trip's.
func (r *clauseReading) countryDays(iso string) (*calendar.Mention, bool) {
	visited := r.visitedCountries()
	from := r.cl.end // the countries after the first visit word: not an inviter's ("Nhận lời mời của Tổng thống Ấn Độ ...")
	for _, c := range r.kinds {
		if c.val == "state_visit" {
			from = c.end
			break
		}
	}
	var ms []mention
	for _, m := range r.s.ments {
		if m.kind == mCountry && m.start >= from && m.end <= r.cl.end && slices.Contains(visited, m.id) {
			ms = append(ms, m)
		}
	}
	var mine *calendar.Mention
	for k, m := range ms {
		end := r.cl.end
		if k+1 < len(ms) {
			end = ms[k+1].start
		}
		d, ok := r.firstDayIn(clause{m.end, end})
		if !ok {
			return nil, false
		}
		if m.id == iso && mine == nil {
			mine = d
		}
	}
	return mine, mine != nil
}

// dayAfterCountries reports day d told right after the countries of the
// trip ("sẽ thăm Saudi Arabia và Các tiểu vương quốc Arab thống nhất
// (UAE) ngày 6/12", "thăm Thổ Nhĩ Kỳ và Syria vào ngày 27/2"): the day of
// every leg, not a day the trip began or was announced on, nor that of
// a first leg the next ones are told after ("đến Ả Rập Xê Út vào ngày
// 13/5, trước khi sang Qatar").
func (r *clauseReading) dayAfterCountries(d calendar.Date) bool {
	for _, m := range r.s.dates {
		if m.Date != d || !m.EndDate.IsZero() || !r.a.inClause(r.s, r.cl, m.Start) {
			continue
		}
		from, to := r.s.tokenSpan(m.Start, m.End)
		if r.legAfter(to) {
			continue
		}
		i := from - 1
		for i > r.cl.start && (r.s.toks[i].low == "vào" || r.s.toks[i].low == "ngày" || r.s.toks[i].low == "trong") {
			i--
		}
		if i > r.cl.start && r.s.toks[i].text == ")" {
			for i > r.cl.start && r.s.toks[i].text != "(" {
				i--
			}
			i--
		}
		for _, c := range r.s.ments {
			if c.kind == mCountry && c.end == i+1 && c.start > r.visitAt {
				return true
			}
		}
	}
	return false
}

// legAfter reports a country the trip visits named from token k on, in
// the clause or in the next legs told after it (nextLegs).
func (r *clauseReading) legAfter(k int) bool {
	visited := r.visitedCountries()
	for _, c := range r.s.ments {
		if c.kind == mCountry && c.start >= k && slices.Contains(visited, c.id) {
			return true
		}
	}
	return false
}

// legDate returns the first day or span a leg of a trip names, when the trip's legs name their own days: one
// span told after the last leg ("thăm ... Belarus và thăm chính thức LB
// Nga từ 5 - 12/5") is the whole trip's.
func (r *clauseReading) legDate(leg clause) (*calendar.Mention, bool) {
	if leg.end <= leg.start || !r.datedLegs() {
		return nil, false
	}
	return r.firstDayIn(leg)
}

// datedLegs reports a trip of which two legs or more name a day.
func (r *clauseReading) datedLegs() bool {
	n := 0
	for _, c := range r.kinds {
		if c.val != "state_visit" && c.val != "summit" {
			continue
		}
		if _, ok := r.firstDayIn(clause{c.start, r.legEnd(c.start)}); ok {
			n++
		}
	}
	return n >= 2
}

// firstDayIn returns the first day or span named in leg.
func (r *clauseReading) firstDayIn(leg clause) (*calendar.Mention, bool) {
	for i := range r.s.dates {
		d := &r.s.dates[i]
		if r.a.inClause(r.s, leg, d.Start) && d.Date.Day != 0 && !d.Approx && !r.a.sinceDate(r.s, leg, d.Start) {
			return d, true
		}
	}
	return nil, false
}

// visitedCountries returns the countries the clause's visit words go to:
// the list of countries right after each ("thăm cấp Nhà nước tới Mông Cổ,
// Ireland ... và thăm chính thức Cộng hòa Pháp", "thăm chính thức UAE,
// Nhà nước Qatar").
func (r *clauseReading) visitedCountries() []string {
	var out []string
	for _, c := range r.kinds {
		if c.val != "state_visit" {
			continue
		}
		prev := -1 // the end of the last country of the list
		for _, m := range r.s.ments {
			if m.start < c.end || m.end > r.cl.end {
				continue
			}
			if prev < 0 {
				// "thăm làm việc tại Vương quốc Saudi Arabia": near, once
				// the words of an institution are left out.
				at := m.start
				for _, ic := range r.s.cues {
					if ic.cat == "institution" && ic.end == at {
						at = ic.start
					}
				}
				if m.kind != mCountry || (wordsBetween(r.s, c.end, at) > 6 || !r.a.afterPlaceWord(r.s, m.start)) && !countedPlaces(r.s, c.end, at) {
					break
				}
			} else if m.kind != mCountry || !r.a.listGap(r.s, prev, m.start) {
				break
			}
			out = appendUnique(out, m.id)
			prev = m.end
		}
	}
	if len(out) > 0 && len(r.parts) == 1 {
		out = r.nextLegs(out)
	}
	return out
}

// nextLegs adds to the countries of a trip those its sentence names
// after the clause, each after a word of the next leg: "Tổng thống Trump
// sẽ đến Ả Rập Xê Út vào hôm nay, trước khi sang Qatar ngày hôm sau và
// kết thúc ở UAE ngày 16.5". No other leader may be named before the leg:
// his trip is his own.
func (r *clauseReading) nextLegs(out []string) []string {
	t := r.s.toks
	for i := r.cl.end; i+1 < len(t); i++ {
		n := nextLegAt(t, i)
		if n == 0 {
			continue
		}
		for _, m := range r.s.ments {
			if m.kind == mLeader && m.start >= r.cl.start && m.start < i && (len(m.keys) != 1 || m.keys[0] != r.parts[0]) {
				return out // "..., trước khi Tổng thống B sang ...": another's
			}
			if m.start == i+n && m.kind == mCountry {
				out = appendUnique(out, m.id)
			}
		}
	}
	return out
}

// nextLegAt returns how many tokens at i tell of going on to the next
// country of a trip ("trước khi sang", "rồi tới", "sau đó đến", "kết thúc
// ở"), 0 when they do not. (Read from the tokens, not cues.tsv: a cue
// "trước khi sang" would hide the clause cue "trước khi", the longest
// phrase winning, and join the clauses it splits.)
func nextLegAt(t []token, i int) int {
	j := i
	switch {
	case j+1 < len(t) && t[j].low == "trước" && t[j+1].low == "khi", j+1 < len(t) && t[j].low == "sau" && t[j+1].low == "đó":
		j += 2
	case t[j].low == "rồi":
		j++
	case j+1 < len(t) && t[j].low == "kết" && t[j+1].low == "thúc":
		if j+2 < len(t) && (t[j+2].low == "ở" || t[j+2].low == "tại") {
			return 3
		}
		return 0
	default:
		return 0
	}
	if j >= len(t) || t[j].low != "sang" && t[j].low != "tới" && t[j].low != "đến" {
		return 0
	}
	if j+1 < len(t) && t[j+1].low == "thăm" {
		j++
	}
	return j + 1 - i
}

// countedPlaces reports tokens [from, to) that count the places a list
// names next: "thăm hai quốc gia Đông Nam Á là Singapore và Brunei",
// "công du 3 quốc gia ở Mỹ Latinh, gồm có Cuba và Nicaragua", "công du 2
// nước châu Âu Tây Ban Nha và Bồ Đào Nha".
func countedPlaces(s *sentence, from, to int) bool {
	if w := s.toks[from].low; to-from < 2 || to-from > 10 || countWords[w] == 0 && !(len(w) <= 2 && isDigitWord(w)) {
		return false
	}
	if w := s.toks[from+1].low; w != "nước" && w != "quốc" {
		return false
	}
	switch s.toks[to-1].low {
	case "là", "gồm", "có", ":", ",":
		return true
	}
	return to-from <= 5 // the region, then the list: "2 nước châu Âu"
}

// listGap reports whether tokens [from, to) only join the items of a list
// of places: commas, "và", words of going, and the words of an
// institution ("UAE, Nhà nước Qatar").
func (a *analysis) listGap(s *sentence, from, to int) bool {
	for i := from; i < to; i++ {
		switch s.toks[i].low {
		case ",", "và", "tới", "đến", "sang", "(", ")":
			continue
		case "từ", "ngày":
			if inDate(s, i+1) {
				continue // "tới Pháp từ ngày 26-29/3 và Đức từ 29-31/3": each leg its days
			}
		}
		if inDate(s, i) && i+1 < to {
			continue
		}
		inst := false
		for _, c := range s.cues {
			if c.cat == "institution" && c.start <= i && i < c.end && c.end <= to {
				inst = true
			}
		}
		if !inst {
			return false
		}
	}
	return true
}

// visit returns the visit of the participant of parts who is a guest in
// the country the clause's visit word goes to (or, when it names none, in
// the other participant's country).
func (r *clauseReading) visit(parts []string) (meeting, bool) {
	// Where the visit goes is named after its word ("thăm chính thức Việt
	// Nam"), whatever place the clause opened on ("Trong cuộc gặp tại
	// Kuala Lumpur, ... mời ... sớm thăm Việt Nam").
	toCity, to := r.a.place(r.s, clause{r.visitAt, r.cl.end}, r.visitAt)
	if to == "" {
		_, to = r.a.place(r.s, r.cl, r.visitAt)
	}
	var guest string
	for _, k := range parts {
		p := r.a.people.get(k)
		if p == nil {
			continue
		}
		if p.country == "" {
			// An international office holder (the European Council's
			// president) is the guest of a host from where the visit goes.
			if to != "" && r.a.hostAmong(parts, meeting{country: to}) {
				guest = k
			}
			continue
		}
		switch {
		case to != "" && p.country != to:
			guest = k
		case to == "" && len(parts) == 2:
			// the other participant is the host
			other := parts[0]
			if other == k {
				other = parts[1]
			}
			// Who is named after the other is the guest ("Thủ tướng ... hội
			// kiến Tổng thống Nam Phi ... đang thăm"), unless the visit
			// frames the clause before both: then its subject is the guest
			// ("Trong chuyến thăm, Chủ tịch nước ... đã hội đàm với Tổng
			// thống Yoon").
			// The visit frames the clause wherever it is told as its
			// occasion: "Thủ tướng ... hội đàm với Thủ tướng Algeria ...
			// trong khuôn khổ chuyến thăm chính thức quốc gia Bắc Phi".
			framed := r.visitAt >= 0 && (r.visitAt < r.a.firstMention(r.s, r.cl, parts) || occasionOf(r.s, r.visitAt))
			// A subject that goes to visit and meets whom it names after
			// is the guest: "Đoàn công tác tỉnh Bình Dương do ông A ... đã
			// đến thăm và chào xã giao ông B - Tỉnh trưởng tỉnh Champasak".
			framed = framed || r.meetAt > r.visitAt && r.visitAt > r.a.firstMention(r.s, r.cl, parts)
			if op := r.a.people.get(other); op != nil && op.country != "" && op.country != p.country && r.a.mentionedAfter(r.s, r.cl, k, other) != framed {
				guest, to = k, op.country
			}
		}
	}
	if guest == "" || to == "" {
		return meeting{}, false
	}
	v := r.with("state_visit", "meeting", []string{guest})
	v.city, v.country, v.talks = cityState(to), to, false
	if c := r.base.city; c != "" && gazetteer.Default().Cities[c] != nil && gazetteer.Default().Cities[c].Country == to {
		v.city = c
	} else if c := gazetteer.Default().Cities[toCity]; c != nil && c.Country == to {
		v.city = toCity // "nhân chuyến sang thăm và làm việc tại Lâm Đồng"
	}
	return v, true
}

// applyOccasion appends what an occasion clause ("nhân dịp tham dự Hội
// nghị Thượng đỉnh SCO", "nhân dịp thăm cấp nhà nước tới Việt Nam") says
// of the people of the sentence's main clause main: the summit its subject
// attended, or the visit its guest was making.
func (r *clauseReading) applyOccasion(out []meeting, main *clauseReading) []meeting {
	if main == nil || len(main.parts) == 0 {
		return out
	}
	day, span, spanEnd := r.a.dayAndSpan(r.s, r.cl, r.visitAt)
	if day.IsZero() && span.IsZero() {
		day = main.base.date
	}
	if r.visitAt >= 0 {
		occ := *r
		if first := r.a.firstMention(r.s, main.cl, main.parts); main.cl.start >= r.cl.end && first > r.cl.end {
			// The words up to the main clause's first leader are the
			// occasion's too: "Nhân dịp thăm, làm việc tại Vương quốc Saudi
			// Arabia, chiều 29/10, tại thủ đô Riyadh, Thủ tướng ... hội đàm
			// với ...".
			occ.cl = clause{r.cl.start, first}
		}
		v, ok := occ.visit(main.parts)
		if !ok {
			return out
		}
		v.date, v.endDate = day, calendar.Date{}
		if !span.IsZero() {
			v.date, v.endDate = span, spanEnd
		}
		return appendRule(out, occasionRule, []meeting{v})
	}
	if !r.summitCue && !(r.attend && r.base.org != "") {
		return out
	}
	parts := []string{r.a.firstParticipant(r.s, main.cl, main.parts)}
	if r.attendTogether() && main.kind != "phone_call" && main.kind != "video_call" {
		// "Thủ tướng ... gặp người đồng cấp Timor-Leste, Taur Matan, nhân
		// dịp cùng dự Hội nghị cấp cao ASEAN 42": both attend it.
		parts = main.parts
	}
	m := r.with("summit", "summit", parts)
	if main.base.status == "planned" {
		m.status = "planned" // "nhân dịp Hội nghị APEC cuối tháng này, ông sẽ gặp ...": both to come
	}
	m.date, m.endDate = day, calendar.Date{}
	if !span.IsZero() {
		m.date, m.endDate = span, spanEnd
	}
	if m.city == "" && m.country == "" {
		m.city, m.country = main.base.city, main.base.country
	}
	return appendRule(out, occasionRule, []meeting{m})
}

// attendTogether reports "cùng" right before the clause's attendance word
// ("nhân dịp cùng dự", "cùng tham dự"): those of the main clause attend
// together.
func (r *clauseReading) attendTogether() bool {
	for i := r.cl.start; i+1 < r.cl.end; i++ {
		if r.s.toks[i].low == "cùng" && r.s.hasCueAt("attend", i+1) {
			return true
		}
	}
	return false
}

// occasionSubject returns the leader who opens the sentence before an
// occasion clause cl, when the words before it tell of no meeting (the
// clause before is then no reading of its own); "" otherwise.
func (a *analysis) occasionSubject(s *sentence, cl clause) string {
	if cl.start == 0 || tellsOfMeeting(s, clause{0, cl.start}) || s.hasCueEndingAt("attrib", cl.start) || s.toks[cl.start-1].text == "," && s.hasCueEndingAt("attrib", cl.start-1) {
		return "" // "Bà Bachelet cho biết, trong khuôn khổ chuyến thăm ...": what she tells of
	}
	for k, m := range s.ments {
		if m.start >= cl.start {
			break
		}
		if m.kind <= mPronoun && len(m.keys) == 1 && !a.isOwner(s, k) {
			return m.keys[0]
		}
	}
	return ""
}

// occasionRule names what applyOccasion reads.
var occasionRule = meetingRule{
	name:    "the-occasion-of-the-main-clause",
	example: "Ngày 01/9, tại Thiên Tân (Trung Quốc), nhân dịp tham dự Hội nghị Thượng đỉnh SCO mở rộng, Thủ tướng Phạm Minh Chính đã có cuộc gặp với Thủ tướng Campuchia Hun Manet.",
}

// mainReading returns the reading an occasion clause i belongs to: the
// next clause with participants, else the one before.
func mainReading(rs []*clauseReading, i int) *clauseReading {
	for j := i + 1; j < len(rs); j++ {
		if len(rs[j].parts) > 0 && !rs[j].occasion {
			return rs[j]
		}
	}
	for j := i - 1; j >= 0; j-- {
		if len(rs[j].parts) > 0 && !rs[j].occasion {
			return rs[j]
		}
	}
	return nil
}

// verbObject is one meeting of a clause's subject with one object.
type verbObject struct {
	kind, subject, object string
	verb                  int // where its meeting word starts
}

// verbObjects splits a clause whose one subject meets several people one
// by one: a reception word ("hội kiến", "tiếp") with several objects, or
// a meeting word for each ("hội đàm với A, gặp gỡ B"). It returns nothing
// when the clause is one meeting of all.
func (r *clauseReading) verbObjects() []verbObject {
	var verbs []cueHit
	reception := false
	first := r.a.firstMention(r.s, r.cl, r.parts)
	for _, c := range r.kinds {
		if c.val == "summit" || c.val == "state_visit" {
			continue
		}
		if c.end <= first && r.s.hasToken(",", c.end, first) {
			continue // "Sau nghi lễ tiếp đón, A đã hội đàm với B và hội kiến C": an event before, no verb of theirs
		}
		verbs = append(verbs, c)
		if _, ok := r.s.hasCue("reception", c.start, c.end); ok {
			reception = true
		}
	}
	if len(verbs) == 0 {
		return nil
	}
	var out []verbObject
	subject := r.subject
	if subject == "" && first > verbs[0].start {
		subject = r.openingSubject(verbs[0].start, verbs[len(verbs)-1].end)
	}
	for _, m := range r.s.ments {
		if m.start < r.cl.start || m.end > r.cl.end || len(m.keys) != 1 || !slices.Contains(r.parts, m.keys[0]) {
			continue
		}
		k := m.keys[0]
		if k == subject && subject != r.subject {
			continue // the subject named after the opening's comma
		}
		if m.start < verbs[0].start && k != r.subject {
			if subject != "" && subject != k {
				return nil // several subjects: one meeting of all
			}
			subject = k
			continue
		}
		verb := verbs[0]
		for _, v := range verbs {
			if v.start < m.start {
				verb = v
			}
		}
		if subject != "" && k != subject {
			out = append(out, verbObject{kind: verb.val, subject: subject, object: k, verb: verb.start})
		}
	}
	// A word for each ("hội đàm với A, gặp B"), not one word for all and
	// another after them ("một cuộc gặp với các vị khách: A, B, C, kết
	// thúc bằng một cuộc họp tiếp theo").
	used := 0
	for i, o := range out {
		if i == 0 || o.verb != out[i-1].verb {
			used++
		}
	}
	if subject == "" || len(out) < 2 || used < 2 && !reception && !r.semicolonList() && !r.onOccasion() {
		return nil
	}
	if used < 2 && oneMeetingNoun(r.s, verbs[0]) {
		return nil // "đã có cuộc gặp với Hạ nghị sỹ A, ..., Hạ nghị sĩ B, ... nhân dịp ...": one meeting with them all
	}
	return out
}

// openingSubject returns the leader named right after the first comma
// past token from, in a clause that opens on its meetings ("trong" or
// "tại" right before the first meeting word at verb): "Trong cuộc
// gặp với Tổng thống Hàn Quốc và tiếp Phó Tổng thống Ấn Độ, Thủ tướng
// Phạm Minh Chính gửi lời chia buồn" (he met both). "" when none.
func (r *clauseReading) openingSubject(verb, from int) string {
	opens := false
	for i := max(r.cl.start, verb-2); i < verb; i++ {
		opens = opens || r.s.toks[i].low == "trong" || r.s.toks[i].low == "tại"
	}
	if !opens {
		return ""
	}
	for i := from; i+1 < r.cl.end; i++ {
		if r.s.toks[i].text != "," {
			continue
		}
		for _, m := range r.s.ments {
			if m.start == i+1 && len(m.keys) == 1 && slices.Contains(r.parts, m.keys[0]) {
				return m.keys[0]
			}
		}
		return ""
	}
	return ""
}

// hostsInTurn reads "A, B, C (đã) hội kiến/tiếp X": two or more leaders
// of one country, listed with at least one comma, before a word of
// receiving, and guests of other countries after it; one reception by
// each host of each guest, else none. Hosts joined by "và" alone may
// have received together ("A và B tiếp X").
func (r *clauseReading) hostsInTurn() []verbObject {
	var verb cueHit
	found := false
	for _, c := range r.kinds {
		if _, ok := r.s.hasCue("reception", c.start, c.end); ok && c.val != "summit" && c.val != "state_visit" {
			verb, found = c, true
			break
		}
	}
	if !found {
		return nil
	}
	var hosts, guests []string
	lastEnd, comma := -1, false
	for _, m := range r.s.ments {
		if m.start < r.cl.start || m.end > r.cl.end || len(m.keys) != 1 || !slices.Contains(r.parts, m.keys[0]) {
			continue
		}
		if m.end <= verb.start {
			if lastEnd >= 0 {
				between := r.s.toks[lastEnd:m.start]
				if len(between) != 1 || between[0].text != "," && between[0].low != "và" {
					return nil // not a plain list
				}
				comma = comma || between[0].text == ","
			}
			hosts, lastEnd = append(hosts, m.keys[0]), m.end
		} else if m.start >= verb.end {
			guests = append(guests, m.keys[0])
		}
	}
	if len(hosts) < 2 || !comma || len(guests) == 0 || lastEnd < 0 || wordsBetween(r.s, lastEnd, verb.start) > 2 {
		return nil
	}
	country := ""
	for _, k := range hosts {
		p := r.a.people.get(k)
		if p == nil || p.country == "" || country != "" && p.country != country {
			return nil
		}
		country = p.country
	}
	var out []verbObject
	for _, g := range guests {
		if p := r.a.people.get(g); p == nil || p.country == country {
			return nil
		}
		for _, h := range hosts {
			out = append(out, verbObject{kind: verb.val, subject: h, object: g, verb: verb.start})
		}
	}
	return out
}

// oneMeetingNoun reports a meeting word told as one meeting ("có cuộc gặp
// với", "một cuộc hội đàm với"), not several ("các cuộc gặp").
func oneMeetingNoun(s *sentence, c cueHit) bool {
	i := c.start
	if s.toks[i].low != "cuộc" {
		if i == 0 || s.toks[i-1].low != "cuộc" {
			return false
		}
		i--
	}
	if i == 0 {
		return true
	}
	switch s.toks[i-1].low {
	case "các", "những", "nhiều", "loạt", "hai", "ba", "bốn":
		return false
	}
	return !isDigitWord(s.toks[i-1].text)
}

// onOccasion reports a sentence that says on what occasion its meetings
// were held ("nhân dịp dự Đại hội đồng IPU-150, ... đã gặp A và B", "bên
// lề Hội nghị"): leaders met one by one on a summit's sidelines.
func (r *clauseReading) onOccasion() bool {
	return r.s.anyCue("occasion") || r.s.anyCue("sidelines")
}

// shareSubject gives a clause that opens on its meeting word the subject
// of the clause right before it: in "Tổng thống Marcos đã dự lễ đón ...
// cùng với Chủ tịch nước Võ Văn Thưởng; hội kiến Thủ tướng Phạm Minh Chính
// và Chủ tịch Quốc hội Vương Đình Huệ" the guest is received by each host.
func (r *clauseReading) shareSubject(before *clauseReading) {
	if before == nil || len(before.parts) == 0 || before.cl.end != r.cl.start && !r.listGoesOn(before) || len(r.kinds) == 0 || r.a.betweenPair(r.s, r.cl) >= 0 {
		return // "..., trước cuộc gặp giữa A và B": the pair is named
	}
	from := r.cl.start
	if daysAfterAt(r.s, from) > 0 {
		from += 3 // "..., một ngày sau cuộc điện đàm với Thủ tướng Canada": the subject's earlier call
	}
	for i := from; i < r.kinds[0].start; i++ {
		if !verbOpeners[r.s.toks[i].low] {
			return
		}
	}
	k := before.subject // "sẽ hội đàm với A; chào xã giao B; gặp C": the subject goes on
	if k == "" {
		k = r.a.firstParticipant(r.s, before.cl, before.parts)
	}
	if slices.Contains(r.parts, k) {
		return
	}
	r.subject = k
	r.parts = append(r.parts, k)
	slices.Sort(r.parts)
	if before.base.status == "planned" && r.base.status == "held" && !doneWithin(r.s, r.cl.start, r.cl.end) {
		// "Tổng thống Putin sẽ hội đàm với ...; hội kiến Thủ tướng": the
		// verb goes on the plan its subject's "sẽ" opened.
		r.base.status = "planned"
	}
}

// chairsWelcome reports "chủ trì" right before the clause's word of a
// welcome ceremony: "X chủ trì lễ đón" names the visit's host.
func (r *clauseReading) chairsWelcome() bool {
	for _, c := range r.kinds {
		if !r.s.hasCueAt("hosttalks", c.start) {
			continue
		}
		if c.end-c.start > 2 && r.s.toks[c.start].low == "chủ" && r.s.toks[c.start+1].low == "trì" ||
			c.start >= r.cl.start+2 && r.s.toks[c.start-2].low == "chủ" && r.s.toks[c.start-1].low == "trì" {
			return true
		}
	}
	return false
}

// listGoesOn reports clauses between before and r that name no one and,
// like r, follow a ";": the acts of one subject listed ("sẽ tham dự Hội
// nghị G20; tiến hành một số hoạt động song phương tại Rio de Janeiro;
// thăm chính thức Cộng hòa Dominica").
func (r *clauseReading) listGoesOn(before *clauseReading) bool {
	from, to := before.cl.end, r.cl.start
	if to <= from || from == 0 || r.s.toks[from-1].text != ";" || r.s.toks[to-1].text != ";" {
		return false
	}
	for _, m := range r.s.ments {
		if len(m.keys) > 0 && m.start >= from && m.start < to {
			return false
		}
	}
	return true
}

// onlyAtSummit reports two named and then only "tại"/"ở" before the
// summit's word: "A và B tại hội nghị thượng đỉnh ..." (a photo's
// caption) puts them at the summit, with no meeting of their own.
func (r *clauseReading) onlyAtSummit() bool {
	last := -1
	for _, m := range r.s.ments {
		if m.start >= r.cl.start && m.end <= r.cl.end && len(m.keys) == 1 && slices.Contains(r.parts, m.keys[0]) {
			last = m.end
		}
	}
	at := r.summitAt()
	if last < 0 || at <= last || at-last > 2 {
		return false
	}
	for i := last; i < at; i++ {
		if w := r.s.toks[i].low; w != "tại" && w != "ở" {
			return false
		}
	}
	return true
}

// protagonistMet returns who met the one person of a sentence that opens
// on the meeting with him and names nobody else ("Trong cuộc gặp với
// Thủ tướng Malaysia Anwar Ibrahim, hai bên ..."): the leader the
// article's meetings so far have most often, of another country; else "".
func (r *clauseReading) protagonistMet() string {
	t := r.s.toks
	if r.cl.start != 0 || len(r.parts) != 1 || len(t) < 5 || t[0].low != "trong" && t[0].low != "tại" || t[1].low != "cuộc" && t[1].low != "buổi" {
		return ""
	}
	if len(r.kinds) == 0 || r.kinds[0].start > 2 || r.kinds[0].end >= len(t) || t[r.kinds[0].end].low != "với" {
		return ""
	}
	for _, m := range r.s.ments {
		if m.kind <= mDesc && (len(m.keys) != 1 || m.keys[0] != r.parts[0]) {
			return "" // someone else named: the sentence says who ("hai bên" refers back)
		}
	}
	x := r.a.people.get(r.parts[0])
	if x == nil || x.country == "" {
		return ""
	}
	count := map[string]int{}
	best := ""
	for _, m := range r.a.metSoFar {
		for _, k := range m.participants {
			if p := r.a.people.get(k); p == nil || p.country == "" || p.country == x.country {
				continue
			}
			count[k]++
			if best == "" || count[k] > count[best] {
				best = k
			}
		}
	}
	if count[best] < 2 {
		return ""
	}
	return best
}

// tookPlace reports a meeting word that opens the clause and is followed
// by "diễn ra" (took place): "Cuộc gặp diễn ra ... tại Busan".
func (r *clauseReading) tookPlace() bool {
	for _, c := range r.kinds {
		if c.start <= r.cl.start+1 && c.end+1 < r.cl.end && r.s.toks[c.end].low == "diễn" && r.s.toks[c.end+1].low == "ra" {
			return true
		}
	}
	return false
}

// trailingSubject gives a trailing "trước khi"/"sau khi" clause that
// opens on its meeting word the subject of the sentence before it: "ông
// Putin vào Lăng viếng ... trước khi có cuộc hội kiến Chủ tịch Quốc hội".
func (r *clauseReading) trailingSubject() {
	if r.cl.start == 0 || r.subject != "" || len(r.kinds) == 0 || len(r.parts) != 1 {
		return
	}
	if c, ok := r.s.hasCue("clause", r.cl.start, r.cl.start+2); !ok || c.start != r.cl.start {
		return
	}
	for i := r.cl.start; i < r.kinds[0].start; i++ {
		if !verbOpeners[r.s.toks[i].low] {
			return
		}
	}
	k := r.a.subjectBefore(r.s, r.cl.start)
	if k == "" || slices.Contains(r.parts, k) {
		return
	}
	r.subject = k
	r.parts = append(r.parts, k)
	slices.Sort(r.parts)
}

// manyOf reports a meeting word after "các cuộc": "có các cuộc tiếp".
func (r *clauseReading) manyOf() bool {
	c := r.kinds[0]
	return c.start >= r.cl.start+2 && r.s.toks[c.start-1].low == "cuộc" && r.s.toks[c.start-2].low == "các"
}

// aroundMeetWord returns the participants named before the clause's first
// meeting word and those named after it.
func (r *clauseReading) aroundMeetWord() (before, after []string) {
	if len(r.kinds) == 0 {
		return nil, nil
	}
	at := r.kinds[0].start
	for mi := range r.s.ments {
		m := &r.s.ments[mi]
		if m.start < r.cl.start || m.end > r.cl.end || len(m.keys) != 1 || !slices.Contains(r.parts, m.keys[0]) || chainedTitle(r.s, *m) {
			continue // ("Phó Thủ tướng, Bộ trưởng Ngoại giao Campuchia Prak Sokhonn": the title is his, not another's)
		}
		if m.start < at {
			before = appendUnique(before, m.keys[0])
		} else if !slices.Contains(before, m.keys[0]) {
			after = appendUnique(after, m.keys[0])
		}
	}
	return before, after
}

// congratulatingCall reports a call word followed by "chúc mừng" ("đã
// gọi điện chúc mừng", "điện đàm để chúc mừng"): a call to congratulate.
func (r *clauseReading) congratulatingCall() bool {
	if len(r.kinds) == 0 {
		return false
	}
	t := r.s.toks
	i := r.kinds[0].end
	if i < r.cl.end && t[i].low == "để" {
		i++
	}
	return i+1 < r.cl.end && t[i].low == "chúc" && t[i+1].low == "mừng"
}

// takeMainSubject gives an opening "sau khi"/"trước khi" clause with no
// leader before its meeting word (not a summit's: "Trước khi đến Hội nghị
// Thượng đỉnh SCO" names the summit the article is about) the subject of
// the main clause after it:
// in "Sau khi hội đàm với Tổng bí thư Nguyễn Phú Trọng, Tổng thống Donald
// Trump đã hội kiến Thủ tướng Nguyễn Xuân Phúc" Trump held the talks.
func (r *clauseReading) takeMainSubject(main *clauseReading) {
	// A summit the subject has left ("Sau khi kết thúc ... tham dự Hội
	// nghị Thượng đỉnh G20 tại Brazil, ... Thủ tướng ... tới Santo
	// Domingo") was his; one he is on his way to is the article's summit.
	summitLeft := r.kind == "" && r.summitCue && r.s.toks[r.cl.start].low == "sau"
	if len(main.parts) == 0 || main.cl.start != r.cl.end || r.kind == "" && !summitLeft || !opensWithAct(r.s, r.cl) {
		return
	}
	if r.a.betweenPair(r.s, r.cl) >= 0 {
		return // "Khi được hỏi về lời kêu gọi tổ chức cuộc gặp giữa A và B, ông C cho biết": theirs
	}
	for _, m := range r.s.ments {
		if len(m.keys) > 0 && m.start >= r.cl.start && m.start < r.kinds[0].start {
			return // "Sau khi Tổng thống X hội đàm với Y, ...": its own subject
		}
	}
	k := r.a.firstParticipant(r.s, main.cl, main.parts)
	if k == "" || slices.Contains(r.parts, k) {
		return
	}
	r.subject = k
	r.parts = append(r.parts, k)
	slices.Sort(r.parts)
}

// verbOpeners are the words that may stand before the meeting word of a
// clause that opens on it.
var verbOpeners = map[string]bool{";": true, ",": true, "và": true, "đã": true, "cũng": true, "còn": true, "đồng": true, "thời": true, "trước": true, "sau": true, "khi": true, "có": true, "cuộc": true, "dự": true, "kiến": true, "sẽ": true}

// semicolonList reports objects listed with ";" ("đã gặp A; B; C"): one
// meeting with each, where a joint one would say "A, B và C".
func (r *clauseReading) semicolonList() bool {
	for i := r.cl.start; i < r.cl.end; i++ {
		if r.s.toks[i].text == ";" {
			return true
		}
	}
	return false
}

// summitOrdinal reads a summit's number after its word or organisation:
// "Hội nghị Cấp cao ASEAN lần thứ 47", "Cấp cao ASEAN 47", "Hội nghị thượng
// đỉnh BRICS lần thứ 17".
func summitOrdinal(s *sentence, kinds []cueHit, cl clause) int {
	for _, c := range kinds {
		if c.val != "summit" {
			continue
		}
		for i := c.end; i < cl.end && i < c.end+8; i++ {
			w := s.toks[i].low
			if w == "lần" || w == "thứ" || inOrg(s, i) {
				continue
			}
			if n, err := strconv.Atoi(w); err == nil && n > 0 && n < 200 && (i+1 >= len(s.toks) || s.toks[i+1].text != "/") {
				return n
			}
			break
		}
	}
	return 0
}

// signedByOthers reports a signing word in the passive whose clause
// names no one after it: "thỏa thuận hạt nhân ... được ký năm 2015 giữa
// Iran và 6 cường quốc" tells of a document the clause's people speak of,
// not of their signing it ("được ký bởi ...", "được ký kết với sự chứng
// kiến của Tổng thống Nga" name who took part).
func signedByOthers(s *sentence, cl clause, c cueHit) bool {
	if c.start == 0 || s.toks[c.start-1].low != "được" {
		return false
	}
	for _, m := range s.ments {
		if m.kind <= mPronoun && m.start >= c.end && m.end <= cl.end {
			return false
		}
	}
	return true
}

// tensed reports a word of tense in clause cl ("đã", "vừa", "đang",
// "sẽ", "sắp"): "Chuyến thăm diễn ra từ ngày 13-16/7" has none, and may
// be told of a visit done or to come alike.
func tensed(s *sentence, cl clause) bool {
	for i := cl.start; i < cl.end; i++ {
		switch s.toks[i].low {
		case "đã", "vừa", "đang", "sẽ", "sắp":
			return true
		}
	}
	return false
}

// pluralVisit reports "các" or "những" before the visit word at token i
// ("các chuyến thăm"): visits of several legs.
func pluralVisit(s *sentence, i int) bool {
	if i > 0 && s.toks[i-1].low == "chuyến" {
		i--
	}
	return plural(s.toks, i)
}

// dayOfTheVisit dates meeting m, read with a visit's span of days, by the
// day the clause names besides: "Ngày 13/10, trong khuôn khổ chuyến thăm
// chính thức Việt Nam từ ngày 12-14/10 của Thủ tướng ..., Bộ trưởng ...
// đã trao hai văn kiện ... trước sự chứng kiến của ..." was on the 13th
// (as the rule two-leaders reads it).
func (r *clauseReading) dayOfTheVisit(m *meeting) {
	if r.visitAt < 0 || m.endDate.IsZero() {
		return
	}
	if day, span, _ := r.a.dayAndSpan(r.s, r.cl, r.visitAt); !span.IsZero() && !day.IsZero() && day != span {
		m.date, m.endDate = day, calendar.Date{}
	}
}

// provinceWord reports a word that opens a province's or a city's name
// at i: "tỉnh", "thành phố", "TP".
func provinceWord(t []token, i int) bool {
	return t[i].low == "tỉnh" || t[i].low == "tp" || t[i].low == "thành" && i+1 < len(t) && t[i+1].low == "phố"
}
