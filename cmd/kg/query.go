package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"kg/cmdutil"
	"kg/graph"
	"kg/iostreams"
	"kg/output"
)

// QueryOptions are what kg query is asked to do.
type QueryOptions struct {
	IO     iostreams.IOStreams
	Store  func(context.Context) (*graph.Store, error)
	List   bool
	Query  graph.Query // the prepared query named, looked up before connecting
	Cypher string      // an ad-hoc query instead
	Write  bool        // the ad-hoc query may change the graph
	Params map[string]any
	Format output.Format
	Wide   bool // a table on a terminal keeps every value in full
}

func NewCmdQuery(f *cmdutil.Factory, runF func(context.Context, *QueryOptions) error) *cobra.Command {
	opts := &QueryOptions{IO: f.IO, Store: f.Store}
	var params []string
	cmd := &cobra.Command{
		Use:   "query NAME [--param k=v ...] [--format table|json|csv]\n  kg query --cypher 'MATCH ...' [--param k=v ...] [--write]",
		Short: "Answer a question with a prepared Cypher query",
		Long:  help("query"),
		Example: `  kg query --list
  kg query name-search --param q='tap can binh'
  kg query meetings-between --param a=Putin --param b='Tập Cận Bình' --format json
  kg query overview --format csv > overview.csv
  kg query --cypher 'MATCH (l:Leader) WHERE l.country = $c RETURN l.name' --param c=VN`,
		Args: func(cmd *cobra.Command, args []string) error {
			switch {
			case opts.List && len(args) > 0:
				return fmt.Errorf("--list takes no query name")
			case opts.Cypher != "" && (opts.List || len(args) > 0):
				return fmt.Errorf("--cypher takes no query name and no --list")
			case opts.Write && opts.Cypher == "":
				return fmt.Errorf("--write goes with --cypher; prepared queries only read")
			case opts.Cypher != "":
			case !opts.List && len(args) != 1:
				return fmt.Errorf("name one query (kg query --list shows them)\nUsage: %s", cmd.UseLine())
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) (err error) {
			if opts.Params, err = graph.ParseParams(params); err != nil {
				return err
			}
			if len(args) == 1 { // a typo needs no database
				if opts.Query, err = graph.Lookup(args[0]); err != nil {
					return err
				}
				if err := opts.Query.CheckParams(opts.Params); err != nil {
					return err
				}
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return queryRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().BoolVar(&opts.List, "list", false, "list the prepared queries and their parameters")
	cmd.Flags().StringArrayVarP(&params, "param", "p", nil, "a query parameter as `name=value` (repeat for more)")
	output.AddFormatFlag(cmd.Flags(), &opts.Format)
	cmd.Flags().BoolVar(&opts.Wide, "wide", false, "on a terminal too, print every value of the table in full")
	cmd.Flags().StringVar(&opts.Cypher, "cypher", "", "run this Cypher `query` instead of a prepared one, read-only")
	cmd.Flags().BoolVar(&opts.Write, "write", false, "with --cypher: allow the query to change the graph")
	return cmd
}

// queryRun lists the prepared queries, or connects, runs the query and
// prints its rows.
func queryRun(ctx context.Context, opts *QueryOptions) error {
	if opts.List {
		qs, err := graph.List()
		if err != nil {
			return err
		}
		return output.WriteQueries(opts.IO.Out, qs)
	}
	store, err := opts.Store(ctx)
	if err != nil {
		return err
	}
	defer store.Close(ctx)
	cols, rows, err := answer(ctx, store, opts)
	if err != nil {
		return err
	}
	p := output.Printer{Format: opts.Format, Width: opts.IO.TableWidth()}
	if opts.Wide {
		p.Width = 0
	}
	return p.Print(opts.IO.Out, cols, rows)
}

// answer runs the ad-hoc query, or the prepared one, and says on stderr
// how each name it was given resolved, when not exactly.
func answer(ctx context.Context, store *graph.Store, opts *QueryOptions) ([]string, []map[string]any, error) {
	if opts.Cypher != "" {
		mode := graph.ReadOnly
		if opts.Write {
			mode = graph.ReadWrite
		}
		return store.Cypher(ctx, opts.Cypher, opts.Params, mode)
	}
	ans, err := store.Answer(ctx, opts.Query, opts.Params)
	for _, r := range ans.Names {
		if n := r.Notice(); n != "" {
			fmt.Fprintln(opts.IO.Err, n)
		}
	}
	return ans.Columns, ans.Rows, err
}
