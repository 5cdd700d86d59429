package reliability

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A bad item is one line on stderr whatever its file name holds: a name
// with a newline cannot forge a second report line, nor one with escape
// sequences colour the terminal. Such names are quoted as Go strings.
func TestReportsAreOneLinePerItem(t *testing.T) {
	emptyGraph(t)
	dir := t.TempDir()
	var one []byte
	for _, b := range fixtureTexts(t) {
		one = b
		break
	}
	files := map[string][]byte{
		"good.txt":                one,
		"evil\nfake: report.txt":  nil, // empty
		"tab\tand \x1b[31mred.md": {0x89, 'P', 'N', 'G', 0x00},
		"a\rb.jsonl":              []byte("{not json\n"),
	}
	for name, body := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), body, 0o644))
	}
	r := kg(t, "ingest", dir)
	assert.Equal(t, 2, r.code, r.String())
	assert.Equal(t, "read 1, ingested 1, unchanged 0, skipped 3, failed 0\n", r.out)
	assert.NotContains(t, r.err, "\x1b", "no raw escape sequence reaches the terminal")
	assert.NotContains(t, r.err, "\r")
	got := strings.Split(strings.TrimSpace(r.err), "\n")
	sort.Strings(got)
	want := []string{
		strconv.Quote(filepath.Join(dir, "a\rb.jsonl")) + ":1: bad JSON",
		strconv.Quote(filepath.Join(dir, "evil\nfake: report.txt")) + ": empty article",
		strconv.Quote(filepath.Join(dir, "tab\tand \x1b[31mred.md")) + ": binary content",
	}
	require.Len(t, got, len(want), "one line per bad item:\n%s", r.err)
	for i := range want {
		assert.True(t, strings.HasPrefix(got[i], want[i]), "want a line starting with\n  %s\ngot\n  %s", want[i], got[i])
	}
}

// Invalid UTF-16 (a byte-order mark, then something that is no UTF-16) is
// reported as invalid UTF-8 is, and nothing of it lands: not an article
// whose title is U+FFFD.
func TestInvalidUTF16IsReported(t *testing.T) {
	s := emptyGraph(t)
	dir := t.TempDir()
	bad := filepath.Join(dir, "bom-and-a-byte.txt")
	require.NoError(t, os.WriteFile(bad, []byte("\xff\xfe\x00"), 0o644))
	lone := filepath.Join(dir, "lone-surrogate.txt")
	require.NoError(t, os.WriteFile(lone, append(utf16LE("Ông Putin gặp ông Tập."), 0x3d, 0xd8, 'A', 0), 0o644))
	good := filepath.Join(dir, "good.txt")
	require.NoError(t, os.WriteFile(good, utf16LE("Chủ tịch Trung Quốc Tập Cận Bình hội đàm với Tổng thống Nga Vladimir Putin tại Bắc Kinh."), 0o644))

	r := kg(t, "ingest", bad)
	assert.Equal(t, 1, r.code, "nothing could be processed\n%s", r)
	assert.Equal(t, "read 0, ingested 0, unchanged 0, skipped 1, failed 0\n", r.out)
	assert.True(t, strings.HasPrefix(r.err, bad+": not valid UTF-16 at byte 2"), r.err)
	assert.Equal(t, int64(0), count(t, s, "MATCH (a:Article) RETURN count(a) AS n"))

	r = kg(t, "ingest", dir)
	assert.Equal(t, 2, r.code, r.String())
	assert.Equal(t, "read 1, ingested 1, unchanged 0, skipped 2, failed 0\n", r.out)
	assert.Contains(t, r.err, lone+": not valid UTF-16 at byte 46: a surrogate without its pair")
	assert.Equal(t, int64(0), count(t, s, "MATCH (a:Article) WHERE a.title CONTAINS '\uFFFD' RETURN count(a) AS n"))
	assert.Equal(t, []map[string]any{{"source": good}}, rows(t, s, "MATCH (a:Article) RETURN a.source AS source", nil))
}

// A symbolic link to a folder inside a folder is followed (the README
// says so); one that loops back to a folder that contains it is reported,
// and the rest lands.
func TestFolderLinksAreFollowed(t *testing.T) {
	s := emptyGraph(t)
	dir := t.TempDir()
	texts := fixtureTexts(t)
	var names []string
	for n := range texts {
		names = append(names, n)
	}
	sort.Strings(names)
	corpus, other := filepath.Join(dir, "corpus"), filepath.Join(dir, "other")
	require.NoError(t, os.MkdirAll(corpus, 0o755))
	require.NoError(t, os.MkdirAll(other, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(corpus, "a.txt"), texts[names[0]], 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(other, "b.txt"), texts[names[1]], 0o644))
	require.NoError(t, os.Symlink(other, filepath.Join(corpus, "linked")))
	require.NoError(t, os.Symlink(corpus, filepath.Join(other, "back")))

	r := kg(t, "ingest", corpus)
	assert.Equal(t, 2, r.code, r.String())
	assert.Equal(t, "read 2, ingested 2, unchanged 0, skipped 1, failed 0\n", r.out)
	assert.Equal(t, filepath.Join(corpus, "linked", "back")+": symbolic link to a folder that contains it (a loop): not followed\n", r.err)
	var sources []string
	for _, row := range rows(t, s, "MATCH (a:Article) RETURN a.source AS source ORDER BY source", nil) {
		sources = append(sources, row["source"].(string))
	}
	assert.Equal(t, []string{filepath.Join(corpus, "a.txt"), filepath.Join(corpus, "linked", "b.txt")}, sources)
}

// When the connection is lost while a batch commits, kg cannot know
// whether the commit landed. Retrying, it recognises the articles its own
// lost commit wrote and counts them as ingested, not as found unchanged
// in a database that started empty; giving up, it says how many articles
// may have landed besides those it counts.
func TestCommitCutOffIsCounted(t *testing.T) {
	corpus := filepath.Join(t.TempDir(), "corpus")
	writeCorpus(t, corpus, 0, 100) // 500 articles, batches of 25

	t.Run("retried", func(t *testing.T) {
		s := emptyGraph(t)
		p := startCommitCutter(t, 3, false)
		r := kg(t, "ingest", "--uri", p.uri(), "--batch", "25", "--retry-for", "30s", corpus)
		require.Equal(t, 0, r.code, r.String())
		require.True(t, p.cut.Load(), "the third commit was cut off")
		assert.Equal(t, "read 500, ingested 500, unchanged 0, skipped 0, failed 0\n", r.out, "the database started empty: this run ingested every article")
		assert.Equal(t, int64(500), count(t, s, "MATCH (a:Article) RETURN count(a) AS n"))
	})

	t.Run("gave up, then run again", func(t *testing.T) {
		s := emptyGraph(t)
		p := startCommitCutter(t, 3, true)
		r := kg(t, "ingest", "--uri", p.uri(), "--batch", "25", "--retry-for", "3s", corpus)
		require.Equal(t, 1, r.code, r.String())
		require.True(t, p.cut.Load())
		landed := count(t, s, "MATCH (a:Article) RETURN count(a) AS n")
		sum := parseSummary(t, r.out)
		assert.Equal(t, 50, sum.ingested, "two batches were committed before")
		assert.Equal(t, int64(75), landed, "the third batch's commit landed, though kg never heard so")
		assert.Contains(t, r.out, ", in doubt 25\n")
		assert.Contains(t, r.err, "after 50 articles landed (and 25 more may have: the connection was lost while they were committed)")

		p.allow()
		r = kg(t, "ingest", "--uri", p.uri(), "--batch", "25", corpus)
		require.Equal(t, 0, r.code, r.String())
		assert.Equal(t, fmt.Sprintf("read 500, ingested %d, unchanged %d, skipped 0, failed 0\n", 500-landed, landed), r.out)
		assert.Equal(t, int64(500), count(t, s, "MATCH (a:Article) RETURN count(a) AS n"))
	})
}

// A 50 MB text on one line, allowed by --max-bytes, is ingested in
// seconds: nothing on the way is quadratic in the length of a line, a
// sentence or an article (it took over 300 s before the extractor cut
// overlong sentences and read long texts in segments).
func TestLongLineIngestsInSeconds(t *testing.T) {
	s := emptyGraph(t)
	texts := fixtureTexts(t)
	var names []string
	for n := range texts {
		names = append(names, n)
	}
	sort.Strings(names)
	// Written piece by piece: the test process stays small, since on Linux
	// the peak memory a child reports includes its parent's at the fork
	// (the other tests measure kg's).
	long := filepath.Join(t.TempDir(), "long.txt")
	f, err := os.Create(long)
	require.NoError(t, err)
	size := 0
	for i := 0; size < 50<<20; i++ {
		n, err := f.WriteString(strings.Join(strings.Fields(string(texts[names[i%len(names)]])), " ") + " ")
		require.NoError(t, err)
		size += n
	}
	require.NoError(t, f.Close())

	start := time.Now()
	r := kg(t, "ingest", "--max-bytes", "100MB", long)
	took := time.Since(start)
	require.Equal(t, 0, r.code, r.String())
	assert.Equal(t, "read 1, ingested 1, unchanged 0, skipped 0, failed 0\n", r.out)
	t.Logf("a %d-byte line: kg ingest took %s, max RSS %d MB", size, took.Round(time.Millisecond), r.maxRSS>>20)
	assert.Less(t, took, 60*time.Second)
	assert.Positive(t, count(t, s, "MATCH (:Article)-[m:MENTIONS]->() RETURN count(m) AS n"), "it landed with what it mentions")
	for _, row := range rows(t, s, "MATCH ()-[r]->() WHERE r.evidence IS NOT NULL UNWIND r.evidence AS e RETURN max(size(e)) AS longest", nil) {
		assert.Less(t, row["longest"], int64(2100), "evidence is a sentence of at most 2,000 bytes, not the line")
	}
}
