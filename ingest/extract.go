package ingest

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"kg/ingest/calendar"
	"kg/ingest/gazetteer"
	"kg/ingest/prose"
	"kg/model"
)

// analysis is the working state of one article's extraction.
type analysis struct {
	lx       *lexicon
	text     prose.Text
	sents    []*sentence
	people   *people
	pub      calendar.Date
	anchor   calendar.Date // the article's date: published, else what the text fixes
	year     int           // the article's year: published, else what the text fixes
	lastOrg  string        // the last organisation named before the current sentence
	lastTerm int           // the first year of the last term ("nhiệm kỳ 2020-2021") named before the current sentence
	byline   [2]int        // where the page's own date is in the text: it dates no event
	docList  *agreement    // a list of documents introduced by the last sentence ("Các văn kiện hợp tác gồm:")
	lastAg   *agreement    // the last agreement read, and in which sentence
	lastAgS  int
	reading  agreementReading // the agreement word being read, kept here so reading one allocates nothing
	// enumerated holds the names (setName) of sets of documents a list
	// went on to name one by one: the set is no document of its own.
	enumerated   []string
	listItem     bool         // the last sentence was a list item's number ("1.")
	inlineSet    *agreement   // a set of documents whose items the sentence lists after "gồm:"
	titleDoc     *agreement   // a document the headline names with its sides, told nowhere yet ("Tuyên bố chung giữa Việt Nam và Brazil")
	lastPair     [2]string    // the last two countries named together ("Việt Nam và Chile")
	lastPairAt   int          // the sentence that named lastPair, plus one (0: none yet)
	levelsAt     int          // the sentence findPartnerships reads
	pendingLevel pendingLevel // a level whose partners the next sentence lists
	metSoFar     []meeting    // the meetings read from the sentences before the current one
	namesakes    []string     // Vietnamese places the article tells as a foreign namesake ("tỉnh Hà Nam (Trung Quốc)"): they place nothing
	scratch      *scratch
}

// ArticleID derives an article's id from its normalised text, so the same
// article read again (re-wrapped, NFD, another file name) gets the same id.
func ArticleID(t prose.Text) string {
	id, _ := articleID(t, nil)
	return id
}

// articleID is ArticleID working in buf, which it returns grown: the
// words, each followed by one space, are hashed in one piece.
func articleID(t prose.Text, buf []byte) (string, []byte) {
	words := slices.Grow(buf[:0], len(t.S)+1)
	s := t.S
	if singleSpaced(s) {
		// As Normalize writes text: the words are the text itself, with
		// its line breaks as spaces.
		words = append(words, s...)
		for i := bytes.IndexByte(words, '\n'); i >= 0; {
			words[i] = ' '
			j := bytes.IndexByte(words[i:], '\n')
			if j < 0 {
				break
			}
			i += j
		}
		words = append(words, ' ')
		return hashWords(words), words
	}
	for i := 0; i < len(s); {
		for i < len(s) && isSpaceByte(s[i]) {
			i++
		}
		j := i
		for j < len(s) && (s[j] > ' ' || !isSpaceByte(s[j])) {
			j++
		}
		if j > i {
			words = append(words, s[i:j]...)
			words = append(words, ' ')
		}
		i = j
	}
	return hashWords(words), words
}

func hashWords(words []byte) string {
	sum := sha256.Sum256(words)
	return hex.EncodeToString(sum[:8])
}

// singleSpaced reports whether s is words separated by single spaces and
// line breaks, nothing before the first or after the last.
func singleSpaced(s string) bool {
	if s == "" || isSpaceByte(s[0]) || isSpaceByte(s[len(s)-1]) || strings.IndexByte(s, '\t') >= 0 || strings.IndexByte(s, '\r') >= 0 {
		return false
	}
	for _, two := range []string{"  ", " \n", "\n ", "\n\n"} {
		if strings.Contains(s, two) {
			return false
		}
	}
	return true
}

// isSpaceByte reports ASCII white space; the normalised text has no other.
func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

func extract(doc Document) model.Extraction {
	return extractWith(defaultLexicon(), doc)
}

// scratch is memory that one extraction works in and the next one reuses:
// articles come one after another on every core, and allocating these
// buffers afresh for each article made most of the extractor's garbage.
// Nothing of an extraction's result points into them.
type scratch struct {
	norm      prose.Buffers
	words     []byte
	low       []byte
	toks      []token
	sents     []sentence // the sentences themselves (analysis.sents points into it)
	sentPtrs  []*sentence
	spans     []prose.Span // the article's sentences, for the date resolver
	scan      scanBuffers
	dates     []calendar.Tok
	sentDates []calendar.Mention // the sentences' dates (readDates)
	mentioned []calendar.Mention
	meets     []meeting        // as read, sentence by sentence
	merged    []meeting        // one per event
	readings  []*clauseReading // the clauses of the sentence being read
	pool      []*clauseReading // readings to reuse: pool[:used] are the sentence's
	used      int
	build     builder
	// The facts as read (findFacts), and one sentence's memberships and
	// documents (findMemberships, findAgreementsIn, whose callers copy
	// them before the next sentence).
	members     []membership
	agrees      []agreement
	partners    []partnership
	sentMembers []membership
	sentAgrees  []agreement
	// The agreements as merged (mergeAgreements) and as one per fact
	// (sameFactAs): each step writes an array of its own, not its input's.
	mergedAgrees, factAgrees []agreement
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// release returns the buffers to the pool. What they still point to (the
// article's words) is not cleared but overwritten by the next article:
// clearing memory that holds pointers costs the garbage collector's write
// barrier for each of them while a collection runs.
// The buffers of an article far larger than news (over maxPooledText
// bytes of text) are left to the garbage collector rather than kept.
func (sc *scratch) release() {
	if sc.norm.Size() > maxPooledText {
		return
	}
	sc.toks, sc.sents, sc.sentPtrs = sc.toks[:0], sc.sents[:0], sc.sentPtrs[:0]
	scratchPool.Put(sc)
}

const maxPooledText = 1 << 20

// extractWith extracts doc with lexicon lx (the tests build it anew).
// Its passes: the text normalised and cut into paragraphs and sentences,
// each sentence tokenised and read by the lexicon; the dates found and
// resolved for the whole article; the facts of each sentence; then the
// meetings merged into events and settled, the agreements merged, and
// all written out.
func extractWith(lx *lexicon, doc Document) model.Extraction {
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	a := &analysis{lx: lx, text: prose.NormalizeWith(doc.Raw, &sc.norm), scratch: sc}
	published := a.publishedDate(doc.Published)
	paras := prose.Paragraphs(a.text)
	var id string
	id, sc.words = articleID(a.text, sc.words)
	ex := model.Extraction{Article: model.Article{
		ID: id, Source: doc.Source, Title: doc.Title,
		Published: published, Language: "vi", URL: doc.URL,
	}}
	// The article lowercased once, for the tokens of both the lexicon and
	// the date grammar.
	var low string
	var exact bool
	low, exact, sc.low = prose.LowerKeepOffsets(a.text.S, sc.low)
	spans := a.readSentences(paras, low, exact, &ex.Article)
	a.readDates(paras, spans, low)
	a.people = resolve(a.sents, a.year)
	for _, s := range a.sents {
		a.namesakes = append(a.namesakes, s.namesakes...)
	}

	meets, members, agrees, partners := a.findFacts()
	meets = a.settleMeetings(meets)
	a.linkAgreements(agrees, meets)
	if debugAgreements != nil {
		debugAgreements(agrees)
	}
	merged := mergeAgreements(a.withoutSets(a.headlineRetold(agrees)), sc.mergedAgrees[:0])
	agrees = sameFactAs(slices.DeleteFunc(merged, oneSided), sc.factAgrees[:0])
	sc.mergedAgrees, sc.factAgrees = merged, agrees
	partners = sidesOfMeetings(partners, meets)
	dateActs(partners, meets)
	a.emit(&ex, meets, members, agrees, mergePartnerships(partners))
	return ex
}

// publishedDate sets the article's date from its date line, published
// (ISO), or from a byline that gives the day, and returns it as ISO.
func (a *analysis) publishedDate(published string) string {
	a.pub = calendar.ParseDate(published)
	if a.pub.Day != 0 {
		return published
	}
	// No date line, or one of the month only ("date 2025-06"): a byline
	// that gives the day, in that month, says more.
	d, start, end := publishedFromByline(a.text.S)
	if !d.IsZero() && (a.pub.IsZero() || d.Year == a.pub.Year && d.Month == a.pub.Month) {
		a.pub = d
		published = d.ISO()
	}
	if !d.IsZero() {
		a.byline = [2]int{start, end}
	}
	return published
}

// readSentences cuts the article's paragraphs of text into sentences,
// tokenises each and reads it with the lexicon (a.sents), and returns
// their spans. The first short heading or body paragraph is the title
// when art has none. low is the text lowercased (exact: with the same
// byte offsets).
func (a *analysis) readSentences(paras []prose.Paragraph, low string, exact bool, art *model.Article) []prose.Span {
	sc := a.scratch
	spans := sc.spans[:0]
	tokLow := low
	if !exact {
		tokLow = "" // a rune changes length: tokens lowercase themselves
	}
	if n := len(a.text.S) / 5; cap(sc.toks) < n {
		sc.toks = make([]token, 0, n)
	}
	toks := sc.toks[:0]
	sc.scan.reset()
	a.sents = sc.sentPtrs[:0]
	menu := menuEnd(a.text.S) // a page's bulleted menu ("• An Giang", ...) is no text of the article
	for pi, p := range paras {
		if p.DupOf >= 0 || p.Kind == prose.ParaBoilerplate || p.Kind == prose.ParaCredit || p.End <= menu {
			continue
		}
		if art.Title == "" && (p.Kind == prose.ParaHeading || p.Kind == prose.ParaBody) && p.End-p.Start < 300 {
			art.Title = strings.TrimSpace(a.text.S[p.Start:p.End])
		}
		sfrom := len(spans)
		spans = prose.AppendSentences(spans, a.text.S, p)
		for _, sp := range spans[sfrom:] {
			// A sentence stays where it is put even if a later append
			// moves the buffer on: the analysis holds pointers to them.
			sc.sents = append(sc.sents, sentence{start: sp.Start, end: sp.End, para: pi, caption: p.Kind == prose.ParaCaption})
			s := &sc.sents[len(sc.sents)-1]
			// One backing array for the article's tokens: a sentence keeps
			// its sub-slice even if a later append moves the rest.
			from := len(toks)
			toks = tokenize(a.text.S, tokLow, sp.Start, sp.End, toks)
			s.toks = toks[from:len(toks):len(toks)]
			a.lx.scan(s, &sc.scan)
			a.sents = append(a.sents, s)
		}
	}
	sc.toks, sc.sentPtrs, sc.spans = toks, a.sents, spans // the grown buffers, for the next article
	if len(spans) == 0 {
		return nil // the date resolver splits the text itself when given no sentences
	}
	return spans
}

// readDates finds the article's dates, resolves them once for the whole
// article (its anchor and year) and hands each to its sentence. A
// relative date resolves from its sentence's day when the article has no
// day of its own, else from the day the page tells as today.
func (a *analysis) readDates(paras []prose.Paragraph, spans []prose.Span, low string) {
	sc := a.scratch
	if n := len(a.text.S)/5 + 1; cap(sc.dates) < n {
		sc.dates = make([]calendar.Tok, 0, n)
	}
	ds, toksUsed := calendar.FindInto(a.text.S, low, sc.dates, sc.mentioned[:0])
	sc.dates, sc.mentioned = toksUsed, ds
	var captions [][2]int
	for _, p := range paras {
		if p.Kind == prose.ParaCaption {
			captions = append(captions, [2]int{p.Start, p.End})
		}
	}
	res := calendar.NewResolverOf(a.pub, ds, a.text.S, spans, captions)
	a.anchor = res.Anchor()
	a.year = a.anchor.Year
	var pageDay calendar.Date
	if a.anchor.Day == 0 {
		pageDay = todayTold(ds, a.text.S)
	}
	// The sentences' dates share one array, reused from article to
	// article: the dates come in the order of the text, so each
	// sentence's are a run of it, its slice capped at its own run.
	all := sc.sentDates[:0]
	if cap(all) < len(ds) {
		all = make([]calendar.Mention, 0, len(ds))
	}
	si, from := 0, 0 // from: where sentence si's dates start in all
	for _, d := range ds {
		for si < len(a.sents) && a.sents[si].end <= d.Start {
			si++
			from = len(all)
		}
		if si == len(a.sents) {
			break
		}
		if d.Start >= a.sents[si].start && !yearsApart(d) {
			r := res.Resolve(d)
			if r.Relative && r.Date.IsZero() && a.anchor.Day == 0 {
				day := sentenceDay(a.sents[si].dates)
				if day.IsZero() {
					day = pageDay
				}
				r = calendar.ResolveFromDay(r, day)
			}
			all = append(all, r)
			a.sents[si].dates = all[from:len(all):len(all)]
		}
	}
	sc.sentDates = all
}

// findFacts reads the facts of each sentence in turn, keeping what a
// later sentence may refer back to (the organisation and the term told
// last).
func (a *analysis) findFacts() ([]meeting, []membership, []agreement, []partnership) {
	meets := a.scratch.meets[:0]
	// The facts as read, in arrays kept from article to article: they are
	// done with once emitted.
	members, agrees, partners := a.scratch.members[:0], a.scratch.agrees[:0], a.scratch.partners[:0]
	for i, s := range a.sents {
		meets = findMeetings(a, i, meets)
		members = append(members, findMemberships(a, i)...)
		agrees = append(agrees, findAgreements(a, i)...)
		partners = append(partners, findPartnerships(a, i)...)
		for _, m := range s.ments {
			if m.kind == mOrg {
				a.lastOrg = m.id
			}
		}
		for j := range s.toks {
			if !termWord(s.toks[j].low) {
				continue // (termAt's first test, in line)
			}
			if y := termAt(s, j); y != 0 {
				a.lastTerm = y
			}
		}
	}
	a.termsToCome(members)
	a.scratch.meets = meets
	a.scratch.members, a.scratch.agrees, a.scratch.partners = members, agrees, partners
	return meets, members, agrees, partners
}

// settleMeetings merges the meetings read into one per event, then
// settles what the article tells of them as a whole: arrival days, the
// spans and places of visits, months and years carried from one mention
// to another, and no place for a call.
func (a *analysis) settleMeetings(meets []meeting) []meeting {
	if traceMeetings != nil {
		traceMeetings("read", meets)
	}
	meets = mergeMeetings(meets, a.scratch.merged[:0])
	a.scratch.merged = meets
	a.arrivalDays(meets)
	a.visitLengths(meets)
	inheritPlaces(meets)
	a.yearlessVisitPlaces(meets)
	a.foreignSeatPlaces(meets)
	a.ministrySeatPlaces(meets)
	a.localTimePlaces(meets)
	sidelineOrgPlaces(meets)
	a.onlyCity(meets)
	a.inheritMonths(meets)
	a.leadDays(meets)
	a.rosterDays(meets)
	a.anniversaryYears(meets)
	meets = a.visitsOfOneMeeting(meets)
	for i := range meets {
		if meets[i].grp == "call" {
			// A call has no place (docs/ANNOTATION.md), wherever one side
			// was: "Trump, đang ở Mar-a-Lago, điện đàm với Putin".
			meets[i].city, meets[i].country = "", ""
		}
	}
	if traceMeetings != nil {
		traceMeetings("merged", meets)
	}
	return meets
}

// toldInBody returns the nodes (summitKey) of the meetings the body
// tells, not only a photo caption. A caption's meeting of the same node
// (the same two leaders, the same month: "... bắt tay tại Nhà Trắng,
// Washington ngày 12/11.2023, Ảnh: AP" above "Trong cuộc gặp mặt tại Nhà
// Trắng ngày 13/11 với Tổng thống Indonesia ...") would otherwise give
// the node its date and place, the caption coming first:
// the body's day is the meeting's (docs/ANNOTATION.md).
func toldInBody(a *analysis, meets []meeting) map[string]bool {
	if !slices.ContainsFunc(meets, func(m meeting) bool { return m.caption }) {
		return nil // no caption's meeting to keep apart: no keys to make
	}
	var told map[string]bool
	for _, m := range meets {
		if m.caption || !a.anyoneKnown(m) {
			continue
		}
		if told == nil {
			told = map[string]bool{}
		}
		told[a.summitKey(m)] = true
	}
	return told
}

// todayTold returns the day the text tells as today or yesterday with
// its date ("Sáng nay (11/8)", "chiều qua (28/9)": the 29th), when all
// such agree; else zero. On a page with no date of its own, it is the day
// "hôm nay" and "sáng nay" are of.
func todayTold(ds []calendar.Mention, text string) calendar.Date {
	var today calendar.Date
	for _, d := range ds {
		if d.Date.Day == 0 || !d.EndDate.IsZero() {
			continue
		}
		var t calendar.Date
		switch s := strings.ToLower(text[d.Start:d.End]); {
		case strings.Contains(s, "nay ("):
			t = d.Date
		case strings.Contains(s, "qua ("):
			t = calendar.DayAfter(d.Date)
		default:
			continue
		}
		if !today.IsZero() && today != t {
			return calendar.Date{}
		}
		today = t
	}
	return today
}

// sentenceDay returns the day named first in a sentence's dates so far,
// not relative, not a span: the day a relative date after it counts from
// on a page that fixes no year ("Ngày 12-9, ... trong tuần này").
func sentenceDay(ds []calendar.Mention) calendar.Date {
	for _, d := range ds {
		if !d.Relative && d.Date.Day != 0 && d.EndDate.IsZero() {
			return d.Date
		}
	}
	return calendar.Date{}
}

// yearsApart reports a span from one year to another on the same day
// and month, or between two bare years: "(10/10/1945-10/10/2025)", "(1945
// - 2025)", what an anniversary counts, "giai đoạn 2024-2028". No event
// of the news lasts so; the span dates none (the resolver still reads
// the article's year from it).
func yearsApart(d calendar.Mention) bool {
	a, b := d.Date, d.EndDate
	return a.Year > 0 && b.Year > a.Year && a.Month == b.Month && a.Day == b.Day
}

// debugAgreements, when set, is shown the agreements of each article as
// read, before they are merged (tests only).
var debugAgreements func([]agreement)

// traceMeetings, when set, is shown the meetings of each article as read
// clause by clause ("read") and once merged into events ("merged"): the
// tests see which rule read what.
var traceMeetings func(stage string, ms []meeting)

// leadDays gives an undated meeting the day the article's lead opens on
// when the lead names all its participants and tells no meeting of its
// own (which would be the day's event): "Ngày 29/8, Thủ tướng Nhật
// Bản Shigeru Ishiba và người đồng cấp Ấn Độ Narendra Modi đã nhất trí
// ... Sau các cuộc hội đàm, ông Ishiba và ông Modi đã công bố ...". The
// lead tells the day of the news; the talks it reports are of that day.
func (a *analysis) leadDays(ms []meeting) {
	lead := -1
	for si := range min(3, len(a.sents)) {
		if a.isHeadline(si) {
			continue
		}
		s := a.sents[si]
		if len(s.dates) > 0 && len(s.toks) > 2 && s.dates[0].Start <= s.toks[2].start && s.dates[0].Date.Day != 0 &&
			s.dates[0].EndDate.IsZero() && !s.dates[0].Relative && !s.anyCue("meet") {
			lead = si
		}
		break
	}
	if lead < 0 {
		return
	}
	s := a.sents[lead]
	named := func(k string) bool {
		for _, m := range s.ments {
			if slices.Contains(m.keys, k) {
				return true
			}
		}
		return false
	}
	for i := range ms {
		m := &ms[i]
		if !m.date.IsZero() || m.status != "held" || m.grp == "summit" || m.recalled || len(m.participants) < 2 ||
			!slices.ContainsFunc(m.sents, func(si int) bool { return si > lead }) || !allOf(m.participants, named) {
			continue
		}
		m.date = s.dates[0].Date
	}
}

// rosterDays dates and places the meetings a sentence announces by
// country: "Ngày 31/10, Chủ tịch nước Lương Cường có các cuộc gặp song
// phương với lãnh đạo Nhật Bản, Malaysia, New Zealand ...". A meeting
// told after it with no day of its own, of the same leader with a leader
// of one of those countries ("Trong cuộc gặp với Thủ tướng Malaysia Anwar
// Ibrahim, ..."), is one of them: that day (which the month inherited
// from the trip agrees with), and that place.
func (a *analysis) rosterDays(ms []meeting) {
	for si, s := range a.sents {
		if _, ok := pluralMeeting(s, clause{0, len(s.toks)}); !ok {
			continue // (most sentences: no clauses to split)
		}
		for _, cl := range clauses(s) {
			r, ok := a.roster(s, cl)
			if !ok {
				continue
			}
			for i := range ms {
				m := &ms[i]
				if m.status != "held" || m.grp != "meeting" || m.recalled || len(m.participants) != 2 || !slices.Contains(m.participants, r.subject) ||
					m.date.Day != 0 || !datesAgree(m.date, r.date) || slices.ContainsFunc(m.sents, func(sj int) bool { return sj <= si }) {
					continue
				}
				other := m.participants[0]
				if other == r.subject {
					other = m.participants[1]
				}
				if p := a.people.get(other); p == nil || !slices.Contains(r.countries, p.country) {
					continue
				}
				m.date = r.date
				if m.city == "" && m.country == "" {
					m.city, m.country = r.city, r.country
				}
			}
		}
	}
}

// roster is a sentence's announcement of one leader's meetings with the
// leaders of several countries, on one day.
type roster struct {
	subject       string
	countries     []string
	date          calendar.Date
	city, country string
}

// roster reads clause cl as a roster: plural meetings ("các cuộc gặp
// song phương") of the one leader named before their word, with the
// leaders of two or more countries named after it, on a day the clause
// gives.
func (a *analysis) roster(s *sentence, cl clause) (roster, bool) {
	c, ok := pluralMeeting(s, cl)
	if !ok {
		return roster{}, false
	}
	var r roster
	for _, m := range s.ments {
		if m.start < cl.start || m.end > cl.end || m.start >= c.start || len(m.keys) != 1 {
			continue
		}
		if r.subject != "" && r.subject != m.keys[0] {
			return roster{}, false // two named before: whose meetings is not one leader's
		}
		r.subject = m.keys[0]
	}
	if r.subject == "" {
		return roster{}, false
	}
	for _, m := range s.ments {
		if m.start < c.end || m.end > cl.end {
			continue
		}
		switch {
		case m.kind == mCountry:
			r.countries = appendUnique(r.countries, m.id)
		case len(m.keys) == 1:
			if p := a.people.get(m.keys[0]); p != nil && p.country != "" {
				r.countries = appendUnique(r.countries, p.country)
			}
		}
	}
	for _, d := range s.dates {
		if a.inClause(s, cl, d.Start) && d.Date.Day != 0 && d.EndDate.IsZero() && !d.Relative {
			r.date = d.Date
			break
		}
	}
	if len(r.countries) < 2 || r.date.IsZero() {
		return roster{}, false
	}
	r.city, r.country = a.place(s, cl, c.start)
	return r, true
}

// pluralMeeting returns the first word of meetings in the plural in
// clause cl: "các cuộc gặp", "những cuộc hội đàm", "một số cuộc họp".
func pluralMeeting(s *sentence, cl clause) (cueHit, bool) {
	many := func(i int) bool {
		w := s.toks[i].low
		return w == "các" || w == "những" || w == "số" && i > 0 && s.toks[i-1].low == "một"
	}
	for _, c := range s.cues {
		if c.cat != "meet" || c.val == "summit" || c.start < cl.start+2 || c.end > cl.end {
			continue
		}
		if w := s.toks[c.start-1].low; many(c.start-1) || (w == "cuộc" || w == "buổi") && many(c.start-2) {
			return c, true
		}
	}
	return cueHit{}, false
}

// allOf reports whether every key satisfies f.
func allOf(keys []string, f func(string) bool) bool {
	for _, k := range keys {
		if !f(k) {
			return false
		}
	}
	return true
}

// inheritPlaces gives a meeting with no place the place of a visit one of
// its participants was making that day: the guest's talks happen where
// the guest is.
func inheritPlaces(ms []meeting) {
	summitAttendance(ms)
	for i := range ms {
		m := &ms[i]
		if m.city != "" || m.grp == "call" {
			continue
		}
		for _, v := range ms {
			if v.kind != "state_visit" || v.city == "" && v.country == "" ||
				m.country != "" && (v.city == "" || v.country != m.country) ||
				!overlap(v.participants, m.participants) || !duringVisit(*m, v) {
				continue
			}
			m.city, m.country = v.city, v.country
			break
		}
	}
}

// onlyCity gives a meeting placed in a country but no city the city of
// that country the article names, when it names exactly one: a visit to
// Vietnam in an article that speaks of Hanoi was in Hanoi.
func (a *analysis) onlyCity(ms []meeting) {
	if !slices.ContainsFunc(ms, func(m meeting) bool { return m.grp != "call" && m.city == "" }) {
		return // every meeting placed in a city already, or a call
	}
	g := gazetteer.Default()
	byCountry := map[string]string{}
	governments := map[string]string{}
	named := map[string][]string{} // the cities of each country the article names, in turn
	for _, s := range a.sents {
		for _, m := range s.ments {
			if m.kind != mCity || slices.Contains(a.namesakes, m.id) {
				continue
			}
			c := g.Cities[m.id]
			if c == nil || inSource(s, m.start) || otherCountrysVenue(s, m) || timeZoneCity(s, m) || newspaperCity(s, m) || inLeaderTitle(s, m, false) || cameHomeTo(s, m.start) {
				// "Theo phóng viên TTXVN tại Pretoria, ...": where the reporter is; "tại
				// Nhà Quốc hội Liên bang Australia": no building of Hanoi's; "Thống đốc
				// tỉnh Yamanashi", "Chủ tịch UBND thành phố Đà Nẵng": where an office
				// holder serves; "về tới Hà Nội": home, after the trip.
				continue
			}
			if governmentCity(s, m) {
				governments[c.Country] = c.Key // "Seoul và Washington": a government, not a place
				continue
			}
			if prev, ok := byCountry[c.Country]; ok && prev != c.Key {
				byCountry[c.Country] = "" // several: none is sure
			} else if !ok {
				byCountry[c.Country] = c.Key
			}
			if !slices.Contains(named[c.Country], c.Key) {
				named[c.Country] = append(named[c.Country], c.Key)
			}
		}
	}
	for country, key := range governments {
		if c, ok := byCountry[country]; ok && c != key {
			byCountry[country] = "" // "Bắc Kinh và Astana ..." beside Tây An: no city of China is sure
		}
	}
	only := "" // the one city the whole article names, if it names one
	for _, c := range byCountry {
		if only != "" || c == "" || len(governments) > 0 {
			only = "-"
		} else {
			only = c
		}
	}
	for i := range ms {
		m := &ms[i]
		switch {
		case m.grp == "call" || m.city != "" || m.recalled:
			// A visit recalled was made when the city the article names
			// was no one's stage yet.
		case m.country != "" && a.unknownPlaceOf(*m):
			// "gặp nhau tại bang Alaska (Mỹ)": a place the gazetteer does
			// not know; the country's city the article names is not it.
		case m.country != "":
			m.city = byCountry[m.country]
			if m.city == "" && m.status == "held" && len(named[m.country]) > 1 {
				m.city = heldCity(ms, named[m.country], governments[m.country])
			}
		case m.status == "held" && only != "" && only != "-" && m.grp == "meeting" && !placeOfOther(ms, i, only):
			// Talks told with no place in an article that names one city.
			m.city, m.country = only, g.Cities[only].Country
		}
	}
}

// heldCity returns, of the cities of one country an article names, the
// one left when those only its planned meetings are placed in are set
// aside ("Sau khi kết thúc lịch trình tại Bắc Kinh, nhà lãnh đạo Hàn Quốc
// sẽ di chuyển tới Thượng Hải, dùng bữa tối với Bí thư thành ủy Thượng
// Hải": the talks held were in Beijing), unless a government named by its
// city (gov) is another; else "".
func heldCity(ms []meeting, cities []string, gov string) string {
	left := ""
	for _, c := range cities {
		planned, held := false, false
		for _, m := range ms {
			if m.city == c {
				planned = planned || m.status == "planned"
				held = held || m.status == "held"
			}
		}
		if planned && !held {
			continue
		}
		if left != "" {
			return ""
		}
		left = c
	}
	if gov != "" && gov != left {
		return ""
	}
	return left
}

// foreignSeatPlaces places in the foreign side's country a meeting of
// Vietnam and one other country told at a seat of office or a royal
// palace named by its common words alone ("ngay sau Lễ đón trọng thể tại
// Phủ Thủ tướng, Tổng Bí thư Tô Lâm đã có cuộc hội đàm chính thức với Thủ
// tướng Malaysia", "Sau Lễ đón chính thức trọng thể tại Hoàng cung, Tổng
// Bí thư Tô Lâm đã hội kiến Samdech Techo Hun Sen"): Vietnam has no "Phủ
// Tổng thống", "Phủ Thủ tướng" nor royal palace, so the building is the
// host's, in the city venues.tsv gives it with the host's name, if any.
func (a *analysis) foreignSeatPlaces(ms []meeting) {
	for i := range ms {
		m := &ms[i]
		if m.city != "" || m.grp != "meeting" || m.recalled || m.uncountried || len(m.hosts) != 2 || !m.hosts.has("VN") {
			continue
		}
		host := m.hosts[0]
		if host == "VN" {
			host = m.hosts[1]
		}
		if m.country != "" && m.country != host {
			continue
		}
		for _, si := range m.sents {
			if seat := bareSeatAt(a.sents[si]); seat != "" {
				// "tại Phủ Tổng thống" with Korea's president: "Phủ Tổng
				// thống Hàn Quốc" (venues.tsv), in Seoul.
				m.city, m.country = seatCity(seat, host), host
				break
			}
		}
	}
}

// ministrySeatPlaces places in Hanoi a meeting placed in Vietnam and told
// at a ministry's seat of Vietnam's ("Chiều 10/11, tại trụ sở Bộ, Bộ
// trưởng Ngoại giao Bùi Thanh Sơn đã tiếp ...", "tại trụ sở Bộ Tài
// chính"): the ministries sit in the capital. A ministry whose name goes
// on to another country ("tại trụ sở Bộ Ngoại giao Lào") is not
// Vietnam's.
func (a *analysis) ministrySeatPlaces(ms []meeting) {
	for i := range ms {
		m := &ms[i]
		if m.country != "VN" || m.city != "" || m.grp == "call" {
			continue
		}
		if slices.ContainsFunc(m.sents, func(si int) bool { return ministrySeatAt(a.sents[si]) }) {
			m.city = "hanoi"
		}
	}
}

// localTimePlaces places in the foreign side's country a meeting of
// Vietnam and one other country that has no place and is told on a day
// "giờ địa phương" (local time) qualifies ("Trưa 11/11 (giờ địa phương),
// Tổng thống Chile Gabriel Boric chủ trì lễ đón chính thức Chủ tịch nước
// Lương Cường"): the press of Vietnam tells local time of events abroad,
// and a meeting of two sides abroad is the host's. Not when a summit of
// the article is dated that day, or the sentence names another country
// or an organisation: talks on a summit's sidelines may be in a third
// country ("bên lề Hội nghị G20 tại Nam Phi, sáng 23/11 giờ địa phương").
func (a *analysis) localTimePlaces(ms []meeting) {
	for i := range ms {
		m := &ms[i]
		if m.city != "" || m.country != "" || m.grp != "meeting" || m.recalled || m.sidelines || m.uncountried || len(m.hosts) != 2 || !m.hosts.has("VN") {
			continue
		}
		host := m.hosts[0]
		if host == "VN" {
			host = m.hosts[1]
		}
		if slices.ContainsFunc(ms, func(s meeting) bool { return s.grp == "summit" && !s.date.IsZero() && s.date == m.date }) {
			continue
		}
		if slices.ContainsFunc(m.sents, func(si int) bool { return localTimeAt(a.sents[si], host) }) {
			m.country = host
		}
	}
}

// localTimeAt reports "giờ địa phương" in a sentence that names no
// country but Vietnam and host, and no organisation.
func localTimeAt(s *sentence, host string) bool {
	t := s.toks
	found := false
	for i := 2; i < len(t) && !found; i++ {
		found = t[i].low == "phương" && t[i-1].low == "địa" && t[i-2].low == "giờ"
	}
	if !found {
		return false
	}
	for _, m := range s.ments {
		if m.kind == mOrg || m.kind == mCountry && m.id != "VN" && m.id != host || m.kind == mCity {
			return false
		}
	}
	return true
}

// ministrySeatAt reports "tại trụ sở Bộ" with no other country named in
// the four words after "Bộ".
func ministrySeatAt(s *sentence) bool {
	t := s.toks
	for i := 3; i < len(t); i++ {
		if t[i].text != "Bộ" || t[i-1].low != "sở" || t[i-2].low != "trụ" || t[i-3].low != "tại" {
			continue
		}
		for _, m := range s.ments {
			if m.kind == mCountry && m.id != "VN" && m.start > i && m.start <= i+4 {
				return false
			}
		}
		return true
	}
	return false
}

// bareSeatAt returns, as written, a seat of office or a royal palace
// named by its common words alone after a place word, no name or country
// after it, else "": "tại Phủ Tổng thống", "ở Dinh Thủ tướng", "tại Hoàng
// cung", "tại Cung điện Hoàng gia" (not "tại Phủ Tổng thống Hàn Quốc",
// "tại Hoàng cung Amiri Diwan").
func bareSeatAt(s *sentence) string {
	t := s.toks
	for i := 1; i+1 < len(t); i++ {
		if !t[i].upper || t[i-1].low != "tại" && t[i-1].low != "ở" {
			continue
		}
		n := 0
		switch t[i].low + " " + t[i+1].low {
		case "phủ tổng", "phủ thủ", "dinh tổng", "dinh thủ":
			if i+2 < len(t) && (t[i+2].low == "thống" || t[i+2].low == "tướng") {
				n = 3
			}
		case "hoàng cung":
			n = 2
		case "cung điện":
			if i+3 < len(t) && t[i+2].low == "hoàng" && t[i+3].low == "gia" {
				n = 4
			}
		}
		if n > 0 && (i+n == len(t) || !t[i+n].upper) {
			return span(t, i, i+n)
		}
	}
	return ""
}

// seatCity returns the city of a seat of office named by its common words
// (bareSeatAt) in country iso, where venues.tsv lists the seat with the
// country's name ("Phủ Tổng thống Hàn Quốc": Seoul), else "".
func seatCity(seat, iso string) string {
	g := gazetteer.Default()
	c := g.Countries[iso]
	if c == nil {
		return ""
	}
	for _, v := range g.Venues {
		if len(v.Name) > len(seat) && strings.HasPrefix(v.Name, seat) && v.Name[len(seat)] == ' ' && slices.Contains(c.NamesVI, v.Name[len(seat)+1:]) {
			return v.City
		}
	}
	return ""
}

// newspaperCity reports a city that opens a newspaper's name ("tờ New
// York Times", "Ảnh: New York Post", "Washington Post đưa tin"): no place
// of the article's events.
func newspaperCity(s *sentence, m mention) bool {
	return m.end < len(s.toks) && newspaperWord[s.toks[m.end].text]
}

// newspaperWord holds the words, as written, that end a newspaper's name
// after its city.
var newspaperWord = map[string]bool{"Post": true, "Times": true, "Herald": true, "Tribune": true, "Journal": true}

// timeZoneCity reports a city named for its clock, not as a place:
// "Tối 5/9 (giờ Hà Nội), Thủ tướng ... hội đàm với ...", "17h05 ngày 16/11
// theo giờ địa phương (tức 3h05 sáng 17/11 theo giờ Hà Nội)", "ngày 18/8
// (theo giờ Washington)". The time of a city says where the reader's or
// the reporter's clock is, not where the leaders met.
func timeZoneCity(s *sentence, m mention) bool {
	return m.start > 0 && s.toks[m.start-1].low == "giờ"
}

// placeOfOther reports city as the place of a meeting on another date
// than ms[i]'s: "Lần gần nhất hai nhà lãnh đạo gặp nhau là tại Astana
// vào tháng 7" places July's meeting, not today's talks.
func placeOfOther(ms []meeting, i int, city string) bool {
	for j, v := range ms {
		if j != i && v.city == city && !v.date.IsZero() && !ms[i].date.IsZero() && !datesAgree(v.date, ms[i].date) {
			return true
		}
	}
	return false
}

// governmentCity reports a capital that stands for its government: paired
// with another ("Seoul và Washington vẫn đang có sự bất đồng") or the
// subject of a verb ("khi Seoul tổ chức hội nghị APEC", "Bắc Kinh cho
// biết"). It names no place.
func governmentCity(s *sentence, m mention) bool {
	paired := func(i int) bool {
		for _, o := range s.ments {
			if o.start == i && (o.kind == mCity || o.kind == mCountry) {
				return true
			}
		}
		return false
	}
	if m.end+1 < len(s.toks) && s.toks[m.end].low == "và" && paired(m.end+1) {
		return true
	}
	if m.end+1 < len(s.toks) && s.toks[m.end].low == "tổ" && s.toks[m.end+1].low == "chức" {
		return true
	}
	return s.hasCueAt("attrib", pastWhen(s, m.end))
}

// pastWhen returns where the words of a time right at token i end ("Nhà
// Trắng hôm nay 10/11 cho biết", "Điện Kremlin ngày 5/3 cho hay"), i if
// none: six tokens at most, of dates, their numbers and "nay", "qua".
func pastWhen(s *sentence, i int) int {
	j := i
	for j < len(s.toks) && j-i < 6 {
		t := s.toks[j]
		if !dateWord[t.low] && !isDigitWord(t.low) && t.low != "nay" && t.low != "qua" && t.text != "/" && t.text != "-" && t.text != "(" && t.text != ")" {
			break
		}
		j++
	}
	return j
}

// inheritMonths dates a held meeting told with no date by the month of
// the trip it belongs to: the dated meetings held at the same place with
// one of its participants, when they all fall in one month. The sideline
// talks of a summit or a visit listed without their day ("Trong khuôn khổ
// chuyến thăm, Thủ tướng đã hội kiến ...") took place then; which day the
// text does not say, so the month is all that is known. Only a month with
// its year is given, unless the meeting is told as held during a trip
// ("Trong chuyến thăm, ... đã hội kiến"): on a page with no year of its
// own, one mention's month says too little to date another that does not
// say it belongs to the trip (it misdated a seed's summit).
func (a *analysis) inheritMonths(ms []meeting) {
	for i := range ms {
		m := &ms[i]
		if !m.date.IsZero() || m.status == "cancelled" || m.grp == "call" || m.recalled || m.frame || m.city == "" && m.country == "" {
			continue
		}
		duringTrip := a.toldDuringTrip(*m)
		var month calendar.Date
		for j, v := range ms {
			if j == i || v.status != m.status && !(m.status == "planned" && v.status == "held") || v.grp == "call" || v.date.Year == 0 && !duringTrip && !spannedVisit(v, *m) || v.date.Month == 0 ||
				v.country != m.country || m.city != "" && v.city != "" && v.city != m.city ||
				!overlap(v.participants, m.participants) {
				continue
			}
			first := calendar.Date{Year: v.date.Year, Month: v.date.Month}
			if !v.endDate.IsZero() && (v.endDate.Month != v.date.Month || v.endDate.Year != 0 && v.endDate.Year != v.date.Year) {
				first = calendar.Date{Year: -1} // a span over two months: no one month
			}
			if month.IsZero() {
				month = first
			} else if month != first {
				month = calendar.Date{Year: -1}
			}
		}
		if month.Month > 0 { // (Year -1: the months disagreed)
			m.date = month
		}
	}
}

// spannedVisit reports v as a visit told with its span of days and m as
// talks of the same place: on a page with no year, "thăm chính thức Nhật
// Bản từ ngày 27-30/11" holds "Chủ tịch nước ... đã hội kiến Nhà vua Nhật
// Bản Naruhito" in Tokyo, told with no day, as well as a trip's words do.
func spannedVisit(v, m meeting) bool {
	return v.kind == "state_visit" && !v.endDate.IsZero() && m.grp == "meeting" && m.kind != "state_visit"
}

// toldDuringTrip reports a meeting one of whose sentences tells it as
// held during a trip: "Trong chuyến thăm", "nhân chuyến thăm", "trong
// khuôn khổ chuyến thăm".
func (a *analysis) toldDuringTrip(m meeting) bool {
	for _, si := range m.sents {
		s := a.sents[si]
		for i, t := range s.toks {
			if t.low == "thăm" && occasionOf(s, i) {
				return true
			}
		}
	}
	return false
}

// visitLengths gives a visit dated by one day and told to last N days
// ("Ông Blinken đang thực hiện chuyến thăm Trung Quốc kéo dài hai ngày")
// its last day, counting its day as the first, so that the talks of its
// other days are known to be held during it ("Trước đó cùng ngày,
// Ngoại trưởng Blinken đã gặp ... Vương Nghị": in China).
func (a *analysis) visitLengths(ms []meeting) {
	for i := range ms {
		m := &ms[i]
		if m.kind != "state_visit" || m.date.Day == 0 || !m.endDate.IsZero() {
			continue
		}
		for _, si := range m.sents {
			if n := lastingDays(a.sents[si]); n > 1 {
				m.endDate = calendar.AddDays(m.date, n-1)
				break
			}
		}
	}
}

// lastingDays returns N of a visit "kéo dài N ngày" ("chuyến thăm Trung
// Quốc kéo dài hai ngày", "chuyến công du kéo dài 5 ngày"), or 0.
func lastingDays(s *sentence) int {
	for i := 1; i+3 < len(s.toks); i++ {
		if s.toks[i].low != "kéo" || s.toks[i+1].low != "dài" || s.toks[i+3].low != "ngày" {
			continue
		}
		n, _ := strconv.Atoi(s.toks[i+2].text)
		if n == 0 {
			n = countWords[s.toks[i+2].low]
		}
		if n < 2 || n > 14 {
			continue
		}
		for j := max(0, i-8); j < i; j++ {
			if w := s.toks[j].low; w == "thăm" || w == "du" && j > 0 && s.toks[j-1].low == "công" {
				return n
			}
		}
	}
	return 0
}

// countWords are the numbers of two to ten news spell out: "kéo dài hai
// ngày", "thăm hai quốc gia".
var countWords = map[string]int{"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}

// unknownPlaceOf reports a meeting placed in its country by a place the
// gazetteer does not know, in one of its sentences ("tại bang Alaska (Mỹ)").
func (a *analysis) unknownPlaceOf(m meeting) bool {
	for _, si := range m.sents {
		s := a.sents[si]
		for _, x := range s.ments {
			if x.kind == mCountry && x.id == m.country && a.unknownPlaceIn(s, x.start) {
				return true
			}
		}
	}
	return false
}

// duringVisit reports a meeting m held during visit v: on one of its days,
// or undated, held, and with a host of the visited country (the visit's
// receptions, "Tổng thống cũng có các cuộc hội kiến với Thủ tướng ...").
func duringVisit(m, v meeting) bool {
	if m.date.Day != 0 && !(v.date.IsZero() && !v.recalled && !m.recalled) {
		return during(m.date, v.date, v.endDate)
	}
	// A host of the visited country and someone of another country, one of
	// whom is on the visit.
	// A visit under way holds the talks planned during it ("Trong khuôn
	// khổ chuyến thăm, dự kiến Phó Chủ tịch nước sẽ hội đàm với ...").
	// A host may go without a country ("chào xã giao Tổng thống Filipe
	// Nyusi và Chủ tịch Quốc hội Esperanca Bias"): one who is none of the
	// visitors' countries' people then.
	hosted := m.hosts.has(v.country) && len(m.hosts) > 1 ||
		m.uncountried && !slices.ContainsFunc(m.hosts, func(c string) bool { return !v.hosts.has(c) })
	// A visit told with no date holds its visitor's dated talks with a
	// host ("Chiều 28/02, Bí thư Tỉnh ủy tiếp xã giao Đại sứ ...", "...
	// chuyến thăm, làm việc tại Quảng Bình").
	return (m.date.IsZero() || v.date.IsZero() && !m.recalled) && (m.status == v.status || m.status == "planned" && v.status == "held") && hosted &&
		overlap(m.participants, v.participants)
}

// yearlessVisitPlaces is inheritPlaces on a page whose dates have no
// year: talks told on a day of a visit ("Cùng ngày, Tổng thống Rouhani
// sẽ hội kiến Thủ tướng ..." on --10-06, of a visit of --10-06 to
// --10-07 in Hanoi) are where the visit is, when the one who meets there
// is the visitor, not a host of the visited country (a host's talks on
// that day may be anywhere: "nhà lãnh đạo Nga trong ngày 22/10 sẽ tiến
// hành các cuộc gặp gỡ riêng với ...").
func (a *analysis) yearlessVisitPlaces(ms []meeting) {
	for i := range ms {
		m := &ms[i]
		if m.city != "" || m.country != "" || m.grp != "meeting" || m.date.Day == 0 || m.date.Year != 0 || m.recalled {
			continue
		}
		for _, v := range ms {
			if v.kind != "state_visit" || v.city == "" && v.country == "" || v.date.Year != 0 || v.recalled || !duringYearless(m.date, v.date, v.endDate) {
				continue
			}
			visitor := slices.ContainsFunc(m.participants, func(k string) bool {
				p := a.people.get(k)
				return slices.Contains(v.participants, k) && p != nil && p.country != "" && p.country != v.country
			})
			if visitor {
				m.city, m.country = v.city, v.country
				break
			}
		}
	}
}

// summitAttendance places the meetings held during a summit at the summit
// (a meeting with no place, dated within its span, with someone who was
// there), and counts everyone met there among the summit's participants,
// but for the summit a received guest came for: his host received him in
// that city that day and did not attend it.
func summitAttendance(ms []meeting) {
	sidelinePlaces(ms)
	// Who the text says attended a summit stands; one met in its city
	// during it is not said to have attended (docs/ANNOTATION.md: the
	// named leaders the text says attended, chaired, addressed): only a
	// summit told with no one, or a meeting on its sidelines, lends it its
	// people.
	attended := make([]bool, len(ms))
	for si := range ms {
		attended[si] = len(ms[si].participants) > 0
	}
	for si := range ms {
		s := &ms[si]
		if s.grp != "summit" || s.city == "" || s.date.Day == 0 {
			continue
		}
		for i := range ms {
			m := &ms[i]
			if i == si || m.grp == "call" || m.grp == "summit" || !overlap(m.participants, s.participants) && !m.sidelines {
				continue
			}
			if m.city == "" && (m.country == "" || m.country == s.country) &&
				(m.date.IsZero() && (m.status == "cancelled" || m.sidelines) || duringYearless(m.date, s.date, s.endDate)) {
				m.city, m.country = s.city, s.country
			}
			if m.city == s.city && m.status == "held" && (during(m.date, s.date, s.endDate) || m.date.IsZero() && m.sidelines) && !occasionOnly(*s, *m) && !s.guestsOwn && (!attended[si] || m.sidelines) {
				for _, p := range m.participants {
					if !slices.Contains(s.participants, p) {
						s.participants = append(s.participants, p)
					}
				}
				sort.Strings(s.participants)
			}
		}
	}
}

// sidelinePlaces gives a summit told with no place the place of the
// meeting its sentence tells on its sidelines that day ("Ngày 13/5,
// nhân dịp dự Hội nghị Cấp cao đặc biệt ASEAN - Mỹ, Thủ tướng ... đã gặp
// ... Samantha Power", the meeting placed in Washington): the text puts
// the leader there then (docs/ANNOTATION.md, a summit known through a
// sideline meeting). Meetings placed apart leave it unplaced.
func sidelinePlaces(ms []meeting) {
	for si := range ms {
		s := &ms[si]
		if s.grp != "summit" || s.city != "" || s.country != "" || s.status != "held" || s.date.Day == 0 {
			continue
		}
		var city, country string
		for _, m := range ms {
			if m.grp != "meeting" || m.country == "" || m.date != s.date || !overlapInts(s.sents, m.sents) {
				continue
			}
			if country != "" && (m.country != country || m.city != city) {
				country = "-"
				break
			}
			city, country = m.city, m.country
		}
		if country != "" && country != "-" {
			s.city, s.country = city, country
		}
	}
}

// sidelineOrgPlaces gives a meeting told on the sidelines of an
// organisation's summit, placed nowhere ("dự định gặp Tổng thống Brazil
// ... bên lề hội nghị thượng đỉnh ASEAN"), the place of the one summit of
// that organisation (of its month when both are dated) the text places:
// before onlyCity, whose guess of a summit's city is no ground for
// another's.
func sidelineOrgPlaces(ms []meeting) {
	for i := range ms {
		m := &ms[i]
		if !m.sidelines || m.org == "" || m.city != "" || m.country != "" || m.grp == "call" {
			continue
		}
		at := -1
		for j, s := range ms {
			if s.grp != "summit" || s.org != m.org || s.country == "" {
				continue
			}
			if !m.date.IsZero() && !s.date.IsZero() && (m.date.Month != s.date.Month || m.date.Year != s.date.Year) {
				continue // "bên lề cuộc họp của các bộ trưởng ngoại giao SCO hôm 20/5": not July's SCO summit
			}
			if at >= 0 && (ms[at].city != s.city || ms[at].country != s.country) {
				at = -2 // summits of the organisation placed apart: none is sure
				break
			}
			at = j
		}
		if at >= 0 {
			m.city, m.country = ms[at].city, ms[at].country
		}
	}
}

// occasionOnly reports a summit s known only as the occasion of the
// sentence that tells meeting m ("Nhân dự Hội nghị Cấp cao ASEAN 47 tại
// Kuala Lumpur, ngày 28/10, Thủ tướng ... đã gặp Quốc vương Brunei ...,
// Thủ tướng Malaysia ...", "trong khuôn khổ chuyến công tác dự Hội nghị
// Cấp cao ..., Thủ tướng ... đã hội kiến Chủ tịch Hạ viện Nhật Bản"): the
// sentence says who attended it, its subject; those he met there are
// not said to (docs/ANNOTATION.md: a summit's participants are those the
// text says attended).
func occasionOnly(s, m meeting) bool {
	return s.rule == occasionRule.name && overlapInts(s.sents, m.sents)
}

// duringYearless is during, and on a page whose dates have no year at
// all (no date of its own, none written), the days as of one year: "Ông
// Kao cũng gặp Bộ trưởng ..." on --07-08, during the meeting of --07-08
// in Kuala Lumpur, was there.
func duringYearless(d, from, to calendar.Date) bool {
	if d.Year != 0 || from.Year != 0 || to.Year != 0 || d.Day == 0 || from.Day == 0 {
		return during(d, from, to)
	}
	inYear := func(d calendar.Date) calendar.Date {
		if d.IsZero() {
			return d
		}
		return calendar.Date{Year: 1, Month: d.Month, Day: d.Day}
	}
	return during(inYear(d), inYear(from), inYear(to))
}

// during reports whether day d falls within [from, to] (to zero: the day from).
func during(d, from, to calendar.Date) bool {
	if from.Day == 0 || d.Year == 0 || from.Year == 0 {
		return false
	}
	if to.IsZero() {
		return d == from
	}
	return !calendar.After(from, d) && !calendar.After(d, to)
}

// linkAgreements ties an agreement to the meeting where it was made: one
// whose participants signed it and whose date agrees.
func (a *analysis) linkAgreements(ags []agreement, ms []meeting) {
	for i := range ags {
		ag := &ags[i]
		if len(ag.parties) == 0 && len(ag.signers) == 0 {
			if ag.org != "" {
				if !ag.orgParties {
					ag.parties = orgTreatyParties(ag.org)
				}
				continue
			}
			if ag.key == "" && !ag.open {
				// (A well-known open treaty the talks cite, "phù hợp với
				// ... Công ước LHQ về luật Biển", is not theirs to sign, nor
				// is one opened for signature at a ceremony.)
				a.fromLastMeeting(ag, ms)
			}
			continue
		}
		if len(ag.signers) < 2 {
			continue
		}
		if j := plannedMeeting(ag, ms); j >= 0 {
			// "Moscow và Bắc Kinh có kế hoạch đưa ra một tuyên bố chung": made at the meeting they plan.
			ag.meeting = j
			if ag.date.IsZero() {
				ag.date = ms[j].date
			}
			continue
		}
		for j, m := range ms {
			if m.signing || !slices.Equal(m.participants, ag.signers) {
				continue // a meeting known only from the signing itself adds nothing to it
			}
			if ag.date.IsZero() {
				if !slices.Contains(m.sents, ag.sent) && !a.sentenceDatesMatch(ag.sent, m) {
					continue
				}
				ag.date = m.date
			} else if !datesAgree(ag.date, m.date) {
				continue
			}
			ag.meeting = j
			break
		}
	}
}

// mergeAgreements joins the mentions of one agreement in an article (a
// headline and the body): the same key but for the date; the most precise
// date and the longest name win. It writes them to out, an empty slice
// whose array is not ags'.
func mergeAgreements(ags, out []agreement) []agreement {
	index := map[string]int{}
	// A reference back with nothing named before it ("Hiệp ước ... trên
	// chính thức hết hạn" opening an excerpt whose headline named it) is
	// of the first document of its kind named after it.
	var ahead []agreement
	for _, ag := range ags {
		if ag.back && len(out) == 0 {
			ahead = append(ahead, ag)
			continue
		}
		if len(ahead) > 0 && ag.kind == ahead[0].kind && (ag.key != "" || ag.proper) {
			for _, b := range ahead {
				ag.takeState(b)
			}
			ahead = nil
		}
		if ag.back && len(out) > 0 {
			// "Thỏa thuận này ... đã hết hạn": what it says is of the last one named.
			out[len(out)-1].takeState(ag)
			continue
		}
		undated := ag
		undated.date = calendar.Date{}
		k := agreementKey(undated)
		i, ok := index[k]
		if !ok {
			if j := sameName(out, ag); j >= 0 {
				i, ok = j, true // "nghị định thư tham gia CPTPP" and, capitalised, "Nghị định thư tham gia CPTPP"
			} else if j := prefixName(out, ag); j >= 0 {
				i, ok = j, true // "Hiệp ước Hữu nghị và Hợp tác", then "Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào"
			} else if j := sameDocument(out, ag); j >= 0 {
				i, ok = j, true // "Hiệp định do Bộ trưởng ... ký": the one named before
			} else if j := sameDescription(out, ag); j >= 0 {
				i, ok = j, true // "Hiệp ước đối tác toàn diện" after "hiệp ước đối tác chiến lược toàn diện giữa Nga và Triều Tiên"
			} else if j := sameCountedSet(out, ag); j >= 0 {
				i, ok = j, true // "ký 13 thỏa thuận hợp tác về nhiều lĩnh vực" in the headline, "13 thỏa thuận hợp tác trên nhiều lĩnh vực" in the body
			}
		}
		if !ok {
			if j := describedJustBefore(out, ag); j >= 0 {
				// "Hiệp định thương mại tự do giữa Việt Nam và Israel (VIFTA)":
				// the description was the known agreement's.
				d := out[j]
				ag.takeState(d)
				if precision(d.date) > precision(ag.date) {
					ag.date = d.date
				}
				if ag.meeting < 0 {
					ag.meeting = d.meeting
				}
				out[j] = ag
				index[k] = j
				continue
			}
			index[k] = len(out)
			out = append(out, ag)
			continue
		}
		o := &out[i]
		if !(o.status == "planned" && ag.status == "signed" && bareMention(ag) && ag.date.IsZero() && (o.proper || o.key != "")) {
			// A plan named by its title is not made by the bare word told
			// after it with no date ("dự kiến sẽ ký kết Hiệp định Thương mại
			// Tự do ... Thỏa thuận được xem là ...").
			o.takeState(ag)
		}
		o.proper = o.proper || ag.proper // named by its title in one of them
		if precision(ag.date) > precision(o.date) {
			o.date = ag.date
		}
		if len(ag.name) > len(o.name) && ag.name != defaultAgreementName(ag) {
			o.name = ag.name
		}
		if o.meeting < 0 {
			o.meeting = ag.meeting
		}
		for _, p := range ag.parties {
			o.parties = appendUnique(o.parties, p) // each mention may name some of them
		}
		sort.Strings(o.parties)
	}
	return undatedInto(append(out, ahead...)) // ahead: none came, they stand for themselves
}

// namedWithin reports every word of name a in name b, or of b in a: "thỏa
// thuận đất hiếm" within "thỏa thuận khung ... khoáng sản quan trọng và
// đất hiếm", not "thỏa thuận thương mại" within "thỏa thuận hòa bình".
func namedWithin(a, b string) bool {
	wa, wb := strings.Fields(prose.Fold(a)), strings.Fields(prose.Fold(b))
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	for _, w := range wa {
		if !slices.Contains(wb, w) {
			return false
		}
	}
	return len(wa) > 0
}

// undatedInto joins an undated document described, not named, to the
// dated one of its kind between the same sides: "ký một thỏa thuận khung
// ... ngày 28/10" and, under the photo, "ký thỏa thuận đất hiếm" are one.
func undatedInto(ags []agreement) []agreement {
	out := ags[:0]
	for i, ag := range ags {
		if ag.date.IsZero() && !ag.proper && ag.key == "" && len(ag.parties) >= 2 {
			if j := slices.IndexFunc(ags, func(o agreement) bool {
				return !o.date.IsZero() && o.kind == ag.kind && o.status == ag.status && slices.Equal(o.parties, ag.parties) && namedWithin(ag.name, o.name)
			}); j >= 0 && j != i {
				ags[j].takeState(ag)
				continue
			}
		}
		out = append(out, ag)
	}
	return out
}

// sameName returns the agreement of out named as ag is but for case and
// diacritics, of its kind, or -1: one document, whether or not a mention
// names its sides.
func sameName(out []agreement, ag agreement) int {
	if ag.name == "" {
		return -1
	}
	for j, o := range out {
		if o.kind != ag.kind || o.name == "" || prose.Fold(o.name) != prose.Fold(ag.name) {
			continue
		}
		if len(o.parties) >= 2 && len(ag.parties) >= 2 && !subset(o.parties, ag.parties) && !subset(ag.parties, o.parties) {
			continue // "thỏa thuận ngừng bắn" between Pakistan and Afghanistan, then between Cambodia and Thailand: two
		}
		return j
	}
	return -1
}

// prefixName returns the document of out of ag's kind, status and
// sides whose name, or ag's, goes on the other's by a few words: one
// document named twice, once in full ("Hiệp ước Hữu nghị và Hợp tác Việt
// Nam - Lào" after "Hiệp ước Hữu nghị và Hợp tác"), or once cut short
// ("Hiệp định Tương" beside "Hiệp định tương trợ tư pháp về hình sự").
// The shorter name has three words at least: "Hiệp định" alone names
// any.
func prefixName(out []agreement, ag agreement) int {
	if len(ag.parties) == 0 || ag.name == "" {
		return -1
	}
	a := prose.Fold(ag.name)
	for j, o := range out {
		if o.kind != ag.kind || o.status != ag.status || o.name == "" || !slices.Equal(o.parties, ag.parties) {
			continue
		}
		b := prose.Fold(o.name)
		short, long := a, b
		if len(short) > len(long) {
			short, long = long, short
		}
		if strings.Count(short, " ") >= 2 && strings.HasPrefix(long, short) && (len(long) == len(short) || long[len(short)] == ' ') {
			return j
		}
	}
	return -1
}

// takeState gives ag what another mention of it says of its state: the
// later status of its life (a signed treaty that expired has expired) and
// its end date when ag has none.
func (ag *agreement) takeState(o agreement) {
	if model.AgreementStatus(o.status).Rank() > model.AgreementStatus(ag.status).Rank() {
		ag.status = o.status
	}
	if ag.endDate.IsZero() {
		ag.endDate = o.endDate
	}
}

// headlineRetold gives a document the headline describes the name of the
// one the body tells again with the same kind, status and sides ("Mỹ và
// Taliban đạt thoả thuận ngừng bắn" above "Mỹ và Taliban đã đạt thoả
// thuận về việc giảm bạo lực kéo dài một tuần"): one document described
// twice, which mergeAgreements then merges.
func (a *analysis) headlineRetold(ags []agreement) []agreement {
	if len(ags) < 2 || ags[0].sent != 0 || !a.isHeadline(0) {
		return ags
	}
	h := ags[0]
	if h.proper || h.key != "" || documentSet(h) || len(h.parties) == 0 {
		return ags
	}
	same := -1
	for i, ag := range ags[1:] {
		if ag.sent > 0 && ag.kind == h.kind && ag.status == h.status && slices.Equal(ag.parties, h.parties) {
			if same >= 0 {
				return ags // several: "ký hiệp định về dẫn độ" above a list of the sides' agreements may be any
			}
			same = i + 1
		}
	}
	if same > 0 {
		ags[0].name, ags[0].proper = ags[same].name, ags[same].proper
	}
	return ags
}

// describedJustBefore returns the description in ag's sentence, read just
// before it, that a well-known agreement ag names, or -1: the same kind
// and parties, no proper name of its own.
func describedJustBefore(out []agreement, ag agreement) int {
	if ag.key == "" || len(out) == 0 {
		return -1
	}
	j := len(out) - 1
	d := out[j]
	if d.key != "" || d.proper || d.sent != ag.sent || d.kind != ag.kind || !slices.Equal(d.parties, ag.parties) {
		return -1
	}
	return j
}

// sameDocument returns the agreement of out that a later mention ag speaks
// of again without its name ("hiệp ước được ký tại Bình Nhưỡng", "Hiệp
// định do Bộ trưởng Vương Văn Đào ... ký"), or -1: the last one of the same
// kind with a proper name, whose parties include ag's.
func sameDocument(out []agreement, ag agreement) int {
	if ag.proper || ag.key != "" {
		return -1
	}
	for i := len(out) - 1; i >= 0; i-- {
		o := out[i]
		if o.kind != ag.kind || !(o.proper || o.key != "" || bareMention(ag) && !bareMention(o) && !documentSet(o)) {
			// A bare "hiệp ước" is also the last one described ("hiệp ước
			// đối tác ... giữa Nga và Triều Tiên"), but not a set ("9 văn
			// kiện hợp tác, trong đó có bản ghi nhớ ..." names one of them).
			continue
		}
		if subset(ag.parties, o.parties) || len(ag.parties) <= 1 && len(o.parties) == 0 {
			return i
		}
		return -1
	}
	return -1
}

// sameDescription returns the agreement of out that ag describes again in
// fewer words ("Hiệp ước đối tác toàn diện" after "hiệp ước đối tác chiến
// lược toàn diện"), or -1: the same kind, every word of ag's description
// in the other's in order, and parties that do not disagree.
// sameCountedSet returns the set of documents counted before, of the same
// count, kind and sides ("13 thỏa thuận hợp tác ..." twice; "ký kết 7
// thỏa thuận" in the headline, "đã ký 7 bản ghi nhớ" below), or -1.
func sameCountedSet(out []agreement, ag agreement) int {
	w := strings.Fields(strings.ToLower(ag.name))
	if len(w) < 2 || !isDigitWord(w[0]) || w[0] == "1" {
		return -1
	}
	for i := len(out) - 1; i >= 0; i-- {
		o := out[i]
		v := strings.Fields(strings.ToLower(o.name))
		if o.kind == ag.kind && len(v) >= 2 && v[0] == w[0] && slices.Equal(o.parties, ag.parties) {
			return i
		}
	}
	return -1
}

func sameDescription(out []agreement, ag agreement) int {
	if ag.proper || ag.key != "" || bareMention(ag) {
		return -1
	}
	short := strings.Fields(strings.ToLower(ag.name))
	for i := len(out) - 1; i >= 0; i-- {
		o := out[i]
		if o.kind != ag.kind || bareMention(o) || !(subset(ag.parties, o.parties) || subset(o.parties, ag.parties)) {
			continue
		}
		long := strings.Fields(strings.ToLower(o.name))
		if len(short) >= 2 && inOrder(short, long) {
			return i
		}
		if !o.proper && o.key == "" && o.status == ag.status && len(long) >= 3 && len(long) < len(short) && slices.Contains(long, "về") && inOrder(long, short) {
			// "thỏa thuận về đất hiếm" in the headline, "thỏa thuận về cung
			// ứng đất hiếm" below: the topic told first in fewer words.
			return i
		}
	}
	return -1
}

// madeName reports an agreement whose name is one defaultAgreementName
// made: its kind's name, then parties ("RU–VN") or a date, and nothing else.
func madeName(ag agreement) bool {
	kind := kindNames[ag.kind]
	if ag.key != "" || ag.proper || !strings.HasPrefix(ag.name, kind) {
		return false
	}
	rest := ag.name[len(kind):]
	if rest != "" && rest[0] != ' ' {
		return false // "Treaty of Good-Neighbourliness": a name of its own
	}
	for rest != "" {
		var w string
		w, rest, _ = strings.Cut(strings.TrimLeft(rest, " "), " ")
		if !madeWord(w) {
			return false
		}
	}
	return true
}

// madeWord reports a word defaultAgreementName writes after the kind:
// parties joined by "–" ("KH–VN") or a date ("2017-04-25", "--06").
func madeWord(w string) bool {
	dateLike := w != ""
	for i := 0; i < len(w); i++ {
		if c := w[i]; c != '-' && (c < '0' || c > '9') {
			dateLike = false
			break
		}
	}
	if dateLike {
		return true
	}
	for w != "" {
		var side string
		side, w, _ = strings.Cut(w, "–")
		if len(side) != 2 || side[0] < 'A' || side[0] > 'Z' || side[1] < 'A' || side[1] > 'Z' {
			return false
		}
	}
	return true
}

// oneSided reports an agreement known only by a description ("thỏa
// thuận hợp tác", "văn kiện", "thỏa thuận vừa đạt được"), with one party
// and no organisation: the other side is not known, and most such
// mentions are no document an analyst would look for ("đạt được thỏa
// thuận" of a deal in words, a country's accession papers, a document of
// an unnamed partner). Such a fact joins nothing in the graph; it is left
// out. A proper name with one country and no organisation is left out
// too ("Việt Nam ký Hiệp định miễn thị thực thứ 85", "Hiệp định Thương mại
// Tự do" of one side told): its other sides go untold. A well-known
// agreement ("Hiệp định CPTPP"), one whose one side is a bloc ("Hiệp định
// Thương mại hàng hóa ASEAN"), a summit's declaration by name, a party
// organisation ("ASEAN và Trung Quốc ký ...") or an armed movement as the
// other side ("giữa Israel và Hamas") keeps it.
func oneSided(ag agreement) bool {
	if len(ag.parties) != 1 || ag.key != "" || ag.org != "" || ag.movement {
		return false
	}
	return !ag.proper || gazetteer.Default().Countries[ag.parties[0]] != nil && ag.kind != "declaration"
}

// bareMention reports an agreement named by its kind word alone ("hiệp
// ước"): no name, or the default one (defaultAgreementName), made before
// or after its parties were known.
func bareMention(ag agreement) bool {
	return ag.name == "" || !ag.proper && strings.HasPrefix(ag.name, kindNames[ag.kind])
}

// documentSet reports documents counted as one set: "9 văn kiện hợp tác".
func documentSet(ag agreement) bool {
	if ag.name == "" {
		return false
	}
	if prose.IsDigitByte(ag.name[0]) {
		return true
	}
	w, _, _ := strings.Cut(ag.name, " ")
	return w != "năm" && countWords[strings.ToLower(w)] >= 2 // "chín thỏa thuận hai bên ký kết"
}

// inOrder reports whether every word of a appears in b, in order.
func inOrder(a, b []string) bool {
	j := 0
	for _, w := range b {
		if j < len(a) && a[j] == w {
			j++
		}
	}
	return j == len(a)
}

// plannedMeeting returns the one planned meeting of a planned agreement's
// signers, or -1.
func plannedMeeting(ag *agreement, ms []meeting) int {
	if ag.status != "planned" {
		return -1
	}
	found := -1
	for j, m := range ms {
		if m.status == "planned" && m.grp != "summit" && slices.Equal(m.participants, ag.signers) {
			if found >= 0 {
				return -1
			}
			found = j
		}
	}
	return found
}

// fromLastMeeting gives an agreement with no named party the parties of
// the meeting reported last before it, and ties it to that meeting.
func (a *analysis) fromLastMeeting(ag *agreement, ms []meeting) {
	best, bestSent := -1, -1
	for j, m := range ms {
		if m.grp == "summit" || m.partial || m.signing {
			continue
		}
		for _, si := range m.sents {
			if si <= ag.sent && si > bestSent {
				best, bestSent = j, si
			}
		}
	}
	if best < 0 || ag.sent-bestSent > 3 {
		return
	}
	m := ms[best]
	for _, k := range m.participants {
		if p := a.people.get(k); p != nil && p.country != "" {
			ag.parties = appendUnique(ag.parties, p.country)
		}
		ag.signers = appendUnique(ag.signers, k)
	}
	ag.parties = hostOfVisit(m, ag.parties)
	sort.Strings(ag.parties)
	sort.Strings(ag.signers)
	if ag.date.IsZero() {
		ag.date = m.date
	}
	ag.meeting = best
}

// sentenceDatesMatch reports whether sentence si names a date that agrees with m's.
func (a *analysis) sentenceDatesMatch(si int, m meeting) bool {
	for _, d := range a.sents[si].dates {
		if !d.Date.IsZero() && datesAgree(d.Date, m.date) && precision(d.Date) > 0 {
			return true
		}
	}
	return false
}

// emit writes entities and relations with evidence into ex.
func (a *analysis) emit(ex *model.Extraction, meets []meeting, members []membership, agrees []agreement, partners []partnership) {
	g := gazetteer.Default()
	b := &a.scratch.build
	b.reset(a)
	// Everything named: countries, organisations, cities.
	for i, s := range a.sents {
		for _, m := range s.ments {
			switch m.kind {
			case mCountry:
				b.country(m.id)
			case mOrg:
				b.org(m.id)
			case mCity:
				b.city(m.id, i)
			}
		}
	}
	// Leaders, each with the country they represent.
	for _, k := range a.people.order {
		p := a.people.byKey[k]
		b.leader(p)
		if p.country != "" && g.Countries[p.country] != nil {
			b.country(p.country)
			b.rel(model.RelRepresents, k, p.country, map[string]any{"role": nullable(p.role)}, a.firstSentence(k))
		}
	}
	told := toldInBody(a, meets)
	keys := a.meetingKeys(meets)
	for mi, m := range meets {
		if !a.anyoneKnown(m) {
			continue // nobody named took part: no meeting an analyst can follow
		}
		key := keys[mi]
		if m.caption && told[key] {
			continue // the body's meeting of that node, not a photo's (toldInBody)
		}
		b.summit(key, m)
		for _, p := range m.participants {
			if a.people.get(p) == nil {
				continue
			}
			b.rel(model.RelMetAt, p, key, nil, m.sents...)
		}
		if m.city != "" {
			b.city(m.city, m.sents[0])
			b.rel(model.RelHeldIn, key, m.city, nil, m.sents...)
		} else if m.country != "" {
			b.country(m.country)
			b.rel(model.RelHeldIn, key, m.country, nil, m.sents...)
		}
		if m.org != "" {
			b.org(m.org)
			b.rel(model.RelOf, key, m.org, nil, m.sents...)
		}
	}
	for _, ms := range members {
		if g.Countries[ms.country] == nil {
			continue
		}
		b.country(ms.country)
		b.org(ms.org)
		b.member(ms)
	}
	for _, ag := range agrees {
		if len(ag.parties) == 0 && ag.key == "" && ag.org == "" && !(ag.proper && ag.kind == "declaration") {
			// An agreement with no known party or organisation says
			// nothing: it joins nothing in the graph, whatever its name
			// ("đàm phán Hiệp định Đối tác kinh tế toàn diện (CEPA)", the
			// sides unnamed). A summit's declaration by name ("Tuyên bố
			// Vientiane") is the summit's, whose organisation the text
			// may leave to context.
			continue
		}
		if madeName(ag) {
			// A default name made before the parties or the date were
			// known ("Agreement" of what became "Agreement RU–VN --06")
			// is made again: it names the node and its key.
			ag.name = defaultAgreementName(ag)
		}
		key := agreementKey(ag)
		b.agreement(key, ag)
		for _, c := range ag.parties {
			b.party(c)
			b.rel(model.RelSigned, c, key, nil, ag.sent)
		}
		for _, l := range ag.signers {
			if a.people.get(l) != nil {
				b.rel(model.RelSigned, l, key, nil, ag.sent)
			}
		}
		if ag.meeting >= 0 {
			b.rel(model.RelSignedAt, key, keys[ag.meeting], nil, ag.sent)
		}
	}
	for _, p := range partners {
		for _, c := range p.countries {
			b.party(c)
		}
		b.partner(p)
	}
	ex.Entities, ex.Relations = b.result()
}

// anyoneKnown reports whether a participant of m is a leader of the article.
func (a *analysis) anyoneKnown(m meeting) bool {
	for _, p := range m.participants {
		if a.people.get(p) != nil {
			return true
		}
	}
	return false
}

// firstSentence returns the first sentence naming leader k.
func (a *analysis) firstSentence(k string) int {
	for i, s := range a.sents {
		for _, m := range s.ments {
			for _, mk := range m.keys {
				if mk == k {
					return i
				}
			}
		}
	}
	return 0
}

// nullable turns "" into nil, so unknown values are null in the output.
func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// anniversaryYears dates by its year a held meeting the text leaves
// undated on a page of the year of an anniversary it celebrates, counted
// from a year it writes: "Chuyến thăm diễn ra đúng vào dịp hai nước kỷ
// niệm 50 năm thiết lập quan hệ ngoại giao (1973 - 2023)" on a page of
// 3/11/2023 dates the welcome and talks it tells of no day for, at the
// precision the text supports (docs/ANNOTATION.md: the page's date does
// not date an event).
func (a *analysis) anniversaryYears(ms []meeting) {
	undated := func(m meeting) bool { return m.date.IsZero() && m.status == "held" && !m.recalled }
	if a.pub.Year == 0 || !slices.ContainsFunc(ms, undated) {
		return // (the text is read for anniversaries only when a meeting needs a year)
	}
	y := calendar.RelationsAnniversaryYear(a.text.S, a.pub.Year)
	if y != a.pub.Year {
		return
	}
	for i := range ms {
		if undated(ms[i]) {
			ms[i].date = calendar.Date{Year: y}
		}
	}
}
