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
			assert.Contains(t, fired(&traceClauseCut, c.name, c.example), c.name, "%q", c.example)
		})
	}
}
