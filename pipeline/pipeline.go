// Package pipeline is the heart of kg ingest and kg extract: it reads
// articles (files, folders, standard input), extracts their facts on every
// core and hands them over in input order, to a function (kg extract) or
// in batches to a Sink (kg ingest, kg bench), while the next ones are read
// and extracted:
//
//	reader ─┬─> docs ──> extract workers ─┬─> results ──> in order ──> Each
//	        └─> check ──> precheck ───────┘    (articles       └──> batches ──> Sink
//	                         └─> docs (the new ones)  the graph holds)
//
// While the sink already holds the articles read (a second ingest), the
// reader sends them to the precheck instead of the extractors: their ids
// are computed (normalising only: a sixth of extracting) and looked up a
// group at a time, and only the new ones are extracted. In a first ingest
// the precheck turns itself off after one group.
//
// Every document carries its place in the input and is handed over in
// that order, so that what lands does not depend on which worker was
// quicker. The reader stays at most window documents ahead, which bounds
// the memory of everything in between.
//
// The package prints nothing: a Reporter hears of bad items and progress.
package pipeline

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"sync"

	"kg/graph"
	"kg/ingest"
	"kg/model"
)

// Sink is where an Ingester writes its batches; a graph.Writer is one. Its
// methods are called from one goroutine at a time.
type Sink interface {
	// ExistingArticles returns which of the article ids the sink holds
	// with all their facts, so that they need not be extracted again.
	ExistingArticles(ctx context.Context, ids []string) (map[string]bool, error)
	// Write writes one batch, skipping the articles the sink holds. An
	// error for which graph.IsUnavailable holds stops the run; any other
	// makes the Ingester write the batch's articles one at a time.
	Write(ctx context.Context, b *graph.Batch) (graph.WriteResult, error)
	// Flush writes what the sink held back; it is called once, at the end.
	Flush(ctx context.Context) error
}

// DefaultBatch is the articles per batch (per write transaction). Each
// statement of a batch is one UNWIND per label or relationship type, a
// few thousand rows at most; fewer, larger transactions rewrite the
// sources lists of facts seen in many articles less often (see
// graph.MaxEvidence).
const DefaultBatch = 1000

// StandingEvery is how many batches' standing facts the sink of kg ingest
// holds back (see graph.Writer): written every 10,000 articles with the
// default batch.
const StandingEvery = 10

// GraphSink returns the sink kg ingest writes to: a writer on store that
// writes the standing facts of StandingEvery batches of batch articles at
// once.
func GraphSink(store *graph.Store, batch int) *graph.Writer {
	return store.NewWriter(StandingEvery * batch)
}

// An Ingester reads, extracts and writes. Its zero value extracts on every
// core and does nothing with the extractions.
type Ingester struct {
	// Sink receives the extractions in batches; nil: nothing is checked
	// against a graph or written.
	Sink Sink
	// Batch is the articles per batch, those found unchanged included
	// (DefaultBatch when 0).
	Batch int
	// Workers is the number of extracting goroutines (GOMAXPROCS when 0).
	Workers int
	// Read says how to read the sources; Stdin is what "-" reads.
	Read  ingest.ReadOptions
	Stdin io.Reader
	// Reporter hears of bad items and progress; it may be nil.
	Reporter Reporter
	// Each, when set, is called with every new extraction, in input order.
	// An error stops the run and is what Run returns.
	Each func(model.Extraction) error
}

// Tally counts the items of one run.
type Tally struct {
	Read      int // documents read
	Ingested  int // new articles written
	Unchanged int // articles the sink holds already
	Skipped   int // items that could not be read
	Failed    int // documents read but not extracted or not written
	// InDoubt counts the articles whose commit was cut off (the
	// connection was lost while committing, and the run stopped before it
	// could find out): they may be in the graph or not.
	InDoubt int
	Bytes   int64 // bytes of the documents read
}

// String is the summary line; ", in doubt N" ends it when a commit was
// cut off.
func (t Tally) String() string {
	s := fmt.Sprintf("read %d, ingested %d, unchanged %d, skipped %d, failed %d", t.Read, t.Ingested, t.Unchanged, t.Skipped, t.Failed)
	if t.InDoubt > 0 {
		s += fmt.Sprintf(", in doubt %d", t.InDoubt)
	}
	return s
}

// Landed says what landed, for a message: "1400 articles landed", and
// when a commit was cut off, how many more may have.
func (t Tally) Landed() string {
	s := fmt.Sprintf("%d articles landed", t.Ingested)
	if t.InDoubt > 0 {
		s += fmt.Sprintf(" (and %d more may have: the connection was lost while they were committed)", t.InDoubt)
	}
	return s
}

// Bad is the number of items that were skipped or failed.
func (t Tally) Bad() int { return t.Skipped + t.Failed }

// A Reporter hears what happens during a run, one call at a time.
type Reporter interface {
	// Bad reports an item that was skipped or failed: err is an
	// ingest.ReadError or an ItemError, which name the item. t counts it.
	Bad(err error, t Tally)
	// Progress reports the counts so far; it is called often.
	Progress(t Tally)
}

// ItemError is a document that could not be extracted or written.
type ItemError struct {
	Source string // the document's source: a path, path:line, or "-"
	Err    error
}

// Error returns "source: reason" on one line, as ingest.ReadError does.
func (e ItemError) Error() string {
	return ingest.QuoteSource(e.Source) + ": " + ingest.OneLine(e.Err.Error())
}

func (e ItemError) Unwrap() error { return e.Err }

// Run reads the sources (files, folders read recursively, "-" for Stdin),
// extracts them and hands the extractions on. It returns the tally, and an
// error when the run stopped: the context ended, the sink became
// unavailable, Each failed, or the input could not be read at all. Bad
// items are not errors: they are counted and reported.
func (in Ingester) Run(ctx context.Context, sources []string) (Tally, error) {
	in = in.withDefaults()
	if in.Sink != nil {
		tuneGC()
	}
	interrupted := ctx.Err
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	c := &counter{rep: in.Reporter}
	s := startStream(ctx, in, c, sources)
	var w *writer
	if in.Sink != nil {
		w = startWriter(ctx, cancel, in.Sink, c)
	}
	eachErr := in.handOver(ctx, cancel, s, w, c)
	var fatal error
	if w != nil {
		fatal = w.close(ctx, interrupted() != nil)
	}
	t := c.total()
	switch {
	case eachErr != nil:
		return t, eachErr
	case fatal != nil:
		return t, fatal
	case ctx.Err() == nil && s.readErr != nil:
		return t, fmt.Errorf("read input: %w", s.readErr)
	}
	return t, ctx.Err()
}

func (in Ingester) withDefaults() Ingester {
	if in.Batch <= 0 {
		in.Batch = DefaultBatch
	}
	if in.Workers <= 0 {
		in.Workers = runtime.GOMAXPROCS(0)
	}
	return in
}

// handOver takes the outcomes in input order: it counts them, calls Each
// and sends batches to w. It returns the error of Each, if any.
func (in Ingester) handOver(ctx context.Context, cancel context.CancelFunc, s *stream, w *writer, c *counter) error {
	var eachErr error
	pending := make([]model.Extraction, 0, in.Batch)
	fill := 0 // articles of the batch, found unchanged ones included
	s.inOrder(func(it *item) {
		c.add(func(t *Tally) {
			t.Read++
			t.Bytes += int64(it.bytes)
			if it.unchanged {
				t.Unchanged++
			}
		})
		if it.err != nil {
			c.bad(ItemError{Source: it.source, Err: it.err}, func(t *Tally) { t.Failed++ })
			return
		}
		if in.Each != nil && eachErr == nil && !it.unchanged {
			if eachErr = in.Each(it.ex); eachErr != nil {
				cancel() // stop reading
			}
		}
		if w == nil || ctx.Err() != nil {
			return
		}
		if !it.unchanged {
			pending = append(pending, it.ex)
		}
		if fill++; fill >= in.Batch {
			if len(pending) > 0 {
				w.send(ctx, pending)
				pending = make([]model.Extraction, 0, in.Batch)
			}
			fill = 0
		}
	})
	if w != nil && len(pending) > 0 {
		w.send(ctx, pending)
	}
	return eachErr
}

// counter keeps the tally of a run and tells the reporter.
type counter struct {
	mu  sync.Mutex
	t   Tally
	rep Reporter
}

// add counts with count.
func (c *counter) add(count func(*Tally)) {
	c.mu.Lock()
	defer c.mu.Unlock()
	count(&c.t)
	if c.rep != nil {
		c.rep.Progress(c.t)
	}
}

// bad counts one bad item, err, with count and reports it.
func (c *counter) bad(err error, count func(*Tally)) {
	c.mu.Lock()
	defer c.mu.Unlock()
	count(&c.t)
	if c.rep != nil {
		c.rep.Bad(err, c.t)
	}
}

func (c *counter) total() Tally {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}
