package main

import (
	"context"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"kg/bench"
	"kg/graph"
	"kg/pipeline"
)

// BenchOptions are what kg bench is asked to do.
type BenchOptions struct {
	IO          IOStreams
	Config      func() graph.Config
	Store       func(context.Context) (*graph.Store, error)
	Articles    int
	Seed        int64
	Runs        int    // timed runs of each prepared query
	Batch       int    // articles per write transaction of the ingests
	Dir         string // where to make the corpus folder and keep it ("": a temporary one)
	QueriesOnly bool
}

const benchLong = `Bench measures kg at scale, in one run against one Neo4j database, and
compares it with the limits of the machine and of Neo4j measured side by
side:

  1. it generates a corpus of --articles articles (kg gen) in a temporary
     folder, with the facts planted in each;
  2. extraction alone: articles/s and MB/s of article text, on one core
     and on all cores;
  3. the raw write limit: the rows of the extractions (one row per entity
     and per relationship an article yields) written by the simplest
     "UNWIND $rows AS r CREATE (n:RawRow) SET n = r", 10,000 rows per
     transaction, into an EMPTY database;
  4. kg ingest end to end (reading, extraction, writing: the code of
     "kg ingest") into an EMPTY database, and ingest_vs_raw: the same rows
     per second over the ingest's time, divided by the raw rows per second;
  5. a second kg ingest of the same corpus: its time, and the proof that it
     changed nothing (nodes and relationships per label and type, and the
     summed lengths of sources, evidence and aliases, before and after);
  6. each prepared query of cypher/: p50 and p95 latency over --runs runs,
     with parameters drawn from the graph (names of leaders, countries,
     organisations, summits in it; pairs of leaders who met), after 100
     untimed runs of every query with other parameters (the server's JIT
     compiler is busy with the queries' code during the first ones);
  7. the peak resident memory of this process (it ran steps 2 to 6);
  8. the recall and precision of the planted facts, per fact type.

It prints a table, and as its last line one JSON object with the figures.

THE DATABASE IS EMPTIED, several times: bench deletes every node and
relationship of the configured database (--uri, NEO4J_URI, ...) before
the raw writes, after them, and before the first ingest; the ingested
corpus stays in it at the end. Nothing else may use that database while
bench runs (the tests of this repository empty it too).

--queries-only times the prepared queries on the graph as it is, and
changes nothing.`

func NewCmdBench(f *Factory, runF func(context.Context, *BenchOptions) error) *cobra.Command {
	opts := &BenchOptions{IO: f.IO, Config: f.Config, Store: f.Store}
	cmd := &cobra.Command{
		Use:   "bench [--articles 10000] [--seed 1]",
		Short: "Measure extraction, ingest and queries at scale against the raw limits (EMPTIES the database)",
		Long:  benchLong,
		Example: `  kg bench                       # 10,000 articles, a few minutes
  kg bench --articles 100000     # the full run
  kg bench --articles 1000 --runs 20
  make bench`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.Articles < 1 || opts.Runs < 1 || opts.Batch < 1 {
				return fmt.Errorf("--articles, --runs and --batch must be at least 1")
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return benchRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().IntVar(&opts.Articles, "articles", 10000, "how many `articles` to generate and ingest")
	cmd.Flags().Int64Var(&opts.Seed, "seed", 1, "corpus `seed`")
	cmd.Flags().IntVar(&opts.Runs, "runs", 100, "timed `runs` of each prepared query")
	cmd.Flags().IntVar(&opts.Batch, "batch", pipeline.DefaultBatch, "articles per write `transaction` of the ingests")
	cmd.Flags().BoolVar(&opts.QueriesOnly, "queries-only", false, "only time the prepared queries, on the graph as it is (nothing is emptied or written)")
	cmd.Flags().StringVar(&opts.Dir, "dir", "", "make the temporary corpus folder in this `folder` and keep it (default: the system's temporary folder, removed at the end)")
	return cmd
}

// benchRun measures (package bench) and prints the table and the JSON line.
func benchRun(ctx context.Context, opts *BenchOptions) error {
	if opts.QueriesOnly {
		return benchQueries(ctx, opts)
	}
	dir, err := corpusDir(opts.Dir)
	if err != nil {
		return err
	}
	if opts.Dir == "" {
		defer os.RemoveAll(dir)
	}
	store, err := opts.Store(ctx)
	if err != nil {
		return err
	}
	defer store.Close(context.Background())
	if err := store.ApplySchema(ctx); err != nil {
		return err
	}
	r, err := bench.Run(ctx, store, bench.Config{
		Articles: opts.Articles, Seed: opts.Seed, Dir: dir, QueryRuns: opts.Runs, Log: opts.IO.Err,
		Target: opts.Config().Display(), Batch: opts.Batch,
	})
	if err != nil {
		return err
	}
	r.WriteTable(opts.IO.Out)
	fmt.Fprintf(opts.IO.Out, "%s\n", r.JSON())
	return nil
}

// benchQueries times the prepared queries on the graph as it is.
func benchQueries(ctx context.Context, opts *BenchOptions) error {
	store, err := opts.Store(ctx)
	if err != nil {
		return err
	}
	defer store.Close(context.Background())
	r, err := bench.RunQueries(ctx, store, opts.Runs, opts.Seed)
	if err != nil {
		return err
	}
	r.WriteQueries(opts.IO.Out)
	return nil
}

// corpusDir makes a temporary folder for the corpus, in keep if it is set.
func corpusDir(keep string) (string, error) {
	if keep != "" {
		if err := os.MkdirAll(keep, 0o755); err != nil {
			return "", fmt.Errorf("--dir: %w", err)
		}
	}
	dir, err := os.MkdirTemp(keep, "kg-bench-")
	if err != nil {
		return "", fmt.Errorf("make the corpus folder: %w", err)
	}
	return dir, nil
}
