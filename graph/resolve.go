package graph

// Lenient names. A prepared query resolves each name it is given to one node
// itself, in Cypher, so that it runs the same from Neo4j Browser, the CLI and
// a notebook: the node whose key is the name exactly, else the best hit of the
// full-text indexes core_names (leaders, countries, organisations, cities)
// and entity_names (those and summits and agreements). In Cypher an unknown name gives an empty
// table and an ambiguous one its best hit; CheckNames, run by `kg query`
// before the query, turns both into a message that lists the closest
// matches.
//
// The header of a query marks its name parameters with a tag at the end of
// the param line:
//
//	// param: a  a leader's name, lenient [name:Leader]
//	// param: party  a country or a leader [name:Country|Leader]
//	// param: from  any name [name:*]
//	// param: summit  a summit's name, or '' [name:Summit] [optional]
//
// [optional] marks a parameter that may be left out or empty: FillOptional
// sets a missing one to null (Neo4j Browser needs every parameter of the
// query in its :param line; there it is given as '').

import (
	"context"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"

	"kg/model"
)

// Lenient name matching, in Cypher. Each .cypher file repeats these
// expressions with its own parameter in place of $q (Cypher has no
// functions to share them); TestLenientExpressionsAreShared keeps the copies
// equal. lenientWords turns $q into words: Lucene's special characters
// become spaces and the words are lower-cased (so AND/OR/NOT are plain
// words). lenientLucene makes a query of the words: each word matches as
// itself (boosted); the first three, unless they are numbers, also as a
// prefix and, from 4 letters on, with one typo. Prefixes and typos are what
// a Lucene query spends its time on: a pasted summit name ("Bongbong Marcos
// – Frank-Walter Steinmeier talks, Berlin, 2025-11-16") has words enough to
// be found without them, and "2025*" would read every date of the year. The
// index's 'standard-folding' analyzer folds diacritics.
//
// lenientStrict comes first: every word as it is, all required. A name
// typed whole ("Emmanuel Macron", "tap can binh", "Xi") is found by it, and
// only when nothing of the wanted labels has every word does lenientLucene
// run, with its prefixes and typos: building and running their automata was
// 43 % of the server's time for the prepared queries on a graph of 100,000
// articles, and a query with two names waited about 4 ms for them.
//
// A name among leaders, countries, organisations and cities is looked up in
// core_names, which has only them: in entity_names a name as common as
// "Nguyễn Phú Trọng" also matches thousands of summits, each of them scored
// (3 to 4 ms a name). A name of any label ([name:*]) tries core_names
// strictly first, then entity_names strictly, then entity_names leniently.
const (
	lenientStrict = `reduce(q = '', w IN words | q + ' +' + w)`
	lenientWords  = `[w IN split(reduce(s = toLower(coalesce($q, '')), c IN ['\\', '+', '-', '&', '|', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '/', "'", ',', '.', '\t', '\n'] | replace(s, c, ' ')), ' ') WHERE w <> '']`
	lenientLucene = `reduce(q = '', i IN range(0, size(words) - 1) | q + ' ' + words[i] + '^4' + CASE WHEN i < 3 AND words[i] =~ '.*[^0-9].*' THEN ' ' + words[i] + '*' + CASE WHEN size(words[i]) >= 4 THEN ' ' + words[i] + '~1' ELSE '' END ELSE '' END)`
)

// fullTextLabels are the labels of the full-text index entity_names (see
// cypher/schema.cypher): what a [name:*] parameter may name.
var fullTextLabels = []string{model.LabelLeader, model.LabelCountry, model.LabelOrganization, model.LabelCity, model.LabelSummit, model.LabelAgreement}

// coreLabels are the labels of the full-text index core_names.
var coreLabels = []string{model.LabelLeader, model.LabelCountry, model.LabelOrganization, model.LabelCity}

// namesIndex returns the smallest full-text index that holds every label of labels.
func namesIndex(labels []string) string {
	for _, l := range labels {
		if !slices.Contains(coreLabels, l) {
			return "entity_names"
		}
	}
	return "core_names"
}

// eventWeight: the names of summits and agreements repeat the names of
// leaders, places and organisations, so their full-text scores count less
// when they compete with other labels (as in the .cypher files): "Xi" is the
// leader rather than one of his meetings and "TQO" the organisation rather
// than "TQO summit 2031", while "Vostrograd Declaration" is still the
// declaration rather than the city.
const eventWeight = 0.7

// ambiguity: two candidates whose scores are closer than this ratio cannot
// be told apart.
const ambiguity = 0.9

// farBelow: a candidate that scores less than this share of the best is
// not worth naming beside it (name-search.cypher cuts its hits the same
// way): for "tap can binh" Xi Jinping scores 37, and APEC, whose
// Vietnamese name has the word "Bình", 4.
const farBelow = 0.25

// ParamSpec is what the tags of a parameter's doc line say about it.
type ParamSpec struct {
	Name     string
	Doc      string   // the doc without its tags
	Labels   []string // the labels a name may resolve to; nil when the parameter is no name
	Optional bool
}

// IsName reports whether the parameter holds a lenient name.
func (p ParamSpec) IsName() bool { return len(p.Labels) > 0 }

var paramTag = regexp.MustCompile(`\s*\[(name:[A-Za-z|*]+|optional)\]\s*$`)

// Spec reads the tags at the end of the parameter's doc.
func (p Param) Spec() ParamSpec {
	spec := ParamSpec{Name: p.Name}
	doc := p.Doc
	var tags []string
	for {
		m := paramTag.FindStringSubmatchIndex(doc)
		if m == nil {
			break
		}
		tags = append([]string{doc[m[2]:m[3]]}, tags...)
		doc = doc[:m[0]]
	}
	for _, tag := range tags {
		if tag == "optional" {
			spec.Optional = true
			continue
		}
		labels := strings.TrimPrefix(tag, "name:")
		if labels == "*" {
			spec.Labels = slices.Clone(fullTextLabels)
			continue
		}
		for _, l := range strings.Split(labels, "|") {
			if l != "" && !slices.Contains(spec.Labels, l) {
				spec.Labels = append(spec.Labels, l)
			}
		}
	}
	spec.Doc = strings.TrimSpace(doc)
	return spec
}

// Specs returns the specs of the query's parameters, in header order.
func (q Query) Specs() []ParamSpec {
	specs := make([]ParamSpec, len(q.Params))
	for i, p := range q.Params {
		specs[i] = p.Spec()
	}
	return specs
}

// FillOptional returns a copy of params in which every optional parameter
// of q that is missing is null, as the query expects.
func (q Query) FillOptional(params map[string]any) map[string]any {
	out := make(map[string]any, len(params)+len(q.Params))
	maps.Copy(out, params)
	for _, spec := range q.Specs() {
		if _, ok := out[spec.Name]; !ok && spec.Optional {
			out[spec.Name] = nil
		}
	}
	return out
}

// Candidate is a node that a name may mean.
type Candidate struct {
	Label string
	Key   string
	Name  string
	Score float64 // full-text score, events weighted (see eventWeight)
	id    string
	names []string // name, name_vi, acronym and aliases
}

func (c Candidate) String() string {
	if c.Name == "" || c.Name == c.Key {
		return fmt.Sprintf("%s (%s)", c.Key, c.Label)
	}
	return fmt.Sprintf("%s (%s, %s)", c.Name, c.Label, c.Key)
}

// Resolution says which node a name parameter stands for, and how the
// name matched it.
type Resolution struct {
	Param string
	Value string
	Candidate
	Exact  bool     // the value is the node's key
	Match  Match    // how the value matched
	Labels []string // the labels the parameter may name
	// Others are the other candidates not far below it, best first: the
	// name was one of several.
	Others []Candidate
}

func (r Resolution) String() string {
	return fmt.Sprintf("%s=%q: %s", r.Param, r.Value, r.Candidate)
}

// NameError says that a name parameter names nothing, or nothing well
// enough, or several things about equally well.
type NameError struct {
	Param     string
	Value     string
	Labels    []string
	Ambiguous bool        // several candidates score about the same
	Weak      bool        // the best candidate matches too few of the words
	Closest   []Candidate // best first
}

func (e *NameError) Error() string {
	what := labelWords(e.Labels)
	var b strings.Builder
	switch {
	case e.Ambiguous:
		fmt.Fprintf(&b, "%q (parameter %s) could be several: ", e.Value, e.Param)
		b.WriteString(joinCandidates(e.Closest))
		b.WriteString("; give more of the name, or the key")
		return b.String()
	case e.Weak:
		fmt.Fprintf(&b, "no %s matches %q well (parameter %s)", what, e.Value, e.Param)
	default:
		fmt.Fprintf(&b, "no %s matches %q (parameter %s)", what, e.Value, e.Param)
	}
	if len(e.Closest) == 0 {
		b.WriteString(", and nothing comes close")
	} else {
		b.WriteString("; closest: ")
		b.WriteString(joinCandidates(e.Closest))
	}
	return b.String()
}

func joinCandidates(cs []Candidate) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = c.String()
	}
	return strings.Join(parts, ", ")
}

func labelWords(labels []string) string {
	if len(labels) == 0 || len(labels) == len(fullTextLabels) {
		return "entity"
	}
	words := make([]string, len(labels))
	for i, l := range labels {
		if l == model.LabelOrganization {
			words[i] = "organisation"
		} else {
			words[i] = strings.ToLower(l)
		}
	}
	return strings.Join(words, " or ")
}

// CheckNames checks every name parameter of the prepared query: it fails
// with a *NameError when a name matches nothing (or nothing well enough) or
// when its best matches cannot be told apart, listing the closest matches.
// Empty optional names are skipped, but when a query takes only optional
// names, one must be given.
func (s *Store) CheckNames(ctx context.Context, q Query, params map[string]any) error {
	_, err := s.ResolveNames(ctx, q, params)
	return err
}

// ResolveNames is CheckNames that also says which node each given name
// stands for, in header order.
func (s *Store) ResolveNames(ctx context.Context, q Query, params map[string]any) ([]Resolution, error) {
	var out []Resolution
	var optionalNames []string
	given := false
	for _, spec := range q.Specs() {
		if !spec.IsName() {
			continue
		}
		for _, l := range spec.Labels {
			if !slices.Contains(fullTextLabels, l) {
				return nil, fmt.Errorf("query %s: parameter %s names label %q, which the full-text index does not cover", q.Name, spec.Name, l)
			}
		}
		value := ""
		if v, ok := params[spec.Name]; ok && v != nil {
			value = strings.TrimSpace(fmt.Sprint(v))
		}
		if value == "" {
			if spec.Optional {
				optionalNames = append(optionalNames, spec.Name)
				continue
			}
			return nil, fmt.Errorf("query %s: parameter %s is empty; give %s", q.Name, spec.Name, spec.Doc)
		}
		given = true
		r, err := s.resolve(ctx, spec, value)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	if !given && len(optionalNames) > 0 {
		return nil, fmt.Errorf("query %s: give one of the parameters %s", q.Name, strings.Join(optionalNames, ", "))
	}
	return out, nil
}

// resolve finds the node value names among the labels of spec, as the
// .cypher files do: its key exactly, else the best full-text hit.
func (s *Store) resolve(ctx context.Context, spec ParamSpec, value string) (Resolution, error) {
	r := Resolution{Param: spec.Name, Value: value}
	exact, err := s.byKey(ctx, spec.Labels, value)
	if err != nil {
		return r, err
	}
	if len(exact) > 0 {
		r.Candidate, r.Exact, r.Match = exact[0], true, MatchKey
		return r, nil
	}
	r.Labels = spec.Labels
	cands, err := s.strictCandidates(ctx, spec.Labels, value)
	r.Match = MatchWords
	if err == nil && len(cands) == 0 {
		cands, err = s.candidates(ctx, spec.Labels, value, lenientLucene, 5)
		r.Match = MatchClosest
	}
	if err != nil {
		return r, err
	}
	nerr := &NameError{Param: spec.Name, Value: value, Labels: spec.Labels}
	if len(cands) == 0 {
		// Nothing of these labels. Suggest what comes close: these labels
		// with a typo in a word of 3 to 5 letters and two from 6 on (as
		// Elasticsearch's AUTO fuzziness: two typos in "ASEAN" make
		// "Asia", and APEC is no suggestion for it), else the same name
		// under other labels.
		loose := `reduce(q = '', w IN words | q + ' ' + w + CASE WHEN size(w) >= 6 THEN '~2' WHEN size(w) >= 3 THEN '~1' ELSE '' END + ' ' + w + '*')`
		if nerr.Closest, err = s.candidates(ctx, spec.Labels, value, loose, 5); err != nil {
			return r, err
		}
		if len(nerr.Closest) == 0 {
			if nerr.Closest, err = s.candidates(ctx, fullTextLabels, value, lenientLucene, 5); err != nil {
				return r, err
			}
		}
		nerr.Closest = notFarBelow(nerr.Closest)
		return r, nerr
	}
	if len(cands) > 1 && cands[1].Score >= ambiguity*cands[0].Score {
		nerr.Ambiguous = true
		for _, c := range cands {
			if c.Score >= ambiguity*cands[0].Score {
				nerr.Closest = append(nerr.Closest, c)
			}
		}
		return r, nerr
	}
	weak, err := s.weak(ctx, spec.Labels, value, cands[0])
	if err != nil {
		return r, err
	}
	if weak {
		nerr.Weak, nerr.Closest = true, notFarBelow(cands)
		return r, nerr
	}
	r.Candidate, r.Others = cands[0], notFarBelow(cands)[1:]
	r.Match = r.Match.refine(value, r.names)
	return r, nil
}

// byKey returns the nodes of labels whose key is value.
func (s *Store) byKey(ctx context.Context, labels []string, value string) ([]Candidate, error) {
	var parts []string
	for _, l := range labels {
		parts = append(parts, fmt.Sprintf("MATCH (n:%s {%s: $q}) RETURN n", l, model.KeyProperty(l)))
	}
	query := "CALL () {\n" + strings.Join(parts, "\nUNION ALL\n") + "\n}\n" +
		"RETURN elementId(n) AS id, [l IN labels(n) WHERE l IN $labels][0] AS label, coalesce(n.key, n.iso2) AS key, coalesce(n.name, n.acronym) AS name, 0.0 AS score, " + nodeNames("n")
	return s.candidateRows(ctx, query, map[string]any{"q": value, "labels": labels})
}

// strictCandidates returns the best hits among labels that have every word
// of value, as the .cypher files look for them: among leaders, countries,
// organisations and cities first when labels mix them with summits or
// agreements.
func (s *Store) strictCandidates(ctx context.Context, labels []string, value string) ([]Candidate, error) {
	var core []string
	for _, l := range labels {
		if slices.Contains(coreLabels, l) {
			core = append(core, l)
		}
	}
	if len(core) > 0 && len(core) < len(labels) {
		if cands, err := s.candidates(ctx, core, value, lenientStrict, 5); err != nil || len(cands) > 0 {
			return cands, err
		}
	}
	return s.candidates(ctx, labels, value, lenientStrict, 5)
}

// candidates returns the best full-text hits for value among labels, made
// into a Lucene query by the Cypher expression lucene (over words).
func (s *Store) candidates(ctx context.Context, labels []string, value, lucene string, limit int) ([]Candidate, error) {
	query := "WITH " + lenientWords + " AS words\n" +
		"WITH " + lucene + " AS q\n" +
		"WHERE q <> ''\n" +
		"CALL db.index.fulltext.queryNodes('" + namesIndex(labels) + "', q, {limit: 100}) YIELD node, score\n" +
		"WITH node, [l IN labels(node) WHERE l IN $labels][0] AS label, score\n" +
		"WHERE label IS NOT NULL\n" +
		"WITH node, label, score * CASE WHEN label IN ['Summit', 'Agreement'] THEN $eventWeight ELSE 1.0 END AS score\n" +
		"RETURN elementId(node) AS id, label, coalesce(node.key, node.iso2) AS key, coalesce(node.name, node.acronym) AS name, score, " + nodeNames("node") + "\n" +
		"ORDER BY score DESC, key\n" +
		"LIMIT $limit"
	return s.candidateRows(ctx, query, map[string]any{"q": value, "labels": labels, "eventWeight": eventWeight, "limit": limit})
}

func (s *Store) candidateRows(ctx context.Context, query string, params map[string]any) ([]Candidate, error) {
	res, err := s.execute(ctx, query, params, ReadOnly)
	if err != nil {
		return nil, fmt.Errorf("resolve name %q: %w", params["q"], err)
	}
	out := make([]Candidate, 0, len(res.Records))
	for _, rec := range res.Records {
		m := rec.AsMap()
		c := Candidate{}
		c.id, _ = m["id"].(string)
		c.Label, _ = m["label"].(string)
		c.Key, _ = m["key"].(string)
		c.Name, _ = m["name"].(string)
		c.Score, _ = m["score"].(float64)
		names, _ := m["names"].([]any)
		for _, n := range names {
			if n, ok := n.(string); ok {
				c.names = append(c.names, n)
			}
		}
		out = append(out, c)
	}
	return out, nil
}

// weak reports whether best matches fewer than half of the words of value
// that match anything of labels at all (words that match nothing, such as a
// title, do not count).
func (s *Store) weak(ctx context.Context, labels []string, value string, best Candidate) (bool, error) {
	query := "WITH " + lenientWords + " AS given\n" +
		"UNWIND given AS word\n" +
		"WITH DISTINCT word, [word] AS words\n" +
		"WITH word, " + lenientLucene + " AS q\n" +
		"CALL db.index.fulltext.queryNodes('" + namesIndex(labels) + "', q) YIELD node\n" +
		"WHERE any(l IN labels(node) WHERE l IN $labels)\n" +
		"RETURN word, $best IN collect(elementId(node)) AS hit"
	res, err := s.execute(ctx, query, map[string]any{"q": value, "labels": labels, "best": best.id}, ReadOnly)
	if err != nil {
		return false, fmt.Errorf("resolve name %q: %w", value, err)
	}
	informative, hits := 0, 0
	for _, rec := range res.Records {
		informative++
		if hit, _ := rec.Values[1].(bool); hit {
			hits++
		}
	}
	return 2*hits < informative, nil
}
