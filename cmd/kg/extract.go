package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"runtime"

	"github.com/spf13/cobra"

	"kg/ingest"
	"kg/model"
	"kg/pipeline"
)

// ExtractOptions are what kg extract is asked to do.
type ExtractOptions struct {
	IO       IOStreams
	Paths    []string
	Workers  int
	MaxBytes int64
}

const extractLong = `Extract reads articles like "kg ingest" does (files, folders recursively,
"-" for standard input), extracts on every core and prints what it finds,
one JSON object per article per line, in input order:

  {"article": {"id", "source", "title", "published", "language"},
   "entities": [{"key", "label", "name", ...properties}],
   "relations": [{"type", "from", "to", ...properties, "evidence": [{"text", "start", "end"}]}]}

Unknown values are null. Evidence offsets are byte offsets into the file
as read. Bad items are reported on stderr as "path[:line]: reason".

Exit status: 0 when every item was extracted, 2 when some were bad, 1 when
none could be.`

func NewCmdExtract(f *Factory, runF func(context.Context, *ExtractOptions) error) *cobra.Command {
	opts := &ExtractOptions{IO: f.IO, Workers: runtime.GOMAXPROCS(0)}
	var format string
	maxBytes := byteSize(ingest.DefaultMaxBytes)
	cmd := &cobra.Command{
		Use:   "extract [--format jsonl] PATH...",
		Short: "Print the facts of articles as JSON lines, without a database",
		Long:  extractLong,
		Example: `  kg extract fixtures/articles
  kg extract fixtures/articles/000_7853fe3af7529fe5.txt | jq .entities
  cat article.txt | kg extract -`,
		Args: cobra.MinimumNArgs(1),
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
	out := bufio.NewWriter(opts.IO.Out)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	rep := &progress{io: opts.IO, maxBytes: true}
	t, err := pipeline.Ingester{
		Workers: opts.Workers, Read: ingest.ReadOptions{MaxBytes: opts.MaxBytes}, Stdin: opts.IO.In, Reporter: rep,
		Each: func(ex model.Extraction) error {
			if ex.Entities == nil {
				ex.Entities = []model.Entity{} // the contract has lists, never null
			}
			if ex.Relations == nil {
				ex.Relations = []model.Relation{}
			}
			if err := enc.Encode(ex); err != nil {
				return fmt.Errorf("write %s: %w", ex.Article.Source, err)
			}
			return nil
		},
	}.Run(ctx, opts.Paths)
	rep.done()
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return err
	}
	return result(t, t.Read-t.Failed)
}
