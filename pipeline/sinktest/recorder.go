// Package sinktest holds Recorder, a pipeline.Sink that keeps in memory
// what it is given, for tests of the pipeline and of the commands that
// run it without a database. It is a recorder, not a database: it merges
// nothing and answers only which articles it was given. The graph writer's
// own tests run against the real Neo4j.
package sinktest

import (
	"context"
	"slices"
	"sync"

	"kg/graph"
	"kg/model"
)

// Recorder records the batches written to it, in order. It is safe for
// concurrent use.
type Recorder struct {
	// Fail, when set, is asked before each write: an error it returns is
	// the write's error, and nothing of the batch is recorded.
	Fail func(exs []model.Extraction) error

	mu      sync.Mutex
	batches [][]model.Extraction
	held    map[string]bool // article ids written
	lookups int
	flushes int
}

// ExistingArticles returns which of ids were written to r.
func (r *Recorder) ExistingArticles(ctx context.Context, ids []string) (map[string]bool, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.lookups++
	out := map[string]bool{}
	for _, id := range ids {
		if r.held[id] {
			out[id] = true
		}
	}
	return out, nil
}

// Write records the articles of b that r was not given before, and counts
// the others as skipped, as the graph writer does. Once ctx is done it
// fails with ctx's error, as a database would.
func (r *Recorder) Write(ctx context.Context, b *graph.Batch) (graph.WriteResult, error) {
	if err := ctx.Err(); err != nil {
		return graph.WriteResult{}, err
	}
	exs := b.Extractions()
	if r.Fail != nil {
		if err := r.Fail(exs); err != nil {
			return graph.WriteResult{}, err
		}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.held == nil {
		r.held = map[string]bool{}
	}
	var res graph.WriteResult
	var fresh []model.Extraction
	for _, ex := range exs {
		if r.held[ex.Article.ID] {
			res.Skipped++
			continue
		}
		r.held[ex.Article.ID] = true
		fresh = append(fresh, ex)
	}
	res.Articles = len(fresh)
	r.batches = append(r.batches, fresh)
	return res, nil
}

// Flush counts the flush.
func (r *Recorder) Flush(ctx context.Context) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.flushes++
	return nil
}

// Batches returns the articles of each write, in the order written.
func (r *Recorder) Batches() [][]model.Extraction {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.batches)
}

// Sources returns the sources of the articles written, in the order written.
func (r *Recorder) Sources() []string {
	var out []string
	for _, b := range r.Batches() {
		for _, ex := range b {
			out = append(out, ex.Article.Source)
		}
	}
	return out
}

// Lookups counts the calls of ExistingArticles.
func (r *Recorder) Lookups() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.lookups
}

// Flushes counts the calls of Flush.
func (r *Recorder) Flushes() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.flushes
}
