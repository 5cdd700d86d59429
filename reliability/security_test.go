package reliability

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kg/graph"
	"kg/model"
)

// injections are strings that would change a query if they were spliced
// into its text.
var injections = []string{
	`x'}) MATCH (n) DETACH DELETE n //`,
	`x"}) MATCH (n) DETACH DELETE n //`,
	"x`) MATCH (n) DETACH DELETE n //",
	`') WITH 1 AS x MATCH (n) DETACH DELETE n RETURN 1 AS q //`,
	`\'}) CALL { MATCH (n) DETACH DELETE n } //`,
	`$rows`,
	`' OR 1=1 --`,
	"Robert'); DROP DATABASE neo4j; --",
	"*:* OR name:\"x\"~ AND (",
}

// canary puts a node no test writes or deletes, and returns a check that
// it is still there, alone of its kind.
func canary(t *testing.T, s *graph.Store) func() {
	t.Helper()
	_, _, err := s.Cypher(context.Background(), "CREATE (:Canary {alive: true})", nil, graph.ReadWrite)
	require.NoError(t, err)
	return func() {
		t.Helper()
		require.Equal(t, int64(1), count(t, s, "MATCH (c:Canary {alive: true}) RETURN count(c) AS n"), "the canary node was touched: a value ran as Cypher")
	}
}

// Injection strings in every value the writer takes (names, keys, aliases,
// properties, property names, article fields, evidence) are stored as they
// are and run nothing; labels and relationship types, which cannot be
// parameters, only ever come from kg's own lists.
func TestWriterTakesValuesAsParameters(t *testing.T) {
	s := emptyGraph(t)
	alive := canary(t, s)
	ctx := context.Background()
	for i, inj := range injections {
		ex := model.Extraction{
			Article: model.Article{ID: fmt.Sprintf("inj-%d-%s", i, inj), Source: inj, Title: inj, URL: inj, Published: "2024-01-01", Language: "vi"},
			Entities: []model.Entity{
				{Key: "leader-" + inj, Label: model.LabelLeader, Name: inj, Props: map[string]any{"aliases": []string{inj, "alias " + inj}, "role": inj, "country": "RU", inj: inj}},
				{Key: "summit-" + inj, Label: model.LabelSummit, Name: inj, Props: map[string]any{"kind": "bilateral", "date": "2024", "status": inj, "city": inj}},
			},
			Relations: []model.Relation{{Type: model.RelMetAt, From: "leader-" + inj, To: "summit-" + inj, Props: map[string]any{"note": inj},
				Evidence: []model.Evidence{{Text: inj, Start: 0, End: len(inj)}}}},
		}
		_, err := s.Write(ctx, []model.Extraction{ex})
		require.NoError(t, err, inj)
		alive()
		rs := rows(t, s, "MATCH (l:Leader {key: $key})-[r:MET_AT]->(m:Summit) RETURN l.name AS name, l.aliases AS aliases, l.role AS role, l[$inj] AS odd, m.status AS status, r.note AS note, r.evidence AS evidence",
			map[string]any{"key": "leader-" + inj, "inj": inj})
		require.Len(t, rs, 1, inj)
		assert.Equal(t, inj, rs[0]["name"])
		assert.ElementsMatch(t, []any{inj, "alias " + inj}, rs[0]["aliases"])
		assert.Equal(t, inj, rs[0]["role"])
		assert.Equal(t, inj, rs[0]["odd"], "a property named by an injection string")
		assert.Equal(t, inj, rs[0]["status"])
		assert.Equal(t, inj, rs[0]["note"])
		assert.Equal(t, []any{fmt.Sprintf("%s:0-%d %s", ex.Article.ID, len(inj), inj)}, rs[0]["evidence"])
		art := rows(t, s, "MATCH (a:Article {id: $id}) RETURN a.source AS source, a.title AS title, a.url AS url", map[string]any{"id": ex.Article.ID})
		require.Len(t, art, 1)
		assert.Equal(t, map[string]any{"source": inj, "title": inj, "url": inj}, art[0])
	}
	assert.Equal(t, int64(len(injections)), count(t, s, "MATCH (a:Article) RETURN count(a) AS n"))
	assert.Equal(t, int64(1+3*len(injections)), count(t, s, "MATCH (n) RETURN count(n) AS n"))

	// A label or a type that is not kg's own never reaches Cypher.
	bad := model.Extraction{Article: model.Article{ID: "bad-label"}, Entities: []model.Entity{{Key: "k", Label: "Leader) DETACH DELETE n //"}}}
	_, err := s.Write(ctx, []model.Extraction{bad})
	require.ErrorContains(t, err, "unknown label")
	bad = model.Extraction{Article: model.Article{ID: "bad-type"}, Entities: []model.Entity{{Key: "k", Label: model.LabelLeader}},
		Relations: []model.Relation{{Type: "MET_AT]->() DETACH DELETE n //", From: "k", To: "k"}}}
	_, err = s.Write(ctx, []model.Extraction{bad})
	require.ErrorContains(t, err, "unknown relationship type")
	alive()
}

// Injection strings in article text, titles, URLs and file names go
// through kg ingest into the graph as plain values.
func TestIngestTakesTextAsValues(t *testing.T) {
	s := emptyGraph(t)
	alive := canary(t, s)
	fx := fixtureTexts(t)
	dir := t.TempDir()
	var lines strings.Builder
	i := 0
	for _, text := range fx {
		inj := injections[i%len(injections)]
		body := string(text) + "\n\nÔng " + inj + " nói: " + inj + "\n"
		lines.WriteString(jsonLine(t, map[string]any{"text": body, "title": inj, "url": "https://example.org/" + inj}))
		i++
	}
	jsonl := filepath.Join(dir, `it's a "quoted" `+"`file`"+` {x}) DETACH DELETE n.jsonl`)
	require.NoError(t, os.WriteFile(jsonl, []byte(lines.String()), 0o644))
	var one []byte
	for _, b := range fx {
		one = b
		break
	}
	txt := filepath.Join(dir, `x'}) MATCH (n) DETACH DELETE n.txt`)
	require.NoError(t, os.WriteFile(txt, append(one, "\n\nx'}) MATCH (n) DETACH DELETE n //\n"...), 0o644))

	r := kg(t, "ingest", dir)
	require.Equal(t, 0, r.code, r.String())
	alive()
	assert.Equal(t, fmt.Sprintf("read %d, ingested %d, unchanged 0, skipped 0, failed 0\n", len(fx)+1, len(fx)+1), r.out)
	for n := 1; n <= len(fx); n++ {
		src := fmt.Sprintf("%s:%d", jsonl, n)
		rs := rows(t, s, "MATCH (a:Article {source: $src}) RETURN a.title AS title, a.url AS url", map[string]any{"src": src})
		require.Len(t, rs, 1, src)
		inj := injections[(n-1)%len(injections)]
		assert.Equal(t, map[string]any{"title": inj, "url": "https://example.org/" + inj}, rs[0])
	}
	assert.Equal(t, int64(1), count(t, s, "MATCH (a:Article) WHERE a.source ENDS WITH 'DETACH DELETE n.txt' RETURN count(a) AS n"))
}

// --param values are parameters: injection strings find nothing, change
// nothing, and come back as they went in.
func TestQueryParamsAreParameters(t *testing.T) {
	s := emptyGraph(t)
	r := kg(t, "ingest", filepath.Join(repoRoot, "fixtures", "articles"))
	require.Contains(t, []int{0, 2}, r.code, r.String())
	alive := canary(t, s)
	before := stats(t)
	for _, inj := range injections {
		r := kg(t, "query", "name-search", "--param", "q="+inj, "--format", "json")
		// A lenient search may find something or nothing, or refuse a
		// query string in one line; it must never run the value.
		if r.code != 0 {
			assert.Equal(t, 1, r.code, r.String())
			assert.Equal(t, 1, strings.Count(r.err, "\n"), r.String())
		}
		r = kg(t, "query", "--cypher", "RETURN $x AS x", "--param", "x="+inj, "--format", "json")
		require.Equal(t, 0, r.code, r.String())
		var out []map[string]string
		require.NoError(t, json.Unmarshal([]byte(r.out), &out), r.out)
		assert.Equal(t, []map[string]string{{"x": inj}}, out)
	}
	// Only prepared queries run by name; a parameter name is never text.
	r = kg(t, "query", "MATCH (n) DETACH DELETE n")
	assert.Equal(t, 1, r.code)
	assert.Contains(t, r.err, `no prepared query "MATCH (n) DETACH DELETE n"`)
	r = kg(t, "query", "name-search", "--param", "q=x", "--param", "q}) DETACH DELETE n //=x")
	assert.Equal(t, 1, r.code)
	assert.Contains(t, r.err, "has no parameter")
	alive()
	assert.Equal(t, before, stats(t), "queries changed the graph")
}

// Ad-hoc Cypher needs --cypher and runs in a READ transaction: the server
// refuses every write, with a message that names --write; --write allows
// it.
func TestAdhocCypherIsReadOnly(t *testing.T) {
	s := emptyGraph(t)
	alive := canary(t, s)
	for _, q := range []string{
		"CREATE (:Intruder)",
		"MATCH (c:Canary) DETACH DELETE c",
		"MATCH (c:Canary) SET c.alive = false",
		"MERGE (:Intruder {name: 'x'})",
		"CREATE INDEX intruder IF NOT EXISTS FOR (n:Intruder) ON (n.name)",
		"MATCH (c:Canary) CALL { WITH c SET c.alive = false } RETURN 1",
	} {
		r := kg(t, "query", "--cypher", q)
		assert.Equal(t, 1, r.code, r.String())
		assert.Equal(t, "kg: the query tries to change the graph, and ad-hoc queries run read-only: add --write to allow it\n", r.err, q)
		alive()
	}
	assert.Equal(t, int64(0), count(t, s, "MATCH (n:Intruder) RETURN count(n) AS n"))

	r := kg(t, "query", "--cypher", "CREATE (n:Intruder {name: $n}) RETURN n.name AS name", "--param", "n="+injections[1], "--write", "--format", "csv")
	require.Equal(t, 0, r.code, r.String())
	assert.Equal(t, "name\n\""+strings.ReplaceAll(injections[1], `"`, `""`)+"\"\n", r.out)
	assert.Equal(t, int64(1), count(t, s, "MATCH (n:Intruder) RETURN count(n) AS n"))
	r = kg(t, "query", "--cypher", "MATCH (n:Intruder) DELETE n", "--write")
	require.Equal(t, 0, r.code, r.String())
	alive()

	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"query", "--write", "overview"}, "--write goes with --cypher"},
		{[]string{"query", "--cypher", "RETURN 1", "overview"}, "--cypher takes no query name"},
		{[]string{"query", "--cypher", "RETURN 1 +"}, "kg: run query: "},
		{[]string{"query", "--cypher", "RETURN 1", "--format", "xml"}, `unknown format "xml"`},
	} {
		r := kg(t, tt.args...)
		assert.Equal(t, 1, r.code, r.String())
		assert.Contains(t, r.err, tt.want)
		assert.Equal(t, 1, strings.Count(r.err, "\n"), r.String())
	}
}

// A wrong password gets one line that says so; no password, right or
// wrong, shows in any output, whether it came from a flag, the
// environment, a config file or the URI. Neo4j locks a user for a few
// seconds after three wrong passwords in a row, so a right one comes
// between every two wrong ones.
func TestCredentialsNeverShow(t *testing.T) {
	secret := fmt.Sprintf("Kg-Sekr3t-%08x", rand.Uint32())
	assertHidden := func(r result) {
		t.Helper()
		assert.NotContains(t, r.out, secret)
		assert.NotContains(t, r.err, secret)
		assert.NotContains(t, r.out, password)
		assert.NotContains(t, r.err, password)
	}
	wrong := func(r result) {
		t.Helper()
		assert.Equal(t, 1, r.code, r.String())
		assert.Empty(t, r.out)
		assert.Equal(t, 1, strings.Count(r.err, "\n"), "one line:\n%s", r.err)
		assert.True(t, strings.HasPrefix(r.err, `kg: authentication failed for user "neo4j" at `+uri+": wrong user name or password"), r.err)
		assertHidden(r)
	}
	right := func() {
		t.Helper()
		r := kg(t, "stats")
		require.Equal(t, 0, r.code, r.String())
	}

	wrong(kg(t, "--password", secret, "stats"))
	cfg := filepath.Join(t.TempDir(), "kg.yaml")
	require.NoError(t, os.WriteFile(cfg, []byte("neo4j:\n  password: "+secret+"\n"), 0o600))
	wrong(kgEnv(t, []string{"NEO4J_PASSWORD="}, "--config", cfg, "query", "overview"))
	right()
	wrong(kgEnv(t, []string{"NEO4J_PASSWORD=" + secret}, "ingest", filepath.Join(repoRoot, "fixtures", "articles")))
	wrong(kgEnv(t, []string{"NEO4J_PASSWORD=" + secret}, "query", "--cypher", "RETURN 1"))
	right()

	// A password in the URI is never shown either.
	r := kg(t, "--uri", "bolt://neo4j:"+secret+"@127.0.0.1:1", "stats")
	assert.Equal(t, 1, r.code)
	assert.Contains(t, r.err, "bolt://***@127.0.0.1:1")
	assertHidden(r)

	// Help shows where a password comes from, never the password.
	for _, args := range [][]string{{"--help"}, {"ingest", "--help"}, {"query", "--help"}, {"extract", "--help"}, {"schema", "--help"}, {"stats", "--help"}} {
		r := kgEnv(t, []string{"NEO4J_PASSWORD=" + secret}, append([]string{"--password", secret}, args...)...)
		assert.Equal(t, 0, r.code, r.String())
		assert.Contains(t, r.out, "Usage:")
		assertHidden(r)
	}
}

// neo4j:// (routing) works against the one local server; bolt+s:// and
// neo4j+s:// against a server without TLS fail at once with a line that
// says TLS; a server that accepts connections and never answers costs
// --connect-timeout, not a hang.
func TestURISchemes(t *testing.T) {
	s := emptyGraph(t)
	routed := "neo4j://127.0.0.1:" + boltPort
	r := kg(t, "--uri", routed, "ingest", filepath.Join(repoRoot, "fixtures", "articles"))
	require.Contains(t, []int{0, 2}, r.code, r.String())
	assert.Positive(t, count(t, s, "MATCH (a:Article) RETURN count(a) AS n"))
	r = kg(t, "--uri", routed, "query", "overview", "--format", "json")
	require.Equal(t, 0, r.code, r.String())
	r = kg(t, "--uri", routed, "query", "--cypher", "MATCH (a:Article) RETURN count(a) AS n")
	require.Equal(t, 0, r.code, r.String())
	r = kg(t, "--uri", routed, "query", "--cypher", "CREATE (:Intruder)")
	assert.Equal(t, 1, r.code, "read-only through the router too\n%s", r)

	for _, scheme := range []string{"bolt+s", "neo4j+s", "bolt+ssc", "neo4j+ssc"} {
		u := scheme + "://127.0.0.1:" + boltPort
		r := kg(t, "--uri", u, "--connect-timeout", "10s", "stats")
		assert.Equal(t, 1, r.code, r.String())
		assert.Less(t, r.took, 5*time.Second, "a clear error, not a wait")
		assert.Equal(t, 1, strings.Count(r.err, "\n"), r.String())
		assert.True(t, strings.HasPrefix(r.err, "kg: TLS connection to "+u+" failed"), r.err)
		assert.Contains(t, r.err, "a local server without TLS takes bolt:// or neo4j://")
	}

	// A listener that accepts and says nothing.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			defer c.Close()
		}
	}()
	for _, scheme := range []string{"bolt+s", "neo4j+s", "bolt", "neo4j"} {
		u := scheme + "://" + ln.Addr().String()
		r := kg(t, "--uri", u, "--connect-timeout", "2s", "stats")
		assert.Equal(t, 1, r.code, r.String())
		assert.Less(t, r.took, 6*time.Second, "bounded by --connect-timeout\n%s", r)
		assert.Equal(t, 1, strings.Count(r.err, "\n"), r.String())
		assert.Contains(t, r.err, "no answer within 2s (--connect-timeout)")
	}

	r = kg(t, "--uri", "http://127.0.0.1:"+httpPort, "stats")
	assert.Equal(t, 1, r.code)
	assert.Contains(t, r.err, "URI scheme http is not supported")
}
