package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGen(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new")
	code, out, errOut := kg(t, "", "gen", "--articles", "3", "--seed", "2", "--out", dir)
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, "wrote 3 articles to "+filepath.Join(dir, "corpus.jsonl")+" and their facts to "+filepath.Join(dir, "facts.jsonl")+"\n", out)
	for _, name := range []string{"corpus.jsonl", "facts.jsonl"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		require.NoError(t, err)
		assert.Equal(t, 3, strings.Count(string(b), "\n"), name)
	}
}

func TestGenAndBenchFlags(t *testing.T) {
	f, _, _ := testFactory(t, "", false)
	for _, tt := range []struct{ args, want string }{
		{"gen --articles 0 --out x", "--articles must be at least 1"},
		{"gen --articles 5", "--out DIR is required"},
		{"bench --runs 0", "--articles, --runs and --batch must be at least 1"},
		{"bench --batch 0", "--articles, --runs and --batch must be at least 1"},
		{"bench extra", `unknown command "extra"`},
	} {
		args := strings.Fields(tt.args)
		cmd := NewCmdGen(f, nil)
		if args[0] == "bench" {
			cmd = NewCmdBench(f, nil)
		}
		err := execute(cmd, args[1:]...)
		require.Error(t, err, tt.args)
		assert.Contains(t, err.Error(), tt.want, tt.args)
	}

	var got *BenchOptions
	cmd := NewCmdBench(f, func(_ context.Context, o *BenchOptions) error { got = o; return nil })
	require.NoError(t, execute(cmd, "--articles", "300", "--runs", "20", "--seed", "7", "--dir", "/tmp/x", "--queries-only"))
	assert.Equal(t, BenchOptions{IO: f.IO, Articles: 300, Runs: 20, Seed: 7, Batch: 1000, Dir: "/tmp/x", QueriesOnly: true},
		BenchOptions{IO: got.IO, Articles: got.Articles, Runs: got.Runs, Seed: got.Seed, Batch: got.Batch, Dir: got.Dir, QueriesOnly: got.QueriesOnly})
}

func TestEvalOptions(t *testing.T) {
	f, _, _ := testFactory(t, "", false)
	var got *EvalOptions
	cmd := NewCmdEval(f, func(_ context.Context, o *EvalOptions) error { got = o; return nil })
	require.NoError(t, execute(cmd, "--gold", "g.jsonl", "-v", "--format", "json", "--min", "overall=0.9", "--min", "strict=0.5", "a.txt"))
	assert.Equal(t, "g.jsonl", got.Gold)
	assert.True(t, got.Verbose)
	assert.Equal(t, "json", got.Format)
	assert.Equal(t, []string{"a.txt"}, got.Paths)
	require.Len(t, got.Floors, 2)
	assert.Equal(t, 0.9, got.Floors[0].Min)

	for args, want := range map[string]string{
		"--format xml a.txt":  `unknown format "xml": eval writes table or json`,
		"--min overall a.txt": `want TYPE=F1`,
		"":                    "no articles to score",
	} {
		err := execute(NewCmdEval(f, nil), strings.Fields(args)...)
		require.Error(t, err, args)
		assert.Contains(t, err.Error(), want, args)
	}
}
