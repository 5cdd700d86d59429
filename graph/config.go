// Package graph writes extractions into Neo4j and reads them back: the
// connection, the schema, the idempotent batch writer, counts and the
// prepared queries of package cypher. It knows nothing of any language;
// what it writes is model.Extraction.
package graph

import (
	"context"
	"errors"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Config says where Neo4j is and who we are there.
type Config struct {
	URI      string // bolt://, neo4j://, bolt+s://, neo4j+s://, ...
	Username string
	Password string
	Database string // "" for the server's default database
}

// Store is a connection to one Neo4j database. It is safe for concurrent use.
type Store struct {
	driver neo4j.DriverWithContext
	cfg    Config
}

// Open connects to the server cfg names and checks that it answers and
// accepts the credentials.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	driver, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.Username, cfg.Password, ""))
	if err != nil {
		return nil, fmt.Errorf("connect to Neo4j at %s: %w", cfg.URI, err)
	}
	if err := driver.VerifyConnectivity(ctx); err != nil {
		driver.Close(ctx)
		return nil, connectError(cfg, err)
	}
	return &Store{driver: driver, cfg: cfg}, nil
}

// connectError turns a failed connectivity check into one line that says
// what to do about it.
func connectError(cfg Config, err error) error {
	var nerr *neo4j.Neo4jError
	if errors.As(err, &nerr) && nerr.IsAuthenticationFailed() {
		return fmt.Errorf("authentication failed for user %q at %s: check NEO4J_USERNAME and NEO4J_PASSWORD", cfg.Username, cfg.URI)
	}
	if IsUnavailable(err) {
		return fmt.Errorf("Neo4j is not reachable at %s (%v): start one with `make neo4j-up`", cfg.URI, err)
	}
	return fmt.Errorf("connect to Neo4j at %s: %w", cfg.URI, err)
}

// IsUnavailable reports whether err means the server cannot be reached, as
// opposed to a query or data problem.
func IsUnavailable(err error) bool {
	var cerr *neo4j.ConnectivityError
	var lerr *neo4j.TransactionExecutionLimit
	return errors.As(err, &cerr) || errors.As(err, &lerr) ||
		errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}

// Close releases the connections.
func (s *Store) Close(ctx context.Context) error {
	return s.driver.Close(ctx)
}

func (s *Store) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.cfg.Database, AccessMode: mode})
}

// execute runs one auto-routed query and returns all its records.
func (s *Store) execute(ctx context.Context, query string, params map[string]any, read bool) (*neo4j.EagerResult, error) {
	opts := []neo4j.ExecuteQueryConfigurationOption{neo4j.ExecuteQueryWithDatabase(s.cfg.Database)}
	if read {
		opts = append(opts, neo4j.ExecuteQueryWithReadersRouting())
	}
	return neo4j.ExecuteQuery(ctx, s.driver, query, params, neo4j.EagerResultTransformer, opts...)
}
