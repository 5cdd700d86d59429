package main

import (
	"github.com/spf13/cobra"

	"kg/cmdutil"
	"kg/iostreams"
)

// NewCmdRoot returns the kg command with its subcommands, on streams.
func NewCmdRoot(streams iostreams.IOStreams) *cobra.Command {
	conn := cmdutil.NewConnection()
	f := cmdutil.NewFactory(streams, conn)
	root := &cobra.Command{
		Use:           "kg",
		Short:         "Build and query a Neo4j knowledge graph of diplomatic news",
		Long:          help("kg"),
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			file, _ := cmd.Flags().GetString("config")
			if err := conn.Load(file); err != nil {
				return err
			}
			if r, ok := f.IO.Err.(*iostreams.Redactor); ok {
				r.Hide(conn.Config().Password) // should anything ever echo it
			}
			return nil
		},
	}
	root.CompletionOptions.DisableDefaultCmd = true
	root.SetIn(f.IO.In)
	root.SetOut(f.IO.Out)
	root.SetErr(f.IO.Err)
	conn.AddFlags(root.PersistentFlags())
	root.AddCommand(
		NewCmdIngest(f, nil),
		NewCmdExtract(f, nil),
		NewCmdEval(f, nil),
		NewCmdQuery(f, nil),
		NewCmdSchema(f, nil),
		NewCmdStats(f, nil),
		NewCmdGen(f, nil),
		NewCmdBench(f, nil),
	)
	return root
}
