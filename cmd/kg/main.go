// Command kg builds a knowledge graph of diplomatic news in Neo4j: it reads
// articles, extracts who met whom, where, when and what was signed, writes
// the facts with their evidence, and answers questions with prepared Cypher.
//
// Run "kg --help" for the commands. Each command is one file: an Options
// struct, NewCmdX(f, runF) that binds flags to it and checks them, and
// xRun that does the work (package pipeline, graph, corpus, bench).
package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync"

	"golang.org/x/term"

	"kg/pipeline"
)

// IOStreams are the streams a command reads and writes, so that tests can
// run commands without a terminal.
type IOStreams struct {
	In    io.Reader
	Out   io.Writer // results
	Err   io.Writer // errors, reports and progress
	IsTTY bool      // Err is a terminal: show progress
}

// Exit codes.
const (
	exitOK      = 0
	exitFatal   = 1 // nothing useful happened: bad usage, database unreachable, ...
	exitPartial = 2 // some items were bad, the others landed
)

// partialError says that some items failed; the command still did its work.
type partialError struct{ bad int }

func (e partialError) Error() string { return fmt.Sprintf("%d items could not be processed", e.bad) }

// result turns a tally into the outcome of a command: nil when all went
// well, partialError when some items were bad but good ones went through,
// and an error when every item was bad.
func result(t pipeline.Tally, good int) error {
	switch {
	case t.Bad() == 0:
		return nil
	case good == 0:
		return fmt.Errorf("none of %d items could be processed", t.Bad())
	}
	return partialError{bad: t.Bad()}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	streams := IOStreams{In: os.Stdin, Out: os.Stdout, Err: os.Stderr, IsTTY: term.IsTerminal(int(os.Stderr.Fd()))}
	code := run(ctx, os.Args[1:], streams)
	stop()
	os.Exit(code)
}

// run runs kg with args and returns the exit code. What it writes to the
// error stream never holds the configured password, and a panic is
// reported as an internal error, not a crash.
func run(ctx context.Context, args []string, streams IOStreams) (code int) {
	red := &redactor{w: streams.Err}
	streams.Err = red
	defer func() {
		if p := recover(); p != nil {
			fmt.Fprintf(red, "kg: internal error: %v\n", p)
			code = exitFatal
		}
	}()
	root := NewCmdRoot(&Factory{IO: streams})
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	var partial partialError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &partial):
		return exitPartial
	}
	fmt.Fprintf(red, "kg: %v\n", err)
	return exitFatal
}

// redactor writes to w with every occurrence of the hidden strings
// replaced by ***. Writes are whole lines or messages, so a secret is
// never split between two of them.
type redactor struct {
	w      io.Writer
	mu     sync.Mutex
	hidden []string
}

// hide adds s to the hidden strings. Strings shorter than 4 bytes are
// too common to hide without hiding words.
func (r *redactor) hide(s string) {
	if len(s) < 4 {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.hidden = append(r.hidden, s)
}

func (r *redactor) Write(p []byte) (int, error) {
	r.mu.Lock()
	hidden := r.hidden
	r.mu.Unlock()
	out := p
	for _, s := range hidden {
		if bytes.Contains(out, []byte(s)) {
			out = bytes.ReplaceAll(out, []byte(s), []byte("***"))
		}
	}
	if _, err := r.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}
