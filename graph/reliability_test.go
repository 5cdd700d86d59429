package graph

import (
	"errors"
	"fmt"
	"io"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/stretchr/testify/assert"
)

// The database-heavy reliability tests live in package reliability; these
// need no server.

func TestRedactURI(t *testing.T) {
	for in, want := range map[string]string{
		"bolt://localhost:7687":                     "bolt://localhost:7687",
		"neo4j+s://neo4j:s3cret@db.example.io:7687": "neo4j+s://***@db.example.io:7687",
		"bolt://user@host":                          "bolt://***@host",
		"bolt://u:p%zz@host":                        "bolt://***@host", // not a valid URL
	} {
		assert.Equal(t, want, RedactURI(in), in)
	}
	cfg := Config{URI: "bolt://neo4j:s3cret-pw@127.0.0.1:1", Password: "s3cret-pw"}
	err := connectError(cfg, fmt.Errorf("something echoed bolt://neo4j:s3cret-pw@127.0.0.1:1 and s3cret-pw\nover two lines"))
	assert.Equal(t, "connect to Neo4j at bolt://***@127.0.0.1:1: something echoed bolt://***@127.0.0.1:1 and *** over two lines", err.Error())
}

// The driver retries only errors it recognises as they are, so the writer
// must not wrap those.
func TestTxErrorKeepsRetryableErrors(t *testing.T) {
	conn := &neo4j.ConnectivityError{Inner: io.ErrUnexpectedEOF}
	assert.Same(t, error(conn), txError("merge Leader nodes", conn))
	deadlock := &neo4j.Neo4jError{Code: "Neo.TransientError.Transaction.DeadlockDetected", Msg: "deadlock"}
	assert.Same(t, error(deadlock), txError("merge Leader nodes", deadlock))
	assert.True(t, neo4j.IsRetryable(txError("x", deadlock)))

	syntax := &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError", Msg: "bad"}
	wrapped := txError("merge Leader nodes", syntax)
	assert.Contains(t, wrapped.Error(), "merge Leader nodes: ")
	assert.True(t, errors.Is(wrapped, syntax))
	assert.False(t, neo4j.IsRetryable(wrapped))
}
