package ingest

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestClauseCutExamples checks that each clause cut cuts the sentence it
// exists for.
func TestClauseCutExamples(t *testing.T) {
	for _, c := range clauseCuts {
		t.Run(c.name, func(t *testing.T) {
			var fired []string
			traceClauseCut = func(name string) { fired = append(fired, name) }
			defer func() { traceClauseCut = nil }()
			Extract(Document{Source: c.name, Raw: []byte(c.example), Published: "2025-06-01"})
			assert.Contains(t, fired, c.name, "%q", c.example)
		})
	}
}
