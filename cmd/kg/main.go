// Command kg builds a knowledge graph of diplomatic news in Neo4j: it reads
// articles, extracts who met whom, where, when and what was signed, writes
// the facts with their evidence, and answers questions with prepared Cypher.
//
// Run "kg --help" for the commands.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"

	"golang.org/x/term"
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

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	streams := IOStreams{In: os.Stdin, Out: os.Stdout, Err: os.Stderr, IsTTY: term.IsTerminal(int(os.Stderr.Fd()))}
	code := run(ctx, os.Args[1:], streams)
	stop()
	os.Exit(code)
}

// run runs kg with args and returns the exit code.
func run(ctx context.Context, args []string, streams IOStreams) int {
	root := newRootCmd(streams)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	var partial partialError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &partial):
		return exitPartial
	}
	fmt.Fprintf(streams.Err, "kg: %v\n", err)
	return exitFatal
}
