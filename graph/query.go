package graph

import (
	"context"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"kg/cypher"
)

// Query is one prepared question: a file cypher/NAME.cypher whose header of
// // comment lines names it, asks the question, documents its parameters and
// gives a :param line that makes it run as is in Neo4j Browser:
//
//	// name: meetings-between
//	// question: When and where did two leaders meet?
//	// param: a  a leader's name (lenient)
//	// param: b  another leader's name
//	// :param {a: 'Putin', b: 'Tập Cận Bình'}
type Query struct {
	Name     string
	Question string
	Params   []Param
	Example  string // the :param line
	File     string // path inside package cypher
	Cypher   string // what runs: the file without :param lines
}

// Param is one parameter of a prepared query.
type Param struct {
	Name string
	Doc  string
}

// List returns the prepared queries of package cypher, by name. The files
// are read and parsed once, on first use.
func List() ([]Query, error) {
	qs, err := prepared()
	return slices.Clone(qs), err
}

// prepared reads and parses the prepared queries of package cypher once.
var prepared = sync.OnceValues(func() ([]Query, error) {
	files, err := fs.Glob(cypher.FS, "*.cypher")
	if err != nil {
		return nil, fmt.Errorf("list prepared queries: %w", err)
	}
	var qs []Query
	for _, f := range files {
		if f == "schema.cypher" {
			continue
		}
		b, err := cypher.FS.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("read prepared query %s: %w", f, err)
		}
		q := ParseQuery(f, string(b))
		if slices.ContainsFunc(qs, func(o Query) bool { return o.Name == q.Name }) {
			return nil, fmt.Errorf("prepared query %s: name %q is used twice", f, q.Name)
		}
		qs = append(qs, q)
	}
	slices.SortFunc(qs, func(a, b Query) int { return strings.Compare(a.Name, b.Name) })
	return qs, nil
})

// ParseQuery reads the header of the prepared query in file. A query with
// no name line is named after its file.
func ParseQuery(file, text string) Query {
	q := Query{Name: strings.TrimSuffix(path.Base(file), ".cypher"), File: file}
	var body []string
	header := true
	for _, line := range strings.Split(text, "\n") {
		t := strings.TrimSpace(line)
		c, isComment := strings.CutPrefix(t, "//")
		c = strings.TrimSpace(c)
		switch {
		case strings.HasPrefix(t, ":param"):
			q.Example = t
			continue // Browser syntax, not Cypher
		case header && isComment && strings.HasPrefix(c, ":param"):
			q.Example = c
		case header && isComment:
			key, val, _ := strings.Cut(c, ":")
			val = strings.TrimSpace(val)
			switch strings.TrimSpace(key) {
			case "name":
				q.Name = val
			case "question":
				q.Question = val
			case "param":
				name, doc, _ := strings.Cut(val, " ")
				q.Params = append(q.Params, Param{Name: name, Doc: strings.TrimSpace(doc)})
			}
		case header && t == "":
		default:
			header = false
		}
		body = append(body, line)
	}
	q.Cypher = strings.TrimSuffix(strings.TrimSpace(strings.Join(body, "\n")), ";")
	return q
}

// Lookup returns the prepared query called name.
func Lookup(name string) (Query, error) {
	qs, err := prepared()
	if err != nil {
		return Query{}, err
	}
	names := make([]string, len(qs))
	for i, q := range qs {
		if q.Name == name {
			return q, nil
		}
		names[i] = q.Name
	}
	return Query{}, fmt.Errorf("no prepared query %q; there are: %s", name, strings.Join(names, ", "))
}

// Run runs the prepared query q in a read transaction and returns its
// columns and rows. Optional parameters left out are null (see
// FillOptional). Values are plain Go values: nil, bool, int64, float64,
// string, []any and map[string]any (a node is the map of its properties
// plus "_labels", a relationship plus "_type").
func (s *Store) Run(ctx context.Context, q Query, params map[string]any) ([]string, []map[string]any, error) {
	if err := q.CheckParams(params); err != nil {
		return nil, nil, err
	}
	params = q.FillOptional(params)
	res, err := s.execute(ctx, q.Cypher, params, ReadOnly)
	if err != nil {
		return nil, nil, fmt.Errorf("run prepared query %s: %w", q.Name, err)
	}
	return res.Keys, rowsOf(res.Keys, res.Records), nil
}

// Answer is what a prepared query answers, and how the names it was given
// resolved.
type Answer struct {
	Columns []string
	Rows    []map[string]any
	Names   []Resolution // in header order
}

// Answer runs the prepared query q once its parameters check out
// (CheckParams) and its names resolve (ResolveNames): an unknown or
// ambiguous name is a *NameError that lists the closest matches, not an
// empty table.
func (s *Store) Answer(ctx context.Context, q Query, params map[string]any) (Answer, error) {
	if err := q.CheckParams(params); err != nil {
		return Answer{}, err
	}
	names, err := s.ResolveNames(ctx, q, params)
	if err != nil {
		return Answer{}, err
	}
	cols, rows, err := s.Run(ctx, q, params)
	return Answer{Columns: cols, Rows: rows, Names: names}, err
}

// rowsOf turns records into rows of plain values, one map per record.
func rowsOf(keys []string, records []*neo4j.Record) []map[string]any {
	rows := make([]map[string]any, len(records))
	for i, rec := range records {
		rows[i] = make(map[string]any, len(keys))
		for j, k := range keys {
			rows[i][k] = plain(rec.Values[j])
		}
	}
	return rows
}

// plain turns a driver value into plain Go values.
func plain(v any) any {
	switch v := v.(type) {
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = plain(x)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, x := range v {
			out[k] = plain(x)
		}
		return out
	case dbtype.Node:
		m := plain(v.Props).(map[string]any)
		m["_labels"] = plain(toAny(v.Labels))
		return m
	case dbtype.Relationship:
		m := plain(v.Props).(map[string]any)
		m["_type"] = v.Type
		return m
	case dbtype.Path:
		nodes := make([]any, len(v.Nodes))
		for i, n := range v.Nodes {
			nodes[i] = plain(n)
		}
		rels := make([]any, len(v.Relationships))
		for i, r := range v.Relationships {
			rels[i] = plain(r)
		}
		return map[string]any{"nodes": nodes, "relationships": rels}
	case time.Time:
		return v.Format(time.RFC3339Nano)
	case fmt.Stringer:
		return v.String() // dates, times, durations, points
	}
	return v
}

func toAny(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}
