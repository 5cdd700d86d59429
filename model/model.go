// Package model holds the facts that flow from extraction to the graph: one
// Extraction per article, made of entities and the relations between them.
// It is the contract between ingest (which knows the language) and graph
// (which knows Neo4j); neither needs the other.
package model

import (
	"encoding/json"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// Node labels. The graph writer accepts only these, so a label never comes
// from user input.
const (
	LabelLeader       = "Leader"
	LabelCountry      = "Country"
	LabelOrganization = "Organization"
	LabelSummit       = "Summit"
	LabelAgreement    = "Agreement"
	LabelCity         = "City"
	LabelArticle      = "Article"
)

// Relationship types. As with labels, only these reach Cypher.
const (
	RelMetAt      = "MET_AT"     // Leader -> Summit
	RelMemberOf   = "MEMBER_OF"  // Country -> Organization
	RelSigned     = "SIGNED"     // Country|Leader -> Agreement
	RelRepresents = "REPRESENTS" // Leader -> Country
	RelHeldIn     = "HELD_IN"    // Summit -> City (or Country when no city is known)
	RelOf         = "OF"         // Summit -> Organization
	RelSignedAt   = "SIGNED_AT"  // Agreement -> Summit
	RelLocatedIn  = "LOCATED_IN" // City -> Country
	RelMentions   = "MENTIONS"   // Article -> anything; added by the writer
	RelPartnerOf  = "PARTNER_OF" // Country -> Country, the smaller ISO2 code first
)

// Labels lists every node label an extraction may carry.
var Labels = []string{LabelLeader, LabelCountry, LabelOrganization, LabelSummit, LabelAgreement, LabelCity}

// RelTypes lists every relationship type an extraction may carry.
var RelTypes = []string{RelMetAt, RelMemberOf, RelSigned, RelRepresents, RelHeldIn, RelOf, RelSignedAt, RelLocatedIn, RelPartnerOf}

// KeyProperty names the property that uniquely identifies a node of label.
func KeyProperty(label string) string {
	switch label {
	case LabelCountry:
		return "iso2"
	case LabelArticle:
		return "id"
	}
	return "key"
}

// Article describes one source text. ID is derived from the normalised
// content, so the same text always gets the same ID.
type Article struct {
	ID        string `json:"id"`
	Source    string `json:"source"`
	Title     string `json:"title"`
	Published string `json:"published"` // ISO date or "" when unknown
	Language  string `json:"language"`
	URL       string `json:"url,omitempty"`
}

// MarshalJSON writes an unknown publication date as null, as the contract asks.
func (a Article) MarshalJSON() ([]byte, error) {
	type plain Article
	out := struct {
		plain
		Published *string `json:"published"`
	}{plain: plain(a)}
	if a.Published != "" {
		out.Published = &a.Published
	}
	return json.Marshal(out)
}

// Entity is one real-world thing. Key is stable across articles and runs
// (for a Country it is the ISO2 code). Props holds the label's other
// properties; a nil value means unknown.
type Entity struct {
	Key   string
	Label string
	Name  string
	Props map[string]any
}

// Evidence is the sentence that states a fact, with byte offsets into the
// article as it was read.
type Evidence struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Format is the evidence as the graph stores it for the article with id
// articleID: "<article id>:<start>-<end> <sentence>". Stored strings sort
// by article.
func (e Evidence) Format(articleID string) string {
	return articleID + ":" + strconv.Itoa(e.Start) + "-" + strconv.Itoa(e.End) + " " + e.Text
}

// EvidenceArticle returns the id of the article a stored evidence string
// (see Evidence.Format) comes from.
func EvidenceArticle(stored string) string {
	id, _, _ := strings.Cut(stored, ":")
	return id
}

// Relation is one fact between two entities, by key.
type Relation struct {
	Type     string
	From     string
	To       string
	Props    map[string]any
	Evidence []Evidence
}

// Extraction is everything one article states.
type Extraction struct {
	Article   Article    `json:"article"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
}

// MarshalJSON flattens Props beside key, label and name.
func (e Entity) MarshalJSON() ([]byte, error) {
	m := make(map[string]any, len(e.Props)+3)
	for k, v := range e.Props {
		m[k] = v
	}
	m["key"], m["label"], m["name"] = e.Key, e.Label, e.Name
	return json.Marshal(m)
}

// UnmarshalJSON is the inverse of MarshalJSON.
func (e *Entity) UnmarshalJSON(b []byte) error {
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		return err
	}
	e.Key, _ = m["key"].(string)
	e.Label, _ = m["label"].(string)
	e.Name, _ = m["name"].(string)
	delete(m, "key")
	delete(m, "label")
	delete(m, "name")
	e.Props = m
	return nil
}

// MarshalJSON flattens Props beside type, from, to and evidence.
func (r Relation) MarshalJSON() ([]byte, error) {
	m := make(map[string]any, len(r.Props)+4)
	for k, v := range r.Props {
		m[k] = v
	}
	ev := r.Evidence
	if ev == nil {
		ev = []Evidence{}
	}
	m["type"], m["from"], m["to"], m["evidence"] = r.Type, r.From, r.To, ev
	return json.Marshal(m)
}

// UnmarshalJSON is the inverse of MarshalJSON.
func (r *Relation) UnmarshalJSON(b []byte) error {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		return err
	}
	for _, f := range []struct {
		name string
		dst  any
	}{{"type", &r.Type}, {"from", &r.From}, {"to", &r.To}, {"evidence", &r.Evidence}} {
		if raw, ok := m[f.name]; ok {
			if err := json.Unmarshal(raw, f.dst); err != nil {
				return err
			}
			delete(m, f.name)
		}
	}
	r.Props = make(map[string]any, len(m))
	for k, raw := range m {
		var v any
		if err := json.Unmarshal(raw, &v); err != nil {
			return err
		}
		r.Props[k] = v
	}
	return nil
}

// SortedKeys returns the keys of m in order, for deterministic output.
func SortedKeys(m map[string]any) []string {
	return slices.Sorted(maps.Keys(m))
}
