package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"kg/corpus"
)

func newGenCmd(streams IOStreams) *cobra.Command {
	var articles int
	var seed int64
	var out string
	cmd := &cobra.Command{
		Use:   "gen --articles N [--seed S] --out DIR",
		Short: "Generate a corpus of Vietnamese news articles with the facts planted in them",
		Long: `Gen writes N generated Vietnamese diplomatic news articles to DIR/corpus.jsonl
(the JSONL format "kg ingest" and "kg extract" read: one article a line,
{"text", "title", "published", "url"}) and the facts planted in each one to
DIR/facts.jsonl (line k holds the facts of article k: {"id", "facts"}), so
that runs at scale also measure whether the extractor recovers them.

The articles are deterministic for a seed: the same --seed and --articles
give the same files. Both files are streamed, so memory stays flat however
many articles are asked for (about 3.3 KB of text per article).`,
		Example: `  kg gen --articles 10000 --out /tmp/corpus
  kg gen --articles 100000 --seed 7 --out /tmp/big && kg ingest /tmp/big/corpus.jsonl`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if articles < 1 {
				return fmt.Errorf("--articles must be at least 1")
			}
			if out == "" {
				return fmt.Errorf("--out DIR is required: the folder to write corpus.jsonl and facts.jsonl into")
			}
			if err := os.MkdirAll(out, 0o755); err != nil {
				return err
			}
			paths, err := genCorpus(out, seed, articles)
			if err != nil {
				return err
			}
			fmt.Fprintf(streams.Out, "wrote %d articles to %s and their facts to %s\n", articles, paths[0], paths[1])
			return nil
		},
	}
	cmd.Flags().IntVar(&articles, "articles", 1000, "how many `articles` to generate")
	cmd.Flags().Int64Var(&seed, "seed", 1, "random `seed`; the same seed gives the same corpus")
	cmd.Flags().StringVar(&out, "out", "", "`folder` to write corpus.jsonl and facts.jsonl into (created if missing)")
	return cmd
}

// genCorpus writes dir/corpus.jsonl and dir/facts.jsonl and returns their
// paths.
func genCorpus(dir string, seed int64, n int) ([2]string, error) {
	paths := [2]string{filepath.Join(dir, "corpus.jsonl"), filepath.Join(dir, "facts.jsonl")}
	a, err := os.Create(paths[0])
	if err != nil {
		return paths, err
	}
	defer a.Close()
	f, err := os.Create(paths[1])
	if err != nil {
		return paths, err
	}
	defer f.Close()
	if err := corpus.WriteJSONL(a, f, seed, n); err != nil {
		return paths, fmt.Errorf("write corpus: %w", err)
	}
	if err := a.Close(); err != nil {
		return paths, err
	}
	return paths, f.Close()
}
