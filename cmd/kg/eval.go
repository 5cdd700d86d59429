package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"kg/cmdutil"
	"kg/eval"
	"kg/ingest"
	"kg/iostreams"
	"kg/output"
	"kg/pipeline"
)

// EvalOptions are what kg eval is asked to do.
type EvalOptions struct {
	Streams  iostreams.IOStreams
	Gold     string // a folder of <article>.json, one .json or a .jsonl file; "" for the .json beside each article
	Paths    []string
	Verbose  bool
	Format   string // table | json
	Floors   []eval.Floor
	MaxBytes int64
}

func NewCmdEval(f *cmdutil.Factory, runF func(context.Context, *EvalOptions) error) *cobra.Command {
	opts := &EvalOptions{Streams: f.IO}
	var floors []string
	maxBytes := cmdutil.ByteSize(ingest.DefaultMaxBytes)
	cmd := &cobra.Command{
		Use:   "eval [--gold PATH] ARTICLE...",
		Short: "Score extraction against hand-written gold facts",
		Long:  help("eval"),
		Example: `  kg eval fixtures/real/dev
  kg eval --verbose fixtures/real/dev/017_vnexpress_to-lam-tham-han-quoc.txt
  kg eval --min overall=0.9 --min strict=0.8 fixtures/real/test
  kg eval --gold gold.jsonl articles/`,
		Args: cmdutil.MinimumArgs(1, "no articles to score: give articles, or folders of them, that have gold"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths, opts.MaxBytes = args, int64(maxBytes)
			if opts.Format != "table" && opts.Format != "json" {
				return fmt.Errorf("unknown format %q: eval writes table or json", opts.Format)
			}
			var err error
			if opts.Floors, err = eval.ParseFloors(floors); err != nil {
				return err
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return evalRun(cmd.Context(), opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opts.Gold, "gold", "", "gold `PATH`: a folder of <article>.json, one .json, or a .jsonl file (default: the .json beside each article)")
	fl.BoolVarP(&opts.Verbose, "verbose", "v", false, "list every miss and false positive with its sentence, article by article")
	fl.StringVar(&opts.Format, "format", "table", "output `format`: table or json")
	fl.StringArrayVar(&floors, "min", nil, "fail unless F1 of `TYPE=F1` is reached (TYPE: leaders, meetings, strict, memberships, agreements, partnerships, overall); repeatable")
	fl.Var(&maxBytes, "max-bytes", "largest article to read (e.g. 10MB)")
	return cmd
}

// evalRun reads and extracts the articles of opts on every core
// (package pipeline) and scores them in input order (package eval).
func evalRun(ctx context.Context, opts *EvalOptions) (err error) {
	rep := &output.Progress{W: opts.Streams.Err, TTY: opts.Streams.ErrTTY, MaxBytesFlag: true, Line: output.ReadLine("scored")}
	scorer := &eval.Scorer{NoGold: func(source string, err error) { rep.Item(pipeline.ItemError{Source: source, Err: err}) }}
	if opts.Gold != "" {
		if scorer.Gold, err = eval.LoadGold(opts.Gold); err != nil {
			return err
		}
	}
	t, err := pipeline.Ingester{
		Read: ingest.ReadOptions{MaxBytes: opts.MaxBytes}, Stdin: opts.Streams.In, Reporter: rep, Each: scorer.Add,
	}.Run(ctx, opts.Paths)
	rep.Done()
	switch {
	case err != nil:
		return err
	case scorer.Scored() == 0:
		return errors.New("no article could be scored")
	}
	if err := eval.Write(opts.Streams.Out, scorer.Score(), opts.Format, opts.Verbose); err != nil {
		return err
	}
	if below := scorer.Score().Below(opts.Floors); len(below) > 0 {
		return errors.New(strings.Join(below, "; "))
	}
	return cmdutil.Result(t.Bad()+scorer.Missed(), scorer.Scored())
}
