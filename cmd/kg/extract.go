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
)

func newExtractCmd(streams IOStreams) *cobra.Command {
	var format string
	maxBytes := byteSize(ingest.DefaultMaxBytes)
	cmd := &cobra.Command{
		Use:   "extract [--format jsonl] PATH...",
		Short: "Print the facts of articles as JSON lines, without a database",
		Long: `Extract reads articles like "kg ingest" does (files, folders recursively,
"-" for standard input), extracts on every core and prints what it finds,
one JSON object per article per line, in input order:

  {"article": {"id", "source", "title", "published", "language"},
   "entities": [{"key", "label", "name", ...properties}],
   "relations": [{"type", "from", "to", ...properties, "evidence": [{"text", "start", "end"}]}]}

Unknown values are null. Evidence offsets are byte offsets into the file
as read. Bad items are reported on stderr as "path[:line]: reason".

Exit status: 0 when every item was extracted, 2 when some were bad, 1 when
none could be.`,
		Example: `  kg extract fixtures/articles
  kg extract fixtures/articles/000_7853fe3af7529fe5.txt | jq .entities
  cat article.txt | kg extract -`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "jsonl" {
				return fmt.Errorf("unknown format %q: extract writes jsonl", format)
			}
			// Extracted on every core, written in input order (see pipeline.go).
			ctx, cancel := context.WithCancel(cmd.Context())
			defer cancel()
			out := bufio.NewWriter(streams.Out)
			enc := json.NewEncoder(out)
			enc.SetEscapeHTML(false)
			rep := &reporter{streams: streams}
			p := startPipeline(ctx, nil, rep, args, streams.In, ingest.ReadOptions{MaxBytes: int64(maxBytes)}, runtime.GOMAXPROCS(0))
			var werr error
			p.inOrder(func(it *item) {
				rep.add(func(t *tally) { t.read++ })
				if it.err != nil {
					rep.bad(it.source, it.err, func(t *tally) { t.failed++ })
					return
				}
				if werr != nil {
					return
				}
				if it.ex.Entities == nil {
					it.ex.Entities = []model.Entity{} // the contract has lists, never null
				}
				if it.ex.Relations == nil {
					it.ex.Relations = []model.Relation{}
				}
				if err := enc.Encode(it.ex); err != nil {
					werr = fmt.Errorf("write %s: %w", it.source, err)
					cancel() // stop reading
				}
			})
			t := rep.done()
			err := werr
			if err == nil {
				err = p.readErr
			}
			if ferr := out.Flush(); err == nil {
				err = ferr
			}
			if err != nil {
				return err
			}
			return t.result(t.read - t.failed)
		},
	}
	cmd.Flags().StringVar(&format, "format", "jsonl", "output format: jsonl")
	cmd.Flags().Var(&maxBytes, "max-bytes", "largest article file or JSONL line, e.g. 500KB, 10MB; larger ones are reported and skipped")
	return cmd
}
