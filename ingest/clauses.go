package ingest

// This file holds where a sentence is cut into clauses: each place a new
// statement begins is a named entry of clauseCuts with a sentence it
// exists for; TestClauseCutExamples checks that each cuts its own
// example. The facts of every kind read a sentence clause by clause.

// clauseCut is one place a new statement begins inside a sentence. At a
// token whose text or lower-cased word is one of on, cut reports where
// the clause begun at start ends, or -1, and where a clause opened there
// ends, or -1.
type clauseCut struct {
	name    string
	example string // a sentence the cut exists for
	on      []string
	cut     func(s *sentence, start, i int) (at, then int)
}

// betweenBefore reports "giữa" and a leader after it in tokens [start,
// to): the clause has told a meeting between people already.
func betweenBefore(s *sentence, start, to int) bool {
	for j := start; j+1 < to; j++ {
		if s.toks[j].low == "giữa" && personWithin(s, j+1, 3) {
			return true
		}
	}
	return false
}

// metJustBefore reports a meeting word in tokens [start, i) with no comma
// between it and i: the clause's own meeting, told right before what
// comes at i ("A và B đã điện đàm sau cuộc gặp ...", not "... tới thăm
// Hạ viện Ai Cập, Chủ tịch Hạ viện ... vui mừng trước những kết quả ...
// sau cuộc hội đàm giữa ...").
func metJustBefore(s *sentence, start, i int) bool {
	for _, c := range s.cues {
		if c.cat != "meet" || c.start < start || c.end > i {
			continue
		}
		comma := false
		for j := c.end; j < i; j++ {
			comma = comma || s.toks[j].text == ","
		}
		if !comma {
			return true
		}
	}
	return false
}

// traceClauseCut, when set, is told the name of each cut made (tests only).
var traceClauseCut func(name string)

var clauseCuts = []clauseCut{
	{
		name:    "semicolon",
		example: "Thủ tướng Phạm Minh Chính hội kiến Tổng thống Joko Widodo; Bộ trưởng Bùi Thanh Sơn gặp Ngoại trưởng Retno Marsudi.",
		on:      []string{";"},
		cut: func(s *sentence, start, i int) (int, int) {
			if listItemAfter(s, i) {
				return -1, -1
			}
			return i + 1, -1
		},
	},
	{
		// "ông Ushakov thông tin với phóng viên rằng: ...": what is
		// reported is a clause of its own, whoever reports it.
		name:    "what-is-reported",
		example: "Ông Ushakov thông tin với phóng viên rằng Tổng thống Putin sẽ gặp Thủ tướng Modi.",
		on:      []string{"rằng"},
		cut: func(s *sentence, start, i int) (int, int) {
			if i+1 < len(s.toks) && i > start {
				return i + 1, -1
			}
			return -1, -1
		},
	},
	{
		// "Tại cuộc hội đàm hôm 20/4 giữa A với B, ông B đã chuyển thư ...
		// mời C thăm Mỹ", "Trong chuyến công du Mỹ của A vào tháng 4, B đã
		// gửi thư mời C thăm Mỹ": the talks or trip that open the sentence
		// are an event of their own; the visit the invitation tells after
		// the comma is another's, to come.
		name:    "an-opening-event-before-an-invitation",
		example: "Trong chuyến công du Mỹ của Phó Thủ tướng Phạm Bình Minh vào tháng 4, Tổng thống Mỹ Donald Trump đã gửi thư mời Thủ tướng Nguyễn Xuân Phúc thăm Mỹ.",
		on:      []string{","},
		cut: func(s *sentence, start, i int) (int, int) {
			// (A cut at "giữa" may have come first: the opening is the
			// sentence's, up to its first comma.)
			open := sourceTagEnd(s)
			if i-open < 4 || !openingEvent(s, open) || !personWithin(s, open+2, i-open-2) || !inviteToVisitAfter(s, i+1) || s.hasToken(",", open, i) {
				return -1, -1
			}
			return i + 1, -1
		},
	},
	{
		// The visit has begun, the talks are planned.
		name:    "begun-then-planned",
		example: "Thủ tướng Narendra Modi bắt đầu chuyến thăm cấp nhà nước tới Mỹ, dự kiến hội đàm với Tổng thống Joe Biden.",
		on:      []string{","},
		cut: func(s *sentence, start, i int) (int, int) {
			if i+1 < len(s.toks) && s.hasCueAt("planned", i+1) && s.toks[i+1].low != "sẽ" && meetWordWithin(s, i+2, 2) && meetWordWithin(s, start, i-start) {
				return i + 1, -1
			}
			return -1, -1
		},
	},
	{
		// "X điện đàm với Y, trước lịch gặp giữa Y và Z ở Alaska": the
		// meeting it is told against is another event; "..., sau buổi
		// tiệc chiêu đãi ... của Chủ tịch nước Trần Đại Quang, Tổng thống
		// Obama đã lần lượt có các cuộc hội kiến với ...": the occasion
		// ends at its comma.
		name:    "told-against-another-event",
		example: "Tổng thống Donald Trump điện đàm với Tổng thống Volodymyr Zelensky, trước cuộc gặp giữa Tổng thống Trump và Tổng thống Vladimir Putin ở Alaska.",
		on:      []string{","},
		cut: func(s *sentence, start, i int) (int, int) {
			if i+2 >= len(s.toks) || s.toks[i+1].low != "trước" && s.toks[i+1].low != "sau" || !meetWordWithin(s, i+2, 2) && !eventNoun[s.toks[i+2].low] {
				return -1, -1
			}
			if eventNoun[s.toks[i+2].low] {
				if j := openingComma(s, i+2); j > 0 {
					return i + 1, j + 1
				}
			}
			return i + 1, -1
		},
	},
	{
		// "A và B đã điện đàm sau cuộc gặp của ông với C": with no comma
		// too, a meeting named after "sau"/"trước" once the clause has
		// told its own is another event, with the people named in it.
		name:    "told-against-another-meeting",
		example: "Tổng thống Nga Vladimir Putin và Thủ tướng Ấn Độ Narendra Modi đã điện đàm sau cuộc gặp của ông với Tổng thống Mỹ Donald Trump tại Alaska.",
		on:      []string{"sau", "trước"},
		cut: func(s *sentence, start, i int) (int, int) {
			if i+3 >= len(s.toks) || i == start || s.toks[i+1].low != "cuộc" && s.toks[i+1].low != "buổi" || !meetWordWithin(s, i+1, 1) || !metJustBefore(s, start, i) {
				return -1, -1
			}
			for j := i + 3; j < len(s.toks) && j <= i+5; j++ {
				if w := s.toks[j].low; (w == "của" || w == "với" || w == "giữa") && personWithin(s, j+1, 6) {
					return i, -1
				}
			}
			return -1, -1
		},
	},
	{
		// "cuộc họp giữa A và B xoáy vào nội dung là chuyến đi thăm làm
		// việc giữa C và D": a second meeting between others, told
		// inside the first, is an event of its own from its meeting word.
		name:    "a-meeting-between-others-inside",
		example: "Cuộc họp giữa ông Kerry và Ngoại trưởng Ấn Độ Salman Khurshid xoáy vào nội dung là chuyến đi thăm làm việc giữa Tổng thống Obama và Thủ tướng Ấn Độ Manmohan Singh.",
		on:      []string{"giữa"},
		cut: func(s *sentence, start, i int) (int, int) {
			if i+1 >= len(s.toks) || i-start < 6 {
				return -1, -1
			}
			at := -1
			for _, c := range s.cues {
				if c.end <= i && c.end >= i-4 && c.start > start && c.cat == "meet" {
					at = c.start
				}
			}
			if at < 0 || !personWithin(s, i+1, 3) || !betweenBefore(s, start, at) {
				return -1, -1
			}
			for j := at - 1; j >= max(start+1, at-2); j-- {
				if s.toks[j].low == "chuyến" {
					return j, -1 // "chuyến đi thăm": the noun opens it
				}
			}
			return at, -1
		},
	},
	{
		// "X sẽ gặp Y ..., khi sự kiện ông Z tái đắc cử ... làm dấy lên lo
		// ngại": what another does at the time is a clause of its own.
		name:    "when-another-acts",
		example: "Thủ tướng Anh Keir Starmer sẽ gặp Tổng thống Pháp Emmanuel Macron vào thứ Hai, khi sự kiện ông Donald Trump tái đắc cử Tổng thống Mỹ làm dấy lên lo ngại.",
		on:      []string{","},
		cut: func(s *sentence, start, i int) (int, int) {
			if i+2 < len(s.toks) && s.toks[i+1].low == "khi" && personWithin(s, i+2, 4) && meetWordWithin(s, start, i-start) {
				return i + 1, -1
			}
			return -1, -1
		},
	},
	{
		// Another leader, another event.
		name:    "and-another-leader",
		example: "Tổng thống Donald Trump đi thăm Bắc Kinh vào tháng 4, và Chủ tịch Tập Cận Bình sẽ đến thăm Mỹ vào cuối năm.",
		on:      []string{","},
		cut: func(s *sentence, start, i int) (int, int) {
			if i+2 < len(s.toks) && s.toks[i+1].low == "và" && personWithin(s, i+2, 4) && meetWordWithin(s, i+2, 14) && meetWordWithin(s, start, i-start) {
				return i + 2, -1
			}
			return -1, -1
		},
	},
	{
		// Another leader opens another event of his own.
		name:    "another-leader-meets",
		example: "Chủ tịch nước Nguyễn Xuân Phúc thăm chính thức Liên bang Nga vào tháng 11/2021, Bộ trưởng Ngoại giao Bùi Thanh Sơn điện đàm với Ngoại trưởng Nga Sergei Lavrov vào tháng 3.",
		on:      []string{","},
		cut: func(s *sentence, start, i int) (int, int) {
			at, then := i+1, false
			if at+2 < len(s.toks) && s.toks[at].low == "sau" && s.toks[at+1].low == "đó" {
				// "..., sau đó Chủ tịch Tập Cận Bình sẽ có chuyến thăm đáp lễ
				// tới Mỹ": what he does next, "có" a visit too.
				at, then = at+2, true
			}
			if subjectMeets(s, at, then) && meetWordWithin(s, start, i-start) && personWithin(s, start, i-start) {
				return i + 1, -1
			}
			return -1, -1
		},
	},
	{
		// "X, cùng các cuộc điện đàm với Y": another event is added (not
		// "X, cùng Phu nhân ...": those with him).
		name:    "another-event-added",
		example: "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lý Cường, cùng các cuộc điện đàm với Tổng thống Joko Widodo.",
		on:      []string{","},
		cut: func(s *sentence, start, i int) (int, int) {
			if i+1 < len(s.toks) && s.toks[i+1].low == "cùng" && !companionsOf(s, i+1) {
				return i + 1, -1
			}
			return -1, -1
		},
	},
	{
		// "X, một ngày sau cuộc điện đàm với Y": the meeting counted from
		// is another, a day before (daysAfterAt).
		name:    "a-day-after-another-meeting",
		example: "Tổng thống Joe Biden điện đàm với Thủ tướng Anh Rishi Sunak, một ngày sau cuộc điện đàm với Thủ tướng Canada Justin Trudeau.",
		on:      []string{","},
		cut: func(s *sentence, start, i int) (int, int) {
			if daysAfterAt(s, i+1) > 0 {
				return i + 1, -1
			}
			return -1, -1
		},
	},
	{
		// Whereas another does another thing.
		name:    "whereas-another",
		example: "Tổng thống Volodymyr Zelensky dự kiến gặp Tổng thống Donald Trump vào sáng 24/9, còn Thủ tướng Israel Benjamin Netanyahu sẽ gặp Tổng thống Pháp Emmanuel Macron.",
		on:      []string{","},
		cut: func(s *sentence, start, i int) (int, int) {
			if i+2 < len(s.toks) && s.toks[i+1].low == "còn" && s.toks[i+2].upper {
				return i + 1, -1
			}
			return -1, -1
		},
	},
	{
		// The aim of a meeting that speaks of another event and whose one
		// it was (aimAtOtherEvent): the visit and its leader are no part
		// of the meeting.
		name:    "aim-at-another-event",
		example: "Bộ trưởng Bùi Thanh Sơn đã làm việc với Đại sứ Jordan nhằm triển khai kết quả chuyến thăm chính thức Việt Nam của Quốc vương Jordan Abdullah II.",
		on:      []string{"nhằm"},
		cut: func(s *sentence, start, i int) (int, int) {
			if aimAtOtherEvent(s, start, i) {
				return i, -1
			}
			return -1, -1
		},
	},
	{
		// A quotation closed and followed by a comma.
		name:    "after-a-quotation",
		example: "“Chúng tôi đã có cuộc hội đàm tốt đẹp với Thủ tướng Modi”, Tổng thống Putin nói sau khi gặp Thủ tướng Ấn Độ.",
		on:      []string{"”", "\""},
		cut: func(s *sentence, start, i int) (int, int) {
			if i+1 < len(s.toks) && s.toks[i+1].text == "," {
				return i + 2, -1
			}
			return -1, -1
		},
	},
	{
		// A spaced dash between words, not inside a name, a pair of
		// countries, numbers, a title after a name, or an aside.
		name:    "a-spaced-dash",
		example: "Thủ tướng Phạm Minh Chính hội kiến Tổng thống Joko Widodo – Bộ trưởng Bùi Thanh Sơn gặp Ngoại trưởng Retno Marsudi.",
		on:      []string{"-", "–", "—"},
		cut: func(s *sentence, start, i int) (int, int) {
			t := s.toks[i]
			if i > 0 && i+1 < len(s.toks) &&
				t.start > s.toks[i-1].end && s.toks[i+1].start > t.end && !countryOrOrgAt(s, i-1) && !countryOrOrgAt(s, i+1) && !insideMention(s, i) &&
				!isDigitWord(s.toks[i-1].text) && !isDigitWord(s.toks[i+1].text) && !titleAfterName(s, i) && !closesAside(s, i) && !namePairDash(s, i) {
				return i + 1, -1
			}
			return -1, -1
		},
	},
}

// splitClauses does the work of clauses, which keeps its answer.
func splitClauses(s *sentence) []clause {
	// The clauses are gathered on the stack and kept in one allocation of
	// their number, not in a list grown by doubling (most sentences have
	// one to four).
	var buf [8]clause
	out := buf[:0]
	start := 0
	cut := func(at int) {
		if at > start {
			out = append(out, clause{start, at})
		}
		start = at
	}
	// Only clause openers and verbs of saying cut; most sentences have none,
	// and the few there are fit in an array on the stack. Each acts at one
	// token (an opener at its first, a verb of saying at its last), so they
	// are put in the order of that token, cue order kept among those of
	// one token, and each token looks only at the next one's.
	type cueAt struct {
		at int
		c  cueHit
	}
	var cueBuf [8]cueAt
	cues := cueBuf[:0]
	for _, c := range s.cues {
		switch c.cat {
		case "clause":
			cues = append(cues, cueAt{c.start, c})
		case "attrib":
			cues = append(cues, cueAt{c.end - 1, c})
		}
	}
	for i := 1; i < len(cues); i++ { // insertion sort: few, stable
		for j := i; j > 0 && cues[j].at < cues[j-1].at; j-- {
			cues[j], cues[j-1] = cues[j-1], cues[j]
		}
	}
	later := openingCuts(s)
	for i := range s.toks {
		if len(later) > 0 && later[0] == i {
			cut(i)
			later = later[1:]
		}
		for _, ci := range cutsAt(&s.toks[i]) {
			c := &clauseCuts[ci]
			if at, then := c.cut(s, start, i); at >= 0 {
				if traceClauseCut != nil {
					traceClauseCut(c.name)
				}
				cut(at)
				if then > 0 && (len(later) == 0 || later[len(later)-1] < then) {
					later = append(later, then)
				}
				break
			}
		}
		for ; len(cues) > 0 && cues[0].at <= i; cues = cues[1:] {
			c := cues[0].c
			if cues[0].at < i {
				continue
			}
			if c.cat == "clause" && c.start == i {
				if i > 0 {
					cut(i)
				}
				// "Trước khi X, Y", "Ngày 27/2, sau khi hội đàm với Tổng bí
				// thư, Chủ tịch nước Nguyễn Phú Trọng, Tổng thống Donald
				// Trump ...": the opening clause ends at its comma (not one
				// inside a name with its titles).
				if onlyWhenBefore(s, start, i) {
					if j := openingComma(s, c.end); j > 0 {
						later = append(later, j+1)
					}
				}
			}
			if at := reportedCut(s, c, i); at >= 0 {
				cut(at)
			}
		}
	}
	cut(len(s.toks))
	return append([]clause(nil), out...)
}

// clauseCutsOn indexes clauseCuts by the token texts they cut at, in
// table order; clauseCutByte marks the first bytes of those texts and
// clauseCutLen their lengths, so that most tokens are passed over with two
// looks ("sau" and "trước" among the texts, most words would pass the
// first alone).
var (
	clauseCutsOn  = map[string][]int{}
	clauseCutByte [256]bool
	clauseCutLen  [16]bool
)

func init() {
	for i, c := range clauseCuts {
		if len(c.on) == 0 {
			panic("clauseCuts: " + c.name + " names no token it cuts at")
		}
		for _, w := range c.on {
			if len(w) >= len(clauseCutLen) {
				panic("clauseCuts: " + c.name + " cuts at a text too long for clauseCutLen: " + w)
			}
			clauseCutsOn[w] = append(clauseCutsOn[w], i)
			clauseCutByte[w[0]] = true
			clauseCutLen[len(w)] = true
		}
	}
}

// mayCutAt reports whether w may be a text some clause cut cuts at.
func mayCutAt(w string) bool {
	return w != "" && len(w) < len(clauseCutLen) && clauseCutByte[w[0]] && clauseCutLen[len(w)]
}

// cutsAt returns the indexes in clauseCuts of the cuts token t may make.
// (t by pointer: every token of a sentence is asked, and copying a
// token's ten machine words cost more than the look-ups.)
func cutsAt(t *token) []int {
	if !mayCutAt(t.text) && !mayCutAt(t.low) {
		return nil
	}
	if cs := clauseCutsOn[t.text]; cs != nil || t.low == t.text {
		return cs
	}
	return clauseCutsOn[t.low]
}

// openingCuts returns where a sentence's opening on another event ends,
// in order: "Trước cuộc gặp với Thủ tướng Modi, Tổng thống Macron có cuộc
// hội đàm với Tổng thống Widodo" (the meeting told against is another),
// "Trong khuôn khổ chuyến thăm ... của Tổng Bí thư Tô Lâm, Bộ trưởng A đã
// làm việc với B" (the visit that frames the meeting is another event,
// with its own leader), and an accompanying frame (accompanyingFrame).
func openingCuts(s *sentence) []int {
	var at []int
	if o := afterProgramme(s, sourceTagEnd(s)); len(s.toks) > o+2 && (s.toks[o].low == "trước" || s.toks[o].low == "sau") && meetWithAt(s, o+1) {
		if o > 0 {
			at = append(at, o)
		}
		if j := openingComma(s, o+1); j > 0 {
			at = append(at, j+1)
		}
	}
	if o := sourceTagEnd(s); framedByOthersVisit(s, o) {
		if j := openingComma(s, o+3); j > 0 {
			at = append(at, j+1)
		}
	}
	if j := accompanyingFrame(s); j > 0 && (len(at) == 0 || at[len(at)-1] < j+1) {
		at = append(at, j+1)
	}
	return at
}

// afterProgramme returns the token after "Theo chương trình", "Theo kế
// hoạch" or "Theo lịch trình" (and its comma) opening at token o ("Theo
// chương trình sau cuộc hội kiến với Tổng thống ..., Chủ tịch nước ...
// tiến hành hội đàm với Thủ tướng ..."), else o.
func afterProgramme(s *sentence, o int) int {
	t := s.toks
	if o+3 >= len(t) || t[o].low != "theo" {
		return o
	}
	switch t[o+1].low + " " + t[o+2].low {
	case "chương trình", "kế hoạch", "lịch trình":
		if t[o+3].text == "," {
			return o + 4
		}
		return o + 3
	}
	return o
}

// reportedCut returns where what a verb of saying ending at token i
// reports begins ("X cho biết <statement>": a clause of its own), or -1;
// "ra Tuyên bố Sunnylands" names a document: no statement follows.
func reportedCut(s *sentence, c cueHit, i int) int {
	if c.cat != "attrib" || c.end != i+1 || i+1 >= len(s.toks) || s.toks[c.start].upper && s.hasCueAt("agreement", c.start) {
		return -1
	}
	next := s.toks[i+1]
	switch {
	case s.toks[i].low == "rằng":
		return i + 1
	case next.low == "rằng":
		return i + 2
	case next.upper || next.text == "“" || next.text == "\"" || next.low == "ông" || next.low == "bà" || next.low == "họ" || next.low == "các" || next.low == "những" || isDigitWord(next.text):
		return i + 1 // "... hôm 21/5 nhận định 99,9% Hội nghị thượng đỉnh Mỹ-Triều sẽ ..."
	}
	return -1
}

// daysAfterAt returns n when the tokens from i read "<n> ngày sau" and a
// meeting word ("một ngày sau cuộc thảo luận với Tổng thống Nga", "hai
// ngày sau cuộc gặp"): the meeting told there was n days before the one
// told first. Else 0 ("một ngày sau đó" and "một ngày sau khi" are
// cues.tsv's dayshift).
func daysAfterAt(s *sentence, i int) int {
	if i+3 >= len(s.toks) || s.toks[i+1].low != "ngày" || s.toks[i+2].low != "sau" {
		return 0
	}
	n := 0
	switch s.toks[i].low {
	case "một", "1":
		n = 1
	case "hai", "2":
		n = 2
	case "ba", "3":
		n = 3
	}
	if n == 0 || !s.hasCueAt("meet", i+3) {
		return 0
	}
	return n
}

// openingEvent reports a sentence opening at start on the talks or trip
// it happened at: "Tại cuộc hội đàm", "Trong chuyến công du", "Trong
// chuyến thăm", "Tại buổi tiếp" (a meeting word right after).
func openingEvent(s *sentence, start int) bool {
	t := s.toks
	if start+2 >= len(t) || t[start].low != "tại" && t[start].low != "trong" {
		return false
	}
	if w := t[start+1].low; w != "cuộc" && w != "chuyến" && w != "buổi" {
		return false
	}
	return meetWordWithin(s, start+1, 1)
}

// inviteToVisitAfter reports "mời" from token from on, a word of visiting
// after it in the sentence: an invitation to visit ("gửi thư mời Thủ
// tướng ... thăm Mỹ"), not one received ("theo lời mời của").
func inviteToVisitAfter(s *sentence, from int) bool {
	t := s.toks
	for j := from; j+1 < len(t); j++ {
		if t[j].low != "mời" || t[j+1].low == "của" || t[j+1].low == "từ" {
			continue
		}
		for k := j + 2; k < len(t); k++ {
			if t[k].low == "thăm" {
				return true
			}
		}
		return false
	}
	return false
}
