package main

import (
	"errors"
	"fmt"
	"time"

	"kg/ingest"
	"kg/pipeline"
)

// progress is the pipeline.Reporter of the commands: it prints each bad
// item as "source[:line]: reason" on the error stream and, on a terminal,
// keeps a line of counts below them. Calls come one at a time.
type progress struct {
	io       IOStreams
	maxBytes bool      // a file or line too large names the flag that sets the limit
	shown    bool      // a progress line is on screen
	last     time.Time // when it was drawn
}

func (p *progress) Bad(err error, t pipeline.Tally) {
	p.clear()
	var re ingest.ReadError
	if p.maxBytes && errors.As(err, &re) && errors.Is(re.Err, ingest.ErrTooLarge) {
		re.Err = fmt.Errorf("%w (raise the limit with --max-bytes)", re.Err)
		err = re
	}
	fmt.Fprintln(p.io.Err, err)
	p.draw(t, true)
}

func (p *progress) Progress(t pipeline.Tally) { p.draw(t, false) }

// done clears the progress line.
func (p *progress) done() { p.clear() }

func (p *progress) draw(t pipeline.Tally, force bool) {
	if !p.io.IsTTY || (!force && time.Since(p.last) < 100*time.Millisecond) {
		return
	}
	fmt.Fprintf(p.io.Err, "\r\033[K%s", t)
	p.shown, p.last = true, time.Now()
}

func (p *progress) clear() {
	if p.shown {
		fmt.Fprint(p.io.Err, "\r\033[K")
		p.shown = false
	}
}
