package main

import (
	"errors"
	"fmt"
	"sync"
	"time"

	"kg/ingest"
)

// tally counts the items of one run.
type tally struct {
	read      int // documents read
	ingested  int // new articles written
	unchanged int // articles already in the graph
	skipped   int // items that could not be read
	failed    int // documents read but not extracted or not written
}

func (t tally) String() string {
	return fmt.Sprintf("read %d, ingested %d, unchanged %d, skipped %d, failed %d", t.read, t.ingested, t.unchanged, t.skipped, t.failed)
}

// result turns a tally into the outcome of a command: nil when all went
// well, partialError when some items were bad but others went through,
// and an error when every item was bad.
func (t tally) result(good int) error {
	bad := t.skipped + t.failed
	switch {
	case bad == 0:
		return nil
	case good == 0:
		return fmt.Errorf("none of %d items could be processed", bad)
	}
	return partialError{bad: bad}
}

// reporter prints bad items as "source: reason" on the error stream and,
// on a terminal, keeps a progress line below them. It is safe for
// concurrent use.
type reporter struct {
	streams IOStreams
	mu      sync.Mutex
	t       tally
	shown   bool      // a progress line is on screen
	last    time.Time // when it was drawn
}

// bad reports one bad item, err, and counts it with count. When err is
// not an ingest.ReadError, which names its item, source is put before it.
func (r *reporter) bad(source string, err error, count func(*tally)) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.clear()
	var re ingest.ReadError
	if errors.As(err, &re) {
		fmt.Fprintln(r.streams.Err, err)
	} else {
		fmt.Fprintf(r.streams.Err, "%s: %v\n", source, err)
	}
	count(&r.t)
	r.draw(true)
}

// add counts with count and redraws the progress line now and then.
func (r *reporter) add(count func(*tally)) {
	r.mu.Lock()
	defer r.mu.Unlock()
	count(&r.t)
	r.draw(false)
}

// done clears the progress line and returns the final tally.
func (r *reporter) done() tally {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.clear()
	return r.t
}

func (r *reporter) draw(force bool) {
	if !r.streams.IsTTY || (!force && time.Since(r.last) < 100*time.Millisecond) {
		return
	}
	fmt.Fprintf(r.streams.Err, "\r\033[K%s", r.t)
	r.shown, r.last = true, time.Now()
}

func (r *reporter) clear() {
	if r.shown {
		fmt.Fprint(r.streams.Err, "\r\033[K")
		r.shown = false
	}
}
