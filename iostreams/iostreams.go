// Package iostreams holds the streams a kg command reads and writes, and
// what the command needs to know about them: whether each is a terminal and
// how wide that terminal is. Tests make their own with buffers, so that
// commands run without a terminal; main makes them with System.
package iostreams

import (
	"bytes"
	"io"
	"os"
	"strconv"
	"sync"

	"golang.org/x/term"
)

// IOStreams are the streams of one command.
type IOStreams struct {
	In  io.Reader
	Out io.Writer // results
	Err io.Writer // errors, notices, reports and progress
	// OutTTY says Out is a terminal: tables are cut to Width. Off a
	// terminal (piped, redirected) they keep every value.
	OutTTY bool
	// ErrTTY says Err is a terminal: long work draws a progress line.
	ErrTTY bool
	// Width is the terminal's width in columns when OutTTY; 0 when unknown.
	Width int
}

// DefaultWidth is the width assumed for a terminal that does not say.
const DefaultWidth = 80

// System returns the process's standard streams.
func System() IOStreams {
	s := IOStreams{
		In: os.Stdin, Out: os.Stdout, Err: os.Stderr,
		OutTTY: term.IsTerminal(int(os.Stdout.Fd())),
		ErrTTY: term.IsTerminal(int(os.Stderr.Fd())),
	}
	if s.OutTTY {
		s.Width = terminalWidth(int(os.Stdout.Fd()), os.Getenv("COLUMNS"))
	}
	return s
}

// TableWidth is the width a table printed to Out fits: the terminal's
// when Out is one, else 0 (every value in full).
func (s IOStreams) TableWidth() int {
	switch {
	case !s.OutTTY:
		return 0
	case s.Width > 0:
		return s.Width
	}
	return DefaultWidth
}

// terminalWidth is the width of the terminal fd, else the number in
// columns (the COLUMNS variable of shells), else DefaultWidth.
func terminalWidth(fd int, columns string) int {
	if w, _, err := term.GetSize(fd); err == nil && w > 0 {
		return w
	}
	if n, err := strconv.Atoi(columns); err == nil && n > 0 {
		return n
	}
	return DefaultWidth
}

// Redactor writes to W with every occurrence of the hidden strings replaced
// by ***. Writes are whole lines or messages, so a secret is never split
// between two of them.
type Redactor struct {
	W      io.Writer
	mu     sync.Mutex
	hidden []string
}

// Hide adds s to the hidden strings. Strings shorter than 4 bytes are too
// common to hide without hiding words.
func (r *Redactor) Hide(s string) {
	if len(s) < 4 {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.hidden = append(r.hidden, s)
}

func (r *Redactor) Write(p []byte) (int, error) {
	r.mu.Lock()
	hidden := r.hidden
	r.mu.Unlock()
	out := p
	for _, s := range hidden {
		if bytes.Contains(out, []byte(s)) {
			out = bytes.ReplaceAll(out, []byte(s), []byte("***"))
		}
	}
	if _, err := r.W.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}
