// Package ingest turns raw article text into facts: it reads files,
// normalises Vietnamese news text, finds leaders, countries, organisations,
// meetings, memberships and agreements, and resolves them to stable keys.
// It knows nothing of Neo4j; its output is model.Extraction.
package ingest

import "kg/model"

// Document is one article as read from a file, a JSONL line or stdin.
type Document struct {
	Source    string // path as given ("-" for stdin); for JSONL "path:line"
	Raw       []byte // the bytes as read; evidence offsets point into Raw
	Title     string // from JSONL, else ""
	Published string // ISO date from JSONL or a leading " date YYYY-MM-DD" line, else ""
	URL       string
}

// Extract returns every fact doc states. A text longer than maxSegment
// is read in segments (see extractSegments).
func Extract(doc Document) model.Extraction {
	if len(doc.Raw) > maxSegment {
		return extractSegments(doc)
	}
	return extract(doc)
}
