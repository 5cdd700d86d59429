package clitest

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kg/graph"
)

// TestBench runs kg bench end to end on a small corpus against the real
// database, then times the queries twice more on the graph it left: the
// parameters are drawn from the seed and the graph, so the second and
// third runs ask the same questions and get as many rows.
func TestBench(t *testing.T) {
	emptyGraph(t)
	code, out, errOut := kg(t, "", "bench", "--articles", "300", "--runs", "20")
	require.Equal(t, 0, code, "stderr: %s", errOut)

	lines := strings.Split(strings.TrimSpace(out), "\n")
	var summary struct {
		Articles          int                `json:"articles"`
		ExtractMBPerS     float64            `json:"extract_mb_per_s"`
		RawRowsPerS       float64            `json:"raw_rows_per_s"`
		IngestVsRaw       float64            `json:"ingest_vs_raw"`
		ReingestUnchanged bool               `json:"reingest_unchanged"`
		QueryP95          map[string]float64 `json:"query_p95_ms"`
		PeakRSS           float64            `json:"peak_rss_mb"`
		Recall            map[string]float64 `json:"recall"`
	}
	require.NoError(t, json.Unmarshal([]byte(lines[len(lines)-1]), &summary), "the last line is one JSON object: %s", lines[len(lines)-1])
	assert.Equal(t, 300, summary.Articles)
	assert.Positive(t, summary.ExtractMBPerS)
	assert.Positive(t, summary.RawRowsPerS)
	assert.Positive(t, summary.IngestVsRaw)
	assert.True(t, summary.ReingestUnchanged, "the second ingest changed nothing")
	assert.Positive(t, summary.PeakRSS)
	for _, fact := range []string{"leaders", "meetings", "memberships", "agreements", "partnerships"} {
		assert.Greater(t, summary.Recall[fact], 0.9, "recall of %s", fact)
	}
	qs, err := graph.List()
	require.NoError(t, err)
	for _, q := range qs {
		assert.Positive(t, summary.QueryP95[q.Name], "p95 of %s", q.Name)
	}

	rowsPerRun := func() map[string]string {
		code, out, errOut := kg(t, "", "bench", "--queries-only", "--runs", "20")
		require.Equal(t, 0, code, "stderr: %s", errOut)
		rows := map[string]string{}
		for _, line := range strings.Split(out, "\n") {
			// query  p50 ms  p95 ms  max ms  rows/run  runs with no row
			if f := strings.Fields(line); len(f) == 6 {
				rows[f[0]] = f[4]
			}
		}
		return rows
	}
	first, second := rowsPerRun(), rowsPerRun()
	for _, q := range qs {
		assert.NotEmpty(t, first[q.Name], "query %s timed", q.Name)
	}
	assert.Equal(t, first, second, "the same parameters, so as many rows per run")
}
