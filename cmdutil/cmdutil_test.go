package cmdutil

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kg/graph"
	"kg/pipeline"
)

func TestParseSize(t *testing.T) {
	for text, want := range map[string]int64{
		"500000": 500000, "512K": 512 << 10, "512kb": 512 << 10, "1MB": 1 << 20, "10MiB": 10 << 20, "1G": 1 << 30, " 2 MB ": 2 << 20, "7B": 7,
	} {
		got, err := ParseSize(text)
		assert.NoError(t, err, text)
		assert.Equal(t, want, got, text)
	}
	for _, text := range []string{"", "lots", "-1", "0", "1.5MB", "MB", "9999999999G"} {
		_, err := ParseSize(text)
		assert.Error(t, err, text)
	}
	assert.Equal(t, "10MB", FormatSize(10<<20))
	assert.Equal(t, "1000", FormatSize(1000))
}

// Flags beat the environment, which beats the config file, which beats
// the defaults.
func TestConnectionPrecedence(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "kg.yaml")
	require.NoError(t, os.WriteFile(file, []byte("neo4j:\n  uri: bolt://127.0.0.1:3\n  username: filed\n"), 0o600))
	tests := []struct {
		name, env string
		args      []string
		want      graph.Config
	}{
		{"defaults", "", nil, graph.Config{URI: "bolt://localhost:7687", Username: "neo4j", Password: "kgpassword", RetryFor: graph.DefaultRetryFor, ConnectTimeout: graph.DefaultConnectTimeout}},
		{"config file", "", []string{"--config", file}, graph.Config{URI: "bolt://127.0.0.1:3", Username: "filed", Password: "kgpassword", RetryFor: graph.DefaultRetryFor, ConnectTimeout: graph.DefaultConnectTimeout}},
		{"env beats config file", "bolt://127.0.0.1:2", []string{"--config", file}, graph.Config{URI: "bolt://127.0.0.1:2", Username: "filed", Password: "kgpassword", RetryFor: graph.DefaultRetryFor, ConnectTimeout: graph.DefaultConnectTimeout}},
		{"flag beats env", "bolt://127.0.0.1:2", []string{"--config", file, "--uri", "bolt://127.0.0.1:1", "--retry-for", "5s"}, graph.Config{URI: "bolt://127.0.0.1:1", Username: "filed", Password: "kgpassword", RetryFor: 5e9, ConnectTimeout: graph.DefaultConnectTimeout}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("NEO4J_URI", tt.env)
			if tt.env == "" {
				os.Unsetenv("NEO4J_URI")
			}
			t.Chdir(dir + "/..") // no kg.yaml here
			c := NewConnection()
			fs := pflag.NewFlagSet("kg", pflag.ContinueOnError)
			c.AddFlags(fs)
			require.NoError(t, fs.Parse(tt.args))
			config, _ := fs.GetString("config")
			require.NoError(t, c.Load(config))
			assert.Equal(t, tt.want, c.Config())
		})
	}
	err := NewConnection().Load(filepath.Join(dir, "none.yaml"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "read config file "+filepath.Join(dir, "none.yaml"))
}

func TestResultAndExitStatus(t *testing.T) {
	tests := []struct {
		bad, good int
		status    int
		msg       string
	}{
		{0, 5, ExitOK, ""},
		{2, 3, ExitPartial, "2 items could not be processed"},
		{4, 0, ExitFatal, "none of 4 items could be processed"},
	}
	for _, tt := range tests {
		err := Result(tt.bad, tt.good)
		assert.Equal(t, tt.status, ExitStatus(err), "%d bad, %d good", tt.bad, tt.good)
		if tt.msg != "" {
			assert.EqualError(t, err, tt.msg)
		}
	}
	assert.Equal(t, ExitPartial, ExitStatus(fmt.Errorf("ingest: %w", PartialError{Bad: 1})), "wrapped")
}

func TestMinimumArgs(t *testing.T) {
	cmd := &cobra.Command{Use: "ingest PATH...", Args: MinimumArgs(1, "no articles to read"), RunE: func(*cobra.Command, []string) error { return nil }}
	cmd.SetArgs(nil)
	cmd.SilenceUsage, cmd.SilenceErrors = true, true
	err := cmd.Execute()
	require.Error(t, err)
	assert.Equal(t, "no articles to read\nUsage: ingest PATH... [flags]", err.Error())
	cmd.SetArgs([]string{"a.txt"})
	assert.NoError(t, cmd.Execute())
}

func TestIngestStopped(t *testing.T) {
	cfg := graph.Config{URI: "bolt://neo4j:secret@db.example:7687", RetryFor: 45e9}
	lost := fmt.Errorf("write 1000 articles: %w\n  at the server", context.DeadlineExceeded)
	err := IngestStopped(context.Background(), cfg, pipeline.Tally{Ingested: 5000}, lost)
	assert.Equal(t, "lost the connection to Neo4j at bolt://***@db.example:7687 (or it kept failing) for longer than 45s (--retry-for), after 5000 articles landed; "+
		"no article is half written (a batch is one transaction); run the same command again to finish: articles already in the graph are skipped. "+
		"Last error: write 1000 articles: context deadline exceeded at the server", err.Error())

	err = IngestStopped(context.Background(), graph.Config{URI: "bolt://x:7687"}, pipeline.Tally{}, fmt.Errorf("%w: %s", context.DeadlineExceeded, strings.Repeat("é", 300)))
	assert.Contains(t, err.Error(), "longer than "+graph.DefaultRetryFor.String())
	assert.True(t, strings.HasSuffix(err.Error(), "..."), "a long error is cut, on a character boundary")

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err = IngestStopped(ctx, cfg, pipeline.Tally{Ingested: 7}, context.Canceled)
	assert.True(t, strings.HasPrefix(err.Error(), "interrupted after 7 articles landed; "), err.Error())

	other := errors.New("a query failed")
	assert.Same(t, other, IngestStopped(context.Background(), cfg, pipeline.Tally{}, other))
}
