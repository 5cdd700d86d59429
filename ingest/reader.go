package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"kg/ingest/prose"
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

// Error returns "path:line: reason", or "path: reason" when there is no
// line, on one line: a path with a control character (a newline in a file
// name) is quoted as a Go string, and control characters in the reason
// are escaped (QuoteSource, OneLine), so that one bad item is one line.
func (e ReadError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", QuoteSource(e.Source), e.Line, OneLine(fmt.Sprint(e.Err)))
	}
	return fmt.Sprintf("%s: %s", QuoteSource(e.Source), OneLine(fmt.Sprint(e.Err)))
}

// QuoteSource returns a path as a report shows it: as it is, unless it
// holds a control character, other unprintable runes or bytes that are not
// UTF-8, and then quoted as a Go string ("evil\nname.txt"), so that a file
// name cannot start a line of its own in a report.
func QuoteSource(s string) string {
	for _, r := range s {
		if r == utf8.RuneError || !unicode.IsPrint(r) && r != ' ' {
			return strconv.Quote(s)
		}
	}
	return s
}

// OneLine returns s with its control characters escaped as in a Go string
// (a newline as \n), so that it prints as one line.
func OneLine(s string) string {
	if strings.IndexFunc(s, unicode.IsControl) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if unicode.IsControl(r) {
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Unwrap returns the underlying error.
func (e ReadError) Unwrap() error { return e.Err }

// Errors Read reports through ReadError.
var (
	ErrTooLarge = errors.New("too large")
	ErrBinary   = errors.New("binary content (NUL bytes)")
	ErrNotUTF8  = errors.New("not valid UTF-8")
	ErrNotUTF16 = errors.New("not valid UTF-16")
	ErrEmpty    = errors.New("empty article")
)

// readExts are the file kinds taken from folders; a file named explicitly
// is read whatever its name.
var readExts = map[string]bool{".txt": true, ".md": true, ".jsonl": true, ".html": true, ".htm": true}

// Read reads articles from paths and calls fn for each one, in order.
//
// A path is a file, a folder (walked recursively in lexical order, taking
// .txt, .md, .jsonl, .html and .htm files and skipping hidden files and
// folders), or "-" for stdin. In a folder, only regular files (or symlinks
// to them) are read: a FIFO, socket or device there is reported, not
// opened, since opening a FIFO would wait for a writer forever. A symbolic
// link to a folder is followed, unless the folder contains the link (a
// loop), which is reported; a folder reached by two paths is read twice
// (its articles are then unchanged the second time). A path
// named explicitly is read whatever it is, so `kg ingest <(curl ...)` works. A .jsonl file holds one JSON object a line with "text"
// (required), "title", "published" (ISO date or RFC 3339 time) and "url";
// it is streamed, and each line is a Document with Source "path:LINE".
// Any other file is one article; a leading line "date YYYY-MM-DD" sets its
// Published date (Raw keeps it; Normalize drops it).
//
// Text must be UTF-8; UTF-16 with a byte-order mark is converted to UTF-8
// (Raw then holds the UTF-8 bytes; invalid UTF-16 is reported as invalid
// UTF-8 is), and a UTF-8 byte-order mark is kept in Raw so that offsets
// still point into the file.
//
// HTML (a .html or .htm file, or text that starts with <!DOCTYPE html> or
// <html>) is turned into text of the same length: tags, comments, scripts
// and styles become spaces (block tags a line break), and a character
// reference becomes its character followed by DEL bytes, which the
// normaliser drops. So Raw keeps the length and layout of the file and
// evidence offsets still point into it. The <title> becomes the Title.
//
// Size is checked before reading: a regular file larger than MaxBytes is
// reported from its size alone, never read.
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
	return r.walk(p, []fs.FileInfo{info})
}

// walk reads the folder dir (its path as the reports show it) in lexical
// order: the files of the kinds of readExts and the folders in it, but
// hidden ones. A symbolic link to a folder is followed, unless the folder
// is dir or one that contains it (a loop), which is reported. into is the
// folders from the one named to dir, for that check.
func (r *docReader) walk(dir string, into []fs.FileInfo) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		r.report(dir, 0, err)
	}
	for _, d := range entries {
		if cerr := r.ctx.Err(); cerr != nil {
			return cerr
		}
		path := filepath.Join(dir, d.Name())
		if strings.HasPrefix(d.Name(), ".") {
			continue
		}
		if d.IsDir() {
			if err := r.folder(path, into); err != nil {
				return err
			}
			continue
		}
		link := d.Type()&fs.ModeSymlink != 0
		if !link && !readExts[strings.ToLower(filepath.Ext(path))] {
			continue
		}
		info, err := os.Stat(path) // follows a symlink
		if err != nil {
			if link && errors.Is(err, fs.ErrNotExist) {
				if !readExts[strings.ToLower(filepath.Ext(path))] {
					continue // a dangling link to something not read anyway
				}
				err = errors.New("dangling symbolic link")
			}
			r.report(path, 0, err)
			continue
		}
		switch {
		case info.IsDir():
			if err := r.folder(path, into); err != nil {
				return err
			}
		case !readExts[strings.ToLower(filepath.Ext(path))]:
		case !info.Mode().IsRegular():
			r.report(path, 0, fmt.Errorf("not a regular file (%s); name it explicitly to read it", fileKind(info.Mode())))
		default:
			if err := r.file(path, info); err != nil {
				return err
			}
		}
	}
	return nil
}

// folder walks the folder at path (reached through a symbolic link or
// not) from the folders into, unless it is one of them.
func (r *docReader) folder(path string, into []fs.FileInfo) error {
	info, err := os.Stat(path)
	if err != nil {
		r.report(path, 0, err)
		return nil
	}
	for _, up := range into {
		if os.SameFile(up, info) {
			r.report(path, 0, errors.New("symbolic link to a folder that contains it (a loop): not followed"))
			return nil
		}
	}
	return r.walk(path, append(into[:len(into):len(into)], info))
}

// fileKind names the kind of a file that is not a regular file.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "mode " + m.String()
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
	ext := strings.ToLower(filepath.Ext(source))
	if ext == ".html" || ext == ".htm" || looksLikeHTML(raw) {
		doc.Raw, doc.Title = htmlToText(raw)
		if err := checkText(doc.Raw); err != nil {
			r.report(source, 0, err)
			return nil
		}
	}
	if iso, _, ok := prose.LeadingDate(bytes.TrimPrefix(doc.Raw, prose.BOM)); ok {
		doc.Published = iso
	}
	return r.fn(doc)
}

// decodeText converts UTF-16 with a byte-order mark to UTF-8 and rejects
// binary, invalid or empty text.
func decodeText(raw []byte) ([]byte, error) {
	var err error
	switch {
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		raw, err = fromUTF16(raw[2:], false)
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		raw, err = fromUTF16(raw[2:], true)
	}
	if err != nil {
		return nil, err
	}
	if err := checkText(raw); err != nil {
		return nil, err
	}
	return raw, nil
}

// fromUTF16 converts UTF-16 (after its byte-order mark) to UTF-8. Like
// text that is not UTF-8, invalid UTF-16 is refused rather than read with
// U+FFFD in place of what it cannot decode: a surrogate without its pair,
// or a byte left over. The error says at which byte of the file (counting
// the byte-order mark).
func fromUTF16(b []byte, bigEndian bool) ([]byte, error) {
	unit := func(i int) uint16 {
		if bigEndian {
			return uint16(b[i])<<8 | uint16(b[i+1])
		}
		return uint16(b[i+1])<<8 | uint16(b[i])
	}
	out := make([]byte, 0, len(b)*3/2)
	i := 0
	for ; i+1 < len(b); i += 2 {
		u := unit(i)
		switch {
		case utf16.IsSurrogate(rune(u)) && u < 0xDC00 && i+3 < len(b):
			if r := utf16.DecodeRune(rune(u), rune(unit(i+2))); r != utf8.RuneError {
				out = utf8.AppendRune(out, r)
				i += 2
				continue
			}
			fallthrough
		case utf16.IsSurrogate(rune(u)):
			return nil, fmt.Errorf("%w at byte %d: a surrogate without its pair (convert the file to UTF-8)", ErrNotUTF16, i+2)
		}
		out = utf8.AppendRune(out, rune(u))
	}
	if i < len(b) {
		return nil, fmt.Errorf("%w at byte %d: an odd number of bytes (convert the file to UTF-8)", ErrNotUTF16, i+2)
	}
	return out, nil
}

func checkText(raw []byte) error {
	if bytes.IndexByte(raw, 0) >= 0 {
		return ErrBinary
	}
	if !utf8.Valid(raw) {
		return fmt.Errorf("%w at byte %d (convert the file to UTF-8)", ErrNotUTF8, firstInvalidUTF8(raw))
	}
	body := bytes.TrimPrefix(raw, prose.BOM)
	if _, end, ok := prose.LeadingDate(body); ok {
		body = body[end:]
	}
	if len(bytes.TrimFunc(body, func(r rune) bool {
		return prose.Blank(r)
	})) == 0 {
		return ErrEmpty
	}
	return nil
}

// firstInvalidUTF8 returns the offset of the first byte of b that does not
// start a valid UTF-8 sequence, or -1.
func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
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
	if head, _ := br.Peek(2); bytes.Equal(head, []byte{0xFF, 0xFE}) || bytes.Equal(head, []byte{0xFE, 0xFF}) {
		r.report(p, 0, errors.New("UTF-16 JSONL is not supported: convert the file to UTF-8"))
		return nil
	}
	var buf []byte
	for n := 1; ; n++ {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		var tooLong, binary bool
		buf, tooLong, binary, err = readLine(br, buf[:0], r.max)
		if err != nil && err != io.EOF {
			r.report(p, n, err)
			return nil
		}
		if binary { // a raw NUL byte: not JSON text at all, so not the rest either
			r.report(p, n, fmt.Errorf("%w; the rest of the file is skipped", ErrBinary))
			return nil
		}
		last := err == io.EOF
		line := bytes.TrimSpace(buf)
		if n == 1 {
			line = bytes.TrimPrefix(line, prose.BOM)
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
// A NUL byte stops it at once and sets binary.
func readLine(br *bufio.Reader, buf []byte, max int64) (line []byte, tooLong, binary bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if bytes.IndexByte(chunk, 0) >= 0 {
			return buf[:0], false, true, nil
		}
		if !tooLong {
			if int64(len(buf)+len(chunk)) > max+1 { // +1 for the '\n'
				tooLong, buf = true, buf[:0]
			} else {
				buf = append(growLine(buf, len(chunk), max+1), chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		buf = bytes.TrimSuffix(buf, []byte{'\n'})
		if int64(len(buf)) > max {
			tooLong, buf = true, buf[:0]
		}
		return buf, tooLong, false, err
	}
}

// growLine makes room for n more bytes in buf, at least doubling it and
// never past limit: a long line costs a few copies, not append's many
// quarter-size steps whose garbage outweighs the line itself.
func growLine(buf []byte, n int, limit int64) []byte {
	need := len(buf) + n
	if need <= cap(buf) {
		return buf
	}
	c := int64(max(2*cap(buf), need, 4096))
	if c > limit {
		c = max(limit, int64(need))
	}
	grown := make([]byte, len(buf), c)
	copy(grown, buf)
	return grown
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
	if looksLikeHTML(raw) {
		var title string
		doc.Raw, title = htmlToText(raw)
		if err := checkText(doc.Raw); err != nil {
			return Document{}, err
		}
		if doc.Title == "" {
			doc.Title = title
		}
	}
	if j.Published != "" {
		iso, ok := publishedDate(j.Published)
		if !ok {
			return Document{}, fmt.Errorf("bad published date %q", j.Published)
		}
		doc.Published = iso
	} else if iso, _, ok := prose.LeadingDate(bytes.TrimPrefix(raw, prose.BOM)); ok {
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

// looksLikeHTML reports whether raw starts, after a byte-order mark and
// white space, with <!DOCTYPE html> or <html>.
func looksLikeHTML(raw []byte) bool {
	b := bytes.TrimLeft(bytes.TrimPrefix(raw, prose.BOM), " \t\r\n")
	if len(b) > 16 {
		b = b[:16]
	}
	b = bytes.ToLower(b)
	return bytes.HasPrefix(b, []byte("<!doctype html")) || bytes.HasPrefix(b, []byte("<html"))
}

// blockTags are the HTML elements that start or end a line of text.
var blockTags = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "br": true, "dd": true, "div": true,
	"dl": true, "dt": true, "figcaption": true, "figure": true, "footer": true, "h1": true, "h2": true,
	"h3": true, "h4": true, "h5": true, "h6": true, "header": true, "hr": true, "li": true, "main": true,
	"nav": true, "ol": true, "p": true, "pre": true, "section": true, "table": true, "td": true, "th": true,
	"title": true, "tr": true, "ul": true,
}

// htmlToText returns the text of an HTML page with the same length as raw,
// so that byte offsets into it are offsets into the page: markup becomes
// spaces (a block tag starts with line breaks), the content of script and
// style elements and comments become spaces, and a character reference
// becomes its character padded with DEL bytes (dropped by the normaliser,
// so a word stays whole). A reference whose character is longer than
// itself is left alone. It also returns the text of the <title> element.
func htmlToText(raw []byte) ([]byte, string) {
	out := bytes.Clone(raw)
	blank := func(from, to int) {
		for k := from; k < to; k++ {
			if out[k] != '\n' && out[k] != '\r' {
				out[k] = ' '
			}
		}
	}
	title, titleAt := "", -1
	for i := 0; i < len(raw); {
		switch raw[i] {
		case '<':
			if bytes.HasPrefix(raw[i:], []byte("<!--")) {
				end := len(raw)
				if k := bytes.Index(raw[i+4:], []byte("-->")); k >= 0 {
					end = i + 4 + k + 3
				}
				blank(i, end)
				i = end
				continue
			}
			name, closing, ok := tagName(raw[i+1:])
			if !ok {
				i++ // a '<' in text
				continue
			}
			end := tagEnd(raw, i)
			blank(i, end)
			if blockTags[name] {
				out[i] = '\n'
				if end-i > 2 {
					out[i+1] = '\n'
				}
			}
			switch {
			case name == "title" && !closing:
				titleAt = end
			case name == "title" && closing && titleAt >= 0 && title == "":
				title = strings.Join(strings.Fields(html.UnescapeString(string(raw[titleAt:i]))), " ")
			case (name == "script" || name == "style") && !closing:
				stop := len(raw)
				if k := indexFold(raw[end:], "</"+name); k >= 0 {
					stop = end + k
				}
				blank(end, stop)
				end = stop
			}
			i = end
		case '&':
			end := entityEnd(raw, i)
			if end < 0 {
				i++
				continue
			}
			ref := string(raw[i:end])
			if dec := html.UnescapeString(ref); dec != ref && len(dec) <= len(ref) && utf8.ValidString(dec) && !strings.ContainsRune(dec, 0) {
				copy(out[i:], dec)
				for k := i + len(dec); k < end; k++ {
					out[k] = 0x7F
				}
			}
			i = end
		default:
			i++
		}
	}
	return out, title
}

// tagName reads the name of the tag that b (just after a '<') opens:
// "p", "/p" (closing), "!doctype". ok is false when b is not a tag.
func tagName(b []byte) (name string, closing, ok bool) {
	i := 0
	if i < len(b) && (b[i] == '/' || b[i] == '!' || b[i] == '?') {
		closing = b[i] == '/'
		i++
	}
	start := i
	for i < len(b) && i-start < 32 && (b[i] >= 'a' && b[i] <= 'z' || b[i] >= 'A' && b[i] <= 'Z' || b[i] >= '0' && b[i] <= '9' || b[i] == '-' && i > start) {
		i++
	}
	if i == start || !(b[start] >= 'a' && b[start] <= 'z' || b[start] >= 'A' && b[start] <= 'Z') {
		return "", false, false
	}
	return strings.ToLower(string(b[start:i])), closing, true
}

// tagEnd returns the offset just after the '>' that closes the tag at
// raw[i], skipping quoted attribute values; the end of raw if none does.
func tagEnd(raw []byte, i int) int {
	var quote byte
	for j := i + 1; j < len(raw); j++ {
		switch c := raw[j]; {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return j + 1
		}
	}
	if k := bytes.IndexByte(raw[i:], '>'); k >= 0 { // an unclosed quote
		return i + k + 1
	}
	return len(raw)
}

// entityEnd returns the offset just after the ';' of the character
// reference at raw[i] ("&amp;", "&#7879;", "&#x1EC7;"), or -1.
func entityEnd(raw []byte, i int) int {
	for j := i + 1; j < len(raw) && j-i <= 32; j++ {
		c := raw[j]
		switch {
		case c == ';':
			if j == i+1 {
				return -1
			}
			return j + 1
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '#' && j == i+1:
		default:
			return -1
		}
	}
	return -1
}

// indexFold is bytes.Index of an ASCII needle, ignoring case.
func indexFold(b []byte, needle string) int {
	n := len(needle)
	for i := 0; i+n <= len(b); i++ {
		if strings.EqualFold(string(b[i:i+n]), needle) {
			return i
		}
	}
	return -1
}
