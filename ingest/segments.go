package ingest

import (
	"bytes"
	"slices"
	"unicode/utf8"

	"kg/ingest/prose"
	"kg/model"
)

// maxSegment is the most text, in bytes, that the extractor reads in one
// piece. News articles are far shorter (a long page has tens of
// kilobytes); a longer text, such as many pages flattened into one file,
// is read in segments cut at a line break, else a sentence's end, else a
// space, and their facts are put together. The rules that join the
// mentions of one event (and tie agreements to meetings) compare them
// pairwise within an article: a 50 MB text took minutes in one piece and
// takes seconds in segments (extractSegments).
const maxSegment = 256 << 10

// extractSegments extracts a text longer than maxSegment segment by
// segment. The article (id, title, publication date) is that of the whole
// text; the segments after the first resolve their dates against the
// publication date the first one found. An entity found in several
// segments is one, with the aliases of all and the first value found of
// each property; so is a fact, with the evidence of all. Evidence offsets
// point into doc.Raw.
func extractSegments(doc Document) model.Extraction {
	var out model.Extraction
	entities := map[string]int{}  // key -> index in out.Entities
	relations := map[string]int{} // type, from, to -> index in out.Relations
	for start := 0; start < len(doc.Raw); {
		end := segmentEnd(doc.Raw, start)
		seg := doc
		seg.Raw = doc.Raw[start:end]
		if start > 0 {
			seg.Title, seg.Published = out.Article.Title, out.Article.Published
		}
		ex := extract(seg)
		if start == 0 {
			out.Article = ex.Article
		}
		for _, e := range ex.Entities {
			if i, ok := entities[e.Key]; ok {
				mergeEntity(&out.Entities[i], e)
				continue
			}
			entities[e.Key] = len(out.Entities)
			out.Entities = append(out.Entities, e)
		}
		for _, r := range ex.Relations {
			for k := range r.Evidence {
				r.Evidence[k].Start += start
				r.Evidence[k].End += start
			}
			id := r.Type + "\x00" + r.From + "\x00" + r.To
			if i, ok := relations[id]; ok {
				mergeRelation(&out.Relations[i], r)
				continue
			}
			relations[id] = len(out.Relations)
			out.Relations = append(out.Relations, r)
		}
		start = end
	}
	out.Article.ID = ArticleID(prose.Normalize(doc.Raw))
	return out
}

// segmentEnd returns where the segment of raw that starts at start ends:
// at most maxSegment bytes on, just after the last line break of its
// second half, else after the last ". ", else after the last space, else
// at a rune boundary.
func segmentEnd(raw []byte, start int) int {
	if len(raw)-start <= maxSegment {
		return len(raw)
	}
	limit := start + maxSegment
	half := raw[start+maxSegment/2 : limit]
	for _, sep := range [][]byte{{'\n'}, []byte(". "), {' '}} {
		if k := bytes.LastIndex(half, sep); k >= 0 {
			return start + maxSegment/2 + k + len(sep)
		}
	}
	for !utf8.RuneStart(raw[limit]) {
		limit--
	}
	return limit
}

// mergeEntity adds what e says of an entity to into: the aliases it lacks
// and the values of properties it does not know.
func mergeEntity(into *model.Entity, e model.Entity) {
	if into.Name == "" {
		into.Name = e.Name
	}
	for k, v := range e.Props {
		old, ok := into.Props[k]
		switch {
		case k == "aliases" && ok:
			into.Props[k] = unionAliases(old, v)
		case v != nil && (!ok || old == nil):
			if into.Props == nil {
				into.Props = map[string]any{}
			}
			into.Props[k] = v
		}
	}
}

// unionAliases is the aliases of a followed by those of b it lacks.
func unionAliases(a, b any) any {
	as, _ := a.([]string)
	bs, _ := b.([]string)
	out := slices.Clone(as)
	for _, s := range bs {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// mergeRelation adds what r says of a fact to into: its evidence (from
// another segment, so at other offsets), and the values of properties into
// does not know.
func mergeRelation(into *model.Relation, r model.Relation) {
	for k, v := range r.Props {
		if old, ok := into.Props[k]; v != nil && (!ok || old == nil) {
			if into.Props == nil {
				into.Props = map[string]any{}
			}
			into.Props[k] = v
		}
	}
	into.Evidence = append(into.Evidence, r.Evidence...)
}
