package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"kg/graph"
)

// Factory gives the commands what they share: the streams, and the
// connection the configuration names. Tests make their own.
type Factory struct {
	IO IOStreams
	// Config is the connection that flags, the environment, the config
	// file and the defaults name, in that order; ready once flags are parsed.
	Config func() graph.Config
	// Store connects as Config says.
	Store func(ctx context.Context) (*graph.Store, error)
}

// Configuration keys. Each is also read from the environment with the dot
// as an underscore (NEO4J_URI, ...) and from the config file:
//
//	neo4j:
//	  uri: bolt://localhost:7687
//	  username: neo4j
//	  password: kgpassword
//	  database: neo4j
const (
	keyURI      = "neo4j.uri"
	keyUsername = "neo4j.username"
	keyPassword = "neo4j.password"
	keyDatabase = "neo4j.database"
	keyRetryFor = "neo4j.retry_for"       // NEO4J_RETRY_FOR
	keyConnect  = "neo4j.connect_timeout" // NEO4J_CONNECT_TIMEOUT
)

const rootLong = `kg reads news articles (Vietnamese first of all), extracts who met whom,
where, when, and what was signed, writes the facts into Neo4j with the
sentence that states each one, and answers questions with prepared Cypher.

Start a local Neo4j with "make neo4j-up", then:

  kg ingest fixtures/articles          # read, extract and write the articles
  kg query --list                      # the questions kg can answer
  kg query name-search --param q='tap can binh'
  kg stats                             # what the graph holds

Connection settings come from flags, then the environment (NEO4J_URI,
NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE), then a config file
(--config, else ./kg.yaml, else $HOME/.config/kg/config.yaml):

  neo4j:
    uri: bolt://localhost:7687
    username: neo4j
    password: ...

The defaults fit the server that "make neo4j-up" starts.`

// NewCmdRoot returns the kg command with its subcommands; it sets the
// Config and Store of f.
func NewCmdRoot(f *Factory) *cobra.Command {
	v := viper.New()
	f.Config = func() graph.Config { return storeConfig(v) }
	f.Store = func(ctx context.Context) (*graph.Store, error) { return graph.Open(ctx, f.Config()) }
	root := &cobra.Command{
		Use:           "kg",
		Short:         "Build and query a Neo4j knowledge graph of diplomatic news",
		Long:          rootLong,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			if err := loadConfig(v, cmd); err != nil {
				return err
			}
			if r, ok := f.IO.Err.(*redactor); ok {
				r.hide(v.GetString(keyPassword)) // should anything ever echo it
			}
			return nil
		},
	}
	root.CompletionOptions.DisableDefaultCmd = true
	root.SetIn(f.IO.In)
	root.SetOut(f.IO.Out)
	root.SetErr(f.IO.Err)
	bindConnectionFlags(root, v)
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

// bindConnectionFlags adds the connection flags to root and binds them,
// the environment and the defaults to v.
func bindConnectionFlags(root *cobra.Command, v *viper.Viper) {
	pf := root.PersistentFlags()
	pf.String("config", "", "config `file` (default ./kg.yaml, then $HOME/.config/kg/config.yaml)")
	pf.String("uri", "", "Neo4j `URI`: bolt://, neo4j://, bolt+s://, neo4j+s:// (env NEO4J_URI; default bolt://localhost:7687)")
	pf.String("username", "", "Neo4j `user` (env NEO4J_USERNAME; default neo4j)")
	pf.String("password", "", "Neo4j `password` (env NEO4J_PASSWORD)")
	pf.String("database", "", "Neo4j `database` (env NEO4J_DATABASE; default: the server's default)")
	pf.Duration("retry-for", graph.DefaultRetryFor, "retry transient database errors (lost connection, deadlock, restart) with backoff for up to this `duration` (env NEO4J_RETRY_FOR)")
	pf.Duration("connect-timeout", graph.DefaultConnectTimeout, "give up connecting after this `duration` (env NEO4J_CONNECT_TIMEOUT)")
	for key, flag := range map[string]string{keyURI: "uri", keyUsername: "username", keyPassword: "password", keyDatabase: "database",
		keyRetryFor: "retry-for", keyConnect: "connect-timeout"} {
		_ = v.BindPFlag(key, pf.Lookup(flag))
	}
	v.SetDefault(keyURI, "bolt://localhost:7687")
	v.SetDefault(keyUsername, "neo4j")
	v.SetDefault(keyPassword, "kgpassword")
	v.SetDefault(keyDatabase, "")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	v.AutomaticEnv()
}

// loadConfig reads the config file named by --config, or the first of
// ./kg.yaml and $HOME/.config/kg/config.yaml that exists.
func loadConfig(v *viper.Viper, cmd *cobra.Command) error {
	file, _ := cmd.Flags().GetString("config")
	if file == "" {
		candidates := []string{"kg.yaml"}
		if home, err := os.UserHomeDir(); err == nil {
			candidates = append(candidates, filepath.Join(home, ".config", "kg", "config.yaml"))
		}
		for _, c := range candidates {
			if _, err := os.Stat(c); err == nil {
				file = c
				break
			}
		}
	}
	if file == "" {
		return nil
	}
	v.SetConfigFile(file)
	if err := v.ReadInConfig(); err != nil {
		return fmt.Errorf("read config file %s: %w", file, err)
	}
	return nil
}

// storeConfig is the connection the configuration names.
func storeConfig(v *viper.Viper) graph.Config {
	return graph.Config{
		URI:            v.GetString(keyURI),
		Username:       v.GetString(keyUsername),
		Password:       v.GetString(keyPassword),
		Database:       v.GetString(keyDatabase),
		RetryFor:       v.GetDuration(keyRetryFor),
		ConnectTimeout: v.GetDuration(keyConnect),
	}
}
