package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"kg/graph"
	"kg/ingest"
	"kg/model"
)

// defaultBatch is the articles per write transaction. Each statement of a
// batch is one UNWIND per label or relationship type, a few thousand rows
// at most; fewer, larger transactions rewrite the sources lists of facts
// seen in many articles less often (see graph.MaxEvidence).
const defaultBatch = 1000

func newIngestCmd(streams IOStreams, v *viper.Viper) *cobra.Command {
	var batch, workers int
	maxBytes := byteSize(ingest.DefaultMaxBytes)
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Read articles, extract their facts and write them into Neo4j",
		Long: `Ingest reads articles from files, from folders (recursively) and from
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
skipped, and their pending standing facts written). Several ingests may run at once, over the same files or not.`,
		Example: `  kg ingest fixtures/articles
  kg ingest a.txt b.txt news/2024/
  cat article.txt | kg ingest -
  kg ingest --batch 500 --uri bolt://db.example:7687 corpus/`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if batch < 1 || workers < 1 {
				return fmt.Errorf("--batch and --workers must be at least 1")
			}
			cfg := storeConfig(v)
			store, err := graph.Open(cmd.Context(), cfg)
			if err != nil {
				return err
			}
			defer store.Close(context.Background())
			if err := store.ApplySchema(cmd.Context()); err != nil {
				return fatalWriteError(cmd.Context(), cfg, tally{}, err)
			}
			t, err := runIngest(cmd.Context(), streams, store, args, batch, workers, ingest.ReadOptions{MaxBytes: int64(maxBytes)})
			fmt.Fprintln(streams.Out, t)
			if err != nil {
				return fatalWriteError(cmd.Context(), cfg, t, err)
			}
			return t.result(t.ingested + t.unchanged)
		},
	}
	cmd.Flags().IntVar(&batch, "batch", defaultBatch, "articles per write `transaction`")
	cmd.Flags().IntVar(&workers, "workers", runtime.NumCPU(), "extraction `goroutines`")
	cmd.Flags().Var(&maxBytes, "max-bytes", "largest article file or JSONL line, e.g. 500KB, 10MB; larger ones are reported and skipped")
	return cmd
}

// fatalWriteError explains an error that stopped ingest after t.
func fatalWriteError(ctx context.Context, cfg graph.Config, t tally, err error) error {
	again := "no article is half written (a batch is one transaction); run the same command again to finish: articles already in the graph are skipped"
	switch {
	case ctx.Err() != nil:
		return fmt.Errorf("interrupted after %d articles landed; %s", t.ingested, again)
	case graph.IsUnavailable(err):
		return fmt.Errorf("lost the connection to Neo4j at %s (or it kept failing) for longer than %s (--retry-for), after %d articles landed; %s. Last error: %s",
			cfg.Display(), retryFor(cfg), t.ingested, again, shorten(err.Error(), 400))
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

// readErrorHint adds to a read error the flag that sets the limit it hit.
func readErrorHint(e ingest.ReadError) ingest.ReadError {
	if errors.Is(e.Err, ingest.ErrTooLarge) {
		e.Err = fmt.Errorf("%w (raise the limit with --max-bytes)", e.Err)
	}
	return e
}

// extracted is the outcome of extracting one document.
type extracted struct {
	source string
	ex     model.Extraction
	err    error
}

// runIngest reads, extracts (on workers goroutines) and writes (in batches
// of batch articles). It returns the tally and a fatal error, if any.
//
// The articles of a batch are those of a sequential run: batch after batch
// of input order (see inOrder), so that the graph does not depend on which
// worker was quicker.
func runIngest(ctx context.Context, streams IOStreams, store *graph.Store, paths []string, batch, workers int, opts ingest.ReadOptions) (tally, error) {
	tuneGC()
	interrupted := ctx.Err
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	rep := &reporter{streams: streams}
	p := startPipeline(ctx, store, rep, paths, streams.In, opts, workers)

	// One writer writes each batch while the workers extract the next one;
	// at most one full batch waits for it, so memory stays flat. Batches
	// are built (graph.NewBatch: the writer's client-side work) here,
	// while the writer writes the one before.
	type batchOf struct {
		exs []model.Extraction
		b   *graph.Batch
	}
	batches := make(chan batchOf, 1)
	writer := store.NewWriter(standingEvery * batch)
	var fatal error
	written := make(chan struct{})
	go func() {
		defer close(written)
		for b := range batches {
			if fatal != nil {
				continue // drain
			}
			if fatal = write(ctx, writer, rep, b.exs, b.b); fatal != nil {
				cancel() // stop reading; drain what is in flight
			}
		}
	}()
	send := func(exs []model.Extraction) {
		b, _ := graph.NewBatch(exs) // nil when it fails: write then goes article by article
		select {
		case batches <- batchOf{exs, b}:
		case <-ctx.Done():
		}
	}
	pending := make([]model.Extraction, 0, batch)
	fill := 0 // articles of the batch, found unchanged ones included
	p.inOrder(func(it *item) {
		rep.add(func(t *tally) {
			t.read++
			if it.unchanged {
				t.unchanged++
			}
		})
		switch {
		case it.err != nil:
			rep.bad(it.source, it.err, func(t *tally) { t.failed++ })
			return
		case ctx.Err() != nil:
			return
		case !it.unchanged:
			pending = append(pending, it.ex)
		}
		if fill++; fill >= batch {
			if len(pending) > 0 {
				send(pending)
				pending = make([]model.Extraction, 0, batch)
			}
			fill = 0
		}
	})
	if len(pending) > 0 {
		send(pending)
	}
	close(batches)
	<-written
	if fatal == nil || interrupted() != nil {
		if err := finish(ctx, writer); fatal == nil {
			fatal = err
		}
	}
	t := rep.done()
	if fatal != nil {
		return t, fatal
	}
	if ctx.Err() == nil && p.readErr != nil {
		return t, fmt.Errorf("read input: %w", p.readErr)
	}
	return t, ctx.Err()
}

// extract runs the extractor on d; a panic is an error of that document.
func extract(d ingest.Document) (r extracted) {
	r.source = d.Source
	defer func() {
		if p := recover(); p != nil {
			r.err = fmt.Errorf("extractor failed: %v", p)
		}
	}()
	r.ex = ingest.Extract(d)
	return r
}

// tuneGC makes the garbage collector run less often than Go's default,
// unless GOGC or GOMEMLIMIT say otherwise. Ingest allocates fast and keeps
// little, and the database it writes to usually shares the machine: at the
// default, collecting took a sixth of kg's CPU time. The memory limit
// keeps the heap bounded all the same.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(300)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(400 << 20)
	}
}

// standingEvery is how many batches' standing facts (see graph.Writer) the
// writer holds back: written every 10,000 articles with the default batch.
const standingEvery = 10

// finish writes the standing facts the writer holds back. Interrupted, it
// still tries for a while, so that what landed is complete; if it cannot,
// ingesting the same input again completes it.
func finish(ctx context.Context, writer *graph.Writer) error {
	if ctx.Err() != nil {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
		defer cancel()
	}
	return writer.Flush(ctx)
}

// write writes one batch, b (built from exs; nil if it could not be).
// When the database rejects the batch, it writes the articles one by one
// so that one bad article costs only itself. It returns an error only when
// the database is unavailable.
func write(ctx context.Context, writer *graph.Writer, rep *reporter, exs []model.Extraction, b *graph.Batch) error {
	if b != nil {
		res, err := writer.Write(ctx, b)
		if err == nil {
			rep.add(func(t *tally) { t.ingested += res.Articles; t.unchanged += res.Skipped })
			return nil
		}
		if graph.IsUnavailable(err) {
			return err
		}
	}
	for _, ex := range exs {
		one, err := graph.NewBatch([]model.Extraction{ex})
		var res graph.WriteResult
		if err == nil {
			res, err = writer.Write(ctx, one)
		}
		switch {
		case err == nil:
			rep.add(func(t *tally) { t.ingested += res.Articles; t.unchanged += res.Skipped })
		case graph.IsUnavailable(err):
			return err
		default:
			rep.bad(ex.Article.Source, err, func(t *tally) { t.failed++ })
		}
	}
	return nil
}
