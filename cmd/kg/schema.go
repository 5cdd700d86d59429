package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"kg/cmdutil"
	"kg/graph"
	"kg/iostreams"
)

// SchemaOptions are what kg schema is asked to do.
type SchemaOptions struct {
	IO    iostreams.IOStreams
	Store func(context.Context) (*graph.Store, error)
}

func NewCmdSchema(f *cmdutil.Factory, runF func(context.Context, *SchemaOptions) error) *cobra.Command {
	opts := &SchemaOptions{IO: f.IO, Store: f.Store}
	return &cobra.Command{
		Use:   "schema",
		Short: "Create the constraints and indexes the graph needs",
		Long:  help("schema"),
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
