package output

import (
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"kg/ingest"
	"kg/pipeline"
)

// Progress is the pipeline.Reporter of the commands: it prints each bad
// item as "source[:line]: reason" on W and, when TTY, keeps a line of
// counts below them, redrawn at most ten times a second. It is safe for
// concurrent use, so that a command may report items of its own (Item)
// while the pipeline runs.
type Progress struct {
	W   io.Writer
	TTY bool // W is a terminal: draw the progress line
	// MaxBytesFlag: a file or line too large names the --max-bytes flag
	// that raises the limit.
	MaxBytesFlag bool
	// Line is the progress line of a tally; the tally itself when nil.
	Line func(pipeline.Tally) string

	mu    sync.Mutex
	t     pipeline.Tally // the last counts heard of
	shown bool           // a progress line is on screen
	last  time.Time      // when it was drawn
}

// Bad prints the bad item err on a line of its own.
func (p *Progress) Bad(err error, t pipeline.Tally) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.bad(err, t)
}

// Item prints a bad item the command found itself, such as an article with
// no gold, with the counts last heard of.
func (p *Progress) Item(err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.bad(err, p.t)
}

func (p *Progress) bad(err error, t pipeline.Tally) {
	p.clear()
	var re ingest.ReadError
	if p.MaxBytesFlag && errors.As(err, &re) && errors.Is(re.Err, ingest.ErrTooLarge) {
		re.Err = fmt.Errorf("%w (raise the limit with --max-bytes)", re.Err)
		err = re
	}
	fmt.Fprintln(p.W, err)
	p.draw(t, true)
}

// Progress redraws the progress line, unless it was drawn a moment ago.
func (p *Progress) Progress(t pipeline.Tally) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.draw(t, false)
}

// Done clears the progress line.
func (p *Progress) Done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clear()
}

func (p *Progress) draw(t pipeline.Tally, force bool) {
	p.t = t
	if !p.TTY || (!force && time.Since(p.last) < 100*time.Millisecond) {
		return
	}
	line := t.String()
	if p.Line != nil {
		line = p.Line(t)
	}
	fmt.Fprintf(p.W, "\r\033[K%s", line)
	p.shown, p.last = true, time.Now()
}

func (p *Progress) clear() {
	if p.shown {
		fmt.Fprint(p.W, "\r\033[K")
		p.shown = false
	}
}

// ReadLine is the progress line of work that reads and extracts without
// writing (kg extract, kg eval): what was read so far, and how much.
func ReadLine(verb string) func(pipeline.Tally) string {
	return func(t pipeline.Tally) string {
		s := fmt.Sprintf("%s %d articles, %.1f MB", verb, t.Read-t.Failed, float64(t.Bytes)/1e6)
		if bad := t.Bad(); bad > 0 {
			s += fmt.Sprintf(", %d bad", bad)
		}
		return s
	}
}
