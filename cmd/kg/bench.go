package main

import (
	"context"
	"fmt"
	"os"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"kg/bench"
	"kg/graph"
)

func newBenchCmd(streams IOStreams, v *viper.Viper) *cobra.Command {
	var (
		articles int
		seed     int64
		runs     int
		batch    int
		keep     string
		only     bool
	)
	cmd := &cobra.Command{
		Use:   "bench [--articles 10000] [--seed 1]",
		Short: "Measure extraction, ingest and queries at scale against the raw limits (EMPTIES the database)",
		Long: `Bench measures kg at scale, in one run against one Neo4j database, and
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
changes nothing.`,
		Example: `  kg bench                       # 10,000 articles, a few minutes
  kg bench --articles 100000     # the full run
  kg bench --articles 1000 --runs 20
  make bench`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if articles < 1 || runs < 1 || batch < 1 {
				return fmt.Errorf("--articles, --runs and --batch must be at least 1")
			}
			if only {
				store, err := openStore(cmd.Context(), v)
				if err != nil {
					return err
				}
				defer store.Close(context.Background())
				r, err := bench.RunQueries(cmd.Context(), store, runs, seed)
				if err != nil {
					return err
				}
				r.WriteQueries(streams.Out)
				return nil
			}
			if keep != "" {
				if err := os.MkdirAll(keep, 0o755); err != nil {
					return fmt.Errorf("--dir: %w", err)
				}
			}
			dir, err := os.MkdirTemp(keep, "kg-bench-")
			if err != nil {
				return fmt.Errorf("make the corpus folder: %w", err)
			}
			if keep == "" {
				defer os.RemoveAll(dir)
			}
			cfg := storeConfig(v)
			store, err := graph.Open(cmd.Context(), cfg)
			if err != nil {
				return err
			}
			defer store.Close(context.Background())
			if err := store.ApplySchema(cmd.Context()); err != nil {
				return err
			}
			r, err := bench.Run(cmd.Context(), store, bench.Config{
				Articles: articles, Seed: seed, Dir: dir, QueryRuns: runs, Log: streams.Err,
				Target: cfg.Display(), Batch: batch,
			})
			if err != nil {
				return err
			}
			r.WriteTable(streams.Out)
			fmt.Fprintf(streams.Out, "%s\n", r.JSON())
			return nil
		},
	}
	cmd.Flags().IntVar(&articles, "articles", 10000, "how many `articles` to generate and ingest")
	cmd.Flags().Int64Var(&seed, "seed", 1, "corpus `seed`")
	cmd.Flags().IntVar(&runs, "runs", 100, "timed `runs` of each prepared query")
	cmd.Flags().IntVar(&batch, "batch", defaultBatch, "articles per write `transaction` of the ingests")
	cmd.Flags().BoolVar(&only, "queries-only", false, "only time the prepared queries, on the graph as it is (nothing is emptied or written)")
	cmd.Flags().StringVar(&keep, "dir", "", "make the temporary corpus folder in this `folder` and keep it (default: the system's temporary folder, removed at the end)")
	return cmd
}
