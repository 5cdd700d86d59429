package prose

import (
	"bytes"
	"time"
)

// LeadingDate reads a first line "date YYYY-MM-DD" or "date YYYY-MM"
// (leading spaces allowed, and whitespace or the end after the date), as
// some crawls prefix articles. It returns the ISO date at the precision
// given and the offset just after it.
func LeadingDate(b []byte) (string, int, bool) {
	i := 0
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n') {
		i++
	}
	if !bytes.HasPrefix(b[i:], []byte("date ")) {
		return "", 0, false
	}
	for _, layout := range []string{"2006-01-02", "2006-01"} {
		end := i + 5 + len(layout)
		if len(b) < end {
			continue
		}
		iso := string(b[i+5 : end])
		if _, err := time.Parse(layout, iso); err != nil {
			continue
		}
		if end < len(b) && b[end] != ' ' && b[end] != '\t' && b[end] != '\r' && b[end] != '\n' {
			continue
		}
		return iso, end, true
	}
	return "", 0, false
}
