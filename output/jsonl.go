package output

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"kg/model"
)

// ExtractionWriter writes extractions as kg extract's contract has them:
// one JSON object a line, entities and relations as lists (empty, never
// null).
type ExtractionWriter struct {
	buf *bufio.Writer
	enc *json.Encoder
}

// NewExtractionWriter returns a writer to w; Flush it at the end.
func NewExtractionWriter(w io.Writer) *ExtractionWriter {
	buf := bufio.NewWriter(w)
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	return &ExtractionWriter{buf: buf, enc: enc}
}

// Write writes one extraction on a line.
func (x *ExtractionWriter) Write(ex model.Extraction) error {
	if ex.Entities == nil {
		ex.Entities = []model.Entity{}
	}
	if ex.Relations == nil {
		ex.Relations = []model.Relation{}
	}
	if err := x.enc.Encode(ex); err != nil {
		return fmt.Errorf("write the extraction of %s: %w", ex.Article.Source, err)
	}
	return nil
}

// Flush writes what is buffered.
func (x *ExtractionWriter) Flush() error { return x.buf.Flush() }
