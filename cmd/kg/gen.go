package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"kg/cmdutil"
	"kg/corpus"
	"kg/iostreams"
)

// GenOptions are what kg gen is asked to do.
type GenOptions struct {
	IO       iostreams.IOStreams
	Articles int
	Seed     int64
	Out      string
}

func NewCmdGen(f *cmdutil.Factory, runF func(context.Context, *GenOptions) error) *cobra.Command {
	opts := &GenOptions{IO: f.IO}
	cmd := &cobra.Command{
		Use:   "gen --articles N [--seed S] --out DIR",
		Short: "Generate a corpus of Vietnamese news articles with the facts planted in them",
		Long:  help("gen"),
		Example: `  kg gen --articles 10000 --out /tmp/corpus
  kg gen --articles 100000 --seed 7 --out /tmp/big && kg ingest /tmp/big/corpus.jsonl`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.Articles < 1 {
				return fmt.Errorf("--articles must be at least 1")
			}
			if opts.Out == "" {
				return fmt.Errorf("--out DIR is required: the folder to write corpus.jsonl and facts.jsonl into")
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return genRun(opts)
		},
	}
	cmd.Flags().IntVar(&opts.Articles, "articles", 1000, "how many `articles` to generate")
	cmd.Flags().Int64Var(&opts.Seed, "seed", 1, "random `seed`; the same seed gives the same corpus")
	cmd.Flags().StringVar(&opts.Out, "out", "", "`folder` to write corpus.jsonl and facts.jsonl into (created if missing)")
	return cmd
}

// genRun writes Out/corpus.jsonl and Out/facts.jsonl.
func genRun(opts *GenOptions) error {
	if err := os.MkdirAll(opts.Out, 0o755); err != nil {
		return fmt.Errorf("make the folder --out %s: %w", opts.Out, err)
	}
	paths := [2]string{filepath.Join(opts.Out, "corpus.jsonl"), filepath.Join(opts.Out, "facts.jsonl")}
	if err := corpus.WriteFiles(paths[0], paths[1], opts.Seed, opts.Articles); err != nil {
		return err
	}
	fmt.Fprintf(opts.IO.Out, "wrote %d articles to %s and their facts to %s\n", opts.Articles, paths[0], paths[1])
	return nil
}
