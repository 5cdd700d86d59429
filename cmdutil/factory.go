// Package cmdutil holds what kg's commands share besides their output:
// the Factory that gives them streams and a connection, the connection
// settings (flags, environment, config file, defaults), flag values, and
// the outcome of a command as an error and an exit status. Modelled on
// the package of the same name in GitHub's CLI.
package cmdutil

import (
	"context"

	"kg/graph"
	"kg/iostreams"
	"kg/pipeline"
)

// Factory gives the commands what they share: the streams, and the
// connection the configuration names. Tests make their own.
type Factory struct {
	IO iostreams.IOStreams
	// Config is the connection that flags, the environment, the config
	// file and the defaults name, in that order; ready once flags are parsed.
	Config func() graph.Config
	// Store connects as Config says.
	Store func(ctx context.Context) (*graph.Store, error)
}

// NewFactory returns a factory on streams whose connection is conn's.
func NewFactory(streams iostreams.IOStreams, conn *Connection) *Factory {
	return &Factory{
		IO:     streams,
		Config: conn.Config,
		Store:  func(ctx context.Context) (*graph.Store, error) { return graph.Open(ctx, conn.Config()) },
	}
}

// GraphSink connects, applies the schema and returns the sink kg ingest
// writes batches of batch articles to (pipeline.GraphSink), and what
// closes the connection.
func (f *Factory) GraphSink(ctx context.Context, batch int) (pipeline.Sink, func(), error) {
	store, err := f.Store(ctx)
	if err != nil {
		return nil, nil, err
	}
	closeStore := func() { store.Close(context.Background()) }
	if err := store.ApplySchema(ctx); err != nil {
		closeStore()
		return nil, nil, IngestStopped(ctx, f.Config(), pipeline.Tally{}, err)
	}
	return pipeline.GraphSink(store, batch), closeStore, nil
}
