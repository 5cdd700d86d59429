package main

import (
	"context"
	"fmt"
	"runtime"

	"github.com/spf13/cobra"

	"kg/cmdutil"
	"kg/ingest"
	"kg/iostreams"
	"kg/output"
	"kg/pipeline"
)

// ExtractOptions are what kg extract is asked to do.
type ExtractOptions struct {
	IO       iostreams.IOStreams
	Paths    []string
	Workers  int
	MaxBytes int64
}

func NewCmdExtract(f *cmdutil.Factory, runF func(context.Context, *ExtractOptions) error) *cobra.Command {
	opts := &ExtractOptions{IO: f.IO, Workers: runtime.GOMAXPROCS(0)}
	var format string
	maxBytes := cmdutil.ByteSize(ingest.DefaultMaxBytes)
	cmd := &cobra.Command{
		Use:   "extract [--format jsonl] PATH...",
		Short: "Print the facts of articles as JSON lines, without a database",
		Long:  help("extract"),
		Example: `  kg extract fixtures/articles
  kg extract fixtures/articles/000_7853fe3af7529fe5.txt | jq .entities
  cat article.txt | kg extract -`,
		Args: cmdutil.MinimumArgs(1, "no articles to extract: give files, folders (read recursively) or - for standard input"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "jsonl" {
				return fmt.Errorf("unknown format %q: extract writes jsonl", format)
			}
			opts.Paths, opts.MaxBytes = args, int64(maxBytes)
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return extractRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&format, "format", "jsonl", "output format: jsonl")
	cmd.Flags().Var(&maxBytes, "max-bytes", "largest article file or JSONL line, e.g. 500KB, 10MB; larger ones are reported and skipped")
	return cmd
}

// extractRun extracts on every core and prints the extractions in input
// order, one JSON object a line.
func extractRun(ctx context.Context, opts *ExtractOptions) error {
	out := output.NewExtractionWriter(opts.IO.Out)
	rep := &output.Progress{W: opts.IO.Err, TTY: opts.IO.ErrTTY, MaxBytesFlag: true, Line: output.ReadLine("extracted")}
	t, err := pipeline.Ingester{
		Workers: opts.Workers, Read: ingest.ReadOptions{MaxBytes: opts.MaxBytes}, Stdin: opts.IO.In, Reporter: rep, Each: out.Write,
	}.Run(ctx, opts.Paths)
	rep.Done()
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return err
	}
	return cmdutil.Result(t.Bad(), t.Read-t.Failed)
}
