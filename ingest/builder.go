package ingest

import (
	"slices"
	"strconv"

	"kg/ingest/gazetteer"
	"kg/model"
)

// builder gathers an article's entities and relations, each once. Its
// memory is reused from article to article (see scratch); result copies
// what the article needs.
type builder struct {
	a         *analysis
	entities  []model.Entity
	relations []model.Relation
	ents      map[entKey]int // -> index in entities
	relKeys   []relKey       // the key of each relation
	labels    map[string]string
	// The relations' evidence, gathered here rather than in a slice per
	// relation (most have one or two sentences: a slice each was a tenth
	// of the extractor's allocations); result hands each relation its
	// part of one array. evFirst and evLast are each relation's first and
	// last entry in evs, -1 when it has none.
	evs     []relEvidence
	evFirst []int
	evLast  []int
	name    []byte // summitName's caption as it is written
}

// relEvidence is an evidence of a relation and the index in evs of the
// relation's next one (-1 for none).
type relEvidence struct {
	ev   model.Evidence
	next int
}

// entKey and relKey identify an entity and a relation; struct keys cost no
// string concatenation per lookup.
type entKey struct{ label, key string }
type relKey struct{ typ, from, to, variant string }

// reset empties b for article a.
func (b *builder) reset(a *analysis) {
	if b.ents == nil {
		b.ents, b.labels = map[entKey]int{}, map[string]string{}
	}
	clear(b.ents)
	clear(b.labels)
	b.a, b.entities, b.relations, b.relKeys = a, b.entities[:0], b.relations[:0], b.relKeys[:0]
	b.evs, b.evFirst, b.evLast = b.evs[:0], b.evFirst[:0], b.evLast[:0]
}

// result returns the entities and relations gathered, in memory of their
// own (nil when there are none).
func (b *builder) result() ([]model.Entity, []model.Relation) {
	var es []model.Entity
	var rs []model.Relation
	if len(b.entities) > 0 {
		es = slices.Clone(b.entities)
	}
	if len(b.relations) > 0 {
		rs = slices.Clone(b.relations)
		// One array for all the evidence, in the order of the relations;
		// each relation's slice is capped at its own part, so that an
		// append to it (mergeRelation) copies rather than overwrites the
		// next relation's.
		all := make([]model.Evidence, len(b.evs))
		n := 0
		for i := range rs {
			from := n
			for e := b.evFirst[i]; e >= 0; e = b.evs[e].next {
				all[n] = b.evs[e].ev
				n++
			}
			if n > from {
				rs[i].Evidence = all[from:n:n]
			}
		}
	}
	return es, rs
}

// has reports whether the entity is gathered already: the callers check
// before they build its properties, as most things are named many times.
func (b *builder) has(label, key string) bool {
	_, ok := b.ents[entKey{label, key}]
	return ok
}

func (b *builder) entity(label, key, name string, props map[string]any) {
	id := entKey{label, key}
	if _, ok := b.ents[id]; ok {
		return
	}
	b.ents[id] = len(b.entities)
	b.labels[key] = label
	b.entities = append(b.entities, model.Entity{Key: key, Label: label, Name: name, Props: props})
}

func (b *builder) country(iso string) {
	c := gazetteer.Default().Countries[iso]
	if c == nil || b.has(model.LabelCountry, iso) {
		return
	}
	b.entity(model.LabelCountry, iso, c.Name, map[string]any{"iso2": iso, "name_vi": first(c.NamesVI)})
}

// party adds a side of an agreement or a partnership: a country, or a
// union of states ("Hiệp định ... Việt Nam - EU") as an organisation.
func (b *builder) party(code string) {
	if gazetteer.Default().Countries[code] != nil {
		b.country(code)
	} else {
		b.org(code)
	}
}

func (b *builder) org(acr string) {
	o := gazetteer.Default().Orgs[acr]
	if o == nil || b.has(model.LabelOrganization, acr) {
		return
	}
	b.entity(model.LabelOrganization, acr, o.Name, map[string]any{"acronym": acr, "name_vi": first(o.NamesVI)})
}

func (b *builder) city(key string, sent int) {
	c := gazetteer.Default().Cities[key]
	if c == nil || b.has(model.LabelCity, key) {
		return
	}
	b.entity(model.LabelCity, key, c.Name, map[string]any{"name_vi": first(c.NamesVI), "country": nullable(c.Country)})
	if gazetteer.Default().Countries[c.Country] != nil {
		b.country(c.Country)
		b.rel(model.RelLocatedIn, key, c.Country, nil, sent)
	}
}

func (b *builder) leader(p *person) {
	aliases := append([]string(nil), p.aliases...)
	if len(aliases) == 0 {
		aliases = []string{p.name}
	}
	b.entity(model.LabelLeader, p.key, p.name, map[string]any{
		"name_vi": nullable(p.nameVI),
		"aliases": aliases,
		"role":    nullable(p.role),
		"country": nullable(p.country),
	})
}

func (b *builder) summit(key string, m meeting) {
	if b.has(model.LabelSummit, key) {
		return // (another meeting of the node: its name and properties are the first's)
	}
	g := gazetteer.Default()
	city := ""
	if c := g.Cities[m.city]; c != nil {
		city = c.Name
	}
	date := m.date.ISO() // (once: the name writes it too)
	b.entity(model.LabelSummit, key, b.summitName(m, city, date), map[string]any{
		"kind":     m.kind,
		"date":     nullable(date),
		"end_date": nullable(m.endDate.ISO()),
		"city":     nullable(city),
		"country":  nullable(m.country),
		"org":      nullable(m.org),
		"status":   m.status,
	})
}

var kindWords = map[string]string{
	"summit": "summit", "bilateral": "talks", "state_visit": "state visit",
	"video_call": "video call", "phone_call": "phone call",
}

// maxNamedInSummit is how many leaders a summit's name lists in full.
const maxNamedInSummit = 4

// summitName is a readable caption: "SCO summit 2022, Samarkand",
// "Vladimir Putin – Xi Jinping talks, Beijing, 2022-02"; a summit of no
// organisation by its leaders, "Ebrahim Raisi – Recep Tayyip Erdoğan –
// Vladimir Putin summit, Tehran, 2022-07". date is m.date.ISO(). The
// caption is written in b.name and made a string once, rather than
// joined from parts, each a string of its own.
func (b *builder) summitName(m meeting, city, date string) string {
	out := b.name[:0]
	if m.kind == "summit" && m.org != "" {
		if m.ordinal != 0 {
			out = append(append(out, ordinalEN(m.ordinal)...), ' ')
		}
		out = append(append(out, m.org...), " summit"...)
	} else {
		named := 0 // the participants who are leaders of the article
		for _, k := range m.participants {
			if b.a.people.get(k) != nil {
				named++
			}
		}
		switch {
		case named > 0 && m.kind != "summit" || named > 1 && named <= maxNamedInSummit:
			out = b.appendNames(out, m, named, " – ")
			out = append(append(out, ' '), kindWords[m.kind]...)
		case named == 1:
			out = append(out, "summit with "...) // one leader at a summit of others unnamed
			out = b.appendNames(out, m, 1, "")
		case named > 0:
			// A summit of no organisation the text names, of many leaders:
			// the first of them and how many more ("summit of Donald Trump,
			// Emmanuel Macron, Friedrich Merz and 6 others").
			out = append(out, "summit of "...)
			out = b.appendNames(out, m, maxNamedInSummit-1, ", ")
			out = append(append(append(out, " and "...), strconv.Itoa(named-maxNamedInSummit+1)...), " others"...)
		default:
			out = append(out, kindWords[m.kind]...)
		}
	}
	if city != "" {
		out = append(append(out, ", "...), city...)
	}
	if date != "" && m.date.Year != 0 {
		out = append(append(out, ", "...), date...) // a date without its year ("--03-07") reads as noise in a name
	}
	b.name = out
	return string(out)
}

// appendNames appends to out the names of the first n participants of m
// who are leaders of the article, sep between them.
func (b *builder) appendNames(out []byte, m meeting, n int, sep string) []byte {
	written := 0
	for _, k := range m.participants {
		if written == n {
			break
		}
		if p := b.a.people.get(k); p != nil {
			if written > 0 {
				out = append(out, sep...)
			}
			out = append(out, p.name...)
			written++
		}
	}
	return out
}

// ordinalEN writes n as an English ordinal: 1st, 2nd, 3rd, 47th.
func ordinalEN(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return strconv.Itoa(n) + suffix
}

func (b *builder) agreement(key string, ag agreement) {
	if b.has(model.LabelAgreement, key) {
		return
	}
	b.entity(model.LabelAgreement, key, ag.name, map[string]any{
		"kind":     ag.kind,
		"date":     nullable(ag.date.ISO()),
		"end_date": nullable(ag.endDate.ISO()),
		"status":   ag.status,
	})
}

func (b *builder) member(ms membership) {
	if b.hasRel(model.RelMemberOf, ms.country, ms.org, ms.status) {
		b.relWith(model.RelMemberOf, ms.country, ms.org, ms.status, nil, ms.sent) // its evidence only
		return
	}
	b.relWith(model.RelMemberOf, ms.country, ms.org, ms.status, map[string]any{
		"status": ms.status,
		"since":  nullable(ms.since.ISO()),
	}, ms.sent)
}

// partner adds a partnership between two countries, the smaller ISO2
// code first, so that a pair is one relationship whichever way an
// article names it.
func (b *builder) partner(p partnership) {
	variant := p.level + " " + p.status
	if b.hasRel(model.RelPartnerOf, p.countries[0], p.countries[1], variant) {
		b.relWith(model.RelPartnerOf, p.countries[0], p.countries[1], variant, nil, p.sent) // its evidence only
		return
	}
	b.relWith(model.RelPartnerOf, p.countries[0], p.countries[1], variant, map[string]any{
		"level":  p.level,
		"status": p.status,
		"since":  nullable(p.since.ISO()),
	}, p.sent)
}

// hasRel reports whether the relation is gathered already: the callers
// that make properties check first, as a fact is often told again.
func (b *builder) hasRel(typ, from, to, variant string) bool {
	return slices.Contains(b.relKeys, relKey{typ, from, to, variant})
}

// rel adds a relation with the given sentences as evidence.
func (b *builder) rel(typ, from, to string, props map[string]any, sents ...int) {
	b.relWith(typ, from, to, "", props, sents...)
}

func (b *builder) relWith(typ, from, to, variant string, props map[string]any, sents ...int) {
	if _, ok := b.labels[from]; !ok {
		return
	}
	if _, ok := b.labels[to]; !ok {
		return
	}
	id := relKey{typ, from, to, variant}
	i := slices.Index(b.relKeys, id) // a few dozen: a scan costs less than a map
	if i < 0 {
		// A relation of no properties keeps Props nil rather than an
		// empty map of its own: it writes the same JSON, and mergeRelation
		// makes the map when it has one to fill.
		i = len(b.relations)
		b.relKeys = append(b.relKeys, id)
		b.relations = append(b.relations, model.Relation{Type: typ, From: from, To: to, Props: props})
		b.evFirst, b.evLast = append(b.evFirst, -1), append(b.evLast, -1)
	}
	for _, si := range sents {
		ev := b.a.evidence(si)
		dup := false
		for e := b.evFirst[i]; e >= 0; e = b.evs[e].next {
			if b.evs[e].ev.Start == ev.Start {
				dup = true
			}
		}
		if dup {
			continue
		}
		b.evs = append(b.evs, relEvidence{ev: ev, next: -1})
		if last := b.evLast[i]; last >= 0 {
			b.evs[last].next = len(b.evs) - 1
		} else {
			b.evFirst[i] = len(b.evs) - 1
		}
		b.evLast[i] = len(b.evs) - 1
	}
}

// evidence is sentence si with its byte offsets in the file as read.
func (a *analysis) evidence(si int) model.Evidence {
	s := a.sents[si]
	start, end := a.text.Raw(s.start, s.end)
	return model.Evidence{Text: a.text.S[s.start:s.end], Start: start, End: end}
}

func first(xs []string) any {
	if len(xs) == 0 {
		return nil
	}
	return xs[0]
}
