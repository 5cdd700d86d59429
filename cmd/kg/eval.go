package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"kg/eval"
	"kg/ingest"
	"kg/pipeline"
)

// EvalOptions are what kg eval is asked to do.
type EvalOptions struct {
	Streams  IOStreams
	Gold     string // a folder of <article>.json, one .json or a .jsonl file; "" for the .json beside each article
	Paths    []string
	Verbose  bool
	Format   string // table | json
	Floors   []eval.Floor
	MaxBytes int64
}

const evalLong = `Eval extracts articles as "kg extract" does and scores what it finds
against gold: the facts an analyst wrote down for each article, in the
format of docs/ANNOTATION.md. It prints precision, recall and F1 for

  leaders          named officials (names compared without case or diacritics,
                   against every name and alias the extraction gives)
  meetings         meetings with the right participants
  meetings strict  ... and the right date and place
  memberships      country, organisation and status
  agreements       parties, kind and status
  partnerships     the two countries, level and status
  overall          leaders, strict meetings, memberships, agreements and
                   partnerships together

Meetings are paired with gold by maximum matching, so one extracted
meeting never counts for two. Gold marked optional counts neither for nor
against. The publication date is scored apart.

An article's gold is the file named like it with .json, beside it, unless
--gold names a folder of such files, one .json file, or a JSON Lines file
whose records name their article in "article".

Exit status: 0 when every article was scored and every --min floor is
reached, 1 when a floor is not reached or nothing could be scored, 2
when some articles had no gold or could not be read.`

func NewCmdEval(f *Factory, runF func(context.Context, *EvalOptions) error) *cobra.Command {
	opts := &EvalOptions{Streams: f.IO}
	var floors []string
	maxBytes := byteSize(ingest.DefaultMaxBytes)
	cmd := &cobra.Command{
		Use:   "eval [--gold PATH] ARTICLE...",
		Short: "Score extraction against hand-written gold facts",
		Long:  evalLong,
		Example: `  kg eval fixtures/real/dev
  kg eval --verbose fixtures/real/dev/017_vnexpress_to-lam-tham-han-quoc.txt
  kg eval --min overall=0.9 --min strict=0.8 fixtures/real/test
  kg eval --gold gold.jsonl articles/`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return fmt.Errorf("kg eval needs the articles to score: %s", cmd.UseLine())
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths, opts.MaxBytes = args, int64(maxBytes)
			if opts.Format != "table" && opts.Format != "json" {
				return fmt.Errorf("unknown format %q: eval writes table or json", opts.Format)
			}
			for _, f := range floors {
				fl, err := eval.ParseFloor(f)
				if err != nil {
					return err
				}
				opts.Floors = append(opts.Floors, fl)
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

// evalRun reads, extracts and scores the articles of opts.
func evalRun(ctx context.Context, opts *EvalOptions) error {
	var shared eval.GoldSet
	if opts.Gold != "" {
		var err error
		if shared, err = eval.LoadGold(opts.Gold); err != nil {
			return err
		}
	}
	rep := &progress{io: opts.Streams}
	var t pipeline.Tally
	var total eval.Score
	scored := 0
	err := ingest.Read(ctx, opts.Paths, opts.Streams.In, ingest.ReadOptions{MaxBytes: opts.MaxBytes}, func(doc ingest.Document) error {
		t.Read++
		rep.Progress(t)
		name := eval.ArticleName(doc.Source)
		g, err := goldFor(shared, doc.Source)
		if err != nil {
			t.Skipped++
			rep.Bad(pipeline.ItemError{Source: doc.Source, Err: err}, t)
			return nil
		}
		total = total.Add(eval.Compare(name, ingest.Extract(doc), g))
		scored++
		return nil
	}, func(e ingest.ReadError) { t.Skipped++; rep.Bad(e, t) })
	rep.done()
	if err != nil {
		return err
	}
	if scored == 0 {
		return errors.New("no article could be scored")
	}
	if err := writeEval(opts, total); err != nil {
		return err
	}
	if below := total.Below(opts.Floors); len(below) > 0 {
		return errors.New(strings.Join(below, "; "))
	}
	return result(t, scored)
}

// goldFor returns the gold of the article at source: from the shared set
// when --gold was given, else from the .json file beside it.
func goldFor(shared eval.GoldSet, source string) (*eval.Gold, error) {
	name := eval.ArticleName(source)
	if shared != nil {
		if g := shared[name]; g != nil {
			return g, nil
		}
		return nil, fmt.Errorf("no gold for article %s", name)
	}
	path := strings.TrimSuffix(source, ".txt") + ".json"
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("no gold beside it (%s)", path)
	}
	set, err := eval.LoadGold(path)
	if err != nil {
		return nil, err
	}
	return set[eval.ArticleName(path)], nil
}

func writeEval(opts *EvalOptions, s eval.Score) error {
	out := opts.Streams.Out
	if opts.Format == "json" {
		if !opts.Verbose {
			s.Findings = nil
		}
		type row struct {
			Type      string  `json:"type"`
			TP        int     `json:"tp"`
			FP        int     `json:"fp"`
			FN        int     `json:"fn"`
			Precision float64 `json:"precision"`
			Recall    float64 `json:"recall"`
			F1        float64 `json:"f1"`
		}
		var rows []row
		for _, typ := range append(append([]string(nil), eval.FactTypes...), eval.Overall, eval.Published) {
			t := s.Tally(typ)
			rows = append(rows, row{typ, t.TP, t.FP, t.FN, t.Precision(), t.Recall(), t.F1()})
		}
		enc := json.NewEncoder(out)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(map[string]any{"articles": s.Articles, "scores": rows, "findings": s.Findings})
	}
	if err := eval.WriteTable(out, s); err != nil {
		return err
	}
	if opts.Verbose {
		return eval.WriteFindings(out, s)
	}
	return nil
}
