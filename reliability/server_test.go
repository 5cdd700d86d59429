package reliability

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kg/graph"
	"kg/model"
)

// expectedPerArticle is, for each article id, how many entities it
// mentions and how many distinct facts it states, from kg extract.
// articleFacts counts what an article puts in the graph: its MENTIONS, its
// facts, and how many of these are standing facts (between two things
// that are not events), which kg ingest may write a while after the article
// (the article is marked pending_facts meanwhile).
type articleFacts struct{ mentions, facts, standing int }

func expectedPerArticle(t *testing.T, paths ...string) map[string]articleFacts {
	t.Helper()
	r := kg(t, append([]string{"extract"}, paths...)...)
	require.Equal(t, 0, r.code, r.err)
	want := map[string]articleFacts{}
	for _, line := range strings.Split(strings.TrimSpace(r.out), "\n") {
		var ex struct {
			Article   struct{ ID string }
			Entities  []struct{ Key, Label string }
			Relations []struct{ Type, From, To string }
		}
		require.NoError(t, json.Unmarshal([]byte(line), &ex))
		keys, rels := map[string]string{}, map[string]bool{}
		for _, e := range ex.Entities {
			keys[e.Key] = e.Label
		}
		standing := 0
		for _, rel := range ex.Relations {
			if k := rel.Type + " " + rel.From + " " + rel.To; !rels[k] {
				rels[k] = true
				if event := []string{"Summit", "Agreement"}; !slices.Contains(event, keys[rel.From]) && !slices.Contains(event, keys[rel.To]) {
					standing++
				}
			}
		}
		want[ex.Article.ID] = articleFacts{len(keys), len(rels), standing}
	}
	return want
}

// requireWholeArticles checks that every article in the graph has all its
// MENTIONS and all its facts (but its standing facts when it is marked
// pending_facts), and that no fact cites an article that is not there:
// nothing is half written.
func requireWholeArticles(t *testing.T, s *graph.Store, want map[string]articleFacts) int {
	t.Helper()
	got := map[string]articleFacts{}
	pending := map[string]bool{}
	for _, row := range rows(t, s, "MATCH (a:Article) OPTIONAL MATCH (a)-[m:MENTIONS]->() RETURN a.id AS id, count(m) AS n, a.pending_facts IS NOT NULL AS pending", nil) {
		got[row["id"].(string)] = articleFacts{mentions: int(row["n"].(int64))}
		pending[row["id"].(string)] = row["pending"].(bool)
	}
	for _, row := range rows(t, s, "MATCH ()-[r]->() WHERE r.sources IS NOT NULL UNWIND r.sources AS id RETURN id, count(*) AS n", nil) {
		id := row["id"].(string)
		f, ok := got[id]
		require.True(t, ok, "a fact cites article %s, which is not in the graph", id)
		f.facts = int(row["n"].(int64))
		got[id] = f
	}
	for id, f := range got {
		w, ok := want[id]
		require.True(t, ok, "article %s is not in the input", id)
		if pending[id] {
			w.facts -= w.standing
		}
		w.standing = 0
		require.Equal(t, w, f, "article %s (pending_facts %v): (mentions, facts) in the graph vs in its extraction", id, pending[id])
	}
	return len(got)
}

// waitForArticles waits until the graph holds at least n articles while
// the ingest b still runs, and fails if b ends first.
func waitForArticles(t *testing.T, s *graph.Store, b *background, n int64) int64 {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		if b.exited() {
			t.Fatalf("ingest ended before it could be interrupted: make the corpus bigger\n%s", b.wait())
		}
		got := count(t, s, "MATCH (a:Article) RETURN count(a) AS n")
		if got >= n {
			return got
		}
		require.True(t, time.Now().Before(deadline), "only %d articles after 60 s", got)
		time.Sleep(50 * time.Millisecond)
	}
}

// Neo4j killed (SIGKILL) in the middle of kg ingest and started again:
// with a retry budget longer than the outage kg retries through and
// finishes; with a short one it stops with a clear message and exit status
// 1, leaves no article half written, and running the same command again
// completes the job. Either way the graph ends equal to the graph of one
// clean run: same nodes, relationships and properties, no duplicates in
// sources, evidence or aliases.
func TestServerKilledMidIngest(t *testing.T) {
	ensureServer(t)
	corpus := filepath.Join(t.TempDir(), "corpus")
	writeCorpus(t, corpus, 0, 100) // 500 articles: several seconds to ingest in batches of 25
	want := expectedPerArticle(t, corpus)
	require.Len(t, want, 500)

	s := emptyGraph(t)
	r := kg(t, "ingest", "--batch", "25", corpus)
	require.Equal(t, 0, r.code, r.String())
	t.Logf("clean run: %s in %s", strings.TrimSpace(r.out), r.took.Round(time.Millisecond))
	clean := dump(t, s)
	cleanStats := stats(t)
	requireWholeArticles(t, s, want)

	t.Run("retried through", func(t *testing.T) {
		s := emptyGraph(t)
		b := kgStart(t, "ingest", "--batch", "25", "--retry-for", "2m", corpus)
		n := waitForArticles(t, s, b, 50)
		killServer(t)
		down := time.Now()
		time.Sleep(time.Second)
		startServer(t)
		t.Logf("killed Neo4j after %d articles had landed; it was back %s later", n, time.Since(down).Round(time.Millisecond))
		r := b.wait()
		require.Equal(t, 0, r.code, "with --retry-for longer than the outage, kg retries through\n%s", r)
		sum := parseSummary(t, r.out)
		assert.Equal(t, 500, sum.read)
		assert.Equal(t, 500, sum.ingested+sum.unchanged, r.out)
		t.Logf("ingest that lived through the kill: %s in %s", strings.TrimSpace(r.out), r.took.Round(time.Millisecond))

		s = openStore(t) // a fresh connection to the restarted server
		requireSameGraph(t, clean, dump(t, s), "after a kill survived by retrying")
		assert.Equal(t, cleanStats, stats(t))
	})

	t.Run("stopped, then run again", func(t *testing.T) {
		s := emptyGraph(t)
		b := kgStart(t, "ingest", "--batch", "25", "--retry-for", "3s", corpus)
		n := waitForArticles(t, s, b, 50)
		killServer(t)
		r := b.wait() // the server stays down until kg gives up
		t.Logf("killed Neo4j after %d articles had landed; kg gave up after %s", n, r.took.Round(time.Millisecond))
		require.Equal(t, 1, r.code, "kg stops when the server stays away\n%s", r)
		lines := strings.Split(strings.TrimSpace(r.err), "\n")
		require.Len(t, lines, 1, "one clear line:\n%s", r.err)
		for _, w := range []string{"kg: lost the connection to Neo4j at " + uri, "--retry-for", "run the same command again"} {
			assert.Contains(t, lines[0], w)
		}
		assert.NotContains(t, r.err, password)
		landed := parseSummary(t, r.out).ingested

		startServer(t)
		s = openStore(t)
		inGraph := requireWholeArticles(t, s, want)
		t.Logf("after the kill: %d whole articles in the graph (kg counted %d), none half written", inGraph, landed)
		assert.GreaterOrEqual(t, inGraph, landed)
		assert.Less(t, inGraph, 500)

		r = kg(t, "ingest", "--batch", "25", "--retry-for", "3s", corpus)
		require.Equal(t, 0, r.code, "the same command again completes the job\n%s", r)
		assert.Equal(t, fmt.Sprintf("read 500, ingested %d, unchanged %d, skipped 0, failed 0\n", 500-inGraph, inGraph), r.out)
		requireSameGraph(t, clean, dump(t, s), "after a kill and a second run")
		assert.Equal(t, cleanStats, stats(t))
	})
}

// Two kg ingest processes over overlapping folders at the same time, on a
// database without its schema (so they also race to create it), end with
// the graph of one run over the union, and neither reports an error: no
// duplicate nodes, no lost sources, deadlocks retried, not shown.
func TestConcurrentIngests(t *testing.T) {
	dir := t.TempDir()
	p1, p2, p3 := filepath.Join(dir, "p1"), filepath.Join(dir, "p2"), filepath.Join(dir, "p3")
	writeCorpus(t, p1, 0, 20)
	writeCorpus(t, p2, 20, 40)
	writeCorpus(t, p3, 40, 60)

	s := emptyGraph(t)
	r := kg(t, "ingest", "--batch", "10", p1, p2, p3)
	require.Equal(t, 0, r.code, r.String())
	t.Logf("one run: %s in %s", strings.TrimSpace(r.out), r.took.Round(time.Millisecond))
	clean := dump(t, s)
	cleanStats := stats(t)

	for round := range 2 {
		s := emptyGraph(t)
		dropSchema(t, s)
		// Both start with the shared folder, so they write the same
		// articles and entities at the same moments.
		a := kgStart(t, "ingest", "--batch", "10", p2, p1)
		b := kgStart(t, "ingest", "--batch", "10", p2, p3)
		ra, rb := a.wait(), b.wait()
		for _, r := range []result{ra, rb} {
			require.Equal(t, 0, r.code, r.String())
			assert.Empty(t, r.err, "no error surfaces, deadlocks included")
			sum := parseSummary(t, r.out)
			assert.Equal(t, 200, sum.read)
			assert.Equal(t, 200, sum.ingested+sum.unchanged, r.out)
		}
		t.Logf("round %d: %s in %s / %s in %s", round, strings.TrimSpace(ra.out), ra.took.Round(time.Millisecond), strings.TrimSpace(rb.out), rb.took.Round(time.Millisecond))
		requireSameGraph(t, clean, dump(t, s), "two concurrent ingests")
		assert.Equal(t, cleanStats, stats(t))
	}
}

// dropSchema removes every constraint and index but the built-in lookups.
func dropSchema(t *testing.T, s *graph.Store) {
	t.Helper()
	ctx := context.Background()
	for _, row := range rows(t, s, "SHOW CONSTRAINTS YIELD name RETURN name", nil) {
		_, _, err := s.Cypher(ctx, "DROP CONSTRAINT `"+row["name"].(string)+"` IF EXISTS", nil, graph.ReadWrite)
		require.NoError(t, err)
	}
	for _, row := range rows(t, s, "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name", nil) {
		_, _, err := s.Cypher(ctx, "DROP INDEX `"+row["name"].(string)+"` IF EXISTS", nil, graph.ReadWrite)
		require.NoError(t, err)
	}
	require.Empty(t, rows(t, s, "SHOW CONSTRAINTS YIELD name RETURN name", nil))
}

// One batch is one transaction: when its second article fails in the
// database, the first, whose nodes were already merged in the same
// transaction, is not in the graph either; alone, it lands whole.
func TestBatchIsAtomic(t *testing.T) {
	s := emptyGraph(t)
	ctx := context.Background()
	good := model.Extraction{
		Article: model.Article{ID: "atomic-good", Source: "good.txt", Language: "vi"},
		Entities: []model.Entity{
			{Key: "vladimir-putin", Label: model.LabelLeader, Name: "Vladimir Putin", Props: map[string]any{"country": "RU", "aliases": []string{"Putin"}}},
			{Key: "RU", Label: model.LabelCountry, Name: "Russia", Props: map[string]any{"iso2": "RU"}},
		},
		Relations: []model.Relation{{Type: model.RelRepresents, From: "vladimir-putin", To: "RU", Evidence: []model.Evidence{{Text: "TT Putin", Start: 0, End: 9}}}},
	}
	bad := model.Extraction{ // valid to kg, refused by Neo4j: a property cannot hold a map
		Article:  model.Article{ID: "atomic-bad", Source: "bad.txt", Language: "vi"},
		Entities: []model.Entity{{Key: "XX", Label: model.LabelCountry, Name: "Nowhere", Props: map[string]any{"iso2": "XX", "extra": map[string]any{"nested": 1}}}},
	}
	require.NoError(t, graph.Check(bad))

	_, err := s.Write(ctx, []model.Extraction{good, bad})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "atomic-good")
	assert.Equal(t, int64(0), count(t, s, "MATCH (n) RETURN count(n) AS n"), "nothing of the batch is in the graph, not even the good article's Leader, merged before the failure")

	res, err := s.Write(ctx, []model.Extraction{good})
	require.NoError(t, err)
	assert.Equal(t, 1, res.Articles)
	assert.Equal(t, int64(2), count(t, s, "MATCH (:Article {id: 'atomic-good'})-[:MENTIONS]->(x) RETURN count(x) AS n"))
	assert.Equal(t, int64(1), count(t, s, "MATCH ()-[r:REPRESENTS]->() WHERE 'atomic-good' IN r.sources RETURN count(r) AS n"))
}
