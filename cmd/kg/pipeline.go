package main

import (
	"context"
	"fmt"
	"io"
	"sync"
	"time"

	"kg/graph"
	"kg/ingest"
)

// The ingest pipeline:
//
//	reader ─┬─> docs ──> extract workers ─┬─> results ──> inOrder (batches)
//	        └─> check ──> precheck ───────┘    (articles the graph holds)
//	                         └─> docs (the new ones)
//
// While the graph already holds the articles read (a second ingest), the
// reader sends them to the precheck instead of the extractors: their ids
// are computed (normalising only: a sixth of extracting) and looked up a
// group at a time, and only the new ones are extracted. In a first ingest
// the precheck turns itself off after one group.
//
// Every document carries its place in the input; inOrder hands the
// outcomes over in that order. The reader stays at most window documents
// ahead of inOrder, which bounds the memory of everything in between.

// item is one document on its way and its outcome.
type item struct {
	seq int
	doc ingest.Document
	extracted
	unchanged bool // the graph holds it already (found by the precheck)
}

const (
	window     = 2000  // documents between the reader and inOrder, at most
	checkGroup = 500   // ids per lookup of the precheck
	probeEvery = 20000 // documents between two probes while the precheck is off
)

type pipeline struct {
	results chan *item
	readErr error // set when results is closed

	mu   sync.Mutex
	cond *sync.Cond
	next int // the seq inOrder waits for
}

// startPipeline starts reading, checking and extracting paths. Without a
// store (kg extract) nothing is checked against a graph.
func startPipeline(ctx context.Context, store *graph.Store, rep *reporter, paths []string, stdin io.Reader, opts ingest.ReadOptions, workers int) *pipeline {
	p := &pipeline{results: make(chan *item, 2*workers)}
	p.cond = sync.NewCond(&p.mu)
	go func() { // a reader waiting for inOrder sees the cancellation
		<-ctx.Done()
		p.mu.Lock()
		defer p.mu.Unlock()
		p.cond.Broadcast()
	}()
	docs := make(chan *item, workers)
	check := make(chan *item, workers)
	pre := &precheck{on: true}

	var senders sync.WaitGroup // to docs: the reader and the precheck
	var producers sync.WaitGroup
	senders.Add(2)
	producers.Add(1) // to results: the precheck (the workers below add themselves)
	go func() {
		defer senders.Done()
		defer close(check)
		defer func() {
			if r := recover(); r != nil {
				p.readErr = fmt.Errorf("reader failed: %v", r)
			}
		}()
		seq := 0
		p.readErr = ingest.Read(ctx, paths, stdin, opts, func(d ingest.Document) error {
			if !p.wait(ctx, seq) {
				return ctx.Err()
			}
			it := &item{seq: seq, doc: d}
			seq++
			to := docs
			if store != nil && pre.route() {
				to = check
			}
			select {
			case to <- it:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}, func(e ingest.ReadError) {
			rep.bad(e.Source, readErrorHint(e), func(t *tally) { t.skipped++ })
		})
	}()
	go func() {
		defer senders.Done()
		defer producers.Done()
		pre.run(ctx, store, check, docs, p.results, workers)
	}()
	go func() { senders.Wait(); close(docs) }()

	for range workers {
		producers.Add(1)
		go func() {
			defer producers.Done()
			for it := range docs {
				it.extracted = extract(it.doc)
				if it.err == nil && store != nil {
					it.err = graph.Check(it.ex)
				}
				it.doc = ingest.Document{} // the text is no longer needed
				select {
				case p.results <- it:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { producers.Wait(); close(p.results) }()
	return p
}

// wait blocks until the document seq may be read (it is less than window
// documents ahead of inOrder); false when ctx is done first.
func (p *pipeline) wait(ctx context.Context, seq int) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	for seq >= p.next+window {
		if ctx.Err() != nil {
			return false
		}
		p.cond.Wait()
	}
	return true
}

// inOrder calls fn for every document, in input order.
func (p *pipeline) inOrder(fn func(*item)) {
	held := map[int]*item{}
	next := 0
	for it := range p.results {
		held[it.seq] = it
		for {
			it, ok := held[next]
			if !ok {
				break
			}
			delete(held, next)
			fn(it)
			next++
		}
		p.mu.Lock()
		p.next = next
		p.mu.Unlock()
		p.cond.Broadcast()
	}
	// Cancelled: what is held may have gaps; it is done with in any order.
	for _, it := range held {
		fn(it)
	}
	p.mu.Lock()
	p.next = 1 << 62 // release the reader
	p.mu.Unlock()
	p.cond.Broadcast()
}

// precheck skips extracting articles the graph already holds. It is on at
// the start; a group of checked articles that are all new turns it off
// (a first ingest then pays nothing more), and after probeEvery documents
// it is on again for a group.
type precheck struct {
	mu    sync.Mutex
	on    bool
	since int // documents routed since it was turned off
}

// route reports whether the next document goes to the precheck.
func (c *precheck) route() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.on {
		if c.since++; c.since >= probeEvery {
			c.on, c.since = true, 0
		}
	}
	return c.on
}

func (c *precheck) set(on bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.on, c.since = on, 0
}

// run computes the ids of the documents from check on workers goroutines,
// looks them up a group at a time, sends the articles found to results as
// unchanged and the others to docs. When a lookup fails, the whole group
// goes to docs: the writer checks again anyway.
func (c *precheck) run(ctx context.Context, store *graph.Store, check <-chan *item, docs, results chan<- *item, workers int) {
	type withID struct {
		it *item
		id string
	}
	ided := make(chan withID, checkGroup)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range check {
				w := withID{it: it}
				func() {
					defer func() { recover() }() // the extractor will report it
					w.id = ingest.ArticleID(ingest.Normalize(it.doc.Raw))
				}()
				select {
				case ided <- w:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(ided) }()

	group := make([]withID, 0, checkGroup)
	flush := func() {
		ids := make([]string, 0, len(group))
		for _, w := range group {
			if w.id != "" {
				ids = append(ids, w.id)
			}
		}
		existing, err := store.ExistingArticles(ctx, ids)
		if err != nil {
			existing = nil
		}
		c.set(len(existing) > 0)
		for _, w := range group {
			to := docs
			if existing[w.id] {
				w.it.unchanged, w.it.source, w.it.doc = true, w.it.doc.Source, ingest.Document{}
				to = results
			}
			select {
			case to <- w.it:
			case <-ctx.Done():
			}
		}
		group = group[:0]
	}
	for w := range ided {
		// Take what is ready, up to a group; wait a little for more, so
		// that the last articles of an input are not kept waiting.
		group = append(group, w)
		timeout := time.After(20 * time.Millisecond)
	fill:
		for len(group) < checkGroup {
			select {
			case w, ok := <-ided:
				if !ok {
					break fill
				}
				group = append(group, w)
			case <-timeout:
				break fill
			}
		}
		flush()
	}
}
