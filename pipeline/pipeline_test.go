package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kg/corpus"
	"kg/graph"
	"kg/ingest"
	"kg/model"
	"kg/pipeline"
	"kg/pipeline/sinktest"
)

// generated writes n generated articles as one JSONL file and returns its
// path.
func generated(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "corpus.jsonl")
	a, err := os.Create(path)
	require.NoError(t, err)
	f, err := os.Create(filepath.Join(dir, "facts.jsonl"))
	require.NoError(t, err)
	require.NoError(t, corpus.WriteJSONL(a, f, 1, n))
	require.NoError(t, a.Close())
	require.NoError(t, f.Close())
	return path
}

// sequential extracts the documents of paths one by one, in order.
func sequential(t *testing.T, paths ...string) []model.Extraction {
	t.Helper()
	var out []model.Extraction
	err := ingest.Read(context.Background(), paths, nil, ingest.ReadOptions{}, func(d ingest.Document) error {
		out = append(out, ingest.Extract(d))
		return nil
	}, func(e ingest.ReadError) { t.Errorf("read: %v", e) })
	require.NoError(t, err)
	return out
}

// reports records what a Reporter hears.
type reports struct {
	mu       sync.Mutex
	bad      []string
	progress int
	last     pipeline.Tally
}

func (r *reports) Bad(err error, t pipeline.Tally) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.bad = append(r.bad, err.Error())
	r.last = t
}

func (r *reports) Progress(t pipeline.Tally) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.progress++
	r.last = t
}

// Extracted on many workers, written in batches of input order: what lands
// is what extracting the articles one by one gives, in the same order.
func TestRunWritesInInputOrder(t *testing.T) {
	path := generated(t, 300)
	want := sequential(t, path)
	rec := &sinktest.Recorder{}
	rep := &reports{}
	tally, err := pipeline.Ingester{Sink: rec, Batch: 40, Workers: 4, Reporter: rep}.Run(context.Background(), []string{path})
	require.NoError(t, err)

	batches := rec.Batches()
	require.Len(t, batches, 8, "300 articles in batches of 40")
	for _, b := range batches[:7] {
		assert.Len(t, b, 40)
	}
	assert.Equal(t, want, slices.Concat(batches...))
	assert.Equal(t, 1, rec.Flushes(), "flushed once, at the end")
	fi, err := os.Stat(path)
	require.NoError(t, err)
	assert.Equal(t, pipeline.Tally{Read: 300, Ingested: 300, Bytes: tally.Bytes}, tally)
	assert.Greater(t, tally.Bytes, fi.Size()/2, "the bytes of the texts read")
	assert.Equal(t, "read 300, ingested 300, unchanged 0, skipped 0, failed 0", tally.String())
	assert.Equal(t, tally, rep.last, "the reporter heard the last count")
	assert.Empty(t, rep.bad)
}

// A second run over the same input finds every article in the sink before
// extracting it, and writes nothing.
func TestRunTwiceWritesNothingNew(t *testing.T) {
	path := generated(t, 120)
	rec := &sinktest.Recorder{}
	in := pipeline.Ingester{Sink: rec, Batch: 50, Workers: 2}
	first, err := in.Run(context.Background(), []string{path})
	require.NoError(t, err)
	assert.Equal(t, 120, first.Ingested)
	written := len(rec.Batches())

	second, err := in.Run(context.Background(), []string{path})
	require.NoError(t, err)
	assert.Equal(t, pipeline.Tally{Read: 120, Unchanged: 120, Bytes: first.Bytes}, second)
	assert.Len(t, rec.Batches(), written, "no batch written")
	assert.Positive(t, rec.Lookups())
}

func TestRunReportsBadItems(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	require.NoError(t, os.WriteFile(good, []byte("Ông Tập Cận Bình gặp ông Putin tại Bắc Kinh."), 0o644))
	binary := filepath.Join(dir, "binary.txt")
	require.NoError(t, os.WriteFile(binary, []byte("PK\x00\x01\x02"), 0o644))
	lines := filepath.Join(dir, "lines.jsonl")
	require.NoError(t, os.WriteFile(lines, []byte(`{"text": "Ông Putin gặp ông Tập ở Bắc Kinh.", "title": "T"}`+"\n{not json\n"), 0o644))
	missing := filepath.Join(dir, "missing.txt")

	rec := &sinktest.Recorder{}
	rep := &reports{}
	tally, err := pipeline.Ingester{Sink: rec, Reporter: rep}.Run(context.Background(), []string{good, binary, lines, missing})
	require.NoError(t, err, "bad items are counted, not errors")
	assert.Equal(t, 2, tally.Read)
	assert.Equal(t, 2, tally.Ingested)
	assert.Equal(t, 3, tally.Skipped)
	assert.Equal(t, 3, tally.Bad())
	assert.Equal(t, []string{good, lines + ":1"}, rec.Sources())
	require.Len(t, rep.bad, 3)
	assert.Contains(t, rep.bad, lines+":2: bad JSON: invalid character 'n' looking for beginning of object key string")
	for _, prefix := range []string{binary + ": ", missing + ": "} {
		assert.True(t, slices.ContainsFunc(rep.bad, func(s string) bool { return len(s) > len(prefix) && s[:len(prefix)] == prefix }), "%q in %q", prefix, rep.bad)
	}
}

// A batch the sink rejects is written again one article at a time: only
// the bad article fails.
func TestRunWritesARejectedBatchOneByOne(t *testing.T) {
	path := generated(t, 30)
	want := sequential(t, path)
	bad := want[7].Article.ID
	rec := &sinktest.Recorder{Fail: func(exs []model.Extraction) error {
		if slices.ContainsFunc(exs, func(ex model.Extraction) bool { return ex.Article.ID == bad }) {
			return errors.New("constraint violated")
		}
		return nil
	}}
	rep := &reports{}
	tally, err := pipeline.Ingester{Sink: rec, Batch: 10, Workers: 3, Reporter: rep}.Run(context.Background(), []string{path})
	require.NoError(t, err)
	assert.Equal(t, 29, tally.Ingested)
	assert.Equal(t, 1, tally.Failed)
	assert.Equal(t, []string{fmt.Sprintf("%s: constraint violated", want[7].Article.Source)}, rep.bad)
	var sizes []int
	for _, b := range rec.Batches() {
		sizes = append(sizes, len(b))
	}
	assert.Equal(t, []int{1, 1, 1, 1, 1, 1, 1, 1, 1, 10, 10}, sizes, "the first batch article by article, the bad one missing")
}

// A sink that is unavailable stops the run with its error, and nothing is
// flushed.
func TestRunStopsWhenTheSinkIsUnavailable(t *testing.T) {
	path := generated(t, 50)
	unavailable := fmt.Errorf("lost the server: %w", context.DeadlineExceeded)
	rec := &sinktest.Recorder{Fail: func([]model.Extraction) error { return unavailable }}
	tally, err := pipeline.Ingester{Sink: rec, Batch: 10}.Run(context.Background(), []string{path})
	require.ErrorIs(t, err, unavailable)
	assert.Zero(t, tally.Ingested)
	assert.Zero(t, tally.Failed)
	assert.Zero(t, rec.Flushes())
}

// A write whose commit was cut off stops the run, and the tally says how
// many articles may have landed besides those it counts.
func TestRunCountsArticlesInDoubt(t *testing.T) {
	path := generated(t, 50)
	writes := 0
	rec := &sinktest.Recorder{Fail: func(exs []model.Extraction) error {
		if writes++; writes == 3 {
			return &graph.CommitInDoubtError{Articles: len(exs), Err: fmt.Errorf("commit: %w", context.DeadlineExceeded)}
		}
		return nil
	}}
	tally, err := pipeline.Ingester{Sink: rec, Batch: 10}.Run(context.Background(), []string{path})
	require.Error(t, err)
	assert.Equal(t, 20, tally.Ingested)
	assert.Equal(t, 10, tally.InDoubt)
	assert.Contains(t, tally.String(), ", ingested 20, unchanged 0, skipped 0, failed 0, in doubt 10")
	assert.Equal(t, "20 articles landed (and 10 more may have: the connection was lost while they were committed)", tally.Landed())
	assert.Equal(t, "read 1, ingested 1, unchanged 0, skipped 0, failed 0", pipeline.Tally{Read: 1, Ingested: 1}.String(), "nothing in doubt, nothing said")
}

// A report names its document on one line, whatever the name holds.
func TestItemErrorIsOneLine(t *testing.T) {
	err := pipeline.ItemError{Source: "evil\nname.jsonl:3", Err: errors.New("bad\nthing")}
	assert.Equal(t, `"evil\nname.jsonl:3": bad\nthing`, err.Error())
}

// Interrupted, a run stops reading and still flushes what landed.
func TestRunInterruptedStillFlushes(t *testing.T) {
	path := generated(t, 200)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	rec := &sinktest.Recorder{Fail: func([]model.Extraction) error { cancel(); return nil }}
	tally, err := pipeline.Ingester{Sink: rec, Batch: 20, Workers: 2}.Run(ctx, []string{path})
	require.ErrorIs(t, err, context.Canceled)
	assert.Equal(t, 1, rec.Flushes())
	assert.Equal(t, 20, tally.Ingested, "the batch being written when the run was interrupted")
	assert.Less(t, tally.Read, 200)
}

// Without a sink, Each sees every extraction in input order.
func TestRunEachInInputOrder(t *testing.T) {
	path := generated(t, 200)
	var got []model.Extraction
	tally, err := pipeline.Ingester{Workers: 4, Each: func(ex model.Extraction) error {
		got = append(got, ex)
		return nil
	}}.Run(context.Background(), []string{path})
	require.NoError(t, err)
	assert.Equal(t, sequential(t, path), got)
	assert.Equal(t, 200, tally.Read)
	assert.Zero(t, tally.Ingested)
}

// An error of Each stops the run and is its error.
func TestRunEachErrorStops(t *testing.T) {
	path := generated(t, 3*2000)
	stop := errors.New("stdout is closed")
	calls := 0
	tally, err := pipeline.Ingester{Workers: 2, Each: func(model.Extraction) error {
		if calls++; calls == 3 {
			return stop
		}
		return nil
	}}.Run(context.Background(), []string{path})
	require.ErrorIs(t, err, stop)
	assert.Equal(t, 3, calls, "not called again")
	assert.Less(t, tally.Read, 3*2000, "reading stopped")
}
