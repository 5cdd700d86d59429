package main

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kg/graph"
)

func TestStatsRows(t *testing.T) {
	st := graph.Stats{Labels: map[string]int64{"Leader": 2, "Article": 3}, Types: map[string]int64{"MET_AT": 4, "HELD_IN": 1}}
	assert.Equal(t, []map[string]any{
		{"kind": "label", "name": "Article", "count": int64(3)},
		{"kind": "label", "name": "Leader", "count": int64(2)},
		{"kind": "relationship", "name": "HELD_IN", "count": int64(1)},
		{"kind": "relationship", "name": "MET_AT", "count": int64(4)},
	}, statsRows(st))
}

func TestStatsAndSchemaFlags(t *testing.T) {
	f, _, _ := testFactory(t, "", false)
	var got *StatsOptions
	require.NoError(t, execute(NewCmdStats(f, func(_ context.Context, o *StatsOptions) error { got = o; return nil }), "-f", "csv"))
	assert.Equal(t, format("csv"), got.Format)

	err := execute(NewCmdStats(f, nil), "--format", "xml")
	require.Error(t, err, "before connecting")
	assert.Contains(t, err.Error(), `unknown format "xml"`)

	err = execute(NewCmdSchema(f, nil), "extra")
	require.Error(t, err)
	assert.Contains(t, err.Error(), `unknown command "extra"`)
	ran := false
	require.NoError(t, execute(NewCmdSchema(f, func(context.Context, *SchemaOptions) error { ran = true; return nil })))
	assert.True(t, ran)
}
