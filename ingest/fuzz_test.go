package ingest

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// The fuzz tests run for a short fixed time in `make fuzz` (part of
// `make test`); as plain tests they run their seeds and any crasher saved
// under testdata/fuzz, which is how a crash found once stays fixed.

// fuzzSeeds adds the fixture articles and a few odd inputs to f.
func fuzzSeeds(f *testing.F) {
	for _, dir := range []string{"../fixtures/articles", "../fixtures/extra"} {
		entries, err := os.ReadDir(dir)
		if err != nil {
			f.Fatal(err)
		}
		for _, e := range entries {
			if strings.HasSuffix(e.Name(), ".txt") {
				b, err := os.ReadFile(filepath.Join(dir, e.Name()))
				if err != nil {
					f.Fatal(err)
				}
				f.Add(b)
			}
		}
	}
	for _, s := range []string{
		"",
		"date 2026-02-05\nÔng Tập Cận Bình gặp ông Putin tại Bắc Kinh hôm thứ Sáu 4/2.",
		`{"text":"Ông Putin gặp ông Tập.","title":"T","published":"2022-09-15"}` + "\n{not json\n" + `{"text":"a\u0000b"}`,
		"<!DOCTYPE html><html><head><title>Tin &amp; bài</title><style>p{}</style></head><body><p>Ông Tập Cận Bình gặp ông Putin&nbsp;tại Bắc Kinh.</p><script>x<y</script><!-- c --></body></html>",
		"\xff\xfe" + "T\x00\xe2\x1e", // UTF-16LE "Tâ"-ish
		"\xfe\xff\x00T",
		"\ufeffCó BOM.",
		"caf\xe9",
		"Trung \n\nQuốc và Nga ký Tuyên bố chung ngày 15 - 16/9/2022 tại Samarkand (SCO).",
	} {
		f.Add([]byte(s))
	}
}

// FuzzExtract runs the extractor on any bytes: it must not panic, and every
// evidence span must lie within the input with start <= end.
func FuzzExtract(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, raw []byte) {
		ex := Extract(Document{Source: "fuzz.txt", Raw: raw})
		if ex.Article.ID == "" {
			t.Fatal("no article id")
		}
		keys := map[string]bool{}
		for _, e := range ex.Entities {
			if e.Key == "" {
				t.Fatalf("entity %q has no key", e.Name)
			}
			keys[e.Key] = true
		}
		for _, r := range ex.Relations {
			if !keys[r.From] || !keys[r.To] {
				t.Fatalf("%s %s->%s: an endpoint is not among the entities", r.Type, r.From, r.To)
			}
			for _, ev := range r.Evidence {
				if ev.Start < 0 || ev.Start > ev.End || ev.End > len(raw) {
					t.Fatalf("%s %s->%s: evidence [%d, %d) outside the input of %d bytes", r.Type, r.From, r.To, ev.Start, ev.End, len(raw))
				}
			}
		}
	})
}

// FuzzRead reads any bytes as a text file, an HTML file, a JSONL file and
// standard input: it must not panic or fail, every document it hands on is
// valid non-empty UTF-8 with a source, every bad item names its source,
// and HTML keeps its length (offsets point into the file).
func FuzzRead(f *testing.F) {
	fuzzSeeds(f)
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, raw []byte) {
		sub, err := os.MkdirTemp(dir, "case")
		if err != nil {
			t.Fatal(err)
		}
		defer os.RemoveAll(sub)
		paths := []string{"-"}
		for _, name := range []string{"a.txt", "b.html", "c.jsonl"} {
			p := filepath.Join(sub, name)
			if err := os.WriteFile(p, raw, 0o644); err != nil {
				t.Fatal(err)
			}
			paths = append(paths, p)
		}
		paths = append(paths, sub) // the folder too
		var docs []Document
		err = Read(context.Background(), paths, bytes.NewReader(raw), ReadOptions{MaxBytes: 64 << 10}, func(d Document) error {
			docs = append(docs, d)
			return nil
		}, func(e ReadError) {
			if e.Source == "" || e.Err == nil {
				t.Fatalf("a read error without a source or a reason: %#v", e)
			}
		})
		if err != nil {
			t.Fatalf("Read: %v", err)
		}
		for _, d := range docs {
			if d.Source == "" {
				t.Fatal("a document without a source")
			}
			if !utf8.Valid(d.Raw) || bytes.IndexByte(d.Raw, 0) >= 0 {
				t.Fatalf("%s: a document that is not valid UTF-8 text", d.Source)
			}
			if strings.HasSuffix(d.Source, ".html") && !bytes.HasPrefix(raw, []byte{0xFF, 0xFE}) && !bytes.HasPrefix(raw, []byte{0xFE, 0xFF}) && len(d.Raw) != len(raw) {
				t.Fatalf("%s: HTML text of %d bytes from a file of %d", d.Source, len(d.Raw), len(raw))
			}
		}
	})
}

// An HTML page keeps its length, and what its text says is where the page
// says it: the evidence of a fact points at the sentence in the file.
func TestHTMLKeepsOffsets(t *testing.T) {
	page := "<!DOCTYPE html>\n<html><head><title>Nga &amp; Trung Quốc</title>\n<script>var a = '<p>';</script></head>\n" +
		"<body><p class=\"lead\">Chủ tịch Trung Quốc Tập Cận Bình hội đàm với Tổng thống Nga Vladimir Putin tại Bắc Kinh ngày 4/2/2022.</p>\n" +
		"<p>Hai nhà l&atilde;nh đạo ra Tuyên bố chung.&nbsp;</p><!-- <p>hidden</p> --></body></html>\n"
	dir := writeFiles(t, map[string]string{"page.html": page})
	docs, errs, err := readAll(t, []string{dir}, "", ReadOptions{})
	if err != nil || len(errs) > 0 || len(docs) != 1 {
		t.Fatalf("read: %v %v %d docs", err, errs, len(docs))
	}
	d := docs[0]
	if len(d.Raw) != len(page) {
		t.Fatalf("text of %d bytes from a page of %d", len(d.Raw), len(page))
	}
	if d.Title != "Nga & Trung Quốc" {
		t.Errorf("title %q", d.Title)
	}
	for _, gone := range []string{"<", ">", "var a", "hidden", "&amp;", "&nbsp;", "class="} {
		if bytes.Contains(d.Raw, []byte(gone)) {
			t.Errorf("%q left in the text:\n%s", gone, d.Raw)
		}
	}
	if !bytes.Contains(d.Raw, []byte("Hai nhà lã\x7f\x7f\x7f\x7f\x7f\x7fnh đạo")) {
		t.Errorf("a character reference is not its character padded with DEL:\n%q", d.Raw)
	}
	ex := Extract(d)
	n := 0
	for _, r := range ex.Relations {
		for _, ev := range r.Evidence {
			n++
			if got := page[ev.Start:ev.End]; !strings.Contains(got, "Tập Cận Bình") && !strings.Contains(got, "Tuyên bố") && !strings.Contains(got, "Putin") {
				t.Errorf("evidence [%d, %d) of %s is %q in the page", ev.Start, ev.End, r.Type, got)
			}
		}
	}
	if n == 0 {
		t.Errorf("no evidence from the page: %+v", ex)
	}
}
