package ingest

import (
	"slices"
	"strconv"
	"strings"

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
	g := gazetteer.Default()
	city := ""
	if c := g.Cities[m.city]; c != nil {
		city = c.Name
	}
	b.entity(model.LabelSummit, key, b.a.summitName(m, city), map[string]any{
		"kind":     m.kind,
		"date":     nullable(m.date.ISO()),
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
// Vladimir Putin summit, Tehran, 2022-07".
func (a *analysis) summitName(m meeting, city string) string {
	var parts []string
	if m.kind == "summit" && m.org != "" {
		if m.ordinal != 0 {
			parts = append(parts, ordinalEN(m.ordinal)+" "+m.org+" summit")
		} else {
			parts = append(parts, m.org+" summit")
		}
	} else {
		var names []string
		for _, k := range m.participants {
			if p := a.people.get(k); p != nil {
				names = append(names, p.name)
			}
		}
		head := kindWords[m.kind]
		switch {
		case len(names) > 0 && m.kind != "summit" || len(names) > 1 && len(names) <= maxNamedInSummit:
			head = joinNames(names) + " " + head
		case len(names) == 1:
			head = "summit with " + names[0] // one leader at a summit of others unnamed
		case len(names) > 0:
			// A summit of no organisation the text names, of many leaders:
			// the first of them and how many more ("summit of Donald Trump,
			// Emmanuel Macron, Friedrich Merz and 6 others").
			head = "summit of " + strings.Join(names[:maxNamedInSummit-1], ", ") + " and " + strconv.Itoa(len(names)-maxNamedInSummit+1) + " others"
		}
		parts = append(parts, head)
	}
	if city != "" {
		parts = append(parts, city)
	}
	if iso := m.date.ISO(); iso != "" && m.date.Year != 0 {
		parts = append(parts, iso) // a date without its year ("--03-07") reads as noise in a name
	}
	out := parts[0]
	for _, p := range parts[1:] {
		out += ", " + p
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

func joinNames(ns []string) string {
	out := ""
	for i, n := range ns {
		if i > 0 {
			out += " – "
		}
		out += n
	}
	return out
}

func (b *builder) agreement(key string, ag agreement) {
	b.entity(model.LabelAgreement, key, ag.name, map[string]any{
		"kind":     ag.kind,
		"date":     nullable(ag.date.ISO()),
		"end_date": nullable(ag.endDate.ISO()),
		"status":   ag.status,
	})
}

func (b *builder) member(ms membership) {
	b.relWith(model.RelMemberOf, ms.country, ms.org, ms.status, map[string]any{
		"status": ms.status,
		"since":  nullable(ms.since.ISO()),
	}, ms.sent)
}

// partner adds a partnership between two countries, the smaller ISO2
// code first, so that a pair is one relationship whichever way an
// article names it.
func (b *builder) partner(p partnership) {
	b.relWith(model.RelPartnerOf, p.countries[0], p.countries[1], p.level+" "+p.status, map[string]any{
		"level":  p.level,
		"status": p.status,
		"since":  nullable(p.since.ISO()),
	}, p.sent)
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
		if props == nil {
			props = map[string]any{}
		}
		i = len(b.relations)
		b.relKeys = append(b.relKeys, id)
		b.relations = append(b.relations, model.Relation{Type: typ, From: from, To: to, Props: props})
	}
	r := &b.relations[i]
	for _, si := range sents {
		ev := b.a.evidence(si)
		dup := false
		for _, e := range r.Evidence {
			if e.Start == ev.Start {
				dup = true
			}
		}
		if !dup {
			r.Evidence = append(r.Evidence, ev)
		}
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
