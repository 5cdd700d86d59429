package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"kg/bench"
	"kg/cmdutil"
	"kg/graph"
	"kg/iostreams"
	"kg/pipeline"
)

// BenchOptions are what kg bench is asked to do.
type BenchOptions struct {
	IO          iostreams.IOStreams
	Config      func() graph.Config
	Store       func(context.Context) (*graph.Store, error)
	Articles    int
	Seed        int64
	Runs        int    // timed runs of each prepared query
	Batch       int    // articles per write transaction of the ingests
	Dir         string // where to make the corpus folder and keep it ("": a temporary one)
	QueriesOnly bool
}

func NewCmdBench(f *cmdutil.Factory, runF func(context.Context, *BenchOptions) error) *cobra.Command {
	opts := &BenchOptions{IO: f.IO, Config: f.Config, Store: f.Store}
	cmd := &cobra.Command{
		Use:   "bench [--articles 10000] [--seed 1]",
		Short: "Measure extraction, ingest and queries at scale against the raw limits (EMPTIES the database)",
		Long:  help("bench"),
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

// benchRun measures (package bench) and prints the table and the JSON
// line, or with --queries-only the query timings.
func benchRun(ctx context.Context, opts *BenchOptions) error {
	store, err := opts.Store(ctx)
	if err != nil {
		return err
	}
	defer store.Close(context.Background())
	if opts.QueriesOnly {
		r, err := bench.RunQueries(ctx, store, opts.Runs, opts.Seed)
		if err == nil {
			r.WriteQueries(opts.IO.Out)
		}
		return err
	}
	dir, remove, err := bench.CorpusDir(opts.Dir)
	if err != nil {
		return err
	}
	defer remove()
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
	return r.WriteReport(opts.IO.Out)
}
