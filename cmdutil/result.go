package cmdutil

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"kg/graph"
	"kg/pipeline"
)

// Exit statuses.
const (
	ExitOK      = 0
	ExitFatal   = 1 // nothing useful happened: bad usage, database unreachable, ...
	ExitPartial = 2 // some items were bad, the others landed
)

// PartialError says that some items failed; the command still did its work.
type PartialError struct{ Bad int }

func (e PartialError) Error() string { return fmt.Sprintf("%d items could not be processed", e.Bad) }

// Result is the outcome of a command that went through items: nil when
// none was bad, a PartialError when some were bad but good ones went
// through, and an error when every one was bad.
func Result(bad, good int) error {
	switch {
	case bad == 0:
		return nil
	case good == 0:
		return fmt.Errorf("none of %d items could be processed", bad)
	}
	return PartialError{Bad: bad}
}

// ExitStatus is the exit status of a command that returned err.
func ExitStatus(err error) int {
	var partial PartialError
	switch {
	case err == nil:
		return ExitOK
	case errors.As(err, &partial):
		return ExitPartial
	}
	return ExitFatal
}

// MinimumArgs accepts at least n arguments; with fewer, the error is
// missing, which says what is missing, then the usage line.
func MinimumArgs(n int, missing string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) >= n {
			return nil
		}
		return fmt.Errorf("%s\nUsage: %s", missing, cmd.UseLine())
	}
}

// IngestStopped explains an error that stopped an ingest after t: what
// landed, and that running the same command again finishes the job.
func IngestStopped(ctx context.Context, cfg graph.Config, t pipeline.Tally, err error) error {
	again := "no article is half written (a batch is one transaction); run the same command again to finish: articles already in the graph are skipped"
	switch {
	case ctx.Err() != nil:
		return fmt.Errorf("interrupted after %s; %s", t.Landed(), again)
	case graph.IsUnavailable(err):
		retryFor := cfg.RetryFor
		if retryFor <= 0 {
			retryFor = graph.DefaultRetryFor
		}
		return fmt.Errorf("lost the connection to Neo4j at %s (or it kept failing) for longer than %s (--retry-for), after %s; %s. Last error: %s",
			cfg.Display(), retryFor, t.Landed(), again, shorten(err.Error(), 400))
	}
	return err
}

// shorten keeps s on one line and at most n bytes.
func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > n {
		cut := n
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "..."
	}
	return s
}
