package ingest

import (
	"bufio"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Invalid UTF-16 is refused as invalid UTF-8 is, never read with U+FFFD in
// place of what cannot be decoded.
func TestReadUTF16(t *testing.T) {
	tests := []struct {
		name    string
		raw     string
		want    string // the text read, or
		wantErr string // the reason it is refused
	}{
		{"little-endian", utf16Bytes("Tập Cận Bình", false), "Tập Cận Bình", ""},
		{"big-endian", utf16Bytes("Tập Cận Bình", true), "Tập Cận Bình", ""},
		{"a pair of surrogates", "\xff\xfe\x3d\xd8\x00\xde" + utf16Bytes("a", false)[2:], "😀a", ""},
		{"a byte after the mark", "\xff\xfe\x00", "", "not valid UTF-16 at byte 2: an odd number of bytes"},
		{"a byte left over", utf16Bytes("Putin", false) + "\x41", "", "not valid UTF-16 at byte 12: an odd number of bytes"},
		{"a lone high surrogate", "\xff\xfeA\x00\x3d\xd8B\x00", "", "not valid UTF-16 at byte 4: a surrogate without its pair"},
		{"a lone low surrogate", "\xfe\xff\x00A\xde\x00", "", "not valid UTF-16 at byte 4: a surrogate without its pair"},
		{"a high surrogate at the end", "\xff\xfeA\x00\x3d\xd8", "", "not valid UTF-16 at byte 4: a surrogate without its pair"},
		{"the mark alone", "\xff\xfe", "", "empty article"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{"a.txt": tt.raw})
			docs, errs, err := readAll(t, []string{dir}, "", ReadOptions{})
			require.NoError(t, err)
			if tt.wantErr != "" {
				require.Empty(t, docs)
				require.Len(t, errs, 1)
				assert.Equal(t, filepath.Join(dir, "a.txt")+": "+tt.wantErr, strings.TrimSuffix(errs[0].Error(), " (convert the file to UTF-8)"))
				assert.NotContains(t, errs[0].Error(), "\uFFFD")
				return
			}
			require.Empty(t, errs)
			require.Len(t, docs, 1)
			assert.Equal(t, tt.want, string(docs[0].Raw))
		})
	}
}

// A symbolic link to a folder is followed, a loop is reported, and the
// rest of the folder is read.
func TestReadFollowsFolderLinks(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"corpus/a.txt":       "Bài một.",
		"elsewhere/b.txt":    "Bài hai.",
		"elsewhere/c/d.txt":  "Bài ba.",
		"corpus/z/last.txt":  "Bài cuối.",
		"corpus/inner/e.txt": "Bài bốn.",
	})
	corpus := filepath.Join(dir, "corpus")
	require.NoError(t, os.Symlink(filepath.Join(dir, "elsewhere"), filepath.Join(corpus, "linked")))
	require.NoError(t, os.Symlink(corpus, filepath.Join(corpus, "inner", "loop")))
	require.NoError(t, os.Symlink("..", filepath.Join(dir, "elsewhere", "c", "up")))
	require.NoError(t, os.Symlink(filepath.Join(dir, "nowhere"), filepath.Join(corpus, "gone")))

	docs, errs, err := readAll(t, []string{corpus}, "", ReadOptions{})
	require.NoError(t, err)
	var got, gotErrs []string
	for _, d := range docs {
		got = append(got, strings.TrimPrefix(d.Source, corpus+"/")+" "+string(d.Raw))
	}
	for _, e := range errs {
		gotErrs = append(gotErrs, strings.TrimPrefix(e.Error(), corpus+"/"))
	}
	assert.Equal(t, []string{"a.txt Bài một.", "inner/e.txt Bài bốn.", "linked/b.txt Bài hai.", "linked/c/d.txt Bài ba.", "z/last.txt Bài cuối."}, got)
	assert.Equal(t, []string{
		"inner/loop: symbolic link to a folder that contains it (a loop): not followed",
		"linked/c/up: symbolic link to a folder that contains it (a loop): not followed",
	}, gotErrs, "a dangling link without an article's extension is no article")
}

// A report names its item on one line, whatever the file name holds.
func TestReadErrorIsOneLine(t *testing.T) {
	tests := []struct {
		name string
		err  ReadError
		want string
	}{
		{"plain", ReadError{Source: "tin/bài một.txt", Err: ErrEmpty}, "tin/bài một.txt: empty article"},
		{"a newline in the name", ReadError{Source: "evil\nfake: report.txt", Err: ErrEmpty}, `"evil\nfake: report.txt": empty article`},
		{"a JSONL line", ReadError{Source: "a\rb.jsonl", Line: 3, Err: ErrEmpty}, `"a\rb.jsonl":3: empty article`},
		{"escape and bell", ReadError{Source: "x\x1b[2J\a.txt", Err: ErrBinary}, `"x\x1b[2J\a.txt": binary content (NUL bytes)`},
		{"bytes that are not UTF-8", ReadError{Source: "caf\xe9.txt", Err: ErrEmpty}, `"caf\xe9.txt": empty article`},
		{"a newline in the reason", ReadError{Source: "a.txt", Err: errors.New("bad\nthing")}, `a.txt: bad\nthing`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.err.Error())
			assert.NotContains(t, tt.err.Error(), "\n")
		})
	}
}

// A long JSONL line is read in a few doubling copies, never past the
// limit: append's small steps left garbage that outgrew the line itself
// (a 100 MB line once took 61 MB of memory to skip under load).
func TestReadLongLine(t *testing.T) {
	const limit = 8 << 20
	tests := []struct {
		name    string
		size    int
		tooLong bool
	}{
		{"short", 100, false},
		{"long, under the limit", 4 << 20, false},
		{"at the limit", limit, false},
		{"over the limit", limit + 1, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := strings.Repeat("x", tt.size) + "\nnext\n"
			var line []byte
			var tooLong bool
			allocs := testing.AllocsPerRun(1, func() {
				br := bufio.NewReaderSize(strings.NewReader(text), 64<<10)
				line, tooLong, _, _ = readLine(br, nil, limit)
			})
			assert.Equal(t, tt.tooLong, tooLong)
			if !tt.tooLong {
				assert.Equal(t, tt.size, len(line))
			}
			assert.LessOrEqual(t, cap(line), limit+1, "never grown past the limit")
			assert.LessOrEqual(t, allocs, 12.0, "a few doubling copies, not one per quarter of growth")
		})
	}
}
