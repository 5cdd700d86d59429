package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"kg/graph"
)

// QueryOptions are what kg query is asked to do.
type QueryOptions struct {
	IO     IOStreams
	Store  func(context.Context) (*graph.Store, error)
	List   bool
	Query  graph.Query // the prepared query named, looked up before connecting
	Cypher string      // an ad-hoc query instead
	Write  bool        // the ad-hoc query may change the graph
	Params map[string]any
	Format format
}

const queryLong = `Query runs one of the prepared queries of cypher/*.cypher in a read-only
transaction and prints its rows. "kg query --list" shows every query, its
question and its parameters.

Parameters are given as --param name=value, once per parameter; values are
strings. Names are lenient where the query says so: "Xi", "Tập Cận Bình",
"tap can binh" and "xi jinping" find the same leader.

The same files run in Neo4j Browser (paste the :param line of the file
header first) and from Python with the neo4j driver.

Only the prepared files run, unless --cypher gives a query of your own.
That query runs in a READ transaction: the server refuses any change to
the graph, unless --write is given too. Parameter values always reach
Neo4j as query parameters ($name in the query), never as query text.`

func NewCmdQuery(f *Factory, runF func(context.Context, *QueryOptions) error) *cobra.Command {
	opts := &QueryOptions{IO: f.IO, Store: f.Store}
	var params []string
	cmd := &cobra.Command{
		Use:   "query NAME [--param k=v ...] [--format table|json|csv]\n  kg query --cypher 'MATCH ...' [--param k=v ...] [--write]",
		Short: "Answer a question with a prepared Cypher query",
		Long:  queryLong,
		Example: `  kg query --list
  kg query overview
  kg query name-search --param q='tap can binh'
  kg query name-search --param q=Putin --format json
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
				return fmt.Errorf("name one query (kg query --list shows them)")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) (err error) {
			if !opts.List {
				if opts.Params, err = parseParams(params); err != nil {
					return err
				}
			}
			if len(args) == 1 {
				if opts.Query, err = graph.Lookup(args[0]); err != nil {
					return err // before connecting: a typo needs no database
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
	addFormatFlag(cmd, &opts.Format)
	cmd.Flags().StringVar(&opts.Cypher, "cypher", "", "run this Cypher `query` instead of a prepared one, read-only")
	cmd.Flags().BoolVar(&opts.Write, "write", false, "with --cypher: allow the query to change the graph")
	return cmd
}

// queryRun lists the prepared queries, or connects, runs the query and
// prints its rows.
func queryRun(ctx context.Context, opts *QueryOptions) error {
	if opts.List {
		return listQueries(opts.IO.Out)
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
	return opts.Format.export(opts.IO.Out, cols, rows)
}

// answer runs the ad-hoc query, or the prepared one once its names are
// known: an unknown or ambiguous name gets the closest matches, not an
// empty table.
func answer(ctx context.Context, store *graph.Store, opts *QueryOptions) ([]string, []map[string]any, error) {
	if opts.Cypher != "" {
		mode := graph.ReadOnly
		if opts.Write {
			mode = graph.ReadWrite
		}
		return store.Cypher(ctx, opts.Cypher, opts.Params, mode)
	}
	if err := store.CheckNames(ctx, opts.Query, opts.Params); err != nil {
		return nil, nil, err
	}
	return store.Run(ctx, opts.Query, opts.Params)
}

// parseParams turns name=value pairs into query parameters.
func parseParams(pairs []string) (map[string]any, error) {
	p := make(map[string]any, len(pairs))
	for _, pair := range pairs {
		name, value, ok := strings.Cut(pair, "=")
		if !ok || name == "" {
			return nil, fmt.Errorf("--param %q: want name=value", pair)
		}
		p[name] = value
	}
	return p, nil
}

// listQueries prints each prepared query, its question and parameters.
func listQueries(w io.Writer) error {
	qs, err := graph.List()
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, q := range qs {
		fmt.Fprintf(tw, "%s\t%s\n", q.Name, q.Question)
		for _, p := range q.Specs() {
			doc := p.Doc
			if p.Optional {
				doc += " (optional)"
			}
			fmt.Fprintf(tw, "\t  --param %s=...  %s\n", p.Name, doc)
		}
	}
	return tw.Flush()
}
