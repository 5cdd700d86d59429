package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// DefaultMaxBytes is the largest article (or JSONL line) Read accepts when
// ReadOptions.MaxBytes is not set.
const DefaultMaxBytes = 10 << 20

// ReadOptions tunes Read.
type ReadOptions struct {
	MaxBytes int64 // largest file or JSONL line; 0 means DefaultMaxBytes. Larger items are reported and skipped.
}

// ReadError is one item Read could not use. Line is the JSONL line, or 0.
type ReadError struct {
	Source string
	Line   int
	Err    error
}

// Error returns "path:line: reason", or "path: reason" when there is no line.
func (e ReadError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Source, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Source, e.Err)
}

// Unwrap returns the underlying error.
func (e ReadError) Unwrap() error { return e.Err }

// Errors Read reports through ReadError.
var (
	ErrTooLarge = errors.New("too large")
	ErrBinary   = errors.New("binary content (NUL bytes)")
	ErrNotUTF8  = errors.New("not valid UTF-8")
	ErrEmpty    = errors.New("empty article")
)

// readExts are the file kinds taken from folders; a file named explicitly
// is read whatever its name.
var readExts = map[string]bool{".txt": true, ".md": true, ".jsonl": true}

// Read reads articles from paths and calls fn for each one, in order.
//
// A path is a file, a folder (walked recursively in lexical order, taking
// .txt, .md and .jsonl files and skipping hidden files and folders), or "-"
// for stdin. A .jsonl file holds one JSON object a line with "text"
// (required), "title", "published" (ISO date or RFC 3339 time) and "url";
// it is streamed, and each line is a Document with Source "path:LINE".
// Any other file is one article; a leading line "date YYYY-MM-DD" sets its
// Published date (Raw keeps it; Normalize drops it).
//
// Text must be UTF-8; UTF-16 with a byte-order mark is converted to UTF-8
// (Raw then holds the UTF-8 bytes), and a UTF-8 byte-order mark is kept in
// Raw so that offsets still point into the file.
//
// A bad item (missing, unreadable, too large, binary, not UTF-8, empty, a
// bad JSONL line) goes to onErr (if not nil) and is skipped. Read returns
// ctx.Err() when ctx ends, or the first error from fn, which stops it.
func Read(ctx context.Context, paths []string, stdin io.Reader, opts ReadOptions, fn func(Document) error, onErr func(ReadError)) error {
	r := docReader{ctx: ctx, max: opts.MaxBytes, fn: fn, onErr: onErr}
	if r.max <= 0 {
		r.max = DefaultMaxBytes
	}
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		if p == "-" {
			err = r.stdin(stdin)
		} else {
			err = r.path(p)
		}
		if err != nil {
			return err
		}
	}
	return ctx.Err()
}

type docReader struct {
	ctx   context.Context
	max   int64
	fn    func(Document) error
	onErr func(ReadError)
}

func (r *docReader) report(source string, line int, err error) {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err // the path is already in Source
	}
	if r.onErr != nil {
		r.onErr(ReadError{Source: source, Line: line, Err: err})
	}
}

func (r *docReader) stdin(in io.Reader) error {
	if in == nil {
		r.report("-", 0, errors.New("no standard input"))
		return nil
	}
	raw, err := io.ReadAll(io.LimitReader(in, r.max+1))
	if err != nil {
		r.report("-", 0, err)
		return nil
	}
	return r.text("-", raw)
}

func (r *docReader) path(p string) error {
	info, err := os.Stat(p)
	if err != nil {
		r.report(p, 0, err)
		return nil
	}
	if !info.IsDir() {
		return r.file(p, info)
	}
	return filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if cerr := r.ctx.Err(); cerr != nil {
			return cerr
		}
		if err != nil {
			r.report(path, 0, err)
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if path != p && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !readExts[strings.ToLower(filepath.Ext(path))] {
			return nil
		}
		info, err := os.Stat(path) // follows a symlink to a file
		if err != nil {
			r.report(path, 0, err)
			return nil
		}
		if info.IsDir() {
			return nil // a symlink to a folder: not followed, to avoid cycles
		}
		return r.file(path, info)
	})
}

func (r *docReader) file(p string, info fs.FileInfo) error {
	if strings.EqualFold(filepath.Ext(p), ".jsonl") {
		return r.jsonl(p)
	}
	if info.Mode().IsRegular() && info.Size() > r.max {
		r.report(p, 0, fmt.Errorf("%w: %d bytes, the limit is %d", ErrTooLarge, info.Size(), r.max))
		return nil
	}
	f, err := os.Open(p)
	if err != nil {
		r.report(p, 0, err)
		return nil
	}
	raw, err := io.ReadAll(io.LimitReader(f, r.max+1))
	f.Close()
	if err != nil {
		r.report(p, 0, err)
		return nil
	}
	return r.text(p, raw)
}

// text checks and hands on one whole-file article.
func (r *docReader) text(source string, raw []byte) error {
	if int64(len(raw)) > r.max {
		r.report(source, 0, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, r.max))
		return nil
	}
	raw, err := decodeText(raw)
	if err != nil {
		r.report(source, 0, err)
		return nil
	}
	doc := Document{Source: source, Raw: raw}
	if iso, _, ok := leadingDate(bytes.TrimPrefix(raw, utf8BOM)); ok {
		doc.Published = iso
	}
	return r.fn(doc)
}

// decodeText converts UTF-16 with a byte-order mark to UTF-8 and rejects
// binary, invalid or empty text.
func decodeText(raw []byte) ([]byte, error) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		raw = fromUTF16(raw[2:], false)
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		raw = fromUTF16(raw[2:], true)
	}
	if err := checkText(raw); err != nil {
		return nil, err
	}
	return raw, nil
}

func fromUTF16(b []byte, bigEndian bool) []byte {
	u := make([]uint16, len(b)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	out := make([]byte, 0, len(b)*3/2)
	for _, r := range utf16.Decode(u) {
		out = utf8.AppendRune(out, r)
	}
	if len(b)%2 == 1 {
		out = utf8.AppendRune(out, utf8.RuneError) // a dangling byte
	}
	return out
}

func checkText(raw []byte) error {
	if bytes.IndexByte(raw, 0) >= 0 {
		return ErrBinary
	}
	if !utf8.Valid(raw) {
		return ErrNotUTF8
	}
	body := bytes.TrimPrefix(raw, utf8BOM)
	if _, end, ok := leadingDate(body); ok {
		body = body[end:]
	}
	if len(bytes.TrimFunc(body, func(r rune) bool {
		return unicode.IsSpace(r) || actionOf(r) != actKeep
	})) == 0 {
		return ErrEmpty
	}
	return nil
}

// jsonLine is one JSONL record.
type jsonLine struct {
	Text      *string `json:"text"`
	Title     string  `json:"title"`
	Published string  `json:"published"`
	URL       string  `json:"url"`
}

func (r *docReader) jsonl(p string) error {
	f, err := os.Open(p)
	if err != nil {
		r.report(p, 0, err)
		return nil
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 64<<10)
	var buf []byte
	for n := 1; ; n++ {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		var tooLong bool
		buf, tooLong, err = readLine(br, buf[:0], r.max)
		if err != nil && err != io.EOF {
			r.report(p, n, err)
			return nil
		}
		last := err == io.EOF
		line := bytes.TrimSpace(buf)
		if n == 1 {
			line = bytes.TrimPrefix(line, utf8BOM)
		}
		switch {
		case tooLong:
			r.report(p, n, fmt.Errorf("%w: line longer than %d bytes", ErrTooLarge, r.max))
		case len(line) == 0:
		default:
			doc, lerr := parseJSONLine(line)
			if lerr != nil {
				r.report(p, n, lerr)
				break
			}
			doc.Source = fmt.Sprintf("%s:%d", p, n)
			if ferr := r.fn(doc); ferr != nil {
				return ferr
			}
		}
		if last {
			return nil
		}
	}
}

// readLine reads one line (without its '\n') into buf. A line longer than
// max is read to its end but not kept, so one bad line costs no memory.
func readLine(br *bufio.Reader, buf []byte, max int64) ([]byte, bool, error) {
	tooLong := false
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(buf)+len(chunk)) > max+1 { // +1 for the '\n'
				tooLong, buf = true, buf[:0]
			} else {
				buf = append(buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		buf = bytes.TrimSuffix(buf, []byte{'\n'})
		if int64(len(buf)) > max {
			tooLong, buf = true, buf[:0]
		}
		return buf, tooLong, err
	}
}

func parseJSONLine(line []byte) (Document, error) {
	if !utf8.Valid(line) {
		return Document{}, ErrNotUTF8
	}
	var j jsonLine
	if err := json.Unmarshal(line, &j); err != nil {
		return Document{}, fmt.Errorf("bad JSON: %w", err)
	}
	if j.Text == nil {
		return Document{}, errors.New(`no "text" field`)
	}
	raw := []byte(*j.Text)
	if err := checkText(raw); err != nil {
		return Document{}, err
	}
	doc := Document{Raw: raw, Title: strings.TrimSpace(j.Title), URL: strings.TrimSpace(j.URL)}
	if j.Published != "" {
		iso, ok := publishedDate(j.Published)
		if !ok {
			return Document{}, fmt.Errorf("bad published date %q", j.Published)
		}
		doc.Published = iso
	} else if iso, _, ok := leadingDate(bytes.TrimPrefix(raw, utf8BOM)); ok {
		doc.Published = iso
	}
	return doc, nil
}

// publishedDate accepts an ISO date or an RFC 3339 time (with or without a
// zone) and returns the date as written, without converting zones: the
// date the publisher printed is the one the article's "hôm nay" means.
func publishedDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{"2006-01-02", time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05"} {
		if _, err := time.Parse(layout, s); err == nil {
			return s[:10], true
		}
	}
	return "", false
}

// leadingDate reads a first line "date YYYY-MM-DD" (leading spaces allowed,
// and whitespace or the end after the date), as some crawls prefix
// articles. It returns the ISO date and the offset just after it.
func leadingDate(b []byte) (string, int, bool) {
	i := 0
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n') {
		i++
	}
	if !bytes.HasPrefix(b[i:], []byte("date ")) || len(b) < i+15 {
		return "", 0, false
	}
	iso := string(b[i+5 : i+15])
	if _, err := time.Parse("2006-01-02", iso); err != nil {
		return "", 0, false
	}
	end := i + 15
	if end < len(b) && b[end] != ' ' && b[end] != '\t' && b[end] != '\r' && b[end] != '\n' {
		return "", 0, false
	}
	return iso, end, true
}
