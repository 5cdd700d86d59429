package eval

import (
	"fmt"
	"sort"
	"strings"

	"kg/model"
)

// Fact types, in report order. Strict meetings need participants, date
// and place right; Meetings only the participants.
const (
	Leaders      = "leaders"
	Meetings     = "meetings"
	Strict       = "meetings strict"
	Memberships  = "memberships"
	Agreements   = "agreements"
	Partnerships = "partnerships"
	Overall      = "overall"
	Published    = "published"
)

// FactTypes lists the scored fact types in report order.
var FactTypes = []string{Leaders, Meetings, Strict, Memberships, Agreements, Partnerships}

// overallTypes are summed into Overall: every fact an analyst reads, a
// meeting counted right only when its date and place are right too.
var overallTypes = []string{Leaders, Strict, Memberships, Agreements, Partnerships}

// Tally counts the outcome of one fact type.
type Tally struct {
	TP, FP, FN int
}

// Add sums two tallies.
func (t Tally) Add(o Tally) Tally { return Tally{t.TP + o.TP, t.FP + o.FP, t.FN + o.FN} }

// Precision is TP/(TP+FP), 1 when nothing was predicted.
func (t Tally) Precision() float64 { return ratio(t.TP, t.TP+t.FP) }

// Recall is TP/(TP+FN), 1 when nothing was expected.
func (t Tally) Recall() float64 { return ratio(t.TP, t.TP+t.FN) }

// F1 is the harmonic mean of precision and recall, 1 when nothing was
// expected and nothing predicted.
func (t Tally) F1() float64 {
	if t.TP+t.FP+t.FN == 0 {
		return 1
	}
	return 2 * float64(t.TP) / float64(2*t.TP+t.FP+t.FN)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Finding is one miss or false positive, for --verbose.
type Finding struct {
	Article string `json:"article"`
	Type    string `json:"type"`
	Miss    bool   `json:"miss"` // a gold fact not found; else a prediction gold does not have
	Fact    string `json:"fact"`
	Text    string `json:"text"` // the sentence that states it (gold evidence, or the extraction's)
}

// Score is the outcome over one or more articles.
type Score struct {
	Articles int              `json:"articles"`
	Tallies  map[string]Tally `json:"tallies"`
	// Of the meetings paired on participants, how many have the gold's
	// kind and status (reported, not scored), and its date and place (the
	// two halves of strict, told apart to show which one fails).
	KindRight, StatusRight, DateRight, PlaceRight, Paired int
	Findings                                              []Finding `json:"findings,omitempty"`
}

// Add sums two scores.
func (s Score) Add(o Score) Score {
	out := Score{Articles: s.Articles + o.Articles, Tallies: map[string]Tally{},
		KindRight: s.KindRight + o.KindRight, StatusRight: s.StatusRight + o.StatusRight,
		DateRight: s.DateRight + o.DateRight, PlaceRight: s.PlaceRight + o.PlaceRight, Paired: s.Paired + o.Paired}
	for _, m := range []map[string]Tally{s.Tallies, o.Tallies} {
		for k, t := range m {
			out.Tallies[k] = out.Tallies[k].Add(t)
		}
	}
	out.Findings = append(append(out.Findings, s.Findings...), o.Findings...)
	return out
}

// Tally returns the tally of fact type typ; Overall sums the types an
// analyst reads.
func (s Score) Tally(typ string) Tally {
	if typ != Overall {
		return s.Tallies[typ]
	}
	var t Tally
	for _, k := range overallTypes {
		t = t.Add(s.Tallies[k])
	}
	return t
}

// Compare scores one article's extraction against its gold.
func Compare(name string, ex model.Extraction, g *Gold) Score {
	p := predict(ex)
	c := comparison{name: name, p: p, g: g, s: Score{Articles: 1, Tallies: map[string]Tally{}}}
	c.published()
	c.leaders()
	c.meetings()
	c.simple(Memberships, len(g.Memberships), func(i int) (string, string, bool) {
		m := g.Memberships[i]
		return memberKey(m.Country, m.Org, m.Status), m.Evidence, m.Optional
	}, p.memberships)
	c.simple(Agreements, len(g.Agreements), func(i int) (string, string, bool) {
		a := g.Agreements[i]
		return agreementKey(a.Parties, a.Kind, a.Status), a.Name + ": " + a.Evidence, a.Optional
	}, p.agreements)
	c.simple(Partnerships, len(g.Partnerships), func(i int) (string, string, bool) {
		x := g.Partnerships[i]
		return partnerKey(x.Countries, x.Level, x.Status), x.Evidence, x.Optional
	}, p.partnerships)
	return c.s
}

type comparison struct {
	name     string
	p        predicted
	g        *Gold
	s        Score
	leaderOf map[string]string // gold leader name -> the predicted leader's key it paired with
}

func (c *comparison) find(typ string, miss bool, fact, text string) {
	c.s.Findings = append(c.s.Findings, Finding{Article: c.name, Type: typ, Miss: miss, Fact: fact, Text: text})
}

// published counts the publication date as one fact: right, missed, or wrong.
func (c *comparison) published() {
	want, got := deref(c.g.Published), c.p.published
	var t Tally
	switch {
	case want == "" && got == "":
	case want == got:
		t.TP++
	default:
		if want != "" {
			t.FN++
			c.find(Published, true, want, "")
		}
		if got != "" {
			t.FP++
			c.find(Published, false, got, "")
		}
	}
	c.s.Tallies[Published] = t
}

func (c *comparison) leaders() {
	gl, pl := c.g.Leaders, c.p.leaders
	ok := func(g, p int) bool {
		for _, n := range append([]string{gl[g].Name}, gl[g].Aliases...) {
			if pl[p].names[Fold(n)] {
				return true
			}
			for pn := range pl[p].names {
				if sameName(Fold(n), pn) {
					return true
				}
			}
		}
		return false
	}
	r := pairFacts(len(gl), len(pl), func(g int) bool { return gl[g].Optional }, ok)
	// Optional leaders found may still take part in meetings.
	c.leaderOf = map[string]string{}
	for _, pr := range append(r.pairs, r.optPairs...) {
		c.leaderOf[gl[pr[0]].Name] = pl[pr[1]].key
	}
	for _, g := range r.missed {
		c.find(Leaders, true, gl[g].Name, "")
	}
	for _, p := range r.spurious {
		c.find(Leaders, false, pl[p].name, pl[p].evidence)
	}
	c.s.Tallies[Leaders] = Tally{TP: len(r.pairs), FN: len(r.missed), FP: len(r.spurious)}
}

// sameName reports two folded names of one person written more or less
// fully: every word of the shorter, two at least, is in the longer
// ("ferdinand marcos jr" and "ferdinand romualdez marcos jr").
func sameName(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) < 2 {
		return false
	}
	for _, w := range wa {
		if !contains(wb, w) {
			return false
		}
	}
	return true
}

// keys maps gold participant names to predicted leader keys; a name whose
// leader was not found maps to "".
func (c *comparison) keys(names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = c.leaderOf[n]
	}
	return out
}

// participantsFit reports whether predicted participants are every
// required participant and nothing outside required and optional.
func (c *comparison) participantsFit(g Meeting, p pMeeting) bool {
	allowed := map[string]bool{}
	for _, k := range c.keys(g.Participants) {
		if k == "" || !contains(p.participants, k) {
			return false
		}
		allowed[k] = true
	}
	for _, k := range c.keys(g.OptionalParticipants) {
		allowed[k] = true
	}
	for _, k := range p.participants {
		if !allowed[k] {
			return false
		}
	}
	return true
}

// sameDatePlace is the strict part: the gold's date and place.
func sameDatePlace(g Meeting, p pMeeting) bool {
	return sameDate(g, p) && samePlace(g, p)
}

// sameDate reports the gold's date, at its precision ("" when it has none).
func sameDate(g Meeting, p pMeeting) bool { return deref(g.Date) == p.date }

// samePlace reports the gold's city when it names one, else its country
// (both absent when gold has neither).
func samePlace(g Meeting, p pMeeting) bool {
	if city := deref(g.City); city != "" {
		return Fold(city) == Fold(p.city)
	}
	return deref(g.Country) == p.country && (deref(g.Country) != "" || p.city == "")
}

func (c *comparison) meetings() {
	gm, pm := c.g.Meetings, c.p.meetings
	optional := func(g int) bool { return gm[g].Optional }
	loose := pairFacts(len(gm), len(pm), optional, func(g, p int) bool { return c.participantsFit(gm[g], pm[p]) })
	strict := pairFacts(len(gm), len(pm), optional, func(g, p int) bool {
		return c.participantsFit(gm[g], pm[p]) && sameDatePlace(gm[g], pm[p])
	})
	for _, pr := range loose.pairs {
		g, p := gm[pr[0]], pm[pr[1]]
		c.s.Paired++
		if g.Kind == p.kind {
			c.s.KindRight++
		}
		if g.Status == p.status {
			c.s.StatusRight++
		}
		if sameDate(g, p) {
			c.s.DateRight++
		}
		if samePlace(g, p) {
			c.s.PlaceRight++
		}
	}
	c.s.Tallies[Meetings] = Tally{TP: len(loose.pairs), FP: len(loose.spurious), FN: len(loose.missed)}
	c.s.Tallies[Strict] = Tally{TP: len(strict.pairs), FP: len(strict.spurious), FN: len(strict.missed)}
	// Findings name the strict misses: what an analyst's graph gets wrong,
	// with what the extractor said instead where it found the participants.
	got := map[int]int{}
	for _, pr := range loose.pairs {
		got[pr[0]] = pr[1]
	}
	for _, g := range strict.missed {
		fact := goldMeeting(gm[g])
		if p, ok := got[g]; ok {
			fact += "; extracted " + predMeeting(pm[p])
		}
		c.find(Strict, true, fact, gm[g].Evidence)
	}
	for _, p := range strict.spurious {
		c.find(Strict, false, predMeeting(pm[p]), pm[p].evidence)
	}
}

func goldMeeting(m Meeting) string {
	ps := append([]string(nil), m.Participants...)
	sort.Strings(ps)
	return fmt.Sprintf("%s %s %s on %s at %s", m.Status, m.Kind, strings.Join(ps, " + "), orDash(deref(m.Date)), place(deref(m.City), deref(m.Country)))
}

func predMeeting(m pMeeting) string {
	return fmt.Sprintf("%s %s %s on %s at %s", m.status, m.kind, strings.Join(m.participants, " + "), orDash(m.date), place(m.city, m.country))
}

func place(city, country string) string {
	switch {
	case city != "" && country != "":
		return city + " (" + country + ")"
	case city != "":
		return city
	}
	return orDash(country)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// simple scores facts that match on a key: memberships, agreements,
// partnerships. gold(i) gives the key, evidence and optionality of gold fact i.
func (c *comparison) simple(typ string, n int, gold func(int) (string, string, bool), pred []pFact) {
	keys := make([]string, n)
	opt := make([]bool, n)
	ev := make([]string, n)
	for i := range keys {
		keys[i], ev[i], opt[i] = gold(i)
	}
	r := pairFacts(n, len(pred), func(g int) bool { return opt[g] }, func(g, p int) bool { return keys[g] == pred[p].key })
	for _, g := range r.missed {
		c.find(typ, true, keys[g], ev[g])
	}
	for _, p := range r.spurious {
		c.find(typ, false, pred[p].key, pred[p].evidence)
	}
	c.s.Tallies[typ] = Tally{TP: len(r.pairs), FP: len(r.spurious), FN: len(r.missed)}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
