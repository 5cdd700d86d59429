package ingest

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"kg/ingest/calendar"
	"kg/ingest/gazetteer"
	"kg/ingest/prose"
)

var agreementsTSV = dataFile("agreements.tsv")

// knownAgreement is a well-known agreement from data/agreements.tsv.
type knownAgreement struct {
	key, name, kind string
	parties         []string
	date            calendar.Date
	names           []string
	// org is the organisation whose name the document goes by ("@CPTPP"
	// in the names column): the lexicon reads the name as that
	// organisation, and orgDocuments adds the document where a verb of
	// signing or force governs it.
	org string
	// asNamed: its parties are those of its members (a parties column
	// "~AU|BN|...") that the article names where it speaks of it, the
	// press naming them one by one (namedParties).
	asNamed bool
}

var (
	knownOnce  sync.Once
	known      map[string]*knownAgreement // by key
	knownOrder []*knownAgreement          // in file order
	knownByOrg map[string]*knownAgreement // by the organisation it is named as
)

// knownAgreements parses data/agreements.tsv once and returns them by key.
func knownAgreements() map[string]*knownAgreement {
	knownOnce.Do(parseKnownAgreements)
	return known
}

// knownAgreementList returns the agreements of data/agreements.tsv in file
// order, for whatever must not depend on map order.
func knownAgreementList() []*knownAgreement {
	knownOnce.Do(parseKnownAgreements)
	return knownOrder
}

func parseKnownAgreements() {
	known = map[string]*knownAgreement{}
	knownByOrg = map[string]*knownAgreement{}
	for _, line := range strings.Split(agreementsTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 6 {
			panic("agreements.tsv: want 6 fields: " + line)
		}
		if known[f[0]] != nil {
			panic("agreements.tsv: duplicate key " + f[0])
		}
		ka := &knownAgreement{key: f[0], name: f[1], kind: f[2], date: calendar.ParseDate(f[4]), names: strings.Split(f[5], "|")}
		if f[3] != "" {
			members, asNamed := strings.CutPrefix(f[3], "~")
			ka.parties, ka.asNamed = strings.Split(members, "|"), asNamed
		}
		if org, ok := strings.CutPrefix(f[5], "@"); ok {
			ka.org, ka.names = org, nil
			knownByOrg[org] = ka
		}
		known[ka.key] = ka
		knownOrder = append(knownOrder, ka)
	}
}

// agreement is one treaty, statement or MoU as read from a clause.
type agreement struct {
	key                string // set for well-known agreements
	proper             bool   // name is a proper name, not a description
	name, kind, status string
	date, endDate      calendar.Date
	parties            []string // ISO2
	signers            []string // leader keys
	meeting            int      // index into the article's meetings, or -1
	sent               int
	org                string // the organisation it belongs to, when the clause names one
	back               bool   // "Thỏa thuận này": the agreement named before
	movement           bool   // its other side an armed movement, no country: "giữa Israel và Hamas"
	open               bool   // a convention opened for signature: no sides from the ceremony ("Lễ mở ký Công ước ...")
	orgParties         bool   // a treaty named after its organisation, its parties read where the article names them (namedParties): none, the organisation's
}

// referredAbove reports "trên" or "nói trên" ending a description within
// a few words of from: "the treaty above", not "hợp tác trên nhiều lĩnh
// vực".
func referredAbove(toks []token, from, to int) bool {
	for i := from; i < to && i < from+8; i++ {
		if toks[i].low != "trên" {
			continue
		}
		if i+1 == to || !toks[i+1].word {
			return true
		}
		switch toks[i+1].low {
		case "chính", "đã", "sẽ", "được", "có", "vẫn", "hết", "đang", "là",
			"tại", "cũng", "vào", "nhằm": // "đã ký thỏa thuận trên tại thủ đô Tokyo", "Việc ký thỏa thuận trên cũng được xem là ..."
			return true
		}
		return false
	}
	return false
}

// nameStop ends an agreement's name: words that start the rest of the clause.
var nameStop = map[string]bool{
	"mà": true, "đã": true, "sẽ": true, "được": true, "với": true, "vào": true, "tại": true,
	"và": true, "hết": true, "có": true, "trong": true, "là": true, "do": true, "nhằm": true,
	"để": true, "khi": true, "này": true, "đó": true, "ngày": true, "năm": true, "theo": true,
	"giữa": true, "của": true, "cho": true, "nhân": true, "trị": true, "hồi": true, "từ": true,
	"sau": true, "trước": true, "gồm": true, "vì": true, "nào": true, "nếu": true, "nên": true,
	"đạt": true, "ngay": true, "mang": true, "dưới": true, "cũng": true, "vẫn": true, "đang": true, "chưa": true, "vừa": true, "gây": true, "rồi": true,
}

// findAgreements reads the agreements a sentence states.
func findAgreements(a *analysis, si int) []agreement {
	s := a.sents[si]
	if listNumber(s) {
		a.listItem = true
		return nil // "1." before "Bản ghi nhớ ...": the list goes on
	}
	item := a.listItem
	a.listItem = false
	if !s.anyCue("agreement") && !s.anyCue("truce") && !namesOrgDocument(s) {
		if !item {
			a.docList = nil // a numbered item that is no document ("3. Giấy chứng nhận ...") keeps the list going
		}
		return nil // no agreement named: skip splitting the sentence
	}
	prev := a.docList
	out := a.findAgreementsIn(s, si)
	// "Các văn kiện hợp tác gồm:" introduces the documents, one a line:
	// each takes the status, date and parties of the set it names, read
	// here or in the sentence before ("chứng kiến Lễ trao các văn kiện
	// hợp tác song phương Việt Nam - Hàn Quốc"); the list goes on while
	// sentences open with a document.
	a.docList = nil
	if n := len(s.toks); n > 0 && s.toks[n-1].text == ":" {
		switch {
		case len(out) > 0 && out[len(out)-1].status != "":
			l := out[len(out)-1]
			a.docList = &l
		case a.lastAg != nil && si-a.lastAgS <= 2:
			a.docList = a.lastAg
		}
	} else if prev != nil && len(out) > 0 && s.hasCueAt("agreement", 0) {
		a.docList = prev
	}
	if len(out) > 0 {
		l := out[len(out)-1]
		a.lastAg, a.lastAgS = &l, si
	}
	return out
}

// listOf returns the set of documents whose list the agreement word c
// opens an item of, or nil: a sentence of its own after "Các văn kiện hợp
// tác gồm:" (docList), or an item after ":" or ";" in the sentence that
// named the set ("chứng kiến lễ trao đổi các văn kiện hợp tác gồm: Bản ghi
// nhớ ...; Hiệp định dẫn độ ...").
func (a *analysis) listOf(s *sentence, cl clause, c cueHit) *agreement {
	if a.docList != nil && c.start == 0 && cl.start == 0 {
		return a.docList
	}
	if a.inlineSet != nil && c.start > 0 {
		if p := s.toks[c.start-1].text; p == ":" || p == ";" || c.start == cl.start {
			return a.inlineSet
		}
	}
	return nil
}

// itemEnd returns where the list item starting at token i ends: at the
// next ";" or the sentence's end.
func itemEnd(s *sentence, i int) int {
	for j := i; j < len(s.toks); j++ {
		if s.toks[j].text == ";" {
			return j
		}
	}
	return len(s.toks)
}

// opensList reports an agreement whose name runs into "gồm:"/"bao gồm:"
// at token end: "các văn kiện hợp tác gồm: ...".
func opensList(s *sentence, end int) bool {
	j := end
	if j < len(s.toks) && s.toks[j].low == "bao" {
		j++
	}
	return j+1 < len(s.toks) && s.toks[j].low == "gồm" && s.toks[j+1].text == ":"
}

// listNumber reports a sentence that is only the number of a list item:
// "1.", "2)", "(3)".
func listNumber(s *sentence) bool {
	if len(s.toks) == 0 || len(s.toks) > 4 {
		return false
	}
	digits := false
	for _, t := range s.toks {
		switch {
		case isDigitWord(t.text):
			digits = true
		case t.word:
			return false
		}
	}
	return digits
}

// findAgreementsIn reads the documents of sentence si, clause by clause,
// each document word (an "agreement" cue) in turn: readAgreement reads
// one; the steps of sentenceDocs then settle it against the documents
// read before it in the sentence and the one the headline names.
func (a *analysis) findAgreementsIn(s *sentence, si int) []agreement {
	// d.out is an array of the scratch memory, reused from sentence to
	// sentence: findFacts copies what it returns before the next.
	d := &sentenceDocs{a: a, s: s, si: si, semis: s.hasToken(";", 0, len(s.toks)), lastEnd: -1, out: a.scratch.sentAgrees[:0]}
	a.inlineSet = nil
	for _, cl := range clauses(s) {
		if d.expiryGoesOn(cl) {
			continue
		}
		d.clauseDocuments(cl)
		nameEnd := -1 // "Tuyên bố chung ... về Khuôn khổ Hiệp định thương mại": one document
		for _, c := range s.cues {
			if c.cat != "agreement" || c.start < cl.start || c.end > cl.end || c.start < nameEnd || d.notADocument(c) {
				continue
			}
			ag, end, ok := a.readAgreement(s, cl, c)
			ok = d.joinedToLast(&ag, cl, c, ok)
			if !ok {
				d.headlineDocument(cl, c)
				continue
			}
			d.lastEnd = end
			d.fromHeadline(&ag, c)
			d.alsoClause(&ag, cl)
			d.namedJustBefore(ag, c, nameEnd)
			d.add(ag, cl, c, end)
			nameEnd = end
		}
	}
	itemSubjects(s, d.out, d.items)
	a.scratch.sentAgrees = d.out
	return d.out
}

// sentenceDocs is the reading of one sentence's documents: those read so
// far, in order.
type sentenceDocs struct {
	a       *analysis
	s       *sentence
	si      int
	out     []agreement
	items   []itemDoc // the documents of a list whose items ";" parts
	semis   bool      // the sentence has a ";"
	lastEnd int       // where the name of the last document read ends
}

// expiryGoesOn reports a clause that tells the last document's expiry,
// and marks it so: "Thỏa thuận này được ký kết năm 2010 nhưng đã hết hạn
// vào hôm 5.2" (the clause goes on of the agreement before).
func (d *sentenceDocs) expiryGoesOn(cl clause) bool {
	c, ok := d.s.hasCue("expired", cl.start, cl.end)
	if !ok || len(d.out) == 0 || d.s.anyCueIn("agreement", cl) {
		return false
	}
	o := &d.out[len(d.out)-1]
	o.status = "expired"
	if date, ok := d.a.clauseDate(d.s, clause{c.start, cl.end}); ok {
		o.endDate = date
	}
	return true
}

// clauseDocuments adds what a clause makes without a document word: a
// truce, an organisation's documents.
func (d *sentenceDocs) clauseDocuments(cl clause) {
	if ag, ok := d.a.truce(d.s, cl); ok {
		ag.sent = d.si
		d.out = append(d.out, ag)
	}
	for _, ag := range d.a.orgDocuments(d.s, cl) {
		ag.sent = d.si
		d.out = append(d.out, ag)
	}
}

// notADocument reports a document word that names no document of its
// own here.
func (d *sentenceDocs) notADocument(c cueHit) bool {
	s := d.s
	if countedAnd(s, c.start) && !s.toks[c.start].upper {
		return true // "đã ký 7 bản ghi nhớ và thỏa thuận": the words of one set counted
	}
	// "Công ước Liên hợp quốc về chống tội phạm mạng (Công ước Hà Nội)":
	// the short name of the document just named.
	return c.start > 0 && s.toks[c.start-1].text == "(" && len(d.out) > 0 && d.out[len(d.out)-1].kind == c.val && inlineNamed(s, c.start-1, 12) && !knownAt(s, c.start)
}

// joinedToLast gives a document joined by "và" to the one just named its
// status and sides, and reports whether it is read: "ký hiệp định về
// phòng, chống tội phạm và Hiệp định chuyển giao người bị kết án", "việc
// ký và phê chuẩn Hiệp định ... Việt Nam - EU và Hiệp định Bảo hộ Đầu tư"
// (a document joined to the one just named is made or planned with it,
// between the same sides).
func (d *sentenceDocs) joinedToLast(ag *agreement, cl clause, c cueHit, ok bool) bool {
	r := &d.a.reading
	semi := c.start > 0 && d.s.toks[c.start-1].text == ";" // an item of a list ("...; Hiệp định tương trợ tư pháp ...") needs no proper name
	if len(d.out) == 0 || !conjoined(d.s, d.lastEnd, c.start) || !ok && (r.c != c || !r.named && !semi || r.vetoed || ag.status != "") {
		return ok
	}
	prev := d.out[len(d.out)-1]
	if prev.sent != d.si || len(prev.parties) < 2 || documentSet(prev) || prev.status == "" {
		return ok
	}
	ag.status, ag.parties, ag.signers = prev.status, slices.Clone(prev.parties), slices.Clone(prev.signers)
	if ag.name == "" {
		ag.name = description(d.s, c, cl.end) // "Hiệp định chuyển giao người bị kết án phạt tù": no proper name, a description
	}
	if ag.date.IsZero() && prev.key == "" {
		ag.date = prev.date // (not a well-known one's date from the data)
	}
	return true
}

// headlineDocument keeps the document a headline names with its sides
// and no more ("Tuyên bố chung về nâng cấp quan hệ ... Việt Nam-Malaysia"),
// for the body to name.
func (d *sentenceDocs) headlineDocument(cl clause, c cueHit) {
	if d.si != 0 || !d.a.isHeadline(0) {
		return
	}
	sides := d.a.betweenList(d.s, cl, c.end)
	if len(sides) < 2 {
		sides = countriesIn(d.s, c.start, cl.end) // the sides in its title
	}
	if len(sides) >= 2 {
		d.a.titleDoc = &agreement{kind: c.val, parties: sides}
	}
}

// fromHeadline gives a document that points back, or the full text of
// one, the sides of the document the headline names: "PLO xin trân
// trọng giới thiệu toàn văn Tuyên bố chung này" under the headline "...
// Tuyên bố chung giữa Việt Nam và Brazil".
func (d *sentenceDocs) fromHeadline(ag *agreement, c cueHit) {
	t, s := d.a.titleDoc, d.s
	if t == nil || t.kind != ag.kind {
		return
	}
	back := (ag.back || c.end < len(s.toks) && s.toks[c.end].low == "này") && len(ag.parties) == 0
	if back || fullTextOf(s, c.start) && len(ag.parties) < 2 && subset(ag.parties, t.parties) {
		ag.parties, ag.back = slices.Sorted(slices.Values(t.parties)), false
	}
}

// alsoClause gives a document of an "also" clause the sides and plan of
// the one before: "Trung Quốc và Brazil sẽ ký ... hơn 20 thỏa thuận; đồng
// thời ký kết thỏa thuận ..." (the same sides, the same plan).
func (d *sentenceDocs) alsoClause(ag *agreement, cl clause) {
	if len(d.out) == 0 || !alsoClause(d.s, cl) {
		return
	}
	prev := d.out[len(d.out)-1]
	if len(ag.parties) < 2 && len(prev.parties) >= 2 {
		ag.parties = prev.parties
	}
	if prev.status == "planned" && ag.status == "signed" {
		ag.status = "planned"
	}
}

// namedJustBefore settles a well-known document with the description
// read just before it, which was its own.
func (d *sentenceDocs) namedJustBefore(ag agreement, c cueHit, nameEnd int) {
	if ag.key == "" || len(d.out) == 0 || nameEnd < 0 {
		return
	}
	if last := d.out[len(d.out)-1]; last.key == "" && !last.proper && last.kind == ag.kind && namingBetween(d.s, nameEnd, c.start) {
		// "thỏa thuận hạt nhân có tên “Kế hoạch hành động chung toàn
		// diện” (JCPOA)", "thỏa thuận hạt nhân năm 2015, còn được gọi là
		// Kế hoạch hành động chung toàn diện (JCPOA)": the description was
		// the known agreement's, its sides too.
		d.out = d.out[:len(d.out)-1]
	}
	if len(d.out) > 0 && shortNameAfter(d.s, nameEnd, c.start) {
		// "phê chuẩn Hiệp định thương mại tự do giữa Liên minh châu Âu
		// (EU) và Việt Nam (EVFTA)", "Hiệp định thương mại tự do EU-Việt
		// Nam (EVFTA)": the title before the short name in brackets was
		// the known agreement's, capitalised or not (describedJustBefore
		// merges them).
		if prev := &d.out[len(d.out)-1]; prev.key == "" && prev.sent == d.si && prev.kind == ag.kind && len(prev.parties) > 0 && subset(prev.parties, ag.parties) {
			prev.proper, prev.parties = false, slices.Clone(ag.parties)
		}
	}
}

// add keeps a document read: one for each side or item a list gives it,
// else itself.
func (d *sentenceDocs) add(ag agreement, cl clause, c cueHit, end int) {
	a, s := d.a, d.s
	ag.sent = d.si
	if each := a.eachWith(s, cl, c, ag); len(each) > 0 {
		d.out = append(d.out, each...) // "ký thỏa thuận thương mại song phương với ... Thái Lan, Malaysia và Campuchia"
	} else if each := a.withEachNamedBefore(d.si, cl, end, ag); len(each) > 0 {
		d.out = append(d.out, each...) // "Mỹ đã ký thỏa thuận riêng với mỗi nước"
	} else if each := eachItem(s, cl, c, ag); len(each) > 0 {
		d.out = append(d.out, each...) // "5 Nghị định thư về xuất khẩu ớt, chanh leo, cám gạo, ..."
	} else {
		if d.semis {
			d.items = append(d.items, itemDoc{len(d.out), c.start})
		}
		d.out = append(d.out, ag)
	}
	if opensList(s, end) {
		l := ag
		a.inlineSet = &l
	}
}

// itemDoc is the document out[i] of a sentence, read at token at.
type itemDoc struct{ i, at int }

// itemSubjects names apart the documents of one description that items of
// a list parted by ";" tell, each with the bodies that sign it before its
// verb ("Bộ Khoa học và Công nghệ Việt Nam và Bộ Phát triển số và Giao
// thông Azerbaijan trao đổi Bản ghi nhớ về hợp tác giữa hai bộ; Bộ Văn
// hóa, Thể thao và Du lịch Việt Nam và Bộ Văn hóa Azerbaijan trao đổi Bản
// ghi nhớ về hợp tác giữa hai bộ"): two memoranda, not one told twice.
// Each takes its signers into its name.
func itemSubjects(s *sentence, out []agreement, items []itemDoc) {
	if len(items) < 2 {
		return
	}
	twins := make([]bool, len(items))
	for x, d := range items {
		ag := out[d.i]
		for y, e := range items {
			o := out[e.i]
			if y != x && ag.key == "" && !ag.proper && o.kind == ag.kind && o.key == "" && !o.proper && prose.Fold(o.name) == prose.Fold(ag.name) && itemStart(s, e.at) != itemStart(s, d.at) {
				twins[x] = true
				break
			}
		}
	}
	for x, d := range items {
		if !twins[x] {
			continue
		}
		ag, from := &out[d.i], itemStart(s, d.at)
		verb := d.at
		for verb > from && itemVerbs[s.toks[verb-1].low] {
			verb--
		}
		if verb < d.at && verb-from >= 2 {
			end := min(itemEnd(s, d.at), d.at+12)
			for end > d.at+1 && !s.toks[end-1].word {
				end-- // (not the sentence's full stop)
			}
			ag.name = span(s.toks, d.at, end) + " (" + span(s.toks, from, verb) + ")"
		}
	}
}

// itemVerbs are the words of signing or exchange between an item's
// signers and its document: "trao đổi", "ký kết", "đã ký".
var itemVerbs = map[string]bool{"trao": true, "đổi": true, "ký": true, "kết": true, "đã": true, "cùng": true}

// itemStart returns the first token of the ";" item that holds token at.
func itemStart(s *sentence, at int) int {
	for i := at - 1; i >= 0; i-- {
		if t := s.toks[i].text; t == ";" || t == ":" {
			return i + 1
		}
	}
	return 0
}

// conjoined reports a document word at token at joined by "và" to the
// name of the document before, which ends at token prev: "và" right
// before it, and at most a few more words of that name between (cut
// there by a comma: "hiệp định về phòng, chống tội phạm và Hiệp định").
func conjoined(s *sentence, prev, at int) bool {
	if prev < 0 || at-1 < prev {
		return false
	}
	// "ký kết Hiệp ước hữu nghị ... giữa CHXHCN Việt Nam và CHDCND Lào;
	// Hiệp ước hoạch định biên giới ...": documents one after another, ";"
	// between and no colon before, the verb before the first; the first's
	// description may run on to the ";".
	switch j := at - 1; {
	case s.toks[j].low == "và":
		if j-prev > 5 {
			return false
		}
	case s.toks[j].text == ";" && s.toks[at].upper:
		if j-prev > 24 || s.hasToken(":", 0, j) {
			return false // (a list a colon opens is read as one: listOf, documentSet)
		}
	default:
		return false
	}
	for i := prev; i < at-1; i++ {
		if t := s.toks[i]; !t.word && t.text != "," || len(s.cues) > 0 && cueStartsAt(s, i) {
			return false
		}
	}
	return true
}

// description returns the words of a document's description from its word
// c up to one that starts the rest of the clause, which ends at to.
func description(s *sentence, c cueHit, to int) string {
	end := c.end
	for end < to && end-c.end < 12 && s.toks[end].word && !nameStop[s.toks[end].low] {
		end++
	}
	return span(s.toks, c.start, end)
}

// cueStartsAt reports a cue of signing, plan or document at token i.
func cueStartsAt(s *sentence, i int) bool {
	for _, c := range s.cues {
		if c.start == i && (c.cat == "signed" || c.cat == "planned" || c.cat == "agreement" || c.cat == "reached") {
			return true
		}
	}
	return false
}

// countedAnd reports a counted set's word and "và" right before token i
// ("7 bản ghi nhớ và"): the word at i is more of the set's.
func countedAnd(s *sentence, i int) bool {
	if i < 3 || s.toks[i-1].low != "và" {
		return false
	}
	p, ok := s.cueEndingAt("agreement", i-1)
	return ok && p.start > 0 && isDigitWord(s.toks[p.start-1].text)
}

// orgDocuments reads the documents of the clause that the lexicon knows
// as organisations (a trade bloc named after its treaty: CPTPP, USMCA; in
// agreements.tsv with "@" and the organisation's key for names) when a
// verb of signing or of being in force follows the name: "Hiệp định Đối
// tác Toàn diện và Tiến bộ xuyên Thái Bình Dương (CPTPP) được ký kết năm
// 2018, bao gồm 11 thành viên: ...", "CPTPP được ký kết năm 2018, có
// hiệu lực với Việt Nam từ đầu năm 2019", "CPTPP có hiệu lực với Việt Nam
// từ đầu năm 2019". The name keeps its organisation reading (who joins
// the bloc); the document is between all the parties the data gives it,
// the press seldom naming them ("có hiệu lực với Việt Nam" is the
// treaty's force among its members). Not where a purpose or a time to
// come opens the verb ("để RCEP có hiệu lực", "khi CPTPP có hiệu lực"),
// nor after an agreement word, whose own reading reads it ("Thỏa thuận
// USMCA được ký kết").
func (a *analysis) orgDocuments(s *sentence, cl clause) []agreement {
	var out []agreement
	toks := s.toks
	knownOnce.Do(parseKnownAgreements)
	for _, m := range s.ments {
		if m.kind != mOrg || m.start < cl.start || m.end > cl.end {
			continue
		}
		ka := knownByOrg[m.id]
		if ka == nil || m.start > 0 && (toks[m.start-1].low == "để" || toks[m.start-1].low == "khi") {
			continue
		}
		if _, ok := s.hasCue("agreement", max(cl.start, m.start-2), m.start); ok {
			continue
		}
		i := m.end
		if i < len(toks) && toks[i].text == "(" {
			for i < len(toks) && toks[i].text != ")" {
				i++
			}
			i++ // "Hiệp định ... (CPTPP) được ký kết"
		}
		ag := agreement{key: ka.key, name: ka.name, kind: ka.kind, parties: slices.Clone(ka.parties), org: m.id, meeting: -1}
		if ka.asNamed {
			ag.parties, ag.orgParties = a.namedParties(ka.parties, m.id), true
		}
		switch {
		case passiveSigned(toks, i):
			ag.status, ag.date = "signed", ka.date
			out = append(out, ag)
			// "CPTPP được ký kết năm 2018, có hiệu lực với Việt Nam từ
			// đầu năm 2019": the clause after the comma goes on of it.
			for j := i; j < len(toks) && toks[j].text != "."; j++ {
				if toks[j].text == "," {
					if inForceAt(toks, j+1) {
						in := ag
						in.status, in.date = "in_force", calendar.Date{}
						out = append(out, in)
					}
					break
				}
			}
		case inForceAt(toks, i):
			ag.status = "in_force"
			out = append(out, ag)
		default:
			if st := a.signingOf(s, cl, m); st != "" {
				ag.status = st
				if st == "signed" {
					ag.date = ka.date
				}
				out = append(out, ag)
			}
		}
	}
	return out
}

// signingOf reads a verb of signing right before a document named after
// its organisation: "11 nước đã chính thức ký Hiệp định Đối tác toàn diện
// và tiến bộ xuyên Thái Bình Dương", "15 nước thành viên RCEP đã ký kết
// RCEP" are signed; "sẽ ký", "lễ ký kết RCEP sẽ được tổ chức" planned. A
// signatory ("nước ký kết RCEP") tells no signing, nor a negated verb.
func (a *analysis) signingOf(s *sentence, cl clause, m mention) string {
	c, ok := s.cueEndingAt("signed", m.start)
	if !ok || c.start < cl.start {
		return ""
	}
	switch span(s.toks, c.start, c.end) {
	case "ký", "ký kết":
	default:
		return ""
	}
	if a.negated(s, cl, c.start) {
		return ""
	}
	if a.plannedBefore(s, cl, c.start) {
		return "planned"
	}
	if c.start > cl.start && s.toks[c.start-1].low == "lễ" {
		// The ceremony: planned when a planning word follows it.
		if _, ok := s.hasCue("planned", m.end, min(cl.end, m.end+6)); ok {
			return "planned"
		}
	}
	return "signed"
}

// namesOrgDocument reports an organisation of the sentence that is also
// a document (orgDocuments).
func namesOrgDocument(s *sentence) bool {
	knownOnce.Do(parseKnownAgreements)
	for _, m := range s.ments {
		if m.kind == mOrg && knownByOrg[m.id] != nil {
			return true
		}
	}
	return false
}

// skipAdverbs returns the first token from i that is no adverb of tense
// or manner ("đã", "vẫn", "cũng", "chính thức").
func skipAdverbs(toks []token, i int) int {
	for i < len(toks) {
		switch toks[i].low {
		case "đã", "vẫn", "cũng", "chính", "thức":
			i++
			continue
		}
		return i
	}
	return i
}

// passiveSigned reports "được ký", "được ký kết", "được các nước ký kết"
// at token i, after adverbs.
func passiveSigned(toks []token, i int) bool {
	i = skipAdverbs(toks, i)
	if i >= len(toks) || toks[i].low != "được" {
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+3; j++ {
		if toks[j].low == "ký" {
			return true
		}
		if !toks[j].word {
			return false
		}
	}
	return false
}

// inForceAt reports "có hiệu lực" or "đi vào hiệu lực" at token i, after
// adverbs.
func inForceAt(toks []token, i int) bool {
	i = skipAdverbs(toks, i)
	return i+2 < len(toks) && (toks[i].low == "có" || toks[i].low == "đi" && toks[i+1].low == "vào" && i+3 < len(toks) && toks[i+2].low == "hiệu" && toks[i+3].low == "lực") &&
		(toks[i].low == "đi" || toks[i+1].low == "hiệu" && toks[i+2].low == "lực")
}

// namingBetween reports tokens [from, to) that give a document just
// described its name: "có tên", "(hay) còn (được) gọi là", "tức", with the
// name in words or quotes and an opening parenthesis before the short
// one ("có tên “Kế hoạch hành động chung toàn diện” (").
func namingBetween(s *sentence, from, to int) bool {
	if from >= to || to-from > 16 {
		return false
	}
	naming := false
	for i := from; i < to; i++ {
		t := s.toks[i]
		switch t.low {
		case "tên", "gọi", "tức":
			naming = true
		case "có", "hay", "còn", "được", "là", ",", "(", "“", "”", "\"":
		default:
			if !t.upper && !(t.word && naming) {
				return false
			}
		}
	}
	return naming
}

// alsoClause reports a clause that opens on "đồng thời" (at the same
// time): it goes on with the subject and tense of the clause before.
func alsoClause(s *sentence, cl clause) bool {
	i := cl.start
	if i < cl.end && s.toks[i].text == ";" {
		i++
	}
	return i+1 < cl.end && s.toks[i].low == "đồng" && s.toks[i+1].low == "thời"
}

// readAgreement reads the agreement word c of clause cl, and returns it
// with the token where its name ends.
func (a *analysis) readAgreement(s *sentence, cl clause, c cueHit) (agreement, int, bool) {
	for _, m := range s.ments {
		if m.kind == mAgreement && (m.start == c.start || m.start == c.end) {
			// A known name, or the kind word before it ("Hiệp định EVIPA"):
			// it ends where the name does, whatever its name in the data.
			ag, ok := a.knownAgreement(s, cl, m)
			return ag, m.end, ok
		}
	}
	ag, ok := a.readAgreementAt(s, cl, c)
	end := c.end
	if ag.name != "" && ag.name != defaultAgreementName(ag) {
		end = c.end + len(strings.Fields(ag.name)) - len(strings.Fields(span(s.toks, c.start, c.end)))
	}
	return ag, end, ok
}

// knownAgreement reads the status of a well-known agreement; its name,
// kind, parties and signing date come from the data.
func (a *analysis) knownAgreement(s *sentence, cl clause, m mention) (agreement, bool) {
	ka := knownAgreements()[m.id]
	ag := agreement{key: ka.key, name: ka.name, kind: ka.kind, date: ka.date, meeting: -1}
	if len(ka.parties) == 2 || a.namesAll(ka.parties) {
		// A bilateral document is always between its two sides (whose
		// names are often inside its own: "Hiệp định Bảo hộ Đầu tư Việt
		// Nam - EU"), and an article that names every party ("Nga",
		// "Mỹ") speaks of them all.
		ag.parties = append(ag.parties, ka.parties...)
	}
	// Its parties as the text names them: the data knows them all, but the
	// article may speak of some ("giữa Israel với các nước láng giềng Arab").
	for _, cm := range s.ments {
		if (cm.kind == mCountry || cm.kind == mOrg) && slices.Contains(ka.parties, cm.id) {
			ag.parties = appendUnique(ag.parties, cm.id)
		}
		for _, k := range cm.keys {
			// "Tổng thống Putin lưu ý rằng Hiệp ước ... mà Mỹ": Russia through its president.
			if p := a.people.get(k); p != nil && slices.Contains(ka.parties, p.country) {
				ag.parties = appendUnique(ag.parties, p.country)
			}
		}
	}
	_, expired := s.hasCue("expired", cl.start, cl.end)
	inForce := a.inForce(s, cl, ag.kind, m.start)
	switch {
	case expired:
		ag.status = "expired"
		if d, ok := a.clauseDate(s, cl); ok {
			ag.endDate = d
		}
	case inForce:
		ag.status = "in_force"
	case a.lastCueBefore(s, cl, m.start) == "negotiate" && !a.afterSigning(ka.date):
		// "tuyên bố kết thúc đàm phán Hiệp định ... (VIFTA)": not signed
		// yet, unless the article was written after its known signing.
		ag.status = "planned"
	case (a.plannedBefore(s, cl, namedFrom(s, cl, m.start)) || proposedSigning(s, cl, namedFrom(s, cl, m.start)) || plannedSigningAfter(s, cl, m.end)) && !a.afterSigning(ka.date) && !toldSigned(a, s, cl, m):
		// "chuẩn bị cho việc ký Hiệp định FTA Việt Nam - Israel": its
		// signing still ahead when written; the known date is not yet.
		ag.status, ag.date = "planned", calendar.Date{}
	default:
		ag.status = "signed"
	}
	if a.beforeSigning(ka.date) && !toldSigned(a, s, cl, m) {
		// Written before the document's known signing: it was yet to be
		// signed ("tuyên bố kết thúc đàm phán Hiệp định ... (VIFTA)").
		ag.status, ag.date = "planned", calendar.Date{}
	}
	if len(ka.parties) == 0 && !citedAsLaw(s, namedFrom(s, cl, m.start)) {
		for _, cm := range s.ments {
			if cm.kind == mCountry && cm.start >= cl.start && cm.end <= cl.end {
				ag.parties = appendUnique(ag.parties, cm.id)
			}
		}
	}
	sort.Strings(ag.parties)
	return ag, true
}

// namedFrom returns where the agreement named at token at begins: the
// agreement word of the description an acronym in parentheses follows
// ("ký Hiệp định FTA Việt Nam - Israel (VIFTA)"), else at.
func namedFrom(s *sentence, cl clause, at int) int {
	if at == 0 || s.toks[at-1].low != "(" {
		return at
	}
	from := at
	for _, c := range s.cues {
		if c.cat == "agreement" && c.start >= cl.start && c.end < at {
			from = c.start
		}
	}
	return from
}

// beforeSigning reports an article dated before signed, compared at the
// precision of the article's date (an article of "2023-07" is not before
// a signing on 2023-07-25).
func (a *analysis) beforeSigning(signed calendar.Date) bool {
	at, signed, ok := a.anchorAgainst(signed)
	return ok && calendar.After(signed, at)
}

// afterSigning reports an article dated after signed, compared the same
// way: an article anchored only on "2023" is not after a signing on
// 2023-07-25.
func (a *analysis) afterSigning(signed calendar.Date) bool {
	at, signed, ok := a.anchorAgainst(signed)
	return ok && calendar.After(at, signed)
}

// anchorAgainst returns the article's date and signed cut to the
// article's precision, or false when either is unknown.
func (a *analysis) anchorAgainst(signed calendar.Date) (at, cut calendar.Date, ok bool) {
	at = a.anchor
	if at.Year == 0 || signed.Year == 0 {
		return at, signed, false
	}
	if at.Month == 0 {
		signed.Month = 0
	}
	if at.Day == 0 {
		signed.Day = 0
	}
	return at, signed, true
}

// lastCueBefore returns the category of the last word of an agreement's
// life (negotiated, signed, in force, expired) in the clause before token
// at, or "".
func (a *analysis) lastCueBefore(s *sentence, cl clause, at int) string {
	last := ""
	for _, c := range s.cues {
		if c.start < cl.start || c.end > at {
			continue
		}
		switch c.cat {
		case "negotiate", "signed", "inforce", "expired":
			last = c.cat
		}
	}
	return last
}

// signedAnd reports a word of signing and "và" right before token i:
// "ký kết và triển khai", one act told with the next.
func signedAnd(s *sentence, i int) bool {
	return i >= 2 && s.toks[i-1].low == "và" && s.hasCueEndingAt("signed", i-1)
}

// betweenList returns the countries of "giữa A và B" after token from in
// the clause.
func (a *analysis) betweenList(s *sentence, cl clause, from int) []string {
	for i := from; i < cl.end && i < from+10; i++ {
		if s.toks[i].low != "giữa" {
			continue
		}
		for _, l := range lists(s) {
			if l.start == i+1 {
				return append([]string(nil), l.isos...)
			}
		}
	}
	return nil
}

// speaksOfIt reports a leader who says what follows ("Bộ trưởng Lương Tam
// Quang nhấn mạnh, các hiệp định song phương mà hai bên đã ký kết ..."):
// he speaks of the documents, he does not sign them.
func speaksOfIt(s *sentence, m mention) bool {
	for _, c := range s.cues {
		if c.cat == "attrib" && c.start == m.end && c.end < len(s.toks) && (s.toks[c.end].text == "," || s.toks[c.end].text == ":") {
			return true
		}
	}
	return false
}

// witnessOfOthers reports a leader m who witnessed others sign the
// document of cue c: "Ông Trump chứng kiến hai nước châu Phi ký thỏa
// thuận hòa bình". He is no signer; those who witness a signing told
// without its signers ("Hai Thủ tướng chứng kiến lễ ký kết các văn kiện")
// stand for their sides.
func witnessOfOthers(s *sentence, m mention, c cueHit) bool {
	for _, w := range s.cues {
		if w.cat != "witness" || w.start < m.end || w.end > c.start {
			continue
		}
		for _, v := range s.cues {
			if v.cat != "signed" || v.start <= w.end || v.end > c.start {
				continue
			}
			if othersSign(s, w.end, v.start) {
				return true
			}
		}
	}
	return false
}

// othersSign reports signers named in [from, to) who are countries of
// their own ("chứng kiến đại diện Rwanda và CHDC Congo ký", "hai nước
// châu Phi ký"), not bodies of the witnesses' countries ("các bộ, ngành
// hai nước trao các văn kiện").
func othersSign(s *sentence, from, to int) bool {
	for _, m := range s.ments {
		if m.kind == mCountry && m.start >= from && m.end <= to {
			return true
		}
	}
	for j := from; j+2 < to; j++ {
		if s.toks[j].low == "hai" && s.toks[j+1].low == "nước" {
			return true // "hai nước châu Phi": two countries described, then signing
		}
	}
	return false
}

// signingSubject returns the countries of a list right before the
// signing or reaching verb of agreement word c ("Nga và Ukraine đạt được
// thỏa thuận", "Thái Lan và Campuchia sẽ ký tuyên bố"), past the words of
// tense between them.
func (a *analysis) signingSubject(s *sentence, cl clause, c cueHit) []string {
	for _, v := range s.cues {
		if v.cat != "signed" && v.cat != "reached" || v.start < cl.start || v.end > c.start || wordsBetween(s, v.end, c.start) > 1 {
			continue
		}
		l, ok := subjectList(s, cl, v.start)
		bloc := ""
		if !ok {
			// "Việt Nam và EU ký ...": a union of states is the last side.
			l, bloc, ok = listAndBloc(s, cl, v.start)
		} else if l.start > 1 && s.toks[l.start-1].low == "và" {
			// "EU và Ai Cập ký ...": the first.
			if m := mentionBeforeBrackets(s, l.start-1); m != nil && m.kind == mOrg && partnerOrgs[m.id] {
				bloc = m.id
			}
		}
		if !ok {
			continue
		}
		var sides []string
		for _, m := range s.ments {
			if m.kind == mCountry && m.start >= l.start && m.end <= l.end && a.partyCountry(s, m) {
				sides = appendUnique(sides, m.id) // not "Times Of Israel, Iran và Mỹ"'s source
			}
		}
		if bloc != "" && len(sides) > 0 {
			sides = appendUnique(sides, bloc)
		}
		return sides
	}
	return nil
}

// eachItem returns one document per item when documents named in the
// plural, of a kind of their own, list what each is about: "sớm ký các
// Hiệp định bảo hộ đầu tư và tránh đánh thuế 2 lần", "5 Nghị định thư về
// xuất khẩu ớt, chanh leo, cám gạo, tổ yến thô và mít tươi". Nil
// otherwise: cooperation documents signed together stay one set ("12 văn
// kiện hợp tác"), and one document of several topics stays one
// ("Hiệp định về thương mại và đầu tư").
func eachItem(s *sentence, cl clause, c cueHit, ag agreement) []agreement {
	if c.start == 0 || ag.kind == "mou" || ag.back || ag.key != "" {
		return nil
	}
	w := s.toks[c.start-1]
	n, _ := calendar.LeadingInt(w.text)
	if !(severalDocuments[w.low] && !manyOf[w.low] || isDigitWord(w.text) && n >= 2 || countWords[w.low] >= 2) {
		return nil
	}
	head := span(s.toks, c.start, c.end)
	i := c.end
	if i < cl.end && s.toks[i].low == "về" {
		head += " về"
		i++
	}
	var items []string
	from := i
	closeItem := func(j int) bool {
		if j == from || j-from > 6 {
			return false
		}
		items = append(items, span(s.toks, from, j))
		return true
	}
	j := i
	last := false // "và" seen: the item after it is the last
	for ; j < cl.end; j++ {
		t := s.toks[j]
		if (t.text == "," || t.low == "và") && !last {
			if !closeItem(j) {
				return nil
			}
			from, last = j+1, t.low == "và"
			continue
		}
		if !(t.word && !t.upper || isDigitWord(t.text)) || inMention(s, j) || nameStop[t.low] || s.inCueAny(j) && j > i {
			break
		}
	}
	if !closeItem(j) || len(items) < 2 {
		return nil
	}
	out := make([]agreement, 0, len(items))
	for _, it := range items {
		e := ag
		e.name, e.proper = head+" "+it, false
		out = append(out, e)
	}
	return out
}

// eachWith returns one document per country listed after "với" when
// the documents are bilateral or many ("ký thỏa thuận thương mại song
// phương với các nhà lãnh đạo Thái Lan, Malaysia và Campuchia", "ký các
// thỏa thuận của Mỹ với Thái Lan và Malaysia"), or one side signs the
// document with them ("Nhật Bản đã ký Hiệp định Tiếp cận Tương hỗ với Anh
// và Australia", "thỏa thuận an ninh thứ 21 mà Kiev đã ký kết với các
// quốc gia ..., trong đó có Anh, Pháp, ..."): each is between the one
// other side (the relative clause's subject, when it signs) and that
// country, of the agreement word's kind (not a set). Nil otherwise.
func (a *analysis) eachWith(s *sentence, cl clause, c cueHit, ag agreement) []agreement {
	if len(ag.parties) < 3 {
		return nil
	}
	plural := c.start > 0 && severalDocuments[s.toks[c.start-1].low]
	plural = plural || tradeDeal(s, c) // "đạt được thỏa thuận thương mại với A và B": a deal with each
	bilateral := false
	for i := c.end; i+1 < cl.end && i < c.end+6; i++ {
		if s.toks[i].low == "song" && s.toks[i+1].low == "phương" {
			bilateral = true
		}
	}
	relSubject, relative := signedInRelative(s, cl, c)
	if !plural && !bilateral && !relative && !signedWithOthers(s, cl, c) {
		return nil
	}
	with := -1
	for i := c.end; i < cl.end; i++ {
		if s.toks[i].low == "với" {
			with = i
			break
		}
	}
	if with < 0 {
		return nil
	}
	var others []string
	for _, m := range s.ments {
		if m.kind == mCountry && m.start > with && m.end <= cl.end && slices.Contains(ag.parties, m.id) {
			others = appendUnique(others, m.id)
		}
	}
	var own []string
	for _, p := range ag.parties {
		if !slices.Contains(others, p) {
			own = append(own, p)
		}
	}
	if relSubject != "" {
		own = []string{relSubject} // "thỏa thuận an ninh thứ 21 mà Kiev đã ký kết với các quốc gia ..., trong đó có Anh, Pháp, ...": Ukraine's
	}
	if len(others) < 2 || len(own) != 1 {
		return nil
	}
	out := make([]agreement, 0, len(others))
	for _, o := range others {
		each := ag
		each.parties = []string{own[0], o}
		// One name for the documents with each is no single document's:
		// each is known by its name and sides ("Hiệp định Tiếp cận Tương
		// hỗ" with Britain, with Australia, and the one with the Philippines).
		each.proper = false
		if plural && c.val != "mou" {
			each.kind = c.val // "các thỏa thuận của Mỹ với Thái Lan và Malaysia": one agreement with each, no set
		}
		sort.Strings(each.parties)
		each.signers = slices.Clone(ag.signers)
		out = append(out, each)
	}
	return out
}

// withEachNamedBefore gives a document that one country signs "với mỗi
// nước" or "với từng nước" (with each country), "riêng" or not, after its
// name at end, one copy with each of the countries the sentence before
// names (or the last before it that names two or more):
// "Azerbaijan và Armenia đã cam kết ngừng xung đột. Mỹ đã ký thỏa thuận
// riêng với mỗi nước". Nil when it is no such document.
func (a *analysis) withEachNamedBefore(si int, cl clause, end int, ag agreement) []agreement {
	s := a.sents[si]
	if len(ag.parties) != 1 || si == 0 || ag.key != "" {
		return nil
	}
	i := end
	if i < cl.end && s.toks[i].low == "riêng" {
		i++
	}
	if i+2 >= cl.end || s.toks[i].low != "với" || s.toks[i+1].low != "mỗi" && s.toks[i+1].low != "từng" || s.toks[i+2].low != "nước" && s.toks[i+2].low != "bên" {
		return nil
	}
	var others []string
	for j := si - 1; j >= 0 && len(others) < 2; j-- {
		others = others[:0]
		for _, m := range a.sents[j].ments {
			if m.kind == mCountry && m.id != ag.parties[0] {
				others = appendUnique(others, m.id)
			}
		}
	}
	if len(others) < 2 {
		return nil
	}
	out := make([]agreement, 0, len(others))
	for _, o := range others {
		each := ag
		each.parties = []string{ag.parties[0], o}
		sort.Strings(each.parties)
		each.signers = slices.Clone(ag.signers)
		out = append(out, each)
	}
	return out
}

// tradeDeal reports a trade deal ("thỏa thuận thương mại"): one country
// makes one with each of the others it names.
func tradeDeal(s *sentence, c cueHit) bool {
	return c.end+1 < len(s.toks) && s.toks[c.end].low == "thương" && s.toks[c.end+1].low == "mại"
}

// beforeQuote returns i, or the token of an opening quote right before
// it: where what comes before a quoted name ends.
func beforeQuote(s *sentence, i int) int {
	if i > 0 && (s.toks[i-1].text == "“" || s.toks[i-1].text == "\"") {
		return i - 1
	}
	return i
}

// signersSubject reports people named right before the verb that signs
// or issues document c ("ký", "ra"), with only a date or a word of tense
// between: they are its subject, every one a side.
func (a *analysis) signersSubject(s *sentence, cl clause, c cueHit) bool {
	verb := -1
	for _, v := range s.cues {
		if v.cat == "signed" && v.start >= cl.start && v.end <= c.start && wordsBetween(s, v.end, c.start) <= 1 {
			verb = v.start
		}
	}
	if verb < 0 && c.start > cl.start && s.toks[c.start-1].low == "ra" {
		verb = c.start - 1
		if verb > cl.start && s.toks[verb-1].low == "đưa" {
			verb--
		}
	}
	if verb < 0 {
		return false
	}
	i := verb - 1
	for i >= cl.start && (s.toks[i].low == "đã" || s.toks[i].low == "cùng" || s.toks[i].low == "vừa" || a.inDate(s, i)) {
		i--
	}
	for _, m := range s.ments {
		if len(m.keys) > 0 && m.kind <= mPronoun && m.end == i+1 && m.start >= cl.start {
			return true
		}
	}
	return false
}

// inDate reports token i inside one of the sentence's dates.
func (a *analysis) inDate(s *sentence, i int) bool {
	for _, d := range s.dates {
		if from, to := s.tokenSpan(d.Start, d.End); i >= from && i < to {
			return true
		}
	}
	return false
}

// subjectList returns the list of countries that ends right before the
// verb at token at in the clause, past the words of tense and manner
// between them ("Nga và Ukraine đã chính thức ký").
func subjectList(s *sentence, cl clause, at int) (countryList, bool) {
	for at > cl.start && verbAdverbs[s.toks[at-1].low] {
		at--
	}
	for _, l := range lists(s) {
		if l.end == at {
			return l, true
		}
	}
	return countryList{}, false
}

// listAndBloc finds a country list joined by "và" to a union of states
// that signs (partnerOrgs: "Việt Nam và EU ký"), the union ending where
// the verb at token at begins.
func listAndBloc(s *sentence, cl clause, at int) (countryList, string, bool) {
	for at > cl.start && verbAdverbs[s.toks[at-1].low] {
		at--
	}
	m := mentionEndingAt(s, at)
	if m == nil || m.kind != mOrg || !partnerOrgs[m.id] || m.start < 2 || s.toks[m.start-1].low != "và" {
		return countryList{}, "", false
	}
	for _, l := range lists(s) {
		if l.end == m.start-1 && l.start >= cl.start {
			return l, m.id, true
		}
	}
	return countryList{}, "", false
}

// mentionBeforeBrackets returns the mention that ends at token end, or,
// when a short form in brackets ends there, the one that ends where the
// brackets open ("Liên minh châu Âu (EU) và Indonesia"), or nil.
func mentionBeforeBrackets(s *sentence, end int) *mention {
	if m := mentionEndingAt(s, end); m != nil || end == 0 || s.toks[end-1].text != ")" {
		return m
	}
	for j := end - 2; j > 0 && j >= end-6; j-- {
		if s.toks[j].text == "(" {
			return mentionEndingAt(s, j)
		}
	}
	return nil
}

// mentionEndingAt returns the mention that ends at token end, or nil.
func mentionEndingAt(s *sentence, end int) *mention {
	for k := range s.ments {
		if s.ments[k].end == end {
			return &s.ments[k]
		}
	}
	return nil
}

// verbAdverbs holds the words of tense and manner that stand between a
// subject and its signing verb: "đã chính thức ký", "sẽ cùng ký".
var verbAdverbs = map[string]bool{"đã": true, "sẽ": true, "vừa": true, "mới": true, "cũng": true, "cùng": true, "chính": true, "thức": true, "đều": true, "dự": true, "kiến": true, "sắp": true, "đang": true}

// knownAt reports a well-known agreement's name starting at token i.
func knownAt(s *sentence, i int) bool {
	for _, m := range s.ments {
		if m.kind == mAgreement && m.start == i {
			return true
		}
	}
	return false
}

// inlineNamed reports an agreement word within n tokens before token
// at: what follows at is said of the document it names.
func inlineNamed(s *sentence, at, n int) bool {
	for _, c := range s.cues {
		if c.cat == "agreement" && c.end <= at && at-c.end <= n {
			return true
		}
	}
	return false
}

// countryAndBloc returns the country and the organisation of "giữa A và
// ORG" or "giữa ORG và A" within ten tokens after from, or "", "".
func countryAndBloc(s *sentence, cl clause, from int) (string, string) {
	for i := from; i < cl.end && i < from+14; i++ {
		if s.toks[i].low != "giữa" {
			continue
		}
		first := mentionAt(s, i+1)
		if first == nil || first.end+1 >= cl.end || s.toks[first.end].low != "và" && s.toks[first.end].low != "với" {
			return "", ""
		}
		second := mentionAt(s, first.end+1)
		switch {
		case second == nil:
		case first.kind == mCountry && second.kind == mOrg && !partnerOrgs[second.id]:
			return first.id, second.id
		case first.kind == mOrg && second.kind == mCountry && !partnerOrgs[first.id]:
			return second.id, first.id
		}
		return "", ""
	}
	return "", ""
}

// blocAndPartner returns the sides of "giữa <a bloc of partnerOrgs> và
// <countries>" after token from in the clause, the bloc among them, or
// the bloc alone and the other bloc ("giữa Liên minh châu Âu (EU) và Khối
// thị trường chung Nam Mỹ Mercosur"): the EU's side and MERCOSUR's.
func blocAndPartner(s *sentence, cl clause, from int) ([]string, string) {
	for i := from; i < cl.end && i < from+14; i++ {
		if s.toks[i].low != "giữa" {
			continue
		}
		first := mentionAt(s, i+1)
		if first == nil || first.kind != mOrg || !partnerOrgs[first.id] {
			return nil, ""
		}
		j := first.end
		if j < cl.end && s.toks[j].text == "(" {
			for j < cl.end && s.toks[j].text != ")" {
				j++
			}
			j++ // "Liên minh châu Âu (EU) và ..."
		}
		if j+1 >= cl.end || s.toks[j].low != "và" && s.toks[j].low != "với" {
			return nil, ""
		}
		second := mentionAt(s, j+1)
		if second == nil {
			// "Khối thị trường chung Nam Mỹ Mercosur": the bloc's name
			// after words that describe it.
			for k := j + 1; k < cl.end && k < j+8 && second == nil; k++ {
				if m := mentionAt(s, k); m != nil && m.kind == mOrg && !partnerOrgs[m.id] {
					second = m
				}
			}
		}
		switch {
		case second == nil:
		case second.kind == mCountry:
			parties := []string{first.id}
			for _, l := range lists(s) {
				if l.start == second.start {
					for _, iso := range l.isos {
						parties = appendUnique(parties, iso)
					}
				}
			}
			return appendUnique(parties, second.id), ""
		case second.kind == mOrg && !partnerOrgs[second.id]:
			return []string{first.id}, second.id
		}
		return nil, ""
	}
	return nil, ""
}

// leftToRight reports a photo's caption that names people from left to
// right: "(Từ trái sang) ...", "Từ trái qua phải: ...", "Từ trái sang
// phải: ...".
func leftToRight(s *sentence) bool {
	t := s.toks
	i := 0
	if len(t) > 0 && t[0].text == "(" {
		i++
	}
	return i+2 < len(t) && t[i].low == "từ" && t[i+1].low == "trái" && (t[i+2].low == "sang" || t[i+2].low == "qua")
}

// mentionAt returns the last mention that starts at token i, or nil.
func mentionAt(s *sentence, i int) *mention {
	var at *mention
	for k := range s.ments {
		if s.ments[k].start == i {
			at = &s.ments[k]
		}
	}
	return at
}

// inForce reports a word of an agreement in force in the clause, after
// the agreement word at or just before it: "có hiệu lực", and for
// agreements and treaties (not statements, which are carried out, not in
// force) "triển khai", "thực thi".
func (a *analysis) inForce(s *sentence, cl clause, kind string, at int) bool {
	for _, c := range s.cues {
		if c.cat != "inforce" || c.start < cl.start || c.end > cl.end || c.end <= at && !nearAgreement(c, at, 6) {
			continue // "triển khai hiệu quả EVFTA, sớm phê chuẩn EVIPA": each verb is its own agreement's
		}
		if plannedJustBefore(s, cl, c.start) || c.start > 0 && s.toks[c.start-1].low == "để" {
			continue // "sẽ chính thức có hiệu lực sau khi ...", "để có hiệu lực ... vẫn cần": not yet
		}
		if negatedWithin(s, c.start, 2) {
			continue // "Tuy nhiên hiệp định này chưa có hiệu lực": not yet
		}
		if c.start > at && plannedBeforeIn(s, cl, at) {
			continue // "việc thông qua sẽ làm cho hiệp ước dẫn độ với Việt Nam có hiệu lực": to come
		}
		if signedAnd(s, c.start) {
			continue // "Việc ký kết và triển khai thực hiện VIFTA sẽ ...": the signing is the news
		}
		if c.end <= at && concessionBetween(s, c.end, at) {
			continue // "thuế này vẫn có hiệu lực dù hai bên đạt thỏa thuận ...": the tax is in force
		}
		if proposedBefore(s, cl, c.start) && !jointly(s, c.start) {
			continue // "đề nghị hai bên tiếp tục triển khai hiệu quả Hiệp định ...": one side's proposal, not both carrying it out
		}
		if c.start > 0 && s.toks[c.start-1].low == "khi" || at < c.start && timeOrAimBefore(s, at) {
			continue // "ngay khi hiệp định có hiệu lực": a time to come, not a fact; "hoàn thành thủ tục ... để Hiệp định có hiệu lực": an aim
		}
		if s.toks[c.start].low != "có" && s.toks[c.start].low != "hiệu" && s.hasToken("này", at, min(cl.end, at+4)) && s.hasPhrase(max(c.end, at), cl.end, "thời", "gian", "tới") {
			continue // "việc triển khai cụ thể Thỏa thuận này trong thời gian tới": the one just signed, carried out from now on, not yet in force
		}
		if c.start > at && s.toks[c.start].low != "có" && s.toks[c.start].low != "hiệu" && (s.toks[c.start-1].low != "được" || a.lastCueBefore(s, cl, at) == "negotiate") {
			// "Thỏa thuận nghiêm cấm việc triển khai lực lượng": implementing
			// something else; "Hiệp định ... đang được triển khai hiệu quả":
			// the document itself, unless its negotiation is what is carried
			// out ("vòng đàm phán ... Hiệp định ... được triển khai").
			continue
		}
		if s.toks[c.start].low == "có" || kind == "agreement" || kind == "treaty" {
			return true
		}
	}
	return false
}

// proposedBefore reports a word of proposing or urging ("đề nghị", "đề
// xuất", "kêu gọi", "mong muốn") within a few tokens before token at in
// clause cl: what it asks for is not done yet.
func proposedBefore(s *sentence, cl clause, at int) bool {
	for j := max(cl.start, at-8); j+1 < at; j++ {
		switch s.toks[j].low + " " + s.toks[j+1].low {
		case "đề nghị", "đề xuất", "kêu gọi", "mong muốn":
			return true
		}
	}
	return false
}

// jointly reports "cùng" or "phối hợp" right before token at: a proposal
// to carry a document out together ("đề nghị Đức tiếp tục phối hợp triển
// khai hiệu quả EVFTA") tells both sides carry it out.
func jointly(s *sentence, at int) bool {
	return at > 0 && s.toks[at-1].low == "cùng" || at > 1 && s.toks[at-2].low == "phối" && s.toks[at-1].low == "hợp"
}

// summitSubject reports a summit word ("hội nghị") as the subject of the
// clause, before the agreement word at token at and no other noun: the
// summit adopts the document.
func summitSubject(s *sentence, cl clause, at int) bool {
	for _, c := range s.cues {
		if c.cat == "meet" && c.val == "summit" && c.start >= cl.start && c.end <= at && at-c.end <= 4 {
			for _, m := range s.ments {
				if m.start >= cl.start && m.end <= at && (m.kind == mCountry || len(m.keys) > 0) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// plannedInRelative reports a document told in a relative clause with a
// future or hedge before its verb: "một văn kiện mà hai bên có thể thống
// nhất", "thỏa thuận mà hai nước sẽ ký" is not made yet.
func plannedInRelative(s *sentence, c cueHit) bool {
	j := c.end
	for j < len(s.toks) && j < c.end+3 && s.toks[j].low != "mà" {
		j++
	}
	if j >= len(s.toks) || s.toks[j].low != "mà" {
		return false
	}
	for _, p := range s.cues {
		if p.cat == "planned" && p.start > j && p.start <= j+5 {
			return true
		}
	}
	return false
}

// plannedJustBefore reports a marker of the future within three tokens
// before token at in the clause ("sẽ chính thức có hiệu lực").
func plannedJustBefore(s *sentence, cl clause, at int) bool {
	for _, c := range s.cues {
		if c.cat == "planned" && c.start >= cl.start && c.end <= at && at-c.end <= 2 {
			return true
		}
	}
	return false
}

// timeOrAimBefore reports "khi" or "để" right before the document named
// at token at, or before its kind word ("để Hiệp định EVFTA có hiệu
// lực").
func timeOrAimBefore(s *sentence, at int) bool {
	if at > 0 {
		if c, ok := s.hasCue("agreement", max(0, at-3), at); ok && c.end == at {
			at = c.start
		}
	}
	return at > 0 && (s.toks[at-1].low == "khi" || s.toks[at-1].low == "để")
}

// plannedBeforeIn reports a planning word ("sẽ", "dự kiến") in clause cl
// before token at.
func plannedBeforeIn(s *sentence, cl clause, at int) bool {
	_, ok := s.hasCue("planned", cl.start, at)
	return ok
}

// nearAgreement reports cue c within reach tokens before the agreement word at.
func nearAgreement(c cueHit, at, reach int) bool {
	return c.end <= at && at-c.end <= reach
}

// negotiating reports a word of negotiation shortly before the agreement
// word: "khởi động đàm phán FTA", "thúc đẩy một thỏa thuận thương mại".
func (a *analysis) negotiating(s *sentence, cl clause, at int) bool {
	for _, c := range s.cues {
		if c.cat == "negotiate" && c.start >= cl.start && c.end <= at && at-c.end <= 4 {
			return true
		}
	}
	return false
}

// partyCountry reports a country that acts in the clause rather than one
// that qualifies a title ("Tổng thống Nga" names Russia's president, and
// Russia is a party only through them).
func (a *analysis) partyCountry(s *sentence, m mention) bool {
	if m.start > 0 && (a.afterPlaceWord(s, m.start) || s.toks[m.start-1].text == "," || s.toks[m.start-1].text == "(" || s.toks[m.start-1].low == "của") && a.placeBefore(s, m.start) {
		return false // "ký tại Prague, Cộng hòa Séc", "tại Cairo (Ai Cập)", "tại thủ đô Asunción của Paraguay": where, not who
	}
	if venueAppositive(s, m.start) {
		return false // "tại Minsk, thủ đô Belarus", "tại Trung tâm Hội nghị quốc tế, phố Kléber, Pháp": the address goes on to it
	}
	if inSource(s, m.start) {
		return false // "Theo Times Of Israel, ...": who reports it
	}
	if a.afterLeaving(s, m.start) {
		return false // "khi mình rời Hàn Quốc, Mỹ và Trung Quốc sẽ đạt được một thỏa thuận": where one leaves
	}
	if ofTitle(s, m.start, m.end) {
		return false
	}
	if m.start > 1 && s.toks[m.start-2].low == "vấn" && s.toks[m.start-1].low == "đề" {
		return false // "Bên cạnh vấn đề Triều Tiên, ...": a topic, not a side
	}
	if m.start > 0 && s.toks[m.start-1].low == "giờ" {
		return false // "rạng sáng 17-2 theo giờ Việt Nam": a time zone
	}
	if m.end < len(s.toks) && s.toks[m.end].low == "ngữ" {
		return false // "Hội nghị Cấp cao Pháp ngữ": a language and those who speak it, not France
	}
	if mediator(s, m) {
		return false // "thỏa thuận do Trung Quốc làm trung gian": who brokered it, not a side
	}
	if s.hasCueEndingAt("folk", m.start) {
		return false // "Hamas sẽ trả tự do cho các con tin Israel để đổi lấy tù nhân Palestine": people of a country, not a side
	}
	if movementsPeople(s, m) {
		return false // "Israel và nhóm vũ trang Hamas của người Palestine đã ký": the movement is the side
	}
	return true
}

// movementsPeople reports a country after "của (người)" that says whose an
// armed movement just named is: "nhóm vũ trang Hamas của người
// Palestine", "Phong trào Hamas cho biết nhóm chiến binh của Palestine
// này". The movement signs, not the country.
func movementsPeople(s *sentence, m mention) bool {
	of := m.start - 1
	if of > 0 && s.toks[of].low == "người" {
		of--
	}
	if of < 0 || s.toks[of].low != "của" {
		return false
	}
	_, ok := s.hasCue("movement", max(0, of-6), of)
	return ok
}

// mediator reports country mention m one of those who broker a document,
// not its sides: "một thỏa thuận do Trung Quốc làm trung gian", "Thỏa
// thuận ngừng bắn giai đoạn đầu, do Ai Cập, Qatar, Thổ Nhĩ Kỳ và Mỹ làm
// trung gian, ...", "với vai trò trung gian của chính quyền Tổng thống
// Mỹ", "sau nỗ lực trung gian đàm phán của Mỹ cùng Qatar", "dưới sự bảo
// trợ của Mỹ". The others of a list of brokers are skipped over: names
// (capitalised), commas, "và", "cùng".
func mediator(s *sentence, m mention) bool {
	toks := s.toks
	listWord := func(t token) bool { return t.upper || t.text == "," || t.low == "và" || t.low == "cùng" }
	for i := m.end; i < len(toks) && i < m.end+16; i++ {
		if toks[i].low == "làm" {
			return i+2 < len(toks) && toks[i+1].low == "trung" && toks[i+2].low == "gian"
		}
		if !listWord(toks[i]) {
			break
		}
	}
	i := m.start - 1
	for i >= 0 && i >= m.start-16 && listWord(toks[i]) && toks[i].low != "của" {
		i--
	}
	for i >= 0 && i >= m.start-16 && toks[i].low != "của" && (toks[i].low == "chính" || toks[i].low == "quyền" || toks[i].low == "phủ") {
		i-- // "của chính quyền Tổng thống Mỹ ...", "của chính phủ Mỹ"
	}
	if i < 2 || toks[i].low != "của" {
		return false
	}
	for j := i - 1; j >= 1 && j >= i-4; j-- {
		if toks[j-1].low == "trung" && toks[j].low == "gian" || toks[j-1].low == "bảo" && toks[j].low == "trợ" {
			return true
		}
	}
	return false
}

// purposeBefore reports a word of aim or hope shortly before token i:
// "làm việc để đạt được thỏa thuận", "hy vọng ... mở ra triển vọng ...
// đạt được một thỏa thuận hòa bình" have not reached it.
func purposeBefore(s *sentence, i int) bool {
	for _, c := range s.cues {
		if c.cat == "aim" && c.end <= i && wordsBetween(s, c.end, i) <= 16 {
			return true
		}
	}
	return false
}

// inSource reports token i inside the phrase that opens a sentence on
// its source: "Theo Times Of Israel, Iran và IAEA đã ký ...".
func inSource(s *sentence, i int) bool {
	if len(s.toks) == 0 || s.toks[0].low != "theo" {
		return false
	}
	for j := 1; j < len(s.toks); j++ {
		if s.toks[j].text == "," {
			return i < j
		}
	}
	return false
}

// placeBefore reports a city or place word just before token i ("tại
// Prague, Cộng hòa Séc", "tại Séc").
func (a *analysis) placeBefore(s *sentence, i int) bool {
	if a.afterPlaceWord(s, i) {
		return true
	}
	for _, m := range s.ments {
		if m.kind == mCity && m.end == i-1 { // "tại Prague, Séc", "tại thủ đô Asunción của Paraguay"
			return !elsewhere(s, m, i)
		}
	}
	return false
}

// venueAppositive reports a country at token i that ends the address of
// where something happens, after a comma: the capital it qualifies ("tại
// Minsk, thủ đô Belarus", "ở Minsk, thủ đô của Belarus") or a street,
// district or province named before it ("tại Trung tâm Hội nghị quốc tế,
// phố Kléber, Pháp"). The place a "tại" or "ở" opens goes on to it; a
// country right after the comma that closes a bare place ("Tại Glasgow, Mỹ
// và Trung Quốc đã công bố") begins who acts.
func venueAppositive(s *sentence, i int) bool {
	toks := s.toks
	j := i - 1
	if j >= 0 && toks[j].low == "của" {
		j--
	}
	if j >= 2 && toks[j-1].low == "thủ" && toks[j].low == "đô" && toks[j-2].text == "," {
		return venueOpens(s, j-2)
	}
	if j < 1 || toks[j].text != "," {
		return false
	}
	k := j - 1
	for k > 0 && toks[k].upper && toks[k-1].text != "," {
		k-- // the name of the street or district: "phố Kléber"
	}
	return k < j-1 && addressWord[toks[k].low] && k > 0 && toks[k-1].text == "," && venueOpens(s, k-1)
}

// venueOpens reports a "tại" or "ở" shortly before the comma at token
// comma, with only a place's name and words between: "tại Minsk,",
// "tại Trung tâm Hội nghị quốc tế,".
func venueOpens(s *sentence, comma int) bool {
	for k := comma - 1; k >= 0 && k >= comma-8; k-- {
		switch w := s.toks[k].low; {
		case w == "tại" || w == "ở":
			return k < comma-1
		case s.toks[k].upper || venueWord[w]:
		default:
			return false
		}
	}
	return false
}

// addressWord open a part of an address after a comma ("phố Kléber",
// "tỉnh Pailin"); venueWord are the lower-case words of a venue's name.
var (
	addressWord = map[string]bool{"phố": true, "đường": true, "đại": true, "quận": true, "phường": true, "tỉnh": true, "bang": true}
	venueWord   = map[string]bool{"trung": true, "tâm": true, "hội": true, "nghị": true, "quốc": true, "tế": true, "thành": true, "phố": true, "thủ": true, "đô": true, "khu": true, "nghỉ": true, "dưỡng": true, "cung": true, "điện": true, "khách": true, "sạn": true, "phủ": true}
)

// elsewhere reports a country at token i that is not where city c lies:
// "tại Glasgow, Mỹ và Trung Quốc đã công bố": the list of who acts begins.
func elsewhere(s *sentence, city mention, i int) bool {
	c := gazetteer.Default().Cities[city.id]
	if c == nil || c.Country == "" {
		return false
	}
	for _, m := range s.ments {
		if m.start == i && m.kind == mCountry {
			return m.id != c.Country
		}
	}
	return false
}

// namedParties returns the parties of a treaty named after its
// organisation org as the article names them where it speaks of the
// treaty: the countries of the data's parties named in the sentences
// that name org ("RCEP có hiệu lực ... đối với mười quốc gia, bao gồm
// Nhật Bản, Trung Quốc, Singapore và Australia", "15 nước ký kết RCEP bao
// gồm ... Hàn Quốc, Australia và New Zealand"); none when they name none
// ("việc 15 thành viên ký kết ... (RCEP)"): the organisation stands for them.
func (a *analysis) namedParties(isos []string, org string) []string {
	var out []string
	for _, s := range a.sents {
		if !slices.ContainsFunc(s.ments, func(m mention) bool { return m.kind == mOrg && m.id == org }) {
			continue
		}
		for _, m := range s.ments {
			if m.kind == mCountry && slices.Contains(isos, m.id) && !glossed(s.toks, m) {
				out = appendUnique(out, m.id)
			}
		}
	}
	sort.Strings(out)
	return out
}

// glossed reports a country in brackets after a place, that says where
// the place is ("Hong Kong (Trung Quốc)", "ga Lào Cai (Việt Nam)"): no side
// of its own.
func glossed(toks []token, m mention) bool {
	return m.start > 1 && m.end < len(toks) && toks[m.start-1].text == "(" && toks[m.end].text == ")" && toks[m.start-2].upper
}

// namedCountries returns the countries and organisations the article
// names, itself or through a leader of theirs.
func (a *analysis) namedCountries() map[string]bool {
	named := map[string]bool{}
	for _, s := range a.sents {
		for _, m := range s.ments {
			if m.kind == mCountry || m.kind == mOrg {
				named[m.id] = true
			}
			for _, k := range m.keys {
				if p := a.people.get(k); p != nil {
					named[p.country] = true
				}
			}
		}
	}
	return named
}

// namesAll reports whether the article names every country of isos.
func (a *analysis) namesAll(isos []string) bool {
	if len(isos) < 2 {
		return false
	}
	named := a.namedCountries()
	for _, iso := range isos {
		if !named[iso] {
			return false
		}
	}
	return true
}

// negated reports "không" or "chưa" shortly before an agreement word or
// the verb before it: nothing was signed.
func (a *analysis) negated(s *sentence, cl clause, at int) bool {
	for j := at - 1; j >= cl.start && j >= at-6; j-- {
		switch s.toks[j].low {
		case "không", "chưa", "chẳng":
			return true
		}
	}
	return false
}

// plannedBefore reports a planning word ("sẽ ký", "dự kiến", "có kế hoạch
// đưa ra") shortly before the agreement word.
func (a *analysis) plannedBefore(s *sentence, cl clause, at int) bool {
	if at > 0 && s.toks[at-1].low == "theo" {
		return false
	}
	for _, c := range s.cues {
		if c.cat == "planned" && c.start >= cl.start && c.end <= at && (at-c.end <= 8 || at-c.end <= 16 && signedRightBefore(s, afterQuantifier(s.toks, at)) && samePlan(s, c.end, at)) {
			return true
		}
	}
	return false
}

// afterQuantifier returns where the quantifier right before token at
// ("một số", "các", "những", "nhiều", "hàng loạt (các)", "một loạt")
// starts, or at: "sẽ ... chứng kiến lễ ký một số văn kiện hợp tác", "sẽ ra
// tuyên bố chung và ký hàng loạt các thỏa thuận" sign the documents the
// quantifier counts.
func afterQuantifier(toks []token, at int) int {
	i := at
	if i >= 1 && (toks[i-1].low == "các" || toks[i-1].low == "những") {
		i--
	}
	switch {
	case i >= 2 && (toks[i-2].low == "một" && (toks[i-1].low == "số" || toks[i-1].low == "loạt") || toks[i-2].low == "hàng" && toks[i-1].low == "loạt"):
		return i - 2
	case i == at && at >= 1 && toks[at-1].low == "nhiều":
		return at - 1
	}
	return i
}

// plannedConjunct reports a document joined by "và" right before token at
// to one before it in the clause that a plan word governs: "cam kết ký
// kết Thỏa thuận hỗ trợ hậu cần lẫn nhau (MLSA) vào cuối năm 2024 và
// Thỏa thuận lực lượng thăm viếng (SOVFA)" plans both.
func plannedConjunct(a *analysis, s *sentence, cl clause, at int) bool {
	if at == 0 || s.toks[at-1].low != "và" {
		return false
	}
	for _, c := range s.cues {
		if c.cat == "agreement" && c.start >= max(cl.start, at-20) && c.end < at-1 && a.plannedBefore(s, cl, c.start) {
			return true
		}
	}
	return false
}

// listedPlan reports an agreement listed after a colon that a plan to
// sign or adopt opens: "ASEAN sẽ thông qua và ghi nhận nhiều văn kiện
// quan trọng như: Tầm nhìn Cộng đồng ASEAN 2045, Tuyên bố Hòa hợp ASEAN
// IV, ...". The items, however many, are of the plan.
func listedPlan(s *sentence, cl clause, at int) bool {
	colon := -1
	for i := at - 1; i >= cl.start && i >= at-30; i-- {
		if s.toks[i].text == ":" {
			colon = i
			break
		}
		if w := s.toks[i].low; w == "đã" || w == "vừa" {
			return false // "..., Tuyên bố X đã được thông qua": done
		}
	}
	if colon < 0 {
		return false
	}
	for _, c := range s.cues {
		if c.cat == "planned" && c.start >= cl.start && c.end <= colon && colon-c.end <= 12 && s.hasCueBetween("signed", c.end, colon) && samePlan(s, c.end, colon) {
			return true
		}
	}
	return false
}

// witnessedInPlan reports a signing witnessed or attended as an item after
// a comma of a list of plans: "Chủ tịch nước sẽ có các cuộc hội đàm ...,
// gặp Chủ tịch Duma ..., chứng kiến lễ ký kết các văn kiện hợp tác",
// "Thủ tướng sẽ dự và phát biểu tại các phiên họp ..., dự Lễ trao Giải
// thưởng ASEAN và Lễ ký Tuyên bố ...". The plan word reaches the item
// over the commas, with nothing told as done between.
func witnessedInPlan(s *sentence, cl clause, at int) bool {
	w := -1
	for i := max(cl.start+1, at-10); i+1 < at; i++ {
		if s.toks[i-1].text != "," {
			continue
		}
		if s.toks[i].low == "chứng" && s.toks[i+1].low == "kiến" && i >= at-6 || s.hasCueAt("attend", i) && s.hasCueBetween("signed", i+1, at) {
			w = i
		}
	}
	if w < 0 {
		return false
	}
	for _, c := range s.cues {
		if c.cat == "planned" && c.start >= cl.start && c.end <= w && !doneWithin(s, c.end, w) {
			return true
		}
	}
	return false
}

// plannedItemAfter reports a clause that goes on, after ";", with the
// plan of the clause before: "hai Chủ tịch Quốc hội sẽ tham dự Lễ ký kết
// ...; chứng kiến Lễ ký kết Thỏa thuận hợp tác ...". It opens on a verb,
// with no subject of its own, and tells of nothing done.
func plannedItemAfter(s *sentence, cl clause) bool {
	if cl.start == 0 || s.toks[cl.start-1].text != ";" || s.toks[cl.start].upper || doneWithin(s, cl.start, cl.end) {
		return false
	}
	_, ok := s.hasCue("planned", 0, cl.start)
	return ok
}

// governmentPair reports city mention i paired with another by "và"
// ("Riyadh và Tehran"): two capitals standing for their governments.
func governmentPair(s *sentence, i int) bool {
	m := s.ments[i]
	if i+1 < len(s.ments) && s.ments[i+1].kind == mCity && m.end+1 == s.ments[i+1].start && s.toks[m.end].low == "và" {
		return true
	}
	return i > 0 && s.ments[i-1].kind == mCity && s.ments[i-1].end+1 == m.start && s.toks[m.start-1].low == "và"
}

// betweenSides reports "giữa hai nước" / "giữa hai bên" right after a
// document's name at end: "các văn kiện hợp tác giữa hai nước", and with
// the two sides' institution between ("Bản ghi nhớ giữa chính phủ hai
// nước", "giữa Quốc hội hai nước", "giữa Bộ Quốc phòng hai nước").
func betweenSides(s *sentence, end, clEnd int) bool {
	if end+1 >= clEnd || s.toks[end].low != "giữa" {
		return false
	}
	for i := end + 1; i < min(clEnd, end+5); i++ {
		if s.hasCueAt("sides", i) {
			return true
		}
	}
	return false
}

// programmeSentence reports a sentence that opens on a programme ("Theo
// chương trình, ...", "Theo kế hoạch, ..."): all it tells is to come.
// The programme may be qualified before its comma ("Theo chương trình
// dự kiến, ...", "Theo lịch trình chính thức, ...", "Theo chương trình
// sau cuộc hội kiến với Tổng thống ..., Chủ tịch nước ... tiến hành hội
// đàm ..."), with nothing told as done.
func programmeSentence(s *sentence) bool {
	t := s.toks
	if len(t) <= 3 || t[0].low != "theo" || !(t[1].low == "chương" && t[2].low == "trình" || t[1].low == "kế" && t[2].low == "hoạch" || t[1].low == "lịch" && t[2].low == "trình") {
		return false
	}
	for i := 3; i < len(t) && i < 24; i++ {
		switch t[i].low {
		case ",":
			return true
		case "đã", "vừa":
			return false
		}
	}
	return false
}

// samePlan reports words between a word of plan and a document signed
// that go on with the same plan: nobody new named and nothing told as
// done ("dự kiến ký một thỏa thuận thương mại với Malaysia và chứng kiến
// lễ ký thỏa thuận ngừng bắn").
func samePlan(s *sentence, from, to int) bool {
	for i := from; i < to; i++ {
		if w := s.toks[i].low; w == "đã" || w == "vừa" || w == "," {
			return false
		}
	}
	for _, m := range s.ments {
		if m.start >= from && m.end <= to && m.kind <= mPronoun {
			return false
		}
	}
	return true
}

// cueAt reports whether a cue of one of cats starts at token i.
func (a *analysis) cueAt(s *sentence, i int, cats ...string) bool {
	for _, c := range s.cues {
		if c.start != i {
			continue
		}
		for _, cat := range cats {
			if c.cat == cat {
				return true
			}
		}
	}
	return false
}

// anniversary reads "kỷ niệm N năm ký kết" before the agreement word.
func (a *analysis) anniversary(s *sentence, cl clause, at int) (int, bool) {
	if n, ok := countedBefore(s, cl, at); ok {
		return n, true
	}
	for _, c := range s.cues {
		if c.cat != "anniversary" || c.start < cl.start || c.start >= at || at-c.end > 5 {
			continue
		}
		if c.end+1 < len(s.toks) && s.toks[c.end+1].low == "năm" {
			if n, err := strconv.Atoi(s.toks[c.end].text); err == nil && n > 0 && n < 200 {
				return n, true
			}
		}
	}
	return 0, false
}

// clauseDate returns the most precise date in the clause.
func (a *analysis) clauseDate(s *sentence, cl clause) (calendar.Date, bool) {
	var best calendar.Date
	found := false
	for i := range s.dates {
		d := &s.dates[i]
		// "Tuyên bố chung về Tầm nhìn ... đến năm 2030": the year the
		// vision runs to dates no signing.
		if a.inClause(s, cl, d.Start) && !a.sinceDate(s, cl, d.Start) && !horizon(s, d) && precision(d.Date) > precision(best) {
			best, found = d.Date, true
		}
	}
	return best, found
}

// adoptedBy returns the organisation whose statement or declaration the
// clause tells of, when the organisation (or "các lãnh đạo <org>") is
// the subject before the document and no leader is named before it: the
// organisation's, not its members' one by one.
func (a *analysis) adoptedBy(s *sentence, cl clause, c cueHit) string {
	if c.val != "joint_statement" && c.val != "declaration" {
		return ""
	}
	if org := a.orgRightBeforeVerb(s, cl, c); org != "" {
		return org
	}
	org := ""
	for _, m := range s.ments {
		if m.start < cl.start || m.start >= c.start {
			continue
		}
		if m.kind == mLeader || m.kind == mCountry && a.partyCountry(s, m) {
			return "" // "Thủ tướng ... và các Trưởng đoàn ký Tuyên bố": its signers' countries
		}
		if m.kind == mOrg && org == "" {
			org = m.id
		}
	}
	return org
}

// truce reads a ceasefire agreed with no agreement word ("Pakistan và
// Afghanistan nhất trí ngừng bắn ngay lập tức", "Thủ tướng Hun Manet và
// quyền Thủ tướng Thái Lan Phumtham đã đồng ý ngừng bắn"): an agreement
// between the sides named before the verb, made unless a plan or an aim
// goes before it.
func (a *analysis) truce(s *sentence, cl clause) (agreement, bool) {
	c, ok := s.hasCue("truce", cl.start, cl.end)
	if !ok || a.negated(s, cl, c.start) || hypothetical(s, cl, c.start) || purposeBefore(s, c.start) {
		return agreement{}, false
	}
	ag := agreement{kind: "agreement", name: "thỏa thuận ngừng bắn", status: "signed", meeting: -1}
	if a.plannedBefore(s, cl, c.start) {
		ag.status = "planned"
	}
	if l, ok := subjectList(s, cl, c.start); ok && l.start >= cl.start {
		ag.parties = append([]string(nil), l.isos...)
	}
	if len(ag.parties) < 2 {
		// "Thủ tướng Campuchia Hun Manet và quyền Thủ tướng Thái Lan
		// Phumtham Wechayachai đã đồng ý": the leaders' countries.
		ag.parties = nil
		for _, m := range s.ments {
			if m.start >= cl.start && m.end <= c.start && len(m.keys) == 1 && !a.isSpeaker(s, m) {
				if p := a.people.get(m.keys[0]); p != nil && p.country != "" {
					ag.parties = appendUnique(ag.parties, p.country)
					ag.signers = appendUnique(ag.signers, m.keys[0])
				}
			}
		}
	}
	if len(ag.parties) < 2 {
		return agreement{}, false
	}
	sort.Strings(ag.parties)
	sort.Strings(ag.signers)
	if d, ok := a.clauseDate(s, cl); ok {
		ag.date = d
	}
	return ag, true
}

// hypothetical reports a condition opening before token at in the
// clause: "nếu", "giả sử", "trong trường hợp".
func hypothetical(s *sentence, cl clause, at int) bool {
	for j := cl.start; j < at; j++ {
		switch s.toks[j].low {
		case "nếu":
			return true
		case "giả":
			if j+1 < at && s.toks[j+1].low == "sử" {
				return true
			}
		case "trường":
			if j > 0 && s.toks[j-1].low == "trong" && j+1 < at && s.toks[j+1].low == "hợp" {
				return true
			}
		}
	}
	return false
}

// plannedSigningAfter reports the agreement's own signing told to come
// after it: a word of the future within three tokens before a signing
// word ("Thỏa thuận ... có thể sẽ được ký vào tháng 5", "Hiệp định dự
// kiến được ký kết").
// proposedSigning reports a verb of signing or adopting a few words
// before the document at token at, in its clause, that a word of proposal
// or wish governs earlier in the sentence with nothing told as done
// between: "mong muốn Rumani tiếp tục ủng hộ mạnh mẽ việc ký và phê chuẩn
// Hiệp định ...", "đề xuất hai bên cần tiếp tục trao đổi, đi đến thống
// nhất ký kết các hiệp định". Carrying out a document ("đề nghị hai bên
// triển khai hiệu quả Hiệp định") is no signing.
func proposedSigning(s *sentence, cl clause, at int) bool {
	v := -1
	for i := at - 1; i >= cl.start && i >= at-8; i-- {
		if t := s.toks[i].low; t == "ký" || t == "qua" && i > 0 && s.toks[i-1].low == "thông" {
			v = i
			break
		}
	}
	if v < 0 {
		return false
	}
	for _, p := range s.cues {
		if p.cat == "propose" && p.end <= v && v-p.end <= 14 && !doneWithin(s, p.end, at) && !passiveBefore(s, p.start) {
			return true
		}
	}
	return false
}

// passiveBefore reports "được" within the five tokens before token i: a
// proposal or wish others made of what is told ("được các thành viên ủng
// hộ và đánh giá cao, từ đó làm nền tảng để APEC thông qua ...").
func passiveBefore(s *sentence, i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		if s.toks[j].low == "được" {
			return true
		}
	}
	return false
}

func plannedSigningAfter(s *sentence, cl clause, from int) bool {
	for _, c := range s.cues {
		if c.cat != "signed" || c.start < from || c.end > cl.end {
			continue
		}
		_, ok := s.hasCue("planned", max(from, c.start-3), c.start)
		return ok
	}
	return false
}

// nominalSigning reports a signing told as a noun right before the
// agreement word at i: "việc ký hiệp ước", "việc ký kết thỏa thuận".
func nominalSigning(s *sentence, i int) bool {
	for _, c := range s.cues {
		if c.cat == "signed" && c.end == i && c.start > 0 && s.toks[c.start-1].low == "việc" {
			return true
		}
	}
	return false
}

// plannedAfter reports a word of the future in the sentence from token i.
func plannedAfter(s *sentence, i int) bool {
	_, ok := s.hasCue("planned", i, len(s.toks))
	return ok
}

// signedRightBefore reports a signing word ending right before token i:
// "ký kết nhiều", "thông qua một loạt".
func signedRightBefore(s *sentence, i int) bool {
	if i > 0 && s.toks[i-1].low == "một" {
		i--
	}
	return s.hasCueEndingAt("signed", i)
}

// severalDocuments holds the words that make an agreement word many documents.
// sidesOfStatement returns the countries a joint statement's own words
// name as its sides: within its name ("thông cáo chung Việt Nam - Mỹ") or
// listed right after "của" ("tuyên bố chung của Iran, Ả Rập Xê-út và
// Trung Quốc").
func sidesOfStatement(s *sentence, c cueHit, end int) []string {
	from, to := c.end, end
	if from < len(s.toks) && s.toks[from].low == "của" {
		for _, l := range lists(s) {
			if l.start == from+1 {
				return l.isos
			}
		}
		return nil
	}
	var out []string
	for _, m := range s.ments {
		if m.kind == mCountry && m.start >= from && m.end <= to {
			out = appendUnique(out, m.id)
		}
	}
	return out
}

// implementsWhatWasAgreed reports an agreement word after a verb of
// carrying out (cues.tsv "carryout": "triển khai", "thực hiện", "thực
// thi", a few words before) that speaks of what leaders agreed in general: in the plural
// ("các thỏa thuận cấp cao") or qualified as the leaders' or as reached
// ("thỏa thuận của lãnh đạo cấp cao hai nước", "thỏa thuận đã đạt được").
func implementsWhatWasAgreed(s *sentence, c cueHit) bool {
	t := s.toks
	if !carriedOutWithin(s, c, 3) {
		return false
	}
	if c.start > 0 && severalDocuments[t[c.start-1].low] {
		return true
	}
	for j := c.end; j < min(len(t), c.end+3); j++ {
		switch t[j].low {
		case "cấp", "của", "đạt", "đã":
			return true
		}
	}
	return false
}

// afterDocumentBefore returns where the words of agreement c begin when
// the clause names another document before it: after the last "và" or
// comma between them ("ký thỏa thuận với Campuchia về ... và ký thỏa
// thuận với Thái Lan": Thailand's is the second's, Cambodia the first's),
// else the clause's start.
func afterDocumentBefore(s *sentence, cl clause, c cueHit) int {
	prev := -1
	for _, p := range s.cues {
		if p.cat == "agreement" && p.start >= cl.start && p.end <= c.start {
			prev = p.end
		}
	}
	if prev < 0 {
		return cl.start
	}
	for j := c.start - 1; j > prev; j-- {
		if s.toks[j].low == "và" || s.toks[j].text == "," {
			return j + 1
		}
	}
	return cl.start
}

// carriedOutWithin reports a word of carrying out ("thực hiện", "thực
// thi", "triển khai") ending at most n tokens before the agreement word c.
func carriedOutWithin(s *sentence, c cueHit, n int) bool {
	return slices.ContainsFunc(s.cues, func(v cueHit) bool { return v.cat == "carryout" && v.end <= c.start && c.start-v.end <= n })
}

var severalDocuments = map[string]bool{"các": true, "những": true, "loạt": true, "kỳ": true, "mọi": true, "nhiều": true}

// manyOf holds the words of number that make documents spoken of in
// passing whatever describes them: "nhiều thỏa thuận quan trọng".
var manyOf = map[string]bool{"nhiều": true, "loạt": true, "mọi": true, "kỳ": true}

// accessionTo reports an instrument of accession to a treaty named right
// after it: "văn kiện gia nhập Hiệp ước ...", "nghị định thư tham gia
// Hiệp định ...".
func accessionTo(s *sentence, c cueHit) bool {
	j := c.end
	if j+1 >= len(s.toks) || !(s.toks[j].low == "gia" && s.toks[j+1].low == "nhập" || s.toks[j].low == "tham" && s.toks[j+1].low == "gia") {
		return false
	}
	_, ok := s.hasCue("agreement", j+2, min(len(s.toks), j+4))
	return ok
}

// applicationToJoin reports an agreement word at token i right after
// "xin gia nhập" or "xin tham gia" (to apply to join: "nộp đơn xin gia
// nhập Hiệp định CPTPP").
func applicationToJoin(s *sentence, i int) bool {
	t := s.toks
	return i >= 3 && t[i-3].low == "xin" && (t[i-2].low == "gia" && t[i-1].low == "nhập" || t[i-2].low == "tham" && t[i-1].low == "gia")
}

// describes reports an agreement word at token i that is said of an
// agreement or a bloc named before "là": "RCEP là một hiệp định tự do
// thương mại", "CPTPP sẽ là thỏa thuận thương mại lớn nhất".
func describes(s *sentence, i int) bool {
	j := i - 1
	if j >= 0 && s.toks[j].low == "một" {
		j--
	}
	if j < 1 || s.toks[j].low != "là" {
		return false
	}
	j--
	for j >= 0 && (s.toks[j].low == "sẽ" || s.toks[j].low == "cũng" || s.toks[j].low == "đã" || s.toks[j].low == "vẫn") {
		j--
	}
	if j >= 0 && (s.toks[j].low == "đây" || s.toks[j].low == "đó") {
		return true // "Đây là thỏa thuận thương mại lớn nhất được Anh ký kết": the one told before
	}
	for _, m := range s.ments {
		if m.end == j+1 && (m.kind == mAgreement || m.kind == mOrg) {
			return true
		}
	}
	return false
}

// setName is a set's name as written, its dashes unspaced, so that two
// mentions of it are one: "Việt Nam - Hàn Quốc" and "Việt Nam-Hàn Quốc".
func setName(name string) string {
	return unspacedDashes.Replace(strings.ToLower(name))
}

var unspacedDashes = strings.NewReplacer(" - ", "-", " – ", "–")

// withoutSets drops the mentions of a set of documents ("Lễ trao các văn
// kiện hợp tác song phương Việt Nam - Hàn Quốc") that a list then names
// one by one: the documents are the facts, not the set.
func (a *analysis) withoutSets(ags []agreement) []agreement {
	if len(a.enumerated) == 0 {
		return ags
	}
	out := ags[:0]
	for _, ag := range ags {
		if ag.proper || !slices.Contains(a.enumerated, setName(ag.name)) {
			out = append(out, ag)
		}
	}
	return out
}

var kindNames = map[string]string{
	"treaty": "Treaty", "joint_statement": "Joint statement", "declaration": "Declaration",
	"agreement": "Agreement", "mou": "Memorandum of understanding",
}

func defaultAgreementName(ag agreement) string {
	name := kindNames[ag.kind]
	if len(ag.parties) > 0 {
		name += " " + strings.Join(ag.parties, "–")
	}
	if iso := ag.date.ISO(); iso != "" {
		name += " " + iso
	}
	return name
}

func appendUnique(xs []string, x string) []string {
	if slices.Contains(xs, x) {
		return xs
	}
	return append(xs, x)
}

// otherSide returns the other country of the last meeting read so far
// that has exactly two countries, iso's and one more, counting its
// participants' and its place's; else "".
func (a *analysis) otherSide(iso string) string {
	for i := len(a.metSoFar) - 1; i >= 0; i-- {
		m := a.metSoFar[i]
		var cs []string
		for _, k := range m.participants {
			if p := a.people.get(k); p != nil && p.country != "" {
				cs = appendUnique(cs, p.country)
			}
		}
		if m.country != "" {
			cs = appendUnique(cs, m.country)
		}
		if len(cs) == 2 && slices.Contains(cs, iso) {
			if cs[0] == iso {
				return cs[1]
			}
			return cs[0]
		}
	}
	return ""
}

// adoptingAux are the words of tense and manner that may stand between
// an organisation and the verb that adopts a document: "APEC đã chính
// thức thông qua", "lãnh đạo các nước G20 đã nhất trí thông qua".
var listJoiner = map[string]bool{"và": true, "với": true, "cùng": true, "-": true, "–": true}

var adoptingAux = map[string]bool{
	"đã": true, "sẽ": true, "vừa": true, "cũng": true, "đều": true, "cùng": true,
	"chính": true, "thức": true, "nhất": true, "trí": true,
}

// orgRightBeforeVerb returns the organisation that is the subject right
// before the verb that adopts or issues document c, whatever the clause
// named before it: "làm nền tảng để APEC thông qua Tuyên bố chung về
// Tầm nhìn Putrajaya" (not Vietnam, of whose approach the clause spoke),
// "lãnh đạo các nước G20 đã nhất trí thông qua tuyên bố chung" (not the
// Prime Minister who announced it), "khối đã thông qua tuyên bố chung"
// (the bloc told before). "" when there is none.
func (a *analysis) orgRightBeforeVerb(s *sentence, cl clause, c cueHit) string {
	for _, v := range s.cues {
		if v.cat != "signed" || v.start <= cl.start || v.end > c.start || wordsBetween(s, v.end, c.start) > 1 {
			continue
		}
		j := v.start
		for j > cl.start && adoptingAux[s.toks[j-1].low] {
			j--
		}
		m := mentionEndingAt(s, j)
		if m == nil || m.start > 0 && listJoiner[s.toks[m.start-1].low] {
			continue // "Trung Quốc và ASEAN ra tuyên bố chung": one of the sides
		}
		switch {
		case m.kind == mOrg:
			return m.id
		case m.kind == mOrgRef && a.lastOrg != "" && m.end-m.start == 1 && (m.start == 0 || !s.toks[m.start-1].word || s.toks[m.start-1].low == "các"):
			return a.lastOrg
		}
	}
	return ""
}

// citeWords are the phrases that cite a document as the law a dispute is
// settled by, kept as token sequences rather than cues so that "với" in
// "phù hợp với" stays the preposition the meeting rules read.
var citeWords = [][]string{
	{"luật", "pháp", "quốc", "tế"}, {"phù", "hợp", "với"}, {"dựa", "trên"}, {"tuân", "thủ"},
	{"tôn", "trọng"}, {"trên", "cơ", "sở"}, {"thượng", "tôn"}, {"căn", "cứ"},
}

// citedAsLaw reports an open multilateral document named at token at
// after a phrase that cites it as the law to keep, within the ten
// tokens before it: "giải quyết ... phù hợp với luật pháp quốc tế và
// Công ước LHQ về luật Biển (UNCLOS) 1982", "tuân thủ Công ước Liên hợp
// quốc về Luật Biển năm 1982", "dựa trên Công ước của LHQ về luật Biển".
// The countries of the clause keep it; they do not sign it.
func citedAsLaw(s *sentence, at int) bool {
	for i := max(0, at-10); i < at; i++ {
		for _, w := range citeWords {
			if i+len(w) > at {
				continue
			}
			ok := true
			for k, x := range w {
				if s.toks[i+k].low != x {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// signedWithOthers reports a document one side signs "với" others named
// after it, the signing verb before the document: "Nhật Bản đã ký Hiệp
// định Tiếp cận Tương hỗ với Anh và Australia" is one with each.
func signedWithOthers(s *sentence, cl clause, c cueHit) bool {
	for _, v := range s.cues {
		if v.cat == "signed" && v.start >= cl.start && v.end <= c.start && c.start-v.end <= 2 {
			return true
		}
	}
	return false
}

// signedInRelative reports a document followed by a relative clause in
// which its subject signs it with others: "thỏa thuận an ninh thứ 21 mà
// Kiev đã ký kết với các quốc gia và khối, trong đó có Anh, Pháp, ...",
// "thỏa thuận mà khối các nước Đông Nam Á đã ký với Trung Quốc" (the verb
// within ten words of "mà").
// It returns the country of that subject (a capital stands for its
// government), if one is named.
func signedInRelative(s *sentence, cl clause, c cueHit) (string, bool) {
	rel := -1
	for i := c.end; i < cl.end && i < c.end+8; i++ {
		if s.toks[i].low == "mà" {
			rel = i
			break
		}
	}
	if rel < 0 {
		return "", false
	}
	for _, v := range s.cues {
		if v.cat != "signed" || v.start <= rel || v.start > rel+10 || v.end >= cl.end || s.toks[v.end].low != "với" {
			continue
		}
		for _, m := range s.ments {
			if m.start <= rel || m.end > v.start {
				continue
			}
			switch m.kind {
			case mCountry:
				return m.id, true
			case mCity:
				if city := gazetteer.Default().Cities[m.id]; city != nil {
					return city.Country, true
				}
			}
		}
		return "", true
	}
	return "", false
}

// sameFactAs merges into another agreement of the article a plain
// description of the same document: of its kind, status and sides, dates
// that agree, told without a name of its own and with words the other's
// name holds, or the other way round ("thỏa thuận ngừng bắn" and "thỏa
// thuận ngừng bắn đạt được giữa Pakistan và Ấn Độ", which mergeAgreements
// leaves apart when the longer comes second). A description with a topic
// of its own ("bản ghi nhớ về hợp tác nghề cá"), a counted set and a known
// or proper name are documents of their own; two plain descriptions of
// other words between the same sides ("thỏa thuận thương mại", "thỏa
// thuận khoáng sản") stay two.
//
// It writes them to out, an empty slice whose array is not ags'.
func sameFactAs(ags, out []agreement) []agreement {
	for _, ag := range ags {
		// "chứng kiến lễ trao đổi ký kết văn kiện hợp tác" beside "12 văn
		// kiện ký kết giữa ...": the set told again, its date the set's.
		if j := setOf(ags, ag); j >= 0 && precision(ag.date) > precision(ags[j].date) {
			ags[j].date = ag.date
		}
	}
	for _, ag := range ags {
		if setOf(ags, ag) >= 0 {
			continue
		}
		if plainDescription(ag) {
			if bareMention(ag) && slices.ContainsFunc(ags, func(o agreement) bool { return !bareMention(o) && !documentSet(o) && sameSides(o, ag) }) {
				continue // "Agreement KW–VN", the bare word, beside "Nghị định thư sửa đổi Hiệp định về miễn thị thực ..."
			}
			if slices.ContainsFunc(ags, func(o agreement) bool { return knownSameFact(o, ag) }) {
				continue // "thỏa thuận hòa bình giữa Thái Lan và Campuchia" beside "Hiệp định Hòa bình Kuala Lumpur"
			}
			if j := sameFact(out, ag); j >= 0 {
				o := &out[j]
				if precision(ag.date) > precision(o.date) {
					o.date = ag.date
				}
				continue
			}
		}
		if ag.kind == "declaration" && !ag.proper && ag.key == "" && len(ag.parties) > 0 && slices.ContainsFunc(ags, func(o agreement) bool {
			return o.kind == "joint_statement" && o.status == ag.status && slices.Equal(o.parties, ag.parties)
		}) {
			continue // "Campuchia và Thái Lan ký tuyên bố hoà bình" beside their "tuyên bố chung": the statement said short
		}
		if genericDocument(ag) && slices.ContainsFunc(ags, func(o agreement) bool { return otherKindSameSides(o, ag) }) {
			continue // "Tổng thống Nga ... và người đồng cấp Iran ... trao văn kiện mới": the treaty told of
		}
		if j := sameFact(out, ag); j >= 0 && plainDescription(out[j]) {
			o := out[j]
			if precision(o.date) > precision(ag.date) {
				ag.date = o.date
			}
			out[j] = ag // the named one stands for both
			continue
		}
		out = append(out, ag)
	}
	return out
}

// setToldAgain reports memoranda told by the bare word or as "văn kiện"
// with no topic ("Lễ ký kết các văn kiện hợp tác giữa hai nước"): beside
// a counted set of the same sides and status ("14 văn kiện hợp tác"), the
// set told again, one fact (docs/ANNOTATION.md).
func setToldAgain(ag agreement) bool {
	return ag.kind == "mou" && !documentSet(ag) && (bareMention(ag) || genericDocument(ag))
}

// setOf returns the counted set of ags that ag tells again (setToldAgain)
// in another sentence, or -1: in the set's own sentence the bare word is
// one of its items ("2 văn kiện hợp tác gồm: Bản ghi nhớ ...").
func setOf(ags []agreement, ag agreement) int {
	if !setToldAgain(ag) {
		return -1
	}
	return slices.IndexFunc(ags, func(o agreement) bool { return documentSet(o) && o.sent != ag.sent && sameSides(o, ag) })
}

// plainDescription reports an agreement told by a description alone,
// with no topic, count or name: "thỏa thuận hòa bình mang tính bước ngoặt".
func plainDescription(ag agreement) bool {
	return ag.key == "" && !ag.proper && !documentSet(ag) && !strings.Contains(" "+ag.name+" ", " về ") && len(ag.parties) > 0
}

// genericDocument reports one document told by the word for any document,
// "văn kiện", and no topic: "trao văn kiện mới", "văn kiện vừa ký".
func genericDocument(ag agreement) bool {
	return ag.kind == "mou" && ag.key == "" && !documentSet(ag) && strings.HasPrefix(strings.ToLower(ag.name), "văn kiện") &&
		!strings.Contains(" "+ag.name+" ", " về ") && len(ag.parties) >= 2
}

// otherKindSameSides reports o a document of a kind of its own ("Hiệp ước
// đối tác chiến lược toàn diện") of ag's status and sides.
func otherKindSameSides(o, ag agreement) bool {
	return o.kind != "mou" && o.status == ag.status && slices.Equal(o.parties, ag.parties)
}

// sameFact returns the agreement of out of ag's kind, status and sides,
// with a date that agrees, or -1.
func sameFact(out []agreement, ag agreement) int {
	for j, o := range out {
		if o.kind == ag.kind && o.status == ag.status && slices.Equal(o.parties, ag.parties) && datesAgree(o.date, ag.date) && namedWithin(o.name, ag.name) {
			return j
		}
	}
	return -1
}

// concessionBetween reports a word of concession ("dù", "mặc dù", "bất
// chấp") in [from, to): what comes before it is of another subject.
func concessionBetween(s *sentence, from, to int) bool {
	for i := from; i < to; i++ {
		if w := s.toks[i].low; w == "dù" || w == "chấp" {
			return true
		}
	}
	return false
}

// hostOfVisit adds to the one side a visit's participants give a document
// of that visit the country visited, its host: "Tổng Bí thư Tô Lâm ... có
// chuyến thăm cấp Nhà nước tới Kazakhstan ... hai bên nhất trí nâng cấp
// quan hệ ... và ra Tuyên bố chung", the host named by title alone
// ("Tổng thống Kazakhstan"), is Kazakhstan's and Vietnam's.
func hostOfVisit(m meeting, parties []string) []string {
	if m.kind != "state_visit" || m.country == "" || len(parties) != 1 || parties[0] == m.country {
		return parties
	}
	return append(parties, m.country)
}

// toldSigned reports a clause that tells a known document signed in so
// many words, which an article date read before its known signing does
// not undo: the signing's own month, no plan in the clause ("Hai nước đã
// ký Hiệp định thương mại tự do Việt Nam - Anh (UKVFTA) tháng 12/2020";
// not "dự kiến trong năm 2023"), or "đã" or "vừa" right
// before a verb of signing or reaching that follows the name ("Tuyên bố
// chung Panmunjom đã đạt được cách đây gần 5 tháng").
func toldSigned(a *analysis, s *sentence, cl clause, m mention) bool {
	ka := knownAgreements()[m.id]
	_, planned := s.hasCue("planned", cl.start, cl.end)
	if d, ok := a.clauseDate(s, cl); ok && d.Year != 0 && d.Month != 0 && datesAgree(d, ka.date) && !planned {
		return true
	}
	for _, c := range s.cues {
		if (c.cat == "signed" || c.cat == "reached") && c.start >= m.end && c.end <= cl.end && c.start-m.end <= 4 && doneWithin(s, max(m.end, c.start-2), c.start) {
			return true
		}
	}
	return false
}

// countedBefore reads the years counted right before a document, in a
// clause that celebrates an anniversary: "kỷ niệm 75 năm thiết lập quan
// hệ ngoại giao và 70 năm hiệp ước phòng vệ chung", "... và 45 năm Ngày
// ký Hiệp ước hữu nghị" (70, 45: the second count is the document's).
func countedBefore(s *sentence, cl clause, at int) (int, bool) {
	toks := s.toks
	i := at
	for k := 0; k < 3 && i > cl.start; k++ {
		if w := toks[i-1].low; w == "ký" || w == "kết" || w == "ngày" {
			i--
			continue
		}
		break
	}
	if i-2 < cl.start || toks[i-1].low != "năm" {
		return 0, false
	}
	n, err := strconv.Atoi(toks[i-2].text)
	if err != nil || n <= 0 || n >= 200 || !s.hasCueBetween("anniversary", cl.start, i-2) {
		return 0, false
	}
	return n, true
}

// orgTreatyParties returns the parties the data gives the treaty an
// organisation is named after (agreements.tsv, "@USMCA": "Thỏa thuận
// USMCA được ký kết trong nhiệm kỳ đầu tiên của ông Trump"), else none:
// a document of the clause's organisation ("Thỏa thuận thống nhất kinh
// tế giữa các nước thành viên của GCC được ký kết từ năm 1981", "Lễ ký
// Công ước của Liên Hợp Quốc về chống tội phạm mạng") is the
// organisation's, not that of the talks told before it (fromLastMeeting).
func orgTreatyParties(org string) []string {
	knownOnce.Do(parseKnownAgreements)
	if ka := knownByOrg[org]; ka != nil && !ka.asNamed {
		return slices.Clone(ka.parties)
	}
	return nil
}

// knownSameFact reports o a well-known agreement (agreements.tsv) of
// ag's kind, status and sides: a plain description beside it in one
// article ("thỏa thuận hòa bình giữa Thái Lan và Campuchia" and "Hiệp định
// Hòa bình Kuala Lumpur") is that agreement, whose data name differs.
func knownSameFact(o, ag agreement) bool {
	return o.key != "" && o.kind == ag.kind && o.status == ag.status && slices.Equal(o.parties, ag.parties)
}

// sameSides reports o of ag's kind, status and sides, with a date that
// agrees: a document told by its bare word ("ký thỏa thuận", "trao đổi
// văn kiện") beside one of these described or named in the article is
// that one, told again.
func sameSides(o, ag agreement) bool {
	return o.kind == ag.kind && o.status == ag.status && slices.Equal(o.parties, ag.parties) && datesAgree(o.date, ag.date)
}

// shortNameAfter reports a short name in brackets at token at, opened
// right before it, within a few words of the document whose name ended
// at end ("Hiệp định thương mại tự do giữa Liên minh châu Âu (EU) và Việt
// Nam (EVFTA)").
func shortNameAfter(s *sentence, end, at int) bool {
	return at > 0 && at >= end && at-end <= 14 && s.toks[at-1].text == "("
}

// fullTextOf reports "toàn văn" right before the document word at token at
// ("trân trọng giới thiệu toàn văn Tuyên bố chung"): the document the
// page presents, the one its headline names.
func fullTextOf(s *sentence, at int) bool {
	return at >= 2 && s.toks[at-2].low == "toàn" && s.toks[at-1].low == "văn"
}

// countriesIn returns the countries named in tokens [from, to).
func countriesIn(s *sentence, from, to int) []string {
	var isos []string
	for _, m := range s.ments {
		if m.kind == mCountry && m.start >= from && m.end <= to {
			isos = appendUnique(isos, m.id)
		}
	}
	return isos
}
