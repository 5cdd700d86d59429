package graph

import (
	"context"
	"regexp"
	"slices"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kg/model"
)

func TestParseQuery(t *testing.T) {
	tests := []struct {
		name, file, text string
		want             Query
	}{
		{
			name: "full header, :param as comment",
			file: "meetings.cypher",
			text: "// name: meetings-between\n// question: When did a and b meet?\n// param: a  a leader's name (lenient)\n// param: b   another one\n// :param {a: 'Putin', b: 'Tập Cận Bình'}\n\nMATCH (n) RETURN n;\n",
			want: Query{Name: "meetings-between", Question: "When did a and b meet?", File: "meetings.cypher",
				Params:  []Param{{"a", "a leader's name (lenient)"}, {"b", "another one"}},
				Example: ":param {a: 'Putin', b: 'Tập Cận Bình'}",
				Cypher:  "// name: meetings-between\n// question: When did a and b meet?\n// param: a  a leader's name (lenient)\n// param: b   another one\n// :param {a: 'Putin', b: 'Tập Cận Bình'}\n\nMATCH (n) RETURN n"},
		},
		{
			name: "no name, :param as a Browser line",
			file: "dir/count.cypher",
			text: ":param {x: 1}\n// question: How many?\nMATCH (n) RETURN count(n)\n// name: not-a-header\n",
			want: Query{Name: "count", Question: "How many?", File: "dir/count.cypher", Example: ":param {x: 1}",
				Cypher: "// question: How many?\nMATCH (n) RETURN count(n)\n// name: not-a-header"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, ParseQuery(tt.file, tt.text))
		})
	}
}

// Every prepared query documents itself and declares exactly the
// parameters it uses.
func TestPreparedQueriesAreDocumented(t *testing.T) {
	qs, err := List()
	require.NoError(t, err)
	require.NotEmpty(t, qs)
	uses := regexp.MustCompile(`\$([A-Za-z_][A-Za-z0-9_]*)`)
	for _, q := range qs {
		t.Run(q.Name, func(t *testing.T) {
			assert.NotEmpty(t, q.Question, "question line")
			assert.NotEmpty(t, q.Example, ":param line")
			used := map[string]bool{}
			for _, m := range uses.FindAllStringSubmatch(q.Cypher, -1) {
				used[m[1]] = true
			}
			var declared, usedNames []string
			for _, p := range q.Params {
				declared = append(declared, p.Name)
				assert.NotEmpty(t, p.Doc, "param %s is documented", p.Name)
			}
			for n := range used {
				usedNames = append(usedNames, n)
			}
			sort.Strings(declared)
			sort.Strings(usedNames)
			assert.Equal(t, usedNames, declared)
		})
	}
}

func TestLookupUnknown(t *testing.T) {
	_, err := Lookup("no-such-query")
	require.Error(t, err)
	for _, w := range []string{`"no-such-query"`, "overview", "name-search"} {
		assert.Contains(t, err.Error(), w)
	}
}

// The files are parsed once: List hands out copies of one parse.
func TestListParsesOnce(t *testing.T) {
	a, err := List()
	require.NoError(t, err)
	b, err := List()
	require.NoError(t, err)
	require.Equal(t, a, b)
	a[0].Name = "changed by a caller"
	c, err := List()
	require.NoError(t, err)
	assert.Equal(t, b[0].Name, c[0].Name, "a caller's copy is its own")
	i := slices.IndexFunc(c, func(q Query) bool { return len(q.Params) > 0 })
	require.GreaterOrEqual(t, i, 0)
	assert.Same(t, &b[i].Params[0], &c[i].Params[0], "one parse shared")
}

func TestRunErrors(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	tests := []struct {
		name   string
		query  string
		params map[string]any
		want   []string
	}{
		{"missing parameter", "name-search", nil, []string{"needs parameter q"}},
		{"unknown parameter", "name-search", map[string]any{"q": "x", "qq": "y"}, []string{`"qq"`, "takes: q"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := s.Run(ctx, lookup(t, tt.query), tt.params)
			require.Error(t, err)
			for _, w := range tt.want {
				assert.Contains(t, err.Error(), w)
			}
		})
	}
}

func TestNameSearch(t *testing.T) {
	s := emptyStore(t)
	ctx := context.Background()
	putin := model.Extraction{
		Article: model.Article{ID: "a3"},
		Entities: []model.Entity{
			{Key: "vladimir-putin", Label: model.LabelLeader, Name: "Vladimir Putin", Props: map[string]any{
				"name_vi": "Vladimir Putin", "aliases": []string{"Putin", "TT Putin", "Tổng thống Nga"}}},
			{Key: "tianjin", Label: model.LabelCity, Name: "Tianjin", Props: map[string]any{"name_vi": "Thiên Tân"}},
		},
	}
	_, err := s.Write(ctx, []model.Extraction{xiFirst, putin})
	require.NoError(t, err)
	cypherRows(t, s, "CALL db.awaitIndexes()", nil)

	tests := []struct{ q, want string }{
		{"tap can binh", "xi-jinping"},
		{"Xi", "xi-jinping"},
		{"Tập Cận Bình", "xi-jinping"},
		{"xi jinping", "xi-jinping"},
		{"XI JINPING", "xi-jinping"},
		{"jinpin", "xi-jinping"},
		{"ông Tập", "xi-jinping"},
		{"putin", "vladimir-putin"},
		{"tong thong nga", "vladimir-putin"},
		{"Thiên Tân", "tianjin"},
		{`xi) AND "jinping`, "xi-jinping"},
		{"SCO", "SCO"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			cols, rows, err := s.Run(ctx, lookup(t, "name-search"), map[string]any{"q": tt.q})
			require.NoError(t, err)
			assert.Equal(t, []string{"label", "key", "name", "name_vi", "score"}, cols)
			require.NotEmpty(t, rows)
			assert.Equal(t, tt.want, rows[0]["key"])
		})
	}
	for _, q := range []string{"", "  ", "*", "~"} {
		_, rows, err := s.Run(ctx, lookup(t, "name-search"), map[string]any{"q": q})
		require.NoError(t, err, "q=%q", q)
		assert.Empty(t, rows, "q=%q", q)
	}
}

func TestOverview(t *testing.T) {
	s := emptyStore(t)
	ctx := context.Background()
	_, err := s.Write(ctx, []model.Extraction{xiFirst, xiSecond})
	require.NoError(t, err)
	cols, rows, err := s.Run(ctx, lookup(t, "overview"), nil)
	require.NoError(t, err)
	assert.Equal(t, []string{"kind", "name", "count"}, cols)
	assert.Contains(t, rows, map[string]any{"kind": "label", "name": "Leader", "count": int64(1)})
	assert.Contains(t, rows, map[string]any{"kind": "relationship", "name": "MENTIONS", "count": int64(8)})
	assert.Contains(t, rows, map[string]any{"kind": "leader", "name": "Xi Jinping", "count": int64(2)})
}

// Prepared queries run read-only: a query that writes fails.
func TestRunIsReadOnly(t *testing.T) {
	s := emptyStore(t)
	_, err := s.execute(context.Background(), "CREATE (:Leader {key: 'w'})", nil, ReadOnly)
	require.Error(t, err)
	st, err := s.Stats(context.Background())
	require.NoError(t, err)
	assert.Empty(t, st.Labels)
}
