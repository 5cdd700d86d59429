package main

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kg/output"
)

func TestStatsAndSchemaFlags(t *testing.T) {
	f, _, _ := testFactory(t, "", false)
	var got *StatsOptions
	require.NoError(t, execute(NewCmdStats(f, func(_ context.Context, o *StatsOptions) error { got = o; return nil }), "-f", "csv"))
	assert.Equal(t, output.CSV, got.Format)

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
