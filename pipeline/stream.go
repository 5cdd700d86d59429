package pipeline

import (
	"context"
	"fmt"
	"sync"
	"time"

	"kg/graph"
	"kg/ingest"
	"kg/ingest/prose"
	"kg/model"
)

// item is one document on its way and its outcome.
type item struct {
	seq       int
	doc       ingest.Document
	bytes     int // of the document as read
	source    string
	ex        model.Extraction
	err       error
	unchanged bool // the sink holds it already (found by the precheck)
}

const (
	window     = 2000  // documents between the reader and inOrder, at most
	checkGroup = 500   // ids per lookup of the precheck
	probeEvery = 20000 // documents between two probes while the precheck is off
)

// stream reads, checks and extracts documents and hands over the outcomes.
type stream struct {
	results chan *item
	readErr error // set when results is closed

	mu   sync.Mutex
	cond *sync.Cond
	next int // the seq inOrder waits for
}

// startStream starts reading, checking and extracting sources. Without a
// sink nothing is checked against a graph.
func startStream(ctx context.Context, in Ingester, c *counter, sources []string) *stream {
	s := &stream{results: make(chan *item, 2*in.Workers)}
	s.cond = sync.NewCond(&s.mu)
	go func() { // a reader waiting for inOrder sees the cancellation
		<-ctx.Done()
		s.mu.Lock()
		defer s.mu.Unlock()
		s.cond.Broadcast()
	}()
	docs := make(chan *item, in.Workers)
	check := make(chan *item, in.Workers)
	pre := &precheck{on: true}

	var senders sync.WaitGroup // to docs: the reader and the precheck
	var producers sync.WaitGroup
	senders.Add(2)
	producers.Add(1) // to results: the precheck (the workers below add themselves)
	go func() {
		defer senders.Done()
		defer close(check)
		s.read(ctx, in, c, sources, pre, docs, check)
	}()
	go func() {
		defer senders.Done()
		defer producers.Done()
		pre.run(ctx, in.Sink, check, docs, s.results, in.Workers)
	}()
	go func() { senders.Wait(); close(docs) }()

	for range in.Workers {
		producers.Add(1)
		go func() {
			defer producers.Done()
			s.extract(ctx, docs, in.Sink != nil)
		}()
	}
	go func() { producers.Wait(); close(s.results) }()
	return s
}

// read reads the sources into docs, or into check while the precheck is
// on; it sets readErr.
func (s *stream) read(ctx context.Context, in Ingester, c *counter, sources []string, pre *precheck, docs, check chan<- *item) {
	defer func() {
		if r := recover(); r != nil {
			s.readErr = fmt.Errorf("reader failed: %v", r)
		}
	}()
	seq := 0
	s.readErr = ingest.Read(ctx, sources, in.Stdin, in.Read, func(d ingest.Document) error {
		if !s.wait(ctx, seq) {
			return ctx.Err()
		}
		it := &item{seq: seq, doc: d, bytes: len(d.Raw)}
		seq++
		to := docs
		if in.Sink != nil && pre.route() {
			to = check
		}
		select {
		case to <- it:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}, func(e ingest.ReadError) {
		c.bad(e, func(t *Tally) { t.Skipped++ })
	})
}

// extract extracts the documents of docs into results; checked, what is
// extracted is also checked for writing (graph.Check).
func (s *stream) extract(ctx context.Context, docs <-chan *item, checked bool) {
	for it := range docs {
		it.source = it.doc.Source
		it.ex, it.err = extract(it.doc)
		if it.err == nil && checked {
			it.err = graph.Check(it.ex)
		}
		it.doc = ingest.Document{} // the text is no longer needed
		select {
		case s.results <- it:
		case <-ctx.Done():
			return
		}
	}
}

// extract runs the extractor on d; a panic is an error of that document.
func extract(d ingest.Document) (ex model.Extraction, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("extractor failed: %v", p)
		}
	}()
	return ingest.Extract(d), nil
}

// wait blocks until the document seq may be read (it is less than window
// documents ahead of inOrder); false when ctx is done first.
func (s *stream) wait(ctx context.Context, seq int) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for seq >= s.next+window {
		if ctx.Err() != nil {
			return false
		}
		s.cond.Wait()
	}
	return true
}

// inOrder calls fn for every document, in input order.
func (s *stream) inOrder(fn func(*item)) {
	held := map[int]*item{}
	next := 0
	for it := range s.results {
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
		s.mu.Lock()
		s.next = next
		s.mu.Unlock()
		s.cond.Broadcast()
	}
	// Cancelled: what is held may have gaps; it is done with in any order.
	for _, it := range held {
		fn(it)
	}
	s.mu.Lock()
	s.next = 1 << 62 // release the reader
	s.mu.Unlock()
	s.cond.Broadcast()
}

// precheck skips extracting articles the sink already holds. It is on at
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

// withID is a document and its article id ("" when it has none).
type withID struct {
	it *item
	id string
}

// run computes the ids of the documents from check on workers goroutines,
// looks them up a group at a time, sends the articles found to results as
// unchanged and the others to docs. When a lookup fails, the whole group
// goes to docs: the writer checks again anyway.
func (c *precheck) run(ctx context.Context, sink Sink, check <-chan *item, docs, results chan<- *item, workers int) {
	ided := make(chan withID, checkGroup)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range check {
				select {
				case ided <- withID{it: it, id: articleID(it.doc)}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(ided) }()

	group := make([]withID, 0, checkGroup)
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
		c.flush(ctx, sink, group, docs, results)
		group = group[:0]
	}
}

// articleID is the id of the article d holds, "" when normalising it
// fails (the extractor will report it).
func articleID(d ingest.Document) (id string) {
	defer func() { recover() }()
	return ingest.ArticleID(prose.Normalize(d.Raw))
}

// flush looks the ids of group up and routes its documents: the articles
// found to results as unchanged, the others to docs.
func (c *precheck) flush(ctx context.Context, sink Sink, group []withID, docs, results chan<- *item) {
	ids := make([]string, 0, len(group))
	for _, w := range group {
		if w.id != "" {
			ids = append(ids, w.id)
		}
	}
	existing, err := sink.ExistingArticles(ctx, ids)
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
}
