package reliability

import (
	"crypto/sha256"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kg/graph"
)

// oneGraphArticles is the size of the generated corpus of
// TestOneCorpusOneGraph: enough articles for many of them to disagree
// about the same summits, leaders and partnerships (60 did not show that
// arrival order decided ties; 3,000 showed about 250 properties differ).
const oneGraphArticles = 3000

// One corpus, one graph: a generated corpus ingested into an emptied
// database in one run, in batches of 137, in shuffled order, by three
// processes at once over overlapping parts, and by a run killed midway and
// run again, gives the same graph every time, property by property: every
// node and relationship with all its properties, votes, list order and
// all, compared line by line (and as one SHA-256). The only property left
// out is Article.source, which records where the text was read (another
// file, or another line of the shuffled file) and not what it says.
func TestOneCorpusOneGraph(t *testing.T) {
	dir := t.TempDir()
	r := kg(t, "gen", "--articles", fmt.Sprint(oneGraphArticles), "--seed", "19", "--out", dir)
	require.Equal(t, 0, r.code, r.String())
	corpus := filepath.Join(dir, "corpus.jsonl")
	b, err := os.ReadFile(corpus)
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	require.Len(t, lines, oneGraphArticles)
	write := func(name string, ls ...[]string) string {
		p := filepath.Join(dir, name)
		var all []string
		for _, l := range ls {
			all = append(all, l...)
		}
		require.NoError(t, os.WriteFile(p, []byte(strings.Join(all, "\n")+"\n"), 0o644))
		return p
	}
	shuffled := append([]string{}, lines...)
	rand.New(rand.NewPCG(19, 137)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	shuffledFile := write("shuffled.jsonl", shuffled)
	parts := []string{
		write("part1.jsonl", lines[:1400]),
		write("part2.jsonl", lines[1000:2400]),
		write("part3.jsonl", lines[2000:], lines[:300]),
	}

	s := emptyGraph(t)
	one := ingestAll(t, corpus)
	want := dump(t, s, "Article.source")
	requireSources(t, s, corpus)
	t.Logf("one run: %s; graph of %d nodes and relationships, fingerprint %x", one, len(want), sha256.Sum256([]byte(strings.Join(want, "\n"))))

	ways := []struct {
		name   string
		inputs []string
		ingest func(t *testing.T, s *graph.Store)
	}{
		{"batches of 137", []string{corpus}, func(t *testing.T, s *graph.Store) { ingestAll(t, "--batch", "137", corpus) }},
		{"shuffled", []string{shuffledFile}, func(t *testing.T, s *graph.Store) { ingestAll(t, shuffledFile) }},
		{"three processes at once over overlapping parts", parts, func(t *testing.T, s *graph.Store) {
			var runs []*background
			for i, p := range parts {
				runs = append(runs, kgStart(t, "ingest", "--batch", []string{"100", "250", "1000"}[i], p))
			}
			for _, b := range runs {
				r := b.wait()
				require.Equal(t, 0, r.code, r.String())
				assert.Empty(t, r.err)
			}
		}},
		{"killed midway, then run again", []string{corpus}, func(t *testing.T, s *graph.Store) {
			b := kgStart(t, "ingest", "--batch", "200", corpus)
			n := waitForArticles(t, s, b, oneGraphArticles/3)
			require.NoError(t, b.cmd.Process.Signal(syscall.SIGKILL))
			<-b.done // killed: no exit status to check
			t.Logf("killed kg after %d articles had landed", n)
			ingestAll(t, "--batch", "500", corpus)
		}},
	}
	for _, w := range ways {
		t.Run(w.name, func(t *testing.T) {
			s := emptyGraph(t)
			start := time.Now()
			w.ingest(t, s)
			got := dump(t, s, "Article.source")
			t.Logf("%s in %s; fingerprint %x", w.name, time.Since(start).Round(time.Millisecond), sha256.Sum256([]byte(strings.Join(got, "\n"))))
			requireSameGraph(t, want, got, w.name)
			requireSources(t, s, w.inputs...)
		})
	}
}

// ingestAll runs kg ingest with args and requires that it ingests
// everything.
func ingestAll(t *testing.T, args ...string) string {
	t.Helper()
	r := kg(t, append([]string{"ingest"}, args...)...)
	require.Equal(t, 0, r.code, r.String())
	require.Empty(t, r.err)
	return strings.TrimSpace(r.out)
}

// requireSources checks that every article's source names a line of one
// of the files it was read from.
func requireSources(t *testing.T, s *graph.Store, files ...string) {
	t.Helper()
	n := 0
	for _, row := range rows(t, s, "MATCH (a:Article) RETURN a.source AS source", nil) {
		src := row["source"].(string)
		i := strings.LastIndexByte(src, ':')
		require.Positive(t, i, src)
		assert.Contains(t, files, src[:i], "the source of an article is where it was read")
		n++
	}
	assert.Equal(t, oneGraphArticles, n)
}
