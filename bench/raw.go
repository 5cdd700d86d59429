package bench

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"time"

	"kg/graph"
)

// rawBatch is the rows per transaction of the raw write.
const rawBatch = 10000

// rawWrite writes the rows of rowsPath with graph.RawWriteQuery, rawBatch rows per
// transaction, from one session, and returns the seconds it took. The rows
// are decoded ahead of the writes, on another goroutine.
func rawWrite(ctx context.Context, store *graph.Store, rowsPath string) (float64, error) {
	f, err := os.Open(rowsPath)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	batches := make(chan []any, 2)
	var readErr error
	go func() {
		defer close(batches)
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 64<<20)
		batch := make([]any, 0, rawBatch)
		send := func() bool {
			select {
			case batches <- batch:
				batch = make([]any, 0, rawBatch)
				return true
			case <-ctx.Done():
				return false
			}
		}
		for sc.Scan() {
			var row map[string]any
			if readErr = json.Unmarshal(sc.Bytes(), &row); readErr != nil {
				return
			}
			batch = append(batch, row)
			if len(batch) == rawBatch && !send() {
				return
			}
		}
		if readErr = sc.Err(); readErr == nil && len(batch) > 0 {
			send()
		}
	}()
	// The clock starts when the first batch is ready.
	first, ok := <-batches
	start := time.Now()
	for batch := first; ok; batch, ok = <-batches {
		if err := store.WriteRaw(ctx, batch); err != nil {
			return 0, fmt.Errorf("raw write: %w", err)
		}
	}
	seconds := time.Since(start).Seconds()
	if readErr != nil {
		return 0, fmt.Errorf("read %s: %w", rowsPath, readErr)
	}
	return seconds, nil
}
