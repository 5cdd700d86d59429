// Package corpus generates realistic Vietnamese diplomatic news articles
// together with the facts planted in them (ingest.Facts), so that scale
// runs of the extractor also measure its correctness.
//
// Every article is built from a plan: a publication date (or none, for a
// third of them), a main story (talks, a state visit, a phone or video
// call, a summit, a planned or a cancelled meeting, an accession) and a few
// secondary facts (earlier meetings, memberships, agreements, follow-up
// visits), written with several sentence templates per fact type, then
// padded with captions, quotes, economy and weather paragraphs and a byline.
// Leaders, countries, cities and organisations come from the gazetteer
// (gazetteer.Default) with their real roles at the article's date.
// Dates use every form of the date grammar, always resolvable from the
// publication date or, without one, from the text itself.
//
// Generation is deterministic for a seed, streams article by article and
// keeps memory flat.
package corpus

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"kg/ingest"
	"kg/ingest/gazetteer"
	"kg/model"
)

// Article is one generated article and the facts planted in it.
type Article struct {
	ID        string // "gen-000001"
	Title     string
	Published string // ISO date or "" (about a third have none)
	Text      string
	Facts     ingest.Facts
}

// Generate calls fn for n articles, deterministic for a seed; it streams
// (never holds the corpus). It stops at the first error fn returns.
func Generate(seed int64, n int, fn func(Article) error) error {
	g := newGen(seed)
	for i := 0; i < n; i++ {
		if err := fn(g.article(i)); err != nil {
			return err
		}
	}
	return nil
}

// jsonArticle is one line of the reader's JSONL format.
type jsonArticle struct {
	Text      string `json:"text"`
	Title     string `json:"title"`
	Published string `json:"published"`
	URL       string `json:"url"`
}

// jsonFacts is one line of the facts file.
type jsonFacts struct {
	ID    string       `json:"id"`
	Facts ingest.Facts `json:"facts"`
}

// WriteFiles writes n articles to the file corpusPath and their facts to
// the file factsPath, as WriteJSONL does.
func WriteFiles(corpusPath, factsPath string, seed int64, n int) error {
	a, err := os.Create(corpusPath)
	if err != nil {
		return err
	}
	defer a.Close()
	f, err := os.Create(factsPath)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := WriteJSONL(a, f, seed, n); err != nil {
		return fmt.Errorf("generate corpus: %w", err)
	}
	if err := a.Close(); err != nil {
		return err
	}
	return f.Close()
}

// WriteJSONL writes n articles to w as JSONL lines {"text","title",
// "published","url"} (the reader's JSONL format; line k is article k, whose
// url ends with its id) and their facts to facts as JSONL lines
// {"id","facts"}, both streamed. facts may be nil.
func WriteJSONL(w, facts io.Writer, seed int64, n int) error {
	bw := bufio.NewWriterSize(w, 256<<10)
	aenc := json.NewEncoder(bw)
	aenc.SetEscapeHTML(false)
	var fw *bufio.Writer
	var fenc *json.Encoder
	if facts != nil {
		fw = bufio.NewWriterSize(facts, 64<<10)
		fenc = json.NewEncoder(fw)
		fenc.SetEscapeHTML(false)
	}
	err := Generate(seed, n, func(a Article) error {
		if err := aenc.Encode(jsonArticle{Text: a.Text, Title: a.Title, Published: a.Published, URL: URL(a.ID)}); err != nil {
			return err
		}
		if fenc != nil {
			return fenc.Encode(jsonFacts{ID: a.ID, Facts: a.Facts})
		}
		return nil
	})
	if err != nil {
		return err
	}
	if fw != nil {
		if err := fw.Flush(); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// URL is the address WriteJSONL gives an article.
func URL(id string) string { return "https://tin.example.vn/the-gioi/" + id + ".html" }

// gen holds the state of one article; it is reset for each.
type gen struct {
	w    *world
	seed int64
	r    *rand.Rand
	src  *rand.PCG

	hasPub  bool
	pub     time.Time
	refYear int          // the article's year: publication year, else the main event's
	years   map[int]bool // years the text names (articles without a publication date)
	// needYear: a weekday fixed a date's year; the text must name refYear.
	needYear bool
	// noiseUsed: the kinds of noise paragraphs used so far.
	noiseUsed uint32

	cast   []*person
	paras  []string
	facts  ingest.Facts
	tmpls  tmplLog
	buf    []byte
	title  string
	lead   string // the main meeting's sentence, for captions
	leadAB [2]*person
	// leadBoth: both of leadAB take part in the lead fact (a caption may
	// show them "at the talks").
	leadBoth bool
	// noInvite: no invitation follows the lead (a cancelled meeting).
	noInvite bool
}

// tmplLog records which template planted each fact (for the recall report).
type tmplLog struct{ meetings, members, agreements, partners []string }

// person is a leader as cast in one article.
type person struct {
	o     *office
	title string
	cname string // country name as written after the title
	named bool
	key   int // mention count
}

func newGen(seed int64) *gen {
	g := &gen{w: getWorld(), seed: seed, years: map[int]bool{}}
	g.src = rand.NewPCG(0, 0)
	g.r = rand.New(g.src)
	return g
}

func (g *gen) reset(i int) {
	g.src.Seed(uint64(g.seed), uint64(i)*0x9e3779b97f4a7c15+1)
	g.hasPub, g.pub, g.refYear = false, time.Time{}, 0
	clear(g.years)
	g.needYear = false
	g.noiseUsed = 0
	g.cast = g.cast[:0]
	g.paras = g.paras[:0]
	g.facts = ingest.Facts{
		Leaders: []ingest.FactLeader{}, Meetings: []ingest.FactMeeting{},
		Memberships: []ingest.FactMember{}, Agreements: []ingest.FactAgreement{},
		Partnerships: []ingest.FactPartner{},
	}
	g.tmpls = tmplLog{}
	g.title, g.lead = "", ""
	g.leadAB = [2]*person{}
	g.leadBoth, g.noInvite = true, false
}

func (g *gen) chance(p float64) bool { return g.r.Float64() < p }

func (g *gen) pick(xs []string) string { return xs[g.r.IntN(len(xs))] }

// fill replaces {KEY} slots of t with the values given as key, value pairs
// and capitalises the first letter.
func (g *gen) fill(t string, kv ...string) string {
	b := g.buf[:0]
	for i := 0; i < len(t); {
		if t[i] == '{' {
			j := strings.IndexByte(t[i:], '}')
			if j > 0 {
				key := t[i+1 : i+j]
				for k := 0; k+1 < len(kv); k += 2 {
					if kv[k] == key {
						b = append(b, kv[k+1]...)
						break
					}
				}
				i += j + 1
				continue
			}
		}
		b = append(b, t[i])
		i++
	}
	g.buf = b
	return capFirst(string(b))
}

// capFirst upper-cases the first letter of s.
func capFirst(s string) string {
	if s == "" {
		return s
	}
	if c := s[0]; c >= 'a' && c <= 'z' {
		return string(c-'a'+'A') + s[1:]
	}
	for _, p := range lowerUpper {
		if strings.HasPrefix(s, p[0]) {
			return p[1] + s[len(p[0]):]
		}
	}
	return s
}

var lowerUpper = [][2]string{{"đ", "Đ"}, {"ô", "Ô"}, {"ư", "Ư"}, {"ở", "Ở"}, {"ả", "Ả"}, {"á", "Á"}, {"ấ", "Ấ"}, {"ă", "Ă"}, {"â", "Â"}}

// cname returns how the text names a country.
func (g *gen) cname(iso string) string {
	if ns, ok := countryNames[iso]; ok {
		return g.pick(ns)
	}
	return g.w.g.Countries[iso].NamesVI[0]
}

// cityName returns how the text names a city.
func (g *gen) cityName(c *gazetteer.City) string {
	if len(c.NamesVI) > 1 && g.chance(0.15) {
		n := c.NamesVI[g.r.IntN(len(c.NamesVI))]
		if !strings.Contains(n, "-") {
			return n
		}
	}
	return c.NamesVI[0]
}

// cast adds an office to the article's cast (once).
func (g *gen) castOf(o *office) *person {
	for _, p := range g.cast {
		if p.o.l == o.l {
			return p
		}
	}
	ts := titlesFor(o.t.Role, o.iso)
	p := &person{o: o, title: ts[g.r.IntN(len(ts))], cname: g.cname(o.iso)}
	g.cast = append(g.cast, p)
	return p
}

// inCast reports whether the leader is already cast.
func (g *gen) inCast(l *gazetteer.Leader) bool {
	return slices.ContainsFunc(g.cast, func(p *person) bool { return p.o.l == l })
}

// ref writes a mention of p: in full the first time (title, country, name),
// then by title and surname, honorific and surname, title and name, or
// title and country.
func (g *gen) ref(p *person) string {
	p.key++
	if !p.named {
		p.named = true
		g.facts.Leaders = append(g.facts.Leaders, ingest.FactLeader{Name: p.o.l.Name, Country: p.o.iso, Role: p.o.t.Role})
		if p.o.iso == "VN" {
			return p.title + " " + p.o.name
		}
		return p.title + " " + p.cname + " " + p.o.name
	}
	hon := "ông"
	if p.o.fem {
		hon = "bà"
	}
	s := p.o.short
	if s != "" && g.shortClash(p) {
		s = ""
	}
	for try := 0; try < 4; try++ {
		switch g.r.IntN(6) {
		case 0, 1:
			if s != "" {
				return p.title + " " + s
			}
		case 2:
			if s != "" {
				return hon + " " + s
			}
			if p.o.iso == "VN" {
				return hon + " " + p.o.name
			}
		case 3:
			return p.title + " " + p.o.name
		case 4:
			if p.o.iso != "VN" && g.uniqueRole(p) {
				return p.title + " " + p.cname
			}
		case 5:
			if p.o.iso == "VN" && g.chance(0.5) {
				return p.title + " " + p.o.name
			}
		}
	}
	return p.title + " " + p.o.name
}

// shortClash reports whether another cast member shares p's short form.
func (g *gen) shortClash(p *person) bool {
	for _, q := range g.cast {
		if q != p && q.o.short != "" && strings.EqualFold(q.o.short, p.o.short) {
			return true
		}
		if q != p && strings.Contains(q.o.name, p.o.short) {
			return true
		}
	}
	return false
}

// uniqueRole reports whether p is the only cast member with its title and
// country, so that "Thủ tướng Nhật Bản" names p.
func (g *gen) uniqueRole(p *person) bool {
	for _, q := range g.cast {
		if q != p && q.o.iso == p.o.iso && q.o.rank == p.o.rank {
			return false
		}
	}
	return true
}

// names lists participants by their international names.
func names(ps ...*person) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.o.l.Name
	}
	return out
}

func strp(s string) *string { return &s }

// meeting plants one meeting fact.
func (g *gen) meeting(tmpl, sentence string, kind model.SummitKind, status model.SummitStatus, w when, city *gazetteer.City, iso, org string, ps ...*person) {
	m := ingest.FactMeeting{Participants: names(ps...), Kind: string(kind), Date: w.iso(), Status: string(status), Note: tmpl + ": " + sentence}
	if city != nil {
		m.City = strp(city.Name)
		m.Country = strp(city.Country)
	} else if iso != "" {
		m.Country = strp(iso)
	}
	if org != "" {
		m.Org = strp(org)
	}
	g.facts.Meetings = append(g.facts.Meetings, m)
	g.tmpls.meetings = append(g.tmpls.meetings, tmpl)
}

// member plants one membership fact.
func (g *gen) member(tmpl, iso, org string, status model.MembershipStatus, since int) {
	m := ingest.FactMember{Country: iso, Org: org, Status: string(status)}
	if since != 0 {
		m.Since = strp(strconv.Itoa(since))
	}
	for _, x := range g.facts.Memberships {
		if x.Country == iso && x.Org == org && x.Status == m.Status {
			return
		}
	}
	g.facts.Memberships = append(g.facts.Memberships, m)
	g.tmpls.members = append(g.tmpls.members, tmpl)
}

// partner plants one partnership fact: the level of relations between
// countries a and b as sentence states it (since: "" when it does not
// say); a pair, level and status stated twice is one fact.
func (g *gen) partner(tmpl, sentence, a, b string, level model.PartnershipLevel, status model.PartnershipStatus, since string) {
	pair := [2]string{a, b}
	if b < a {
		pair = [2]string{b, a}
	}
	p := ingest.FactPartner{Countries: pair, Level: string(level), Status: string(status), Note: tmpl + ": " + sentence}
	if since != "" {
		p.Since = strp(since)
	}
	for _, x := range g.facts.Partnerships {
		if x.Countries == p.Countries && x.Level == p.Level && x.Status == p.Status {
			return
		}
	}
	g.facts.Partnerships = append(g.facts.Partnerships, p)
	g.tmpls.partners = append(g.tmpls.partners, tmpl)
}

// agreement plants one agreement fact.
func (g *gen) agreement(tmpl, sentence, name string, kind model.AgreementKind, status model.AgreementStatus, w when, parties ...string) {
	ps := []string{}
	for _, p := range parties {
		if !slices.Contains(ps, p) {
			ps = append(ps, p)
		}
	}
	g.facts.Agreements = append(g.facts.Agreements, ingest.FactAgreement{
		Name: name, Kind: string(kind), Date: w.iso(), Status: string(status), Parties: ps, Note: tmpl + ": " + sentence})
	g.tmpls.agreements = append(g.tmpls.agreements, tmpl)
}

// para adds a paragraph of sentences.
func (g *gen) para(sentences ...string) {
	g.paras = append(g.paras, strings.Join(sentences, " "))
}
