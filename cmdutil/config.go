package cmdutil

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"kg/graph"
)

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

// Connection is the connection settings of kg: flags, then the environment,
// then a config file, then defaults.
type Connection struct{ v *viper.Viper }

// NewConnection returns settings that read the environment and know the
// defaults; AddFlags and Load add the flags and the config file.
func NewConnection() *Connection {
	v := viper.New()
	v.SetDefault(keyURI, "bolt://localhost:7687")
	v.SetDefault(keyUsername, "neo4j")
	v.SetDefault(keyPassword, "kgpassword")
	v.SetDefault(keyDatabase, "")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	v.AutomaticEnv()
	return &Connection{v: v}
}

// AddFlags adds the connection flags, --config among them, to fs and binds
// them.
func (c *Connection) AddFlags(fs *pflag.FlagSet) {
	fs.String("config", "", "config `file` (default ./kg.yaml, then $HOME/.config/kg/config.yaml)")
	fs.String("uri", "", "Neo4j `URI`: bolt://, neo4j://, bolt+s://, neo4j+s:// (env NEO4J_URI; default bolt://localhost:7687)")
	fs.String("username", "", "Neo4j `user` (env NEO4J_USERNAME; default neo4j)")
	fs.String("password", "", "Neo4j `password` (env NEO4J_PASSWORD)")
	fs.String("database", "", "Neo4j `database` (env NEO4J_DATABASE; default: the server's default)")
	fs.Duration("retry-for", graph.DefaultRetryFor, "retry transient database errors (lost connection, deadlock, restart) with backoff for up to this `duration` (env NEO4J_RETRY_FOR)")
	fs.Duration("connect-timeout", graph.DefaultConnectTimeout, "give up connecting after this `duration` (env NEO4J_CONNECT_TIMEOUT)")
	for key, flag := range map[string]string{keyURI: "uri", keyUsername: "username", keyPassword: "password", keyDatabase: "database",
		keyRetryFor: "retry-for", keyConnect: "connect-timeout"} {
		_ = c.v.BindPFlag(key, fs.Lookup(flag))
	}
}

// Load reads the config file file, or when file is "" the first of
// ./kg.yaml and $HOME/.config/kg/config.yaml that exists, if any.
func (c *Connection) Load(file string) error {
	if file == "" {
		candidates := []string{"kg.yaml"}
		if home, err := os.UserHomeDir(); err == nil {
			candidates = append(candidates, filepath.Join(home, ".config", "kg", "config.yaml"))
		}
		for _, cand := range candidates {
			if _, err := os.Stat(cand); err == nil {
				file = cand
				break
			}
		}
	}
	if file == "" {
		return nil
	}
	c.v.SetConfigFile(file)
	if err := c.v.ReadInConfig(); err != nil {
		return fmt.Errorf("read config file %s: %w", file, err)
	}
	return nil
}

// Config is the connection the settings name.
func (c *Connection) Config() graph.Config {
	return graph.Config{
		URI:            c.v.GetString(keyURI),
		Username:       c.v.GetString(keyUsername),
		Password:       c.v.GetString(keyPassword),
		Database:       c.v.GetString(keyDatabase),
		RetryFor:       c.v.GetDuration(keyRetryFor),
		ConnectTimeout: c.v.GetDuration(keyConnect),
	}
}
