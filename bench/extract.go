package bench

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"runtime"
	"sync"
	"time"

	"kg/ingest"
	"kg/model"
)

// extractPass reads the corpus and extracts every article on workers
// goroutines, doing nothing with the result: the speed of extraction alone.
// With one worker, the whole process runs on one core (GOMAXPROCS 1), the
// reader included.
func extractPass(ctx context.Context, path string, workers int) (Rate, error) {
	if workers == 1 {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	}
	runtime.GC()
	r := Rate{Workers: workers}
	start := time.Now()
	var mu sync.Mutex
	err := pipeline(ctx, path, workers, func(d ingest.Document) error { return nil }, func(d ingest.Document) {
		ingest.Extract(d)
		mu.Lock()
		r.Articles++
		r.Bytes += int64(len(d.Raw))
		mu.Unlock()
	})
	r.Seconds = time.Since(start).Seconds()
	return r, err
}

// pipeline reads the JSONL corpus at path, calls onRead for each document
// in order on the reading goroutine, and work on workers goroutines.
func pipeline(ctx context.Context, path string, workers int, onRead func(ingest.Document) error, work func(ingest.Document)) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	docs := make(chan ingest.Document, 4*workers)
	var readErr error
	var bad []string
	go func() {
		defer close(docs)
		readErr = ingest.Read(ctx, []string{path}, nil, ingest.ReadOptions{}, func(d ingest.Document) error {
			if err := onRead(d); err != nil {
				return err
			}
			select {
			case docs <- d:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}, func(e ingest.ReadError) { bad = append(bad, e.Error()) })
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for d := range docs {
				work(d)
			}
		}()
	}
	wg.Wait()
	if readErr != nil {
		return fmt.Errorf("read %s: %w", path, readErr)
	}
	if len(bad) > 0 {
		return fmt.Errorf("read %s: %d bad items, first: %s", path, len(bad), bad[0])
	}
	return ctx.Err()
}

// prepared is what the untimed pass over the corpus finds.
type prepared struct {
	entityRows, relationRows int64
	recall                   map[string]Score
}

// prepare extracts every article once more, untimed: it scores the
// extraction against the facts the generator planted (line k of factsPath
// holds the facts of line k of the corpus) and writes the raw rows, one
// JSON object a line, to rowsPath.
func prepare(ctx context.Context, corpusPath, factsPath, rowsPath string, workers int) (prepared, error) {
	ff, err := os.Open(factsPath)
	if err != nil {
		return prepared{}, err
	}
	defer ff.Close()
	facts := bufio.NewScanner(ff)
	facts.Buffer(make([]byte, 1<<20), 64<<20)

	out, err := os.Create(rowsPath)
	if err != nil {
		return prepared{}, err
	}
	defer out.Close()
	bw := bufio.NewWriterSize(out, 1<<20)

	type job struct {
		doc  ingest.Document
		want ingest.Facts
	}
	type result struct {
		score ingest.Score
		rows  [][]byte
		ents  int
		rels  int
	}
	// The pipeline hands documents to workers; their planted facts travel
	// beside them through this map, filled in reading order.
	var mu sync.Mutex
	want := map[string]ingest.Facts{}
	p := prepared{recall: map[string]Score{}}
	var writeErr error
	add := func(res result) {
		mu.Lock()
		defer mu.Unlock()
		for k, t := range map[string]ingest.Tally{
			"leaders": res.score.Leaders, "meetings": res.score.Meetings,
			"memberships": res.score.Memberships, "agreements": res.score.Agreements,
		} {
			s := p.recall[k]
			s.TP, s.FP, s.FN = s.TP+t.TP, s.FP+t.FP, s.FN+t.FN
			p.recall[k] = s
		}
		p.entityRows += int64(res.ents)
		p.relationRows += int64(res.rels)
		for _, row := range res.rows {
			if writeErr == nil {
				_, writeErr = bw.Write(row)
			}
		}
	}
	err = pipeline(ctx, corpusPath, workers, func(d ingest.Document) error {
		if !facts.Scan() {
			return fmt.Errorf("%s ends before the corpus does (at %s)", factsPath, d.Source)
		}
		var line struct {
			Facts ingest.Facts `json:"facts"`
		}
		if err := json.Unmarshal(facts.Bytes(), &line); err != nil {
			return fmt.Errorf("%s: %w", factsPath, err)
		}
		mu.Lock()
		want[d.Source] = line.Facts
		mu.Unlock()
		return nil
	}, func(d ingest.Document) {
		ex := ingest.Extract(d)
		mu.Lock()
		w := want[d.Source]
		delete(want, d.Source)
		mu.Unlock()
		sc := ingest.Compare(ingest.FactsOf(ex), w)
		res := result{score: sc, ents: len(ex.Entities), rels: len(ex.Relations)}
		for _, row := range RawRows(ex) {
			b, _ := json.Marshal(row)
			res.rows = append(res.rows, append(b, '\n'))
		}
		add(res)
	})
	if err != nil {
		return prepared{}, err
	}
	if writeErr == nil {
		writeErr = bw.Flush()
	}
	if writeErr != nil {
		return prepared{}, fmt.Errorf("write %s: %w", rowsPath, writeErr)
	}
	return p, out.Close()
}

// RawRows are the rows of an extraction as the raw write stores them: one
// flat map per entity (label, key, name and its properties) and one per
// relationship (type, from, to, its properties, sources and evidence as the
// writer stores them), nulls left out.
func RawRows(ex model.Extraction) []map[string]any {
	rows := make([]map[string]any, 0, len(ex.Entities)+len(ex.Relations))
	for _, e := range ex.Entities {
		m := map[string]any{"label": e.Label, "key": e.Key, "name": e.Name}
		for k, v := range e.Props {
			if v != nil {
				m[k] = v
			}
		}
		rows = append(rows, m)
	}
	for _, rel := range ex.Relations {
		m := map[string]any{"type": rel.Type, "from": rel.From, "to": rel.To, "sources": []string{ex.Article.ID}}
		for k, v := range rel.Props {
			if v != nil {
				m[k] = v
			}
		}
		ev := make([]string, 0, len(rel.Evidence))
		for _, e := range rel.Evidence {
			ev = append(ev, e.Format(ex.Article.ID))
		}
		m["evidence"] = ev
		rows = append(rows, m)
	}
	return rows
}
