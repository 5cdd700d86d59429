// Command kg builds a knowledge graph of diplomatic news in Neo4j: it reads
// articles, extracts who met whom, where, when and what was signed, writes
// the facts with their evidence, and answers questions with prepared Cypher.
//
// Run "kg --help" for the commands. Each command is one file: an Options
// struct, NewCmdX(f, runF) that binds flags to it and checks them, and
// xRun that hands the work to the packages that do it (pipeline, graph,
// eval, corpus, bench) and their output to package output. Nothing else
// lives here.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"

	"kg/cmdutil"
	"kg/iostreams"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	code := run(ctx, os.Args[1:], iostreams.System())
	stop()
	os.Exit(code)
}

// run runs kg with args and returns the exit status. What it writes to the
// error stream never holds the configured password, and a panic is
// reported as an internal error, not a crash.
func run(ctx context.Context, args []string, streams iostreams.IOStreams) (code int) {
	red := &iostreams.Redactor{W: streams.Err}
	streams.Err = red
	defer func() {
		if p := recover(); p != nil {
			fmt.Fprintf(red, "kg: internal error: %v\n", p)
			code = cmdutil.ExitFatal
		}
	}()
	root := NewCmdRoot(streams)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	code = cmdutil.ExitStatus(err)
	if code == cmdutil.ExitFatal {
		fmt.Fprintf(red, "kg: %v\n", err)
	}
	return code
}
