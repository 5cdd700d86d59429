package main

import (
	"context"
	"io"
	"testing"

	"github.com/spf13/cobra"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kg/graph"
	"kg/output"
)

// execute runs cmd, alone, with args.
func execute(cmd *cobra.Command, args ...string) error {
	cmd.SetArgs(args)
	cmd.SetOut(io.Discard)
	cmd.SetErr(io.Discard)
	return cmd.Execute()
}

func TestQueryOptions(t *testing.T) {
	f, _, _ := testFactory(t, "", false)
	var got *QueryOptions
	cmd := NewCmdQuery(f, func(_ context.Context, o *QueryOptions) error { got = o; return nil })
	require.NoError(t, execute(cmd, "name-search", "-p", "q=tap can binh", "--format", "json"))
	assert.Equal(t, "name-search", got.Query.Name)
	assert.NotEmpty(t, got.Query.Cypher)
	assert.Equal(t, map[string]any{"q": "tap can binh"}, got.Params)
	assert.Equal(t, output.JSON, got.Format)
	assert.Empty(t, got.Cypher)

	cmd = NewCmdQuery(f, func(_ context.Context, o *QueryOptions) error { got = o; return nil })
	require.NoError(t, execute(cmd, "--cypher", "MATCH (n) RETURN n", "--write", "-p", "a=1", "-p", "b=x=y"))
	assert.Equal(t, "MATCH (n) RETURN n", got.Cypher)
	assert.True(t, got.Write)
	assert.Equal(t, map[string]any{"a": "1", "b": "x=y"}, got.Params)
	assert.Equal(t, output.Table, got.Format, "the default")
}

// Bad flags and names fail before kg connects (the test factory fails a
// test that connects).
func TestQueryFailsBeforeConnecting(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"overview", "--format", "xml"}, `invalid argument "xml" for "-f, --format" flag: unknown format "xml": use one of table, json, csv`},
		{[]string{"--cypher", "RETURN 1", "-f", "yaml"}, `unknown format "yaml"`},
		{[]string{"nope"}, `no prepared query "nope"; there are: agreements-of, co-attendance,`},
		{[]string{"name-search", "--param", "q"}, `--param "q": want name=value`},
		{[]string{"overview", "--write"}, "--write goes with --cypher; prepared queries only read"},
		{[]string{}, "name one query (kg query --list shows them)"},
		{[]string{"--list", "overview"}, "--list takes no query name"},
		{[]string{"--cypher", "RETURN 1", "overview"}, "--cypher takes no query name and no --list"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			f, _, _ := testFactory(t, "", false)
			err := execute(NewCmdQuery(f, nil), tt.args...)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

// --list needs no database: the prepared queries are in the binary.
func TestQueryList(t *testing.T) {
	f, out, _ := testFactory(t, "", false)
	require.NoError(t, execute(NewCmdQuery(f, nil), "--list"))
	qs, err := graph.List()
	require.NoError(t, err)
	for _, q := range qs {
		assert.Contains(t, out.String(), q.Name+"  ")
		assert.Contains(t, out.String(), q.Question)
	}
	assert.Contains(t, out.String(), "  --param q=...  any part of a name")
	assert.Contains(t, out.String(), "(optional)")
}
