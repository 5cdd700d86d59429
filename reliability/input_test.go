package reliability

import (
	"encoding/json"
	"html"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"unicode/utf16"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// utf16LE encodes s as UTF-16 little-endian with a byte-order mark.
func utf16LE(s string) []byte {
	b := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

// htmlPage wraps text in an HTML page, one <p> per paragraph.
func htmlPage(title, text string) []byte {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + html.EscapeString(title) + "</title>\n")
	b.WriteString("<style>p { margin: 0 }</style><script>if (a < b) { document.write('<p>x</p>') }</script></head>\n<body>\n")
	for _, para := range strings.Split(text, "\n\n") {
		if strings.TrimSpace(para) != "" {
			b.WriteString("<p class=\"body\">" + html.EscapeString(para) + "</p>\n")
		}
	}
	b.WriteString("<!-- ads --></body></html>\n")
	return []byte(b.String())
}

func jsonLine(t *testing.T, v map[string]any) string {
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b) + "\n"
}

// One run over every kind of bad input: each bad item is reported as
// "path[:line]: reason" and skipped, every good item lands, the summary
// counts them and the exit status is 2 (partial).
func TestBadInputIsReportedAndSkipped(t *testing.T) {
	s := emptyGraph(t)
	fx := fixtureTexts(t)
	names := make([]string, 0, len(fx))
	for n := range fx {
		names = append(names, n)
	}
	sort.Strings(names)
	text := func(i int) string { return string(fx[names[i%len(names)]]) }

	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	write := func(name string, body []byte) string {
		p := filepath.Join(in, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, body, 0o644))
		return p
	}
	const limit = 1 << 20 // --max-bytes 1MB
	write("good.txt", []byte(text(0)))
	write("utf16.txt", utf16LE(text(1)))
	write("page.html", htmlPage("Trang tin", text(2)))
	write("lines.jsonl", []byte(
		jsonLine(t, map[string]any{"text": text(3), "title": "Dòng một", "published": "2024-10-22"})+
			"{not json\n"+
			jsonLine(t, map[string]any{"text": strings.Repeat("Quá dài. ", limit/8)})+
			jsonLine(t, map[string]any{"title": "no text"})+
			jsonLine(t, map[string]any{"text": text(4), "url": "https://example.org/5"})))
	write("latin1.txt", []byte("Th\xf4ng tin v\xe8 Putin."))
	write("binary.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"))
	write("empty.txt", nil)
	write("blank.md", []byte(" \n\t\u00a0\n"))
	write("big.txt", []byte(strings.Repeat("Bài báo rất dài. ", limit/17+1000)))
	write("notes.csv", []byte("not an article kind: ignored in folders"))
	require.NoError(t, syscall.Mkfifo(filepath.Join(in, "fifo.txt"), 0o644))
	require.NoError(t, os.Symlink(filepath.Join(dir, "nowhere.txt"), filepath.Join(in, "dangling.txt")))
	// Unreadable files: chmod 000 stops every user but root, and tests
	// often run as root; so the FIFO and the dangling link above are the
	// unreadable entries that count everywhere, and these two are checked
	// as the user running the test sees them.
	locked := write("locked.txt", []byte(text(0)+"\n\nBản có khóa.\n"))
	lockedDir := filepath.Join(in, "lockeddir")
	write("lockeddir/inner.txt", []byte(text(1)+"\n\nBản trong thư mục khóa.\n"))
	require.NoError(t, os.Chmod(locked, 0o000))
	require.NoError(t, os.Chmod(lockedDir, 0o000))
	t.Cleanup(func() { os.Chmod(lockedDir, 0o755) })
	missing := filepath.Join(dir, "missing.txt")
	asRoot := os.Geteuid() == 0

	want := []string{ // stderr lines, as prefixes
		filepath.Join(in, "big.txt") + ": too large: " + strconv.Itoa(len(strings.Repeat("Bài báo rất dài. ", limit/17+1000))) + " bytes, the limit is 1048576 (raise the limit with --max-bytes)",
		filepath.Join(in, "binary.txt") + ": binary content",
		filepath.Join(in, "blank.md") + ": empty article",
		filepath.Join(in, "dangling.txt") + ": dangling symbolic link",
		filepath.Join(in, "empty.txt") + ": empty article",
		filepath.Join(in, "fifo.txt") + ": not a regular file (a named pipe)",
		filepath.Join(in, "latin1.txt") + ": not valid UTF-8 at byte 2",
		filepath.Join(in, "lines.jsonl") + ":2: bad JSON",
		filepath.Join(in, "lines.jsonl") + ":3: too large: line longer than 1048576 bytes (raise the limit with --max-bytes)",
		filepath.Join(in, "lines.jsonl") + ":4: no \"text\" field",
		missing + ": no such file or directory",
	}
	good := 7 // good.txt, utf16.txt, page.html, lines.jsonl:1 and :5, locked.txt, lockeddir/inner.txt
	if !asRoot {
		want = append(want, locked+": permission denied", lockedDir+": permission denied")
		good -= 2
	}
	sort.Strings(want)

	r := kg(t, "ingest", "--max-bytes", "1MB", in, missing)
	assert.Equal(t, 2, r.code, "partial success is exit status 2\n%s", r)
	assert.Equal(t, summary{read: good, ingested: good, skipped: len(want)}, parseSummary(t, r.out), r.out)
	got := strings.Split(strings.TrimSpace(r.err), "\n")
	sort.Strings(got)
	require.Len(t, got, len(want), "one line per bad item:\n%s", r.err)
	for i := range want {
		assert.True(t, strings.HasPrefix(got[i], want[i]), "want a line starting with\n  %s\ngot\n  %s", want[i], got[i])
	}

	// Every good item landed: the articles in the graph are exactly those
	// that kg extract finds in the same input.
	x := kg(t, "extract", "--max-bytes", "1MB", in, missing)
	assert.Equal(t, 2, x.code, x.String())
	var wantIDs []string
	for _, line := range strings.Split(strings.TrimSpace(x.out), "\n") {
		var ex struct {
			Article struct{ ID, Source, Title string }
		}
		require.NoError(t, json.Unmarshal([]byte(line), &ex))
		wantIDs = append(wantIDs, ex.Article.ID)
	}
	require.Len(t, wantIDs, good)
	var gotIDs []string
	for _, row := range rows(t, s, "MATCH (a:Article) RETURN a.id AS id", nil) {
		gotIDs = append(gotIDs, row["id"].(string))
	}
	assert.ElementsMatch(t, wantIDs, gotIDs)

	// UTF-16 was decoded, HTML was read as its text with its title, and
	// each landed with its facts.
	for _, src := range []string{"utf16.txt", "page.html"} {
		rs := rows(t, s, "MATCH (a:Article {source: $src})-[:MENTIONS]->(x) RETURN count(x) AS n", map[string]any{"src": filepath.Join(in, src)})
		assert.Positive(t, rs[0]["n"], "%s landed with what it mentions", src)
	}
	assert.Equal(t, int64(1), count(t, s, "MATCH (a:Article {title: 'Trang tin'}) RETURN count(a) AS n"), "the HTML <title> is the article's title")
}

// The exit status tells all-good (0) from partial (2) from nothing (1).
func TestExitStatus(t *testing.T) {
	emptyGraph(t)
	dir := t.TempDir()
	fx := fixtureTexts(t)
	var one []byte
	for _, b := range fx {
		one = b
		break
	}
	good := filepath.Join(dir, "good.txt")
	require.NoError(t, os.WriteFile(good, one, 0o644))
	bad := filepath.Join(dir, "bad.txt")
	require.NoError(t, os.WriteFile(bad, []byte{0, 1, 2}, 0o644))

	r := kg(t, "ingest", good)
	assert.Equal(t, 0, r.code, r.String())
	assert.Equal(t, "read 1, ingested 1, unchanged 0, skipped 0, failed 0\n", r.out)
	assert.Empty(t, r.err)

	r = kg(t, "ingest", good, bad)
	assert.Equal(t, 2, r.code, r.String())
	assert.Equal(t, "read 1, ingested 0, unchanged 1, skipped 1, failed 0\n", r.out)

	r = kg(t, "ingest", bad, filepath.Join(dir, "missing.txt"))
	assert.Equal(t, 1, r.code, r.String())
	assert.Equal(t, "read 0, ingested 0, unchanged 0, skipped 2, failed 0\n", r.out)
	assert.Contains(t, r.err, "kg: none of 2 items could be processed")

	r = kg(t, "ingest", "--max-bytes", "lots", good)
	assert.Equal(t, 1, r.code, r.String())
	assert.Contains(t, r.err, `"lots" is not a size`)
}

// A 100 MB file is rejected from its size alone: fast, and without the
// memory that reading it would take. A JSONL file with a 100 MB line is
// streamed: the line is reported, the lines after it land.
func TestHugeFilesAreNotReadIntoMemory(t *testing.T) {
	emptyGraph(t)
	dir := t.TempDir()
	huge := filepath.Join(dir, "huge.txt")
	f, err := os.Create(huge)
	require.NoError(t, err)
	// Real bytes, not a sparse file, so that reading it would cost.
	chunk := []byte(strings.Repeat("Ông Putin gặp ông Tập Cận Bình tại Bắc Kinh. ", 1<<16/48))
	for written := 0; written < 100<<20; written += len(chunk) {
		_, err := f.Write(chunk)
		require.NoError(t, err)
	}
	require.NoError(t, f.Close())
	hugeLines := filepath.Join(dir, "huge.jsonl")
	f, err = os.Create(hugeLines)
	require.NoError(t, err)
	_, err = f.WriteString(`{"text": "`)
	require.NoError(t, err)
	for written := 0; written < 100<<20; written += len(chunk) {
		_, err := f.Write(chunk)
		require.NoError(t, err)
	}
	_, err = f.WriteString("\"}\n" + jsonLine(t, map[string]any{"text": "Chủ tịch Trung Quốc Tập Cận Bình hội đàm với Tổng thống Nga Vladimir Putin tại Bắc Kinh."}))
	require.NoError(t, err)
	require.NoError(t, f.Close())

	// Default limit, 10 MB.
	r := kg(t, "ingest", huge, hugeLines)
	assert.Equal(t, 2, r.code, r.String())
	assert.Equal(t, "read 1, ingested 1, unchanged 0, skipped 2, failed 0\n", r.out)
	assert.Contains(t, r.err, huge+": too large: 10")
	assert.Contains(t, r.err, "bytes, the limit is 10485760 (raise the limit with --max-bytes)")
	assert.Contains(t, r.err, hugeLines+":1: too large: line longer than 10485760 bytes")

	// No database: only reading counts. The whole file is rejected in
	// milliseconds, and memory stays far below its size.
	r = kg(t, "extract", huge)
	assert.Equal(t, 1, r.code, r.String())
	t.Logf("kg extract on a 100 MB file: %s, max RSS %d MB", r.took.Round(1e6), r.maxRSS>>20)
	assert.Less(t, r.took.Seconds(), 2.0, "rejected from its size, not read")
	assert.Less(t, r.maxRSS, int64(60<<20), "memory far below the file's 100 MB")

	r = kg(t, "extract", hugeLines)
	assert.Equal(t, 2, r.code, r.String())
	assert.Equal(t, 1, strings.Count(r.out, "\n"), "the line after the huge one is extracted")
	t.Logf("kg extract on a JSONL file with a 100 MB line: %s, max RSS %d MB", r.took.Round(1e6), r.maxRSS>>20)
	assert.Less(t, r.maxRSS, int64(60<<20), "a huge line is skipped as it streams by, not kept")
}
