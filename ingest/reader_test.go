package ingest

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readAll runs Read and collects documents and errors.
func readAll(t *testing.T, paths []string, stdin string, opts ReadOptions) ([]Document, []ReadError, error) {
	t.Helper()
	var docs []Document
	var errs []ReadError
	var in io.Reader // a nil interface, not a nil *strings.Reader
	if stdin != "" {
		in = strings.NewReader(stdin)
	}
	err := Read(context.Background(), paths, in, opts, func(d Document) error {
		docs = append(docs, d)
		return nil
	}, func(e ReadError) { errs = append(errs, e) })
	return docs, errs, err
}

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
	}
	return dir
}

func utf16Bytes(s string, bigEndian bool) string {
	var b []byte
	if bigEndian {
		b = append(b, 0xFE, 0xFF)
	} else {
		b = append(b, 0xFF, 0xFE)
	}
	for _, r := range s { // the test strings are in the BMP
		hi, lo := byte(r>>8), byte(r)
		if bigEndian {
			b = append(b, hi, lo)
		} else {
			b = append(b, lo, hi)
		}
	}
	return string(b)
}

func TestReadFolder(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.txt":              " date 2026-02-05 Tiêu đề\n\nThân bài.",
		"b/c.md":             "Bài hai.",
		"b/d.jsonl":          "\ufeff" + `{"text":"Bài ba.","title":"T3","published":"2022-09-15T10:00:00+07:00","url":"http://x/3"}` + "\n\n" + `{"title":"no text"}` + "\n" + `not json` + "\n" + `{"text":"Bài bốn.","published":"2022-09-16"}`,
		"b/e.csv":            "skipped",
		".hidden.txt":        "skipped",
		".git/f.txt":         "skipped",
		"z/utf16le.txt":      utf16Bytes("Tập Cận Bình", false),
		"z/utf16be.txt":      utf16Bytes("Tập Cận Bình", true),
		"z/bom.txt":          "\ufeffCó BOM.",
		"z/nul.txt":          "a\x00b",
		"z/latin1.txt":       "caf\xe9",
		"z/empty.txt":        " \n\t\u00a0\n",
		"z/only-date.txt":    " date 2026-02-05 \n",
		"z/UPPER.TXT":        "Hoa.",
		"z/big.txt":          strings.Repeat("x", 200),
		"z/big-line.jsonl":   `{"text":"` + strings.Repeat("x", 200) + `"}` + "\n" + `{"text":"ngắn"}`,
		"z/bad-fields.jsonl": `{"text":"","title":"x"}` + "\n" + `{"text":"ok","published":"15/9/2022"}` + "\n" + `{"text":"a\u0000b"}`,
	})
	docs, errs, err := readAll(t, []string{dir}, "", ReadOptions{MaxBytes: 100})
	require.NoError(t, err)

	rel := func(s string) string {
		s = strings.TrimPrefix(s, dir+string(filepath.Separator))
		return filepath.ToSlash(s)
	}
	var got []string
	for _, d := range docs {
		got = append(got, rel(d.Source)+"|"+string(d.Raw)+"|"+d.Title+"|"+d.Published+"|"+d.URL)
	}
	assert.Equal(t, []string{
		"a.txt| date 2026-02-05 Tiêu đề\n\nThân bài.||2026-02-05|",
		"b/c.md|Bài hai.|||",
		"b/d.jsonl:1|Bài ba.|T3|2022-09-15|http://x/3",
		"b/d.jsonl:5|Bài bốn.||2022-09-16|",
		"z/UPPER.TXT|Hoa.|||",
		"z/big-line.jsonl:2|ngắn|||",
		"z/bom.txt|\ufeffCó BOM.|||",
		"z/utf16be.txt|Tập Cận Bình|||",
		"z/utf16le.txt|Tập Cận Bình|||",
	}, got)

	var gotErrs []string
	for _, e := range errs {
		gotErrs = append(gotErrs, rel(e.Error()))
	}
	assert.Equal(t, []string{
		"b/d.jsonl:3: no \"text\" field",
		"b/d.jsonl:4: bad JSON: invalid character 'o' in literal null (expecting 'u')",
		"z/bad-fields.jsonl:1: empty article",
		"z/bad-fields.jsonl:2: bad published date \"15/9/2022\"",
		"z/bad-fields.jsonl:3: binary content (NUL bytes)",
		"z/big-line.jsonl:1: too large: line longer than 100 bytes",
		"z/big.txt: too large: 200 bytes, the limit is 100",
		"z/empty.txt: empty article",
		"z/latin1.txt: not valid UTF-8 at byte 3 (convert the file to UTF-8)",
		"z/nul.txt: binary content (NUL bytes)",
		"z/only-date.txt: empty article",
	}, gotErrs)
	for _, e := range errs {
		assert.NotEmpty(t, e.Source)
	}
	assert.ErrorIs(t, errs[len(errs)-2], ErrBinary)
}

func TestReadPathsAndStdin(t *testing.T) {
	dir := writeFiles(t, map[string]string{"one.html": "Tên lạ vẫn đọc khi chỉ rõ.", "two.txt": "Hai."})
	tests := []struct {
		name     string
		paths    []string
		stdin    string
		wantDocs []string
		wantErrs []string
	}{
		{"explicit file of any kind", []string{filepath.Join(dir, "one.html")}, "",
			[]string{"Tên lạ vẫn đọc khi chỉ rõ."}, nil},
		{"stdin", []string{"-"}, " date 2022-09-15\nTừ stdin.", []string{" date 2022-09-15\nTừ stdin."}, nil},
		{"stdin too large", []string{"-"}, strings.Repeat("y", 101), nil, []string{"-: too large: more than 100 bytes"}},
		{"no stdin", []string{"-"}, "", nil, []string{"-: no standard input"}},
		{"missing path, then more", []string{filepath.Join(dir, "missing.txt"), filepath.Join(dir, "two.txt")}, "",
			[]string{"Hai."}, []string{filepath.Join(dir, "missing.txt") + ": no such file or directory"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs, err := readAll(t, tt.paths, tt.stdin, ReadOptions{MaxBytes: 100})
			require.NoError(t, err)
			var got, gotErrs []string
			for _, d := range docs {
				got = append(got, string(d.Raw))
			}
			for _, e := range errs {
				gotErrs = append(gotErrs, e.Error())
			}
			assert.Equal(t, tt.wantDocs, got)
			assert.Equal(t, tt.wantErrs, gotErrs)
		})
	}
}

func TestReadDatePrefix(t *testing.T) {
	tests := []struct {
		raw, want string
	}{
		{" date 2026-02-05 Nội dung", "2026-02-05"},
		{"date 2026-02-05\nNội dung", "2026-02-05"},
		{"\ufeff date 2026-02-05 Nội dung", "2026-02-05"},
		{"date 2026-02-05", "2026-02-05"},
		{"date 2026-02-30 Nội dung", ""},
		{"date 2026-02-05x", ""},
		{" date 2025-03 Tổng Bí thư", "2025-03"},
		{" date 2025-13 Tổng Bí thư", ""},
		{" date 2025-031 x", ""},
		{"Nội dung date 2026-02-05 ", ""},
		{"updated 2026-02-05 ", ""},
	}
	for _, tt := range tests {
		var got string
		err := Read(context.Background(), []string{"-"}, strings.NewReader(tt.raw+" x"), ReadOptions{}, func(d Document) error {
			got = d.Published
			return nil
		}, nil)
		require.NoError(t, err)
		assert.Equal(t, tt.want, got, tt.raw)
	}
}

func TestReadSeeds(t *testing.T) {
	var docs []Document
	err := Read(context.Background(), []string{filepath.Join("..", "fixtures", "articles")}, nil, ReadOptions{}, func(d Document) error {
		docs = append(docs, d)
		return nil
	}, func(e ReadError) { t.Errorf("unexpected error: %v", e) })
	require.NoError(t, err)
	require.Len(t, docs, 5)
	for i, d := range docs {
		assert.True(t, strings.HasPrefix(filepath.Base(d.Source), []string{"000", "001", "002", "003", "004"}[i]))
		want := ""
		if i == 2 {
			want = "2026-02-05"
		}
		assert.Equal(t, want, d.Published, d.Source)
	}
}

func TestReadStops(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "A.", "b.txt": "B.", "c.jsonl": `{"text":"C."}` + "\n" + `{"text":"D."}`})
	stop := errors.New("stop")
	n := 0
	err := Read(context.Background(), []string{dir}, nil, ReadOptions{}, func(Document) error {
		n++
		if n == 3 {
			return stop
		}
		return nil
	}, nil)
	assert.ErrorIs(t, err, stop)
	assert.Equal(t, 3, n)

	ctx, cancel := context.WithCancel(context.Background())
	n = 0
	err = Read(ctx, []string{dir, dir}, nil, ReadOptions{}, func(Document) error {
		n++
		cancel()
		return nil
	}, nil)
	assert.ErrorIs(t, err, context.Canceled)
	assert.Equal(t, 1, n)
}

func TestReadJSONLStreamsLargeFiles(t *testing.T) {
	var sb strings.Builder
	for range 5000 {
		sb.WriteString(`{"text":"` + strings.Repeat("Bài báo dài. ", 20) + `"}` + "\n")
	}
	dir := writeFiles(t, map[string]string{"big.jsonl": sb.String()})
	// The file is far larger than MaxBytes; only lines are bounded.
	docs, errs, err := readAll(t, []string{filepath.Join(dir, "big.jsonl")}, "", ReadOptions{MaxBytes: 1000})
	require.NoError(t, err)
	assert.Empty(t, errs)
	require.Len(t, docs, 5000)
	assert.Equal(t, filepath.Join(dir, "big.jsonl")+":5000", docs[4999].Source)
}

func TestReadError(t *testing.T) {
	e := ReadError{Source: "a.jsonl", Line: 3, Err: ErrEmpty}
	assert.Equal(t, "a.jsonl:3: empty article", e.Error())
	assert.Equal(t, "a.txt: empty article", ReadError{Source: "a.txt", Err: ErrEmpty}.Error())
	assert.ErrorIs(t, e, ErrEmpty)
}
