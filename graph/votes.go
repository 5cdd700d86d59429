package graph

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"kg/model"
)

// Articles disagree: one places a summit in Hanoi, another in Moscow; one
// calls a leader president, another prime minister. Which value a node or
// relationship keeps must depend on the set of articles only, not on the
// order they were written in (batch size, concurrent writers, re-runs), so
// each property is decided by a vote: the value of highest rank where the
// property has a ranking (the more precise date, the status higher on its
// ladder in package model), then the value the most articles state, then
// the one stated by the article with the smallest id. A null is no vote.
//
// The votes are kept with the node or relationship, in the property votes
// (see encodeVotes), so that the next batch adds its articles to them.

// votesProp is the property that records the votes.
const votesProp = "votes"

// A vote is the articles that state one value of a property.
type vote struct {
	prop  string
	value any // the value stated: a string, number or list of them
	with  any // for a property that goes with another (rule.with), that one's value as the same articles state it
	// n and first count the articles: how many, and the smallest id.
	n     int
	first string
	// ids are the articles themselves, kept instead of n and first by a
	// listed tally (standing facts, whose articles may be taken out again).
	ids []string
}

func (v *vote) count() int { return v.n + len(v.ids) }

// firstID is the smallest id of the articles that state the value.
func (v *vote) firstID() string {
	f := v.first
	for _, id := range v.ids {
		if f == "" || id < f {
			f = id
		}
	}
	return f
}

// A tally is the votes of the properties of one node or relationship, one
// vote per property, value and value it goes with. It is a short list: a
// row is one article's, a few properties, and even a country that a
// thousand articles of a batch name has few values.
type tally struct {
	votes []vote
	// listed keeps the id of each article (vote.ids), so that keepArticles
	// can take articles out; otherwise only their count and first id.
	listed bool
}

// find returns the vote of prop for value and with, or nil.
func (t *tally) find(prop string, value, with any) *vote {
	for i := range t.votes {
		v := &t.votes[i]
		if v.prop == prop && sameValue(v.value, value) && sameValue(v.with, with) {
			return v
		}
	}
	return nil
}

// add counts article id's statement that prop is value (with: the value of
// the property it goes with).
func (t *tally) add(prop string, value, with any, id string) {
	value, with = normalValue(value), normalValue(with)
	v := t.find(prop, value, with)
	if v == nil {
		t.votes = append(t.votes, vote{prop: prop, value: value, with: with})
		v = &t.votes[len(t.votes)-1]
	}
	if t.listed {
		v.ids = append(v.ids, id)
		return
	}
	v.n++
	if v.first == "" || id < v.first {
		v.first = id
	}
}

// merge adds the votes of o to t; o is left as it is.
func (t *tally) merge(o *tally) {
	for _, ov := range o.votes {
		v := t.find(ov.prop, ov.value, ov.with)
		if v == nil {
			ov.ids = slices.Clone(ov.ids)
			t.votes = append(t.votes, ov)
			continue
		}
		v.n += ov.n
		if v.first == "" || ov.first != "" && ov.first < v.first {
			v.first = ov.first
		}
		v.ids = append(v.ids, ov.ids...)
	}
}

// clone returns a copy of t that changes independently.
func (t *tally) clone() *tally {
	out := &tally{listed: t.listed}
	out.merge(t)
	return out
}

// keepArticles keeps the votes of the articles in keep (of a listed tally).
func (t *tally) keepArticles(keep map[string]bool) {
	out := t.votes[:0]
	for _, v := range t.votes {
		v.ids = slices.DeleteFunc(v.ids, func(id string) bool { return !keep[id] })
		if v.count() > 0 {
			out = append(out, v)
		}
	}
	t.votes = out
}

// empty reports whether t has no vote.
func (t *tally) empty() bool { return len(t.votes) == 0 }

// sameValue reports whether a and b are the same value (see valueKey).
func sameValue(a, b any) bool {
	if x, ok := a.(string); ok {
		y, ok := b.(string)
		return ok && x == y
	}
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return valueKey(a) == valueKey(b)
}

// voteKey identifies a value and the value it goes with.
func voteKey(value, with any) string {
	return valueKey(value) + "\x00" + valueKey(with)
}

// valueKey is a value as a string that equal values share, whether they
// come from Go, from JSON or from Neo4j (an int64 and a float64 of the
// same integer alike).
func valueKey(v any) string {
	switch v := v.(type) {
	case nil:
		return "-"
	case string:
		return "s" + v
	}
	b, err := json.Marshal(normalValue(v))
	if err != nil {
		return fmt.Sprintf("?%v", v)
	}
	return "j" + string(b)
}

// normalValue is v as the graph stores it: integral numbers as int64,
// lists as []any of such values.
func normalValue(v any) any {
	switch v := v.(type) {
	case float64:
		if v == float64(int64(v)) {
			return int64(v)
		}
	case float32:
		return normalValue(float64(v))
	case int:
		return int64(v)
	case int32:
		return int64(v)
	case json.Number:
		if i, err := v.Int64(); err == nil {
			return i
		}
		f, _ := v.Float64()
		return f
	case []string:
		out := make([]any, len(v))
		for i, s := range v {
			out[i] = s
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = normalValue(x)
		}
		return out
	}
	return v
}

// A rule says how the votes of one property are decided, beyond "the
// most articles, then the smallest article id".
type rule struct {
	// with names the property this one goes with: only the votes stated
	// together with that property's winning value count (a summit's
	// end_date goes with its date, its country with its city).
	with string
	// orAny lets every vote count when none was stated with that winning
	// value (a summit's name goes with its date, if any article that gives
	// the date names it).
	orAny bool
	// better, when set, ranks two values before any count: > 0 when a
	// outranks b.
	better func(a, b any) int
	// tentative, when set, is a property that goes with this one and the
	// value of it that says "not yet": a value of this one that every
	// article states only so ranks below the others, before better (a
	// partnership level only planned does not overtake the level the two
	// countries have). A value with no vote of that property is not
	// tentative: a null is no vote.
	tentative *tentative
}

// tentative names a property and its "not yet" value (rule.tentative).
type tentative struct {
	prop  string
	value string
}

// settled returns the values of prop that some article states with
// another value of r.tentative than its "not yet" one, or with none:
// those are not tentative. nil when r has no tentative.
func (t *tally) settled(prop string, r rule) map[string]bool {
	if r.tentative == nil {
		return nil
	}
	out, stated := map[string]bool{}, map[string]bool{}
	for _, v := range t.votes {
		if v.prop == r.tentative.prop {
			k := valueKey(v.with)
			stated[k] = true
			if !sameValue(v.value, r.tentative.value) {
				out[k] = true
			}
		}
	}
	for _, v := range t.votes {
		if k := valueKey(v.value); v.prop == prop && !stated[k] {
			out[k] = true
		}
	}
	return out
}

// ladder ranks the values of a vocabulary by their place on its ladder
// (package model), a value off it lowest.
func ladder[T ~string](values []T) func(a, b any) int {
	ranks := model.Ranks(values)
	rank := func(v any) int {
		s, _ := v.(string)
		r, _ := ranks[s].(int)
		return r
	}
	return func(a, b any) int { return cmp.Compare(rank(a), rank(b)) }
}

// morePrecise ranks dates: one with a year above one without ("--09-15"),
// then the longer.
func morePrecise(a, b any) int {
	x, _ := a.(string)
	y, _ := b.(string)
	if c := cmp.Compare(btoi(!strings.HasPrefix(x, "--")), btoi(!strings.HasPrefix(y, "--"))); c != 0 {
		return c
	}
	return cmp.Compare(len(x), len(y))
}

// earlier ranks dates: one with a year above one without, then the
// earlier. Two different dates never tie.
func earlier(a, b any) int {
	x, _ := a.(string)
	y, _ := b.(string)
	if c := cmp.Compare(btoi(!strings.HasPrefix(x, "--")), btoi(!strings.HasPrefix(y, "--"))); c != 0 {
		return c
	}
	return strings.Compare(y, x)
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// The rules of the properties that have one (docs/DESIGN.md, "Merging");
// every other property goes to the value the most articles state.
var (
	dateRules = map[string]rule{
		"date":     {better: morePrecise},
		"end_date": {with: "date", better: morePrecise},
	}
	nodeRules = map[string]map[string]rule{
		model.LabelSummit: withDates(map[string]rule{
			"status":  {better: ladder(model.SummitStatuses)},
			"country": {with: "city"},
			// The extractor's name of a summit holds its date ("Vladimir
			// Putin – Xi Jinping talks, Beijing, 2022-02-04"): the name of
			// an article that gives the winning date reads like the node.
			"name": {with: "date", orAny: true},
		}),
		model.LabelAgreement: withDates(map[string]rule{
			"status": {better: ladder(model.AgreementStatuses)},
		}),
	}
	relRules = map[string]map[string]rule{
		model.RelMemberOf: {
			"status": {better: ladder(model.MembershipStatuses)},
			"since":  {better: earlier},
		},
		// A pair has one partnership: the highest level on the ladder
		// that an article states as set up or raised (a level only
		// planned ranks below those), whatever the order the articles
		// come in; its status and date are those of that level. The
		// other levels stay readable in history (derive).
		model.RelPartnerOf: {
			"level":  {better: ladder(model.PartnershipLevels), tentative: &tentative{"status", string(model.PartnershipPlanned)}},
			"status": {with: "level", better: ladder(model.PartnershipStatuses)},
			"since":  {with: "level", better: earlier},
		},
	}
)

// derived names the properties of a relationship type that are computed
// from its votes (derive), not voted on: the writer leaves them out of
// the votes it reads back.
var derived = map[string][]string{
	model.RelPartnerOf: {"history"},
}

// derive adds to props, the winners of the votes t of a relationship of
// type typ, the properties computed from those votes (derived).
func derive(typ string, t *tally, props map[string]any) {
	if typ == model.RelPartnerOf {
		if h := partnershipHistory(t, props["level"]); len(h) > 0 {
			props["history"] = h
		}
	}
}

// partnershipHistory is the ladder a pair of countries climbed, as the
// articles state it: one entry per level ("strategic 2013-07", the level
// and the date its votes give, as since is decided; the level alone when
// no article dates it), the levels only planned left out but the winner
// (current). Dated entries come first, by date, then the undated ones by
// their place on the ladder: the order follows the votes, so it is the
// same whatever order the articles come in.
func partnershipHistory(t *tally, current any) []string {
	rules := relRules[model.RelPartnerOf]
	settled := t.settled("level", rules["level"])
	type entry struct {
		level, since string
		rank         int
	}
	var entries []entry
	seen := map[string]bool{}
	for i := range t.votes {
		lv := &t.votes[i]
		level, ok := lv.value.(string)
		if lv.prop != "level" || !ok || seen[level] || !settled[valueKey(level)] && !sameValue(level, current) {
			continue
		}
		seen[level] = true
		var best *vote
		for j := range t.votes {
			v := &t.votes[j]
			if v.prop == "since" && sameValue(v.with, level) && (best == nil || beats(v, best, rules["since"], nil)) {
				best = v
			}
		}
		e := entry{level: level, rank: model.PartnershipLevel(level).Rank()}
		if best != nil {
			e.since, _ = best.value.(string)
		}
		entries = append(entries, e)
	}
	dated := func(e entry) bool { return e.since != "" && !strings.HasPrefix(e.since, "--") }
	slices.SortFunc(entries, func(a, b entry) int {
		if c := cmp.Compare(btoi(!dated(a)), btoi(!dated(b))); c != 0 {
			return c
		}
		if dated(a) {
			if c := strings.Compare(a.since, b.since); c != 0 {
				return c
			}
		}
		return cmp.Or(cmp.Compare(a.rank, b.rank), strings.Compare(a.level, b.level))
	})
	out := make([]string, len(entries))
	for i, e := range entries {
		out[i] = strings.TrimSpace(e.level + " " + e.since)
	}
	return out
}

func withDates(rules map[string]rule) map[string]rule {
	out := maps.Clone(dateRules)
	maps.Copy(out, rules)
	return out
}

// rulesFor returns the rules of a node label, or of a relationship type;
// any label's date and end_date are dates.
func rulesFor(label, relType string) map[string]rule {
	if relType != "" {
		return relRules[relType]
	}
	if r, ok := nodeRules[label]; ok {
		return r
	}
	return dateRules
}

// winners decides every property of t by rules: the winning value of each
// property that has votes.
func (t *tally) winners(rules map[string]rule) map[string]any {
	out := make(map[string]any, len(t.votes))
	var decided []string
	var decide func(prop string) any
	decide = func(prop string) any {
		if slices.Contains(decided, prop) {
			return out[prop]
		}
		decided = append(decided, prop) // a rule that goes with itself, through others, sees null
		r := rules[prop]
		var with any
		if r.with != "" {
			with = decide(r.with)
		}
		settled := t.settled(prop, r)
		var best *vote
		for _, any := range []bool{false, true} {
			for i := range t.votes {
				v := &t.votes[i]
				if v.prop != prop || r.with != "" && !any && !sameValue(v.with, with) {
					continue
				}
				if best == nil || beats(v, best, r, settled) {
					best = v
				}
			}
			if best != nil || !r.orAny || r.with == "" {
				break
			}
		}
		if best != nil {
			out[prop] = best.value
		}
		return out[prop]
	}
	for _, v := range t.votes {
		decide(v.prop)
	}
	return out
}

// beats reports whether vote a wins over b: a settled value over a
// tentative one (settled, see tally.settled; nil when the rule has none),
// then the higher rank, then more articles, then the smaller first article
// id, then (the same article stating two values) the smaller value.
func beats(a, b *vote, r rule, settled map[string]bool) bool {
	if settled != nil {
		if sa, sb := settled[valueKey(a.value)], settled[valueKey(b.value)]; sa != sb {
			return sa
		}
	}
	if r.better != nil {
		if c := r.better(a.value, b.value); c != 0 {
			return c > 0
		}
	}
	if a.count() != b.count() {
		return a.count() > b.count()
	}
	if fa, fb := a.firstID(), b.firstID(); fa != fb {
		return fa < fb
	}
	return voteKey(a.value, a.with) < voteKey(b.value, b.with)
}

// The votes property holds a JSON object: {"n": N, "a": "<article id>",
// "v": {"<property>": [[value, articles, first article id] or
// [value, articles, first article id, with], ...]}}. A property whose only
// vote is its own value stated by N articles, the first of them a (and with
// the winning value of the property it goes with) is left out of "v": most
// nodes are seen by one article, or by many that agree, and their votes
// are then a few bytes ({"n":1,"a":"3aa2a5064e0efbd5"}). N and a are those
// that the most properties share.

// encodeVotes returns the votes property of a node or relationship whose
// properties are props (the winners of t by rules, among others).
func encodeVotes(t *tally, props map[string]any, rules map[string]rule) string {
	plain, def, best := sharedCount(t, props, rules)
	listed := map[string][][]any{}
	for _, v := range t.votes {
		if k, ok := plain[v.prop]; ok && k == def {
			continue
		}
		e := []any{normalValue(v.value), v.count(), v.firstID()}
		if rules[v.prop].with != "" {
			e = append(e, normalValue(v.with))
		}
		listed[v.prop] = append(listed[v.prop], e)
	}
	if len(listed) == 0 && best > 0 && simpleID(def.a) {
		// The usual case, a node that one article or several that agree
		// state, written without the encoder.
		return `{"a":"` + def.a + `","n":` + strconv.Itoa(def.n) + `}`
	}
	for _, entries := range listed {
		slices.SortFunc(entries, func(x, y []any) int {
			return strings.Compare(voteKey(x[0], at(x, 3)), voteKey(y[0], at(y, 3)))
		})
	}
	out := map[string]any{}
	if best > 0 {
		out["n"], out["a"] = def.n, def.a
	}
	if len(listed) > 0 {
		out["v"] = listed
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(out) // maps of strings, numbers and lists: never fails
	return strings.TrimSuffix(buf.String(), "\n")
}

// voteCount is how many articles stated a value and the first of them.
type voteCount struct {
	n int
	a string
}

// sharedCount finds the count and first article that most of a thing's
// winning values share, so that the encoding says it once: plain holds
// the properties stated once whose value won, def the count most of them
// share (best of them do).
func sharedCount(t *tally, props map[string]any, rules map[string]rule) (plain map[string]voteCount, def voteCount, best int) {
	perProp := map[string]int{}
	for _, v := range t.votes {
		perProp[v.prop]++
	}
	plain = map[string]voteCount{} // the properties that may be left out
	shared := map[voteCount]int{}
	for _, v := range t.votes {
		if perProp[v.prop] != 1 || !sameValue(v.value, props[v.prop]) {
			continue
		}
		if w := rules[v.prop].with; w != "" && !sameValue(v.with, props[w]) {
			continue
		}
		k := voteCount{v.count(), v.firstID()}
		plain[v.prop] = k
		shared[k]++
	}
	for k, c := range shared {
		if c > best || c == best && (k.n > def.n || k.n == def.n && k.a < def.a) {
			def, best = k, c
		}
	}
	return plain, def, best
}

// simpleID reports whether an article id needs no escaping in JSON.
func simpleID(id string) bool {
	for i := 0; i < len(id); i++ {
		if c := id[i]; !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '_') {
			return false
		}
	}
	return id != ""
}

func at(xs []any, i int) any {
	if i < len(xs) {
		return xs[i]
	}
	return nil
}

// legacyFirst stands for the articles of a value written before votes
// were kept: it sorts before any article id.
const legacyFirst = " "

// decodeVotes returns the votes of a node or relationship from its
// properties (props, as the graph holds them, with its votes). Each of
// voted (the properties that are voted on) that has a value and is not
// listed in the votes was stated by the shared N articles, the first a. A
// node written before votes were kept counts as stated once by an article
// that comes before any other (legacyFirst).
func decodeVotes(props map[string]any, voted []string, rules map[string]rule) (*tally, error) {
	t := &tally{}
	var rec struct {
		N int                          `json:"n"`
		A string                       `json:"a"`
		V map[string][]json.RawMessage `json:"v"`
	}
	rec.N, rec.A = 1, legacyFirst
	if s, ok := props[votesProp].(string); ok {
		dec := json.NewDecoder(strings.NewReader(s))
		dec.UseNumber()
		if err := dec.Decode(&rec); err != nil {
			return nil, fmt.Errorf("read the votes %q: %w", s, err)
		}
	}
	for prop, entries := range rec.V {
		for _, raw := range entries {
			var e []any
			dec := json.NewDecoder(bytes.NewReader(raw))
			dec.UseNumber()
			if err := dec.Decode(&e); err != nil || len(e) < 3 {
				return nil, fmt.Errorf("read the votes of %s: %s: %v", prop, raw, err)
			}
			n, _ := normalValue(e[1]).(int64)
			first, _ := e[2].(string)
			t.votes = append(t.votes, vote{prop: prop, value: normalValue(e[0]), with: normalValue(at(e, 3)), n: int(n), first: first})
		}
	}
	for _, prop := range voted {
		value, ok := props[prop]
		if _, listed := rec.V[prop]; listed || !ok || value == nil {
			continue
		}
		var with any
		if w := rules[prop].with; w != "" {
			with = normalValue(props[w])
		}
		t.votes = append(t.votes, vote{prop: prop, value: normalValue(value), with: with, n: rec.N, first: rec.A})
	}
	return t, nil
}
