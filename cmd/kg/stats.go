package main

import (
	"context"

	"github.com/spf13/cobra"

	"kg/cmdutil"
	"kg/graph"
	"kg/iostreams"
	"kg/output"
)

// StatsOptions are what kg stats is asked to do.
type StatsOptions struct {
	IO     iostreams.IOStreams
	Store  func(context.Context) (*graph.Store, error)
	Format output.Format
}

func NewCmdStats(f *cmdutil.Factory, runF func(context.Context, *StatsOptions) error) *cobra.Command {
	opts := &StatsOptions{IO: f.IO, Store: f.Store}
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Count nodes by label and relationships by type",
		Example: `  kg stats
  kg stats --format json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return statsRun(cmd.Context(), opts)
		},
	}
	output.AddFormatFlag(cmd.Flags(), &opts.Format)
	return cmd
}

func statsRun(ctx context.Context, opts *StatsOptions) error {
	store, err := opts.Store(ctx)
	if err != nil {
		return err
	}
	defer store.Close(ctx)
	st, err := store.Stats(ctx)
	if err != nil {
		return err
	}
	p := output.Printer{Format: opts.Format, Width: opts.IO.TableWidth()}
	return p.Print(opts.IO.Out, []string{"kind", "name", "count"}, st.Rows())
}
