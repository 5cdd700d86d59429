package main

import (
	"context"
	"fmt"
	"runtime"

	"github.com/spf13/cobra"

	"kg/cmdutil"
	"kg/graph"
	"kg/ingest"
	"kg/iostreams"
	"kg/output"
	"kg/pipeline"
)

// IngestOptions are what kg ingest is asked to do.
type IngestOptions struct {
	IO     iostreams.IOStreams
	Config func() graph.Config // the connection, for messages
	// Connect connects, applies the schema and returns the sink to write
	// batches of batch articles to, and what closes it.
	Connect  func(ctx context.Context, batch int) (pipeline.Sink, func(), error)
	Paths    []string
	Batch    int // articles per write transaction
	Workers  int // extraction goroutines
	MaxBytes int64
}

func NewCmdIngest(f *cmdutil.Factory, runF func(context.Context, *IngestOptions) error) *cobra.Command {
	opts := &IngestOptions{IO: f.IO, Config: f.Config, Connect: f.GraphSink}
	maxBytes := cmdutil.ByteSize(ingest.DefaultMaxBytes)
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Read articles, extract their facts and write them into Neo4j",
		Long:  help("ingest"),
		Example: `  kg ingest fixtures/articles
  kg ingest a.txt b.txt news/2024/
  cat article.txt | kg ingest -
  kg ingest --batch 500 --uri bolt://db.example:7687 corpus/`,
		Args: cmdutil.MinimumArgs(1, "no articles to read: give files, folders (read recursively) or - for standard input"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.Batch < 1 || opts.Workers < 1 {
				return fmt.Errorf("--batch and --workers must be at least 1")
			}
			opts.Paths, opts.MaxBytes = args, int64(maxBytes)
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return ingestRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().IntVar(&opts.Batch, "batch", pipeline.DefaultBatch, "articles per write `transaction`")
	cmd.Flags().IntVar(&opts.Workers, "workers", runtime.NumCPU(), "extraction `goroutines`")
	cmd.Flags().Var(&maxBytes, "max-bytes", "largest article file or JSONL line, e.g. 500KB, 10MB; larger ones are reported and skipped")
	return cmd
}

// ingestRun reads, extracts and writes, and prints the tally.
func ingestRun(ctx context.Context, opts *IngestOptions) error {
	sink, closeSink, err := opts.Connect(ctx, opts.Batch)
	if err != nil {
		return err
	}
	defer closeSink()
	rep := &output.Progress{W: opts.IO.Err, TTY: opts.IO.ErrTTY, MaxBytesFlag: true}
	t, err := pipeline.Ingester{
		Sink: sink, Batch: opts.Batch, Workers: opts.Workers,
		Read: ingest.ReadOptions{MaxBytes: opts.MaxBytes}, Stdin: opts.IO.In, Reporter: rep,
	}.Run(ctx, opts.Paths)
	rep.Done()
	fmt.Fprintln(opts.IO.Out, t)
	if err != nil {
		return cmdutil.IngestStopped(ctx, opts.Config(), t, err)
	}
	return cmdutil.Result(t.Bad(), t.Ingested+t.Unchanged)
}
