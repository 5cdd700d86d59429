package bench

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"runtime"
	"time"

	"kg/ingest"
	"kg/model"
	"kg/pipeline"
)

// extractPass reads the corpus and extracts every article on workers
// goroutines (the pipeline of kg extract and kg ingest), doing nothing
// with the result: the speed of extraction alone. With one worker, the
// whole process runs on one core (GOMAXPROCS 1), the reader included.
func extractPass(ctx context.Context, path string, workers int) (Rate, error) {
	if workers == 1 {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	}
	runtime.GC()
	start := time.Now()
	t, err := extractAll(ctx, path, workers, nil)
	return Rate{Workers: workers, Seconds: time.Since(start).Seconds(), Articles: t.Read, Bytes: t.Bytes}, err
}

// extractAll reads the JSONL corpus at path and extracts it on workers
// goroutines, calling each (when set) with every extraction in input
// order. A bad item is an error: the corpus is generated.
func extractAll(ctx context.Context, path string, workers int, each func(model.Extraction) error) (pipeline.Tally, error) {
	var bad firstBad
	t, err := pipeline.Ingester{Workers: workers, Reporter: &bad, Each: each}.Run(ctx, []string{path})
	if err != nil {
		return t, fmt.Errorf("read %s: %w", path, err)
	}
	if t.Bad() > 0 {
		return t, fmt.Errorf("read %s: %d bad items, first: %s", path, t.Bad(), bad.err)
	}
	return t, nil
}

// firstBad is a pipeline.Reporter that keeps the first bad item.
type firstBad struct{ err error }

func (f *firstBad) Bad(err error, _ pipeline.Tally) {
	if f.err == nil {
		f.err = err
	}
}

func (f *firstBad) Progress(pipeline.Tally) {}

// prepared is what the untimed pass over the corpus finds.
type prepared struct {
	entityRows, relationRows int64
	recall                   map[string]Score
}

// add counts the rows of ex and the score of its planted facts.
func (p *prepared) add(ex model.Extraction, sc ingest.Score) {
	for k, t := range map[string]ingest.Tally{
		"leaders": sc.Leaders, "meetings": sc.Meetings,
		"memberships": sc.Memberships, "agreements": sc.Agreements, "partnerships": sc.Partnerships,
	} {
		s := p.recall[k]
		s.TP, s.FP, s.FN = s.TP+t.TP, s.FP+t.FP, s.FN+t.FN
		p.recall[k] = s
	}
	p.entityRows += int64(len(ex.Entities))
	p.relationRows += int64(len(ex.Relations))
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

	p := prepared{recall: map[string]Score{}}
	_, err = extractAll(ctx, corpusPath, workers, func(ex model.Extraction) error {
		if !facts.Scan() {
			return fmt.Errorf("%s ends before the corpus does (at %s)", factsPath, ex.Article.Source)
		}
		var line struct {
			Facts ingest.Facts `json:"facts"`
		}
		if err := json.Unmarshal(facts.Bytes(), &line); err != nil {
			return fmt.Errorf("%s: %w", factsPath, err)
		}
		p.add(ex, ingest.Compare(ingest.FactsOf(ex), line.Facts))
		for _, row := range RawRows(ex) {
			b, _ := json.Marshal(row)
			if _, err := bw.Write(append(b, '\n')); err != nil {
				return fmt.Errorf("write %s: %w", rowsPath, err)
			}
		}
		return nil
	})
	if err != nil {
		return prepared{}, err
	}
	if err := bw.Flush(); err != nil {
		return prepared{}, fmt.Errorf("write %s: %w", rowsPath, err)
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
