package main

import (
	"context"
	"fmt"
	"maps"
	"slices"

	"github.com/spf13/cobra"

	"kg/graph"
)

// SchemaOptions are what kg schema is asked to do.
type SchemaOptions struct {
	IO    IOStreams
	Store func(context.Context) (*graph.Store, error)
}

const schemaLong = `Schema creates what cypher/schema.cypher describes: a uniqueness constraint
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
still answers at once, from Neo4j's count store.`

func NewCmdSchema(f *Factory, runF func(context.Context, *SchemaOptions) error) *cobra.Command {
	opts := &SchemaOptions{IO: f.IO, Store: f.Store}
	return &cobra.Command{
		Use:   "schema",
		Short: "Create the constraints and indexes the graph needs",
		Long:  schemaLong,
		Example: `  kg schema
  NEO4J_URI=neo4j+s://example.databases.neo4j.io kg schema --password "$PW"`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return schemaRun(cmd.Context(), opts)
		},
	}
}

func schemaRun(ctx context.Context, opts *SchemaOptions) error {
	store, err := opts.Store(ctx)
	if err != nil {
		return err
	}
	defer store.Close(ctx)
	if err := store.ApplySchema(ctx); err != nil {
		return err
	}
	stmts, _ := graph.SchemaStatements()
	fmt.Fprintf(opts.IO.Out, "schema applied: %d constraints and indexes, all online; no relationship type lookup index\n", len(stmts))
	return nil
}

// StatsOptions are what kg stats is asked to do.
type StatsOptions struct {
	IO     IOStreams
	Store  func(context.Context) (*graph.Store, error)
	Format format
}

func NewCmdStats(f *Factory, runF func(context.Context, *StatsOptions) error) *cobra.Command {
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
	addFormatFlag(cmd, &opts.Format)
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
	return opts.Format.export(opts.IO.Out, []string{"kind", "name", "count"}, statsRows(st))
}

// statsRows lists labels then relationship types, each by name.
func statsRows(st graph.Stats) []map[string]any {
	var rows []map[string]any
	for _, part := range []struct {
		kind   string
		counts map[string]int64
	}{{"label", st.Labels}, {"relationship", st.Types}} {
		for _, n := range slices.Sorted(maps.Keys(part.counts)) {
			rows = append(rows, map[string]any{"kind": part.kind, "name": n, "count": part.counts[n]})
		}
	}
	return rows
}
