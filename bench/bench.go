// Package bench measures kg at scale against the limits of the machine and
// of Neo4j, side by side in one run: extraction alone (one core, all
// cores), the raw write rate of Neo4j for the same rows, kg ingest end to
// end, a second ingest of the same corpus, the prepared queries on the big
// graph, the peak memory of the process and the recall of the facts the
// corpus generator planted.
//
// It empties the database it is given, several times: nothing else may use
// that database while it runs.
package bench

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"kg/corpus"
	"kg/graph"
	"kg/pipeline"
)

// Config is what to measure.
type Config struct {
	Articles  int
	Seed      int64
	Dir       string    // where the corpus and scratch files go (a temporary folder)
	QueryRuns int       // timed runs per prepared query
	Workers   int       // extraction goroutines for "all cores"; 0 means runtime.NumCPU()
	Log       io.Writer // progress lines
	Target    string    // the database, as shown in the table
	Batch     int       // articles per write transaction of the ingests (pipeline.DefaultBatch when 0)
}

// Report holds every figure of one run.
type Report struct {
	Articles   int
	Seed       int64
	Cores      int
	Target     string
	Batch      int
	TextBytes  int64 // the articles' text (what the extractor reads)
	CorpusPath string

	ExtractOne Rate // one core
	ExtractAll Rate // all cores

	Rows         int64 // entity rows + relationship rows of the extractions
	EntityRows   int64
	RelationRows int64

	RawSeconds float64
	RawBatch   int

	IngestSeconds   float64
	Ingested        int
	Graph           Fingerprint // after the first ingest
	ReingestSeconds float64
	Unchanged       int
	Regraph         Fingerprint // after the second ingest

	Queries []QueryTiming

	PeakRSSMB float64
	Recall    map[string]Score // per fact type
}

// Rate is the outcome of one extraction pass.
type Rate struct {
	Workers  int
	Seconds  float64
	Articles int
	Bytes    int64
}

// ArticlesPerSec is the articles extracted per second.
func (r Rate) ArticlesPerSec() float64 { return per(float64(r.Articles), r.Seconds) }

// MBPerSec is the megabytes (10^6 bytes) of article text extracted per second.
func (r Rate) MBPerSec() float64 { return per(float64(r.Bytes)/1e6, r.Seconds) }

// Score is the planted-fact recall and precision of one fact type.
type Score struct {
	TP, FP, FN int
}

// Recall is TP/(TP+FN).
func (s Score) Recall() float64 { return ratio(s.TP, s.TP+s.FN) }

// Precision is TP/(TP+FP).
func (s Score) Precision() float64 { return ratio(s.TP, s.TP+s.FP) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func per(x, seconds float64) float64 {
	if seconds <= 0 {
		return 0
	}
	return x / seconds
}

// RawRowsPerSec is the raw write limit.
func (r *Report) RawRowsPerSec() float64 { return per(float64(r.Rows), r.RawSeconds) }

// IngestRowsPerSec counts the same rows as RawRowsPerSec, over the time of
// kg ingest end to end.
func (r *Report) IngestRowsPerSec() float64 { return per(float64(r.Rows), r.IngestSeconds) }

// IngestVsRaw is IngestRowsPerSec / RawRowsPerSec.
func (r *Report) IngestVsRaw() float64 { return per(r.IngestRowsPerSec(), r.RawRowsPerSec()) }

// ReingestSpeedup is how many times faster the second ingest was.
func (r *Report) ReingestSpeedup() float64 { return per(r.IngestSeconds, r.ReingestSeconds) }

// RunQueries times the prepared queries on the graph as it is, without
// changing it.
func RunQueries(ctx context.Context, store *graph.Store, runs int, seed int64) (*Report, error) {
	qs, err := timeQueries(ctx, store, runs, seed)
	if err != nil {
		return nil, err
	}
	return &Report{Queries: qs, Seed: seed}, nil
}

// Run measures. The store's database is emptied before the raw writes,
// after them and before the first ingest; the ingested graph stays.
func Run(ctx context.Context, store *graph.Store, cfg Config) (*Report, error) {
	if cfg.Batch <= 0 {
		cfg.Batch = pipeline.DefaultBatch
	}
	if cfg.QueryRuns <= 0 {
		cfg.QueryRuns = 100
	}
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.NumCPU()
	}
	if cfg.Log == nil {
		cfg.Log = io.Discard
	}
	r := &Report{Articles: cfg.Articles, Seed: cfg.Seed, Cores: runtime.NumCPU(), RawBatch: rawBatch, Target: cfg.Target, Batch: cfg.Batch}
	logf := func(format string, args ...any) {
		fmt.Fprintf(cfg.Log, "bench: "+format+"\n", args...)
	}

	// phase runs one step, saying on the log what it does, how long it
	// took and how much memory the process has.
	phase := func(what string, fn func() error) error {
		logf("%s", what)
		start := time.Now()
		if err := fn(); err != nil {
			return err
		}
		logf("  %s (RSS %.0f MB, peak %.0f MB)", since(start), rssMB("VmRSS:"), rssMB("VmHWM:"))
		return nil
	}
	r.CorpusPath = filepath.Join(cfg.Dir, "corpus.jsonl")
	factsPath := filepath.Join(cfg.Dir, "facts.jsonl")
	rowsPath := filepath.Join(cfg.Dir, "rows.jsonl")
	var prep prepared
	steps := []struct {
		what string
		fn   func() error
	}{
		{fmt.Sprintf("generating %d articles (seed %d) into %s", cfg.Articles, cfg.Seed, cfg.Dir), func() error {
			return corpus.WriteFiles(r.CorpusPath, factsPath, cfg.Seed, cfg.Articles)
		}},
		{"extracting on 1 core", func() (err error) {
			r.ExtractOne, err = extractPass(ctx, r.CorpusPath, 1)
			r.TextBytes = r.ExtractOne.Bytes
			return err
		}},
		{fmt.Sprintf("extracting on %d cores", cfg.Workers), func() (err error) {
			r.ExtractAll, err = extractPass(ctx, r.CorpusPath, cfg.Workers)
			return err
		}},
		{"scoring the planted facts and preparing the raw rows (untimed)", func() (err error) {
			prep, err = prepare(ctx, r.CorpusPath, factsPath, rowsPath, cfg.Workers)
			r.EntityRows, r.RelationRows, r.Rows, r.Recall = prep.entityRows, prep.relationRows, prep.entityRows+prep.relationRows, prep.recall
			return err
		}},
		{"emptying the database", func() error { return store.DeleteAll(ctx) }},
		{"raw writes: " + graph.RawWriteQuery, func() (err error) {
			r.RawSeconds, err = rawWrite(ctx, store, rowsPath)
			os.Remove(rowsPath)
			return err
		}},
		{"emptying the database", func() error { return store.DeleteAll(ctx) }},
		{"kg ingest into the empty database", func() (err error) {
			start := time.Now()
			if r.Ingested, _, err = ingestCorpus(ctx, store, r.CorpusPath, cfg.Batch); err != nil {
				return fmt.Errorf("ingest: %w", err)
			}
			r.IngestSeconds = time.Since(start).Seconds()
			r.Graph, err = fingerprint(ctx, store)
			return err
		}},
		{"kg ingest of the same corpus again", func() (err error) {
			start := time.Now()
			if _, r.Unchanged, err = ingestCorpus(ctx, store, r.CorpusPath, cfg.Batch); err != nil {
				return fmt.Errorf("second ingest: %w", err)
			}
			r.ReingestSeconds = time.Since(start).Seconds()
			r.Regraph, err = fingerprint(ctx, store)
			return err
		}},
		{fmt.Sprintf("timing the prepared queries, %d runs each", cfg.QueryRuns), func() (err error) {
			r.Queries, err = timeQueries(ctx, store, cfg.QueryRuns, cfg.Seed)
			return err
		}},
	}
	for _, st := range steps {
		if err := phase(st.what, st.fn); err != nil {
			return nil, err
		}
	}
	r.PeakRSSMB = rssMB("VmHWM:")
	return r, nil
}

// ingestCorpus does what "kg ingest PATH" does once connected, with the
// pipeline of kg ingest: it applies the schema, then reads, extracts and
// writes the corpus at path in batches of batch articles. It returns how
// many articles it wrote and found unchanged; a bad item is an error.
func ingestCorpus(ctx context.Context, store *graph.Store, path string, batch int) (ingested, unchanged int, err error) {
	if err := store.ApplySchema(ctx); err != nil {
		return 0, 0, err
	}
	t, err := pipeline.Ingester{Sink: pipeline.GraphSink(store, batch), Batch: batch, Workers: runtime.NumCPU()}.Run(ctx, []string{path})
	if err == nil && t.Bad() > 0 {
		err = fmt.Errorf("%d articles were skipped or failed", t.Bad())
	}
	return t.Ingested, t.Unchanged, err
}

func since(t time.Time) time.Duration { return time.Since(t).Round(10 * time.Millisecond) }

// rssMB reads a memory figure of this process from /proc/self/status:
// "VmHWM:" is the peak resident set size, "VmRSS:" the current one.
func rssMB(field string) float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return math.NaN()
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, field); ok {
			kb, err := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 64)
			if err == nil {
				return kb / 1024
			}
		}
	}
	return math.NaN()
}

// Summary is the machine-readable outcome: the last line of `kg bench`.
type Summary struct {
	ExtractArticlesPerS   float64            `json:"extract_articles_per_s"`
	ExtractMBPerS         float64            `json:"extract_mb_per_s"`
	ExtractMBPerSOneCore  float64            `json:"extract_mb_per_s_one_core"`
	RawRowsPerS           float64            `json:"raw_rows_per_s"`
	IngestArticlesPerS    float64            `json:"ingest_articles_per_s"`
	IngestRowsPerS        float64            `json:"ingest_rows_per_s"`
	IngestVsRaw           float64            `json:"ingest_vs_raw"`
	IngestS               float64            `json:"ingest_s"`
	ReingestS             float64            `json:"reingest_s"`
	ReingestUnchanged     bool               `json:"reingest_unchanged"`
	QueryP50Ms            map[string]float64 `json:"query_p50_ms"`
	QueryP95Ms            map[string]float64 `json:"query_p95_ms"`
	PeakRSSMB             float64            `json:"peak_rss_mb"`
	Recall                map[string]float64 `json:"recall"`
	Precision             map[string]float64 `json:"precision"`
	Articles              int                `json:"articles"`
	Rows                  int64              `json:"rows"`
	Cores                 int                `json:"cores"`
	ExtractArticlesPerS1C float64            `json:"extract_articles_per_s_one_core"`
}

// Summary returns the figures of the JSON line.
func (r *Report) Summary() Summary {
	s := Summary{
		ExtractArticlesPerS:   round(r.ExtractAll.ArticlesPerSec(), 1),
		ExtractMBPerS:         round(r.ExtractAll.MBPerSec(), 2),
		ExtractMBPerSOneCore:  round(r.ExtractOne.MBPerSec(), 2),
		ExtractArticlesPerS1C: round(r.ExtractOne.ArticlesPerSec(), 1),
		RawRowsPerS:           round(r.RawRowsPerSec(), 0),
		IngestArticlesPerS:    round(per(float64(r.Articles), r.IngestSeconds), 1),
		IngestRowsPerS:        round(r.IngestRowsPerSec(), 0),
		IngestVsRaw:           round(r.IngestVsRaw(), 3),
		IngestS:               round(r.IngestSeconds, 2),
		ReingestS:             round(r.ReingestSeconds, 2),
		ReingestUnchanged:     r.Graph.Equal(r.Regraph),
		QueryP50Ms:            map[string]float64{},
		QueryP95Ms:            map[string]float64{},
		PeakRSSMB:             round(r.PeakRSSMB, 1),
		Recall:                map[string]float64{},
		Precision:             map[string]float64{},
		Articles:              r.Articles,
		Rows:                  r.Rows,
		Cores:                 r.Cores,
	}
	for _, q := range r.Queries {
		s.QueryP50Ms[q.Name] = round(q.P50Ms, 2)
		s.QueryP95Ms[q.Name] = round(q.P95Ms, 2)
	}
	for k, sc := range r.Recall {
		s.Recall[k] = round(sc.Recall(), 4)
		s.Precision[k] = round(sc.Precision(), 4)
	}
	return s
}

// JSON is the summary on one line.
func (r *Report) JSON() []byte {
	b, _ := json.Marshal(r.Summary())
	return b
}

func round(x float64, digits int) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return 0
	}
	p := math.Pow(10, float64(digits))
	return math.Round(x*p) / p
}
