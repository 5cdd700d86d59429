package main

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"kg/graph"
	"kg/ingest"
	"kg/pipeline"
)

// IngestOptions are what kg ingest is asked to do.
type IngestOptions struct {
	IO     IOStreams
	Config func() graph.Config // the connection, for messages
	// Connect connects, applies the schema and returns the sink to write
	// batches of batch articles to, and what closes it.
	Connect  func(ctx context.Context, batch int) (pipeline.Sink, func(), error)
	Paths    []string
	Batch    int // articles per write transaction
	Workers  int // extraction goroutines
	MaxBytes int64
}

const ingestLong = `Ingest reads articles from files, from folders (recursively) and from
standard input ("-"), extracts their facts on all cores, and writes them
into Neo4j in batches, one transaction per batch. It applies the schema
first.

An article's id comes from its content, so ingesting the same text again
changes nothing: it is counted as unchanged. It also costs little: an
article already in the graph is recognised by its id before it is
extracted. Batches are written by one writer while the next ones are
extracted, in input order. Items that cannot be read,
extracted or written are reported on stderr as "path[:line]: reason" and
skipped; the others still land. At the end ingest prints:

  read N, ingested N, unchanged N, skipped N, failed N

Exit status: 0 when every item landed, 2 when some items were bad but
others landed, 1 on a fatal error (such as an unreachable database) or
when no item could be processed.

Bad input is reported and skipped: a missing or unreadable path, a file
or JSONL line larger than --max-bytes (judged from the file's size, before
reading), binary content, text that is not UTF-8 (UTF-16 with a byte-order
mark is converted), an empty article, a JSONL line that is not JSON, and in
folders anything that is not a regular file (a FIFO, a dangling link).
HTML (.html, .htm, or text starting with <html>) is read as its text:
tags become spaces, so evidence offsets still point into the file.

Each batch is one transaction: an article lands with all its facts or
not at all, except its standing facts (a leader represents a country, a
city is in a country, a country is a member of an organisation), which
thousands of articles restate: those are written every 10 batches and at
the end, and the article carries pending_facts until then. Transient database errors (a lost connection, a deadlock, a
restarting server) are retried with backoff for --retry-for; if the
server stays away, ingest stops with exit status 1, and running the same
command again finishes the job (articles already in the graph are
skipped, and their pending standing facts written). Several ingests may run at once, over the same files or not.`

func NewCmdIngest(f *Factory, runF func(context.Context, *IngestOptions) error) *cobra.Command {
	opts := &IngestOptions{IO: f.IO, Config: f.Config, Connect: graphSink(f)}
	maxBytes := byteSize(ingest.DefaultMaxBytes)
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Read articles, extract their facts and write them into Neo4j",
		Long:  ingestLong,
		Example: `  kg ingest fixtures/articles
  kg ingest a.txt b.txt news/2024/
  cat article.txt | kg ingest -
  kg ingest --batch 500 --uri bolt://db.example:7687 corpus/`,
		Args: cobra.MinimumNArgs(1),
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

// graphSink connects as f says and applies the schema; the sink is the
// graph writer of kg ingest.
func graphSink(f *Factory) func(context.Context, int) (pipeline.Sink, func(), error) {
	return func(ctx context.Context, batch int) (pipeline.Sink, func(), error) {
		store, err := f.Store(ctx)
		if err != nil {
			return nil, nil, err
		}
		closeStore := func() { store.Close(context.Background()) }
		if err := store.ApplySchema(ctx); err != nil {
			closeStore()
			return nil, nil, fatalWriteError(ctx, f.Config(), pipeline.Tally{}, err)
		}
		return pipeline.GraphSink(store, batch), closeStore, nil
	}
}

// ingestRun reads, extracts and writes, and prints the tally.
func ingestRun(ctx context.Context, opts *IngestOptions) error {
	sink, closeSink, err := opts.Connect(ctx, opts.Batch)
	if err != nil {
		return err
	}
	defer closeSink()
	rep := &progress{io: opts.IO, maxBytes: true}
	t, err := pipeline.Ingester{
		Sink: sink, Batch: opts.Batch, Workers: opts.Workers,
		Read: ingest.ReadOptions{MaxBytes: opts.MaxBytes}, Stdin: opts.IO.In, Reporter: rep,
	}.Run(ctx, opts.Paths)
	rep.done()
	fmt.Fprintln(opts.IO.Out, t)
	if err != nil {
		return fatalWriteError(ctx, opts.Config(), t, err)
	}
	return result(t, t.Ingested+t.Unchanged)
}

// fatalWriteError explains an error that stopped ingest after t.
func fatalWriteError(ctx context.Context, cfg graph.Config, t pipeline.Tally, err error) error {
	again := "no article is half written (a batch is one transaction); run the same command again to finish: articles already in the graph are skipped"
	switch {
	case ctx.Err() != nil:
		return fmt.Errorf("interrupted after %s; %s", t.Landed(), again)
	case graph.IsUnavailable(err):
		return fmt.Errorf("lost the connection to Neo4j at %s (or it kept failing) for longer than %s (--retry-for), after %s; %s. Last error: %s",
			cfg.Display(), retryFor(cfg), t.Landed(), again, shorten(err.Error(), 400))
	}
	return err
}

func retryFor(cfg graph.Config) time.Duration {
	if cfg.RetryFor > 0 {
		return cfg.RetryFor
	}
	return graph.DefaultRetryFor
}

// shorten keeps s on one line and at most n bytes.
func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > n {
		cut := n
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "..."
	}
	return s
}
