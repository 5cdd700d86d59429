package main

import (
	"context"
	"fmt"
	"runtime"
	"sync"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"kg/graph"
	"kg/ingest"
	"kg/model"
)

func newIngestCmd(streams IOStreams, v *viper.Viper) *cobra.Command {
	var batch, workers int
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Read articles, extract their facts and write them into Neo4j",
		Long: `Ingest reads articles from files, from folders (recursively) and from
standard input ("-"), extracts their facts on all cores, and writes them
into Neo4j in batches, one transaction per batch. It applies the schema
first.

An article's id comes from its content, so ingesting the same text again
changes nothing: it is counted as unchanged. Items that cannot be read,
extracted or written are reported on stderr as "path[:line]: reason" and
skipped; the others still land. At the end ingest prints:

  read N, ingested N, unchanged N, skipped N, failed N

Exit status: 0 when every item landed, 2 when some items were bad but
others landed, 1 on a fatal error (such as an unreachable database) or
when no item could be processed.`,
		Example: `  kg ingest fixtures/articles
  kg ingest a.txt b.txt news/2024/
  cat article.txt | kg ingest -
  kg ingest --batch 500 --uri bolt://db.example:7687 corpus/`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if batch < 1 || workers < 1 {
				return fmt.Errorf("--batch and --workers must be at least 1")
			}
			store, err := openStore(cmd.Context(), v)
			if err != nil {
				return err
			}
			defer store.Close(context.Background())
			if err := store.ApplySchema(cmd.Context()); err != nil {
				return err
			}
			t, err := runIngest(cmd.Context(), streams, store, args, batch, workers)
			fmt.Fprintln(streams.Out, t)
			if err != nil {
				return err
			}
			return t.result(t.ingested + t.unchanged)
		},
	}
	cmd.Flags().IntVar(&batch, "batch", 200, "articles per write `transaction`")
	cmd.Flags().IntVar(&workers, "workers", runtime.NumCPU(), "extraction `goroutines`")
	return cmd
}

// extracted is the outcome of extracting one document.
type extracted struct {
	source string
	ex     model.Extraction
	err    error
}

// runIngest reads, extracts (on workers goroutines) and writes (in batches
// of batch articles). It returns the tally and a fatal error, if any.
func runIngest(ctx context.Context, streams IOStreams, store *graph.Store, paths []string, batch, workers int) (tally, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	rep := &reporter{streams: streams}

	docs := make(chan ingest.Document)
	var readErr error
	go func() {
		defer close(docs)
		readErr = ingest.Read(ctx, paths, streams.In, ingest.ReadOptions{}, func(d ingest.Document) error {
			select {
			case docs <- d:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}, func(e ingest.ReadError) {
			rep.bad(e.Source, e, func(t *tally) { t.skipped++ })
		})
	}()

	results := make(chan extracted)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for d := range docs {
				r := extract(d)
				if r.err == nil {
					r.err = graph.Check(r.ex)
				}
				select {
				case results <- r:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	var pending []model.Extraction
	var fatal error
	flush := func() {
		if fatal == nil && len(pending) > 0 {
			fatal = write(ctx, store, rep, pending)
		}
		pending = pending[:0]
	}
	for r := range results {
		rep.add(func(t *tally) { t.read++ })
		if r.err != nil {
			rep.bad(r.source, r.err, func(t *tally) { t.failed++ })
			continue
		}
		if fatal != nil {
			continue
		}
		pending = append(pending, r.ex)
		if len(pending) >= batch {
			flush()
			if fatal != nil {
				cancel() // stop reading; drain what is in flight
			}
		}
	}
	flush()
	t := rep.done()
	if fatal != nil {
		return t, fatal
	}
	if ctx.Err() == nil && readErr != nil {
		return t, fmt.Errorf("read input: %w", readErr)
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

// write writes one batch. When the database rejects the batch, it writes
// the articles one by one so that one bad article costs only itself. It
// returns an error only when the database is unavailable.
func write(ctx context.Context, store *graph.Store, rep *reporter, exs []model.Extraction) error {
	res, err := store.Write(ctx, exs)
	if err == nil {
		rep.add(func(t *tally) { t.ingested += res.Articles; t.unchanged += res.Skipped })
		return nil
	}
	if graph.IsUnavailable(err) {
		return err
	}
	for _, ex := range exs {
		res, err := store.Write(ctx, []model.Extraction{ex})
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
