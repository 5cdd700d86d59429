package main

import (
	"fmt"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"kg/graph"
)

func newQueryCmd(streams IOStreams, v *viper.Viper) *cobra.Command {
	var (
		list   bool
		params []string
		format string
		adhoc  string
		write  bool
	)
	cmd := &cobra.Command{
		Use:   "query NAME [--param k=v ...] [--format table|json|csv]\n  kg query --cypher 'MATCH ...' [--param k=v ...] [--write]",
		Short: "Answer a question with a prepared Cypher query",
		Long: `Query runs one of the prepared queries of cypher/*.cypher in a read-only
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
Neo4j as query parameters ($name in the query), never as query text.`,
		Example: `  kg query --list
  kg query overview
  kg query name-search --param q='tap can binh'
  kg query name-search --param q=Putin --format json
  kg query overview --format csv > overview.csv
  kg query --cypher 'MATCH (l:Leader) WHERE l.country = $c RETURN l.name' --param c=VN`,
		Args: func(cmd *cobra.Command, args []string) error {
			switch {
			case list && len(args) > 0:
				return fmt.Errorf("--list takes no query name")
			case adhoc != "" && (list || len(args) > 0):
				return fmt.Errorf("--cypher takes no query name and no --list")
			case write && adhoc == "":
				return fmt.Errorf("--write goes with --cypher; prepared queries only read")
			case adhoc != "":
			case !list && len(args) != 1:
				return fmt.Errorf("name one query (kg query --list shows them)")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if list {
				return listQueries(streams)
			}
			p, err := parseParams(params)
			if err != nil {
				return err
			}
			if adhoc != "" {
				if _, err := formatOK(format); err != nil {
					return err
				}
				store, err := openStore(cmd.Context(), v)
				if err != nil {
					return err
				}
				defer store.Close(cmd.Context())
				mode := graph.ReadOnly
				if write {
					mode = graph.ReadWrite
				}
				cols, rows, err := store.Cypher(cmd.Context(), adhoc, p, mode)
				if err != nil {
					return err
				}
				return printRows(streams.Out, format, cols, rows)
			}
			q, err := graph.Lookup(args[0])
			if err != nil {
				return err // before connecting: a typo needs no database
			}
			store, err := openStore(cmd.Context(), v)
			if err != nil {
				return err
			}
			defer store.Close(cmd.Context())
			// An unknown or ambiguous name gets the closest matches, not an empty table.
			if err := store.CheckNames(cmd.Context(), q, p); err != nil {
				return err
			}
			cols, rows, err := store.Run(cmd.Context(), q, p)
			if err != nil {
				return err
			}
			return printRows(streams.Out, format, cols, rows)
		},
	}
	cmd.Flags().BoolVar(&list, "list", false, "list the prepared queries and their parameters")
	cmd.Flags().StringArrayVarP(&params, "param", "p", nil, "a query parameter as `name=value` (repeat for more)")
	cmd.Flags().StringVarP(&format, "format", "f", "table", "output format: table, json or csv")
	cmd.Flags().StringVar(&adhoc, "cypher", "", "run this Cypher `query` instead of a prepared one, read-only")
	cmd.Flags().BoolVar(&write, "write", false, "with --cypher: allow the query to change the graph")
	return cmd
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

func listQueries(streams IOStreams) error {
	qs, err := graph.List()
	if err != nil {
		return err
	}
	sort.Slice(qs, func(i, j int) bool { return qs[i].Name < qs[j].Name })
	tw := tabwriter.NewWriter(streams.Out, 0, 0, 2, ' ', 0)
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

// formatOK checks an output format before any work is done.
func formatOK(format string) (string, error) {
	for _, f := range formats {
		if f == format {
			return f, nil
		}
	}
	return "", fmt.Errorf("unknown format %q: use one of %s", format, strings.Join(formats, ", "))
}
