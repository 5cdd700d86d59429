package main

import (
	"fmt"
	"sort"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"kg/graph"
)

func newSchemaCmd(streams IOStreams, v *viper.Viper) *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Create the constraints and indexes the graph needs",
		Long: `Schema creates what cypher/schema.cypher describes: a uniqueness constraint
on the key of every node label and two full-text indexes over names and
aliases ("entity_names" over every label, "core_names" over leaders,
countries, organisations and cities, where the prepared queries look most
names up), then waits until every index is online. Existing
constraints and indexes are left alone, so it is safe to run at any time;
"kg ingest" runs it too.

It also drops the index of relationships by type that Neo4j puts in every
new database: kg never looks relationships up by type, and keeping it
makes every write decode the long sources and evidence lists of the facts
it touches (ingest took a fifth longer). Counting relationships by type
still answers at once, from Neo4j's count store.`,
		Example: `  kg schema
  NEO4J_URI=neo4j+s://example.databases.neo4j.io kg schema --password "$PW"`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			store, err := openStore(cmd.Context(), v)
			if err != nil {
				return err
			}
			defer store.Close(cmd.Context())
			if err := store.ApplySchema(cmd.Context()); err != nil {
				return err
			}
			stmts, _ := graph.SchemaStatements()
			fmt.Fprintf(streams.Out, "schema applied: %d constraints and indexes, all online; no relationship type lookup index\n", len(stmts))
			return nil
		},
	}
}

func newStatsCmd(streams IOStreams, v *viper.Viper) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Count nodes by label and relationships by type",
		Example: `  kg stats
  kg stats --format json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			store, err := openStore(cmd.Context(), v)
			if err != nil {
				return err
			}
			defer store.Close(cmd.Context())
			st, err := store.Stats(cmd.Context())
			if err != nil {
				return err
			}
			return printRows(streams.Out, format, []string{"kind", "name", "count"}, statsRows(st))
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "table", "output format: table, json or csv")
	return cmd
}

// statsRows lists labels then relationship types, each by name.
func statsRows(st graph.Stats) []map[string]any {
	var rows []map[string]any
	for _, part := range []struct {
		kind   string
		counts map[string]int64
	}{{"label", st.Labels}, {"relationship", st.Types}} {
		names := make([]string, 0, len(part.counts))
		for n := range part.counts {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			rows = append(rows, map[string]any{"kind": part.kind, "name": n, "count": part.counts[n]})
		}
	}
	return rows
}
