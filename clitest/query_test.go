package clitest

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A name that resolves other than exactly is said in one line on stderr,
// never on stdout, which stays the JSON it was asked for; an exact name is
// silent.
func TestQueryNamesTheMatch(t *testing.T) {
	emptyGraph(t)
	code, _, errOut := kg(t, "", "ingest", fixtures)
	require.Equal(t, 0, code, errOut)
	tests := []struct {
		args    []string
		wantErr string
	}{
		{[]string{"query", "leader-timeline", "--param", "leader=Puttin", "--format", "json"}, "leader \"Puttin\": Vladimir Putin (closest match)\n"},
		{[]string{"query", "co-attendance", "--param", "leader=tap can binh", "--format", "json"}, "leader \"tap can binh\": Xi Jinping (the name without diacritics)\n"},
		{[]string{"query", "co-attendance", "--param", "leader=Vladimir Putin", "--format", "json"}, ""},
		{[]string{"query", "co-attendance", "--param", "leader=vladimir-putin", "--format", "json"}, ""},
	}
	for _, tt := range tests {
		code, out, errOut := kg(t, "", tt.args...)
		require.Equal(t, 0, code, errOut)
		assert.Equal(t, tt.wantErr, errOut, tt.args)
		var rows []map[string]any
		require.NoError(t, json.Unmarshal([]byte(out), &rows), "stdout is JSON only: %s", out)
		assert.NotEmpty(t, rows, tt.args)
	}
}

// A misspelt parameter is an error that names the closest parameter and
// all the query takes, before anything runs.
func TestQueryUnknownParameter(t *testing.T) {
	code, out, errOut := kg(t, "", "query", "leader-timeline", "--param", "leadr=Putin")
	assert.Equal(t, 1, code)
	assert.Empty(t, out)
	assert.Equal(t, "kg: query leader-timeline has no parameter \"leadr\"; did you mean leader? It takes: leader, limit\n", errOut)
}
