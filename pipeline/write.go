package pipeline

import (
	"context"
	"errors"
	"os"
	"runtime/debug"
	"time"

	"kg/graph"
	"kg/model"
)

// batchOf is a batch on its way to the sink: its extractions, and the
// batch built from them (nil when building it failed: the writer then
// goes article by article).
type batchOf struct {
	exs []model.Extraction
	b   *graph.Batch
}

// writer writes batches to the sink on a goroutine of its own, while the
// next ones are extracted. At most one full batch waits for it, so memory
// stays flat. Batches are built (graph.NewBatch: the writer's client-side
// work) by the sender, while the writer writes the one before.
type writer struct {
	sink    Sink
	c       *counter
	batches chan batchOf
	done    chan struct{}
	fatal   error // set by the writer's goroutine; read after done
}

// startWriter starts writing to sink; when the sink becomes unavailable it
// cancels the run.
func startWriter(ctx context.Context, cancel context.CancelFunc, sink Sink, c *counter) *writer {
	w := &writer{sink: sink, c: c, batches: make(chan batchOf, 1), done: make(chan struct{})}
	go func() {
		defer close(w.done)
		for b := range w.batches {
			if w.fatal != nil {
				continue // drain
			}
			if w.fatal = w.write(ctx, b.exs, b.b); w.fatal != nil {
				cancel() // stop reading; drain what is in flight
			}
		}
	}()
	return w
}

// send builds a batch of exs and hands it to the writer.
func (w *writer) send(ctx context.Context, exs []model.Extraction) {
	b, _ := graph.NewBatch(exs) // nil when it fails: write then goes article by article
	select {
	case w.batches <- batchOf{exs, b}:
	case <-ctx.Done():
	}
}

// close waits until the batches sent are written, then flushes the sink,
// unless it failed (and the run was not interrupted: then what landed is
// completed if the sink allows). It returns the error that stopped the
// writer, if any.
func (w *writer) close(ctx context.Context, interrupted bool) error {
	close(w.batches)
	<-w.done
	if w.fatal == nil || interrupted {
		if err := finish(ctx, w.sink); w.fatal == nil {
			w.fatal = err
		}
	}
	return w.fatal
}

// write writes one batch, b (built from exs; nil if it could not be).
// When the sink rejects the batch, it writes the articles one by one so
// that one bad article costs only itself. It returns an error only when
// the sink is unavailable.
func (w *writer) write(ctx context.Context, exs []model.Extraction, b *graph.Batch) error {
	if b != nil {
		res, err := w.sink.Write(ctx, b)
		if err == nil {
			w.c.add(func(t *Tally) { t.Ingested += res.Articles; t.Unchanged += res.Skipped })
			return nil
		}
		if graph.IsUnavailable(err) {
			w.inDoubt(err)
			return err
		}
	}
	for _, ex := range exs {
		one, err := graph.NewBatch([]model.Extraction{ex})
		var res graph.WriteResult
		if err == nil {
			res, err = w.sink.Write(ctx, one)
		}
		switch {
		case err == nil:
			w.c.add(func(t *Tally) { t.Ingested += res.Articles; t.Unchanged += res.Skipped })
		case graph.IsUnavailable(err):
			w.inDoubt(err)
			return err
		default:
			w.c.bad(ItemError{Source: ex.Article.Source, Err: err}, func(t *Tally) { t.Failed++ })
		}
	}
	return nil
}

// inDoubt counts the articles whose commit err says was cut off.
func (w *writer) inDoubt(err error) {
	var d *graph.CommitInDoubtError
	if errors.As(err, &d) {
		w.c.add(func(t *Tally) { t.InDoubt += d.Articles })
	}
}

// finish flushes the sink. Interrupted, it still tries for a while, so
// that what landed is complete; if it cannot, ingesting the same input
// again completes it.
func finish(ctx context.Context, sink Sink) error {
	if ctx.Err() != nil {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
		defer cancel()
	}
	return sink.Flush(ctx)
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
